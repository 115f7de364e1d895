# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
# operator:      input: grad_x = C·grad_y
# strategy:      polyphase (auto: NumPy, array operations per tap block, not per term)
# dtype:         float64
# signature:     upsample_1d_x4_dx(grad_y, w) -> grad_x
# content-hash:  sha256:e4d6c6a1a47b5eb1869168fb9bd150072332bcd4e2de75b13736d073137680a1
"""Input kernel for TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2): grad_x = C·grad_y.

Arrays are batch-first in PyTorch layout, C order:
    grad_y: (n, 2, 64)
    w: (4, 2, 8)
    returns grad_x: (n, 4, 16)
Computed in float64 (polyphase, 992 multiply-adds per sample).
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
    wt = w.reshape(1, 4, 2, 8).transpose(3, 0, 1, 2)
    return _np.ascontiguousarray(wt)


def upsample_1d_x4_dx(grad_y, w):
    """grad_x = C·grad_y, polyphase: 1 output phase(s), 8 tap blocks, each a matmul over the
    channels of a group on strided views (exact box bounds: no zero is multiplied)."""
    grad_y = _arg("grad_y", grad_y, (2, 64), True)
    w = _arg("w", w, (4, 2, 8), False)
    n = grad_y.shape[0]
    wt = _taps(w)
    src = grad_y.reshape(n, 1, 2, 64)
    out = _np.zeros((n, 1, 4, 16), dtype=_DTYPE)
    # phase 0, tap 0: box 15
    out[:, :, :, 1:16] += _np.matmul(
        wt[0], src[:, :, :, 2:59:4].reshape(n, 1, 2, 15)
    ).reshape(n, 1, 4, 15)
    # phase 0, tap 1: box 15
    out[:, :, :, 1:16] += _np.matmul(
        wt[1], src[:, :, :, 3:60:4].reshape(n, 1, 2, 15)
    ).reshape(n, 1, 4, 15)
    # phase 0, tap 2: box 16
    out[:, :, :, 0:16] += _np.matmul(
        wt[2], src[:, :, :, 0:61:4].reshape(n, 1, 2, 16)
    ).reshape(n, 1, 4, 16)
    # phase 0, tap 3: box 16
    out[:, :, :, 0:16] += _np.matmul(
        wt[3], src[:, :, :, 1:62:4].reshape(n, 1, 2, 16)
    ).reshape(n, 1, 4, 16)
    # phase 0, tap 4: box 16
    out[:, :, :, 0:16] += _np.matmul(
        wt[4], src[:, :, :, 2:63:4].reshape(n, 1, 2, 16)
    ).reshape(n, 1, 4, 16)
    # phase 0, tap 5: box 16
    out[:, :, :, 0:16] += _np.matmul(
        wt[5], src[:, :, :, 3:64:4].reshape(n, 1, 2, 16)
    ).reshape(n, 1, 4, 16)
    # phase 0, tap 6: box 15
    out[:, :, :, 0:15] += _np.matmul(
        wt[6], src[:, :, :, 4:61:4].reshape(n, 1, 2, 15)
    ).reshape(n, 1, 4, 15)
    # phase 0, tap 7: box 15
    out[:, :, :, 0:15] += _np.matmul(
        wt[7], src[:, :, :, 5:62:4].reshape(n, 1, 2, 15)
    ).reshape(n, 1, 4, 15)
    return out.reshape(n, 4, 16)
