/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, the gemm schedule; 32 output x 1 input channels per group, executes 1.13x the nonzeros <= 2)
 * dtype:         float64
 * signature:     void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:5cc27a803e1df2e1ba4638fa84ba1cd5fe61ce31340c8a7a0f720096da7bfe71
 */

/*
 * input kernel, polyphase in GEMM form (1 output phase(s), 1 group(s), 32 x 1 channels):
 * GEMM form: 1 phase GEMMs (M=32 out channels, K=taps x 1 in channels, N=784 positions per sample)
 *   input packed per tap: 1 input channels x 784 positions (1 sample(s)) per block
 *   positions tile 8 channels x 24 positions (3 vectors), 1 input channels per cache block
 *   channels tile 12 positions x 16 channels (2 vectors), 1 input channels per cache block
 *     (a pass with fewer than 48 positions per phase uses the channels tile)
 *   weights packed in panels of 16 output channels; up to 1 sample(s) per pass
 *   executed MACs 1.13x the structural nonzeros in packed blocks (border products of zero inputs)
 *   output order: phase tiles, then the output written row by row in its own order.
 * Each phase is one GEMM T[a, f] = sum over taps and input channels c of W_tap[a, c] * B_tap[c, f], f the phase's own
 * output positions on a 28 x 28 grid (1 sample(s) side by side), B_tap[c, f] the input value
 * tap reads for f (zero outside the input), packed per tap and block of input channels.
 * Entry points:
 *   mnist_decoder_dx_pack(0, w, packed)                      pack the weights once (mnist_decoder_dx_PACKED_ELEMS elements)
 *   mnist_decoder_dx_packed(n, x, packed, y)                 run with packed weights (workspace from TCONV_SYM_ALLOC)
 *   mnist_decoder_dx_packed_ws(n, x, packed, y, ws)          run with a caller's workspace of mnist_decoder_dx_WORKSPACE_BYTES bytes
 *   mnist_decoder_dx_checked(n, x, packed, y, ws, ws_bytes)  the same, the contract checked first: 0 or a TCONV_SYM_E* code
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
#ifndef TCONV_SYM_NO_ROW
#define TCONV_SYM_NO_ROW INT64_MIN  /* a row of a tap outside the input: zeros */
#endif

/* threads: opt-in. Compiled with OpenMP (-fopenmp) and -DTCONV_SYM_THREADS=N (N > 1), mnist_decoder_dx_packed_ws opens one
 * parallel region per call and hands out units of work round-robin (turned by one thread each round) — a lane group of
 * 8 samples, or one chunk of rows of one group of a pass of up to 1 sample(s) (a whole pass where it runs over the
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
static const int64_t mnist_decoder_dx_pt_tap[49] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48 };
static const int64_t mnist_decoder_dx_pt_rows[49] = { 0, 28, 56, 84, 112, 140, 168, 196, 224, 252, 280, 308, 336, 364, 392, 420, 448, 476, 504, 532, 560, 588, 616, 644, 672, 700, 728, 756, 784, 812, 840, 868, 896, 924, 952, 980, 1008, 1036, 1064, 1092, 1120, 1148, 1176, 1204, 1232, 1260, 1288, 1316, 1344 };
static const int64_t mnist_decoder_dx_pt_pack[49] = { 6, 5, 4, 3, 2, 1, 0, 6, 5, 4, 3, 2, 1, 0, 6, 5, 4, 3, 2, 1, 0, 6, 5, 4, 3, 2, 1, 0, 6, 5, 4, 3, 2, 1, 0, 6, 5, 4, 3, 2, 1, 0, 6, 5, 4, 3, 2, 1, 0 };
/* row tables: per row of a sample's phase grid, the input offset of position 0 of that row (TCONV_SYM_NO_ROW: outside) */
static const int64_t mnist_decoder_dx_rows[1372] = {
    TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, -3, 25, 53, 81, 109,
    137, 165, 193, 221, 249, 277, 305, 333,
    361, 389, 417, 445, 473, 501, 529, 557,
    585, 613, 641, 669, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, -2,
    26, 54, 82, 110, 138, 166, 194, 222,
    250, 278, 306, 334, 362, 390, 418, 446,
    474, 502, 530, 558, 586, 614, 642, 670,
    TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, -1, 27, 55, 83, 111,
    139, 167, 195, 223, 251, 279, 307, 335,
    363, 391, 419, 447, 475, 503, 531, 559,
    587, 615, 643, 671, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, 0,
    28, 56, 84, 112, 140, 168, 196, 224,
    252, 280, 308, 336, 364, 392, 420, 448,
    476, 504, 532, 560, 588, 616, 644, 672,
    TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, 1, 29, 57, 85, 113,
    141, 169, 197, 225, 253, 281, 309, 337,
    365, 393, 421, 449, 477, 505, 533, 561,
    589, 617, 645, 673, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, 2,
    30, 58, 86, 114, 142, 170, 198, 226,
    254, 282, 310, 338, 366, 394, 422, 450,
    478, 506, 534, 562, 590, 618, 646, 674,
    TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, 3, 31, 59, 87, 115,
    143, 171, 199, 227, 255, 283, 311, 339,
    367, 395, 423, 451, 479, 507, 535, 563,
    591, 619, 647, 675, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, -3, 25,
    53, 81, 109, 137, 165, 193, 221, 249,
    277, 305, 333, 361, 389, 417, 445, 473,
    501, 529, 557, 585, 613, 641, 669, 697,
    TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, -2, 26, 54, 82, 110, 138,
    166, 194, 222, 250, 278, 306, 334, 362,
    390, 418, 446, 474, 502, 530, 558, 586,
    614, 642, 670, 698, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, -1, 27,
    55, 83, 111, 139, 167, 195, 223, 251,
    279, 307, 335, 363, 391, 419, 447, 475,
    503, 531, 559, 587, 615, 643, 671, 699,
    TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, 0, 28, 56, 84, 112, 140,
    168, 196, 224, 252, 280, 308, 336, 364,
    392, 420, 448, 476, 504, 532, 560, 588,
    616, 644, 672, 700, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, 1, 29,
    57, 85, 113, 141, 169, 197, 225, 253,
    281, 309, 337, 365, 393, 421, 449, 477,
    505, 533, 561, 589, 617, 645, 673, 701,
    TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, 2, 30, 58, 86, 114, 142,
    170, 198, 226, 254, 282, 310, 338, 366,
    394, 422, 450, 478, 506, 534, 562, 590,
    618, 646, 674, 702, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, 3, 31,
    59, 87, 115, 143, 171, 199, 227, 255,
    283, 311, 339, 367, 395, 423, 451, 479,
    507, 535, 563, 591, 619, 647, 675, 703,
    TCONV_SYM_NO_ROW, -3, 25, 53, 81, 109, 137, 165,
    193, 221, 249, 277, 305, 333, 361, 389,
    417, 445, 473, 501, 529, 557, 585, 613,
    641, 669, 697, 725, TCONV_SYM_NO_ROW, -2, 26, 54,
    82, 110, 138, 166, 194, 222, 250, 278,
    306, 334, 362, 390, 418, 446, 474, 502,
    530, 558, 586, 614, 642, 670, 698, 726,
    TCONV_SYM_NO_ROW, -1, 27, 55, 83, 111, 139, 167,
    195, 223, 251, 279, 307, 335, 363, 391,
    419, 447, 475, 503, 531, 559, 587, 615,
    643, 671, 699, 727, TCONV_SYM_NO_ROW, 0, 28, 56,
    84, 112, 140, 168, 196, 224, 252, 280,
    308, 336, 364, 392, 420, 448, 476, 504,
    532, 560, 588, 616, 644, 672, 700, 728,
    TCONV_SYM_NO_ROW, 1, 29, 57, 85, 113, 141, 169,
    197, 225, 253, 281, 309, 337, 365, 393,
    421, 449, 477, 505, 533, 561, 589, 617,
    645, 673, 701, 729, TCONV_SYM_NO_ROW, 2, 30, 58,
    86, 114, 142, 170, 198, 226, 254, 282,
    310, 338, 366, 394, 422, 450, 478, 506,
    534, 562, 590, 618, 646, 674, 702, 730,
    TCONV_SYM_NO_ROW, 3, 31, 59, 87, 115, 143, 171,
    199, 227, 255, 283, 311, 339, 367, 395,
    423, 451, 479, 507, 535, 563, 591, 619,
    647, 675, 703, 731, -3, 25, 53, 81,
    109, 137, 165, 193, 221, 249, 277, 305,
    333, 361, 389, 417, 445, 473, 501, 529,
    557, 585, 613, 641, 669, 697, 725, 753,
    -2, 26, 54, 82, 110, 138, 166, 194,
    222, 250, 278, 306, 334, 362, 390, 418,
    446, 474, 502, 530, 558, 586, 614, 642,
    670, 698, 726, 754, -1, 27, 55, 83,
    111, 139, 167, 195, 223, 251, 279, 307,
    335, 363, 391, 419, 447, 475, 503, 531,
    559, 587, 615, 643, 671, 699, 727, 755,
    0, 28, 56, 84, 112, 140, 168, 196,
    224, 252, 280, 308, 336, 364, 392, 420,
    448, 476, 504, 532, 560, 588, 616, 644,
    672, 700, 728, 756, 1, 29, 57, 85,
    113, 141, 169, 197, 225, 253, 281, 309,
    337, 365, 393, 421, 449, 477, 505, 533,
    561, 589, 617, 645, 673, 701, 729, 757,
    2, 30, 58, 86, 114, 142, 170, 198,
    226, 254, 282, 310, 338, 366, 394, 422,
    450, 478, 506, 534, 562, 590, 618, 646,
    674, 702, 730, 758, 3, 31, 59, 87,
    115, 143, 171, 199, 227, 255, 283, 311,
    339, 367, 395, 423, 451, 479, 507, 535,
    563, 591, 619, 647, 675, 703, 731, 759,
    25, 53, 81, 109, 137, 165, 193, 221,
    249, 277, 305, 333, 361, 389, 417, 445,
    473, 501, 529, 557, 585, 613, 641, 669,
    697, 725, 753, TCONV_SYM_NO_ROW, 26, 54, 82, 110,
    138, 166, 194, 222, 250, 278, 306, 334,
    362, 390, 418, 446, 474, 502, 530, 558,
    586, 614, 642, 670, 698, 726, 754, TCONV_SYM_NO_ROW,
    27, 55, 83, 111, 139, 167, 195, 223,
    251, 279, 307, 335, 363, 391, 419, 447,
    475, 503, 531, 559, 587, 615, 643, 671,
    699, 727, 755, TCONV_SYM_NO_ROW, 28, 56, 84, 112,
    140, 168, 196, 224, 252, 280, 308, 336,
    364, 392, 420, 448, 476, 504, 532, 560,
    588, 616, 644, 672, 700, 728, 756, TCONV_SYM_NO_ROW,
    29, 57, 85, 113, 141, 169, 197, 225,
    253, 281, 309, 337, 365, 393, 421, 449,
    477, 505, 533, 561, 589, 617, 645, 673,
    701, 729, 757, TCONV_SYM_NO_ROW, 30, 58, 86, 114,
    142, 170, 198, 226, 254, 282, 310, 338,
    366, 394, 422, 450, 478, 506, 534, 562,
    590, 618, 646, 674, 702, 730, 758, TCONV_SYM_NO_ROW,
    31, 59, 87, 115, 143, 171, 199, 227,
    255, 283, 311, 339, 367, 395, 423, 451,
    479, 507, 535, 563, 591, 619, 647, 675,
    703, 731, 759, TCONV_SYM_NO_ROW, 53, 81, 109, 137,
    165, 193, 221, 249, 277, 305, 333, 361,
    389, 417, 445, 473, 501, 529, 557, 585,
    613, 641, 669, 697, 725, 753, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW,
    54, 82, 110, 138, 166, 194, 222, 250,
    278, 306, 334, 362, 390, 418, 446, 474,
    502, 530, 558, 586, 614, 642, 670, 698,
    726, 754, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, 55, 83, 111, 139,
    167, 195, 223, 251, 279, 307, 335, 363,
    391, 419, 447, 475, 503, 531, 559, 587,
    615, 643, 671, 699, 727, 755, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW,
    56, 84, 112, 140, 168, 196, 224, 252,
    280, 308, 336, 364, 392, 420, 448, 476,
    504, 532, 560, 588, 616, 644, 672, 700,
    728, 756, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, 57, 85, 113, 141,
    169, 197, 225, 253, 281, 309, 337, 365,
    393, 421, 449, 477, 505, 533, 561, 589,
    617, 645, 673, 701, 729, 757, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW,
    58, 86, 114, 142, 170, 198, 226, 254,
    282, 310, 338, 366, 394, 422, 450, 478,
    506, 534, 562, 590, 618, 646, 674, 702,
    730, 758, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, 59, 87, 115, 143,
    171, 199, 227, 255, 283, 311, 339, 367,
    395, 423, 451, 479, 507, 535, 563, 591,
    619, 647, 675, 703, 731, 759, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW,
    81, 109, 137, 165, 193, 221, 249, 277,
    305, 333, 361, 389, 417, 445, 473, 501,
    529, 557, 585, 613, 641, 669, 697, 725,
    753, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, 82, 110, 138, 166,
    194, 222, 250, 278, 306, 334, 362, 390,
    418, 446, 474, 502, 530, 558, 586, 614,
    642, 670, 698, 726, 754, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW,
    83, 111, 139, 167, 195, 223, 251, 279,
    307, 335, 363, 391, 419, 447, 475, 503,
    531, 559, 587, 615, 643, 671, 699, 727,
    755, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, 84, 112, 140, 168,
    196, 224, 252, 280, 308, 336, 364, 392,
    420, 448, 476, 504, 532, 560, 588, 616,
    644, 672, 700, 728, 756, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW,
    85, 113, 141, 169, 197, 225, 253, 281,
    309, 337, 365, 393, 421, 449, 477, 505,
    533, 561, 589, 617, 645, 673, 701, 729,
    757, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, 86, 114, 142, 170,
    198, 226, 254, 282, 310, 338, 366, 394,
    422, 450, 478, 506, 534, 562, 590, 618,
    646, 674, 702, 730, 758, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW,
    87, 115, 143, 171, 199, 227, 255, 283,
    311, 339, 367, 395, 423, 451, 479, 507,
    535, 563, 591, 619, 647, 675, 703, 731,
    759, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW, TCONV_SYM_NO_ROW,
};

void mnist_decoder_dx_pack(long n, const double *restrict w, double *restrict packed)
{
    (void)n;
    for (int64_t g = 0; g < 1; ++g) {
        for (int64_t mb = 0; mb < 2; ++mb)  /* phase 0 */
            for (int64_t t = 0; t < 49; ++t)
                for (int64_t c = 0; c < 1; ++c)
                    for (int64_t i = 0; i < 16; ++i) {
                        const int64_t a = mb * 16 + i;
                        packed[g * 1568L + 0L + (mb * 49 + t) * 16L + i / 8 * 8L + c * 8 + i % 8] =
                            a < 32 ? w[g * 1568L + a * 49L + c * 49L + mnist_decoder_dx_pt_tap[0 + t]] : 0;
                    }
    }
}

/* B block of (phase, tap) pt: nc input channels (from xs, channel stride 784) x the positions of rows
 * r0 .. r0 + nrow of the pass, 28 per row, row stride 792; zeros outside the input and after the last row */
static void mnist_decoder_dx_pack_b0(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    /* taps whose rows read the input at positions 0 .. 24 of 28 (fixed lengths: inline vector copies) */
    const int64_t *restrict rows = mnist_decoder_dx_rows + mnist_decoder_dx_pt_rows[pt];
    for (int64_t c = 0; c < nc; ++c) {
        double *restrict dst = bp + c * 792L;
        const double *restrict xc = xs + c * 784L;
        int64_t b = r0 / 28, rr = r0 % 28;
        /* the rows of a phase grid are the input's rows: consecutive rows of a tap are one contiguous copy */
        for (int64_t r = 0; r < nrow;) {
            const int64_t base = rows[rr];
            int64_t len = 1;
            if (base == TCONV_SYM_NO_ROW) {
                for (int64_t u = 0; u < 28; ++u)
                    dst[u] = 0;
            } else {
                while (r + len < nrow && rr + len < 28 && rows[rr + len] == base + len * 28)
                    ++len;
                memcpy(dst, xc + b * 784L + base, (size_t)((len - 1) * 28 + 25) * sizeof(double));
                for (int64_t i = 0; i < len; ++i) {  /* what the copy took from the neighbouring rows */
                    for (int64_t u = 25; u < 28; ++u)
                        dst[i * 28 + u] = 0;
                }
            }
            r += len;
            dst += len * 28;
            rr += len;
            if (rr == 28) {
                rr = 0;
                ++b;
            }
        }
        for (int64_t u = 0; u < 8; ++u)  /* the last vector of a tile reads past the last row */
            dst[u] = 0;
    }
}

static void mnist_decoder_dx_pack_b1(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    /* taps whose rows read the input at positions 0 .. 25 of 28 (fixed lengths: inline vector copies) */
    const int64_t *restrict rows = mnist_decoder_dx_rows + mnist_decoder_dx_pt_rows[pt];
    for (int64_t c = 0; c < nc; ++c) {
        double *restrict dst = bp + c * 792L;
        const double *restrict xc = xs + c * 784L;
        int64_t b = r0 / 28, rr = r0 % 28;
        /* the rows of a phase grid are the input's rows: consecutive rows of a tap are one contiguous copy */
        for (int64_t r = 0; r < nrow;) {
            const int64_t base = rows[rr];
            int64_t len = 1;
            if (base == TCONV_SYM_NO_ROW) {
                for (int64_t u = 0; u < 28; ++u)
                    dst[u] = 0;
            } else {
                while (r + len < nrow && rr + len < 28 && rows[rr + len] == base + len * 28)
                    ++len;
                memcpy(dst, xc + b * 784L + base, (size_t)((len - 1) * 28 + 26) * sizeof(double));
                for (int64_t i = 0; i < len; ++i) {  /* what the copy took from the neighbouring rows */
                    for (int64_t u = 26; u < 28; ++u)
                        dst[i * 28 + u] = 0;
                }
            }
            r += len;
            dst += len * 28;
            rr += len;
            if (rr == 28) {
                rr = 0;
                ++b;
            }
        }
        for (int64_t u = 0; u < 8; ++u)  /* the last vector of a tile reads past the last row */
            dst[u] = 0;
    }
}

static void mnist_decoder_dx_pack_b2(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    /* taps whose rows read the input at positions 0 .. 26 of 28 (fixed lengths: inline vector copies) */
    const int64_t *restrict rows = mnist_decoder_dx_rows + mnist_decoder_dx_pt_rows[pt];
    for (int64_t c = 0; c < nc; ++c) {
        double *restrict dst = bp + c * 792L;
        const double *restrict xc = xs + c * 784L;
        int64_t b = r0 / 28, rr = r0 % 28;
        /* the rows of a phase grid are the input's rows: consecutive rows of a tap are one contiguous copy */
        for (int64_t r = 0; r < nrow;) {
            const int64_t base = rows[rr];
            int64_t len = 1;
            if (base == TCONV_SYM_NO_ROW) {
                for (int64_t u = 0; u < 28; ++u)
                    dst[u] = 0;
            } else {
                while (r + len < nrow && rr + len < 28 && rows[rr + len] == base + len * 28)
                    ++len;
                memcpy(dst, xc + b * 784L + base, (size_t)((len - 1) * 28 + 27) * sizeof(double));
                for (int64_t i = 0; i < len; ++i) {  /* what the copy took from the neighbouring rows */
                    for (int64_t u = 27; u < 28; ++u)
                        dst[i * 28 + u] = 0;
                }
            }
            r += len;
            dst += len * 28;
            rr += len;
            if (rr == 28) {
                rr = 0;
                ++b;
            }
        }
        for (int64_t u = 0; u < 8; ++u)  /* the last vector of a tile reads past the last row */
            dst[u] = 0;
    }
}

static void mnist_decoder_dx_pack_b3(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    /* taps whose rows read the input at positions 0 .. 27 of 28 (fixed lengths: inline vector copies) */
    const int64_t *restrict rows = mnist_decoder_dx_rows + mnist_decoder_dx_pt_rows[pt];
    for (int64_t c = 0; c < nc; ++c) {
        double *restrict dst = bp + c * 792L;
        const double *restrict xc = xs + c * 784L;
        int64_t b = r0 / 28, rr = r0 % 28;
        /* the rows of a phase grid are the input's rows: consecutive rows of a tap are one contiguous copy */
        for (int64_t r = 0; r < nrow;) {
            const int64_t base = rows[rr];
            int64_t len = 1;
            if (base == TCONV_SYM_NO_ROW) {
                for (int64_t u = 0; u < 28; ++u)
                    dst[u] = 0;
            } else {
                while (r + len < nrow && rr + len < 28 && rows[rr + len] == base + len * 28)
                    ++len;
                memcpy(dst, xc + b * 784L + base, (size_t)((len - 1) * 28 + 28) * sizeof(double));
            }
            r += len;
            dst += len * 28;
            rr += len;
            if (rr == 28) {
                rr = 0;
                ++b;
            }
        }
        for (int64_t u = 0; u < 8; ++u)  /* the last vector of a tile reads past the last row */
            dst[u] = 0;
    }
}

static void mnist_decoder_dx_pack_b4(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    /* taps whose rows read the input at positions 1 .. 27 of 28 (fixed lengths: inline vector copies) */
    const int64_t *restrict rows = mnist_decoder_dx_rows + mnist_decoder_dx_pt_rows[pt];
    for (int64_t c = 0; c < nc; ++c) {
        double *restrict dst = bp + c * 792L;
        const double *restrict xc = xs + c * 784L;
        int64_t b = r0 / 28, rr = r0 % 28;
        /* the rows of a phase grid are the input's rows: consecutive rows of a tap are one contiguous copy */
        for (int64_t r = 0; r < nrow;) {
            const int64_t base = rows[rr];
            int64_t len = 1;
            if (base == TCONV_SYM_NO_ROW) {
                for (int64_t u = 0; u < 28; ++u)
                    dst[u] = 0;
            } else {
                while (r + len < nrow && rr + len < 28 && rows[rr + len] == base + len * 28)
                    ++len;
                memcpy(dst + 1, xc + b * 784L + base + 1, (size_t)((len - 1) * 28 + 27) * sizeof(double));
                for (int64_t i = 0; i < len; ++i) {  /* what the copy took from the neighbouring rows */
                    for (int64_t u = 0; u < 1; ++u)
                        dst[i * 28 + u] = 0;
                }
            }
            r += len;
            dst += len * 28;
            rr += len;
            if (rr == 28) {
                rr = 0;
                ++b;
            }
        }
        for (int64_t u = 0; u < 8; ++u)  /* the last vector of a tile reads past the last row */
            dst[u] = 0;
    }
}

static void mnist_decoder_dx_pack_b5(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    /* taps whose rows read the input at positions 2 .. 27 of 28 (fixed lengths: inline vector copies) */
    const int64_t *restrict rows = mnist_decoder_dx_rows + mnist_decoder_dx_pt_rows[pt];
    for (int64_t c = 0; c < nc; ++c) {
        double *restrict dst = bp + c * 792L;
        const double *restrict xc = xs + c * 784L;
        int64_t b = r0 / 28, rr = r0 % 28;
        /* the rows of a phase grid are the input's rows: consecutive rows of a tap are one contiguous copy */
        for (int64_t r = 0; r < nrow;) {
            const int64_t base = rows[rr];
            int64_t len = 1;
            if (base == TCONV_SYM_NO_ROW) {
                for (int64_t u = 0; u < 28; ++u)
                    dst[u] = 0;
            } else {
                while (r + len < nrow && rr + len < 28 && rows[rr + len] == base + len * 28)
                    ++len;
                memcpy(dst + 2, xc + b * 784L + base + 2, (size_t)((len - 1) * 28 + 26) * sizeof(double));
                for (int64_t i = 0; i < len; ++i) {  /* what the copy took from the neighbouring rows */
                    for (int64_t u = 0; u < 2; ++u)
                        dst[i * 28 + u] = 0;
                }
            }
            r += len;
            dst += len * 28;
            rr += len;
            if (rr == 28) {
                rr = 0;
                ++b;
            }
        }
        for (int64_t u = 0; u < 8; ++u)  /* the last vector of a tile reads past the last row */
            dst[u] = 0;
    }
}

static void mnist_decoder_dx_pack_b6(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    /* taps whose rows read the input at positions 3 .. 27 of 28 (fixed lengths: inline vector copies) */
    const int64_t *restrict rows = mnist_decoder_dx_rows + mnist_decoder_dx_pt_rows[pt];
    for (int64_t c = 0; c < nc; ++c) {
        double *restrict dst = bp + c * 792L;
        const double *restrict xc = xs + c * 784L;
        int64_t b = r0 / 28, rr = r0 % 28;
        /* the rows of a phase grid are the input's rows: consecutive rows of a tap are one contiguous copy */
        for (int64_t r = 0; r < nrow;) {
            const int64_t base = rows[rr];
            int64_t len = 1;
            if (base == TCONV_SYM_NO_ROW) {
                for (int64_t u = 0; u < 28; ++u)
                    dst[u] = 0;
            } else {
                while (r + len < nrow && rr + len < 28 && rows[rr + len] == base + len * 28)
                    ++len;
                memcpy(dst + 3, xc + b * 784L + base + 3, (size_t)((len - 1) * 28 + 25) * sizeof(double));
                for (int64_t i = 0; i < len; ++i) {  /* what the copy took from the neighbouring rows */
                    for (int64_t u = 0; u < 3; ++u)
                        dst[i * 28 + u] = 0;
                }
            }
            r += len;
            dst += len * 28;
            rr += len;
            if (rr == 28) {
                rr = 0;
                ++b;
            }
        }
        for (int64_t u = 0; u < 8; ++u)  /* the last vector of a tile reads past the last row */
            dst[u] = 0;
    }
}

/* B block of (phase, tap) pt: nc input channels (from xs, channel stride 784) x the positions of rows
 * r0 .. r0 + nrow of the pass, 28 per row, row stride 792; zeros outside the input and after the last row */
static void mnist_decoder_dx_pack_b(const double *restrict xs, int64_t nc, int64_t pt, int64_t r0, int64_t nrow, double *restrict bp)
{
    switch (mnist_decoder_dx_pt_pack[pt]) {
    case 0:
        mnist_decoder_dx_pack_b0(xs, nc, pt, r0, nrow, bp);
        break;
    case 1:
        mnist_decoder_dx_pack_b1(xs, nc, pt, r0, nrow, bp);
        break;
    case 2:
        mnist_decoder_dx_pack_b2(xs, nc, pt, r0, nrow, bp);
        break;
    case 3:
        mnist_decoder_dx_pack_b3(xs, nc, pt, r0, nrow, bp);
        break;
    case 4:
        mnist_decoder_dx_pack_b4(xs, nc, pt, r0, nrow, bp);
        break;
    case 5:
        mnist_decoder_dx_pack_b5(xs, nc, pt, r0, nrow, bp);
        break;
    default:
        mnist_decoder_dx_pack_b6(xs, nc, pt, r0, nrow, bp);
        break;
    }
}

/* vectors of 64 bytes where the target has registers that wide (AVX-512; -DTCONV_SYM_VECTOR_EXTENSIONS: anywhere):
 * narrower targets get the plain C99 loops, which the compiler vectorises itself. Measured on AVX2 (AMD EPYC, gcc 12,
 * -O3 -march=native, one thread): gcc lowers the 64-byte vectors through the stack (a scalar stored 16 times per
 * broadcast): 512->128 16x16 k4 s4 at batch 1 took 274 ms with them, 22 ms without (sgemm: 21 ms) */
#if defined(__GNUC__) && !defined(TCONV_SYM_NO_VECTOR_EXTENSIONS) && (defined(__AVX512F__) || defined(TCONV_SYM_VECTOR_EXTENSIONS))
typedef double mnist_decoder_dx_vec __attribute__((vector_size(64), aligned(8), may_alias));
#define MNIST_DECODER_DX_VECTORS 1
#elif defined(__GNUC__) && !defined(TCONV_SYM_NO_VECTOR_EXTENSIONS) && defined(__AVX2__)
/* AVX2: the positions tile on 32-byte vectors, in sub-tiles that fit its 16 registers */
typedef double mnist_decoder_dx_hvec __attribute__((vector_size(32), aligned(8), may_alias));
#define MNIST_DECODER_DX_HVECTORS 1
#endif
/* the register tile's loops unrolled where the target has 32 registers of 64 bytes (AVX-512): its accumulators then stay
 * in registers (a rolled tile stays in memory on the stack at gcc -O2); elsewhere the compiler spills the tile anyway */
#if defined(MNIST_DECODER_DX_VECTORS) && defined(__AVX512F__)
#define MNIST_DECODER_DX_TILE _Pragma("GCC unroll 32")
#else
#define MNIST_DECODER_DX_TILE
#endif

/* C[0:8 channels, 0:24 positions] (row stride ldc) = (first ? 0 : C) + A^T B: the positions register tile;
 * A: nc rows of 8 packed weights (the first 8 used), B: nc rows (stride cs) of 24 positions */
static void mnist_decoder_dx_micro_p3(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef MNIST_DECODER_DX_VECTORS
    mnist_decoder_dx_vec acc[8][3];
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 8; ++i)
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 3; ++v)
            acc[i][v] = first ? (mnist_decoder_dx_vec){ 0 } : *(const mnist_decoder_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_dx_vec bv[3];
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 3; ++v)
            bv[v] = *(const mnist_decoder_dx_vec *)(bc + v * 8);
        MNIST_DECODER_DX_TILE
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 8 + i];
            MNIST_DECODER_DX_TILE
            for (int v = 0; v < 3; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 8; ++i)
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 3; ++v)
            *(mnist_decoder_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#elif defined(MNIST_DECODER_DX_HVECTORS)
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
        mnist_decoder_dx_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (mnist_decoder_dx_hvec){ 0 } : *(const mnist_decoder_dx_hvec *)(src + (0 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            mnist_decoder_dx_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const mnist_decoder_dx_hvec *)(bc + v * 4);
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
                *(mnist_decoder_dx_hvec *)(ct + (0 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 0..3, positions 12..23 */
        mnist_decoder_dx_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (mnist_decoder_dx_hvec){ 0 } : *(const mnist_decoder_dx_hvec *)(src + (0 + i) * lds + 12 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 12;
            mnist_decoder_dx_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const mnist_decoder_dx_hvec *)(bc + v * 4);
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
                *(mnist_decoder_dx_hvec *)(ct + (0 + i) * ldc + 12 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 0..11 */
        mnist_decoder_dx_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (mnist_decoder_dx_hvec){ 0 } : *(const mnist_decoder_dx_hvec *)(src + (4 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            mnist_decoder_dx_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const mnist_decoder_dx_hvec *)(bc + v * 4);
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
                *(mnist_decoder_dx_hvec *)(ct + (4 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 12..23 */
        mnist_decoder_dx_hvec acc[4][3];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                acc[i][v] = zero ? (mnist_decoder_dx_hvec){ 0 } : *(const mnist_decoder_dx_hvec *)(src + (4 + i) * lds + 12 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 12;
            mnist_decoder_dx_hvec bv[3];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 3; ++v)
                bv[v] = *(const mnist_decoder_dx_hvec *)(bc + v * 4);
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
                *(mnist_decoder_dx_hvec *)(ct + (4 + i) * ldc + 12 + v * 4) = acc[i][v];
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
static void mnist_decoder_dx_micro_p2(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef MNIST_DECODER_DX_VECTORS
    mnist_decoder_dx_vec acc[8][2];
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 8; ++i)
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (mnist_decoder_dx_vec){ 0 } : *(const mnist_decoder_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_dx_vec bv[2];
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            bv[v] = *(const mnist_decoder_dx_vec *)(bc + v * 8);
        MNIST_DECODER_DX_TILE
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 8 + i];
            MNIST_DECODER_DX_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 8; ++i)
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            *(mnist_decoder_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#elif defined(MNIST_DECODER_DX_HVECTORS)
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
        mnist_decoder_dx_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (mnist_decoder_dx_hvec){ 0 } : *(const mnist_decoder_dx_hvec *)(src + (0 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            mnist_decoder_dx_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const mnist_decoder_dx_hvec *)(bc + v * 4);
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
                *(mnist_decoder_dx_hvec *)(ct + (0 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 0..3, positions 8..15 */
        mnist_decoder_dx_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (mnist_decoder_dx_hvec){ 0 } : *(const mnist_decoder_dx_hvec *)(src + (0 + i) * lds + 8 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 8;
            mnist_decoder_dx_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const mnist_decoder_dx_hvec *)(bc + v * 4);
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
                *(mnist_decoder_dx_hvec *)(ct + (0 + i) * ldc + 8 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 0..7 */
        mnist_decoder_dx_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (mnist_decoder_dx_hvec){ 0 } : *(const mnist_decoder_dx_hvec *)(src + (4 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            mnist_decoder_dx_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const mnist_decoder_dx_hvec *)(bc + v * 4);
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
                *(mnist_decoder_dx_hvec *)(ct + (4 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 8..15 */
        mnist_decoder_dx_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (mnist_decoder_dx_hvec){ 0 } : *(const mnist_decoder_dx_hvec *)(src + (4 + i) * lds + 8 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 8;
            mnist_decoder_dx_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const mnist_decoder_dx_hvec *)(bc + v * 4);
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
                *(mnist_decoder_dx_hvec *)(ct + (4 + i) * ldc + 8 + v * 4) = acc[i][v];
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
static void mnist_decoder_dx_micro_p1(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef MNIST_DECODER_DX_VECTORS
    mnist_decoder_dx_vec acc[8][1];
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 8; ++i)
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 1; ++v)
            acc[i][v] = first ? (mnist_decoder_dx_vec){ 0 } : *(const mnist_decoder_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_dx_vec bv[1];
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 1; ++v)
            bv[v] = *(const mnist_decoder_dx_vec *)(bc + v * 8);
        MNIST_DECODER_DX_TILE
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 8 + i];
            MNIST_DECODER_DX_TILE
            for (int v = 0; v < 1; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 8; ++i)
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 1; ++v)
            *(mnist_decoder_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#elif defined(MNIST_DECODER_DX_HVECTORS)
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
        mnist_decoder_dx_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (mnist_decoder_dx_hvec){ 0 } : *(const mnist_decoder_dx_hvec *)(src + (0 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            mnist_decoder_dx_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const mnist_decoder_dx_hvec *)(bc + v * 4);
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
                *(mnist_decoder_dx_hvec *)(ct + (0 + i) * ldc + 0 + v * 4) = acc[i][v];
    }
    {  /* channels 4..7, positions 0..7 */
        mnist_decoder_dx_hvec acc[4][2];
        _Pragma("GCC unroll 16")
        for (int i = 0; i < 4; ++i)
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                acc[i][v] = zero ? (mnist_decoder_dx_hvec){ 0 } : *(const mnist_decoder_dx_hvec *)(src + (4 + i) * lds + 0 + v * 4);
        for (int64_t c = c0; c < c1; ++c) {
            const double *restrict bc = b + c * cs + 0;
            mnist_decoder_dx_hvec bv[2];
            _Pragma("GCC unroll 16")
            for (int v = 0; v < 2; ++v)
                bv[v] = *(const mnist_decoder_dx_hvec *)(bc + v * 4);
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
                *(mnist_decoder_dx_hvec *)(ct + (4 + i) * ldc + 0 + v * 4) = acc[i][v];
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
static void mnist_decoder_dx_micro_c12(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef MNIST_DECODER_DX_VECTORS
    mnist_decoder_dx_vec acc[12][2];
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 12; ++i)
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (mnist_decoder_dx_vec){ 0 } : *(const mnist_decoder_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_dx_vec av[2];
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            av[v] = *(const mnist_decoder_dx_vec *)(a + v * 8 / 8 * 8L + c * 8 + v * 8 % 8);
        MNIST_DECODER_DX_TILE
        for (int i = 0; i < 12; ++i) {
            const double s = bc[i];
            MNIST_DECODER_DX_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 12; ++i)
        MNIST_DECODER_DX_TILE
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
                acc[i][j] += s * a[j / 8 * 8L + c * 8 + j % 8];
        }
    for (int i = 0; i < 12; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:10 positions, 0:16 channels] (row stride ldc) = (first ? 0 : C) + B^T A: the channels register tile */
static void mnist_decoder_dx_micro_c10(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef MNIST_DECODER_DX_VECTORS
    mnist_decoder_dx_vec acc[10][2];
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 10; ++i)
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (mnist_decoder_dx_vec){ 0 } : *(const mnist_decoder_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_dx_vec av[2];
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            av[v] = *(const mnist_decoder_dx_vec *)(a + v * 8 / 8 * 8L + c * 8 + v * 8 % 8);
        MNIST_DECODER_DX_TILE
        for (int i = 0; i < 10; ++i) {
            const double s = bc[i];
            MNIST_DECODER_DX_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 10; ++i)
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            *(mnist_decoder_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[10][16];
    for (int i = 0; i < 10; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 10; ++i) {
            const double s = b[c * cs + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * a[j / 8 * 8L + c * 8 + j % 8];
        }
    for (int i = 0; i < 10; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:8 positions, 0:16 channels] (row stride ldc) = (first ? 0 : C) + B^T A: the channels register tile */
static void mnist_decoder_dx_micro_c8(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef MNIST_DECODER_DX_VECTORS
    mnist_decoder_dx_vec acc[8][2];
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 8; ++i)
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (mnist_decoder_dx_vec){ 0 } : *(const mnist_decoder_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_dx_vec av[2];
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            av[v] = *(const mnist_decoder_dx_vec *)(a + v * 8 / 8 * 8L + c * 8 + v * 8 % 8);
        MNIST_DECODER_DX_TILE
        for (int i = 0; i < 8; ++i) {
            const double s = bc[i];
            MNIST_DECODER_DX_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 8; ++i)
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            *(mnist_decoder_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[8][16];
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 8; ++i) {
            const double s = b[c * cs + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * a[j / 8 * 8L + c * 8 + j % 8];
        }
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:6 positions, 0:16 channels] (row stride ldc) = (first ? 0 : C) + B^T A: the channels register tile */
static void mnist_decoder_dx_micro_c6(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef MNIST_DECODER_DX_VECTORS
    mnist_decoder_dx_vec acc[6][2];
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 6; ++i)
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (mnist_decoder_dx_vec){ 0 } : *(const mnist_decoder_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_dx_vec av[2];
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            av[v] = *(const mnist_decoder_dx_vec *)(a + v * 8 / 8 * 8L + c * 8 + v * 8 % 8);
        MNIST_DECODER_DX_TILE
        for (int i = 0; i < 6; ++i) {
            const double s = bc[i];
            MNIST_DECODER_DX_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 6; ++i)
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            *(mnist_decoder_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[6][16];
    for (int i = 0; i < 6; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 6; ++i) {
            const double s = b[c * cs + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * a[j / 8 * 8L + c * 8 + j % 8];
        }
    for (int i = 0; i < 6; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:4 positions, 0:16 channels] (row stride ldc) = (first ? 0 : C) + B^T A: the channels register tile */
static void mnist_decoder_dx_micro_c4(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef MNIST_DECODER_DX_VECTORS
    mnist_decoder_dx_vec acc[4][2];
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 4; ++i)
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (mnist_decoder_dx_vec){ 0 } : *(const mnist_decoder_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_dx_vec av[2];
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            av[v] = *(const mnist_decoder_dx_vec *)(a + v * 8 / 8 * 8L + c * 8 + v * 8 % 8);
        MNIST_DECODER_DX_TILE
        for (int i = 0; i < 4; ++i) {
            const double s = bc[i];
            MNIST_DECODER_DX_TILE
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    MNIST_DECODER_DX_TILE
    for (int i = 0; i < 4; ++i)
        MNIST_DECODER_DX_TILE
        for (int v = 0; v < 2; ++v)
            *(mnist_decoder_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[4][16];
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 4; ++i) {
            const double s = b[c * cs + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * a[j / 8 * 8L + c * 8 + j % 8];
        }
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}


/* The output rows of one chunk of grid rows [r0, r0 + nrow) of a pass (y at the pass's first sample and the group's
 * first channel), each interleaved from the phase tiles of its last axis while the chunk's tiles are in cache; the tile
 * element of (channel a, grid row g, position u of the row) is at a * ta + ((g - r0) * 28 + u) * tf; the channels a0 .. a1 - 1 */
static void mnist_decoder_dx_interleave_rows(const double *const *tile_of, int64_t r0, int64_t nrow, int64_t ta, int64_t tf, int64_t a0, int64_t a1,
                                 double *restrict y)
{
    for (int64_t a = a0; a < (a1 < 32 ? a1 : 32); ++a)
        for (int64_t g = r0; g < r0 + nrow; ++g) {
            const int64_t b = g / 28, rr = g % 28;
            double *restrict yo = y + b * 25088L + a * 784L;
            const int64_t base = a * ta + (g - r0) * 28L * tf;
            const int64_t u0 = rr / 1 % 28;
            for (int64_t p0 = 0; p0 < 1; ++p0) {
                const int64_t j0 = p0 + 1 * u0;
                if (j0 >= 28)
                    break;
                double *restrict yr = yo + j0 * 28L;
                const double *restrict t0 = tile_of[(p0) * 1 + 0] + base;
                for (int64_t u = 0; u < 28; ++u) {
                    yr[u] = t0[u * tf];
                }
            }
        }
}

/* Any number of samples, in passes of up to 1: per phase, chunk of rows, tap and block of input channels,
 * the packed input block, then the register tiles over it */
/* whether unit u (counted over the call) is thread id's of count (id 0 of 1: all): round robin, turned by one thread each
 * round, so units of alternating sizes (a pass's chunks of 15 and 17 rows) do not all fall to the same thread */
static int mnist_decoder_dx_mine(int64_t u, int64_t id, int64_t count)
{
    return (u + u / count) % count == id;
}

#if defined(_OPENMP) && TCONV_SYM_THREADS > 1
/* the units of work of a pass of nb samples: per group, each chunk of rows split into parts blocks of output channels
 * (or the whole pass over the runs) */
static int64_t mnist_decoder_dx_units(int64_t nb, int64_t parts)
{
    const int64_t rows = nb * 28;
    int64_t chunks = 0;
    for (int64_t r0 = 0, nrow; r0 < rows; r0 += nrow, ++chunks)
        nrow = rows - r0 <= 28 ? rows - r0 : 28;
    return 1 * chunks * parts;
}
#endif

/* parts: each chunk of rows is parts units, each its own range of blocks of 16 output channels (the rows of the
 * GEMM): a thread packs the chunk's input block itself and computes and stores only its channels */
static void mnist_decoder_dx_by_rows(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x, void *ws, int64_t unit0, int64_t id, int64_t count, int64_t parts)
{
    int64_t unit = unit0;  /* units of work in order, unit0 the first of this call: thread id of count runs its own */
    double *restrict bp = (double *)ws;  /* the packed input block: up to 1 channels x 792 positions */
    double *restrict tiles = bp + 792L;  /* per phase [out channel][position] (or [position][out channel]) */
    const double *tile_of[1];
    for (int64_t p = 0; p < 1; ++p)
        tile_of[p] = tiles;
    tile_of[0] = tiles + 0L;
    for (int64_t b0 = 0; b0 < n; b0 += 1) {
        const int64_t nb = n - b0 < 1 ? n - b0 : 1;
        const int64_t rows = nb * 28;  /* rows of each phase grid in this pass */
        /* small passes: the channels micro-kernel (vectors over output channels, tile [position][channel]) */
        const int by_channels = rows * 28 < 48;
        const int64_t tf = by_channels ? 32L : 1, ta = by_channels ? 1 : 792L;  /* tile layout */
        for (int64_t g = 0; g < 1; ++g) {
            const double *restrict xg = grad_y + b0 * 784L + g * 784L;
            const double *restrict pg = packed + g * 1568L;
            for (int64_t r0 = 0, nrow; r0 < rows; r0 += nrow) {  /* chunks of rows, the same on every phase grid */
                nrow = rows - r0 <= 28 ? rows - r0 : 28;  /* the last chunk takes what is left */
                for (int64_t part = 0; part < parts; ++part) {  /* its blocks of output channels [m_lo, m_hi) */
                if (!mnist_decoder_dx_mine(unit++, id, count))
                    continue;
                const int64_t m_lo = part * 2 / parts * 16, m_hi = (part + 1) * 2 / parts * 16;
                const int64_t ncol = nrow * 28;
                {  /* input block 0 (tap 0): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 0 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 1 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 0, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 0, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 1 (tap 1): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 16 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 1, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 1, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 2 (tap 2): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 32 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 2, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 2, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 3 (tap 3): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 48 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 3, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 3, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 4 (tap 4): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 64 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 4, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 4, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 5 (tap 5): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 80 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 5, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 5, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 6 (tap 6): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 96 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 6, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 6, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 7 (tap 7): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 112 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 7, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 7, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 8 (tap 8): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 128 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 8, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 8, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 9 (tap 9): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 144 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 9, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 9, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 10 (tap 10): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 160 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 10, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 10, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 11 (tap 11): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 176 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 11, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 11, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 12 (tap 12): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 192 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 12, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 12, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 13 (tap 13): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 208 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 13, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 13, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 14 (tap 14): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 224 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 14, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 14, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 15 (tap 15): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 240 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 15, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 15, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 16 (tap 16): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 256 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 16, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 16, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 17 (tap 17): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 272 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 17, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 17, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 18 (tap 18): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 288 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 18, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 18, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 19 (tap 19): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 304 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 19, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 19, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 20 (tap 20): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 320 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 20, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 20, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 21 (tap 21): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 336 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 21, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 21, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 22 (tap 22): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 352 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 22, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 22, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 23 (tap 23): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 368 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 23, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 23, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 24 (tap 24): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 384 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 24, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 24, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 25 (tap 25): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 400 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 25, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 25, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 26 (tap 26): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 416 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 26, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 26, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 27 (tap 27): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 432 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 27, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 27, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 28 (tap 28): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 448 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 28, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 28, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 29 (tap 29): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 464 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 29, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 29, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 30 (tap 30): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 480 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 30, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 30, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 31 (tap 31): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 496 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 31, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 31, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 32 (tap 32): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 512 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 32, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 32, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 33 (tap 33): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 528 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 33, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 33, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 34 (tap 34): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 544 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 34, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 34, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 35 (tap 35): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 560 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 35, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 35, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 36 (tap 36): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 576 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 36, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 36, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 37 (tap 37): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 592 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 37, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 37, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 38 (tap 38): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 608 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 38, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 38, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 39 (tap 39): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 624 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 39, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 39, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 40 (tap 40): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 640 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 40, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 40, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 41 (tap 41): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 656 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 41, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 41, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 42 (tap 42): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 672 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 42, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 42, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 43 (tap 43): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 688 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 43, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 43, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 44 (tap 44): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 704 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 44, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 44, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 45 (tap 45): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 720 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 45, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 45, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 46 (tap 46): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 736 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 46, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 46, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 47 (tap 47): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 752 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 47, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 47, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                {  /* input block 48 (tap 48): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 768 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 0 };  /* the tile's first sum */
                    if (by_channels) {
                        for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                            mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 48, r0, nrow, bp);
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];  /* the chunk's tile: reused by every chunk, kept in L2 */
                                const int first = uf[q] && c0 == 0;
                                for (int64_t mb = m_lo / 16; mb < m_hi / 16; ++mb) {  /* the weight panel stays in L1 */
                                    const double *restrict am = at + mb * um[q];
                                    double *restrict cm = tp + mb * 16;
                                    for (int64_t f0 = 0; f0 < ncol;) {  /* even tiles of at most 12 positions */
                                        const int64_t left = ncol - f0, parts = (left + 11) / 12, size = (left + parts - 1) / parts;
                                        double *restrict cf = cm + f0 * 32L;
                                        if (size > 10) {
                                            mnist_decoder_dx_micro_c12(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 12;
                                        }
                                        else if (size > 8) {
                                            mnist_decoder_dx_micro_c10(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 10;
                                        }
                                        else if (size > 6) {
                                            mnist_decoder_dx_micro_c8(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 8;
                                        }
                                        else if (size > 4) {
                                            mnist_decoder_dx_micro_c6(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 6;
                                        }
                                        else if (1) {
                                            mnist_decoder_dx_micro_c4(nc, am, bp + f0, 792L, cf, 32L, first);
                                            f0 += 4;
                                        }
                                    }
                                }
                            }
                        }
                    } else
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 48, r0, nrow, bp);
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
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 8;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = m_lo; m0 < m_hi; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16 / 8 * 8L + m0 % 16 % 8;
                                    double *restrict cm = tp + m0 * 792L + f0;
                                    if (left > 24)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 16)
                                        mnist_decoder_dx_micro_p3(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 8)
                                        mnist_decoder_dx_micro_p2(nc, am, bp + f0, 792L, cm, 792L, first);
                                    else if (left > 0)
                                        mnist_decoder_dx_micro_p1(nc, am, bp + f0, 792L, cm, 792L, first);
                                }
                            }
                            f0 += width;
                        }
                    }
                }
                mnist_decoder_dx_interleave_rows(tile_of, r0, nrow, ta, tf, m_lo, m_hi, grad_x + b0 * 25088L + g * 25088L);
                }
            }
        }
    }
}


void mnist_decoder_dx_packed_ws(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x, void *ws)
{
    const int64_t groups = 0;
    const int64_t rest = n - groups * 1, passes = (rest + 0) / 1;
#if defined(_OPENMP) && TCONV_SYM_THREADS > 1
    int64_t total = groups;  /* units of work: a lane group each, and each pass's chunks of rows */
    for (int64_t p = 0; p < passes; ++p)
        total += mnist_decoder_dx_units(rest - p * 1 < 1 ? rest - p * 1 : 1, 1);
    /* fewer units than a few per thread and not a multiple of the threads (batch 1: often one): each chunk of rows split
     * into one range of output channels per thread, so every thread has work (TCONV_SYM_M_PARTS=P: always P parts) */
    int64_t parts = TCONV_SYM_M_PARTS > 0 ? TCONV_SYM_M_PARTS : total % TCONV_SYM_THREADS && total < 4 * TCONV_SYM_THREADS ? TCONV_SYM_THREADS : 1;
    if (parts > 2)
        parts = 2;
    if (parts > 1) {
        total = groups;
        for (int64_t p = 0; p < passes; ++p)
            total += mnist_decoder_dx_units(rest - p * 1 < 1 ? rest - p * 1 : 1, parts);
    }
    if (total > 1) {
#pragma omp parallel num_threads(TCONV_SYM_THREADS)
        {
            const int64_t id = omp_get_thread_num(), count = omp_get_num_threads();
            char *mine = (char *)ws + id * mnist_decoder_dx_WORKSPACE_BYTES_PER_THREAD;
            int64_t u0 = groups;  /* the first unit of the pass */
            for (int64_t p = 0; p < passes; ++p) {
                const int64_t b0 = groups * 1 + p * 1L, nb = n - b0 < 1 ? n - b0 : 1;
                const int64_t units = mnist_decoder_dx_units(nb, parts);
                int64_t any = 0;  /* whether one of the pass's units is this thread's */
                for (int64_t u = u0; u < u0 + units && !any; ++u)
                    any = mnist_decoder_dx_mine(u, id, count);
                if (any)
                    mnist_decoder_dx_by_rows(nb, grad_y + b0 * 784L, packed, grad_x + b0 * 25088L, mine, u0, id, count, parts);
                u0 += units;
            }
        }
        return;
    }
#endif
    for (int64_t p = 0; p < passes; ++p) {
        const int64_t b0 = groups * 1 + p * 1L, nb = n - b0 < 1 ? n - b0 : 1;
        mnist_decoder_dx_by_rows(nb, grad_y + b0 * 784L, packed, grad_x + b0 * 25088L, ws, 0, 0, 1, 1);
    }
}

int64_t mnist_decoder_dx_workspace_bytes(void)
{
    return mnist_decoder_dx_WORKSPACE_BYTES;
}

static int mnist_decoder_dx_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int mnist_decoder_dx_checked(long n, const double *grad_y, const double *packed, double *grad_x, void *ws, int64_t ws_bytes)
{
    /* the raw contract of mnist_decoder_dx_packed_ws, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 45955098238474)
            return TCONV_SYM_EBATCH;
    }
    if (n == 0)
        return TCONV_SYM_OK;
    if (!grad_y || !packed || !grad_x || !ws)
        return TCONV_SYM_ENULL;
    if (ws_bytes < mnist_decoder_dx_WORKSPACE_BYTES)
        return TCONV_SYM_EWORKSPACE;
    if ((uintptr_t)grad_y % sizeof(double) || (uintptr_t)packed % sizeof(double) || (uintptr_t)grad_x % sizeof(double)
            || (uintptr_t)ws % sizeof(double))
        return TCONV_SYM_EALIGN;
    const int64_t x_bytes = n * 784L * (int64_t)sizeof(double), y_bytes = n * 25088L * (int64_t)sizeof(double);
    const int64_t p_bytes = mnist_decoder_dx_PACKED_ELEMS * (int64_t)sizeof(double);
    if (mnist_decoder_dx_overlap(grad_x, y_bytes, grad_y, x_bytes) || mnist_decoder_dx_overlap(grad_x, y_bytes, packed, p_bytes)
            || mnist_decoder_dx_overlap(grad_x, y_bytes, ws, ws_bytes) || mnist_decoder_dx_overlap(ws, ws_bytes, grad_y, x_bytes)
            || mnist_decoder_dx_overlap(ws, ws_bytes, packed, p_bytes))
        return TCONV_SYM_EOVERLAP;
    mnist_decoder_dx_packed_ws(n, grad_y, packed, grad_x, ws);
    return TCONV_SYM_OK;
}

void mnist_decoder_dx_packed(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x)
{
    void *raw = TCONV_SYM_ALLOC(mnist_decoder_dx_WORKSPACE_BYTES + 64);
    if (!raw) {  /* no memory: the result is NaN, never garbage */
        for (int64_t i = 0; i < n * 25088L; ++i)
            grad_x[i] = NAN;
        return;
    }
    /* on a cache line (malloc gives 16 bytes): the packed blocks' vectors never split one */
    void *ws = (char *)raw + (64 - (uintptr_t)raw % 64) % 64;
    mnist_decoder_dx_packed_ws(n, grad_y, packed, grad_x, ws);
    TCONV_SYM_FREE(raw);
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
