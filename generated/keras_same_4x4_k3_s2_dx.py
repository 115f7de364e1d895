# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
# operator:      input: grad_x = C·grad_y
# strategy:      polyphase (auto: NumPy, array operations per tap block, not per term)
# dtype:         float64
# signature:     keras_same_4x4_k3_s2_dx(grad_y, w) -> grad_x
# content-hash:  sha256:aa41d141483767d4a5902a12717c9d0b6a6894740e08c83c07b1a0783457b227
"""Input kernel for TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1))): grad_x = C·grad_y.

Arrays are batch-first in PyTorch layout, C order:
    grad_y: (n, 1, 8, 8)
    w: (1, 1, 3, 3)
    returns grad_x: (n, 1, 4, 4)
Computed in float64 (polyphase, 121 multiply-adds per sample).
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


def _taps(w):
    """Weights as (taps, groups, out channels of a group, in channels of a group)."""
    wt = w.reshape(1, 1, 1, 9).transpose(3, 0, 1, 2)
    return _np.ascontiguousarray(wt)


def keras_same_4x4_k3_s2_dx(grad_y, w):
    """grad_x = C·grad_y, polyphase: 1 output phase(s), 9 tap blocks, each a matmul over the
    channels of a group on strided views (exact box bounds: no zero is multiplied)."""
    grad_y = _arg("grad_y", grad_y, (1, 8, 8), True)
    w = _arg("w", w, (1, 1, 3, 3), False)
    n = grad_y.shape[0]
    wt = _taps(w)
    src = grad_y.reshape(n, 1, 1, 8, 8)
    out = _np.zeros((n, 1, 1, 4, 4), dtype=_DTYPE)
    # phase 0, 0, tap 0, 0: box 4 x 4
    out[:, :, :, 0:4, 0:4] += _np.matmul(
        wt[0], src[:, :, :, 0:7:2, 0:7:2].reshape(n, 1, 1, 16)
    ).reshape(n, 1, 1, 4, 4)
    # phase 0, 0, tap 0, 1: box 4 x 4
    out[:, :, :, 0:4, 0:4] += _np.matmul(
        wt[1], src[:, :, :, 0:7:2, 1:8:2].reshape(n, 1, 1, 16)
    ).reshape(n, 1, 1, 4, 4)
    # phase 0, 0, tap 0, 2: box 4 x 3
    out[:, :, :, 0:4, 0:3] += _np.matmul(
        wt[2], src[:, :, :, 0:7:2, 2:7:2].reshape(n, 1, 1, 12)
    ).reshape(n, 1, 1, 4, 3)
    # phase 0, 0, tap 1, 0: box 4 x 4
    out[:, :, :, 0:4, 0:4] += _np.matmul(
        wt[3], src[:, :, :, 1:8:2, 0:7:2].reshape(n, 1, 1, 16)
    ).reshape(n, 1, 1, 4, 4)
    # phase 0, 0, tap 1, 1: box 4 x 4
    out[:, :, :, 0:4, 0:4] += _np.matmul(
        wt[4], src[:, :, :, 1:8:2, 1:8:2].reshape(n, 1, 1, 16)
    ).reshape(n, 1, 1, 4, 4)
    # phase 0, 0, tap 1, 2: box 4 x 3
    out[:, :, :, 0:4, 0:3] += _np.matmul(
        wt[5], src[:, :, :, 1:8:2, 2:7:2].reshape(n, 1, 1, 12)
    ).reshape(n, 1, 1, 4, 3)
    # phase 0, 0, tap 2, 0: box 3 x 4
    out[:, :, :, 0:3, 0:4] += _np.matmul(
        wt[6], src[:, :, :, 2:7:2, 0:7:2].reshape(n, 1, 1, 12)
    ).reshape(n, 1, 1, 3, 4)
    # phase 0, 0, tap 2, 1: box 3 x 4
    out[:, :, :, 0:3, 0:4] += _np.matmul(
        wt[7], src[:, :, :, 2:7:2, 1:8:2].reshape(n, 1, 1, 12)
    ).reshape(n, 1, 1, 3, 4)
    # phase 0, 0, tap 2, 2: box 3 x 3
    out[:, :, :, 0:3, 0:3] += _np.matmul(
        wt[8], src[:, :, :, 2:7:2, 2:7:2].reshape(n, 1, 1, 9)
    ).reshape(n, 1, 1, 3, 3)
    return out.reshape(n, 1, 4, 4)
