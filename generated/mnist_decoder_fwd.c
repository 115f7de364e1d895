/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, the gemm-scatter schedule; 1 output x 32 input channels per group, executes 1.13x the nonzeros <= 1.5)
 * dtype:         float64
 * signature:     void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:c551627d5829a9a3f1baffcb6b9f3df1bcc9e29da4c407187d33b5a6537928e4
 */

/*
 * forward kernel, polyphase in scatter GEMM form (1 group(s), 1 x 32 channels, 49 tap blocks):
 * scatter GEMM form: per sample and group col = W x (49 rows = 49 taps x 1 out channels, K=32 in channels, N=792 positions),
 *   register tile 8 rows x 24 positions (3 vectors), 32 input channels per cache block; then each tap block's box of col added into the output
 *   executed MACs 1.13x the structural nonzeros (border products thrown away).
 * Entry points:
 *   mnist_decoder_fwd_pack(0, w, packed)                      pack the weights once (mnist_decoder_fwd_PACKED_ELEMS elements)
 *   mnist_decoder_fwd_packed(n, x, packed, y)                 run with packed weights (workspace from TCONV_SYM_ALLOC)
 *   mnist_decoder_fwd_packed_ws(n, x, packed, y, ws)          run with a caller's workspace of mnist_decoder_fwd_WORKSPACE_BYTES bytes
 *   mnist_decoder_fwd_checked(n, x, packed, y, ws, ws_bytes)  the same, the contract checked first: 0 or a TCONV_SYM_E* code
 *   void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 *       the same from unpacked weights (packs them on every call: prefer _pack once)
 *   x: n x 32 x 28 x 28, C order
 *   w: 32 x 1 x 7 x 7, C order (PyTorch weight layout)
 *   y: n x 1 x 28 x 28, C order
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include "mnist_decoder_fwd.h"

#ifndef TCONV_SYM_ALLOC
#define TCONV_SYM_ALLOC(bytes) malloc(bytes)
#endif
#ifndef TCONV_SYM_FREE
#define TCONV_SYM_FREE(p) free(p)
#endif
/* threads: opt-in (-fopenmp -DTCONV_SYM_THREADS=N): one parallel region per call; in it the input copy (by
 * channels), the tiles of the GEMM and the col2im (by output channels) are shared out in turn, each element
 * computed by one thread as with one thread (the same sums in the same order): the same result */
#ifndef TCONV_SYM_THREADS
#define TCONV_SYM_THREADS 1
#endif
#if defined(_OPENMP) && TCONV_SYM_THREADS > 1
#define MNIST_DECODER_FWD_PARALLEL _Pragma("omp parallel num_threads(TCONV_SYM_THREADS)")
#define MNIST_DECODER_FWD_FOR _Pragma("omp for schedule(static)")
#else
#define MNIST_DECODER_FWD_PARALLEL
#define MNIST_DECODER_FWD_FOR
#endif


void mnist_decoder_fwd_pack(long n, const double *restrict w, double *restrict packed)
{
    (void)n;
    for (int64_t g = 0; g < 1; ++g)
        for (int64_t r = 0; r < 56; ++r)  /* row r = tap * 1 + out channel */
            for (int64_t c = 0; c < 32; ++c)
                packed[g * 1792L + (r / 8) * 256L + c * 8 + r % 8] =
                    r < 49 ? w[g * 1568L + (r % 1) * 49L + c * 49L + r / 1] : 0;
}

/* vectors of 64 bytes where the target has registers that wide (AVX-512; -DTCONV_SYM_VECTOR_EXTENSIONS: anywhere):
 * narrower targets get the plain C99 loops, which the compiler vectorises itself. Measured on AVX2 (AMD EPYC, gcc 12,
 * -O3 -march=native, one thread): gcc lowers the 64-byte vectors through the stack (a scalar stored 16 times per
 * broadcast): 512->128 16x16 k4 s4 at batch 1 took 274 ms with them, 22 ms without (sgemm: 21 ms) */
#if defined(__GNUC__) && !defined(TCONV_SYM_NO_VECTOR_EXTENSIONS) && (defined(__AVX512F__) || defined(TCONV_SYM_VECTOR_EXTENSIONS))
typedef double mnist_decoder_fwd_vec __attribute__((vector_size(64), aligned(8), may_alias));
#define MNIST_DECODER_FWD_VECTORS 1
#elif defined(__GNUC__) && !defined(TCONV_SYM_NO_VECTOR_EXTENSIONS) && defined(__AVX2__)
/* AVX2: the positions tile on 32-byte vectors, in sub-tiles that fit its 16 registers */
typedef double mnist_decoder_fwd_hvec __attribute__((vector_size(32), aligned(8), may_alias));
#define MNIST_DECODER_FWD_HVECTORS 1
#endif
/* the register tile's loops unrolled where the target has 32 registers of 64 bytes (AVX-512): its accumulators then stay
 * in registers (a rolled tile stays in memory on the stack at gcc -O2); elsewhere the compiler spills the tile anyway */
#if defined(MNIST_DECODER_FWD_VECTORS) && defined(__AVX512F__)
#define MNIST_DECODER_FWD_TILE _Pragma("GCC unroll 32")
#else
#define MNIST_DECODER_FWD_TILE
#endif

/* C[0:8 channels, 0:24 positions] (row stride ldc) = (first ? 0 : C) + A^T B: the positions register tile;
 * A: nc rows of 8 packed weights (the first 8 used), B: nc rows (stride cs) of 24 positions */
static void mnist_decoder_fwd_micro_p(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef MNIST_DECODER_FWD_VECTORS
    mnist_decoder_fwd_vec acc[8][3];
    MNIST_DECODER_FWD_TILE
    for (int i = 0; i < 8; ++i)
        MNIST_DECODER_FWD_TILE
        for (int v = 0; v < 3; ++v)
            acc[i][v] = first ? (mnist_decoder_fwd_vec){ 0 } : *(const mnist_decoder_fwd_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_fwd_vec bv[3];
        MNIST_DECODER_FWD_TILE
        for (int v = 0; v < 3; ++v)
            bv[v] = *(const mnist_decoder_fwd_vec *)(bc + v * 8);
        MNIST_DECODER_FWD_TILE
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 8 + i];
            MNIST_DECODER_FWD_TILE
            for (int v = 0; v < 3; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    MNIST_DECODER_FWD_TILE
    for (int i = 0; i < 8; ++i)
        MNIST_DECODER_FWD_TILE
        for (int v = 0; v < 3; ++v)
            *(mnist_decoder_fwd_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#elif defined(MNIST_DECODER_FWD_HVECTORS)
    /* 32-byte vectors: sub-tiles of at most 4 channels x 3 vectors, their accumulators in registers; the input channels
     * in chunks of TCONV_SYM_HKC (default 64; their rows of b in L1 while every sub-tile reads them; the partial sums stored and reloaded
     * exactly between chunks: the same sums in the same order) */
#ifndef TCONV_SYM_HKC
#define TCONV_SYM_HKC 64
#endif
    for (int64_t c0 = 0; c0 < nc; c0 += TCONV_SYM_HKC) {
    const int64_t c1 = nc - c0 < TCONV_SYM_HKC ? nc : c0 + TCONV_SYM_HKC;
    const double *src = c0 == 0 ? ct : ct;
    const int64_t lds = c0 == 0 ? ldc : ldc;
    const int zero = first && c0 == 0;
    {  /* channels 0..3, positions 0..11 */
        mnist_decoder_fwd_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (mnist_decoder_fwd_hvec){ 0 } : *(const mnist_decoder_fwd_hvec *)(src + (0 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            mnist_decoder_fwd_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const mnist_decoder_fwd_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 8 + 0 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 3; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                *(mnist_decoder_fwd_hvec *)(ct + (0 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 0..3, positions 12..23 */
        mnist_decoder_fwd_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (mnist_decoder_fwd_hvec){ 0 } : *(const mnist_decoder_fwd_hvec *)(src + (0 + i) * lds + 12 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 12;
            mnist_decoder_fwd_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const mnist_decoder_fwd_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 8 + 0 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 3; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                *(mnist_decoder_fwd_hvec *)(ct + (0 + i) * ldc + 12 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 0..11 */
        mnist_decoder_fwd_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (mnist_decoder_fwd_hvec){ 0 } : *(const mnist_decoder_fwd_hvec *)(src + (4 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            mnist_decoder_fwd_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const mnist_decoder_fwd_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 8 + 4 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 3; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                *(mnist_decoder_fwd_hvec *)(ct + (4 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 12..23 */
        mnist_decoder_fwd_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (mnist_decoder_fwd_hvec){ 0 } : *(const mnist_decoder_fwd_hvec *)(src + (4 + i) * lds + 12 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 12;
            mnist_decoder_fwd_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const mnist_decoder_fwd_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 8 + 4 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 3; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                *(mnist_decoder_fwd_hvec *)(ct + (4 + i) * ldc + 12 + v * 4) = acc[i][v];
    }
    }
#else  /* plain C99 */
    double acc[8][24];
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 24; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 8 + i];
            for (int j = 0; j < 24; ++j)
                acc[i][j] += s * b[c * cs + j];
        }
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 24; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

void mnist_decoder_fwd_packed_ws(long n, const double *restrict x, const double *restrict packed, double *restrict y, void *ws)
{
    double *restrict xs = (double *)ws;  /* [in channel][position], rows padded to whole tiles */
    double *restrict col = xs + 25344L;  /* [tap * out channels][position] */
    memset(xs, 0, 25344L * sizeof(double));  /* the row tails stay zero */
    MNIST_DECODER_FWD_PARALLEL
    for (long b = 0; b < n; ++b)
        for (int64_t g = 0; g < 1; ++g) {
            const double *restrict pg = packed + g * 1792L;
            MNIST_DECODER_FWD_FOR
            for (int64_t c = 0; c < 32; ++c)
                memcpy(xs + c * 792L, x + b * 25088L + (g * 32 + c) * 784L, 784 * sizeof(double));
            for (int64_t c0 = 0; c0 < 32; c0 += 32) {
                const int64_t nc = 32 - c0 < 32 ? 32 - c0 : 32;
                MNIST_DECODER_FWD_FOR
                for (int64_t f0 = 0; f0 < 792; f0 += 24)  /* the input sliver stays in L1 */
                    for (int64_t m0 = 0; m0 < 56; m0 += 8)
                        mnist_decoder_fwd_micro_p(nc, pg + m0 * 32L + c0 * 8, xs + c0 * 792L + f0, 792L,
                                    col + m0 * 792L + f0, 792L, c0 == 0);
            }
            /* col2im: each tap block's box of col added into the output (exact bounds) */
            double *restrict yg = y + b * 784L + g * 784L;
            MNIST_DECODER_FWD_FOR
            for (int64_t a = 0; a < 1; ++a) {
                double *restrict ya = yg + a * 784L;
                memset(ya, 0, 784L * sizeof(double));
                {   /* phase 0, 0, tap 0, 0: box 25 x 25 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (0L + a) * 792L + 87;
                    for (int64_t u0 = 0; u0 < 25; ++u0)
                        for (int64_t u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 0, 1: box 25 x 26 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (1L + a) * 792L + 86;
                    for (int64_t u0 = 0; u0 < 25; ++u0)
                        for (int64_t u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 0, 2: box 25 x 27 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (2L + a) * 792L + 85;
                    for (int64_t u0 = 0; u0 < 25; ++u0)
                        for (int64_t u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 0, 3: box 25 x 28 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (3L + a) * 792L + 84;
                    for (int64_t u0 = 0; u0 < 25; ++u0)
                        for (int64_t u1 = 0; u1 < 28; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 0, 4: box 25 x 27 */
                    double *restrict yo = ya + 1;
                    const double *restrict cr = col + (4L + a) * 792L + 84;
                    for (int64_t u0 = 0; u0 < 25; ++u0)
                        for (int64_t u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 0, 5: box 25 x 26 */
                    double *restrict yo = ya + 2;
                    const double *restrict cr = col + (5L + a) * 792L + 84;
                    for (int64_t u0 = 0; u0 < 25; ++u0)
                        for (int64_t u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 0, 6: box 25 x 25 */
                    double *restrict yo = ya + 3;
                    const double *restrict cr = col + (6L + a) * 792L + 84;
                    for (int64_t u0 = 0; u0 < 25; ++u0)
                        for (int64_t u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 1, 0: box 26 x 25 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (7L + a) * 792L + 59;
                    for (int64_t u0 = 0; u0 < 26; ++u0)
                        for (int64_t u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 1, 1: box 26 x 26 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (8L + a) * 792L + 58;
                    for (int64_t u0 = 0; u0 < 26; ++u0)
                        for (int64_t u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 1, 2: box 26 x 27 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (9L + a) * 792L + 57;
                    for (int64_t u0 = 0; u0 < 26; ++u0)
                        for (int64_t u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 1, 3: box 26 x 28 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (10L + a) * 792L + 56;
                    for (int64_t u0 = 0; u0 < 26; ++u0)
                        for (int64_t u1 = 0; u1 < 28; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 1, 4: box 26 x 27 */
                    double *restrict yo = ya + 1;
                    const double *restrict cr = col + (11L + a) * 792L + 56;
                    for (int64_t u0 = 0; u0 < 26; ++u0)
                        for (int64_t u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 1, 5: box 26 x 26 */
                    double *restrict yo = ya + 2;
                    const double *restrict cr = col + (12L + a) * 792L + 56;
                    for (int64_t u0 = 0; u0 < 26; ++u0)
                        for (int64_t u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 1, 6: box 26 x 25 */
                    double *restrict yo = ya + 3;
                    const double *restrict cr = col + (13L + a) * 792L + 56;
                    for (int64_t u0 = 0; u0 < 26; ++u0)
                        for (int64_t u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 2, 0: box 27 x 25 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (14L + a) * 792L + 31;
                    for (int64_t u0 = 0; u0 < 27; ++u0)
                        for (int64_t u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 2, 1: box 27 x 26 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (15L + a) * 792L + 30;
                    for (int64_t u0 = 0; u0 < 27; ++u0)
                        for (int64_t u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 2, 2: box 27 x 27 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (16L + a) * 792L + 29;
                    for (int64_t u0 = 0; u0 < 27; ++u0)
                        for (int64_t u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 2, 3: box 27 x 28 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (17L + a) * 792L + 28;
                    for (int64_t u0 = 0; u0 < 27; ++u0)
                        for (int64_t u1 = 0; u1 < 28; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 2, 4: box 27 x 27 */
                    double *restrict yo = ya + 1;
                    const double *restrict cr = col + (18L + a) * 792L + 28;
                    for (int64_t u0 = 0; u0 < 27; ++u0)
                        for (int64_t u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 2, 5: box 27 x 26 */
                    double *restrict yo = ya + 2;
                    const double *restrict cr = col + (19L + a) * 792L + 28;
                    for (int64_t u0 = 0; u0 < 27; ++u0)
                        for (int64_t u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 2, 6: box 27 x 25 */
                    double *restrict yo = ya + 3;
                    const double *restrict cr = col + (20L + a) * 792L + 28;
                    for (int64_t u0 = 0; u0 < 27; ++u0)
                        for (int64_t u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 3, 0: box 28 x 25 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (21L + a) * 792L + 3;
                    for (int64_t u0 = 0; u0 < 28; ++u0)
                        for (int64_t u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 3, 1: box 28 x 26 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (22L + a) * 792L + 2;
                    for (int64_t u0 = 0; u0 < 28; ++u0)
                        for (int64_t u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 3, 2: box 28 x 27 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (23L + a) * 792L + 1;
                    for (int64_t u0 = 0; u0 < 28; ++u0)
                        for (int64_t u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 3, 3: box 28 x 28 */
                    double *restrict yo = ya + 0;
                    const double *restrict cr = col + (24L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 28; ++u0)
                        for (int64_t u1 = 0; u1 < 28; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 3, 4: box 28 x 27 */
                    double *restrict yo = ya + 1;
                    const double *restrict cr = col + (25L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 28; ++u0)
                        for (int64_t u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 3, 5: box 28 x 26 */
                    double *restrict yo = ya + 2;
                    const double *restrict cr = col + (26L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 28; ++u0)
                        for (int64_t u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 3, 6: box 28 x 25 */
                    double *restrict yo = ya + 3;
                    const double *restrict cr = col + (27L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 28; ++u0)
                        for (int64_t u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 4, 0: box 27 x 25 */
                    double *restrict yo = ya + 28;
                    const double *restrict cr = col + (28L + a) * 792L + 3;
                    for (int64_t u0 = 0; u0 < 27; ++u0)
                        for (int64_t u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 4, 1: box 27 x 26 */
                    double *restrict yo = ya + 28;
                    const double *restrict cr = col + (29L + a) * 792L + 2;
                    for (int64_t u0 = 0; u0 < 27; ++u0)
                        for (int64_t u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 4, 2: box 27 x 27 */
                    double *restrict yo = ya + 28;
                    const double *restrict cr = col + (30L + a) * 792L + 1;
                    for (int64_t u0 = 0; u0 < 27; ++u0)
                        for (int64_t u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 4, 3: box 27 x 28 */
                    double *restrict yo = ya + 28;
                    const double *restrict cr = col + (31L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 27; ++u0)
                        for (int64_t u1 = 0; u1 < 28; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 4, 4: box 27 x 27 */
                    double *restrict yo = ya + 29;
                    const double *restrict cr = col + (32L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 27; ++u0)
                        for (int64_t u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 4, 5: box 27 x 26 */
                    double *restrict yo = ya + 30;
                    const double *restrict cr = col + (33L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 27; ++u0)
                        for (int64_t u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 4, 6: box 27 x 25 */
                    double *restrict yo = ya + 31;
                    const double *restrict cr = col + (34L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 27; ++u0)
                        for (int64_t u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 5, 0: box 26 x 25 */
                    double *restrict yo = ya + 56;
                    const double *restrict cr = col + (35L + a) * 792L + 3;
                    for (int64_t u0 = 0; u0 < 26; ++u0)
                        for (int64_t u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 5, 1: box 26 x 26 */
                    double *restrict yo = ya + 56;
                    const double *restrict cr = col + (36L + a) * 792L + 2;
                    for (int64_t u0 = 0; u0 < 26; ++u0)
                        for (int64_t u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 5, 2: box 26 x 27 */
                    double *restrict yo = ya + 56;
                    const double *restrict cr = col + (37L + a) * 792L + 1;
                    for (int64_t u0 = 0; u0 < 26; ++u0)
                        for (int64_t u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 5, 3: box 26 x 28 */
                    double *restrict yo = ya + 56;
                    const double *restrict cr = col + (38L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 26; ++u0)
                        for (int64_t u1 = 0; u1 < 28; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 5, 4: box 26 x 27 */
                    double *restrict yo = ya + 57;
                    const double *restrict cr = col + (39L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 26; ++u0)
                        for (int64_t u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 5, 5: box 26 x 26 */
                    double *restrict yo = ya + 58;
                    const double *restrict cr = col + (40L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 26; ++u0)
                        for (int64_t u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 5, 6: box 26 x 25 */
                    double *restrict yo = ya + 59;
                    const double *restrict cr = col + (41L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 26; ++u0)
                        for (int64_t u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 6, 0: box 25 x 25 */
                    double *restrict yo = ya + 84;
                    const double *restrict cr = col + (42L + a) * 792L + 3;
                    for (int64_t u0 = 0; u0 < 25; ++u0)
                        for (int64_t u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 6, 1: box 25 x 26 */
                    double *restrict yo = ya + 84;
                    const double *restrict cr = col + (43L + a) * 792L + 2;
                    for (int64_t u0 = 0; u0 < 25; ++u0)
                        for (int64_t u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 6, 2: box 25 x 27 */
                    double *restrict yo = ya + 84;
                    const double *restrict cr = col + (44L + a) * 792L + 1;
                    for (int64_t u0 = 0; u0 < 25; ++u0)
                        for (int64_t u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 6, 3: box 25 x 28 */
                    double *restrict yo = ya + 84;
                    const double *restrict cr = col + (45L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 25; ++u0)
                        for (int64_t u1 = 0; u1 < 28; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 6, 4: box 25 x 27 */
                    double *restrict yo = ya + 85;
                    const double *restrict cr = col + (46L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 25; ++u0)
                        for (int64_t u1 = 0; u1 < 27; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 6, 5: box 25 x 26 */
                    double *restrict yo = ya + 86;
                    const double *restrict cr = col + (47L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 25; ++u0)
                        for (int64_t u1 = 0; u1 < 26; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
                {   /* phase 0, 0, tap 6, 6: box 25 x 25 */
                    double *restrict yo = ya + 87;
                    const double *restrict cr = col + (48L + a) * 792L + 0;
                    for (int64_t u0 = 0; u0 < 25; ++u0)
                        for (int64_t u1 = 0; u1 < 25; ++u1)
                            yo[u0 * 28 + u1] += cr[u0 * 28 + u1];
                }
            }
        }
}

int64_t mnist_decoder_fwd_workspace_bytes(void)
{
    return mnist_decoder_fwd_WORKSPACE_BYTES;
}

static int mnist_decoder_fwd_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int mnist_decoder_fwd_checked(long n, const double *x, const double *packed, double *y, void *ws, int64_t ws_bytes)
{
    /* the raw contract of mnist_decoder_fwd_packed_ws, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 45955098238474)
            return TCONV_SYM_EBATCH;
    }
    if (n == 0)
        return TCONV_SYM_OK;
    if (!x || !packed || !y || !ws)
        return TCONV_SYM_ENULL;
    if (ws_bytes < mnist_decoder_fwd_WORKSPACE_BYTES)
        return TCONV_SYM_EWORKSPACE;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)packed % sizeof(double) || (uintptr_t)y % sizeof(double)
            || (uintptr_t)ws % sizeof(double))
        return TCONV_SYM_EALIGN;
    const int64_t x_bytes = n * 25088L * (int64_t)sizeof(double), y_bytes = n * 784L * (int64_t)sizeof(double);
    const int64_t p_bytes = mnist_decoder_fwd_PACKED_ELEMS * (int64_t)sizeof(double);
    if (mnist_decoder_fwd_overlap(y, y_bytes, x, x_bytes) || mnist_decoder_fwd_overlap(y, y_bytes, packed, p_bytes)
            || mnist_decoder_fwd_overlap(y, y_bytes, ws, ws_bytes) || mnist_decoder_fwd_overlap(ws, ws_bytes, x, x_bytes)
            || mnist_decoder_fwd_overlap(ws, ws_bytes, packed, p_bytes))
        return TCONV_SYM_EOVERLAP;
    mnist_decoder_fwd_packed_ws(n, x, packed, y, ws);
    return TCONV_SYM_OK;
}

void mnist_decoder_fwd_packed(long n, const double *restrict x, const double *restrict packed, double *restrict y)
{
    void *raw = TCONV_SYM_ALLOC(mnist_decoder_fwd_WORKSPACE_BYTES + 64);
    if (!raw) {  /* no memory: the result is NaN, never garbage */
        for (int64_t i = 0; i < n * 784L; ++i)
            y[i] = NAN;
        return;
    }
    /* on a cache line (malloc gives 16 bytes): the packed blocks' vectors never split one */
    void *ws = (char *)raw + (64 - (uintptr_t)raw % 64) % 64;
    mnist_decoder_fwd_packed_ws(n, x, packed, y, ws);
    TCONV_SYM_FREE(raw);
}

void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
{
    double *packed = (double *)TCONV_SYM_ALLOC(mnist_decoder_fwd_PACKED_ELEMS * sizeof(double));
    if (!packed) {
        for (int64_t i = 0; i < n * 784L; ++i)
            y[i] = NAN;
        return;
    }
    mnist_decoder_fwd_pack(0, w, packed);
    mnist_decoder_fwd_packed(n, x, packed, y);
    TCONV_SYM_FREE(packed);
}
