/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 * operator:      weight: grad_w[t] = Σ grad_y·M_t·x
 * strategy:      polyphase (auto: 10,648 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void volume_3d_x2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w)
 * content-hash:  sha256:b4a2418782f7f6e8ae52cfc0ebf078f64bd36c07da677197701ff7a288b5bb36
 */
#ifndef TCONV_SYM_VOLUME_3D_X2_DW_H
#define TCONV_SYM_VOLUME_3D_X2_DW_H

#include <stdint.h>

/*
 * weight: grad_w[t] = Σ grad_y·M_t·x for TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
 *   x: n x 4 x 4 x 4 x 4 double, C order
 *   grad_y: n x 2 x 8 x 8 x 8 double, C order
 *   grad_w: 4 x 2 x 3 x 3 x 3 double, C order (written), summed over the batch
 * Memory: stack <= 96 B, static <= 0 B, workspace 0 B (bound, not compiled); no heap allocation.
 * Arrays must not overlap. C99 (restrict).
 */
#define VOLUME_3D_X2_DW_WORKSPACE_BYTES 0u
#define VOLUME_3D_X2_DW_STACK_BYTES 96u
#define VOLUME_3D_X2_DW_STATIC_BYTES 0u

void volume_3d_x2_dw(long n, const double *restrict x, const double *restrict grad_y, double *restrict grad_w);

/* volume_3d_x2_dw with its contract checked: n >= 0, and the bytes of n
 * samples within int64_t; no NULL pointer; every array pointer aligned for double; grad_w overlapping no other array.
 * Runs volume_3d_x2_dw and returns TCONV_SYM_OK (0), or returns an error code having read and written nothing. */
#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, n above the batch type, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes below the workspace the kernel needs */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for its element type (ws: for its stated alignment) */
#define TCONV_SYM_EOVERLAP 5    /* the output or the workspace overlaps another array */
#endif
int volume_3d_x2_dw_checked(long n, const double *x, const double *grad_y, double *grad_w);

#endif /* TCONV_SYM_VOLUME_3D_X2_DW_H */
