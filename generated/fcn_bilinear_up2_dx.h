/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 80,724 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void fcn_bilinear_up2_dx(long n, const double *restrict grad_y, double *restrict grad_x)
 * content-hash:  sha256:66a9841ad492a72cbb15b13814cd348fdd926556e55f764c4793242b8a475c5b
 */
#ifndef TCONV_SYM_FCN_BILINEAR_UP2_DX_H
#define TCONV_SYM_FCN_BILINEAR_UP2_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21)
 *   grad_y: n x 21 x 32 x 32 double, C order
 *   grad_x: n x 21 x 16 x 16 double, C order (written)
 * Memory: stack <= 96 B, static 5,376 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define FCN_BILINEAR_UP2_DX_WORKSPACE_BYTES 0u
#define FCN_BILINEAR_UP2_DX_STACK_BYTES 96u
#define FCN_BILINEAR_UP2_DX_STATIC_BYTES 5376u

void fcn_bilinear_up2_dx(long n, const double *restrict grad_y, double *restrict grad_x);

#endif /* TCONV_SYM_FCN_BILINEAR_UP2_DX_H */
