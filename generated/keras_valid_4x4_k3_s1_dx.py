# generated — do not edit. Written by tconv_sym 0.1.0; regenerate instead.
# spec:          TransposedConvSpec(in_size=(4, 4), kernel_size=3)
# operator:      input: grad_x = C·grad_y
# strategy:      unrolled (auto: 144 terms <= 4,096, straight-line code)
# dtype:         float64
# signature:     keras_valid_4x4_k3_s1_dx(grad_y, w) -> grad_x
# content-hash:  sha256:59fd65595ae7ac88c4c341989913ed7fbe8d1e65d69f0bff2fb3407574bdf013
"""Input kernel for TransposedConvSpec(in_size=(4, 4), kernel_size=3): grad_x = C·grad_y.

Arrays are batch-first in PyTorch layout, C order:
    grad_y: (n, 1, 6, 6)
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


def keras_valid_4x4_k3_s1_dx(grad_y, w):
    """grad_x = C·grad_y, unrolled: one statement per output element (vectorised over the batch),
    holding only the structurally nonzero terms."""
    grad_y = _arg("grad_y", grad_y, (1, 6, 6), True)
    w = _arg("w", w, (1, 1, 3, 3), False)
    n = grad_y.shape[0]
    src = grad_y.reshape(n, 36)
    wf = w.reshape(-1)
    out = _np.zeros((n, 16), dtype=_DTYPE)
    out[:, 0] = (
        wf[0] * src[:, 0] + wf[1] * src[:, 1] + wf[2] * src[:, 2] + wf[3] * src[:, 6]
        + wf[4] * src[:, 7] + wf[5] * src[:, 8] + wf[6] * src[:, 12] + wf[7] * src[:, 13]
        + wf[8] * src[:, 14]
    )
    out[:, 1] = (
        wf[0] * src[:, 1] + wf[1] * src[:, 2] + wf[2] * src[:, 3] + wf[3] * src[:, 7]
        + wf[4] * src[:, 8] + wf[5] * src[:, 9] + wf[6] * src[:, 13] + wf[7] * src[:, 14]
        + wf[8] * src[:, 15]
    )
    out[:, 2] = (
        wf[0] * src[:, 2] + wf[1] * src[:, 3] + wf[2] * src[:, 4] + wf[3] * src[:, 8]
        + wf[4] * src[:, 9] + wf[5] * src[:, 10] + wf[6] * src[:, 14] + wf[7] * src[:, 15]
        + wf[8] * src[:, 16]
    )
    out[:, 3] = (
        wf[0] * src[:, 3] + wf[1] * src[:, 4] + wf[2] * src[:, 5] + wf[3] * src[:, 9]
        + wf[4] * src[:, 10] + wf[5] * src[:, 11] + wf[6] * src[:, 15] + wf[7] * src[:, 16]
        + wf[8] * src[:, 17]
    )
    out[:, 4] = (
        wf[0] * src[:, 6] + wf[1] * src[:, 7] + wf[2] * src[:, 8] + wf[3] * src[:, 12]
        + wf[4] * src[:, 13] + wf[5] * src[:, 14] + wf[6] * src[:, 18] + wf[7] * src[:, 19]
        + wf[8] * src[:, 20]
    )
    out[:, 5] = (
        wf[0] * src[:, 7] + wf[1] * src[:, 8] + wf[2] * src[:, 9] + wf[3] * src[:, 13]
        + wf[4] * src[:, 14] + wf[5] * src[:, 15] + wf[6] * src[:, 19] + wf[7] * src[:, 20]
        + wf[8] * src[:, 21]
    )
    out[:, 6] = (
        wf[0] * src[:, 8] + wf[1] * src[:, 9] + wf[2] * src[:, 10] + wf[3] * src[:, 14]
        + wf[4] * src[:, 15] + wf[5] * src[:, 16] + wf[6] * src[:, 20] + wf[7] * src[:, 21]
        + wf[8] * src[:, 22]
    )
    out[:, 7] = (
        wf[0] * src[:, 9] + wf[1] * src[:, 10] + wf[2] * src[:, 11] + wf[3] * src[:, 15]
        + wf[4] * src[:, 16] + wf[5] * src[:, 17] + wf[6] * src[:, 21] + wf[7] * src[:, 22]
        + wf[8] * src[:, 23]
    )
    out[:, 8] = (
        wf[0] * src[:, 12] + wf[1] * src[:, 13] + wf[2] * src[:, 14] + wf[3] * src[:, 18]
        + wf[4] * src[:, 19] + wf[5] * src[:, 20] + wf[6] * src[:, 24] + wf[7] * src[:, 25]
        + wf[8] * src[:, 26]
    )
    out[:, 9] = (
        wf[0] * src[:, 13] + wf[1] * src[:, 14] + wf[2] * src[:, 15] + wf[3] * src[:, 19]
        + wf[4] * src[:, 20] + wf[5] * src[:, 21] + wf[6] * src[:, 25] + wf[7] * src[:, 26]
        + wf[8] * src[:, 27]
    )
    out[:, 10] = (
        wf[0] * src[:, 14] + wf[1] * src[:, 15] + wf[2] * src[:, 16] + wf[3] * src[:, 20]
        + wf[4] * src[:, 21] + wf[5] * src[:, 22] + wf[6] * src[:, 26] + wf[7] * src[:, 27]
        + wf[8] * src[:, 28]
    )
    out[:, 11] = (
        wf[0] * src[:, 15] + wf[1] * src[:, 16] + wf[2] * src[:, 17] + wf[3] * src[:, 21]
        + wf[4] * src[:, 22] + wf[5] * src[:, 23] + wf[6] * src[:, 27] + wf[7] * src[:, 28]
        + wf[8] * src[:, 29]
    )
    out[:, 12] = (
        wf[0] * src[:, 18] + wf[1] * src[:, 19] + wf[2] * src[:, 20] + wf[3] * src[:, 24]
        + wf[4] * src[:, 25] + wf[5] * src[:, 26] + wf[6] * src[:, 30] + wf[7] * src[:, 31]
        + wf[8] * src[:, 32]
    )
    out[:, 13] = (
        wf[0] * src[:, 19] + wf[1] * src[:, 20] + wf[2] * src[:, 21] + wf[3] * src[:, 25]
        + wf[4] * src[:, 26] + wf[5] * src[:, 27] + wf[6] * src[:, 31] + wf[7] * src[:, 32]
        + wf[8] * src[:, 33]
    )
    out[:, 14] = (
        wf[0] * src[:, 20] + wf[1] * src[:, 21] + wf[2] * src[:, 22] + wf[3] * src[:, 26]
        + wf[4] * src[:, 27] + wf[5] * src[:, 28] + wf[6] * src[:, 32] + wf[7] * src[:, 33]
        + wf[8] * src[:, 34]
    )
    out[:, 15] = (
        wf[0] * src[:, 21] + wf[1] * src[:, 22] + wf[2] * src[:, 23] + wf[3] * src[:, 27]
        + wf[4] * src[:, 28] + wf[5] * src[:, 29] + wf[6] * src[:, 33] + wf[7] * src[:, 34]
        + wf[8] * src[:, 35]
    )
    return out.reshape(n, 1, 4, 4)
