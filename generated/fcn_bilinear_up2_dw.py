# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21)
# operator:      weight: grad_w[t] = Σ grad_y·M_t·x
# strategy:      polyphase (auto: NumPy, array operations per tap block, not per term)
# dtype:         float64
# signature:     fcn_bilinear_up2_dw(x, grad_y) -> grad_w
# content-hash:  sha256:c219e149cccf28a53455556039ceb1450fddbc6a4606ae07313545782c89f199
"""Weight kernel for TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21, out_channels=21, groups=21): grad_w[t] = Σ grad_y·M_t·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 21, 16, 16)
    grad_y: (n, 21, 32, 32)
    returns grad_w: (21, 1, 4, 4), summed over the batch
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


def _taps(w):
    """Weights as (taps, groups, out channels of a group, in channels of a group)."""
    wt = w.reshape(21, 1, 1, 16).transpose(3, 0, 1, 2)
    return _np.ascontiguousarray(wt)


def fcn_bilinear_up2_dw(x, grad_y):
    """grad_w[t] = Σ grad_y·M_t·x, polyphase: 1 output phase(s), 16 tap blocks, each a matmul over the
    channels of a group on strided views (exact box bounds: no zero is multiplied)."""
    x = _arg("x", x, (21, 16, 16), True)
    grad_y = _arg("grad_y", grad_y, (21, 32, 32), True)
    n = x.shape[0]
    gc = x.reshape(n, 21, 1, 16, 16)  # convolution output side
    xc = grad_y.reshape(n, 21, 1, 32, 32)  # convolution input side
    gwt = _np.zeros((16, 21, 1, 1), dtype=_DTYPE)
    # tap 0, 0: box 15 x 15
    gv = gc[:, :, :, 1:16, 1:16].reshape(n, 21, 1, 225)
    xv = xc[:, :, :, 1:30:2, 1:30:2].reshape(n, 21, 1, 225)
    gwt[0] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 225),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 225, 1))
    # tap 0, 1: box 15 x 16
    gv = gc[:, :, :, 1:16, 0:16].reshape(n, 21, 1, 240)
    xv = xc[:, :, :, 1:30:2, 0:31:2].reshape(n, 21, 1, 240)
    gwt[1] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 240),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 240, 1))
    # tap 0, 2: box 15 x 16
    gv = gc[:, :, :, 1:16, 0:16].reshape(n, 21, 1, 240)
    xv = xc[:, :, :, 1:30:2, 1:32:2].reshape(n, 21, 1, 240)
    gwt[2] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 240),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 240, 1))
    # tap 0, 3: box 15 x 15
    gv = gc[:, :, :, 1:16, 0:15].reshape(n, 21, 1, 225)
    xv = xc[:, :, :, 1:30:2, 2:31:2].reshape(n, 21, 1, 225)
    gwt[3] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 225),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 225, 1))
    # tap 1, 0: box 16 x 15
    gv = gc[:, :, :, 0:16, 1:16].reshape(n, 21, 1, 240)
    xv = xc[:, :, :, 0:31:2, 1:30:2].reshape(n, 21, 1, 240)
    gwt[4] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 240),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 240, 1))
    # tap 1, 1: box 16 x 16
    gv = gc[:, :, :, 0:16, 0:16].reshape(n, 21, 1, 256)
    xv = xc[:, :, :, 0:31:2, 0:31:2].reshape(n, 21, 1, 256)
    gwt[5] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 256),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 256, 1))
    # tap 1, 2: box 16 x 16
    gv = gc[:, :, :, 0:16, 0:16].reshape(n, 21, 1, 256)
    xv = xc[:, :, :, 0:31:2, 1:32:2].reshape(n, 21, 1, 256)
    gwt[6] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 256),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 256, 1))
    # tap 1, 3: box 16 x 15
    gv = gc[:, :, :, 0:16, 0:15].reshape(n, 21, 1, 240)
    xv = xc[:, :, :, 0:31:2, 2:31:2].reshape(n, 21, 1, 240)
    gwt[7] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 240),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 240, 1))
    # tap 2, 0: box 16 x 15
    gv = gc[:, :, :, 0:16, 1:16].reshape(n, 21, 1, 240)
    xv = xc[:, :, :, 1:32:2, 1:30:2].reshape(n, 21, 1, 240)
    gwt[8] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 240),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 240, 1))
    # tap 2, 1: box 16 x 16
    gv = gc[:, :, :, 0:16, 0:16].reshape(n, 21, 1, 256)
    xv = xc[:, :, :, 1:32:2, 0:31:2].reshape(n, 21, 1, 256)
    gwt[9] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 256),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 256, 1))
    # tap 2, 2: box 16 x 16
    gv = gc[:, :, :, 0:16, 0:16].reshape(n, 21, 1, 256)
    xv = xc[:, :, :, 1:32:2, 1:32:2].reshape(n, 21, 1, 256)
    gwt[10] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 256),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 256, 1))
    # tap 2, 3: box 16 x 15
    gv = gc[:, :, :, 0:16, 0:15].reshape(n, 21, 1, 240)
    xv = xc[:, :, :, 1:32:2, 2:31:2].reshape(n, 21, 1, 240)
    gwt[11] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 240),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 240, 1))
    # tap 3, 0: box 15 x 15
    gv = gc[:, :, :, 0:15, 1:16].reshape(n, 21, 1, 225)
    xv = xc[:, :, :, 2:31:2, 1:30:2].reshape(n, 21, 1, 225)
    gwt[12] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 225),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 225, 1))
    # tap 3, 1: box 15 x 16
    gv = gc[:, :, :, 0:15, 0:16].reshape(n, 21, 1, 240)
    xv = xc[:, :, :, 2:31:2, 0:31:2].reshape(n, 21, 1, 240)
    gwt[13] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 240),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 240, 1))
    # tap 3, 2: box 15 x 16
    gv = gc[:, :, :, 0:15, 0:16].reshape(n, 21, 1, 240)
    xv = xc[:, :, :, 2:31:2, 1:32:2].reshape(n, 21, 1, 240)
    gwt[14] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 240),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 240, 1))
    # tap 3, 3: box 15 x 15
    gv = gc[:, :, :, 0:15, 0:15].reshape(n, 21, 1, 225)
    xv = xc[:, :, :, 2:31:2, 2:31:2].reshape(n, 21, 1, 225)
    gwt[15] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(21, 1, n * 225),
                            xv.transpose(1, 0, 3, 2).reshape(21, n * 225, 1))
    return _np.ascontiguousarray(gwt.transpose(1, 2, 3, 0)).reshape((21, 1, 4, 4))
