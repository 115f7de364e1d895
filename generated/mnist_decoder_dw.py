# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
# operator:      weight: grad_w[t] = Σ grad_y·M_t·x
# strategy:      polyphase (auto: NumPy, array operations per tap block, not per term)
# dtype:         float64
# signature:     mnist_decoder_dw(x, grad_y) -> grad_w
# content-hash:  sha256:2f24c59d9b5cde0027c05dc5815caa672cf3e74fa9551e3df3dbef797ffe0394
"""Weight kernel for TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32): grad_w[t] = Σ grad_y·M_t·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 32, 28, 28)
    grad_y: (n, 1, 28, 28)
    returns grad_w: (32, 1, 7, 7), summed over the batch
Computed in float64 (polyphase, 1,083,392 multiply-adds per sample).
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
    wt = w.reshape(1, 32, 1, 49).transpose(3, 0, 1, 2)
    return _np.ascontiguousarray(wt)


def mnist_decoder_dw(x, grad_y):
    """grad_w[t] = Σ grad_y·M_t·x, polyphase: 1 output phase(s), 49 tap blocks, each a matmul over the
    channels of a group on strided views (exact box bounds: no zero is multiplied)."""
    x = _arg("x", x, (32, 28, 28), True)
    grad_y = _arg("grad_y", grad_y, (1, 28, 28), True)
    n = x.shape[0]
    gc = x.reshape(n, 1, 32, 28, 28)  # convolution output side
    xc = grad_y.reshape(n, 1, 1, 28, 28)  # convolution input side
    gwt = _np.zeros((49, 1, 32, 1), dtype=_DTYPE)
    # tap 0, 0: box 25 x 25
    gv = gc[:, :, :, 3:28, 3:28].reshape(n, 1, 32, 625)
    xv = xc[:, :, :, 0:25, 0:25].reshape(n, 1, 1, 625)
    gwt[0] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 625),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 625, 1))
    # tap 0, 1: box 25 x 26
    gv = gc[:, :, :, 3:28, 2:28].reshape(n, 1, 32, 650)
    xv = xc[:, :, :, 0:25, 0:26].reshape(n, 1, 1, 650)
    gwt[1] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 650),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 650, 1))
    # tap 0, 2: box 25 x 27
    gv = gc[:, :, :, 3:28, 1:28].reshape(n, 1, 32, 675)
    xv = xc[:, :, :, 0:25, 0:27].reshape(n, 1, 1, 675)
    gwt[2] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 675),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 675, 1))
    # tap 0, 3: box 25 x 28
    gv = gc[:, :, :, 3:28, 0:28].reshape(n, 1, 32, 700)
    xv = xc[:, :, :, 0:25, 0:28].reshape(n, 1, 1, 700)
    gwt[3] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 700),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 700, 1))
    # tap 0, 4: box 25 x 27
    gv = gc[:, :, :, 3:28, 0:27].reshape(n, 1, 32, 675)
    xv = xc[:, :, :, 0:25, 1:28].reshape(n, 1, 1, 675)
    gwt[4] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 675),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 675, 1))
    # tap 0, 5: box 25 x 26
    gv = gc[:, :, :, 3:28, 0:26].reshape(n, 1, 32, 650)
    xv = xc[:, :, :, 0:25, 2:28].reshape(n, 1, 1, 650)
    gwt[5] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 650),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 650, 1))
    # tap 0, 6: box 25 x 25
    gv = gc[:, :, :, 3:28, 0:25].reshape(n, 1, 32, 625)
    xv = xc[:, :, :, 0:25, 3:28].reshape(n, 1, 1, 625)
    gwt[6] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 625),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 625, 1))
    # tap 1, 0: box 26 x 25
    gv = gc[:, :, :, 2:28, 3:28].reshape(n, 1, 32, 650)
    xv = xc[:, :, :, 0:26, 0:25].reshape(n, 1, 1, 650)
    gwt[7] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 650),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 650, 1))
    # tap 1, 1: box 26 x 26
    gv = gc[:, :, :, 2:28, 2:28].reshape(n, 1, 32, 676)
    xv = xc[:, :, :, 0:26, 0:26].reshape(n, 1, 1, 676)
    gwt[8] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 676),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 676, 1))
    # tap 1, 2: box 26 x 27
    gv = gc[:, :, :, 2:28, 1:28].reshape(n, 1, 32, 702)
    xv = xc[:, :, :, 0:26, 0:27].reshape(n, 1, 1, 702)
    gwt[9] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 702),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 702, 1))
    # tap 1, 3: box 26 x 28
    gv = gc[:, :, :, 2:28, 0:28].reshape(n, 1, 32, 728)
    xv = xc[:, :, :, 0:26, 0:28].reshape(n, 1, 1, 728)
    gwt[10] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 728),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 728, 1))
    # tap 1, 4: box 26 x 27
    gv = gc[:, :, :, 2:28, 0:27].reshape(n, 1, 32, 702)
    xv = xc[:, :, :, 0:26, 1:28].reshape(n, 1, 1, 702)
    gwt[11] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 702),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 702, 1))
    # tap 1, 5: box 26 x 26
    gv = gc[:, :, :, 2:28, 0:26].reshape(n, 1, 32, 676)
    xv = xc[:, :, :, 0:26, 2:28].reshape(n, 1, 1, 676)
    gwt[12] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 676),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 676, 1))
    # tap 1, 6: box 26 x 25
    gv = gc[:, :, :, 2:28, 0:25].reshape(n, 1, 32, 650)
    xv = xc[:, :, :, 0:26, 3:28].reshape(n, 1, 1, 650)
    gwt[13] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 650),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 650, 1))
    # tap 2, 0: box 27 x 25
    gv = gc[:, :, :, 1:28, 3:28].reshape(n, 1, 32, 675)
    xv = xc[:, :, :, 0:27, 0:25].reshape(n, 1, 1, 675)
    gwt[14] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 675),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 675, 1))
    # tap 2, 1: box 27 x 26
    gv = gc[:, :, :, 1:28, 2:28].reshape(n, 1, 32, 702)
    xv = xc[:, :, :, 0:27, 0:26].reshape(n, 1, 1, 702)
    gwt[15] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 702),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 702, 1))
    # tap 2, 2: box 27 x 27
    gv = gc[:, :, :, 1:28, 1:28].reshape(n, 1, 32, 729)
    xv = xc[:, :, :, 0:27, 0:27].reshape(n, 1, 1, 729)
    gwt[16] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 729),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 729, 1))
    # tap 2, 3: box 27 x 28
    gv = gc[:, :, :, 1:28, 0:28].reshape(n, 1, 32, 756)
    xv = xc[:, :, :, 0:27, 0:28].reshape(n, 1, 1, 756)
    gwt[17] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 756),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 756, 1))
    # tap 2, 4: box 27 x 27
    gv = gc[:, :, :, 1:28, 0:27].reshape(n, 1, 32, 729)
    xv = xc[:, :, :, 0:27, 1:28].reshape(n, 1, 1, 729)
    gwt[18] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 729),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 729, 1))
    # tap 2, 5: box 27 x 26
    gv = gc[:, :, :, 1:28, 0:26].reshape(n, 1, 32, 702)
    xv = xc[:, :, :, 0:27, 2:28].reshape(n, 1, 1, 702)
    gwt[19] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 702),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 702, 1))
    # tap 2, 6: box 27 x 25
    gv = gc[:, :, :, 1:28, 0:25].reshape(n, 1, 32, 675)
    xv = xc[:, :, :, 0:27, 3:28].reshape(n, 1, 1, 675)
    gwt[20] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 675),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 675, 1))
    # tap 3, 0: box 28 x 25
    gv = gc[:, :, :, 0:28, 3:28].reshape(n, 1, 32, 700)
    xv = xc[:, :, :, 0:28, 0:25].reshape(n, 1, 1, 700)
    gwt[21] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 700),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 700, 1))
    # tap 3, 1: box 28 x 26
    gv = gc[:, :, :, 0:28, 2:28].reshape(n, 1, 32, 728)
    xv = xc[:, :, :, 0:28, 0:26].reshape(n, 1, 1, 728)
    gwt[22] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 728),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 728, 1))
    # tap 3, 2: box 28 x 27
    gv = gc[:, :, :, 0:28, 1:28].reshape(n, 1, 32, 756)
    xv = xc[:, :, :, 0:28, 0:27].reshape(n, 1, 1, 756)
    gwt[23] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 756),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 756, 1))
    # tap 3, 3: box 28 x 28
    gv = gc[:, :, :, 0:28, 0:28].reshape(n, 1, 32, 784)
    xv = xc[:, :, :, 0:28, 0:28].reshape(n, 1, 1, 784)
    gwt[24] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 784),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 784, 1))
    # tap 3, 4: box 28 x 27
    gv = gc[:, :, :, 0:28, 0:27].reshape(n, 1, 32, 756)
    xv = xc[:, :, :, 0:28, 1:28].reshape(n, 1, 1, 756)
    gwt[25] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 756),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 756, 1))
    # tap 3, 5: box 28 x 26
    gv = gc[:, :, :, 0:28, 0:26].reshape(n, 1, 32, 728)
    xv = xc[:, :, :, 0:28, 2:28].reshape(n, 1, 1, 728)
    gwt[26] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 728),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 728, 1))
    # tap 3, 6: box 28 x 25
    gv = gc[:, :, :, 0:28, 0:25].reshape(n, 1, 32, 700)
    xv = xc[:, :, :, 0:28, 3:28].reshape(n, 1, 1, 700)
    gwt[27] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 700),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 700, 1))
    # tap 4, 0: box 27 x 25
    gv = gc[:, :, :, 0:27, 3:28].reshape(n, 1, 32, 675)
    xv = xc[:, :, :, 1:28, 0:25].reshape(n, 1, 1, 675)
    gwt[28] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 675),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 675, 1))
    # tap 4, 1: box 27 x 26
    gv = gc[:, :, :, 0:27, 2:28].reshape(n, 1, 32, 702)
    xv = xc[:, :, :, 1:28, 0:26].reshape(n, 1, 1, 702)
    gwt[29] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 702),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 702, 1))
    # tap 4, 2: box 27 x 27
    gv = gc[:, :, :, 0:27, 1:28].reshape(n, 1, 32, 729)
    xv = xc[:, :, :, 1:28, 0:27].reshape(n, 1, 1, 729)
    gwt[30] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 729),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 729, 1))
    # tap 4, 3: box 27 x 28
    gv = gc[:, :, :, 0:27, 0:28].reshape(n, 1, 32, 756)
    xv = xc[:, :, :, 1:28, 0:28].reshape(n, 1, 1, 756)
    gwt[31] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 756),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 756, 1))
    # tap 4, 4: box 27 x 27
    gv = gc[:, :, :, 0:27, 0:27].reshape(n, 1, 32, 729)
    xv = xc[:, :, :, 1:28, 1:28].reshape(n, 1, 1, 729)
    gwt[32] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 729),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 729, 1))
    # tap 4, 5: box 27 x 26
    gv = gc[:, :, :, 0:27, 0:26].reshape(n, 1, 32, 702)
    xv = xc[:, :, :, 1:28, 2:28].reshape(n, 1, 1, 702)
    gwt[33] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 702),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 702, 1))
    # tap 4, 6: box 27 x 25
    gv = gc[:, :, :, 0:27, 0:25].reshape(n, 1, 32, 675)
    xv = xc[:, :, :, 1:28, 3:28].reshape(n, 1, 1, 675)
    gwt[34] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 675),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 675, 1))
    # tap 5, 0: box 26 x 25
    gv = gc[:, :, :, 0:26, 3:28].reshape(n, 1, 32, 650)
    xv = xc[:, :, :, 2:28, 0:25].reshape(n, 1, 1, 650)
    gwt[35] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 650),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 650, 1))
    # tap 5, 1: box 26 x 26
    gv = gc[:, :, :, 0:26, 2:28].reshape(n, 1, 32, 676)
    xv = xc[:, :, :, 2:28, 0:26].reshape(n, 1, 1, 676)
    gwt[36] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 676),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 676, 1))
    # tap 5, 2: box 26 x 27
    gv = gc[:, :, :, 0:26, 1:28].reshape(n, 1, 32, 702)
    xv = xc[:, :, :, 2:28, 0:27].reshape(n, 1, 1, 702)
    gwt[37] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 702),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 702, 1))
    # tap 5, 3: box 26 x 28
    gv = gc[:, :, :, 0:26, 0:28].reshape(n, 1, 32, 728)
    xv = xc[:, :, :, 2:28, 0:28].reshape(n, 1, 1, 728)
    gwt[38] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 728),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 728, 1))
    # tap 5, 4: box 26 x 27
    gv = gc[:, :, :, 0:26, 0:27].reshape(n, 1, 32, 702)
    xv = xc[:, :, :, 2:28, 1:28].reshape(n, 1, 1, 702)
    gwt[39] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 702),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 702, 1))
    # tap 5, 5: box 26 x 26
    gv = gc[:, :, :, 0:26, 0:26].reshape(n, 1, 32, 676)
    xv = xc[:, :, :, 2:28, 2:28].reshape(n, 1, 1, 676)
    gwt[40] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 676),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 676, 1))
    # tap 5, 6: box 26 x 25
    gv = gc[:, :, :, 0:26, 0:25].reshape(n, 1, 32, 650)
    xv = xc[:, :, :, 2:28, 3:28].reshape(n, 1, 1, 650)
    gwt[41] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 650),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 650, 1))
    # tap 6, 0: box 25 x 25
    gv = gc[:, :, :, 0:25, 3:28].reshape(n, 1, 32, 625)
    xv = xc[:, :, :, 3:28, 0:25].reshape(n, 1, 1, 625)
    gwt[42] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 625),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 625, 1))
    # tap 6, 1: box 25 x 26
    gv = gc[:, :, :, 0:25, 2:28].reshape(n, 1, 32, 650)
    xv = xc[:, :, :, 3:28, 0:26].reshape(n, 1, 1, 650)
    gwt[43] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 650),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 650, 1))
    # tap 6, 2: box 25 x 27
    gv = gc[:, :, :, 0:25, 1:28].reshape(n, 1, 32, 675)
    xv = xc[:, :, :, 3:28, 0:27].reshape(n, 1, 1, 675)
    gwt[44] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 675),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 675, 1))
    # tap 6, 3: box 25 x 28
    gv = gc[:, :, :, 0:25, 0:28].reshape(n, 1, 32, 700)
    xv = xc[:, :, :, 3:28, 0:28].reshape(n, 1, 1, 700)
    gwt[45] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 700),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 700, 1))
    # tap 6, 4: box 25 x 27
    gv = gc[:, :, :, 0:25, 0:27].reshape(n, 1, 32, 675)
    xv = xc[:, :, :, 3:28, 1:28].reshape(n, 1, 1, 675)
    gwt[46] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 675),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 675, 1))
    # tap 6, 5: box 25 x 26
    gv = gc[:, :, :, 0:25, 0:26].reshape(n, 1, 32, 650)
    xv = xc[:, :, :, 3:28, 2:28].reshape(n, 1, 1, 650)
    gwt[47] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 650),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 650, 1))
    # tap 6, 6: box 25 x 25
    gv = gc[:, :, :, 0:25, 0:25].reshape(n, 1, 32, 625)
    xv = xc[:, :, :, 3:28, 3:28].reshape(n, 1, 1, 625)
    gwt[48] += _np.matmul(gv.transpose(1, 2, 0, 3).reshape(1, 32, n * 625),
                            xv.transpose(1, 0, 3, 2).reshape(1, n * 625, 1))
    return _np.ascontiguousarray(gwt.transpose(1, 2, 3, 0)).reshape((32, 1, 7, 7))
