/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3)
 * operator:      forward: y = Cᵀ·x
 * strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_valid_4x4_k3_s1_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:86906546c8e1d4724fc6555896ce09467a361d462a1ad152a92da25b24050ed7
 */
#include "keras_valid_4x4_k3_s1_fwd.h"

/*
 * forward kernel, unrolled: one statement per output element, holding only the
 * 144 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   x: n x 1 x 4 x 4, C order
 *   w: 1 x 1 x 3 x 3, C order (PyTorch weight layout)
 *   y: n x 1 x 6 x 6, C order
 */
void keras_valid_4x4_k3_s1_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = x + b * 16L;
        double *restrict dst = y + b * 36L;
        dst[0] =
            w[0] * src[0];
        dst[1] =
            w[1] * src[0] + w[0] * src[1];
        dst[2] =
            w[2] * src[0] + w[1] * src[1] + w[0] * src[2];
        dst[3] =
            w[2] * src[1] + w[1] * src[2] + w[0] * src[3];
        dst[4] =
            w[2] * src[2] + w[1] * src[3];
        dst[5] =
            w[2] * src[3];
        dst[6] =
            w[3] * src[0] + w[0] * src[4];
        dst[7] =
            w[4] * src[0] + w[3] * src[1] + w[1] * src[4] + w[0] * src[5];
        dst[8] =
            w[5] * src[0] + w[4] * src[1] + w[3] * src[2] + w[2] * src[4]
            + w[1] * src[5] + w[0] * src[6];
        dst[9] =
            w[5] * src[1] + w[4] * src[2] + w[3] * src[3] + w[2] * src[5]
            + w[1] * src[6] + w[0] * src[7];
        dst[10] =
            w[5] * src[2] + w[4] * src[3] + w[2] * src[6] + w[1] * src[7];
        dst[11] =
            w[5] * src[3] + w[2] * src[7];
        dst[12] =
            w[6] * src[0] + w[3] * src[4] + w[0] * src[8];
        dst[13] =
            w[7] * src[0] + w[6] * src[1] + w[4] * src[4] + w[3] * src[5]
            + w[1] * src[8] + w[0] * src[9];
        dst[14] =
            w[8] * src[0] + w[7] * src[1] + w[6] * src[2] + w[5] * src[4]
            + w[4] * src[5] + w[3] * src[6] + w[2] * src[8] + w[1] * src[9]
            + w[0] * src[10];
        dst[15] =
            w[8] * src[1] + w[7] * src[2] + w[6] * src[3] + w[5] * src[5]
            + w[4] * src[6] + w[3] * src[7] + w[2] * src[9] + w[1] * src[10]
            + w[0] * src[11];
        dst[16] =
            w[8] * src[2] + w[7] * src[3] + w[5] * src[6] + w[4] * src[7]
            + w[2] * src[10] + w[1] * src[11];
        dst[17] =
            w[8] * src[3] + w[5] * src[7] + w[2] * src[11];
        dst[18] =
            w[6] * src[4] + w[3] * src[8] + w[0] * src[12];
        dst[19] =
            w[7] * src[4] + w[6] * src[5] + w[4] * src[8] + w[3] * src[9]
            + w[1] * src[12] + w[0] * src[13];
        dst[20] =
            w[8] * src[4] + w[7] * src[5] + w[6] * src[6] + w[5] * src[8]
            + w[4] * src[9] + w[3] * src[10] + w[2] * src[12] + w[1] * src[13]
            + w[0] * src[14];
        dst[21] =
            w[8] * src[5] + w[7] * src[6] + w[6] * src[7] + w[5] * src[9]
            + w[4] * src[10] + w[3] * src[11] + w[2] * src[13] + w[1] * src[14]
            + w[0] * src[15];
        dst[22] =
            w[8] * src[6] + w[7] * src[7] + w[5] * src[10] + w[4] * src[11]
            + w[2] * src[14] + w[1] * src[15];
        dst[23] =
            w[8] * src[7] + w[5] * src[11] + w[2] * src[15];
        dst[24] =
            w[6] * src[8] + w[3] * src[12];
        dst[25] =
            w[7] * src[8] + w[6] * src[9] + w[4] * src[12] + w[3] * src[13];
        dst[26] =
            w[8] * src[8] + w[7] * src[9] + w[6] * src[10] + w[5] * src[12]
            + w[4] * src[13] + w[3] * src[14];
        dst[27] =
            w[8] * src[9] + w[7] * src[10] + w[6] * src[11] + w[5] * src[13]
            + w[4] * src[14] + w[3] * src[15];
        dst[28] =
            w[8] * src[10] + w[7] * src[11] + w[5] * src[14] + w[4] * src[15];
        dst[29] =
            w[8] * src[11] + w[5] * src[15];
        dst[30] =
            w[6] * src[12];
        dst[31] =
            w[7] * src[12] + w[6] * src[13];
        dst[32] =
            w[8] * src[12] + w[7] * src[13] + w[6] * src[14];
        dst[33] =
            w[8] * src[13] + w[7] * src[14] + w[6] * src[15];
        dst[34] =
            w[8] * src[14] + w[7] * src[15];
        dst[35] =
            w[8] * src[15];
    }
}
