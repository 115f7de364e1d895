/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      unrolled (auto: 25 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tf_same_2x2_k3_s2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:7ef38d33bf55720c94cf69e9771b0d5bf347d9a3d064f20b96a82e7e68297244
 */
#include "tf_same_2x2_k3_s2_dw.h"

/*
 * weight kernel, unrolled: one statement per weight entry, holding only the
 * 25 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   x: n x 1 x 2 x 2, C order
 *   grad_y: n x 1 x 4 x 4, C order
 *   grad_w: 1 x 1 x 3 x 3, C order, summed over the batch
 */
void tf_same_2x2_k3_s2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
{
    for (int_fast32_t i = 0; i < 9; ++i)
        grad_w[i] = 0;
    for (long b = 0; b < n; ++b) {
        const double *restrict xb = x + b * 4L;
        const double *restrict gb = grad_y + b * 16L;
        grad_w[0] +=
            gb[0] * xb[0] + gb[2] * xb[1] + gb[8] * xb[2] + gb[10] * xb[3];
        grad_w[1] +=
            gb[1] * xb[0] + gb[3] * xb[1] + gb[9] * xb[2] + gb[11] * xb[3];
        grad_w[2] +=
            gb[2] * xb[0] + gb[10] * xb[2];
        grad_w[3] +=
            gb[4] * xb[0] + gb[6] * xb[1] + gb[12] * xb[2] + gb[14] * xb[3];
        grad_w[4] +=
            gb[5] * xb[0] + gb[7] * xb[1] + gb[13] * xb[2] + gb[15] * xb[3];
        grad_w[5] +=
            gb[6] * xb[0] + gb[14] * xb[2];
        grad_w[6] +=
            gb[8] * xb[0] + gb[10] * xb[1];
        grad_w[7] +=
            gb[9] * xb[0] + gb[11] * xb[1];
        grad_w[8] +=
            gb[10] * xb[0];
    }
}
