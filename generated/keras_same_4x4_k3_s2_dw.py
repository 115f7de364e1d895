# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
# operator:      weight: grad_w[t] = Σ grad_y·M_t·x
# strategy:      unrolled (auto: 121 terms <= 4,096, straight-line code)
# dtype:         float64
# signature:     keras_same_4x4_k3_s2_dw(x, grad_y) -> grad_w
# content-hash:  sha256:31f631d41b130b7d0764b9adac01bf0f50c80cfbc66b86b77d945a10968fc06f
"""Weight kernel for TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1))): grad_w[t] = Σ grad_y·M_t·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 1, 4, 4)
    grad_y: (n, 1, 8, 8)
    returns grad_w: (1, 1, 3, 3), summed over the batch
Computed in float64 (unrolled, 121 multiply-adds per sample).
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


def keras_same_4x4_k3_s2_dw(x, grad_y):
    """grad_w[t] = Σ grad_y·M_t·x, unrolled: one statement per weight entry (vectorised over the batch),
    holding only the structurally nonzero terms."""
    x = _arg("x", x, (1, 4, 4), True)
    grad_y = _arg("grad_y", grad_y, (1, 8, 8), True)
    n = x.shape[0]
    xf = x.reshape(n, 16)
    gf = grad_y.reshape(n, 64)
    out = _np.zeros(9, dtype=_DTYPE)
    out[0] = (
        gf[:, 0] @ xf[:, 0] + gf[:, 2] @ xf[:, 1] + gf[:, 4] @ xf[:, 2] + gf[:, 6] @ xf[:, 3]
        + gf[:, 16] @ xf[:, 4] + gf[:, 18] @ xf[:, 5] + gf[:, 20] @ xf[:, 6] + gf[:, 22] @ xf[:, 7]
        + gf[:, 32] @ xf[:, 8] + gf[:, 34] @ xf[:, 9] + gf[:, 36] @ xf[:, 10] + gf[:, 38] @ xf[:, 11]
        + gf[:, 48] @ xf[:, 12] + gf[:, 50] @ xf[:, 13] + gf[:, 52] @ xf[:, 14] + gf[:, 54] @ xf[:, 15]
    )
    out[1] = (
        gf[:, 1] @ xf[:, 0] + gf[:, 3] @ xf[:, 1] + gf[:, 5] @ xf[:, 2] + gf[:, 7] @ xf[:, 3]
        + gf[:, 17] @ xf[:, 4] + gf[:, 19] @ xf[:, 5] + gf[:, 21] @ xf[:, 6] + gf[:, 23] @ xf[:, 7]
        + gf[:, 33] @ xf[:, 8] + gf[:, 35] @ xf[:, 9] + gf[:, 37] @ xf[:, 10] + gf[:, 39] @ xf[:, 11]
        + gf[:, 49] @ xf[:, 12] + gf[:, 51] @ xf[:, 13] + gf[:, 53] @ xf[:, 14] + gf[:, 55] @ xf[:, 15]
    )
    out[2] = (
        gf[:, 2] @ xf[:, 0] + gf[:, 4] @ xf[:, 1] + gf[:, 6] @ xf[:, 2] + gf[:, 18] @ xf[:, 4]
        + gf[:, 20] @ xf[:, 5] + gf[:, 22] @ xf[:, 6] + gf[:, 34] @ xf[:, 8] + gf[:, 36] @ xf[:, 9]
        + gf[:, 38] @ xf[:, 10] + gf[:, 50] @ xf[:, 12] + gf[:, 52] @ xf[:, 13] + gf[:, 54] @ xf[:, 14]
    )
    out[3] = (
        gf[:, 8] @ xf[:, 0] + gf[:, 10] @ xf[:, 1] + gf[:, 12] @ xf[:, 2] + gf[:, 14] @ xf[:, 3]
        + gf[:, 24] @ xf[:, 4] + gf[:, 26] @ xf[:, 5] + gf[:, 28] @ xf[:, 6] + gf[:, 30] @ xf[:, 7]
        + gf[:, 40] @ xf[:, 8] + gf[:, 42] @ xf[:, 9] + gf[:, 44] @ xf[:, 10] + gf[:, 46] @ xf[:, 11]
        + gf[:, 56] @ xf[:, 12] + gf[:, 58] @ xf[:, 13] + gf[:, 60] @ xf[:, 14] + gf[:, 62] @ xf[:, 15]
    )
    out[4] = (
        gf[:, 9] @ xf[:, 0] + gf[:, 11] @ xf[:, 1] + gf[:, 13] @ xf[:, 2] + gf[:, 15] @ xf[:, 3]
        + gf[:, 25] @ xf[:, 4] + gf[:, 27] @ xf[:, 5] + gf[:, 29] @ xf[:, 6] + gf[:, 31] @ xf[:, 7]
        + gf[:, 41] @ xf[:, 8] + gf[:, 43] @ xf[:, 9] + gf[:, 45] @ xf[:, 10] + gf[:, 47] @ xf[:, 11]
        + gf[:, 57] @ xf[:, 12] + gf[:, 59] @ xf[:, 13] + gf[:, 61] @ xf[:, 14] + gf[:, 63] @ xf[:, 15]
    )
    out[5] = (
        gf[:, 10] @ xf[:, 0] + gf[:, 12] @ xf[:, 1] + gf[:, 14] @ xf[:, 2] + gf[:, 26] @ xf[:, 4]
        + gf[:, 28] @ xf[:, 5] + gf[:, 30] @ xf[:, 6] + gf[:, 42] @ xf[:, 8] + gf[:, 44] @ xf[:, 9]
        + gf[:, 46] @ xf[:, 10] + gf[:, 58] @ xf[:, 12] + gf[:, 60] @ xf[:, 13] + gf[:, 62] @ xf[:, 14]
    )
    out[6] = (
        gf[:, 16] @ xf[:, 0] + gf[:, 18] @ xf[:, 1] + gf[:, 20] @ xf[:, 2] + gf[:, 22] @ xf[:, 3]
        + gf[:, 32] @ xf[:, 4] + gf[:, 34] @ xf[:, 5] + gf[:, 36] @ xf[:, 6] + gf[:, 38] @ xf[:, 7]
        + gf[:, 48] @ xf[:, 8] + gf[:, 50] @ xf[:, 9] + gf[:, 52] @ xf[:, 10] + gf[:, 54] @ xf[:, 11]
    )
    out[7] = (
        gf[:, 17] @ xf[:, 0] + gf[:, 19] @ xf[:, 1] + gf[:, 21] @ xf[:, 2] + gf[:, 23] @ xf[:, 3]
        + gf[:, 33] @ xf[:, 4] + gf[:, 35] @ xf[:, 5] + gf[:, 37] @ xf[:, 6] + gf[:, 39] @ xf[:, 7]
        + gf[:, 49] @ xf[:, 8] + gf[:, 51] @ xf[:, 9] + gf[:, 53] @ xf[:, 10] + gf[:, 55] @ xf[:, 11]
    )
    out[8] = (
        gf[:, 18] @ xf[:, 0] + gf[:, 20] @ xf[:, 1] + gf[:, 22] @ xf[:, 2] + gf[:, 34] @ xf[:, 4]
        + gf[:, 36] @ xf[:, 5] + gf[:, 38] @ xf[:, 6] + gf[:, 50] @ xf[:, 8] + gf[:, 52] @ xf[:, 9]
        + gf[:, 54] @ xf[:, 10]
    )
    return out.reshape((1, 1, 3, 3))
