/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 25 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tf_same_2x2_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:c9361af9afe001e6d79c17449b797dace58be4d234b2de2283ab04c0112ed965
 */
#include "tf_same_2x2_k3_s2_dx.h"

/*
 * input kernel, unrolled: one statement per output element, holding only the
 * 25 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   grad_y: n x 1 x 4 x 4, C order
 *   w: 1 x 1 x 3 x 3, C order (PyTorch weight layout)
 *   grad_x: n x 1 x 2 x 2, C order
 */
void tf_same_2x2_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = grad_y + b * 16L;
        double *restrict dst = grad_x + b * 4L;
        dst[0] =
            w[0] * src[0] + w[1] * src[1] + w[2] * src[2] + w[3] * src[4]
            + w[4] * src[5] + w[5] * src[6] + w[6] * src[8] + w[7] * src[9]
            + w[8] * src[10];
        dst[1] =
            w[0] * src[2] + w[1] * src[3] + w[3] * src[6] + w[4] * src[7]
            + w[6] * src[10] + w[7] * src[11];
        dst[2] =
            w[0] * src[8] + w[1] * src[9] + w[2] * src[10] + w[3] * src[12]
            + w[4] * src[13] + w[5] * src[14];
        dst[3] =
            w[0] * src[10] + w[1] * src[11] + w[3] * src[14] + w[4] * src[15];
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

static int tf_same_2x2_k3_s2_dx_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int tf_same_2x2_k3_s2_dx_checked(long n, const double *grad_y, const double *w, double *grad_x);
int tf_same_2x2_k3_s2_dx_checked(long n, const double *grad_y, const double *w, double *grad_x)
{
    /* the raw contract of tf_same_2x2_k3_s2_dx, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 72057594037927935)
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
    if (tf_same_2x2_k3_s2_dx_chk_overlap(grad_x, (n * ((int64_t)1 * 2 * 2) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)1 * 4 * 4) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (tf_same_2x2_k3_s2_dx_chk_overlap(grad_x, (n * ((int64_t)1 * 2 * 2) * (int64_t)sizeof(double)), w, (((int64_t)1 * 1 * 3 * 3) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    tf_same_2x2_k3_s2_dx(n, grad_y, w, grad_x);
    return TCONV_SYM_OK;
}
