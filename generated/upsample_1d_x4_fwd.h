/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
 * operator:      forward: y = Cᵀ·x
 * strategy:      unrolled (auto: 992 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void upsample_1d_x4_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:1af5a19059c1be1291877d61b374509b3ac6593521cabfa54e7740de1fd89e5d
 */
#ifndef TCONV_SYM_UPSAMPLE_1D_X4_FWD_H
#define TCONV_SYM_UPSAMPLE_1D_X4_FWD_H

#include <stdint.h>

/*
 * forward: y = Cᵀ·x for TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
 *   x: n x 4 x 16 double, C order
 *   w: 4 x 2 x 8 double, C order
 *   y: n x 2 x 64 double, C order (written)
 * Memory: stack <= 10,048 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define UPSAMPLE_1D_X4_FWD_WORKSPACE_BYTES 0u
#define UPSAMPLE_1D_X4_FWD_STACK_BYTES 10048u
#define UPSAMPLE_1D_X4_FWD_STATIC_BYTES 0u

void upsample_1d_x4_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y);

#endif /* TCONV_SYM_UPSAMPLE_1D_X4_FWD_H */
