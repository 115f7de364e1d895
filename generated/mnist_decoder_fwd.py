# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
# operator:      forward: y = Cᵀ·x
# strategy:      polyphase (auto: 1,083,392 terms > 4,096, a GEMM per tap block)
# dtype:         float64
# signature:     mnist_decoder_fwd(x, w) -> y
# content-hash:  sha256:39f39af387c5dae7d3beecd3cffa2a00a9ff23bf1c93bdf0df4c5aa20ea80b7e
"""Forward kernel for TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32): y = Cᵀ·x.

Arrays are batch-first in PyTorch layout, C order:
    x: (n, 32, 28, 28)
    w: (32, 1, 7, 7)
    returns y: (n, 1, 28, 28)
Computed in float64 (polyphase, 1,083,392 multiply-adds per sample).
"""

import numpy as _np

_DTYPE = _np.float64


def _arg(name, a, shape, batched):
    a = _np.asarray(a)
    if a.dtype.kind not in "biuf":
        raise TypeError(f"{name} must be a real numeric array, got dtype {a.dtype}")
    if a.ndim != len(shape) + batched or a.shape[batched:] != shape:
        want = ("n",) + shape if batched else shape
        raise ValueError(f"{name} must have shape {want}, got {a.shape}")
    return _np.ascontiguousarray(a, dtype=_DTYPE)


def _taps(w):
    """Weights as (taps, groups, out channels of a group, in channels of a group)."""
    wt = w.reshape(1, 32, 1, 49).transpose(3, 0, 2, 1)
    return _np.ascontiguousarray(wt)


def mnist_decoder_fwd(x, w):
    """y = Cᵀ·x, polyphase: 1 output phase(s), 49 tap blocks, each a matmul over the
    channels of a group on strided views (exact box bounds: no zero is multiplied)."""
    x = _arg("x", x, (32, 28, 28), True)
    w = _arg("w", w, (32, 1, 7, 7), False)
    n = x.shape[0]
    wt = _taps(w)
    src = x.reshape(n, 1, 32, 28, 28)
    out = _np.zeros((n, 1, 1, 28, 28), dtype=_DTYPE)
    # phase 0, 0, tap 0, 0: box 25 x 25
    out[:, :, :, 0:25, 0:25] += _np.matmul(
        wt[0], src[:, :, :, 3:28, 3:28].reshape(n, 1, 32, 625)
    ).reshape(n, 1, 1, 25, 25)
    # phase 0, 0, tap 0, 1: box 25 x 26
    out[:, :, :, 0:25, 0:26] += _np.matmul(
        wt[1], src[:, :, :, 3:28, 2:28].reshape(n, 1, 32, 650)
    ).reshape(n, 1, 1, 25, 26)
    # phase 0, 0, tap 0, 2: box 25 x 27
    out[:, :, :, 0:25, 0:27] += _np.matmul(
        wt[2], src[:, :, :, 3:28, 1:28].reshape(n, 1, 32, 675)
    ).reshape(n, 1, 1, 25, 27)
    # phase 0, 0, tap 0, 3: box 25 x 28
    out[:, :, :, 0:25, 0:28] += _np.matmul(
        wt[3], src[:, :, :, 3:28, 0:28].reshape(n, 1, 32, 700)
    ).reshape(n, 1, 1, 25, 28)
    # phase 0, 0, tap 0, 4: box 25 x 27
    out[:, :, :, 0:25, 1:28] += _np.matmul(
        wt[4], src[:, :, :, 3:28, 0:27].reshape(n, 1, 32, 675)
    ).reshape(n, 1, 1, 25, 27)
    # phase 0, 0, tap 0, 5: box 25 x 26
    out[:, :, :, 0:25, 2:28] += _np.matmul(
        wt[5], src[:, :, :, 3:28, 0:26].reshape(n, 1, 32, 650)
    ).reshape(n, 1, 1, 25, 26)
    # phase 0, 0, tap 0, 6: box 25 x 25
    out[:, :, :, 0:25, 3:28] += _np.matmul(
        wt[6], src[:, :, :, 3:28, 0:25].reshape(n, 1, 32, 625)
    ).reshape(n, 1, 1, 25, 25)
    # phase 0, 0, tap 1, 0: box 26 x 25
    out[:, :, :, 0:26, 0:25] += _np.matmul(
        wt[7], src[:, :, :, 2:28, 3:28].reshape(n, 1, 32, 650)
    ).reshape(n, 1, 1, 26, 25)
    # phase 0, 0, tap 1, 1: box 26 x 26
    out[:, :, :, 0:26, 0:26] += _np.matmul(
        wt[8], src[:, :, :, 2:28, 2:28].reshape(n, 1, 32, 676)
    ).reshape(n, 1, 1, 26, 26)
    # phase 0, 0, tap 1, 2: box 26 x 27
    out[:, :, :, 0:26, 0:27] += _np.matmul(
        wt[9], src[:, :, :, 2:28, 1:28].reshape(n, 1, 32, 702)
    ).reshape(n, 1, 1, 26, 27)
    # phase 0, 0, tap 1, 3: box 26 x 28
    out[:, :, :, 0:26, 0:28] += _np.matmul(
        wt[10], src[:, :, :, 2:28, 0:28].reshape(n, 1, 32, 728)
    ).reshape(n, 1, 1, 26, 28)
    # phase 0, 0, tap 1, 4: box 26 x 27
    out[:, :, :, 0:26, 1:28] += _np.matmul(
        wt[11], src[:, :, :, 2:28, 0:27].reshape(n, 1, 32, 702)
    ).reshape(n, 1, 1, 26, 27)
    # phase 0, 0, tap 1, 5: box 26 x 26
    out[:, :, :, 0:26, 2:28] += _np.matmul(
        wt[12], src[:, :, :, 2:28, 0:26].reshape(n, 1, 32, 676)
    ).reshape(n, 1, 1, 26, 26)
    # phase 0, 0, tap 1, 6: box 26 x 25
    out[:, :, :, 0:26, 3:28] += _np.matmul(
        wt[13], src[:, :, :, 2:28, 0:25].reshape(n, 1, 32, 650)
    ).reshape(n, 1, 1, 26, 25)
    # phase 0, 0, tap 2, 0: box 27 x 25
    out[:, :, :, 0:27, 0:25] += _np.matmul(
        wt[14], src[:, :, :, 1:28, 3:28].reshape(n, 1, 32, 675)
    ).reshape(n, 1, 1, 27, 25)
    # phase 0, 0, tap 2, 1: box 27 x 26
    out[:, :, :, 0:27, 0:26] += _np.matmul(
        wt[15], src[:, :, :, 1:28, 2:28].reshape(n, 1, 32, 702)
    ).reshape(n, 1, 1, 27, 26)
    # phase 0, 0, tap 2, 2: box 27 x 27
    out[:, :, :, 0:27, 0:27] += _np.matmul(
        wt[16], src[:, :, :, 1:28, 1:28].reshape(n, 1, 32, 729)
    ).reshape(n, 1, 1, 27, 27)
    # phase 0, 0, tap 2, 3: box 27 x 28
    out[:, :, :, 0:27, 0:28] += _np.matmul(
        wt[17], src[:, :, :, 1:28, 0:28].reshape(n, 1, 32, 756)
    ).reshape(n, 1, 1, 27, 28)
    # phase 0, 0, tap 2, 4: box 27 x 27
    out[:, :, :, 0:27, 1:28] += _np.matmul(
        wt[18], src[:, :, :, 1:28, 0:27].reshape(n, 1, 32, 729)
    ).reshape(n, 1, 1, 27, 27)
    # phase 0, 0, tap 2, 5: box 27 x 26
    out[:, :, :, 0:27, 2:28] += _np.matmul(
        wt[19], src[:, :, :, 1:28, 0:26].reshape(n, 1, 32, 702)
    ).reshape(n, 1, 1, 27, 26)
    # phase 0, 0, tap 2, 6: box 27 x 25
    out[:, :, :, 0:27, 3:28] += _np.matmul(
        wt[20], src[:, :, :, 1:28, 0:25].reshape(n, 1, 32, 675)
    ).reshape(n, 1, 1, 27, 25)
    # phase 0, 0, tap 3, 0: box 28 x 25
    out[:, :, :, 0:28, 0:25] += _np.matmul(
        wt[21], src[:, :, :, 0:28, 3:28].reshape(n, 1, 32, 700)
    ).reshape(n, 1, 1, 28, 25)
    # phase 0, 0, tap 3, 1: box 28 x 26
    out[:, :, :, 0:28, 0:26] += _np.matmul(
        wt[22], src[:, :, :, 0:28, 2:28].reshape(n, 1, 32, 728)
    ).reshape(n, 1, 1, 28, 26)
    # phase 0, 0, tap 3, 2: box 28 x 27
    out[:, :, :, 0:28, 0:27] += _np.matmul(
        wt[23], src[:, :, :, 0:28, 1:28].reshape(n, 1, 32, 756)
    ).reshape(n, 1, 1, 28, 27)
    # phase 0, 0, tap 3, 3: box 28 x 28
    out[:, :, :, 0:28, 0:28] += _np.matmul(
        wt[24], src[:, :, :, 0:28, 0:28].reshape(n, 1, 32, 784)
    ).reshape(n, 1, 1, 28, 28)
    # phase 0, 0, tap 3, 4: box 28 x 27
    out[:, :, :, 0:28, 1:28] += _np.matmul(
        wt[25], src[:, :, :, 0:28, 0:27].reshape(n, 1, 32, 756)
    ).reshape(n, 1, 1, 28, 27)
    # phase 0, 0, tap 3, 5: box 28 x 26
    out[:, :, :, 0:28, 2:28] += _np.matmul(
        wt[26], src[:, :, :, 0:28, 0:26].reshape(n, 1, 32, 728)
    ).reshape(n, 1, 1, 28, 26)
    # phase 0, 0, tap 3, 6: box 28 x 25
    out[:, :, :, 0:28, 3:28] += _np.matmul(
        wt[27], src[:, :, :, 0:28, 0:25].reshape(n, 1, 32, 700)
    ).reshape(n, 1, 1, 28, 25)
    # phase 0, 0, tap 4, 0: box 27 x 25
    out[:, :, :, 1:28, 0:25] += _np.matmul(
        wt[28], src[:, :, :, 0:27, 3:28].reshape(n, 1, 32, 675)
    ).reshape(n, 1, 1, 27, 25)
    # phase 0, 0, tap 4, 1: box 27 x 26
    out[:, :, :, 1:28, 0:26] += _np.matmul(
        wt[29], src[:, :, :, 0:27, 2:28].reshape(n, 1, 32, 702)
    ).reshape(n, 1, 1, 27, 26)
    # phase 0, 0, tap 4, 2: box 27 x 27
    out[:, :, :, 1:28, 0:27] += _np.matmul(
        wt[30], src[:, :, :, 0:27, 1:28].reshape(n, 1, 32, 729)
    ).reshape(n, 1, 1, 27, 27)
    # phase 0, 0, tap 4, 3: box 27 x 28
    out[:, :, :, 1:28, 0:28] += _np.matmul(
        wt[31], src[:, :, :, 0:27, 0:28].reshape(n, 1, 32, 756)
    ).reshape(n, 1, 1, 27, 28)
    # phase 0, 0, tap 4, 4: box 27 x 27
    out[:, :, :, 1:28, 1:28] += _np.matmul(
        wt[32], src[:, :, :, 0:27, 0:27].reshape(n, 1, 32, 729)
    ).reshape(n, 1, 1, 27, 27)
    # phase 0, 0, tap 4, 5: box 27 x 26
    out[:, :, :, 1:28, 2:28] += _np.matmul(
        wt[33], src[:, :, :, 0:27, 0:26].reshape(n, 1, 32, 702)
    ).reshape(n, 1, 1, 27, 26)
    # phase 0, 0, tap 4, 6: box 27 x 25
    out[:, :, :, 1:28, 3:28] += _np.matmul(
        wt[34], src[:, :, :, 0:27, 0:25].reshape(n, 1, 32, 675)
    ).reshape(n, 1, 1, 27, 25)
    # phase 0, 0, tap 5, 0: box 26 x 25
    out[:, :, :, 2:28, 0:25] += _np.matmul(
        wt[35], src[:, :, :, 0:26, 3:28].reshape(n, 1, 32, 650)
    ).reshape(n, 1, 1, 26, 25)
    # phase 0, 0, tap 5, 1: box 26 x 26
    out[:, :, :, 2:28, 0:26] += _np.matmul(
        wt[36], src[:, :, :, 0:26, 2:28].reshape(n, 1, 32, 676)
    ).reshape(n, 1, 1, 26, 26)
    # phase 0, 0, tap 5, 2: box 26 x 27
    out[:, :, :, 2:28, 0:27] += _np.matmul(
        wt[37], src[:, :, :, 0:26, 1:28].reshape(n, 1, 32, 702)
    ).reshape(n, 1, 1, 26, 27)
    # phase 0, 0, tap 5, 3: box 26 x 28
    out[:, :, :, 2:28, 0:28] += _np.matmul(
        wt[38], src[:, :, :, 0:26, 0:28].reshape(n, 1, 32, 728)
    ).reshape(n, 1, 1, 26, 28)
    # phase 0, 0, tap 5, 4: box 26 x 27
    out[:, :, :, 2:28, 1:28] += _np.matmul(
        wt[39], src[:, :, :, 0:26, 0:27].reshape(n, 1, 32, 702)
    ).reshape(n, 1, 1, 26, 27)
    # phase 0, 0, tap 5, 5: box 26 x 26
    out[:, :, :, 2:28, 2:28] += _np.matmul(
        wt[40], src[:, :, :, 0:26, 0:26].reshape(n, 1, 32, 676)
    ).reshape(n, 1, 1, 26, 26)
    # phase 0, 0, tap 5, 6: box 26 x 25
    out[:, :, :, 2:28, 3:28] += _np.matmul(
        wt[41], src[:, :, :, 0:26, 0:25].reshape(n, 1, 32, 650)
    ).reshape(n, 1, 1, 26, 25)
    # phase 0, 0, tap 6, 0: box 25 x 25
    out[:, :, :, 3:28, 0:25] += _np.matmul(
        wt[42], src[:, :, :, 0:25, 3:28].reshape(n, 1, 32, 625)
    ).reshape(n, 1, 1, 25, 25)
    # phase 0, 0, tap 6, 1: box 25 x 26
    out[:, :, :, 3:28, 0:26] += _np.matmul(
        wt[43], src[:, :, :, 0:25, 2:28].reshape(n, 1, 32, 650)
    ).reshape(n, 1, 1, 25, 26)
    # phase 0, 0, tap 6, 2: box 25 x 27
    out[:, :, :, 3:28, 0:27] += _np.matmul(
        wt[44], src[:, :, :, 0:25, 1:28].reshape(n, 1, 32, 675)
    ).reshape(n, 1, 1, 25, 27)
    # phase 0, 0, tap 6, 3: box 25 x 28
    out[:, :, :, 3:28, 0:28] += _np.matmul(
        wt[45], src[:, :, :, 0:25, 0:28].reshape(n, 1, 32, 700)
    ).reshape(n, 1, 1, 25, 28)
    # phase 0, 0, tap 6, 4: box 25 x 27
    out[:, :, :, 3:28, 1:28] += _np.matmul(
        wt[46], src[:, :, :, 0:25, 0:27].reshape(n, 1, 32, 675)
    ).reshape(n, 1, 1, 25, 27)
    # phase 0, 0, tap 6, 5: box 25 x 26
    out[:, :, :, 3:28, 2:28] += _np.matmul(
        wt[47], src[:, :, :, 0:25, 0:26].reshape(n, 1, 32, 650)
    ).reshape(n, 1, 1, 25, 26)
    # phase 0, 0, tap 6, 6: box 25 x 25
    out[:, :, :, 3:28, 3:28] += _np.matmul(
        wt[48], src[:, :, :, 0:25, 0:25].reshape(n, 1, 32, 625)
    ).reshape(n, 1, 1, 25, 25)
    return out.reshape(n, 1, 28, 28)
