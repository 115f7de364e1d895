/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:cd2765be54e90d9feac7744b57f38ebc5dfd7393a28dc8f9cf414ba92bf22d90
 */
#ifndef TCONV_SYM_MNIST_DECODER_DW_H
#define TCONV_SYM_MNIST_DECODER_DW_H

#include <stdint.h>

/*
 * weight: grad_w[t] = Σ grad_y·M_t·x for TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 *   x: n x 32 x 28 x 28 double, C order
 *   grad_y: n x 1 x 28 x 28 double, C order
 *   grad_w: 32 x 1 x 7 x 7 double, C order (written), summed over the batch
 * Memory: stack <= 96 B, static <= 0 B, workspace 0 B (bound, not compiled); no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define MNIST_DECODER_DW_WORKSPACE_BYTES 0u
#define MNIST_DECODER_DW_STACK_BYTES 96u
#define MNIST_DECODER_DW_STATIC_BYTES 0u

void mnist_decoder_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w);

/* mnist_decoder_dw with its contract checked: n >= 0, and the bytes of n
 * samples within int64_t; no NULL pointer; every array pointer aligned for double; grad_w overlapping no other array.
 * Runs mnist_decoder_dw and returns TCONV_SYM_OK (0), or returns an error code having read and written nothing. */
#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, n above the batch type, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes below the workspace the kernel needs */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for its element type (ws: for its stated alignment) */
#define TCONV_SYM_EOVERLAP 5    /* the output or the workspace overlaps another array */
#endif
int mnist_decoder_dw_checked(long n, const double *x, const double *grad_y, double *grad_w);

#endif /* TCONV_SYM_MNIST_DECODER_DW_H */
