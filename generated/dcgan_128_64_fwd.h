/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
 * operator:      forward: y = Cᵀ·x
 * strategy:      polyphase (auto: 7,372,800 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void dcgan_128_64_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y)
 * content-hash:  sha256:1a64f4b85b29ccdb21a8ba1f0910ebc35e85ebdd4af9efa2a503eef52cd5c20e
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
 *   ws: a caller's workspace of dcgan_128_64_fwd_WORKSPACE_BYTES bytes (aligned for double), any contents
 * Arrays must not overlap. C99 (restrict). The workspace of dcgan_128_64_fwd_packed and the packed weights of
 * dcgan_128_64_fwd come from TCONV_SYM_ALLOC / TCONV_SYM_FREE (malloc / free unless defined when compiling).
 */
#define dcgan_128_64_fwd_PACKED_ELEMS 131072L
#define dcgan_128_64_fwd_WORKSPACE_BYTES (199680L * (int64_t)sizeof(double))

void dcgan_128_64_fwd_pack(long n, const double *restrict w, double *restrict packed);
void dcgan_128_64_fwd_packed(long n, const double *restrict x, const double *restrict packed, double *restrict y);
void dcgan_128_64_fwd_packed_ws(long n, const double *restrict x, const double *restrict packed, double *restrict y, void *ws);
void dcgan_128_64_fwd(long n, const double *restrict x, const double *restrict w, double *restrict y);

#endif /* TCONV_SYM_DCGAN_128_64_FWD_H */
