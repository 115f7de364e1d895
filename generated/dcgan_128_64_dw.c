/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void dcgan_128_64_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:0a8349c3db128435eca3b958e33128295d233f7734104369f7257745d82df75e
 */
#include <stdint.h>
#include <string.h>
#include "dcgan_128_64_dw.h"

/*
 * weight kernel, polyphase: 1 output phase(s), 16 tap blocks. Each block is one
 * kernel tap: for every channel pair of a group (1 group(s), 128 x 64 channels) a box of
 * the output accumulates the tap times a box of the input. Box bounds are exact, so no inserted
 * or padding zero is ever multiplied; all bounds are compile-time constants; no heap allocation.
 *   x: n x 128 x 8 x 8, C order
 *   grad_y: n x 64 x 16 x 16, C order
 *   grad_w: 128 x 64 x 4 x 4, C order, summed over the batch
 */
void dcgan_128_64_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
{
    for (int_fast32_t i = 0; i < 131072; ++i)
        grad_w[i] = 0;
    for (long b = 0; b < n; ++b) {
        const double *restrict gb = x + b * 8192L;  /* convolution output side */
        const double *restrict xb = grad_y + b * 16384L;  /* convolution input side */
        /* tap 0, 0: box 7 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 9;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 17;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 0] += acc;
                }
        /* tap 0, 1: box 7 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 8;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 16;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 1] += acc;
                }
        /* tap 0, 2: box 7 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 8;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 17;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 2] += acc;
                }
        /* tap 0, 3: box 7 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 8;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 18;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 3] += acc;
                }
        /* tap 1, 0: box 8 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 1;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 1;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 4] += acc;
                }
        /* tap 1, 1: box 8 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 5] += acc;
                }
        /* tap 1, 2: box 8 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 1;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 6] += acc;
                }
        /* tap 1, 3: box 8 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 2;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 7] += acc;
                }
        /* tap 2, 0: box 8 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 1;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 17;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 8] += acc;
                }
        /* tap 2, 1: box 8 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 16;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 9] += acc;
                }
        /* tap 2, 2: box 8 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 17;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 10] += acc;
                }
        /* tap 2, 3: box 8 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 18;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 11] += acc;
                }
        /* tap 3, 0: box 7 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 1;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 33;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 12] += acc;
                }
        /* tap 3, 1: box 7 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 32;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 13] += acc;
                }
        /* tap 3, 2: box 7 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 33;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 14] += acc;
                }
        /* tap 3, 3: box 7 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 34;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 15] += acc;
                }
    }
}
