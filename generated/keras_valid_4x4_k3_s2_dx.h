/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_valid_4x4_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:399fdb823b3927019bbc00a8e1ac8af41631b58027e94b205b735b5964570b7b
 */
#ifndef TCONV_SYM_KERAS_VALID_4X4_K3_S2_DX_H
#define TCONV_SYM_KERAS_VALID_4X4_K3_S2_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
 *   grad_y: n x 1 x 9 x 9 double, C order
 *   w: 1 x 1 x 3 x 3 double, C order
 *   grad_x: n x 1 x 4 x 4 double, C order (written)
 * Memory: stack <= 2,064 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define KERAS_VALID_4X4_K3_S2_DX_WORKSPACE_BYTES 0u
#define KERAS_VALID_4X4_K3_S2_DX_STACK_BYTES 2064u
#define KERAS_VALID_4X4_K3_S2_DX_STATIC_BYTES 0u

void keras_valid_4x4_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_KERAS_VALID_4X4_K3_S2_DX_H */
