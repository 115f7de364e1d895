/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 10,648 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void volume_3d_x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:268ed1e2e0e31a989bc2b6cf8955cfc30b014f98e51df89039a0089e895ce8ee
 */

/*
 * input kernel, polyphase: 1 output phase(s), 27 tap blocks. Each block is one
 * kernel tap: for every channel pair of a group (1 group(s), 4 x 2 channels) a box of
 * the output accumulates the tap times a box of the input. Box bounds are exact, so no inserted
 * or padding zero is ever multiplied; all bounds are compile-time constants; no heap allocation.
 *   grad_y: n x 2 x 8 x 8 x 8, C order
 *   w: 4 x 2 x 3 x 3 x 3, C order (PyTorch weight layout)
 *   grad_x: n x 4 x 4 x 4 x 4, C order
 */
void volume_3d_x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = grad_y + b * 1024L;
        double *restrict dst = grad_x + b * 256L;
        for (long i = 0; i < 256; ++i)
            dst[i] = 0;
        /* phase 0, 0, 0, tap 0, 0, 0: box 3 x 3 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 21;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 0];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 73;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 0, 0, 1: box 3 x 3 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 20;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 1];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 72;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 0, 0, 2: box 3 x 3 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 20;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 2];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 73;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 0, 1, 0: box 3 x 4 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 17;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 3];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 65;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 0, 1, 1: box 3 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 16;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 4];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 64;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 0, 1, 2: box 3 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 16;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 5];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 65;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 0, 2, 0: box 3 x 4 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 17;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 6];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 73;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 0, 2, 1: box 3 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 16;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 7];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 72;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 0, 2, 2: box 3 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 16;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 8];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 73;
                    for (long u0 = 0; u0 < 3; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 1, 0, 0: box 4 x 3 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 5;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 9];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 9;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 1, 0, 1: box 4 x 3 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 4;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 10];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 8;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 1, 0, 2: box 4 x 3 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 4;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 11];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 9;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 1, 1, 0: box 4 x 4 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 1;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 12];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 1;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 1, 1, 1: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 0;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 13];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 0;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 1, 1, 2: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 0;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 14];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 1;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 1, 2, 0: box 4 x 4 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 1;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 15];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 9;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 1, 2, 1: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 0;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 16];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 8;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 1, 2, 2: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 0;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 17];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 9;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 2, 0, 0: box 4 x 3 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 5;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 18];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 73;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 2, 0, 1: box 4 x 3 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 4;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 19];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 72;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 2, 0, 2: box 4 x 3 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 4;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 20];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 73;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 3; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 2, 1, 0: box 4 x 4 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 1;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 21];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 65;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 2, 1, 1: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 0;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 22];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 64;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 2, 1, 2: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 0;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 23];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 65;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 2, 2, 0: box 4 x 4 x 3 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 1;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 24];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 73;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 3; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 2, 2, 1: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 0;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 25];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 72;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
        /* phase 0, 0, 0, tap 2, 2, 2: box 4 x 4 x 4 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 4; ++a) {
                double *restrict yo = dst + (g * 4 + a) * 64 + 0;
                for (long c = 0; c < 2; ++c) {
                    const double wv = w[g * 216 + a * 54 + c * 27 + 26];
                    const double *restrict xi = src + (g * 2 + c) * 512 + 73;
                    for (long u0 = 0; u0 < 4; ++u0)
                        for (long u1 = 0; u1 < 4; ++u1)
                            for (long u2 = 0; u2 < 4; ++u2)
                                yo[u0 * 16 + u1 * 4 + u2] += wv * xi[u0 * 128 + u1 * 16 + u2 * 2];
                }
            }
    }
}
