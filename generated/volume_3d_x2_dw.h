/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      polyphase (auto: 10,648 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void volume_3d_x2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:6842c3e56d2d7db27b9fa20f705a83537c59b7ade82202cffef7780f71ea1f75
 */
#ifndef TCONV_SYM_VOLUME_3D_X2_DW_H
#define TCONV_SYM_VOLUME_3D_X2_DW_H

#include <stdint.h>

/*
 * weight: grad_w[t] = Σ grad_y·M_t·x for TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 *   x: n x 4 x 4 x 4 x 4 double, C order
 *   grad_y: n x 2 x 8 x 8 x 8 double, C order
 *   grad_w: 4 x 2 x 3 x 3 x 3 double, C order (written), summed over the batch
 * Memory: stack <= 96 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define VOLUME_3D_X2_DW_WORKSPACE_BYTES 0u
#define VOLUME_3D_X2_DW_STACK_BYTES 96u
#define VOLUME_3D_X2_DW_STATIC_BYTES 0u

void volume_3d_x2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w);

#endif /* TCONV_SYM_VOLUME_3D_X2_DW_H */
