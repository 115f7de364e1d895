/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tutorial_2x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:4a2cc36b25d64525bf988bbfe432a64ab7c2d5eff93a64b188c0e53e7cb7578c
 */
#ifndef TCONV_SYM_TUTORIAL_2X2_DX_H
#define TCONV_SYM_TUTORIAL_2X2_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 *   grad_y: n x 1 x 3 x 3 double, C order
 *   w: 1 x 1 x 2 x 2 double, C order
 *   grad_x: n x 1 x 2 x 2 double, C order (written)
 * Memory: stack <= 328 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define TUTORIAL_2X2_DX_WORKSPACE_BYTES 0u
#define TUTORIAL_2X2_DX_STACK_BYTES 328u
#define TUTORIAL_2X2_DX_STATIC_BYTES 0u

void tutorial_2x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_TUTORIAL_2X2_DX_H */
