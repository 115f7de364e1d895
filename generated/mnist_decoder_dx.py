# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
# operator:      input: grad_x = C·grad_y
# strategy:      polyphase (auto: NumPy; scatter form: one GEMM over all 49 taps on the whole input, a strided add per tap block (1,229,312 MACs <= 2x the blocks'))
# dtype:         float64
# signature:     mnist_decoder_dx(grad_y, w) -> grad_x
# content-hash:  sha256:16286189871e36adc483a033ca005a65c8bb1d6755651825cd495e14e3024fe8
"""Input kernel for TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32): grad_x = C·grad_y.

Arrays are batch-first in PyTorch layout, C order:
    grad_y: (n, 1, 28, 28)
    w: (32, 1, 7, 7)
    returns grad_x: (n, 32, 28, 28)
Computed in float64 (polyphase, 1,229,312 multiply-adds per sample).
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


# The scatter (col2im) form: y = one GEMM of the 49 live taps with the whole input,
# y: (n, groups, taps, out channels of a group, 28, 28); then per tap block
# one strided add of its box of y into its box of the output: (output box, y box).
_BLOCKS = (
    (_np.s_[:, :, :, 3:28, 3:28], _np.s_[:, :, 0, :, 0:25, 0:25]),  # phase 0, 0, tap 0, 0: box 25 x 25
    (_np.s_[:, :, :, 3:28, 2:28], _np.s_[:, :, 1, :, 0:25, 0:26]),  # phase 0, 0, tap 0, 1: box 25 x 26
    (_np.s_[:, :, :, 3:28, 1:28], _np.s_[:, :, 2, :, 0:25, 0:27]),  # phase 0, 0, tap 0, 2: box 25 x 27
    (_np.s_[:, :, :, 3:28, 0:28], _np.s_[:, :, 3, :, 0:25, 0:28]),  # phase 0, 0, tap 0, 3: box 25 x 28
    (_np.s_[:, :, :, 3:28, 0:27], _np.s_[:, :, 4, :, 0:25, 1:28]),  # phase 0, 0, tap 0, 4: box 25 x 27
    (_np.s_[:, :, :, 3:28, 0:26], _np.s_[:, :, 5, :, 0:25, 2:28]),  # phase 0, 0, tap 0, 5: box 25 x 26
    (_np.s_[:, :, :, 3:28, 0:25], _np.s_[:, :, 6, :, 0:25, 3:28]),  # phase 0, 0, tap 0, 6: box 25 x 25
    (_np.s_[:, :, :, 2:28, 3:28], _np.s_[:, :, 7, :, 0:26, 0:25]),  # phase 0, 0, tap 1, 0: box 26 x 25
    (_np.s_[:, :, :, 2:28, 2:28], _np.s_[:, :, 8, :, 0:26, 0:26]),  # phase 0, 0, tap 1, 1: box 26 x 26
    (_np.s_[:, :, :, 2:28, 1:28], _np.s_[:, :, 9, :, 0:26, 0:27]),  # phase 0, 0, tap 1, 2: box 26 x 27
    (_np.s_[:, :, :, 2:28, 0:28], _np.s_[:, :, 10, :, 0:26, 0:28]),  # phase 0, 0, tap 1, 3: box 26 x 28
    (_np.s_[:, :, :, 2:28, 0:27], _np.s_[:, :, 11, :, 0:26, 1:28]),  # phase 0, 0, tap 1, 4: box 26 x 27
    (_np.s_[:, :, :, 2:28, 0:26], _np.s_[:, :, 12, :, 0:26, 2:28]),  # phase 0, 0, tap 1, 5: box 26 x 26
    (_np.s_[:, :, :, 2:28, 0:25], _np.s_[:, :, 13, :, 0:26, 3:28]),  # phase 0, 0, tap 1, 6: box 26 x 25
    (_np.s_[:, :, :, 1:28, 3:28], _np.s_[:, :, 14, :, 0:27, 0:25]),  # phase 0, 0, tap 2, 0: box 27 x 25
    (_np.s_[:, :, :, 1:28, 2:28], _np.s_[:, :, 15, :, 0:27, 0:26]),  # phase 0, 0, tap 2, 1: box 27 x 26
    (_np.s_[:, :, :, 1:28, 1:28], _np.s_[:, :, 16, :, 0:27, 0:27]),  # phase 0, 0, tap 2, 2: box 27 x 27
    (_np.s_[:, :, :, 1:28, 0:28], _np.s_[:, :, 17, :, 0:27, 0:28]),  # phase 0, 0, tap 2, 3: box 27 x 28
    (_np.s_[:, :, :, 1:28, 0:27], _np.s_[:, :, 18, :, 0:27, 1:28]),  # phase 0, 0, tap 2, 4: box 27 x 27
    (_np.s_[:, :, :, 1:28, 0:26], _np.s_[:, :, 19, :, 0:27, 2:28]),  # phase 0, 0, tap 2, 5: box 27 x 26
    (_np.s_[:, :, :, 1:28, 0:25], _np.s_[:, :, 20, :, 0:27, 3:28]),  # phase 0, 0, tap 2, 6: box 27 x 25
    (_np.s_[:, :, :, 0:28, 3:28], _np.s_[:, :, 21, :, 0:28, 0:25]),  # phase 0, 0, tap 3, 0: box 28 x 25
    (_np.s_[:, :, :, 0:28, 2:28], _np.s_[:, :, 22, :, 0:28, 0:26]),  # phase 0, 0, tap 3, 1: box 28 x 26
    (_np.s_[:, :, :, 0:28, 1:28], _np.s_[:, :, 23, :, 0:28, 0:27]),  # phase 0, 0, tap 3, 2: box 28 x 27
    (_np.s_[:, :, :, 0:28, 0:28], _np.s_[:, :, 24, :, 0:28, 0:28]),  # phase 0, 0, tap 3, 3: box 28 x 28
    (_np.s_[:, :, :, 0:28, 0:27], _np.s_[:, :, 25, :, 0:28, 1:28]),  # phase 0, 0, tap 3, 4: box 28 x 27
    (_np.s_[:, :, :, 0:28, 0:26], _np.s_[:, :, 26, :, 0:28, 2:28]),  # phase 0, 0, tap 3, 5: box 28 x 26
    (_np.s_[:, :, :, 0:28, 0:25], _np.s_[:, :, 27, :, 0:28, 3:28]),  # phase 0, 0, tap 3, 6: box 28 x 25
    (_np.s_[:, :, :, 0:27, 3:28], _np.s_[:, :, 28, :, 1:28, 0:25]),  # phase 0, 0, tap 4, 0: box 27 x 25
    (_np.s_[:, :, :, 0:27, 2:28], _np.s_[:, :, 29, :, 1:28, 0:26]),  # phase 0, 0, tap 4, 1: box 27 x 26
    (_np.s_[:, :, :, 0:27, 1:28], _np.s_[:, :, 30, :, 1:28, 0:27]),  # phase 0, 0, tap 4, 2: box 27 x 27
    (_np.s_[:, :, :, 0:27, 0:28], _np.s_[:, :, 31, :, 1:28, 0:28]),  # phase 0, 0, tap 4, 3: box 27 x 28
    (_np.s_[:, :, :, 0:27, 0:27], _np.s_[:, :, 32, :, 1:28, 1:28]),  # phase 0, 0, tap 4, 4: box 27 x 27
    (_np.s_[:, :, :, 0:27, 0:26], _np.s_[:, :, 33, :, 1:28, 2:28]),  # phase 0, 0, tap 4, 5: box 27 x 26
    (_np.s_[:, :, :, 0:27, 0:25], _np.s_[:, :, 34, :, 1:28, 3:28]),  # phase 0, 0, tap 4, 6: box 27 x 25
    (_np.s_[:, :, :, 0:26, 3:28], _np.s_[:, :, 35, :, 2:28, 0:25]),  # phase 0, 0, tap 5, 0: box 26 x 25
    (_np.s_[:, :, :, 0:26, 2:28], _np.s_[:, :, 36, :, 2:28, 0:26]),  # phase 0, 0, tap 5, 1: box 26 x 26
    (_np.s_[:, :, :, 0:26, 1:28], _np.s_[:, :, 37, :, 2:28, 0:27]),  # phase 0, 0, tap 5, 2: box 26 x 27
    (_np.s_[:, :, :, 0:26, 0:28], _np.s_[:, :, 38, :, 2:28, 0:28]),  # phase 0, 0, tap 5, 3: box 26 x 28
    (_np.s_[:, :, :, 0:26, 0:27], _np.s_[:, :, 39, :, 2:28, 1:28]),  # phase 0, 0, tap 5, 4: box 26 x 27
    (_np.s_[:, :, :, 0:26, 0:26], _np.s_[:, :, 40, :, 2:28, 2:28]),  # phase 0, 0, tap 5, 5: box 26 x 26
    (_np.s_[:, :, :, 0:26, 0:25], _np.s_[:, :, 41, :, 2:28, 3:28]),  # phase 0, 0, tap 5, 6: box 26 x 25
    (_np.s_[:, :, :, 0:25, 3:28], _np.s_[:, :, 42, :, 3:28, 0:25]),  # phase 0, 0, tap 6, 0: box 25 x 25
    (_np.s_[:, :, :, 0:25, 2:28], _np.s_[:, :, 43, :, 3:28, 0:26]),  # phase 0, 0, tap 6, 1: box 25 x 26
    (_np.s_[:, :, :, 0:25, 1:28], _np.s_[:, :, 44, :, 3:28, 0:27]),  # phase 0, 0, tap 6, 2: box 25 x 27
    (_np.s_[:, :, :, 0:25, 0:28], _np.s_[:, :, 45, :, 3:28, 0:28]),  # phase 0, 0, tap 6, 3: box 25 x 28
    (_np.s_[:, :, :, 0:25, 0:27], _np.s_[:, :, 46, :, 3:28, 1:28]),  # phase 0, 0, tap 6, 4: box 25 x 27
    (_np.s_[:, :, :, 0:25, 0:26], _np.s_[:, :, 47, :, 3:28, 2:28]),  # phase 0, 0, tap 6, 5: box 25 x 26
    (_np.s_[:, :, :, 0:25, 0:25], _np.s_[:, :, 48, :, 3:28, 3:28]),  # phase 0, 0, tap 6, 6: box 25 x 25
)


def _gemm_weights(w):
    """Weights as (groups, taps x out channels of a group, in channels of a group), tap-major."""
    wt = w.reshape(1, 32, 1, 49).transpose(0, 3, 1, 2)
    return _np.ascontiguousarray(wt).reshape(1, 1568, 1)


def mnist_decoder_dx(grad_y, w):
    """grad_x = C·grad_y, polyphase in scatter form: 1 output phase(s), one broadcast multiply over all
    49 taps and the channels of a group, then 49 strided adds of tap-block boxes."""
    grad_y = _arg("grad_y", grad_y, (1, 28, 28), True)
    w = _arg("w", w, (32, 1, 7, 7), False)
    n = grad_y.shape[0]
    src = grad_y.reshape(n, 1, 1, 784)
    y = _np.multiply(_gemm_weights(w), src)
    y = y.reshape(n, 1, 49, 32, 28, 28)
    out = _np.zeros((n, 1, 32, 28, 28), dtype=_DTYPE)
    for dst, part in _BLOCKS:
        box = out[dst]
        box += y[part]
    return out.reshape(n, 32, 28, 28)
