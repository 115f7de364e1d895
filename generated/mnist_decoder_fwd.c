/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:66f60495875c19e818e2f83b284193ef5f477e7db3ccffaca65a6af5b1222320
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
    for (long b = 0; b < n; ++b) {
        const double *restrict src = x + b * 25088L;
        double *restrict dst = y + b * 784L;
        for (long i = 0; i < 784; ++i)
            dst[i] = 0;
        /* phase 0, 0, tap 0, 0: box 25 x 25 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 0];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 87;
                    for (long u0 = 0; u0 < 25; ++u0)
                        for (long u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 0, 1: box 25 x 26 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 1];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 86;
                    for (long u0 = 0; u0 < 25; ++u0)
                        for (long u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 0, 2: box 25 x 27 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 2];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 85;
                    for (long u0 = 0; u0 < 25; ++u0)
                        for (long u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 0, 3: box 25 x 28 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 3];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 84;
                    for (long u0 = 0; u0 < 25; ++u0)
                        for (long u1 = 0; u1 < 28; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 0, 4: box 25 x 27 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 1;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 4];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 84;
                    for (long u0 = 0; u0 < 25; ++u0)
                        for (long u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 0, 5: box 25 x 26 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 2;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 5];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 84;
                    for (long u0 = 0; u0 < 25; ++u0)
                        for (long u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 0, 6: box 25 x 25 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 3;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 6];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 84;
                    for (long u0 = 0; u0 < 25; ++u0)
                        for (long u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 1, 0: box 26 x 25 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 7];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 59;
                    for (long u0 = 0; u0 < 26; ++u0)
                        for (long u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 1, 1: box 26 x 26 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 8];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 58;
                    for (long u0 = 0; u0 < 26; ++u0)
                        for (long u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 1, 2: box 26 x 27 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 9];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 57;
                    for (long u0 = 0; u0 < 26; ++u0)
                        for (long u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 1, 3: box 26 x 28 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 10];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 56;
                    for (long u0 = 0; u0 < 26; ++u0)
                        for (long u1 = 0; u1 < 28; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 1, 4: box 26 x 27 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 1;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 11];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 56;
                    for (long u0 = 0; u0 < 26; ++u0)
                        for (long u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 1, 5: box 26 x 26 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 2;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 12];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 56;
                    for (long u0 = 0; u0 < 26; ++u0)
                        for (long u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 1, 6: box 26 x 25 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 3;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 13];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 56;
                    for (long u0 = 0; u0 < 26; ++u0)
                        for (long u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 2, 0: box 27 x 25 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 14];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 31;
                    for (long u0 = 0; u0 < 27; ++u0)
                        for (long u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 2, 1: box 27 x 26 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 15];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 30;
                    for (long u0 = 0; u0 < 27; ++u0)
                        for (long u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 2, 2: box 27 x 27 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 16];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 29;
                    for (long u0 = 0; u0 < 27; ++u0)
                        for (long u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 2, 3: box 27 x 28 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 17];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 28;
                    for (long u0 = 0; u0 < 27; ++u0)
                        for (long u1 = 0; u1 < 28; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 2, 4: box 27 x 27 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 1;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 18];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 28;
                    for (long u0 = 0; u0 < 27; ++u0)
                        for (long u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 2, 5: box 27 x 26 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 2;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 19];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 28;
                    for (long u0 = 0; u0 < 27; ++u0)
                        for (long u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 2, 6: box 27 x 25 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 3;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 20];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 28;
                    for (long u0 = 0; u0 < 27; ++u0)
                        for (long u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 3, 0: box 28 x 25 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 21];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 3;
                    for (long u0 = 0; u0 < 28; ++u0)
                        for (long u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 3, 1: box 28 x 26 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 22];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 2;
                    for (long u0 = 0; u0 < 28; ++u0)
                        for (long u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 3, 2: box 28 x 27 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 23];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 1;
                    for (long u0 = 0; u0 < 28; ++u0)
                        for (long u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 3, 3: box 28 x 28 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 0;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 24];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 28; ++u0)
                        for (long u1 = 0; u1 < 28; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 3, 4: box 28 x 27 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 1;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 25];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 28; ++u0)
                        for (long u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 3, 5: box 28 x 26 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 2;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 26];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 28; ++u0)
                        for (long u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 3, 6: box 28 x 25 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 3;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 27];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 28; ++u0)
                        for (long u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 4, 0: box 27 x 25 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 28;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 28];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 3;
                    for (long u0 = 0; u0 < 27; ++u0)
                        for (long u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 4, 1: box 27 x 26 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 28;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 29];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 2;
                    for (long u0 = 0; u0 < 27; ++u0)
                        for (long u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 4, 2: box 27 x 27 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 28;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 30];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 1;
                    for (long u0 = 0; u0 < 27; ++u0)
                        for (long u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 4, 3: box 27 x 28 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 28;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 31];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 27; ++u0)
                        for (long u1 = 0; u1 < 28; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 4, 4: box 27 x 27 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 29;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 32];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 27; ++u0)
                        for (long u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 4, 5: box 27 x 26 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 30;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 33];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 27; ++u0)
                        for (long u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 4, 6: box 27 x 25 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 31;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 34];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 27; ++u0)
                        for (long u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 5, 0: box 26 x 25 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 56;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 35];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 3;
                    for (long u0 = 0; u0 < 26; ++u0)
                        for (long u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 5, 1: box 26 x 26 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 56;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 36];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 2;
                    for (long u0 = 0; u0 < 26; ++u0)
                        for (long u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 5, 2: box 26 x 27 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 56;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 37];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 1;
                    for (long u0 = 0; u0 < 26; ++u0)
                        for (long u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 5, 3: box 26 x 28 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 56;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 38];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 26; ++u0)
                        for (long u1 = 0; u1 < 28; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 5, 4: box 26 x 27 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 57;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 39];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 26; ++u0)
                        for (long u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 5, 5: box 26 x 26 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 58;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 40];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 26; ++u0)
                        for (long u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 5, 6: box 26 x 25 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 59;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 41];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 26; ++u0)
                        for (long u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 6, 0: box 25 x 25 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 84;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 42];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 3;
                    for (long u0 = 0; u0 < 25; ++u0)
                        for (long u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 6, 1: box 25 x 26 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 84;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 43];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 2;
                    for (long u0 = 0; u0 < 25; ++u0)
                        for (long u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 6, 2: box 25 x 27 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 84;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 44];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 1;
                    for (long u0 = 0; u0 < 25; ++u0)
                        for (long u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 6, 3: box 25 x 28 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 84;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 45];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 25; ++u0)
                        for (long u1 = 0; u1 < 28; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 6, 4: box 25 x 27 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 85;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 46];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 25; ++u0)
                        for (long u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 6, 5: box 25 x 26 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 86;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 47];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 25; ++u0)
                        for (long u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
        /* phase 0, 0, tap 6, 6: box 25 x 25 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 1; ++a) {
                double *restrict yo = dst + (g * 1 + a) * 784 + 87;
                for (long c = 0; c < 32; ++c) {
                    const double wv = w[g * 1568 + a * 49 + c * 49 + 48];
                    const double *restrict xi = src + (g * 32 + c) * 784 + 0;
                    for (long u0 = 0; u0 < 25; ++u0)
                        for (long u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += wv * xi[u0 * 28 + u1];
                }
            }
    }
}
