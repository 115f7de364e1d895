/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, the gemm-scatter schedule; 1 output x 32 input channels per group, executes 1.13x the nonzeros <= 1.5)
 * dtype:         float64
 * signature:     void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:366b0bbbdeb219dd3ccd398f38236daa18defe5efa500254d138ce70ace90a32
 */
#ifndef TCONV_SYM_MNIST_DECODER_FWD_H
#define TCONV_SYM_MNIST_DECODER_FWD_H

#include <stdint.h>

/*
 * forward: y = Cᵀ·x for TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32) (polyphase, GEMM form)
 *   x: n x 32 x 28 x 28 double, C order
 *   w: 32 x 1 x 7 x 7 double, C order
 *   y: n x 1 x 28 x 28 double, C order (written)
 *   packed: mnist_decoder_fwd_PACKED_ELEMS double written once by mnist_decoder_fwd_pack(0, w, packed) (w in PyTorch layout)
 *   ws: a caller's workspace of mnist_decoder_fwd_WORKSPACE_BYTES bytes (aligned for double), any contents; with
 *       -DTCONV_SYM_THREADS=N one slice per thread (N x mnist_decoder_fwd_WORKSPACE_BYTES_PER_THREAD)
 * Arrays must not overlap. C99 (restrict). The workspace of mnist_decoder_fwd_packed and the packed weights of
 * mnist_decoder_fwd come from TCONV_SYM_ALLOC / TCONV_SYM_FREE (malloc / free unless defined when compiling).
 */
#define mnist_decoder_fwd_PACKED_ELEMS 1792L
#ifndef TCONV_SYM_THREADS
#define TCONV_SYM_THREADS 1
#endif
/* per thread: rounded up to 64 bytes (each thread's slice aligned like the whole) */
#define mnist_decoder_fwd_WORKSPACE_BYTES_PER_THREAD ((69696L * (int64_t)sizeof(double) + 63) / 64 * 64)
#define mnist_decoder_fwd_WORKSPACE_BYTES (mnist_decoder_fwd_WORKSPACE_BYTES_PER_THREAD * TCONV_SYM_THREADS)

void mnist_decoder_fwd_pack(long n, const double *restrict w, double *restrict packed);
void mnist_decoder_fwd_packed(long n, const double *restrict x, const double *restrict packed, double *restrict y);
int64_t mnist_decoder_fwd_workspace_bytes(void);  /* mnist_decoder_fwd_WORKSPACE_BYTES of this build (threads included) */

/* mnist_decoder_fwd_packed_ws with its contract checked (n >= 0 and n x the largest array's bytes within int64_t; no NULL
 * pointer; ws_bytes >= mnist_decoder_fwd_WORKSPACE_BYTES; every pointer aligned for double; y and ws overlapping nothing else):
 * runs it and returns TCONV_SYM_OK, or returns an error code having read and written nothing. */
#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer (n > 0) */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes < NAME_WORKSPACE_BYTES */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for the element type */
#define TCONV_SYM_EOVERLAP 5    /* y or ws overlaps another array */
#endif
int mnist_decoder_fwd_checked(long n, const double *x, const double *packed, double *y, void *ws, int64_t ws_bytes);
void mnist_decoder_fwd_packed_ws(long n, const double *restrict x, const double *restrict packed, double *restrict y, void *ws);
void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y);

#endif /* TCONV_SYM_MNIST_DECODER_FWD_H */
