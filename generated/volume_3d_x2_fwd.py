# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
# operator:      forward: y = Cᵀ·x
# strategy:      polyphase (auto: NumPy; scatter form: one GEMM over all 27 taps on the whole input, a strided add per tap block (13,824 MACs <= 2x the blocks'))
# dtype:         float64
# signature:     volume_3d_x2_fwd(x, w) -> y
# content-hash:  sha256:3c217e01c70562da9d881a93a0fc776008e71603e9241a74af46e8c688dbc2bd
"""Forward kernel for TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1): y = Cᵀ·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 4, 4, 4, 4)
    w: (4, 2, 3, 3, 3)
    returns y: (n, 2, 8, 8, 8)
Computed in float64 (polyphase, 13,824 multiply-adds per sample).
"""

import numpy as _np

_DTYPE = _np.float64


def _arg(name, a, shape, batched):
    if hasattr(a, "detach") and hasattr(a, "cpu"):  # a torch tensor, also nn.Parameter
        a = a.detach().cpu().numpy()
    a = _np.asarray(a)
    if a.dtype.kind not in "biuf":
        raise TypeError(f"{name} must be a real numeric array, got dtype {a.dtype}")
    if a.ndim != len(shape) + batched or a.shape[batched:] != shape:
        want = ("n",) + shape if batched else shape
        raise ValueError(f"{name} must have shape {want}, got {a.shape}")
    return _np.ascontiguousarray(a, dtype=_DTYPE)


# The scatter (col2im) form: y = one GEMM of the 27 live taps with the whole input,
# y: (n, groups, taps, out channels of a group, 4, 4, 4); then per tap block
# one strided add of its box of y into its box of the output: (output box, y box).
_BLOCKS = (
    (_np.s_[:, :, :, 0:7:2, 0:7:2, 0:7:2], _np.s_[:, :, 13, :, 0:4, 0:4, 0:4]),  # phase 0, 0, 0, tap 1, 1, 1: box 4 x 4 x 4
    (_np.s_[:, :, :, 0:7:2, 0:7:2, 1:6:2], _np.s_[:, :, 12, :, 0:4, 0:4, 1:4]),  # phase 0, 0, 1, tap 1, 1, 0: box 4 x 4 x 3
    (_np.s_[:, :, :, 0:7:2, 0:7:2, 1:8:2], _np.s_[:, :, 14, :, 0:4, 0:4, 0:4]),  # phase 0, 0, 1, tap 1, 1, 2: box 4 x 4 x 4
    (_np.s_[:, :, :, 0:7:2, 1:6:2, 0:7:2], _np.s_[:, :, 10, :, 0:4, 1:4, 0:4]),  # phase 0, 1, 0, tap 1, 0, 1: box 4 x 3 x 4
    (_np.s_[:, :, :, 0:7:2, 1:8:2, 0:7:2], _np.s_[:, :, 16, :, 0:4, 0:4, 0:4]),  # phase 0, 1, 0, tap 1, 2, 1: box 4 x 4 x 4
    (_np.s_[:, :, :, 0:7:2, 1:6:2, 1:6:2], _np.s_[:, :, 9, :, 0:4, 1:4, 1:4]),  # phase 0, 1, 1, tap 1, 0, 0: box 4 x 3 x 3
    (_np.s_[:, :, :, 0:7:2, 1:6:2, 1:8:2], _np.s_[:, :, 11, :, 0:4, 1:4, 0:4]),  # phase 0, 1, 1, tap 1, 0, 2: box 4 x 3 x 4
    (_np.s_[:, :, :, 0:7:2, 1:8:2, 1:6:2], _np.s_[:, :, 15, :, 0:4, 0:4, 1:4]),  # phase 0, 1, 1, tap 1, 2, 0: box 4 x 4 x 3
    (_np.s_[:, :, :, 0:7:2, 1:8:2, 1:8:2], _np.s_[:, :, 17, :, 0:4, 0:4, 0:4]),  # phase 0, 1, 1, tap 1, 2, 2: box 4 x 4 x 4
    (_np.s_[:, :, :, 1:6:2, 0:7:2, 0:7:2], _np.s_[:, :, 4, :, 1:4, 0:4, 0:4]),  # phase 1, 0, 0, tap 0, 1, 1: box 3 x 4 x 4
    (_np.s_[:, :, :, 1:8:2, 0:7:2, 0:7:2], _np.s_[:, :, 22, :, 0:4, 0:4, 0:4]),  # phase 1, 0, 0, tap 2, 1, 1: box 4 x 4 x 4
    (_np.s_[:, :, :, 1:6:2, 0:7:2, 1:6:2], _np.s_[:, :, 3, :, 1:4, 0:4, 1:4]),  # phase 1, 0, 1, tap 0, 1, 0: box 3 x 4 x 3
    (_np.s_[:, :, :, 1:6:2, 0:7:2, 1:8:2], _np.s_[:, :, 5, :, 1:4, 0:4, 0:4]),  # phase 1, 0, 1, tap 0, 1, 2: box 3 x 4 x 4
    (_np.s_[:, :, :, 1:8:2, 0:7:2, 1:6:2], _np.s_[:, :, 21, :, 0:4, 0:4, 1:4]),  # phase 1, 0, 1, tap 2, 1, 0: box 4 x 4 x 3
    (_np.s_[:, :, :, 1:8:2, 0:7:2, 1:8:2], _np.s_[:, :, 23, :, 0:4, 0:4, 0:4]),  # phase 1, 0, 1, tap 2, 1, 2: box 4 x 4 x 4
    (_np.s_[:, :, :, 1:6:2, 1:6:2, 0:7:2], _np.s_[:, :, 1, :, 1:4, 1:4, 0:4]),  # phase 1, 1, 0, tap 0, 0, 1: box 3 x 3 x 4
    (_np.s_[:, :, :, 1:6:2, 1:8:2, 0:7:2], _np.s_[:, :, 7, :, 1:4, 0:4, 0:4]),  # phase 1, 1, 0, tap 0, 2, 1: box 3 x 4 x 4
    (_np.s_[:, :, :, 1:8:2, 1:6:2, 0:7:2], _np.s_[:, :, 19, :, 0:4, 1:4, 0:4]),  # phase 1, 1, 0, tap 2, 0, 1: box 4 x 3 x 4
    (_np.s_[:, :, :, 1:8:2, 1:8:2, 0:7:2], _np.s_[:, :, 25, :, 0:4, 0:4, 0:4]),  # phase 1, 1, 0, tap 2, 2, 1: box 4 x 4 x 4
    (_np.s_[:, :, :, 1:6:2, 1:6:2, 1:6:2], _np.s_[:, :, 0, :, 1:4, 1:4, 1:4]),  # phase 1, 1, 1, tap 0, 0, 0: box 3 x 3 x 3
    (_np.s_[:, :, :, 1:6:2, 1:6:2, 1:8:2], _np.s_[:, :, 2, :, 1:4, 1:4, 0:4]),  # phase 1, 1, 1, tap 0, 0, 2: box 3 x 3 x 4
    (_np.s_[:, :, :, 1:6:2, 1:8:2, 1:6:2], _np.s_[:, :, 6, :, 1:4, 0:4, 1:4]),  # phase 1, 1, 1, tap 0, 2, 0: box 3 x 4 x 3
    (_np.s_[:, :, :, 1:6:2, 1:8:2, 1:8:2], _np.s_[:, :, 8, :, 1:4, 0:4, 0:4]),  # phase 1, 1, 1, tap 0, 2, 2: box 3 x 4 x 4
    (_np.s_[:, :, :, 1:8:2, 1:6:2, 1:6:2], _np.s_[:, :, 18, :, 0:4, 1:4, 1:4]),  # phase 1, 1, 1, tap 2, 0, 0: box 4 x 3 x 3
    (_np.s_[:, :, :, 1:8:2, 1:6:2, 1:8:2], _np.s_[:, :, 20, :, 0:4, 1:4, 0:4]),  # phase 1, 1, 1, tap 2, 0, 2: box 4 x 3 x 4
    (_np.s_[:, :, :, 1:8:2, 1:8:2, 1:6:2], _np.s_[:, :, 24, :, 0:4, 0:4, 1:4]),  # phase 1, 1, 1, tap 2, 2, 0: box 4 x 4 x 3
    (_np.s_[:, :, :, 1:8:2, 1:8:2, 1:8:2], _np.s_[:, :, 26, :, 0:4, 0:4, 0:4]),  # phase 1, 1, 1, tap 2, 2, 2: box 4 x 4 x 4
)


def _gemm_weights(w):
    """Weights as (groups, taps x out channels of a group, in channels of a group), tap-major."""
    wt = w.reshape(1, 4, 2, 27).transpose(0, 3, 2, 1)
    return _np.ascontiguousarray(wt).reshape(1, 54, 4)


def volume_3d_x2_fwd(x, w):
    """y = Cᵀ·x, polyphase in scatter form: 8 output phase(s), one matmul over all
    27 taps and the channels of a group, then 27 strided adds of tap-block boxes."""
    x = _arg("x", x, (4, 4, 4, 4), True)
    w = _arg("w", w, (4, 2, 3, 3, 3), False)
    n = x.shape[0]
    src = x.reshape(n, 1, 4, 64)
    y = _np.matmul(_gemm_weights(w), src)
    y = y.reshape(n, 1, 27, 2, 4, 4, 4)
    out = _np.zeros((n, 1, 2, 8, 8, 8), dtype=_DTYPE)
    for dst, part in _BLOCKS:
        box = out[dst]
        box += y[part]
    return out.reshape(n, 2, 8, 8, 8)
