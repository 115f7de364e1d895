# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
# operator:      forward: y = Cᵀ·x
# strategy:      polyphase (auto: NumPy; scatter form: one GEMM over all 9 taps on the whole input, a strided add per tap block (144 MACs <= 2x the blocks'))
# dtype:         float64
# signature:     keras_same_4x4_k3_s2_fwd(x, w) -> y
# content-hash:  sha256:fd5abe8cdfceba3394a17f05c0fa0298a614d0ef4f557aeb0521317ebb684346
"""Forward kernel for TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1))): y = Cᵀ·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 1, 4, 4)
    w: (1, 1, 3, 3)
    returns y: (n, 1, 8, 8)
Computed in float64 (polyphase, 144 multiply-adds per sample).
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


# The scatter (col2im) form: y = one GEMM of the 9 live taps with the whole input,
# y: (n, groups, taps, out channels of a group, 4, 4); then per tap block
# one strided add of its box of y into its box of the output: (output box, y box).
_BLOCKS = (
    (_np.s_[:, :, :, 0:7:2, 0:7:2], _np.s_[:, :, 0, :, 0:4, 0:4]),  # phase 0, 0, tap 0, 0: box 4 x 4
    (_np.s_[:, :, :, 0:7:2, 2:7:2], _np.s_[:, :, 2, :, 0:4, 0:3]),  # phase 0, 0, tap 0, 2: box 4 x 3
    (_np.s_[:, :, :, 2:7:2, 0:7:2], _np.s_[:, :, 6, :, 0:3, 0:4]),  # phase 0, 0, tap 2, 0: box 3 x 4
    (_np.s_[:, :, :, 2:7:2, 2:7:2], _np.s_[:, :, 8, :, 0:3, 0:3]),  # phase 0, 0, tap 2, 2: box 3 x 3
    (_np.s_[:, :, :, 0:7:2, 1:8:2], _np.s_[:, :, 1, :, 0:4, 0:4]),  # phase 0, 1, tap 0, 1: box 4 x 4
    (_np.s_[:, :, :, 2:7:2, 1:8:2], _np.s_[:, :, 7, :, 0:3, 0:4]),  # phase 0, 1, tap 2, 1: box 3 x 4
    (_np.s_[:, :, :, 1:8:2, 0:7:2], _np.s_[:, :, 3, :, 0:4, 0:4]),  # phase 1, 0, tap 1, 0: box 4 x 4
    (_np.s_[:, :, :, 1:8:2, 2:7:2], _np.s_[:, :, 5, :, 0:4, 0:3]),  # phase 1, 0, tap 1, 2: box 4 x 3
    (_np.s_[:, :, :, 1:8:2, 1:8:2], _np.s_[:, :, 4, :, 0:4, 0:4]),  # phase 1, 1, tap 1, 1: box 4 x 4
)


def _gemm_weights(w):
    """Weights as (groups, taps x out channels of a group, in channels of a group), tap-major."""
    wt = w.reshape(1, 1, 1, 9).transpose(0, 3, 2, 1)
    return _np.ascontiguousarray(wt).reshape(1, 9, 1)


def keras_same_4x4_k3_s2_fwd(x, w):
    """y = Cᵀ·x, polyphase in scatter form: 4 output phase(s), one broadcast multiply over all
    9 taps and the channels of a group, then 9 strided adds of tap-block boxes."""
    x = _arg("x", x, (1, 4, 4), True)
    w = _arg("w", w, (1, 1, 3, 3), False)
    n = x.shape[0]
    src = x.reshape(n, 1, 1, 16)
    y = _np.multiply(_gemm_weights(w), src)
    y = y.reshape(n, 1, 9, 1, 4, 4)
    out = _np.zeros((n, 1, 1, 8, 8), dtype=_DTYPE)
    for dst, part in _BLOCKS:
        box = out[dst]
        box += y[part]
    return out.reshape(n, 1, 8, 8)
