/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, the gemm schedule; 32 output x 1 input channels per group, executes 1.13x the nonzeros <= 2)
 * dtype:         float64
 * signature:     void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:9438c1fe352ad7cd1a17d5345c595cd9a42bd13439c47df3c9e259adc4e88417
 */
#ifndef TCONV_SYM_MNIST_DECODER_DX_H
#define TCONV_SYM_MNIST_DECODER_DX_H

#include <stdint.h>

/*
 * input: grad_x = C·grad_y for TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32) (polyphase, GEMM form)
 *   grad_y: n x 1 x 28 x 28 double, C order
 *   w: 32 x 1 x 7 x 7 double, C order
 *   grad_x: n x 32 x 28 x 28 double, C order (written)
 *   packed: mnist_decoder_dx_PACKED_ELEMS double written once by mnist_decoder_dx_pack(0, w, packed) (w in PyTorch layout)
 *   ws: a caller's workspace of mnist_decoder_dx_WORKSPACE_BYTES bytes (aligned for double), any contents; with
 *       -DTCONV_SYM_THREADS=N one slice per thread (N x mnist_decoder_dx_WORKSPACE_BYTES_PER_THREAD)
 * Arrays must not overlap. C99 (restrict). The workspace of mnist_decoder_dx_packed and the packed weights of
 * mnist_decoder_dx come from TCONV_SYM_ALLOC / TCONV_SYM_FREE (malloc / free unless defined when compiling).
 */
#define mnist_decoder_dx_PACKED_ELEMS 1568L
#ifndef TCONV_SYM_THREADS
#define TCONV_SYM_THREADS 1
#endif
/* per thread: rounded up to 64 bytes (each thread's slice aligned like the whole) */
#define mnist_decoder_dx_WORKSPACE_BYTES_PER_THREAD ((26136L * (int64_t)sizeof(double) + 63) / 64 * 64)
#define mnist_decoder_dx_WORKSPACE_BYTES (mnist_decoder_dx_WORKSPACE_BYTES_PER_THREAD * TCONV_SYM_THREADS)

void mnist_decoder_dx_pack(long n, const double *restrict w, double *restrict packed);
void mnist_decoder_dx_packed(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x);
int64_t mnist_decoder_dx_workspace_bytes(void);  /* mnist_decoder_dx_WORKSPACE_BYTES of this build (threads included) */

/* mnist_decoder_dx_packed_ws with its contract checked (n >= 0 and n x the largest array's bytes within int64_t; no NULL
 * pointer; ws_bytes >= mnist_decoder_dx_WORKSPACE_BYTES; every pointer aligned for double; y and ws overlapping nothing else):
 * runs it and returns TCONV_SYM_OK, or returns an error code having read and written nothing. */
#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer (n > 0) */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes < NAME_WORKSPACE_BYTES */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for the element type */
#define TCONV_SYM_EOVERLAP 5    /* y or ws overlaps another array */
#endif
int mnist_decoder_dx_checked(long n, const double *grad_y, const double *packed, double *grad_x, void *ws, int64_t ws_bytes);
void mnist_decoder_dx_packed_ws(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x, void *ws);
void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_MNIST_DECODER_DX_H */
