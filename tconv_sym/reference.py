"""Numeric reference: PyTorch-semantics ``conv`` and ``conv_transpose`` through the operator.

These are the oracle every generated kernel is checked against, so they are not a second
hand-written loop and never call generated code: they apply the operator in factored form
(:mod:`tconv_sym.factored`: the spatial tap basis of :mod:`tconv_sym.structure` times the
weight, one GEMM over channels per tap), which is exactly ``conv_matrix(spec, w) @ x`` but
costs the layer's MACs instead of the explicit matrix's memory.

>>> import numpy as np
>>> x = np.array([[[[0, 1], [2, 3]]]])
>>> w = np.array([[[[4, 1], [2, 3]]]])
>>> conv_transpose(x, w)[0, 0]
array([[ 0,  4,  1],
       [ 8, 16,  6],
       [ 4, 12,  9]])
"""

from __future__ import annotations

import numpy as np

from ._inputs import native_numbers, to_numpy
from ._validate import positive_int
from .factored import factored
from .operators import kernel_array
from .spec import ConvSpec, TransposedConvSpec

__all__ = ["conv", "conv_transpose", "apply_operator"]


def _as_batch(name: str, x) -> np.ndarray:
    arr = to_numpy(x)
    if arr.dtype == object or arr.dtype.kind not in "biufc":
        raise TypeError(f"{name} must be a numeric array, got dtype {arr.dtype}")
    arr = native_numbers(name, arr)
    if arr.ndim < 3:
        raise ValueError(
            f"{name} must be batch-first (N, C, *spatial) with at least one spatial dim, "
            f"got shape {arr.shape}"
        )
    return arr


def _check_weight(w: np.ndarray, x: np.ndarray) -> None:
    if w.ndim != x.ndim:
        raise ValueError(
            f"w must have {x.ndim} dims (channels, channels, *kernel) to match x of shape "
            f"{x.shape}, got shape {w.shape}"
        )


def apply_operator(matrix, x: np.ndarray, out_shape: tuple[int, ...]) -> np.ndarray:
    """``y[n] = matrix @ x[n].ravel()`` for every sample of a batch, reshaped to ``out_shape``.

    >>> import scipy.sparse as sp
    >>> apply_operator(sp.csr_matrix([[1, 1]]), np.array([[1, 2], [3, 4]]), (1,))
    array([[3],
           [7]])
    """
    n = x.shape[0]
    if n == 0:  # an empty batch gives an empty result, as in PyTorch
        return np.zeros((0, *out_shape), dtype=np.result_type(matrix.dtype, x.dtype))
    y = matrix @ x.reshape(n, -1).T
    return np.asarray(y).T.reshape(n, *out_shape)


def _add_bias(y: np.ndarray, bias, channels: int) -> np.ndarray:
    if bias is None:
        return y
    b = np.asarray(bias)
    if b.shape != (channels,):
        raise ValueError(f"bias must have shape ({channels},), got {b.shape}")
    return y + b.reshape((1, channels) + (1,) * (y.ndim - 2))


def _is_zero(value) -> bool:
    """The default output_padding: lets 'same' padding and output_size pick their own."""
    return isinstance(value, int) and not isinstance(value, bool) and value == 0


def conv(x, w, stride=1, padding=0, dilation=1, groups=1, bias=None) -> np.ndarray:
    """``torch.nn.functional.conv{1,2,3}d`` (cross-correlation), any number of spatial dims.

    ``x``: ``(N, C_in, *spatial)``; ``w``: ``(C_out, C_in/groups, *k)``; ``padding`` as in
    :class:`ConvSpec` (int, per dim, (lo, hi) pairs, "valid", "same", "full").

    >>> conv(np.ones((1, 1, 4)), np.array([[[1, 2]]]), stride=2)
    array([[[3., 3.]]])
    """
    x = _as_batch("x", x)
    w = to_numpy(w)
    _check_weight(w, x)
    groups = positive_int("groups", groups)
    if w.shape[1] * groups != x.shape[1]:
        raise ValueError(
            f"x has {x.shape[1]} channels but w of shape {w.shape} with groups={groups} expects "
            f"{w.shape[1] * groups} (C_in = w.shape[1] * groups)"
        )
    spec = ConvSpec(
        in_size=x.shape[2:], kernel_size=w.shape[2:], stride=stride, padding=padding,
        dilation=dilation, in_channels=x.shape[1], out_channels=w.shape[0], groups=groups,
    )
    if spec.padding_word == "same" and max(spec.stride) > 1:  # PyTorch's rule, read off
        raise ValueError(f"padding='same' is not supported for strided convolutions (PyTorch "
                         f"raises too), got stride={stride!r}; use ConvSpec(padding='same') for "
                         "TensorFlow's SAME")
    y = factored(spec).apply(x, kernel_array(w, spec.weight_shape, backend="scipy", name="w"))
    return _add_bias(y, bias, spec.out_channels)


def conv_transpose(
    x, w, stride=1, padding=0, output_padding=0, dilation=1, groups=1, output_size=None,
    bias=None,
) -> np.ndarray:
    """``torch.nn.functional.conv_transpose{1,2,3}d``, any number of spatial dims.

    ``x``: ``(N, C_in, *spatial)``; ``w``: ``(C_in, C_out/groups, *k)``. ``output_size``
    (spatial, or with leading batch/channel dims as PyTorch accepts) picks
    ``output_padding``.

    >>> conv_transpose(np.array([[[1, 2]]]), np.array([[[1, 1, 1]]]), stride=2)
    array([[[1, 1, 3, 2, 2]]])
    """
    x = _as_batch("x", x)
    w = to_numpy(w)
    _check_weight(w, x)
    if w.shape[0] != x.shape[1]:
        raise ValueError(
            f"x has {x.shape[1]} channels but w of shape {w.shape} expects {w.shape[0]} "
            "(the transposed weight layout is (C_in, C_out/groups, *k))"
        )
    if output_size is not None:
        output_size = tuple(output_size) if not isinstance(output_size, int) else output_size
        if isinstance(output_size, tuple) and len(output_size) == x.ndim:
            output_size = output_size[2:]
    groups = positive_int("groups", groups)
    spec = TransposedConvSpec(
        in_size=x.shape[2:], kernel_size=w.shape[2:], stride=stride, padding=padding,
        dilation=dilation, in_channels=x.shape[1], out_channels=w.shape[1] * groups,
        groups=groups, output_padding=None if _is_zero(output_padding) else output_padding,
        output_size=output_size,
    )
    y = factored(spec).apply(x, kernel_array(w, spec.weight_shape, backend="scipy", name="w"))
    return _add_bias(y, bias, spec.out_channels)
