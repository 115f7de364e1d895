/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:fe6cfe5b9ab50618c85e4b44fb9485be0f24cc4fe0821e0092d6d8cff117d43c
 */
#ifndef TCONV_SYM_MNIST_DECODER_DX_H
#define TCONV_SYM_MNIST_DECODER_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 *   grad_y: n x 1 x 28 x 28 double, C order
 *   w: 32 x 1 x 7 x 7 double, C order
 *   grad_x: n x 32 x 28 x 28 double, C order (written)
 * Memory: stack <= 14,592 B, static 11,148 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define MNIST_DECODER_DX_WORKSPACE_BYTES 0u
#define MNIST_DECODER_DX_STACK_BYTES 14592u
#define MNIST_DECODER_DX_STATIC_BYTES 11148u

void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_MNIST_DECODER_DX_H */
