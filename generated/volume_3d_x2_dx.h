/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 10,648 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void volume_3d_x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:ff9b4f0e4d3424457f47e75fb557673d2a8b282d8a9915f860832cf5cdea7965
 */
#ifndef TCONV_SYM_VOLUME_3D_X2_DX_H
#define TCONV_SYM_VOLUME_3D_X2_DX_H

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 *   grad_y: n x 2 x 8 x 8 x 8 double, C order
 *   w: 4 x 2 x 3 x 3 x 3 double, C order
 *   grad_x: n x 4 x 4 x 4 x 4 double, C order (written)
 * Arrays must not overlap. C99 (restrict).
 */
void volume_3d_x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_VOLUME_3D_X2_DX_H */
