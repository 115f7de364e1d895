/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, the gemm schedule; 32 output x 1 input channels per group, executes 1.13x the nonzeros <= 2)
 * dtype:         float64
 * signature:     void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:e65df10624ccc76aaa908cfe0b0ee367db169ff45a6047248e63fed10af2d79b
 */

/*
 * input kernel, polyphase in GEMM form (1 output phase(s), 1 group(s), 32 x 1 channels):
 * GEMM form: 1 phase GEMMs (M=32 out channels, K=taps x 1 in channels, N=784 positions per sample)
 *   channels tile 12 positions x 16 channels (2 vectors), 1 input channels per cache block
 *     every pass, over the runs of each tap, reading the input in place
 *     (executed MACs 1.00x the nonzeros; packed blocks would execute 1.13x)
 *   weights packed in panels of 16 output channels; up to 1 sample(s) per pass
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
 * parallel region per call and hands out units of work round-robin — a lane group of 8 samples, or one chunk of
 * rows of one group of a pass of up to 1 sample(s) (a whole pass where it runs over the runs) — each thread in
 * its own slice of the workspace: every unit is computed as with one thread (the same sums in the same order), so the
 * result is identical. Otherwise plain sequential C99. */
#if defined(_OPENMP) && TCONV_SYM_THREADS > 1
#include <omp.h>
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
static const int64_t mnist_decoder_dx_jph0[28] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };  /* axis 0: phase of each output index */
static const int64_t mnist_decoder_dx_ju0[28] = { 0, 28, 56, 84, 112, 140, 168, 196, 224, 252, 280, 308, 336, 364, 392, 420, 448, 476, 504, 532, 560, 588, 616, 644, 672, 700, 728, 756 };  /* ... and its flat offset in the phase tile */

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

#if defined(__GNUC__) && !defined(TCONV_SYM_NO_VECTOR_EXTENSIONS)
typedef double mnist_decoder_dx_vec __attribute__((vector_size(64), aligned(8), may_alias));
#define MNIST_DECODER_DX_VECTORS 1
#endif

/* C[0:8 channels, 0:24 positions] (row stride ldc) = (first ? 0 : C) + A^T B: the positions register tile;
 * A: nc rows of 16 packed weights (the first 8 used), B: nc rows (stride cs) of 24 positions */
static void mnist_decoder_dx_micro_p3(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
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

/* C[0:8 channels, 0:16 positions] (row stride ldc) = (first ? 0 : C) + A^T B: the positions register tile;
 * A: nc rows of 16 packed weights (the first 8 used), B: nc rows (stride cs) of 16 positions */
static void mnist_decoder_dx_micro_p2(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef MNIST_DECODER_DX_VECTORS
    mnist_decoder_dx_vec acc[8][2];
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (mnist_decoder_dx_vec){ 0 } : *(const mnist_decoder_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_dx_vec bv[2];
        for (int v = 0; v < 2; ++v)
            bv[v] = *(const mnist_decoder_dx_vec *)(bc + v * 8);
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 16 + i];
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 2; ++v)
            *(mnist_decoder_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
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
static void mnist_decoder_dx_micro_p1(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                           double *restrict ct, int64_t ldc, int first)
{
#ifdef MNIST_DECODER_DX_VECTORS
    mnist_decoder_dx_vec acc[8][1];
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 1; ++v)
            acc[i][v] = first ? (mnist_decoder_dx_vec){ 0 } : *(const mnist_decoder_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_dx_vec bv[1];
        for (int v = 0; v < 1; ++v)
            bv[v] = *(const mnist_decoder_dx_vec *)(bc + v * 8);
        for (int i = 0; i < 8; ++i) {
            const double s = a[c * 16 + i];
            for (int v = 0; v < 1; ++v)
                acc[i][v] += s * bv[v];
        }
    }
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 1; ++v)
            *(mnist_decoder_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
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
static void mnist_decoder_dx_micro_c12(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
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

/* C[0:11 positions, 0:16 channels] (row stride ldc) = (first ? 0 : C) + B^T A: the channels register tile */
static void mnist_decoder_dx_micro_c11(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef MNIST_DECODER_DX_VECTORS
    mnist_decoder_dx_vec acc[11][2];
    for (int i = 0; i < 11; ++i)
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (mnist_decoder_dx_vec){ 0 } : *(const mnist_decoder_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_dx_vec av[2];
        for (int v = 0; v < 2; ++v)
            av[v] = *(const mnist_decoder_dx_vec *)(a + c * 16 + v * 8);
        for (int i = 0; i < 11; ++i) {
            const double s = bc[i];
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    for (int i = 0; i < 11; ++i)
        for (int v = 0; v < 2; ++v)
            *(mnist_decoder_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[11][16];
    for (int i = 0; i < 11; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 11; ++i) {
            const double s = b[c * cs + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * a[c * 16 + j];
        }
    for (int i = 0; i < 11; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* C[0:9 positions, 0:16 channels] (row stride ldc) = (first ? 0 : C) + B^T A: the channels register tile */
static void mnist_decoder_dx_micro_c9(int64_t nc, const double *restrict a, const double *restrict b, int64_t cs,
                             double *restrict ct, int64_t ldc, int first)
{
#ifdef MNIST_DECODER_DX_VECTORS
    mnist_decoder_dx_vec acc[9][2];
    for (int i = 0; i < 9; ++i)
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (mnist_decoder_dx_vec){ 0 } : *(const mnist_decoder_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_dx_vec av[2];
        for (int v = 0; v < 2; ++v)
            av[v] = *(const mnist_decoder_dx_vec *)(a + c * 16 + v * 8);
        for (int i = 0; i < 9; ++i) {
            const double s = bc[i];
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    for (int i = 0; i < 9; ++i)
        for (int v = 0; v < 2; ++v)
            *(mnist_decoder_dx_vec *)(ct + i * ldc + v * 8) = acc[i][v];
#else  /* plain C99 */
    double acc[9][16];
    for (int i = 0; i < 9; ++i)
        for (int j = 0; j < 16; ++j)
            acc[i][j] = first ? 0 : ct[i * ldc + j];
    for (int64_t c = 0; c < nc; ++c)
        for (int i = 0; i < 9; ++i) {
            const double s = b[c * cs + i];
            for (int j = 0; j < 16; ++j)
                acc[i][j] += s * a[c * 16 + j];
        }
    for (int i = 0; i < 9; ++i)
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
    for (int i = 0; i < 8; ++i)
        for (int v = 0; v < 2; ++v)
            acc[i][v] = first ? (mnist_decoder_dx_vec){ 0 } : *(const mnist_decoder_dx_vec *)(ct + i * ldc + v * 8);
    for (int64_t c = 0; c < nc; ++c) {
        const double *restrict bc = b + c * cs;
        mnist_decoder_dx_vec av[2];
        for (int v = 0; v < 2; ++v)
            av[v] = *(const mnist_decoder_dx_vec *)(a + c * 16 + v * 8);
        for (int i = 0; i < 8; ++i) {
            const double s = bc[i];
            for (int v = 0; v < 2; ++v)
                acc[i][v] += s * av[v];
        }
    }
    for (int i = 0; i < 8; ++i)
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
                acc[i][j] += s * a[c * 16 + j];
        }
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 16; ++j)
            ct[i * ldc + j] = acc[i][j];
#endif
}

/* the register tiles over each tap's runs (computed at generation): the first position of a tile on a sample's phase
 * grid, where it reads the input (one channel plane), its micro-kernel (rows x positions) and its rows' input step */
static const int64_t mnist_decoder_dx_ct_pos[3744] = { 87, 96, 104, 115, 124, 132, 143, 152, 160, 171, 180, 188, 199, 208, 216, 227, 236, 244, 255, 264, 272, 283, 292, 300, 311, 320, 328, 339, 348, 356, 367, 376, 384, 395, 404, 412, 423, 432, 440, 451, 460, 468, 479, 488, 496, 507, 516, 524, 535, 544, 552, 563, 572, 580, 591, 600, 608, 619, 628, 636, 647, 656, 664, 675, 684, 692, 703, 712, 720, 731, 740, 748, 759, 768, 776, 86, 95, 104, 114, 123, 132, 142, 151, 160, 170, 179, 188, 198, 207, 216, 226, 235, 244, 254, 263, 272, 282, 291, 300, 310, 319, 328, 338, 347, 356, 366, 375, 384, 394, 403, 412, 422, 431, 440, 450, 459, 468, 478, 487, 496, 506, 515, 524, 534, 543, 552, 562, 571, 580, 590, 599, 608, 618, 627, 636, 646, 655, 664, 674, 683, 692, 702, 711, 720, 730, 739, 748, 758, 767, 776, 85, 94, 103, 113, 122, 131, 141, 150, 159, 169, 178, 187, 197, 206, 215, 225, 234, 243, 253, 262, 271, 281, 290, 299, 309, 318, 327, 337, 346, 355, 365, 374, 383, 393, 402, 411, 421, 430, 439, 449, 458, 467, 477, 486, 495, 505, 514, 523, 533, 542, 551, 561, 570, 579, 589, 598, 607, 617, 626, 635, 645, 654, 663, 673, 682, 691, 701, 710, 719, 729, 738, 747, 757, 766, 775, 84, 96, 108, 120, 132, 144, 156, 168, 180, 192, 204, 216, 228, 240, 252, 264, 276, 288, 300, 312, 324, 336, 348, 360, 372, 384, 396, 408, 420, 432, 444, 456, 468, 480, 492, 504, 516, 528, 540, 552, 564, 576, 588, 600, 612, 624, 636, 648, 660, 672, 684, 696, 707, 718, 729, 740, 751, 762, 773, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 84, 93, 101, 112, 121, 129, 140, 149, 157, 168, 177, 185, 196, 205, 213, 224, 233, 241, 252, 261, 269, 280, 289, 297, 308, 317, 325, 336, 345, 353, 364, 373, 381, 392, 401, 409, 420, 429, 437, 448, 457, 465, 476, 485, 493, 504, 513, 521, 532, 541, 549, 560, 569, 577, 588, 597, 605, 616, 625, 633, 644, 653, 661, 672, 681, 689, 700, 709, 717, 728, 737, 745, 756, 765, 773, 59, 68, 76, 87, 96, 104, 115, 124, 132, 143, 152, 160, 171, 180, 188, 199, 208, 216, 227, 236, 244, 255, 264, 272, 283, 292, 300, 311, 320, 328, 339, 348, 356, 367, 376, 384, 395, 404, 412, 423, 432, 440, 451, 460, 468, 479, 488, 496, 507, 516, 524, 535, 544, 552, 563, 572, 580, 591, 600, 608, 619, 628, 636, 647, 656, 664, 675, 684, 692, 703, 712, 720, 731, 740, 748, 759, 768, 776, 58, 67, 76, 86, 95, 104, 114, 123, 132, 142, 151, 160, 170, 179, 188, 198, 207, 216, 226, 235, 244, 254, 263, 272, 282, 291, 300, 310, 319, 328, 338, 347, 356, 366, 375, 384, 394, 403, 412, 422, 431, 440, 450, 459, 468, 478, 487, 496, 506, 515, 524, 534, 543, 552, 562, 571, 580, 590, 599, 608, 618, 627, 636, 646, 655, 664, 674, 683, 692, 702, 711, 720, 730, 739, 748, 758, 767, 776, 57, 66, 75, 85, 94, 103, 113, 122, 131, 141, 150, 159, 169, 178, 187, 197, 206, 215, 225, 234, 243, 253, 262, 271, 281, 290, 299, 309, 318, 327, 337, 346, 355, 365, 374, 383, 393, 402, 411, 421, 430, 439, 449, 458, 467, 477, 486, 495, 505, 514, 523, 533, 542, 551, 561, 570, 579, 589, 598, 607, 617, 626, 635, 645, 654, 663, 673, 682, 691, 701, 710, 719, 729, 738, 747, 757, 766, 775, 56, 68, 80, 92, 104, 116, 128, 140, 152, 164, 176, 188, 200, 212, 224, 236, 248, 260, 272, 284, 296, 308, 320, 332, 344, 356, 368, 380, 392, 404, 416, 428, 440, 452, 464, 476, 488, 500, 512, 524, 536, 548, 560, 572, 584, 596, 608, 620, 632, 644, 656, 668, 680, 692, 704, 716, 728, 740, 751, 762, 773, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 56, 65, 73, 84, 93, 101, 112, 121, 129, 140, 149, 157, 168, 177, 185, 196, 205, 213, 224, 233, 241, 252, 261, 269, 280, 289, 297, 308, 317, 325, 336, 345, 353, 364, 373, 381, 392, 401, 409, 420, 429, 437, 448, 457, 465, 476, 485, 493, 504, 513, 521, 532, 541, 549, 560, 569, 577, 588, 597, 605, 616, 625, 633, 644, 653, 661, 672, 681, 689, 700, 709, 717, 728, 737, 745, 756, 765, 773, 31, 40, 48, 59, 68, 76, 87, 96, 104, 115, 124, 132, 143, 152, 160, 171, 180, 188, 199, 208, 216, 227, 236, 244, 255, 264, 272, 283, 292, 300, 311, 320, 328, 339, 348, 356, 367, 376, 384, 395, 404, 412, 423, 432, 440, 451, 460, 468, 479, 488, 496, 507, 516, 524, 535, 544, 552, 563, 572, 580, 591, 600, 608, 619, 628, 636, 647, 656, 664, 675, 684, 692, 703, 712, 720, 731, 740, 748, 759, 768, 776, 30, 39, 48, 58, 67, 76, 86, 95, 104, 114, 123, 132, 142, 151, 160, 170, 179, 188, 198, 207, 216, 226, 235, 244, 254, 263, 272, 282, 291, 300, 310, 319, 328, 338, 347, 356, 366, 375, 384, 394, 403, 412, 422, 431, 440, 450, 459, 468, 478, 487, 496, 506, 515, 524, 534, 543, 552, 562, 571, 580, 590, 599, 608, 618, 627, 636, 646, 655, 664, 674, 683, 692, 702, 711, 720, 730, 739, 748, 758, 767, 776, 29, 38, 47, 57, 66, 75, 85, 94, 103, 113, 122, 131, 141, 150, 159, 169, 178, 187, 197, 206, 215, 225, 234, 243, 253, 262, 271, 281, 290, 299, 309, 318, 327, 337, 346, 355, 365, 374, 383, 393, 402, 411, 421, 430, 439, 449, 458, 467, 477, 486, 495, 505, 514, 523, 533, 542, 551, 561, 570, 579, 589, 598, 607, 617, 626, 635, 645, 654, 663, 673, 682, 691, 701, 710, 719, 729, 738, 747, 757, 766, 775, 28, 40, 52, 64, 76, 88, 100, 112, 124, 136, 148, 160, 172, 184, 196, 208, 220, 232, 244, 256, 268, 280, 292, 304, 316, 328, 340, 352, 364, 376, 388, 400, 412, 424, 436, 448, 460, 472, 484, 496, 508, 520, 532, 544, 556, 568, 580, 592, 604, 616, 628, 640, 652, 664, 676, 688, 700, 712, 724, 736, 748, 760, 772, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 28, 37, 45, 56, 65, 73, 84, 93, 101, 112, 121, 129, 140, 149, 157, 168, 177, 185, 196, 205, 213, 224, 233, 241, 252, 261, 269, 280, 289, 297, 308, 317, 325, 336, 345, 353, 364, 373, 381, 392, 401, 409, 420, 429, 437, 448, 457, 465, 476, 485, 493, 504, 513, 521, 532, 541, 549, 560, 569, 577, 588, 597, 605, 616, 625, 633, 644, 653, 661, 672, 681, 689, 700, 709, 717, 728, 737, 745, 756, 765, 773, 3, 12, 20, 31, 40, 48, 59, 68, 76, 87, 96, 104, 115, 124, 132, 143, 152, 160, 171, 180, 188, 199, 208, 216, 227, 236, 244, 255, 264, 272, 283, 292, 300, 311, 320, 328, 339, 348, 356, 367, 376, 384, 395, 404, 412, 423, 432, 440, 451, 460, 468, 479, 488, 496, 507, 516, 524, 535, 544, 552, 563, 572, 580, 591, 600, 608, 619, 628, 636, 647, 656, 664, 675, 684, 692, 703, 712, 720, 731, 740, 748, 759, 768, 776, 2, 11, 20, 30, 39, 48, 58, 67, 76, 86, 95, 104, 114, 123, 132, 142, 151, 160, 170, 179, 188, 198, 207, 216, 226, 235, 244, 254, 263, 272, 282, 291, 300, 310, 319, 328, 338, 347, 356, 366, 375, 384, 394, 403, 412, 422, 431, 440, 450, 459, 468, 478, 487, 496, 506, 515, 524, 534, 543, 552, 562, 571, 580, 590, 599, 608, 618, 627, 636, 646, 655, 664, 674, 683, 692, 702, 711, 720, 730, 739, 748, 758, 767, 776, 1, 10, 19, 29, 38, 47, 57, 66, 75, 85, 94, 103, 113, 122, 131, 141, 150, 159, 169, 178, 187, 197, 206, 215, 225, 234, 243, 253, 262, 271, 281, 290, 299, 309, 318, 327, 337, 346, 355, 365, 374, 383, 393, 402, 411, 421, 430, 439, 449, 458, 467, 477, 486, 495, 505, 514, 523, 533, 542, 551, 561, 570, 579, 589, 598, 607, 617, 626, 635, 645, 654, 663, 673, 682, 691, 701, 710, 719, 729, 738, 747, 757, 766, 775, 0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120, 132, 144, 156, 168, 180, 192, 204, 216, 228, 240, 252, 264, 276, 288, 300, 312, 324, 336, 348, 360, 372, 384, 396, 408, 420, 432, 444, 456, 468, 480, 492, 504, 516, 528, 540, 552, 564, 576, 588, 600, 612, 624, 636, 648, 660, 672, 684, 696, 707, 718, 729, 740, 751, 762, 773, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 0, 9, 17, 28, 37, 45, 56, 65, 73, 84, 93, 101, 112, 121, 129, 140, 149, 157, 168, 177, 185, 196, 205, 213, 224, 233, 241, 252, 261, 269, 280, 289, 297, 308, 317, 325, 336, 345, 353, 364, 373, 381, 392, 401, 409, 420, 429, 437, 448, 457, 465, 476, 485, 493, 504, 513, 521, 532, 541, 549, 560, 569, 577, 588, 597, 605, 616, 625, 633, 644, 653, 661, 672, 681, 689, 700, 709, 717, 728, 737, 745, 756, 765, 773, 3, 12, 20, 31, 40, 48, 59, 68, 76, 87, 96, 104, 115, 124, 132, 143, 152, 160, 171, 180, 188, 199, 208, 216, 227, 236, 244, 255, 264, 272, 283, 292, 300, 311, 320, 328, 339, 348, 356, 367, 376, 384, 395, 404, 412, 423, 432, 440, 451, 460, 468, 479, 488, 496, 507, 516, 524, 535, 544, 552, 563, 572, 580, 591, 600, 608, 619, 628, 636, 647, 656, 664, 675, 684, 692, 703, 712, 720, 731, 740, 748, 2, 11, 20, 30, 39, 48, 58, 67, 76, 86, 95, 104, 114, 123, 132, 142, 151, 160, 170, 179, 188, 198, 207, 216, 226, 235, 244, 254, 263, 272, 282, 291, 300, 310, 319, 328, 338, 347, 356, 366, 375, 384, 394, 403, 412, 422, 431, 440, 450, 459, 468, 478, 487, 496, 506, 515, 524, 534, 543, 552, 562, 571, 580, 590, 599, 608, 618, 627, 636, 646, 655, 664, 674, 683, 692, 702, 711, 720, 730, 739, 748, 1, 10, 19, 29, 38, 47, 57, 66, 75, 85, 94, 103, 113, 122, 131, 141, 150, 159, 169, 178, 187, 197, 206, 215, 225, 234, 243, 253, 262, 271, 281, 290, 299, 309, 318, 327, 337, 346, 355, 365, 374, 383, 393, 402, 411, 421, 430, 439, 449, 458, 467, 477, 486, 495, 505, 514, 523, 533, 542, 551, 561, 570, 579, 589, 598, 607, 617, 626, 635, 645, 654, 663, 673, 682, 691, 701, 710, 719, 729, 738, 747, 0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120, 132, 144, 156, 168, 180, 192, 204, 216, 228, 240, 252, 264, 276, 288, 300, 312, 324, 336, 348, 360, 372, 384, 396, 408, 420, 432, 444, 456, 468, 480, 492, 504, 516, 528, 540, 552, 564, 576, 588, 600, 612, 624, 636, 648, 660, 672, 684, 696, 708, 720, 732, 744, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 0, 9, 17, 28, 37, 45, 56, 65, 73, 84, 93, 101, 112, 121, 129, 140, 149, 157, 168, 177, 185, 196, 205, 213, 224, 233, 241, 252, 261, 269, 280, 289, 297, 308, 317, 325, 336, 345, 353, 364, 373, 381, 392, 401, 409, 420, 429, 437, 448, 457, 465, 476, 485, 493, 504, 513, 521, 532, 541, 549, 560, 569, 577, 588, 597, 605, 616, 625, 633, 644, 653, 661, 672, 681, 689, 700, 709, 717, 728, 737, 745, 3, 12, 20, 31, 40, 48, 59, 68, 76, 87, 96, 104, 115, 124, 132, 143, 152, 160, 171, 180, 188, 199, 208, 216, 227, 236, 244, 255, 264, 272, 283, 292, 300, 311, 320, 328, 339, 348, 356, 367, 376, 384, 395, 404, 412, 423, 432, 440, 451, 460, 468, 479, 488, 496, 507, 516, 524, 535, 544, 552, 563, 572, 580, 591, 600, 608, 619, 628, 636, 647, 656, 664, 675, 684, 692, 703, 712, 720, 2, 11, 20, 30, 39, 48, 58, 67, 76, 86, 95, 104, 114, 123, 132, 142, 151, 160, 170, 179, 188, 198, 207, 216, 226, 235, 244, 254, 263, 272, 282, 291, 300, 310, 319, 328, 338, 347, 356, 366, 375, 384, 394, 403, 412, 422, 431, 440, 450, 459, 468, 478, 487, 496, 506, 515, 524, 534, 543, 552, 562, 571, 580, 590, 599, 608, 618, 627, 636, 646, 655, 664, 674, 683, 692, 702, 711, 720, 1, 10, 19, 29, 38, 47, 57, 66, 75, 85, 94, 103, 113, 122, 131, 141, 150, 159, 169, 178, 187, 197, 206, 215, 225, 234, 243, 253, 262, 271, 281, 290, 299, 309, 318, 327, 337, 346, 355, 365, 374, 383, 393, 402, 411, 421, 430, 439, 449, 458, 467, 477, 486, 495, 505, 514, 523, 533, 542, 551, 561, 570, 579, 589, 598, 607, 617, 626, 635, 645, 654, 663, 673, 682, 691, 701, 710, 719, 0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120, 132, 144, 156, 168, 180, 192, 204, 216, 228, 240, 252, 264, 276, 288, 300, 312, 324, 336, 348, 360, 372, 384, 396, 408, 420, 432, 444, 456, 468, 480, 492, 504, 516, 528, 540, 552, 564, 576, 588, 600, 612, 624, 636, 648, 660, 672, 684, 695, 706, 717, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 0, 9, 17, 28, 37, 45, 56, 65, 73, 84, 93, 101, 112, 121, 129, 140, 149, 157, 168, 177, 185, 196, 205, 213, 224, 233, 241, 252, 261, 269, 280, 289, 297, 308, 317, 325, 336, 345, 353, 364, 373, 381, 392, 401, 409, 420, 429, 437, 448, 457, 465, 476, 485, 493, 504, 513, 521, 532, 541, 549, 560, 569, 577, 588, 597, 605, 616, 625, 633, 644, 653, 661, 672, 681, 689, 700, 709, 717, 3, 12, 20, 31, 40, 48, 59, 68, 76, 87, 96, 104, 115, 124, 132, 143, 152, 160, 171, 180, 188, 199, 208, 216, 227, 236, 244, 255, 264, 272, 283, 292, 300, 311, 320, 328, 339, 348, 356, 367, 376, 384, 395, 404, 412, 423, 432, 440, 451, 460, 468, 479, 488, 496, 507, 516, 524, 535, 544, 552, 563, 572, 580, 591, 600, 608, 619, 628, 636, 647, 656, 664, 675, 684, 692, 2, 11, 20, 30, 39, 48, 58, 67, 76, 86, 95, 104, 114, 123, 132, 142, 151, 160, 170, 179, 188, 198, 207, 216, 226, 235, 244, 254, 263, 272, 282, 291, 300, 310, 319, 328, 338, 347, 356, 366, 375, 384, 394, 403, 412, 422, 431, 440, 450, 459, 468, 478, 487, 496, 506, 515, 524, 534, 543, 552, 562, 571, 580, 590, 599, 608, 618, 627, 636, 646, 655, 664, 674, 683, 692, 1, 10, 19, 29, 38, 47, 57, 66, 75, 85, 94, 103, 113, 122, 131, 141, 150, 159, 169, 178, 187, 197, 206, 215, 225, 234, 243, 253, 262, 271, 281, 290, 299, 309, 318, 327, 337, 346, 355, 365, 374, 383, 393, 402, 411, 421, 430, 439, 449, 458, 467, 477, 486, 495, 505, 514, 523, 533, 542, 551, 561, 570, 579, 589, 598, 607, 617, 626, 635, 645, 654, 663, 673, 682, 691, 0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120, 132, 144, 156, 168, 180, 192, 204, 216, 228, 240, 252, 264, 276, 288, 300, 312, 324, 336, 348, 360, 372, 384, 396, 408, 420, 432, 444, 456, 468, 480, 492, 504, 516, 528, 540, 552, 564, 576, 588, 600, 612, 623, 634, 645, 656, 667, 678, 689, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 0, 9, 17, 28, 37, 45, 56, 65, 73, 84, 93, 101, 112, 121, 129, 140, 149, 157, 168, 177, 185, 196, 205, 213, 224, 233, 241, 252, 261, 269, 280, 289, 297, 308, 317, 325, 336, 345, 353, 364, 373, 381, 392, 401, 409, 420, 429, 437, 448, 457, 465, 476, 485, 493, 504, 513, 521, 532, 541, 549, 560, 569, 577, 588, 597, 605, 616, 625, 633, 644, 653, 661, 672, 681, 689 };
static const int64_t mnist_decoder_dx_ct_off[3744] = { 0, 9, 17, 28, 37, 45, 56, 65, 73, 84, 93, 101, 112, 121, 129, 140, 149, 157, 168, 177, 185, 196, 205, 213, 224, 233, 241, 252, 261, 269, 280, 289, 297, 308, 317, 325, 336, 345, 353, 364, 373, 381, 392, 401, 409, 420, 429, 437, 448, 457, 465, 476, 485, 493, 504, 513, 521, 532, 541, 549, 560, 569, 577, 588, 597, 605, 616, 625, 633, 644, 653, 661, 672, 681, 689, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120, 132, 144, 156, 168, 180, 192, 204, 216, 228, 240, 252, 264, 276, 288, 300, 312, 324, 336, 348, 360, 372, 384, 396, 408, 420, 432, 444, 456, 468, 480, 492, 504, 516, 528, 540, 552, 564, 576, 588, 600, 612, 623, 634, 645, 656, 667, 678, 689, 1, 10, 19, 29, 38, 47, 57, 66, 75, 85, 94, 103, 113, 122, 131, 141, 150, 159, 169, 178, 187, 197, 206, 215, 225, 234, 243, 253, 262, 271, 281, 290, 299, 309, 318, 327, 337, 346, 355, 365, 374, 383, 393, 402, 411, 421, 430, 439, 449, 458, 467, 477, 486, 495, 505, 514, 523, 533, 542, 551, 561, 570, 579, 589, 598, 607, 617, 626, 635, 645, 654, 663, 673, 682, 691, 2, 11, 20, 30, 39, 48, 58, 67, 76, 86, 95, 104, 114, 123, 132, 142, 151, 160, 170, 179, 188, 198, 207, 216, 226, 235, 244, 254, 263, 272, 282, 291, 300, 310, 319, 328, 338, 347, 356, 366, 375, 384, 394, 403, 412, 422, 431, 440, 450, 459, 468, 478, 487, 496, 506, 515, 524, 534, 543, 552, 562, 571, 580, 590, 599, 608, 618, 627, 636, 646, 655, 664, 674, 683, 692, 3, 12, 20, 31, 40, 48, 59, 68, 76, 87, 96, 104, 115, 124, 132, 143, 152, 160, 171, 180, 188, 199, 208, 216, 227, 236, 244, 255, 264, 272, 283, 292, 300, 311, 320, 328, 339, 348, 356, 367, 376, 384, 395, 404, 412, 423, 432, 440, 451, 460, 468, 479, 488, 496, 507, 516, 524, 535, 544, 552, 563, 572, 580, 591, 600, 608, 619, 628, 636, 647, 656, 664, 675, 684, 692, 0, 9, 17, 28, 37, 45, 56, 65, 73, 84, 93, 101, 112, 121, 129, 140, 149, 157, 168, 177, 185, 196, 205, 213, 224, 233, 241, 252, 261, 269, 280, 289, 297, 308, 317, 325, 336, 345, 353, 364, 373, 381, 392, 401, 409, 420, 429, 437, 448, 457, 465, 476, 485, 493, 504, 513, 521, 532, 541, 549, 560, 569, 577, 588, 597, 605, 616, 625, 633, 644, 653, 661, 672, 681, 689, 700, 709, 717, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120, 132, 144, 156, 168, 180, 192, 204, 216, 228, 240, 252, 264, 276, 288, 300, 312, 324, 336, 348, 360, 372, 384, 396, 408, 420, 432, 444, 456, 468, 480, 492, 504, 516, 528, 540, 552, 564, 576, 588, 600, 612, 624, 636, 648, 660, 672, 684, 695, 706, 717, 1, 10, 19, 29, 38, 47, 57, 66, 75, 85, 94, 103, 113, 122, 131, 141, 150, 159, 169, 178, 187, 197, 206, 215, 225, 234, 243, 253, 262, 271, 281, 290, 299, 309, 318, 327, 337, 346, 355, 365, 374, 383, 393, 402, 411, 421, 430, 439, 449, 458, 467, 477, 486, 495, 505, 514, 523, 533, 542, 551, 561, 570, 579, 589, 598, 607, 617, 626, 635, 645, 654, 663, 673, 682, 691, 701, 710, 719, 2, 11, 20, 30, 39, 48, 58, 67, 76, 86, 95, 104, 114, 123, 132, 142, 151, 160, 170, 179, 188, 198, 207, 216, 226, 235, 244, 254, 263, 272, 282, 291, 300, 310, 319, 328, 338, 347, 356, 366, 375, 384, 394, 403, 412, 422, 431, 440, 450, 459, 468, 478, 487, 496, 506, 515, 524, 534, 543, 552, 562, 571, 580, 590, 599, 608, 618, 627, 636, 646, 655, 664, 674, 683, 692, 702, 711, 720, 3, 12, 20, 31, 40, 48, 59, 68, 76, 87, 96, 104, 115, 124, 132, 143, 152, 160, 171, 180, 188, 199, 208, 216, 227, 236, 244, 255, 264, 272, 283, 292, 300, 311, 320, 328, 339, 348, 356, 367, 376, 384, 395, 404, 412, 423, 432, 440, 451, 460, 468, 479, 488, 496, 507, 516, 524, 535, 544, 552, 563, 572, 580, 591, 600, 608, 619, 628, 636, 647, 656, 664, 675, 684, 692, 703, 712, 720, 0, 9, 17, 28, 37, 45, 56, 65, 73, 84, 93, 101, 112, 121, 129, 140, 149, 157, 168, 177, 185, 196, 205, 213, 224, 233, 241, 252, 261, 269, 280, 289, 297, 308, 317, 325, 336, 345, 353, 364, 373, 381, 392, 401, 409, 420, 429, 437, 448, 457, 465, 476, 485, 493, 504, 513, 521, 532, 541, 549, 560, 569, 577, 588, 597, 605, 616, 625, 633, 644, 653, 661, 672, 681, 689, 700, 709, 717, 728, 737, 745, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120, 132, 144, 156, 168, 180, 192, 204, 216, 228, 240, 252, 264, 276, 288, 300, 312, 324, 336, 348, 360, 372, 384, 396, 408, 420, 432, 444, 456, 468, 480, 492, 504, 516, 528, 540, 552, 564, 576, 588, 600, 612, 624, 636, 648, 660, 672, 684, 696, 708, 720, 732, 744, 1, 10, 19, 29, 38, 47, 57, 66, 75, 85, 94, 103, 113, 122, 131, 141, 150, 159, 169, 178, 187, 197, 206, 215, 225, 234, 243, 253, 262, 271, 281, 290, 299, 309, 318, 327, 337, 346, 355, 365, 374, 383, 393, 402, 411, 421, 430, 439, 449, 458, 467, 477, 486, 495, 505, 514, 523, 533, 542, 551, 561, 570, 579, 589, 598, 607, 617, 626, 635, 645, 654, 663, 673, 682, 691, 701, 710, 719, 729, 738, 747, 2, 11, 20, 30, 39, 48, 58, 67, 76, 86, 95, 104, 114, 123, 132, 142, 151, 160, 170, 179, 188, 198, 207, 216, 226, 235, 244, 254, 263, 272, 282, 291, 300, 310, 319, 328, 338, 347, 356, 366, 375, 384, 394, 403, 412, 422, 431, 440, 450, 459, 468, 478, 487, 496, 506, 515, 524, 534, 543, 552, 562, 571, 580, 590, 599, 608, 618, 627, 636, 646, 655, 664, 674, 683, 692, 702, 711, 720, 730, 739, 748, 3, 12, 20, 31, 40, 48, 59, 68, 76, 87, 96, 104, 115, 124, 132, 143, 152, 160, 171, 180, 188, 199, 208, 216, 227, 236, 244, 255, 264, 272, 283, 292, 300, 311, 320, 328, 339, 348, 356, 367, 376, 384, 395, 404, 412, 423, 432, 440, 451, 460, 468, 479, 488, 496, 507, 516, 524, 535, 544, 552, 563, 572, 580, 591, 600, 608, 619, 628, 636, 647, 656, 664, 675, 684, 692, 703, 712, 720, 731, 740, 748, 0, 9, 17, 28, 37, 45, 56, 65, 73, 84, 93, 101, 112, 121, 129, 140, 149, 157, 168, 177, 185, 196, 205, 213, 224, 233, 241, 252, 261, 269, 280, 289, 297, 308, 317, 325, 336, 345, 353, 364, 373, 381, 392, 401, 409, 420, 429, 437, 448, 457, 465, 476, 485, 493, 504, 513, 521, 532, 541, 549, 560, 569, 577, 588, 597, 605, 616, 625, 633, 644, 653, 661, 672, 681, 689, 700, 709, 717, 728, 737, 745, 756, 765, 773, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 0, 9, 18, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120, 132, 144, 156, 168, 180, 192, 204, 216, 228, 240, 252, 264, 276, 288, 300, 312, 324, 336, 348, 360, 372, 384, 396, 408, 420, 432, 444, 456, 468, 480, 492, 504, 516, 528, 540, 552, 564, 576, 588, 600, 612, 624, 636, 648, 660, 672, 684, 696, 707, 718, 729, 740, 751, 762, 773, 1, 10, 19, 29, 38, 47, 57, 66, 75, 85, 94, 103, 113, 122, 131, 141, 150, 159, 169, 178, 187, 197, 206, 215, 225, 234, 243, 253, 262, 271, 281, 290, 299, 309, 318, 327, 337, 346, 355, 365, 374, 383, 393, 402, 411, 421, 430, 439, 449, 458, 467, 477, 486, 495, 505, 514, 523, 533, 542, 551, 561, 570, 579, 589, 598, 607, 617, 626, 635, 645, 654, 663, 673, 682, 691, 701, 710, 719, 729, 738, 747, 757, 766, 775, 2, 11, 20, 30, 39, 48, 58, 67, 76, 86, 95, 104, 114, 123, 132, 142, 151, 160, 170, 179, 188, 198, 207, 216, 226, 235, 244, 254, 263, 272, 282, 291, 300, 310, 319, 328, 338, 347, 356, 366, 375, 384, 394, 403, 412, 422, 431, 440, 450, 459, 468, 478, 487, 496, 506, 515, 524, 534, 543, 552, 562, 571, 580, 590, 599, 608, 618, 627, 636, 646, 655, 664, 674, 683, 692, 702, 711, 720, 730, 739, 748, 758, 767, 776, 3, 12, 20, 31, 40, 48, 59, 68, 76, 87, 96, 104, 115, 124, 132, 143, 152, 160, 171, 180, 188, 199, 208, 216, 227, 236, 244, 255, 264, 272, 283, 292, 300, 311, 320, 328, 339, 348, 356, 367, 376, 384, 395, 404, 412, 423, 432, 440, 451, 460, 468, 479, 488, 496, 507, 516, 524, 535, 544, 552, 563, 572, 580, 591, 600, 608, 619, 628, 636, 647, 656, 664, 675, 684, 692, 703, 712, 720, 731, 740, 748, 759, 768, 776, 28, 37, 45, 56, 65, 73, 84, 93, 101, 112, 121, 129, 140, 149, 157, 168, 177, 185, 196, 205, 213, 224, 233, 241, 252, 261, 269, 280, 289, 297, 308, 317, 325, 336, 345, 353, 364, 373, 381, 392, 401, 409, 420, 429, 437, 448, 457, 465, 476, 485, 493, 504, 513, 521, 532, 541, 549, 560, 569, 577, 588, 597, 605, 616, 625, 633, 644, 653, 661, 672, 681, 689, 700, 709, 717, 728, 737, 745, 756, 765, 773, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 28, 37, 46, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 28, 40, 52, 64, 76, 88, 100, 112, 124, 136, 148, 160, 172, 184, 196, 208, 220, 232, 244, 256, 268, 280, 292, 304, 316, 328, 340, 352, 364, 376, 388, 400, 412, 424, 436, 448, 460, 472, 484, 496, 508, 520, 532, 544, 556, 568, 580, 592, 604, 616, 628, 640, 652, 664, 676, 688, 700, 712, 724, 736, 748, 760, 772, 29, 38, 47, 57, 66, 75, 85, 94, 103, 113, 122, 131, 141, 150, 159, 169, 178, 187, 197, 206, 215, 225, 234, 243, 253, 262, 271, 281, 290, 299, 309, 318, 327, 337, 346, 355, 365, 374, 383, 393, 402, 411, 421, 430, 439, 449, 458, 467, 477, 486, 495, 505, 514, 523, 533, 542, 551, 561, 570, 579, 589, 598, 607, 617, 626, 635, 645, 654, 663, 673, 682, 691, 701, 710, 719, 729, 738, 747, 757, 766, 775, 30, 39, 48, 58, 67, 76, 86, 95, 104, 114, 123, 132, 142, 151, 160, 170, 179, 188, 198, 207, 216, 226, 235, 244, 254, 263, 272, 282, 291, 300, 310, 319, 328, 338, 347, 356, 366, 375, 384, 394, 403, 412, 422, 431, 440, 450, 459, 468, 478, 487, 496, 506, 515, 524, 534, 543, 552, 562, 571, 580, 590, 599, 608, 618, 627, 636, 646, 655, 664, 674, 683, 692, 702, 711, 720, 730, 739, 748, 758, 767, 776, 31, 40, 48, 59, 68, 76, 87, 96, 104, 115, 124, 132, 143, 152, 160, 171, 180, 188, 199, 208, 216, 227, 236, 244, 255, 264, 272, 283, 292, 300, 311, 320, 328, 339, 348, 356, 367, 376, 384, 395, 404, 412, 423, 432, 440, 451, 460, 468, 479, 488, 496, 507, 516, 524, 535, 544, 552, 563, 572, 580, 591, 600, 608, 619, 628, 636, 647, 656, 664, 675, 684, 692, 703, 712, 720, 731, 740, 748, 759, 768, 776, 56, 65, 73, 84, 93, 101, 112, 121, 129, 140, 149, 157, 168, 177, 185, 196, 205, 213, 224, 233, 241, 252, 261, 269, 280, 289, 297, 308, 317, 325, 336, 345, 353, 364, 373, 381, 392, 401, 409, 420, 429, 437, 448, 457, 465, 476, 485, 493, 504, 513, 521, 532, 541, 549, 560, 569, 577, 588, 597, 605, 616, 625, 633, 644, 653, 661, 672, 681, 689, 700, 709, 717, 728, 737, 745, 756, 765, 773, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 56, 65, 74, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 56, 68, 80, 92, 104, 116, 128, 140, 152, 164, 176, 188, 200, 212, 224, 236, 248, 260, 272, 284, 296, 308, 320, 332, 344, 356, 368, 380, 392, 404, 416, 428, 440, 452, 464, 476, 488, 500, 512, 524, 536, 548, 560, 572, 584, 596, 608, 620, 632, 644, 656, 668, 680, 692, 704, 716, 728, 740, 751, 762, 773, 57, 66, 75, 85, 94, 103, 113, 122, 131, 141, 150, 159, 169, 178, 187, 197, 206, 215, 225, 234, 243, 253, 262, 271, 281, 290, 299, 309, 318, 327, 337, 346, 355, 365, 374, 383, 393, 402, 411, 421, 430, 439, 449, 458, 467, 477, 486, 495, 505, 514, 523, 533, 542, 551, 561, 570, 579, 589, 598, 607, 617, 626, 635, 645, 654, 663, 673, 682, 691, 701, 710, 719, 729, 738, 747, 757, 766, 775, 58, 67, 76, 86, 95, 104, 114, 123, 132, 142, 151, 160, 170, 179, 188, 198, 207, 216, 226, 235, 244, 254, 263, 272, 282, 291, 300, 310, 319, 328, 338, 347, 356, 366, 375, 384, 394, 403, 412, 422, 431, 440, 450, 459, 468, 478, 487, 496, 506, 515, 524, 534, 543, 552, 562, 571, 580, 590, 599, 608, 618, 627, 636, 646, 655, 664, 674, 683, 692, 702, 711, 720, 730, 739, 748, 758, 767, 776, 59, 68, 76, 87, 96, 104, 115, 124, 132, 143, 152, 160, 171, 180, 188, 199, 208, 216, 227, 236, 244, 255, 264, 272, 283, 292, 300, 311, 320, 328, 339, 348, 356, 367, 376, 384, 395, 404, 412, 423, 432, 440, 451, 460, 468, 479, 488, 496, 507, 516, 524, 535, 544, 552, 563, 572, 580, 591, 600, 608, 619, 628, 636, 647, 656, 664, 675, 684, 692, 703, 712, 720, 731, 740, 748, 759, 768, 776, 84, 93, 101, 112, 121, 129, 140, 149, 157, 168, 177, 185, 196, 205, 213, 224, 233, 241, 252, 261, 269, 280, 289, 297, 308, 317, 325, 336, 345, 353, 364, 373, 381, 392, 401, 409, 420, 429, 437, 448, 457, 465, 476, 485, 493, 504, 513, 521, 532, 541, 549, 560, 569, 577, 588, 597, 605, 616, 625, 633, 644, 653, 661, 672, 681, 689, 700, 709, 717, 728, 737, 745, 756, 765, 773, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 84, 93, 102, 112, 121, 130, 140, 149, 158, 168, 177, 186, 196, 205, 214, 224, 233, 242, 252, 261, 270, 280, 289, 298, 308, 317, 326, 336, 345, 354, 364, 373, 382, 392, 401, 410, 420, 429, 438, 448, 457, 466, 476, 485, 494, 504, 513, 522, 532, 541, 550, 560, 569, 578, 588, 597, 606, 616, 625, 634, 644, 653, 662, 672, 681, 690, 700, 709, 718, 728, 737, 746, 756, 765, 774, 84, 96, 108, 120, 132, 144, 156, 168, 180, 192, 204, 216, 228, 240, 252, 264, 276, 288, 300, 312, 324, 336, 348, 360, 372, 384, 396, 408, 420, 432, 444, 456, 468, 480, 492, 504, 516, 528, 540, 552, 564, 576, 588, 600, 612, 624, 636, 648, 660, 672, 684, 696, 707, 718, 729, 740, 751, 762, 773, 85, 94, 103, 113, 122, 131, 141, 150, 159, 169, 178, 187, 197, 206, 215, 225, 234, 243, 253, 262, 271, 281, 290, 299, 309, 318, 327, 337, 346, 355, 365, 374, 383, 393, 402, 411, 421, 430, 439, 449, 458, 467, 477, 486, 495, 505, 514, 523, 533, 542, 551, 561, 570, 579, 589, 598, 607, 617, 626, 635, 645, 654, 663, 673, 682, 691, 701, 710, 719, 729, 738, 747, 757, 766, 775, 86, 95, 104, 114, 123, 132, 142, 151, 160, 170, 179, 188, 198, 207, 216, 226, 235, 244, 254, 263, 272, 282, 291, 300, 310, 319, 328, 338, 347, 356, 366, 375, 384, 394, 403, 412, 422, 431, 440, 450, 459, 468, 478, 487, 496, 506, 515, 524, 534, 543, 552, 562, 571, 580, 590, 599, 608, 618, 627, 636, 646, 655, 664, 674, 683, 692, 702, 711, 720, 730, 739, 748, 758, 767, 776, 87, 96, 104, 115, 124, 132, 143, 152, 160, 171, 180, 188, 199, 208, 216, 227, 236, 244, 255, 264, 272, 283, 292, 300, 311, 320, 328, 339, 348, 356, 367, 376, 384, 395, 404, 412, 423, 432, 440, 451, 460, 468, 479, 488, 496, 507, 516, 524, 535, 544, 552, 563, 572, 580, 591, 600, 608, 619, 628, 636, 647, 656, 664, 675, 684, 692, 703, 712, 720, 731, 740, 748, 759, 768, 776 };
static const unsigned char mnist_decoder_dx_ct_kind[3744] = { 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3 };

/* one register tile t of the channels tile over the runs: input x (channel plane stride 784), tile [position][channel] c */
static void mnist_decoder_dx_run_tile(int64_t t, int64_t nc, const double *restrict a, const double *restrict x, double *restrict c, int first)
{
    switch (mnist_decoder_dx_ct_kind[t]) {
    case 0:  /* 1 x 12 */
        mnist_decoder_dx_micro_c12(nc, a, x, 784L, c, 32L, first);
        break;
    case 1:  /* 1 x 11 */
        mnist_decoder_dx_micro_c11(nc, a, x, 784L, c, 32L, first);
        break;
    case 2:  /* 1 x 9 */
        mnist_decoder_dx_micro_c9(nc, a, x, 784L, c, 32L, first);
        break;
    default:  /* 1 x 8 */
        mnist_decoder_dx_micro_c8(nc, a, x, 784L, c, 32L, first);
        break;
    }
}

/* small passes of nb samples: the channels micro-kernel over each tap's runs only, reading the input in place (no
 * packing, no product of a zero outside the input); the phase tiles are [sample][position][out channel] */
static void mnist_decoder_dx_channel_runs(int64_t nb, const double *restrict xg, const double *restrict pg, double *restrict tiles)
{
    {  /* phase 0: 49 tap(s), extent 28 x 28 */
        double *restrict tp = tiles + 0L;
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 24: 1 run(s), 66 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (24 * 1 + c0) * 16;
            const int first = c0 == 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 1839; t < 1905; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 0: 25 run(s), 75 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (0 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 0; t < 75; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 1: 25 run(s), 75 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (1 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 75; t < 150; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 2: 25 run(s), 75 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (2 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 150; t < 225; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 3: 1 run(s), 59 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (3 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 225; t < 284; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 4: 25 run(s), 75 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (4 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 284; t < 359; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 5: 25 run(s), 75 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (5 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 359; t < 434; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 6: 25 run(s), 75 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (6 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 434; t < 509; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 7: 26 run(s), 78 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (7 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 509; t < 587; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 8: 26 run(s), 78 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (8 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 587; t < 665; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 9: 26 run(s), 78 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (9 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 665; t < 743; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 10: 1 run(s), 61 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (10 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 743; t < 804; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 11: 26 run(s), 78 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (11 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 804; t < 882; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 12: 26 run(s), 78 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (12 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 882; t < 960; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 13: 26 run(s), 78 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (13 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 960; t < 1038; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 14: 27 run(s), 81 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (14 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 1038; t < 1119; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 15: 27 run(s), 81 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (15 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 1119; t < 1200; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 16: 27 run(s), 81 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (16 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 1200; t < 1281; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 17: 1 run(s), 63 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (17 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 1281; t < 1344; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 18: 27 run(s), 81 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (18 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 1344; t < 1425; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 19: 27 run(s), 81 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (19 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 1425; t < 1506; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 20: 27 run(s), 81 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (20 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 1506; t < 1587; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 21: 28 run(s), 84 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (21 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 1587; t < 1671; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 22: 28 run(s), 84 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (22 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 1671; t < 1755; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 23: 28 run(s), 84 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (23 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 1755; t < 1839; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 25: 28 run(s), 84 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (25 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 1905; t < 1989; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 26: 28 run(s), 84 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (26 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 1989; t < 2073; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 27: 28 run(s), 84 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (27 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 2073; t < 2157; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 28: 27 run(s), 81 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (28 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 2157; t < 2238; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 29: 27 run(s), 81 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (29 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 2238; t < 2319; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 30: 27 run(s), 81 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (30 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 2319; t < 2400; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 31: 1 run(s), 63 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (31 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 2400; t < 2463; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 32: 27 run(s), 81 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (32 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 2463; t < 2544; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 33: 27 run(s), 81 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (33 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 2544; t < 2625; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 34: 27 run(s), 81 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (34 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 2625; t < 2706; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 35: 26 run(s), 78 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (35 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 2706; t < 2784; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 36: 26 run(s), 78 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (36 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 2784; t < 2862; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 37: 26 run(s), 78 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (37 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 2862; t < 2940; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 38: 1 run(s), 61 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (38 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 2940; t < 3001; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 39: 26 run(s), 78 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (39 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 3001; t < 3079; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 40: 26 run(s), 78 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (40 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 3079; t < 3157; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 41: 26 run(s), 78 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (41 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 3157; t < 3235; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 42: 25 run(s), 75 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (42 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 3235; t < 3310; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 43: 25 run(s), 75 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (43 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 3310; t < 3385; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 44: 25 run(s), 75 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (44 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 3385; t < 3460; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 45: 1 run(s), 59 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (45 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 3460; t < 3519; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 46: 25 run(s), 75 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (46 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 3519; t < 3594; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 47: 25 run(s), 75 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (47 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 3594; t < 3669; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
        for (int64_t c0 = 0; c0 < 1; c0 += 1) {  /* tap 48: 25 run(s), 75 tile(s) */
            const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
            const double *restrict at = pg + 0L + (48 * 1 + c0) * 16;
            const int first = 0;
            for (int64_t mb = 0; mb < 2; ++mb)  /* the weight panel stays in L1 */
                for (int64_t b = 0; b < nb; ++b)
                    for (int64_t t = 3669; t < 3744; ++t)
                        mnist_decoder_dx_run_tile(t, nc, at + mb * 784L, xg + b * 784L + c0 * 784L + mnist_decoder_dx_ct_off[t],
                                     tp + (b * 784L + mnist_decoder_dx_ct_pos[t]) * 32L + mb * 16, first);
        }
    }
}

/* The output in its own order: each row of y (y at the pass's first sample and the group's first channel) from the
 * phase tiles of its last axis, interleaved; the tile element of (channel a, sample b, flat position f) is at
 * a * ta + b * tb + f * tf of its phase tile */
static void mnist_decoder_dx_interleave(const double *const *tile_of, int64_t nb, int64_t ta, int64_t tb, int64_t tf, double *restrict y)
{
    for (int64_t a = 0; a < 32; ++a)
        for (int64_t b = 0; b < nb; ++b) {
            double *restrict yo = y + b * 25088L + a * 784L;
            const int64_t base = a * ta + b * tb;
            for (int64_t j0 = 0; j0 < 28; ++j0) {
                const int64_t p0 = mnist_decoder_dx_jph0[j0];
                const int64_t o0 = base + mnist_decoder_dx_ju0[j0] * tf;
                double *restrict yr = yo + j0 * 28L;
                const double *restrict t0 = tile_of[p0 * 1 + 0] + o0;
                for (int64_t u = 0; u < 28; ++u) {
                    yr[u] = t0[u * tf];
                }
            }
        }
}

/* The output rows of one chunk of grid rows [r0, r0 + nrow) of a pass (y at the pass's first sample and the group's
 * first channel), each interleaved from the phase tiles of its last axis while the chunk's tiles are in cache; the tile
 * element of (channel a, grid row g, position u of the row) is at a * ta + ((g - r0) * 28 + u) * tf */
static void mnist_decoder_dx_interleave_rows(const double *const *tile_of, int64_t r0, int64_t nrow, int64_t ta, int64_t tf, double *restrict y)
{
    for (int64_t a = 0; a < 32; ++a)
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
/* whether unit u of a pass is one of first, first + step, ... (a thread's share; 0, 1: all) */
static int mnist_decoder_dx_mine(int64_t u, int64_t first, int64_t step)
{
    return u >= first && (u - first) % step == 0;
}

#if defined(_OPENMP) && TCONV_SYM_THREADS > 1
/* the units of work of a pass of nb samples: per group, each chunk of rows (or the whole pass over the runs) */
static int64_t mnist_decoder_dx_units(int64_t nb)
{
    const int64_t rows = nb * 28;
    const int by_channels = 1;
    if (by_channels)
        return 1;
    int64_t chunks = 0;
    for (int64_t r0 = 0, nrow; r0 < rows; r0 += nrow, ++chunks)
        nrow = rows - r0 <= 28 ? rows - r0 : 28;
    return 1 * chunks;
}
#endif

static void mnist_decoder_dx_by_rows(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x, void *ws, int64_t unit0, int64_t step)
{
    int64_t unit = 0;  /* units of work in order: this call runs unit0, unit0 + step, ... */
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
        const int by_channels = 1;  /* every pass: the positions tile would compute border zeros */
        const int64_t tf = by_channels ? 32L : 1, ta = by_channels ? 1 : 792L;  /* tile layout */
        for (int64_t g = 0; g < 1; ++g) {
            const double *restrict xg = grad_y + b0 * 784L + g * 784L;
            const double *restrict pg = packed + g * 1568L;
            if (by_channels) {
                if (mnist_decoder_dx_mine(unit++, unit0, step)) {
                    mnist_decoder_dx_channel_runs(nb, xg, pg, tiles);
                    mnist_decoder_dx_interleave(tile_of, nb, ta, 784L * tf, tf,
                                   grad_x + b0 * 25088L + g * 25088L);
                }
                continue;
            }
            for (int64_t r0 = 0, nrow; r0 < rows; r0 += nrow) {  /* chunks of rows, the same on every phase grid */
                nrow = rows - r0 <= 28 ? rows - r0 : 28;  /* the last chunk takes what is left */
                if (!mnist_decoder_dx_mine(unit++, unit0, step))
                    continue;
                const int64_t ncol = nrow * 28;
                {  /* input block 0 (tap 0): read by 1 (phase, tap) pair(s) */
                    static const int64_t uw[1] = { 0 };  /* packed weights at c0 = 0 */
                    static const int64_t um[1] = { 784 };  /* ... per block of 16 out channels */
                    static const int64_t ut[1] = { 0 };  /* its phase tile */
                    static const char uf[1] = { 1 };  /* the tile's first sum */
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 0, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 1, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 2, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 3, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 4, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 5, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 6, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 7, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 8, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 9, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 10, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 11, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 12, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 13, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 14, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 15, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 16, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 17, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 18, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 19, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 20, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 21, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 22, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 23, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 24, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 25, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 26, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 27, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 28, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 29, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 30, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 31, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 32, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 33, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 34, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 35, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 36, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 37, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 38, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 39, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 40, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 41, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 42, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 43, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 44, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 45, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 46, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 47, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                    for (int64_t c0 = 0; c0 < 1; c0 += 1) {
                        const int64_t nc = 1 - c0 < 1 ? 1 - c0 : 1;
                        mnist_decoder_dx_pack_b(xg + c0 * 784L, nc, 48, r0, nrow, bp);
                        /* whole tiles of 24 positions, then the last columns: a narrow tile, or (a tail of at most one vector after a
                         * whole tile) two 2-vector tiles instead of a whole one and a 1-vector one */
                        const int64_t tail = ncol % 24;
                        const int64_t body = ncol - tail - (tail > 0 && tail <= 8 && ncol > 24 ? 24 : 0);
                        for (int64_t f0 = 0; f0 < body; f0 += 24)  /* the input sliver stays in L1 for every user's rows */
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8)
                                    mnist_decoder_dx_micro_p3(nc, at + m0 / 16 * um[q] + m0 % 16, bp + f0, 792L,
                                                     tp + m0 * 792L + f0, 792L, first);
                            }
                        for (int64_t f0 = body; f0 < ncol;) {
                            const int64_t left = ncol - f0;
                            const int64_t width = left > 24 ? 16 : 24;
                            for (int64_t q = 0; q < 1; ++q) {
                                const double *restrict at = pg + uw[q] + c0 * 16;
                                double *restrict tp = tiles + ut[q];
                                const int first = uf[q] && c0 == 0;
                                for (int64_t m0 = 0; m0 < 32; m0 += 8) {
                                    const double *restrict am = at + m0 / 16 * um[q] + m0 % 16;
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
                mnist_decoder_dx_interleave_rows(tile_of, r0, nrow, ta, tf, grad_x + b0 * 25088L + g * 25088L);
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
        total += mnist_decoder_dx_units(rest - p * 1 < 1 ? rest - p * 1 : 1);
    if (total > 1) {
#pragma omp parallel num_threads(TCONV_SYM_THREADS)
        {
            const int64_t id = omp_get_thread_num(), count = omp_get_num_threads();
            char *mine = (char *)ws + id * mnist_decoder_dx_WORKSPACE_BYTES_PER_THREAD;
            int64_t u0 = groups;  /* the first unit of the pass */
            for (int64_t p = 0; p < passes; ++p) {
                const int64_t b0 = groups * 1 + p * 1L, nb = n - b0 < 1 ? n - b0 : 1;
                const int64_t units = mnist_decoder_dx_units(nb), first = ((id - u0) % count + count) % count;
                if (first < units)
                    mnist_decoder_dx_by_rows(nb, grad_y + b0 * 784L, packed, grad_x + b0 * 25088L, mine, first, count);
                u0 += units;
            }
        }
        return;
    }
#endif
    for (int64_t p = 0; p < passes; ++p) {
        const int64_t b0 = groups * 1 + p * 1L, nb = n - b0 < 1 ? n - b0 : 1;
        mnist_decoder_dx_by_rows(nb, grad_y + b0 * 784L, packed, grad_x + b0 * 25088L, ws, 0, 1);
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
    if (n < 0 || n > INT64_MAX / (25088L * (int64_t)sizeof(double)))
        return TCONV_SYM_EBATCH;
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
