/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
 * operator:      forward: y = Cᵀ·x
 * strategy:      unrolled (auto: 992 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void upsample_1d_x4_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:9ddabcf268e80699b581578354afaf294b58da5a845b929dc7eeacadc538a189
 */
#include "upsample_1d_x4_fwd.h"

/*
 * forward kernel, unrolled: one statement per output element, holding only the
 * 992 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   x: n x 4 x 16, C order
 *   w: 4 x 2 x 8, C order (PyTorch weight layout)
 *   y: n x 2 x 64, C order
 */
void upsample_1d_x4_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = x + b * 64L;
        double *restrict dst = y + b * 128L;
        dst[0] =
            w[2] * src[0] + w[18] * src[16] + w[34] * src[32] + w[50] * src[48];
        dst[1] =
            w[3] * src[0] + w[19] * src[16] + w[35] * src[32] + w[51] * src[48];
        dst[2] =
            w[4] * src[0] + w[0] * src[1] + w[20] * src[16] + w[16] * src[17]
            + w[36] * src[32] + w[32] * src[33] + w[52] * src[48] + w[48] * src[49];
        dst[3] =
            w[5] * src[0] + w[1] * src[1] + w[21] * src[16] + w[17] * src[17]
            + w[37] * src[32] + w[33] * src[33] + w[53] * src[48] + w[49] * src[49];
        dst[4] =
            w[6] * src[0] + w[2] * src[1] + w[22] * src[16] + w[18] * src[17]
            + w[38] * src[32] + w[34] * src[33] + w[54] * src[48] + w[50] * src[49];
        dst[5] =
            w[7] * src[0] + w[3] * src[1] + w[23] * src[16] + w[19] * src[17]
            + w[39] * src[32] + w[35] * src[33] + w[55] * src[48] + w[51] * src[49];
        dst[6] =
            w[4] * src[1] + w[0] * src[2] + w[20] * src[17] + w[16] * src[18]
            + w[36] * src[33] + w[32] * src[34] + w[52] * src[49] + w[48] * src[50];
        dst[7] =
            w[5] * src[1] + w[1] * src[2] + w[21] * src[17] + w[17] * src[18]
            + w[37] * src[33] + w[33] * src[34] + w[53] * src[49] + w[49] * src[50];
        dst[8] =
            w[6] * src[1] + w[2] * src[2] + w[22] * src[17] + w[18] * src[18]
            + w[38] * src[33] + w[34] * src[34] + w[54] * src[49] + w[50] * src[50];
        dst[9] =
            w[7] * src[1] + w[3] * src[2] + w[23] * src[17] + w[19] * src[18]
            + w[39] * src[33] + w[35] * src[34] + w[55] * src[49] + w[51] * src[50];
        dst[10] =
            w[4] * src[2] + w[0] * src[3] + w[20] * src[18] + w[16] * src[19]
            + w[36] * src[34] + w[32] * src[35] + w[52] * src[50] + w[48] * src[51];
        dst[11] =
            w[5] * src[2] + w[1] * src[3] + w[21] * src[18] + w[17] * src[19]
            + w[37] * src[34] + w[33] * src[35] + w[53] * src[50] + w[49] * src[51];
        dst[12] =
            w[6] * src[2] + w[2] * src[3] + w[22] * src[18] + w[18] * src[19]
            + w[38] * src[34] + w[34] * src[35] + w[54] * src[50] + w[50] * src[51];
        dst[13] =
            w[7] * src[2] + w[3] * src[3] + w[23] * src[18] + w[19] * src[19]
            + w[39] * src[34] + w[35] * src[35] + w[55] * src[50] + w[51] * src[51];
        dst[14] =
            w[4] * src[3] + w[0] * src[4] + w[20] * src[19] + w[16] * src[20]
            + w[36] * src[35] + w[32] * src[36] + w[52] * src[51] + w[48] * src[52];
        dst[15] =
            w[5] * src[3] + w[1] * src[4] + w[21] * src[19] + w[17] * src[20]
            + w[37] * src[35] + w[33] * src[36] + w[53] * src[51] + w[49] * src[52];
        dst[16] =
            w[6] * src[3] + w[2] * src[4] + w[22] * src[19] + w[18] * src[20]
            + w[38] * src[35] + w[34] * src[36] + w[54] * src[51] + w[50] * src[52];
        dst[17] =
            w[7] * src[3] + w[3] * src[4] + w[23] * src[19] + w[19] * src[20]
            + w[39] * src[35] + w[35] * src[36] + w[55] * src[51] + w[51] * src[52];
        dst[18] =
            w[4] * src[4] + w[0] * src[5] + w[20] * src[20] + w[16] * src[21]
            + w[36] * src[36] + w[32] * src[37] + w[52] * src[52] + w[48] * src[53];
        dst[19] =
            w[5] * src[4] + w[1] * src[5] + w[21] * src[20] + w[17] * src[21]
            + w[37] * src[36] + w[33] * src[37] + w[53] * src[52] + w[49] * src[53];
        dst[20] =
            w[6] * src[4] + w[2] * src[5] + w[22] * src[20] + w[18] * src[21]
            + w[38] * src[36] + w[34] * src[37] + w[54] * src[52] + w[50] * src[53];
        dst[21] =
            w[7] * src[4] + w[3] * src[5] + w[23] * src[20] + w[19] * src[21]
            + w[39] * src[36] + w[35] * src[37] + w[55] * src[52] + w[51] * src[53];
        dst[22] =
            w[4] * src[5] + w[0] * src[6] + w[20] * src[21] + w[16] * src[22]
            + w[36] * src[37] + w[32] * src[38] + w[52] * src[53] + w[48] * src[54];
        dst[23] =
            w[5] * src[5] + w[1] * src[6] + w[21] * src[21] + w[17] * src[22]
            + w[37] * src[37] + w[33] * src[38] + w[53] * src[53] + w[49] * src[54];
        dst[24] =
            w[6] * src[5] + w[2] * src[6] + w[22] * src[21] + w[18] * src[22]
            + w[38] * src[37] + w[34] * src[38] + w[54] * src[53] + w[50] * src[54];
        dst[25] =
            w[7] * src[5] + w[3] * src[6] + w[23] * src[21] + w[19] * src[22]
            + w[39] * src[37] + w[35] * src[38] + w[55] * src[53] + w[51] * src[54];
        dst[26] =
            w[4] * src[6] + w[0] * src[7] + w[20] * src[22] + w[16] * src[23]
            + w[36] * src[38] + w[32] * src[39] + w[52] * src[54] + w[48] * src[55];
        dst[27] =
            w[5] * src[6] + w[1] * src[7] + w[21] * src[22] + w[17] * src[23]
            + w[37] * src[38] + w[33] * src[39] + w[53] * src[54] + w[49] * src[55];
        dst[28] =
            w[6] * src[6] + w[2] * src[7] + w[22] * src[22] + w[18] * src[23]
            + w[38] * src[38] + w[34] * src[39] + w[54] * src[54] + w[50] * src[55];
        dst[29] =
            w[7] * src[6] + w[3] * src[7] + w[23] * src[22] + w[19] * src[23]
            + w[39] * src[38] + w[35] * src[39] + w[55] * src[54] + w[51] * src[55];
        dst[30] =
            w[4] * src[7] + w[0] * src[8] + w[20] * src[23] + w[16] * src[24]
            + w[36] * src[39] + w[32] * src[40] + w[52] * src[55] + w[48] * src[56];
        dst[31] =
            w[5] * src[7] + w[1] * src[8] + w[21] * src[23] + w[17] * src[24]
            + w[37] * src[39] + w[33] * src[40] + w[53] * src[55] + w[49] * src[56];
        dst[32] =
            w[6] * src[7] + w[2] * src[8] + w[22] * src[23] + w[18] * src[24]
            + w[38] * src[39] + w[34] * src[40] + w[54] * src[55] + w[50] * src[56];
        dst[33] =
            w[7] * src[7] + w[3] * src[8] + w[23] * src[23] + w[19] * src[24]
            + w[39] * src[39] + w[35] * src[40] + w[55] * src[55] + w[51] * src[56];
        dst[34] =
            w[4] * src[8] + w[0] * src[9] + w[20] * src[24] + w[16] * src[25]
            + w[36] * src[40] + w[32] * src[41] + w[52] * src[56] + w[48] * src[57];
        dst[35] =
            w[5] * src[8] + w[1] * src[9] + w[21] * src[24] + w[17] * src[25]
            + w[37] * src[40] + w[33] * src[41] + w[53] * src[56] + w[49] * src[57];
        dst[36] =
            w[6] * src[8] + w[2] * src[9] + w[22] * src[24] + w[18] * src[25]
            + w[38] * src[40] + w[34] * src[41] + w[54] * src[56] + w[50] * src[57];
        dst[37] =
            w[7] * src[8] + w[3] * src[9] + w[23] * src[24] + w[19] * src[25]
            + w[39] * src[40] + w[35] * src[41] + w[55] * src[56] + w[51] * src[57];
        dst[38] =
            w[4] * src[9] + w[0] * src[10] + w[20] * src[25] + w[16] * src[26]
            + w[36] * src[41] + w[32] * src[42] + w[52] * src[57] + w[48] * src[58];
        dst[39] =
            w[5] * src[9] + w[1] * src[10] + w[21] * src[25] + w[17] * src[26]
            + w[37] * src[41] + w[33] * src[42] + w[53] * src[57] + w[49] * src[58];
        dst[40] =
            w[6] * src[9] + w[2] * src[10] + w[22] * src[25] + w[18] * src[26]
            + w[38] * src[41] + w[34] * src[42] + w[54] * src[57] + w[50] * src[58];
        dst[41] =
            w[7] * src[9] + w[3] * src[10] + w[23] * src[25] + w[19] * src[26]
            + w[39] * src[41] + w[35] * src[42] + w[55] * src[57] + w[51] * src[58];
        dst[42] =
            w[4] * src[10] + w[0] * src[11] + w[20] * src[26] + w[16] * src[27]
            + w[36] * src[42] + w[32] * src[43] + w[52] * src[58] + w[48] * src[59];
        dst[43] =
            w[5] * src[10] + w[1] * src[11] + w[21] * src[26] + w[17] * src[27]
            + w[37] * src[42] + w[33] * src[43] + w[53] * src[58] + w[49] * src[59];
        dst[44] =
            w[6] * src[10] + w[2] * src[11] + w[22] * src[26] + w[18] * src[27]
            + w[38] * src[42] + w[34] * src[43] + w[54] * src[58] + w[50] * src[59];
        dst[45] =
            w[7] * src[10] + w[3] * src[11] + w[23] * src[26] + w[19] * src[27]
            + w[39] * src[42] + w[35] * src[43] + w[55] * src[58] + w[51] * src[59];
        dst[46] =
            w[4] * src[11] + w[0] * src[12] + w[20] * src[27] + w[16] * src[28]
            + w[36] * src[43] + w[32] * src[44] + w[52] * src[59] + w[48] * src[60];
        dst[47] =
            w[5] * src[11] + w[1] * src[12] + w[21] * src[27] + w[17] * src[28]
            + w[37] * src[43] + w[33] * src[44] + w[53] * src[59] + w[49] * src[60];
        dst[48] =
            w[6] * src[11] + w[2] * src[12] + w[22] * src[27] + w[18] * src[28]
            + w[38] * src[43] + w[34] * src[44] + w[54] * src[59] + w[50] * src[60];
        dst[49] =
            w[7] * src[11] + w[3] * src[12] + w[23] * src[27] + w[19] * src[28]
            + w[39] * src[43] + w[35] * src[44] + w[55] * src[59] + w[51] * src[60];
        dst[50] =
            w[4] * src[12] + w[0] * src[13] + w[20] * src[28] + w[16] * src[29]
            + w[36] * src[44] + w[32] * src[45] + w[52] * src[60] + w[48] * src[61];
        dst[51] =
            w[5] * src[12] + w[1] * src[13] + w[21] * src[28] + w[17] * src[29]
            + w[37] * src[44] + w[33] * src[45] + w[53] * src[60] + w[49] * src[61];
        dst[52] =
            w[6] * src[12] + w[2] * src[13] + w[22] * src[28] + w[18] * src[29]
            + w[38] * src[44] + w[34] * src[45] + w[54] * src[60] + w[50] * src[61];
        dst[53] =
            w[7] * src[12] + w[3] * src[13] + w[23] * src[28] + w[19] * src[29]
            + w[39] * src[44] + w[35] * src[45] + w[55] * src[60] + w[51] * src[61];
        dst[54] =
            w[4] * src[13] + w[0] * src[14] + w[20] * src[29] + w[16] * src[30]
            + w[36] * src[45] + w[32] * src[46] + w[52] * src[61] + w[48] * src[62];
        dst[55] =
            w[5] * src[13] + w[1] * src[14] + w[21] * src[29] + w[17] * src[30]
            + w[37] * src[45] + w[33] * src[46] + w[53] * src[61] + w[49] * src[62];
        dst[56] =
            w[6] * src[13] + w[2] * src[14] + w[22] * src[29] + w[18] * src[30]
            + w[38] * src[45] + w[34] * src[46] + w[54] * src[61] + w[50] * src[62];
        dst[57] =
            w[7] * src[13] + w[3] * src[14] + w[23] * src[29] + w[19] * src[30]
            + w[39] * src[45] + w[35] * src[46] + w[55] * src[61] + w[51] * src[62];
        dst[58] =
            w[4] * src[14] + w[0] * src[15] + w[20] * src[30] + w[16] * src[31]
            + w[36] * src[46] + w[32] * src[47] + w[52] * src[62] + w[48] * src[63];
        dst[59] =
            w[5] * src[14] + w[1] * src[15] + w[21] * src[30] + w[17] * src[31]
            + w[37] * src[46] + w[33] * src[47] + w[53] * src[62] + w[49] * src[63];
        dst[60] =
            w[6] * src[14] + w[2] * src[15] + w[22] * src[30] + w[18] * src[31]
            + w[38] * src[46] + w[34] * src[47] + w[54] * src[62] + w[50] * src[63];
        dst[61] =
            w[7] * src[14] + w[3] * src[15] + w[23] * src[30] + w[19] * src[31]
            + w[39] * src[46] + w[35] * src[47] + w[55] * src[62] + w[51] * src[63];
        dst[62] =
            w[4] * src[15] + w[20] * src[31] + w[36] * src[47] + w[52] * src[63];
        dst[63] =
            w[5] * src[15] + w[21] * src[31] + w[37] * src[47] + w[53] * src[63];
        dst[64] =
            w[10] * src[0] + w[26] * src[16] + w[42] * src[32] + w[58] * src[48];
        dst[65] =
            w[11] * src[0] + w[27] * src[16] + w[43] * src[32] + w[59] * src[48];
        dst[66] =
            w[12] * src[0] + w[8] * src[1] + w[28] * src[16] + w[24] * src[17]
            + w[44] * src[32] + w[40] * src[33] + w[60] * src[48] + w[56] * src[49];
        dst[67] =
            w[13] * src[0] + w[9] * src[1] + w[29] * src[16] + w[25] * src[17]
            + w[45] * src[32] + w[41] * src[33] + w[61] * src[48] + w[57] * src[49];
        dst[68] =
            w[14] * src[0] + w[10] * src[1] + w[30] * src[16] + w[26] * src[17]
            + w[46] * src[32] + w[42] * src[33] + w[62] * src[48] + w[58] * src[49];
        dst[69] =
            w[15] * src[0] + w[11] * src[1] + w[31] * src[16] + w[27] * src[17]
            + w[47] * src[32] + w[43] * src[33] + w[63] * src[48] + w[59] * src[49];
        dst[70] =
            w[12] * src[1] + w[8] * src[2] + w[28] * src[17] + w[24] * src[18]
            + w[44] * src[33] + w[40] * src[34] + w[60] * src[49] + w[56] * src[50];
        dst[71] =
            w[13] * src[1] + w[9] * src[2] + w[29] * src[17] + w[25] * src[18]
            + w[45] * src[33] + w[41] * src[34] + w[61] * src[49] + w[57] * src[50];
        dst[72] =
            w[14] * src[1] + w[10] * src[2] + w[30] * src[17] + w[26] * src[18]
            + w[46] * src[33] + w[42] * src[34] + w[62] * src[49] + w[58] * src[50];
        dst[73] =
            w[15] * src[1] + w[11] * src[2] + w[31] * src[17] + w[27] * src[18]
            + w[47] * src[33] + w[43] * src[34] + w[63] * src[49] + w[59] * src[50];
        dst[74] =
            w[12] * src[2] + w[8] * src[3] + w[28] * src[18] + w[24] * src[19]
            + w[44] * src[34] + w[40] * src[35] + w[60] * src[50] + w[56] * src[51];
        dst[75] =
            w[13] * src[2] + w[9] * src[3] + w[29] * src[18] + w[25] * src[19]
            + w[45] * src[34] + w[41] * src[35] + w[61] * src[50] + w[57] * src[51];
        dst[76] =
            w[14] * src[2] + w[10] * src[3] + w[30] * src[18] + w[26] * src[19]
            + w[46] * src[34] + w[42] * src[35] + w[62] * src[50] + w[58] * src[51];
        dst[77] =
            w[15] * src[2] + w[11] * src[3] + w[31] * src[18] + w[27] * src[19]
            + w[47] * src[34] + w[43] * src[35] + w[63] * src[50] + w[59] * src[51];
        dst[78] =
            w[12] * src[3] + w[8] * src[4] + w[28] * src[19] + w[24] * src[20]
            + w[44] * src[35] + w[40] * src[36] + w[60] * src[51] + w[56] * src[52];
        dst[79] =
            w[13] * src[3] + w[9] * src[4] + w[29] * src[19] + w[25] * src[20]
            + w[45] * src[35] + w[41] * src[36] + w[61] * src[51] + w[57] * src[52];
        dst[80] =
            w[14] * src[3] + w[10] * src[4] + w[30] * src[19] + w[26] * src[20]
            + w[46] * src[35] + w[42] * src[36] + w[62] * src[51] + w[58] * src[52];
        dst[81] =
            w[15] * src[3] + w[11] * src[4] + w[31] * src[19] + w[27] * src[20]
            + w[47] * src[35] + w[43] * src[36] + w[63] * src[51] + w[59] * src[52];
        dst[82] =
            w[12] * src[4] + w[8] * src[5] + w[28] * src[20] + w[24] * src[21]
            + w[44] * src[36] + w[40] * src[37] + w[60] * src[52] + w[56] * src[53];
        dst[83] =
            w[13] * src[4] + w[9] * src[5] + w[29] * src[20] + w[25] * src[21]
            + w[45] * src[36] + w[41] * src[37] + w[61] * src[52] + w[57] * src[53];
        dst[84] =
            w[14] * src[4] + w[10] * src[5] + w[30] * src[20] + w[26] * src[21]
            + w[46] * src[36] + w[42] * src[37] + w[62] * src[52] + w[58] * src[53];
        dst[85] =
            w[15] * src[4] + w[11] * src[5] + w[31] * src[20] + w[27] * src[21]
            + w[47] * src[36] + w[43] * src[37] + w[63] * src[52] + w[59] * src[53];
        dst[86] =
            w[12] * src[5] + w[8] * src[6] + w[28] * src[21] + w[24] * src[22]
            + w[44] * src[37] + w[40] * src[38] + w[60] * src[53] + w[56] * src[54];
        dst[87] =
            w[13] * src[5] + w[9] * src[6] + w[29] * src[21] + w[25] * src[22]
            + w[45] * src[37] + w[41] * src[38] + w[61] * src[53] + w[57] * src[54];
        dst[88] =
            w[14] * src[5] + w[10] * src[6] + w[30] * src[21] + w[26] * src[22]
            + w[46] * src[37] + w[42] * src[38] + w[62] * src[53] + w[58] * src[54];
        dst[89] =
            w[15] * src[5] + w[11] * src[6] + w[31] * src[21] + w[27] * src[22]
            + w[47] * src[37] + w[43] * src[38] + w[63] * src[53] + w[59] * src[54];
        dst[90] =
            w[12] * src[6] + w[8] * src[7] + w[28] * src[22] + w[24] * src[23]
            + w[44] * src[38] + w[40] * src[39] + w[60] * src[54] + w[56] * src[55];
        dst[91] =
            w[13] * src[6] + w[9] * src[7] + w[29] * src[22] + w[25] * src[23]
            + w[45] * src[38] + w[41] * src[39] + w[61] * src[54] + w[57] * src[55];
        dst[92] =
            w[14] * src[6] + w[10] * src[7] + w[30] * src[22] + w[26] * src[23]
            + w[46] * src[38] + w[42] * src[39] + w[62] * src[54] + w[58] * src[55];
        dst[93] =
            w[15] * src[6] + w[11] * src[7] + w[31] * src[22] + w[27] * src[23]
            + w[47] * src[38] + w[43] * src[39] + w[63] * src[54] + w[59] * src[55];
        dst[94] =
            w[12] * src[7] + w[8] * src[8] + w[28] * src[23] + w[24] * src[24]
            + w[44] * src[39] + w[40] * src[40] + w[60] * src[55] + w[56] * src[56];
        dst[95] =
            w[13] * src[7] + w[9] * src[8] + w[29] * src[23] + w[25] * src[24]
            + w[45] * src[39] + w[41] * src[40] + w[61] * src[55] + w[57] * src[56];
        dst[96] =
            w[14] * src[7] + w[10] * src[8] + w[30] * src[23] + w[26] * src[24]
            + w[46] * src[39] + w[42] * src[40] + w[62] * src[55] + w[58] * src[56];
        dst[97] =
            w[15] * src[7] + w[11] * src[8] + w[31] * src[23] + w[27] * src[24]
            + w[47] * src[39] + w[43] * src[40] + w[63] * src[55] + w[59] * src[56];
        dst[98] =
            w[12] * src[8] + w[8] * src[9] + w[28] * src[24] + w[24] * src[25]
            + w[44] * src[40] + w[40] * src[41] + w[60] * src[56] + w[56] * src[57];
        dst[99] =
            w[13] * src[8] + w[9] * src[9] + w[29] * src[24] + w[25] * src[25]
            + w[45] * src[40] + w[41] * src[41] + w[61] * src[56] + w[57] * src[57];
        dst[100] =
            w[14] * src[8] + w[10] * src[9] + w[30] * src[24] + w[26] * src[25]
            + w[46] * src[40] + w[42] * src[41] + w[62] * src[56] + w[58] * src[57];
        dst[101] =
            w[15] * src[8] + w[11] * src[9] + w[31] * src[24] + w[27] * src[25]
            + w[47] * src[40] + w[43] * src[41] + w[63] * src[56] + w[59] * src[57];
        dst[102] =
            w[12] * src[9] + w[8] * src[10] + w[28] * src[25] + w[24] * src[26]
            + w[44] * src[41] + w[40] * src[42] + w[60] * src[57] + w[56] * src[58];
        dst[103] =
            w[13] * src[9] + w[9] * src[10] + w[29] * src[25] + w[25] * src[26]
            + w[45] * src[41] + w[41] * src[42] + w[61] * src[57] + w[57] * src[58];
        dst[104] =
            w[14] * src[9] + w[10] * src[10] + w[30] * src[25] + w[26] * src[26]
            + w[46] * src[41] + w[42] * src[42] + w[62] * src[57] + w[58] * src[58];
        dst[105] =
            w[15] * src[9] + w[11] * src[10] + w[31] * src[25] + w[27] * src[26]
            + w[47] * src[41] + w[43] * src[42] + w[63] * src[57] + w[59] * src[58];
        dst[106] =
            w[12] * src[10] + w[8] * src[11] + w[28] * src[26] + w[24] * src[27]
            + w[44] * src[42] + w[40] * src[43] + w[60] * src[58] + w[56] * src[59];
        dst[107] =
            w[13] * src[10] + w[9] * src[11] + w[29] * src[26] + w[25] * src[27]
            + w[45] * src[42] + w[41] * src[43] + w[61] * src[58] + w[57] * src[59];
        dst[108] =
            w[14] * src[10] + w[10] * src[11] + w[30] * src[26] + w[26] * src[27]
            + w[46] * src[42] + w[42] * src[43] + w[62] * src[58] + w[58] * src[59];
        dst[109] =
            w[15] * src[10] + w[11] * src[11] + w[31] * src[26] + w[27] * src[27]
            + w[47] * src[42] + w[43] * src[43] + w[63] * src[58] + w[59] * src[59];
        dst[110] =
            w[12] * src[11] + w[8] * src[12] + w[28] * src[27] + w[24] * src[28]
            + w[44] * src[43] + w[40] * src[44] + w[60] * src[59] + w[56] * src[60];
        dst[111] =
            w[13] * src[11] + w[9] * src[12] + w[29] * src[27] + w[25] * src[28]
            + w[45] * src[43] + w[41] * src[44] + w[61] * src[59] + w[57] * src[60];
        dst[112] =
            w[14] * src[11] + w[10] * src[12] + w[30] * src[27] + w[26] * src[28]
            + w[46] * src[43] + w[42] * src[44] + w[62] * src[59] + w[58] * src[60];
        dst[113] =
            w[15] * src[11] + w[11] * src[12] + w[31] * src[27] + w[27] * src[28]
            + w[47] * src[43] + w[43] * src[44] + w[63] * src[59] + w[59] * src[60];
        dst[114] =
            w[12] * src[12] + w[8] * src[13] + w[28] * src[28] + w[24] * src[29]
            + w[44] * src[44] + w[40] * src[45] + w[60] * src[60] + w[56] * src[61];
        dst[115] =
            w[13] * src[12] + w[9] * src[13] + w[29] * src[28] + w[25] * src[29]
            + w[45] * src[44] + w[41] * src[45] + w[61] * src[60] + w[57] * src[61];
        dst[116] =
            w[14] * src[12] + w[10] * src[13] + w[30] * src[28] + w[26] * src[29]
            + w[46] * src[44] + w[42] * src[45] + w[62] * src[60] + w[58] * src[61];
        dst[117] =
            w[15] * src[12] + w[11] * src[13] + w[31] * src[28] + w[27] * src[29]
            + w[47] * src[44] + w[43] * src[45] + w[63] * src[60] + w[59] * src[61];
        dst[118] =
            w[12] * src[13] + w[8] * src[14] + w[28] * src[29] + w[24] * src[30]
            + w[44] * src[45] + w[40] * src[46] + w[60] * src[61] + w[56] * src[62];
        dst[119] =
            w[13] * src[13] + w[9] * src[14] + w[29] * src[29] + w[25] * src[30]
            + w[45] * src[45] + w[41] * src[46] + w[61] * src[61] + w[57] * src[62];
        dst[120] =
            w[14] * src[13] + w[10] * src[14] + w[30] * src[29] + w[26] * src[30]
            + w[46] * src[45] + w[42] * src[46] + w[62] * src[61] + w[58] * src[62];
        dst[121] =
            w[15] * src[13] + w[11] * src[14] + w[31] * src[29] + w[27] * src[30]
            + w[47] * src[45] + w[43] * src[46] + w[63] * src[61] + w[59] * src[62];
        dst[122] =
            w[12] * src[14] + w[8] * src[15] + w[28] * src[30] + w[24] * src[31]
            + w[44] * src[46] + w[40] * src[47] + w[60] * src[62] + w[56] * src[63];
        dst[123] =
            w[13] * src[14] + w[9] * src[15] + w[29] * src[30] + w[25] * src[31]
            + w[45] * src[46] + w[41] * src[47] + w[61] * src[62] + w[57] * src[63];
        dst[124] =
            w[14] * src[14] + w[10] * src[15] + w[30] * src[30] + w[26] * src[31]
            + w[46] * src[46] + w[42] * src[47] + w[62] * src[62] + w[58] * src[63];
        dst[125] =
            w[15] * src[14] + w[11] * src[15] + w[31] * src[30] + w[27] * src[31]
            + w[47] * src[46] + w[43] * src[47] + w[63] * src[62] + w[59] * src[63];
        dst[126] =
            w[12] * src[15] + w[28] * src[31] + w[44] * src[47] + w[60] * src[63];
        dst[127] =
            w[13] * src[15] + w[29] * src[31] + w[45] * src[47] + w[61] * src[63];
    }
}


#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, n above the batch type, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes below the workspace the kernel needs */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for its element type (ws: for its stated alignment) */
#define TCONV_SYM_EOVERLAP 5    /* the output or the workspace overlaps another array */
#endif

static int upsample_1d_x4_fwd_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int upsample_1d_x4_fwd_checked(long n, const double *x, const double *w, double *y);
int upsample_1d_x4_fwd_checked(long n, const double *x, const double *w, double *y)
{
    /* the raw contract of upsample_1d_x4_fwd, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 18014398509481983)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 9007199254740991)
            return TCONV_SYM_EBATCH;
    }
    if (n == 0)
        return TCONV_SYM_OK;
    if (!x || !w || !y)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)w % sizeof(double) || (uintptr_t)y % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (upsample_1d_x4_fwd_chk_overlap(y, (n * ((int64_t)2 * 64) * (int64_t)sizeof(double)), x, (n * ((int64_t)4 * 16) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (upsample_1d_x4_fwd_chk_overlap(y, (n * ((int64_t)2 * 64) * (int64_t)sizeof(double)), w, (((int64_t)4 * 2 * 8) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    upsample_1d_x4_fwd(n, x, w, y);
    return TCONV_SYM_OK;
}
