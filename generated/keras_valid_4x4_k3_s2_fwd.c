/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
 * operator:      forward: y = Cᵀ·x
 * strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_valid_4x4_k3_s2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:dbbc043f39f51fb6fb3dd8b08d03f143d84a045c6201a247aacd6d9af277551d
 */
#include "keras_valid_4x4_k3_s2_fwd.h"

/*
 * forward kernel, unrolled: one statement per output element, holding only the
 * 144 structurally nonzero multiply terms (no inserted or padding zero is ever multiplied).
 *   x: n x 1 x 4 x 4, C order
 *   w: 1 x 1 x 3 x 3, C order (PyTorch weight layout)
 *   y: n x 1 x 9 x 9, C order
 */
void keras_valid_4x4_k3_s2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = x + b * 16L;
        double *restrict dst = y + b * 81L;
        dst[0] =
            w[0] * src[0];
        dst[1] =
            w[1] * src[0];
        dst[2] =
            w[2] * src[0] + w[0] * src[1];
        dst[3] =
            w[1] * src[1];
        dst[4] =
            w[2] * src[1] + w[0] * src[2];
        dst[5] =
            w[1] * src[2];
        dst[6] =
            w[2] * src[2] + w[0] * src[3];
        dst[7] =
            w[1] * src[3];
        dst[8] =
            w[2] * src[3];
        dst[9] =
            w[3] * src[0];
        dst[10] =
            w[4] * src[0];
        dst[11] =
            w[5] * src[0] + w[3] * src[1];
        dst[12] =
            w[4] * src[1];
        dst[13] =
            w[5] * src[1] + w[3] * src[2];
        dst[14] =
            w[4] * src[2];
        dst[15] =
            w[5] * src[2] + w[3] * src[3];
        dst[16] =
            w[4] * src[3];
        dst[17] =
            w[5] * src[3];
        dst[18] =
            w[6] * src[0] + w[0] * src[4];
        dst[19] =
            w[7] * src[0] + w[1] * src[4];
        dst[20] =
            w[8] * src[0] + w[6] * src[1] + w[2] * src[4] + w[0] * src[5];
        dst[21] =
            w[7] * src[1] + w[1] * src[5];
        dst[22] =
            w[8] * src[1] + w[6] * src[2] + w[2] * src[5] + w[0] * src[6];
        dst[23] =
            w[7] * src[2] + w[1] * src[6];
        dst[24] =
            w[8] * src[2] + w[6] * src[3] + w[2] * src[6] + w[0] * src[7];
        dst[25] =
            w[7] * src[3] + w[1] * src[7];
        dst[26] =
            w[8] * src[3] + w[2] * src[7];
        dst[27] =
            w[3] * src[4];
        dst[28] =
            w[4] * src[4];
        dst[29] =
            w[5] * src[4] + w[3] * src[5];
        dst[30] =
            w[4] * src[5];
        dst[31] =
            w[5] * src[5] + w[3] * src[6];
        dst[32] =
            w[4] * src[6];
        dst[33] =
            w[5] * src[6] + w[3] * src[7];
        dst[34] =
            w[4] * src[7];
        dst[35] =
            w[5] * src[7];
        dst[36] =
            w[6] * src[4] + w[0] * src[8];
        dst[37] =
            w[7] * src[4] + w[1] * src[8];
        dst[38] =
            w[8] * src[4] + w[6] * src[5] + w[2] * src[8] + w[0] * src[9];
        dst[39] =
            w[7] * src[5] + w[1] * src[9];
        dst[40] =
            w[8] * src[5] + w[6] * src[6] + w[2] * src[9] + w[0] * src[10];
        dst[41] =
            w[7] * src[6] + w[1] * src[10];
        dst[42] =
            w[8] * src[6] + w[6] * src[7] + w[2] * src[10] + w[0] * src[11];
        dst[43] =
            w[7] * src[7] + w[1] * src[11];
        dst[44] =
            w[8] * src[7] + w[2] * src[11];
        dst[45] =
            w[3] * src[8];
        dst[46] =
            w[4] * src[8];
        dst[47] =
            w[5] * src[8] + w[3] * src[9];
        dst[48] =
            w[4] * src[9];
        dst[49] =
            w[5] * src[9] + w[3] * src[10];
        dst[50] =
            w[4] * src[10];
        dst[51] =
            w[5] * src[10] + w[3] * src[11];
        dst[52] =
            w[4] * src[11];
        dst[53] =
            w[5] * src[11];
        dst[54] =
            w[6] * src[8] + w[0] * src[12];
        dst[55] =
            w[7] * src[8] + w[1] * src[12];
        dst[56] =
            w[8] * src[8] + w[6] * src[9] + w[2] * src[12] + w[0] * src[13];
        dst[57] =
            w[7] * src[9] + w[1] * src[13];
        dst[58] =
            w[8] * src[9] + w[6] * src[10] + w[2] * src[13] + w[0] * src[14];
        dst[59] =
            w[7] * src[10] + w[1] * src[14];
        dst[60] =
            w[8] * src[10] + w[6] * src[11] + w[2] * src[14] + w[0] * src[15];
        dst[61] =
            w[7] * src[11] + w[1] * src[15];
        dst[62] =
            w[8] * src[11] + w[2] * src[15];
        dst[63] =
            w[3] * src[12];
        dst[64] =
            w[4] * src[12];
        dst[65] =
            w[5] * src[12] + w[3] * src[13];
        dst[66] =
            w[4] * src[13];
        dst[67] =
            w[5] * src[13] + w[3] * src[14];
        dst[68] =
            w[4] * src[14];
        dst[69] =
            w[5] * src[14] + w[3] * src[15];
        dst[70] =
            w[4] * src[15];
        dst[71] =
            w[5] * src[15];
        dst[72] =
            w[6] * src[12];
        dst[73] =
            w[7] * src[12];
        dst[74] =
            w[8] * src[12] + w[6] * src[13];
        dst[75] =
            w[7] * src[13];
        dst[76] =
            w[8] * src[13] + w[6] * src[14];
        dst[77] =
            w[7] * src[14];
        dst[78] =
            w[8] * src[14] + w[6] * src[15];
        dst[79] =
            w[7] * src[15];
        dst[80] =
            w[8] * src[15];
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

static int keras_valid_4x4_k3_s2_fwd_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int keras_valid_4x4_k3_s2_fwd_checked(long n, const double *x, const double *w, double *y);
int keras_valid_4x4_k3_s2_fwd_checked(long n, const double *x, const double *w, double *y)
{
    /* the raw contract of keras_valid_4x4_k3_s2_fwd, checked: nothing is read or written unless it all holds */
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
    if (n == 0)
        return TCONV_SYM_OK;
    if (!x || !w || !y)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)w % sizeof(double) || (uintptr_t)y % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (keras_valid_4x4_k3_s2_fwd_chk_overlap(y, (n * ((int64_t)1 * 9 * 9) * (int64_t)sizeof(double)), x, (n * ((int64_t)1 * 4 * 4) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    if (keras_valid_4x4_k3_s2_fwd_chk_overlap(y, (n * ((int64_t)1 * 9 * 9) * (int64_t)sizeof(double)), w, (((int64_t)1 * 1 * 3 * 3) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    keras_valid_4x4_k3_s2_fwd(n, x, w, y);
    return TCONV_SYM_OK;
}
