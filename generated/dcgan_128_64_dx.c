/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void dcgan_128_64_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:22b8c422943ea450e1280b38dba731b0ad5089fe724f6f499cc6371631612c49
 */
#include "dcgan_128_64_dx.h"

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
    /*
     * Each output phase plane is cut into regions on which the set of valid taps is constant
     * (9 regions). An output element of a region is one complete sum over the
     * region's taps and the 64 input channels of its group, kept in registers and stored once:
     * channels-vectorised register tiles of 4 positions x 8 output channels, weights packed
     * (8,192 elements on the stack).
     */
    for (int_fast32_t g = 0; g < 1; ++g) {
        /* phase 0, 0: 9 region(s), taps 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 */
        for (int_fast32_t a0 = 0; a0 < 128; a0 += 8) {
            double wk[8192];  /* [tap][in channel][out channel] */
            {
                static const int32_t taps[16] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 };
                for (int_fast32_t t = 0; t < 16; ++t)
                    for (int_fast32_t c = 0; c < 64; ++c)
                        for (int_fast32_t q = 0; q < 8; ++q)
                            wk[(t * 64 + c) * 8 + q] = w[g * 131072 + (a0 + q) * 1024 + c * 16 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = grad_y + b * 16384L + g * 16384;
                double *restrict yb = grad_x + b * 8192L + (g * 128 + a0) * 64;
                /* region at 0, 0, box 1 x 1: 9 tap(s) */
                {
                    static const int32_t xo[9] = { 0, 1, 2, 16, 17, 18, 32, 33, 34 };
                    static const int32_t wo[9] = { 2560, 3072, 3584, 4608, 5120, 5632, 6656, 7168, 7680 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][8];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 9; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 32 + j * 2;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 64; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 256 + p * 2];
                                            for (int_fast32_t q = 0; q < 8; ++q)
                                                acc[p][q] += xv * wp[c * 8 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        yb[q * 64 + 0 + u0 * 8 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 0, 1, box 1 x 6: 12 tap(s) */
                {
                    static const int32_t xo[12] = { 1, 2, 3, 4, 17, 18, 19, 20, 33, 34, 35, 36 };
                    static const int32_t wo[12] = { 2048, 2560, 3072, 3584, 4096, 4608, 5120, 5632, 6144, 6656, 7168, 7680 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 4; j += 4) {
                                double acc[4][8];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 12; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 32 + j * 2;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 64; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 256 + p * 2];
                                            for (int_fast32_t q = 0; q < 8; ++q)
                                                acc[p][q] += xv * wp[c * 8 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        yb[q * 64 + 1 + u0 * 8 + (j + p) * 1] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 4;
                                double acc[2][8];
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 12; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 32 + j * 2;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 64; ++c)
                                        for (int_fast32_t p = 0; p < 2; ++p) {
                                            const double xv = xp[c * 256 + p * 2];
                                            for (int_fast32_t q = 0; q < 8; ++q)
                                                acc[p][q] += xv * wp[c * 8 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        yb[q * 64 + 1 + u0 * 8 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 0, 7, box 1 x 1: 9 tap(s) */
                {
                    static const int32_t xo[9] = { 13, 14, 15, 29, 30, 31, 45, 46, 47 };
                    static const int32_t wo[9] = { 2048, 2560, 3072, 4096, 4608, 5120, 6144, 6656, 7168 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][8];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 9; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 32 + j * 2;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 64; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 256 + p * 2];
                                            for (int_fast32_t q = 0; q < 8; ++q)
                                                acc[p][q] += xv * wp[c * 8 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        yb[q * 64 + 7 + u0 * 8 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 1, 0, box 6 x 1: 12 tap(s) */
                {
                    static const int32_t xo[12] = { 16, 17, 18, 32, 33, 34, 48, 49, 50, 64, 65, 66 };
                    static const int32_t wo[12] = { 512, 1024, 1536, 2560, 3072, 3584, 4608, 5120, 5632, 6656, 7168, 7680 };
                    for (int_fast32_t u0 = 0; u0 < 6; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][8];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 12; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 32 + j * 2;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 64; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 256 + p * 2];
                                            for (int_fast32_t q = 0; q < 8; ++q)
                                                acc[p][q] += xv * wp[c * 8 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        yb[q * 64 + 8 + u0 * 8 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 1, 1, box 6 x 6: 16 tap(s) */
                {
                    static const int32_t xo[16] = { 17, 18, 19, 20, 33, 34, 35, 36, 49, 50, 51, 52, 65, 66, 67, 68 };
                    static const int32_t wo[16] = { 0, 512, 1024, 1536, 2048, 2560, 3072, 3584, 4096, 4608, 5120, 5632, 6144, 6656, 7168, 7680 };
                    for (int_fast32_t u0 = 0; u0 < 6; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 4; j += 4) {
                                double acc[4][8];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 16; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 32 + j * 2;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 64; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 256 + p * 2];
                                            for (int_fast32_t q = 0; q < 8; ++q)
                                                acc[p][q] += xv * wp[c * 8 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        yb[q * 64 + 9 + u0 * 8 + (j + p) * 1] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 4;
                                double acc[2][8];
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 16; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 32 + j * 2;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 64; ++c)
                                        for (int_fast32_t p = 0; p < 2; ++p) {
                                            const double xv = xp[c * 256 + p * 2];
                                            for (int_fast32_t q = 0; q < 8; ++q)
                                                acc[p][q] += xv * wp[c * 8 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        yb[q * 64 + 9 + u0 * 8 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 1, 7, box 6 x 1: 12 tap(s) */
                {
                    static const int32_t xo[12] = { 29, 30, 31, 45, 46, 47, 61, 62, 63, 77, 78, 79 };
                    static const int32_t wo[12] = { 0, 512, 1024, 2048, 2560, 3072, 4096, 4608, 5120, 6144, 6656, 7168 };
                    for (int_fast32_t u0 = 0; u0 < 6; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][8];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 12; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 32 + j * 2;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 64; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 256 + p * 2];
                                            for (int_fast32_t q = 0; q < 8; ++q)
                                                acc[p][q] += xv * wp[c * 8 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        yb[q * 64 + 15 + u0 * 8 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 7, 0, box 1 x 1: 9 tap(s) */
                {
                    static const int32_t xo[9] = { 208, 209, 210, 224, 225, 226, 240, 241, 242 };
                    static const int32_t wo[9] = { 512, 1024, 1536, 2560, 3072, 3584, 4608, 5120, 5632 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][8];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 9; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 32 + j * 2;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 64; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 256 + p * 2];
                                            for (int_fast32_t q = 0; q < 8; ++q)
                                                acc[p][q] += xv * wp[c * 8 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        yb[q * 64 + 56 + u0 * 8 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 7, 1, box 1 x 6: 12 tap(s) */
                {
                    static const int32_t xo[12] = { 209, 210, 211, 212, 225, 226, 227, 228, 241, 242, 243, 244 };
                    static const int32_t wo[12] = { 0, 512, 1024, 1536, 2048, 2560, 3072, 3584, 4096, 4608, 5120, 5632 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 4; j += 4) {
                                double acc[4][8];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 12; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 32 + j * 2;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 64; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 256 + p * 2];
                                            for (int_fast32_t q = 0; q < 8; ++q)
                                                acc[p][q] += xv * wp[c * 8 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        yb[q * 64 + 57 + u0 * 8 + (j + p) * 1] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 4;
                                double acc[2][8];
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 12; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 32 + j * 2;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 64; ++c)
                                        for (int_fast32_t p = 0; p < 2; ++p) {
                                            const double xv = xp[c * 256 + p * 2];
                                            for (int_fast32_t q = 0; q < 8; ++q)
                                                acc[p][q] += xv * wp[c * 8 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 2; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        yb[q * 64 + 57 + u0 * 8 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
                /* region at 7, 7, box 1 x 1: 9 tap(s) */
                {
                    static const int32_t xo[9] = { 221, 222, 223, 237, 238, 239, 253, 254, 255 };
                    static const int32_t wo[9] = { 0, 512, 1024, 2048, 2560, 3072, 4096, 4608, 5120 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][8];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 9; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 32 + j * 2;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 64; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 256 + p * 2];
                                            for (int_fast32_t q = 0; q < 8; ++q)
                                                acc[p][q] += xv * wp[c * 8 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 8; ++q)
                                        yb[q * 64 + 63 + u0 * 8 + (j + p) * 1] = acc[p][q];
                            }
                        }
                }
            }
        }
    }
}
