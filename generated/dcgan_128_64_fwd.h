/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void dcgan_128_64_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:c88791ab3a0e82559d9cc0b508da625decbc0ef223527ac4696e670bf378f412
 */
#ifndef TCONV_SYM_DCGAN_128_64_FWD_H
#define TCONV_SYM_DCGAN_128_64_FWD_H

#include <stdint.h>

/*
 * forward: y = Cᵀ·x for TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 *   x: n x 128 x 8 x 8 double, C order
 *   w: 128 x 64 x 4 x 4 double, C order
 *   y: n x 64 x 16 x 16 double, C order (written)
 * Memory: stack <= 133,120 B, static 352 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define DCGAN_128_64_FWD_WORKSPACE_BYTES 0u
#define DCGAN_128_64_FWD_STACK_BYTES 133120u
#define DCGAN_128_64_FWD_STATIC_BYTES 352u

void dcgan_128_64_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y);

#endif /* TCONV_SYM_DCGAN_128_64_FWD_H */
