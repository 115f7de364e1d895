# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
# operator:      forward: y = Cᵀ·x
# strategy:      polyphase (auto: NumPy; scatter form: one GEMM over all 4 taps on the whole input, a strided add per tap block (16 MACs <= 2x the blocks'))
# dtype:         float64
# signature:     tutorial_2x2_fwd(x, w) -> y
# content-hash:  sha256:9667d3386b9b8d391003a2d22ab05f56ce60e81099e2d9e521df0fd84902a4df
"""Forward kernel for TransposedConvSpec(in_size=(2, 2), kernel_size=2): y = Cᵀ·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 1, 2, 2)
    w: (1, 1, 2, 2)
    returns y: (n, 1, 3, 3)
Computed in float64 (polyphase, 16 multiply-adds per sample).
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


# The scatter (col2im) form: y = one GEMM of the 4 live taps with the whole input,
# y: (n, groups, taps, out channels of a group, 2, 2); then per tap block
# one strided add of its box of y into its box of the output: (output box, y box).
_BLOCKS = (
    (_np.s_[:, :, :, 0:2, 0:2], _np.s_[:, :, 0, :, 0:2, 0:2]),  # phase 0, 0, tap 0, 0: box 2 x 2
    (_np.s_[:, :, :, 0:2, 1:3], _np.s_[:, :, 1, :, 0:2, 0:2]),  # phase 0, 0, tap 0, 1: box 2 x 2
    (_np.s_[:, :, :, 1:3, 0:2], _np.s_[:, :, 2, :, 0:2, 0:2]),  # phase 0, 0, tap 1, 0: box 2 x 2
    (_np.s_[:, :, :, 1:3, 1:3], _np.s_[:, :, 3, :, 0:2, 0:2]),  # phase 0, 0, tap 1, 1: box 2 x 2
)


def _gemm_weights(w):
    """Weights as (groups, taps x out channels of a group, in channels of a group), tap-major."""
    wt = w.reshape(1, 1, 1, 4).transpose(0, 3, 2, 1)
    return _np.ascontiguousarray(wt).reshape(1, 4, 1)


def tutorial_2x2_fwd(x, w):
    """y = Cᵀ·x, polyphase in scatter form: 1 output phase(s), one broadcast multiply over all
    4 taps and the channels of a group, then 4 strided adds of tap-block boxes."""
    x = _arg("x", x, (1, 2, 2), True)
    w = _arg("w", w, (1, 1, 2, 2), False)
    n = x.shape[0]
    src = x.reshape(n, 1, 1, 4)
    y = _np.multiply(_gemm_weights(w), src)
    y = y.reshape(n, 1, 4, 1, 2, 2)
    out = _np.zeros((n, 1, 1, 3, 3), dtype=_DTYPE)
    for dst, part in _BLOCKS:
        box = out[dst]
        box += y[part]
    return out.reshape(n, 1, 3, 3)
