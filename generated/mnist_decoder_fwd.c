/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:d978cea8225f50af57da53cc04102ba26b5d0770aeb832443290a0bdeddf0654
 */

/*
 * forward kernel, polyphase: 1 output phase(s), 49 tap blocks. Each block is one
 * kernel tap: for every channel pair of a group (1 group(s), 1 x 32 channels) a box of
 * the output accumulates the tap times a box of the input. Box bounds are exact, so no inserted
 * or padding zero is ever multiplied; all bounds are compile-time constants; no heap allocation.
 *   x: n x 32 x 28 x 28, C order
 *   w: 32 x 1 x 7 x 7, C order (PyTorch weight layout)
 *   y: n x 1 x 28 x 28, C order
 */
void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
{
    /*
     * Each output phase plane is cut into regions on which the set of valid taps is constant
     * (49 regions). An output element of a region is one complete sum over the
     * region's taps and the 32 input channels of its group, kept in registers and stored once:
     * spatial-vectorised register tiles of 1 output channels x 32 positions, weights packed
     * (1,568 elements on the stack).
     */
    for (long g = 0; g < 1; ++g) {
        /* phase 0, 0: 49 region(s), taps 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48 */
        for (long a0 = 0; a0 < 1; a0 += 1) {
            double wk[1568];  /* [tap][in channel][out channel] */
            {
                static const long taps[49] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48 };
                for (long t = 0; t < 49; ++t)
                    for (long c = 0; c < 32; ++c)
                        for (long q = 0; q < 1; ++q)
                            wk[(t * 32 + c) * 1 + q] = w[g * 1568 + (a0 + q) * 49 + c * 49 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = x + b * 25088L + g * 25088;
                double *restrict yb = y + b * 784L + (g * 1 + a0) * 784;
                /* region at 0, 0, box 1 x 1: 16 tap(s) */
                {
                    static const long xo[16] = { 87, 86, 85, 84, 59, 58, 57, 56, 31, 30, 29, 28, 3, 2, 1, 0 };
                    static const long wo[16] = { 0, 32, 64, 96, 224, 256, 288, 320, 448, 480, 512, 544, 672, 704, 736, 768 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 16; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 0 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 0, 1, box 1 x 1: 20 tap(s) */
                {
                    static const long xo[20] = { 88, 87, 86, 85, 84, 60, 59, 58, 57, 56, 32, 31, 30, 29, 28, 4, 3, 2, 1, 0 };
                    static const long wo[20] = { 0, 32, 64, 96, 128, 224, 256, 288, 320, 352, 448, 480, 512, 544, 576, 672, 704, 736, 768, 800 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 1 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 0, 2, box 1 x 1: 24 tap(s) */
                {
                    static const long xo[24] = { 89, 88, 87, 86, 85, 84, 61, 60, 59, 58, 57, 56, 33, 32, 31, 30, 29, 28, 5, 4, 3, 2, 1, 0 };
                    static const long wo[24] = { 0, 32, 64, 96, 128, 160, 224, 256, 288, 320, 352, 384, 448, 480, 512, 544, 576, 608, 672, 704, 736, 768, 800, 832 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 2 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 0, 3, box 1 x 22: 28 tap(s) */
                {
                    static const long xo[28] = { 90, 89, 88, 87, 86, 85, 84, 62, 61, 60, 59, 58, 57, 56, 34, 33, 32, 31, 30, 29, 28, 6, 5, 4, 3, 2, 1, 0 };
                    static const long wo[28] = { 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][22];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 22; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 28; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 22; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 22; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 3 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 0, 25, box 1 x 1: 24 tap(s) */
                {
                    static const long xo[24] = { 111, 110, 109, 108, 107, 106, 83, 82, 81, 80, 79, 78, 55, 54, 53, 52, 51, 50, 27, 26, 25, 24, 23, 22 };
                    static const long wo[24] = { 32, 64, 96, 128, 160, 192, 256, 288, 320, 352, 384, 416, 480, 512, 544, 576, 608, 640, 704, 736, 768, 800, 832, 864 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 25 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 0, 26, box 1 x 1: 20 tap(s) */
                {
                    static const long xo[20] = { 111, 110, 109, 108, 107, 83, 82, 81, 80, 79, 55, 54, 53, 52, 51, 27, 26, 25, 24, 23 };
                    static const long wo[20] = { 64, 96, 128, 160, 192, 288, 320, 352, 384, 416, 512, 544, 576, 608, 640, 736, 768, 800, 832, 864 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 26 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 0, 27, box 1 x 1: 16 tap(s) */
                {
                    static const long xo[16] = { 111, 110, 109, 108, 83, 82, 81, 80, 55, 54, 53, 52, 27, 26, 25, 24 };
                    static const long wo[16] = { 96, 128, 160, 192, 320, 352, 384, 416, 544, 576, 608, 640, 768, 800, 832, 864 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 16; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 27 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 1, 0, box 1 x 1: 20 tap(s) */
                {
                    static const long xo[20] = { 115, 114, 113, 112, 87, 86, 85, 84, 59, 58, 57, 56, 31, 30, 29, 28, 3, 2, 1, 0 };
                    static const long wo[20] = { 0, 32, 64, 96, 224, 256, 288, 320, 448, 480, 512, 544, 672, 704, 736, 768, 896, 928, 960, 992 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 28 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 1, 1, box 1 x 1: 25 tap(s) */
                {
                    static const long xo[25] = { 116, 115, 114, 113, 112, 88, 87, 86, 85, 84, 60, 59, 58, 57, 56, 32, 31, 30, 29, 28, 4, 3, 2, 1, 0 };
                    static const long wo[25] = { 0, 32, 64, 96, 128, 224, 256, 288, 320, 352, 448, 480, 512, 544, 576, 672, 704, 736, 768, 800, 896, 928, 960, 992, 1024 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 25; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 29 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 1, 2, box 1 x 1: 30 tap(s) */
                {
                    static const long xo[30] = { 117, 116, 115, 114, 113, 112, 89, 88, 87, 86, 85, 84, 61, 60, 59, 58, 57, 56, 33, 32, 31, 30, 29, 28, 5, 4, 3, 2, 1, 0 };
                    static const long wo[30] = { 0, 32, 64, 96, 128, 160, 224, 256, 288, 320, 352, 384, 448, 480, 512, 544, 576, 608, 672, 704, 736, 768, 800, 832, 896, 928, 960, 992, 1024, 1056 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 30 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 1, 3, box 1 x 22: 35 tap(s) */
                {
                    static const long xo[35] = { 118, 117, 116, 115, 114, 113, 112, 90, 89, 88, 87, 86, 85, 84, 62, 61, 60, 59, 58, 57, 56, 34, 33, 32, 31, 30, 29, 28, 6, 5, 4, 3, 2, 1, 0 };
                    static const long wo[35] = { 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][22];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 22; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 35; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 22; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 22; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 31 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 1, 25, box 1 x 1: 30 tap(s) */
                {
                    static const long xo[30] = { 139, 138, 137, 136, 135, 134, 111, 110, 109, 108, 107, 106, 83, 82, 81, 80, 79, 78, 55, 54, 53, 52, 51, 50, 27, 26, 25, 24, 23, 22 };
                    static const long wo[30] = { 32, 64, 96, 128, 160, 192, 256, 288, 320, 352, 384, 416, 480, 512, 544, 576, 608, 640, 704, 736, 768, 800, 832, 864, 928, 960, 992, 1024, 1056, 1088 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 53 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 1, 26, box 1 x 1: 25 tap(s) */
                {
                    static const long xo[25] = { 139, 138, 137, 136, 135, 111, 110, 109, 108, 107, 83, 82, 81, 80, 79, 55, 54, 53, 52, 51, 27, 26, 25, 24, 23 };
                    static const long wo[25] = { 64, 96, 128, 160, 192, 288, 320, 352, 384, 416, 512, 544, 576, 608, 640, 736, 768, 800, 832, 864, 960, 992, 1024, 1056, 1088 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 25; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 54 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 1, 27, box 1 x 1: 20 tap(s) */
                {
                    static const long xo[20] = { 139, 138, 137, 136, 111, 110, 109, 108, 83, 82, 81, 80, 55, 54, 53, 52, 27, 26, 25, 24 };
                    static const long wo[20] = { 96, 128, 160, 192, 320, 352, 384, 416, 544, 576, 608, 640, 768, 800, 832, 864, 992, 1024, 1056, 1088 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 55 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 2, 0, box 1 x 1: 24 tap(s) */
                {
                    static const long xo[24] = { 143, 142, 141, 140, 115, 114, 113, 112, 87, 86, 85, 84, 59, 58, 57, 56, 31, 30, 29, 28, 3, 2, 1, 0 };
                    static const long wo[24] = { 0, 32, 64, 96, 224, 256, 288, 320, 448, 480, 512, 544, 672, 704, 736, 768, 896, 928, 960, 992, 1120, 1152, 1184, 1216 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 56 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 2, 1, box 1 x 1: 30 tap(s) */
                {
                    static const long xo[30] = { 144, 143, 142, 141, 140, 116, 115, 114, 113, 112, 88, 87, 86, 85, 84, 60, 59, 58, 57, 56, 32, 31, 30, 29, 28, 4, 3, 2, 1, 0 };
                    static const long wo[30] = { 0, 32, 64, 96, 128, 224, 256, 288, 320, 352, 448, 480, 512, 544, 576, 672, 704, 736, 768, 800, 896, 928, 960, 992, 1024, 1120, 1152, 1184, 1216, 1248 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 57 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 2, 2, box 1 x 1: 36 tap(s) */
                {
                    static const long xo[36] = { 145, 144, 143, 142, 141, 140, 117, 116, 115, 114, 113, 112, 89, 88, 87, 86, 85, 84, 61, 60, 59, 58, 57, 56, 33, 32, 31, 30, 29, 28, 5, 4, 3, 2, 1, 0 };
                    static const long wo[36] = { 0, 32, 64, 96, 128, 160, 224, 256, 288, 320, 352, 384, 448, 480, 512, 544, 576, 608, 672, 704, 736, 768, 800, 832, 896, 928, 960, 992, 1024, 1056, 1120, 1152, 1184, 1216, 1248, 1280 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 36; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 58 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 2, 3, box 1 x 22: 42 tap(s) */
                {
                    static const long xo[42] = { 146, 145, 144, 143, 142, 141, 140, 118, 117, 116, 115, 114, 113, 112, 90, 89, 88, 87, 86, 85, 84, 62, 61, 60, 59, 58, 57, 56, 34, 33, 32, 31, 30, 29, 28, 6, 5, 4, 3, 2, 1, 0 };
                    static const long wo[42] = { 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088, 1120, 1152, 1184, 1216, 1248, 1280, 1312 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][22];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 22; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 42; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 22; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 22; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 59 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 2, 25, box 1 x 1: 36 tap(s) */
                {
                    static const long xo[36] = { 167, 166, 165, 164, 163, 162, 139, 138, 137, 136, 135, 134, 111, 110, 109, 108, 107, 106, 83, 82, 81, 80, 79, 78, 55, 54, 53, 52, 51, 50, 27, 26, 25, 24, 23, 22 };
                    static const long wo[36] = { 32, 64, 96, 128, 160, 192, 256, 288, 320, 352, 384, 416, 480, 512, 544, 576, 608, 640, 704, 736, 768, 800, 832, 864, 928, 960, 992, 1024, 1056, 1088, 1152, 1184, 1216, 1248, 1280, 1312 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 36; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 81 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 2, 26, box 1 x 1: 30 tap(s) */
                {
                    static const long xo[30] = { 167, 166, 165, 164, 163, 139, 138, 137, 136, 135, 111, 110, 109, 108, 107, 83, 82, 81, 80, 79, 55, 54, 53, 52, 51, 27, 26, 25, 24, 23 };
                    static const long wo[30] = { 64, 96, 128, 160, 192, 288, 320, 352, 384, 416, 512, 544, 576, 608, 640, 736, 768, 800, 832, 864, 960, 992, 1024, 1056, 1088, 1184, 1216, 1248, 1280, 1312 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 82 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 2, 27, box 1 x 1: 24 tap(s) */
                {
                    static const long xo[24] = { 167, 166, 165, 164, 139, 138, 137, 136, 111, 110, 109, 108, 83, 82, 81, 80, 55, 54, 53, 52, 27, 26, 25, 24 };
                    static const long wo[24] = { 96, 128, 160, 192, 320, 352, 384, 416, 544, 576, 608, 640, 768, 800, 832, 864, 992, 1024, 1056, 1088, 1216, 1248, 1280, 1312 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 83 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 3, 0, box 22 x 1: 28 tap(s) */
                {
                    static const long xo[28] = { 171, 170, 169, 168, 143, 142, 141, 140, 115, 114, 113, 112, 87, 86, 85, 84, 59, 58, 57, 56, 31, 30, 29, 28, 3, 2, 1, 0 };
                    static const long wo[28] = { 0, 32, 64, 96, 224, 256, 288, 320, 448, 480, 512, 544, 672, 704, 736, 768, 896, 928, 960, 992, 1120, 1152, 1184, 1216, 1344, 1376, 1408, 1440 };
                    for (long u0 = 0; u0 < 22; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 28; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 84 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 3, 1, box 22 x 1: 35 tap(s) */
                {
                    static const long xo[35] = { 172, 171, 170, 169, 168, 144, 143, 142, 141, 140, 116, 115, 114, 113, 112, 88, 87, 86, 85, 84, 60, 59, 58, 57, 56, 32, 31, 30, 29, 28, 4, 3, 2, 1, 0 };
                    static const long wo[35] = { 0, 32, 64, 96, 128, 224, 256, 288, 320, 352, 448, 480, 512, 544, 576, 672, 704, 736, 768, 800, 896, 928, 960, 992, 1024, 1120, 1152, 1184, 1216, 1248, 1344, 1376, 1408, 1440, 1472 };
                    for (long u0 = 0; u0 < 22; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 35; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 85 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 3, 2, box 22 x 1: 42 tap(s) */
                {
                    static const long xo[42] = { 173, 172, 171, 170, 169, 168, 145, 144, 143, 142, 141, 140, 117, 116, 115, 114, 113, 112, 89, 88, 87, 86, 85, 84, 61, 60, 59, 58, 57, 56, 33, 32, 31, 30, 29, 28, 5, 4, 3, 2, 1, 0 };
                    static const long wo[42] = { 0, 32, 64, 96, 128, 160, 224, 256, 288, 320, 352, 384, 448, 480, 512, 544, 576, 608, 672, 704, 736, 768, 800, 832, 896, 928, 960, 992, 1024, 1056, 1120, 1152, 1184, 1216, 1248, 1280, 1344, 1376, 1408, 1440, 1472, 1504 };
                    for (long u0 = 0; u0 < 22; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 42; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 86 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 3, 3, box 22 x 22: 49 tap(s) */
                {
                    static const long xo[49] = { 174, 173, 172, 171, 170, 169, 168, 146, 145, 144, 143, 142, 141, 140, 118, 117, 116, 115, 114, 113, 112, 90, 89, 88, 87, 86, 85, 84, 62, 61, 60, 59, 58, 57, 56, 34, 33, 32, 31, 30, 29, 28, 6, 5, 4, 3, 2, 1, 0 };
                    static const long wo[49] = { 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088, 1120, 1152, 1184, 1216, 1248, 1280, 1312, 1344, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 22; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][22];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 22; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 49; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 22; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 22; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 87 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 3, 25, box 22 x 1: 42 tap(s) */
                {
                    static const long xo[42] = { 195, 194, 193, 192, 191, 190, 167, 166, 165, 164, 163, 162, 139, 138, 137, 136, 135, 134, 111, 110, 109, 108, 107, 106, 83, 82, 81, 80, 79, 78, 55, 54, 53, 52, 51, 50, 27, 26, 25, 24, 23, 22 };
                    static const long wo[42] = { 32, 64, 96, 128, 160, 192, 256, 288, 320, 352, 384, 416, 480, 512, 544, 576, 608, 640, 704, 736, 768, 800, 832, 864, 928, 960, 992, 1024, 1056, 1088, 1152, 1184, 1216, 1248, 1280, 1312, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 22; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 42; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 109 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 3, 26, box 22 x 1: 35 tap(s) */
                {
                    static const long xo[35] = { 195, 194, 193, 192, 191, 167, 166, 165, 164, 163, 139, 138, 137, 136, 135, 111, 110, 109, 108, 107, 83, 82, 81, 80, 79, 55, 54, 53, 52, 51, 27, 26, 25, 24, 23 };
                    static const long wo[35] = { 64, 96, 128, 160, 192, 288, 320, 352, 384, 416, 512, 544, 576, 608, 640, 736, 768, 800, 832, 864, 960, 992, 1024, 1056, 1088, 1184, 1216, 1248, 1280, 1312, 1408, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 22; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 35; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 110 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 3, 27, box 22 x 1: 28 tap(s) */
                {
                    static const long xo[28] = { 195, 194, 193, 192, 167, 166, 165, 164, 139, 138, 137, 136, 111, 110, 109, 108, 83, 82, 81, 80, 55, 54, 53, 52, 27, 26, 25, 24 };
                    static const long wo[28] = { 96, 128, 160, 192, 320, 352, 384, 416, 544, 576, 608, 640, 768, 800, 832, 864, 992, 1024, 1056, 1088, 1216, 1248, 1280, 1312, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 22; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 28; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 111 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 25, 0, box 1 x 1: 24 tap(s) */
                {
                    static const long xo[24] = { 759, 758, 757, 756, 731, 730, 729, 728, 703, 702, 701, 700, 675, 674, 673, 672, 647, 646, 645, 644, 619, 618, 617, 616 };
                    static const long wo[24] = { 224, 256, 288, 320, 448, 480, 512, 544, 672, 704, 736, 768, 896, 928, 960, 992, 1120, 1152, 1184, 1216, 1344, 1376, 1408, 1440 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 700 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 25, 1, box 1 x 1: 30 tap(s) */
                {
                    static const long xo[30] = { 760, 759, 758, 757, 756, 732, 731, 730, 729, 728, 704, 703, 702, 701, 700, 676, 675, 674, 673, 672, 648, 647, 646, 645, 644, 620, 619, 618, 617, 616 };
                    static const long wo[30] = { 224, 256, 288, 320, 352, 448, 480, 512, 544, 576, 672, 704, 736, 768, 800, 896, 928, 960, 992, 1024, 1120, 1152, 1184, 1216, 1248, 1344, 1376, 1408, 1440, 1472 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 701 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 25, 2, box 1 x 1: 36 tap(s) */
                {
                    static const long xo[36] = { 761, 760, 759, 758, 757, 756, 733, 732, 731, 730, 729, 728, 705, 704, 703, 702, 701, 700, 677, 676, 675, 674, 673, 672, 649, 648, 647, 646, 645, 644, 621, 620, 619, 618, 617, 616 };
                    static const long wo[36] = { 224, 256, 288, 320, 352, 384, 448, 480, 512, 544, 576, 608, 672, 704, 736, 768, 800, 832, 896, 928, 960, 992, 1024, 1056, 1120, 1152, 1184, 1216, 1248, 1280, 1344, 1376, 1408, 1440, 1472, 1504 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 36; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 702 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 25, 3, box 1 x 22: 42 tap(s) */
                {
                    static const long xo[42] = { 762, 761, 760, 759, 758, 757, 756, 734, 733, 732, 731, 730, 729, 728, 706, 705, 704, 703, 702, 701, 700, 678, 677, 676, 675, 674, 673, 672, 650, 649, 648, 647, 646, 645, 644, 622, 621, 620, 619, 618, 617, 616 };
                    static const long wo[42] = { 224, 256, 288, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088, 1120, 1152, 1184, 1216, 1248, 1280, 1312, 1344, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][22];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 22; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 42; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 22; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 22; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 703 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 25, 25, box 1 x 1: 36 tap(s) */
                {
                    static const long xo[36] = { 783, 782, 781, 780, 779, 778, 755, 754, 753, 752, 751, 750, 727, 726, 725, 724, 723, 722, 699, 698, 697, 696, 695, 694, 671, 670, 669, 668, 667, 666, 643, 642, 641, 640, 639, 638 };
                    static const long wo[36] = { 256, 288, 320, 352, 384, 416, 480, 512, 544, 576, 608, 640, 704, 736, 768, 800, 832, 864, 928, 960, 992, 1024, 1056, 1088, 1152, 1184, 1216, 1248, 1280, 1312, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 36; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 725 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 25, 26, box 1 x 1: 30 tap(s) */
                {
                    static const long xo[30] = { 783, 782, 781, 780, 779, 755, 754, 753, 752, 751, 727, 726, 725, 724, 723, 699, 698, 697, 696, 695, 671, 670, 669, 668, 667, 643, 642, 641, 640, 639 };
                    static const long wo[30] = { 288, 320, 352, 384, 416, 512, 544, 576, 608, 640, 736, 768, 800, 832, 864, 960, 992, 1024, 1056, 1088, 1184, 1216, 1248, 1280, 1312, 1408, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 726 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 25, 27, box 1 x 1: 24 tap(s) */
                {
                    static const long xo[24] = { 783, 782, 781, 780, 755, 754, 753, 752, 727, 726, 725, 724, 699, 698, 697, 696, 671, 670, 669, 668, 643, 642, 641, 640 };
                    static const long wo[24] = { 320, 352, 384, 416, 544, 576, 608, 640, 768, 800, 832, 864, 992, 1024, 1056, 1088, 1216, 1248, 1280, 1312, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 727 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 26, 0, box 1 x 1: 20 tap(s) */
                {
                    static const long xo[20] = { 759, 758, 757, 756, 731, 730, 729, 728, 703, 702, 701, 700, 675, 674, 673, 672, 647, 646, 645, 644 };
                    static const long wo[20] = { 448, 480, 512, 544, 672, 704, 736, 768, 896, 928, 960, 992, 1120, 1152, 1184, 1216, 1344, 1376, 1408, 1440 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 728 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 26, 1, box 1 x 1: 25 tap(s) */
                {
                    static const long xo[25] = { 760, 759, 758, 757, 756, 732, 731, 730, 729, 728, 704, 703, 702, 701, 700, 676, 675, 674, 673, 672, 648, 647, 646, 645, 644 };
                    static const long wo[25] = { 448, 480, 512, 544, 576, 672, 704, 736, 768, 800, 896, 928, 960, 992, 1024, 1120, 1152, 1184, 1216, 1248, 1344, 1376, 1408, 1440, 1472 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 25; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 729 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 26, 2, box 1 x 1: 30 tap(s) */
                {
                    static const long xo[30] = { 761, 760, 759, 758, 757, 756, 733, 732, 731, 730, 729, 728, 705, 704, 703, 702, 701, 700, 677, 676, 675, 674, 673, 672, 649, 648, 647, 646, 645, 644 };
                    static const long wo[30] = { 448, 480, 512, 544, 576, 608, 672, 704, 736, 768, 800, 832, 896, 928, 960, 992, 1024, 1056, 1120, 1152, 1184, 1216, 1248, 1280, 1344, 1376, 1408, 1440, 1472, 1504 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 730 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 26, 3, box 1 x 22: 35 tap(s) */
                {
                    static const long xo[35] = { 762, 761, 760, 759, 758, 757, 756, 734, 733, 732, 731, 730, 729, 728, 706, 705, 704, 703, 702, 701, 700, 678, 677, 676, 675, 674, 673, 672, 650, 649, 648, 647, 646, 645, 644 };
                    static const long wo[35] = { 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088, 1120, 1152, 1184, 1216, 1248, 1280, 1312, 1344, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][22];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 22; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 35; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 22; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 22; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 731 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 26, 25, box 1 x 1: 30 tap(s) */
                {
                    static const long xo[30] = { 783, 782, 781, 780, 779, 778, 755, 754, 753, 752, 751, 750, 727, 726, 725, 724, 723, 722, 699, 698, 697, 696, 695, 694, 671, 670, 669, 668, 667, 666 };
                    static const long wo[30] = { 480, 512, 544, 576, 608, 640, 704, 736, 768, 800, 832, 864, 928, 960, 992, 1024, 1056, 1088, 1152, 1184, 1216, 1248, 1280, 1312, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 30; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 753 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 26, 26, box 1 x 1: 25 tap(s) */
                {
                    static const long xo[25] = { 783, 782, 781, 780, 779, 755, 754, 753, 752, 751, 727, 726, 725, 724, 723, 699, 698, 697, 696, 695, 671, 670, 669, 668, 667 };
                    static const long wo[25] = { 512, 544, 576, 608, 640, 736, 768, 800, 832, 864, 960, 992, 1024, 1056, 1088, 1184, 1216, 1248, 1280, 1312, 1408, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 25; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 754 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 26, 27, box 1 x 1: 20 tap(s) */
                {
                    static const long xo[20] = { 783, 782, 781, 780, 755, 754, 753, 752, 727, 726, 725, 724, 699, 698, 697, 696, 671, 670, 669, 668 };
                    static const long wo[20] = { 544, 576, 608, 640, 768, 800, 832, 864, 992, 1024, 1056, 1088, 1216, 1248, 1280, 1312, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 755 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 27, 0, box 1 x 1: 16 tap(s) */
                {
                    static const long xo[16] = { 759, 758, 757, 756, 731, 730, 729, 728, 703, 702, 701, 700, 675, 674, 673, 672 };
                    static const long wo[16] = { 672, 704, 736, 768, 896, 928, 960, 992, 1120, 1152, 1184, 1216, 1344, 1376, 1408, 1440 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 16; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 756 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 27, 1, box 1 x 1: 20 tap(s) */
                {
                    static const long xo[20] = { 760, 759, 758, 757, 756, 732, 731, 730, 729, 728, 704, 703, 702, 701, 700, 676, 675, 674, 673, 672 };
                    static const long wo[20] = { 672, 704, 736, 768, 800, 896, 928, 960, 992, 1024, 1120, 1152, 1184, 1216, 1248, 1344, 1376, 1408, 1440, 1472 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 757 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 27, 2, box 1 x 1: 24 tap(s) */
                {
                    static const long xo[24] = { 761, 760, 759, 758, 757, 756, 733, 732, 731, 730, 729, 728, 705, 704, 703, 702, 701, 700, 677, 676, 675, 674, 673, 672 };
                    static const long wo[24] = { 672, 704, 736, 768, 800, 832, 896, 928, 960, 992, 1024, 1056, 1120, 1152, 1184, 1216, 1248, 1280, 1344, 1376, 1408, 1440, 1472, 1504 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 758 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 27, 3, box 1 x 22: 28 tap(s) */
                {
                    static const long xo[28] = { 762, 761, 760, 759, 758, 757, 756, 734, 733, 732, 731, 730, 729, 728, 706, 705, 704, 703, 702, 701, 700, 678, 677, 676, 675, 674, 673, 672 };
                    static const long wo[28] = { 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088, 1120, 1152, 1184, 1216, 1248, 1280, 1312, 1344, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][22];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 22; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 28; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 22; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 22; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 759 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 27, 25, box 1 x 1: 24 tap(s) */
                {
                    static const long xo[24] = { 783, 782, 781, 780, 779, 778, 755, 754, 753, 752, 751, 750, 727, 726, 725, 724, 723, 722, 699, 698, 697, 696, 695, 694 };
                    static const long wo[24] = { 704, 736, 768, 800, 832, 864, 928, 960, 992, 1024, 1056, 1088, 1152, 1184, 1216, 1248, 1280, 1312, 1376, 1408, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 24; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 781 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 27, 26, box 1 x 1: 20 tap(s) */
                {
                    static const long xo[20] = { 783, 782, 781, 780, 779, 755, 754, 753, 752, 751, 727, 726, 725, 724, 723, 699, 698, 697, 696, 695 };
                    static const long wo[20] = { 736, 768, 800, 832, 864, 960, 992, 1024, 1056, 1088, 1184, 1216, 1248, 1280, 1312, 1408, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 20; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 782 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 27, 27, box 1 x 1: 16 tap(s) */
                {
                    static const long xo[16] = { 783, 782, 781, 780, 755, 754, 753, 752, 727, 726, 725, 724, 699, 698, 697, 696 };
                    static const long wo[16] = { 768, 800, 832, 864, 992, 1024, 1056, 1088, 1216, 1248, 1280, 1312, 1440, 1472, 1504, 1536 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][1];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 1; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 16; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 28 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = 0; p < 1; ++p)
                                                acc[q][p] += wv * xp[c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 1; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 783 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
            }
        }
    }
}
