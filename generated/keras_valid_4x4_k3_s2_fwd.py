# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
# operator:      forward: y = Cᵀ·x
# strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
# dtype:         float64
# signature:     keras_valid_4x4_k3_s2_fwd(x, w) -> y
# content-hash:  sha256:4a2f6af01e1a656ea69e851c70ef71cd4c047af1a2056b28632325aae580cd58
"""Forward kernel for TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2): y = Cᵀ·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 1, 4, 4)
    w: (1, 1, 3, 3)
    returns y: (n, 1, 9, 9)
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


def keras_valid_4x4_k3_s2_fwd(x, w):
    """y = Cᵀ·x, unrolled: one statement per output element (vectorised over the batch),
    holding only the structurally nonzero terms."""
    x = _arg("x", x, (1, 4, 4), True)
    w = _arg("w", w, (1, 1, 3, 3), False)
    n = x.shape[0]
    src = x.reshape(n, 16)
    wf = w.reshape(-1)
    out = _np.zeros((n, 81), dtype=_DTYPE)
    out[:, 0] = (
        wf[0] * src[:, 0]
    )
    out[:, 1] = (
        wf[1] * src[:, 0]
    )
    out[:, 2] = (
        wf[2] * src[:, 0] + wf[0] * src[:, 1]
    )
    out[:, 3] = (
        wf[1] * src[:, 1]
    )
    out[:, 4] = (
        wf[2] * src[:, 1] + wf[0] * src[:, 2]
    )
    out[:, 5] = (
        wf[1] * src[:, 2]
    )
    out[:, 6] = (
        wf[2] * src[:, 2] + wf[0] * src[:, 3]
    )
    out[:, 7] = (
        wf[1] * src[:, 3]
    )
    out[:, 8] = (
        wf[2] * src[:, 3]
    )
    out[:, 9] = (
        wf[3] * src[:, 0]
    )
    out[:, 10] = (
        wf[4] * src[:, 0]
    )
    out[:, 11] = (
        wf[5] * src[:, 0] + wf[3] * src[:, 1]
    )
    out[:, 12] = (
        wf[4] * src[:, 1]
    )
    out[:, 13] = (
        wf[5] * src[:, 1] + wf[3] * src[:, 2]
    )
    out[:, 14] = (
        wf[4] * src[:, 2]
    )
    out[:, 15] = (
        wf[5] * src[:, 2] + wf[3] * src[:, 3]
    )
    out[:, 16] = (
        wf[4] * src[:, 3]
    )
    out[:, 17] = (
        wf[5] * src[:, 3]
    )
    out[:, 18] = (
        wf[6] * src[:, 0] + wf[0] * src[:, 4]
    )
    out[:, 19] = (
        wf[7] * src[:, 0] + wf[1] * src[:, 4]
    )
    out[:, 20] = (
        wf[8] * src[:, 0] + wf[6] * src[:, 1] + wf[2] * src[:, 4] + wf[0] * src[:, 5]
    )
    out[:, 21] = (
        wf[7] * src[:, 1] + wf[1] * src[:, 5]
    )
    out[:, 22] = (
        wf[8] * src[:, 1] + wf[6] * src[:, 2] + wf[2] * src[:, 5] + wf[0] * src[:, 6]
    )
    out[:, 23] = (
        wf[7] * src[:, 2] + wf[1] * src[:, 6]
    )
    out[:, 24] = (
        wf[8] * src[:, 2] + wf[6] * src[:, 3] + wf[2] * src[:, 6] + wf[0] * src[:, 7]
    )
    out[:, 25] = (
        wf[7] * src[:, 3] + wf[1] * src[:, 7]
    )
    out[:, 26] = (
        wf[8] * src[:, 3] + wf[2] * src[:, 7]
    )
    out[:, 27] = (
        wf[3] * src[:, 4]
    )
    out[:, 28] = (
        wf[4] * src[:, 4]
    )
    out[:, 29] = (
        wf[5] * src[:, 4] + wf[3] * src[:, 5]
    )
    out[:, 30] = (
        wf[4] * src[:, 5]
    )
    out[:, 31] = (
        wf[5] * src[:, 5] + wf[3] * src[:, 6]
    )
    out[:, 32] = (
        wf[4] * src[:, 6]
    )
    out[:, 33] = (
        wf[5] * src[:, 6] + wf[3] * src[:, 7]
    )
    out[:, 34] = (
        wf[4] * src[:, 7]
    )
    out[:, 35] = (
        wf[5] * src[:, 7]
    )
    out[:, 36] = (
        wf[6] * src[:, 4] + wf[0] * src[:, 8]
    )
    out[:, 37] = (
        wf[7] * src[:, 4] + wf[1] * src[:, 8]
    )
    out[:, 38] = (
        wf[8] * src[:, 4] + wf[6] * src[:, 5] + wf[2] * src[:, 8] + wf[0] * src[:, 9]
    )
    out[:, 39] = (
        wf[7] * src[:, 5] + wf[1] * src[:, 9]
    )
    out[:, 40] = (
        wf[8] * src[:, 5] + wf[6] * src[:, 6] + wf[2] * src[:, 9] + wf[0] * src[:, 10]
    )
    out[:, 41] = (
        wf[7] * src[:, 6] + wf[1] * src[:, 10]
    )
    out[:, 42] = (
        wf[8] * src[:, 6] + wf[6] * src[:, 7] + wf[2] * src[:, 10] + wf[0] * src[:, 11]
    )
    out[:, 43] = (
        wf[7] * src[:, 7] + wf[1] * src[:, 11]
    )
    out[:, 44] = (
        wf[8] * src[:, 7] + wf[2] * src[:, 11]
    )
    out[:, 45] = (
        wf[3] * src[:, 8]
    )
    out[:, 46] = (
        wf[4] * src[:, 8]
    )
    out[:, 47] = (
        wf[5] * src[:, 8] + wf[3] * src[:, 9]
    )
    out[:, 48] = (
        wf[4] * src[:, 9]
    )
    out[:, 49] = (
        wf[5] * src[:, 9] + wf[3] * src[:, 10]
    )
    out[:, 50] = (
        wf[4] * src[:, 10]
    )
    out[:, 51] = (
        wf[5] * src[:, 10] + wf[3] * src[:, 11]
    )
    out[:, 52] = (
        wf[4] * src[:, 11]
    )
    out[:, 53] = (
        wf[5] * src[:, 11]
    )
    out[:, 54] = (
        wf[6] * src[:, 8] + wf[0] * src[:, 12]
    )
    out[:, 55] = (
        wf[7] * src[:, 8] + wf[1] * src[:, 12]
    )
    out[:, 56] = (
        wf[8] * src[:, 8] + wf[6] * src[:, 9] + wf[2] * src[:, 12] + wf[0] * src[:, 13]
    )
    out[:, 57] = (
        wf[7] * src[:, 9] + wf[1] * src[:, 13]
    )
    out[:, 58] = (
        wf[8] * src[:, 9] + wf[6] * src[:, 10] + wf[2] * src[:, 13] + wf[0] * src[:, 14]
    )
    out[:, 59] = (
        wf[7] * src[:, 10] + wf[1] * src[:, 14]
    )
    out[:, 60] = (
        wf[8] * src[:, 10] + wf[6] * src[:, 11] + wf[2] * src[:, 14] + wf[0] * src[:, 15]
    )
    out[:, 61] = (
        wf[7] * src[:, 11] + wf[1] * src[:, 15]
    )
    out[:, 62] = (
        wf[8] * src[:, 11] + wf[2] * src[:, 15]
    )
    out[:, 63] = (
        wf[3] * src[:, 12]
    )
    out[:, 64] = (
        wf[4] * src[:, 12]
    )
    out[:, 65] = (
        wf[5] * src[:, 12] + wf[3] * src[:, 13]
    )
    out[:, 66] = (
        wf[4] * src[:, 13]
    )
    out[:, 67] = (
        wf[5] * src[:, 13] + wf[3] * src[:, 14]
    )
    out[:, 68] = (
        wf[4] * src[:, 14]
    )
    out[:, 69] = (
        wf[5] * src[:, 14] + wf[3] * src[:, 15]
    )
    out[:, 70] = (
        wf[4] * src[:, 15]
    )
    out[:, 71] = (
        wf[5] * src[:, 15]
    )
    out[:, 72] = (
        wf[6] * src[:, 12]
    )
    out[:, 73] = (
        wf[7] * src[:, 12]
    )
    out[:, 74] = (
        wf[8] * src[:, 12] + wf[6] * src[:, 13]
    )
    out[:, 75] = (
        wf[7] * src[:, 13]
    )
    out[:, 76] = (
        wf[8] * src[:, 13] + wf[6] * src[:, 14]
    )
    out[:, 77] = (
        wf[7] * src[:, 14]
    )
    out[:, 78] = (
        wf[8] * src[:, 14] + wf[6] * src[:, 15]
    )
    out[:, 79] = (
        wf[7] * src[:, 15]
    )
    out[:, 80] = (
        wf[8] * src[:, 15]
    )
    return out.reshape(n, 1, 9, 9)
