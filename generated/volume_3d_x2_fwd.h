/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 10,648 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void volume_3d_x2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:67d961aebe96f8f6779545dcff4aa4acf40be457719f596ecd7c53f8f57cb742
 */
#ifndef TCONV_SYM_VOLUME_3D_X2_FWD_H
#define TCONV_SYM_VOLUME_3D_X2_FWD_H

#include <stdint.h>

/*
 * forward: y = Cᵀ·x for TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 *   x: n x 4 x 4 x 4 x 4 double, C order
 *   w: 4 x 2 x 3 x 3 x 3 double, C order
 *   y: n x 2 x 8 x 8 x 8 double, C order (written)
 * Memory: stack <= 816 B, static 620 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define VOLUME_3D_X2_FWD_WORKSPACE_BYTES 0u
#define VOLUME_3D_X2_FWD_STACK_BYTES 816u
#define VOLUME_3D_X2_FWD_STATIC_BYTES 620u

void volume_3d_x2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y);

#endif /* TCONV_SYM_VOLUME_3D_X2_FWD_H */
