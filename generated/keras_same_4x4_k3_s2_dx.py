# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
# operator:      input: grad_x = C·grad_y
# strategy:      unrolled (auto: 121 terms <= 4,096, straight-line code)
# dtype:         float64
# signature:     keras_same_4x4_k3_s2_dx(grad_y, w) -> grad_x
# content-hash:  sha256:04e84a6ea75fde2fbd829c2de5493ed9bea2a2729a76690930931dbd46692372
"""Input kernel for TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1))): grad_x = C·grad_y.

Arrays are batch-first in PyTorch layout, C order:
    grad_y: (n, 1, 8, 8)
    w: (1, 1, 3, 3)
    returns grad_x: (n, 1, 4, 4)
Computed in float64 (unrolled, 121 multiply-adds per sample).
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


def keras_same_4x4_k3_s2_dx(grad_y, w):
    """grad_x = C·grad_y, unrolled: one statement per output element (vectorised over the batch),
    holding only the structurally nonzero terms."""
    grad_y = _arg("grad_y", grad_y, (1, 8, 8), True)
    w = _arg("w", w, (1, 1, 3, 3), False)
    n = grad_y.shape[0]
    src = grad_y.reshape(n, 64)
    wf = w.reshape(-1)
    out = _np.zeros((n, 16), dtype=_DTYPE)
    out[:, 0] = (
        wf[0] * src[:, 0] + wf[1] * src[:, 1] + wf[2] * src[:, 2] + wf[3] * src[:, 8]
        + wf[4] * src[:, 9] + wf[5] * src[:, 10] + wf[6] * src[:, 16] + wf[7] * src[:, 17]
        + wf[8] * src[:, 18]
    )
    out[:, 1] = (
        wf[0] * src[:, 2] + wf[1] * src[:, 3] + wf[2] * src[:, 4] + wf[3] * src[:, 10]
        + wf[4] * src[:, 11] + wf[5] * src[:, 12] + wf[6] * src[:, 18] + wf[7] * src[:, 19]
        + wf[8] * src[:, 20]
    )
    out[:, 2] = (
        wf[0] * src[:, 4] + wf[1] * src[:, 5] + wf[2] * src[:, 6] + wf[3] * src[:, 12]
        + wf[4] * src[:, 13] + wf[5] * src[:, 14] + wf[6] * src[:, 20] + wf[7] * src[:, 21]
        + wf[8] * src[:, 22]
    )
    out[:, 3] = (
        wf[0] * src[:, 6] + wf[1] * src[:, 7] + wf[3] * src[:, 14] + wf[4] * src[:, 15]
        + wf[6] * src[:, 22] + wf[7] * src[:, 23]
    )
    out[:, 4] = (
        wf[0] * src[:, 16] + wf[1] * src[:, 17] + wf[2] * src[:, 18] + wf[3] * src[:, 24]
        + wf[4] * src[:, 25] + wf[5] * src[:, 26] + wf[6] * src[:, 32] + wf[7] * src[:, 33]
        + wf[8] * src[:, 34]
    )
    out[:, 5] = (
        wf[0] * src[:, 18] + wf[1] * src[:, 19] + wf[2] * src[:, 20] + wf[3] * src[:, 26]
        + wf[4] * src[:, 27] + wf[5] * src[:, 28] + wf[6] * src[:, 34] + wf[7] * src[:, 35]
        + wf[8] * src[:, 36]
    )
    out[:, 6] = (
        wf[0] * src[:, 20] + wf[1] * src[:, 21] + wf[2] * src[:, 22] + wf[3] * src[:, 28]
        + wf[4] * src[:, 29] + wf[5] * src[:, 30] + wf[6] * src[:, 36] + wf[7] * src[:, 37]
        + wf[8] * src[:, 38]
    )
    out[:, 7] = (
        wf[0] * src[:, 22] + wf[1] * src[:, 23] + wf[3] * src[:, 30] + wf[4] * src[:, 31]
        + wf[6] * src[:, 38] + wf[7] * src[:, 39]
    )
    out[:, 8] = (
        wf[0] * src[:, 32] + wf[1] * src[:, 33] + wf[2] * src[:, 34] + wf[3] * src[:, 40]
        + wf[4] * src[:, 41] + wf[5] * src[:, 42] + wf[6] * src[:, 48] + wf[7] * src[:, 49]
        + wf[8] * src[:, 50]
    )
    out[:, 9] = (
        wf[0] * src[:, 34] + wf[1] * src[:, 35] + wf[2] * src[:, 36] + wf[3] * src[:, 42]
        + wf[4] * src[:, 43] + wf[5] * src[:, 44] + wf[6] * src[:, 50] + wf[7] * src[:, 51]
        + wf[8] * src[:, 52]
    )
    out[:, 10] = (
        wf[0] * src[:, 36] + wf[1] * src[:, 37] + wf[2] * src[:, 38] + wf[3] * src[:, 44]
        + wf[4] * src[:, 45] + wf[5] * src[:, 46] + wf[6] * src[:, 52] + wf[7] * src[:, 53]
        + wf[8] * src[:, 54]
    )
    out[:, 11] = (
        wf[0] * src[:, 38] + wf[1] * src[:, 39] + wf[3] * src[:, 46] + wf[4] * src[:, 47]
        + wf[6] * src[:, 54] + wf[7] * src[:, 55]
    )
    out[:, 12] = (
        wf[0] * src[:, 48] + wf[1] * src[:, 49] + wf[2] * src[:, 50] + wf[3] * src[:, 56]
        + wf[4] * src[:, 57] + wf[5] * src[:, 58]
    )
    out[:, 13] = (
        wf[0] * src[:, 50] + wf[1] * src[:, 51] + wf[2] * src[:, 52] + wf[3] * src[:, 58]
        + wf[4] * src[:, 59] + wf[5] * src[:, 60]
    )
    out[:, 14] = (
        wf[0] * src[:, 52] + wf[1] * src[:, 53] + wf[2] * src[:, 54] + wf[3] * src[:, 60]
        + wf[4] * src[:, 61] + wf[5] * src[:, 62]
    )
    out[:, 15] = (
        wf[0] * src[:, 54] + wf[1] * src[:, 55] + wf[3] * src[:, 62] + wf[4] * src[:, 63]
    )
    return out.reshape(n, 1, 4, 4)
