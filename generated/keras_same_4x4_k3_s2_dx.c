/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 121 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_same_4x4_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:eb7b4663462169e5fcbcd3426f976281ed1eaf74cecd94b9883d8e8acc702a92
 */
#include "keras_same_4x4_k3_s2_dx.h"

/*
 * input kernel, unrolled: one statement per output element, holding only the
 * 121 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   grad_y: n x 1 x 8 x 8, C order
 *   w: 1 x 1 x 3 x 3, C order (PyTorch weight layout)
 *   grad_x: n x 1 x 4 x 4, C order
 */
void keras_same_4x4_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = grad_y + b * 64L;
        double *restrict dst = grad_x + b * 16L;
        dst[0] =
            w[0] * src[0] + w[1] * src[1] + w[2] * src[2] + w[3] * src[8]
            + w[4] * src[9] + w[5] * src[10] + w[6] * src[16] + w[7] * src[17]
            + w[8] * src[18];
        dst[1] =
            w[0] * src[2] + w[1] * src[3] + w[2] * src[4] + w[3] * src[10]
            + w[4] * src[11] + w[5] * src[12] + w[6] * src[18] + w[7] * src[19]
            + w[8] * src[20];
        dst[2] =
            w[0] * src[4] + w[1] * src[5] + w[2] * src[6] + w[3] * src[12]
            + w[4] * src[13] + w[5] * src[14] + w[6] * src[20] + w[7] * src[21]
            + w[8] * src[22];
        dst[3] =
            w[0] * src[6] + w[1] * src[7] + w[3] * src[14] + w[4] * src[15]
            + w[6] * src[22] + w[7] * src[23];
        dst[4] =
            w[0] * src[16] + w[1] * src[17] + w[2] * src[18] + w[3] * src[24]
            + w[4] * src[25] + w[5] * src[26] + w[6] * src[32] + w[7] * src[33]
            + w[8] * src[34];
        dst[5] =
            w[0] * src[18] + w[1] * src[19] + w[2] * src[20] + w[3] * src[26]
            + w[4] * src[27] + w[5] * src[28] + w[6] * src[34] + w[7] * src[35]
            + w[8] * src[36];
        dst[6] =
            w[0] * src[20] + w[1] * src[21] + w[2] * src[22] + w[3] * src[28]
            + w[4] * src[29] + w[5] * src[30] + w[6] * src[36] + w[7] * src[37]
            + w[8] * src[38];
        dst[7] =
            w[0] * src[22] + w[1] * src[23] + w[3] * src[30] + w[4] * src[31]
            + w[6] * src[38] + w[7] * src[39];
        dst[8] =
            w[0] * src[32] + w[1] * src[33] + w[2] * src[34] + w[3] * src[40]
            + w[4] * src[41] + w[5] * src[42] + w[6] * src[48] + w[7] * src[49]
            + w[8] * src[50];
        dst[9] =
            w[0] * src[34] + w[1] * src[35] + w[2] * src[36] + w[3] * src[42]
            + w[4] * src[43] + w[5] * src[44] + w[6] * src[50] + w[7] * src[51]
            + w[8] * src[52];
        dst[10] =
            w[0] * src[36] + w[1] * src[37] + w[2] * src[38] + w[3] * src[44]
            + w[4] * src[45] + w[5] * src[46] + w[6] * src[52] + w[7] * src[53]
            + w[8] * src[54];
        dst[11] =
            w[0] * src[38] + w[1] * src[39] + w[3] * src[46] + w[4] * src[47]
            + w[6] * src[54] + w[7] * src[55];
        dst[12] =
            w[0] * src[48] + w[1] * src[49] + w[2] * src[50] + w[3] * src[56]
            + w[4] * src[57] + w[5] * src[58];
        dst[13] =
            w[0] * src[50] + w[1] * src[51] + w[2] * src[52] + w[3] * src[58]
            + w[4] * src[59] + w[5] * src[60];
        dst[14] =
            w[0] * src[52] + w[1] * src[53] + w[2] * src[54] + w[3] * src[60]
            + w[4] * src[61] + w[5] * src[62];
        dst[15] =
            w[0] * src[54] + w[1] * src[55] + w[3] * src[62] + w[4] * src[63];
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

static int keras_same_4x4_k3_s2_dx_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int keras_same_4x4_k3_s2_dx_checked(long n, const double *grad_y, const double *w, double *grad_x);
int keras_same_4x4_k3_s2_dx_checked(long n, const double *grad_y, const double *w, double *grad_x)
{
    /* the raw contract of keras_same_4x4_k3_s2_dx, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 18014398509481983)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 72057594037927935)
            return TCONV_SYM_EBATCH;
    }
    if (n == 0)
        return TCONV_SYM_OK;
    if (!grad_y || !w || !grad_x)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)grad_y % sizeof(double) || (uintptr_t)w % sizeof(double) || (uintptr_t)grad_x % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (keras_same_4x4_k3_s2_dx_chk_overlap(grad_x, (n * ((int64_t)1 * 4 * 4) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)1 * 8 * 8) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (keras_same_4x4_k3_s2_dx_chk_overlap(grad_x, (n * ((int64_t)1 * 4 * 4) * (int64_t)sizeof(double)), w, (((int64_t)1 * 1 * 3 * 3) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    keras_same_4x4_k3_s2_dx(n, grad_y, w, grad_x);
    return TCONV_SYM_OK;
}
