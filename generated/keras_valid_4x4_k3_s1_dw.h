/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_valid_4x4_k3_s1_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:dbe8ce112d13809431f7376d430cfa269bf1937ae5eafd2398cbe71994acef5c
 */
#ifndef TCONV_SYM_KERAS_VALID_4X4_K3_S1_DW_H
#define TCONV_SYM_KERAS_VALID_4X4_K3_S1_DW_H

#include <stdint.h>

/*
 * weight: grad_w[t] = Σ grad_y·M_t·x for TransposedConvSpec(in_size=(4, 4), kernel_size=3)
 *   x: n x 1 x 4 x 4 double, C order
 *   grad_y: n x 1 x 6 x 6 double, C order
 *   grad_w: 1 x 1 x 3 x 3 double, C order (written), summed over the batch
 * Memory: stack <= 1,704 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define KERAS_VALID_4X4_K3_S1_DW_WORKSPACE_BYTES 0u
#define KERAS_VALID_4X4_K3_S1_DW_STACK_BYTES 1704u
#define KERAS_VALID_4X4_K3_S1_DW_STATIC_BYTES 0u

void keras_valid_4x4_k3_s1_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w);

#endif /* TCONV_SYM_KERAS_VALID_4X4_K3_S1_DW_H */
