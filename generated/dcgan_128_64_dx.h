/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void dcgan_128_64_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:bfbfc8934132dc9c323853f977b40856911ea96337e1f83519114ed54c4688a0
 */
#ifndef TCONV_SYM_DCGAN_128_64_DX_H
#define TCONV_SYM_DCGAN_128_64_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 *   grad_y: n x 64 x 16 x 16 double, C order
 *   w: 128 x 64 x 4 x 4 double, C order
 *   grad_x: n x 128 x 8 x 8 double, C order (written)
 * Memory: stack <= 66,816 B, static 864 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define DCGAN_128_64_DX_WORKSPACE_BYTES 0u
#define DCGAN_128_64_DX_STACK_BYTES 66816u
#define DCGAN_128_64_DX_STATIC_BYTES 864u

void dcgan_128_64_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_DCGAN_128_64_DX_H */
