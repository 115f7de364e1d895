/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void keras_valid_4x4_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:525909c7ffbbb26c978ff2bd3129a0a2987350c575bb7a23179e837bef8e4bb3
 */
#ifndef TCONV_SYM_KERAS_VALID_4X4_K3_S2_DX_H
#define TCONV_SYM_KERAS_VALID_4X4_K3_S2_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
 *   grad_y: n x 1 x 9 x 9 double, C order
 *   w: 1 x 1 x 3 x 3 double, C order
 *   grad_x: n x 1 x 4 x 4 double, C order (written)
 * Memory: stack <= 2,064 B, static <= 0 B, workspace 0 B (bound, not compiled); no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define KERAS_VALID_4X4_K3_S2_DX_WORKSPACE_BYTES 0u
#define KERAS_VALID_4X4_K3_S2_DX_STACK_BYTES 2064u
#define KERAS_VALID_4X4_K3_S2_DX_STATIC_BYTES 0u

void keras_valid_4x4_k3_s2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

/* keras_valid_4x4_k3_s2_dx with its contract checked: n >= 0, and the bytes of n
 * samples within int64_t; no NULL pointer; every array pointer aligned for double; grad_x overlapping no other array.
 * Runs keras_valid_4x4_k3_s2_dx and returns TCONV_SYM_OK (0), or returns an error code having read and written nothing. */
#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, n above the batch type, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes below the workspace the kernel needs */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for its element type (ws: for its stated alignment) */
#define TCONV_SYM_EOVERLAP 5    /* the output or the workspace overlaps another array */
#endif
int keras_valid_4x4_k3_s2_dx_checked(long n, const double *grad_y, const double *w, double *grad_x);

#endif /* TCONV_SYM_KERAS_VALID_4X4_K3_S2_DX_H */
