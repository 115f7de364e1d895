/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      unrolled (auto: 121 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_same_4x4_k3_s2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:280248881b137702235adf7b579fc6d1295b807edd45f6051f50dba067173969
 */
#ifndef TCONV_SYM_KERAS_SAME_4X4_K3_S2_DW_H
#define TCONV_SYM_KERAS_SAME_4X4_K3_S2_DW_H

#include <stdint.h>

/*
 * weight: grad_w[t] = Σ grad_y·M_t·x for TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 *   x: n x 1 x 4 x 4 double, C order
 *   grad_y: n x 1 x 8 x 8 double, C order
 *   grad_w: 1 x 1 x 3 x 3 double, C order (written), summed over the batch
 * Memory: stack <= 1,744 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define KERAS_SAME_4X4_K3_S2_DW_WORKSPACE_BYTES 0u
#define KERAS_SAME_4X4_K3_S2_DW_STACK_BYTES 1744u
#define KERAS_SAME_4X4_K3_S2_DW_STATIC_BYTES 0u

void keras_same_4x4_k3_s2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w);

#endif /* TCONV_SYM_KERAS_SAME_4X4_K3_S2_DW_H */
