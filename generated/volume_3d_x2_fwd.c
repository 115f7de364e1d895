/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 10,648 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void volume_3d_x2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:3137fdb9163d560a1a021314da2e19bf54dee73ec93ba1e6ac9f0da5fbe7c038
 */

/*
 * forward kernel, polyphase: 8 output phase(s), 27 tap blocks. Each block is one
 * kernel tap: for every channel pair of a group (1 group(s), 2 x 4 channels) a box of
 * the output accumulates the tap times a box of the input. Box bounds are exact, so no inserted
 * or padding zero is ever multiplied; all bounds are compile-time constants; no heap allocation.
 *   x: n x 4 x 4 x 4 x 4, C order
 *   w: 4 x 2 x 3 x 3 x 3, C order (PyTorch weight layout)
 *   y: n x 2 x 8 x 8 x 8, C order
 */
void volume_3d_x2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = x + b * 256L;
        double *restrict dst = y + b * 1024L;
        for (long i = 0; i < 1024; ++i)
            dst[i] = 0;
        /* phase 0, 0, 0, tap 1, 1, 1: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 0;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 13];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 0, 0, 1, tap 1, 1, 0: box 4 x 4 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 1;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 12];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 1;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 0, 0, 1, tap 1, 1, 2: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 1;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 14];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 0, 1, 0, tap 1, 0, 1: box 4 x 3 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 8;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 10];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 4;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 0, 1, 0, tap 1, 2, 1: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 8;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 16];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 0, 1, 1, tap 1, 0, 0: box 4 x 3 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 9;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 9];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 5;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 0, 1, 1, tap 1, 0, 2: box 4 x 3 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 9;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 11];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 4;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 0, 1, 1, tap 1, 2, 0: box 4 x 4 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 9;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 15];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 1;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 0, 1, 1, tap 1, 2, 2: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 9;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 17];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 0, 0, tap 0, 1, 1: box 3 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 64;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 4];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 16;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 0, 0, tap 2, 1, 1: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 64;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 22];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 0, 1, tap 0, 1, 0: box 3 x 4 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 65;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 3];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 17;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 0, 1, tap 0, 1, 2: box 3 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 65;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 5];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 16;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 0, 1, tap 2, 1, 0: box 4 x 4 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 65;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 21];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 1;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 0, 1, tap 2, 1, 2: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 65;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 23];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 1, 0, tap 0, 0, 1: box 3 x 3 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 72;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 1];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 20;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 1, 0, tap 0, 2, 1: box 3 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 72;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 7];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 16;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 1, 0, tap 2, 0, 1: box 4 x 3 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 72;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 19];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 4;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 1, 0, tap 2, 2, 1: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 72;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 25];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 1, 1, tap 0, 0, 0: box 3 x 3 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 73;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 0];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 21;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 1, 1, tap 0, 0, 2: box 3 x 3 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 73;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 2];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 20;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 1, 1, tap 0, 2, 0: box 3 x 4 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 73;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 6];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 17;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 1, 1, tap 0, 2, 2: box 3 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 73;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 8];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 16;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 1, 1, tap 2, 0, 0: box 4 x 3 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 73;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 18];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 5;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 1, 1, tap 2, 0, 2: box 4 x 3 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 73;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 20];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 4;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 1, 1, tap 2, 2, 0: box 4 x 4 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 73;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 24];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 1;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
        /* phase 1, 1, 1, tap 2, 2, 2: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 2; ++a) {
                double *restrict yo = dst + (g * 2 + a) * 512 + 73;
                for (long c = 0; c < 4; ++c) {
                    const double wv = w[g * 216 + a * 27 + c * 54 + 26];
                    const double *restrict xi = src + (g * 4 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 128 + u1 * 16 + u2 * 2] += wv * xi[u0 * 16 + u1 * 4 + u2];
                }
            }
    }
}
