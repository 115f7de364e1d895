/*
 * generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
 * spec:          TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21)
 * operator:      input: grad_x = C·grad_y
 * strategy:      polyphase (auto: 80,724 terms > 4,096, a GEMM per tap block)
 * dtype:         float64
 * signature:     void fcn_bilinear_up2_dx(long n, const double *restrict grad_y, double *restrict grad_x)
 * content-hash:  sha256:c65410f0ab4ed8491ee61a6b22d3af5e3ae63f79475fa6e1fd0e7f122a30c775
 */
#include <stdint.h>
#include <string.h>
#include "fcn_bilinear_up2_dx.h"

/*
 * input kernel, polyphase: 1 output phase(s), 16 tap blocks. Each block is one
 * kernel tap: for every channel pair of a group (21 group(s), 1 x 1 channels) a box of
 * the output accumulates the tap times a box of the input. Box bounds are exact, so no inserted
 * or padding zero is ever multiplied; all bounds are compile-time constants; no heap allocation.
 *   grad_y: n x 21 x 32 x 32, C order
 *   grad_x: n x 21 x 16 x 16, C order
 *   the weights are constants in the code (336 nonzero of 336; zero weights skipped)
 */
void fcn_bilinear_up2_dx(long n, const double *restrict grad_y, double *restrict grad_x)
{
    for (long b = 0; b < n; ++b) {
        const double *restrict src = grad_y + b * 21504L;
        double *restrict dst = grad_x + b * 5376L;
        for (int_fast32_t i = 0; i < 5376; ++i)
            dst[i] = 0;
        /* phase 0, 0, tap 0, 0: box 15 x 15 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                17, 273, 529, 785, 1041, 1297, 1553, 1809,
                2065, 2321, 2577, 2833, 3089, 3345, 3601, 3857,
                4113, 4369, 4625, 4881, 5137,
            };
            static const int32_t src_at[21] = {
                33, 1057, 2081, 3105, 4129, 5153, 6177, 7201,
                8225, 9249, 10273, 11297, 12321, 13345, 14369, 15393,
                16417, 17441, 18465, 19489, 20513,
            };
            static const double coef[21] = {
                0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625,
                0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625,
                0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625,
                0.0625, 0.0625, 0.0625,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
        /* phase 0, 0, tap 0, 1: box 15 x 16 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                16, 272, 528, 784, 1040, 1296, 1552, 1808,
                2064, 2320, 2576, 2832, 3088, 3344, 3600, 3856,
                4112, 4368, 4624, 4880, 5136,
            };
            static const int32_t src_at[21] = {
                32, 1056, 2080, 3104, 4128, 5152, 6176, 7200,
                8224, 9248, 10272, 11296, 12320, 13344, 14368, 15392,
                16416, 17440, 18464, 19488, 20512,
            };
            static const double coef[21] = {
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
        /* phase 0, 0, tap 0, 2: box 15 x 16 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                16, 272, 528, 784, 1040, 1296, 1552, 1808,
                2064, 2320, 2576, 2832, 3088, 3344, 3600, 3856,
                4112, 4368, 4624, 4880, 5136,
            };
            static const int32_t src_at[21] = {
                33, 1057, 2081, 3105, 4129, 5153, 6177, 7201,
                8225, 9249, 10273, 11297, 12321, 13345, 14369, 15393,
                16417, 17441, 18465, 19489, 20513,
            };
            static const double coef[21] = {
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
        /* phase 0, 0, tap 0, 3: box 15 x 15 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                16, 272, 528, 784, 1040, 1296, 1552, 1808,
                2064, 2320, 2576, 2832, 3088, 3344, 3600, 3856,
                4112, 4368, 4624, 4880, 5136,
            };
            static const int32_t src_at[21] = {
                34, 1058, 2082, 3106, 4130, 5154, 6178, 7202,
                8226, 9250, 10274, 11298, 12322, 13346, 14370, 15394,
                16418, 17442, 18466, 19490, 20514,
            };
            static const double coef[21] = {
                0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625,
                0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625,
                0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625,
                0.0625, 0.0625, 0.0625,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
        /* phase 0, 0, tap 1, 0: box 16 x 15 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                1, 257, 513, 769, 1025, 1281, 1537, 1793,
                2049, 2305, 2561, 2817, 3073, 3329, 3585, 3841,
                4097, 4353, 4609, 4865, 5121,
            };
            static const int32_t src_at[21] = {
                1, 1025, 2049, 3073, 4097, 5121, 6145, 7169,
                8193, 9217, 10241, 11265, 12289, 13313, 14337, 15361,
                16385, 17409, 18433, 19457, 20481,
            };
            static const double coef[21] = {
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
        /* phase 0, 0, tap 1, 1: box 16 x 16 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                0, 256, 512, 768, 1024, 1280, 1536, 1792,
                2048, 2304, 2560, 2816, 3072, 3328, 3584, 3840,
                4096, 4352, 4608, 4864, 5120,
            };
            static const int32_t src_at[21] = {
                0, 1024, 2048, 3072, 4096, 5120, 6144, 7168,
                8192, 9216, 10240, 11264, 12288, 13312, 14336, 15360,
                16384, 17408, 18432, 19456, 20480,
            };
            static const double coef[21] = {
                0.5625, 0.5625, 0.5625, 0.5625, 0.5625, 0.5625,
                0.5625, 0.5625, 0.5625, 0.5625, 0.5625, 0.5625,
                0.5625, 0.5625, 0.5625, 0.5625, 0.5625, 0.5625,
                0.5625, 0.5625, 0.5625,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
        /* phase 0, 0, tap 1, 2: box 16 x 16 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                0, 256, 512, 768, 1024, 1280, 1536, 1792,
                2048, 2304, 2560, 2816, 3072, 3328, 3584, 3840,
                4096, 4352, 4608, 4864, 5120,
            };
            static const int32_t src_at[21] = {
                1, 1025, 2049, 3073, 4097, 5121, 6145, 7169,
                8193, 9217, 10241, 11265, 12289, 13313, 14337, 15361,
                16385, 17409, 18433, 19457, 20481,
            };
            static const double coef[21] = {
                0.5625, 0.5625, 0.5625, 0.5625, 0.5625, 0.5625,
                0.5625, 0.5625, 0.5625, 0.5625, 0.5625, 0.5625,
                0.5625, 0.5625, 0.5625, 0.5625, 0.5625, 0.5625,
                0.5625, 0.5625, 0.5625,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
        /* phase 0, 0, tap 1, 3: box 16 x 15 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                0, 256, 512, 768, 1024, 1280, 1536, 1792,
                2048, 2304, 2560, 2816, 3072, 3328, 3584, 3840,
                4096, 4352, 4608, 4864, 5120,
            };
            static const int32_t src_at[21] = {
                2, 1026, 2050, 3074, 4098, 5122, 6146, 7170,
                8194, 9218, 10242, 11266, 12290, 13314, 14338, 15362,
                16386, 17410, 18434, 19458, 20482,
            };
            static const double coef[21] = {
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
        /* phase 0, 0, tap 2, 0: box 16 x 15 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                1, 257, 513, 769, 1025, 1281, 1537, 1793,
                2049, 2305, 2561, 2817, 3073, 3329, 3585, 3841,
                4097, 4353, 4609, 4865, 5121,
            };
            static const int32_t src_at[21] = {
                33, 1057, 2081, 3105, 4129, 5153, 6177, 7201,
                8225, 9249, 10273, 11297, 12321, 13345, 14369, 15393,
                16417, 17441, 18465, 19489, 20513,
            };
            static const double coef[21] = {
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
        /* phase 0, 0, tap 2, 1: box 16 x 16 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                0, 256, 512, 768, 1024, 1280, 1536, 1792,
                2048, 2304, 2560, 2816, 3072, 3328, 3584, 3840,
                4096, 4352, 4608, 4864, 5120,
            };
            static const int32_t src_at[21] = {
                32, 1056, 2080, 3104, 4128, 5152, 6176, 7200,
                8224, 9248, 10272, 11296, 12320, 13344, 14368, 15392,
                16416, 17440, 18464, 19488, 20512,
            };
            static const double coef[21] = {
                0.5625, 0.5625, 0.5625, 0.5625, 0.5625, 0.5625,
                0.5625, 0.5625, 0.5625, 0.5625, 0.5625, 0.5625,
                0.5625, 0.5625, 0.5625, 0.5625, 0.5625, 0.5625,
                0.5625, 0.5625, 0.5625,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
        /* phase 0, 0, tap 2, 2: box 16 x 16 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                0, 256, 512, 768, 1024, 1280, 1536, 1792,
                2048, 2304, 2560, 2816, 3072, 3328, 3584, 3840,
                4096, 4352, 4608, 4864, 5120,
            };
            static const int32_t src_at[21] = {
                33, 1057, 2081, 3105, 4129, 5153, 6177, 7201,
                8225, 9249, 10273, 11297, 12321, 13345, 14369, 15393,
                16417, 17441, 18465, 19489, 20513,
            };
            static const double coef[21] = {
                0.5625, 0.5625, 0.5625, 0.5625, 0.5625, 0.5625,
                0.5625, 0.5625, 0.5625, 0.5625, 0.5625, 0.5625,
                0.5625, 0.5625, 0.5625, 0.5625, 0.5625, 0.5625,
                0.5625, 0.5625, 0.5625,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
        /* phase 0, 0, tap 2, 3: box 16 x 15 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                0, 256, 512, 768, 1024, 1280, 1536, 1792,
                2048, 2304, 2560, 2816, 3072, 3328, 3584, 3840,
                4096, 4352, 4608, 4864, 5120,
            };
            static const int32_t src_at[21] = {
                34, 1058, 2082, 3106, 4130, 5154, 6178, 7202,
                8226, 9250, 10274, 11298, 12322, 13346, 14370, 15394,
                16418, 17442, 18466, 19490, 20514,
            };
            static const double coef[21] = {
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 16; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
        /* phase 0, 0, tap 3, 0: box 15 x 15 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                1, 257, 513, 769, 1025, 1281, 1537, 1793,
                2049, 2305, 2561, 2817, 3073, 3329, 3585, 3841,
                4097, 4353, 4609, 4865, 5121,
            };
            static const int32_t src_at[21] = {
                65, 1089, 2113, 3137, 4161, 5185, 6209, 7233,
                8257, 9281, 10305, 11329, 12353, 13377, 14401, 15425,
                16449, 17473, 18497, 19521, 20545,
            };
            static const double coef[21] = {
                0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625,
                0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625,
                0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625,
                0.0625, 0.0625, 0.0625,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
        /* phase 0, 0, tap 3, 1: box 15 x 16 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                0, 256, 512, 768, 1024, 1280, 1536, 1792,
                2048, 2304, 2560, 2816, 3072, 3328, 3584, 3840,
                4096, 4352, 4608, 4864, 5120,
            };
            static const int32_t src_at[21] = {
                64, 1088, 2112, 3136, 4160, 5184, 6208, 7232,
                8256, 9280, 10304, 11328, 12352, 13376, 14400, 15424,
                16448, 17472, 18496, 19520, 20544,
            };
            static const double coef[21] = {
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
        /* phase 0, 0, tap 3, 2: box 15 x 16 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                0, 256, 512, 768, 1024, 1280, 1536, 1792,
                2048, 2304, 2560, 2816, 3072, 3328, 3584, 3840,
                4096, 4352, 4608, 4864, 5120,
            };
            static const int32_t src_at[21] = {
                65, 1089, 2113, 3137, 4161, 5185, 6209, 7233,
                8257, 9281, 10305, 11329, 12353, 13377, 14401, 15425,
                16449, 17473, 18497, 19521, 20545,
            };
            static const double coef[21] = {
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875, 0.1875, 0.1875, 0.1875,
                0.1875, 0.1875, 0.1875,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 16; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
        /* phase 0, 0, tap 3, 3: box 15 x 15 */
        {   /* the 21 nonzero baked weights of this tap (zero weights skipped) */
            static const int32_t out_at[21] = {
                0, 256, 512, 768, 1024, 1280, 1536, 1792,
                2048, 2304, 2560, 2816, 3072, 3328, 3584, 3840,
                4096, 4352, 4608, 4864, 5120,
            };
            static const int32_t src_at[21] = {
                66, 1090, 2114, 3138, 4162, 5186, 6210, 7234,
                8258, 9282, 10306, 11330, 12354, 13378, 14402, 15426,
                16450, 17474, 18498, 19522, 20546,
            };
            static const double coef[21] = {
                0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625,
                0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625,
                0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625,
                0.0625, 0.0625, 0.0625,
            };
            for (int_fast32_t i = 0; i < 21; ++i) {
                double *restrict yo = dst + out_at[i];
                const double *restrict xi = src + src_at[i];
                const double wv = coef[i];
                for (int_fast32_t u0 = 0; u0 < 15; ++u0)
                    for (int_fast32_t u1 = 0; u1 < 15; ++u1)
                        yo[u0 * 16 + u1] += wv * xi[u0 * 64 + u1 * 2];
            }
        }
    }
}


#ifndef TCONV_SYM_OK
#define TCONV_SYM_OK 0
#define TCONV_SYM_EBATCH 1      /* n < 0, n above the batch type, or n samples overflow a byte count */
#define TCONV_SYM_ENULL 2       /* a NULL pointer */
#define TCONV_SYM_EWORKSPACE 3  /* ws_bytes below the workspace the kernel needs */
#define TCONV_SYM_EALIGN 4      /* a pointer not aligned for its element type (ws: for its stated alignment) */
#define TCONV_SYM_EOVERLAP 5    /* the output or the workspace overlaps another array */
#endif

static int fcn_bilinear_up2_dx_chk_overlap(const void *a, int64_t a_bytes, const void *b, int64_t b_bytes)
{
    const uintptr_t p = (uintptr_t)a, q = (uintptr_t)b;
    return p < q + (uintptr_t)b_bytes && q < p + (uintptr_t)a_bytes;
}

int fcn_bilinear_up2_dx_checked(long n, const double *grad_y, double *grad_x);
int fcn_bilinear_up2_dx_checked(long n, const double *grad_y, double *grad_x)
{
    /* the raw contract of fcn_bilinear_up2_dx, checked: nothing is read or written unless it all holds */
    if (n < 0)
        return TCONV_SYM_EBATCH;
    {
        const int64_t samples = n;
        if (samples > 53614281278220)
            return TCONV_SYM_EBATCH;
    }
    {
        const int64_t samples = n;
        if (samples > 214457125112880)
            return TCONV_SYM_EBATCH;
    }
    if (n == 0)
        return TCONV_SYM_OK;
    if (!grad_y || !grad_x)
        return TCONV_SYM_ENULL;
    if ((uintptr_t)grad_y % sizeof(double) || (uintptr_t)grad_x % sizeof(double))
        return TCONV_SYM_EALIGN;
    if (fcn_bilinear_up2_dx_chk_overlap(grad_x, (n * ((int64_t)21 * 16 * 16) * (int64_t)sizeof(double)), grad_y, (n * ((int64_t)21 * 32 * 32) * (int64_t)sizeof(double))))
        return TCONV_SYM_EOVERLAP;
    fcn_bilinear_up2_dx(n, grad_y, grad_x);
    return TCONV_SYM_OK;
}
