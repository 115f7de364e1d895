/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 * operator:      forward: y = Cᵀ·x
 * strategy:      unrolled (auto: 25 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tf_same_2x2_k3_s2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:b1d622f552f963467cc6d8392a432f146e51029d061f25c3621507b59473913c
 */
#ifndef TCONV_SYM_TF_SAME_2X2_K3_S2_FWD_H
#define TCONV_SYM_TF_SAME_2X2_K3_S2_FWD_H

#include <stdint.h>

/*
 * forward: y = Cᵀ·x for TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 *   x: n x 1 x 2 x 2 double, C order
 *   w: 1 x 1 x 3 x 3 double, C order
 *   y: n x 1 x 4 x 4 double, C order (written)
 * Memory: stack <= 496 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define TF_SAME_2X2_K3_S2_FWD_WORKSPACE_BYTES 0u
#define TF_SAME_2X2_K3_S2_FWD_STACK_BYTES 496u
#define TF_SAME_2X2_K3_S2_FWD_STATIC_BYTES 0u

void tf_same_2x2_k3_s2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y);

#endif /* TCONV_SYM_TF_SAME_2X2_K3_S2_FWD_H */
