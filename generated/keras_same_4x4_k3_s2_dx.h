/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 121 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_same_4x4_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:09c423c5e2020ce79a8609234aaeaad9c15f58d8cc50b132a3ffa9e9199fa33c
 */
#ifndef TCONV_SYM_KERAS_SAME_4X4_K3_S2_DX_H
#define TCONV_SYM_KERAS_SAME_4X4_K3_S2_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 *   grad_y: n x 1 x 8 x 8 double, C order
 *   w: 1 x 1 x 3 x 3 double, C order
 *   grad_x: n x 1 x 4 x 4 double, C order (written)
 * Memory: stack <= 1,744 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define KERAS_SAME_4X4_K3_S2_DX_WORKSPACE_BYTES 0u
#define KERAS_SAME_4X4_K3_S2_DX_STACK_BYTES 1744u
#define KERAS_SAME_4X4_K3_S2_DX_STATIC_BYTES 0u

void keras_same_4x4_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_KERAS_SAME_4X4_K3_S2_DX_H */
