/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void dcgan_128_64_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:1642198294609fbdbf51d7e6e1b5335b24c418cb809ffa4eb76615f1fbdc311d
 */
#include <stdint.h>
#include <string.h>
#include "dcgan_128_64_dw.h"

/*
 * weight kernel, polyphase: 1 output phase(s), 16 tap blocks. Each block is one
 * kernel tap: for every channel pair of a group (1 group(s), 128 x 64 channels) a box of
 * the output accumulates the tap times a box of the input. Box bounds are exact, so no inserted
 * or padding zero is ever multiplied; all bounds are compile-time constants; no heap allocation.
 *   x: n x 128 x 8 x 8, C order
 *   grad_y: n x 64 x 16 x 16, C order
 *   grad_w: 128 x 64 x 4 x 4, C order, summed over the batch
 */
void dcgan_128_64_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
{
    for (int_fast32_t i = 0; i < 131072; ++i)
        grad_w[i] = 0;
    for (long b = 0; b < n; ++b) {
        const double *restrict gb = x + b * 8192L;  /* convolution output side */
        const double *restrict xb = grad_y + b * 16384L;  /* convolution input side */
        /* tap 0, 0: box 7 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 9;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 17;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 0] += acc;
                }
        /* tap 0, 1: box 7 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 8;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 16;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 1] += acc;
                }
        /* tap 0, 2: box 7 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 8;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 17;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 2] += acc;
                }
        /* tap 0, 3: box 7 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 8;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 18;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 3] += acc;
                }
        /* tap 1, 0: box 8 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 1;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 1;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 4] += acc;
                }
        /* tap 1, 1: box 8 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 5] += acc;
                }
        /* tap 1, 2: box 8 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 1;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 6] += acc;
                }
        /* tap 1, 3: box 8 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 2;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 7] += acc;
                }
        /* tap 2, 0: box 8 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 1;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 17;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 8] += acc;
                }
        /* tap 2, 1: box 8 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 16;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 9] += acc;
                }
        /* tap 2, 2: box 8 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 17;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 10] += acc;
                }
        /* tap 2, 3: box 8 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 18;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 8; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 11] += acc;
                }
        /* tap 3, 0: box 7 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 1;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 33;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 12] += acc;
                }
        /* tap 3, 1: box 7 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 32;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 13] += acc;
                }
        /* tap 3, 2: box 7 x 8 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 33;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 8; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 14] += acc;
                }
        /* tap 3, 3: box 7 x 7 */
        for (int_fast32_t g = 0; g < 1; ++g)
            for (int_fast32_t a = 0; a < 128; ++a)
                for (int_fast32_t c = 0; c < 64; ++c) {
                    const double *restrict gp = gb + (g * 128 + a) * 64 + 0;
                    const double *restrict xp = xb + (g * 64 + c) * 256 + 34;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 7; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 7; ++u1)
                            acc += gp[u0 * 8 + u1] * xp[u0 * 32 + u1 * 2];
                    grad_w[g * 131072 + a * 1024 + c * 16 + 15] += acc;
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

static int dcgan_128_64_dw_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int dcgan_128_64_dw_checked(long n, const double *x, const double *grad_y, double *grad_w);
int dcgan_128_64_dw_checked(long n, const double *x, const double *grad_y, double *grad_w)
{
    /* the raw contract of dcgan_128_64_dw, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 140737488355327)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 70368744177663)
            return TCONV_SYM_EBATCH;
    }
    if (!x || !grad_y || !grad_w)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)grad_y % sizeof(double) || (uintptr_t)grad_w % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (dcgan_128_64_dw_chk_overlap(grad_w, (((int64_t)128 * 64 * 4 * 4) * (int64_t)sizeof(double)), x, (n * ((int64_t)128 * 8 * 8) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (dcgan_128_64_dw_chk_overlap(grad_w, (((int64_t)128 * 64 * 4 * 4) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)64 * 16 * 16) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    dcgan_128_64_dw(n, x, grad_y, grad_w);
    return TCONV_SYM_OK;
}
