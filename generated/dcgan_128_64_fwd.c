/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void dcgan_128_64_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:6b168d4cf1f8957f54c8dfbc2b0a40d26eb2ced0c3f50a757b3bf1fc2bc38663
 */
#include "dcgan_128_64_fwd.h"

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
    /*
     * Each output phase plane is cut into regions on which the set of valid taps is constant
     * (16 regions). An output element of a region is one complete sum over the
     * region's taps and the 128 input channels of its group, kept in registers and stored once:
     * channels-vectorised register tiles of 4 positions x 32 output channels, weights packed
     * (16,384 elements on the stack).
     */
    for (int_fast32_t g = 0; g < 1; ++g) {
        /* phase 0, 0: 4 region(s), taps 5, 7, 13, 15 */
        for (int_fast32_t a0 = 0; a0 < 64; a0 += 32) {
            double wk[16384];  /* [tap][in channel][out channel] */
            {
                static const int32_t taps[4] = { 5, 7, 13, 15 };
                for (int_fast32_t t = 0; t < 4; ++t)
                    for (int_fast32_t c = 0; c < 128; ++c)
                        for (int_fast32_t q = 0; q < 32; ++q)
                            wk[(t * 128 + c) * 32 + q] = w[g * 131072 + (a0 + q) * 16 + c * 1024 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = x + b * 8192L + g * 8192;
                double *restrict yb = y + b * 16384L + (g * 64 + a0) * 256;
                /* region at 0, 0, box 1 x 1: 1 tap(s) */
                {
                    static const int32_t xo[1] = { 0 };
                    static const int32_t wo[1] = { 0 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 1; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 0 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
                /* region at 0, 1, box 1 x 7: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 1, 0 };
                    static const int32_t wo[2] = { 0, 4096 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 4; j += 4) {
                                double acc[4][32];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 2 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 4;
                                double acc[3][32];
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 3; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 2 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
                /* region at 1, 0, box 7 x 1: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 8, 0 };
                    static const int32_t wo[2] = { 0, 8192 };
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 32 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
                /* region at 1, 1, box 7 x 7: 4 tap(s) */
                {
                    static const int32_t xo[4] = { 9, 8, 1, 0 };
                    static const int32_t wo[4] = { 0, 4096, 8192, 12288 };
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 4; j += 4) {
                                double acc[4][32];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 34 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 4;
                                double acc[3][32];
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 3; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 34 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
            }
        }
        /* phase 0, 1: 4 region(s), taps 4, 6, 12, 14 */
        for (int_fast32_t a0 = 0; a0 < 64; a0 += 32) {
            double wk[16384];  /* [tap][in channel][out channel] */
            {
                static const int32_t taps[4] = { 4, 6, 12, 14 };
                for (int_fast32_t t = 0; t < 4; ++t)
                    for (int_fast32_t c = 0; c < 128; ++c)
                        for (int_fast32_t q = 0; q < 32; ++q)
                            wk[(t * 128 + c) * 32 + q] = w[g * 131072 + (a0 + q) * 16 + c * 1024 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = x + b * 8192L + g * 8192;
                double *restrict yb = y + b * 16384L + (g * 64 + a0) * 256;
                /* region at 0, 0, box 1 x 7: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 1, 0 };
                    static const int32_t wo[2] = { 0, 4096 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 4; j += 4) {
                                double acc[4][32];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 1 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 4;
                                double acc[3][32];
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 3; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 1 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
                /* region at 0, 7, box 1 x 1: 1 tap(s) */
                {
                    static const int32_t xo[1] = { 7 };
                    static const int32_t wo[1] = { 4096 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 1; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 15 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
                /* region at 1, 0, box 7 x 7: 4 tap(s) */
                {
                    static const int32_t xo[4] = { 9, 8, 1, 0 };
                    static const int32_t wo[4] = { 0, 4096, 8192, 12288 };
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 4; j += 4) {
                                double acc[4][32];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 33 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 4;
                                double acc[3][32];
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 3; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 33 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
                /* region at 1, 7, box 7 x 1: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 15, 7 };
                    static const int32_t wo[2] = { 4096, 12288 };
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 47 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
            }
        }
        /* phase 1, 0: 4 region(s), taps 1, 3, 9, 11 */
        for (int_fast32_t a0 = 0; a0 < 64; a0 += 32) {
            double wk[16384];  /* [tap][in channel][out channel] */
            {
                static const int32_t taps[4] = { 1, 3, 9, 11 };
                for (int_fast32_t t = 0; t < 4; ++t)
                    for (int_fast32_t c = 0; c < 128; ++c)
                        for (int_fast32_t q = 0; q < 32; ++q)
                            wk[(t * 128 + c) * 32 + q] = w[g * 131072 + (a0 + q) * 16 + c * 1024 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = x + b * 8192L + g * 8192;
                double *restrict yb = y + b * 16384L + (g * 64 + a0) * 256;
                /* region at 0, 0, box 7 x 1: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 8, 0 };
                    static const int32_t wo[2] = { 0, 8192 };
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 16 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
                /* region at 0, 1, box 7 x 7: 4 tap(s) */
                {
                    static const int32_t xo[4] = { 9, 8, 1, 0 };
                    static const int32_t wo[4] = { 0, 4096, 8192, 12288 };
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 4; j += 4) {
                                double acc[4][32];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 18 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 4;
                                double acc[3][32];
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 3; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 18 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
                /* region at 7, 0, box 1 x 1: 1 tap(s) */
                {
                    static const int32_t xo[1] = { 56 };
                    static const int32_t wo[1] = { 8192 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 1; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 240 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
                /* region at 7, 1, box 1 x 7: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 57, 56 };
                    static const int32_t wo[2] = { 8192, 12288 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 4; j += 4) {
                                double acc[4][32];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 242 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 4;
                                double acc[3][32];
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 3; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 242 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
            }
        }
        /* phase 1, 1: 4 region(s), taps 0, 2, 8, 10 */
        for (int_fast32_t a0 = 0; a0 < 64; a0 += 32) {
            double wk[16384];  /* [tap][in channel][out channel] */
            {
                static const int32_t taps[4] = { 0, 2, 8, 10 };
                for (int_fast32_t t = 0; t < 4; ++t)
                    for (int_fast32_t c = 0; c < 128; ++c)
                        for (int_fast32_t q = 0; q < 32; ++q)
                            wk[(t * 128 + c) * 32 + q] = w[g * 131072 + (a0 + q) * 16 + c * 1024 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = x + b * 8192L + g * 8192;
                double *restrict yb = y + b * 16384L + (g * 64 + a0) * 256;
                /* region at 0, 0, box 7 x 7: 4 tap(s) */
                {
                    static const int32_t xo[4] = { 9, 8, 1, 0 };
                    static const int32_t wo[4] = { 0, 4096, 8192, 12288 };
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 4; j += 4) {
                                double acc[4][32];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 17 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 4;
                                double acc[3][32];
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 3; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 17 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
                /* region at 0, 7, box 7 x 1: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 15, 7 };
                    static const int32_t wo[2] = { 4096, 12288 };
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 31 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
                /* region at 7, 0, box 1 x 7: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 57, 56 };
                    static const int32_t wo[2] = { 8192, 12288 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            for (int_fast32_t j = 0; j < 4; j += 4) {
                                double acc[4][32];
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 4; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 4; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 241 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                            {
                                const int_fast32_t j = 4;
                                double acc[3][32];
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 3; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 3; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 241 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
                /* region at 7, 7, box 1 x 1: 1 tap(s) */
                {
                    static const int32_t xo[1] = { 63 };
                    static const int32_t wo[1] = { 12288 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {
                            {
                                const int_fast32_t j = 0;
                                double acc[1][32];
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        acc[p][q] = 0;
                                for (int_fast32_t t = 0; t < 1; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 8 + j * 1;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 128; ++c)
                                        for (int_fast32_t p = 0; p < 1; ++p) {
                                            const double xv = xp[c * 64 + p * 1];
                                            for (int_fast32_t q = 0; q < 32; ++q)
                                                acc[p][q] += xv * wp[c * 32 + q * 1];
                                        }
                                }
                                for (int_fast32_t p = 0; p < 1; ++p)
                                    for (int_fast32_t q = 0; q < 32; ++q)
                                        yb[q * 256 + 255 + u0 * 32 + (j + p) * 2] = acc[p][q];
                            }
                        }
                }
            }
        }
    }
}
