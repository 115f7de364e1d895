/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 * operator:      input: grad_x = C·grad_y
 * strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tutorial_2x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:e5eaf4c11a0d6390574607567479c9fd538dd99bf5ae716ff87016ecb89231ba
 */
#ifndef TCONV_SYM_TUTORIAL_2X2_DX_H
#define TCONV_SYM_TUTORIAL_2X2_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 *   grad_y: n x 1 x 3 x 3 double, C order
 *   w: 1 x 1 x 2 x 2 double, C order
 *   grad_x: n x 1 x 2 x 2 double, C order (written)
 * Memory: stack <= 328 B, static <= 0 B, workspace 0 B (bound, not compiled); no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define TUTORIAL_2X2_DX_WORKSPACE_BYTES 0u
#define TUTORIAL_2X2_DX_STACK_BYTES 328u
#define TUTORIAL_2X2_DX_STATIC_BYTES 0u

void tutorial_2x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

/* tutorial_2x2_dx with its contract checked: n >= 0, and the bytes of n
 * samples within int64_t; no NULL pointer; every array pointer aligned for double; grad_x overlapping no other array.
 * Runs tutorial_2x2_dx and returns TCONV_SYM_OK (0), or returns an error code having read and written nothing. */
#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, n above the batch type, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes below the workspace the kernel needs */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for its element type (ws: for its stated alignment) */
#define TCONV_SYM_EOVERLAP 5    /* the output or the workspace overlaps another array */
#endif
int tutorial_2x2_dx_checked(long n, const double *grad_y, const double *w, double *grad_x);

#endif /* TCONV_SYM_TUTORIAL_2X2_DX_H */
