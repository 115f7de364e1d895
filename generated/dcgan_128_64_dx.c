/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, the gemm schedule; 128 output x 64 input channels per group, executes 1.14x the nonzeros <= 2)
 * dtype:         float64
 * signature:     void dcgan_128_64_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:87c76d9d6c6877fc68fadcf12b9fa3f9e46e4670e75bf7ae62d606df64cdc052
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
 *   dcgan_128_64_dx_checked(n, x, packed, y, ws, ws_bytes)  the same, the contract checked first: 0 or a TCONV_SYM_E* code
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

/* threads: opt-in. Compiled with OpenMP (-fopenmp) and -DTCONV_SYM_THREADS=N (N > 1), dcgan_128_64_dx_packed_ws opens one
 * parallel region per call and hands out units of work round-robin (turned by one thread each round) — a lane group of
 * 8 samples, or one chunk of rows of one group of a pass of up to 8 sample(s) (a whole pass where it runs over the
 * runs); where a call has fewer units than a few per thread and not a multiple of the threads (batch 1), each chunk is
 * split into ranges of blocks of 16 output channels, one per thread — each thread in its own slice of the workspace:
 * every unit is computed as with one thread (the same sums in the same order), so the result is identical. Otherwise
 * plain sequential C99. */
#if defined(_OPENMP) && TCONV_SYM_THREADS > 1
#include <omp.h>
#ifndef TCONV_SYM_M_PARTS
#define TCONV_SYM_M_PARTS 0  /* ranges of output channels per chunk of rows: 0 = decided per call */
#endif
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

void dcgan_128_64_dx_pack(long n, const double *restrict w, double *restrict packed)
{
    (void)n;
    for (int64_t g = 0; g < 1; ++g) {
        for (int64_t mb = 0; mb < 8; ++mb)  /* phase 0 */
            for (int64_t t = 0; t < 16; ++t)
                for (int64_t c = 0; c < 64; ++c)
                    for (int64_t i = 0; i < 16; ++i) {
                        const int64_t a = mb * 16 + i;
                        packed[g * 131072L + 0L + (mb * 16 + t) * 1024L + i / 8 * 512L + c * 8 + i % 8] =
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

/* vectors of 64 bytes where the target has registers that wide (AVX-512; -DTCONV_SYM_VECTOR_EXTENSIONS: anywhere):
 * narrower targets get the plain C99 loops, which the compiler vectorises itself. Measured on AVX2 (AMD EPYC, gcc 12,
 * -O3 -march=native, one thread): gcc lowers the 64-byte vectors through the stack (a scalar stored 16 times per
 * broadcast): 512->128 16x16 k4 s4 at batch 1 took 274 ms with them, 22 ms without (sgemm: 21 ms) */
#if defined(__GNUC__) && !defined(TCONV_SYM_NO_VECTOR_EXTENSIONS) && (defined(__AVX512F__) || defined(TCONV_SYM_VECTOR_EXTENSIONS))
typedef double dcgan_128_64_dx_vec __attribute__((vector_size(64), aligned(8), may_alias));
#define DCGAN_128_64_DX_VECTORS 1
#elif defined(__GNUC__) && !defined(TCONV_SYM_NO_VECTOR_EXTENSIONS) && defined(__AVX2__)
/* AVX2: the positions tile on 32-byte vectors, in sub-tiles that fit its 16 registers */
typedef double dcgan_128_64_dx_hvec __attribute__((vector_size(32), aligned(8), may_alias));
#define DCGAN_128_64_DX_HVECTORS 1
#endif
/* the register tile's loops unrolled where the target has 32 registers of 64 bytes (AVX-512): its accumulators then stay
 * in registers (a rolled tile stays in memory on the stack at gcc -O2); elsewhere the compiler spills the tile anyway */
#if defined(DCGAN_128_64_DX_VECTORS) && defined(__AVX512F__)
#define DCGAN_128_64_DX_TILE _Pragma("GCC unroll 32")
#else
#define DCGAN_128_64_DX_TILE
#endif

/* C[0:8 channels, 0:24 positions] (row stride ldc) = (first ? 0 : C) + A^T B: the positions register tile;
 * A: nc rows of 8 packed weights (the first 8 used), B: nc rows (stride cs) of 24 positions */
static void dcgan_128_64_dx_micro_p3(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_DX_VECTORS
    dcgan_128_64_dx_vec acc[8][3];
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 8; ++i)
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 3; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec bv[3];
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 3; ++v)
            bv[v] = *(const dcgan_128_64_dx_vec *)(bc + v * 8);
        DCGAN_128_64_DX_TILE
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 8 + i];
            DCGAN_128_64_DX_TILE
            for (int v = 0; v < 3; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 8; ++i)
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 3; ++v)
            *(dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#elif defined(DCGAN_128_64_DX_HVECTORS)
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
        dcgan_128_64_dx_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (dcgan_128_64_dx_hvec){ 0 } : *(const dcgan_128_64_dx_hvec *)(src + (0 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            dcgan_128_64_dx_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const dcgan_128_64_dx_hvec *)(bc + v * 4);
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
                *(dcgan_128_64_dx_hvec *)(ct + (0 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 0..3, positions 12..23 */
        dcgan_128_64_dx_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (dcgan_128_64_dx_hvec){ 0 } : *(const dcgan_128_64_dx_hvec *)(src + (0 + i) * lds + 12 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 12;
            dcgan_128_64_dx_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const dcgan_128_64_dx_hvec *)(bc + v * 4);
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
                *(dcgan_128_64_dx_hvec *)(ct + (0 + i) * ldc + 12 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 0..11 */
        dcgan_128_64_dx_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (dcgan_128_64_dx_hvec){ 0 } : *(const dcgan_128_64_dx_hvec *)(src + (4 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            dcgan_128_64_dx_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const dcgan_128_64_dx_hvec *)(bc + v * 4);
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
                *(dcgan_128_64_dx_hvec *)(ct + (4 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 12..23 */
        dcgan_128_64_dx_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (dcgan_128_64_dx_hvec){ 0 } : *(const dcgan_128_64_dx_hvec *)(src + (4 + i) * lds + 12 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 12;
            dcgan_128_64_dx_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const dcgan_128_64_dx_hvec *)(bc + v * 4);
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
                *(dcgan_128_64_dx_hvec *)(ct + (4 + i) * ldc + 12 + v * 4) = acc[i][v];
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

/* C[0:8 channels, 0:16 positions] (row stride ldc) = (first ? 0 : C) + A^T B: the positions register tile;
 * A: nc rows of 8 packed weights (the first 8 used), B: nc rows (stride cs) of 16 positions */
static void dcgan_128_64_dx_micro_p2(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_DX_VECTORS
    dcgan_128_64_dx_vec acc[8][2];
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 8; ++i)
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec bv[2];
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 2; ++v)
            bv[v] = *(const dcgan_128_64_dx_vec *)(bc + v * 8);
        DCGAN_128_64_DX_TILE
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 8 + i];
            DCGAN_128_64_DX_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 8; ++i)
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 2; ++v)
            *(dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#elif defined(DCGAN_128_64_DX_HVECTORS)
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
    {  /* channels 0..3, positions 0..7 */
        dcgan_128_64_dx_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (dcgan_128_64_dx_hvec){ 0 } : *(const dcgan_128_64_dx_hvec *)(src + (0 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            dcgan_128_64_dx_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const dcgan_128_64_dx_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 8 + 0 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 2; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                *(dcgan_128_64_dx_hvec *)(ct + (0 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 0..3, positions 8..15 */
        dcgan_128_64_dx_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (dcgan_128_64_dx_hvec){ 0 } : *(const dcgan_128_64_dx_hvec *)(src + (0 + i) * lds + 8 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 8;
            dcgan_128_64_dx_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const dcgan_128_64_dx_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 8 + 0 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 2; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                *(dcgan_128_64_dx_hvec *)(ct + (0 + i) * ldc + 8 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 0..7 */
        dcgan_128_64_dx_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (dcgan_128_64_dx_hvec){ 0 } : *(const dcgan_128_64_dx_hvec *)(src + (4 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            dcgan_128_64_dx_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const dcgan_128_64_dx_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 8 + 4 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 2; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                *(dcgan_128_64_dx_hvec *)(ct + (4 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 8..15 */
        dcgan_128_64_dx_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (dcgan_128_64_dx_hvec){ 0 } : *(const dcgan_128_64_dx_hvec *)(src + (4 + i) * lds + 8 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 8;
            dcgan_128_64_dx_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const dcgan_128_64_dx_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 8 + 4 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 2; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                *(dcgan_128_64_dx_hvec *)(ct + (4 + i) * ldc + 8 + v * 4) = acc[i][v];
    }
    }
#else  /* plain C99 */
    double acc[8][16];
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 8 + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * b[c * cs + j];
        }
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:8 channels, 0:8 positions] (row stride ldc) = (first ? 0 : C) + A^T B: the positions register tile;
 * A: nc rows of 8 packed weights (the first 8 used), B: nc rows (stride cs) of 8 positions */
static void dcgan_128_64_dx_micro_p1(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_DX_VECTORS
    dcgan_128_64_dx_vec acc[8][1];
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 8; ++i)
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 1; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec bv[1];
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 1; ++v)
            bv[v] = *(const dcgan_128_64_dx_vec *)(bc + v * 8);
        DCGAN_128_64_DX_TILE
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 8 + i];
            DCGAN_128_64_DX_TILE
            for (int v = 0; v < 1; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 8; ++i)
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 1; ++v)
            *(dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#elif defined(DCGAN_128_64_DX_HVECTORS)
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
    {  /* channels 0..3, positions 0..7 */
        dcgan_128_64_dx_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (dcgan_128_64_dx_hvec){ 0 } : *(const dcgan_128_64_dx_hvec *)(src + (0 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            dcgan_128_64_dx_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const dcgan_128_64_dx_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 8 + 0 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 2; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                *(dcgan_128_64_dx_hvec *)(ct + (0 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 0..7 */
        dcgan_128_64_dx_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (dcgan_128_64_dx_hvec){ 0 } : *(const dcgan_128_64_dx_hvec *)(src + (4 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            dcgan_128_64_dx_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const dcgan_128_64_dx_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 8 + 4 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 2; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                *(dcgan_128_64_dx_hvec *)(ct + (4 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    }
#else  /* plain C99 */
    double acc[8][8];
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 8; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 8 + i];
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
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 12; ++i)
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec av[2];
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 2; ++v)
            av[v] = *(const dcgan_128_64_dx_vec *)(a + v * 8 / 8 * 512L + c * 8 + v * 8 % 8);
        DCGAN_128_64_DX_TILE
        for (int i = 0; i < 12; ++i) {
            const double s = bc[i];
            DCGAN_128_64_DX_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 12; ++i)
        DCGAN_128_64_DX_TILE
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
                acc[i][j] += s * a[j / 8 * 512L + c * 8 + j % 8];
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
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 10; ++i)
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec av[2];
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 2; ++v)
            av[v] = *(const dcgan_128_64_dx_vec *)(a + v * 8 / 8 * 512L + c * 8 + v * 8 % 8);
        DCGAN_128_64_DX_TILE
        for (int i = 0; i < 10; ++i) {
            const double s = bc[i];
            DCGAN_128_64_DX_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 10; ++i)
        DCGAN_128_64_DX_TILE
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
                acc[i][j] += s * a[j / 8 * 512L + c * 8 + j % 8];
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
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 8; ++i)
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec av[2];
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 2; ++v)
            av[v] = *(const dcgan_128_64_dx_vec *)(a + v * 8 / 8 * 512L + c * 8 + v * 8 % 8);
        DCGAN_128_64_DX_TILE
        for (int i = 0; i < 8; ++i) {
            const double s = bc[i];
            DCGAN_128_64_DX_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 8; ++i)
        DCGAN_128_64_DX_TILE
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
                acc[i][j] += s * a[j / 8 * 512L + c * 8 + j % 8];
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
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 6; ++i)
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec av[2];
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 2; ++v)
            av[v] = *(const dcgan_128_64_dx_vec *)(a + v * 8 / 8 * 512L + c * 8 + v * 8 % 8);
        DCGAN_128_64_DX_TILE
        for (int i = 0; i < 6; ++i) {
            const double s = bc[i];
            DCGAN_128_64_DX_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 6; ++i)
        DCGAN_128_64_DX_TILE
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
                acc[i][j] += s * a[j / 8 * 512L + c * 8 + j % 8];
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
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 4; ++i)
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_dx_vec){ 0 } : *(const dcgan_128_64_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_dx_vec av[2];
        DCGAN_128_64_DX_TILE
        for (int v = 0; v < 2; ++v)
            av[v] = *(const dcgan_128_64_dx_vec *)(a + v * 8 / 8 * 512L + c * 8 + v * 8 % 8);
        DCGAN_128_64_DX_TILE
        for (int i = 0; i < 4; ++i) {
            const double s = bc[i];
            DCGAN_128_64_DX_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    DCGAN_128_64_DX_TILE
    for (int i = 0; i < 4; ++i)
        DCGAN_128_64_DX_TILE
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
                acc[i][j] += s * a[j / 8 * 512L + c * 8 + j % 8];
        }
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}


/* The output rows of one chunk of grid rows [r0, r0 + nrow) of a pass (y at the pass's first sample and the group's
 * first channel), each interleaved from the phase tiles of its last axis while the chunk's tiles are in cache; the tile
 * element of (channel a, grid row g, position u of the row) is at a * ta + ((g - r0) * 8 + u) * tf; the channels a0 .. a1 - 1 */
static void dcgan_128_64_dx_interleave_rows(const double *const *tile_of, int64_t r0, int64_t nrow, int64_t ta, int64_t tf, int64_t a0, int64_t a1,
                                 double *restrict y)
{
    for (int64_t a = a0; a < (a1 < 128 ? a1 : 128); ++a)
        for (int64_t g = r0; g < r0 + nrow; ++g) {
            const int64_t b = g / 8, rr = g % 8;
            double *restrict yo = y + b * 8192L + a * 64L;
            const int64_t base = a * ta + (g - r0) * 8L * tf;
            const int64_t u0 = rr / 1 % 8;
            for (int64_t p0 = 0; p0 < 1; ++p0) {
                const int64_t j0 = p0 + 1 * u0;
                if (j0 >= 8)
                    break;
                double *restrict yr = yo + j0 * 8L;
                const double *restrict t0 = tile_of[(p0) * 1 + 0] + base;
                for (int64_t u = 0; u < 8; ++u) {
                    yr[u] = t0[u * tf];
                }
            }
        }
}

/* Any number of samples, in passes of up to 8: per phase, chunk of rows, tap and block of input channels,
 * the packed input block, then the register tiles over it */
/* whether unit u (counted over the call) is thread id's of count (id 0 of 1: all): round robin, turned by one thread each
 * round, so units of alternating sizes (a pass's chunks of 15 and 17 rows) do not all fall to the same thread */
static int dcgan_128_64_dx_mine(int64_t u, int64_t id, int64_t count)
{
    return (u + u / count) % count == id;
}

#if defined(_OPENMP) && TCONV_SYM_THREADS > 1
/* the units of work of a pass of nb samples: per group, each chunk of rows split into parts blocks of output channels
 * (or the whole pass over the runs) */
static int64_t dcgan_128_64_dx_units(int64_t nb, int64_t parts)
{
    const int64_t rows = nb * 8;
    int64_t chunks = 0;
    for (int64_t r0 = 0, nrow; r0 < rows; r0 += nrow, ++chunks)
        nrow = rows - r0 <= 64 ? rows - r0 : 64;
    return 1 * chunks * parts;
}
#endif

/* parts: each chunk of rows is parts units, each its own range of blocks of 16 output channels (the rows of the
 * GEMM): a thread packs the chunk's input block itself and computes and stores only its channels */
static void dcgan_128_64_dx_by_rows(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x, void *ws, int64_t unit0, int64_t id, int64_t count, int64_t parts)
{
    int64_t unit = unit0;  /* units of work in order, unit0 the first of this call: thread id of count runs its own */
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
            for (int64_t r0 = 0, nrow; r0 < rows; r0 += nrow) {  /* chunks of rows, the same on every phase grid */
                nrow = rows - r0 <= 64 ? rows - r0 : 64;  /* the last chunk takes what is left */
                for (int64_t part = 0; part < parts; ++part) {  /* its blocks of output channels [m_lo, m_hi) */
                if (!dcgan_128_64_dx_mine(unit++, id, count))
                    continue;
                const int64_t m_lo = part * 8 / parts * 16, m_hi = (part + 1) * 8 / parts * 16;
                const int64_t ncol = nrow * 8;
                {  /* input block 0 (tap 0): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 0 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 1 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 0, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 0, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 1 (tap 1): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 1024 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 1, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 1, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 2 (tap 2): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 2048 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 2, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 2, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 3 (tap 3): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 3072 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 3, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 3, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 4 (tap 4): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 4096 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 4, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 4, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 5 (tap 5): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 5120 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 5, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 5, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 6 (tap 6): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 6144 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 6, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 6, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 7 (tap 7): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 7168 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 7, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 7, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 8 (tap 8): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 8192 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 8, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 8, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 9 (tap 9): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 9216 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 9, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 9, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 10 (tap 10): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 10240 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 10, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 10, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 11 (tap 11): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 11264 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 11, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 11, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 12 (tap 12): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 12288 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 12, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 12, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 13 (tap 13): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 13312 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 13, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 13, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 14 (tap 14): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 14336 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 14, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 14, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 15 (tap 15): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 15360 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 16384 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                            const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                            dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 15, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
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
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 64; c0 += 64) {
                        const int64_t nc = 64 - c0 < 64 ? 64 - c0 : 64;
                        dcgan_128_64_dx_pack_b(xg + c0 * 256L, nc, 15, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8, bp + f0, 520L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 512L + m0 % 16 % 8;
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
                            }
                            f0 += width;
                        }
                    }
                }
                dcgan_128_64_dx_interleave_rows(tile_of, r0, nrow, ta, tf, m_lo, m_hi, grad_x + b0 * 8192L + g * 8192L);
                }
            }
        }
    }
}


void dcgan_128_64_dx_packed_ws(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x, void *ws)
{
    const int64_t groups = 0;
    const int64_t rest = n - groups * 1, passes = (rest + 7) / 8;
#if defined(_OPENMP) && TCONV_SYM_THREADS > 1
    int64_t total = groups;  /* units of work: a lane group each, and each pass's chunks of rows */
    for (int64_t p = 0; p < passes; ++p)
        total += dcgan_128_64_dx_units(rest - p * 8 < 8 ? rest - p * 8 : 8, 1);
    /* fewer units than a few per thread and not a multiple of the threads (batch 1: often one): each chunk of rows split
     * into one range of output channels per thread, so every thread has work (TCONV_SYM_M_PARTS=P: always P parts) */
    int64_t parts = TCONV_SYM_M_PARTS > 0 ? TCONV_SYM_M_PARTS : total % TCONV_SYM_THREADS && total < 4 * TCONV_SYM_THREADS ? TCONV_SYM_THREADS : 1;
    if (parts > 8)
        parts = 8;
    if (parts > 1) {
        total = groups;
        for (int64_t p = 0; p < passes; ++p)
            total += dcgan_128_64_dx_units(rest - p * 8 < 8 ? rest - p * 8 : 8, parts);
    }
    if (total > 1) {
#pragma omp parallel num_threads(TCONV_SYM_THREADS)
        {
            const int64_t id = omp_get_thread_num(), count = omp_get_num_threads();
            char *mine = (char *)ws + id * dcgan_128_64_dx_WORKSPACE_BYTES_PER_THREAD;
            int64_t u0 = groups;  /* the first unit of the pass */
            for (int64_t p = 0; p < passes; ++p) {
                const int64_t b0 = groups * 1 + p * 8L, nb = n - b0 < 8 ? n - b0 : 8;
                const int64_t units = dcgan_128_64_dx_units(nb, parts);
                int64_t any = 0;  /* whether one of the pass's units is this thread's */
                for (int64_t u = u0; u < u0 + units && !any; ++u)
                    any = dcgan_128_64_dx_mine(u, id, count);
                if (any)
                    dcgan_128_64_dx_by_rows(nb, grad_y + b0 * 16384L, packed, grad_x + b0 * 8192L, mine, u0, id, count, parts);
                u0 += units;
            }
        }
        return;
    }
#endif
    for (int64_t p = 0; p < passes; ++p) {
        const int64_t b0 = groups * 1 + p * 8L, nb = n - b0 < 8 ? n - b0 : 8;
        dcgan_128_64_dx_by_rows(nb, grad_y + b0 * 16384L, packed, grad_x + b0 * 8192L, ws, 0, 0, 1, 1);
    }
}

int64_t dcgan_128_64_dx_workspace_bytes(void)
{
    return dcgan_128_64_dx_WORKSPACE_BYTES;
}

static int dcgan_128_64_dx_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int dcgan_128_64_dx_checked(long n, const double *grad_y, const double *packed, double *grad_x, void *ws, int64_t ws_bytes)
{
    /* the raw contract of dcgan_128_64_dx_packed_ws, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 70368744177663)
            return TCONV_SYM_EBATCH;
    }
    if (n == 0)
        return TCONV_SYM_OK;
    if (!grad_y || !packed || !grad_x || !ws)
        return TCONV_SYM_ENULL;
    if (ws_bytes < dcgan_128_64_dx_WORKSPACE_BYTES)
        return TCONV_SYM_EWORKSPACE;
    if ((uintptr_t)grad_y % sizeof(double) || (uintptr_t)packed % sizeof(double) || (uintptr_t)grad_x % sizeof(double)
            || (uintptr_t)ws % sizeof(double))
        return TCONV_SYM_EALIGN;
    const int64_t x_bytes = n * 16384L * (int64_t)sizeof(double), y_bytes = n * 8192L * (int64_t)sizeof(double);
    const int64_t p_bytes = dcgan_128_64_dx_PACKED_ELEMS * (int64_t)sizeof(double);
    if (dcgan_128_64_dx_overlap(grad_x, y_bytes, grad_y, x_bytes) || dcgan_128_64_dx_overlap(grad_x, y_bytes, packed, p_bytes)
            || dcgan_128_64_dx_overlap(grad_x, y_bytes, ws, ws_bytes) || dcgan_128_64_dx_overlap(ws, ws_bytes, grad_y, x_bytes)
            || dcgan_128_64_dx_overlap(ws, ws_bytes, packed, p_bytes))
        return TCONV_SYM_EOVERLAP;
    dcgan_128_64_dx_packed_ws(n, grad_y, packed, grad_x, ws);
    return TCONV_SYM_OK;
}

void dcgan_128_64_dx_packed(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x)
{
    void *raw = TCONV_SYM_ALLOC(dcgan_128_64_dx_WORKSPACE_BYTES + 64);
    if (!raw) {  /* no memory: the result is NaN, never garbage */
        for (int64_t i = 0; i < n * 8192L; ++i)
            grad_x[i] = NAN;
        return;
    }
    /* on a cache line (malloc gives 16 bytes): the packed blocks' vectors never split one */
    void *ws = (char *)raw + (64 - (uintptr_t)raw % 64) % 64;
    dcgan_128_64_dx_packed_ws(n, grad_y, packed, grad_x, ws);
    TCONV_SYM_FREE(raw);
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
