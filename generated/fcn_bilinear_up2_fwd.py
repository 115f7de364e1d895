# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21)
# operator:      forward: y = Cᵀ·x
# strategy:      polyphase (auto: NumPy; scatter form: one GEMM over all 16 taps on the whole input, a strided add per tap block (86,016 MACs <= 2x the blocks'))
# dtype:         float64
# signature:     fcn_bilinear_up2_fwd(x) -> y
# content-hash:  sha256:d4c4eee04ec0114b0df82ad9e2c39868dd017120fe62773061a0d49d80445f12
"""Forward kernel for TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21): y = Cᵀ·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 21, 16, 16)
    returns y: (n, 21, 32, 32)
Computed in float64 (polyphase, 86,016 multiply-adds per sample).
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

# the baked weights, PyTorch layout (21, 1, 4, 4)
_W = _np.array([
    0.0625, 0.1875, 0.1875, 0.0625, 0.1875, 0.5625,
    0.5625, 0.1875, 0.1875, 0.5625, 0.5625, 0.1875,
    0.0625, 0.1875, 0.1875, 0.0625, 0.0625, 0.1875,
    0.1875, 0.0625, 0.1875, 0.5625, 0.5625, 0.1875,
    0.1875, 0.5625, 0.5625, 0.1875, 0.0625, 0.1875,
    0.1875, 0.0625, 0.0625, 0.1875, 0.1875, 0.0625,
    0.1875, 0.5625, 0.5625, 0.1875, 0.1875, 0.5625,
    0.5625, 0.1875, 0.0625, 0.1875, 0.1875, 0.0625,
    0.0625, 0.1875, 0.1875, 0.0625, 0.1875, 0.5625,
    0.5625, 0.1875, 0.1875, 0.5625, 0.5625, 0.1875,
    0.0625, 0.1875, 0.1875, 0.0625, 0.0625, 0.1875,
    0.1875, 0.0625, 0.1875, 0.5625, 0.5625, 0.1875,
    0.1875, 0.5625, 0.5625, 0.1875, 0.0625, 0.1875,
    0.1875, 0.0625, 0.0625, 0.1875, 0.1875, 0.0625,
    0.1875, 0.5625, 0.5625, 0.1875, 0.1875, 0.5625,
    0.5625, 0.1875, 0.0625, 0.1875, 0.1875, 0.0625,
    0.0625, 0.1875, 0.1875, 0.0625, 0.1875, 0.5625,
    0.5625, 0.1875, 0.1875, 0.5625, 0.5625, 0.1875,
    0.0625, 0.1875, 0.1875, 0.0625, 0.0625, 0.1875,
    0.1875, 0.0625, 0.1875, 0.5625, 0.5625, 0.1875,
    0.1875, 0.5625, 0.5625, 0.1875, 0.0625, 0.1875,
    0.1875, 0.0625, 0.0625, 0.1875, 0.1875, 0.0625,
    0.1875, 0.5625, 0.5625, 0.1875, 0.1875, 0.5625,
    0.5625, 0.1875, 0.0625, 0.1875, 0.1875, 0.0625,
    0.0625, 0.1875, 0.1875, 0.0625, 0.1875, 0.5625,
    0.5625, 0.1875, 0.1875, 0.5625, 0.5625, 0.1875,
    0.0625, 0.1875, 0.1875, 0.0625, 0.0625, 0.1875,
    0.1875, 0.0625, 0.1875, 0.5625, 0.5625, 0.1875,
    0.1875, 0.5625, 0.5625, 0.1875, 0.0625, 0.1875,
    0.1875, 0.0625, 0.0625, 0.1875, 0.1875, 0.0625,
    0.1875, 0.5625, 0.5625, 0.1875, 0.1875, 0.5625,
    0.5625, 0.1875, 0.0625, 0.1875, 0.1875, 0.0625,
    0.0625, 0.1875, 0.1875, 0.0625, 0.1875, 0.5625,
    0.5625, 0.1875, 0.1875, 0.5625, 0.5625, 0.1875,
    0.0625, 0.1875, 0.1875, 0.0625, 0.0625, 0.1875,
    0.1875, 0.0625, 0.1875, 0.5625, 0.5625, 0.1875,
    0.1875, 0.5625, 0.5625, 0.1875, 0.0625, 0.1875,
    0.1875, 0.0625, 0.0625, 0.1875, 0.1875, 0.0625,
    0.1875, 0.5625, 0.5625, 0.1875, 0.1875, 0.5625,
    0.5625, 0.1875, 0.0625, 0.1875, 0.1875, 0.0625,
    0.0625, 0.1875, 0.1875, 0.0625, 0.1875, 0.5625,
    0.5625, 0.1875, 0.1875, 0.5625, 0.5625, 0.1875,
    0.0625, 0.1875, 0.1875, 0.0625, 0.0625, 0.1875,
    0.1875, 0.0625, 0.1875, 0.5625, 0.5625, 0.1875,
    0.1875, 0.5625, 0.5625, 0.1875, 0.0625, 0.1875,
    0.1875, 0.0625, 0.0625, 0.1875, 0.1875, 0.0625,
    0.1875, 0.5625, 0.5625, 0.1875, 0.1875, 0.5625,
    0.5625, 0.1875, 0.0625, 0.1875, 0.1875, 0.0625,
    0.0625, 0.1875, 0.1875, 0.0625, 0.1875, 0.5625,
    0.5625, 0.1875, 0.1875, 0.5625, 0.5625, 0.1875,
    0.0625, 0.1875, 0.1875, 0.0625, 0.0625, 0.1875,
    0.1875, 0.0625, 0.1875, 0.5625, 0.5625, 0.1875,
    0.1875, 0.5625, 0.5625, 0.1875, 0.0625, 0.1875,
    0.1875, 0.0625, 0.0625, 0.1875, 0.1875, 0.0625,
    0.1875, 0.5625, 0.5625, 0.1875, 0.1875, 0.5625,
    0.5625, 0.1875, 0.0625, 0.1875, 0.1875, 0.0625,
], dtype=_DTYPE).reshape((21, 1, 4, 4))


# The scatter (col2im) form: y = one GEMM of the 16 live taps with the whole input,
# y: (n, groups, taps, out channels of a group, 16, 16); then per tap block
# one strided add of its box of y into its box of the output: (output box, y box).
_BLOCKS = (
    (_np.s_[:, :, :, 0:31:2, 0:31:2], _np.s_[:, :, 5, :, 0:16, 0:16]),  # phase 0, 0, tap 1, 1: box 16 x 16
    (_np.s_[:, :, :, 0:31:2, 2:31:2], _np.s_[:, :, 7, :, 0:16, 0:15]),  # phase 0, 0, tap 1, 3: box 16 x 15
    (_np.s_[:, :, :, 2:31:2, 0:31:2], _np.s_[:, :, 13, :, 0:15, 0:16]),  # phase 0, 0, tap 3, 1: box 15 x 16
    (_np.s_[:, :, :, 2:31:2, 2:31:2], _np.s_[:, :, 15, :, 0:15, 0:15]),  # phase 0, 0, tap 3, 3: box 15 x 15
    (_np.s_[:, :, :, 0:31:2, 1:30:2], _np.s_[:, :, 4, :, 0:16, 1:16]),  # phase 0, 1, tap 1, 0: box 16 x 15
    (_np.s_[:, :, :, 0:31:2, 1:32:2], _np.s_[:, :, 6, :, 0:16, 0:16]),  # phase 0, 1, tap 1, 2: box 16 x 16
    (_np.s_[:, :, :, 2:31:2, 1:30:2], _np.s_[:, :, 12, :, 0:15, 1:16]),  # phase 0, 1, tap 3, 0: box 15 x 15
    (_np.s_[:, :, :, 2:31:2, 1:32:2], _np.s_[:, :, 14, :, 0:15, 0:16]),  # phase 0, 1, tap 3, 2: box 15 x 16
    (_np.s_[:, :, :, 1:30:2, 0:31:2], _np.s_[:, :, 1, :, 1:16, 0:16]),  # phase 1, 0, tap 0, 1: box 15 x 16
    (_np.s_[:, :, :, 1:30:2, 2:31:2], _np.s_[:, :, 3, :, 1:16, 0:15]),  # phase 1, 0, tap 0, 3: box 15 x 15
    (_np.s_[:, :, :, 1:32:2, 0:31:2], _np.s_[:, :, 9, :, 0:16, 0:16]),  # phase 1, 0, tap 2, 1: box 16 x 16
    (_np.s_[:, :, :, 1:32:2, 2:31:2], _np.s_[:, :, 11, :, 0:16, 0:15]),  # phase 1, 0, tap 2, 3: box 16 x 15
    (_np.s_[:, :, :, 1:30:2, 1:30:2], _np.s_[:, :, 0, :, 1:16, 1:16]),  # phase 1, 1, tap 0, 0: box 15 x 15
    (_np.s_[:, :, :, 1:30:2, 1:32:2], _np.s_[:, :, 2, :, 1:16, 0:16]),  # phase 1, 1, tap 0, 2: box 15 x 16
    (_np.s_[:, :, :, 1:32:2, 1:30:2], _np.s_[:, :, 8, :, 0:16, 1:16]),  # phase 1, 1, tap 2, 0: box 16 x 15
    (_np.s_[:, :, :, 1:32:2, 1:32:2], _np.s_[:, :, 10, :, 0:16, 0:16]),  # phase 1, 1, tap 2, 2: box 16 x 16
)


def _gemm_weights(w):
    """Weights as (groups, taps x out channels of a group, in channels of a group), tap-major."""
    wt = w.reshape(21, 1, 1, 16).transpose(0, 3, 2, 1)
    return _np.ascontiguousarray(wt).reshape(21, 16, 1)


_WG = _gemm_weights(_W)


def fcn_bilinear_up2_fwd(x):
    """y = Cᵀ·x, polyphase in scatter form: 4 output phase(s), one broadcast multiply over all
    16 taps and the channels of a group, then 16 strided adds of tap-block boxes."""
    x = _arg("x", x, (21, 16, 16), True)
    n = x.shape[0]
    src = x.reshape(n, 21, 1, 256)
    y = _np.multiply(_WG, src)
    y = y.reshape(n, 21, 16, 1, 16, 16)
    out = _np.zeros((n, 21, 1, 32, 32), dtype=_DTYPE)
    for dst, part in _BLOCKS:
        box = out[dst]
        box += y[part]
    return out.reshape(n, 21, 32, 32)
