/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:af9763e650ba1d1a0627f08a04df360f214180e46abbef13209b9d7d6f35d025
 */
#ifndef TCONV_SYM_MNIST_DECODER_FWD_H
#define TCONV_SYM_MNIST_DECODER_FWD_H

/*
 * forward: y = Cᵀ·x for TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 *   x: n x 32 x 28 x 28 double, C order
 *   w: 32 x 1 x 7 x 7 double, C order
 *   y: n x 1 x 28 x 28 double, C order (written)
 * Arrays must not overlap. C99 (restrict).
 */
void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y);

#endif /* TCONV_SYM_MNIST_DECODER_FWD_H */
