/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_valid_4x4_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:ff1e9a8b8a2583f182a5bfdb9045a60195197e70650dd67703805bcca5279204
 */
#include "keras_valid_4x4_k3_s2_dx.h"

/*
 * input kernel, unrolled: one statement per output element, holding only the
 * 144 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   grad_y: n x 1 x 9 x 9, C order
 *   w: 1 x 1 x 3 x 3, C order (PyTorch weight layout)
 *   grad_x: n x 1 x 4 x 4, C order
 */
void keras_valid_4x4_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = grad_y + b * 81L;
        double *restrict dst = grad_x + b * 16L;
        dst[0] =
            w[0] * src[0] + w[1] * src[1] + w[2] * src[2] + w[3] * src[9]
            + w[4] * src[10] + w[5] * src[11] + w[6] * src[18] + w[7] * src[19]
            + w[8] * src[20];
        dst[1] =
            w[0] * src[2] + w[1] * src[3] + w[2] * src[4] + w[3] * src[11]
            + w[4] * src[12] + w[5] * src[13] + w[6] * src[20] + w[7] * src[21]
            + w[8] * src[22];
        dst[2] =
            w[0] * src[4] + w[1] * src[5] + w[2] * src[6] + w[3] * src[13]
            + w[4] * src[14] + w[5] * src[15] + w[6] * src[22] + w[7] * src[23]
            + w[8] * src[24];
        dst[3] =
            w[0] * src[6] + w[1] * src[7] + w[2] * src[8] + w[3] * src[15]
            + w[4] * src[16] + w[5] * src[17] + w[6] * src[24] + w[7] * src[25]
            + w[8] * src[26];
        dst[4] =
            w[0] * src[18] + w[1] * src[19] + w[2] * src[20] + w[3] * src[27]
            + w[4] * src[28] + w[5] * src[29] + w[6] * src[36] + w[7] * src[37]
            + w[8] * src[38];
        dst[5] =
            w[0] * src[20] + w[1] * src[21] + w[2] * src[22] + w[3] * src[29]
            + w[4] * src[30] + w[5] * src[31] + w[6] * src[38] + w[7] * src[39]
            + w[8] * src[40];
        dst[6] =
            w[0] * src[22] + w[1] * src[23] + w[2] * src[24] + w[3] * src[31]
            + w[4] * src[32] + w[5] * src[33] + w[6] * src[40] + w[7] * src[41]
            + w[8] * src[42];
        dst[7] =
            w[0] * src[24] + w[1] * src[25] + w[2] * src[26] + w[3] * src[33]
            + w[4] * src[34] + w[5] * src[35] + w[6] * src[42] + w[7] * src[43]
            + w[8] * src[44];
        dst[8] =
            w[0] * src[36] + w[1] * src[37] + w[2] * src[38] + w[3] * src[45]
            + w[4] * src[46] + w[5] * src[47] + w[6] * src[54] + w[7] * src[55]
            + w[8] * src[56];
        dst[9] =
            w[0] * src[38] + w[1] * src[39] + w[2] * src[40] + w[3] * src[47]
            + w[4] * src[48] + w[5] * src[49] + w[6] * src[56] + w[7] * src[57]
            + w[8] * src[58];
        dst[10] =
            w[0] * src[40] + w[1] * src[41] + w[2] * src[42] + w[3] * src[49]
            + w[4] * src[50] + w[5] * src[51] + w[6] * src[58] + w[7] * src[59]
            + w[8] * src[60];
        dst[11] =
            w[0] * src[42] + w[1] * src[43] + w[2] * src[44] + w[3] * src[51]
            + w[4] * src[52] + w[5] * src[53] + w[6] * src[60] + w[7] * src[61]
            + w[8] * src[62];
        dst[12] =
            w[0] * src[54] + w[1] * src[55] + w[2] * src[56] + w[3] * src[63]
            + w[4] * src[64] + w[5] * src[65] + w[6] * src[72] + w[7] * src[73]
            + w[8] * src[74];
        dst[13] =
            w[0] * src[56] + w[1] * src[57] + w[2] * src[58] + w[3] * src[65]
            + w[4] * src[66] + w[5] * src[67] + w[6] * src[74] + w[7] * src[75]
            + w[8] * src[76];
        dst[14] =
            w[0] * src[58] + w[1] * src[59] + w[2] * src[60] + w[3] * src[67]
            + w[4] * src[68] + w[5] * src[69] + w[6] * src[76] + w[7] * src[77]
            + w[8] * src[78];
        dst[15] =
            w[0] * src[60] + w[1] * src[61] + w[2] * src[62] + w[3] * src[69]
            + w[4] * src[70] + w[5] * src[71] + w[6] * src[78] + w[7] * src[79]
            + w[8] * src[80];
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

static int keras_valid_4x4_k3_s2_dx_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int keras_valid_4x4_k3_s2_dx_checked(long n, const double *grad_y, const double *w, double *grad_x);
int keras_valid_4x4_k3_s2_dx_checked(long n, const double *grad_y, const double *w, double *grad_x)
{
    /* the raw contract of keras_valid_4x4_k3_s2_dx, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 14233598822306752)
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
    if (keras_valid_4x4_k3_s2_dx_chk_overlap(grad_x, (n * ((int64_t)1 * 4 * 4) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)1 * 9 * 9) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (keras_valid_4x4_k3_s2_dx_chk_overlap(grad_x, (n * ((int64_t)1 * 4 * 4) * (int64_t)sizeof(double)), w, (((int64_t)1 * 1 * 3 * 3) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    keras_valid_4x4_k3_s2_dx(n, grad_y, w, grad_x);
    return TCONV_SYM_OK;
}
