/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:9a47b746b4b6a128e1f1dd7f9bc815c02fa63f9a3fb970704e1eaa15101767b5
 */
#ifndef TCONV_SYM_MNIST_DECODER_DX_H
#define TCONV_SYM_MNIST_DECODER_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 *   grad_y: n x 1 x 28 x 28 double, C order
 *   w: 32 x 1 x 7 x 7 double, C order
 *   grad_x: n x 32 x 28 x 28 double, C order (written)
 * Memory: stack <= 13,824 B, static 11,148 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define MNIST_DECODER_DX_WORKSPACE_BYTES 0u
#define MNIST_DECODER_DX_STACK_BYTES 13824u
#define MNIST_DECODER_DX_STATIC_BYTES 11148u

void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_MNIST_DECODER_DX_H */
