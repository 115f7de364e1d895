# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
# operator:      input: grad_x = C·grad_y
# strategy:      polyphase (auto: NumPy, array operations per tap block, not per term)
# dtype:         float64
# signature:     tf_same_2x2_k3_s2_dx(grad_y, w) -> grad_x
# content-hash:  sha256:e240b2c0ea5967944ebd6b177b2fd335639cc8e5a8c07d3a943c0b86e6e8e515
"""Input kernel for TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1))): grad_x = C·grad_y.

Arrays are batch-first in PyTorch layout, C order:
    grad_y: (n, 1, 4, 4)
    w: (1, 1, 3, 3)
    returns grad_x: (n, 1, 2, 2)
Computed in float64 (polyphase, 25 multiply-adds per sample).
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


def tf_same_2x2_k3_s2_dx(grad_y, w):
    """grad_x = C·grad_y, polyphase: 1 output phase(s), 9 tap blocks, each a matmul over the
    channels of a group on strided views (exact box bounds: no zero is multiplied)."""
    grad_y = _arg("grad_y", grad_y, (1, 4, 4), True)
    w = _arg("w", w, (1, 1, 3, 3), False)
    n = grad_y.shape[0]
    wt = _taps(w)
    src = grad_y.reshape(n, 1, 1, 4, 4)
    out = _np.zeros((n, 1, 1, 2, 2), dtype=_DTYPE)
    # phase 0, 0, tap 0, 0: box 2 x 2
    out[:, :, :, 0:2, 0:2] += _np.matmul(
        wt[0], src[:, :, :, 0:3:2, 0:3:2].reshape(n, 1, 1, 4)
    ).reshape(n, 1, 1, 2, 2)
    # phase 0, 0, tap 0, 1: box 2 x 2
    out[:, :, :, 0:2, 0:2] += _np.matmul(
        wt[1], src[:, :, :, 0:3:2, 1:4:2].reshape(n, 1, 1, 4)
    ).reshape(n, 1, 1, 2, 2)
    # phase 0, 0, tap 0, 2: box 2 x 1
    out[:, :, :, 0:2, 0:1] += _np.matmul(
        wt[2], src[:, :, :, 0:3:2, 2:3:2].reshape(n, 1, 1, 2)
    ).reshape(n, 1, 1, 2, 1)
    # phase 0, 0, tap 1, 0: box 2 x 2
    out[:, :, :, 0:2, 0:2] += _np.matmul(
        wt[3], src[:, :, :, 1:4:2, 0:3:2].reshape(n, 1, 1, 4)
    ).reshape(n, 1, 1, 2, 2)
    # phase 0, 0, tap 1, 1: box 2 x 2
    out[:, :, :, 0:2, 0:2] += _np.matmul(
        wt[4], src[:, :, :, 1:4:2, 1:4:2].reshape(n, 1, 1, 4)
    ).reshape(n, 1, 1, 2, 2)
    # phase 0, 0, tap 1, 2: box 2 x 1
    out[:, :, :, 0:2, 0:1] += _np.matmul(
        wt[5], src[:, :, :, 1:4:2, 2:3:2].reshape(n, 1, 1, 2)
    ).reshape(n, 1, 1, 2, 1)
    # phase 0, 0, tap 2, 0: box 1 x 2
    out[:, :, :, 0:1, 0:2] += _np.matmul(
        wt[6], src[:, :, :, 2:3:2, 0:3:2].reshape(n, 1, 1, 2)
    ).reshape(n, 1, 1, 1, 2)
    # phase 0, 0, tap 2, 1: box 1 x 2
    out[:, :, :, 0:1, 0:2] += _np.matmul(
        wt[7], src[:, :, :, 2:3:2, 1:4:2].reshape(n, 1, 1, 2)
    ).reshape(n, 1, 1, 1, 2)
    # phase 0, 0, tap 2, 2: box 1 x 1
    out[:, :, :, 0:1, 0:1] += _np.matmul(
        wt[8], src[:, :, :, 2:3:2, 2:3:2].reshape(n, 1, 1, 1)
    ).reshape(n, 1, 1, 1, 1)
    return out.reshape(n, 1, 2, 2)
