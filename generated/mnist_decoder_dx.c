/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:f2f80216a2c88aa51bf48f2e2c23c417479bb6324db761da2a990712e2b7649c
 */

/*
 * input kernel, polyphase in GEMM form (1 output phase(s), 1 group(s), 32 x 1 channels):
 * GEMM form: 1 phase GEMMs (M=32 out channels, K=taps x 1 in channels, N=960 flat positions)
 *   positions tile 8 channels x 24 positions (3 vectors), 8 input channels per cache block
 *   channels tile 12 positions x 16 channels (2 vectors), 8 input channels per cache block
 *     (each pass uses the tile that rounds fewer positions up)
 *   weights packed in panels of 16 output channels; up to 1 sample(s) per pass
 *   executed MACs 1.37x the structural nonzeros (halo products thrown away)
 *   output order: phase tiles, then the output written row by row in its own order.
 * Each phase is one GEMM T[a, f] = sum over taps and input channels c of W_tap[a, c] * xpad[c, f + offset_tap],
 * f a flat position of a zero-haloed copy of the input (padded 34 x 34, 1 sample(s) side by side).
 * Entry points:
 *   mnist_decoder_dx_pack(0, w, packed)                      pack the weights once (mnist_decoder_dx_PACKED_ELEMS elements)
 *   mnist_decoder_dx_packed(n, x, packed, y)                 run with packed weights (workspace from TCONV_SYM_ALLOC)
 *   mnist_decoder_dx_packed_ws(n, x, packed, y, ws)          run with a caller's workspace of mnist_decoder_dx_WORKSPACE_BYTES bytes
 *   void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 *       the same from unpacked weights (packs them on every call: prefer _pack once)
 *   grad_y: n x 1 x 28 x 28, C order
 *   w: 32 x 1 x 7 x 7, C order (PyTorch weight layout)
 *   grad_x: n x 32 x 28 x 28, C order
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "mnist_decoder_dx.h"

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
#define MNIST_DECODER_DX_PARALLEL_FOR _Pragma("omp parallel for num_threads(TCONV_SYM_THREADS) schedule(static)")
#else
#define MNIST_DECODER_DX_PARALLEL_FOR
#endif


static const int64_t mnist_decoder_dx_taps[49] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48 };  /* flat kernel tap of each (phase, tap) */
static const int64_t mnist_decoder_dx_offs[49] = { 0, 1, 2, 3, 4, 5, 6, 34, 35, 36, 37, 38, 39, 40, 68, 69, 70, 71, 72, 73, 74, 102, 103, 104, 105, 106, 107, 108, 136, 137, 138, 139, 140, 141, 142, 170, 171, 172, 173, 174, 175, 176, 204, 205, 206, 207, 208, 209, 210 };  /* its flat offset into the haloed input */
static const int64_t mnist_decoder_dx_jph0[28] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };  /* axis 0: phase of each output index */
static const int64_t mnist_decoder_dx_ju0[28] = { 0, 34, 68, 102, 136, 170, 204, 238, 272, 306, 340, 374, 408, 442, 476, 510, 544, 578, 612, 646, 680, 714, 748, 782, 816, 850, 884, 918 };  /* ... and its flat offset in the phase tile */
static const int64_t mnist_decoder_dx_jph1[28] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };  /* axis 1: phase of each output index */
static const int64_t mnist_decoder_dx_ju1[28] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27 };  /* ... and its flat offset in the phase tile */

void mnist_decoder_dx_pack(long n, const double *restrict w, double *restrict packed)
{
    (void)n;
    for (int64_t g = 0; g < 1; ++g) {
        for (int64_t mb = 0; mb < 2; ++mb)  /* phase 0 */
            for (int64_t t = 0; t < 49; ++t)
                for (int64_t c = 0; c < 1; ++c)
                    for (int64_t i = 0; i < 16; ++i) {
                        const int64_t a = mb * 16 + i;
                        packed[g * 1568L + 0L + ((mb * 49 + t) * 1 + c) * 16 + i] =
                            a < 32 ? w[g * 1568L + a * 49L + c * 49L + mnist_decoder_dx_taps[0 + t]] : 0;
                    }
    }
}

#if defined(__GNUC__) && !defined(TCONV_SYM_NO_VECTOR_EXTENSIONS)
typedef double mnist_decoder_dx_vec __attribute__((vector_size(64), aligned(8), may_alias));
#define MNIST_DECODER_DX_VECTORS 1
#endif

/* C[0:8 channels, 0:24 positions] (row stride ldc) = (first ? 0 : C) + A^T B: the positions register tile;
 * A: nc rows of 16 packed weights (the first 8 used), B: nc rows (stride cs) of 24 positions */
static void mnist_decoder_dx_micro_p(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef MNIST_DECODER_DX_VECTORS
    mnist_decoder_dx_vec acc[8][3];
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 3; ++v)
            acc[i][v] = first ? (mnist_decoder_dx_vec){ 0 } : *(const mnist_decoder_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_dx_vec bv[3];
        for (int v = 0; v < 3; ++v)
            bv[v] = *(const mnist_decoder_dx_vec *)(bc + v * 8);
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 16 + i];
            for (int v = 0; v < 3; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 3; ++v)
            *(mnist_decoder_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
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
static void mnist_decoder_dx_micro_c(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef MNIST_DECODER_DX_VECTORS
    mnist_decoder_dx_vec acc[12][2];
    for (int i = 0; i < 12; ++i)
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (mnist_decoder_dx_vec){ 0 } : *(const mnist_decoder_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_dx_vec av[2];
        for (int v = 0; v < 2; ++v)
            av[v] = *(const mnist_decoder_dx_vec *)(a + c * 16 + v * 8);
        for (int i = 0; i < 12; ++i) {
            const double s = bc[i];
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    for (int i = 0; i < 12; ++i)
        for (int v = 0; v < 2; ++v)
            *(mnist_decoder_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
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

void mnist_decoder_dx_packed_ws(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x, void *ws)
{
    double *restrict xp = (double *)ws;  /* [in channel][flat position]: the haloed input, 1 sample(s) side by side */
    double *restrict tiles = xp + 1170L;  /* per phase [out channel][flat position] */
    const double *tile_of[1];
    for (int64_t p = 0; p < 1; ++p)
        tile_of[p] = tiles;
    tile_of[0] = tiles + 0L;
    memset(xp, 0, 1170L * sizeof(double));  /* the halo stays zero */
    for (int64_t b0 = 0; b0 < n; b0 += 1) {
        const int64_t nb = n - b0 < 1 ? n - b0 : 1;
        /* copy the samples into the haloed layout */
        MNIST_DECODER_DX_PARALLEL_FOR
        for (int64_t c = 0; c < 1; ++c)
            for (long b = 0; b < nb; ++b) {
                const double *restrict src = grad_y + (b0 + b) * 784L + c * 784L;
                double *restrict dst = xp + c * 1170L + b * 1156L + 105L;
                for (int64_t i0 = 0; i0 < 28; ++i0)
                    memcpy(dst + i0 * 34L, src + i0 * 28L, 28 * sizeof(double));
            }
        /* per pass: the micro-kernel that rounds fewer flat positions up (same packed panels) */
        const int64_t span = (nb - 1) * 1156L + 946;
        const int by_channels = (span + 11) / 12 * 12 < (span + 23) / 24 * 24;
        const int64_t step = by_channels ? 12 : 24;
        const int64_t tf = by_channels ? 32L : 1, ta = by_channels ? 1 : 960L;  /* tile layout */
        for (int64_t g = 0; g < 1; ++g) {
            const double *restrict xg = xp + g * 1170L;
            const double *restrict pg = packed + g * 1568L;
            {   /* phase 0: 49 tap(s), extent 28 x 28 */
                const int64_t nf = ((nb - 1) * 1156L + 946 + step - 1) / step * step;
                double *restrict tp = tiles + 0L;
                if (by_channels) {
                    for (int64_t t = 0; t < 49; ++t)
                        for (int64_t c0 = 0; c0 < 1; c0 += 8) {
                            const int64_t nc = 1 - c0 < 8 ? 1 - c0 : 8;
                            const double *restrict bt = xg + c0 * 1170L + mnist_decoder_dx_offs[0 + t];
                            const double *restrict at = pg + 0L + (t * 1 + c0) * 16;
                            MNIST_DECODER_DX_PARALLEL_FOR
                            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                                for (int64_t f0 = 0; f0 < nf; f0 += 12)
                                    mnist_decoder_dx_micro_c(nc, at + mb * 784L, bt + f0, 1170L,
                                                tp + f0 * 32L + mb * 16, 32L, t == 0 && c0 == 0);
                        }
                } else
                for (int64_t t = 0; t < 49; ++t)
                    for (int64_t c0 = 0; c0 < 1; c0 += 8) {
                        const int64_t nc = 1 - c0 < 8 ? 1 - c0 : 8;
                        const double *restrict bt = xg + c0 * 1170L + mnist_decoder_dx_offs[0 + t];
                        const double *restrict at = pg + 0L + (t * 1 + c0) * 16;
                        MNIST_DECODER_DX_PARALLEL_FOR
                        for (int64_t f0 = 0; f0 < nf; f0 += 24)  /* the input sliver stays in L1 */
                            for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                mnist_decoder_dx_micro_p(nc, at + m0 / 16 * 784L + m0 % 16, bt + f0, 1170L,
                                            tp + m0 * 960L + f0, 960L, t == 0 && c0 == 0);
                    }
            }
            /* the output in its own order, each element from its phase tile */
            MNIST_DECODER_DX_PARALLEL_FOR
            for (int64_t a = 0; a < 32; ++a)
                for (long b = 0; b < nb; ++b) {
                    double *restrict yo = grad_x + (b0 + b) * 25088L + (g * 32 + a) * 784L;
                    const int64_t base = a * ta + b * 1156L * tf;
                    for (int64_t j0 = 0; j0 < 28; ++j0) {
                        const int64_t p0 = mnist_decoder_dx_jph0[j0];
                        const int64_t o0 = base + mnist_decoder_dx_ju0[j0] * tf;
                        for (int64_t j1 = 0; j1 < 28; ++j1) {
                            const int64_t p1 = p0 * 1 + mnist_decoder_dx_jph1[j1];
                            const int64_t o1 = o0 + mnist_decoder_dx_ju1[j1] * tf;
                            yo[j0 * 28L + j1] = tile_of[p1][o1];
                        }
                    }
                }
        }
    }
}

void mnist_decoder_dx_packed(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x)
{
    void *ws = TCONV_SYM_ALLOC(mnist_decoder_dx_WORKSPACE_BYTES);
    if (!ws) {  /* no memory: the result is NaN, never garbage */
        for (int64_t i = 0; i < n * 25088L; ++i)
            grad_x[i] = NAN;
        return;
    }
    mnist_decoder_dx_packed_ws(n, grad_y, packed, grad_x, ws);
    TCONV_SYM_FREE(ws);
}

void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
{
    double *packed = (double *)TCONV_SYM_ALLOC(mnist_decoder_dx_PACKED_ELEMS * sizeof(double));
    if (!packed) {
        for (int64_t i = 0; i < n * 25088L; ++i)
            grad_x[i] = NAN;
        return;
    }
    mnist_decoder_dx_pack(0, w, packed);
    mnist_decoder_dx_packed(n, grad_y, packed, grad_x);
    TCONV_SYM_FREE(packed);
}
