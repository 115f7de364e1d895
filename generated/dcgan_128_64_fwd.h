/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, the gemm schedule; 64 output x 128 input channels per group, executes 1.14x the nonzeros <= 2)
 * dtype:         float64
 * signature:     void dcgan_128_64_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:b7f9515a77eff3c44b1d18e8a368f38a6d69c584e89e8ee55e1d23902bcae409
 */
#ifndef TCONV_SYM_DCGAN_128_64_FWD_H
#define TCONV_SYM_DCGAN_128_64_FWD_H

#include <stdint.h>

/*
 * forward: y = Cᵀ·x for TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64) (polyphase, GEMM form)
 *   x: n x 128 x 8 x 8 double, C order
 *   w: 128 x 64 x 4 x 4 double, C order
 *   y: n x 64 x 16 x 16 double, C order (written)
 *   packed: dcgan_128_64_fwd_PACKED_ELEMS double written once by dcgan_128_64_fwd_pack(0, w, packed) (w in PyTorch layout)
 *   ws: a caller's workspace of dcgan_128_64_fwd_WORKSPACE_BYTES bytes (aligned for double), any contents; with
 *       -DTCONV_SYM_THREADS=N one slice per thread (N x dcgan_128_64_fwd_WORKSPACE_BYTES_PER_THREAD)
 * Arrays must not overlap. C99 (restrict). The workspace of dcgan_128_64_fwd_packed and the packed weights of
 * dcgan_128_64_fwd come from TCONV_SYM_ALLOC / TCONV_SYM_FREE (malloc / free unless defined when compiling).
 */
#define dcgan_128_64_fwd_PACKED_ELEMS 131072L
#ifndef TCONV_SYM_THREADS
#define TCONV_SYM_THREADS 1
#endif
/* per thread: rounded up to 64 bytes (each thread's slice aligned like the whole) */
#define dcgan_128_64_fwd_WORKSPACE_BYTES_PER_THREAD ((199680L * (int64_t)sizeof(double) + 63) / 64 * 64)
#define dcgan_128_64_fwd_WORKSPACE_BYTES (dcgan_128_64_fwd_WORKSPACE_BYTES_PER_THREAD * TCONV_SYM_THREADS)

void dcgan_128_64_fwd_pack(long n, const double *restrict w, double *restrict packed);
void dcgan_128_64_fwd_packed(long n, const double *restrict x, const double *restrict packed, double *restrict y);
int64_t dcgan_128_64_fwd_workspace_bytes(void);  /* dcgan_128_64_fwd_WORKSPACE_BYTES of this build (threads included) */

/* dcgan_128_64_fwd_packed_ws with its contract checked (n >= 0 and n x the largest array's bytes within int64_t; no NULL
 * pointer; ws_bytes >= dcgan_128_64_fwd_WORKSPACE_BYTES; every pointer aligned for double; y and ws overlapping nothing else):
 * runs it and returns TCONV_SYM_OK, or returns an error code having read and written nothing. */
#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer (n > 0) */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes < NAME_WORKSPACE_BYTES */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for the element type */
#define TCONV_SYM_EOVERLAP 5    /* y or ws overlaps another array */
#endif
int dcgan_128_64_fwd_checked(long n, const double *x, const double *packed, double *y, void *ws, int64_t ws_bytes);
void dcgan_128_64_fwd_packed_ws(long n, const double *restrict x, const double *restrict packed, double *restrict y, void *ws);
void dcgan_128_64_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y);

#endif /* TCONV_SYM_DCGAN_128_64_FWD_H */
