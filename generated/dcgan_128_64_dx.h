/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void dcgan_128_64_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:48f74d4aaa089b48242528ad2a578af010f7ee1e8ca6f64cad8aa1b9e5222278
 */
#ifndef TCONV_SYM_DCGAN_128_64_DX_H
#define TCONV_SYM_DCGAN_128_64_DX_H

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 *   grad_y: n x 64 x 16 x 16 double, C order
 *   w: 128 x 64 x 4 x 4 double, C order
 *   grad_x: n x 128 x 8 x 8 double, C order (written)
 * Arrays must not overlap. C99 (restrict).
 */
void dcgan_128_64_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_DCGAN_128_64_DX_H */
