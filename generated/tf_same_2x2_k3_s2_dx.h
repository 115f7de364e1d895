/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 25 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tf_same_2x2_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:f3856b2009d773b2712dc86cbbf7e9996ead768fff725ffbe501c57796485c12
 */
#ifndef TCONV_SYM_TF_SAME_2X2_K3_S2_DX_H
#define TCONV_SYM_TF_SAME_2X2_K3_S2_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 *   grad_y: n x 1 x 4 x 4 double, C order
 *   w: 1 x 1 x 3 x 3 double, C order
 *   grad_x: n x 1 x 2 x 2 double, C order (written)
 * Memory: stack <= 496 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define TF_SAME_2X2_K3_S2_DX_WORKSPACE_BYTES 0u
#define TF_SAME_2X2_K3_S2_DX_STACK_BYTES 496u
#define TF_SAME_2X2_K3_S2_DX_STATIC_BYTES 0u

void tf_same_2x2_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_TF_SAME_2X2_K3_S2_DX_H */
