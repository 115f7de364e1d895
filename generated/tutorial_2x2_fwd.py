# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
# operator:      forward: y = Cᵀ·x
# strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
# dtype:         float64
# signature:     tutorial_2x2_fwd(x, w) -> y
# content-hash:  sha256:b931cfc2e799874bfe53938e5c8ec19536b8d02f657289cc1b93afe823abda8c
"""Forward kernel for TransposedConvSpec(in_size=(2, 2), kernel_size=2): y = Cᵀ·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 1, 2, 2)
    w: (1, 1, 2, 2)
    returns y: (n, 1, 3, 3)
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


def tutorial_2x2_fwd(x, w):
    """y = Cᵀ·x, unrolled: one statement per output element (vectorised over the batch),
    holding only the structurally nonzero terms."""
    x = _arg("x", x, (1, 2, 2), True)
    w = _arg("w", w, (1, 1, 2, 2), False)
    n = x.shape[0]
    src = x.reshape(n, 4)
    wf = w.reshape(-1)
    out = _np.zeros((n, 9), dtype=_DTYPE)
    out[:, 0] = (
        wf[0] * src[:, 0]
    )
    out[:, 1] = (
        wf[1] * src[:, 0] + wf[0] * src[:, 1]
    )
    out[:, 2] = (
        wf[1] * src[:, 1]
    )
    out[:, 3] = (
        wf[2] * src[:, 0] + wf[0] * src[:, 2]
    )
    out[:, 4] = (
        wf[3] * src[:, 0] + wf[2] * src[:, 1] + wf[1] * src[:, 2] + wf[0] * src[:, 3]
    )
    out[:, 5] = (
        wf[3] * src[:, 1] + wf[1] * src[:, 3]
    )
    out[:, 6] = (
        wf[2] * src[:, 2]
    )
    out[:, 7] = (
        wf[3] * src[:, 2] + wf[2] * src[:, 3]
    )
    out[:, 8] = (
        wf[3] * src[:, 3]
    )
    return out.reshape(n, 1, 3, 3)
