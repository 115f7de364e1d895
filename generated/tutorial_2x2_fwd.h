/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 * operator:      forward: y = Cᵀ·x
 * strategy:      unrolled (auto: 16 terms <= 4,096, straight-line code)
 * dtype:         float64
 * signature:     void tutorial_2x2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:730bca3d3ecfcde7f4a7a6737db0b27c042d8edcf8723cda9de68dcd3bf3e8c2
 */
#ifndef TCONV_SYM_TUTORIAL_2X2_FWD_H
#define TCONV_SYM_TUTORIAL_2X2_FWD_H

#include <stdint.h>

/*
 * forward: y = Cᵀ·x for TransposedConvSpec(in_size=(2, 2), kernel_size=2)
 *   x: n x 1 x 2 x 2 double, C order
 *   w: 1 x 1 x 2 x 2 double, C order
 *   y: n x 1 x 3 x 3 double, C order (written)
 * Memory: stack <= 328 B, static <= 0 B, workspace 0 B (bound, not compiled); no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define TUTORIAL_2X2_FWD_WORKSPACE_BYTES 0u
#define TUTORIAL_2X2_FWD_STACK_BYTES 328u
#define TUTORIAL_2X2_FWD_STATIC_BYTES 0u

void tutorial_2x2_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y);

/* tutorial_2x2_fwd with its contract checked: n >= 0, and the bytes of n
 * samples within int64_t; no NULL pointer; every array pointer aligned for double; y overlapping no other array.
 * Runs tutorial_2x2_fwd and returns TCONV_SYM_OK (0), or returns an error code having read and written nothing. */
#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, n above the batch type, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes below the workspace the kernel needs */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for its element type (ws: for its stated alignment) */
#define TCONV_SYM_EOVERLAP 5    /* the output or the workspace overlaps another array */
#endif
int tutorial_2x2_fwd_checked(long n, const double *x, const double *w, double *y);

#endif /* TCONV_SYM_TUTORIAL_2X2_FWD_H */
