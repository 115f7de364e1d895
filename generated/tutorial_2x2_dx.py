# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
# operator:      input: grad_x = C·grad_y
# strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
# dtype:         float64
# signature:     tutorial_2x2_dx(grad_y, w) -> grad_x
# content-hash:  sha256:76e2bb5d7051ef12096c019d5ecaef30564f167a83daa5769cb28a9a3d5eafb2
"""Input kernel for TransposedConvSpec(in_size=(2, 2), kernel_size=2): grad_x = C·grad_y.

Arrays are batch-first in PyTorch layout, C order:
    grad_y: (n, 1, 3, 3)
    w: (1, 1, 2, 2)
    returns grad_x: (n, 1, 2, 2)
Computed in float64 (unrolled, 16 multiply-adds per sample).
"""

import numpy as _np

_DTYPE = _np.float64


def _arg(name, a, shape, batched):
    a = _np.asarray(a)
    if a.dtype.kind not in "biuf":
        raise TypeError(f"{name} must be a real numeric array, got dtype {a.dtype}")
    if a.ndim != len(shape) + batched or a.shape[batched:] != shape:
        want = ("n",) + shape if batched else shape
        raise ValueError(f"{name} must have shape {want}, got {a.shape}")
    return _np.ascontiguousarray(a, dtype=_DTYPE)


def tutorial_2x2_dx(grad_y, w):
    """grad_x = C·grad_y, unrolled: one statement per output element (vectorised over the batch),
    holding only the structurally nonzero terms."""
    grad_y = _arg("grad_y", grad_y, (1, 3, 3), True)
    w = _arg("w", w, (1, 1, 2, 2), False)
    n = grad_y.shape[0]
    src = grad_y.reshape(n, 9)
    wf = w.reshape(-1)
    out = _np.zeros((n, 4), dtype=_DTYPE)
    out[:, 0] = (
        wf[0] * src[:, 0] + wf[1] * src[:, 1] + wf[2] * src[:, 3] + wf[3] * src[:, 4]
    )
    out[:, 1] = (
        wf[0] * src[:, 1] + wf[1] * src[:, 2] + wf[2] * src[:, 4] + wf[3] * src[:, 5]
    )
    out[:, 2] = (
        wf[0] * src[:, 3] + wf[1] * src[:, 4] + wf[2] * src[:, 6] + wf[3] * src[:, 7]
    )
    out[:, 3] = (
        wf[0] * src[:, 4] + wf[1] * src[:, 5] + wf[2] * src[:, 7] + wf[3] * src[:, 8]
    )
    return out.reshape(n, 1, 2, 2)
