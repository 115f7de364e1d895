/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void dcgan_128_64_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:3b2f15847b6a087e7bea86217f53101c1f99dd191d5db46cb566b0857c1e39fa
 */
#ifndef TCONV_SYM_DCGAN_128_64_DW_H
#define TCONV_SYM_DCGAN_128_64_DW_H

#include <stdint.h>

/*
 * weight: grad_w[t] = Σ grad_y·M_t·x for TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 *   x: n x 128 x 8 x 8 double, C order
 *   grad_y: n x 64 x 16 x 16 double, C order
 *   grad_w: 128 x 64 x 4 x 4 double, C order (written), summed over the batch
 * Memory: stack <= 96 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define DCGAN_128_64_DW_WORKSPACE_BYTES 0u
#define DCGAN_128_64_DW_STACK_BYTES 96u
#define DCGAN_128_64_DW_STATIC_BYTES 0u

void dcgan_128_64_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w);

#endif /* TCONV_SYM_DCGAN_128_64_DW_H */
