/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3)
 * operator:      forward: y = Cᵀ·x
 * strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_valid_4x4_k3_s1_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:d02c4a84c97c797de69cc94e2290e18931119586db0e18a7cfe28296e33c4d97
 */
#ifndef TCONV_SYM_KERAS_VALID_4X4_K3_S1_FWD_H
#define TCONV_SYM_KERAS_VALID_4X4_K3_S1_FWD_H

#include <stdint.h>

/*
 * forward: y = Cᵀ·x for TransposedConvSpec(in_size=(4, 4), kernel_size=3)
 *   x: n x 1 x 4 x 4 double, C order
 *   w: 1 x 1 x 3 x 3 double, C order
 *   y: n x 1 x 6 x 6 double, C order (written)
 * Memory: stack <= 1,704 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define KERAS_VALID_4X4_K3_S1_FWD_WORKSPACE_BYTES 0u
#define KERAS_VALID_4X4_K3_S1_FWD_STACK_BYTES 1704u
#define KERAS_VALID_4X4_K3_S1_FWD_STATIC_BYTES 0u

void keras_valid_4x4_k3_s1_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y);

#endif /* TCONV_SYM_KERAS_VALID_4X4_K3_S1_FWD_H */
