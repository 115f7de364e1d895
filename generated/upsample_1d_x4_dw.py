# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2)
# operator:      weight: grad_w[t] = Σ grad_y·M_t·x
# strategy:      polyphase (auto: NumPy, array operations per tap block, not per term)
# dtype:         float64
# signature:     upsample_1d_x4_dw(x, grad_y) -> grad_w
# content-hash:  sha256:30a2a09ed6fcf2f1b46a8ce7b317ae629f1f3db858bb5f27d4f54e0451bd2f9f
"""Weight kernel for TransposedConvSpec(in_size=16, kernel_size=8, stride=4, padding=2, in_channels=4, out_channels=2): grad_w[t] = Σ grad_y·M_t·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 4, 16)
    grad_y: (n, 2, 64)
    returns grad_w: (4, 2, 8), summed over the batch
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


def upsample_1d_x4_dw(x, grad_y):
    """grad_w[t] = Σ grad_y·M_t·x, polyphase: 1 output phase(s), 8 tap blocks, each a matmul over the
    channels of a group on strided views (exact box bounds: no zero is multiplied)."""
    x = _arg("x", x, (4, 16), True)
    grad_y = _arg("grad_y", grad_y, (2, 64), True)
    n = x.shape[0]
    gc = x.reshape(n, 1, 4, 16)  # convolution output side
    xc = grad_y.reshape(n, 1, 2, 64)  # convolution input side
    gwt = _np.zeros((8, 1, 4, 2), dtype=_DTYPE)
    # tap 0: box 15
    gv = gc[:, :, :, 1:16].reshape(n, 1, 4, 15)
    xv = xc[:, :, :, 2:59:4].reshape(n, 1, 2, 15)
    gwt[0] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 15),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 15, 2))
    # tap 1: box 15
    gv = gc[:, :, :, 1:16].reshape(n, 1, 4, 15)
    xv = xc[:, :, :, 3:60:4].reshape(n, 1, 2, 15)
    gwt[1] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 15),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 15, 2))
    # tap 2: box 16
    gv = gc[:, :, :, 0:16].reshape(n, 1, 4, 16)
    xv = xc[:, :, :, 0:61:4].reshape(n, 1, 2, 16)
    gwt[2] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 16),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 16, 2))
    # tap 3: box 16
    gv = gc[:, :, :, 0:16].reshape(n, 1, 4, 16)
    xv = xc[:, :, :, 1:62:4].reshape(n, 1, 2, 16)
    gwt[3] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 16),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 16, 2))
    # tap 4: box 16
    gv = gc[:, :, :, 0:16].reshape(n, 1, 4, 16)
    xv = xc[:, :, :, 2:63:4].reshape(n, 1, 2, 16)
    gwt[4] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 16),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 16, 2))
    # tap 5: box 16
    gv = gc[:, :, :, 0:16].reshape(n, 1, 4, 16)
    xv = xc[:, :, :, 3:64:4].reshape(n, 1, 2, 16)
    gwt[5] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 16),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 16, 2))
    # tap 6: box 15
    gv = gc[:, :, :, 0:15].reshape(n, 1, 4, 15)
    xv = xc[:, :, :, 4:61:4].reshape(n, 1, 2, 15)
    gwt[6] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 15),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 15, 2))
    # tap 7: box 15
    gv = gc[:, :, :, 0:15].reshape(n, 1, 4, 15)
    xv = xc[:, :, :, 5:62:4].reshape(n, 1, 2, 15)
    gwt[7] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 4, n * 15),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 15, 2))
    return _np.ascontiguousarray(gwt.transpose(1, 2, 3, 0)).reshape((4, 2, 8))
