/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 80,724 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void fcn_bilinear_up2_dx(long n, const double *restrict grad_y, double *restrict grad_x)
 * content-hash:  sha256:5917228fb4bbf1cf675f227817aed6f0693123984ae4d2f224f422806966acd4
 */
#ifndef TCONV_SYM_FCN_BILINEAR_UP2_DX_H
#define TCONV_SYM_FCN_BILINEAR_UP2_DX_H

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21)
 *   grad_y: n x 21 x 32 x 32 double, C order
 *   grad_x: n x 21 x 16 x 16 double, C order (written)
 * Arrays must not overlap. C99 (restrict).
 */
void fcn_bilinear_up2_dx(long n, const double *restrict grad_y, double *restrict grad_x);

#endif /* TCONV_SYM_FCN_BILINEAR_UP2_DX_H */
