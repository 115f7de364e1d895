/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tutorial_2x2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:8ed401fe8b2a2438af86371b031c41da3e1d0753d49ec8e2e6b3d67e9237d4cf
 */
#include "tutorial_2x2_dw.h"

/*
 * weight kernel, unrolled: one statement per weight entry, holding only the
 * 16 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   x: n x 1 x 2 x 2, C order
 *   grad_y: n x 1 x 3 x 3, C order
 *   grad_w: 1 x 1 x 2 x 2, C order, summed over the batch
 */
void tutorial_2x2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
{
    for (int_fast32_t i = 0; i < 4; ++i)
        grad_w[i] = 0;
    for (long b = 0; b < n; ++b) {
        const double *restrict xb = x + b * 4L;
        const double *restrict gb = grad_y + b * 9L;
        grad_w[0] +=
            gb[0] * xb[0] + gb[1] * xb[1] + gb[3] * xb[2] + gb[4] * xb[3];
        grad_w[1] +=
            gb[1] * xb[0] + gb[2] * xb[1] + gb[4] * xb[2] + gb[5] * xb[3];
        grad_w[2] +=
            gb[3] * xb[0] + gb[4] * xb[1] + gb[6] * xb[2] + gb[7] * xb[3];
        grad_w[3] +=
            gb[4] * xb[0] + gb[5] * xb[1] + gb[7] * xb[2] + gb[8] * xb[3];
    }
}
