# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64)
# operator:      weight: grad_w[t] = Σ grad_y·M_t·x
# strategy:      polyphase (auto: NumPy, array operations per tap block, not per term)
# dtype:         float64
# signature:     dcgan_128_64_dw(x, grad_y) -> grad_w
# content-hash:  sha256:19a5aae3d6d159bee3bf135ae07856c137714731a10fec3b1762772ef80094e8
"""Weight kernel for TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128, out_channels=64): grad_w[t] = Σ grad_y·M_t·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 128, 8, 8)
    grad_y: (n, 64, 16, 16)
    returns grad_w: (128, 64, 4, 4), summed over the batch
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
    wt = w.reshape(1, 128, 64, 16).transpose(3, 0, 1, 2)
    return _np.ascontiguousarray(wt)


def dcgan_128_64_dw(x, grad_y):
    """grad_w[t] = Σ grad_y·M_t·x, polyphase: 1 output phase(s), 16 tap blocks, each a matmul over the
    channels of a group on strided views (exact box bounds: no zero is multiplied)."""
    x = _arg("x", x, (128, 8, 8), True)
    grad_y = _arg("grad_y", grad_y, (64, 16, 16), True)
    n = x.shape[0]
    gc = x.reshape(n, 1, 128, 8, 8)  # convolution output side
    xc = grad_y.reshape(n, 1, 64, 16, 16)  # convolution input side
    gwt = _np.zeros((16, 1, 128, 64), dtype=_DTYPE)
    # tap 0, 0: box 7 x 7
    gv = gc[:, :, :, 1:8, 1:8].reshape(n, 1, 128, 49)
    xv = xc[:, :, :, 1:14:2, 1:14:2].reshape(n, 1, 64, 49)
    gwt[0] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 49),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 49, 64))
    # tap 0, 1: box 7 x 8
    gv = gc[:, :, :, 1:8, 0:8].reshape(n, 1, 128, 56)
    xv = xc[:, :, :, 1:14:2, 0:15:2].reshape(n, 1, 64, 56)
    gwt[1] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 56),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 56, 64))
    # tap 0, 2: box 7 x 8
    gv = gc[:, :, :, 1:8, 0:8].reshape(n, 1, 128, 56)
    xv = xc[:, :, :, 1:14:2, 1:16:2].reshape(n, 1, 64, 56)
    gwt[2] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 56),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 56, 64))
    # tap 0, 3: box 7 x 7
    gv = gc[:, :, :, 1:8, 0:7].reshape(n, 1, 128, 49)
    xv = xc[:, :, :, 1:14:2, 2:15:2].reshape(n, 1, 64, 49)
    gwt[3] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 49),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 49, 64))
    # tap 1, 0: box 8 x 7
    gv = gc[:, :, :, 0:8, 1:8].reshape(n, 1, 128, 56)
    xv = xc[:, :, :, 0:15:2, 1:14:2].reshape(n, 1, 64, 56)
    gwt[4] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 56),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 56, 64))
    # tap 1, 1: box 8 x 8
    gv = gc[:, :, :, 0:8, 0:8].reshape(n, 1, 128, 64)
    xv = xc[:, :, :, 0:15:2, 0:15:2].reshape(n, 1, 64, 64)
    gwt[5] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 64),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 64, 64))
    # tap 1, 2: box 8 x 8
    gv = gc[:, :, :, 0:8, 0:8].reshape(n, 1, 128, 64)
    xv = xc[:, :, :, 0:15:2, 1:16:2].reshape(n, 1, 64, 64)
    gwt[6] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 64),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 64, 64))
    # tap 1, 3: box 8 x 7
    gv = gc[:, :, :, 0:8, 0:7].reshape(n, 1, 128, 56)
    xv = xc[:, :, :, 0:15:2, 2:15:2].reshape(n, 1, 64, 56)
    gwt[7] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 56),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 56, 64))
    # tap 2, 0: box 8 x 7
    gv = gc[:, :, :, 0:8, 1:8].reshape(n, 1, 128, 56)
    xv = xc[:, :, :, 1:16:2, 1:14:2].reshape(n, 1, 64, 56)
    gwt[8] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 56),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 56, 64))
    # tap 2, 1: box 8 x 8
    gv = gc[:, :, :, 0:8, 0:8].reshape(n, 1, 128, 64)
    xv = xc[:, :, :, 1:16:2, 0:15:2].reshape(n, 1, 64, 64)
    gwt[9] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 64),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 64, 64))
    # tap 2, 2: box 8 x 8
    gv = gc[:, :, :, 0:8, 0:8].reshape(n, 1, 128, 64)
    xv = xc[:, :, :, 1:16:2, 1:16:2].reshape(n, 1, 64, 64)
    gwt[10] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 64),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 64, 64))
    # tap 2, 3: box 8 x 7
    gv = gc[:, :, :, 0:8, 0:7].reshape(n, 1, 128, 56)
    xv = xc[:, :, :, 1:16:2, 2:15:2].reshape(n, 1, 64, 56)
    gwt[11] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 56),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 56, 64))
    # tap 3, 0: box 7 x 7
    gv = gc[:, :, :, 0:7, 1:8].reshape(n, 1, 128, 49)
    xv = xc[:, :, :, 2:15:2, 1:14:2].reshape(n, 1, 64, 49)
    gwt[12] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 49),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 49, 64))
    # tap 3, 1: box 7 x 8
    gv = gc[:, :, :, 0:7, 0:8].reshape(n, 1, 128, 56)
    xv = xc[:, :, :, 2:15:2, 0:15:2].reshape(n, 1, 64, 56)
    gwt[13] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 56),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 56, 64))
    # tap 3, 2: box 7 x 8
    gv = gc[:, :, :, 0:7, 0:8].reshape(n, 1, 128, 56)
    xv = xc[:, :, :, 2:15:2, 1:16:2].reshape(n, 1, 64, 56)
    gwt[14] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 56),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 56, 64))
    # tap 3, 3: box 7 x 7
    gv = gc[:, :, :, 0:7, 0:7].reshape(n, 1, 128, 49)
    xv = xc[:, :, :, 2:15:2, 2:15:2].reshape(n, 1, 64, 49)
    gwt[15] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 128, n * 49),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 49, 64))
    return _np.ascontiguousarray(gwt.transpose(1, 2, 3, 0)).reshape((128, 64, 4, 4))
