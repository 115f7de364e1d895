/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tutorial_2x2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:0d0c26822f47038d812b858f5bda52928412cc055c21e5317cdc917fe25a642b
 */
#include "tutorial_2x2_dw.h"

/*
 * weight kernel, unrolled: one statement per weight entry, holding only the
 * 16 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   x: n x 1 x 2 x 2, C order
 *   grad_y: n x 1 x 3 x 3, C order
 *   grad_w: 1 x 1 x 2 x 2, C order, summed over the batch
 */
void tutorial_2x2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
{
    for (int_fast32_t i = 0; i < 4; ++i)
        grad_w[i] = 0;
    for (long b = 0; b < n; ++b) {
        const double *restrict xb = x + b * 4L;
        const double *restrict gb = grad_y + b * 9L;
        grad_w[0] +=
            gb[0] * xb[0] + gb[1] * xb[1] + gb[3] * xb[2] + gb[4] * xb[3];
        grad_w[1] +=
            gb[1] * xb[0] + gb[2] * xb[1] + gb[4] * xb[2] + gb[5] * xb[3];
        grad_w[2] +=
            gb[3] * xb[0] + gb[4] * xb[1] + gb[6] * xb[2] + gb[7] * xb[3];
        grad_w[3] +=
            gb[4] * xb[0] + gb[5] * xb[1] + gb[7] * xb[2] + gb[8] * xb[3];
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

static int tutorial_2x2_dw_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int tutorial_2x2_dw_checked(long n, const double *x, const double *grad_y, double *grad_w);
int tutorial_2x2_dw_checked(long n, const double *x, const double *grad_y, double *grad_w)
{
    /* the raw contract of tutorial_2x2_dw, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 288230376151711743)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 128102389400760775)
            return TCONV_SYM_EBATCH;
    }
    if (!x || !grad_y || !grad_w)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)grad_y % sizeof(double) || (uintptr_t)grad_w % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (tutorial_2x2_dw_chk_overlap(grad_w, (((int64_t)1 * 1 * 2 * 2) * (int64_t)sizeof(double)), x, (n * ((int64_t)1 * 2 * 2) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (tutorial_2x2_dw_chk_overlap(grad_w, (((int64_t)1 * 1 * 2 * 2) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)1 * 3 * 3) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    tutorial_2x2_dw(n, x, grad_y, grad_w);
    return TCONV_SYM_OK;
}
