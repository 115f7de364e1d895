/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:067274f00dec3ac8dc37cfab9ee3aac4385a956a0dcc93674dfc00567ba3bae6
 */
#include "mnist_decoder_dx.h"

/*
 * input kernel, polyphase: 1 output phase(s), 49 tap blocks. Each block is one
 * kernel tap: for every channel pair of a group (1 group(s), 32 x 1 channels) a box of
 * the output accumulates the tap times a box of the input. Box bounds are exact, so no inserted
 * or padding zero is ever multiplied; all bounds are compile-time constants; no heap allocation.
 *   grad_y: n x 1 x 28 x 28, C order
 *   w: 32 x 1 x 7 x 7, C order (PyTorch weight layout)
 *   grad_x: n x 32 x 28 x 28, C order
 */
void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
{
    /*
     * Each output phase plane is cut into regions on which the set of valid taps is constant
     * (49 regions). An output element of a region is one complete sum over the
     * region's taps and the 1 input channels of its group, kept in registers and stored once:
     * channels-vectorised register tiles of 4 positions x 32 output channels, weights packed
     * (1,568 elements on the stack).
     */
    for (int_fast32_t g = 0; g < 1; ++g) {
        /* phase 0, 0: 49 region(s), taps 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48 */
        for (int_fast32_t a0 = 0; a0 < 32; a0 += 32) {
            double wk[1568];  /* [tap][in channel][out channel] */
            {
                static const int32_t taps[49] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48 };
                for (int_fast32_t t = 0; t < 49; ++t)
                    for (int_fast32_t c = 0; c < 1; ++c)
                        for (int_fast32_t q = 0; q < 32; ++q)
                            wk[(t * 1 + c) * 32 + q] = w[g * 1568 + (a0 + q) * 49 + c * 49 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = grad_y + b * 784L + g * 784;
                double *restrict yb = grad_x + b * 25088L + (g * 32 + a0) * 784;
                /* region at 0, 0, box 1 x 1: 16 tap(s) */
                {
                    static const int32_t xo[16] = { 0, 1, 2, 3, 28, 29, 30, 31, 56, 57, 58, 59, 84, 85, 86, 87 };
                    static const int32_t wo[16] = { 768, 800, 832, 864, 992, 1024, 1056, 1088, 1216, 1248, 1280, 1312, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 16; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 0 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 0, 1, box 1 x 1: 20 tap(s) */
                {
                    static const int32_t xo[20] = { 0, 1, 2, 3, 4, 28, 29, 30, 31, 32, 56, 57, 58, 59, 60, 84, 85, 86, 87, 88 };
                    static const int32_t wo[20] = { 736, 768, 800, 832, 864, 960, 992, 1024, 1056, 1088, 1184, 1216, 1248, 1280, 1312, 1408, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 1 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 0, 2, box 1 x 1: 24 tap(s) */
                {
                    static const int32_t xo[24] = { 0, 1, 2, 3, 4, 5, 28, 29, 30, 31, 32, 33, 56, 57, 58, 59, 60, 61, 84, 85, 86, 87, 88, 89 };
                    static const int32_t wo[24] = { 704, 736, 768, 800, 832, 864, 928, 960, 992, 1024, 1056, 1088, 1152, 1184, 1216, 1248, 1280, 1312, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 2 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 0, 3, box 1 x 22: 28 tap(s) */
                {
                    static const int32_t xo[28] = { 0, 1, 2, 3, 4, 5, 6, 28, 29, 30, 31, 32, 33, 34, 56, 57, 58, 59, 60, 61, 62, 84, 85, 86, 87, 88, 89, 90 };
                    static const int32_t wo[28] = { 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088, 1120, 1152, 1184, 1216, 1248, 1280, 1312, 1344, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 20; j += 4) {
                                double acc[4][32];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 28; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 3 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 20;
                                double acc[2][32];
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 28; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 2; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 3 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 0, 25, box 1 x 1: 24 tap(s) */
                {
                    static const int32_t xo[24] = { 22, 23, 24, 25, 26, 27, 50, 51, 52, 53, 54, 55, 78, 79, 80, 81, 82, 83, 106, 107, 108, 109, 110, 111 };
                    static const int32_t wo[24] = { 672, 704, 736, 768, 800, 832, 896, 928, 960, 992, 1024, 1056, 1120, 1152, 1184, 1216, 1248, 1280, 1344, 1376, 1408, 1440, 1472, 1504 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 25 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 0, 26, box 1 x 1: 20 tap(s) */
                {
                    static const int32_t xo[20] = { 23, 24, 25, 26, 27, 51, 52, 53, 54, 55, 79, 80, 81, 82, 83, 107, 108, 109, 110, 111 };
                    static const int32_t wo[20] = { 672, 704, 736, 768, 800, 896, 928, 960, 992, 1024, 1120, 1152, 1184, 1216, 1248, 1344, 1376, 1408, 1440, 1472 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 26 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 0, 27, box 1 x 1: 16 tap(s) */
                {
                    static const int32_t xo[16] = { 24, 25, 26, 27, 52, 53, 54, 55, 80, 81, 82, 83, 108, 109, 110, 111 };
                    static const int32_t wo[16] = { 672, 704, 736, 768, 896, 928, 960, 992, 1120, 1152, 1184, 1216, 1344, 1376, 1408, 1440 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 16; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 27 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 1, 0, box 1 x 1: 20 tap(s) */
                {
                    static const int32_t xo[20] = { 0, 1, 2, 3, 28, 29, 30, 31, 56, 57, 58, 59, 84, 85, 86, 87, 112, 113, 114, 115 };
                    static const int32_t wo[20] = { 544, 576, 608, 640, 768, 800, 832, 864, 992, 1024, 1056, 1088, 1216, 1248, 1280, 1312, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 28 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 1, 1, box 1 x 1: 25 tap(s) */
                {
                    static const int32_t xo[25] = { 0, 1, 2, 3, 4, 28, 29, 30, 31, 32, 56, 57, 58, 59, 60, 84, 85, 86, 87, 88, 112, 113, 114, 115, 116 };
                    static const int32_t wo[25] = { 512, 544, 576, 608, 640, 736, 768, 800, 832, 864, 960, 992, 1024, 1056, 1088, 1184, 1216, 1248, 1280, 1312, 1408, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 25; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 29 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 1, 2, box 1 x 1: 30 tap(s) */
                {
                    static const int32_t xo[30] = { 0, 1, 2, 3, 4, 5, 28, 29, 30, 31, 32, 33, 56, 57, 58, 59, 60, 61, 84, 85, 86, 87, 88, 89, 112, 113, 114, 115, 116, 117 };
                    static const int32_t wo[30] = { 480, 512, 544, 576, 608, 640, 704, 736, 768, 800, 832, 864, 928, 960, 992, 1024, 1056, 1088, 1152, 1184, 1216, 1248, 1280, 1312, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 30 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 1, 3, box 1 x 22: 35 tap(s) */
                {
                    static const int32_t xo[35] = { 0, 1, 2, 3, 4, 5, 6, 28, 29, 30, 31, 32, 33, 34, 56, 57, 58, 59, 60, 61, 62, 84, 85, 86, 87, 88, 89, 90, 112, 113, 114, 115, 116, 117, 118 };
                    static const int32_t wo[35] = { 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088, 1120, 1152, 1184, 1216, 1248, 1280, 1312, 1344, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 20; j += 4) {
                                double acc[4][32];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 35; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 31 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 20;
                                double acc[2][32];
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 35; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 2; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 31 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 1, 25, box 1 x 1: 30 tap(s) */
                {
                    static const int32_t xo[30] = { 22, 23, 24, 25, 26, 27, 50, 51, 52, 53, 54, 55, 78, 79, 80, 81, 82, 83, 106, 107, 108, 109, 110, 111, 134, 135, 136, 137, 138, 139 };
                    static const int32_t wo[30] = { 448, 480, 512, 544, 576, 608, 672, 704, 736, 768, 800, 832, 896, 928, 960, 992, 1024, 1056, 1120, 1152, 1184, 1216, 1248, 1280, 1344, 1376, 1408, 1440, 1472, 1504 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 53 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 1, 26, box 1 x 1: 25 tap(s) */
                {
                    static const int32_t xo[25] = { 23, 24, 25, 26, 27, 51, 52, 53, 54, 55, 79, 80, 81, 82, 83, 107, 108, 109, 110, 111, 135, 136, 137, 138, 139 };
                    static const int32_t wo[25] = { 448, 480, 512, 544, 576, 672, 704, 736, 768, 800, 896, 928, 960, 992, 1024, 1120, 1152, 1184, 1216, 1248, 1344, 1376, 1408, 1440, 1472 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 25; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 54 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 1, 27, box 1 x 1: 20 tap(s) */
                {
                    static const int32_t xo[20] = { 24, 25, 26, 27, 52, 53, 54, 55, 80, 81, 82, 83, 108, 109, 110, 111, 136, 137, 138, 139 };
                    static const int32_t wo[20] = { 448, 480, 512, 544, 672, 704, 736, 768, 896, 928, 960, 992, 1120, 1152, 1184, 1216, 1344, 1376, 1408, 1440 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 55 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 2, 0, box 1 x 1: 24 tap(s) */
                {
                    static const int32_t xo[24] = { 0, 1, 2, 3, 28, 29, 30, 31, 56, 57, 58, 59, 84, 85, 86, 87, 112, 113, 114, 115, 140, 141, 142, 143 };
                    static const int32_t wo[24] = { 320, 352, 384, 416, 544, 576, 608, 640, 768, 800, 832, 864, 992, 1024, 1056, 1088, 1216, 1248, 1280, 1312, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 56 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 2, 1, box 1 x 1: 30 tap(s) */
                {
                    static const int32_t xo[30] = { 0, 1, 2, 3, 4, 28, 29, 30, 31, 32, 56, 57, 58, 59, 60, 84, 85, 86, 87, 88, 112, 113, 114, 115, 116, 140, 141, 142, 143, 144 };
                    static const int32_t wo[30] = { 288, 320, 352, 384, 416, 512, 544, 576, 608, 640, 736, 768, 800, 832, 864, 960, 992, 1024, 1056, 1088, 1184, 1216, 1248, 1280, 1312, 1408, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 57 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 2, 2, box 1 x 1: 36 tap(s) */
                {
                    static const int32_t xo[36] = { 0, 1, 2, 3, 4, 5, 28, 29, 30, 31, 32, 33, 56, 57, 58, 59, 60, 61, 84, 85, 86, 87, 88, 89, 112, 113, 114, 115, 116, 117, 140, 141, 142, 143, 144, 145 };
                    static const int32_t wo[36] = { 256, 288, 320, 352, 384, 416, 480, 512, 544, 576, 608, 640, 704, 736, 768, 800, 832, 864, 928, 960, 992, 1024, 1056, 1088, 1152, 1184, 1216, 1248, 1280, 1312, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 36; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 58 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 2, 3, box 1 x 22: 42 tap(s) */
                {
                    static const int32_t xo[42] = { 0, 1, 2, 3, 4, 5, 6, 28, 29, 30, 31, 32, 33, 34, 56, 57, 58, 59, 60, 61, 62, 84, 85, 86, 87, 88, 89, 90, 112, 113, 114, 115, 116, 117, 118, 140, 141, 142, 143, 144, 145, 146 };
                    static const int32_t wo[42] = { 224, 256, 288, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088, 1120, 1152, 1184, 1216, 1248, 1280, 1312, 1344, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 20; j += 4) {
                                double acc[4][32];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 42; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 59 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 20;
                                double acc[2][32];
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 42; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 2; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 59 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 2, 25, box 1 x 1: 36 tap(s) */
                {
                    static const int32_t xo[36] = { 22, 23, 24, 25, 26, 27, 50, 51, 52, 53, 54, 55, 78, 79, 80, 81, 82, 83, 106, 107, 108, 109, 110, 111, 134, 135, 136, 137, 138, 139, 162, 163, 164, 165, 166, 167 };
                    static const int32_t wo[36] = { 224, 256, 288, 320, 352, 384, 448, 480, 512, 544, 576, 608, 672, 704, 736, 768, 800, 832, 896, 928, 960, 992, 1024, 1056, 1120, 1152, 1184, 1216, 1248, 1280, 1344, 1376, 1408, 1440, 1472, 1504 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 36; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 81 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 2, 26, box 1 x 1: 30 tap(s) */
                {
                    static const int32_t xo[30] = { 23, 24, 25, 26, 27, 51, 52, 53, 54, 55, 79, 80, 81, 82, 83, 107, 108, 109, 110, 111, 135, 136, 137, 138, 139, 163, 164, 165, 166, 167 };
                    static const int32_t wo[30] = { 224, 256, 288, 320, 352, 448, 480, 512, 544, 576, 672, 704, 736, 768, 800, 896, 928, 960, 992, 1024, 1120, 1152, 1184, 1216, 1248, 1344, 1376, 1408, 1440, 1472 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 82 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 2, 27, box 1 x 1: 24 tap(s) */
                {
                    static const int32_t xo[24] = { 24, 25, 26, 27, 52, 53, 54, 55, 80, 81, 82, 83, 108, 109, 110, 111, 136, 137, 138, 139, 164, 165, 166, 167 };
                    static const int32_t wo[24] = { 224, 256, 288, 320, 448, 480, 512, 544, 672, 704, 736, 768, 896, 928, 960, 992, 1120, 1152, 1184, 1216, 1344, 1376, 1408, 1440 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 83 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 3, 0, box 22 x 1: 28 tap(s) */
                {
                    static const int32_t xo[28] = { 0, 1, 2, 3, 28, 29, 30, 31, 56, 57, 58, 59, 84, 85, 86, 87, 112, 113, 114, 115, 140, 141, 142, 143, 168, 169, 170, 171 };
                    static const int32_t wo[28] = { 96, 128, 160, 192, 320, 352, 384, 416, 544, 576, 608, 640, 768, 800, 832, 864, 992, 1024, 1056, 1088, 1216, 1248, 1280, 1312, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 22; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 28; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 84 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 3, 1, box 22 x 1: 35 tap(s) */
                {
                    static const int32_t xo[35] = { 0, 1, 2, 3, 4, 28, 29, 30, 31, 32, 56, 57, 58, 59, 60, 84, 85, 86, 87, 88, 112, 113, 114, 115, 116, 140, 141, 142, 143, 144, 168, 169, 170, 171, 172 };
                    static const int32_t wo[35] = { 64, 96, 128, 160, 192, 288, 320, 352, 384, 416, 512, 544, 576, 608, 640, 736, 768, 800, 832, 864, 960, 992, 1024, 1056, 1088, 1184, 1216, 1248, 1280, 1312, 1408, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 22; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 35; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 85 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 3, 2, box 22 x 1: 42 tap(s) */
                {
                    static const int32_t xo[42] = { 0, 1, 2, 3, 4, 5, 28, 29, 30, 31, 32, 33, 56, 57, 58, 59, 60, 61, 84, 85, 86, 87, 88, 89, 112, 113, 114, 115, 116, 117, 140, 141, 142, 143, 144, 145, 168, 169, 170, 171, 172, 173 };
                    static const int32_t wo[42] = { 32, 64, 96, 128, 160, 192, 256, 288, 320, 352, 384, 416, 480, 512, 544, 576, 608, 640, 704, 736, 768, 800, 832, 864, 928, 960, 992, 1024, 1056, 1088, 1152, 1184, 1216, 1248, 1280, 1312, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 22; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 42; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 86 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 3, 3, box 22 x 22: 49 tap(s) */
                {
                    static const int32_t xo[49] = { 0, 1, 2, 3, 4, 5, 6, 28, 29, 30, 31, 32, 33, 34, 56, 57, 58, 59, 60, 61, 62, 84, 85, 86, 87, 88, 89, 90, 112, 113, 114, 115, 116, 117, 118, 140, 141, 142, 143, 144, 145, 146, 168, 169, 170, 171, 172, 173, 174 };
                    static const int32_t wo[49] = { 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088, 1120, 1152, 1184, 1216, 1248, 1280, 1312, 1344, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (int_fast32_t u0 = 0; u0 < 22; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 20; j += 4) {
                                double acc[4][32];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 49; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 87 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 20;
                                double acc[2][32];
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 49; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 2; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 87 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 3, 25, box 22 x 1: 42 tap(s) */
                {
                    static const int32_t xo[42] = { 22, 23, 24, 25, 26, 27, 50, 51, 52, 53, 54, 55, 78, 79, 80, 81, 82, 83, 106, 107, 108, 109, 110, 111, 134, 135, 136, 137, 138, 139, 162, 163, 164, 165, 166, 167, 190, 191, 192, 193, 194, 195 };
                    static const int32_t wo[42] = { 0, 32, 64, 96, 128, 160, 224, 256, 288, 320, 352, 384, 448, 480, 512, 544, 576, 608, 672, 704, 736, 768, 800, 832, 896, 928, 960, 992, 1024, 1056, 1120, 1152, 1184, 1216, 1248, 1280, 1344, 1376, 1408, 1440, 1472, 1504 };
                    for (int_fast32_t u0 = 0; u0 < 22; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 42; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 109 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 3, 26, box 22 x 1: 35 tap(s) */
                {
                    static const int32_t xo[35] = { 23, 24, 25, 26, 27, 51, 52, 53, 54, 55, 79, 80, 81, 82, 83, 107, 108, 109, 110, 111, 135, 136, 137, 138, 139, 163, 164, 165, 166, 167, 191, 192, 193, 194, 195 };
                    static const int32_t wo[35] = { 0, 32, 64, 96, 128, 224, 256, 288, 320, 352, 448, 480, 512, 544, 576, 672, 704, 736, 768, 800, 896, 928, 960, 992, 1024, 1120, 1152, 1184, 1216, 1248, 1344, 1376, 1408, 1440, 1472 };
                    for (int_fast32_t u0 = 0; u0 < 22; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 35; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 110 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 3, 27, box 22 x 1: 28 tap(s) */
                {
                    static const int32_t xo[28] = { 24, 25, 26, 27, 52, 53, 54, 55, 80, 81, 82, 83, 108, 109, 110, 111, 136, 137, 138, 139, 164, 165, 166, 167, 192, 193, 194, 195 };
                    static const int32_t wo[28] = { 0, 32, 64, 96, 224, 256, 288, 320, 448, 480, 512, 544, 672, 704, 736, 768, 896, 928, 960, 992, 1120, 1152, 1184, 1216, 1344, 1376, 1408, 1440 };
                    for (int_fast32_t u0 = 0; u0 < 22; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 28; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 111 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 25, 0, box 1 x 1: 24 tap(s) */
                {
                    static const int32_t xo[24] = { 616, 617, 618, 619, 644, 645, 646, 647, 672, 673, 674, 675, 700, 701, 702, 703, 728, 729, 730, 731, 756, 757, 758, 759 };
                    static const int32_t wo[24] = { 96, 128, 160, 192, 320, 352, 384, 416, 544, 576, 608, 640, 768, 800, 832, 864, 992, 1024, 1056, 1088, 1216, 1248, 1280, 1312 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 700 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 25, 1, box 1 x 1: 30 tap(s) */
                {
                    static const int32_t xo[30] = { 616, 617, 618, 619, 620, 644, 645, 646, 647, 648, 672, 673, 674, 675, 676, 700, 701, 702, 703, 704, 728, 729, 730, 731, 732, 756, 757, 758, 759, 760 };
                    static const int32_t wo[30] = { 64, 96, 128, 160, 192, 288, 320, 352, 384, 416, 512, 544, 576, 608, 640, 736, 768, 800, 832, 864, 960, 992, 1024, 1056, 1088, 1184, 1216, 1248, 1280, 1312 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 701 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 25, 2, box 1 x 1: 36 tap(s) */
                {
                    static const int32_t xo[36] = { 616, 617, 618, 619, 620, 621, 644, 645, 646, 647, 648, 649, 672, 673, 674, 675, 676, 677, 700, 701, 702, 703, 704, 705, 728, 729, 730, 731, 732, 733, 756, 757, 758, 759, 760, 761 };
                    static const int32_t wo[36] = { 32, 64, 96, 128, 160, 192, 256, 288, 320, 352, 384, 416, 480, 512, 544, 576, 608, 640, 704, 736, 768, 800, 832, 864, 928, 960, 992, 1024, 1056, 1088, 1152, 1184, 1216, 1248, 1280, 1312 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 36; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 702 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 25, 3, box 1 x 22: 42 tap(s) */
                {
                    static const int32_t xo[42] = { 616, 617, 618, 619, 620, 621, 622, 644, 645, 646, 647, 648, 649, 650, 672, 673, 674, 675, 676, 677, 678, 700, 701, 702, 703, 704, 705, 706, 728, 729, 730, 731, 732, 733, 734, 756, 757, 758, 759, 760, 761, 762 };
                    static const int32_t wo[42] = { 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088, 1120, 1152, 1184, 1216, 1248, 1280, 1312 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 20; j += 4) {
                                double acc[4][32];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 42; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 703 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 20;
                                double acc[2][32];
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 42; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 2; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 703 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 25, 25, box 1 x 1: 36 tap(s) */
                {
                    static const int32_t xo[36] = { 638, 639, 640, 641, 642, 643, 666, 667, 668, 669, 670, 671, 694, 695, 696, 697, 698, 699, 722, 723, 724, 725, 726, 727, 750, 751, 752, 753, 754, 755, 778, 779, 780, 781, 782, 783 };
                    static const int32_t wo[36] = { 0, 32, 64, 96, 128, 160, 224, 256, 288, 320, 352, 384, 448, 480, 512, 544, 576, 608, 672, 704, 736, 768, 800, 832, 896, 928, 960, 992, 1024, 1056, 1120, 1152, 1184, 1216, 1248, 1280 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 36; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 725 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 25, 26, box 1 x 1: 30 tap(s) */
                {
                    static const int32_t xo[30] = { 639, 640, 641, 642, 643, 667, 668, 669, 670, 671, 695, 696, 697, 698, 699, 723, 724, 725, 726, 727, 751, 752, 753, 754, 755, 779, 780, 781, 782, 783 };
                    static const int32_t wo[30] = { 0, 32, 64, 96, 128, 224, 256, 288, 320, 352, 448, 480, 512, 544, 576, 672, 704, 736, 768, 800, 896, 928, 960, 992, 1024, 1120, 1152, 1184, 1216, 1248 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 726 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 25, 27, box 1 x 1: 24 tap(s) */
                {
                    static const int32_t xo[24] = { 640, 641, 642, 643, 668, 669, 670, 671, 696, 697, 698, 699, 724, 725, 726, 727, 752, 753, 754, 755, 780, 781, 782, 783 };
                    static const int32_t wo[24] = { 0, 32, 64, 96, 224, 256, 288, 320, 448, 480, 512, 544, 672, 704, 736, 768, 896, 928, 960, 992, 1120, 1152, 1184, 1216 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 727 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 26, 0, box 1 x 1: 20 tap(s) */
                {
                    static const int32_t xo[20] = { 644, 645, 646, 647, 672, 673, 674, 675, 700, 701, 702, 703, 728, 729, 730, 731, 756, 757, 758, 759 };
                    static const int32_t wo[20] = { 96, 128, 160, 192, 320, 352, 384, 416, 544, 576, 608, 640, 768, 800, 832, 864, 992, 1024, 1056, 1088 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 728 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 26, 1, box 1 x 1: 25 tap(s) */
                {
                    static const int32_t xo[25] = { 644, 645, 646, 647, 648, 672, 673, 674, 675, 676, 700, 701, 702, 703, 704, 728, 729, 730, 731, 732, 756, 757, 758, 759, 760 };
                    static const int32_t wo[25] = { 64, 96, 128, 160, 192, 288, 320, 352, 384, 416, 512, 544, 576, 608, 640, 736, 768, 800, 832, 864, 960, 992, 1024, 1056, 1088 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 25; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 729 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 26, 2, box 1 x 1: 30 tap(s) */
                {
                    static const int32_t xo[30] = { 644, 645, 646, 647, 648, 649, 672, 673, 674, 675, 676, 677, 700, 701, 702, 703, 704, 705, 728, 729, 730, 731, 732, 733, 756, 757, 758, 759, 760, 761 };
                    static const int32_t wo[30] = { 32, 64, 96, 128, 160, 192, 256, 288, 320, 352, 384, 416, 480, 512, 544, 576, 608, 640, 704, 736, 768, 800, 832, 864, 928, 960, 992, 1024, 1056, 1088 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 730 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 26, 3, box 1 x 22: 35 tap(s) */
                {
                    static const int32_t xo[35] = { 644, 645, 646, 647, 648, 649, 650, 672, 673, 674, 675, 676, 677, 678, 700, 701, 702, 703, 704, 705, 706, 728, 729, 730, 731, 732, 733, 734, 756, 757, 758, 759, 760, 761, 762 };
                    static const int32_t wo[35] = { 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 20; j += 4) {
                                double acc[4][32];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 35; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 731 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 20;
                                double acc[2][32];
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 35; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 2; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 731 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 26, 25, box 1 x 1: 30 tap(s) */
                {
                    static const int32_t xo[30] = { 666, 667, 668, 669, 670, 671, 694, 695, 696, 697, 698, 699, 722, 723, 724, 725, 726, 727, 750, 751, 752, 753, 754, 755, 778, 779, 780, 781, 782, 783 };
                    static const int32_t wo[30] = { 0, 32, 64, 96, 128, 160, 224, 256, 288, 320, 352, 384, 448, 480, 512, 544, 576, 608, 672, 704, 736, 768, 800, 832, 896, 928, 960, 992, 1024, 1056 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 753 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 26, 26, box 1 x 1: 25 tap(s) */
                {
                    static const int32_t xo[25] = { 667, 668, 669, 670, 671, 695, 696, 697, 698, 699, 723, 724, 725, 726, 727, 751, 752, 753, 754, 755, 779, 780, 781, 782, 783 };
                    static const int32_t wo[25] = { 0, 32, 64, 96, 128, 224, 256, 288, 320, 352, 448, 480, 512, 544, 576, 672, 704, 736, 768, 800, 896, 928, 960, 992, 1024 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 25; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 754 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 26, 27, box 1 x 1: 20 tap(s) */
                {
                    static const int32_t xo[20] = { 668, 669, 670, 671, 696, 697, 698, 699, 724, 725, 726, 727, 752, 753, 754, 755, 780, 781, 782, 783 };
                    static const int32_t wo[20] = { 0, 32, 64, 96, 224, 256, 288, 320, 448, 480, 512, 544, 672, 704, 736, 768, 896, 928, 960, 992 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 755 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 27, 0, box 1 x 1: 16 tap(s) */
                {
                    static const int32_t xo[16] = { 672, 673, 674, 675, 700, 701, 702, 703, 728, 729, 730, 731, 756, 757, 758, 759 };
                    static const int32_t wo[16] = { 96, 128, 160, 192, 320, 352, 384, 416, 544, 576, 608, 640, 768, 800, 832, 864 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 16; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 756 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 27, 1, box 1 x 1: 20 tap(s) */
                {
                    static const int32_t xo[20] = { 672, 673, 674, 675, 676, 700, 701, 702, 703, 704, 728, 729, 730, 731, 732, 756, 757, 758, 759, 760 };
                    static const int32_t wo[20] = { 64, 96, 128, 160, 192, 288, 320, 352, 384, 416, 512, 544, 576, 608, 640, 736, 768, 800, 832, 864 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 757 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 27, 2, box 1 x 1: 24 tap(s) */
                {
                    static const int32_t xo[24] = { 672, 673, 674, 675, 676, 677, 700, 701, 702, 703, 704, 705, 728, 729, 730, 731, 732, 733, 756, 757, 758, 759, 760, 761 };
                    static const int32_t wo[24] = { 32, 64, 96, 128, 160, 192, 256, 288, 320, 352, 384, 416, 480, 512, 544, 576, 608, 640, 704, 736, 768, 800, 832, 864 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 758 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 27, 3, box 1 x 22: 28 tap(s) */
                {
                    static const int32_t xo[28] = { 672, 673, 674, 675, 676, 677, 678, 700, 701, 702, 703, 704, 705, 706, 728, 729, 730, 731, 732, 733, 734, 756, 757, 758, 759, 760, 761, 762 };
                    static const int32_t wo[28] = { 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 20; j += 4) {
                                double acc[4][32];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 28; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 759 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 20;
                                double acc[2][32];
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 28; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 2; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 759 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 27, 25, box 1 x 1: 24 tap(s) */
                {
                    static const int32_t xo[24] = { 694, 695, 696, 697, 698, 699, 722, 723, 724, 725, 726, 727, 750, 751, 752, 753, 754, 755, 778, 779, 780, 781, 782, 783 };
                    static const int32_t wo[24] = { 0, 32, 64, 96, 128, 160, 224, 256, 288, 320, 352, 384, 448, 480, 512, 544, 576, 608, 672, 704, 736, 768, 800, 832 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 781 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 27, 26, box 1 x 1: 20 tap(s) */
                {
                    static const int32_t xo[20] = { 695, 696, 697, 698, 699, 723, 724, 725, 726, 727, 751, 752, 753, 754, 755, 779, 780, 781, 782, 783 };
                    static const int32_t wo[20] = { 0, 32, 64, 96, 128, 224, 256, 288, 320, 352, 448, 480, 512, 544, 576, 672, 704, 736, 768, 800 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 782 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 27, 27, box 1 x 1: 16 tap(s) */
                {
                    static const int32_t xo[16] = { 696, 697, 698, 699, 724, 725, 726, 727, 752, 753, 754, 755, 780, 781, 782, 783 };
                    static const int32_t wo[16] = { 0, 32, 64, 96, 224, 256, 288, 320, 448, 480, 512, 544, 672, 704, 736, 768 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 16; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 1; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 784 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 784 + 783 + u0 * 28 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
            }
        }
    }
}
