/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      polyphase (auto: 80,724 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void fcn_bilinear_up2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:776e68943c0e9acff7a2ae392a8ff975a4dad9b7c3c336c8dc0c23f339e921a8
 */
#ifndef TCONV_SYM_FCN_BILINEAR_UP2_DW_H
#define TCONV_SYM_FCN_BILINEAR_UP2_DW_H

#include <stdint.h>

/*
 * weight: grad_w[t] = Σ grad_y·M_t·x for TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21)
 *   x: n x 21 x 16 x 16 double, C order
 *   grad_y: n x 21 x 32 x 32 double, C order
 *   grad_w: 21 x 1 x 4 x 4 double, C order (written), summed over the batch
 * Memory: stack <= 96 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define FCN_BILINEAR_UP2_DW_WORKSPACE_BYTES 0u
#define FCN_BILINEAR_UP2_DW_STACK_BYTES 96u
#define FCN_BILINEAR_UP2_DW_STATIC_BYTES 0u

void fcn_bilinear_up2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w);

#endif /* TCONV_SYM_FCN_BILINEAR_UP2_DW_H */
