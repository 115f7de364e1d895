/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 * operator:      forward: y = Cᵀ·x
 * strategy:      unrolled (auto: 121 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_same_4x4_k3_s2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:72bd6dec83f8b8dd1c34d7dc8085cee9c3190463ca95ffaee9ac336dd36aef58
 */
#ifndef TCONV_SYM_KERAS_SAME_4X4_K3_S2_FWD_H
#define TCONV_SYM_KERAS_SAME_4X4_K3_S2_FWD_H

#include <stdint.h>

/*
 * forward: y = Cᵀ·x for TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 *   x: n x 1 x 4 x 4 double, C order
 *   w: 1 x 1 x 3 x 3 double, C order
 *   y: n x 1 x 8 x 8 double, C order (written)
 * Memory: stack <= 1,744 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define KERAS_SAME_4X4_K3_S2_FWD_WORKSPACE_BYTES 0u
#define KERAS_SAME_4X4_K3_S2_FWD_STACK_BYTES 1744u
#define KERAS_SAME_4X4_K3_S2_FWD_STATIC_BYTES 0u

void keras_same_4x4_k3_s2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y);

#endif /* TCONV_SYM_KERAS_SAME_4X4_K3_S2_FWD_H */
