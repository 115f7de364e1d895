/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 10,648 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void volume_3d_x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:6daab5ff3fe678191b26b7f1ec4e607bc06a49078cee6ebaa9cea33705ecfc00
 */
#ifndef TCONV_SYM_VOLUME_3D_X2_DX_H
#define TCONV_SYM_VOLUME_3D_X2_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 *   grad_y: n x 2 x 8 x 8 x 8 double, C order
 *   w: 4 x 2 x 3 x 3 x 3 double, C order
 *   grad_x: n x 4 x 4 x 4 x 4 double, C order (written)
 * Memory: stack <= 2,048 B, static 1,108 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define VOLUME_3D_X2_DX_WORKSPACE_BYTES 0u
#define VOLUME_3D_X2_DX_STACK_BYTES 2048u
#define VOLUME_3D_X2_DX_STATIC_BYTES 1108u

void volume_3d_x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_VOLUME_3D_X2_DX_H */
