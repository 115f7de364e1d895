# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
# operator:      input: grad_x = C·grad_y
# strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
# dtype:         float64
# signature:     keras_valid_4x4_k3_s2_dx(grad_y, w) -> grad_x
# content-hash:  sha256:a8a5f8728ea452c8d1fe2823e34b92f6e7a8f8c2cba0762da7e52a428f688cca
"""Input kernel for TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2): grad_x = C·grad_y.

Arrays are batch-first in PyTorch layout, C order:
    grad_y: (n, 1, 9, 9)
    w: (1, 1, 3, 3)
    returns grad_x: (n, 1, 4, 4)
Computed in float64 (unrolled, 144 multiply-adds per sample).
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


def keras_valid_4x4_k3_s2_dx(grad_y, w):
    """grad_x = C·grad_y, unrolled: one statement per output element (vectorised over the batch),
    holding only the structurally nonzero terms."""
    grad_y = _arg("grad_y", grad_y, (1, 9, 9), True)
    w = _arg("w", w, (1, 1, 3, 3), False)
    n = grad_y.shape[0]
    src = grad_y.reshape(n, 81)
    wf = w.reshape(-1)
    out = _np.zeros((n, 16), dtype=_DTYPE)
    out[:, 0] = (
        wf[0] * src[:, 0] + wf[1] * src[:, 1] + wf[2] * src[:, 2] + wf[3] * src[:, 9]
        + wf[4] * src[:, 10] + wf[5] * src[:, 11] + wf[6] * src[:, 18] + wf[7] * src[:, 19]
        + wf[8] * src[:, 20]
    )
    out[:, 1] = (
        wf[0] * src[:, 2] + wf[1] * src[:, 3] + wf[2] * src[:, 4] + wf[3] * src[:, 11]
        + wf[4] * src[:, 12] + wf[5] * src[:, 13] + wf[6] * src[:, 20] + wf[7] * src[:, 21]
        + wf[8] * src[:, 22]
    )
    out[:, 2] = (
        wf[0] * src[:, 4] + wf[1] * src[:, 5] + wf[2] * src[:, 6] + wf[3] * src[:, 13]
        + wf[4] * src[:, 14] + wf[5] * src[:, 15] + wf[6] * src[:, 22] + wf[7] * src[:, 23]
        + wf[8] * src[:, 24]
    )
    out[:, 3] = (
        wf[0] * src[:, 6] + wf[1] * src[:, 7] + wf[2] * src[:, 8] + wf[3] * src[:, 15]
        + wf[4] * src[:, 16] + wf[5] * src[:, 17] + wf[6] * src[:, 24] + wf[7] * src[:, 25]
        + wf[8] * src[:, 26]
    )
    out[:, 4] = (
        wf[0] * src[:, 18] + wf[1] * src[:, 19] + wf[2] * src[:, 20] + wf[3] * src[:, 27]
        + wf[4] * src[:, 28] + wf[5] * src[:, 29] + wf[6] * src[:, 36] + wf[7] * src[:, 37]
        + wf[8] * src[:, 38]
    )
    out[:, 5] = (
        wf[0] * src[:, 20] + wf[1] * src[:, 21] + wf[2] * src[:, 22] + wf[3] * src[:, 29]
        + wf[4] * src[:, 30] + wf[5] * src[:, 31] + wf[6] * src[:, 38] + wf[7] * src[:, 39]
        + wf[8] * src[:, 40]
    )
    out[:, 6] = (
        wf[0] * src[:, 22] + wf[1] * src[:, 23] + wf[2] * src[:, 24] + wf[3] * src[:, 31]
        + wf[4] * src[:, 32] + wf[5] * src[:, 33] + wf[6] * src[:, 40] + wf[7] * src[:, 41]
        + wf[8] * src[:, 42]
    )
    out[:, 7] = (
        wf[0] * src[:, 24] + wf[1] * src[:, 25] + wf[2] * src[:, 26] + wf[3] * src[:, 33]
        + wf[4] * src[:, 34] + wf[5] * src[:, 35] + wf[6] * src[:, 42] + wf[7] * src[:, 43]
        + wf[8] * src[:, 44]
    )
    out[:, 8] = (
        wf[0] * src[:, 36] + wf[1] * src[:, 37] + wf[2] * src[:, 38] + wf[3] * src[:, 45]
        + wf[4] * src[:, 46] + wf[5] * src[:, 47] + wf[6] * src[:, 54] + wf[7] * src[:, 55]
        + wf[8] * src[:, 56]
    )
    out[:, 9] = (
        wf[0] * src[:, 38] + wf[1] * src[:, 39] + wf[2] * src[:, 40] + wf[3] * src[:, 47]
        + wf[4] * src[:, 48] + wf[5] * src[:, 49] + wf[6] * src[:, 56] + wf[7] * src[:, 57]
        + wf[8] * src[:, 58]
    )
    out[:, 10] = (
        wf[0] * src[:, 40] + wf[1] * src[:, 41] + wf[2] * src[:, 42] + wf[3] * src[:, 49]
        + wf[4] * src[:, 50] + wf[5] * src[:, 51] + wf[6] * src[:, 58] + wf[7] * src[:, 59]
        + wf[8] * src[:, 60]
    )
    out[:, 11] = (
        wf[0] * src[:, 42] + wf[1] * src[:, 43] + wf[2] * src[:, 44] + wf[3] * src[:, 51]
        + wf[4] * src[:, 52] + wf[5] * src[:, 53] + wf[6] * src[:, 60] + wf[7] * src[:, 61]
        + wf[8] * src[:, 62]
    )
    out[:, 12] = (
        wf[0] * src[:, 54] + wf[1] * src[:, 55] + wf[2] * src[:, 56] + wf[3] * src[:, 63]
        + wf[4] * src[:, 64] + wf[5] * src[:, 65] + wf[6] * src[:, 72] + wf[7] * src[:, 73]
        + wf[8] * src[:, 74]
    )
    out[:, 13] = (
        wf[0] * src[:, 56] + wf[1] * src[:, 57] + wf[2] * src[:, 58] + wf[3] * src[:, 65]
        + wf[4] * src[:, 66] + wf[5] * src[:, 67] + wf[6] * src[:, 74] + wf[7] * src[:, 75]
        + wf[8] * src[:, 76]
    )
    out[:, 14] = (
        wf[0] * src[:, 58] + wf[1] * src[:, 59] + wf[2] * src[:, 60] + wf[3] * src[:, 67]
        + wf[4] * src[:, 68] + wf[5] * src[:, 69] + wf[6] * src[:, 76] + wf[7] * src[:, 77]
        + wf[8] * src[:, 78]
    )
    out[:, 15] = (
        wf[0] * src[:, 60] + wf[1] * src[:, 61] + wf[2] * src[:, 62] + wf[3] * src[:, 69]
        + wf[4] * src[:, 70] + wf[5] * src[:, 71] + wf[6] * src[:, 78] + wf[7] * src[:, 79]
        + wf[8] * src[:, 80]
    )
    return out.reshape(n, 1, 4, 4)
