/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void dcgan_128_64_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:5585bcf87b1f76d0c98825d8b4c5e997bc459718aefecda8f998d70da32a19a2
 */

/*
 * forward kernel, polyphase in GEMM form (4 output phase(s), 1 group(s), 64 x 128 channels):
 * GEMM form: 4 phase GEMMs (M=64 out channels, K=taps x 128 in channels, N=96 flat positions)
 *   positions tile 8 channels x 24 positions (3 vectors), 128 input channels per cache block
 *   channels tile 12 positions x 16 channels (2 vectors), 128 input channels per cache block
 *     (each pass uses the tile that rounds fewer positions up)
 *   weights packed in panels of 16 output channels; up to 5 sample(s) per pass
 *   executed MACs 1.39x the structural nonzeros (halo products thrown away)
 *   output order: phase tiles, then the output written row by row in its own order.
 * Each phase is one GEMM T[a, f] = sum over taps and input channels c of W_tap[a, c] * xpad[c, f + offset_tap],
 * f a flat position of a zero-haloed copy of the input (padded 10 x 10, 5 sample(s) side by side).
 * Entry points:
 *   dcgan_128_64_fwd_pack(0, w, packed)                      pack the weights once (dcgan_128_64_fwd_PACKED_ELEMS elements)
 *   dcgan_128_64_fwd_packed(n, x, packed, y)                 run with packed weights (workspace from TCONV_SYM_ALLOC)
 *   dcgan_128_64_fwd_packed_ws(n, x, packed, y, ws)          run with a caller's workspace of dcgan_128_64_fwd_WORKSPACE_BYTES bytes
 *   void dcgan_128_64_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 *       the same from unpacked weights (packs them on every call: prefer _pack once)
 *   x: n x 128 x 8 x 8, C order
 *   w: 128 x 64 x 4 x 4, C order (PyTorch weight layout)
 *   y: n x 64 x 16 x 16, C order
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "dcgan_128_64_fwd.h"

#ifndef TCONV_SYM_ALLOC
#define TCONV_SYM_ALLOC(bytes) malloc(bytes)
#endif
#ifndef TCONV_SYM_FREE
#define TCONV_SYM_FREE(p) free(p)
#endif

/* threads: opt-in. Compiled with OpenMP (-fopenmp) and -DTCONV_SYM_THREADS=N (N > 1), the loops over
 * independent tiles (positions or channel blocks of a phase, input channels of the copy, output
 * channels of the interleave) run on N threads; every output element is still the same sum in the
 * same order, so the result is identical to one thread. Otherwise plain sequential C99. */
#ifndef TCONV_SYM_THREADS
#define TCONV_SYM_THREADS 1
#endif
#if defined(_OPENMP) && TCONV_SYM_THREADS > 1
#define DCGAN_128_64_FWD_PARALLEL_FOR _Pragma("omp parallel for num_threads(TCONV_SYM_THREADS) schedule(static)")
#else
#define DCGAN_128_64_FWD_PARALLEL_FOR
#endif


static const int64_t dcgan_128_64_fwd_taps[16] = { 5, 7, 13, 15, 4, 6, 12, 14, 1, 3, 9, 11, 0, 2, 8, 10 };  /* flat kernel tap of each (phase, tap) */
static const int64_t dcgan_128_64_fwd_offs[16] = { 11, 10, 1, 0, 12, 11, 2, 1, 21, 20, 11, 10, 22, 21, 12, 11 };  /* its flat offset into the haloed input */
static const int64_t dcgan_128_64_fwd_jph0[16] = { 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1 };  /* axis 0: phase of each output index */
static const int64_t dcgan_128_64_fwd_ju0[16] = { 0, 0, 10, 10, 20, 20, 30, 30, 40, 40, 50, 50, 60, 60, 70, 70 };  /* ... and its flat offset in the phase tile */
static const int64_t dcgan_128_64_fwd_jph1[16] = { 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1 };  /* axis 1: phase of each output index */
static const int64_t dcgan_128_64_fwd_ju1[16] = { 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7 };  /* ... and its flat offset in the phase tile */

void dcgan_128_64_fwd_pack(long n, const double *restrict w, double *restrict packed)
{
    (void)n;
    for (int64_t g = 0; g < 1; ++g) {
        for (int64_t mb = 0; mb < 4; ++mb)  /* phase 0 */
            for (int64_t t = 0; t < 4; ++t)
                for (int64_t c = 0; c < 128; ++c)
                    for (int64_t i = 0; i < 16; ++i) {
                        const int64_t a = mb * 16 + i;
                        packed[g * 131072L + 0L + ((mb * 4 + t) * 128 + c) * 16 + i] =
                            a < 64 ? w[g * 131072L + a * 16L + c * 1024L + dcgan_128_64_fwd_taps[0 + t]] : 0;
                    }
        for (int64_t mb = 0; mb < 4; ++mb)  /* phase 1 */
            for (int64_t t = 0; t < 4; ++t)
                for (int64_t c = 0; c < 128; ++c)
                    for (int64_t i = 0; i < 16; ++i) {
                        const int64_t a = mb * 16 + i;
                        packed[g * 131072L + 32768L + ((mb * 4 + t) * 128 + c) * 16 + i] =
                            a < 64 ? w[g * 131072L + a * 16L + c * 1024L + dcgan_128_64_fwd_taps[4 + t]] : 0;
                    }
        for (int64_t mb = 0; mb < 4; ++mb)  /* phase 2 */
            for (int64_t t = 0; t < 4; ++t)
                for (int64_t c = 0; c < 128; ++c)
                    for (int64_t i = 0; i < 16; ++i) {
                        const int64_t a = mb * 16 + i;
                        packed[g * 131072L + 65536L + ((mb * 4 + t) * 128 + c) * 16 + i] =
                            a < 64 ? w[g * 131072L + a * 16L + c * 1024L + dcgan_128_64_fwd_taps[8 + t]] : 0;
                    }
        for (int64_t mb = 0; mb < 4; ++mb)  /* phase 3 */
            for (int64_t t = 0; t < 4; ++t)
                for (int64_t c = 0; c < 128; ++c)
                    for (int64_t i = 0; i < 16; ++i) {
                        const int64_t a = mb * 16 + i;
                        packed[g * 131072L + 98304L + ((mb * 4 + t) * 128 + c) * 16 + i] =
                            a < 64 ? w[g * 131072L + a * 16L + c * 1024L + dcgan_128_64_fwd_taps[12 + t]] : 0;
                    }
    }
}

#if defined(__GNUC__) && !defined(TCONV_SYM_NO_VECTOR_EXTENSIONS)
typedef double dcgan_128_64_fwd_vec __attribute__((vector_size(64), aligned(8), may_alias));
#define DCGAN_128_64_FWD_VECTORS 1
#endif

/* C[0:8 channels, 0:24 positions] (row stride ldc) = (first ? 0 : C) + A^T B: the positions register tile;
 * A: nc rows of 16 packed weights (the first 8 used), B: nc rows (stride cs) of 24 positions */
static void dcgan_128_64_fwd_micro_p(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_FWD_VECTORS
    dcgan_128_64_fwd_vec acc[8][3];
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 3; ++v)
            acc[i][v] = first ? (dcgan_128_64_fwd_vec){ 0 } : *(const dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_fwd_vec bv[3];
        for (int v = 0; v < 3; ++v)
            bv[v] = *(const dcgan_128_64_fwd_vec *)(bc + v * 8);
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 16 + i];
            for (int v = 0; v < 3; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 3; ++v)
            *(dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8) = acc[i][v];
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

/* C[0:12 positions, 0:16 channels] (row stride ldc) = (first ? 0 : C) + B^T A: the channels register tile
 * (small phase planes: positions rounded up to 12, not 24) */
static void dcgan_128_64_fwd_micro_c(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_FWD_VECTORS
    dcgan_128_64_fwd_vec acc[12][2];
    for (int i = 0; i < 12; ++i)
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_fwd_vec){ 0 } : *(const dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_fwd_vec av[2];
        for (int v = 0; v < 2; ++v)
            av[v] = *(const dcgan_128_64_fwd_vec *)(a + c * 16 + v * 8);
        for (int i = 0; i < 12; ++i) {
            const double s = bc[i];
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    for (int i = 0; i < 12; ++i)
        for (int v = 0; v < 2; ++v)
            *(dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8) = acc[i][v];
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

void dcgan_128_64_fwd_packed_ws(long n, const double *restrict x, const double *restrict packed, double *restrict y, void *ws)
{
    double *restrict xp = (double *)ws;  /* [in channel][flat position]: the haloed input, 5 sample(s) side by side */
    double *restrict tiles = xp + 64256L;  /* per phase [out channel][flat position] */
    const double *tile_of[4];
    for (int64_t p = 0; p < 4; ++p)
        tile_of[p] = tiles;
    tile_of[0] = tiles + 0L;
    tile_of[1] = tiles + 30720L;
    tile_of[2] = tiles + 61440L;
    tile_of[3] = tiles + 92160L;
    memset(xp, 0, 64256L * sizeof(double));  /* the halo stays zero */
    for (int64_t b0 = 0; b0 < n; b0 += 5) {
        const int64_t nb = n - b0 < 5 ? n - b0 : 5;
        /* copy the samples into the haloed layout */
        DCGAN_128_64_FWD_PARALLEL_FOR
        for (int64_t c = 0; c < 128; ++c)
            for (long b = 0; b < nb; ++b) {
                const double *restrict src = x + (b0 + b) * 8192L + c * 64L;
                double *restrict dst = xp + c * 502L + b * 100L + 11L;
                for (int64_t i0 = 0; i0 < 8; ++i0)
                    memcpy(dst + i0 * 10L, src + i0 * 8L, 8 * sizeof(double));
            }
        /* per pass: the micro-kernel that rounds fewer flat positions up (same packed panels) */
        const int64_t span = (nb - 1) * 100L + 78;
        const int by_channels = (span + 11) / 12 * 12 < (span + 23) / 24 * 24;
        const int64_t step = by_channels ? 12 : 24;
        const int64_t tf = by_channels ? 64L : 1, ta = by_channels ? 1 : 480L;  /* tile layout */
        for (int64_t g = 0; g < 1; ++g) {
            const double *restrict xg = xp + g * 64256L;
            const double *restrict pg = packed + g * 131072L;
            {   /* phase 0: 4 tap(s), extent 8 x 8 */
                const int64_t nf = ((nb - 1) * 100L + 78 + step - 1) / step * step;
                double *restrict tp = tiles + 0L;
                if (by_channels) {
                    for (int64_t t = 0; t < 4; ++t)
                        for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                            const double *restrict bt = xg + c0 * 502L + dcgan_128_64_fwd_offs[0 + t];
                            const double *restrict at = pg + 0L + (t * 128 + c0) * 16;
                            DCGAN_128_64_FWD_PARALLEL_FOR
                            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                                for (int64_t f0 = 0; f0 < nf; f0 += 12)
                                    dcgan_128_64_fwd_micro_c(nc, at + mb * 8192L, bt + f0, 502L,
                                                tp + f0 * 64L + mb * 16, 64L, t == 0 && c0 == 0);
                        }
                } else
                for (int64_t t = 0; t < 4; ++t)
                    for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                        const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                        const double *restrict bt = xg + c0 * 502L + dcgan_128_64_fwd_offs[0 + t];
                        const double *restrict at = pg + 0L + (t * 128 + c0) * 16;
                        DCGAN_128_64_FWD_PARALLEL_FOR
                        for (int64_t f0 = 0; f0 < nf; f0 += 24)  /* the input sliver stays in L1 */
                            for (int64_t m0 = 0; m0 < 64; m0 += 8)
                                dcgan_128_64_fwd_micro_p(nc, at + m0 / 16 * 8192L + m0 % 16, bt + f0, 502L,
                                            tp + m0 * 480L + f0, 480L, t == 0 && c0 == 0);
                    }
            }
            {   /* phase 1: 4 tap(s), extent 8 x 8 */
                const int64_t nf = ((nb - 1) * 100L + 78 + step - 1) / step * step;
                double *restrict tp = tiles + 30720L;
                if (by_channels) {
                    for (int64_t t = 0; t < 4; ++t)
                        for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                            const double *restrict bt = xg + c0 * 502L + dcgan_128_64_fwd_offs[4 + t];
                            const double *restrict at = pg + 32768L + (t * 128 + c0) * 16;
                            DCGAN_128_64_FWD_PARALLEL_FOR
                            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                                for (int64_t f0 = 0; f0 < nf; f0 += 12)
                                    dcgan_128_64_fwd_micro_c(nc, at + mb * 8192L, bt + f0, 502L,
                                                tp + f0 * 64L + mb * 16, 64L, t == 0 && c0 == 0);
                        }
                } else
                for (int64_t t = 0; t < 4; ++t)
                    for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                        const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                        const double *restrict bt = xg + c0 * 502L + dcgan_128_64_fwd_offs[4 + t];
                        const double *restrict at = pg + 32768L + (t * 128 + c0) * 16;
                        DCGAN_128_64_FWD_PARALLEL_FOR
                        for (int64_t f0 = 0; f0 < nf; f0 += 24)  /* the input sliver stays in L1 */
                            for (int64_t m0 = 0; m0 < 64; m0 += 8)
                                dcgan_128_64_fwd_micro_p(nc, at + m0 / 16 * 8192L + m0 % 16, bt + f0, 502L,
                                            tp + m0 * 480L + f0, 480L, t == 0 && c0 == 0);
                    }
            }
            {   /* phase 2: 4 tap(s), extent 8 x 8 */
                const int64_t nf = ((nb - 1) * 100L + 78 + step - 1) / step * step;
                double *restrict tp = tiles + 61440L;
                if (by_channels) {
                    for (int64_t t = 0; t < 4; ++t)
                        for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                            const double *restrict bt = xg + c0 * 502L + dcgan_128_64_fwd_offs[8 + t];
                            const double *restrict at = pg + 65536L + (t * 128 + c0) * 16;
                            DCGAN_128_64_FWD_PARALLEL_FOR
                            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                                for (int64_t f0 = 0; f0 < nf; f0 += 12)
                                    dcgan_128_64_fwd_micro_c(nc, at + mb * 8192L, bt + f0, 502L,
                                                tp + f0 * 64L + mb * 16, 64L, t == 0 && c0 == 0);
                        }
                } else
                for (int64_t t = 0; t < 4; ++t)
                    for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                        const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                        const double *restrict bt = xg + c0 * 502L + dcgan_128_64_fwd_offs[8 + t];
                        const double *restrict at = pg + 65536L + (t * 128 + c0) * 16;
                        DCGAN_128_64_FWD_PARALLEL_FOR
                        for (int64_t f0 = 0; f0 < nf; f0 += 24)  /* the input sliver stays in L1 */
                            for (int64_t m0 = 0; m0 < 64; m0 += 8)
                                dcgan_128_64_fwd_micro_p(nc, at + m0 / 16 * 8192L + m0 % 16, bt + f0, 502L,
                                            tp + m0 * 480L + f0, 480L, t == 0 && c0 == 0);
                    }
            }
            {   /* phase 3: 4 tap(s), extent 8 x 8 */
                const int64_t nf = ((nb - 1) * 100L + 78 + step - 1) / step * step;
                double *restrict tp = tiles + 92160L;
                if (by_channels) {
                    for (int64_t t = 0; t < 4; ++t)
                        for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                            const double *restrict bt = xg + c0 * 502L + dcgan_128_64_fwd_offs[12 + t];
                            const double *restrict at = pg + 98304L + (t * 128 + c0) * 16;
                            DCGAN_128_64_FWD_PARALLEL_FOR
                            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                                for (int64_t f0 = 0; f0 < nf; f0 += 12)
                                    dcgan_128_64_fwd_micro_c(nc, at + mb * 8192L, bt + f0, 502L,
                                                tp + f0 * 64L + mb * 16, 64L, t == 0 && c0 == 0);
                        }
                } else
                for (int64_t t = 0; t < 4; ++t)
                    for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                        const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                        const double *restrict bt = xg + c0 * 502L + dcgan_128_64_fwd_offs[12 + t];
                        const double *restrict at = pg + 98304L + (t * 128 + c0) * 16;
                        DCGAN_128_64_FWD_PARALLEL_FOR
                        for (int64_t f0 = 0; f0 < nf; f0 += 24)  /* the input sliver stays in L1 */
                            for (int64_t m0 = 0; m0 < 64; m0 += 8)
                                dcgan_128_64_fwd_micro_p(nc, at + m0 / 16 * 8192L + m0 % 16, bt + f0, 502L,
                                            tp + m0 * 480L + f0, 480L, t == 0 && c0 == 0);
                    }
            }
            /* the output in its own order, each element from its phase tile */
            DCGAN_128_64_FWD_PARALLEL_FOR
            for (int64_t a = 0; a < 64; ++a)
                for (long b = 0; b < nb; ++b) {
                    double *restrict yo = y + (b0 + b) * 16384L + (g * 64 + a) * 256L;
                    const int64_t base = a * ta + b * 100L * tf;
                    for (int64_t j0 = 0; j0 < 16; ++j0) {
                        const int64_t p0 = dcgan_128_64_fwd_jph0[j0];
                        const int64_t o0 = base + dcgan_128_64_fwd_ju0[j0] * tf;
                        for (int64_t j1 = 0; j1 < 16; ++j1) {
                            const int64_t p1 = p0 * 2 + dcgan_128_64_fwd_jph1[j1];
                            const int64_t o1 = o0 + dcgan_128_64_fwd_ju1[j1] * tf;
                            yo[j0 * 16L + j1] = tile_of[p1][o1];
                        }
                    }
                }
        }
    }
}

void dcgan_128_64_fwd_packed(long n, const double *restrict x, const double *restrict packed, double *restrict y)
{
    void *ws = TCONV_SYM_ALLOC(dcgan_128_64_fwd_WORKSPACE_BYTES);
    if (!ws) {  /* no memory: the result is NaN, never garbage */
        for (int64_t i = 0; i < n * 16384L; ++i)
            y[i] = NAN;
        return;
    }
    dcgan_128_64_fwd_packed_ws(n, x, packed, y, ws);
    TCONV_SYM_FREE(ws);
}

void dcgan_128_64_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
{
    double *packed = (double *)TCONV_SYM_ALLOC(dcgan_128_64_fwd_PACKED_ELEMS * sizeof(double));
    if (!packed) {
        for (int64_t i = 0; i < n * 16384L; ++i)
            y[i] = NAN;
        return;
    }
    dcgan_128_64_fwd_pack(0, w, packed);
    dcgan_128_64_fwd_packed(n, x, packed, y);
    TCONV_SYM_FREE(packed);
}
