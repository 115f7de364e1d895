/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x)
 * content-hash:  sha256:0715378a5366517bb202764f9ceff4a14bfe87e30c6c54129ebb0d36d37a8845
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
 *   ws: a caller's workspace of mnist_decoder_dx_WORKSPACE_BYTES bytes (aligned for double), any contents
 * Arrays must not overlap. C99 (restrict). The workspace of mnist_decoder_dx_packed and the packed weights of
 * mnist_decoder_dx come from TCONV_SYM_ALLOC / TCONV_SYM_FREE (malloc / free unless defined when compiling).
 */
#define mnist_decoder_dx_PACKED_ELEMS 1568L
#define mnist_decoder_dx_WORKSPACE_BYTES (26136L * (int64_t)sizeof(double))

void mnist_decoder_dx_pack(long n, const double *restrict w, double *restrict packed);
void mnist_decoder_dx_packed(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x);
void mnist_decoder_dx_packed_ws(long n, const double *restrict grad_y, const double *restrict packed, double *restrict grad_x, void *ws);
void mnist_decoder_dx(long n, const double *restrict grad_y, const double *restrict w, double *restrict grad_x);

#endif /* TCONV_SYM_MNIST_DECODER_DX_H */
