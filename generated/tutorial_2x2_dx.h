/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tutorial_2x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:0a219bd8081573e2f8a04cdad8405ca59355f1022eaca435b5459a67deaac99f
 */
#ifndef TCONV_SYM_TUTORIAL_2X2_DX_H
#define TCONV_SYM_TUTORIAL_2X2_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 *   grad_y: n x 1 x 3 x 3 double, C order
 *   w: 1 x 1 x 2 x 2 double, C order
 *   grad_x: n x 1 x 2 x 2 double, C order (written)
 * Memory: stack <= 256 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define TUTORIAL_2X2_DX_WORKSPACE_BYTES 0u
#define TUTORIAL_2X2_DX_STACK_BYTES 256u
#define TUTORIAL_2X2_DX_STATIC_BYTES 0u

void tutorial_2x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_TUTORIAL_2X2_DX_H */
