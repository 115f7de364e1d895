/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 80,724 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void fcn_bilinear_up2_fwd(long n, const double *restrict x, double *restrict y)
 * content-hash:  sha256:904c81f155793cef7848793acac2a5463549333bd42aea58ef6164bced58e9cf
 */
#ifndef TCONV_SYM_FCN_BILINEAR_UP2_FWD_H
#define TCONV_SYM_FCN_BILINEAR_UP2_FWD_H

#include <stdint.h>

/*
 * forward: y = Cᵀ·x for TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21)
 *   x: n x 21 x 16 x 16 double, C order
 *   y: n x 21 x 32 x 32 double, C order (written)
 * Memory: stack <= 96 B, static 5,376 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define FCN_BILINEAR_UP2_FWD_WORKSPACE_BYTES 0u
#define FCN_BILINEAR_UP2_FWD_STACK_BYTES 96u
#define FCN_BILINEAR_UP2_FWD_STATIC_BYTES 5376u

void fcn_bilinear_up2_fwd(long n, const double *restrict x, double *restrict y);

#endif /* TCONV_SYM_FCN_BILINEAR_UP2_FWD_H */
