/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 992 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void upsample_1d_x4_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:8abd5fe1ea6ad7952e31e9bdf49538aa8dff7a7a97b9dde2d791058816a4b1df
 */
#ifndef TCONV_SYM_UPSAMPLE_1D_X4_DX_H
#define TCONV_SYM_UPSAMPLE_1D_X4_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
 *   grad_y: n x 2 x 64 double, C order
 *   w: 4 x 2 x 8 double, C order
 *   grad_x: n x 4 x 16 double, C order (written)
 * Memory: stack <= 10,048 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define UPSAMPLE_1D_X4_DX_WORKSPACE_BYTES 0u
#define UPSAMPLE_1D_X4_DX_STACK_BYTES 10048u
#define UPSAMPLE_1D_X4_DX_STATIC_BYTES 0u

void upsample_1d_x4_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_UPSAMPLE_1D_X4_DX_H */
