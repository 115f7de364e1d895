/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      polyphase (auto: 80,724 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void fcn_bilinear_up2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:210f4612c8675f3f63992fcb30e358d68dcc9c1afc1d9b2a1a9070a6fb6160c8
 */
#include <stdint.h>
#include <string.h>
#include "fcn_bilinear_up2_dw.h"

/*
 * weight kernel, polyphase: 1 output phase(s), 16 tap blocks. Each block is one
 * kernel tap: for every channel pair of a group (21 group(s), 1 x 1 channels) a box of
 * the output accumulates the tap times a box of the input. Box bounds are exact, so no inserted
 * or padding zero is ever multiplied; all bounds are compile-time constants; no heap allocation.
 *   x: n x 21 x 16 x 16, C order
 *   grad_y: n x 21 x 32 x 32, C order
 *   grad_w: 21 x 1 x 4 x 4, C order, summed over the batch
 */
void fcn_bilinear_up2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
{
    for (int_fast32_t i = 0; i < 336; ++i)
        grad_w[i] = 0;
    for (long b = 0; b < n; ++b) {
        const double *restrict gb = x + b * 5376L;  /* convolution output side */
        const double *restrict xb = grad_y + b * 21504L;  /* convolution input side */
        /* tap 0, 0: box 15 x 15 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 17;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 33;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 0] += acc;
                }
        /* tap 0, 1: box 15 x 16 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 16;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 32;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 1] += acc;
                }
        /* tap 0, 2: box 15 x 16 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 16;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 33;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 2] += acc;
                }
        /* tap 0, 3: box 15 x 15 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 16;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 34;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 3] += acc;
                }
        /* tap 1, 0: box 16 x 15 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 1;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 1;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 4] += acc;
                }
        /* tap 1, 1: box 16 x 16 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 0;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 5] += acc;
                }
        /* tap 1, 2: box 16 x 16 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 1;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 6] += acc;
                }
        /* tap 1, 3: box 16 x 15 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 2;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 7] += acc;
                }
        /* tap 2, 0: box 16 x 15 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 1;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 33;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 8] += acc;
                }
        /* tap 2, 1: box 16 x 16 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 32;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 9] += acc;
                }
        /* tap 2, 2: box 16 x 16 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 33;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 10] += acc;
                }
        /* tap 2, 3: box 16 x 15 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 34;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 11] += acc;
                }
        /* tap 3, 0: box 15 x 15 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 1;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 65;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 12] += acc;
                }
        /* tap 3, 1: box 15 x 16 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 64;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 13] += acc;
                }
        /* tap 3, 2: box 15 x 16 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 65;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 14] += acc;
                }
        /* tap 3, 3: box 15 x 15 */
        for (int_fast32_t g = 0; g < 21; ++g)
            for (int_fast32_t a = 0; a < 1; ++a)
                for (int_fast32_t c = 0; c < 1; ++c) {
                    const double *restrict gp = gb + (g * 1 + a) * 256 + 0;
                    const double *restrict xp = xb + (g * 1 + c) * 1024 + 66;
                    double acc = 0;
                    for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                        for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                            acc += gp[u0 * 16 + u1] * xp[u0 * 64 + u1 * 2];
                    grad_w[g * 16 + a * 16 + c * 16 + 15] += acc;
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

static int fcn_bilinear_up2_dw_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int fcn_bilinear_up2_dw_checked(long n, const double *x, const double *grad_y, double *grad_w);
int fcn_bilinear_up2_dw_checked(long n, const double *x, const double *grad_y, double *grad_w)
{
    /* the raw contract of fcn_bilinear_up2_dw, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 214457125112880)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 53614281278220)
            return TCONV_SYM_EBATCH;
    }
    if (!x || !grad_y || !grad_w)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)grad_y % sizeof(double) || (uintptr_t)grad_w % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (fcn_bilinear_up2_dw_chk_overlap(grad_w, (((int64_t)21 * 1 * 4 * 4) * (int64_t)sizeof(double)), x, (n * ((int64_t)21 * 16 * 16) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (fcn_bilinear_up2_dw_chk_overlap(grad_w, (((int64_t)21 * 1 * 4 * 4) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)21 * 32 * 32) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    fcn_bilinear_up2_dw(n, x, grad_y, grad_w);
    return TCONV_SYM_OK;
}
