/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      unrolled (auto: 121 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_same_4x4_k3_s2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:1f14862f9adb7b730c7d2dc247800273bf2bf4096ba65a6fba922c8cad0ff08d
 */
#include "keras_same_4x4_k3_s2_dw.h"

/*
 * weight kernel, unrolled: one statement per weight entry, holding only the
 * 121 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   x: n x 1 x 4 x 4, C order
 *   grad_y: n x 1 x 8 x 8, C order
 *   grad_w: 1 x 1 x 3 x 3, C order, summed over the batch
 */
void keras_same_4x4_k3_s2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
{
    for (int_fast32_t i = 0; i < 9; ++i)
        grad_w[i] = 0;
    for (long b = 0; b < n; ++b) {
        const double *restrict xb = x + b * 16L;
        const double *restrict gb = grad_y + b * 64L;
        grad_w[0] +=
            gb[0] * xb[0] + gb[2] * xb[1] + gb[4] * xb[2] + gb[6] * xb[3]
            + gb[16] * xb[4] + gb[18] * xb[5] + gb[20] * xb[6] + gb[22] * xb[7]
            + gb[32] * xb[8] + gb[34] * xb[9] + gb[36] * xb[10] + gb[38] * xb[11]
            + gb[48] * xb[12] + gb[50] * xb[13] + gb[52] * xb[14] + gb[54] * xb[15];
        grad_w[1] +=
            gb[1] * xb[0] + gb[3] * xb[1] + gb[5] * xb[2] + gb[7] * xb[3]
            + gb[17] * xb[4] + gb[19] * xb[5] + gb[21] * xb[6] + gb[23] * xb[7]
            + gb[33] * xb[8] + gb[35] * xb[9] + gb[37] * xb[10] + gb[39] * xb[11]
            + gb[49] * xb[12] + gb[51] * xb[13] + gb[53] * xb[14] + gb[55] * xb[15];
        grad_w[2] +=
            gb[2] * xb[0] + gb[4] * xb[1] + gb[6] * xb[2] + gb[18] * xb[4]
            + gb[20] * xb[5] + gb[22] * xb[6] + gb[34] * xb[8] + gb[36] * xb[9]
            + gb[38] * xb[10] + gb[50] * xb[12] + gb[52] * xb[13] + gb[54] * xb[14];
        grad_w[3] +=
            gb[8] * xb[0] + gb[10] * xb[1] + gb[12] * xb[2] + gb[14] * xb[3]
            + gb[24] * xb[4] + gb[26] * xb[5] + gb[28] * xb[6] + gb[30] * xb[7]
            + gb[40] * xb[8] + gb[42] * xb[9] + gb[44] * xb[10] + gb[46] * xb[11]
            + gb[56] * xb[12] + gb[58] * xb[13] + gb[60] * xb[14] + gb[62] * xb[15];
        grad_w[4] +=
            gb[9] * xb[0] + gb[11] * xb[1] + gb[13] * xb[2] + gb[15] * xb[3]
            + gb[25] * xb[4] + gb[27] * xb[5] + gb[29] * xb[6] + gb[31] * xb[7]
            + gb[41] * xb[8] + gb[43] * xb[9] + gb[45] * xb[10] + gb[47] * xb[11]
            + gb[57] * xb[12] + gb[59] * xb[13] + gb[61] * xb[14] + gb[63] * xb[15];
        grad_w[5] +=
            gb[10] * xb[0] + gb[12] * xb[1] + gb[14] * xb[2] + gb[26] * xb[4]
            + gb[28] * xb[5] + gb[30] * xb[6] + gb[42] * xb[8] + gb[44] * xb[9]
            + gb[46] * xb[10] + gb[58] * xb[12] + gb[60] * xb[13] + gb[62] * xb[14];
        grad_w[6] +=
            gb[16] * xb[0] + gb[18] * xb[1] + gb[20] * xb[2] + gb[22] * xb[3]
            + gb[32] * xb[4] + gb[34] * xb[5] + gb[36] * xb[6] + gb[38] * xb[7]
            + gb[48] * xb[8] + gb[50] * xb[9] + gb[52] * xb[10] + gb[54] * xb[11];
        grad_w[7] +=
            gb[17] * xb[0] + gb[19] * xb[1] + gb[21] * xb[2] + gb[23] * xb[3]
            + gb[33] * xb[4] + gb[35] * xb[5] + gb[37] * xb[6] + gb[39] * xb[7]
            + gb[49] * xb[8] + gb[51] * xb[9] + gb[53] * xb[10] + gb[55] * xb[11];
        grad_w[8] +=
            gb[18] * xb[0] + gb[20] * xb[1] + gb[22] * xb[2] + gb[34] * xb[4]
            + gb[36] * xb[5] + gb[38] * xb[6] + gb[50] * xb[8] + gb[52] * xb[9]
            + gb[54] * xb[10];
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

static int keras_same_4x4_k3_s2_dw_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int keras_same_4x4_k3_s2_dw_checked(long n, const double *x, const double *grad_y, double *grad_w);
int keras_same_4x4_k3_s2_dw_checked(long n, const double *x, const double *grad_y, double *grad_w)
{
    /* the raw contract of keras_same_4x4_k3_s2_dw, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 72057594037927935)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 18014398509481983)
            return TCONV_SYM_EBATCH;
    }
    if (!x || !grad_y || !grad_w)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)grad_y % sizeof(double) || (uintptr_t)grad_w % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (keras_same_4x4_k3_s2_dw_chk_overlap(grad_w, (((int64_t)1 * 1 * 3 * 3) * (int64_t)sizeof(double)), x, (n * ((int64_t)1 * 4 * 4) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (keras_same_4x4_k3_s2_dw_chk_overlap(grad_w, (((int64_t)1 * 1 * 3 * 3) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)1 * 8 * 8) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    keras_same_4x4_k3_s2_dw(n, x, grad_y, grad_w);
    return TCONV_SYM_OK;
}
