/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 80,724 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void fcn_bilinear_up2_dx(long n, const double *restrict grad_y, double *restrict grad_x)
 * content-hash:  sha256:9ce913375dbd4de7e12a6b391d6c1bdb11224a2f8ee20b8d7017a62148774905
 */
#ifndef TCONV_SYM_FCN_BILINEAR_UP2_DX_H
#define TCONV_SYM_FCN_BILINEAR_UP2_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21)
 *   grad_y: n x 21 x 32 x 32 double, C order
 *   grad_x: n x 21 x 16 x 16 double, C order (written)
 * Memory: stack <= 96 B, static <= 5,376 B, workspace 0 B (bound, not compiled); no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define FCN_BILINEAR_UP2_DX_WORKSPACE_BYTES 0u
#define FCN_BILINEAR_UP2_DX_STACK_BYTES 96u
#define FCN_BILINEAR_UP2_DX_STATIC_BYTES 5376u

void fcn_bilinear_up2_dx(long n, const double *restrict grad_y, double *restrict grad_x);

/* fcn_bilinear_up2_dx with its contract checked: n >= 0, and the bytes of n
 * samples within int64_t; no NULL pointer; every array pointer aligned for double; grad_x overlapping no other array.
 * Runs fcn_bilinear_up2_dx and returns TCONV_SYM_OK (0), or returns an error code having read and written nothing. */
#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, n above the batch type, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes below the workspace the kernel needs */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for its element type (ws: for its stated alignment) */
#define TCONV_SYM_EOVERLAP 5    /* the output or the workspace overlaps another array */
#endif
int fcn_bilinear_up2_dx_checked(long n, const double *grad_y, double *grad_x);

#endif /* TCONV_SYM_FCN_BILINEAR_UP2_DX_H */
