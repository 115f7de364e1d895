/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, the gemm schedule; 64 output x 128 input channels per group, executes 1.14x the nonzeros <= 2)
 * dtype:         float64
 * signature:     void dcgan_128_64_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:d6e45a5fae0ba7fff51a23d11f21215b68f5772e04855fae4b04332761bc6a6c
 */

/*
 * forward kernel, polyphase in GEMM form (4 output phase(s), 1 group(s), 64 x 128 channels):
 * GEMM form: 4 phase GEMMs (M=64 out channels, K=taps x 128 in channels, N=64 positions per sample)
 *   channels tile 12 positions x 16 channels (2 vectors), 128 input channels per cache block
 *     every pass outside lanes, over the runs of each tap, reading the input in place
 *     (executed MACs 1.00x the nonzeros; packed blocks would execute 1.14x)
 *   lanes: each 8 samples as the vector lanes, each tap only where it reads the input
 *     (executed MACs 1.00x the nonzeros)
 *   weights packed in panels of 16 output channels; up to 8 sample(s) per pass
 *   output order: phase tiles, then the output written row by row in its own order.
 * Each phase is one GEMM T[a, f] = sum over taps and input channels c of W_tap[a, c] * B_tap[c, f], f the phase's own
 * output positions on a 8 x 8 grid (8 sample(s) side by side), B_tap[c, f] the input value
 * tap reads for f (zero outside the input), packed per tap and block of input channels.
 * Entry points:
 *   dcgan_128_64_fwd_pack(0, w, packed)                      pack the weights once (dcgan_128_64_fwd_PACKED_ELEMS elements)
 *   dcgan_128_64_fwd_packed(n, x, packed, y)                 run with packed weights (workspace from TCONV_SYM_ALLOC)
 *   dcgan_128_64_fwd_packed_ws(n, x, packed, y, ws)          run with a caller's workspace of dcgan_128_64_fwd_WORKSPACE_BYTES bytes
 *   dcgan_128_64_fwd_checked(n, x, packed, y, ws, ws_bytes)  the same, the contract checked first: 0 or a TCONV_SYM_E* code
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
#ifndef TCONV_SYM_NO_ROW
#define TCONV_SYM_NO_ROW INT64_MIN  /* a row of a tap outside the input: zeros */
#endif

/* threads: opt-in. Compiled with OpenMP (-fopenmp) and -DTCONV_SYM_THREADS=N (N > 1), dcgan_128_64_fwd_packed_ws opens one
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
static const int64_t dcgan_128_64_fwd_pt_tap[16] = { 5, 7, 13, 15, 4, 6, 12, 14, 1, 3, 9, 11, 0, 2, 8, 10 };
static const int64_t dcgan_128_64_fwd_pt_rows[16] = { 0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120 };
static const int64_t dcgan_128_64_fwd_pt_pack[16] = { 1, 2, 1, 2, 0, 1, 0, 1, 1, 2, 1, 2, 0, 1, 0, 1 };
/* row tables: per row of a sample's phase grid, the input offset of position 0 of that row (TCONV_SYM_NO_ROW: outside) */
static const int64_t dcgan_128_64_fwd_rows[128] = {
    0, 8, 16, 24, 32, 40, 48, 56,
    -1, 7, 15, 23, 31, 39, 47, 55,
    TCONV_SYM_NO_ROW, 0, 8, 16, 24, 32, 40, 48,
    TCONV_SYM_NO_ROW, -1, 7, 15, 23, 31, 39, 47,
    1, 9, 17, 25, 33, 41, 49, 57,
    0, 8, 16, 24, 32, 40, 48, 56,
    TCONV_SYM_NO_ROW, 1, 9, 17, 25, 33, 41, 49,
    TCONV_SYM_NO_ROW, 0, 8, 16, 24, 32, 40, 48,
    8, 16, 24, 32, 40, 48, 56, TCONV_SYM_NO_ROW,
    7, 15, 23, 31, 39, 47, 55, TCONV_SYM_NO_ROW,
    0, 8, 16, 24, 32, 40, 48, 56,
    -1, 7, 15, 23, 31, 39, 47, 55,
    9, 17, 25, 33, 41, 49, 57, TCONV_SYM_NO_ROW,
    8, 16, 24, 32, 40, 48, 56, TCONV_SYM_NO_ROW,
    1, 9, 17, 25, 33, 41, 49, 57,
    0, 8, 16, 24, 32, 40, 48, 56,
};
/* runs of each tap (count positions from pos of a sample's phase grid read the input from off on), by (phase, tap) from its first run */
static const int64_t dcgan_128_64_fwd_lr_pos[68] = { 0, 1, 9, 17, 25, 33, 41, 49, 57, 8, 9, 17, 25, 33, 41, 49, 57, 0, 8, 16, 24, 32, 40, 48, 56, 0, 8, 16, 24, 32, 40, 48, 56, 8, 0, 1, 9, 17, 25, 33, 41, 49, 0, 1, 9, 17, 25, 33, 41, 49, 57, 0, 8, 16, 24, 32, 40, 48, 0, 0, 8, 16, 24, 32, 40, 48, 56, 0 };
static const int64_t dcgan_128_64_fwd_lr_off[68] = { 0, 0, 8, 16, 24, 32, 40, 48, 56, 0, 0, 8, 16, 24, 32, 40, 48, 1, 9, 17, 25, 33, 41, 49, 57, 0, 1, 9, 17, 25, 33, 41, 49, 0, 8, 8, 16, 24, 32, 40, 48, 56, 0, 0, 8, 16, 24, 32, 40, 48, 56, 9, 17, 25, 33, 41, 49, 57, 8, 1, 9, 17, 25, 33, 41, 49, 57, 0 };
static const int64_t dcgan_128_64_fwd_lr_len[68] = { 64, 7, 7, 7, 7, 7, 7, 7, 7, 56, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 64, 7, 7, 7, 7, 7, 7, 7, 56, 56, 7, 7, 7, 7, 7, 7, 7, 64, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 56, 7, 7, 7, 7, 7, 7, 7, 7, 64 };
static const int64_t dcgan_128_64_fwd_jph0[16] = { 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1 };  /* axis 0: phase of each output index */
static const int64_t dcgan_128_64_fwd_ju0[16] = { 0, 0, 8, 8, 16, 16, 24, 24, 32, 32, 40, 40, 48, 48, 56, 56 };  /* ... and its flat offset in the phase tile */

void dcgan_128_64_fwd_pack(long n, const double *restrict w, double *restrict packed)
{
    (void)n;
    for (int64_t g = 0; g < 1; ++g) {
        for (int64_t mb = 0; mb < 4; ++mb)  /* phase 0 */
            for (int64_t t = 0; t < 4; ++t)
                for (int64_t c = 0; c < 128; ++c)
                    for (int64_t i = 0; i < 16; ++i) {
                        const int64_t a = mb * 16 + i;
                        packed[g * 131072L + 0L + (mb * 4 + t) * 2048L + i / 16 * 2048L + c * 16 + i % 16] =
                            a < 64 ? w[g * 131072L + a * 16L + c * 1024L + dcgan_128_64_fwd_pt_tap[0 + t]] : 0;
                    }
        for (int64_t mb = 0; mb < 4; ++mb)  /* phase 1 */
            for (int64_t t = 0; t < 4; ++t)
                for (int64_t c = 0; c < 128; ++c)
                    for (int64_t i = 0; i < 16; ++i) {
                        const int64_t a = mb * 16 + i;
                        packed[g * 131072L + 32768L + (mb * 4 + t) * 2048L + i / 16 * 2048L + c * 16 + i % 16] =
                            a < 64 ? w[g * 131072L + a * 16L + c * 1024L + dcgan_128_64_fwd_pt_tap[4 + t]] : 0;
                    }
        for (int64_t mb = 0; mb < 4; ++mb)  /* phase 2 */
            for (int64_t t = 0; t < 4; ++t)
                for (int64_t c = 0; c < 128; ++c)
                    for (int64_t i = 0; i < 16; ++i) {
                        const int64_t a = mb * 16 + i;
                        packed[g * 131072L + 65536L + (mb * 4 + t) * 2048L + i / 16 * 2048L + c * 16 + i % 16] =
                            a < 64 ? w[g * 131072L + a * 16L + c * 1024L + dcgan_128_64_fwd_pt_tap[8 + t]] : 0;
                    }
        for (int64_t mb = 0; mb < 4; ++mb)  /* phase 3 */
            for (int64_t t = 0; t < 4; ++t)
                for (int64_t c = 0; c < 128; ++c)
                    for (int64_t i = 0; i < 16; ++i) {
                        const int64_t a = mb * 16 + i;
                        packed[g * 131072L + 98304L + (mb * 4 + t) * 2048L + i / 16 * 2048L + c * 16 + i % 16] =
                            a < 64 ? w[g * 131072L + a * 16L + c * 1024L + dcgan_128_64_fwd_pt_tap[12 + t]] : 0;
                    }
    }
}

/* B block of (phase, tap) pt: nc input channels (from xs, channel stride 64) x the positions of rows
 * r0 .. r0 + nrow of the pass, 8 per row, row stride 304; zeros outside the input and after the last row */
static void dcgan_128_64_fwd_pack_b0(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    /* taps whose rows read the input at positions 0 .. 6 of 8 (fixed lengths: inline vector copies) */
    const int64_t *restrict rows = dcgan_128_64_fwd_rows + dcgan_128_64_fwd_pt_rows[pt];
    for (int64_t c = 0; c < nc; ++c) {
        double *restrict dst = bp + c * 304L;
        const double *restrict xc = xs + c * 64L;
        int64_t b = r0 / 8, rr = r0 % 8;
        /* the rows of a phase grid are the input's rows: consecutive rows of a tap are one contiguous copy */
        for (int64_t r = 0; r < nrow;) {
            const int64_t base = rows[rr];
            int64_t len = 1;
            if (base == TCONV_SYM_NO_ROW) {
                for (int64_t u = 0; u < 8; ++u)
                    dst[u] = 0;
            } else {
                while (r + len < nrow && rr + len < 8 && rows[rr + len] == base + len * 8)
                    ++len;
                memcpy(dst, xc + b * 8192L + base, (size_t)((len - 1) * 8 + 7) * sizeof(double));
                for (int64_t i = 0; i < len; ++i) {  /* what the copy took from the neighbouring rows */
                    for (int64_t u = 7; u < 8; ++u)
                        dst[i * 8 + u] = 0;
                }
            }
            r += len;
            dst += len * 8;
            rr += len;
            if (rr == 8) {
                rr = 0;
                ++b;
            }
        }
        for (int64_t u = 0; u < 8; ++u)  /* the last vector of a tile reads past the last row */
            dst[u] = 0;
    }
}

static void dcgan_128_64_fwd_pack_b1(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    /* taps whose rows read the input at positions 0 .. 7 of 8 (fixed lengths: inline vector copies) */
    const int64_t *restrict rows = dcgan_128_64_fwd_rows + dcgan_128_64_fwd_pt_rows[pt];
    for (int64_t c = 0; c < nc; ++c) {
        double *restrict dst = bp + c * 304L;
        const double *restrict xc = xs + c * 64L;
        int64_t b = r0 / 8, rr = r0 % 8;
        /* the rows of a phase grid are the input's rows: consecutive rows of a tap are one contiguous copy */
        for (int64_t r = 0; r < nrow;) {
            const int64_t base = rows[rr];
            int64_t len = 1;
            if (base == TCONV_SYM_NO_ROW) {
                for (int64_t u = 0; u < 8; ++u)
                    dst[u] = 0;
            } else {
                while (r + len < nrow && rr + len < 8 && rows[rr + len] == base + len * 8)
                    ++len;
                memcpy(dst, xc + b * 8192L + base, (size_t)((len - 1) * 8 + 8) * sizeof(double));
            }
            r += len;
            dst += len * 8;
            rr += len;
            if (rr == 8) {
                rr = 0;
                ++b;
            }
        }
        for (int64_t u = 0; u < 8; ++u)  /* the last vector of a tile reads past the last row */
            dst[u] = 0;
    }
}

static void dcgan_128_64_fwd_pack_b2(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    /* taps whose rows read the input at positions 1 .. 7 of 8 (fixed lengths: inline vector copies) */
    const int64_t *restrict rows = dcgan_128_64_fwd_rows + dcgan_128_64_fwd_pt_rows[pt];
    for (int64_t c = 0; c < nc; ++c) {
        double *restrict dst = bp + c * 304L;
        const double *restrict xc = xs + c * 64L;
        int64_t b = r0 / 8, rr = r0 % 8;
        /* the rows of a phase grid are the input's rows: consecutive rows of a tap are one contiguous copy */
        for (int64_t r = 0; r < nrow;) {
            const int64_t base = rows[rr];
            int64_t len = 1;
            if (base == TCONV_SYM_NO_ROW) {
                for (int64_t u = 0; u < 8; ++u)
                    dst[u] = 0;
            } else {
                while (r + len < nrow && rr + len < 8 && rows[rr + len] == base + len * 8)
                    ++len;
                memcpy(dst + 1, xc + b * 8192L + base + 1, (size_t)((len - 1) * 8 + 7) * sizeof(double));
                for (int64_t i = 0; i < len; ++i) {  /* what the copy took from the neighbouring rows */
                    for (int64_t u = 0; u < 1; ++u)
                        dst[i * 8 + u] = 0;
                }
            }
            r += len;
            dst += len * 8;
            rr += len;
            if (rr == 8) {
                rr = 0;
                ++b;
            }
        }
        for (int64_t u = 0; u < 8; ++u)  /* the last vector of a tile reads past the last row */
            dst[u] = 0;
    }
}

/* B block of (phase, tap) pt: nc input channels (from xs, channel stride 64) x the positions of rows
 * r0 .. r0 + nrow of the pass, 8 per row, row stride 304; zeros outside the input and after the last row */
static void dcgan_128_64_fwd_pack_b(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    switch (dcgan_128_64_fwd_pt_pack[pt]) {
    case 0:
        dcgan_128_64_fwd_pack_b0(xs, nc, pt, r0, nrow, bp);
        break;
    case 1:
        dcgan_128_64_fwd_pack_b1(xs, nc, pt, r0, nrow, bp);
        break;
    default:
        dcgan_128_64_fwd_pack_b2(xs, nc, pt, r0, nrow, bp);
        break;
    }
}

/* vectors of 64 bytes where the target has registers that wide (AVX-512; -DTCONV_SYM_VECTOR_EXTENSIONS: anywhere):
 * narrower targets get the plain C99 loops, which the compiler vectorises itself. Measured on AVX2 (AMD EPYC, gcc 12,
 * -O3 -march=native, one thread): gcc lowers the 64-byte vectors through the stack (a scalar stored 16 times per
 * broadcast): 512->128 16x16 k4 s4 at batch 1 took 274 ms with them, 22 ms without (sgemm: 21 ms) */
#if defined(__GNUC__) && !defined(TCONV_SYM_NO_VECTOR_EXTENSIONS) && (defined(__AVX512F__) || defined(TCONV_SYM_VECTOR_EXTENSIONS))
typedef double dcgan_128_64_fwd_vec __attribute__((vector_size(64), aligned(8), may_alias));
#define DCGAN_128_64_FWD_VECTORS 1
#elif defined(__GNUC__) && !defined(TCONV_SYM_NO_VECTOR_EXTENSIONS) && defined(__AVX2__)
/* AVX2: the positions tile on 32-byte vectors, in sub-tiles that fit its 16 registers */
typedef double dcgan_128_64_fwd_hvec __attribute__((vector_size(32), aligned(8), may_alias));
#define DCGAN_128_64_FWD_HVECTORS 1
#endif
/* the register tile's loops unrolled where the target has 32 registers of 64 bytes (AVX-512): its accumulators then stay
 * in registers (a rolled tile stays in memory on the stack at gcc -O2); elsewhere the compiler spills the tile anyway */
#if defined(DCGAN_128_64_FWD_VECTORS) && defined(__AVX512F__)
#define DCGAN_128_64_FWD_TILE _Pragma("GCC unroll 32")
#else
#define DCGAN_128_64_FWD_TILE
#endif

/* C[0:8 channels, 0:24 positions] (row stride ldc) = (first ? 0 : C) + A^T B: the positions register tile;
 * A: nc rows of 16 packed weights (the first 8 used), B: nc rows (stride cs) of 24 positions */
static void dcgan_128_64_fwd_micro_p3(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_FWD_VECTORS
    dcgan_128_64_fwd_vec acc[8][3];
    DCGAN_128_64_FWD_TILE
    for (int i = 0; i < 8; ++i)
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 3; ++v)
            acc[i][v] = first ? (dcgan_128_64_fwd_vec){ 0 } : *(const dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_fwd_vec bv[3];
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 3; ++v)
            bv[v] = *(const dcgan_128_64_fwd_vec *)(bc + v * 8);
        DCGAN_128_64_FWD_TILE
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 16 + i];
            DCGAN_128_64_FWD_TILE
            for (int v = 0; v < 3; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    DCGAN_128_64_FWD_TILE
    for (int i = 0; i < 8; ++i)
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 3; ++v)
            *(dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#elif defined(DCGAN_128_64_FWD_HVECTORS)
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
        dcgan_128_64_fwd_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (dcgan_128_64_fwd_hvec){ 0 } : *(const dcgan_128_64_fwd_hvec *)(src + (0 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            dcgan_128_64_fwd_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const dcgan_128_64_fwd_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 16 + 0 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 3; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                *(dcgan_128_64_fwd_hvec *)(ct + (0 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 0..3, positions 12..23 */
        dcgan_128_64_fwd_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (dcgan_128_64_fwd_hvec){ 0 } : *(const dcgan_128_64_fwd_hvec *)(src + (0 + i) * lds + 12 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 12;
            dcgan_128_64_fwd_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const dcgan_128_64_fwd_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 16 + 0 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 3; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                *(dcgan_128_64_fwd_hvec *)(ct + (0 + i) * ldc + 12 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 0..11 */
        dcgan_128_64_fwd_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (dcgan_128_64_fwd_hvec){ 0 } : *(const dcgan_128_64_fwd_hvec *)(src + (4 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            dcgan_128_64_fwd_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const dcgan_128_64_fwd_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 16 + 4 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 3; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                *(dcgan_128_64_fwd_hvec *)(ct + (4 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 12..23 */
        dcgan_128_64_fwd_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (dcgan_128_64_fwd_hvec){ 0 } : *(const dcgan_128_64_fwd_hvec *)(src + (4 + i) * lds + 12 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 12;
            dcgan_128_64_fwd_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const dcgan_128_64_fwd_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 16 + 4 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 3; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                *(dcgan_128_64_fwd_hvec *)(ct + (4 + i) * ldc + 12 + v * 4) = acc[i][v];
    }
    }
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
static void dcgan_128_64_fwd_micro_p2(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_FWD_VECTORS
    dcgan_128_64_fwd_vec acc[8][2];
    DCGAN_128_64_FWD_TILE
    for (int i = 0; i < 8; ++i)
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_fwd_vec){ 0 } : *(const dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_fwd_vec bv[2];
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 2; ++v)
            bv[v] = *(const dcgan_128_64_fwd_vec *)(bc + v * 8);
        DCGAN_128_64_FWD_TILE
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 16 + i];
            DCGAN_128_64_FWD_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    DCGAN_128_64_FWD_TILE
    for (int i = 0; i < 8; ++i)
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 2; ++v)
            *(dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#elif defined(DCGAN_128_64_FWD_HVECTORS)
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
        dcgan_128_64_fwd_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (dcgan_128_64_fwd_hvec){ 0 } : *(const dcgan_128_64_fwd_hvec *)(src + (0 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            dcgan_128_64_fwd_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const dcgan_128_64_fwd_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 16 + 0 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 2; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                *(dcgan_128_64_fwd_hvec *)(ct + (0 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 0..3, positions 8..15 */
        dcgan_128_64_fwd_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (dcgan_128_64_fwd_hvec){ 0 } : *(const dcgan_128_64_fwd_hvec *)(src + (0 + i) * lds + 8 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 8;
            dcgan_128_64_fwd_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const dcgan_128_64_fwd_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 16 + 0 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 2; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                *(dcgan_128_64_fwd_hvec *)(ct + (0 + i) * ldc + 8 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 0..7 */
        dcgan_128_64_fwd_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (dcgan_128_64_fwd_hvec){ 0 } : *(const dcgan_128_64_fwd_hvec *)(src + (4 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            dcgan_128_64_fwd_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const dcgan_128_64_fwd_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 16 + 4 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 2; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                *(dcgan_128_64_fwd_hvec *)(ct + (4 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 8..15 */
        dcgan_128_64_fwd_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (dcgan_128_64_fwd_hvec){ 0 } : *(const dcgan_128_64_fwd_hvec *)(src + (4 + i) * lds + 8 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 8;
            dcgan_128_64_fwd_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const dcgan_128_64_fwd_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 16 + 4 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 2; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                *(dcgan_128_64_fwd_hvec *)(ct + (4 + i) * ldc + 8 + v * 4) = acc[i][v];
    }
    }
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
static void dcgan_128_64_fwd_micro_p1(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_FWD_VECTORS
    dcgan_128_64_fwd_vec acc[8][1];
    DCGAN_128_64_FWD_TILE
    for (int i = 0; i < 8; ++i)
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 1; ++v)
            acc[i][v] = first ? (dcgan_128_64_fwd_vec){ 0 } : *(const dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_fwd_vec bv[1];
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 1; ++v)
            bv[v] = *(const dcgan_128_64_fwd_vec *)(bc + v * 8);
        DCGAN_128_64_FWD_TILE
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 16 + i];
            DCGAN_128_64_FWD_TILE
            for (int v = 0; v < 1; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    DCGAN_128_64_FWD_TILE
    for (int i = 0; i < 8; ++i)
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 1; ++v)
            *(dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#elif defined(DCGAN_128_64_FWD_HVECTORS)
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
        dcgan_128_64_fwd_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (dcgan_128_64_fwd_hvec){ 0 } : *(const dcgan_128_64_fwd_hvec *)(src + (0 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            dcgan_128_64_fwd_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const dcgan_128_64_fwd_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 16 + 0 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 2; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                *(dcgan_128_64_fwd_hvec *)(ct + (0 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 0..7 */
        dcgan_128_64_fwd_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (dcgan_128_64_fwd_hvec){ 0 } : *(const dcgan_128_64_fwd_hvec *)(src + (4 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            dcgan_128_64_fwd_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const dcgan_128_64_fwd_hvec *)(bc + v * 4);
            /* each vector of b loaded once into a register (else gcc folds it into every FMA: 4 loads of it per channel,
             * the load ports the bound) */
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                __asm__("" : "+x"(bv[v]));
            _Pragma("GCC unroll 16")
            for (int i = 0; i < 4; ++i) {
                const double s = a[c * 16 + 4 + i];
                _Pragma("GCC unroll 16")
                for (int v = 0; v < 2; ++v)
                    acc[i][v] += s * bv[v];
            }
        }
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                *(dcgan_128_64_fwd_hvec *)(ct + (4 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    }
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
static void dcgan_128_64_fwd_micro_c12(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_FWD_VECTORS
    dcgan_128_64_fwd_vec acc[12][2];
    DCGAN_128_64_FWD_TILE
    for (int i = 0; i < 12; ++i)
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_fwd_vec){ 0 } : *(const dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_fwd_vec av[2];
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 2; ++v)
            av[v] = *(const dcgan_128_64_fwd_vec *)(a + v * 8 / 16 * 2048L + c * 16 + v * 8 % 16);
        DCGAN_128_64_FWD_TILE
        for (int i = 0; i < 12; ++i) {
            const double s = bc[i];
            DCGAN_128_64_FWD_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    DCGAN_128_64_FWD_TILE
    for (int i = 0; i < 12; ++i)
        DCGAN_128_64_FWD_TILE
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
                acc[i][j] += s * a[j / 16 * 2048L + c * 16 + j % 16];
        }
    for (int i = 0; i < 12; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:11 positions, 0:16 channels] (row stride ldc) = (first ? 0 : C) + B^T A: the channels register tile */
static void dcgan_128_64_fwd_micro_c11(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_FWD_VECTORS
    dcgan_128_64_fwd_vec acc[11][2];
    DCGAN_128_64_FWD_TILE
    for (int i = 0; i < 11; ++i)
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_fwd_vec){ 0 } : *(const dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_fwd_vec av[2];
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 2; ++v)
            av[v] = *(const dcgan_128_64_fwd_vec *)(a + v * 8 / 16 * 2048L + c * 16 + v * 8 % 16);
        DCGAN_128_64_FWD_TILE
        for (int i = 0; i < 11; ++i) {
            const double s = bc[i];
            DCGAN_128_64_FWD_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    DCGAN_128_64_FWD_TILE
    for (int i = 0; i < 11; ++i)
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 2; ++v)
            *(dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[11][16];
    for (int i = 0; i < 11; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 11; ++i) {
            const double s = b[c * cs + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * a[j / 16 * 2048L + c * 16 + j % 16];
        }
    for (int i = 0; i < 11; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:10 positions, 0:16 channels] (row stride ldc) = (first ? 0 : C) + B^T A: the channels register tile */
static void dcgan_128_64_fwd_micro_c10(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_FWD_VECTORS
    dcgan_128_64_fwd_vec acc[10][2];
    DCGAN_128_64_FWD_TILE
    for (int i = 0; i < 10; ++i)
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_fwd_vec){ 0 } : *(const dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_fwd_vec av[2];
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 2; ++v)
            av[v] = *(const dcgan_128_64_fwd_vec *)(a + v * 8 / 16 * 2048L + c * 16 + v * 8 % 16);
        DCGAN_128_64_FWD_TILE
        for (int i = 0; i < 10; ++i) {
            const double s = bc[i];
            DCGAN_128_64_FWD_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    DCGAN_128_64_FWD_TILE
    for (int i = 0; i < 10; ++i)
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 2; ++v)
            *(dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[10][16];
    for (int i = 0; i < 10; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 10; ++i) {
            const double s = b[c * cs + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * a[j / 16 * 2048L + c * 16 + j % 16];
        }
    for (int i = 0; i < 10; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:7 positions, 0:16 channels] (row stride ldc) = (first ? 0 : C) + B^T A: the channels register tile */
static void dcgan_128_64_fwd_micro_c7(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef DCGAN_128_64_FWD_VECTORS
    dcgan_128_64_fwd_vec acc[7][2];
    DCGAN_128_64_FWD_TILE
    for (int i = 0; i < 7; ++i)
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (dcgan_128_64_fwd_vec){ 0 } : *(const dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        dcgan_128_64_fwd_vec av[2];
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 2; ++v)
            av[v] = *(const dcgan_128_64_fwd_vec *)(a + v * 8 / 16 * 2048L + c * 16 + v * 8 % 16);
        DCGAN_128_64_FWD_TILE
        for (int i = 0; i < 7; ++i) {
            const double s = bc[i];
            DCGAN_128_64_FWD_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    DCGAN_128_64_FWD_TILE
    for (int i = 0; i < 7; ++i)
        DCGAN_128_64_FWD_TILE
        for (int v = 0; v < 2; ++v)
            *(dcgan_128_64_fwd_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[7][16];
    for (int i = 0; i < 7; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 7; ++i) {
            const double s = b[c * cs + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * a[j / 16 * 2048L + c * 16 + j % 16];
        }
    for (int i = 0; i < 7; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* the register tiles over each tap's runs (computed at generation): the first position of a tile on a sample's phase
 * grid, where it reads the input (one channel plane), its micro-kernel (rows x positions) and its rows' input step */
static const int64_t dcgan_128_64_fwd_ct_pos[104] = { 0, 11, 22, 33, 44, 54, 1, 9, 17, 25, 33, 41, 49, 57, 8, 20, 31, 42, 53, 9, 17, 25, 33, 41, 49, 57, 0, 8, 16, 24, 32, 40, 48, 56, 0, 11, 22, 33, 44, 54, 8, 16, 24, 32, 40, 48, 56, 8, 20, 31, 42, 53, 0, 12, 23, 34, 45, 1, 9, 17, 25, 33, 41, 49, 0, 11, 22, 33, 44, 54, 1, 9, 17, 25, 33, 41, 49, 57, 0, 8, 16, 24, 32, 40, 48, 0, 12, 23, 34, 45, 0, 8, 16, 24, 32, 40, 48, 56, 0, 11, 22, 33, 44, 54 };
static const int64_t dcgan_128_64_fwd_ct_off[104] = { 0, 11, 22, 33, 44, 54, 0, 8, 16, 24, 32, 40, 48, 56, 0, 12, 23, 34, 45, 0, 8, 16, 24, 32, 40, 48, 1, 9, 17, 25, 33, 41, 49, 57, 0, 11, 22, 33, 44, 54, 1, 9, 17, 25, 33, 41, 49, 0, 12, 23, 34, 45, 8, 20, 31, 42, 53, 8, 16, 24, 32, 40, 48, 56, 0, 11, 22, 33, 44, 54, 0, 8, 16, 24, 32, 40, 48, 56, 9, 17, 25, 33, 41, 49, 57, 8, 20, 31, 42, 53, 1, 9, 17, 25, 33, 41, 49, 57, 0, 11, 22, 33, 44, 54 };
static const unsigned char dcgan_128_64_fwd_ct_kind[104] = { 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 0, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 3, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 2, 2 };

/* one register tile t of the channels tile over the runs: input x (channel plane stride 64), tile [position][channel] c */
static void dcgan_128_64_fwd_run_tile(int64_t t, int64_t nc, const double *restrict a, const double *restrict x, double *restrict c, int first)
{
    switch (dcgan_128_64_fwd_ct_kind[t]) {
    case 0:  /* 1 x 12 */
        dcgan_128_64_fwd_micro_c12(nc, a, x, 64L, c, 64L, first);
        break;
    case 1:  /* 1 x 11 */
        dcgan_128_64_fwd_micro_c11(nc, a, x, 64L, c, 64L, first);
        break;
    case 2:  /* 1 x 10 */
        dcgan_128_64_fwd_micro_c10(nc, a, x, 64L, c, 64L, first);
        break;
    default:  /* 1 x 7 */
        dcgan_128_64_fwd_micro_c7(nc, a, x, 64L, c, 64L, first);
        break;
    }
}

/* small passes of nb samples: the channels micro-kernel over each tap's runs only, reading the input in place (no
 * packing, no product of a zero outside the input); the phase tiles are [sample][position][out channel] */
static void dcgan_128_64_fwd_channel_runs(int64_t nb, const double *restrict xg, const double *restrict pg, double *restrict tiles)
{
    {  /* phase 0: 4 tap(s), extent 8 x 8 */
        double *restrict tp = tiles + 0L;
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 5: 1 run(s), 6 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 0L + 0L + c0 * 16;
            const int first = c0 == 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 0; t < 6; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 7: 8 run(s), 8 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 0L + 2048L + c0 * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 6; t < 14; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 13: 1 run(s), 5 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 0L + 4096L + c0 * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 14; t < 19; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 15: 7 run(s), 7 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 0L + 6144L + c0 * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 19; t < 26; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
    }
    {  /* phase 1: 4 tap(s), extent 8 x 8 */
        double *restrict tp = tiles + 33280L;
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 6: 1 run(s), 6 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 32768L + 2048L + c0 * 16;
            const int first = c0 == 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 34; t < 40; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 4: 8 run(s), 8 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 32768L + 0L + c0 * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 26; t < 34; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 12: 7 run(s), 7 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 32768L + 4096L + c0 * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 40; t < 47; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 14: 1 run(s), 5 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 32768L + 6144L + c0 * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 47; t < 52; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
    }
    {  /* phase 2: 4 tap(s), extent 8 x 8 */
        double *restrict tp = tiles + 66560L;
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 9: 1 run(s), 6 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 65536L + 4096L + c0 * 16;
            const int first = c0 == 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 64; t < 70; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 1: 1 run(s), 5 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 65536L + 0L + c0 * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 52; t < 57; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 3: 7 run(s), 7 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 65536L + 2048L + c0 * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 57; t < 64; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 11: 8 run(s), 8 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 65536L + 6144L + c0 * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 70; t < 78; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
    }
    {  /* phase 3: 4 tap(s), extent 8 x 8 */
        double *restrict tp = tiles + 99840L;
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 10: 1 run(s), 6 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 98304L + 6144L + c0 * 16;
            const int first = c0 == 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 98; t < 104; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 0: 7 run(s), 7 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 98304L + 0L + c0 * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 78; t < 85; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 2: 1 run(s), 5 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 98304L + 2048L + c0 * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 85; t < 90; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 8: 8 run(s), 8 tile(s) */
            const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
            const double *restrict at = pg + 98304L + 4096L + c0 * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 4; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 90; t < 98; ++t)
                        dcgan_128_64_fwd_run_tile(t, nc, at + mb * 8192L, xg + b * 8192L + c0 * 64L + dcgan_128_64_fwd_ct_off[t],
                                     tp + (b * 64L + dcgan_128_64_fwd_ct_pos[t]) * 64L + mb * 16, first);
        }
    }
}

/* The output in its own order: each row of y (y at the pass's first sample and the group's first channel) from the
 * phase tiles of its last axis, interleaved; the tile element of (channel a, sample b, flat position f) is at
 * a * ta + b * tb + f * tf of its phase tile */
static void dcgan_128_64_fwd_interleave(const double *const *tile_of, int64_t nb, int64_t ta, int64_t tb, int64_t tf, double *restrict y)
{
    for (int64_t a = 0; a < 64; ++a)
        for (int64_t b = 0; b < nb; ++b) {
            double *restrict yo = y + b * 16384L + a * 256L;
            const int64_t base = a * ta + b * tb;
            for (int64_t j0 = 0; j0 < 16; ++j0) {
                const int64_t p0 = dcgan_128_64_fwd_jph0[j0];
                const int64_t o0 = base + dcgan_128_64_fwd_ju0[j0] * tf;
                double *restrict yr = yo + j0 * 16L;
                const double *restrict t0 = tile_of[p0 * 2 + 0] + o0;
                const double *restrict t1 = tile_of[p0 * 2 + 1] + o0;
                for (int64_t u = 0; u < 8; ++u) {
                    yr[u * 2] = t0[u * tf];
                    yr[u * 2 + 1] = t1[u * tf];
                }
            }
        }
}

/* The output rows of one chunk of grid rows [r0, r0 + nrow) of a pass (y at the pass's first sample and the group's
 * first channel), each interleaved from the phase tiles of its last axis while the chunk's tiles are in cache; the tile
 * element of (channel a, grid row g, position u of the row) is at a * ta + ((g - r0) * 8 + u) * tf; the channels a0 .. a1 - 1 */
static void dcgan_128_64_fwd_interleave_rows(const double *const *tile_of, int64_t r0, int64_t nrow, int64_t ta, int64_t tf, int64_t a0, int64_t a1,
                                 double *restrict y)
{
    for (int64_t a = a0; a < (a1 < 64 ? a1 : 64); ++a)
        for (int64_t g = r0; g < r0 + nrow; ++g) {
            const int64_t b = g / 8, rr = g % 8;
            double *restrict yo = y + b * 16384L + a * 256L;
            const int64_t base = a * ta + (g - r0) * 8L * tf;
            const int64_t u0 = rr / 1 % 8;
            for (int64_t p0 = 0; p0 < 2; ++p0) {
                const int64_t j0 = p0 + 2 * u0;
                if (j0 >= 16)
                    break;
                double *restrict yr = yo + j0 * 16L;
                const double *restrict t0 = tile_of[(p0) * 2 + 0] + base;
                const double *restrict t1 = tile_of[(p0) * 2 + 1] + base;
                for (int64_t u = 0; u < 8; ++u) {
                    yr[u * 2] = t0[u * tf];
                    yr[u * 2 + 1] = t1[u * tf];
                }
            }
        }
}

/* Any number of samples, in passes of up to 8: per phase, chunk of rows, tap and block of input channels,
 * the packed input block, then the register tiles over it */
/* whether unit u (counted over the call) is thread id's of count (id 0 of 1: all): round robin, turned by one thread each
 * round, so units of alternating sizes (a pass's chunks of 15 and 17 rows) do not all fall to the same thread */
static int dcgan_128_64_fwd_mine(int64_t u, int64_t id, int64_t count)
{
    return (u + u / count) % count == id;
}

#if defined(_OPENMP) && TCONV_SYM_THREADS > 1
/* the units of work of a pass of nb samples: per group, each chunk of rows split into parts blocks of output channels
 * (or the whole pass over the runs) */
static int64_t dcgan_128_64_fwd_units(int64_t nb, int64_t parts)
{
    const int64_t rows = nb * 8;
    const int by_channels = 1;
    if (by_channels)
        return 1;
    int64_t chunks = 0;
    for (int64_t r0 = 0, nrow; r0 < rows; r0 += nrow, ++chunks)
        nrow = rows - r0 <= 37 ? rows - r0 : 30;
    return 1 * chunks * parts;
}
#endif

/* parts: each chunk of rows is parts units, each its own range of blocks of 16 output channels (the rows of the
 * GEMM): a thread packs the chunk's input block itself and computes and stores only its channels */
static void dcgan_128_64_fwd_by_rows(long n, const double *restrict x, const double *restrict packed, double *restrict y, void *ws, int64_t unit0, int64_t id, int64_t count, int64_t parts)
{
    int64_t unit = unit0;  /* units of work in order, unit0 the first of this call: thread id of count runs its own */
    double *restrict bp = (double *)ws;  /* the packed input block: up to 128 channels x 304 positions */
    double *restrict tiles = bp + 38912L;  /* per phase [out channel][position] (or [position][out channel]) */
    const double *tile_of[4];
    for (int64_t p = 0; p < 4; ++p)
        tile_of[p] = tiles;
    tile_of[0] = tiles + 0L;
    tile_of[1] = tiles + 33280L;
    tile_of[2] = tiles + 66560L;
    tile_of[3] = tiles + 99840L;
    for (int64_t b0 = 0; b0 < n; b0 += 8) {
        const int64_t nb = n - b0 < 8 ? n - b0 : 8;
        const int64_t rows = nb * 8;  /* rows of each phase grid in this pass */
        /* small passes: the channels micro-kernel (vectors over output channels, tile [position][channel]) */
        const int by_channels = 1;  /* every pass: the positions tile would compute border zeros */
        const int64_t tf = by_channels ? 64L : 1, ta = by_channels ? 1 : 520L;  /* tile layout */
        for (int64_t g = 0; g < 1; ++g) {
            const double *restrict xg = x + b0 * 8192L + g * 8192L;
            const double *restrict pg = packed + g * 131072L;
            if (by_channels) {
                if (dcgan_128_64_fwd_mine(unit++, id, count)) {
                    dcgan_128_64_fwd_channel_runs(nb, xg, pg, tiles);
                    dcgan_128_64_fwd_interleave(tile_of, nb, ta, 64L * tf, tf,
                                   y + b0 * 16384L + g * 16384L);
                }
                continue;
            }
            for (int64_t r0 = 0, nrow; r0 < rows; r0 += nrow) {  /* chunks of rows, the same on every phase grid */
                nrow = rows - r0 <= 37 ? rows - r0 : 30;  /* the last chunk takes what is left */
                for (int64_t part = 0; part < parts; ++part) {  /* its blocks of output channels [m_lo, m_hi) */
                if (!dcgan_128_64_fwd_mine(unit++, id, count))
                    continue;
                const int64_t m_lo = part * 4 / parts * 16, m_hi = (part + 1) * 4 / parts * 16;
                const int64_t ncol = nrow * 8;
                {  /* input block 0 (tap 5): read by 4 (phase, tap) pair(s): one GEMM with M = 4 x 64 */
                    static const int64_t uw[4] = { 0, 34816, 69632, 104448 };  /* packed weights at c0 = 0 */
                    static const int64_t um[4] = { 8192, 8192, 8192, 8192 };  /* ... per block of 16 out channels */
                    static const int64_t ut[4] = { 0, 33280, 66560, 99840 };  /* its phase tile */
                    static const char uf[4] = { 1, 1, 1, 1 };  /* the tile's first sum */
                    for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                        const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                        dcgan_128_64_fwd_pack_b(xg + c0 * 64L, nc, 0, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 4; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_fwd_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16, bp + f0, 304L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 4; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16;
                                    double *restrict cm = tp + m0 * 520L + f0;
                                    if (left > 24)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 16)
                                        dcgan_128_64_fwd_micro_p3(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 8)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 0)
                                        dcgan_128_64_fwd_micro_p1(nc, am, bp + f0, 304L, cm, 520L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 1 (tap 7): read by 2 (phase, tap) pair(s): one GEMM with M = 2 x 64 */
                    static const int64_t uw[2] = { 2048, 71680 };  /* packed weights at c0 = 0 */
                    static const int64_t um[2] = { 8192, 8192 };  /* ... per block of 16 out channels */
                    static const int64_t ut[2] = { 0, 66560 };  /* its phase tile */
                    static const char uf[2] = { 0, 0 };  /* the tile's first sum */
                    for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                        const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                        dcgan_128_64_fwd_pack_b(xg + c0 * 64L, nc, 1, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 2; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_fwd_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16, bp + f0, 304L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 2; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16;
                                    double *restrict cm = tp + m0 * 520L + f0;
                                    if (left > 24)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 16)
                                        dcgan_128_64_fwd_micro_p3(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 8)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 0)
                                        dcgan_128_64_fwd_micro_p1(nc, am, bp + f0, 304L, cm, 520L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 2 (tap 13): read by 2 (phase, tap) pair(s): one GEMM with M = 2 x 64 */
                    static const int64_t uw[2] = { 4096, 38912 };  /* packed weights at c0 = 0 */
                    static const int64_t um[2] = { 8192, 8192 };  /* ... per block of 16 out channels */
                    static const int64_t ut[2] = { 0, 33280 };  /* its phase tile */
                    static const char uf[2] = { 0, 0 };  /* the tile's first sum */
                    for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                        const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                        dcgan_128_64_fwd_pack_b(xg + c0 * 64L, nc, 2, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 2; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_fwd_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16, bp + f0, 304L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 2; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16;
                                    double *restrict cm = tp + m0 * 520L + f0;
                                    if (left > 24)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 16)
                                        dcgan_128_64_fwd_micro_p3(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 8)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 0)
                                        dcgan_128_64_fwd_micro_p1(nc, am, bp + f0, 304L, cm, 520L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 3 (tap 15): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 6144 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 8192 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                        const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                        dcgan_128_64_fwd_pack_b(xg + c0 * 64L, nc, 3, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_fwd_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16, bp + f0, 304L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16;
                                    double *restrict cm = tp + m0 * 520L + f0;
                                    if (left > 24)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 16)
                                        dcgan_128_64_fwd_micro_p3(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 8)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 0)
                                        dcgan_128_64_fwd_micro_p1(nc, am, bp + f0, 304L, cm, 520L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 4 (tap 4): read by 2 (phase, tap) pair(s): one GEMM with M = 2 x 64 */
                    static const int64_t uw[2] = { 32768, 102400 };  /* packed weights at c0 = 0 */
                    static const int64_t um[2] = { 8192, 8192 };  /* ... per block of 16 out channels */
                    static const int64_t ut[2] = { 33280, 99840 };  /* its phase tile */
                    static const char uf[2] = { 0, 0 };  /* the tile's first sum */
                    for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                        const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                        dcgan_128_64_fwd_pack_b(xg + c0 * 64L, nc, 4, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 2; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_fwd_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16, bp + f0, 304L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 2; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16;
                                    double *restrict cm = tp + m0 * 520L + f0;
                                    if (left > 24)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 16)
                                        dcgan_128_64_fwd_micro_p3(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 8)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 0)
                                        dcgan_128_64_fwd_micro_p1(nc, am, bp + f0, 304L, cm, 520L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 5 (tap 12): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 36864 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 8192 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 33280 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                        const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                        dcgan_128_64_fwd_pack_b(xg + c0 * 64L, nc, 6, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_fwd_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16, bp + f0, 304L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16;
                                    double *restrict cm = tp + m0 * 520L + f0;
                                    if (left > 24)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 16)
                                        dcgan_128_64_fwd_micro_p3(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 8)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 0)
                                        dcgan_128_64_fwd_micro_p1(nc, am, bp + f0, 304L, cm, 520L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 6 (tap 1): read by 2 (phase, tap) pair(s): one GEMM with M = 2 x 64 */
                    static const int64_t uw[2] = { 65536, 100352 };  /* packed weights at c0 = 0 */
                    static const int64_t um[2] = { 8192, 8192 };  /* ... per block of 16 out channels */
                    static const int64_t ut[2] = { 66560, 99840 };  /* its phase tile */
                    static const char uf[2] = { 0, 0 };  /* the tile's first sum */
                    for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                        const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                        dcgan_128_64_fwd_pack_b(xg + c0 * 64L, nc, 8, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 2; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_fwd_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16, bp + f0, 304L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 2; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16;
                                    double *restrict cm = tp + m0 * 520L + f0;
                                    if (left > 24)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 16)
                                        dcgan_128_64_fwd_micro_p3(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 8)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 0)
                                        dcgan_128_64_fwd_micro_p1(nc, am, bp + f0, 304L, cm, 520L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 7 (tap 3): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 67584 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 8192 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 66560 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                        const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                        dcgan_128_64_fwd_pack_b(xg + c0 * 64L, nc, 9, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_fwd_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16, bp + f0, 304L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16;
                                    double *restrict cm = tp + m0 * 520L + f0;
                                    if (left > 24)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 16)
                                        dcgan_128_64_fwd_micro_p3(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 8)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 0)
                                        dcgan_128_64_fwd_micro_p1(nc, am, bp + f0, 304L, cm, 520L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 8 (tap 0): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 98304 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 8192 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 99840 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    for (int64_t c0 = 0; c0 < 128; c0 += 128) {
                        const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                        dcgan_128_64_fwd_pack_b(xg + c0 * 64L, nc, 12, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8)
                                    dcgan_128_64_fwd_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16, bp + f0, 304L,
                                                     tp + m0 * 520L + f0, 520L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 16 * 2048L + m0 % 16 % 16;
                                    double *restrict cm = tp + m0 * 520L + f0;
                                    if (left > 24)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 16)
                                        dcgan_128_64_fwd_micro_p3(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 8)
                                        dcgan_128_64_fwd_micro_p2(nc, am, bp + f0, 304L, cm, 520L, first);
                                    else if (left > 0)
                                        dcgan_128_64_fwd_micro_p1(nc, am, bp + f0, 304L, cm, 520L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                dcgan_128_64_fwd_interleave_rows(tile_of, r0, nrow, ta, tf, m_lo, m_hi, y + b0 * 16384L + g * 16384L);
                }
            }
        }
    }
}


/* lanes, one run: count positions of 8 samples each (B: nc input channels, stride 520), into the phase tile */
static void dcgan_128_64_fwd_lane_run(int64_t nc, const double *restrict at, int64_t panel, const double *restrict bt, double *restrict tp, int64_t count, int first)
{
    /* whole tiles, then a tail of 2 or 1 position(s); 1 left after a whole tile: two 2-wide tiles instead */
    const int64_t body = count - count % 3 - (count % 3 == 1 && count > 3 ? 3 : 0);
    for (int64_t f = 0; f < body; f += 3)  /* the input sliver stays in L1 */
        for (int64_t m0 = 0; m0 < 64; m0 += 8)
            dcgan_128_64_fwd_micro_p3(nc, at + m0 / 16 * panel + m0 % 16 / 16 * 2048L + m0 % 16 % 16, bt + f * 8L, 520L,
                             tp + m0 * 520L + f * 8L, 520L, first);
    if (count > body)
        for (int64_t m0 = 0; m0 < 64; m0 += 8) {
            const double *restrict am = at + m0 / 16 * panel + m0 % 16 / 16 * 2048L + m0 % 16 % 16;
            double *restrict cm = tp + m0 * 520L + body * 8L;
            const double *restrict bm = bt + body * 8L;
            if (count - body == 4) {
                dcgan_128_64_fwd_micro_p2(nc, am, bm, 520L, cm, 520L, first);
                dcgan_128_64_fwd_micro_p2(nc, am, bm + 16, 520L, cm + 16, 520L, first);
            } else
            if (count - body == 2)
                dcgan_128_64_fwd_micro_p2(nc, am, bm, 520L, cm, 520L, first);
            else if (count - body == 1)
                dcgan_128_64_fwd_micro_p1(nc, am, bm, 520L, cm, 520L, first);
        }
}

/* lanes: 8 samples at once, the samples as the vector lanes. The input of a group is transposed once to
 * [channel][position][sample]; per phase, tap (one that reads every position first) and block of input channels, the
 * register tiles run over the tap's runs only (no product of a zero outside the input), reading the transposed input
 * in place (no packing per tap); the phase tiles are [out channel][position][sample] */
static void dcgan_128_64_fwd_lanes(const double *restrict x, const double *restrict packed, double *restrict y, void *ws)
{
    double *restrict xt = (double *)ws;  /* 128 channels x 64 positions x 8 samples (channel stride 520) */
    double *restrict tiles = xt + 66560L;  /* per phase [out channel (stride 520)][position][sample] */
    const double *tile_of[4];
    for (int64_t p = 0; p < 4; ++p)
        tile_of[p] = tiles;
    tile_of[0] = tiles + 0L;
    tile_of[1] = tiles + 33280L;
    tile_of[2] = tiles + 66560L;
    tile_of[3] = tiles + 99840L;
    for (int64_t g = 0; g < 1; ++g) {
        const double *restrict xg = x + g * 8192L;
        const double *restrict pg = packed + g * 131072L;
        for (int64_t c = 0; c < 128; ++c)
            for (int64_t l = 0; l < 8; ++l) {
                const double *restrict src = xg + l * 8192L + c * 64L;
                double *restrict dst = xt + c * 520L + l;
                for (int64_t i = 0; i < 64; ++i)
                    dst[i * 8] = src[i];
            }
        {  /* phase 0: 4 tap(s), extent 8 x 8 */
            double *restrict tp = tiles + 0L;
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 5: 1 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 0L + 0L + c0 * 16;
                const int first = c0 == 0;
                for (int64_t r = 0; r < 1; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 7: 8 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 0L + 2048L + c0 * 16;
                const int first = 0;
                for (int64_t r = 1; r < 9; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 13: 1 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 0L + 4096L + c0 * 16;
                const int first = 0;
                for (int64_t r = 9; r < 10; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 15: 7 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 0L + 6144L + c0 * 16;
                const int first = 0;
                for (int64_t r = 10; r < 17; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
        }
        {  /* phase 1: 4 tap(s), extent 8 x 8 */
            double *restrict tp = tiles + 33280L;
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 6: 1 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 32768L + 2048L + c0 * 16;
                const int first = c0 == 0;
                for (int64_t r = 25; r < 26; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 4: 8 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 32768L + 0L + c0 * 16;
                const int first = 0;
                for (int64_t r = 17; r < 25; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 12: 7 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 32768L + 4096L + c0 * 16;
                const int first = 0;
                for (int64_t r = 26; r < 33; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 14: 1 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 32768L + 6144L + c0 * 16;
                const int first = 0;
                for (int64_t r = 33; r < 34; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
        }
        {  /* phase 2: 4 tap(s), extent 8 x 8 */
            double *restrict tp = tiles + 66560L;
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 9: 1 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 65536L + 4096L + c0 * 16;
                const int first = c0 == 0;
                for (int64_t r = 42; r < 43; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 1: 1 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 65536L + 0L + c0 * 16;
                const int first = 0;
                for (int64_t r = 34; r < 35; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 3: 7 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 65536L + 2048L + c0 * 16;
                const int first = 0;
                for (int64_t r = 35; r < 42; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 11: 8 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 65536L + 6144L + c0 * 16;
                const int first = 0;
                for (int64_t r = 43; r < 51; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
        }
        {  /* phase 3: 4 tap(s), extent 8 x 8 */
            double *restrict tp = tiles + 99840L;
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 10: 1 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 98304L + 6144L + c0 * 16;
                const int first = c0 == 0;
                for (int64_t r = 67; r < 68; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 0: 7 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 98304L + 0L + c0 * 16;
                const int first = 0;
                for (int64_t r = 51; r < 58; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 2: 1 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 98304L + 2048L + c0 * 16;
                const int first = 0;
                for (int64_t r = 58; r < 59; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
            for (int64_t c0 = 0; c0 < 128; c0 += 128) {  /* tap 8: 8 run(s) */
                const int64_t nc = 128 - c0 < 128 ? 128 - c0 : 128;
                const double *restrict at = pg + 98304L + 4096L + c0 * 16;
                const int first = 0;
                for (int64_t r = 59; r < 67; ++r)
                    dcgan_128_64_fwd_lane_run(nc, at, 8192L, xt + c0 * 520L + dcgan_128_64_fwd_lr_off[r] * 8, tp + dcgan_128_64_fwd_lr_pos[r] * 8, dcgan_128_64_fwd_lr_len[r], first);
            }
        }
        dcgan_128_64_fwd_interleave(tile_of, 8, 520L, 1, 8, y + g * 16384L);
    }
}

void dcgan_128_64_fwd_packed_ws(long n, const double *restrict x, const double *restrict packed, double *restrict y, void *ws)
{
    const int64_t groups = n / 8;  /* whole vectors of samples: lanes */
    const int64_t rest = n - groups * 8, passes = (rest + 7) / 8;
#if defined(_OPENMP) && TCONV_SYM_THREADS > 1
    int64_t total = groups;  /* units of work: a lane group each, and each pass's chunks of rows */
    for (int64_t p = 0; p < passes; ++p)
        total += dcgan_128_64_fwd_units(rest - p * 8 < 8 ? rest - p * 8 : 8, 1);
    /* fewer units than a few per thread and not a multiple of the threads (batch 1: often one): each chunk of rows split
     * into one range of output channels per thread, so every thread has work (TCONV_SYM_M_PARTS=P: always P parts) */
    int64_t parts = TCONV_SYM_M_PARTS > 0 ? TCONV_SYM_M_PARTS : total % TCONV_SYM_THREADS && total < 4 * TCONV_SYM_THREADS ? TCONV_SYM_THREADS : 1;
    if (parts > 4)
        parts = 4;
    if (parts > 1) {
        total = groups;
        for (int64_t p = 0; p < passes; ++p)
            total += dcgan_128_64_fwd_units(rest - p * 8 < 8 ? rest - p * 8 : 8, parts);
    }
    if (total > 1) {
#pragma omp parallel num_threads(TCONV_SYM_THREADS)
        {
            const int64_t id = omp_get_thread_num(), count = omp_get_num_threads();
            char *mine = (char *)ws + id * dcgan_128_64_fwd_WORKSPACE_BYTES_PER_THREAD;
            for (int64_t i = 0; i < groups; ++i)
                if (dcgan_128_64_fwd_mine(i, id, count))
                    dcgan_128_64_fwd_lanes(x + i * 8L * 8192L, packed, y + i * 8L * 16384L, mine);
            int64_t u0 = groups;  /* the first unit of the pass */
            for (int64_t p = 0; p < passes; ++p) {
                const int64_t b0 = groups * 8 + p * 8L, nb = n - b0 < 8 ? n - b0 : 8;
                const int64_t units = dcgan_128_64_fwd_units(nb, parts);
                int64_t any = 0;  /* whether one of the pass's units is this thread's */
                for (int64_t u = u0; u < u0 + units && !any; ++u)
                    any = dcgan_128_64_fwd_mine(u, id, count);
                if (any)
                    dcgan_128_64_fwd_by_rows(nb, x + b0 * 8192L, packed, y + b0 * 16384L, mine, u0, id, count, parts);
                u0 += units;
            }
        }
        return;
    }
#endif
    for (int64_t i = 0; i < groups; ++i)
        dcgan_128_64_fwd_lanes(x + i * 8L * 8192L, packed, y + i * 8L * 16384L, ws);
    for (int64_t p = 0; p < passes; ++p) {
        const int64_t b0 = groups * 8 + p * 8L, nb = n - b0 < 8 ? n - b0 : 8;
        dcgan_128_64_fwd_by_rows(nb, x + b0 * 8192L, packed, y + b0 * 16384L, ws, 0, 0, 1, 1);
    }
}

int64_t dcgan_128_64_fwd_workspace_bytes(void)
{
    return dcgan_128_64_fwd_WORKSPACE_BYTES;
}

static int dcgan_128_64_fwd_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int dcgan_128_64_fwd_checked(long n, const double *x, const double *packed, double *y, void *ws, int64_t ws_bytes)
{
    /* the raw contract of dcgan_128_64_fwd_packed_ws, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 70368744177663)
            return TCONV_SYM_EBATCH;
    }
    if (n == 0)
        return TCONV_SYM_OK;
    if (!x || !packed || !y || !ws)
        return TCONV_SYM_ENULL;
    if (ws_bytes < dcgan_128_64_fwd_WORKSPACE_BYTES)
        return TCONV_SYM_EWORKSPACE;
    if ((uintptr_t)x % sizeof(double) || (uintptr_t)packed % sizeof(double) || (uintptr_t)y % sizeof(double)
            || (uintptr_t)ws % sizeof(double))
        return TCONV_SYM_EALIGN;
    const int64_t x_bytes = n * 8192L * (int64_t)sizeof(double), y_bytes = n * 16384L * (int64_t)sizeof(double);
    const int64_t p_bytes = dcgan_128_64_fwd_PACKED_ELEMS * (int64_t)sizeof(double);
    if (dcgan_128_64_fwd_overlap(y, y_bytes, x, x_bytes) || dcgan_128_64_fwd_overlap(y, y_bytes, packed, p_bytes)
            || dcgan_128_64_fwd_overlap(y, y_bytes, ws, ws_bytes) || dcgan_128_64_fwd_overlap(ws, ws_bytes, x, x_bytes)
            || dcgan_128_64_fwd_overlap(ws, ws_bytes, packed, p_bytes))
        return TCONV_SYM_EOVERLAP;
    dcgan_128_64_fwd_packed_ws(n, x, packed, y, ws);
    return TCONV_SYM_OK;
}

void dcgan_128_64_fwd_packed(long n, const double *restrict x, const double *restrict packed, double *restrict y)
{
    void *raw = TCONV_SYM_ALLOC(dcgan_128_64_fwd_WORKSPACE_BYTES + 64);
    if (!raw) {  /* no memory: the result is NaN, never garbage */
        for (int64_t i = 0; i < n * 16384L; ++i)
            y[i] = NAN;
        return;
    }
    /* on a cache line (malloc gives 16 bytes): the packed blocks' vectors never split one */
    void *ws = (char *)raw + (64 - (uintptr_t)raw % 64) % 64;
    dcgan_128_64_fwd_packed_ws(n, x, packed, y, ws);
    TCONV_SYM_FREE(raw);
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
