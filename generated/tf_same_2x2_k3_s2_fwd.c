/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 * operator:      forward: y = Cᵀ·x
 * strategy:      unrolled (auto: 25 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tf_same_2x2_k3_s2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:bbf7beec412ebafa996b211459a15335a4a4599306b51902904f68bc913ed86d
 */
#include "tf_same_2x2_k3_s2_fwd.h"

/*
 * forward kernel, unrolled: one statement per output element, holding only the
 * 25 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   x: n x 1 x 2 x 2, C order
 *   w: 1 x 1 x 3 x 3, C order (PyTorch weight layout)
 *   y: n x 1 x 4 x 4, C order
 */
void tf_same_2x2_k3_s2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = x + b * 4L;
        double *restrict dst = y + b * 16L;
        dst[0] =
            w[0] * src[0];
        dst[1] =
            w[1] * src[0];
        dst[2] =
            w[2] * src[0] + w[0] * src[1];
        dst[3] =
            w[1] * src[1];
        dst[4] =
            w[3] * src[0];
        dst[5] =
            w[4] * src[0];
        dst[6] =
            w[5] * src[0] + w[3] * src[1];
        dst[7] =
            w[4] * src[1];
        dst[8] =
            w[6] * src[0] + w[0] * src[2];
        dst[9] =
            w[7] * src[0] + w[1] * src[2];
        dst[10] =
            w[8] * src[0] + w[6] * src[1] + w[2] * src[2] + w[0] * src[3];
        dst[11] =
            w[7] * src[1] + w[1] * src[3];
        dst[12] =
            w[3] * src[2];
        dst[13] =
            w[4] * src[2];
        dst[14] =
            w[5] * src[2] + w[3] * src[3];
        dst[15] =
            w[4] * src[3];
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

static int tf_same_2x2_k3_s2_fwd_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int tf_same_2x2_k3_s2_fwd_checked(long n, const double *x, const double *w, double *y);
int tf_same_2x2_k3_s2_fwd_checked(long n, const double *x, const double *w, double *y)
{
    /* the raw contract of tf_same_2x2_k3_s2_fwd, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 288230376151711743)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 72057594037927935)
            return TCONV_SYM_EBATCH;
    }
    if (n == 0)
        return TCONV_SYM_OK;
    if (!x || !w || !y)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)w % sizeof(double) || (uintptr_t)y % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (tf_same_2x2_k3_s2_fwd_chk_overlap(y, (n * ((int64_t)1 * 4 * 4) * (int64_t)sizeof(double)), x, (n * ((int64_t)1 * 2 * 2) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (tf_same_2x2_k3_s2_fwd_chk_overlap(y, (n * ((int64_t)1 * 4 * 4) * (int64_t)sizeof(double)), w, (((int64_t)1 * 1 * 3 * 3) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    tf_same_2x2_k3_s2_fwd(n, x, w, y);
    return TCONV_SYM_OK;
}
