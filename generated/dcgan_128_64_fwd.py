# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
# operator:      forward: y = Cᵀ·x
# strategy:      polyphase (auto: NumPy, array operations per tap block, not per term; 8,192 channel pairs per group > 1,024: big enough GEMMs per block, not the scatter form)
# dtype:         float64
# signature:     dcgan_128_64_fwd(x, w) -> y
# content-hash:  sha256:fdb10612cbef88ba8d228a3f2d577be27248efd0e235476944519a4221000a2c
"""Forward kernel for TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64): y = Cᵀ·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 128, 8, 8)
    w: (128, 64, 4, 4)
    returns y: (n, 64, 16, 16)
Computed in float64 (polyphase, 7,372,800 multiply-adds per sample).
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
    wt = w.reshape(1, 128, 64, 16).transpose(3, 0, 2, 1)
    return _np.ascontiguousarray(wt)


def dcgan_128_64_fwd(x, w):
    """y = Cᵀ·x, polyphase: 4 output phase(s), 16 tap blocks, each a matmul over the
    channels of a group on strided views (exact box bounds: no zero is multiplied)."""
    x = _arg("x", x, (128, 8, 8), True)
    w = _arg("w", w, (128, 64, 4, 4), False)
    n = x.shape[0]
    wt = _taps(w)
    src = x.reshape(n, 1, 128, 8, 8)
    out = _np.zeros((n, 1, 64, 16, 16), dtype=_DTYPE)
    # phase 0, 0, tap 1, 1: box 8 x 8
    out[:, :, :, 0:15:2, 0:15:2] += _np.matmul(
        wt[5], src[:, :, :, 0:8, 0:8].reshape(n, 1, 128, 64)
    ).reshape(n, 1, 64, 8, 8)
    # phase 0, 0, tap 1, 3: box 8 x 7
    out[:, :, :, 0:15:2, 2:15:2] += _np.matmul(
        wt[7], src[:, :, :, 0:8, 0:7].reshape(n, 1, 128, 56)
    ).reshape(n, 1, 64, 8, 7)
    # phase 0, 0, tap 3, 1: box 7 x 8
    out[:, :, :, 2:15:2, 0:15:2] += _np.matmul(
        wt[13], src[:, :, :, 0:7, 0:8].reshape(n, 1, 128, 56)
    ).reshape(n, 1, 64, 7, 8)
    # phase 0, 0, tap 3, 3: box 7 x 7
    out[:, :, :, 2:15:2, 2:15:2] += _np.matmul(
        wt[15], src[:, :, :, 0:7, 0:7].reshape(n, 1, 128, 49)
    ).reshape(n, 1, 64, 7, 7)
    # phase 0, 1, tap 1, 0: box 8 x 7
    out[:, :, :, 0:15:2, 1:14:2] += _np.matmul(
        wt[4], src[:, :, :, 0:8, 1:8].reshape(n, 1, 128, 56)
    ).reshape(n, 1, 64, 8, 7)
    # phase 0, 1, tap 1, 2: box 8 x 8
    out[:, :, :, 0:15:2, 1:16:2] += _np.matmul(
        wt[6], src[:, :, :, 0:8, 0:8].reshape(n, 1, 128, 64)
    ).reshape(n, 1, 64, 8, 8)
    # phase 0, 1, tap 3, 0: box 7 x 7
    out[:, :, :, 2:15:2, 1:14:2] += _np.matmul(
        wt[12], src[:, :, :, 0:7, 1:8].reshape(n, 1, 128, 49)
    ).reshape(n, 1, 64, 7, 7)
    # phase 0, 1, tap 3, 2: box 7 x 8
    out[:, :, :, 2:15:2, 1:16:2] += _np.matmul(
        wt[14], src[:, :, :, 0:7, 0:8].reshape(n, 1, 128, 56)
    ).reshape(n, 1, 64, 7, 8)
    # phase 1, 0, tap 0, 1: box 7 x 8
    out[:, :, :, 1:14:2, 0:15:2] += _np.matmul(
        wt[1], src[:, :, :, 1:8, 0:8].reshape(n, 1, 128, 56)
    ).reshape(n, 1, 64, 7, 8)
    # phase 1, 0, tap 0, 3: box 7 x 7
    out[:, :, :, 1:14:2, 2:15:2] += _np.matmul(
        wt[3], src[:, :, :, 1:8, 0:7].reshape(n, 1, 128, 49)
    ).reshape(n, 1, 64, 7, 7)
    # phase 1, 0, tap 2, 1: box 8 x 8
    out[:, :, :, 1:16:2, 0:15:2] += _np.matmul(
        wt[9], src[:, :, :, 0:8, 0:8].reshape(n, 1, 128, 64)
    ).reshape(n, 1, 64, 8, 8)
    # phase 1, 0, tap 2, 3: box 8 x 7
    out[:, :, :, 1:16:2, 2:15:2] += _np.matmul(
        wt[11], src[:, :, :, 0:8, 0:7].reshape(n, 1, 128, 56)
    ).reshape(n, 1, 64, 8, 7)
    # phase 1, 1, tap 0, 0: box 7 x 7
    out[:, :, :, 1:14:2, 1:14:2] += _np.matmul(
        wt[0], src[:, :, :, 1:8, 1:8].reshape(n, 1, 128, 49)
    ).reshape(n, 1, 64, 7, 7)
    # phase 1, 1, tap 0, 2: box 7 x 8
    out[:, :, :, 1:14:2, 1:16:2] += _np.matmul(
        wt[2], src[:, :, :, 1:8, 0:8].reshape(n, 1, 128, 56)
    ).reshape(n, 1, 64, 7, 8)
    # phase 1, 1, tap 2, 0: box 8 x 7
    out[:, :, :, 1:16:2, 1:14:2] += _np.matmul(
        wt[8], src[:, :, :, 0:8, 1:8].reshape(n, 1, 128, 56)
    ).reshape(n, 1, 64, 8, 7)
    # phase 1, 1, tap 2, 2: box 8 x 8
    out[:, :, :, 1:16:2, 1:16:2] += _np.matmul(
        wt[10], src[:, :, :, 0:8, 0:8].reshape(n, 1, 128, 64)
    ).reshape(n, 1, 64, 8, 8)
    return out.reshape(n, 64, 16, 16)
