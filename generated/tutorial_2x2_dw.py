# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(2, 2), kernel_size=2)
# operator:      weight: grad_w[t] = Σ grad_y·M_t·x
# strategy:      polyphase (auto: NumPy, array operations per tap block, not per term)
# dtype:         float64
# signature:     tutorial_2x2_dw(x, grad_y) -> grad_w
# content-hash:  sha256:61393f8e2748bf31e3985cae23ac506b20af98a29038a87a041b46386e060a1b
"""Weight kernel for TransposedConvSpec(in_size=(2, 2), kernel_size=2): grad_w[t] = Σ grad_y·M_t·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 1, 2, 2)
    grad_y: (n, 1, 3, 3)
    returns grad_w: (1, 1, 2, 2), summed over the batch
Computed in float64 (polyphase, 16 multiply-adds per sample).
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
    wt = w.reshape(1, 1, 1, 4).transpose(3, 0, 1, 2)
    return _np.ascontiguousarray(wt)


def tutorial_2x2_dw(x, grad_y):
    """grad_w[t] = Σ grad_y·M_t·x, polyphase: 1 output phase(s), 4 tap blocks, each a matmul over the
    channels of a group on strided views (exact box bounds: no zero is multiplied)."""
    x = _arg("x", x, (1, 2, 2), True)
    grad_y = _arg("grad_y", grad_y, (1, 3, 3), True)
    n = x.shape[0]
    gc = x.reshape(n, 1, 1, 2, 2)  # convolution output side
    xc = grad_y.reshape(n, 1, 1, 3, 3)  # convolution input side
    gwt = _np.zeros((4, 1, 1, 1), dtype=_DTYPE)
    # tap 0, 0: box 2 x 2
    gv = gc[:, :, :, 0:2, 0:2].reshape(n, 1, 1, 4)
    xv = xc[:, :, :, 0:2, 0:2].reshape(n, 1, 1, 4)
    gwt[0] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 1, n * 4),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 4, 1))
    # tap 0, 1: box 2 x 2
    gv = gc[:, :, :, 0:2, 0:2].reshape(n, 1, 1, 4)
    xv = xc[:, :, :, 0:2, 1:3].reshape(n, 1, 1, 4)
    gwt[1] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 1, n * 4),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 4, 1))
    # tap 1, 0: box 2 x 2
    gv = gc[:, :, :, 0:2, 0:2].reshape(n, 1, 1, 4)
    xv = xc[:, :, :, 1:3, 0:2].reshape(n, 1, 1, 4)
    gwt[2] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 1, n * 4),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 4, 1))
    # tap 1, 1: box 2 x 2
    gv = gc[:, :, :, 0:2, 0:2].reshape(n, 1, 1, 4)
    xv = xc[:, :, :, 1:3, 1:3].reshape(n, 1, 1, 4)
    gwt[3] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 1, n * 4),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 4, 1))
    return _np.ascontiguousarray(gwt.transpose(1, 2, 3, 0)).reshape((1, 1, 2, 2))
