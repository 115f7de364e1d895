/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_valid_4x4_k3_s2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:deaabcdc5165385a79c93914776bd8f47c043c766decea739b65a5d0472fa1a0
 */
#ifndef TCONV_SYM_KERAS_VALID_4X4_K3_S2_DW_H
#define TCONV_SYM_KERAS_VALID_4X4_K3_S2_DW_H

#include <stdint.h>

/*
 * weight: grad_w[t] = Σ grad_y·M_t·x for TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
 *   x: n x 1 x 4 x 4 double, C order
 *   grad_y: n x 1 x 9 x 9 double, C order
 *   grad_w: 1 x 1 x 3 x 3 double, C order (written), summed over the batch
 * Memory: stack <= 2,064 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define KERAS_VALID_4X4_K3_S2_DW_WORKSPACE_BYTES 0u
#define KERAS_VALID_4X4_K3_S2_DW_STACK_BYTES 2064u
#define KERAS_VALID_4X4_K3_S2_DW_STATIC_BYTES 0u

void keras_valid_4x4_k3_s2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w);

#endif /* TCONV_SYM_KERAS_VALID_4X4_K3_S2_DW_H */
