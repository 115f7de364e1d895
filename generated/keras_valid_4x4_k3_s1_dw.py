# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3)
# operator:      weight: grad_w[t] = Σ grad_y·M_t·x
# strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
# dtype:         float64
# signature:     keras_valid_4x4_k3_s1_dw(x, grad_y) -> grad_w
# content-hash:  sha256:3d6fe4d18a2d397bd9dc216ca6e4ffd555f3dbc2137f19929769b081f536f46b
"""Weight kernel for TransposedConvSpec(in_size=(4, 4), kernel_size=3): grad_w[t] = Σ grad_y·M_t·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 1, 4, 4)
    grad_y: (n, 1, 6, 6)
    returns grad_w: (1, 1, 3, 3), summed over the batch
Computed in float64 (unrolled, 144 multiply-adds per sample).
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


def keras_valid_4x4_k3_s1_dw(x, grad_y):
    """grad_w[t] = Σ grad_y·M_t·x, unrolled: one statement per weight entry (vectorised over the batch),
    holding only the structurally nonzero terms."""
    x = _arg("x", x, (1, 4, 4), True)
    grad_y = _arg("grad_y", grad_y, (1, 6, 6), True)
    n = x.shape[0]
    xf = x.reshape(n, 16)
    gf = grad_y.reshape(n, 36)
    out = _np.zeros(9, dtype=_DTYPE)
    out[0] = (
        gf[:, 0] @ xf[:, 0] + gf[:, 1] @ xf[:, 1] + gf[:, 2] @ xf[:, 2] + gf[:, 3] @ xf[:, 3]
        + gf[:, 6] @ xf[:, 4] + gf[:, 7] @ xf[:, 5] + gf[:, 8] @ xf[:, 6] + gf[:, 9] @ xf[:, 7]
        + gf[:, 12] @ xf[:, 8] + gf[:, 13] @ xf[:, 9] + gf[:, 14] @ xf[:, 10] + gf[:, 15] @ xf[:, 11]
        + gf[:, 18] @ xf[:, 12] + gf[:, 19] @ xf[:, 13] + gf[:, 20] @ xf[:, 14] + gf[:, 21] @ xf[:, 15]
    )
    out[1] = (
        gf[:, 1] @ xf[:, 0] + gf[:, 2] @ xf[:, 1] + gf[:, 3] @ xf[:, 2] + gf[:, 4] @ xf[:, 3]
        + gf[:, 7] @ xf[:, 4] + gf[:, 8] @ xf[:, 5] + gf[:, 9] @ xf[:, 6] + gf[:, 10] @ xf[:, 7]
        + gf[:, 13] @ xf[:, 8] + gf[:, 14] @ xf[:, 9] + gf[:, 15] @ xf[:, 10] + gf[:, 16] @ xf[:, 11]
        + gf[:, 19] @ xf[:, 12] + gf[:, 20] @ xf[:, 13] + gf[:, 21] @ xf[:, 14] + gf[:, 22] @ xf[:, 15]
    )
    out[2] = (
        gf[:, 2] @ xf[:, 0] + gf[:, 3] @ xf[:, 1] + gf[:, 4] @ xf[:, 2] + gf[:, 5] @ xf[:, 3]
        + gf[:, 8] @ xf[:, 4] + gf[:, 9] @ xf[:, 5] + gf[:, 10] @ xf[:, 6] + gf[:, 11] @ xf[:, 7]
        + gf[:, 14] @ xf[:, 8] + gf[:, 15] @ xf[:, 9] + gf[:, 16] @ xf[:, 10] + gf[:, 17] @ xf[:, 11]
        + gf[:, 20] @ xf[:, 12] + gf[:, 21] @ xf[:, 13] + gf[:, 22] @ xf[:, 14] + gf[:, 23] @ xf[:, 15]
    )
    out[3] = (
        gf[:, 6] @ xf[:, 0] + gf[:, 7] @ xf[:, 1] + gf[:, 8] @ xf[:, 2] + gf[:, 9] @ xf[:, 3]
        + gf[:, 12] @ xf[:, 4] + gf[:, 13] @ xf[:, 5] + gf[:, 14] @ xf[:, 6] + gf[:, 15] @ xf[:, 7]
        + gf[:, 18] @ xf[:, 8] + gf[:, 19] @ xf[:, 9] + gf[:, 20] @ xf[:, 10] + gf[:, 21] @ xf[:, 11]
        + gf[:, 24] @ xf[:, 12] + gf[:, 25] @ xf[:, 13] + gf[:, 26] @ xf[:, 14] + gf[:, 27] @ xf[:, 15]
    )
    out[4] = (
        gf[:, 7] @ xf[:, 0] + gf[:, 8] @ xf[:, 1] + gf[:, 9] @ xf[:, 2] + gf[:, 10] @ xf[:, 3]
        + gf[:, 13] @ xf[:, 4] + gf[:, 14] @ xf[:, 5] + gf[:, 15] @ xf[:, 6] + gf[:, 16] @ xf[:, 7]
        + gf[:, 19] @ xf[:, 8] + gf[:, 20] @ xf[:, 9] + gf[:, 21] @ xf[:, 10] + gf[:, 22] @ xf[:, 11]
        + gf[:, 25] @ xf[:, 12] + gf[:, 26] @ xf[:, 13] + gf[:, 27] @ xf[:, 14] + gf[:, 28] @ xf[:, 15]
    )
    out[5] = (
        gf[:, 8] @ xf[:, 0] + gf[:, 9] @ xf[:, 1] + gf[:, 10] @ xf[:, 2] + gf[:, 11] @ xf[:, 3]
        + gf[:, 14] @ xf[:, 4] + gf[:, 15] @ xf[:, 5] + gf[:, 16] @ xf[:, 6] + gf[:, 17] @ xf[:, 7]
        + gf[:, 20] @ xf[:, 8] + gf[:, 21] @ xf[:, 9] + gf[:, 22] @ xf[:, 10] + gf[:, 23] @ xf[:, 11]
        + gf[:, 26] @ xf[:, 12] + gf[:, 27] @ xf[:, 13] + gf[:, 28] @ xf[:, 14] + gf[:, 29] @ xf[:, 15]
    )
    out[6] = (
        gf[:, 12] @ xf[:, 0] + gf[:, 13] @ xf[:, 1] + gf[:, 14] @ xf[:, 2] + gf[:, 15] @ xf[:, 3]
        + gf[:, 18] @ xf[:, 4] + gf[:, 19] @ xf[:, 5] + gf[:, 20] @ xf[:, 6] + gf[:, 21] @ xf[:, 7]
        + gf[:, 24] @ xf[:, 8] + gf[:, 25] @ xf[:, 9] + gf[:, 26] @ xf[:, 10] + gf[:, 27] @ xf[:, 11]
        + gf[:, 30] @ xf[:, 12] + gf[:, 31] @ xf[:, 13] + gf[:, 32] @ xf[:, 14] + gf[:, 33] @ xf[:, 15]
    )
    out[7] = (
        gf[:, 13] @ xf[:, 0] + gf[:, 14] @ xf[:, 1] + gf[:, 15] @ xf[:, 2] + gf[:, 16] @ xf[:, 3]
        + gf[:, 19] @ xf[:, 4] + gf[:, 20] @ xf[:, 5] + gf[:, 21] @ xf[:, 6] + gf[:, 22] @ xf[:, 7]
        + gf[:, 25] @ xf[:, 8] + gf[:, 26] @ xf[:, 9] + gf[:, 27] @ xf[:, 10] + gf[:, 28] @ xf[:, 11]
        + gf[:, 31] @ xf[:, 12] + gf[:, 32] @ xf[:, 13] + gf[:, 33] @ xf[:, 14] + gf[:, 34] @ xf[:, 15]
    )
    out[8] = (
        gf[:, 14] @ xf[:, 0] + gf[:, 15] @ xf[:, 1] + gf[:, 16] @ xf[:, 2] + gf[:, 17] @ xf[:, 3]
        + gf[:, 20] @ xf[:, 4] + gf[:, 21] @ xf[:, 5] + gf[:, 22] @ xf[:, 6] + gf[:, 23] @ xf[:, 7]
        + gf[:, 26] @ xf[:, 8] + gf[:, 27] @ xf[:, 9] + gf[:, 28] @ xf[:, 10] + gf[:, 29] @ xf[:, 11]
        + gf[:, 32] @ xf[:, 12] + gf[:, 33] @ xf[:, 13] + gf[:, 34] @ xf[:, 14] + gf[:, 35] @ xf[:, 15]
    )
    return out.reshape((1, 1, 3, 3))
