# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21)
# operator:      input: grad_x = C·grad_y
# strategy:      polyphase (auto: NumPy, array operations per tap block, not per term)
# dtype:         float64
# signature:     fcn_bilinear_up2_dx(grad_y) -> grad_x
# content-hash:  sha256:8a9df72b15b7462b67fd21ddbf2f13948fc87dd7cee0a74ebe3dc84cf4d5cec0
"""Input kernel for TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21): grad_x = C·grad_y.

Arrays are batch-first in PyTorch layout, C order:
    grad_y: (n, 21, 32, 32)
    returns grad_x: (n, 21, 16, 16)
Computed in float64 (polyphase, 80,724 multiply-adds per sample).
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


def _taps(w):
    """Weights as (taps, groups, out channels of a group, in channels of a group)."""
    wt = w.reshape(21, 1, 1, 16).transpose(3, 0, 1, 2)
    return _np.ascontiguousarray(wt)


_WT = _taps(_W)


def fcn_bilinear_up2_dx(grad_y):
    """grad_x = C·grad_y, polyphase: 1 output phase(s), 16 tap blocks, each a matmul over the
    channels of a group on strided views (exact box bounds: no zero is multiplied)."""
    grad_y = _arg("grad_y", grad_y, (21, 32, 32), True)
    n = grad_y.shape[0]
    wt = _WT
    src = grad_y.reshape(n, 21, 1, 32, 32)
    out = _np.zeros((n, 21, 1, 16, 16), dtype=_DTYPE)
    # phase 0, 0, tap 0, 0: box 15 x 15
    out[:, :, :, 1:16, 1:16] += _np.matmul(
        wt[0], src[:, :, :, 1:30:2, 1:30:2].reshape(n, 21, 1, 225)
    ).reshape(n, 21, 1, 15, 15)
    # phase 0, 0, tap 0, 1: box 15 x 16
    out[:, :, :, 1:16, 0:16] += _np.matmul(
        wt[1], src[:, :, :, 1:30:2, 0:31:2].reshape(n, 21, 1, 240)
    ).reshape(n, 21, 1, 15, 16)
    # phase 0, 0, tap 0, 2: box 15 x 16
    out[:, :, :, 1:16, 0:16] += _np.matmul(
        wt[2], src[:, :, :, 1:30:2, 1:32:2].reshape(n, 21, 1, 240)
    ).reshape(n, 21, 1, 15, 16)
    # phase 0, 0, tap 0, 3: box 15 x 15
    out[:, :, :, 1:16, 0:15] += _np.matmul(
        wt[3], src[:, :, :, 1:30:2, 2:31:2].reshape(n, 21, 1, 225)
    ).reshape(n, 21, 1, 15, 15)
    # phase 0, 0, tap 1, 0: box 16 x 15
    out[:, :, :, 0:16, 1:16] += _np.matmul(
        wt[4], src[:, :, :, 0:31:2, 1:30:2].reshape(n, 21, 1, 240)
    ).reshape(n, 21, 1, 16, 15)
    # phase 0, 0, tap 1, 1: box 16 x 16
    out[:, :, :, 0:16, 0:16] += _np.matmul(
        wt[5], src[:, :, :, 0:31:2, 0:31:2].reshape(n, 21, 1, 256)
    ).reshape(n, 21, 1, 16, 16)
    # phase 0, 0, tap 1, 2: box 16 x 16
    out[:, :, :, 0:16, 0:16] += _np.matmul(
        wt[6], src[:, :, :, 0:31:2, 1:32:2].reshape(n, 21, 1, 256)
    ).reshape(n, 21, 1, 16, 16)
    # phase 0, 0, tap 1, 3: box 16 x 15
    out[:, :, :, 0:16, 0:15] += _np.matmul(
        wt[7], src[:, :, :, 0:31:2, 2:31:2].reshape(n, 21, 1, 240)
    ).reshape(n, 21, 1, 16, 15)
    # phase 0, 0, tap 2, 0: box 16 x 15
    out[:, :, :, 0:16, 1:16] += _np.matmul(
        wt[8], src[:, :, :, 1:32:2, 1:30:2].reshape(n, 21, 1, 240)
    ).reshape(n, 21, 1, 16, 15)
    # phase 0, 0, tap 2, 1: box 16 x 16
    out[:, :, :, 0:16, 0:16] += _np.matmul(
        wt[9], src[:, :, :, 1:32:2, 0:31:2].reshape(n, 21, 1, 256)
    ).reshape(n, 21, 1, 16, 16)
    # phase 0, 0, tap 2, 2: box 16 x 16
    out[:, :, :, 0:16, 0:16] += _np.matmul(
        wt[10], src[:, :, :, 1:32:2, 1:32:2].reshape(n, 21, 1, 256)
    ).reshape(n, 21, 1, 16, 16)
    # phase 0, 0, tap 2, 3: box 16 x 15
    out[:, :, :, 0:16, 0:15] += _np.matmul(
        wt[11], src[:, :, :, 1:32:2, 2:31:2].reshape(n, 21, 1, 240)
    ).reshape(n, 21, 1, 16, 15)
    # phase 0, 0, tap 3, 0: box 15 x 15
    out[:, :, :, 0:15, 1:16] += _np.matmul(
        wt[12], src[:, :, :, 2:31:2, 1:30:2].reshape(n, 21, 1, 225)
    ).reshape(n, 21, 1, 15, 15)
    # phase 0, 0, tap 3, 1: box 15 x 16
    out[:, :, :, 0:15, 0:16] += _np.matmul(
        wt[13], src[:, :, :, 2:31:2, 0:31:2].reshape(n, 21, 1, 240)
    ).reshape(n, 21, 1, 15, 16)
    # phase 0, 0, tap 3, 2: box 15 x 16
    out[:, :, :, 0:15, 0:16] += _np.matmul(
        wt[14], src[:, :, :, 2:31:2, 1:32:2].reshape(n, 21, 1, 240)
    ).reshape(n, 21, 1, 15, 16)
    # phase 0, 0, tap 3, 3: box 15 x 15
    out[:, :, :, 0:15, 0:15] += _np.matmul(
        wt[15], src[:, :, :, 2:31:2, 2:31:2].reshape(n, 21, 1, 225)
    ).reshape(n, 21, 1, 15, 15)
    return out.reshape(n, 21, 16, 16)
