/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_valid_4x4_k3_s2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:fa726d76939f38c8940cd785907d933b50f044a43d8bbe2646c654ef925dab4c
 */
#include "keras_valid_4x4_k3_s2_dw.h"

/*
 * weight kernel, unrolled: one statement per weight entry, holding only the
 * 144 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   x: n x 1 x 4 x 4, C order
 *   grad_y: n x 1 x 9 x 9, C order
 *   grad_w: 1 x 1 x 3 x 3, C order, summed over the batch
 */
void keras_valid_4x4_k3_s2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
{
    for (int_fast32_t i = 0; i < 9; ++i)
        grad_w[i] = 0;
    for (long b = 0; b < n; ++b) {
        const double *restrict xb = x + b * 16L;
        const double *restrict gb = grad_y + b * 81L;
        grad_w[0] +=
            gb[0] * xb[0] + gb[2] * xb[1] + gb[4] * xb[2] + gb[6] * xb[3]
            + gb[18] * xb[4] + gb[20] * xb[5] + gb[22] * xb[6] + gb[24] * xb[7]
            + gb[36] * xb[8] + gb[38] * xb[9] + gb[40] * xb[10] + gb[42] * xb[11]
            + gb[54] * xb[12] + gb[56] * xb[13] + gb[58] * xb[14] + gb[60] * xb[15];
        grad_w[1] +=
            gb[1] * xb[0] + gb[3] * xb[1] + gb[5] * xb[2] + gb[7] * xb[3]
            + gb[19] * xb[4] + gb[21] * xb[5] + gb[23] * xb[6] + gb[25] * xb[7]
            + gb[37] * xb[8] + gb[39] * xb[9] + gb[41] * xb[10] + gb[43] * xb[11]
            + gb[55] * xb[12] + gb[57] * xb[13] + gb[59] * xb[14] + gb[61] * xb[15];
        grad_w[2] +=
            gb[2] * xb[0] + gb[4] * xb[1] + gb[6] * xb[2] + gb[8] * xb[3]
            + gb[20] * xb[4] + gb[22] * xb[5] + gb[24] * xb[6] + gb[26] * xb[7]
            + gb[38] * xb[8] + gb[40] * xb[9] + gb[42] * xb[10] + gb[44] * xb[11]
            + gb[56] * xb[12] + gb[58] * xb[13] + gb[60] * xb[14] + gb[62] * xb[15];
        grad_w[3] +=
            gb[9] * xb[0] + gb[11] * xb[1] + gb[13] * xb[2] + gb[15] * xb[3]
            + gb[27] * xb[4] + gb[29] * xb[5] + gb[31] * xb[6] + gb[33] * xb[7]
            + gb[45] * xb[8] + gb[47] * xb[9] + gb[49] * xb[10] + gb[51] * xb[11]
            + gb[63] * xb[12] + gb[65] * xb[13] + gb[67] * xb[14] + gb[69] * xb[15];
        grad_w[4] +=
            gb[10] * xb[0] + gb[12] * xb[1] + gb[14] * xb[2] + gb[16] * xb[3]
            + gb[28] * xb[4] + gb[30] * xb[5] + gb[32] * xb[6] + gb[34] * xb[7]
            + gb[46] * xb[8] + gb[48] * xb[9] + gb[50] * xb[10] + gb[52] * xb[11]
            + gb[64] * xb[12] + gb[66] * xb[13] + gb[68] * xb[14] + gb[70] * xb[15];
        grad_w[5] +=
            gb[11] * xb[0] + gb[13] * xb[1] + gb[15] * xb[2] + gb[17] * xb[3]
            + gb[29] * xb[4] + gb[31] * xb[5] + gb[33] * xb[6] + gb[35] * xb[7]
            + gb[47] * xb[8] + gb[49] * xb[9] + gb[51] * xb[10] + gb[53] * xb[11]
            + gb[65] * xb[12] + gb[67] * xb[13] + gb[69] * xb[14] + gb[71] * xb[15];
        grad_w[6] +=
            gb[18] * xb[0] + gb[20] * xb[1] + gb[22] * xb[2] + gb[24] * xb[3]
            + gb[36] * xb[4] + gb[38] * xb[5] + gb[40] * xb[6] + gb[42] * xb[7]
            + gb[54] * xb[8] + gb[56] * xb[9] + gb[58] * xb[10] + gb[60] * xb[11]
            + gb[72] * xb[12] + gb[74] * xb[13] + gb[76] * xb[14] + gb[78] * xb[15];
        grad_w[7] +=
            gb[19] * xb[0] + gb[21] * xb[1] + gb[23] * xb[2] + gb[25] * xb[3]
            + gb[37] * xb[4] + gb[39] * xb[5] + gb[41] * xb[6] + gb[43] * xb[7]
            + gb[55] * xb[8] + gb[57] * xb[9] + gb[59] * xb[10] + gb[61] * xb[11]
            + gb[73] * xb[12] + gb[75] * xb[13] + gb[77] * xb[14] + gb[79] * xb[15];
        grad_w[8] +=
            gb[20] * xb[0] + gb[22] * xb[1] + gb[24] * xb[2] + gb[26] * xb[3]
            + gb[38] * xb[4] + gb[40] * xb[5] + gb[42] * xb[6] + gb[44] * xb[7]
            + gb[56] * xb[8] + gb[58] * xb[9] + gb[60] * xb[10] + gb[62] * xb[11]
            + gb[74] * xb[12] + gb[76] * xb[13] + gb[78] * xb[14] + gb[80] * xb[15];
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

static int keras_valid_4x4_k3_s2_dw_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int keras_valid_4x4_k3_s2_dw_checked(long n, const double *x, const double *grad_y, double *grad_w);
int keras_valid_4x4_k3_s2_dw_checked(long n, const double *x, const double *grad_y, double *grad_w)
{
    /* the raw contract of keras_valid_4x4_k3_s2_dw, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 72057594037927935)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 14233598822306752)
            return TCONV_SYM_EBATCH;
    }
    if (!x || !grad_y || !grad_w)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)grad_y % sizeof(double) || (uintptr_t)grad_w % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (keras_valid_4x4_k3_s2_dw_chk_overlap(grad_w, (((int64_t)1 * 1 * 3 * 3) * (int64_t)sizeof(double)), x, (n * ((int64_t)1 * 4 * 4) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (keras_valid_4x4_k3_s2_dw_chk_overlap(grad_w, (((int64_t)1 * 1 * 3 * 3) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)1 * 9 * 9) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    keras_valid_4x4_k3_s2_dw(n, x, grad_y, grad_w);
    return TCONV_SYM_OK;
}
