# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
# operator:      input: grad_x = C·grad_y
# strategy:      unrolled (auto: 25 terms <= 4,096, straight-line code)
# dtype:         float64
# signature:     tf_same_2x2_k3_s2_dx(grad_y, w) -> grad_x
# content-hash:  sha256:f5a3ed74e3152d53598570fcf5350282dedccd190bb57d9a85dde3e21659b11d
"""Input kernel for TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1))): grad_x = C·grad_y.

Arrays are batch-first in PyTorch layout, C order:
    grad_y: (n, 1, 4, 4)
    w: (1, 1, 3, 3)
    returns grad_x: (n, 1, 2, 2)
Computed in float64 (unrolled, 25 multiply-adds per sample).
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


def tf_same_2x2_k3_s2_dx(grad_y, w):
    """grad_x = C·grad_y, unrolled: one statement per output element (vectorised over the batch),
    holding only the structurally nonzero terms."""
    grad_y = _arg("grad_y", grad_y, (1, 4, 4), True)
    w = _arg("w", w, (1, 1, 3, 3), False)
    n = grad_y.shape[0]
    src = grad_y.reshape(n, 16)
    wf = w.reshape(-1)
    out = _np.zeros((n, 4), dtype=_DTYPE)
    out[:, 0] = (
        wf[0] * src[:, 0] + wf[1] * src[:, 1] + wf[2] * src[:, 2] + wf[3] * src[:, 4]
        + wf[4] * src[:, 5] + wf[5] * src[:, 6] + wf[6] * src[:, 8] + wf[7] * src[:, 9]
        + wf[8] * src[:, 10]
    )
    out[:, 1] = (
        wf[0] * src[:, 2] + wf[1] * src[:, 3] + wf[3] * src[:, 6] + wf[4] * src[:, 7]
        + wf[6] * src[:, 10] + wf[7] * src[:, 11]
    )
    out[:, 2] = (
        wf[0] * src[:, 8] + wf[1] * src[:, 9] + wf[2] * src[:, 10] + wf[3] * src[:, 12]
        + wf[4] * src[:, 13] + wf[5] * src[:, 14]
    )
    out[:, 3] = (
        wf[0] * src[:, 10] + wf[1] * src[:, 11] + wf[3] * src[:, 14] + wf[4] * src[:, 15]
    )
    return out.reshape(n, 1, 2, 2)
