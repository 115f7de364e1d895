/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 * operator:      forward: y = Cᵀ·x
 * strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tutorial_2x2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:26e9060ccdd9a59e91a35f5bc58b131c8c81809b1fe5daaaf97d8ab9bfdd29cb
 */
#include "tutorial_2x2_fwd.h"

/*
 * forward kernel, unrolled: one statement per output element, holding only the
 * 16 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   x: n x 1 x 2 x 2, C order
 *   w: 1 x 1 x 2 x 2, C order (PyTorch weight layout)
 *   y: n x 1 x 3 x 3, C order
 */
void tutorial_2x2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = x + b * 4L;
        double *restrict dst = y + b * 9L;
        dst[0] =
            w[0] * src[0];
        dst[1] =
            w[1] * src[0] + w[0] * src[1];
        dst[2] =
            w[1] * src[1];
        dst[3] =
            w[2] * src[0] + w[0] * src[2];
        dst[4] =
            w[3] * src[0] + w[2] * src[1] + w[1] * src[2] + w[0] * src[3];
        dst[5] =
            w[3] * src[1] + w[1] * src[3];
        dst[6] =
            w[2] * src[2];
        dst[7] =
            w[3] * src[2] + w[2] * src[3];
        dst[8] =
            w[3] * src[3];
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

static int tutorial_2x2_fwd_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int tutorial_2x2_fwd_checked(long n, const double *x, const double *w, double *y);
int tutorial_2x2_fwd_checked(long n, const double *x, const double *w, double *y)
{
    /* the raw contract of tutorial_2x2_fwd, checked: nothing is read or written unless it all holds */
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
    if (n == 0)
        return TCONV_SYM_OK;
    if (!x || !w || !y)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)w % sizeof(double) || (uintptr_t)y % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (tutorial_2x2_fwd_chk_overlap(y, (n * ((int64_t)1 * 3 * 3) * (int64_t)sizeof(double)), x, (n * ((int64_t)1 * 2 * 2) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (tutorial_2x2_fwd_chk_overlap(y, (n * ((int64_t)1 * 3 * 3) * (int64_t)sizeof(double)), w, (((int64_t)1 * 1 * 2 * 2) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    tutorial_2x2_fwd(n, x, w, y);
    return TCONV_SYM_OK;
}
