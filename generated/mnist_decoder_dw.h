/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:4f8058c202259fabe6f81713391f897cf234bb4c56695a6fb14cb2b013c50278
 */
#ifndef TCONV_SYM_MNIST_DECODER_DW_H
#define TCONV_SYM_MNIST_DECODER_DW_H

#include <stdint.h>

/*
 * weight: grad_w[t] = Σ grad_y·M_t·x for TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 *   x: n x 32 x 28 x 28 double, C order
 *   grad_y: n x 1 x 28 x 28 double, C order
 *   grad_w: 32 x 1 x 7 x 7 double, C order (written), summed over the batch
 * Memory: stack <= 96 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define MNIST_DECODER_DW_WORKSPACE_BYTES 0u
#define MNIST_DECODER_DW_STACK_BYTES 96u
#define MNIST_DECODER_DW_STATIC_BYTES 0u

void mnist_decoder_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w);

#endif /* TCONV_SYM_MNIST_DECODER_DW_H */
