/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void dcgan_128_64_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:f4ea6556660d6213a3346a817e9484bf215ec28f7505cf6ef158d889f66cce2e
 */

/*
 * forward kernel, polyphase: 4 output phase(s), 16 tap blocks. Each block is one
 * kernel tap: for every channel pair of a group (1 group(s), 64 x 128 channels) a box of
 * the output accumulates the tap times a box of the input. Box bounds are exact, so no inserted
 * or padding zero is ever multiplied; all bounds are compile-time constants; no heap allocation.
 *   x: n x 128 x 8 x 8, C order
 *   w: 128 x 64 x 4 x 4, C order (PyTorch weight layout)
 *   y: n x 64 x 16 x 16, C order
 */
void dcgan_128_64_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = x + b * 8192L;
        double *restrict dst = y + b * 16384L;
        for (long i = 0; i < 16384; ++i)
            dst[i] = 0;
        /* phase 0, 0, tap 1, 1: box 8 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 0;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 5];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
        /* phase 0, 0, tap 1, 3: box 8 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 2;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 7];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
        /* phase 0, 0, tap 3, 1: box 7 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 32;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 13];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
        /* phase 0, 0, tap 3, 3: box 7 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 34;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 15];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
        /* phase 0, 1, tap 1, 0: box 8 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 1;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 4];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 1;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
        /* phase 0, 1, tap 1, 2: box 8 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 1;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 6];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
        /* phase 0, 1, tap 3, 0: box 7 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 33;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 12];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 1;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
        /* phase 0, 1, tap 3, 2: box 7 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 33;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 14];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
        /* phase 1, 0, tap 0, 1: box 7 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 16;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 1];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 8;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
        /* phase 1, 0, tap 0, 3: box 7 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 18;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 3];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 8;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
        /* phase 1, 0, tap 2, 1: box 8 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 16;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 9];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
        /* phase 1, 0, tap 2, 3: box 8 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 18;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 11];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
        /* phase 1, 1, tap 0, 0: box 7 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 17;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 0];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 9;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
        /* phase 1, 1, tap 0, 2: box 7 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 17;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 2];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 8;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
        /* phase 1, 1, tap 2, 0: box 8 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 17;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 8];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 1;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
        /* phase 1, 1, tap 2, 2: box 8 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 64; ++a) {
                double *restrict yo = dst + (g * 64 + a) * 256 + 17;
                for (long c = 0; c < 128; ++c) {
                    const double wv = w[g * 131072 + a * 16 + c * 1024 + 10];
                    const double *restrict xi = src + (g * 128 + c) * 64 + 0;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 32 + u1 * 2] += wv * xi[u0 * 8 + u1];
                }
            }
    }
}
