/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:de3a5e1327627e61d53c9f9b2415bdc5f4fa0b594b1149617dfc084fc5279dba
 */
#ifndef TCONV_SYM_MNIST_DECODER_DX_H
#define TCONV_SYM_MNIST_DECODER_DX_H

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 *   grad_y: n x 1 x 28 x 28 double, C order
 *   w: 32 x 1 x 7 x 7 double, C order
 *   grad_x: n x 32 x 28 x 28 double, C order (written)
 * Arrays must not overlap. C99 (restrict).
 */
void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_MNIST_DECODER_DX_H */
