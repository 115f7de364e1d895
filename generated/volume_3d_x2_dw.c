/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      polyphase (auto: 10,648 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void volume_3d_x2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:eb0ef69c72e720e2603dcfeb52108ba083fb8fca1866e7f652e2d877d42d7f8c
 */
#include <stdint.h>
#include <string.h>
#include "volume_3d_x2_dw.h"

/*
 * weight kernel, polyphase: 1 output phase(s), 27 tap blocks. Each block is one
 * kernel tap: for every channel pair of a group (1 group(s), 4 x 2 channels) a box of
 * the output accumulates the tap times a box of the input. Box bounds are exact, so no inserted
 * or padding zero is ever multiplied; all bounds are compile-time constants; no heap allocation.
 *   x: n x 4 x 4 x 4 x 4, C order
 *   grad_y: n x 2 x 8 x 8 x 8, C order
 *   grad_w: 4 x 2 x 3 x 3 x 3, C order, summed over the batch
 */
void volume_3d_x2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
{
    for (int_fast32_t i = 0; i < 216; ++i)
        grad_w[i] = 0;
    for (long b = 0; b < n; ++b) {
        const double *restrict gb = x + b * 256L;  /* convolution output side */
        const double *restrict xb = grad_y + b * 1024L;  /* convolution input side */
        /* tap 0, 0, 0: box 3 x 3 x 3 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 21;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 73;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 3; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 3; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 0] += acc;
                }
        /* tap 0, 0, 1: box 3 x 3 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 20;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 72;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 3; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 1] += acc;
                }
        /* tap 0, 0, 2: box 3 x 3 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 20;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 73;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 3; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 2] += acc;
                }
        /* tap 0, 1, 0: box 3 x 4 x 3 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 17;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 65;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 3; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 3] += acc;
                }
        /* tap 0, 1, 1: box 3 x 4 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 16;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 64;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 4] += acc;
                }
        /* tap 0, 1, 2: box 3 x 4 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 16;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 65;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 5] += acc;
                }
        /* tap 0, 2, 0: box 3 x 4 x 3 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 17;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 73;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 3; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 6] += acc;
                }
        /* tap 0, 2, 1: box 3 x 4 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 16;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 72;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 7] += acc;
                }
        /* tap 0, 2, 2: box 3 x 4 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 16;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 73;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 8] += acc;
                }
        /* tap 1, 0, 0: box 4 x 3 x 3 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 5;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 9;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 3; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 3; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 9] += acc;
                }
        /* tap 1, 0, 1: box 4 x 3 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 4;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 8;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 3; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 10] += acc;
                }
        /* tap 1, 0, 2: box 4 x 3 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 4;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 9;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 3; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 11] += acc;
                }
        /* tap 1, 1, 0: box 4 x 4 x 3 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 1;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 1;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 3; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 12] += acc;
                }
        /* tap 1, 1, 1: box 4 x 4 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 13] += acc;
                }
        /* tap 1, 1, 2: box 4 x 4 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 1;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 14] += acc;
                }
        /* tap 1, 2, 0: box 4 x 4 x 3 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 1;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 9;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 3; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 15] += acc;
                }
        /* tap 1, 2, 1: box 4 x 4 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 8;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 16] += acc;
                }
        /* tap 1, 2, 2: box 4 x 4 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 9;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 17] += acc;
                }
        /* tap 2, 0, 0: box 4 x 3 x 3 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 5;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 73;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 3; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 3; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 18] += acc;
                }
        /* tap 2, 0, 1: box 4 x 3 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 4;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 72;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 3; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 19] += acc;
                }
        /* tap 2, 0, 2: box 4 x 3 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 4;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 73;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 3; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 20] += acc;
                }
        /* tap 2, 1, 0: box 4 x 4 x 3 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 1;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 65;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 3; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 21] += acc;
                }
        /* tap 2, 1, 1: box 4 x 4 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 64;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 22] += acc;
                }
        /* tap 2, 1, 2: box 4 x 4 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 65;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 23] += acc;
                }
        /* tap 2, 2, 0: box 4 x 4 x 3 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 1;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 73;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 3; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 24] += acc;
                }
        /* tap 2, 2, 1: box 4 x 4 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 72;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 25] += acc;
                }
        /* tap 2, 2, 2: box 4 x 4 x 4 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 4; ++a)
                for (int_fast32_t c = 0; c < 2; ++c) {
                    const double *restrict gp = gb + (g * 4 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 2 + c) * 512 + 73;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 4; ++u1)
                            for (int_fast32_t u2 = 0; u2 < 4; ++u2)
                                acc += gp[u0 * 16 + u1 * 4 + u2] * xp[u0 * 128 + u1 * 16 + u2 * 2];
                    grad_w[g * 216 + a * 54 + c * 27 + 26] += acc;
                }
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

static int volume_3d_x2_dw_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int volume_3d_x2_dw_checked(long n, const double *x, const double *grad_y, double *grad_w);
int volume_3d_x2_dw_checked(long n, const double *x, const double *grad_y, double *grad_w)
{
    /* the raw contract of volume_3d_x2_dw, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 4503599627370495)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 1125899906842623)
            return TCONV_SYM_EBATCH;
    }
    if (!x || !grad_y || !grad_w)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)grad_y % sizeof(double) || (uintptr_t)grad_w % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (volume_3d_x2_dw_chk_overlap(grad_w, (((int64_t)4 * 2 * 3 * 3 * 3) * (int64_t)sizeof(double)), x, (n * ((int64_t)4 * 4 * 4 * 4) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (volume_3d_x2_dw_chk_overlap(grad_w, (((int64_t)4 * 2 * 3 * 3 * 3) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)2 * 8 * 8 * 8) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    volume_3d_x2_dw(n, x, grad_y, grad_w);
    return TCONV_SYM_OK;
}
