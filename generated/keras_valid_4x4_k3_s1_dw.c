/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_valid_4x4_k3_s1_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:e3ecbac61adb6475248d45b2478f5f482139d5eb6e5789ee33c1e2b20aef9385
 */
#include "keras_valid_4x4_k3_s1_dw.h"

/*
 * weight kernel, unrolled: one statement per weight entry, holding only the
 * 144 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   x: n x 1 x 4 x 4, C order
 *   grad_y: n x 1 x 6 x 6, C order
 *   grad_w: 1 x 1 x 3 x 3, C order, summed over the batch
 */
void keras_valid_4x4_k3_s1_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
{
    for (int_fast32_t i = 0; i < 9; ++i)
        grad_w[i] = 0;
    for (long b = 0; b < n; ++b) {
        const double *restrict xb = x + b * 16L;
        const double *restrict gb = grad_y + b * 36L;
        grad_w[0] +=
            gb[0] * xb[0] + gb[1] * xb[1] + gb[2] * xb[2] + gb[3] * xb[3]
            + gb[6] * xb[4] + gb[7] * xb[5] + gb[8] * xb[6] + gb[9] * xb[7]
            + gb[12] * xb[8] + gb[13] * xb[9] + gb[14] * xb[10] + gb[15] * xb[11]
            + gb[18] * xb[12] + gb[19] * xb[13] + gb[20] * xb[14] + gb[21] * xb[15];
        grad_w[1] +=
            gb[1] * xb[0] + gb[2] * xb[1] + gb[3] * xb[2] + gb[4] * xb[3]
            + gb[7] * xb[4] + gb[8] * xb[5] + gb[9] * xb[6] + gb[10] * xb[7]
            + gb[13] * xb[8] + gb[14] * xb[9] + gb[15] * xb[10] + gb[16] * xb[11]
            + gb[19] * xb[12] + gb[20] * xb[13] + gb[21] * xb[14] + gb[22] * xb[15];
        grad_w[2] +=
            gb[2] * xb[0] + gb[3] * xb[1] + gb[4] * xb[2] + gb[5] * xb[3]
            + gb[8] * xb[4] + gb[9] * xb[5] + gb[10] * xb[6] + gb[11] * xb[7]
            + gb[14] * xb[8] + gb[15] * xb[9] + gb[16] * xb[10] + gb[17] * xb[11]
            + gb[20] * xb[12] + gb[21] * xb[13] + gb[22] * xb[14] + gb[23] * xb[15];
        grad_w[3] +=
            gb[6] * xb[0] + gb[7] * xb[1] + gb[8] * xb[2] + gb[9] * xb[3]
            + gb[12] * xb[4] + gb[13] * xb[5] + gb[14] * xb[6] + gb[15] * xb[7]
            + gb[18] * xb[8] + gb[19] * xb[9] + gb[20] * xb[10] + gb[21] * xb[11]
            + gb[24] * xb[12] + gb[25] * xb[13] + gb[26] * xb[14] + gb[27] * xb[15];
        grad_w[4] +=
            gb[7] * xb[0] + gb[8] * xb[1] + gb[9] * xb[2] + gb[10] * xb[3]
            + gb[13] * xb[4] + gb[14] * xb[5] + gb[15] * xb[6] + gb[16] * xb[7]
            + gb[19] * xb[8] + gb[20] * xb[9] + gb[21] * xb[10] + gb[22] * xb[11]
            + gb[25] * xb[12] + gb[26] * xb[13] + gb[27] * xb[14] + gb[28] * xb[15];
        grad_w[5] +=
            gb[8] * xb[0] + gb[9] * xb[1] + gb[10] * xb[2] + gb[11] * xb[3]
            + gb[14] * xb[4] + gb[15] * xb[5] + gb[16] * xb[6] + gb[17] * xb[7]
            + gb[20] * xb[8] + gb[21] * xb[9] + gb[22] * xb[10] + gb[23] * xb[11]
            + gb[26] * xb[12] + gb[27] * xb[13] + gb[28] * xb[14] + gb[29] * xb[15];
        grad_w[6] +=
            gb[12] * xb[0] + gb[13] * xb[1] + gb[14] * xb[2] + gb[15] * xb[3]
            + gb[18] * xb[4] + gb[19] * xb[5] + gb[20] * xb[6] + gb[21] * xb[7]
            + gb[24] * xb[8] + gb[25] * xb[9] + gb[26] * xb[10] + gb[27] * xb[11]
            + gb[30] * xb[12] + gb[31] * xb[13] + gb[32] * xb[14] + gb[33] * xb[15];
        grad_w[7] +=
            gb[13] * xb[0] + gb[14] * xb[1] + gb[15] * xb[2] + gb[16] * xb[3]
            + gb[19] * xb[4] + gb[20] * xb[5] + gb[21] * xb[6] + gb[22] * xb[7]
            + gb[25] * xb[8] + gb[26] * xb[9] + gb[27] * xb[10] + gb[28] * xb[11]
            + gb[31] * xb[12] + gb[32] * xb[13] + gb[33] * xb[14] + gb[34] * xb[15];
        grad_w[8] +=
            gb[14] * xb[0] + gb[15] * xb[1] + gb[16] * xb[2] + gb[17] * xb[3]
            + gb[20] * xb[4] + gb[21] * xb[5] + gb[22] * xb[6] + gb[23] * xb[7]
            + gb[26] * xb[8] + gb[27] * xb[9] + gb[28] * xb[10] + gb[29] * xb[11]
            + gb[32] * xb[12] + gb[33] * xb[13] + gb[34] * xb[14] + gb[35] * xb[15];
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

static int keras_valid_4x4_k3_s1_dw_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int keras_valid_4x4_k3_s1_dw_checked(long n, const double *x, const double *grad_y, double *grad_w);
int keras_valid_4x4_k3_s1_dw_checked(long n, const double *x, const double *grad_y, double *grad_w)
{
    /* the raw contract of keras_valid_4x4_k3_s1_dw, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 72057594037927935)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 32025597350190193)
            return TCONV_SYM_EBATCH;
    }
    if (!x || !grad_y || !grad_w)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)grad_y % sizeof(double) || (uintptr_t)grad_w % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (keras_valid_4x4_k3_s1_dw_chk_overlap(grad_w, (((int64_t)1 * 1 * 3 * 3) * (int64_t)sizeof(double)), x, (n * ((int64_t)1 * 4 * 4) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (keras_valid_4x4_k3_s1_dw_chk_overlap(grad_w, (((int64_t)1 * 1 * 3 * 3) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)1 * 6 * 6) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    keras_valid_4x4_k3_s1_dw(n, x, grad_y, grad_w);
    return TCONV_SYM_OK;
}
