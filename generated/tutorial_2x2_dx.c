/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tutorial_2x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:28e2e8b1b42eebd83791f75c958a52702b75946dac718fd00904079347654243
 */
#include "tutorial_2x2_dx.h"

/*
 * input kernel, unrolled: one statement per output element, holding only the
 * 16 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   grad_y: n x 1 x 3 x 3, C order
 *   w: 1 x 1 x 2 x 2, C order (PyTorch weight layout)
 *   grad_x: n x 1 x 2 x 2, C order
 */
void tutorial_2x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = grad_y + b * 9L;
        double *restrict dst = grad_x + b * 4L;
        dst[0] =
            w[0] * src[0] + w[1] * src[1] + w[2] * src[3] + w[3] * src[4];
        dst[1] =
            w[0] * src[1] + w[1] * src[2] + w[2] * src[4] + w[3] * src[5];
        dst[2] =
            w[0] * src[3] + w[1] * src[4] + w[2] * src[6] + w[3] * src[7];
        dst[3] =
            w[0] * src[4] + w[1] * src[5] + w[2] * src[7] + w[3] * src[8];
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

static int tutorial_2x2_dx_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int tutorial_2x2_dx_checked(long n, const double *grad_y, const double *w, double *grad_x);
int tutorial_2x2_dx_checked(long n, const double *grad_y, const double *w, double *grad_x)
{
    /* the raw contract of tutorial_2x2_dx, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 128102389400760775)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 288230376151711743)
            return TCONV_SYM_EBATCH;
    }
    if (n == 0)
        return TCONV_SYM_OK;
    if (!grad_y || !w || !grad_x)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)grad_y % sizeof(double) || (uintptr_t)w % sizeof(double) || (uintptr_t)grad_x % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (tutorial_2x2_dx_chk_overlap(grad_x, (n * ((int64_t)1 * 2 * 2) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)1 * 3 * 3) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (tutorial_2x2_dx_chk_overlap(grad_x, (n * ((int64_t)1 * 2 * 2) * (int64_t)sizeof(double)), w, (((int64_t)1 * 1 * 2 * 2) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    tutorial_2x2_dx(n, grad_y, w, grad_x);
    return TCONV_SYM_OK;
}
