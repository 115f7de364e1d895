/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 * operator:      forward: y = Cᵀ·x
 * strategy:      unrolled (auto: 25 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tf_same_2x2_k3_s2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:b524144f5d6db9fa26368397fdb47e7ab5d92477bb51aa07e18be8ea107081bf
 */
#include "tf_same_2x2_k3_s2_fwd.h"

/*
 * forward kernel, unrolled: one statement per output element, holding only the
 * 25 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   x: n x 1 x 2 x 2, C order
 *   w: 1 x 1 x 3 x 3, C order (PyTorch weight layout)
 *   y: n x 1 x 4 x 4, C order
 */
void tf_same_2x2_k3_s2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = x + b * 4L;
        double *restrict dst = y + b * 16L;
        dst[0] =
            w[0] * src[0];
        dst[1] =
            w[1] * src[0];
        dst[2] =
            w[2] * src[0] + w[0] * src[1];
        dst[3] =
            w[1] * src[1];
        dst[4] =
            w[3] * src[0];
        dst[5] =
            w[4] * src[0];
        dst[6] =
            w[5] * src[0] + w[3] * src[1];
        dst[7] =
            w[4] * src[1];
        dst[8] =
            w[6] * src[0] + w[0] * src[2];
        dst[9] =
            w[7] * src[0] + w[1] * src[2];
        dst[10] =
            w[8] * src[0] + w[6] * src[1] + w[2] * src[2] + w[0] * src[3];
        dst[11] =
            w[7] * src[1] + w[1] * src[3];
        dst[12] =
            w[3] * src[2];
        dst[13] =
            w[4] * src[2];
        dst[14] =
            w[5] * src[2] + w[3] * src[3];
        dst[15] =
            w[4] * src[3];
    }
}
