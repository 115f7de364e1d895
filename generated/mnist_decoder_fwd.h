/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:41a3b2ecf6846ca4e00aab09861ff0223deb6c2eeffb15e81a253200e19a61ba
 */
#ifndef TCONV_SYM_MNIST_DECODER_FWD_H
#define TCONV_SYM_MNIST_DECODER_FWD_H

#include <stdint.h>

/*
 * forward: y = Cᵀ·x for TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 *   x: n x 32 x 28 x 28 double, C order
 *   w: 32 x 1 x 7 x 7 double, C order
 *   y: n x 1 x 28 x 28 double, C order (written)
 * Memory: stack <= 215,616 B, static 11,756 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define MNIST_DECODER_FWD_WORKSPACE_BYTES 0u
#define MNIST_DECODER_FWD_STACK_BYTES 215616u
#define MNIST_DECODER_FWD_STATIC_BYTES 11756u

void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y);

#endif /* TCONV_SYM_MNIST_DECODER_FWD_H */
