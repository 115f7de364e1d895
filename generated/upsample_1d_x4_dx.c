/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 992 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void upsample_1d_x4_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:a5f026a18fd5723afcfca8425392e36d17ca81ef2616b3cb7b14f60aa5d94db5
 */
#include "upsample_1d_x4_dx.h"

/*
 * input kernel, unrolled: one statement per output element, holding only the
 * 992 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   grad_y: n x 2 x 64, C order
 *   w: 4 x 2 x 8, C order (PyTorch weight layout)
 *   grad_x: n x 4 x 16, C order
 */
void upsample_1d_x4_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = grad_y + b * 128L;
        double *restrict dst = grad_x + b * 64L;
        dst[0] =
            w[2] * src[0] + w[3] * src[1] + w[4] * src[2] + w[5] * src[3]
            + w[6] * src[4] + w[7] * src[5] + w[10] * src[64] + w[11] * src[65]
            + w[12] * src[66] + w[13] * src[67] + w[14] * src[68] + w[15] * src[69];
        dst[1] =
            w[0] * src[2] + w[1] * src[3] + w[2] * src[4] + w[3] * src[5]
            + w[4] * src[6] + w[5] * src[7] + w[6] * src[8] + w[7] * src[9]
            + w[8] * src[66] + w[9] * src[67] + w[10] * src[68] + w[11] * src[69]
            + w[12] * src[70] + w[13] * src[71] + w[14] * src[72] + w[15] * src[73];
        dst[2] =
            w[0] * src[6] + w[1] * src[7] + w[2] * src[8] + w[3] * src[9]
            + w[4] * src[10] + w[5] * src[11] + w[6] * src[12] + w[7] * src[13]
            + w[8] * src[70] + w[9] * src[71] + w[10] * src[72] + w[11] * src[73]
            + w[12] * src[74] + w[13] * src[75] + w[14] * src[76] + w[15] * src[77];
        dst[3] =
            w[0] * src[10] + w[1] * src[11] + w[2] * src[12] + w[3] * src[13]
            + w[4] * src[14] + w[5] * src[15] + w[6] * src[16] + w[7] * src[17]
            + w[8] * src[74] + w[9] * src[75] + w[10] * src[76] + w[11] * src[77]
            + w[12] * src[78] + w[13] * src[79] + w[14] * src[80] + w[15] * src[81];
        dst[4] =
            w[0] * src[14] + w[1] * src[15] + w[2] * src[16] + w[3] * src[17]
            + w[4] * src[18] + w[5] * src[19] + w[6] * src[20] + w[7] * src[21]
            + w[8] * src[78] + w[9] * src[79] + w[10] * src[80] + w[11] * src[81]
            + w[12] * src[82] + w[13] * src[83] + w[14] * src[84] + w[15] * src[85];
        dst[5] =
            w[0] * src[18] + w[1] * src[19] + w[2] * src[20] + w[3] * src[21]
            + w[4] * src[22] + w[5] * src[23] + w[6] * src[24] + w[7] * src[25]
            + w[8] * src[82] + w[9] * src[83] + w[10] * src[84] + w[11] * src[85]
            + w[12] * src[86] + w[13] * src[87] + w[14] * src[88] + w[15] * src[89];
        dst[6] =
            w[0] * src[22] + w[1] * src[23] + w[2] * src[24] + w[3] * src[25]
            + w[4] * src[26] + w[5] * src[27] + w[6] * src[28] + w[7] * src[29]
            + w[8] * src[86] + w[9] * src[87] + w[10] * src[88] + w[11] * src[89]
            + w[12] * src[90] + w[13] * src[91] + w[14] * src[92] + w[15] * src[93];
        dst[7] =
            w[0] * src[26] + w[1] * src[27] + w[2] * src[28] + w[3] * src[29]
            + w[4] * src[30] + w[5] * src[31] + w[6] * src[32] + w[7] * src[33]
            + w[8] * src[90] + w[9] * src[91] + w[10] * src[92] + w[11] * src[93]
            + w[12] * src[94] + w[13] * src[95] + w[14] * src[96] + w[15] * src[97];
        dst[8] =
            w[0] * src[30] + w[1] * src[31] + w[2] * src[32] + w[3] * src[33]
            + w[4] * src[34] + w[5] * src[35] + w[6] * src[36] + w[7] * src[37]
            + w[8] * src[94] + w[9] * src[95] + w[10] * src[96] + w[11] * src[97]
            + w[12] * src[98] + w[13] * src[99] + w[14] * src[100] + w[15] * src[101];
        dst[9] =
            w[0] * src[34] + w[1] * src[35] + w[2] * src[36] + w[3] * src[37]
            + w[4] * src[38] + w[5] * src[39] + w[6] * src[40] + w[7] * src[41]
            + w[8] * src[98] + w[9] * src[99] + w[10] * src[100] + w[11] * src[101]
            + w[12] * src[102] + w[13] * src[103] + w[14] * src[104] + w[15] * src[105];
        dst[10] =
            w[0] * src[38] + w[1] * src[39] + w[2] * src[40] + w[3] * src[41]
            + w[4] * src[42] + w[5] * src[43] + w[6] * src[44] + w[7] * src[45]
            + w[8] * src[102] + w[9] * src[103] + w[10] * src[104] + w[11] * src[105]
            + w[12] * src[106] + w[13] * src[107] + w[14] * src[108] + w[15] * src[109];
        dst[11] =
            w[0] * src[42] + w[1] * src[43] + w[2] * src[44] + w[3] * src[45]
            + w[4] * src[46] + w[5] * src[47] + w[6] * src[48] + w[7] * src[49]
            + w[8] * src[106] + w[9] * src[107] + w[10] * src[108] + w[11] * src[109]
            + w[12] * src[110] + w[13] * src[111] + w[14] * src[112] + w[15] * src[113];
        dst[12] =
            w[0] * src[46] + w[1] * src[47] + w[2] * src[48] + w[3] * src[49]
            + w[4] * src[50] + w[5] * src[51] + w[6] * src[52] + w[7] * src[53]
            + w[8] * src[110] + w[9] * src[111] + w[10] * src[112] + w[11] * src[113]
            + w[12] * src[114] + w[13] * src[115] + w[14] * src[116] + w[15] * src[117];
        dst[13] =
            w[0] * src[50] + w[1] * src[51] + w[2] * src[52] + w[3] * src[53]
            + w[4] * src[54] + w[5] * src[55] + w[6] * src[56] + w[7] * src[57]
            + w[8] * src[114] + w[9] * src[115] + w[10] * src[116] + w[11] * src[117]
            + w[12] * src[118] + w[13] * src[119] + w[14] * src[120] + w[15] * src[121];
        dst[14] =
            w[0] * src[54] + w[1] * src[55] + w[2] * src[56] + w[3] * src[57]
            + w[4] * src[58] + w[5] * src[59] + w[6] * src[60] + w[7] * src[61]
            + w[8] * src[118] + w[9] * src[119] + w[10] * src[120] + w[11] * src[121]
            + w[12] * src[122] + w[13] * src[123] + w[14] * src[124] + w[15] * src[125];
        dst[15] =
            w[0] * src[58] + w[1] * src[59] + w[2] * src[60] + w[3] * src[61]
            + w[4] * src[62] + w[5] * src[63] + w[8] * src[122] + w[9] * src[123]
            + w[10] * src[124] + w[11] * src[125] + w[12] * src[126] + w[13] * src[127];
        dst[16] =
            w[18] * src[0] + w[19] * src[1] + w[20] * src[2] + w[21] * src[3]
            + w[22] * src[4] + w[23] * src[5] + w[26] * src[64] + w[27] * src[65]
            + w[28] * src[66] + w[29] * src[67] + w[30] * src[68] + w[31] * src[69];
        dst[17] =
            w[16] * src[2] + w[17] * src[3] + w[18] * src[4] + w[19] * src[5]
            + w[20] * src[6] + w[21] * src[7] + w[22] * src[8] + w[23] * src[9]
            + w[24] * src[66] + w[25] * src[67] + w[26] * src[68] + w[27] * src[69]
            + w[28] * src[70] + w[29] * src[71] + w[30] * src[72] + w[31] * src[73];
        dst[18] =
            w[16] * src[6] + w[17] * src[7] + w[18] * src[8] + w[19] * src[9]
            + w[20] * src[10] + w[21] * src[11] + w[22] * src[12] + w[23] * src[13]
            + w[24] * src[70] + w[25] * src[71] + w[26] * src[72] + w[27] * src[73]
            + w[28] * src[74] + w[29] * src[75] + w[30] * src[76] + w[31] * src[77];
        dst[19] =
            w[16] * src[10] + w[17] * src[11] + w[18] * src[12] + w[19] * src[13]
            + w[20] * src[14] + w[21] * src[15] + w[22] * src[16] + w[23] * src[17]
            + w[24] * src[74] + w[25] * src[75] + w[26] * src[76] + w[27] * src[77]
            + w[28] * src[78] + w[29] * src[79] + w[30] * src[80] + w[31] * src[81];
        dst[20] =
            w[16] * src[14] + w[17] * src[15] + w[18] * src[16] + w[19] * src[17]
            + w[20] * src[18] + w[21] * src[19] + w[22] * src[20] + w[23] * src[21]
            + w[24] * src[78] + w[25] * src[79] + w[26] * src[80] + w[27] * src[81]
            + w[28] * src[82] + w[29] * src[83] + w[30] * src[84] + w[31] * src[85];
        dst[21] =
            w[16] * src[18] + w[17] * src[19] + w[18] * src[20] + w[19] * src[21]
            + w[20] * src[22] + w[21] * src[23] + w[22] * src[24] + w[23] * src[25]
            + w[24] * src[82] + w[25] * src[83] + w[26] * src[84] + w[27] * src[85]
            + w[28] * src[86] + w[29] * src[87] + w[30] * src[88] + w[31] * src[89];
        dst[22] =
            w[16] * src[22] + w[17] * src[23] + w[18] * src[24] + w[19] * src[25]
            + w[20] * src[26] + w[21] * src[27] + w[22] * src[28] + w[23] * src[29]
            + w[24] * src[86] + w[25] * src[87] + w[26] * src[88] + w[27] * src[89]
            + w[28] * src[90] + w[29] * src[91] + w[30] * src[92] + w[31] * src[93];
        dst[23] =
            w[16] * src[26] + w[17] * src[27] + w[18] * src[28] + w[19] * src[29]
            + w[20] * src[30] + w[21] * src[31] + w[22] * src[32] + w[23] * src[33]
            + w[24] * src[90] + w[25] * src[91] + w[26] * src[92] + w[27] * src[93]
            + w[28] * src[94] + w[29] * src[95] + w[30] * src[96] + w[31] * src[97];
        dst[24] =
            w[16] * src[30] + w[17] * src[31] + w[18] * src[32] + w[19] * src[33]
            + w[20] * src[34] + w[21] * src[35] + w[22] * src[36] + w[23] * src[37]
            + w[24] * src[94] + w[25] * src[95] + w[26] * src[96] + w[27] * src[97]
            + w[28] * src[98] + w[29] * src[99] + w[30] * src[100] + w[31] * src[101];
        dst[25] =
            w[16] * src[34] + w[17] * src[35] + w[18] * src[36] + w[19] * src[37]
            + w[20] * src[38] + w[21] * src[39] + w[22] * src[40] + w[23] * src[41]
            + w[24] * src[98] + w[25] * src[99] + w[26] * src[100] + w[27] * src[101]
            + w[28] * src[102] + w[29] * src[103] + w[30] * src[104] + w[31] * src[105];
        dst[26] =
            w[16] * src[38] + w[17] * src[39] + w[18] * src[40] + w[19] * src[41]
            + w[20] * src[42] + w[21] * src[43] + w[22] * src[44] + w[23] * src[45]
            + w[24] * src[102] + w[25] * src[103] + w[26] * src[104] + w[27] * src[105]
            + w[28] * src[106] + w[29] * src[107] + w[30] * src[108] + w[31] * src[109];
        dst[27] =
            w[16] * src[42] + w[17] * src[43] + w[18] * src[44] + w[19] * src[45]
            + w[20] * src[46] + w[21] * src[47] + w[22] * src[48] + w[23] * src[49]
            + w[24] * src[106] + w[25] * src[107] + w[26] * src[108] + w[27] * src[109]
            + w[28] * src[110] + w[29] * src[111] + w[30] * src[112] + w[31] * src[113];
        dst[28] =
            w[16] * src[46] + w[17] * src[47] + w[18] * src[48] + w[19] * src[49]
            + w[20] * src[50] + w[21] * src[51] + w[22] * src[52] + w[23] * src[53]
            + w[24] * src[110] + w[25] * src[111] + w[26] * src[112] + w[27] * src[113]
            + w[28] * src[114] + w[29] * src[115] + w[30] * src[116] + w[31] * src[117];
        dst[29] =
            w[16] * src[50] + w[17] * src[51] + w[18] * src[52] + w[19] * src[53]
            + w[20] * src[54] + w[21] * src[55] + w[22] * src[56] + w[23] * src[57]
            + w[24] * src[114] + w[25] * src[115] + w[26] * src[116] + w[27] * src[117]
            + w[28] * src[118] + w[29] * src[119] + w[30] * src[120] + w[31] * src[121];
        dst[30] =
            w[16] * src[54] + w[17] * src[55] + w[18] * src[56] + w[19] * src[57]
            + w[20] * src[58] + w[21] * src[59] + w[22] * src[60] + w[23] * src[61]
            + w[24] * src[118] + w[25] * src[119] + w[26] * src[120] + w[27] * src[121]
            + w[28] * src[122] + w[29] * src[123] + w[30] * src[124] + w[31] * src[125];
        dst[31] =
            w[16] * src[58] + w[17] * src[59] + w[18] * src[60] + w[19] * src[61]
            + w[20] * src[62] + w[21] * src[63] + w[24] * src[122] + w[25] * src[123]
            + w[26] * src[124] + w[27] * src[125] + w[28] * src[126] + w[29] * src[127];
        dst[32] =
            w[34] * src[0] + w[35] * src[1] + w[36] * src[2] + w[37] * src[3]
            + w[38] * src[4] + w[39] * src[5] + w[42] * src[64] + w[43] * src[65]
            + w[44] * src[66] + w[45] * src[67] + w[46] * src[68] + w[47] * src[69];
        dst[33] =
            w[32] * src[2] + w[33] * src[3] + w[34] * src[4] + w[35] * src[5]
            + w[36] * src[6] + w[37] * src[7] + w[38] * src[8] + w[39] * src[9]
            + w[40] * src[66] + w[41] * src[67] + w[42] * src[68] + w[43] * src[69]
            + w[44] * src[70] + w[45] * src[71] + w[46] * src[72] + w[47] * src[73];
        dst[34] =
            w[32] * src[6] + w[33] * src[7] + w[34] * src[8] + w[35] * src[9]
            + w[36] * src[10] + w[37] * src[11] + w[38] * src[12] + w[39] * src[13]
            + w[40] * src[70] + w[41] * src[71] + w[42] * src[72] + w[43] * src[73]
            + w[44] * src[74] + w[45] * src[75] + w[46] * src[76] + w[47] * src[77];
        dst[35] =
            w[32] * src[10] + w[33] * src[11] + w[34] * src[12] + w[35] * src[13]
            + w[36] * src[14] + w[37] * src[15] + w[38] * src[16] + w[39] * src[17]
            + w[40] * src[74] + w[41] * src[75] + w[42] * src[76] + w[43] * src[77]
            + w[44] * src[78] + w[45] * src[79] + w[46] * src[80] + w[47] * src[81];
        dst[36] =
            w[32] * src[14] + w[33] * src[15] + w[34] * src[16] + w[35] * src[17]
            + w[36] * src[18] + w[37] * src[19] + w[38] * src[20] + w[39] * src[21]
            + w[40] * src[78] + w[41] * src[79] + w[42] * src[80] + w[43] * src[81]
            + w[44] * src[82] + w[45] * src[83] + w[46] * src[84] + w[47] * src[85];
        dst[37] =
            w[32] * src[18] + w[33] * src[19] + w[34] * src[20] + w[35] * src[21]
            + w[36] * src[22] + w[37] * src[23] + w[38] * src[24] + w[39] * src[25]
            + w[40] * src[82] + w[41] * src[83] + w[42] * src[84] + w[43] * src[85]
            + w[44] * src[86] + w[45] * src[87] + w[46] * src[88] + w[47] * src[89];
        dst[38] =
            w[32] * src[22] + w[33] * src[23] + w[34] * src[24] + w[35] * src[25]
            + w[36] * src[26] + w[37] * src[27] + w[38] * src[28] + w[39] * src[29]
            + w[40] * src[86] + w[41] * src[87] + w[42] * src[88] + w[43] * src[89]
            + w[44] * src[90] + w[45] * src[91] + w[46] * src[92] + w[47] * src[93];
        dst[39] =
            w[32] * src[26] + w[33] * src[27] + w[34] * src[28] + w[35] * src[29]
            + w[36] * src[30] + w[37] * src[31] + w[38] * src[32] + w[39] * src[33]
            + w[40] * src[90] + w[41] * src[91] + w[42] * src[92] + w[43] * src[93]
            + w[44] * src[94] + w[45] * src[95] + w[46] * src[96] + w[47] * src[97];
        dst[40] =
            w[32] * src[30] + w[33] * src[31] + w[34] * src[32] + w[35] * src[33]
            + w[36] * src[34] + w[37] * src[35] + w[38] * src[36] + w[39] * src[37]
            + w[40] * src[94] + w[41] * src[95] + w[42] * src[96] + w[43] * src[97]
            + w[44] * src[98] + w[45] * src[99] + w[46] * src[100] + w[47] * src[101];
        dst[41] =
            w[32] * src[34] + w[33] * src[35] + w[34] * src[36] + w[35] * src[37]
            + w[36] * src[38] + w[37] * src[39] + w[38] * src[40] + w[39] * src[41]
            + w[40] * src[98] + w[41] * src[99] + w[42] * src[100] + w[43] * src[101]
            + w[44] * src[102] + w[45] * src[103] + w[46] * src[104] + w[47] * src[105];
        dst[42] =
            w[32] * src[38] + w[33] * src[39] + w[34] * src[40] + w[35] * src[41]
            + w[36] * src[42] + w[37] * src[43] + w[38] * src[44] + w[39] * src[45]
            + w[40] * src[102] + w[41] * src[103] + w[42] * src[104] + w[43] * src[105]
            + w[44] * src[106] + w[45] * src[107] + w[46] * src[108] + w[47] * src[109];
        dst[43] =
            w[32] * src[42] + w[33] * src[43] + w[34] * src[44] + w[35] * src[45]
            + w[36] * src[46] + w[37] * src[47] + w[38] * src[48] + w[39] * src[49]
            + w[40] * src[106] + w[41] * src[107] + w[42] * src[108] + w[43] * src[109]
            + w[44] * src[110] + w[45] * src[111] + w[46] * src[112] + w[47] * src[113];
        dst[44] =
            w[32] * src[46] + w[33] * src[47] + w[34] * src[48] + w[35] * src[49]
            + w[36] * src[50] + w[37] * src[51] + w[38] * src[52] + w[39] * src[53]
            + w[40] * src[110] + w[41] * src[111] + w[42] * src[112] + w[43] * src[113]
            + w[44] * src[114] + w[45] * src[115] + w[46] * src[116] + w[47] * src[117];
        dst[45] =
            w[32] * src[50] + w[33] * src[51] + w[34] * src[52] + w[35] * src[53]
            + w[36] * src[54] + w[37] * src[55] + w[38] * src[56] + w[39] * src[57]
            + w[40] * src[114] + w[41] * src[115] + w[42] * src[116] + w[43] * src[117]
            + w[44] * src[118] + w[45] * src[119] + w[46] * src[120] + w[47] * src[121];
        dst[46] =
            w[32] * src[54] + w[33] * src[55] + w[34] * src[56] + w[35] * src[57]
            + w[36] * src[58] + w[37] * src[59] + w[38] * src[60] + w[39] * src[61]
            + w[40] * src[118] + w[41] * src[119] + w[42] * src[120] + w[43] * src[121]
            + w[44] * src[122] + w[45] * src[123] + w[46] * src[124] + w[47] * src[125];
        dst[47] =
            w[32] * src[58] + w[33] * src[59] + w[34] * src[60] + w[35] * src[61]
            + w[36] * src[62] + w[37] * src[63] + w[40] * src[122] + w[41] * src[123]
            + w[42] * src[124] + w[43] * src[125] + w[44] * src[126] + w[45] * src[127];
        dst[48] =
            w[50] * src[0] + w[51] * src[1] + w[52] * src[2] + w[53] * src[3]
            + w[54] * src[4] + w[55] * src[5] + w[58] * src[64] + w[59] * src[65]
            + w[60] * src[66] + w[61] * src[67] + w[62] * src[68] + w[63] * src[69];
        dst[49] =
            w[48] * src[2] + w[49] * src[3] + w[50] * src[4] + w[51] * src[5]
            + w[52] * src[6] + w[53] * src[7] + w[54] * src[8] + w[55] * src[9]
            + w[56] * src[66] + w[57] * src[67] + w[58] * src[68] + w[59] * src[69]
            + w[60] * src[70] + w[61] * src[71] + w[62] * src[72] + w[63] * src[73];
        dst[50] =
            w[48] * src[6] + w[49] * src[7] + w[50] * src[8] + w[51] * src[9]
            + w[52] * src[10] + w[53] * src[11] + w[54] * src[12] + w[55] * src[13]
            + w[56] * src[70] + w[57] * src[71] + w[58] * src[72] + w[59] * src[73]
            + w[60] * src[74] + w[61] * src[75] + w[62] * src[76] + w[63] * src[77];
        dst[51] =
            w[48] * src[10] + w[49] * src[11] + w[50] * src[12] + w[51] * src[13]
            + w[52] * src[14] + w[53] * src[15] + w[54] * src[16] + w[55] * src[17]
            + w[56] * src[74] + w[57] * src[75] + w[58] * src[76] + w[59] * src[77]
            + w[60] * src[78] + w[61] * src[79] + w[62] * src[80] + w[63] * src[81];
        dst[52] =
            w[48] * src[14] + w[49] * src[15] + w[50] * src[16] + w[51] * src[17]
            + w[52] * src[18] + w[53] * src[19] + w[54] * src[20] + w[55] * src[21]
            + w[56] * src[78] + w[57] * src[79] + w[58] * src[80] + w[59] * src[81]
            + w[60] * src[82] + w[61] * src[83] + w[62] * src[84] + w[63] * src[85];
        dst[53] =
            w[48] * src[18] + w[49] * src[19] + w[50] * src[20] + w[51] * src[21]
            + w[52] * src[22] + w[53] * src[23] + w[54] * src[24] + w[55] * src[25]
            + w[56] * src[82] + w[57] * src[83] + w[58] * src[84] + w[59] * src[85]
            + w[60] * src[86] + w[61] * src[87] + w[62] * src[88] + w[63] * src[89];
        dst[54] =
            w[48] * src[22] + w[49] * src[23] + w[50] * src[24] + w[51] * src[25]
            + w[52] * src[26] + w[53] * src[27] + w[54] * src[28] + w[55] * src[29]
            + w[56] * src[86] + w[57] * src[87] + w[58] * src[88] + w[59] * src[89]
            + w[60] * src[90] + w[61] * src[91] + w[62] * src[92] + w[63] * src[93];
        dst[55] =
            w[48] * src[26] + w[49] * src[27] + w[50] * src[28] + w[51] * src[29]
            + w[52] * src[30] + w[53] * src[31] + w[54] * src[32] + w[55] * src[33]
            + w[56] * src[90] + w[57] * src[91] + w[58] * src[92] + w[59] * src[93]
            + w[60] * src[94] + w[61] * src[95] + w[62] * src[96] + w[63] * src[97];
        dst[56] =
            w[48] * src[30] + w[49] * src[31] + w[50] * src[32] + w[51] * src[33]
            + w[52] * src[34] + w[53] * src[35] + w[54] * src[36] + w[55] * src[37]
            + w[56] * src[94] + w[57] * src[95] + w[58] * src[96] + w[59] * src[97]
            + w[60] * src[98] + w[61] * src[99] + w[62] * src[100] + w[63] * src[101];
        dst[57] =
            w[48] * src[34] + w[49] * src[35] + w[50] * src[36] + w[51] * src[37]
            + w[52] * src[38] + w[53] * src[39] + w[54] * src[40] + w[55] * src[41]
            + w[56] * src[98] + w[57] * src[99] + w[58] * src[100] + w[59] * src[101]
            + w[60] * src[102] + w[61] * src[103] + w[62] * src[104] + w[63] * src[105];
        dst[58] =
            w[48] * src[38] + w[49] * src[39] + w[50] * src[40] + w[51] * src[41]
            + w[52] * src[42] + w[53] * src[43] + w[54] * src[44] + w[55] * src[45]
            + w[56] * src[102] + w[57] * src[103] + w[58] * src[104] + w[59] * src[105]
            + w[60] * src[106] + w[61] * src[107] + w[62] * src[108] + w[63] * src[109];
        dst[59] =
            w[48] * src[42] + w[49] * src[43] + w[50] * src[44] + w[51] * src[45]
            + w[52] * src[46] + w[53] * src[47] + w[54] * src[48] + w[55] * src[49]
            + w[56] * src[106] + w[57] * src[107] + w[58] * src[108] + w[59] * src[109]
            + w[60] * src[110] + w[61] * src[111] + w[62] * src[112] + w[63] * src[113];
        dst[60] =
            w[48] * src[46] + w[49] * src[47] + w[50] * src[48] + w[51] * src[49]
            + w[52] * src[50] + w[53] * src[51] + w[54] * src[52] + w[55] * src[53]
            + w[56] * src[110] + w[57] * src[111] + w[58] * src[112] + w[59] * src[113]
            + w[60] * src[114] + w[61] * src[115] + w[62] * src[116] + w[63] * src[117];
        dst[61] =
            w[48] * src[50] + w[49] * src[51] + w[50] * src[52] + w[51] * src[53]
            + w[52] * src[54] + w[53] * src[55] + w[54] * src[56] + w[55] * src[57]
            + w[56] * src[114] + w[57] * src[115] + w[58] * src[116] + w[59] * src[117]
            + w[60] * src[118] + w[61] * src[119] + w[62] * src[120] + w[63] * src[121];
        dst[62] =
            w[48] * src[54] + w[49] * src[55] + w[50] * src[56] + w[51] * src[57]
            + w[52] * src[58] + w[53] * src[59] + w[54] * src[60] + w[55] * src[61]
            + w[56] * src[118] + w[57] * src[119] + w[58] * src[120] + w[59] * src[121]
            + w[60] * src[122] + w[61] * src[123] + w[62] * src[124] + w[63] * src[125];
        dst[63] =
            w[48] * src[58] + w[49] * src[59] + w[50] * src[60] + w[51] * src[61]
            + w[52] * src[62] + w[53] * src[63] + w[56] * src[122] + w[57] * src[123]
            + w[58] * src[124] + w[59] * src[125] + w[60] * src[126] + w[61] * src[127];
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

static int upsample_1d_x4_dx_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int upsample_1d_x4_dx_checked(long n, const double *grad_y, const double *w, double *grad_x);
int upsample_1d_x4_dx_checked(long n, const double *grad_y, const double *w, double *grad_x)
{
    /* the raw contract of upsample_1d_x4_dx, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 9007199254740991)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 18014398509481983)
            return TCONV_SYM_EBATCH;
    }
    if (n == 0)
        return TCONV_SYM_OK;
    if (!grad_y || !w || !grad_x)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)grad_y % sizeof(double) || (uintptr_t)w % sizeof(double) || (uintptr_t)grad_x % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (upsample_1d_x4_dx_chk_overlap(grad_x, (n * ((int64_t)4 * 16) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)2 * 64) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (upsample_1d_x4_dx_chk_overlap(grad_x, (n * ((int64_t)4 * 16) * (int64_t)sizeof(double)), w, (((int64_t)4 * 2 * 8) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    upsample_1d_x4_dx(n, grad_y, w, grad_x);
    return TCONV_SYM_OK;
}
