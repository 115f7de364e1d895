/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 * operator:      forward: y = Cᵀ·x
 * strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tutorial_2x2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:b1e234ed4e656b3b014a35da252f53089fe41974b790dbede3fc1c46ed76e5dc
 */
#ifndef TCONV_SYM_TUTORIAL_2X2_FWD_H
#define TCONV_SYM_TUTORIAL_2X2_FWD_H

#include <stdint.h>

/*
 * forward: y = Cᵀ·x for TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 *   x: n x 1 x 2 x 2 double, C order
 *   w: 1 x 1 x 2 x 2 double, C order
 *   y: n x 1 x 3 x 3 double, C order (written)
 * Memory: stack <= 328 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define TUTORIAL_2X2_FWD_WORKSPACE_BYTES 0u
#define TUTORIAL_2X2_FWD_STACK_BYTES 328u
#define TUTORIAL_2X2_FWD_STATIC_BYTES 0u

void tutorial_2x2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y);

#endif /* TCONV_SYM_TUTORIAL_2X2_FWD_H */
