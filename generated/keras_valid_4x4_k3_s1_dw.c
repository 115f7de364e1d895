/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_valid_4x4_k3_s1_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:722518d7c5b48e557703954e9e52f5e20147c5dde3f6027d8e07b844ba0dde1d
 */
#include "keras_valid_4x4_k3_s1_dw.h"

/*
 * weight kernel, unrolled: one statement per weight entry, holding only the
 * 144 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   x: n x 1 x 4 x 4, C order
 *   grad_y: n x 1 x 6 x 6, C order
 *   grad_w: 1 x 1 x 3 x 3, C order, summed over the batch
 */
void keras_valid_4x4_k3_s1_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
{
    for (int_fast32_t i = 0; i < 9; ++i)
        grad_w[i] = 0;
    for (long b = 0; b < n; ++b) {
        const double *restrict xb = x + b * 16L;
        const double *restrict gb = grad_y + b * 36L;
        grad_w[0] +=
            gb[0] * xb[0] + gb[1] * xb[1] + gb[2] * xb[2] + gb[3] * xb[3]
            + gb[6] * xb[4] + gb[7] * xb[5] + gb[8] * xb[6] + gb[9] * xb[7]
            + gb[12] * xb[8] + gb[13] * xb[9] + gb[14] * xb[10] + gb[15] * xb[11]
            + gb[18] * xb[12] + gb[19] * xb[13] + gb[20] * xb[14] + gb[21] * xb[15];
        grad_w[1] +=
            gb[1] * xb[0] + gb[2] * xb[1] + gb[3] * xb[2] + gb[4] * xb[3]
            + gb[7] * xb[4] + gb[8] * xb[5] + gb[9] * xb[6] + gb[10] * xb[7]
            + gb[13] * xb[8] + gb[14] * xb[9] + gb[15] * xb[10] + gb[16] * xb[11]
            + gb[19] * xb[12] + gb[20] * xb[13] + gb[21] * xb[14] + gb[22] * xb[15];
        grad_w[2] +=
            gb[2] * xb[0] + gb[3] * xb[1] + gb[4] * xb[2] + gb[5] * xb[3]
            + gb[8] * xb[4] + gb[9] * xb[5] + gb[10] * xb[6] + gb[11] * xb[7]
            + gb[14] * xb[8] + gb[15] * xb[9] + gb[16] * xb[10] + gb[17] * xb[11]
            + gb[20] * xb[12] + gb[21] * xb[13] + gb[22] * xb[14] + gb[23] * xb[15];
        grad_w[3] +=
            gb[6] * xb[0] + gb[7] * xb[1] + gb[8] * xb[2] + gb[9] * xb[3]
            + gb[12] * xb[4] + gb[13] * xb[5] + gb[14] * xb[6] + gb[15] * xb[7]
            + gb[18] * xb[8] + gb[19] * xb[9] + gb[20] * xb[10] + gb[21] * xb[11]
            + gb[24] * xb[12] + gb[25] * xb[13] + gb[26] * xb[14] + gb[27] * xb[15];
        grad_w[4] +=
            gb[7] * xb[0] + gb[8] * xb[1] + gb[9] * xb[2] + gb[10] * xb[3]
            + gb[13] * xb[4] + gb[14] * xb[5] + gb[15] * xb[6] + gb[16] * xb[7]
            + gb[19] * xb[8] + gb[20] * xb[9] + gb[21] * xb[10] + gb[22] * xb[11]
            + gb[25] * xb[12] + gb[26] * xb[13] + gb[27] * xb[14] + gb[28] * xb[15];
        grad_w[5] +=
            gb[8] * xb[0] + gb[9] * xb[1] + gb[10] * xb[2] + gb[11] * xb[3]
            + gb[14] * xb[4] + gb[15] * xb[5] + gb[16] * xb[6] + gb[17] * xb[7]
            + gb[20] * xb[8] + gb[21] * xb[9] + gb[22] * xb[10] + gb[23] * xb[11]
            + gb[26] * xb[12] + gb[27] * xb[13] + gb[28] * xb[14] + gb[29] * xb[15];
        grad_w[6] +=
            gb[12] * xb[0] + gb[13] * xb[1] + gb[14] * xb[2] + gb[15] * xb[3]
            + gb[18] * xb[4] + gb[19] * xb[5] + gb[20] * xb[6] + gb[21] * xb[7]
            + gb[24] * xb[8] + gb[25] * xb[9] + gb[26] * xb[10] + gb[27] * xb[11]
            + gb[30] * xb[12] + gb[31] * xb[13] + gb[32] * xb[14] + gb[33] * xb[15];
        grad_w[7] +=
            gb[13] * xb[0] + gb[14] * xb[1] + gb[15] * xb[2] + gb[16] * xb[3]
            + gb[19] * xb[4] + gb[20] * xb[5] + gb[21] * xb[6] + gb[22] * xb[7]
            + gb[25] * xb[8] + gb[26] * xb[9] + gb[27] * xb[10] + gb[28] * xb[11]
            + gb[31] * xb[12] + gb[32] * xb[13] + gb[33] * xb[14] + gb[34] * xb[15];
        grad_w[8] +=
            gb[14] * xb[0] + gb[15] * xb[1] + gb[16] * xb[2] + gb[17] * xb[3]
            + gb[20] * xb[4] + gb[21] * xb[5] + gb[22] * xb[6] + gb[23] * xb[7]
            + gb[26] * xb[8] + gb[27] * xb[9] + gb[28] * xb[10] + gb[29] * xb[11]
            + gb[32] * xb[12] + gb[33] * xb[13] + gb[34] * xb[14] + gb[35] * xb[15];
    }
}
