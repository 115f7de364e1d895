/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:d14e97ed802fe7870fb76e586316cc5d2203f0267be2db6eb0a1729607fa1e8f
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
 *   ws: a caller's workspace of mnist_decoder_fwd_WORKSPACE_BYTES bytes (aligned for double), any contents
 * Arrays must not overlap. C99 (restrict). The workspace of mnist_decoder_fwd_packed and the packed weights of
 * mnist_decoder_fwd come from TCONV_SYM_ALLOC / TCONV_SYM_FREE (malloc / free unless defined when compiling).
 */
#define mnist_decoder_fwd_PACKED_ELEMS 1792L
#define mnist_decoder_fwd_WORKSPACE_BYTES (69696L * (int64_t)sizeof(double))

void mnist_decoder_fwd_pack(long n, const double *restrict w, double *restrict packed);
void mnist_decoder_fwd_packed(long n, const double *restrict x, const double *restrict packed, double *restrict y);
void mnist_decoder_fwd_packed_ws(long n, const double *restrict x, const double *restrict packed, double *restrict y, void *ws);
void mnist_decoder_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y);

#endif /* TCONV_SYM_MNIST_DECODER_FWD_H */
