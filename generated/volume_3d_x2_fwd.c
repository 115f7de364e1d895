/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 10,648 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void volume_3d_x2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:668c7920053e39a393a5cc07c309ee9c9851490ec58649bb0dbf74d7592d5926
 */
#include <stdint.h>
#include <string.h>
#include "volume_3d_x2_fwd.h"

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
    /*
     * Each output phase plane is cut into regions on which the set of valid taps is constant
     * (27 regions). An output element of a region is one complete sum over the
     * region's taps and the 4 input channels of its group, kept in registers and stored once:
     * spatial-vectorised register tiles of 2 output channels x 32 positions, weights packed
     * (64 elements on the stack).
     */
    for (int_fast32_t g = 0; g < 1; ++g) {
        /* phase 0, 0, 0: 1 region(s), taps 13 */
        for (int_fast32_t a0 = 0; a0 < 2; a0 += 2) {
            double wk[8];  /* [tap][in channel][out channel] */
            {
                static const int32_t taps[1] = { 13 };
                for (int_fast32_t t = 0; t < 1; ++t)
                    for (int_fast32_t c = 0; c < 4; ++c)
                        for (int_fast32_t q = 0; q < 2; ++q)
                            wk[(t * 4 + c) * 2 + q] = w[g * 216 + (a0 + q) * 27 + c * 54 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = x + b * 256L + g * 256;
                double *restrict yb = y + b * 1024L + (g * 2 + a0) * 512;
                /* region at 0, 0, 0, box 4 x 4 x 4: 1 tap(s) */
                {
                    static const int32_t xo[1] = { 0 };
                    static const int32_t wo[1] = { 0 };
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 4 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 4; u1 += 2) {
                                double acc[2][2][4];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 1; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 2; ++i)
                                                for (int_fast32_t p = 0; p < 4; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            yb[q * 512 + 0 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
            }
        }
        /* phase 0, 0, 1: 2 region(s), taps 12, 14 */
        for (int_fast32_t a0 = 0; a0 < 2; a0 += 2) {
            double wk[16];  /* [tap][in channel][out channel] */
            {
                static const int32_t taps[2] = { 12, 14 };
                for (int_fast32_t t = 0; t < 2; ++t)
                    for (int_fast32_t c = 0; c < 4; ++c)
                        for (int_fast32_t q = 0; q < 2; ++q)
                            wk[(t * 4 + c) * 2 + q] = w[g * 216 + (a0 + q) * 27 + c * 54 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = x + b * 256L + g * 256;
                double *restrict yb = y + b * 1024L + (g * 2 + a0) * 512;
                /* region at 0, 0, 0, box 4 x 4 x 3: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 1, 0 };
                    static const int32_t wo[2] = { 0, 8 };
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 3 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 4; u1 += 2) {
                                double acc[2][2][3];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 2; ++i)
                                                for (int_fast32_t p = 0; p < 3; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            yb[q * 512 + 1 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
                /* region at 0, 0, 3, box 4 x 4 x 1: 1 tap(s) */
                {
                    static const int32_t xo[1] = { 3 };
                    static const int32_t wo[1] = { 8 };
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 1 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 4; u1 += 4) {
                                double acc[2][4][1];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 4; ++i)
                                        for (int_fast32_t p = 0; p < 1; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 1; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 4; ++i)
                                                for (int_fast32_t p = 0; p < 1; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 4; ++i)
                                        for (int_fast32_t p = 0; p < 1; ++p)
                                            yb[q * 512 + 7 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
            }
        }
        /* phase 0, 1, 0: 2 region(s), taps 10, 16 */
        for (int_fast32_t a0 = 0; a0 < 2; a0 += 2) {
            double wk[16];  /* [tap][in channel][out channel] */
            {
                static const int32_t taps[2] = { 10, 16 };
                for (int_fast32_t t = 0; t < 2; ++t)
                    for (int_fast32_t c = 0; c < 4; ++c)
                        for (int_fast32_t q = 0; q < 2; ++q)
                            wk[(t * 4 + c) * 2 + q] = w[g * 216 + (a0 + q) * 27 + c * 54 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = x + b * 256L + g * 256;
                double *restrict yb = y + b * 1024L + (g * 2 + a0) * 512;
                /* region at 0, 0, 0, box 4 x 3 x 4: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 4, 0 };
                    static const int32_t wo[2] = { 0, 8 };
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 4 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 2; u1 += 2) {
                                double acc[2][2][4];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 2; ++i)
                                                for (int_fast32_t p = 0; p < 4; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            yb[q * 512 + 8 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                            {
                                const int_fast32_t u1 = 2;
                                double acc[2][1][4];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 1; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 1; ++i)
                                                for (int_fast32_t p = 0; p < 4; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 1; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            yb[q * 512 + 8 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
                /* region at 0, 3, 0, box 4 x 1 x 4: 1 tap(s) */
                {
                    static const int32_t xo[1] = { 12 };
                    static const int32_t wo[1] = { 8 };
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 1; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[2][4];
                                    for (int_fast32_t q = 0; q < 2; ++q)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            acc[q][p] = 0;
                                    for (int_fast32_t t = 0; t < 1; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4 + j * 1;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 4; ++c)
                                            for (int_fast32_t q = 0; q < 2; ++q) {
                                                const double wv = wp[c * 2 + q * 1];
                                                for (int_fast32_t p = 0; p < 4; ++p)
                                                    acc[q][p] += wv * xp[c * 64 + p * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 4; ++p)
                                        for (int_fast32_t q = 0; q < 2; ++q)
                                            yb[q * 512 + 56 + u0 * 128 + u1 * 16 + (j + p) * 2] = acc[q][p];
                                }
                            }
                }
            }
        }
        /* phase 0, 1, 1: 4 region(s), taps 9, 11, 15, 17 */
        for (int_fast32_t a0 = 0; a0 < 2; a0 += 2) {
            double wk[32];  /* [tap][in channel][out channel] */
            {
                static const int32_t taps[4] = { 9, 11, 15, 17 };
                for (int_fast32_t t = 0; t < 4; ++t)
                    for (int_fast32_t c = 0; c < 4; ++c)
                        for (int_fast32_t q = 0; q < 2; ++q)
                            wk[(t * 4 + c) * 2 + q] = w[g * 216 + (a0 + q) * 27 + c * 54 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = x + b * 256L + g * 256;
                double *restrict yb = y + b * 1024L + (g * 2 + a0) * 512;
                /* region at 0, 0, 0, box 4 x 3 x 3: 4 tap(s) */
                {
                    static const int32_t xo[4] = { 5, 4, 1, 0 };
                    static const int32_t wo[4] = { 0, 8, 16, 24 };
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 3 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 2; u1 += 2) {
                                double acc[2][2][3];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 2; ++i)
                                                for (int_fast32_t p = 0; p < 3; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            yb[q * 512 + 9 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                            {
                                const int_fast32_t u1 = 2;
                                double acc[2][1][3];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 1; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 1; ++i)
                                                for (int_fast32_t p = 0; p < 3; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 1; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            yb[q * 512 + 9 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
                /* region at 0, 0, 3, box 4 x 3 x 1: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 7, 3 };
                    static const int32_t wo[2] = { 8, 24 };
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 1 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 3; u1 += 3) {
                                double acc[2][3][1];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 3; ++i)
                                        for (int_fast32_t p = 0; p < 1; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 3; ++i)
                                                for (int_fast32_t p = 0; p < 1; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 3; ++i)
                                        for (int_fast32_t p = 0; p < 1; ++p)
                                            yb[q * 512 + 15 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
                /* region at 0, 3, 0, box 4 x 1 x 3: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 13, 12 };
                    static const int32_t wo[2] = { 16, 24 };
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 1; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[2][3];
                                    for (int_fast32_t q = 0; q < 2; ++q)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            acc[q][p] = 0;
                                    for (int_fast32_t t = 0; t < 2; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4 + j * 1;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 4; ++c)
                                            for (int_fast32_t q = 0; q < 2; ++q) {
                                                const double wv = wp[c * 2 + q * 1];
                                                for (int_fast32_t p = 0; p < 3; ++p)
                                                    acc[q][p] += wv * xp[c * 64 + p * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 3; ++p)
                                        for (int_fast32_t q = 0; q < 2; ++q)
                                            yb[q * 512 + 57 + u0 * 128 + u1 * 16 + (j + p) * 2] = acc[q][p];
                                }
                            }
                }
                /* region at 0, 3, 3, box 4 x 1 x 1: 1 tap(s) */
                {
                    static const int32_t xo[1] = { 15 };
                    static const int32_t wo[1] = { 24 };
                    for (int_fast32_t u0 = 0; u0 < 4; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 1; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[2][1];
                                    for (int_fast32_t q = 0; q < 2; ++q)
                                        for (int_fast32_t p = 0; p < 1; ++p)
                                            acc[q][p] = 0;
                                    for (int_fast32_t t = 0; t < 1; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4 + j * 1;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 4; ++c)
                                            for (int_fast32_t q = 0; q < 2; ++q) {
                                                const double wv = wp[c * 2 + q * 1];
                                                for (int_fast32_t p = 0; p < 1; ++p)
                                                    acc[q][p] += wv * xp[c * 64 + p * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 1; ++p)
                                        for (int_fast32_t q = 0; q < 2; ++q)
                                            yb[q * 512 + 63 + u0 * 128 + u1 * 16 + (j + p) * 2] = acc[q][p];
                                }
                            }
                }
            }
        }
        /* phase 1, 0, 0: 2 region(s), taps 4, 22 */
        for (int_fast32_t a0 = 0; a0 < 2; a0 += 2) {
            double wk[16];  /* [tap][in channel][out channel] */
            {
                static const int32_t taps[2] = { 4, 22 };
                for (int_fast32_t t = 0; t < 2; ++t)
                    for (int_fast32_t c = 0; c < 4; ++c)
                        for (int_fast32_t q = 0; q < 2; ++q)
                            wk[(t * 4 + c) * 2 + q] = w[g * 216 + (a0 + q) * 27 + c * 54 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = x + b * 256L + g * 256;
                double *restrict yb = y + b * 1024L + (g * 2 + a0) * 512;
                /* region at 0, 0, 0, box 3 x 4 x 4: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 16, 0 };
                    static const int32_t wo[2] = { 0, 8 };
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 4 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 4; u1 += 2) {
                                double acc[2][2][4];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 2; ++i)
                                                for (int_fast32_t p = 0; p < 4; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            yb[q * 512 + 64 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
                /* region at 3, 0, 0, box 1 x 4 x 4: 1 tap(s) */
                {
                    static const int32_t xo[1] = { 48 };
                    static const int32_t wo[1] = { 8 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 4 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 4; u1 += 2) {
                                double acc[2][2][4];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 1; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 2; ++i)
                                                for (int_fast32_t p = 0; p < 4; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            yb[q * 512 + 448 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
            }
        }
        /* phase 1, 0, 1: 4 region(s), taps 3, 5, 21, 23 */
        for (int_fast32_t a0 = 0; a0 < 2; a0 += 2) {
            double wk[32];  /* [tap][in channel][out channel] */
            {
                static const int32_t taps[4] = { 3, 5, 21, 23 };
                for (int_fast32_t t = 0; t < 4; ++t)
                    for (int_fast32_t c = 0; c < 4; ++c)
                        for (int_fast32_t q = 0; q < 2; ++q)
                            wk[(t * 4 + c) * 2 + q] = w[g * 216 + (a0 + q) * 27 + c * 54 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = x + b * 256L + g * 256;
                double *restrict yb = y + b * 1024L + (g * 2 + a0) * 512;
                /* region at 0, 0, 0, box 3 x 4 x 3: 4 tap(s) */
                {
                    static const int32_t xo[4] = { 17, 16, 1, 0 };
                    static const int32_t wo[4] = { 0, 8, 16, 24 };
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 3 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 4; u1 += 2) {
                                double acc[2][2][3];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 2; ++i)
                                                for (int_fast32_t p = 0; p < 3; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            yb[q * 512 + 65 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
                /* region at 0, 0, 3, box 3 x 4 x 1: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 19, 3 };
                    static const int32_t wo[2] = { 8, 24 };
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 1 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 4; u1 += 4) {
                                double acc[2][4][1];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 4; ++i)
                                        for (int_fast32_t p = 0; p < 1; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 4; ++i)
                                                for (int_fast32_t p = 0; p < 1; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 4; ++i)
                                        for (int_fast32_t p = 0; p < 1; ++p)
                                            yb[q * 512 + 71 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
                /* region at 3, 0, 0, box 1 x 4 x 3: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 49, 48 };
                    static const int32_t wo[2] = { 16, 24 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 3 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 4; u1 += 2) {
                                double acc[2][2][3];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 2; ++i)
                                                for (int_fast32_t p = 0; p < 3; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            yb[q * 512 + 449 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
                /* region at 3, 0, 3, box 1 x 4 x 1: 1 tap(s) */
                {
                    static const int32_t xo[1] = { 51 };
                    static const int32_t wo[1] = { 24 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 1 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 4; u1 += 4) {
                                double acc[2][4][1];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 4; ++i)
                                        for (int_fast32_t p = 0; p < 1; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 1; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 4; ++i)
                                                for (int_fast32_t p = 0; p < 1; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 4; ++i)
                                        for (int_fast32_t p = 0; p < 1; ++p)
                                            yb[q * 512 + 455 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
            }
        }
        /* phase 1, 1, 0: 4 region(s), taps 1, 7, 19, 25 */
        for (int_fast32_t a0 = 0; a0 < 2; a0 += 2) {
            double wk[32];  /* [tap][in channel][out channel] */
            {
                static const int32_t taps[4] = { 1, 7, 19, 25 };
                for (int_fast32_t t = 0; t < 4; ++t)
                    for (int_fast32_t c = 0; c < 4; ++c)
                        for (int_fast32_t q = 0; q < 2; ++q)
                            wk[(t * 4 + c) * 2 + q] = w[g * 216 + (a0 + q) * 27 + c * 54 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = x + b * 256L + g * 256;
                double *restrict yb = y + b * 1024L + (g * 2 + a0) * 512;
                /* region at 0, 0, 0, box 3 x 3 x 4: 4 tap(s) */
                {
                    static const int32_t xo[4] = { 20, 16, 4, 0 };
                    static const int32_t wo[4] = { 0, 8, 16, 24 };
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 4 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 2; u1 += 2) {
                                double acc[2][2][4];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 2; ++i)
                                                for (int_fast32_t p = 0; p < 4; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            yb[q * 512 + 72 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                            {
                                const int_fast32_t u1 = 2;
                                double acc[2][1][4];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 1; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 1; ++i)
                                                for (int_fast32_t p = 0; p < 4; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 1; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            yb[q * 512 + 72 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
                /* region at 0, 3, 0, box 3 x 1 x 4: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 28, 12 };
                    static const int32_t wo[2] = { 8, 24 };
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 1; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[2][4];
                                    for (int_fast32_t q = 0; q < 2; ++q)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            acc[q][p] = 0;
                                    for (int_fast32_t t = 0; t < 2; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4 + j * 1;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 4; ++c)
                                            for (int_fast32_t q = 0; q < 2; ++q) {
                                                const double wv = wp[c * 2 + q * 1];
                                                for (int_fast32_t p = 0; p < 4; ++p)
                                                    acc[q][p] += wv * xp[c * 64 + p * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 4; ++p)
                                        for (int_fast32_t q = 0; q < 2; ++q)
                                            yb[q * 512 + 120 + u0 * 128 + u1 * 16 + (j + p) * 2] = acc[q][p];
                                }
                            }
                }
                /* region at 3, 0, 0, box 1 x 3 x 4: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 52, 48 };
                    static const int32_t wo[2] = { 16, 24 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 4 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 2; u1 += 2) {
                                double acc[2][2][4];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 2; ++i)
                                                for (int_fast32_t p = 0; p < 4; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            yb[q * 512 + 456 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                            {
                                const int_fast32_t u1 = 2;
                                double acc[2][1][4];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 1; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 1; ++i)
                                                for (int_fast32_t p = 0; p < 4; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 1; ++i)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            yb[q * 512 + 456 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
                /* region at 3, 3, 0, box 1 x 1 x 4: 1 tap(s) */
                {
                    static const int32_t xo[1] = { 60 };
                    static const int32_t wo[1] = { 24 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 1; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[2][4];
                                    for (int_fast32_t q = 0; q < 2; ++q)
                                        for (int_fast32_t p = 0; p < 4; ++p)
                                            acc[q][p] = 0;
                                    for (int_fast32_t t = 0; t < 1; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4 + j * 1;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 4; ++c)
                                            for (int_fast32_t q = 0; q < 2; ++q) {
                                                const double wv = wp[c * 2 + q * 1];
                                                for (int_fast32_t p = 0; p < 4; ++p)
                                                    acc[q][p] += wv * xp[c * 64 + p * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 4; ++p)
                                        for (int_fast32_t q = 0; q < 2; ++q)
                                            yb[q * 512 + 504 + u0 * 128 + u1 * 16 + (j + p) * 2] = acc[q][p];
                                }
                            }
                }
            }
        }
        /* phase 1, 1, 1: 8 region(s), taps 0, 2, 6, 8, 18, 20, 24, 26 */
        for (int_fast32_t a0 = 0; a0 < 2; a0 += 2) {
            double wk[64];  /* [tap][in channel][out channel] */
            {
                static const int32_t taps[8] = { 0, 2, 6, 8, 18, 20, 24, 26 };
                for (int_fast32_t t = 0; t < 8; ++t)
                    for (int_fast32_t c = 0; c < 4; ++c)
                        for (int_fast32_t q = 0; q < 2; ++q)
                            wk[(t * 4 + c) * 2 + q] = w[g * 216 + (a0 + q) * 27 + c * 54 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = x + b * 256L + g * 256;
                double *restrict yb = y + b * 1024L + (g * 2 + a0) * 512;
                /* region at 0, 0, 0, box 3 x 3 x 3: 8 tap(s) */
                {
                    static const int32_t xo[8] = { 21, 20, 17, 16, 5, 4, 1, 0 };
                    static const int32_t wo[8] = { 0, 8, 16, 24, 32, 40, 48, 56 };
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 3 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 2; u1 += 2) {
                                double acc[2][2][3];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 8; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 2; ++i)
                                                for (int_fast32_t p = 0; p < 3; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            yb[q * 512 + 73 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                            {
                                const int_fast32_t u1 = 2;
                                double acc[2][1][3];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 1; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 8; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 1; ++i)
                                                for (int_fast32_t p = 0; p < 3; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 1; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            yb[q * 512 + 73 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
                /* region at 0, 0, 3, box 3 x 3 x 1: 4 tap(s) */
                {
                    static const int32_t xo[4] = { 23, 19, 7, 3 };
                    static const int32_t wo[4] = { 8, 24, 40, 56 };
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 1 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 3; u1 += 3) {
                                double acc[2][3][1];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 3; ++i)
                                        for (int_fast32_t p = 0; p < 1; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 3; ++i)
                                                for (int_fast32_t p = 0; p < 1; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 3; ++i)
                                        for (int_fast32_t p = 0; p < 1; ++p)
                                            yb[q * 512 + 79 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
                /* region at 0, 3, 0, box 3 x 1 x 3: 4 tap(s) */
                {
                    static const int32_t xo[4] = { 29, 28, 13, 12 };
                    static const int32_t wo[4] = { 16, 24, 48, 56 };
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 1; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[2][3];
                                    for (int_fast32_t q = 0; q < 2; ++q)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            acc[q][p] = 0;
                                    for (int_fast32_t t = 0; t < 4; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4 + j * 1;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 4; ++c)
                                            for (int_fast32_t q = 0; q < 2; ++q) {
                                                const double wv = wp[c * 2 + q * 1];
                                                for (int_fast32_t p = 0; p < 3; ++p)
                                                    acc[q][p] += wv * xp[c * 64 + p * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 3; ++p)
                                        for (int_fast32_t q = 0; q < 2; ++q)
                                            yb[q * 512 + 121 + u0 * 128 + u1 * 16 + (j + p) * 2] = acc[q][p];
                                }
                            }
                }
                /* region at 0, 3, 3, box 3 x 1 x 1: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 31, 15 };
                    static const int32_t wo[2] = { 24, 56 };
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 1; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[2][1];
                                    for (int_fast32_t q = 0; q < 2; ++q)
                                        for (int_fast32_t p = 0; p < 1; ++p)
                                            acc[q][p] = 0;
                                    for (int_fast32_t t = 0; t < 2; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4 + j * 1;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 4; ++c)
                                            for (int_fast32_t q = 0; q < 2; ++q) {
                                                const double wv = wp[c * 2 + q * 1];
                                                for (int_fast32_t p = 0; p < 1; ++p)
                                                    acc[q][p] += wv * xp[c * 64 + p * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 1; ++p)
                                        for (int_fast32_t q = 0; q < 2; ++q)
                                            yb[q * 512 + 127 + u0 * 128 + u1 * 16 + (j + p) * 2] = acc[q][p];
                                }
                            }
                }
                /* region at 3, 0, 0, box 1 x 3 x 3: 4 tap(s) */
                {
                    static const int32_t xo[4] = { 53, 52, 49, 48 };
                    static const int32_t wo[4] = { 32, 40, 48, 56 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 3 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 2; u1 += 2) {
                                double acc[2][2][3];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 2; ++i)
                                                for (int_fast32_t p = 0; p < 3; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 2; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            yb[q * 512 + 457 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                            {
                                const int_fast32_t u1 = 2;
                                double acc[2][1][3];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 1; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 4; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 1; ++i)
                                                for (int_fast32_t p = 0; p < 3; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 1; ++i)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            yb[q * 512 + 457 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
                /* region at 3, 0, 3, box 1 x 3 x 1: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 55, 51 };
                    static const int32_t wo[2] = { 40, 56 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        {  /* a narrow region: tiles of several rows (axis 1) x 1 position(s), independent sums */
                            for (int_fast32_t u1 = 0; u1 < 3; u1 += 3) {
                                double acc[2][3][1];
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 3; ++i)
                                        for (int_fast32_t p = 0; p < 1; ++p)
                                            acc[q][i][p] = 0;
                                for (int_fast32_t t = 0; t < 2; ++t) {
                                    const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4;
                                    const double *restrict wp = wk + wo[t];
                                    for (int_fast32_t c = 0; c < 4; ++c)
                                        for (int_fast32_t q = 0; q < 2; ++q) {
                                            const double wv = wp[c * 2 + q * 1];
                                            for (int_fast32_t i = 0; i < 3; ++i)
                                                for (int_fast32_t p = 0; p < 1; ++p)
                                                    acc[q][i][p] += wv * xp[c * 64 + i * 4 + p * 1];
                                        }
                                }
                                for (int_fast32_t q = 0; q < 2; ++q)
                                    for (int_fast32_t i = 0; i < 3; ++i)
                                        for (int_fast32_t p = 0; p < 1; ++p)
                                            yb[q * 512 + 463 + u0 * 128 + u1 * 16 + i * 16 + p * 2] = acc[q][i][p];
                            }
                        }
                }
                /* region at 3, 3, 0, box 1 x 1 x 3: 2 tap(s) */
                {
                    static const int32_t xo[2] = { 61, 60 };
                    static const int32_t wo[2] = { 48, 56 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 1; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[2][3];
                                    for (int_fast32_t q = 0; q < 2; ++q)
                                        for (int_fast32_t p = 0; p < 3; ++p)
                                            acc[q][p] = 0;
                                    for (int_fast32_t t = 0; t < 2; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4 + j * 1;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 4; ++c)
                                            for (int_fast32_t q = 0; q < 2; ++q) {
                                                const double wv = wp[c * 2 + q * 1];
                                                for (int_fast32_t p = 0; p < 3; ++p)
                                                    acc[q][p] += wv * xp[c * 64 + p * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 3; ++p)
                                        for (int_fast32_t q = 0; q < 2; ++q)
                                            yb[q * 512 + 505 + u0 * 128 + u1 * 16 + (j + p) * 2] = acc[q][p];
                                }
                            }
                }
                /* region at 3, 3, 3, box 1 x 1 x 1: 1 tap(s) */
                {
                    static const int32_t xo[1] = { 63 };
                    static const int32_t wo[1] = { 56 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 1; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[2][1];
                                    for (int_fast32_t q = 0; q < 2; ++q)
                                        for (int_fast32_t p = 0; p < 1; ++p)
                                            acc[q][p] = 0;
                                    for (int_fast32_t t = 0; t < 1; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 16 + u1 * 4 + j * 1;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 4; ++c)
                                            for (int_fast32_t q = 0; q < 2; ++q) {
                                                const double wv = wp[c * 2 + q * 1];
                                                for (int_fast32_t p = 0; p < 1; ++p)
                                                    acc[q][p] += wv * xp[c * 64 + p * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 1; ++p)
                                        for (int_fast32_t q = 0; q < 2; ++q)
                                            yb[q * 512 + 511 + u0 * 128 + u1 * 16 + (j + p) * 2] = acc[q][p];
                                }
                            }
                }
            }
        }
    }
}


#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, n above the batch type, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes below the workspace the kernel needs */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for its element type (ws: for its stated alignment) */
#define TCONV_SYM_EOVERLAP 5    /* the output or the workspace overlaps another array */
#endif

static int volume_3d_x2_fwd_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int volume_3d_x2_fwd_checked(long n, const double *x, const double *w, double *y);
int volume_3d_x2_fwd_checked(long n, const double *x, const double *w, double *y)
{
    /* the raw contract of volume_3d_x2_fwd, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 4503599627370495)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 1125899906842623)
            return TCONV_SYM_EBATCH;
    }
    if (n == 0)
        return TCONV_SYM_OK;
    if (!x || !w || !y)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)w % sizeof(double) || (uintptr_t)y % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (volume_3d_x2_fwd_chk_overlap(y, (n * ((int64_t)2 * 8 * 8 * 8) * (int64_t)sizeof(double)), x, (n * ((int64_t)4 * 4 * 4 * 4) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (volume_3d_x2_fwd_chk_overlap(y, (n * ((int64_t)2 * 8 * 8 * 8) * (int64_t)sizeof(double)), w, (((int64_t)4 * 2 * 3 * 3 * 3) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    volume_3d_x2_fwd(n, x, w, y);
    return TCONV_SYM_OK;
}
