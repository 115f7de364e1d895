/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3)
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_valid_4x4_k3_s1_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:9a1734edf4b6773e922bdd32620239137204c301e4854b92f82e80ded1c928b2
 */
#include "keras_valid_4x4_k3_s1_dx.h"

/*
 * input kernel, unrolled: one statement per output element, holding only the
 * 144 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   grad_y: n x 1 x 6 x 6, C order
 *   w: 1 x 1 x 3 x 3, C order (PyTorch weight layout)
 *   grad_x: n x 1 x 4 x 4, C order
 */
void keras_valid_4x4_k3_s1_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = grad_y + b * 36L;
        double *restrict dst = grad_x + b * 16L;
        dst[0] =
            w[0] * src[0] + w[1] * src[1] + w[2] * src[2] + w[3] * src[6]
            + w[4] * src[7] + w[5] * src[8] + w[6] * src[12] + w[7] * src[13]
            + w[8] * src[14];
        dst[1] =
            w[0] * src[1] + w[1] * src[2] + w[2] * src[3] + w[3] * src[7]
            + w[4] * src[8] + w[5] * src[9] + w[6] * src[13] + w[7] * src[14]
            + w[8] * src[15];
        dst[2] =
            w[0] * src[2] + w[1] * src[3] + w[2] * src[4] + w[3] * src[8]
            + w[4] * src[9] + w[5] * src[10] + w[6] * src[14] + w[7] * src[15]
            + w[8] * src[16];
        dst[3] =
            w[0] * src[3] + w[1] * src[4] + w[2] * src[5] + w[3] * src[9]
            + w[4] * src[10] + w[5] * src[11] + w[6] * src[15] + w[7] * src[16]
            + w[8] * src[17];
        dst[4] =
            w[0] * src[6] + w[1] * src[7] + w[2] * src[8] + w[3] * src[12]
            + w[4] * src[13] + w[5] * src[14] + w[6] * src[18] + w[7] * src[19]
            + w[8] * src[20];
        dst[5] =
            w[0] * src[7] + w[1] * src[8] + w[2] * src[9] + w[3] * src[13]
            + w[4] * src[14] + w[5] * src[15] + w[6] * src[19] + w[7] * src[20]
            + w[8] * src[21];
        dst[6] =
            w[0] * src[8] + w[1] * src[9] + w[2] * src[10] + w[3] * src[14]
            + w[4] * src[15] + w[5] * src[16] + w[6] * src[20] + w[7] * src[21]
            + w[8] * src[22];
        dst[7] =
            w[0] * src[9] + w[1] * src[10] + w[2] * src[11] + w[3] * src[15]
            + w[4] * src[16] + w[5] * src[17] + w[6] * src[21] + w[7] * src[22]
            + w[8] * src[23];
        dst[8] =
            w[0] * src[12] + w[1] * src[13] + w[2] * src[14] + w[3] * src[18]
            + w[4] * src[19] + w[5] * src[20] + w[6] * src[24] + w[7] * src[25]
            + w[8] * src[26];
        dst[9] =
            w[0] * src[13] + w[1] * src[14] + w[2] * src[15] + w[3] * src[19]
            + w[4] * src[20] + w[5] * src[21] + w[6] * src[25] + w[7] * src[26]
            + w[8] * src[27];
        dst[10] =
            w[0] * src[14] + w[1] * src[15] + w[2] * src[16] + w[3] * src[20]
            + w[4] * src[21] + w[5] * src[22] + w[6] * src[26] + w[7] * src[27]
            + w[8] * src[28];
        dst[11] =
            w[0] * src[15] + w[1] * src[16] + w[2] * src[17] + w[3] * src[21]
            + w[4] * src[22] + w[5] * src[23] + w[6] * src[27] + w[7] * src[28]
            + w[8] * src[29];
        dst[12] =
            w[0] * src[18] + w[1] * src[19] + w[2] * src[20] + w[3] * src[24]
            + w[4] * src[25] + w[5] * src[26] + w[6] * src[30] + w[7] * src[31]
            + w[8] * src[32];
        dst[13] =
            w[0] * src[19] + w[1] * src[20] + w[2] * src[21] + w[3] * src[25]
            + w[4] * src[26] + w[5] * src[27] + w[6] * src[31] + w[7] * src[32]
            + w[8] * src[33];
        dst[14] =
            w[0] * src[20] + w[1] * src[21] + w[2] * src[22] + w[3] * src[26]
            + w[4] * src[27] + w[5] * src[28] + w[6] * src[32] + w[7] * src[33]
            + w[8] * src[34];
        dst[15] =
            w[0] * src[21] + w[1] * src[22] + w[2] * src[23] + w[3] * src[27]
            + w[4] * src[28] + w[5] * src[29] + w[6] * src[33] + w[7] * src[34]
            + w[8] * src[35];
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

static int keras_valid_4x4_k3_s1_dx_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int keras_valid_4x4_k3_s1_dx_checked(long n, const double *grad_y, const double *w, double *grad_x);
int keras_valid_4x4_k3_s1_dx_checked(long n, const double *grad_y, const double *w, double *grad_x)
{
    /* the raw contract of keras_valid_4x4_k3_s1_dx, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 32025597350190193)
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
    if (keras_valid_4x4_k3_s1_dx_chk_overlap(grad_x, (n * ((int64_t)1 * 4 * 4) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)1 * 6 * 6) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (keras_valid_4x4_k3_s1_dx_chk_overlap(grad_x, (n * ((int64_t)1 * 4 * 4) * (int64_t)sizeof(double)), w, (((int64_t)1 * 1 * 3 * 3) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    keras_valid_4x4_k3_s1_dx(n, grad_y, w, grad_x);
    return TCONV_SYM_OK;
}
