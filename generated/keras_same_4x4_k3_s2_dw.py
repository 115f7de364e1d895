# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
# operator:      weight: grad_w[t] = Σ grad_y·M_t·x
# strategy:      polyphase (auto: NumPy, array operations per tap block, not per term)
# dtype:         float64
# signature:     keras_same_4x4_k3_s2_dw(x, grad_y) -> grad_w
# content-hash:  sha256:5597c86eb42f5f022c5b40244384a92e27e491cbe562fda920298b83c3ce3f72
"""Weight kernel for TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1))): grad_w[t] = Σ grad_y·M_t·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 1, 4, 4)
    grad_y: (n, 1, 8, 8)
    returns grad_w: (1, 1, 3, 3), summed over the batch
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


def keras_same_4x4_k3_s2_dw(x, grad_y):
    """grad_w[t] = Σ grad_y·M_t·x, polyphase: 1 output phase(s), 9 tap blocks, each a matmul over the
    channels of a group on strided views (exact box bounds: no zero is multiplied)."""
    x = _arg("x", x, (1, 4, 4), True)
    grad_y = _arg("grad_y", grad_y, (1, 8, 8), True)
    n = x.shape[0]
    gc = x.reshape(n, 1, 1, 4, 4)  # convolution output side
    xc = grad_y.reshape(n, 1, 1, 8, 8)  # convolution input side
    gwt = _np.zeros((9, 1, 1, 1), dtype=_DTYPE)
    # tap 0, 0: box 4 x 4
    gv = gc[:, :, :, 0:4, 0:4].reshape(n, 1, 1, 16)
    xv = xc[:, :, :, 0:7:2, 0:7:2].reshape(n, 1, 1, 16)
    gwt[0] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 1, n * 16),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 16, 1))
    # tap 0, 1: box 4 x 4
    gv = gc[:, :, :, 0:4, 0:4].reshape(n, 1, 1, 16)
    xv = xc[:, :, :, 0:7:2, 1:8:2].reshape(n, 1, 1, 16)
    gwt[1] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 1, n * 16),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 16, 1))
    # tap 0, 2: box 4 x 3
    gv = gc[:, :, :, 0:4, 0:3].reshape(n, 1, 1, 12)
    xv = xc[:, :, :, 0:7:2, 2:7:2].reshape(n, 1, 1, 12)
    gwt[2] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 1, n * 12),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 12, 1))
    # tap 1, 0: box 4 x 4
    gv = gc[:, :, :, 0:4, 0:4].reshape(n, 1, 1, 16)
    xv = xc[:, :, :, 1:8:2, 0:7:2].reshape(n, 1, 1, 16)
    gwt[3] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 1, n * 16),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 16, 1))
    # tap 1, 1: box 4 x 4
    gv = gc[:, :, :, 0:4, 0:4].reshape(n, 1, 1, 16)
    xv = xc[:, :, :, 1:8:2, 1:8:2].reshape(n, 1, 1, 16)
    gwt[4] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 1, n * 16),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 16, 1))
    # tap 1, 2: box 4 x 3
    gv = gc[:, :, :, 0:4, 0:3].reshape(n, 1, 1, 12)
    xv = xc[:, :, :, 1:8:2, 2:7:2].reshape(n, 1, 1, 12)
    gwt[5] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 1, n * 12),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 12, 1))
    # tap 2, 0: box 3 x 4
    gv = gc[:, :, :, 0:3, 0:4].reshape(n, 1, 1, 12)
    xv = xc[:, :, :, 2:7:2, 0:7:2].reshape(n, 1, 1, 12)
    gwt[6] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 1, n * 12),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 12, 1))
    # tap 2, 1: box 3 x 4
    gv = gc[:, :, :, 0:3, 0:4].reshape(n, 1, 1, 12)
    xv = xc[:, :, :, 2:7:2, 1:8:2].reshape(n, 1, 1, 12)
    gwt[7] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 1, n * 12),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 12, 1))
    # tap 2, 2: box 3 x 3
    gv = gc[:, :, :, 0:3, 0:3].reshape(n, 1, 1, 9)
    xv = xc[:, :, :, 2:7:2, 2:7:2].reshape(n, 1, 1, 9)
    gwt[8] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 1, n * 9),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 9, 1))
    return _np.ascontiguousarray(gwt.transpose(1, 2, 3, 0)).reshape((1, 1, 3, 3))
