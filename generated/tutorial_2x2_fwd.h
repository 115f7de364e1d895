/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 * operator:      forward: y = Cᵀ·x
 * strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tutorial_2x2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:e7add1624c11f8b413d217e171ecc3a849df680de10bbf6cf2a78053a5cdc0be
 */
#ifndef TCONV_SYM_TUTORIAL_2X2_FWD_H
#define TCONV_SYM_TUTORIAL_2X2_FWD_H

/*
 * forward: y = Cᵀ·x for TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 *   x: n x 1 x 2 x 2 double, C order
 *   w: 1 x 1 x 2 x 2 double, C order
 *   y: n x 1 x 3 x 3 double, C order (written)
 * Arrays must not overlap. C99 (restrict).
 */
void tutorial_2x2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y);

#endif /* TCONV_SYM_TUTORIAL_2X2_FWD_H */
