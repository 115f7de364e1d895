/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      unrolled (auto: 992 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void upsample_1d_x4_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:cad232a055ee9dc6c6f25041071a93827c151e484461895a23a9c1206d7e668b
 */
#ifndef TCONV_SYM_UPSAMPLE_1D_X4_DW_H
#define TCONV_SYM_UPSAMPLE_1D_X4_DW_H

#include <stdint.h>

/*
 * weight: grad_w[t] = Σ grad_y·M_t·x for TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
 *   x: n x 4 x 16 double, C order
 *   grad_y: n x 2 x 64 double, C order
 *   grad_w: 4 x 2 x 8 double, C order (written), summed over the batch
 * Memory: stack <= 10,048 B, static 0 B, workspace 0 B; no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define UPSAMPLE_1D_X4_DW_WORKSPACE_BYTES 0u
#define UPSAMPLE_1D_X4_DW_STACK_BYTES 10048u
#define UPSAMPLE_1D_X4_DW_STATIC_BYTES 0u

void upsample_1d_x4_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w);

#endif /* TCONV_SYM_UPSAMPLE_1D_X4_DW_H */
