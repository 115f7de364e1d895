/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      unrolled (auto: 992 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void upsample_1d_x4_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:9c73a6b20371cc3cd596a82998da59cc0ed491c1c2c52ef75e6ccc97f1d40913
 */
#include "upsample_1d_x4_dw.h"

/*
 * weight kernel, unrolled: one statement per weight entry, holding only the
 * 992 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   x: n x 4 x 16, C order
 *   grad_y: n x 2 x 64, C order
 *   grad_w: 4 x 2 x 8, C order, summed over the batch
 */
void upsample_1d_x4_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
{
    for (int_fast32_t i = 0; i < 64; ++i)
        grad_w[i] = 0;
    for (long b = 0; b < n; ++b) {
        const double *restrict xb = x + b * 64L;
        const double *restrict gb = grad_y + b * 128L;
        grad_w[0] +=
            gb[2] * xb[1] + gb[6] * xb[2] + gb[10] * xb[3] + gb[14] * xb[4]
            + gb[18] * xb[5] + gb[22] * xb[6] + gb[26] * xb[7] + gb[30] * xb[8]
            + gb[34] * xb[9] + gb[38] * xb[10] + gb[42] * xb[11] + gb[46] * xb[12]
            + gb[50] * xb[13] + gb[54] * xb[14] + gb[58] * xb[15];
        grad_w[1] +=
            gb[3] * xb[1] + gb[7] * xb[2] + gb[11] * xb[3] + gb[15] * xb[4]
            + gb[19] * xb[5] + gb[23] * xb[6] + gb[27] * xb[7] + gb[31] * xb[8]
            + gb[35] * xb[9] + gb[39] * xb[10] + gb[43] * xb[11] + gb[47] * xb[12]
            + gb[51] * xb[13] + gb[55] * xb[14] + gb[59] * xb[15];
        grad_w[2] +=
            gb[0] * xb[0] + gb[4] * xb[1] + gb[8] * xb[2] + gb[12] * xb[3]
            + gb[16] * xb[4] + gb[20] * xb[5] + gb[24] * xb[6] + gb[28] * xb[7]
            + gb[32] * xb[8] + gb[36] * xb[9] + gb[40] * xb[10] + gb[44] * xb[11]
            + gb[48] * xb[12] + gb[52] * xb[13] + gb[56] * xb[14] + gb[60] * xb[15];
        grad_w[3] +=
            gb[1] * xb[0] + gb[5] * xb[1] + gb[9] * xb[2] + gb[13] * xb[3]
            + gb[17] * xb[4] + gb[21] * xb[5] + gb[25] * xb[6] + gb[29] * xb[7]
            + gb[33] * xb[8] + gb[37] * xb[9] + gb[41] * xb[10] + gb[45] * xb[11]
            + gb[49] * xb[12] + gb[53] * xb[13] + gb[57] * xb[14] + gb[61] * xb[15];
        grad_w[4] +=
            gb[2] * xb[0] + gb[6] * xb[1] + gb[10] * xb[2] + gb[14] * xb[3]
            + gb[18] * xb[4] + gb[22] * xb[5] + gb[26] * xb[6] + gb[30] * xb[7]
            + gb[34] * xb[8] + gb[38] * xb[9] + gb[42] * xb[10] + gb[46] * xb[11]
            + gb[50] * xb[12] + gb[54] * xb[13] + gb[58] * xb[14] + gb[62] * xb[15];
        grad_w[5] +=
            gb[3] * xb[0] + gb[7] * xb[1] + gb[11] * xb[2] + gb[15] * xb[3]
            + gb[19] * xb[4] + gb[23] * xb[5] + gb[27] * xb[6] + gb[31] * xb[7]
            + gb[35] * xb[8] + gb[39] * xb[9] + gb[43] * xb[10] + gb[47] * xb[11]
            + gb[51] * xb[12] + gb[55] * xb[13] + gb[59] * xb[14] + gb[63] * xb[15];
        grad_w[6] +=
            gb[4] * xb[0] + gb[8] * xb[1] + gb[12] * xb[2] + gb[16] * xb[3]
            + gb[20] * xb[4] + gb[24] * xb[5] + gb[28] * xb[6] + gb[32] * xb[7]
            + gb[36] * xb[8] + gb[40] * xb[9] + gb[44] * xb[10] + gb[48] * xb[11]
            + gb[52] * xb[12] + gb[56] * xb[13] + gb[60] * xb[14];
        grad_w[7] +=
            gb[5] * xb[0] + gb[9] * xb[1] + gb[13] * xb[2] + gb[17] * xb[3]
            + gb[21] * xb[4] + gb[25] * xb[5] + gb[29] * xb[6] + gb[33] * xb[7]
            + gb[37] * xb[8] + gb[41] * xb[9] + gb[45] * xb[10] + gb[49] * xb[11]
            + gb[53] * xb[12] + gb[57] * xb[13] + gb[61] * xb[14];
        grad_w[8] +=
            gb[66] * xb[1] + gb[70] * xb[2] + gb[74] * xb[3] + gb[78] * xb[4]
            + gb[82] * xb[5] + gb[86] * xb[6] + gb[90] * xb[7] + gb[94] * xb[8]
            + gb[98] * xb[9] + gb[102] * xb[10] + gb[106] * xb[11] + gb[110] * xb[12]
            + gb[114] * xb[13] + gb[118] * xb[14] + gb[122] * xb[15];
        grad_w[9] +=
            gb[67] * xb[1] + gb[71] * xb[2] + gb[75] * xb[3] + gb[79] * xb[4]
            + gb[83] * xb[5] + gb[87] * xb[6] + gb[91] * xb[7] + gb[95] * xb[8]
            + gb[99] * xb[9] + gb[103] * xb[10] + gb[107] * xb[11] + gb[111] * xb[12]
            + gb[115] * xb[13] + gb[119] * xb[14] + gb[123] * xb[15];
        grad_w[10] +=
            gb[64] * xb[0] + gb[68] * xb[1] + gb[72] * xb[2] + gb[76] * xb[3]
            + gb[80] * xb[4] + gb[84] * xb[5] + gb[88] * xb[6] + gb[92] * xb[7]
            + gb[96] * xb[8] + gb[100] * xb[9] + gb[104] * xb[10] + gb[108] * xb[11]
            + gb[112] * xb[12] + gb[116] * xb[13] + gb[120] * xb[14] + gb[124] * xb[15];
        grad_w[11] +=
            gb[65] * xb[0] + gb[69] * xb[1] + gb[73] * xb[2] + gb[77] * xb[3]
            + gb[81] * xb[4] + gb[85] * xb[5] + gb[89] * xb[6] + gb[93] * xb[7]
            + gb[97] * xb[8] + gb[101] * xb[9] + gb[105] * xb[10] + gb[109] * xb[11]
            + gb[113] * xb[12] + gb[117] * xb[13] + gb[121] * xb[14] + gb[125] * xb[15];
        grad_w[12] +=
            gb[66] * xb[0] + gb[70] * xb[1] + gb[74] * xb[2] + gb[78] * xb[3]
            + gb[82] * xb[4] + gb[86] * xb[5] + gb[90] * xb[6] + gb[94] * xb[7]
            + gb[98] * xb[8] + gb[102] * xb[9] + gb[106] * xb[10] + gb[110] * xb[11]
            + gb[114] * xb[12] + gb[118] * xb[13] + gb[122] * xb[14] + gb[126] * xb[15];
        grad_w[13] +=
            gb[67] * xb[0] + gb[71] * xb[1] + gb[75] * xb[2] + gb[79] * xb[3]
            + gb[83] * xb[4] + gb[87] * xb[5] + gb[91] * xb[6] + gb[95] * xb[7]
            + gb[99] * xb[8] + gb[103] * xb[9] + gb[107] * xb[10] + gb[111] * xb[11]
            + gb[115] * xb[12] + gb[119] * xb[13] + gb[123] * xb[14] + gb[127] * xb[15];
        grad_w[14] +=
            gb[68] * xb[0] + gb[72] * xb[1] + gb[76] * xb[2] + gb[80] * xb[3]
            + gb[84] * xb[4] + gb[88] * xb[5] + gb[92] * xb[6] + gb[96] * xb[7]
            + gb[100] * xb[8] + gb[104] * xb[9] + gb[108] * xb[10] + gb[112] * xb[11]
            + gb[116] * xb[12] + gb[120] * xb[13] + gb[124] * xb[14];
        grad_w[15] +=
            gb[69] * xb[0] + gb[73] * xb[1] + gb[77] * xb[2] + gb[81] * xb[3]
            + gb[85] * xb[4] + gb[89] * xb[5] + gb[93] * xb[6] + gb[97] * xb[7]
            + gb[101] * xb[8] + gb[105] * xb[9] + gb[109] * xb[10] + gb[113] * xb[11]
            + gb[117] * xb[12] + gb[121] * xb[13] + gb[125] * xb[14];
        grad_w[16] +=
            gb[2] * xb[17] + gb[6] * xb[18] + gb[10] * xb[19] + gb[14] * xb[20]
            + gb[18] * xb[21] + gb[22] * xb[22] + gb[26] * xb[23] + gb[30] * xb[24]
            + gb[34] * xb[25] + gb[38] * xb[26] + gb[42] * xb[27] + gb[46] * xb[28]
            + gb[50] * xb[29] + gb[54] * xb[30] + gb[58] * xb[31];
        grad_w[17] +=
            gb[3] * xb[17] + gb[7] * xb[18] + gb[11] * xb[19] + gb[15] * xb[20]
            + gb[19] * xb[21] + gb[23] * xb[22] + gb[27] * xb[23] + gb[31] * xb[24]
            + gb[35] * xb[25] + gb[39] * xb[26] + gb[43] * xb[27] + gb[47] * xb[28]
            + gb[51] * xb[29] + gb[55] * xb[30] + gb[59] * xb[31];
        grad_w[18] +=
            gb[0] * xb[16] + gb[4] * xb[17] + gb[8] * xb[18] + gb[12] * xb[19]
            + gb[16] * xb[20] + gb[20] * xb[21] + gb[24] * xb[22] + gb[28] * xb[23]
            + gb[32] * xb[24] + gb[36] * xb[25] + gb[40] * xb[26] + gb[44] * xb[27]
            + gb[48] * xb[28] + gb[52] * xb[29] + gb[56] * xb[30] + gb[60] * xb[31];
        grad_w[19] +=
            gb[1] * xb[16] + gb[5] * xb[17] + gb[9] * xb[18] + gb[13] * xb[19]
            + gb[17] * xb[20] + gb[21] * xb[21] + gb[25] * xb[22] + gb[29] * xb[23]
            + gb[33] * xb[24] + gb[37] * xb[25] + gb[41] * xb[26] + gb[45] * xb[27]
            + gb[49] * xb[28] + gb[53] * xb[29] + gb[57] * xb[30] + gb[61] * xb[31];
        grad_w[20] +=
            gb[2] * xb[16] + gb[6] * xb[17] + gb[10] * xb[18] + gb[14] * xb[19]
            + gb[18] * xb[20] + gb[22] * xb[21] + gb[26] * xb[22] + gb[30] * xb[23]
            + gb[34] * xb[24] + gb[38] * xb[25] + gb[42] * xb[26] + gb[46] * xb[27]
            + gb[50] * xb[28] + gb[54] * xb[29] + gb[58] * xb[30] + gb[62] * xb[31];
        grad_w[21] +=
            gb[3] * xb[16] + gb[7] * xb[17] + gb[11] * xb[18] + gb[15] * xb[19]
            + gb[19] * xb[20] + gb[23] * xb[21] + gb[27] * xb[22] + gb[31] * xb[23]
            + gb[35] * xb[24] + gb[39] * xb[25] + gb[43] * xb[26] + gb[47] * xb[27]
            + gb[51] * xb[28] + gb[55] * xb[29] + gb[59] * xb[30] + gb[63] * xb[31];
        grad_w[22] +=
            gb[4] * xb[16] + gb[8] * xb[17] + gb[12] * xb[18] + gb[16] * xb[19]
            + gb[20] * xb[20] + gb[24] * xb[21] + gb[28] * xb[22] + gb[32] * xb[23]
            + gb[36] * xb[24] + gb[40] * xb[25] + gb[44] * xb[26] + gb[48] * xb[27]
            + gb[52] * xb[28] + gb[56] * xb[29] + gb[60] * xb[30];
        grad_w[23] +=
            gb[5] * xb[16] + gb[9] * xb[17] + gb[13] * xb[18] + gb[17] * xb[19]
            + gb[21] * xb[20] + gb[25] * xb[21] + gb[29] * xb[22] + gb[33] * xb[23]
            + gb[37] * xb[24] + gb[41] * xb[25] + gb[45] * xb[26] + gb[49] * xb[27]
            + gb[53] * xb[28] + gb[57] * xb[29] + gb[61] * xb[30];
        grad_w[24] +=
            gb[66] * xb[17] + gb[70] * xb[18] + gb[74] * xb[19] + gb[78] * xb[20]
            + gb[82] * xb[21] + gb[86] * xb[22] + gb[90] * xb[23] + gb[94] * xb[24]
            + gb[98] * xb[25] + gb[102] * xb[26] + gb[106] * xb[27] + gb[110] * xb[28]
            + gb[114] * xb[29] + gb[118] * xb[30] + gb[122] * xb[31];
        grad_w[25] +=
            gb[67] * xb[17] + gb[71] * xb[18] + gb[75] * xb[19] + gb[79] * xb[20]
            + gb[83] * xb[21] + gb[87] * xb[22] + gb[91] * xb[23] + gb[95] * xb[24]
            + gb[99] * xb[25] + gb[103] * xb[26] + gb[107] * xb[27] + gb[111] * xb[28]
            + gb[115] * xb[29] + gb[119] * xb[30] + gb[123] * xb[31];
        grad_w[26] +=
            gb[64] * xb[16] + gb[68] * xb[17] + gb[72] * xb[18] + gb[76] * xb[19]
            + gb[80] * xb[20] + gb[84] * xb[21] + gb[88] * xb[22] + gb[92] * xb[23]
            + gb[96] * xb[24] + gb[100] * xb[25] + gb[104] * xb[26] + gb[108] * xb[27]
            + gb[112] * xb[28] + gb[116] * xb[29] + gb[120] * xb[30] + gb[124] * xb[31];
        grad_w[27] +=
            gb[65] * xb[16] + gb[69] * xb[17] + gb[73] * xb[18] + gb[77] * xb[19]
            + gb[81] * xb[20] + gb[85] * xb[21] + gb[89] * xb[22] + gb[93] * xb[23]
            + gb[97] * xb[24] + gb[101] * xb[25] + gb[105] * xb[26] + gb[109] * xb[27]
            + gb[113] * xb[28] + gb[117] * xb[29] + gb[121] * xb[30] + gb[125] * xb[31];
        grad_w[28] +=
            gb[66] * xb[16] + gb[70] * xb[17] + gb[74] * xb[18] + gb[78] * xb[19]
            + gb[82] * xb[20] + gb[86] * xb[21] + gb[90] * xb[22] + gb[94] * xb[23]
            + gb[98] * xb[24] + gb[102] * xb[25] + gb[106] * xb[26] + gb[110] * xb[27]
            + gb[114] * xb[28] + gb[118] * xb[29] + gb[122] * xb[30] + gb[126] * xb[31];
        grad_w[29] +=
            gb[67] * xb[16] + gb[71] * xb[17] + gb[75] * xb[18] + gb[79] * xb[19]
            + gb[83] * xb[20] + gb[87] * xb[21] + gb[91] * xb[22] + gb[95] * xb[23]
            + gb[99] * xb[24] + gb[103] * xb[25] + gb[107] * xb[26] + gb[111] * xb[27]
            + gb[115] * xb[28] + gb[119] * xb[29] + gb[123] * xb[30] + gb[127] * xb[31];
        grad_w[30] +=
            gb[68] * xb[16] + gb[72] * xb[17] + gb[76] * xb[18] + gb[80] * xb[19]
            + gb[84] * xb[20] + gb[88] * xb[21] + gb[92] * xb[22] + gb[96] * xb[23]
            + gb[100] * xb[24] + gb[104] * xb[25] + gb[108] * xb[26] + gb[112] * xb[27]
            + gb[116] * xb[28] + gb[120] * xb[29] + gb[124] * xb[30];
        grad_w[31] +=
            gb[69] * xb[16] + gb[73] * xb[17] + gb[77] * xb[18] + gb[81] * xb[19]
            + gb[85] * xb[20] + gb[89] * xb[21] + gb[93] * xb[22] + gb[97] * xb[23]
            + gb[101] * xb[24] + gb[105] * xb[25] + gb[109] * xb[26] + gb[113] * xb[27]
            + gb[117] * xb[28] + gb[121] * xb[29] + gb[125] * xb[30];
        grad_w[32] +=
            gb[2] * xb[33] + gb[6] * xb[34] + gb[10] * xb[35] + gb[14] * xb[36]
            + gb[18] * xb[37] + gb[22] * xb[38] + gb[26] * xb[39] + gb[30] * xb[40]
            + gb[34] * xb[41] + gb[38] * xb[42] + gb[42] * xb[43] + gb[46] * xb[44]
            + gb[50] * xb[45] + gb[54] * xb[46] + gb[58] * xb[47];
        grad_w[33] +=
            gb[3] * xb[33] + gb[7] * xb[34] + gb[11] * xb[35] + gb[15] * xb[36]
            + gb[19] * xb[37] + gb[23] * xb[38] + gb[27] * xb[39] + gb[31] * xb[40]
            + gb[35] * xb[41] + gb[39] * xb[42] + gb[43] * xb[43] + gb[47] * xb[44]
            + gb[51] * xb[45] + gb[55] * xb[46] + gb[59] * xb[47];
        grad_w[34] +=
            gb[0] * xb[32] + gb[4] * xb[33] + gb[8] * xb[34] + gb[12] * xb[35]
            + gb[16] * xb[36] + gb[20] * xb[37] + gb[24] * xb[38] + gb[28] * xb[39]
            + gb[32] * xb[40] + gb[36] * xb[41] + gb[40] * xb[42] + gb[44] * xb[43]
            + gb[48] * xb[44] + gb[52] * xb[45] + gb[56] * xb[46] + gb[60] * xb[47];
        grad_w[35] +=
            gb[1] * xb[32] + gb[5] * xb[33] + gb[9] * xb[34] + gb[13] * xb[35]
            + gb[17] * xb[36] + gb[21] * xb[37] + gb[25] * xb[38] + gb[29] * xb[39]
            + gb[33] * xb[40] + gb[37] * xb[41] + gb[41] * xb[42] + gb[45] * xb[43]
            + gb[49] * xb[44] + gb[53] * xb[45] + gb[57] * xb[46] + gb[61] * xb[47];
        grad_w[36] +=
            gb[2] * xb[32] + gb[6] * xb[33] + gb[10] * xb[34] + gb[14] * xb[35]
            + gb[18] * xb[36] + gb[22] * xb[37] + gb[26] * xb[38] + gb[30] * xb[39]
            + gb[34] * xb[40] + gb[38] * xb[41] + gb[42] * xb[42] + gb[46] * xb[43]
            + gb[50] * xb[44] + gb[54] * xb[45] + gb[58] * xb[46] + gb[62] * xb[47];
        grad_w[37] +=
            gb[3] * xb[32] + gb[7] * xb[33] + gb[11] * xb[34] + gb[15] * xb[35]
            + gb[19] * xb[36] + gb[23] * xb[37] + gb[27] * xb[38] + gb[31] * xb[39]
            + gb[35] * xb[40] + gb[39] * xb[41] + gb[43] * xb[42] + gb[47] * xb[43]
            + gb[51] * xb[44] + gb[55] * xb[45] + gb[59] * xb[46] + gb[63] * xb[47];
        grad_w[38] +=
            gb[4] * xb[32] + gb[8] * xb[33] + gb[12] * xb[34] + gb[16] * xb[35]
            + gb[20] * xb[36] + gb[24] * xb[37] + gb[28] * xb[38] + gb[32] * xb[39]
            + gb[36] * xb[40] + gb[40] * xb[41] + gb[44] * xb[42] + gb[48] * xb[43]
            + gb[52] * xb[44] + gb[56] * xb[45] + gb[60] * xb[46];
        grad_w[39] +=
            gb[5] * xb[32] + gb[9] * xb[33] + gb[13] * xb[34] + gb[17] * xb[35]
            + gb[21] * xb[36] + gb[25] * xb[37] + gb[29] * xb[38] + gb[33] * xb[39]
            + gb[37] * xb[40] + gb[41] * xb[41] + gb[45] * xb[42] + gb[49] * xb[43]
            + gb[53] * xb[44] + gb[57] * xb[45] + gb[61] * xb[46];
        grad_w[40] +=
            gb[66] * xb[33] + gb[70] * xb[34] + gb[74] * xb[35] + gb[78] * xb[36]
            + gb[82] * xb[37] + gb[86] * xb[38] + gb[90] * xb[39] + gb[94] * xb[40]
            + gb[98] * xb[41] + gb[102] * xb[42] + gb[106] * xb[43] + gb[110] * xb[44]
            + gb[114] * xb[45] + gb[118] * xb[46] + gb[122] * xb[47];
        grad_w[41] +=
            gb[67] * xb[33] + gb[71] * xb[34] + gb[75] * xb[35] + gb[79] * xb[36]
            + gb[83] * xb[37] + gb[87] * xb[38] + gb[91] * xb[39] + gb[95] * xb[40]
            + gb[99] * xb[41] + gb[103] * xb[42] + gb[107] * xb[43] + gb[111] * xb[44]
            + gb[115] * xb[45] + gb[119] * xb[46] + gb[123] * xb[47];
        grad_w[42] +=
            gb[64] * xb[32] + gb[68] * xb[33] + gb[72] * xb[34] + gb[76] * xb[35]
            + gb[80] * xb[36] + gb[84] * xb[37] + gb[88] * xb[38] + gb[92] * xb[39]
            + gb[96] * xb[40] + gb[100] * xb[41] + gb[104] * xb[42] + gb[108] * xb[43]
            + gb[112] * xb[44] + gb[116] * xb[45] + gb[120] * xb[46] + gb[124] * xb[47];
        grad_w[43] +=
            gb[65] * xb[32] + gb[69] * xb[33] + gb[73] * xb[34] + gb[77] * xb[35]
            + gb[81] * xb[36] + gb[85] * xb[37] + gb[89] * xb[38] + gb[93] * xb[39]
            + gb[97] * xb[40] + gb[101] * xb[41] + gb[105] * xb[42] + gb[109] * xb[43]
            + gb[113] * xb[44] + gb[117] * xb[45] + gb[121] * xb[46] + gb[125] * xb[47];
        grad_w[44] +=
            gb[66] * xb[32] + gb[70] * xb[33] + gb[74] * xb[34] + gb[78] * xb[35]
            + gb[82] * xb[36] + gb[86] * xb[37] + gb[90] * xb[38] + gb[94] * xb[39]
            + gb[98] * xb[40] + gb[102] * xb[41] + gb[106] * xb[42] + gb[110] * xb[43]
            + gb[114] * xb[44] + gb[118] * xb[45] + gb[122] * xb[46] + gb[126] * xb[47];
        grad_w[45] +=
            gb[67] * xb[32] + gb[71] * xb[33] + gb[75] * xb[34] + gb[79] * xb[35]
            + gb[83] * xb[36] + gb[87] * xb[37] + gb[91] * xb[38] + gb[95] * xb[39]
            + gb[99] * xb[40] + gb[103] * xb[41] + gb[107] * xb[42] + gb[111] * xb[43]
            + gb[115] * xb[44] + gb[119] * xb[45] + gb[123] * xb[46] + gb[127] * xb[47];
        grad_w[46] +=
            gb[68] * xb[32] + gb[72] * xb[33] + gb[76] * xb[34] + gb[80] * xb[35]
            + gb[84] * xb[36] + gb[88] * xb[37] + gb[92] * xb[38] + gb[96] * xb[39]
            + gb[100] * xb[40] + gb[104] * xb[41] + gb[108] * xb[42] + gb[112] * xb[43]
            + gb[116] * xb[44] + gb[120] * xb[45] + gb[124] * xb[46];
        grad_w[47] +=
            gb[69] * xb[32] + gb[73] * xb[33] + gb[77] * xb[34] + gb[81] * xb[35]
            + gb[85] * xb[36] + gb[89] * xb[37] + gb[93] * xb[38] + gb[97] * xb[39]
            + gb[101] * xb[40] + gb[105] * xb[41] + gb[109] * xb[42] + gb[113] * xb[43]
            + gb[117] * xb[44] + gb[121] * xb[45] + gb[125] * xb[46];
        grad_w[48] +=
            gb[2] * xb[49] + gb[6] * xb[50] + gb[10] * xb[51] + gb[14] * xb[52]
            + gb[18] * xb[53] + gb[22] * xb[54] + gb[26] * xb[55] + gb[30] * xb[56]
            + gb[34] * xb[57] + gb[38] * xb[58] + gb[42] * xb[59] + gb[46] * xb[60]
            + gb[50] * xb[61] + gb[54] * xb[62] + gb[58] * xb[63];
        grad_w[49] +=
            gb[3] * xb[49] + gb[7] * xb[50] + gb[11] * xb[51] + gb[15] * xb[52]
            + gb[19] * xb[53] + gb[23] * xb[54] + gb[27] * xb[55] + gb[31] * xb[56]
            + gb[35] * xb[57] + gb[39] * xb[58] + gb[43] * xb[59] + gb[47] * xb[60]
            + gb[51] * xb[61] + gb[55] * xb[62] + gb[59] * xb[63];
        grad_w[50] +=
            gb[0] * xb[48] + gb[4] * xb[49] + gb[8] * xb[50] + gb[12] * xb[51]
            + gb[16] * xb[52] + gb[20] * xb[53] + gb[24] * xb[54] + gb[28] * xb[55]
            + gb[32] * xb[56] + gb[36] * xb[57] + gb[40] * xb[58] + gb[44] * xb[59]
            + gb[48] * xb[60] + gb[52] * xb[61] + gb[56] * xb[62] + gb[60] * xb[63];
        grad_w[51] +=
            gb[1] * xb[48] + gb[5] * xb[49] + gb[9] * xb[50] + gb[13] * xb[51]
            + gb[17] * xb[52] + gb[21] * xb[53] + gb[25] * xb[54] + gb[29] * xb[55]
            + gb[33] * xb[56] + gb[37] * xb[57] + gb[41] * xb[58] + gb[45] * xb[59]
            + gb[49] * xb[60] + gb[53] * xb[61] + gb[57] * xb[62] + gb[61] * xb[63];
        grad_w[52] +=
            gb[2] * xb[48] + gb[6] * xb[49] + gb[10] * xb[50] + gb[14] * xb[51]
            + gb[18] * xb[52] + gb[22] * xb[53] + gb[26] * xb[54] + gb[30] * xb[55]
            + gb[34] * xb[56] + gb[38] * xb[57] + gb[42] * xb[58] + gb[46] * xb[59]
            + gb[50] * xb[60] + gb[54] * xb[61] + gb[58] * xb[62] + gb[62] * xb[63];
        grad_w[53] +=
            gb[3] * xb[48] + gb[7] * xb[49] + gb[11] * xb[50] + gb[15] * xb[51]
            + gb[19] * xb[52] + gb[23] * xb[53] + gb[27] * xb[54] + gb[31] * xb[55]
            + gb[35] * xb[56] + gb[39] * xb[57] + gb[43] * xb[58] + gb[47] * xb[59]
            + gb[51] * xb[60] + gb[55] * xb[61] + gb[59] * xb[62] + gb[63] * xb[63];
        grad_w[54] +=
            gb[4] * xb[48] + gb[8] * xb[49] + gb[12] * xb[50] + gb[16] * xb[51]
            + gb[20] * xb[52] + gb[24] * xb[53] + gb[28] * xb[54] + gb[32] * xb[55]
            + gb[36] * xb[56] + gb[40] * xb[57] + gb[44] * xb[58] + gb[48] * xb[59]
            + gb[52] * xb[60] + gb[56] * xb[61] + gb[60] * xb[62];
        grad_w[55] +=
            gb[5] * xb[48] + gb[9] * xb[49] + gb[13] * xb[50] + gb[17] * xb[51]
            + gb[21] * xb[52] + gb[25] * xb[53] + gb[29] * xb[54] + gb[33] * xb[55]
            + gb[37] * xb[56] + gb[41] * xb[57] + gb[45] * xb[58] + gb[49] * xb[59]
            + gb[53] * xb[60] + gb[57] * xb[61] + gb[61] * xb[62];
        grad_w[56] +=
            gb[66] * xb[49] + gb[70] * xb[50] + gb[74] * xb[51] + gb[78] * xb[52]
            + gb[82] * xb[53] + gb[86] * xb[54] + gb[90] * xb[55] + gb[94] * xb[56]
            + gb[98] * xb[57] + gb[102] * xb[58] + gb[106] * xb[59] + gb[110] * xb[60]
            + gb[114] * xb[61] + gb[118] * xb[62] + gb[122] * xb[63];
        grad_w[57] +=
            gb[67] * xb[49] + gb[71] * xb[50] + gb[75] * xb[51] + gb[79] * xb[52]
            + gb[83] * xb[53] + gb[87] * xb[54] + gb[91] * xb[55] + gb[95] * xb[56]
            + gb[99] * xb[57] + gb[103] * xb[58] + gb[107] * xb[59] + gb[111] * xb[60]
            + gb[115] * xb[61] + gb[119] * xb[62] + gb[123] * xb[63];
        grad_w[58] +=
            gb[64] * xb[48] + gb[68] * xb[49] + gb[72] * xb[50] + gb[76] * xb[51]
            + gb[80] * xb[52] + gb[84] * xb[53] + gb[88] * xb[54] + gb[92] * xb[55]
            + gb[96] * xb[56] + gb[100] * xb[57] + gb[104] * xb[58] + gb[108] * xb[59]
            + gb[112] * xb[60] + gb[116] * xb[61] + gb[120] * xb[62] + gb[124] * xb[63];
        grad_w[59] +=
            gb[65] * xb[48] + gb[69] * xb[49] + gb[73] * xb[50] + gb[77] * xb[51]
            + gb[81] * xb[52] + gb[85] * xb[53] + gb[89] * xb[54] + gb[93] * xb[55]
            + gb[97] * xb[56] + gb[101] * xb[57] + gb[105] * xb[58] + gb[109] * xb[59]
            + gb[113] * xb[60] + gb[117] * xb[61] + gb[121] * xb[62] + gb[125] * xb[63];
        grad_w[60] +=
            gb[66] * xb[48] + gb[70] * xb[49] + gb[74] * xb[50] + gb[78] * xb[51]
            + gb[82] * xb[52] + gb[86] * xb[53] + gb[90] * xb[54] + gb[94] * xb[55]
            + gb[98] * xb[56] + gb[102] * xb[57] + gb[106] * xb[58] + gb[110] * xb[59]
            + gb[114] * xb[60] + gb[118] * xb[61] + gb[122] * xb[62] + gb[126] * xb[63];
        grad_w[61] +=
            gb[67] * xb[48] + gb[71] * xb[49] + gb[75] * xb[50] + gb[79] * xb[51]
            + gb[83] * xb[52] + gb[87] * xb[53] + gb[91] * xb[54] + gb[95] * xb[55]
            + gb[99] * xb[56] + gb[103] * xb[57] + gb[107] * xb[58] + gb[111] * xb[59]
            + gb[115] * xb[60] + gb[119] * xb[61] + gb[123] * xb[62] + gb[127] * xb[63];
        grad_w[62] +=
            gb[68] * xb[48] + gb[72] * xb[49] + gb[76] * xb[50] + gb[80] * xb[51]
            + gb[84] * xb[52] + gb[88] * xb[53] + gb[92] * xb[54] + gb[96] * xb[55]
            + gb[100] * xb[56] + gb[104] * xb[57] + gb[108] * xb[58] + gb[112] * xb[59]
            + gb[116] * xb[60] + gb[120] * xb[61] + gb[124] * xb[62];
        grad_w[63] +=
            gb[69] * xb[48] + gb[73] * xb[49] + gb[77] * xb[50] + gb[81] * xb[51]
            + gb[85] * xb[52] + gb[89] * xb[53] + gb[93] * xb[54] + gb[97] * xb[55]
            + gb[101] * xb[56] + gb[105] * xb[57] + gb[109] * xb[58] + gb[113] * xb[59]
            + gb[117] * xb[60] + gb[121] * xb[61] + gb[125] * xb[62];
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

static int upsample_1d_x4_dw_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int upsample_1d_x4_dw_checked(long n, const double *x, const double *grad_y, double *grad_w);
int upsample_1d_x4_dw_checked(long n, const double *x, const double *grad_y, double *grad_w)
{
    /* the raw contract of upsample_1d_x4_dw, checked: nothing is read or written unless it all holds */
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
    if (!x || !grad_y || !grad_w)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)grad_y % sizeof(double) || (uintptr_t)grad_w % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (upsample_1d_x4_dw_chk_overlap(grad_w, (((int64_t)4 * 2 * 8) * (int64_t)sizeof(double)), x, (n * ((int64_t)4 * 16) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (upsample_1d_x4_dw_chk_overlap(grad_w, (((int64_t)4 * 2 * 8) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)2 * 64) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    upsample_1d_x4_dw(n, x, grad_y, grad_w);
    return TCONV_SYM_OK;
}
