/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 10,648 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void volume_3d_x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:4a32acdc19bcae7268b0fc5c789791b296bed7894154d823e18292aaedee8b93
 */
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <math.h>
#include "volume_3d_x2_dx.h"

#ifndef TCONV_SYM_ALLOC
#define TCONV_SYM_ALLOC(bytes) malloc(bytes)
#endif
#ifndef TCONV_SYM_FREE
#define TCONV_SYM_FREE(p) free(p)
#endif

/*
 * input kernel, polyphase: 1 output phase(s), 27 tap blocks. Each block is one
 * kernel tap: for every channel pair of a group (1 group(s), 4 x 2 channels) a box of
 * the output accumulates the tap times a box of the input. Box bounds are exact, so no inserted
 * or padding zero is ever multiplied; all bounds are compile-time constants; no heap allocation.
 *   grad_y: n x 2 x 8 x 8 x 8, C order
 *   w: 4 x 2 x 3 x 3 x 3, C order (PyTorch weight layout)
 *   grad_x: n x 4 x 4 x 4 x 4, C order
 */
/* volume_3d_x2_dx_ws: the kernel with the caller's workspace ws of VOLUME_3D_X2_DX_WORKSPACE_BYTES bytes (aligned for double, any
 * contents): packed weights (216 elements);
 * the stack keeps the register tile. volume_3d_x2_dx below takes it from TCONV_SYM_ALLOC. */
void volume_3d_x2_dx_ws(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x, void *restrict ws)
{
    /*
     * Each output phase plane is cut into regions on which the set of valid taps is constant
     * (8 regions). An output element of a region is one complete sum over the
     * region's taps and the 2 input channels of its group, kept in registers and stored once:
     * channels-vectorised register tiles of 4 positions x 4 output channels, weights packed
     * (216 elements in the workspace).
     */
    for (int_fast32_t g = 0; g < 1; ++g) {
        /* phase 0, 0, 0: 8 region(s), taps 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26 */
        for (int_fast32_t a0 = 0; a0 < 4; a0 += 4) {
            double *restrict wk = (double *)ws;  /* [tap][in channel][out channel]: 216 elements of the workspace */
            {
                static const int32_t taps[27] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26 };
                for (int_fast32_t t = 0; t < 27; ++t)
                    for (int_fast32_t c = 0; c < 2; ++c)
                        for (int_fast32_t q = 0; q < 4; ++q)
                            wk[(t * 2 + c) * 4 + q] = w[g * 216 + (a0 + q) * 54 + c * 27 + taps[t]];
            }
            for (long b = 0; b < n; ++b) {
                const double *restrict xb = grad_y + b * 1024L + g * 1024;
                double *restrict yb = grad_x + b * 256L + (g * 4 + a0) * 64;
                /* region at 0, 0, 0, box 1 x 1 x 1: 8 tap(s) */
                {
                    static const int32_t xo[8] = { 0, 1, 8, 9, 64, 65, 72, 73 };
                    static const int32_t wo[8] = { 104, 112, 128, 136, 176, 184, 200, 208 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 1; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[1][4];
                                    for (int_fast32_t p = 0; p < 1; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            acc[p][q] = 0;
                                    for (int_fast32_t t = 0; t < 8; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 128 + u1 * 16 + j * 2;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 2; ++c)
                                            for (int_fast32_t p = 0; p < 1; ++p) {
                                                const double xv = xp[c * 512 + p * 2];
                                                for (int_fast32_t q = 0; q < 4; ++q)
                                                    acc[p][q] += xv * wp[c * 4 + q * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 1; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            yb[q * 64 + 0 + u0 * 16 + u1 * 4 + (j + p) * 1] = acc[p][q];
                                }
                            }
                }
                /* region at 0, 0, 1, box 1 x 1 x 3: 12 tap(s) */
                {
                    static const int32_t xo[12] = { 1, 2, 3, 9, 10, 11, 65, 66, 67, 73, 74, 75 };
                    static const int32_t wo[12] = { 96, 104, 112, 120, 128, 136, 168, 176, 184, 192, 200, 208 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 1; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[3][4];
                                    for (int_fast32_t p = 0; p < 3; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            acc[p][q] = 0;
                                    for (int_fast32_t t = 0; t < 12; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 128 + u1 * 16 + j * 2;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 2; ++c)
                                            for (int_fast32_t p = 0; p < 3; ++p) {
                                                const double xv = xp[c * 512 + p * 2];
                                                for (int_fast32_t q = 0; q < 4; ++q)
                                                    acc[p][q] += xv * wp[c * 4 + q * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 3; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            yb[q * 64 + 1 + u0 * 16 + u1 * 4 + (j + p) * 1] = acc[p][q];
                                }
                            }
                }
                /* region at 0, 1, 0, box 1 x 3 x 1: 12 tap(s) */
                {
                    static const int32_t xo[12] = { 8, 9, 16, 17, 24, 25, 72, 73, 80, 81, 88, 89 };
                    static const int32_t wo[12] = { 80, 88, 104, 112, 128, 136, 152, 160, 176, 184, 200, 208 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 3; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[1][4];
                                    for (int_fast32_t p = 0; p < 1; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            acc[p][q] = 0;
                                    for (int_fast32_t t = 0; t < 12; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 128 + u1 * 16 + j * 2;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 2; ++c)
                                            for (int_fast32_t p = 0; p < 1; ++p) {
                                                const double xv = xp[c * 512 + p * 2];
                                                for (int_fast32_t q = 0; q < 4; ++q)
                                                    acc[p][q] += xv * wp[c * 4 + q * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 1; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            yb[q * 64 + 4 + u0 * 16 + u1 * 4 + (j + p) * 1] = acc[p][q];
                                }
                            }
                }
                /* region at 0, 1, 1, box 1 x 3 x 3: 18 tap(s) */
                {
                    static const int32_t xo[18] = { 9, 10, 11, 17, 18, 19, 25, 26, 27, 73, 74, 75, 81, 82, 83, 89, 90, 91 };
                    static const int32_t wo[18] = { 72, 80, 88, 96, 104, 112, 120, 128, 136, 144, 152, 160, 168, 176, 184, 192, 200, 208 };
                    for (int_fast32_t u0 = 0; u0 < 1; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 3; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[3][4];
                                    for (int_fast32_t p = 0; p < 3; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            acc[p][q] = 0;
                                    for (int_fast32_t t = 0; t < 18; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 128 + u1 * 16 + j * 2;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 2; ++c)
                                            for (int_fast32_t p = 0; p < 3; ++p) {
                                                const double xv = xp[c * 512 + p * 2];
                                                for (int_fast32_t q = 0; q < 4; ++q)
                                                    acc[p][q] += xv * wp[c * 4 + q * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 3; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            yb[q * 64 + 5 + u0 * 16 + u1 * 4 + (j + p) * 1] = acc[p][q];
                                }
                            }
                }
                /* region at 1, 0, 0, box 3 x 1 x 1: 12 tap(s) */
                {
                    static const int32_t xo[12] = { 64, 65, 72, 73, 128, 129, 136, 137, 192, 193, 200, 201 };
                    static const int32_t wo[12] = { 32, 40, 56, 64, 104, 112, 128, 136, 176, 184, 200, 208 };
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 1; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[1][4];
                                    for (int_fast32_t p = 0; p < 1; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            acc[p][q] = 0;
                                    for (int_fast32_t t = 0; t < 12; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 128 + u1 * 16 + j * 2;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 2; ++c)
                                            for (int_fast32_t p = 0; p < 1; ++p) {
                                                const double xv = xp[c * 512 + p * 2];
                                                for (int_fast32_t q = 0; q < 4; ++q)
                                                    acc[p][q] += xv * wp[c * 4 + q * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 1; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            yb[q * 64 + 16 + u0 * 16 + u1 * 4 + (j + p) * 1] = acc[p][q];
                                }
                            }
                }
                /* region at 1, 0, 1, box 3 x 1 x 3: 18 tap(s) */
                {
                    static const int32_t xo[18] = { 65, 66, 67, 73, 74, 75, 129, 130, 131, 137, 138, 139, 193, 194, 195, 201, 202, 203 };
                    static const int32_t wo[18] = { 24, 32, 40, 48, 56, 64, 96, 104, 112, 120, 128, 136, 168, 176, 184, 192, 200, 208 };
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 1; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[3][4];
                                    for (int_fast32_t p = 0; p < 3; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            acc[p][q] = 0;
                                    for (int_fast32_t t = 0; t < 18; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 128 + u1 * 16 + j * 2;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 2; ++c)
                                            for (int_fast32_t p = 0; p < 3; ++p) {
                                                const double xv = xp[c * 512 + p * 2];
                                                for (int_fast32_t q = 0; q < 4; ++q)
                                                    acc[p][q] += xv * wp[c * 4 + q * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 3; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            yb[q * 64 + 17 + u0 * 16 + u1 * 4 + (j + p) * 1] = acc[p][q];
                                }
                            }
                }
                /* region at 1, 1, 0, box 3 x 3 x 1: 18 tap(s) */
                {
                    static const int32_t xo[18] = { 72, 73, 80, 81, 88, 89, 136, 137, 144, 145, 152, 153, 200, 201, 208, 209, 216, 217 };
                    static const int32_t wo[18] = { 8, 16, 32, 40, 56, 64, 80, 88, 104, 112, 128, 136, 152, 160, 176, 184, 200, 208 };
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 3; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[1][4];
                                    for (int_fast32_t p = 0; p < 1; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            acc[p][q] = 0;
                                    for (int_fast32_t t = 0; t < 18; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 128 + u1 * 16 + j * 2;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 2; ++c)
                                            for (int_fast32_t p = 0; p < 1; ++p) {
                                                const double xv = xp[c * 512 + p * 2];
                                                for (int_fast32_t q = 0; q < 4; ++q)
                                                    acc[p][q] += xv * wp[c * 4 + q * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 1; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            yb[q * 64 + 20 + u0 * 16 + u1 * 4 + (j + p) * 1] = acc[p][q];
                                }
                            }
                }
                /* region at 1, 1, 1, box 3 x 3 x 3: 27 tap(s) */
                {
                    static const int32_t xo[27] = { 73, 74, 75, 81, 82, 83, 89, 90, 91, 137, 138, 139, 145, 146, 147, 153, 154, 155, 201, 202, 203, 209, 210, 211, 217, 218, 219 };
                    static const int32_t wo[27] = { 0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128, 136, 144, 152, 160, 168, 176, 184, 192, 200, 208 };
                    for (int_fast32_t u0 = 0; u0 < 3; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 3; ++u1)
                            {
                                {
                                    const int_fast32_t j = 0;
                                    double acc[3][4];
                                    for (int_fast32_t p = 0; p < 3; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            acc[p][q] = 0;
                                    for (int_fast32_t t = 0; t < 27; ++t) {
                                        const double *restrict xp = xb + xo[t] + u0 * 128 + u1 * 16 + j * 2;
                                        const double *restrict wp = wk + wo[t];
                                        for (int_fast32_t c = 0; c < 2; ++c)
                                            for (int_fast32_t p = 0; p < 3; ++p) {
                                                const double xv = xp[c * 512 + p * 2];
                                                for (int_fast32_t q = 0; q < 4; ++q)
                                                    acc[p][q] += xv * wp[c * 4 + q * 1];
                                            }
                                    }
                                    for (int_fast32_t p = 0; p < 3; ++p)
                                        for (int_fast32_t q = 0; q < 4; ++q)
                                            yb[q * 64 + 21 + u0 * 16 + u1 * 4 + (j + p) * 1] = acc[p][q];
                                }
                            }
                }
            }
        }
    }
}

void volume_3d_x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
{
    void *ws = TCONV_SYM_ALLOC(VOLUME_3D_X2_DX_WORKSPACE_BYTES);
    if (!ws) {  /* no memory: the result is NaN, never garbage */
        for (int64_t i = 0; i < n * 256L; ++i)
            grad_x[i] = NAN;
        return;
    }
    volume_3d_x2_dx_ws(n, grad_y, w, grad_x, ws);
    TCONV_SYM_FREE(ws);
}


#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, n above the batch type, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes below the workspace the kernel needs */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for its element type (ws: for its stated alignment) */
#define TCONV_SYM_EOVERLAP 5    /* the output or the workspace overlaps another array */
#endif

static int volume_3d_x2_dx_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int volume_3d_x2_dx_checked(long n, const double *grad_y, const double *w, double *grad_x);
int volume_3d_x2_dx_checked(long n, const double *grad_y, const double *w, double *grad_x)
{
    /* the raw contract of volume_3d_x2_dx, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 1125899906842623)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 4503599627370495)
            return TCONV_SYM_EBATCH;
    }
    if (n == 0)
        return TCONV_SYM_OK;
    if (!grad_y || !w || !grad_x)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)grad_y % sizeof(double) || (uintptr_t)w % sizeof(double) || (uintptr_t)grad_x % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (volume_3d_x2_dx_chk_overlap(grad_x, (n * ((int64_t)4 * 4 * 4 * 4) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)2 * 8 * 8 * 8) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (volume_3d_x2_dx_chk_overlap(grad_x, (n * ((int64_t)4 * 4 * 4 * 4) * (int64_t)sizeof(double)), w, (((int64_t)4 * 2 * 3 * 3 * 3) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    volume_3d_x2_dx(n, grad_y, w, grad_x);
    return TCONV_SYM_OK;
}
