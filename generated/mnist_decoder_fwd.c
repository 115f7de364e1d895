/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:972229547f737e34ca793466aede0e830fdd00d03a729b51cad50ef57d0dafea
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
                    static const long xo[28] = { 87, 59, 31, 3, 86, 58, 30, 2, 85, 57, 29, 1, 84, 56, 28, 0, 83, 55, 27, -1, 82, 54, 26, -2, 81, 53, 25, -3 };
                    static const long wo[28] = { 0, 224, 448, 672, 32, 256, 480, 704, 64, 288, 512, 736, 96, 320, 544, 768, 128, 352, 576, 800, 160, 384, 608, 832, 192, 416, 640, 864 };
                    /* taps in 7 group(s) of 4 (same last-axis tap); group l reaches the row positions [lo[l], hi[l]) only */
                    static const long lo[7] = { 0, 0, 0, 0, 1, 2, 3 };
                    static const long hi[7] = { 25, 26, 27, 28, 28, 28, 28 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][28];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 28; ++p)
                                        acc[q][p] = 0;
                                for (long l = 0; l < 7; ++l) {
                                    const long p0 = lo[l] > j ? lo[l] - j : 0;
                                    const long p1 = hi[l] - j < 28 ? hi[l] - j : 28;
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q)
                                            for (long t0 = l * 4; t0 < (l + 1) * 4; t0 += 4) {
                                                /* 4 tap(s) of the group at once: one load and store of the sums per position */
                                                double wv[4];
                                                long xt[4];  /* may be < 0: only xt + p for p0 <= p < p1 is read */
                                                for (long i = 0; i < 4; ++i) {
                                                    wv[i] = wk[wo[t0 + i] + c * 1 + q * 1];
                                                    xt[i] = xo[t0 + i] + u0 * 28 + j * 1 + c * 784;
                                                }
                                                for (long p = p0; p < p1; ++p) {
                                                    double s = acc[q][p];
                                                    for (long i = 0; i < 4; ++i)
                                                        s += wv[i] * xb[xt[i] + p * 1];
                                                    acc[q][p] = s;
                                                }
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
                    static const long xo[35] = { 115, 87, 59, 31, 3, 114, 86, 58, 30, 2, 113, 85, 57, 29, 1, 112, 84, 56, 28, 0, 111, 83, 55, 27, -1, 110, 82, 54, 26, -2, 109, 81, 53, 25, -3 };
                    static const long wo[35] = { 0, 224, 448, 672, 896, 32, 256, 480, 704, 928, 64, 288, 512, 736, 960, 96, 320, 544, 768, 992, 128, 352, 576, 800, 1024, 160, 384, 608, 832, 1056, 192, 416, 640, 864, 1088 };
                    /* taps in 7 group(s) of 5 (same last-axis tap); group l reaches the row positions [lo[l], hi[l]) only */
                    static const long lo[7] = { 0, 0, 0, 0, 1, 2, 3 };
                    static const long hi[7] = { 25, 26, 27, 28, 28, 28, 28 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][28];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 28; ++p)
                                        acc[q][p] = 0;
                                for (long l = 0; l < 7; ++l) {
                                    const long p0 = lo[l] > j ? lo[l] - j : 0;
                                    const long p1 = hi[l] - j < 28 ? hi[l] - j : 28;
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q)
                                            for (long t0 = l * 5; t0 < (l + 1) * 5; t0 += 5) {
                                                /* 5 tap(s) of the group at once: one load and store of the sums per position */
                                                double wv[5];
                                                long xt[5];  /* may be < 0: only xt + p for p0 <= p < p1 is read */
                                                for (long i = 0; i < 5; ++i) {
                                                    wv[i] = wk[wo[t0 + i] + c * 1 + q * 1];
                                                    xt[i] = xo[t0 + i] + u0 * 28 + j * 1 + c * 784;
                                                }
                                                for (long p = p0; p < p1; ++p) {
                                                    double s = acc[q][p];
                                                    for (long i = 0; i < 5; ++i)
                                                        s += wv[i] * xb[xt[i] + p * 1];
                                                    acc[q][p] = s;
                                                }
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
                    static const long xo[42] = { 143, 115, 87, 59, 31, 3, 142, 114, 86, 58, 30, 2, 141, 113, 85, 57, 29, 1, 140, 112, 84, 56, 28, 0, 139, 111, 83, 55, 27, -1, 138, 110, 82, 54, 26, -2, 137, 109, 81, 53, 25, -3 };
                    static const long wo[42] = { 0, 224, 448, 672, 896, 1120, 32, 256, 480, 704, 928, 1152, 64, 288, 512, 736, 960, 1184, 96, 320, 544, 768, 992, 1216, 128, 352, 576, 800, 1024, 1248, 160, 384, 608, 832, 1056, 1280, 192, 416, 640, 864, 1088, 1312 };
                    /* taps in 7 group(s) of 6 (same last-axis tap); group l reaches the row positions [lo[l], hi[l]) only */
                    static const long lo[7] = { 0, 0, 0, 0, 1, 2, 3 };
                    static const long hi[7] = { 25, 26, 27, 28, 28, 28, 28 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][28];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 28; ++p)
                                        acc[q][p] = 0;
                                for (long l = 0; l < 7; ++l) {
                                    const long p0 = lo[l] > j ? lo[l] - j : 0;
                                    const long p1 = hi[l] - j < 28 ? hi[l] - j : 28;
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q)
                                            for (long t0 = l * 6; t0 < (l + 1) * 6; t0 += 6) {
                                                /* 6 tap(s) of the group at once: one load and store of the sums per position */
                                                double wv[6];
                                                long xt[6];  /* may be < 0: only xt + p for p0 <= p < p1 is read */
                                                for (long i = 0; i < 6; ++i) {
                                                    wv[i] = wk[wo[t0 + i] + c * 1 + q * 1];
                                                    xt[i] = xo[t0 + i] + u0 * 28 + j * 1 + c * 784;
                                                }
                                                for (long p = p0; p < p1; ++p) {
                                                    double s = acc[q][p];
                                                    for (long i = 0; i < 6; ++i)
                                                        s += wv[i] * xb[xt[i] + p * 1];
                                                    acc[q][p] = s;
                                                }
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
                    static const long xo[49] = { 171, 143, 115, 87, 59, 31, 3, 170, 142, 114, 86, 58, 30, 2, 169, 141, 113, 85, 57, 29, 1, 168, 140, 112, 84, 56, 28, 0, 167, 139, 111, 83, 55, 27, -1, 166, 138, 110, 82, 54, 26, -2, 165, 137, 109, 81, 53, 25, -3 };
                    static const long wo[49] = { 0, 224, 448, 672, 896, 1120, 1344, 32, 256, 480, 704, 928, 1152, 1376, 64, 288, 512, 736, 960, 1184, 1408, 96, 320, 544, 768, 992, 1216, 1440, 128, 352, 576, 800, 1024, 1248, 1472, 160, 384, 608, 832, 1056, 1280, 1504, 192, 416, 640, 864, 1088, 1312, 1536 };
                    /* taps in 7 group(s) of 7 (same last-axis tap); group l reaches the row positions [lo[l], hi[l]) only */
                    static const long lo[7] = { 0, 0, 0, 0, 1, 2, 3 };
                    static const long hi[7] = { 25, 26, 27, 28, 28, 28, 28 };
                    for (long u0 = 0; u0 < 22; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][28];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 28; ++p)
                                        acc[q][p] = 0;
                                for (long l = 0; l < 7; ++l) {
                                    const long p0 = lo[l] > j ? lo[l] - j : 0;
                                    const long p1 = hi[l] - j < 28 ? hi[l] - j : 28;
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q)
                                            for (long t0 = l * 7; t0 < (l + 1) * 7; t0 += 7) {
                                                /* 7 tap(s) of the group at once: one load and store of the sums per position */
                                                double wv[7];
                                                long xt[7];  /* may be < 0: only xt + p for p0 <= p < p1 is read */
                                                for (long i = 0; i < 7; ++i) {
                                                    wv[i] = wk[wo[t0 + i] + c * 1 + q * 1];
                                                    xt[i] = xo[t0 + i] + u0 * 28 + j * 1 + c * 784;
                                                }
                                                for (long p = p0; p < p1; ++p) {
                                                    double s = acc[q][p];
                                                    for (long i = 0; i < 7; ++i)
                                                        s += wv[i] * xb[xt[i] + p * 1];
                                                    acc[q][p] = s;
                                                }
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
                    static const long xo[42] = { 759, 731, 703, 675, 647, 619, 758, 730, 702, 674, 646, 618, 757, 729, 701, 673, 645, 617, 756, 728, 700, 672, 644, 616, 755, 727, 699, 671, 643, 615, 754, 726, 698, 670, 642, 614, 753, 725, 697, 669, 641, 613 };
                    static const long wo[42] = { 224, 448, 672, 896, 1120, 1344, 256, 480, 704, 928, 1152, 1376, 288, 512, 736, 960, 1184, 1408, 320, 544, 768, 992, 1216, 1440, 352, 576, 800, 1024, 1248, 1472, 384, 608, 832, 1056, 1280, 1504, 416, 640, 864, 1088, 1312, 1536 };
                    /* taps in 7 group(s) of 6 (same last-axis tap); group l reaches the row positions [lo[l], hi[l]) only */
                    static const long lo[7] = { 0, 0, 0, 0, 1, 2, 3 };
                    static const long hi[7] = { 25, 26, 27, 28, 28, 28, 28 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][28];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 28; ++p)
                                        acc[q][p] = 0;
                                for (long l = 0; l < 7; ++l) {
                                    const long p0 = lo[l] > j ? lo[l] - j : 0;
                                    const long p1 = hi[l] - j < 28 ? hi[l] - j : 28;
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q)
                                            for (long t0 = l * 6; t0 < (l + 1) * 6; t0 += 6) {
                                                /* 6 tap(s) of the group at once: one load and store of the sums per position */
                                                double wv[6];
                                                long xt[6];  /* may be < 0: only xt + p for p0 <= p < p1 is read */
                                                for (long i = 0; i < 6; ++i) {
                                                    wv[i] = wk[wo[t0 + i] + c * 1 + q * 1];
                                                    xt[i] = xo[t0 + i] + u0 * 28 + j * 1 + c * 784;
                                                }
                                                for (long p = p0; p < p1; ++p) {
                                                    double s = acc[q][p];
                                                    for (long i = 0; i < 6; ++i)
                                                        s += wv[i] * xb[xt[i] + p * 1];
                                                    acc[q][p] = s;
                                                }
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
                    static const long xo[35] = { 759, 731, 703, 675, 647, 758, 730, 702, 674, 646, 757, 729, 701, 673, 645, 756, 728, 700, 672, 644, 755, 727, 699, 671, 643, 754, 726, 698, 670, 642, 753, 725, 697, 669, 641 };
                    static const long wo[35] = { 448, 672, 896, 1120, 1344, 480, 704, 928, 1152, 1376, 512, 736, 960, 1184, 1408, 544, 768, 992, 1216, 1440, 576, 800, 1024, 1248, 1472, 608, 832, 1056, 1280, 1504, 640, 864, 1088, 1312, 1536 };
                    /* taps in 7 group(s) of 5 (same last-axis tap); group l reaches the row positions [lo[l], hi[l]) only */
                    static const long lo[7] = { 0, 0, 0, 0, 1, 2, 3 };
                    static const long hi[7] = { 25, 26, 27, 28, 28, 28, 28 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][28];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 28; ++p)
                                        acc[q][p] = 0;
                                for (long l = 0; l < 7; ++l) {
                                    const long p0 = lo[l] > j ? lo[l] - j : 0;
                                    const long p1 = hi[l] - j < 28 ? hi[l] - j : 28;
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q)
                                            for (long t0 = l * 5; t0 < (l + 1) * 5; t0 += 5) {
                                                /* 5 tap(s) of the group at once: one load and store of the sums per position */
                                                double wv[5];
                                                long xt[5];  /* may be < 0: only xt + p for p0 <= p < p1 is read */
                                                for (long i = 0; i < 5; ++i) {
                                                    wv[i] = wk[wo[t0 + i] + c * 1 + q * 1];
                                                    xt[i] = xo[t0 + i] + u0 * 28 + j * 1 + c * 784;
                                                }
                                                for (long p = p0; p < p1; ++p) {
                                                    double s = acc[q][p];
                                                    for (long i = 0; i < 5; ++i)
                                                        s += wv[i] * xb[xt[i] + p * 1];
                                                    acc[q][p] = s;
                                                }
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
                    static const long xo[28] = { 759, 731, 703, 675, 758, 730, 702, 674, 757, 729, 701, 673, 756, 728, 700, 672, 755, 727, 699, 671, 754, 726, 698, 670, 753, 725, 697, 669 };
                    static const long wo[28] = { 672, 896, 1120, 1344, 704, 928, 1152, 1376, 736, 960, 1184, 1408, 768, 992, 1216, 1440, 800, 1024, 1248, 1472, 832, 1056, 1280, 1504, 864, 1088, 1312, 1536 };
                    /* taps in 7 group(s) of 4 (same last-axis tap); group l reaches the row positions [lo[l], hi[l]) only */
                    static const long lo[7] = { 0, 0, 0, 0, 1, 2, 3 };
                    static const long hi[7] = { 25, 26, 27, 28, 28, 28, 28 };
                    for (long u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const long j = 0;
                                double acc[1][28];
                                for (long q = 0; q < 1; ++q)
                                    for (long p = 0; p < 28; ++p)
                                        acc[q][p] = 0;
                                for (long l = 0; l < 7; ++l) {
                                    const long p0 = lo[l] > j ? lo[l] - j : 0;
                                    const long p1 = hi[l] - j < 28 ? hi[l] - j : 28;
                                    for (long c = 0; c < 32; ++c)
                                        for (long q = 0; q < 1; ++q)
                                            for (long t0 = l * 4; t0 < (l + 1) * 4; t0 += 4) {
                                                /* 4 tap(s) of the group at once: one load and store of the sums per position */
                                                double wv[4];
                                                long xt[4];  /* may be < 0: only xt + p for p0 <= p < p1 is read */
                                                for (long i = 0; i < 4; ++i) {
                                                    wv[i] = wk[wo[t0 + i] + c * 1 + q * 1];
                                                    xt[i] = xo[t0 + i] + u0 * 28 + j * 1 + c * 784;
                                                }
                                                for (long p = p0; p < p1; ++p) {
                                                    double s = acc[q][p];
                                                    for (long i = 0; i < 4; ++i)
                                                        s += wv[i] * xb[xt[i] + p * 1];
                                                    acc[q][p] = s;
                                                }
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
