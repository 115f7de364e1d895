# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
# operator:      input: grad_x = C·grad_y
# strategy:      polyphase (auto: NumPy, array operations per tap block, not per term)
# dtype:         float64
# signature:     volume_3d_x2_dx(grad_y, w) -> grad_x
# content-hash:  sha256:d522703f93f90b7dd05e4d774f9af815dcd05bf616c68549e0efff9dc2d898b8
"""Input kernel for TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1): grad_x = C·grad_y.

Arrays are batch-first in PyTorch layout, C order:
    grad_y: (n, 2, 8, 8, 8)
    w: (4, 2, 3, 3, 3)
    returns grad_x: (n, 4, 4, 4, 4)
Computed in float64 (polyphase, 10,648 multiply-adds per sample).
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
    wt = w.reshape(1, 4, 2, 27).transpose(3, 0, 1, 2)
    return _np.ascontiguousarray(wt)


def volume_3d_x2_dx(grad_y, w):
    """grad_x = C·grad_y, polyphase: 1 output phase(s), 27 tap blocks, each a matmul over the
    channels of a group on strided views (exact box bounds: no zero is multiplied)."""
    grad_y = _arg("grad_y", grad_y, (2, 8, 8, 8), True)
    w = _arg("w", w, (4, 2, 3, 3, 3), False)
    n = grad_y.shape[0]
    wt = _taps(w)
    src = grad_y.reshape(n, 1, 2, 8, 8, 8)
    out = _np.zeros((n, 1, 4, 4, 4, 4), dtype=_DTYPE)
    # phase 0, 0, 0, tap 0, 0, 0: box 3 x 3 x 3
    out[:, :, :, 1:4, 1:4, 1:4] += _np.matmul(
        wt[0], src[:, :, :, 1:6:2, 1:6:2, 1:6:2].reshape(n, 1, 2, 27)
    ).reshape(n, 1, 4, 3, 3, 3)
    # phase 0, 0, 0, tap 0, 0, 1: box 3 x 3 x 4
    out[:, :, :, 1:4, 1:4, 0:4] += _np.matmul(
        wt[1], src[:, :, :, 1:6:2, 1:6:2, 0:7:2].reshape(n, 1, 2, 36)
    ).reshape(n, 1, 4, 3, 3, 4)
    # phase 0, 0, 0, tap 0, 0, 2: box 3 x 3 x 4
    out[:, :, :, 1:4, 1:4, 0:4] += _np.matmul(
        wt[2], src[:, :, :, 1:6:2, 1:6:2, 1:8:2].reshape(n, 1, 2, 36)
    ).reshape(n, 1, 4, 3, 3, 4)
    # phase 0, 0, 0, tap 0, 1, 0: box 3 x 4 x 3
    out[:, :, :, 1:4, 0:4, 1:4] += _np.matmul(
        wt[3], src[:, :, :, 1:6:2, 0:7:2, 1:6:2].reshape(n, 1, 2, 36)
    ).reshape(n, 1, 4, 3, 4, 3)
    # phase 0, 0, 0, tap 0, 1, 1: box 3 x 4 x 4
    out[:, :, :, 1:4, 0:4, 0:4] += _np.matmul(
        wt[4], src[:, :, :, 1:6:2, 0:7:2, 0:7:2].reshape(n, 1, 2, 48)
    ).reshape(n, 1, 4, 3, 4, 4)
    # phase 0, 0, 0, tap 0, 1, 2: box 3 x 4 x 4
    out[:, :, :, 1:4, 0:4, 0:4] += _np.matmul(
        wt[5], src[:, :, :, 1:6:2, 0:7:2, 1:8:2].reshape(n, 1, 2, 48)
    ).reshape(n, 1, 4, 3, 4, 4)
    # phase 0, 0, 0, tap 0, 2, 0: box 3 x 4 x 3
    out[:, :, :, 1:4, 0:4, 1:4] += _np.matmul(
        wt[6], src[:, :, :, 1:6:2, 1:8:2, 1:6:2].reshape(n, 1, 2, 36)
    ).reshape(n, 1, 4, 3, 4, 3)
    # phase 0, 0, 0, tap 0, 2, 1: box 3 x 4 x 4
    out[:, :, :, 1:4, 0:4, 0:4] += _np.matmul(
        wt[7], src[:, :, :, 1:6:2, 1:8:2, 0:7:2].reshape(n, 1, 2, 48)
    ).reshape(n, 1, 4, 3, 4, 4)
    # phase 0, 0, 0, tap 0, 2, 2: box 3 x 4 x 4
    out[:, :, :, 1:4, 0:4, 0:4] += _np.matmul(
        wt[8], src[:, :, :, 1:6:2, 1:8:2, 1:8:2].reshape(n, 1, 2, 48)
    ).reshape(n, 1, 4, 3, 4, 4)
    # phase 0, 0, 0, tap 1, 0, 0: box 4 x 3 x 3
    out[:, :, :, 0:4, 1:4, 1:4] += _np.matmul(
        wt[9], src[:, :, :, 0:7:2, 1:6:2, 1:6:2].reshape(n, 1, 2, 36)
    ).reshape(n, 1, 4, 4, 3, 3)
    # phase 0, 0, 0, tap 1, 0, 1: box 4 x 3 x 4
    out[:, :, :, 0:4, 1:4, 0:4] += _np.matmul(
        wt[10], src[:, :, :, 0:7:2, 1:6:2, 0:7:2].reshape(n, 1, 2, 48)
    ).reshape(n, 1, 4, 4, 3, 4)
    # phase 0, 0, 0, tap 1, 0, 2: box 4 x 3 x 4
    out[:, :, :, 0:4, 1:4, 0:4] += _np.matmul(
        wt[11], src[:, :, :, 0:7:2, 1:6:2, 1:8:2].reshape(n, 1, 2, 48)
    ).reshape(n, 1, 4, 4, 3, 4)
    # phase 0, 0, 0, tap 1, 1, 0: box 4 x 4 x 3
    out[:, :, :, 0:4, 0:4, 1:4] += _np.matmul(
        wt[12], src[:, :, :, 0:7:2, 0:7:2, 1:6:2].reshape(n, 1, 2, 48)
    ).reshape(n, 1, 4, 4, 4, 3)
    # phase 0, 0, 0, tap 1, 1, 1: box 4 x 4 x 4
    out[:, :, :, 0:4, 0:4, 0:4] += _np.matmul(
        wt[13], src[:, :, :, 0:7:2, 0:7:2, 0:7:2].reshape(n, 1, 2, 64)
    ).reshape(n, 1, 4, 4, 4, 4)
    # phase 0, 0, 0, tap 1, 1, 2: box 4 x 4 x 4
    out[:, :, :, 0:4, 0:4, 0:4] += _np.matmul(
        wt[14], src[:, :, :, 0:7:2, 0:7:2, 1:8:2].reshape(n, 1, 2, 64)
    ).reshape(n, 1, 4, 4, 4, 4)
    # phase 0, 0, 0, tap 1, 2, 0: box 4 x 4 x 3
    out[:, :, :, 0:4, 0:4, 1:4] += _np.matmul(
        wt[15], src[:, :, :, 0:7:2, 1:8:2, 1:6:2].reshape(n, 1, 2, 48)
    ).reshape(n, 1, 4, 4, 4, 3)
    # phase 0, 0, 0, tap 1, 2, 1: box 4 x 4 x 4
    out[:, :, :, 0:4, 0:4, 0:4] += _np.matmul(
        wt[16], src[:, :, :, 0:7:2, 1:8:2, 0:7:2].reshape(n, 1, 2, 64)
    ).reshape(n, 1, 4, 4, 4, 4)
    # phase 0, 0, 0, tap 1, 2, 2: box 4 x 4 x 4
    out[:, :, :, 0:4, 0:4, 0:4] += _np.matmul(
        wt[17], src[:, :, :, 0:7:2, 1:8:2, 1:8:2].reshape(n, 1, 2, 64)
    ).reshape(n, 1, 4, 4, 4, 4)
    # phase 0, 0, 0, tap 2, 0, 0: box 4 x 3 x 3
    out[:, :, :, 0:4, 1:4, 1:4] += _np.matmul(
        wt[18], src[:, :, :, 1:8:2, 1:6:2, 1:6:2].reshape(n, 1, 2, 36)
    ).reshape(n, 1, 4, 4, 3, 3)
    # phase 0, 0, 0, tap 2, 0, 1: box 4 x 3 x 4
    out[:, :, :, 0:4, 1:4, 0:4] += _np.matmul(
        wt[19], src[:, :, :, 1:8:2, 1:6:2, 0:7:2].reshape(n, 1, 2, 48)
    ).reshape(n, 1, 4, 4, 3, 4)
    # phase 0, 0, 0, tap 2, 0, 2: box 4 x 3 x 4
    out[:, :, :, 0:4, 1:4, 0:4] += _np.matmul(
        wt[20], src[:, :, :, 1:8:2, 1:6:2, 1:8:2].reshape(n, 1, 2, 48)
    ).reshape(n, 1, 4, 4, 3, 4)
    # phase 0, 0, 0, tap 2, 1, 0: box 4 x 4 x 3
    out[:, :, :, 0:4, 0:4, 1:4] += _np.matmul(
        wt[21], src[:, :, :, 1:8:2, 0:7:2, 1:6:2].reshape(n, 1, 2, 48)
    ).reshape(n, 1, 4, 4, 4, 3)
    # phase 0, 0, 0, tap 2, 1, 1: box 4 x 4 x 4
    out[:, :, :, 0:4, 0:4, 0:4] += _np.matmul(
        wt[22], src[:, :, :, 1:8:2, 0:7:2, 0:7:2].reshape(n, 1, 2, 64)
    ).reshape(n, 1, 4, 4, 4, 4)
    # phase 0, 0, 0, tap 2, 1, 2: box 4 x 4 x 4
    out[:, :, :, 0:4, 0:4, 0:4] += _np.matmul(
        wt[23], src[:, :, :, 1:8:2, 0:7:2, 1:8:2].reshape(n, 1, 2, 64)
    ).reshape(n, 1, 4, 4, 4, 4)
    # phase 0, 0, 0, tap 2, 2, 0: box 4 x 4 x 3
    out[:, :, :, 0:4, 0:4, 1:4] += _np.matmul(
        wt[24], src[:, :, :, 1:8:2, 1:8:2, 1:6:2].reshape(n, 1, 2, 48)
    ).reshape(n, 1, 4, 4, 4, 3)
    # phase 0, 0, 0, tap 2, 2, 1: box 4 x 4 x 4
    out[:, :, :, 0:4, 0:4, 0:4] += _np.matmul(
        wt[25], src[:, :, :, 1:8:2, 1:8:2, 0:7:2].reshape(n, 1, 2, 64)
    ).reshape(n, 1, 4, 4, 4, 4)
    # phase 0, 0, 0, tap 2, 2, 2: box 4 x 4 x 4
    out[:, :, :, 0:4, 0:4, 0:4] += _np.matmul(
        wt[26], src[:, :, :, 1:8:2, 1:8:2, 1:8:2].reshape(n, 1, 2, 64)
    ).reshape(n, 1, 4, 4, 4, 4)
    return out.reshape(n, 4, 4, 4, 4)
