/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:ea927f8fe306156237a5e9c84fbbc96607124742c9beb5e63c5355f058a985b4
 */
#include <stdint.h>
#include <string.h>
#include "mnist_decoder_dw.h"

/*
 * weight kernel, polyphase: 1 output phase(s), 49 tap blocks. Each block is one
 * kernel tap: for every channel pair of a group (1 group(s), 32 x 1 channels) a box of
 * the output accumulates the tap times a box of the input. Box bounds are exact, so no inserted
 * or padding zero is ever multiplied; all bounds are compile-time constants; no heap allocation.
 *   x: n x 32 x 28 x 28, C order
 *   grad_y: n x 1 x 28 x 28, C order
 *   grad_w: 32 x 1 x 7 x 7, C order, summed over the batch
 */
void mnist_decoder_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
{
    for (int_fast32_t i = 0; i < 1568; ++i)
        grad_w[i] = 0;
    for (long b = 0; b < n; ++b) {
        const double *restrict gb = x + b * 25088L;  /* convolution output side */
        const double *restrict xb = grad_y + b * 784L;  /* convolution input side */
        /* tap 0, 0: box 25 x 25 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 87;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 25; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 25; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 0] += acc;
                }
        /* tap 0, 1: box 25 x 26 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 86;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 25; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 26; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 1] += acc;
                }
        /* tap 0, 2: box 25 x 27 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 85;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 25; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 27; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 2] += acc;
                }
        /* tap 0, 3: box 25 x 28 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 84;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 25; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 28; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 3] += acc;
                }
        /* tap 0, 4: box 25 x 27 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 84;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 1;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 25; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 27; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 4] += acc;
                }
        /* tap 0, 5: box 25 x 26 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 84;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 2;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 25; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 26; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 5] += acc;
                }
        /* tap 0, 6: box 25 x 25 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 84;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 3;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 25; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 25; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 6] += acc;
                }
        /* tap 1, 0: box 26 x 25 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 59;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 26; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 25; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 7] += acc;
                }
        /* tap 1, 1: box 26 x 26 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 58;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 26; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 26; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 8] += acc;
                }
        /* tap 1, 2: box 26 x 27 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 57;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 26; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 27; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 9] += acc;
                }
        /* tap 1, 3: box 26 x 28 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 56;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 26; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 28; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 10] += acc;
                }
        /* tap 1, 4: box 26 x 27 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 56;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 1;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 26; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 27; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 11] += acc;
                }
        /* tap 1, 5: box 26 x 26 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 56;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 2;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 26; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 26; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 12] += acc;
                }
        /* tap 1, 6: box 26 x 25 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 56;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 3;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 26; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 25; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 13] += acc;
                }
        /* tap 2, 0: box 27 x 25 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 31;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 27; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 25; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 14] += acc;
                }
        /* tap 2, 1: box 27 x 26 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 30;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 27; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 26; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 15] += acc;
                }
        /* tap 2, 2: box 27 x 27 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 29;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 27; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 27; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 16] += acc;
                }
        /* tap 2, 3: box 27 x 28 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 28;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 27; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 28; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 17] += acc;
                }
        /* tap 2, 4: box 27 x 27 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 28;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 1;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 27; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 27; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 18] += acc;
                }
        /* tap 2, 5: box 27 x 26 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 28;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 2;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 27; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 26; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 19] += acc;
                }
        /* tap 2, 6: box 27 x 25 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 28;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 3;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 27; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 25; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 20] += acc;
                }
        /* tap 3, 0: box 28 x 25 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 3;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 28; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 25; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 21] += acc;
                }
        /* tap 3, 1: box 28 x 26 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 2;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 28; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 26; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 22] += acc;
                }
        /* tap 3, 2: box 28 x 27 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 1;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 28; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 27; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 23] += acc;
                }
        /* tap 3, 3: box 28 x 28 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 28; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 28; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 24] += acc;
                }
        /* tap 3, 4: box 28 x 27 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 1;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 28; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 27; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 25] += acc;
                }
        /* tap 3, 5: box 28 x 26 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 2;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 28; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 26; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 26] += acc;
                }
        /* tap 3, 6: box 28 x 25 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 3;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 28; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 25; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 27] += acc;
                }
        /* tap 4, 0: box 27 x 25 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 3;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 28;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 27; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 25; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 28] += acc;
                }
        /* tap 4, 1: box 27 x 26 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 2;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 28;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 27; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 26; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 29] += acc;
                }
        /* tap 4, 2: box 27 x 27 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 1;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 28;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 27; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 27; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 30] += acc;
                }
        /* tap 4, 3: box 27 x 28 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 28;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 27; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 28; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 31] += acc;
                }
        /* tap 4, 4: box 27 x 27 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 29;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 27; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 27; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 32] += acc;
                }
        /* tap 4, 5: box 27 x 26 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 30;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 27; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 26; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 33] += acc;
                }
        /* tap 4, 6: box 27 x 25 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 31;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 27; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 25; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 34] += acc;
                }
        /* tap 5, 0: box 26 x 25 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 3;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 56;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 26; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 25; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 35] += acc;
                }
        /* tap 5, 1: box 26 x 26 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 2;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 56;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 26; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 26; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 36] += acc;
                }
        /* tap 5, 2: box 26 x 27 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 1;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 56;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 26; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 27; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 37] += acc;
                }
        /* tap 5, 3: box 26 x 28 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 56;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 26; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 28; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 38] += acc;
                }
        /* tap 5, 4: box 26 x 27 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 57;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 26; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 27; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 39] += acc;
                }
        /* tap 5, 5: box 26 x 26 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 58;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 26; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 26; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 40] += acc;
                }
        /* tap 5, 6: box 26 x 25 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 59;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 26; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 25; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 41] += acc;
                }
        /* tap 6, 0: box 25 x 25 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 3;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 84;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 25; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 25; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 42] += acc;
                }
        /* tap 6, 1: box 25 x 26 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 2;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 84;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 25; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 26; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 43] += acc;
                }
        /* tap 6, 2: box 25 x 27 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 1;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 84;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 25; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 27; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 44] += acc;
                }
        /* tap 6, 3: box 25 x 28 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 84;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 25; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 28; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 45] += acc;
                }
        /* tap 6, 4: box 25 x 27 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 85;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 25; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 27; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 46] += acc;
                }
        /* tap 6, 5: box 25 x 26 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 86;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 25; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 26; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 47] += acc;
                }
        /* tap 6, 6: box 25 x 25 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 32; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 32 + a) * 784 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 784 + 87;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 25; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 25; ++u1)
                            acc += gp[u0 * 28 + u1] * xp[u0 * 28 + u1];
                    grad_w[g * 1568 + a * 49 + c * 49 + 48] += acc;
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

static int mnist_decoder_dw_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int mnist_decoder_dw_checked(long n, const double *x, const double *grad_y, double *grad_w);
int mnist_decoder_dw_checked(long n, const double *x, const double *grad_y, double *grad_w)
{
    /* the raw contract of mnist_decoder_dw, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 45955098238474)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 1470563143631182)
            return TCONV_SYM_EBATCH;
    }
    if (!x || !grad_y || !grad_w)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)grad_y % sizeof(double) || (uintptr_t)grad_w % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (mnist_decoder_dw_chk_overlap(grad_w, (((int64_t)32 * 1 * 7 * 7) * (int64_t)sizeof(double)), x, (n * ((int64_t)32 * 28 * 28) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (mnist_decoder_dw_chk_overlap(grad_w, (((int64_t)32 * 1 * 7 * 7) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)1 * 28 * 28) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    mnist_decoder_dw(n, x, grad_y, grad_w);
    return TCONV_SYM_OK;
}
