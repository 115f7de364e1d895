/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:92bfe6eb20c5f6f173d1793dd67379ca8024f5d398f74e0129a7c991121e5901
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
     * (7 regions). An output element of a region is one complete sum over the
     * region's taps and the 32 input channels of its group, kept in registers and stored once:
     * spatial-vectorised register tiles of 1 output channels x 32 positions, weights packed
     * (1,568 elements on the stack).
     */
    for (long g = 0; g < 1; ++g) {
        /* phase 0, 0: 7 region(s), taps 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48 */
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
                /* region at 0, 0, box 1 x 28: 28 tap(s) */
                {
                    static const long xo[28] = { 87, 86, 85, 84, 83, 82, 81, 59, 58, 57, 56, 55, 54, 53, 31, 30, 29, 28, 27, 26, 25, 3, 2, 1, 0, -1, -2, -3 };
                    static const long wo[28] = { 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864 };
                    /* each tap reaches the row positions [lo, hi) only */
                    static const long lo[28] = { 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3 };
                    static const long hi[28] = { 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][28];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 28; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 28; ++t) {
                                    const long p0 = lo[t] > j ? lo[t] - j : 0;
                                    const long p1 = hi[t] - j < 28 ? hi[t] - j : 28;
                                    const long xt = xo[t] + u0 * 28 + j * 1;  /* may be < 0: only xt + p for p0 <= p < p1 is read */
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = p0; p < p1; ++p)
                                                acc[q][p] += wv * xb[xt + c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 28; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 0 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 1, 0, box 1 x 28: 35 tap(s) */
                {
                    static const long xo[35] = { 115, 114, 113, 112, 111, 110, 109, 87, 86, 85, 84, 83, 82, 81, 59, 58, 57, 56, 55, 54, 53, 31, 30, 29, 28, 27, 26, 25, 3, 2, 1, 0, -1, -2, -3 };
                    static const long wo[35] = { 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088 };
                    /* each tap reaches the row positions [lo, hi) only */
                    static const long lo[35] = { 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3 };
                    static const long hi[35] = { 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][28];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 28; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 35; ++t) {
                                    const long p0 = lo[t] > j ? lo[t] - j : 0;
                                    const long p1 = hi[t] - j < 28 ? hi[t] - j : 28;
                                    const long xt = xo[t] + u0 * 28 + j * 1;  /* may be < 0: only xt + p for p0 <= p < p1 is read */
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = p0; p < p1; ++p)
                                                acc[q][p] += wv * xb[xt + c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 28; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 28 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 2, 0, box 1 x 28: 42 tap(s) */
                {
                    static const long xo[42] = { 143, 142, 141, 140, 139, 138, 137, 115, 114, 113, 112, 111, 110, 109, 87, 86, 85, 84, 83, 82, 81, 59, 58, 57, 56, 55, 54, 53, 31, 30, 29, 28, 27, 26, 25, 3, 2, 1, 0, -1, -2, -3 };
                    static const long wo[42] = { 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088, 1120, 1152, 1184, 1216, 1248, 1280, 1312 };
                    /* each tap reaches the row positions [lo, hi) only */
                    static const long lo[42] = { 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3 };
                    static const long hi[42] = { 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][28];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 28; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 42; ++t) {
                                    const long p0 = lo[t] > j ? lo[t] - j : 0;
                                    const long p1 = hi[t] - j < 28 ? hi[t] - j : 28;
                                    const long xt = xo[t] + u0 * 28 + j * 1;  /* may be < 0: only xt + p for p0 <= p < p1 is read */
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = p0; p < p1; ++p)
                                                acc[q][p] += wv * xb[xt + c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 28; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 56 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 3, 0, box 22 x 28: 49 tap(s) */
                {
                    static const long xo[49] = { 171, 170, 169, 168, 167, 166, 165, 143, 142, 141, 140, 139, 138, 137, 115, 114, 113, 112, 111, 110, 109, 87, 86, 85, 84, 83, 82, 81, 59, 58, 57, 56, 55, 54, 53, 31, 30, 29, 28, 27, 26, 25, 3, 2, 1, 0, -1, -2, -3 };
                    static const long wo[49] = { 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088, 1120, 1152, 1184, 1216, 1248, 1280, 1312, 1344, 1376, 1408, 1440, 1472, 1504, 1536 };
                    /* each tap reaches the row positions [lo, hi) only */
                    static const long lo[49] = { 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3 };
                    static const long hi[49] = { 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28 };
                    for (long u0 = 0; u0 < 22; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][28];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 28; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 49; ++t) {
                                    const long p0 = lo[t] > j ? lo[t] - j : 0;
                                    const long p1 = hi[t] - j < 28 ? hi[t] - j : 28;
                                    const long xt = xo[t] + u0 * 28 + j * 1;  /* may be < 0: only xt + p for p0 <= p < p1 is read */
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = p0; p < p1; ++p)
                                                acc[q][p] += wv * xb[xt + c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 28; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 84 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 25, 0, box 1 x 28: 42 tap(s) */
                {
                    static const long xo[42] = { 759, 758, 757, 756, 755, 754, 753, 731, 730, 729, 728, 727, 726, 725, 703, 702, 701, 700, 699, 698, 697, 675, 674, 673, 672, 671, 670, 669, 647, 646, 645, 644, 643, 642, 641, 619, 618, 617, 616, 615, 614, 613 };
                    static const long wo[42] = { 224, 256, 288, 320, 352, 384, 416, 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088, 1120, 1152, 1184, 1216, 1248, 1280, 1312, 1344, 1376, 1408, 1440, 1472, 1504, 1536 };
                    /* each tap reaches the row positions [lo, hi) only */
                    static const long lo[42] = { 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3 };
                    static const long hi[42] = { 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][28];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 28; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 42; ++t) {
                                    const long p0 = lo[t] > j ? lo[t] - j : 0;
                                    const long p1 = hi[t] - j < 28 ? hi[t] - j : 28;
                                    const long xt = xo[t] + u0 * 28 + j * 1;  /* may be < 0: only xt + p for p0 <= p < p1 is read */
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = p0; p < p1; ++p)
                                                acc[q][p] += wv * xb[xt + c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 28; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 700 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 26, 0, box 1 x 28: 35 tap(s) */
                {
                    static const long xo[35] = { 759, 758, 757, 756, 755, 754, 753, 731, 730, 729, 728, 727, 726, 725, 703, 702, 701, 700, 699, 698, 697, 675, 674, 673, 672, 671, 670, 669, 647, 646, 645, 644, 643, 642, 641 };
                    static const long wo[35] = { 448, 480, 512, 544, 576, 608, 640, 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088, 1120, 1152, 1184, 1216, 1248, 1280, 1312, 1344, 1376, 1408, 1440, 1472, 1504, 1536 };
                    /* each tap reaches the row positions [lo, hi) only */
                    static const long lo[35] = { 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3 };
                    static const long hi[35] = { 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][28];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 28; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 35; ++t) {
                                    const long p0 = lo[t] > j ? lo[t] - j : 0;
                                    const long p1 = hi[t] - j < 28 ? hi[t] - j : 28;
                                    const long xt = xo[t] + u0 * 28 + j * 1;  /* may be < 0: only xt + p for p0 <= p < p1 is read */
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = p0; p < p1; ++p)
                                                acc[q][p] += wv * xb[xt + c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 28; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 728 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
                /* region at 27, 0, box 1 x 28: 28 tap(s) */
                {
                    static const long xo[28] = { 759, 758, 757, 756, 755, 754, 753, 731, 730, 729, 728, 727, 726, 725, 703, 702, 701, 700, 699, 698, 697, 675, 674, 673, 672, 671, 670, 669 };
                    static const long wo[28] = { 672, 704, 736, 768, 800, 832, 864, 896, 928, 960, 992, 1024, 1056, 1088, 1120, 1152, 1184, 1216, 1248, 1280, 1312, 1344, 1376, 1408, 1440, 1472, 1504, 1536 };
                    /* each tap reaches the row positions [lo, hi) only */
                    static const long lo[28] = { 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 1, 2, 3 };
                    static const long hi[28] = { 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28, 25, 26, 27, 28, 28, 28, 28 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][28];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 28; ++p)
                                        acc[q][p] = 0;
                                for (long t = 0; t < 28; ++t) {
                                    const long p0 = lo[t] > j ? lo[t] - j : 0;
                                    const long p1 = hi[t] - j < 28 ? hi[t] - j : 28;
                                    const long xt = xo[t] + u0 * 28 + j * 1;  /* may be < 0: only xt + p for p0 <= p < p1 is read */
                                    const double *restrict wp = wk + wo[t];
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q) {
                                            const double wv = wp[c * 1 + q * 1];
                                            for (long p = p0; p < p1; ++p)
                                                acc[q][p] += wv * xb[xt + c * 784 + p * 1];
                                        }
                                }
                                for (long p = 0; p < 28; ++p)
                                    for (long q = 0; q < 1; ++q)
                                        yb[q * 784 + 756 + u0 * 28 + (j + p) * 1] = acc[q][p];
                            }
                        }
                }
            }
        }
    }
}
