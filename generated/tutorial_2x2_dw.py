# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
# operator:      weight: grad_w[t] = Σ grad_y·M_t·x
# strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
# dtype:         float64
# signature:     tutorial_2x2_dw(x, grad_y) -> grad_w
# content-hash:  sha256:9eb6dae6cf4801b3597615ab67972186e5362ec8831aeb991bc53221d3588d0d
"""Weight kernel for TransposedConvSpec(in_size=(2, 2), kernel_size=2): grad_w[t] = Σ grad_y·M_t·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 1, 2, 2)
    grad_y: (n, 1, 3, 3)
    returns grad_w: (1, 1, 2, 2), summed over the batch
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


def tutorial_2x2_dw(x, grad_y):
    """grad_w[t] = Σ grad_y·M_t·x, unrolled: one statement per weight entry (vectorised over the batch),
    holding only the structurally nonzero terms."""
    x = _arg("x", x, (1, 2, 2), True)
    grad_y = _arg("grad_y", grad_y, (1, 3, 3), True)
    n = x.shape[0]
    xf = x.reshape(n, 4)
    gf = grad_y.reshape(n, 9)
    out = _np.zeros(4, dtype=_DTYPE)
    out[0] = (
        gf[:, 0] @ xf[:, 0] + gf[:, 1] @ xf[:, 1] + gf[:, 3] @ xf[:, 2] + gf[:, 4] @ xf[:, 3]
    )
    out[1] = (
        gf[:, 1] @ xf[:, 0] + gf[:, 2] @ xf[:, 1] + gf[:, 4] @ xf[:, 2] + gf[:, 5] @ xf[:, 3]
    )
    out[2] = (
        gf[:, 3] @ xf[:, 0] + gf[:, 4] @ xf[:, 1] + gf[:, 6] @ xf[:, 2] + gf[:, 7] @ xf[:, 3]
    )
    out[3] = (
        gf[:, 4] @ xf[:, 0] + gf[:, 5] @ xf[:, 1] + gf[:, 7] @ xf[:, 2] + gf[:, 8] @ xf[:, 3]
    )
    return out.reshape((1, 1, 2, 2))
