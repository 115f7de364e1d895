/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void dcgan_128_64_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:ddd7bf98ec8f6c23531f8a25ab81e2c1891e93e8d40fc2b460c07c2db65260ad
 */

/*
 * input kernel, polyphase in GEMM form (1 output phase(s), 1 group(s), 128 x 64 channels):
 * GEMM form: 1 phase GEMMs (M=128 out channels, K=taps x 64 in channels, N=64 positions per sample)
 *   input packed per tap: 64 input channels x 512 positions (8 sample(s)) per block
 *   positions tile 8 channels x 24 positions (3 vectors), 64 input channels per cache block
 *   channels tile 12 positions x 16 channels (2 vectors), 64 input channels per cache block
 *     (a pass with fewer than 48 positions per phase uses the channels tile)
 *   weights packed in panels of 16 output channels; up to 8 sample(s) per pass
 *   executed MACs 1.14x the structural nonzeros in packed blocks (border products of zero inputs)
 *   output order: phase tiles, then the output written row by row in its own order.
 * Each phase is one GEMM T[a, f] = sum over taps and input channels c of W_tap[a, c] * B_tap[c, f], f the phase's own
 * output positions on a 8 x 8 grid (8 sample(s) side by side), B_tap[c, f] the input value
 * tap reads for f (zero outside the input), packed per tap and block of input channels.
 * Entry points:
 *   dcgan_128_64_dx_pack(0, w, packed)                      pack the weights once (dcgan_128_64_dx_PACKED_ELEMS elements)
 *   dcgan_128_64_dx_packed(n, x, packed, y)                 run with packed weights (workspace from TCONV_SYM_ALLOC)
 *   dcgan_128_64_dx_packed_ws(n, x, packed, y, ws)          run with a caller's workspace of dcgan_128_64_dx_WORKSPACE_BYTES bytes
 *   void dcgan_128_64_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 *       the same from unpacked weights (packs them on every call: prefer _pack once)
 *   grad_y: n x 64 x 16 x 16, C order
 *   w: 128 x 64 x 4 x 4, C order (PyTorch weight layout)
 *   grad_x: n x 128 x 8 x 8, C order
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "dcgan_128_64_dx.h"

#ifndef TCONV_SYM_ALLOC
#define TCONV_SYM_ALLOC(bytes) malloc(bytes)
#endif
#ifndef TCONV_SYM_FREE
#define TCONV_SYM_FREE(p) free(p)
#endif
#ifndef TCONV_SYM_NO_ROW
#define TCONV_SYM_NO_ROW INT64_MIN  /* a row of a tap outside the input: zeros */
#endif

/* threads: opt-in. Compiled with OpenMP (-fopenmp) and -DTCONV_SYM_THREADS=N (N > 1), the loops over
 * independent tiles (positions or channel blocks of a phase, input channels of a packed block, output
 * channels of the interleave) run on N threads; every output element is still the same sum in the
 * same order, so the result is identical to one thread. Otherwise plain sequential C99. */
#ifndef TCONV_SYM_THREADS
#define TCONV_SYM_THREADS 1
#endif
#if defined(_OPENMP) && TCONV_SYM_THREADS > 1
#define DCGAN_128_64_DX_PARALLEL_FOR _Pragma("omp parallel for num_threads(TCONV_SYM_THREADS) schedule(static)")
#else
#define DCGAN_128_64_DX_PARALLEL_FOR
#endif


/* per (phase, tap): flat kernel tap, start of its row table, its packing function (by the positions of a row it reads) */
static const int64_t dcgan_128_64_dx_pt_tap[16] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 };
static const int64_t dcgan_128_64_dx_pt_rows[16] = { 0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120 };
static const int64_t dcgan_128_64_dx_pt_pack[16] = { 2, 1, 1, 0, 2, 1, 1, 0, 2, 1, 1, 0, 2, 1, 1, 0 };
/* row tables: per row of a sample's phase grid, the input offset of position 0 of that row (TCONV_SYM_NO_ROW: outside) */
static const int64_t dcgan_128_64_dx_rows[128] = {
    TCONV_SYM_NO_ROW, 15, 47, 79, 111, 143, 175, 207,
    TCONV_SYM_NO_ROW, 16, 48, 80, 112, 144, 176, 208,
    TCONV_SYM_NO_ROW, 17, 49, 81, 113, 145, 177, 209,
    TCONV_SYM_NO_ROW, 18, 50, 82, 114, 146, 178, 210,
    -1, 31, 63, 95, 127, 159, 191, 223,
    0, 32, 64, 96, 128, 160, 192, 224,
    1, 33, 65, 97, 129, 161, 193, 225,
    2, 34, 66, 98, 130, 162, 194, 226,
    15, 47, 79, 111, 143, 175, 207, 239,
    16, 48, 80, 112, 144, 176, 208, 240,
    17, 49, 81, 113, 145, 177, 209, 241,
    18, 50, 82, 114, 146, 178, 210, 242,
    31, 63, 95, 127, 159, 191, 223, TCONV_SYM_NO_ROW,
    32, 64, 96, 128, 160, 192, 224, TCONV_SYM_NO_ROW,
    33, 65, 97, 129, 161, 193, 225, TCONV_SYM_NO_ROW,
    34, 66, 98, 130, 162, 194, 226, TCONV_SYM_NO_ROW,
};
static const int64_t dcgan_128_64_dx_jph0[8] = { 0, 0, 0, 0, 0, 0, 0, 0 };  /* axis 0: phase of each output index */
static const int64_t dcgan_128_64_dx_ju0[8] = { 0, 8, 16, 24, 32, 40, 48, 56 };  /* ... and its flat offset in the phase tile */

void dcgan_128_64_dx_pack(long n, const double *restrict w, double *restrict packed)
{
    (void)n;
    for (int64_t g = 0; g < 1; ++g) {
        for (int64_t mb = 0; mb < 8; ++mb)  /* phase 0 */
            for (int64_t t = 0; t < 16; ++t)
                for (int64_t c = 0; c < 64; ++c)
                    for (int64_t i = 0; i < 16; ++i) {
                        const int64_t a = mb * 16 + i;
                        packed[g * 131072L + 0L + ((mb * 16 + t) * 64 + c) * 16 + i] =
                            a < 128 ? w[g * 131072L + a * 1024L + c * 16L + dcgan_128_64_dx_pt_tap[0 + t]] : 0;
                    }
    }
}

/* B block of (phase, tap) pt: nc input channels (from xs, channel stride 256) x the positions of rows
 * r0 .. r0 + nrow of the pass, 8 per row, row stride 520; zeros outside the input and after the last row */
static void dcgan_128_64_dx_pack_b0(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    /* taps whose rows read the input at positions 0 .. 6 of 8 (fixed lengths: inline vector copies) */
    const int64_t *restrict rows = dcgan_128_64_dx_rows + dcgan_128_64_dx_pt_rows[pt];
    DCGAN_128_64_DX_PARALLEL_FOR
    for (int64_t c = 0; c < nc; ++c) {
        double *restrict dst = bp + c * 520L;
        const double *restrict xc = xs + c * 256L;
        int64_t b = r0 / 8, rr = r0 % 8;
        for (int64_t r = 0; r < nrow; ++r, dst += 8) {
            const int64_t base = rows[rr];
            const int64_t at = b * 16384L + base;
            if (++rr == 8) {
                rr = 0;
                ++b;
            }
            if (base == TCONV_SYM_NO_ROW) {
                for (int64_t u = 0; u < 8; ++u)
                    dst[u] = 0;
                continue;
            }
            for (int64_t u = 0; u < 7; ++u)
                dst[u] = xc[at + u * 2];
            for (int64_t u = 7; u < 8; ++u)
                dst[u] = 0;
        }
        for (int64_t u = 0; u < 8; ++u)  /* the last vector of a tile reads past the last row */
            dst[u] = 0;
    }
}

static void dcgan_128_64_dx_pack_b1(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    /* taps whose rows read the input at positions 0 .. 7 of 8 (fixed lengths: inline vector copies) */
    const int64_t *restrict rows = dcgan_128_64_dx_rows + dcgan_128_64_dx_pt_rows[pt];
    DCGAN_128_64_DX_PARALLEL_FOR
    for (int64_t c = 0; c < nc; ++c) {
        double *restrict dst = bp + c * 520L;
        const double *restrict xc = xs + c * 256L;
        int64_t b = r0 / 8, rr = r0 % 8;
        for (int64_t r = 0; r < nrow; ++r, dst += 8) {
            const int64_t base = rows[rr];
            const int64_t at = b * 16384L + base;
            if (++rr == 8) {
                rr = 0;
                ++b;
            }
            if (base == TCONV_SYM_NO_ROW) {
                for (int64_t u = 0; u < 8; ++u)
                    dst[u] = 0;
                continue;
            }
            for (int64_t u = 0; u < 8; ++u)
                dst[u] = xc[at + u * 2];
        }
        for (int64_t u = 0; u < 8; ++u)  /* the last vector of a tile reads past the last row */
            dst[u] = 0;
    }
}

static void dcgan_128_64_dx_pack_b2(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    /* taps whose rows read the input at positions 1 .. 7 of 8 (fixed lengths: inline vector copies) */
    const int64_t *restrict rows = dcgan_128_64_dx_rows + dcgan_128_64_dx_pt_rows[pt];
    DCGAN_128_64_DX_PARALLEL_FOR
    for (int64_t c = 0; c < nc; ++c) {
        double *restrict dst = bp + c * 520L;
        const double *restrict xc = xs + c * 256L;
        int64_t b = r0 / 8, rr = r0 % 8;
        for (int64_t r = 0; r < nrow; ++r, dst += 8) {
            const int64_t base = rows[rr];
            const int64_t at = b * 16384L + base + 2;
            if (++rr == 8) {
                rr = 0;
                ++b;
            }
            if (base == TCONV_SYM_NO_ROW) {
                for (int64_t u = 0; u < 8; ++u)
                    dst[u] = 0;
                continue;
            }
            for (int64_t u = 0; u < 1; ++u)
                dst[u] = 0;
            for (int64_t u = 0; u < 7; ++u)
                dst[1 + u] = xc[at + u * 2];
        }
        for (int64_t u = 0; u < 8; ++u)  /* the last vector of a tile reads past the last row */
            dst[u] = 0;
    }
}

/* B block of (phase, tap) pt: nc input channels (from xs, channel stride 256) x the positions of rows
 * r0 .. r0 + nrow of the pass, 8 per row, row stride 520; zeros outside the input and after the last row */
static void dcgan_128_64_dx_pack_b(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    switch (dcgan_128_64_dx_pt_pack[pt]) {
    case 0:
        dcgan_128_64_dx_pack_b0(xs, nc, pt, r0, nrow, bp);
        break;
    case 1:
        dcgan_128_64_dx_pack_b1(xs, nc, pt, r0, nrow, bp);
        break;
    default:
        dcgan_128_64_dx_pack_b2(xs, nc, pt, r0, nrow, bp);
        break;
    }
}

#if defined(__GNUC__) && !defined(TCONV_SYM_NO_VECTOR_EXTENSIONS)
typedef double dcgan_128_64_dx_vec __attribute__((vector_size(64), aligned(8), may_alias));
#define DCGAN_128_64_DX_VECTORS 1
#endif

/* C[0:8 channels, 0:24 positions] (row stride ldc) = (first ? 0 : C) + A^T B: the positions register tile;
 * A: nc rows of 16 packed weights (the first 8 used), B: nc rows (stride cs) of 24 positions */
static void dcgan_128_64_dx_micro_p3(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_DX_VECTORS
    dcgan_128_64_dx_vec acc[8][3];
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 3; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec bv[3];
        for (int v = 0; v < 3; ++v)
            bv[v] = *(const dcgan_128_64_dx_vec *)(bc + v * 8);
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 16 + i];
            for (int v = 0; v < 3; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 3; ++v)
            *(dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[8][24];
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 24; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 16 + i];
            for (int j = 0; j < 24; ++j)
                acc[i][j] += s * b[c * cs + j];
        }
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 24; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:8 channels, 0:16 positions] (row stride ldc) = (first ? 0 : C) + A^T B: the positions register tile;
 * A: nc rows of 16 packed weights (the first 8 used), B: nc rows (stride cs) of 16 positions */
static void dcgan_128_64_dx_micro_p2(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_DX_VECTORS
    dcgan_128_64_dx_vec acc[8][2];
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec bv[2];
        for (int v = 0; v < 2; ++v)
            bv[v] = *(const dcgan_128_64_dx_vec *)(bc + v * 8);
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 16 + i];
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 2; ++v)
            *(dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[8][16];
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 16 + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * b[c * cs + j];
        }
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:8 channels, 0:8 positions] (row stride ldc) = (first ? 0 : C) + A^T B: the positions register tile;
 * A: nc rows of 16 packed weights (the first 8 used), B: nc rows (stride cs) of 8 positions */
static void dcgan_128_64_dx_micro_p1(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_DX_VECTORS
    dcgan_128_64_dx_vec acc[8][1];
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 1; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec bv[1];
        for (int v = 0; v < 1; ++v)
            bv[v] = *(const dcgan_128_64_dx_vec *)(bc + v * 8);
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 16 + i];
            for (int v = 0; v < 1; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 1; ++v)
            *(dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[8][8];
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 8; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 16 + i];
            for (int j = 0; j < 8; ++j)
                acc[i][j] += s * b[c * cs + j];
        }
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 8; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:12 positions, 0:16 channels] (row stride ldc) = (first ? 0 : C) + B^T A: the channels register tile */
static void dcgan_128_64_dx_micro_c12(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_DX_VECTORS
    dcgan_128_64_dx_vec acc[12][2];
    for (int i = 0; i < 12; ++i)
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec av[2];
        for (int v = 0; v < 2; ++v)
            av[v] = *(const dcgan_128_64_dx_vec *)(a + c * 16 + v * 8);
        for (int i = 0; i < 12; ++i) {
            const double s = bc[i];
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    for (int i = 0; i < 12; ++i)
        for (int v = 0; v < 2; ++v)
            *(dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[12][16];
    for (int i = 0; i < 12; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 12; ++i) {
            const double s = b[c * cs + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * a[c * 16 + j];
        }
    for (int i = 0; i < 12; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:10 positions, 0:16 channels] (row stride ldc) = (first ? 0 : C) + B^T A: the channels register tile */
static void dcgan_128_64_dx_micro_c10(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_DX_VECTORS
    dcgan_128_64_dx_vec acc[10][2];
    for (int i = 0; i < 10; ++i)
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec av[2];
        for (int v = 0; v < 2; ++v)
            av[v] = *(const dcgan_128_64_dx_vec *)(a + c * 16 + v * 8);
        for (int i = 0; i < 10; ++i) {
            const double s = bc[i];
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    for (int i = 0; i < 10; ++i)
        for (int v = 0; v < 2; ++v)
            *(dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[10][16];
    for (int i = 0; i < 10; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 10; ++i) {
            const double s = b[c * cs + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * a[c * 16 + j];
        }
    for (int i = 0; i < 10; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:8 positions, 0:16 channels] (row stride ldc) = (first ? 0 : C) + B^T A: the channels register tile */
static void dcgan_128_64_dx_micro_c8(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_DX_VECTORS
    dcgan_128_64_dx_vec acc[8][2];
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec av[2];
        for (int v = 0; v < 2; ++v)
            av[v] = *(const dcgan_128_64_dx_vec *)(a + c * 16 + v * 8);
        for (int i = 0; i < 8; ++i) {
            const double s = bc[i];
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 2; ++v)
            *(dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[8][16];
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 8; ++i) {
            const double s = b[c * cs + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * a[c * 16 + j];
        }
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:6 positions, 0:16 channels] (row stride ldc) = (first ? 0 : C) + B^T A: the channels register tile */
static void dcgan_128_64_dx_micro_c6(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_DX_VECTORS
    dcgan_128_64_dx_vec acc[6][2];
    for (int i = 0; i < 6; ++i)
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec av[2];
        for (int v = 0; v < 2; ++v)
            av[v] = *(const dcgan_128_64_dx_vec *)(a + c * 16 + v * 8);
        for (int i = 0; i < 6; ++i) {
            const double s = bc[i];
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    for (int i = 0; i < 6; ++i)
        for (int v = 0; v < 2; ++v)
            *(dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[6][16];
    for (int i = 0; i < 6; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 6; ++i) {
            const double s = b[c * cs + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * a[c * 16 + j];
        }
    for (int i = 0; i < 6; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:4 positions, 0:16 channels] (row stride ldc) = (first ? 0 : C) + B^T A: the channels register tile */
static void dcgan_128_64_dx_micro_c4(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_DX_VECTORS
    dcgan_128_64_dx_vec acc[4][2];
    for (int i = 0; i < 4; ++i)
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec av[2];
        for (int v = 0; v < 2; ++v)
            av[v] = *(const dcgan_128_64_dx_vec *)(a + c * 16 + v * 8);
        for (int i = 0; i < 4; ++i) {
            const double s = bc[i];
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    for (int i = 0; i < 4; ++i)
        for (int v = 0; v < 2; ++v)
            *(dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[4][16];
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 4; ++i) {
            const double s = b[c * cs + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * a[c * 16 + j];
        }
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* The output in its own order: each row of y (y at the pass's first sample and the group's first channel) from the
 * phase tiles of its last axis, interleaved; the tile element of (channel a, sample b, flat position f) is at
 * a * ta + b * tb + f * tf of its phase tile */
static void dcgan_128_64_dx_interleave(const double *const *tile_of, int64_t nb, int64_t ta, int64_t tb, int64_t tf, double *restrict y)
{
    DCGAN_128_64_DX_PARALLEL_FOR
    for (int64_t a = 0; a < 128; ++a)
        for (int64_t b = 0; b < nb; ++b) {
            double *restrict yo = y + b * 8192L + a * 64L;
            const int64_t base = a * ta + b * tb;
            for (int64_t j0 = 0; j0 < 8; ++j0) {
                const int64_t p0 = dcgan_128_64_dx_jph0[j0];
                const int64_t o0 = base + dcgan_128_64_dx_ju0[j0] * tf;
                double *restrict yr = yo + j0 * 8L;
                const double *restrict t0 = tile_of[p0 * 1 + 0] + o0;
                for (int64_t u = 0; u < 8; ++u) {
                    yr[u] = t0[u * tf];
                }
            }
        }
}

/* Any number of samples, in passes of up to 8: per phase, chunk of rows, tap and block of input channels,
 * the packed input block, then the register tiles over it */
static void dcgan_128_64_dx_by_rows(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x, void *ws)
{
    double *restrict bp = (double *)ws;  /* the packed input block: up to 64 channels x 520 positions */
    double *restrict tiles = bp + 33280L;  /* per phase [out channel][position] (or [position][out channel]) */
    const double *tile_of[1];
    for (int64_t p = 0; p < 1; ++p)
        tile_of[p] = tiles;
    tile_of[0] = tiles + 0L;
    for (int64_t b0 = 0; b0 < n; b0 += 8) {
        const int64_t nb = n - b0 < 8 ? n - b0 : 8;
        const int64_t rows = nb * 8;  /* rows of each phase grid in this pass */
        /* small passes: the channels micro-kernel (vectors over output channels, tile [position][channel]) */
        const int by_channels = rows * 8 < 48;
        const int64_t tf = by_channels ? 128L : 1, ta = by_channels ? 1 : 520L;  /* tile layout */
        for (int64_t g = 0; g < 1; ++g) {
            const double *restrict xg = grad_y + b0 * 16384L + g * 16384L;
            const double *restrict pg = packed + g * 131072L;
            for (int64_t r0 = 0, nrow; r0 < rows; r0 += nrow) {  /* phase 0: 16 tap(s), extent 8 x 8 */
                nrow = rows - r0 <= 64 ? rows - r0 : 64;  /* the last chunk takes what is left */
                const int64_t ncol = nrow * 8, col0 = r0 * 8;
                double *restrict tp = tiles + 0L + col0 * tf;
                for (int64_t t = 0; t < 16; ++t) {
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 0 + t, r0, nrow, bp);
                            const double *restrict at = pg + 0L + (t * 64 + c0) * 16;
                            const int first = t == 0 && c0 == 0;
                            DCGAN_128_64_DX_PARALLEL_FOR
                            for (int64_t mb = 0; mb < 8; ++mb) {  /* the weight panel stays in L1 */
                                const double *restrict am = at + mb * 16384L;
                                double *restrict cm = tp + mb * 16;
                                for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                    const int64_t left = ncol - f0, tiles = (left + 11) / 12, size = (left + tiles - 1) / tiles;
                                    double *restrict cf = cm + f0 * 128L;
                                    if (size > 10) {
                                        dcgan_128_64_dx_micro_c12(nc, am, bp + f0, 520L, cf, 128L, first);
                                        f0 += 12;
                                    }
                                    else if (size > 8) {
                                        dcgan_128_64_dx_micro_c10(nc, am, bp + f0, 520L, cf, 128L, first);
                                        f0 += 10;
                                    }
                                    else if (size > 6) {
                                        dcgan_128_64_dx_micro_c8(nc, am, bp + f0, 520L, cf, 128L, first);
                                        f0 += 8;
                                    }
                                    else if (size > 4) {
                                        dcgan_128_64_dx_micro_c6(nc, am, bp + f0, 520L, cf, 128L, first);
                                        f0 += 6;
                                    }
                                    else if (1) {
                                        dcgan_128_64_dx_micro_c4(nc, am, bp + f0, 520L, cf, 128L, first);
                                        f0 += 4;
                                    }
                                }
                            }
                        }
                        continue;
                    }
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 0 + t, r0, nrow, bp);
                        const double *restrict at = pg + 0L + (t * 64 + c0) * 16;
                        const int first = t == 0 && c0 == 0;
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        DCGAN_128_64_DX_PARALLEL_FOR
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 */
                            for (int64_t m0 = 0; m0 < 128; m0 += 8)
                                dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * 16384L + m0 % 16, bp + f0, 520L,
                                                 tp + m0 * 520L + f0, 520L, first);
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t m0 = 0; m0 < 128; m0 += 8) {
                                const double *restrict am = at + m0 / 16 * 16384L + m0 % 16;
                                double *restrict cm = tp + m0 * 520L + f0;
                                if (left > 24)
                                    dcgan_128_64_dx_micro_p2(nc, am, bp + f0, 520L, cm, 520L, first);
                                else if (left > 16)
                                    dcgan_128_64_dx_micro_p3(nc, am, bp + f0, 520L, cm, 520L, first);
                                else if (left > 8)
                                    dcgan_128_64_dx_micro_p2(nc, am, bp + f0, 520L, cm, 520L, first);
                                else if (left > 0)
                                    dcgan_128_64_dx_micro_p1(nc, am, bp + f0, 520L, cm, 520L, first);
                            }
                            f0 += width;
                        }
                    }
                }
            }
            dcgan_128_64_dx_interleave(tile_of, nb, ta, 64L * tf, tf,
                           grad_x + b0 * 8192L + g * 8192L);
        }
    }
}


void dcgan_128_64_dx_packed_ws(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x, void *ws)
{
    int64_t b0 = 0;
    if (b0 < n)
        dcgan_128_64_dx_by_rows(n - b0, grad_y + b0 * 16384L, packed, grad_x + b0 * 8192L, ws);
}

void dcgan_128_64_dx_packed(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x)
{
    void *ws = TCONV_SYM_ALLOC(dcgan_128_64_dx_WORKSPACE_BYTES);
    if (!ws) {  /* no memory: the result is NaN, never garbage */
        for (int64_t i = 0; i < n * 8192L; ++i)
            grad_x[i] = NAN;
        return;
    }
    dcgan_128_64_dx_packed_ws(n, grad_y, packed, grad_x, ws);
    TCONV_SYM_FREE(ws);
}

void dcgan_128_64_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
{
    double *packed = (double *)TCONV_SYM_ALLOC(dcgan_128_64_dx_PACKED_ELEMS * sizeof(double));
    if (!packed) {
        for (int64_t i = 0; i < n * 8192L; ++i)
            grad_x[i] = NAN;
        return;
    }
    dcgan_128_64_dx_pack(0, w, packed);
    dcgan_128_64_dx_packed(n, grad_y, packed, grad_x);
    TCONV_SYM_FREE(packed);
}
