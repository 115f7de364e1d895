/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 25 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tf_same_2x2_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:a4c790677a0e76743e5cf5077f8d701f5a781cc2f1498647cf0f41aacc7458f8
 */
#include "tf_same_2x2_k3_s2_dx.h"

/*
 * input kernel, unrolled: one statement per output element, holding only the
 * 25 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   grad_y: n x 1 x 4 x 4, C order
 *   w: 1 x 1 x 3 x 3, C order (PyTorch weight layout)
 *   grad_x: n x 1 x 2 x 2, C order
 */
void tf_same_2x2_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = grad_y + b * 16L;
        double *restrict dst = grad_x + b * 4L;
        dst[0] =
            w[0] * src[0] + w[1] * src[1] + w[2] * src[2] + w[3] * src[4]
            + w[4] * src[5] + w[5] * src[6] + w[6] * src[8] + w[7] * src[9]
            + w[8] * src[10];
        dst[1] =
            w[0] * src[2] + w[1] * src[3] + w[3] * src[6] + w[4] * src[7]
            + w[6] * src[10] + w[7] * src[11];
        dst[2] =
            w[0] * src[8] + w[1] * src[9] + w[2] * src[10] + w[3] * src[12]
            + w[4] * src[13] + w[5] * src[14];
        dst[3] =
            w[0] * src[10] + w[1] * src[11] + w[3] * src[14] + w[4] * src[15];
    }
}
