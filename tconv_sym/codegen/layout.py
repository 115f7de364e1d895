"""Data and weight layouts of generated kernels: channels-first or channels-last data, and the
weight layouts of PyTorch, TFLite and TensorFlow.

Data (per sample): ``"nchw"`` is ``(C, *spatial)``, ``"nhwc"`` is ``(*spatial, C)`` (the
letters name the 2-D case; 1-D and 3-D work the same way).

Weights, with ``g`` groups (``k`` the kernel's spatial shape):

================  ==========================  ==========================
weight layout     TransposedConvSpec          ConvSpec
================  ==========================  ==========================
``"pytorch"``     ``(C_in, C_out/g, *k)``     ``(C_out, C_in/g, *k)``
``"tflite"``      ``(C_out, *k, C_in/g)``     ``(C_out, *k, C_in/g)``
                  (TRANSPOSE_CONV, OHWI)      (CONV_2D, OHWI)
``"tf"``          ``(*k, C_out, C_in/g)``     ``(*k, C_in/g, C_out)``
================  ==========================  ==========================

The default weight layout follows the data layout's ecosystem: ``"pytorch"`` for ``"nchw"``,
``"tflite"`` for ``"nhwc"``.

>>> from tconv_sym import TransposedConvSpec
>>> spec = TransposedConvSpec(in_size=(4, 4), kernel_size=3, in_channels=2, out_channels=5)
>>> weight_shape(spec, "tflite"), weight_shape(spec, "tf"), data_shape(spec.in_shape, "nhwc")
((5, 3, 3, 2), (3, 3, 5, 2), (4, 4, 2))
>>> w = np.arange(90).reshape(spec.weight_shape)
>>> bool(np.array_equal(to_pytorch(from_pytorch(w, spec, "tf"), spec, "tf"), w))
True
"""

from __future__ import annotations

import numpy as np

from .._validate import choice

__all__ = ["LAYOUTS", "WEIGHT_LAYOUTS", "default_weight_layout", "weight_shape", "data_shape",
           "to_pytorch", "from_pytorch", "to_channels_last", "to_channels_first",
           "weight_offsets", "describe_weight_layout"]

LAYOUTS = ("nchw", "nhwc")
WEIGHT_LAYOUTS = ("pytorch", "tflite", "tf")


def default_weight_layout(layout: str, weight_layout: str | None = None) -> str:
    """The weight layout of a kernel: ``weight_layout`` if given, else the data layout's.

    >>> default_weight_layout("nhwc"), default_weight_layout("nhwc", "tf")
    ('tflite', 'tf')
    """
    layout = choice("layout", layout, LAYOUTS)
    if weight_layout is None:
        return "pytorch" if layout == "nchw" else "tflite"
    return choice("weight_layout", weight_layout, WEIGHT_LAYOUTS)


def _transposed(spec) -> bool:
    return type(spec).__name__ == "TransposedConvSpec"


def _pytorch_to(spec, weight_layout: str) -> tuple[int, ...]:
    """Axis permutation of a PyTorch-layout weight (``(A, B/g, *k)``) into ``weight_layout``."""
    nd = spec.ndim
    k = tuple(range(2, 2 + nd))
    if weight_layout == "pytorch":
        return tuple(range(nd + 2))
    if weight_layout == "tflite":  # (C_out, *k, C_in/g): the PyTorch axis of C_out first
        return ((1, *k, 0) if _transposed(spec) else (0, *k, 1))
    return ((*k, 1, 0) if _transposed(spec) else (*k, 1, 0))  # tf


def _grouped_pytorch(w: np.ndarray, spec) -> np.ndarray:
    """A transposed convolution's PyTorch ``(C_in, C_out/g, *k)`` -> ``(C_in/g, C_out, *k)``,
    the form whose axes permute to the TFLite / TF layouts (a convolution's PyTorch layout
    already has the ``C_in/g`` axis)."""
    g = spec.groups
    if g == 1 or not _transposed(spec):
        return w
    a, bg, *k = w.shape
    return (w.reshape(g, a // g, bg, *k).transpose(1, 0, 2, *range(3, 3 + len(k)))
            .reshape(a // g, g * bg, *k))


def _ungrouped_pytorch(w: np.ndarray, spec) -> np.ndarray:
    g = spec.groups
    if g == 1 or not _transposed(spec):
        return w
    ag, b, *k = w.shape
    return (w.reshape(ag, g, b // g, *k).transpose(1, 0, 2, *range(3, 3 + len(k)))
            .reshape(g * ag, b // g, *k))


def weight_shape(spec, weight_layout: str) -> tuple[int, ...]:
    """The weight shape of ``spec`` in ``weight_layout``."""
    weight_layout = choice("weight_layout", weight_layout, WEIGHT_LAYOUTS)
    a, bg, *k = spec.weight_shape
    g = spec.groups
    grouped = ((a // g, bg * g, *k) if weight_layout != "pytorch" and _transposed(spec)
               else spec.weight_shape)
    return tuple(grouped[i] for i in _pytorch_to(spec, weight_layout))


def from_pytorch(w, spec, weight_layout: str) -> np.ndarray:
    """A PyTorch-layout weight of ``spec`` in ``weight_layout``."""
    weight_layout = choice("weight_layout", weight_layout, WEIGHT_LAYOUTS)
    w = np.asarray(w)
    if weight_layout == "pytorch":
        return w
    return np.ascontiguousarray(_grouped_pytorch(w, spec).transpose(_pytorch_to(spec,
                                                                                weight_layout)))


def to_pytorch(w, spec, weight_layout: str) -> np.ndarray:
    """A ``weight_layout`` weight of ``spec`` in PyTorch layout (shape checked)."""
    weight_layout = choice("weight_layout", weight_layout, WEIGHT_LAYOUTS)
    w = np.asarray(w)
    want = weight_shape(spec, weight_layout)
    if w.shape != want:
        raise ValueError(f"weights in the {weight_layout!r} layout must have shape {want} for "
                         f"{spec!r}, got {w.shape}")
    if weight_layout == "pytorch":
        return w
    perm = _pytorch_to(spec, weight_layout)
    inverse = tuple(int(i) for i in np.argsort(perm))
    return np.ascontiguousarray(_ungrouped_pytorch(w.transpose(inverse), spec))


def data_shape(sample_shape, layout: str) -> tuple[int, ...]:
    """The per-sample shape ``(C, *spatial)`` of a spec in ``layout``."""
    layout = choice("layout", layout, LAYOUTS)
    c, *sp = sample_shape
    return tuple(sample_shape) if layout == "nchw" else (*sp, c)


def to_channels_last(x) -> np.ndarray:
    """``(n, C, *spatial)`` -> ``(n, *spatial, C)``.

    >>> to_channels_last(np.zeros((2, 3, 4, 5))).shape
    (2, 4, 5, 3)
    """
    x = np.asarray(x)
    return np.ascontiguousarray(np.moveaxis(x, 1, -1))


def to_channels_first(x) -> np.ndarray:
    """``(n, *spatial, C)`` -> ``(n, C, *spatial)``."""
    x = np.asarray(x)
    return np.ascontiguousarray(np.moveaxis(x, -1, 1))


def weight_offsets(spec, weight_layout: str) -> np.ndarray:
    """The flat offset, in a ``weight_layout`` array, of every PyTorch-layout weight entry
    (an integer array of ``spec.weight_shape``): how a kernel indexes weights in any layout.

    >>> from tconv_sym import ConvSpec
    >>> weight_offsets(ConvSpec(in_size=4, kernel_size=2, in_channels=3), "tflite")[0].tolist()
    [[0, 3], [1, 4], [2, 5]]
    """
    n = int(np.prod(weight_shape(spec, weight_layout)))
    flat = np.arange(n, dtype=np.int64).reshape(weight_shape(spec, weight_layout))
    return to_pytorch(flat, spec, weight_layout)


def describe_weight_layout(spec, weight_layout: str) -> str:
    """E.g. ``"tflite (C_out, *k, C_in/g) = (5, 3, 3, 2)"`` for headers and plans."""
    t = _transposed(spec)
    names = {
        "pytorch": "(C_in, C_out/g, *k)" if t else "(C_out, C_in/g, *k)",
        "tflite": "(C_out, *k, C_in/g)",
        "tf": "(*k, C_out, C_in/g)" if t else "(*k, C_in/g, C_out)",
    }[weight_layout]
    shape = ", ".join(map(str, weight_shape(spec, weight_layout)))
    return f"{weight_layout} {names} = ({shape})"
