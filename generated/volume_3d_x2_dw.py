# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1)
# operator:      weight: grad_w[t] = Σ grad_y·M_t·x
# strategy:      polyphase (auto: NumPy, array operations per tap block, not per term)
# dtype:         float64
# signature:     volume_3d_x2_dw(x, grad_y) -> grad_w
# content-hash:  sha256:fac30993ce22e5450e148360ae9bb030d8965c3a03ec52e7ce36c78c96828d23
"""Weight kernel for TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=2, padding=1, in_channels=4, out_channels=2, output_padding=1): grad_w[t] = Σ grad_y·M_t·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 4, 4, 4, 4)
    grad_y: (n, 2, 8, 8, 8)
    returns grad_w: (4, 2, 3, 3, 3), summed over the batch
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


def volume_3d_x2_dw(x, grad_y):
    """grad_w[t] = Σ grad_y·M_t·x, polyphase: 1 output phase(s), 27 tap blocks, each a matmul over the
    channels of a group on strided views (exact box bounds: no zero is multiplied)."""
    x = _arg("x", x, (4, 4, 4, 4), True)
    grad_y = _arg("grad_y", grad_y, (2, 8, 8, 8), True)
    n = x.shape[0]
    gc = x.reshape(n, 1, 4, 4, 4, 4)  # convolution output side
    xc = grad_y.reshape(n, 1, 2, 8, 8, 8)  # convolution input side
    gwt = _np.zeros((27, 1, 4, 2), dtype=_DTYPE)
    # tap 0, 0, 0: box 3 x 3 x 3
    gv = gc[:, :, :, 1:4, 1:4, 1:4].reshape(n, 1, 4, 27)
    xv = xc[:, :, :, 1:6:2, 1:6:2, 1:6:2].reshape(n, 1, 2, 27)
    gwt[0] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 27),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 27, 2))
    # tap 0, 0, 1: box 3 x 3 x 4
    gv = gc[:, :, :, 1:4, 1:4, 0:4].reshape(n, 1, 4, 36)
    xv = xc[:, :, :, 1:6:2, 1:6:2, 0:7:2].reshape(n, 1, 2, 36)
    gwt[1] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 36),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 36, 2))
    # tap 0, 0, 2: box 3 x 3 x 4
    gv = gc[:, :, :, 1:4, 1:4, 0:4].reshape(n, 1, 4, 36)
    xv = xc[:, :, :, 1:6:2, 1:6:2, 1:8:2].reshape(n, 1, 2, 36)
    gwt[2] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 36),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 36, 2))
    # tap 0, 1, 0: box 3 x 4 x 3
    gv = gc[:, :, :, 1:4, 0:4, 1:4].reshape(n, 1, 4, 36)
    xv = xc[:, :, :, 1:6:2, 0:7:2, 1:6:2].reshape(n, 1, 2, 36)
    gwt[3] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 36),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 36, 2))
    # tap 0, 1, 1: box 3 x 4 x 4
    gv = gc[:, :, :, 1:4, 0:4, 0:4].reshape(n, 1, 4, 48)
    xv = xc[:, :, :, 1:6:2, 0:7:2, 0:7:2].reshape(n, 1, 2, 48)
    gwt[4] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 48),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 48, 2))
    # tap 0, 1, 2: box 3 x 4 x 4
    gv = gc[:, :, :, 1:4, 0:4, 0:4].reshape(n, 1, 4, 48)
    xv = xc[:, :, :, 1:6:2, 0:7:2, 1:8:2].reshape(n, 1, 2, 48)
    gwt[5] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 48),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 48, 2))
    # tap 0, 2, 0: box 3 x 4 x 3
    gv = gc[:, :, :, 1:4, 0:4, 1:4].reshape(n, 1, 4, 36)
    xv = xc[:, :, :, 1:6:2, 1:8:2, 1:6:2].reshape(n, 1, 2, 36)
    gwt[6] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 36),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 36, 2))
    # tap 0, 2, 1: box 3 x 4 x 4
    gv = gc[:, :, :, 1:4, 0:4, 0:4].reshape(n, 1, 4, 48)
    xv = xc[:, :, :, 1:6:2, 1:8:2, 0:7:2].reshape(n, 1, 2, 48)
    gwt[7] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 48),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 48, 2))
    # tap 0, 2, 2: box 3 x 4 x 4
    gv = gc[:, :, :, 1:4, 0:4, 0:4].reshape(n, 1, 4, 48)
    xv = xc[:, :, :, 1:6:2, 1:8:2, 1:8:2].reshape(n, 1, 2, 48)
    gwt[8] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 48),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 48, 2))
    # tap 1, 0, 0: box 4 x 3 x 3
    gv = gc[:, :, :, 0:4, 1:4, 1:4].reshape(n, 1, 4, 36)
    xv = xc[:, :, :, 0:7:2, 1:6:2, 1:6:2].reshape(n, 1, 2, 36)
    gwt[9] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 36),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 36, 2))
    # tap 1, 0, 1: box 4 x 3 x 4
    gv = gc[:, :, :, 0:4, 1:4, 0:4].reshape(n, 1, 4, 48)
    xv = xc[:, :, :, 0:7:2, 1:6:2, 0:7:2].reshape(n, 1, 2, 48)
    gwt[10] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 48),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 48, 2))
    # tap 1, 0, 2: box 4 x 3 x 4
    gv = gc[:, :, :, 0:4, 1:4, 0:4].reshape(n, 1, 4, 48)
    xv = xc[:, :, :, 0:7:2, 1:6:2, 1:8:2].reshape(n, 1, 2, 48)
    gwt[11] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 48),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 48, 2))
    # tap 1, 1, 0: box 4 x 4 x 3
    gv = gc[:, :, :, 0:4, 0:4, 1:4].reshape(n, 1, 4, 48)
    xv = xc[:, :, :, 0:7:2, 0:7:2, 1:6:2].reshape(n, 1, 2, 48)
    gwt[12] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 48),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 48, 2))
    # tap 1, 1, 1: box 4 x 4 x 4
    gv = gc[:, :, :, 0:4, 0:4, 0:4].reshape(n, 1, 4, 64)
    xv = xc[:, :, :, 0:7:2, 0:7:2, 0:7:2].reshape(n, 1, 2, 64)
    gwt[13] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 64),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 64, 2))
    # tap 1, 1, 2: box 4 x 4 x 4
    gv = gc[:, :, :, 0:4, 0:4, 0:4].reshape(n, 1, 4, 64)
    xv = xc[:, :, :, 0:7:2, 0:7:2, 1:8:2].reshape(n, 1, 2, 64)
    gwt[14] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 64),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 64, 2))
    # tap 1, 2, 0: box 4 x 4 x 3
    gv = gc[:, :, :, 0:4, 0:4, 1:4].reshape(n, 1, 4, 48)
    xv = xc[:, :, :, 0:7:2, 1:8:2, 1:6:2].reshape(n, 1, 2, 48)
    gwt[15] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 48),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 48, 2))
    # tap 1, 2, 1: box 4 x 4 x 4
    gv = gc[:, :, :, 0:4, 0:4, 0:4].reshape(n, 1, 4, 64)
    xv = xc[:, :, :, 0:7:2, 1:8:2, 0:7:2].reshape(n, 1, 2, 64)
    gwt[16] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 64),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 64, 2))
    # tap 1, 2, 2: box 4 x 4 x 4
    gv = gc[:, :, :, 0:4, 0:4, 0:4].reshape(n, 1, 4, 64)
    xv = xc[:, :, :, 0:7:2, 1:8:2, 1:8:2].reshape(n, 1, 2, 64)
    gwt[17] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 64),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 64, 2))
    # tap 2, 0, 0: box 4 x 3 x 3
    gv = gc[:, :, :, 0:4, 1:4, 1:4].reshape(n, 1, 4, 36)
    xv = xc[:, :, :, 1:8:2, 1:6:2, 1:6:2].reshape(n, 1, 2, 36)
    gwt[18] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 36),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 36, 2))
    # tap 2, 0, 1: box 4 x 3 x 4
    gv = gc[:, :, :, 0:4, 1:4, 0:4].reshape(n, 1, 4, 48)
    xv = xc[:, :, :, 1:8:2, 1:6:2, 0:7:2].reshape(n, 1, 2, 48)
    gwt[19] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 48),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 48, 2))
    # tap 2, 0, 2: box 4 x 3 x 4
    gv = gc[:, :, :, 0:4, 1:4, 0:4].reshape(n, 1, 4, 48)
    xv = xc[:, :, :, 1:8:2, 1:6:2, 1:8:2].reshape(n, 1, 2, 48)
    gwt[20] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 48),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 48, 2))
    # tap 2, 1, 0: box 4 x 4 x 3
    gv = gc[:, :, :, 0:4, 0:4, 1:4].reshape(n, 1, 4, 48)
    xv = xc[:, :, :, 1:8:2, 0:7:2, 1:6:2].reshape(n, 1, 2, 48)
    gwt[21] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 48),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 48, 2))
    # tap 2, 1, 1: box 4 x 4 x 4
    gv = gc[:, :, :, 0:4, 0:4, 0:4].reshape(n, 1, 4, 64)
    xv = xc[:, :, :, 1:8:2, 0:7:2, 0:7:2].reshape(n, 1, 2, 64)
    gwt[22] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 64),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 64, 2))
    # tap 2, 1, 2: box 4 x 4 x 4
    gv = gc[:, :, :, 0:4, 0:4, 0:4].reshape(n, 1, 4, 64)
    xv = xc[:, :, :, 1:8:2, 0:7:2, 1:8:2].reshape(n, 1, 2, 64)
    gwt[23] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 64),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 64, 2))
    # tap 2, 2, 0: box 4 x 4 x 3
    gv = gc[:, :, :, 0:4, 0:4, 1:4].reshape(n, 1, 4, 48)
    xv = xc[:, :, :, 1:8:2, 1:8:2, 1:6:2].reshape(n, 1, 2, 48)
    gwt[24] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 48),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 48, 2))
    # tap 2, 2, 1: box 4 x 4 x 4
    gv = gc[:, :, :, 0:4, 0:4, 0:4].reshape(n, 1, 4, 64)
    xv = xc[:, :, :, 1:8:2, 1:8:2, 0:7:2].reshape(n, 1, 2, 64)
    gwt[25] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 64),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 64, 2))
    # tap 2, 2, 2: box 4 x 4 x 4
    gv = gc[:, :, :, 0:4, 0:4, 0:4].reshape(n, 1, 4, 64)
    xv = xc[:, :, :, 1:8:2, 1:8:2, 1:8:2].reshape(n, 1, 2, 64)
    gwt[26] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 64),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 64, 2))
    return _np.ascontiguousarray(gwt.transpose(1, 2, 3, 0)).reshape((4, 2, 3, 3, 3))
