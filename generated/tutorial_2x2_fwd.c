/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 * operator:      forward: y = Cᵀ·x
 * strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tutorial_2x2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:bc04f83f05fa51d0882e70fdaeb1147c76345225a700c50bffe13b3d8605bee6
 */
#include "tutorial_2x2_fwd.h"

/*
 * forward kernel, unrolled: one statement per output element, holding only the
 * 16 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   x: n x 1 x 2 x 2, C order
 *   w: 1 x 1 x 2 x 2, C order (PyTorch weight layout)
 *   y: n x 1 x 3 x 3, C order
 */
void tutorial_2x2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = x + b * 4L;
        double *restrict dst = y + b * 9L;
        dst[0] =
            w[0] * src[0];
        dst[1] =
            w[1] * src[0] + w[0] * src[1];
        dst[2] =
            w[1] * src[1];
        dst[3] =
            w[2] * src[0] + w[0] * src[2];
        dst[4] =
            w[3] * src[0] + w[2] * src[1] + w[1] * src[2] + w[0] * src[3];
        dst[5] =
            w[3] * src[1] + w[1] * src[3];
        dst[6] =
            w[2] * src[2];
        dst[7] =
            w[3] * src[2] + w[2] * src[3];
        dst[8] =
            w[3] * src[3];
    }
}
