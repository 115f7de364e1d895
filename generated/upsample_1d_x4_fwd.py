# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
# operator:      forward: y = Cᵀ·x
# strategy:      unrolled (auto: 992 terms <= 4,096, straight-line code)
# dtype:         float64
# signature:     upsample_1d_x4_fwd(x, w) -> y
# content-hash:  sha256:863f901d38adbdd072270b9f3b92d5c32100cca22f326aef8a42fc94e6cf84b8
"""Forward kernel for TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2): y = Cᵀ·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 4, 16)
    w: (4, 2, 8)
    returns y: (n, 2, 64)
Computed in float64 (unrolled, 992 multiply-adds per sample).
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


def upsample_1d_x4_fwd(x, w):
    """y = Cᵀ·x, unrolled: one statement per output element (vectorised over the batch),
    holding only the structurally nonzero terms."""
    x = _arg("x", x, (4, 16), True)
    w = _arg("w", w, (4, 2, 8), False)
    n = x.shape[0]
    src = x.reshape(n, 64)
    wf = w.reshape(-1)
    out = _np.zeros((n, 128), dtype=_DTYPE)
    out[:, 0] = (
        wf[2] * src[:, 0] + wf[18] * src[:, 16] + wf[34] * src[:, 32] + wf[50] * src[:, 48]
    )
    out[:, 1] = (
        wf[3] * src[:, 0] + wf[19] * src[:, 16] + wf[35] * src[:, 32] + wf[51] * src[:, 48]
    )
    out[:, 2] = (
        wf[4] * src[:, 0] + wf[0] * src[:, 1] + wf[20] * src[:, 16] + wf[16] * src[:, 17]
        + wf[36] * src[:, 32] + wf[32] * src[:, 33] + wf[52] * src[:, 48] + wf[48] * src[:, 49]
    )
    out[:, 3] = (
        wf[5] * src[:, 0] + wf[1] * src[:, 1] + wf[21] * src[:, 16] + wf[17] * src[:, 17]
        + wf[37] * src[:, 32] + wf[33] * src[:, 33] + wf[53] * src[:, 48] + wf[49] * src[:, 49]
    )
    out[:, 4] = (
        wf[6] * src[:, 0] + wf[2] * src[:, 1] + wf[22] * src[:, 16] + wf[18] * src[:, 17]
        + wf[38] * src[:, 32] + wf[34] * src[:, 33] + wf[54] * src[:, 48] + wf[50] * src[:, 49]
    )
    out[:, 5] = (
        wf[7] * src[:, 0] + wf[3] * src[:, 1] + wf[23] * src[:, 16] + wf[19] * src[:, 17]
        + wf[39] * src[:, 32] + wf[35] * src[:, 33] + wf[55] * src[:, 48] + wf[51] * src[:, 49]
    )
    out[:, 6] = (
        wf[4] * src[:, 1] + wf[0] * src[:, 2] + wf[20] * src[:, 17] + wf[16] * src[:, 18]
        + wf[36] * src[:, 33] + wf[32] * src[:, 34] + wf[52] * src[:, 49] + wf[48] * src[:, 50]
    )
    out[:, 7] = (
        wf[5] * src[:, 1] + wf[1] * src[:, 2] + wf[21] * src[:, 17] + wf[17] * src[:, 18]
        + wf[37] * src[:, 33] + wf[33] * src[:, 34] + wf[53] * src[:, 49] + wf[49] * src[:, 50]
    )
    out[:, 8] = (
        wf[6] * src[:, 1] + wf[2] * src[:, 2] + wf[22] * src[:, 17] + wf[18] * src[:, 18]
        + wf[38] * src[:, 33] + wf[34] * src[:, 34] + wf[54] * src[:, 49] + wf[50] * src[:, 50]
    )
    out[:, 9] = (
        wf[7] * src[:, 1] + wf[3] * src[:, 2] + wf[23] * src[:, 17] + wf[19] * src[:, 18]
        + wf[39] * src[:, 33] + wf[35] * src[:, 34] + wf[55] * src[:, 49] + wf[51] * src[:, 50]
    )
    out[:, 10] = (
        wf[4] * src[:, 2] + wf[0] * src[:, 3] + wf[20] * src[:, 18] + wf[16] * src[:, 19]
        + wf[36] * src[:, 34] + wf[32] * src[:, 35] + wf[52] * src[:, 50] + wf[48] * src[:, 51]
    )
    out[:, 11] = (
        wf[5] * src[:, 2] + wf[1] * src[:, 3] + wf[21] * src[:, 18] + wf[17] * src[:, 19]
        + wf[37] * src[:, 34] + wf[33] * src[:, 35] + wf[53] * src[:, 50] + wf[49] * src[:, 51]
    )
    out[:, 12] = (
        wf[6] * src[:, 2] + wf[2] * src[:, 3] + wf[22] * src[:, 18] + wf[18] * src[:, 19]
        + wf[38] * src[:, 34] + wf[34] * src[:, 35] + wf[54] * src[:, 50] + wf[50] * src[:, 51]
    )
    out[:, 13] = (
        wf[7] * src[:, 2] + wf[3] * src[:, 3] + wf[23] * src[:, 18] + wf[19] * src[:, 19]
        + wf[39] * src[:, 34] + wf[35] * src[:, 35] + wf[55] * src[:, 50] + wf[51] * src[:, 51]
    )
    out[:, 14] = (
        wf[4] * src[:, 3] + wf[0] * src[:, 4] + wf[20] * src[:, 19] + wf[16] * src[:, 20]
        + wf[36] * src[:, 35] + wf[32] * src[:, 36] + wf[52] * src[:, 51] + wf[48] * src[:, 52]
    )
    out[:, 15] = (
        wf[5] * src[:, 3] + wf[1] * src[:, 4] + wf[21] * src[:, 19] + wf[17] * src[:, 20]
        + wf[37] * src[:, 35] + wf[33] * src[:, 36] + wf[53] * src[:, 51] + wf[49] * src[:, 52]
    )
    out[:, 16] = (
        wf[6] * src[:, 3] + wf[2] * src[:, 4] + wf[22] * src[:, 19] + wf[18] * src[:, 20]
        + wf[38] * src[:, 35] + wf[34] * src[:, 36] + wf[54] * src[:, 51] + wf[50] * src[:, 52]
    )
    out[:, 17] = (
        wf[7] * src[:, 3] + wf[3] * src[:, 4] + wf[23] * src[:, 19] + wf[19] * src[:, 20]
        + wf[39] * src[:, 35] + wf[35] * src[:, 36] + wf[55] * src[:, 51] + wf[51] * src[:, 52]
    )
    out[:, 18] = (
        wf[4] * src[:, 4] + wf[0] * src[:, 5] + wf[20] * src[:, 20] + wf[16] * src[:, 21]
        + wf[36] * src[:, 36] + wf[32] * src[:, 37] + wf[52] * src[:, 52] + wf[48] * src[:, 53]
    )
    out[:, 19] = (
        wf[5] * src[:, 4] + wf[1] * src[:, 5] + wf[21] * src[:, 20] + wf[17] * src[:, 21]
        + wf[37] * src[:, 36] + wf[33] * src[:, 37] + wf[53] * src[:, 52] + wf[49] * src[:, 53]
    )
    out[:, 20] = (
        wf[6] * src[:, 4] + wf[2] * src[:, 5] + wf[22] * src[:, 20] + wf[18] * src[:, 21]
        + wf[38] * src[:, 36] + wf[34] * src[:, 37] + wf[54] * src[:, 52] + wf[50] * src[:, 53]
    )
    out[:, 21] = (
        wf[7] * src[:, 4] + wf[3] * src[:, 5] + wf[23] * src[:, 20] + wf[19] * src[:, 21]
        + wf[39] * src[:, 36] + wf[35] * src[:, 37] + wf[55] * src[:, 52] + wf[51] * src[:, 53]
    )
    out[:, 22] = (
        wf[4] * src[:, 5] + wf[0] * src[:, 6] + wf[20] * src[:, 21] + wf[16] * src[:, 22]
        + wf[36] * src[:, 37] + wf[32] * src[:, 38] + wf[52] * src[:, 53] + wf[48] * src[:, 54]
    )
    out[:, 23] = (
        wf[5] * src[:, 5] + wf[1] * src[:, 6] + wf[21] * src[:, 21] + wf[17] * src[:, 22]
        + wf[37] * src[:, 37] + wf[33] * src[:, 38] + wf[53] * src[:, 53] + wf[49] * src[:, 54]
    )
    out[:, 24] = (
        wf[6] * src[:, 5] + wf[2] * src[:, 6] + wf[22] * src[:, 21] + wf[18] * src[:, 22]
        + wf[38] * src[:, 37] + wf[34] * src[:, 38] + wf[54] * src[:, 53] + wf[50] * src[:, 54]
    )
    out[:, 25] = (
        wf[7] * src[:, 5] + wf[3] * src[:, 6] + wf[23] * src[:, 21] + wf[19] * src[:, 22]
        + wf[39] * src[:, 37] + wf[35] * src[:, 38] + wf[55] * src[:, 53] + wf[51] * src[:, 54]
    )
    out[:, 26] = (
        wf[4] * src[:, 6] + wf[0] * src[:, 7] + wf[20] * src[:, 22] + wf[16] * src[:, 23]
        + wf[36] * src[:, 38] + wf[32] * src[:, 39] + wf[52] * src[:, 54] + wf[48] * src[:, 55]
    )
    out[:, 27] = (
        wf[5] * src[:, 6] + wf[1] * src[:, 7] + wf[21] * src[:, 22] + wf[17] * src[:, 23]
        + wf[37] * src[:, 38] + wf[33] * src[:, 39] + wf[53] * src[:, 54] + wf[49] * src[:, 55]
    )
    out[:, 28] = (
        wf[6] * src[:, 6] + wf[2] * src[:, 7] + wf[22] * src[:, 22] + wf[18] * src[:, 23]
        + wf[38] * src[:, 38] + wf[34] * src[:, 39] + wf[54] * src[:, 54] + wf[50] * src[:, 55]
    )
    out[:, 29] = (
        wf[7] * src[:, 6] + wf[3] * src[:, 7] + wf[23] * src[:, 22] + wf[19] * src[:, 23]
        + wf[39] * src[:, 38] + wf[35] * src[:, 39] + wf[55] * src[:, 54] + wf[51] * src[:, 55]
    )
    out[:, 30] = (
        wf[4] * src[:, 7] + wf[0] * src[:, 8] + wf[20] * src[:, 23] + wf[16] * src[:, 24]
        + wf[36] * src[:, 39] + wf[32] * src[:, 40] + wf[52] * src[:, 55] + wf[48] * src[:, 56]
    )
    out[:, 31] = (
        wf[5] * src[:, 7] + wf[1] * src[:, 8] + wf[21] * src[:, 23] + wf[17] * src[:, 24]
        + wf[37] * src[:, 39] + wf[33] * src[:, 40] + wf[53] * src[:, 55] + wf[49] * src[:, 56]
    )
    out[:, 32] = (
        wf[6] * src[:, 7] + wf[2] * src[:, 8] + wf[22] * src[:, 23] + wf[18] * src[:, 24]
        + wf[38] * src[:, 39] + wf[34] * src[:, 40] + wf[54] * src[:, 55] + wf[50] * src[:, 56]
    )
    out[:, 33] = (
        wf[7] * src[:, 7] + wf[3] * src[:, 8] + wf[23] * src[:, 23] + wf[19] * src[:, 24]
        + wf[39] * src[:, 39] + wf[35] * src[:, 40] + wf[55] * src[:, 55] + wf[51] * src[:, 56]
    )
    out[:, 34] = (
        wf[4] * src[:, 8] + wf[0] * src[:, 9] + wf[20] * src[:, 24] + wf[16] * src[:, 25]
        + wf[36] * src[:, 40] + wf[32] * src[:, 41] + wf[52] * src[:, 56] + wf[48] * src[:, 57]
    )
    out[:, 35] = (
        wf[5] * src[:, 8] + wf[1] * src[:, 9] + wf[21] * src[:, 24] + wf[17] * src[:, 25]
        + wf[37] * src[:, 40] + wf[33] * src[:, 41] + wf[53] * src[:, 56] + wf[49] * src[:, 57]
    )
    out[:, 36] = (
        wf[6] * src[:, 8] + wf[2] * src[:, 9] + wf[22] * src[:, 24] + wf[18] * src[:, 25]
        + wf[38] * src[:, 40] + wf[34] * src[:, 41] + wf[54] * src[:, 56] + wf[50] * src[:, 57]
    )
    out[:, 37] = (
        wf[7] * src[:, 8] + wf[3] * src[:, 9] + wf[23] * src[:, 24] + wf[19] * src[:, 25]
        + wf[39] * src[:, 40] + wf[35] * src[:, 41] + wf[55] * src[:, 56] + wf[51] * src[:, 57]
    )
    out[:, 38] = (
        wf[4] * src[:, 9] + wf[0] * src[:, 10] + wf[20] * src[:, 25] + wf[16] * src[:, 26]
        + wf[36] * src[:, 41] + wf[32] * src[:, 42] + wf[52] * src[:, 57] + wf[48] * src[:, 58]
    )
    out[:, 39] = (
        wf[5] * src[:, 9] + wf[1] * src[:, 10] + wf[21] * src[:, 25] + wf[17] * src[:, 26]
        + wf[37] * src[:, 41] + wf[33] * src[:, 42] + wf[53] * src[:, 57] + wf[49] * src[:, 58]
    )
    out[:, 40] = (
        wf[6] * src[:, 9] + wf[2] * src[:, 10] + wf[22] * src[:, 25] + wf[18] * src[:, 26]
        + wf[38] * src[:, 41] + wf[34] * src[:, 42] + wf[54] * src[:, 57] + wf[50] * src[:, 58]
    )
    out[:, 41] = (
        wf[7] * src[:, 9] + wf[3] * src[:, 10] + wf[23] * src[:, 25] + wf[19] * src[:, 26]
        + wf[39] * src[:, 41] + wf[35] * src[:, 42] + wf[55] * src[:, 57] + wf[51] * src[:, 58]
    )
    out[:, 42] = (
        wf[4] * src[:, 10] + wf[0] * src[:, 11] + wf[20] * src[:, 26] + wf[16] * src[:, 27]
        + wf[36] * src[:, 42] + wf[32] * src[:, 43] + wf[52] * src[:, 58] + wf[48] * src[:, 59]
    )
    out[:, 43] = (
        wf[5] * src[:, 10] + wf[1] * src[:, 11] + wf[21] * src[:, 26] + wf[17] * src[:, 27]
        + wf[37] * src[:, 42] + wf[33] * src[:, 43] + wf[53] * src[:, 58] + wf[49] * src[:, 59]
    )
    out[:, 44] = (
        wf[6] * src[:, 10] + wf[2] * src[:, 11] + wf[22] * src[:, 26] + wf[18] * src[:, 27]
        + wf[38] * src[:, 42] + wf[34] * src[:, 43] + wf[54] * src[:, 58] + wf[50] * src[:, 59]
    )
    out[:, 45] = (
        wf[7] * src[:, 10] + wf[3] * src[:, 11] + wf[23] * src[:, 26] + wf[19] * src[:, 27]
        + wf[39] * src[:, 42] + wf[35] * src[:, 43] + wf[55] * src[:, 58] + wf[51] * src[:, 59]
    )
    out[:, 46] = (
        wf[4] * src[:, 11] + wf[0] * src[:, 12] + wf[20] * src[:, 27] + wf[16] * src[:, 28]
        + wf[36] * src[:, 43] + wf[32] * src[:, 44] + wf[52] * src[:, 59] + wf[48] * src[:, 60]
    )
    out[:, 47] = (
        wf[5] * src[:, 11] + wf[1] * src[:, 12] + wf[21] * src[:, 27] + wf[17] * src[:, 28]
        + wf[37] * src[:, 43] + wf[33] * src[:, 44] + wf[53] * src[:, 59] + wf[49] * src[:, 60]
    )
    out[:, 48] = (
        wf[6] * src[:, 11] + wf[2] * src[:, 12] + wf[22] * src[:, 27] + wf[18] * src[:, 28]
        + wf[38] * src[:, 43] + wf[34] * src[:, 44] + wf[54] * src[:, 59] + wf[50] * src[:, 60]
    )
    out[:, 49] = (
        wf[7] * src[:, 11] + wf[3] * src[:, 12] + wf[23] * src[:, 27] + wf[19] * src[:, 28]
        + wf[39] * src[:, 43] + wf[35] * src[:, 44] + wf[55] * src[:, 59] + wf[51] * src[:, 60]
    )
    out[:, 50] = (
        wf[4] * src[:, 12] + wf[0] * src[:, 13] + wf[20] * src[:, 28] + wf[16] * src[:, 29]
        + wf[36] * src[:, 44] + wf[32] * src[:, 45] + wf[52] * src[:, 60] + wf[48] * src[:, 61]
    )
    out[:, 51] = (
        wf[5] * src[:, 12] + wf[1] * src[:, 13] + wf[21] * src[:, 28] + wf[17] * src[:, 29]
        + wf[37] * src[:, 44] + wf[33] * src[:, 45] + wf[53] * src[:, 60] + wf[49] * src[:, 61]
    )
    out[:, 52] = (
        wf[6] * src[:, 12] + wf[2] * src[:, 13] + wf[22] * src[:, 28] + wf[18] * src[:, 29]
        + wf[38] * src[:, 44] + wf[34] * src[:, 45] + wf[54] * src[:, 60] + wf[50] * src[:, 61]
    )
    out[:, 53] = (
        wf[7] * src[:, 12] + wf[3] * src[:, 13] + wf[23] * src[:, 28] + wf[19] * src[:, 29]
        + wf[39] * src[:, 44] + wf[35] * src[:, 45] + wf[55] * src[:, 60] + wf[51] * src[:, 61]
    )
    out[:, 54] = (
        wf[4] * src[:, 13] + wf[0] * src[:, 14] + wf[20] * src[:, 29] + wf[16] * src[:, 30]
        + wf[36] * src[:, 45] + wf[32] * src[:, 46] + wf[52] * src[:, 61] + wf[48] * src[:, 62]
    )
    out[:, 55] = (
        wf[5] * src[:, 13] + wf[1] * src[:, 14] + wf[21] * src[:, 29] + wf[17] * src[:, 30]
        + wf[37] * src[:, 45] + wf[33] * src[:, 46] + wf[53] * src[:, 61] + wf[49] * src[:, 62]
    )
    out[:, 56] = (
        wf[6] * src[:, 13] + wf[2] * src[:, 14] + wf[22] * src[:, 29] + wf[18] * src[:, 30]
        + wf[38] * src[:, 45] + wf[34] * src[:, 46] + wf[54] * src[:, 61] + wf[50] * src[:, 62]
    )
    out[:, 57] = (
        wf[7] * src[:, 13] + wf[3] * src[:, 14] + wf[23] * src[:, 29] + wf[19] * src[:, 30]
        + wf[39] * src[:, 45] + wf[35] * src[:, 46] + wf[55] * src[:, 61] + wf[51] * src[:, 62]
    )
    out[:, 58] = (
        wf[4] * src[:, 14] + wf[0] * src[:, 15] + wf[20] * src[:, 30] + wf[16] * src[:, 31]
        + wf[36] * src[:, 46] + wf[32] * src[:, 47] + wf[52] * src[:, 62] + wf[48] * src[:, 63]
    )
    out[:, 59] = (
        wf[5] * src[:, 14] + wf[1] * src[:, 15] + wf[21] * src[:, 30] + wf[17] * src[:, 31]
        + wf[37] * src[:, 46] + wf[33] * src[:, 47] + wf[53] * src[:, 62] + wf[49] * src[:, 63]
    )
    out[:, 60] = (
        wf[6] * src[:, 14] + wf[2] * src[:, 15] + wf[22] * src[:, 30] + wf[18] * src[:, 31]
        + wf[38] * src[:, 46] + wf[34] * src[:, 47] + wf[54] * src[:, 62] + wf[50] * src[:, 63]
    )
    out[:, 61] = (
        wf[7] * src[:, 14] + wf[3] * src[:, 15] + wf[23] * src[:, 30] + wf[19] * src[:, 31]
        + wf[39] * src[:, 46] + wf[35] * src[:, 47] + wf[55] * src[:, 62] + wf[51] * src[:, 63]
    )
    out[:, 62] = (
        wf[4] * src[:, 15] + wf[20] * src[:, 31] + wf[36] * src[:, 47] + wf[52] * src[:, 63]
    )
    out[:, 63] = (
        wf[5] * src[:, 15] + wf[21] * src[:, 31] + wf[37] * src[:, 47] + wf[53] * src[:, 63]
    )
    out[:, 64] = (
        wf[10] * src[:, 0] + wf[26] * src[:, 16] + wf[42] * src[:, 32] + wf[58] * src[:, 48]
    )
    out[:, 65] = (
        wf[11] * src[:, 0] + wf[27] * src[:, 16] + wf[43] * src[:, 32] + wf[59] * src[:, 48]
    )
    out[:, 66] = (
        wf[12] * src[:, 0] + wf[8] * src[:, 1] + wf[28] * src[:, 16] + wf[24] * src[:, 17]
        + wf[44] * src[:, 32] + wf[40] * src[:, 33] + wf[60] * src[:, 48] + wf[56] * src[:, 49]
    )
    out[:, 67] = (
        wf[13] * src[:, 0] + wf[9] * src[:, 1] + wf[29] * src[:, 16] + wf[25] * src[:, 17]
        + wf[45] * src[:, 32] + wf[41] * src[:, 33] + wf[61] * src[:, 48] + wf[57] * src[:, 49]
    )
    out[:, 68] = (
        wf[14] * src[:, 0] + wf[10] * src[:, 1] + wf[30] * src[:, 16] + wf[26] * src[:, 17]
        + wf[46] * src[:, 32] + wf[42] * src[:, 33] + wf[62] * src[:, 48] + wf[58] * src[:, 49]
    )
    out[:, 69] = (
        wf[15] * src[:, 0] + wf[11] * src[:, 1] + wf[31] * src[:, 16] + wf[27] * src[:, 17]
        + wf[47] * src[:, 32] + wf[43] * src[:, 33] + wf[63] * src[:, 48] + wf[59] * src[:, 49]
    )
    out[:, 70] = (
        wf[12] * src[:, 1] + wf[8] * src[:, 2] + wf[28] * src[:, 17] + wf[24] * src[:, 18]
        + wf[44] * src[:, 33] + wf[40] * src[:, 34] + wf[60] * src[:, 49] + wf[56] * src[:, 50]
    )
    out[:, 71] = (
        wf[13] * src[:, 1] + wf[9] * src[:, 2] + wf[29] * src[:, 17] + wf[25] * src[:, 18]
        + wf[45] * src[:, 33] + wf[41] * src[:, 34] + wf[61] * src[:, 49] + wf[57] * src[:, 50]
    )
    out[:, 72] = (
        wf[14] * src[:, 1] + wf[10] * src[:, 2] + wf[30] * src[:, 17] + wf[26] * src[:, 18]
        + wf[46] * src[:, 33] + wf[42] * src[:, 34] + wf[62] * src[:, 49] + wf[58] * src[:, 50]
    )
    out[:, 73] = (
        wf[15] * src[:, 1] + wf[11] * src[:, 2] + wf[31] * src[:, 17] + wf[27] * src[:, 18]
        + wf[47] * src[:, 33] + wf[43] * src[:, 34] + wf[63] * src[:, 49] + wf[59] * src[:, 50]
    )
    out[:, 74] = (
        wf[12] * src[:, 2] + wf[8] * src[:, 3] + wf[28] * src[:, 18] + wf[24] * src[:, 19]
        + wf[44] * src[:, 34] + wf[40] * src[:, 35] + wf[60] * src[:, 50] + wf[56] * src[:, 51]
    )
    out[:, 75] = (
        wf[13] * src[:, 2] + wf[9] * src[:, 3] + wf[29] * src[:, 18] + wf[25] * src[:, 19]
        + wf[45] * src[:, 34] + wf[41] * src[:, 35] + wf[61] * src[:, 50] + wf[57] * src[:, 51]
    )
    out[:, 76] = (
        wf[14] * src[:, 2] + wf[10] * src[:, 3] + wf[30] * src[:, 18] + wf[26] * src[:, 19]
        + wf[46] * src[:, 34] + wf[42] * src[:, 35] + wf[62] * src[:, 50] + wf[58] * src[:, 51]
    )
    out[:, 77] = (
        wf[15] * src[:, 2] + wf[11] * src[:, 3] + wf[31] * src[:, 18] + wf[27] * src[:, 19]
        + wf[47] * src[:, 34] + wf[43] * src[:, 35] + wf[63] * src[:, 50] + wf[59] * src[:, 51]
    )
    out[:, 78] = (
        wf[12] * src[:, 3] + wf[8] * src[:, 4] + wf[28] * src[:, 19] + wf[24] * src[:, 20]
        + wf[44] * src[:, 35] + wf[40] * src[:, 36] + wf[60] * src[:, 51] + wf[56] * src[:, 52]
    )
    out[:, 79] = (
        wf[13] * src[:, 3] + wf[9] * src[:, 4] + wf[29] * src[:, 19] + wf[25] * src[:, 20]
        + wf[45] * src[:, 35] + wf[41] * src[:, 36] + wf[61] * src[:, 51] + wf[57] * src[:, 52]
    )
    out[:, 80] = (
        wf[14] * src[:, 3] + wf[10] * src[:, 4] + wf[30] * src[:, 19] + wf[26] * src[:, 20]
        + wf[46] * src[:, 35] + wf[42] * src[:, 36] + wf[62] * src[:, 51] + wf[58] * src[:, 52]
    )
    out[:, 81] = (
        wf[15] * src[:, 3] + wf[11] * src[:, 4] + wf[31] * src[:, 19] + wf[27] * src[:, 20]
        + wf[47] * src[:, 35] + wf[43] * src[:, 36] + wf[63] * src[:, 51] + wf[59] * src[:, 52]
    )
    out[:, 82] = (
        wf[12] * src[:, 4] + wf[8] * src[:, 5] + wf[28] * src[:, 20] + wf[24] * src[:, 21]
        + wf[44] * src[:, 36] + wf[40] * src[:, 37] + wf[60] * src[:, 52] + wf[56] * src[:, 53]
    )
    out[:, 83] = (
        wf[13] * src[:, 4] + wf[9] * src[:, 5] + wf[29] * src[:, 20] + wf[25] * src[:, 21]
        + wf[45] * src[:, 36] + wf[41] * src[:, 37] + wf[61] * src[:, 52] + wf[57] * src[:, 53]
    )
    out[:, 84] = (
        wf[14] * src[:, 4] + wf[10] * src[:, 5] + wf[30] * src[:, 20] + wf[26] * src[:, 21]
        + wf[46] * src[:, 36] + wf[42] * src[:, 37] + wf[62] * src[:, 52] + wf[58] * src[:, 53]
    )
    out[:, 85] = (
        wf[15] * src[:, 4] + wf[11] * src[:, 5] + wf[31] * src[:, 20] + wf[27] * src[:, 21]
        + wf[47] * src[:, 36] + wf[43] * src[:, 37] + wf[63] * src[:, 52] + wf[59] * src[:, 53]
    )
    out[:, 86] = (
        wf[12] * src[:, 5] + wf[8] * src[:, 6] + wf[28] * src[:, 21] + wf[24] * src[:, 22]
        + wf[44] * src[:, 37] + wf[40] * src[:, 38] + wf[60] * src[:, 53] + wf[56] * src[:, 54]
    )
    out[:, 87] = (
        wf[13] * src[:, 5] + wf[9] * src[:, 6] + wf[29] * src[:, 21] + wf[25] * src[:, 22]
        + wf[45] * src[:, 37] + wf[41] * src[:, 38] + wf[61] * src[:, 53] + wf[57] * src[:, 54]
    )
    out[:, 88] = (
        wf[14] * src[:, 5] + wf[10] * src[:, 6] + wf[30] * src[:, 21] + wf[26] * src[:, 22]
        + wf[46] * src[:, 37] + wf[42] * src[:, 38] + wf[62] * src[:, 53] + wf[58] * src[:, 54]
    )
    out[:, 89] = (
        wf[15] * src[:, 5] + wf[11] * src[:, 6] + wf[31] * src[:, 21] + wf[27] * src[:, 22]
        + wf[47] * src[:, 37] + wf[43] * src[:, 38] + wf[63] * src[:, 53] + wf[59] * src[:, 54]
    )
    out[:, 90] = (
        wf[12] * src[:, 6] + wf[8] * src[:, 7] + wf[28] * src[:, 22] + wf[24] * src[:, 23]
        + wf[44] * src[:, 38] + wf[40] * src[:, 39] + wf[60] * src[:, 54] + wf[56] * src[:, 55]
    )
    out[:, 91] = (
        wf[13] * src[:, 6] + wf[9] * src[:, 7] + wf[29] * src[:, 22] + wf[25] * src[:, 23]
        + wf[45] * src[:, 38] + wf[41] * src[:, 39] + wf[61] * src[:, 54] + wf[57] * src[:, 55]
    )
    out[:, 92] = (
        wf[14] * src[:, 6] + wf[10] * src[:, 7] + wf[30] * src[:, 22] + wf[26] * src[:, 23]
        + wf[46] * src[:, 38] + wf[42] * src[:, 39] + wf[62] * src[:, 54] + wf[58] * src[:, 55]
    )
    out[:, 93] = (
        wf[15] * src[:, 6] + wf[11] * src[:, 7] + wf[31] * src[:, 22] + wf[27] * src[:, 23]
        + wf[47] * src[:, 38] + wf[43] * src[:, 39] + wf[63] * src[:, 54] + wf[59] * src[:, 55]
    )
    out[:, 94] = (
        wf[12] * src[:, 7] + wf[8] * src[:, 8] + wf[28] * src[:, 23] + wf[24] * src[:, 24]
        + wf[44] * src[:, 39] + wf[40] * src[:, 40] + wf[60] * src[:, 55] + wf[56] * src[:, 56]
    )
    out[:, 95] = (
        wf[13] * src[:, 7] + wf[9] * src[:, 8] + wf[29] * src[:, 23] + wf[25] * src[:, 24]
        + wf[45] * src[:, 39] + wf[41] * src[:, 40] + wf[61] * src[:, 55] + wf[57] * src[:, 56]
    )
    out[:, 96] = (
        wf[14] * src[:, 7] + wf[10] * src[:, 8] + wf[30] * src[:, 23] + wf[26] * src[:, 24]
        + wf[46] * src[:, 39] + wf[42] * src[:, 40] + wf[62] * src[:, 55] + wf[58] * src[:, 56]
    )
    out[:, 97] = (
        wf[15] * src[:, 7] + wf[11] * src[:, 8] + wf[31] * src[:, 23] + wf[27] * src[:, 24]
        + wf[47] * src[:, 39] + wf[43] * src[:, 40] + wf[63] * src[:, 55] + wf[59] * src[:, 56]
    )
    out[:, 98] = (
        wf[12] * src[:, 8] + wf[8] * src[:, 9] + wf[28] * src[:, 24] + wf[24] * src[:, 25]
        + wf[44] * src[:, 40] + wf[40] * src[:, 41] + wf[60] * src[:, 56] + wf[56] * src[:, 57]
    )
    out[:, 99] = (
        wf[13] * src[:, 8] + wf[9] * src[:, 9] + wf[29] * src[:, 24] + wf[25] * src[:, 25]
        + wf[45] * src[:, 40] + wf[41] * src[:, 41] + wf[61] * src[:, 56] + wf[57] * src[:, 57]
    )
    out[:, 100] = (
        wf[14] * src[:, 8] + wf[10] * src[:, 9] + wf[30] * src[:, 24] + wf[26] * src[:, 25]
        + wf[46] * src[:, 40] + wf[42] * src[:, 41] + wf[62] * src[:, 56] + wf[58] * src[:, 57]
    )
    out[:, 101] = (
        wf[15] * src[:, 8] + wf[11] * src[:, 9] + wf[31] * src[:, 24] + wf[27] * src[:, 25]
        + wf[47] * src[:, 40] + wf[43] * src[:, 41] + wf[63] * src[:, 56] + wf[59] * src[:, 57]
    )
    out[:, 102] = (
        wf[12] * src[:, 9] + wf[8] * src[:, 10] + wf[28] * src[:, 25] + wf[24] * src[:, 26]
        + wf[44] * src[:, 41] + wf[40] * src[:, 42] + wf[60] * src[:, 57] + wf[56] * src[:, 58]
    )
    out[:, 103] = (
        wf[13] * src[:, 9] + wf[9] * src[:, 10] + wf[29] * src[:, 25] + wf[25] * src[:, 26]
        + wf[45] * src[:, 41] + wf[41] * src[:, 42] + wf[61] * src[:, 57] + wf[57] * src[:, 58]
    )
    out[:, 104] = (
        wf[14] * src[:, 9] + wf[10] * src[:, 10] + wf[30] * src[:, 25] + wf[26] * src[:, 26]
        + wf[46] * src[:, 41] + wf[42] * src[:, 42] + wf[62] * src[:, 57] + wf[58] * src[:, 58]
    )
    out[:, 105] = (
        wf[15] * src[:, 9] + wf[11] * src[:, 10] + wf[31] * src[:, 25] + wf[27] * src[:, 26]
        + wf[47] * src[:, 41] + wf[43] * src[:, 42] + wf[63] * src[:, 57] + wf[59] * src[:, 58]
    )
    out[:, 106] = (
        wf[12] * src[:, 10] + wf[8] * src[:, 11] + wf[28] * src[:, 26] + wf[24] * src[:, 27]
        + wf[44] * src[:, 42] + wf[40] * src[:, 43] + wf[60] * src[:, 58] + wf[56] * src[:, 59]
    )
    out[:, 107] = (
        wf[13] * src[:, 10] + wf[9] * src[:, 11] + wf[29] * src[:, 26] + wf[25] * src[:, 27]
        + wf[45] * src[:, 42] + wf[41] * src[:, 43] + wf[61] * src[:, 58] + wf[57] * src[:, 59]
    )
    out[:, 108] = (
        wf[14] * src[:, 10] + wf[10] * src[:, 11] + wf[30] * src[:, 26] + wf[26] * src[:, 27]
        + wf[46] * src[:, 42] + wf[42] * src[:, 43] + wf[62] * src[:, 58] + wf[58] * src[:, 59]
    )
    out[:, 109] = (
        wf[15] * src[:, 10] + wf[11] * src[:, 11] + wf[31] * src[:, 26] + wf[27] * src[:, 27]
        + wf[47] * src[:, 42] + wf[43] * src[:, 43] + wf[63] * src[:, 58] + wf[59] * src[:, 59]
    )
    out[:, 110] = (
        wf[12] * src[:, 11] + wf[8] * src[:, 12] + wf[28] * src[:, 27] + wf[24] * src[:, 28]
        + wf[44] * src[:, 43] + wf[40] * src[:, 44] + wf[60] * src[:, 59] + wf[56] * src[:, 60]
    )
    out[:, 111] = (
        wf[13] * src[:, 11] + wf[9] * src[:, 12] + wf[29] * src[:, 27] + wf[25] * src[:, 28]
        + wf[45] * src[:, 43] + wf[41] * src[:, 44] + wf[61] * src[:, 59] + wf[57] * src[:, 60]
    )
    out[:, 112] = (
        wf[14] * src[:, 11] + wf[10] * src[:, 12] + wf[30] * src[:, 27] + wf[26] * src[:, 28]
        + wf[46] * src[:, 43] + wf[42] * src[:, 44] + wf[62] * src[:, 59] + wf[58] * src[:, 60]
    )
    out[:, 113] = (
        wf[15] * src[:, 11] + wf[11] * src[:, 12] + wf[31] * src[:, 27] + wf[27] * src[:, 28]
        + wf[47] * src[:, 43] + wf[43] * src[:, 44] + wf[63] * src[:, 59] + wf[59] * src[:, 60]
    )
    out[:, 114] = (
        wf[12] * src[:, 12] + wf[8] * src[:, 13] + wf[28] * src[:, 28] + wf[24] * src[:, 29]
        + wf[44] * src[:, 44] + wf[40] * src[:, 45] + wf[60] * src[:, 60] + wf[56] * src[:, 61]
    )
    out[:, 115] = (
        wf[13] * src[:, 12] + wf[9] * src[:, 13] + wf[29] * src[:, 28] + wf[25] * src[:, 29]
        + wf[45] * src[:, 44] + wf[41] * src[:, 45] + wf[61] * src[:, 60] + wf[57] * src[:, 61]
    )
    out[:, 116] = (
        wf[14] * src[:, 12] + wf[10] * src[:, 13] + wf[30] * src[:, 28] + wf[26] * src[:, 29]
        + wf[46] * src[:, 44] + wf[42] * src[:, 45] + wf[62] * src[:, 60] + wf[58] * src[:, 61]
    )
    out[:, 117] = (
        wf[15] * src[:, 12] + wf[11] * src[:, 13] + wf[31] * src[:, 28] + wf[27] * src[:, 29]
        + wf[47] * src[:, 44] + wf[43] * src[:, 45] + wf[63] * src[:, 60] + wf[59] * src[:, 61]
    )
    out[:, 118] = (
        wf[12] * src[:, 13] + wf[8] * src[:, 14] + wf[28] * src[:, 29] + wf[24] * src[:, 30]
        + wf[44] * src[:, 45] + wf[40] * src[:, 46] + wf[60] * src[:, 61] + wf[56] * src[:, 62]
    )
    out[:, 119] = (
        wf[13] * src[:, 13] + wf[9] * src[:, 14] + wf[29] * src[:, 29] + wf[25] * src[:, 30]
        + wf[45] * src[:, 45] + wf[41] * src[:, 46] + wf[61] * src[:, 61] + wf[57] * src[:, 62]
    )
    out[:, 120] = (
        wf[14] * src[:, 13] + wf[10] * src[:, 14] + wf[30] * src[:, 29] + wf[26] * src[:, 30]
        + wf[46] * src[:, 45] + wf[42] * src[:, 46] + wf[62] * src[:, 61] + wf[58] * src[:, 62]
    )
    out[:, 121] = (
        wf[15] * src[:, 13] + wf[11] * src[:, 14] + wf[31] * src[:, 29] + wf[27] * src[:, 30]
        + wf[47] * src[:, 45] + wf[43] * src[:, 46] + wf[63] * src[:, 61] + wf[59] * src[:, 62]
    )
    out[:, 122] = (
        wf[12] * src[:, 14] + wf[8] * src[:, 15] + wf[28] * src[:, 30] + wf[24] * src[:, 31]
        + wf[44] * src[:, 46] + wf[40] * src[:, 47] + wf[60] * src[:, 62] + wf[56] * src[:, 63]
    )
    out[:, 123] = (
        wf[13] * src[:, 14] + wf[9] * src[:, 15] + wf[29] * src[:, 30] + wf[25] * src[:, 31]
        + wf[45] * src[:, 46] + wf[41] * src[:, 47] + wf[61] * src[:, 62] + wf[57] * src[:, 63]
    )
    out[:, 124] = (
        wf[14] * src[:, 14] + wf[10] * src[:, 15] + wf[30] * src[:, 30] + wf[26] * src[:, 31]
        + wf[46] * src[:, 46] + wf[42] * src[:, 47] + wf[62] * src[:, 62] + wf[58] * src[:, 63]
    )
    out[:, 125] = (
        wf[15] * src[:, 14] + wf[11] * src[:, 15] + wf[31] * src[:, 30] + wf[27] * src[:, 31]
        + wf[47] * src[:, 46] + wf[43] * src[:, 47] + wf[63] * src[:, 62] + wf[59] * src[:, 63]
    )
    out[:, 126] = (
        wf[12] * src[:, 15] + wf[28] * src[:, 31] + wf[44] * src[:, 47] + wf[60] * src[:, 63]
    )
    out[:, 127] = (
        wf[13] * src[:, 15] + wf[29] * src[:, 31] + wf[45] * src[:, 47] + wf[61] * src[:, 63]
    )
    return out.reshape(n, 2, 64)
