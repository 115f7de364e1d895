/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      unrolled (auto: 121 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_same_4x4_k3_s2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:814568f7feabf63de27dc6770f7ad4507c28268a0792a81b95d3ff8c18f11347
 */
#ifndef TCONV_SYM_KERAS_SAME_4X4_K3_S2_DW_H
#define TCONV_SYM_KERAS_SAME_4X4_K3_S2_DW_H

#include <stdint.h>

/*
 * weight: grad_w[t] = Σ grad_y·M_t·x for TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
 *   x: n x 1 x 4 x 4 double, C order
 *   grad_y: n x 1 x 8 x 8 double, C order
 *   grad_w: 1 x 1 x 3 x 3 double, C order (written), summed over the batch
 * Memory: stack <= 1,744 B, static <= 0 B, workspace 0 B (bound, not compiled); no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define KERAS_SAME_4X4_K3_S2_DW_WORKSPACE_BYTES 0u
#define KERAS_SAME_4X4_K3_S2_DW_STACK_BYTES 1744u
#define KERAS_SAME_4X4_K3_S2_DW_STATIC_BYTES 0u

void keras_same_4x4_k3_s2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w);

/* keras_same_4x4_k3_s2_dw with its contract checked: n >= 0, and the bytes of n
 * samples within int64_t; no NULL pointer; every array pointer aligned for double; grad_w overlapping no other array.
 * Runs keras_same_4x4_k3_s2_dw and returns TCONV_SYM_OK (0), or returns an error code having read and written nothing. */
#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, n above the batch type, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes below the workspace the kernel needs */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for its element type (ws: for its stated alignment) */
#define TCONV_SYM_EOVERLAP 5    /* the output or the workspace overlaps another array */
#endif
int keras_same_4x4_k3_s2_dw_checked(long n, const double *x, const double *grad_y, double *grad_w);

#endif /* TCONV_SYM_KERAS_SAME_4X4_K3_S2_DW_H */
