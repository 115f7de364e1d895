/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 10,648 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void volume_3d_x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:8c8cc53a76a00a674f1b08a950feeda2901b23703f006809b01e73e9db84aa96
 */
#ifndef TCONV_SYM_VOLUME_3D_X2_DX_H
#define TCONV_SYM_VOLUME_3D_X2_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 *   grad_y: n x 2 x 8 x 8 x 8 double, C order
 *   w: 4 x 2 x 3 x 3 x 3 double, C order
 *   grad_x: n x 4 x 4 x 4 x 4 double, C order (written)
 * Memory: stack <= 384 B, static <= 1,108 B, workspace 1,728 B (bound, not compiled); workspace from the caller (volume_3d_x2_dx_ws) or TCONV_SYM_ALLOC (volume_3d_x2_dx).
 * Arrays must not overlap. C99 (restrict).
 */
#define VOLUME_3D_X2_DX_WORKSPACE_BYTES 1728u
#define VOLUME_3D_X2_DX_STACK_BYTES 384u
#define VOLUME_3D_X2_DX_STATIC_BYTES 1108u

void volume_3d_x2_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);
void volume_3d_x2_dx_ws(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x, void *restrict ws);

/* volume_3d_x2_dx with its contract checked: n >= 0, and the bytes of n
 * samples within int64_t; no NULL pointer; every array pointer aligned for double; grad_x overlapping no other array.
 * Runs volume_3d_x2_dx and returns TCONV_SYM_OK (0), or returns an error code having read and written nothing. */
#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, n above the batch type, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes below the workspace the kernel needs */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for its element type (ws: for its stated alignment) */
#define TCONV_SYM_EOVERLAP 5    /* the output or the workspace overlaps another array */
#endif
int volume_3d_x2_dx_checked(long n, const double *grad_y, const double *w, double *grad_x);

#endif /* TCONV_SYM_VOLUME_3D_X2_DX_H */
