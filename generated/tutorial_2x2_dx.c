/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tutorial_2x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:6735137fe5fa70994a8fa38c548e50447641e6c6efbd4e845809684a3bde2958
 */
#include "tutorial_2x2_dx.h"

/*
 * input kernel, unrolled: one statement per output element, holding only the
 * 16 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   grad_y: n x 1 x 3 x 3, C order
 *   w: 1 x 1 x 2 x 2, C order (PyTorch weight layout)
 *   grad_x: n x 1 x 2 x 2, C order
 */
void tutorial_2x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = grad_y + b * 9L;
        double *restrict dst = grad_x + b * 4L;
        dst[0] =
            w[0] * src[0] + w[1] * src[1] + w[2] * src[3] + w[3] * src[4];
        dst[1] =
            w[0] * src[1] + w[1] * src[2] + w[2] * src[4] + w[3] * src[5];
        dst[2] =
            w[0] * src[3] + w[1] * src[4] + w[2] * src[6] + w[3] * src[7];
        dst[3] =
            w[0] * src[4] + w[1] * src[5] + w[2] * src[7] + w[3] * src[8];
    }
}
