/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tutorial_2x2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:721dddd46836b4d7edbd4e1aa30fa7fb96ec70451cd9c9caa03eb659a34b90c6
 */
#ifndef TCONV_SYM_TUTORIAL_2X2_DW_H
#define TCONV_SYM_TUTORIAL_2X2_DW_H

#include <stdint.h>

/*
 * weight: grad_w[t] = Σ grad_y·M_t·x for TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 *   x: n x 1 x 2 x 2 double, C order
 *   grad_y: n x 1 x 3 x 3 double, C order
 *   grad_w: 1 x 1 x 2 x 2 double, C order (written), summed over the batch
 * Memory: stack <= 328 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define TUTORIAL_2X2_DW_WORKSPACE_BYTES 0u
#define TUTORIAL_2X2_DW_STACK_BYTES 328u
#define TUTORIAL_2X2_DW_STATIC_BYTES 0u

void tutorial_2x2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w);

#endif /* TCONV_SYM_TUTORIAL_2X2_DW_H */
