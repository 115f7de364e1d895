/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void dcgan_128_64_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:fae05d6c732c4b6342a4b4bc190ee4bf869a0f52972256d296929c976c0b7597
 */
#ifndef TCONV_SYM_DCGAN_128_64_DX_H
#define TCONV_SYM_DCGAN_128_64_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64) (polyphase, GEMM form)
 *   grad_y: n x 64 x 16 x 16 double, C order
 *   w: 128 x 64 x 4 x 4 double, C order
 *   grad_x: n x 128 x 8 x 8 double, C order (written)
 *   packed: dcgan_128_64_dx_PACKED_ELEMS double written once by dcgan_128_64_dx_pack(0, w, packed) (w in PyTorch layout)
 *   ws: a caller's workspace of dcgan_128_64_dx_WORKSPACE_BYTES bytes (aligned for double), any contents
 * Arrays must not overlap. C99 (restrict). The workspace of dcgan_128_64_dx_packed and the packed weights of
 * dcgan_128_64_dx come from TCONV_SYM_ALLOC / TCONV_SYM_FREE (malloc / free unless defined when compiling).
 */
#define dcgan_128_64_dx_PACKED_ELEMS 131072L
#define dcgan_128_64_dx_WORKSPACE_BYTES (99840L * (int64_t)sizeof(double))

void dcgan_128_64_dx_pack(long n, const double *restrict w, double *restrict packed);
void dcgan_128_64_dx_packed(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x);
void dcgan_128_64_dx_packed_ws(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x, void *ws);
void dcgan_128_64_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_DCGAN_128_64_DX_H */
