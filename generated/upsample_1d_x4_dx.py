# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
# operator:      input: grad_x = C·grad_y
# strategy:      unrolled (auto: 992 terms <= 4,096, straight-line code)
# dtype:         float64
# signature:     upsample_1d_x4_dx(grad_y, w) -> grad_x
# content-hash:  sha256:2a8e8e0886d73f78263f3d088cd0e4ea896373475d410a4cfa4199b666c8e029
"""Input kernel for TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2): grad_x = C·grad_y.

Arrays are batch-first in PyTorch layout, C order:
    grad_y: (n, 2, 64)
    w: (4, 2, 8)
    returns grad_x: (n, 4, 16)
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


def upsample_1d_x4_dx(grad_y, w):
    """grad_x = C·grad_y, unrolled: one statement per output element (vectorised over the batch),
    holding only the structurally nonzero terms."""
    grad_y = _arg("grad_y", grad_y, (2, 64), True)
    w = _arg("w", w, (4, 2, 8), False)
    n = grad_y.shape[0]
    src = grad_y.reshape(n, 128)
    wf = w.reshape(-1)
    out = _np.zeros((n, 64), dtype=_DTYPE)
    out[:, 0] = (
        wf[2] * src[:, 0] + wf[3] * src[:, 1] + wf[4] * src[:, 2] + wf[5] * src[:, 3]
        + wf[6] * src[:, 4] + wf[7] * src[:, 5] + wf[10] * src[:, 64] + wf[11] * src[:, 65]
        + wf[12] * src[:, 66] + wf[13] * src[:, 67] + wf[14] * src[:, 68] + wf[15] * src[:, 69]
    )
    out[:, 1] = (
        wf[0] * src[:, 2] + wf[1] * src[:, 3] + wf[2] * src[:, 4] + wf[3] * src[:, 5]
        + wf[4] * src[:, 6] + wf[5] * src[:, 7] + wf[6] * src[:, 8] + wf[7] * src[:, 9]
        + wf[8] * src[:, 66] + wf[9] * src[:, 67] + wf[10] * src[:, 68] + wf[11] * src[:, 69]
        + wf[12] * src[:, 70] + wf[13] * src[:, 71] + wf[14] * src[:, 72] + wf[15] * src[:, 73]
    )
    out[:, 2] = (
        wf[0] * src[:, 6] + wf[1] * src[:, 7] + wf[2] * src[:, 8] + wf[3] * src[:, 9]
        + wf[4] * src[:, 10] + wf[5] * src[:, 11] + wf[6] * src[:, 12] + wf[7] * src[:, 13]
        + wf[8] * src[:, 70] + wf[9] * src[:, 71] + wf[10] * src[:, 72] + wf[11] * src[:, 73]
        + wf[12] * src[:, 74] + wf[13] * src[:, 75] + wf[14] * src[:, 76] + wf[15] * src[:, 77]
    )
    out[:, 3] = (
        wf[0] * src[:, 10] + wf[1] * src[:, 11] + wf[2] * src[:, 12] + wf[3] * src[:, 13]
        + wf[4] * src[:, 14] + wf[5] * src[:, 15] + wf[6] * src[:, 16] + wf[7] * src[:, 17]
        + wf[8] * src[:, 74] + wf[9] * src[:, 75] + wf[10] * src[:, 76] + wf[11] * src[:, 77]
        + wf[12] * src[:, 78] + wf[13] * src[:, 79] + wf[14] * src[:, 80] + wf[15] * src[:, 81]
    )
    out[:, 4] = (
        wf[0] * src[:, 14] + wf[1] * src[:, 15] + wf[2] * src[:, 16] + wf[3] * src[:, 17]
        + wf[4] * src[:, 18] + wf[5] * src[:, 19] + wf[6] * src[:, 20] + wf[7] * src[:, 21]
        + wf[8] * src[:, 78] + wf[9] * src[:, 79] + wf[10] * src[:, 80] + wf[11] * src[:, 81]
        + wf[12] * src[:, 82] + wf[13] * src[:, 83] + wf[14] * src[:, 84] + wf[15] * src[:, 85]
    )
    out[:, 5] = (
        wf[0] * src[:, 18] + wf[1] * src[:, 19] + wf[2] * src[:, 20] + wf[3] * src[:, 21]
        + wf[4] * src[:, 22] + wf[5] * src[:, 23] + wf[6] * src[:, 24] + wf[7] * src[:, 25]
        + wf[8] * src[:, 82] + wf[9] * src[:, 83] + wf[10] * src[:, 84] + wf[11] * src[:, 85]
        + wf[12] * src[:, 86] + wf[13] * src[:, 87] + wf[14] * src[:, 88] + wf[15] * src[:, 89]
    )
    out[:, 6] = (
        wf[0] * src[:, 22] + wf[1] * src[:, 23] + wf[2] * src[:, 24] + wf[3] * src[:, 25]
        + wf[4] * src[:, 26] + wf[5] * src[:, 27] + wf[6] * src[:, 28] + wf[7] * src[:, 29]
        + wf[8] * src[:, 86] + wf[9] * src[:, 87] + wf[10] * src[:, 88] + wf[11] * src[:, 89]
        + wf[12] * src[:, 90] + wf[13] * src[:, 91] + wf[14] * src[:, 92] + wf[15] * src[:, 93]
    )
    out[:, 7] = (
        wf[0] * src[:, 26] + wf[1] * src[:, 27] + wf[2] * src[:, 28] + wf[3] * src[:, 29]
        + wf[4] * src[:, 30] + wf[5] * src[:, 31] + wf[6] * src[:, 32] + wf[7] * src[:, 33]
        + wf[8] * src[:, 90] + wf[9] * src[:, 91] + wf[10] * src[:, 92] + wf[11] * src[:, 93]
        + wf[12] * src[:, 94] + wf[13] * src[:, 95] + wf[14] * src[:, 96] + wf[15] * src[:, 97]
    )
    out[:, 8] = (
        wf[0] * src[:, 30] + wf[1] * src[:, 31] + wf[2] * src[:, 32] + wf[3] * src[:, 33]
        + wf[4] * src[:, 34] + wf[5] * src[:, 35] + wf[6] * src[:, 36] + wf[7] * src[:, 37]
        + wf[8] * src[:, 94] + wf[9] * src[:, 95] + wf[10] * src[:, 96] + wf[11] * src[:, 97]
        + wf[12] * src[:, 98] + wf[13] * src[:, 99] + wf[14] * src[:, 100] + wf[15] * src[:, 101]
    )
    out[:, 9] = (
        wf[0] * src[:, 34] + wf[1] * src[:, 35] + wf[2] * src[:, 36] + wf[3] * src[:, 37]
        + wf[4] * src[:, 38] + wf[5] * src[:, 39] + wf[6] * src[:, 40] + wf[7] * src[:, 41]
        + wf[8] * src[:, 98] + wf[9] * src[:, 99] + wf[10] * src[:, 100] + wf[11] * src[:, 101]
        + wf[12] * src[:, 102] + wf[13] * src[:, 103] + wf[14] * src[:, 104] + wf[15] * src[:, 105]
    )
    out[:, 10] = (
        wf[0] * src[:, 38] + wf[1] * src[:, 39] + wf[2] * src[:, 40] + wf[3] * src[:, 41]
        + wf[4] * src[:, 42] + wf[5] * src[:, 43] + wf[6] * src[:, 44] + wf[7] * src[:, 45]
        + wf[8] * src[:, 102] + wf[9] * src[:, 103] + wf[10] * src[:, 104] + wf[11] * src[:, 105]
        + wf[12] * src[:, 106] + wf[13] * src[:, 107] + wf[14] * src[:, 108] + wf[15] * src[:, 109]
    )
    out[:, 11] = (
        wf[0] * src[:, 42] + wf[1] * src[:, 43] + wf[2] * src[:, 44] + wf[3] * src[:, 45]
        + wf[4] * src[:, 46] + wf[5] * src[:, 47] + wf[6] * src[:, 48] + wf[7] * src[:, 49]
        + wf[8] * src[:, 106] + wf[9] * src[:, 107] + wf[10] * src[:, 108] + wf[11] * src[:, 109]
        + wf[12] * src[:, 110] + wf[13] * src[:, 111] + wf[14] * src[:, 112] + wf[15] * src[:, 113]
    )
    out[:, 12] = (
        wf[0] * src[:, 46] + wf[1] * src[:, 47] + wf[2] * src[:, 48] + wf[3] * src[:, 49]
        + wf[4] * src[:, 50] + wf[5] * src[:, 51] + wf[6] * src[:, 52] + wf[7] * src[:, 53]
        + wf[8] * src[:, 110] + wf[9] * src[:, 111] + wf[10] * src[:, 112] + wf[11] * src[:, 113]
        + wf[12] * src[:, 114] + wf[13] * src[:, 115] + wf[14] * src[:, 116] + wf[15] * src[:, 117]
    )
    out[:, 13] = (
        wf[0] * src[:, 50] + wf[1] * src[:, 51] + wf[2] * src[:, 52] + wf[3] * src[:, 53]
        + wf[4] * src[:, 54] + wf[5] * src[:, 55] + wf[6] * src[:, 56] + wf[7] * src[:, 57]
        + wf[8] * src[:, 114] + wf[9] * src[:, 115] + wf[10] * src[:, 116] + wf[11] * src[:, 117]
        + wf[12] * src[:, 118] + wf[13] * src[:, 119] + wf[14] * src[:, 120] + wf[15] * src[:, 121]
    )
    out[:, 14] = (
        wf[0] * src[:, 54] + wf[1] * src[:, 55] + wf[2] * src[:, 56] + wf[3] * src[:, 57]
        + wf[4] * src[:, 58] + wf[5] * src[:, 59] + wf[6] * src[:, 60] + wf[7] * src[:, 61]
        + wf[8] * src[:, 118] + wf[9] * src[:, 119] + wf[10] * src[:, 120] + wf[11] * src[:, 121]
        + wf[12] * src[:, 122] + wf[13] * src[:, 123] + wf[14] * src[:, 124] + wf[15] * src[:, 125]
    )
    out[:, 15] = (
        wf[0] * src[:, 58] + wf[1] * src[:, 59] + wf[2] * src[:, 60] + wf[3] * src[:, 61]
        + wf[4] * src[:, 62] + wf[5] * src[:, 63] + wf[8] * src[:, 122] + wf[9] * src[:, 123]
        + wf[10] * src[:, 124] + wf[11] * src[:, 125] + wf[12] * src[:, 126] + wf[13] * src[:, 127]
    )
    out[:, 16] = (
        wf[18] * src[:, 0] + wf[19] * src[:, 1] + wf[20] * src[:, 2] + wf[21] * src[:, 3]
        + wf[22] * src[:, 4] + wf[23] * src[:, 5] + wf[26] * src[:, 64] + wf[27] * src[:, 65]
        + wf[28] * src[:, 66] + wf[29] * src[:, 67] + wf[30] * src[:, 68] + wf[31] * src[:, 69]
    )
    out[:, 17] = (
        wf[16] * src[:, 2] + wf[17] * src[:, 3] + wf[18] * src[:, 4] + wf[19] * src[:, 5]
        + wf[20] * src[:, 6] + wf[21] * src[:, 7] + wf[22] * src[:, 8] + wf[23] * src[:, 9]
        + wf[24] * src[:, 66] + wf[25] * src[:, 67] + wf[26] * src[:, 68] + wf[27] * src[:, 69]
        + wf[28] * src[:, 70] + wf[29] * src[:, 71] + wf[30] * src[:, 72] + wf[31] * src[:, 73]
    )
    out[:, 18] = (
        wf[16] * src[:, 6] + wf[17] * src[:, 7] + wf[18] * src[:, 8] + wf[19] * src[:, 9]
        + wf[20] * src[:, 10] + wf[21] * src[:, 11] + wf[22] * src[:, 12] + wf[23] * src[:, 13]
        + wf[24] * src[:, 70] + wf[25] * src[:, 71] + wf[26] * src[:, 72] + wf[27] * src[:, 73]
        + wf[28] * src[:, 74] + wf[29] * src[:, 75] + wf[30] * src[:, 76] + wf[31] * src[:, 77]
    )
    out[:, 19] = (
        wf[16] * src[:, 10] + wf[17] * src[:, 11] + wf[18] * src[:, 12] + wf[19] * src[:, 13]
        + wf[20] * src[:, 14] + wf[21] * src[:, 15] + wf[22] * src[:, 16] + wf[23] * src[:, 17]
        + wf[24] * src[:, 74] + wf[25] * src[:, 75] + wf[26] * src[:, 76] + wf[27] * src[:, 77]
        + wf[28] * src[:, 78] + wf[29] * src[:, 79] + wf[30] * src[:, 80] + wf[31] * src[:, 81]
    )
    out[:, 20] = (
        wf[16] * src[:, 14] + wf[17] * src[:, 15] + wf[18] * src[:, 16] + wf[19] * src[:, 17]
        + wf[20] * src[:, 18] + wf[21] * src[:, 19] + wf[22] * src[:, 20] + wf[23] * src[:, 21]
        + wf[24] * src[:, 78] + wf[25] * src[:, 79] + wf[26] * src[:, 80] + wf[27] * src[:, 81]
        + wf[28] * src[:, 82] + wf[29] * src[:, 83] + wf[30] * src[:, 84] + wf[31] * src[:, 85]
    )
    out[:, 21] = (
        wf[16] * src[:, 18] + wf[17] * src[:, 19] + wf[18] * src[:, 20] + wf[19] * src[:, 21]
        + wf[20] * src[:, 22] + wf[21] * src[:, 23] + wf[22] * src[:, 24] + wf[23] * src[:, 25]
        + wf[24] * src[:, 82] + wf[25] * src[:, 83] + wf[26] * src[:, 84] + wf[27] * src[:, 85]
        + wf[28] * src[:, 86] + wf[29] * src[:, 87] + wf[30] * src[:, 88] + wf[31] * src[:, 89]
    )
    out[:, 22] = (
        wf[16] * src[:, 22] + wf[17] * src[:, 23] + wf[18] * src[:, 24] + wf[19] * src[:, 25]
        + wf[20] * src[:, 26] + wf[21] * src[:, 27] + wf[22] * src[:, 28] + wf[23] * src[:, 29]
        + wf[24] * src[:, 86] + wf[25] * src[:, 87] + wf[26] * src[:, 88] + wf[27] * src[:, 89]
        + wf[28] * src[:, 90] + wf[29] * src[:, 91] + wf[30] * src[:, 92] + wf[31] * src[:, 93]
    )
    out[:, 23] = (
        wf[16] * src[:, 26] + wf[17] * src[:, 27] + wf[18] * src[:, 28] + wf[19] * src[:, 29]
        + wf[20] * src[:, 30] + wf[21] * src[:, 31] + wf[22] * src[:, 32] + wf[23] * src[:, 33]
        + wf[24] * src[:, 90] + wf[25] * src[:, 91] + wf[26] * src[:, 92] + wf[27] * src[:, 93]
        + wf[28] * src[:, 94] + wf[29] * src[:, 95] + wf[30] * src[:, 96] + wf[31] * src[:, 97]
    )
    out[:, 24] = (
        wf[16] * src[:, 30] + wf[17] * src[:, 31] + wf[18] * src[:, 32] + wf[19] * src[:, 33]
        + wf[20] * src[:, 34] + wf[21] * src[:, 35] + wf[22] * src[:, 36] + wf[23] * src[:, 37]
        + wf[24] * src[:, 94] + wf[25] * src[:, 95] + wf[26] * src[:, 96] + wf[27] * src[:, 97]
        + wf[28] * src[:, 98] + wf[29] * src[:, 99] + wf[30] * src[:, 100] + wf[31] * src[:, 101]
    )
    out[:, 25] = (
        wf[16] * src[:, 34] + wf[17] * src[:, 35] + wf[18] * src[:, 36] + wf[19] * src[:, 37]
        + wf[20] * src[:, 38] + wf[21] * src[:, 39] + wf[22] * src[:, 40] + wf[23] * src[:, 41]
        + wf[24] * src[:, 98] + wf[25] * src[:, 99] + wf[26] * src[:, 100] + wf[27] * src[:, 101]
        + wf[28] * src[:, 102] + wf[29] * src[:, 103] + wf[30] * src[:, 104] + wf[31] * src[:, 105]
    )
    out[:, 26] = (
        wf[16] * src[:, 38] + wf[17] * src[:, 39] + wf[18] * src[:, 40] + wf[19] * src[:, 41]
        + wf[20] * src[:, 42] + wf[21] * src[:, 43] + wf[22] * src[:, 44] + wf[23] * src[:, 45]
        + wf[24] * src[:, 102] + wf[25] * src[:, 103] + wf[26] * src[:, 104] + wf[27] * src[:, 105]
        + wf[28] * src[:, 106] + wf[29] * src[:, 107] + wf[30] * src[:, 108] + wf[31] * src[:, 109]
    )
    out[:, 27] = (
        wf[16] * src[:, 42] + wf[17] * src[:, 43] + wf[18] * src[:, 44] + wf[19] * src[:, 45]
        + wf[20] * src[:, 46] + wf[21] * src[:, 47] + wf[22] * src[:, 48] + wf[23] * src[:, 49]
        + wf[24] * src[:, 106] + wf[25] * src[:, 107] + wf[26] * src[:, 108] + wf[27] * src[:, 109]
        + wf[28] * src[:, 110] + wf[29] * src[:, 111] + wf[30] * src[:, 112] + wf[31] * src[:, 113]
    )
    out[:, 28] = (
        wf[16] * src[:, 46] + wf[17] * src[:, 47] + wf[18] * src[:, 48] + wf[19] * src[:, 49]
        + wf[20] * src[:, 50] + wf[21] * src[:, 51] + wf[22] * src[:, 52] + wf[23] * src[:, 53]
        + wf[24] * src[:, 110] + wf[25] * src[:, 111] + wf[26] * src[:, 112] + wf[27] * src[:, 113]
        + wf[28] * src[:, 114] + wf[29] * src[:, 115] + wf[30] * src[:, 116] + wf[31] * src[:, 117]
    )
    out[:, 29] = (
        wf[16] * src[:, 50] + wf[17] * src[:, 51] + wf[18] * src[:, 52] + wf[19] * src[:, 53]
        + wf[20] * src[:, 54] + wf[21] * src[:, 55] + wf[22] * src[:, 56] + wf[23] * src[:, 57]
        + wf[24] * src[:, 114] + wf[25] * src[:, 115] + wf[26] * src[:, 116] + wf[27] * src[:, 117]
        + wf[28] * src[:, 118] + wf[29] * src[:, 119] + wf[30] * src[:, 120] + wf[31] * src[:, 121]
    )
    out[:, 30] = (
        wf[16] * src[:, 54] + wf[17] * src[:, 55] + wf[18] * src[:, 56] + wf[19] * src[:, 57]
        + wf[20] * src[:, 58] + wf[21] * src[:, 59] + wf[22] * src[:, 60] + wf[23] * src[:, 61]
        + wf[24] * src[:, 118] + wf[25] * src[:, 119] + wf[26] * src[:, 120] + wf[27] * src[:, 121]
        + wf[28] * src[:, 122] + wf[29] * src[:, 123] + wf[30] * src[:, 124] + wf[31] * src[:, 125]
    )
    out[:, 31] = (
        wf[16] * src[:, 58] + wf[17] * src[:, 59] + wf[18] * src[:, 60] + wf[19] * src[:, 61]
        + wf[20] * src[:, 62] + wf[21] * src[:, 63] + wf[24] * src[:, 122] + wf[25] * src[:, 123]
        + wf[26] * src[:, 124] + wf[27] * src[:, 125] + wf[28] * src[:, 126] + wf[29] * src[:, 127]
    )
    out[:, 32] = (
        wf[34] * src[:, 0] + wf[35] * src[:, 1] + wf[36] * src[:, 2] + wf[37] * src[:, 3]
        + wf[38] * src[:, 4] + wf[39] * src[:, 5] + wf[42] * src[:, 64] + wf[43] * src[:, 65]
        + wf[44] * src[:, 66] + wf[45] * src[:, 67] + wf[46] * src[:, 68] + wf[47] * src[:, 69]
    )
    out[:, 33] = (
        wf[32] * src[:, 2] + wf[33] * src[:, 3] + wf[34] * src[:, 4] + wf[35] * src[:, 5]
        + wf[36] * src[:, 6] + wf[37] * src[:, 7] + wf[38] * src[:, 8] + wf[39] * src[:, 9]
        + wf[40] * src[:, 66] + wf[41] * src[:, 67] + wf[42] * src[:, 68] + wf[43] * src[:, 69]
        + wf[44] * src[:, 70] + wf[45] * src[:, 71] + wf[46] * src[:, 72] + wf[47] * src[:, 73]
    )
    out[:, 34] = (
        wf[32] * src[:, 6] + wf[33] * src[:, 7] + wf[34] * src[:, 8] + wf[35] * src[:, 9]
        + wf[36] * src[:, 10] + wf[37] * src[:, 11] + wf[38] * src[:, 12] + wf[39] * src[:, 13]
        + wf[40] * src[:, 70] + wf[41] * src[:, 71] + wf[42] * src[:, 72] + wf[43] * src[:, 73]
        + wf[44] * src[:, 74] + wf[45] * src[:, 75] + wf[46] * src[:, 76] + wf[47] * src[:, 77]
    )
    out[:, 35] = (
        wf[32] * src[:, 10] + wf[33] * src[:, 11] + wf[34] * src[:, 12] + wf[35] * src[:, 13]
        + wf[36] * src[:, 14] + wf[37] * src[:, 15] + wf[38] * src[:, 16] + wf[39] * src[:, 17]
        + wf[40] * src[:, 74] + wf[41] * src[:, 75] + wf[42] * src[:, 76] + wf[43] * src[:, 77]
        + wf[44] * src[:, 78] + wf[45] * src[:, 79] + wf[46] * src[:, 80] + wf[47] * src[:, 81]
    )
    out[:, 36] = (
        wf[32] * src[:, 14] + wf[33] * src[:, 15] + wf[34] * src[:, 16] + wf[35] * src[:, 17]
        + wf[36] * src[:, 18] + wf[37] * src[:, 19] + wf[38] * src[:, 20] + wf[39] * src[:, 21]
        + wf[40] * src[:, 78] + wf[41] * src[:, 79] + wf[42] * src[:, 80] + wf[43] * src[:, 81]
        + wf[44] * src[:, 82] + wf[45] * src[:, 83] + wf[46] * src[:, 84] + wf[47] * src[:, 85]
    )
    out[:, 37] = (
        wf[32] * src[:, 18] + wf[33] * src[:, 19] + wf[34] * src[:, 20] + wf[35] * src[:, 21]
        + wf[36] * src[:, 22] + wf[37] * src[:, 23] + wf[38] * src[:, 24] + wf[39] * src[:, 25]
        + wf[40] * src[:, 82] + wf[41] * src[:, 83] + wf[42] * src[:, 84] + wf[43] * src[:, 85]
        + wf[44] * src[:, 86] + wf[45] * src[:, 87] + wf[46] * src[:, 88] + wf[47] * src[:, 89]
    )
    out[:, 38] = (
        wf[32] * src[:, 22] + wf[33] * src[:, 23] + wf[34] * src[:, 24] + wf[35] * src[:, 25]
        + wf[36] * src[:, 26] + wf[37] * src[:, 27] + wf[38] * src[:, 28] + wf[39] * src[:, 29]
        + wf[40] * src[:, 86] + wf[41] * src[:, 87] + wf[42] * src[:, 88] + wf[43] * src[:, 89]
        + wf[44] * src[:, 90] + wf[45] * src[:, 91] + wf[46] * src[:, 92] + wf[47] * src[:, 93]
    )
    out[:, 39] = (
        wf[32] * src[:, 26] + wf[33] * src[:, 27] + wf[34] * src[:, 28] + wf[35] * src[:, 29]
        + wf[36] * src[:, 30] + wf[37] * src[:, 31] + wf[38] * src[:, 32] + wf[39] * src[:, 33]
        + wf[40] * src[:, 90] + wf[41] * src[:, 91] + wf[42] * src[:, 92] + wf[43] * src[:, 93]
        + wf[44] * src[:, 94] + wf[45] * src[:, 95] + wf[46] * src[:, 96] + wf[47] * src[:, 97]
    )
    out[:, 40] = (
        wf[32] * src[:, 30] + wf[33] * src[:, 31] + wf[34] * src[:, 32] + wf[35] * src[:, 33]
        + wf[36] * src[:, 34] + wf[37] * src[:, 35] + wf[38] * src[:, 36] + wf[39] * src[:, 37]
        + wf[40] * src[:, 94] + wf[41] * src[:, 95] + wf[42] * src[:, 96] + wf[43] * src[:, 97]
        + wf[44] * src[:, 98] + wf[45] * src[:, 99] + wf[46] * src[:, 100] + wf[47] * src[:, 101]
    )
    out[:, 41] = (
        wf[32] * src[:, 34] + wf[33] * src[:, 35] + wf[34] * src[:, 36] + wf[35] * src[:, 37]
        + wf[36] * src[:, 38] + wf[37] * src[:, 39] + wf[38] * src[:, 40] + wf[39] * src[:, 41]
        + wf[40] * src[:, 98] + wf[41] * src[:, 99] + wf[42] * src[:, 100] + wf[43] * src[:, 101]
        + wf[44] * src[:, 102] + wf[45] * src[:, 103] + wf[46] * src[:, 104] + wf[47] * src[:, 105]
    )
    out[:, 42] = (
        wf[32] * src[:, 38] + wf[33] * src[:, 39] + wf[34] * src[:, 40] + wf[35] * src[:, 41]
        + wf[36] * src[:, 42] + wf[37] * src[:, 43] + wf[38] * src[:, 44] + wf[39] * src[:, 45]
        + wf[40] * src[:, 102] + wf[41] * src[:, 103] + wf[42] * src[:, 104] + wf[43] * src[:, 105]
        + wf[44] * src[:, 106] + wf[45] * src[:, 107] + wf[46] * src[:, 108] + wf[47] * src[:, 109]
    )
    out[:, 43] = (
        wf[32] * src[:, 42] + wf[33] * src[:, 43] + wf[34] * src[:, 44] + wf[35] * src[:, 45]
        + wf[36] * src[:, 46] + wf[37] * src[:, 47] + wf[38] * src[:, 48] + wf[39] * src[:, 49]
        + wf[40] * src[:, 106] + wf[41] * src[:, 107] + wf[42] * src[:, 108] + wf[43] * src[:, 109]
        + wf[44] * src[:, 110] + wf[45] * src[:, 111] + wf[46] * src[:, 112] + wf[47] * src[:, 113]
    )
    out[:, 44] = (
        wf[32] * src[:, 46] + wf[33] * src[:, 47] + wf[34] * src[:, 48] + wf[35] * src[:, 49]
        + wf[36] * src[:, 50] + wf[37] * src[:, 51] + wf[38] * src[:, 52] + wf[39] * src[:, 53]
        + wf[40] * src[:, 110] + wf[41] * src[:, 111] + wf[42] * src[:, 112] + wf[43] * src[:, 113]
        + wf[44] * src[:, 114] + wf[45] * src[:, 115] + wf[46] * src[:, 116] + wf[47] * src[:, 117]
    )
    out[:, 45] = (
        wf[32] * src[:, 50] + wf[33] * src[:, 51] + wf[34] * src[:, 52] + wf[35] * src[:, 53]
        + wf[36] * src[:, 54] + wf[37] * src[:, 55] + wf[38] * src[:, 56] + wf[39] * src[:, 57]
        + wf[40] * src[:, 114] + wf[41] * src[:, 115] + wf[42] * src[:, 116] + wf[43] * src[:, 117]
        + wf[44] * src[:, 118] + wf[45] * src[:, 119] + wf[46] * src[:, 120] + wf[47] * src[:, 121]
    )
    out[:, 46] = (
        wf[32] * src[:, 54] + wf[33] * src[:, 55] + wf[34] * src[:, 56] + wf[35] * src[:, 57]
        + wf[36] * src[:, 58] + wf[37] * src[:, 59] + wf[38] * src[:, 60] + wf[39] * src[:, 61]
        + wf[40] * src[:, 118] + wf[41] * src[:, 119] + wf[42] * src[:, 120] + wf[43] * src[:, 121]
        + wf[44] * src[:, 122] + wf[45] * src[:, 123] + wf[46] * src[:, 124] + wf[47] * src[:, 125]
    )
    out[:, 47] = (
        wf[32] * src[:, 58] + wf[33] * src[:, 59] + wf[34] * src[:, 60] + wf[35] * src[:, 61]
        + wf[36] * src[:, 62] + wf[37] * src[:, 63] + wf[40] * src[:, 122] + wf[41] * src[:, 123]
        + wf[42] * src[:, 124] + wf[43] * src[:, 125] + wf[44] * src[:, 126] + wf[45] * src[:, 127]
    )
    out[:, 48] = (
        wf[50] * src[:, 0] + wf[51] * src[:, 1] + wf[52] * src[:, 2] + wf[53] * src[:, 3]
        + wf[54] * src[:, 4] + wf[55] * src[:, 5] + wf[58] * src[:, 64] + wf[59] * src[:, 65]
        + wf[60] * src[:, 66] + wf[61] * src[:, 67] + wf[62] * src[:, 68] + wf[63] * src[:, 69]
    )
    out[:, 49] = (
        wf[48] * src[:, 2] + wf[49] * src[:, 3] + wf[50] * src[:, 4] + wf[51] * src[:, 5]
        + wf[52] * src[:, 6] + wf[53] * src[:, 7] + wf[54] * src[:, 8] + wf[55] * src[:, 9]
        + wf[56] * src[:, 66] + wf[57] * src[:, 67] + wf[58] * src[:, 68] + wf[59] * src[:, 69]
        + wf[60] * src[:, 70] + wf[61] * src[:, 71] + wf[62] * src[:, 72] + wf[63] * src[:, 73]
    )
    out[:, 50] = (
        wf[48] * src[:, 6] + wf[49] * src[:, 7] + wf[50] * src[:, 8] + wf[51] * src[:, 9]
        + wf[52] * src[:, 10] + wf[53] * src[:, 11] + wf[54] * src[:, 12] + wf[55] * src[:, 13]
        + wf[56] * src[:, 70] + wf[57] * src[:, 71] + wf[58] * src[:, 72] + wf[59] * src[:, 73]
        + wf[60] * src[:, 74] + wf[61] * src[:, 75] + wf[62] * src[:, 76] + wf[63] * src[:, 77]
    )
    out[:, 51] = (
        wf[48] * src[:, 10] + wf[49] * src[:, 11] + wf[50] * src[:, 12] + wf[51] * src[:, 13]
        + wf[52] * src[:, 14] + wf[53] * src[:, 15] + wf[54] * src[:, 16] + wf[55] * src[:, 17]
        + wf[56] * src[:, 74] + wf[57] * src[:, 75] + wf[58] * src[:, 76] + wf[59] * src[:, 77]
        + wf[60] * src[:, 78] + wf[61] * src[:, 79] + wf[62] * src[:, 80] + wf[63] * src[:, 81]
    )
    out[:, 52] = (
        wf[48] * src[:, 14] + wf[49] * src[:, 15] + wf[50] * src[:, 16] + wf[51] * src[:, 17]
        + wf[52] * src[:, 18] + wf[53] * src[:, 19] + wf[54] * src[:, 20] + wf[55] * src[:, 21]
        + wf[56] * src[:, 78] + wf[57] * src[:, 79] + wf[58] * src[:, 80] + wf[59] * src[:, 81]
        + wf[60] * src[:, 82] + wf[61] * src[:, 83] + wf[62] * src[:, 84] + wf[63] * src[:, 85]
    )
    out[:, 53] = (
        wf[48] * src[:, 18] + wf[49] * src[:, 19] + wf[50] * src[:, 20] + wf[51] * src[:, 21]
        + wf[52] * src[:, 22] + wf[53] * src[:, 23] + wf[54] * src[:, 24] + wf[55] * src[:, 25]
        + wf[56] * src[:, 82] + wf[57] * src[:, 83] + wf[58] * src[:, 84] + wf[59] * src[:, 85]
        + wf[60] * src[:, 86] + wf[61] * src[:, 87] + wf[62] * src[:, 88] + wf[63] * src[:, 89]
    )
    out[:, 54] = (
        wf[48] * src[:, 22] + wf[49] * src[:, 23] + wf[50] * src[:, 24] + wf[51] * src[:, 25]
        + wf[52] * src[:, 26] + wf[53] * src[:, 27] + wf[54] * src[:, 28] + wf[55] * src[:, 29]
        + wf[56] * src[:, 86] + wf[57] * src[:, 87] + wf[58] * src[:, 88] + wf[59] * src[:, 89]
        + wf[60] * src[:, 90] + wf[61] * src[:, 91] + wf[62] * src[:, 92] + wf[63] * src[:, 93]
    )
    out[:, 55] = (
        wf[48] * src[:, 26] + wf[49] * src[:, 27] + wf[50] * src[:, 28] + wf[51] * src[:, 29]
        + wf[52] * src[:, 30] + wf[53] * src[:, 31] + wf[54] * src[:, 32] + wf[55] * src[:, 33]
        + wf[56] * src[:, 90] + wf[57] * src[:, 91] + wf[58] * src[:, 92] + wf[59] * src[:, 93]
        + wf[60] * src[:, 94] + wf[61] * src[:, 95] + wf[62] * src[:, 96] + wf[63] * src[:, 97]
    )
    out[:, 56] = (
        wf[48] * src[:, 30] + wf[49] * src[:, 31] + wf[50] * src[:, 32] + wf[51] * src[:, 33]
        + wf[52] * src[:, 34] + wf[53] * src[:, 35] + wf[54] * src[:, 36] + wf[55] * src[:, 37]
        + wf[56] * src[:, 94] + wf[57] * src[:, 95] + wf[58] * src[:, 96] + wf[59] * src[:, 97]
        + wf[60] * src[:, 98] + wf[61] * src[:, 99] + wf[62] * src[:, 100] + wf[63] * src[:, 101]
    )
    out[:, 57] = (
        wf[48] * src[:, 34] + wf[49] * src[:, 35] + wf[50] * src[:, 36] + wf[51] * src[:, 37]
        + wf[52] * src[:, 38] + wf[53] * src[:, 39] + wf[54] * src[:, 40] + wf[55] * src[:, 41]
        + wf[56] * src[:, 98] + wf[57] * src[:, 99] + wf[58] * src[:, 100] + wf[59] * src[:, 101]
        + wf[60] * src[:, 102] + wf[61] * src[:, 103] + wf[62] * src[:, 104] + wf[63] * src[:, 105]
    )
    out[:, 58] = (
        wf[48] * src[:, 38] + wf[49] * src[:, 39] + wf[50] * src[:, 40] + wf[51] * src[:, 41]
        + wf[52] * src[:, 42] + wf[53] * src[:, 43] + wf[54] * src[:, 44] + wf[55] * src[:, 45]
        + wf[56] * src[:, 102] + wf[57] * src[:, 103] + wf[58] * src[:, 104] + wf[59] * src[:, 105]
        + wf[60] * src[:, 106] + wf[61] * src[:, 107] + wf[62] * src[:, 108] + wf[63] * src[:, 109]
    )
    out[:, 59] = (
        wf[48] * src[:, 42] + wf[49] * src[:, 43] + wf[50] * src[:, 44] + wf[51] * src[:, 45]
        + wf[52] * src[:, 46] + wf[53] * src[:, 47] + wf[54] * src[:, 48] + wf[55] * src[:, 49]
        + wf[56] * src[:, 106] + wf[57] * src[:, 107] + wf[58] * src[:, 108] + wf[59] * src[:, 109]
        + wf[60] * src[:, 110] + wf[61] * src[:, 111] + wf[62] * src[:, 112] + wf[63] * src[:, 113]
    )
    out[:, 60] = (
        wf[48] * src[:, 46] + wf[49] * src[:, 47] + wf[50] * src[:, 48] + wf[51] * src[:, 49]
        + wf[52] * src[:, 50] + wf[53] * src[:, 51] + wf[54] * src[:, 52] + wf[55] * src[:, 53]
        + wf[56] * src[:, 110] + wf[57] * src[:, 111] + wf[58] * src[:, 112] + wf[59] * src[:, 113]
        + wf[60] * src[:, 114] + wf[61] * src[:, 115] + wf[62] * src[:, 116] + wf[63] * src[:, 117]
    )
    out[:, 61] = (
        wf[48] * src[:, 50] + wf[49] * src[:, 51] + wf[50] * src[:, 52] + wf[51] * src[:, 53]
        + wf[52] * src[:, 54] + wf[53] * src[:, 55] + wf[54] * src[:, 56] + wf[55] * src[:, 57]
        + wf[56] * src[:, 114] + wf[57] * src[:, 115] + wf[58] * src[:, 116] + wf[59] * src[:, 117]
        + wf[60] * src[:, 118] + wf[61] * src[:, 119] + wf[62] * src[:, 120] + wf[63] * src[:, 121]
    )
    out[:, 62] = (
        wf[48] * src[:, 54] + wf[49] * src[:, 55] + wf[50] * src[:, 56] + wf[51] * src[:, 57]
        + wf[52] * src[:, 58] + wf[53] * src[:, 59] + wf[54] * src[:, 60] + wf[55] * src[:, 61]
        + wf[56] * src[:, 118] + wf[57] * src[:, 119] + wf[58] * src[:, 120] + wf[59] * src[:, 121]
        + wf[60] * src[:, 122] + wf[61] * src[:, 123] + wf[62] * src[:, 124] + wf[63] * src[:, 125]
    )
    out[:, 63] = (
        wf[48] * src[:, 58] + wf[49] * src[:, 59] + wf[50] * src[:, 60] + wf[51] * src[:, 61]
        + wf[52] * src[:, 62] + wf[53] * src[:, 63] + wf[56] * src[:, 122] + wf[57] * src[:, 123]
        + wf[58] * src[:, 124] + wf[59] * src[:, 125] + wf[60] * src[:, 126] + wf[61] * src[:, 127]
    )
    return out.reshape(n, 4, 16)
