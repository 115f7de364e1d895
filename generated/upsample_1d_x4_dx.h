/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 992 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void upsample_1d_x4_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:59c8abda00d6266cc22cc31222af76e5c79b6d80034f8fab2124a37b9861eede
 */
#ifndef TCONV_SYM_UPSAMPLE_1D_X4_DX_H
#define TCONV_SYM_UPSAMPLE_1D_X4_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
 *   grad_y: n x 2 x 64 double, C order
 *   w: 4 x 2 x 8 double, C order
 *   grad_x: n x 4 x 16 double, C order (written)
 * Memory: stack <= 10,048 B, static <= 0 B, workspace 0 B (bound, not compiled); no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define UPSAMPLE_1D_X4_DX_WORKSPACE_BYTES 0u
#define UPSAMPLE_1D_X4_DX_STACK_BYTES 10048u
#define UPSAMPLE_1D_X4_DX_STATIC_BYTES 0u

void upsample_1d_x4_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

/* upsample_1d_x4_dx with its contract checked: n >= 0, and the bytes of n
 * samples within int64_t; no NULL pointer; every array pointer aligned for double; grad_x overlapping no other array.
 * Runs upsample_1d_x4_dx and returns TCONV_SYM_OK (0), or returns an error code having read and written nothing. */
#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, n above the batch type, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes below the workspace the kernel needs */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for its element type (ws: for its stated alignment) */
#define TCONV_SYM_EOVERLAP 5    /* the output or the workspace overlaps another array */
#endif
int upsample_1d_x4_dx_checked(long n, const double *grad_y, const double *w, double *grad_x);

#endif /* TCONV_SYM_UPSAMPLE_1D_X4_DX_H */
