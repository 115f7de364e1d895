/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void dcgan_128_64_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:9e50c5141e90bb9f392bbc9e005aac40bd55b08f525f963692cf08509593fe9e
 */

/*
 * input kernel, polyphase: 1 output phase(s), 16 tap blocks. Each block is one
 * kernel tap: for every channel pair of a group (1 group(s), 128 x 64 channels) a box of
 * the output accumulates the tap times a box of the input. Box bounds are exact, so no inserted
 * or padding zero is ever multiplied; all bounds are compile-time constants; no heap allocation.
 *   grad_y: n x 64 x 16 x 16, C order
 *   w: 128 x 64 x 4 x 4, C order (PyTorch weight layout)
 *   grad_x: n x 128 x 8 x 8, C order
 */
void dcgan_128_64_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = grad_y + b * 16384L;
        double *restrict dst = grad_x + b * 8192L;
        for (long i = 0; i < 8192; ++i)
            dst[i] = 0;
        /* phase 0, 0, tap 0, 0: box 7 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 9;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 0];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 17;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
        /* phase 0, 0, tap 0, 1: box 7 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 8;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 1];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 16;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
        /* phase 0, 0, tap 0, 2: box 7 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 8;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 2];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 17;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
        /* phase 0, 0, tap 0, 3: box 7 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 8;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 3];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 18;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
        /* phase 0, 0, tap 1, 0: box 8 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 1;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 4];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 1;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
        /* phase 0, 0, tap 1, 1: box 8 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 0;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 5];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 0;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
        /* phase 0, 0, tap 1, 2: box 8 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 0;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 6];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 1;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
        /* phase 0, 0, tap 1, 3: box 8 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 0;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 7];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 2;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
        /* phase 0, 0, tap 2, 0: box 8 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 1;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 8];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 17;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
        /* phase 0, 0, tap 2, 1: box 8 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 0;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 9];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 16;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
        /* phase 0, 0, tap 2, 2: box 8 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 0;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 10];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 17;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
        /* phase 0, 0, tap 2, 3: box 8 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 0;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 11];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 18;
                    for (long u0 = 0; u0 < 8; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
        /* phase 0, 0, tap 3, 0: box 7 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 1;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 12];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 33;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
        /* phase 0, 0, tap 3, 1: box 7 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 0;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 13];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 32;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
        /* phase 0, 0, tap 3, 2: box 7 x 8 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 0;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 14];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 33;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 8; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
        /* phase 0, 0, tap 3, 3: box 7 x 7 */
        for (long g = 0; g < 1; ++g)
            for (long a = 0; a < 128; ++a) {
                double *restrict yo = dst + (g * 128 + a) * 64 + 0;
                for (long c = 0; c < 64; ++c) {
                    const double wv = w[g * 131072 + a * 1024 + c * 16 + 15];
                    const double *restrict xi = src + (g * 64 + c) * 256 + 34;
                    for (long u0 = 0; u0 < 7; ++u0)
                        for (long u1 = 0; u1 < 7; ++u1)
                            yo[u0 * 8 + u1] += wv * xi[u0 * 32 + u1 * 2];
                }
            }
    }
}
