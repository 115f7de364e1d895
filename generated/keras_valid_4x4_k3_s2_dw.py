# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
# operator:      weight: grad_w[t] = Σ grad_y·M_t·x
# strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
# dtype:         float64
# signature:     keras_valid_4x4_k3_s2_dw(x, grad_y) -> grad_w
# content-hash:  sha256:d50022f4b9aea22c4632b84284ef8821e31087f368d34dd689e6ddf2f73f91bd
"""Weight kernel for TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2): grad_w[t] = Σ grad_y·M_t·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 1, 4, 4)
    grad_y: (n, 1, 9, 9)
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


def keras_valid_4x4_k3_s2_dw(x, grad_y):
    """grad_w[t] = Σ grad_y·M_t·x, unrolled: one statement per weight entry (vectorised over the batch),
    holding only the structurally nonzero terms."""
    x = _arg("x", x, (1, 4, 4), True)
    grad_y = _arg("grad_y", grad_y, (1, 9, 9), True)
    n = x.shape[0]
    xf = x.reshape(n, 16)
    gf = grad_y.reshape(n, 81)
    out = _np.zeros(9, dtype=_DTYPE)
    out[0] = (
        gf[:, 0] @ xf[:, 0] + gf[:, 2] @ xf[:, 1] + gf[:, 4] @ xf[:, 2] + gf[:, 6] @ xf[:, 3]
        + gf[:, 18] @ xf[:, 4] + gf[:, 20] @ xf[:, 5] + gf[:, 22] @ xf[:, 6] + gf[:, 24] @ xf[:, 7]
        + gf[:, 36] @ xf[:, 8] + gf[:, 38] @ xf[:, 9] + gf[:, 40] @ xf[:, 10] + gf[:, 42] @ xf[:, 11]
        + gf[:, 54] @ xf[:, 12] + gf[:, 56] @ xf[:, 13] + gf[:, 58] @ xf[:, 14] + gf[:, 60] @ xf[:, 15]
    )
    out[1] = (
        gf[:, 1] @ xf[:, 0] + gf[:, 3] @ xf[:, 1] + gf[:, 5] @ xf[:, 2] + gf[:, 7] @ xf[:, 3]
        + gf[:, 19] @ xf[:, 4] + gf[:, 21] @ xf[:, 5] + gf[:, 23] @ xf[:, 6] + gf[:, 25] @ xf[:, 7]
        + gf[:, 37] @ xf[:, 8] + gf[:, 39] @ xf[:, 9] + gf[:, 41] @ xf[:, 10] + gf[:, 43] @ xf[:, 11]
        + gf[:, 55] @ xf[:, 12] + gf[:, 57] @ xf[:, 13] + gf[:, 59] @ xf[:, 14] + gf[:, 61] @ xf[:, 15]
    )
    out[2] = (
        gf[:, 2] @ xf[:, 0] + gf[:, 4] @ xf[:, 1] + gf[:, 6] @ xf[:, 2] + gf[:, 8] @ xf[:, 3]
        + gf[:, 20] @ xf[:, 4] + gf[:, 22] @ xf[:, 5] + gf[:, 24] @ xf[:, 6] + gf[:, 26] @ xf[:, 7]
        + gf[:, 38] @ xf[:, 8] + gf[:, 40] @ xf[:, 9] + gf[:, 42] @ xf[:, 10] + gf[:, 44] @ xf[:, 11]
        + gf[:, 56] @ xf[:, 12] + gf[:, 58] @ xf[:, 13] + gf[:, 60] @ xf[:, 14] + gf[:, 62] @ xf[:, 15]
    )
    out[3] = (
        gf[:, 9] @ xf[:, 0] + gf[:, 11] @ xf[:, 1] + gf[:, 13] @ xf[:, 2] + gf[:, 15] @ xf[:, 3]
        + gf[:, 27] @ xf[:, 4] + gf[:, 29] @ xf[:, 5] + gf[:, 31] @ xf[:, 6] + gf[:, 33] @ xf[:, 7]
        + gf[:, 45] @ xf[:, 8] + gf[:, 47] @ xf[:, 9] + gf[:, 49] @ xf[:, 10] + gf[:, 51] @ xf[:, 11]
        + gf[:, 63] @ xf[:, 12] + gf[:, 65] @ xf[:, 13] + gf[:, 67] @ xf[:, 14] + gf[:, 69] @ xf[:, 15]
    )
    out[4] = (
        gf[:, 10] @ xf[:, 0] + gf[:, 12] @ xf[:, 1] + gf[:, 14] @ xf[:, 2] + gf[:, 16] @ xf[:, 3]
        + gf[:, 28] @ xf[:, 4] + gf[:, 30] @ xf[:, 5] + gf[:, 32] @ xf[:, 6] + gf[:, 34] @ xf[:, 7]
        + gf[:, 46] @ xf[:, 8] + gf[:, 48] @ xf[:, 9] + gf[:, 50] @ xf[:, 10] + gf[:, 52] @ xf[:, 11]
        + gf[:, 64] @ xf[:, 12] + gf[:, 66] @ xf[:, 13] + gf[:, 68] @ xf[:, 14] + gf[:, 70] @ xf[:, 15]
    )
    out[5] = (
        gf[:, 11] @ xf[:, 0] + gf[:, 13] @ xf[:, 1] + gf[:, 15] @ xf[:, 2] + gf[:, 17] @ xf[:, 3]
        + gf[:, 29] @ xf[:, 4] + gf[:, 31] @ xf[:, 5] + gf[:, 33] @ xf[:, 6] + gf[:, 35] @ xf[:, 7]
        + gf[:, 47] @ xf[:, 8] + gf[:, 49] @ xf[:, 9] + gf[:, 51] @ xf[:, 10] + gf[:, 53] @ xf[:, 11]
        + gf[:, 65] @ xf[:, 12] + gf[:, 67] @ xf[:, 13] + gf[:, 69] @ xf[:, 14] + gf[:, 71] @ xf[:, 15]
    )
    out[6] = (
        gf[:, 18] @ xf[:, 0] + gf[:, 20] @ xf[:, 1] + gf[:, 22] @ xf[:, 2] + gf[:, 24] @ xf[:, 3]
        + gf[:, 36] @ xf[:, 4] + gf[:, 38] @ xf[:, 5] + gf[:, 40] @ xf[:, 6] + gf[:, 42] @ xf[:, 7]
        + gf[:, 54] @ xf[:, 8] + gf[:, 56] @ xf[:, 9] + gf[:, 58] @ xf[:, 10] + gf[:, 60] @ xf[:, 11]
        + gf[:, 72] @ xf[:, 12] + gf[:, 74] @ xf[:, 13] + gf[:, 76] @ xf[:, 14] + gf[:, 78] @ xf[:, 15]
    )
    out[7] = (
        gf[:, 19] @ xf[:, 0] + gf[:, 21] @ xf[:, 1] + gf[:, 23] @ xf[:, 2] + gf[:, 25] @ xf[:, 3]
        + gf[:, 37] @ xf[:, 4] + gf[:, 39] @ xf[:, 5] + gf[:, 41] @ xf[:, 6] + gf[:, 43] @ xf[:, 7]
        + gf[:, 55] @ xf[:, 8] + gf[:, 57] @ xf[:, 9] + gf[:, 59] @ xf[:, 10] + gf[:, 61] @ xf[:, 11]
        + gf[:, 73] @ xf[:, 12] + gf[:, 75] @ xf[:, 13] + gf[:, 77] @ xf[:, 14] + gf[:, 79] @ xf[:, 15]
    )
    out[8] = (
        gf[:, 20] @ xf[:, 0] + gf[:, 22] @ xf[:, 1] + gf[:, 24] @ xf[:, 2] + gf[:, 26] @ xf[:, 3]
        + gf[:, 38] @ xf[:, 4] + gf[:, 40] @ xf[:, 5] + gf[:, 42] @ xf[:, 6] + gf[:, 44] @ xf[:, 7]
        + gf[:, 56] @ xf[:, 8] + gf[:, 58] @ xf[:, 9] + gf[:, 60] @ xf[:, 10] + gf[:, 62] @ xf[:, 11]
        + gf[:, 74] @ xf[:, 12] + gf[:, 76] @ xf[:, 13] + gf[:, 78] @ xf[:, 14] + gf[:, 80] @ xf[:, 15]
    )
    return out.reshape((1, 1, 3, 3))
