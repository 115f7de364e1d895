# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
# operator:      forward: y = Cᵀ·x
# strategy:      polyphase (auto: NumPy; scatter form: one GEMM over all 8 taps on the whole input, a strided add per tap block (1,024 MACs <= 2x the blocks'))
# dtype:         float64
# signature:     upsample_1d_x4_fwd(x, w) -> y
# content-hash:  sha256:ec371c654ec757eb0604a0fe3251ab1a1f1af6b58a4d48333c15d941d42294c5
"""Forward kernel for TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2): y = Cᵀ·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 4, 16)
    w: (4, 2, 8)
    returns y: (n, 2, 64)
Computed in float64 (polyphase, 1,024 multiply-adds per sample).
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


# The scatter (col2im) form: y = one GEMM of the 8 live taps with the whole input,
# y: (n, groups, taps, out channels of a group, 16); then per tap block
# one strided add of its box of y into its box of the output: (output box, y box).
_BLOCKS = (
    (_np.s_[:, :, :, 0:61:4], _np.s_[:, :, 2, :, 0:16]),  # phase 0, tap 2: box 16
    (_np.s_[:, :, :, 4:61:4], _np.s_[:, :, 6, :, 0:15]),  # phase 0, tap 6: box 15
    (_np.s_[:, :, :, 1:62:4], _np.s_[:, :, 3, :, 0:16]),  # phase 1, tap 3: box 16
    (_np.s_[:, :, :, 5:62:4], _np.s_[:, :, 7, :, 0:15]),  # phase 1, tap 7: box 15
    (_np.s_[:, :, :, 2:59:4], _np.s_[:, :, 0, :, 1:16]),  # phase 2, tap 0: box 15
    (_np.s_[:, :, :, 2:63:4], _np.s_[:, :, 4, :, 0:16]),  # phase 2, tap 4: box 16
    (_np.s_[:, :, :, 3:60:4], _np.s_[:, :, 1, :, 1:16]),  # phase 3, tap 1: box 15
    (_np.s_[:, :, :, 3:64:4], _np.s_[:, :, 5, :, 0:16]),  # phase 3, tap 5: box 16
)


def _gemm_weights(w):
    """Weights as (groups, taps x out channels of a group, in channels of a group), tap-major."""
    wt = w.reshape(1, 4, 2, 8).transpose(0, 3, 2, 1)
    return _np.ascontiguousarray(wt).reshape(1, 16, 4)


def upsample_1d_x4_fwd(x, w):
    """y = Cᵀ·x, polyphase in scatter form: 4 output phase(s), one matmul over all
    8 taps and the channels of a group, then 8 strided adds of tap-block boxes."""
    x = _arg("x", x, (4, 16), True)
    w = _arg("w", w, (4, 2, 8), False)
    n = x.shape[0]
    src = x.reshape(n, 1, 4, 16)
    y = _np.matmul(_gemm_weights(w), src)
    y = y.reshape(n, 1, 8, 2, 16)
    out = _np.zeros((n, 1, 2, 64), dtype=_DTYPE)
    for dst, part in _BLOCKS:
        box = out[dst]
        box += y[part]
    return out.reshape(n, 2, 64)
