"""Framework conventions: PyTorch, TensorFlow, Keras, ONNX and JAX mapped onto core specs.

Each framework has a *resolver* (its parameters -> a :class:`Resolution`: a core
:class:`~tconv_sym.TransposedConvSpec`, the window of the full output it keeps, and its
data/weight layouts) and a numeric function computed through the core operators (no second
hand-written loop). Each framework is also one :class:`Framework` object (``PYTORCH``,
``TENSORFLOW``, ``KERAS``, ``ONNX``, ``JAX``, ``SPEC``; by name in ``FRAMEWORKS``) with the
same small interface, which :func:`convert` loops over. :func:`convert` maps one
framework's layer onto another's, or explains why no exact equivalent exists and gives the
crop that makes it exact.

>>> import tconv_sym.interop as ti
>>> r = ti.resolve_tf((1, 2, 2, 1), (3, 3, 1, 1), (1, 4, 4, 1), strides=2, padding="SAME")
>>> r.crop
((0, 1), (0, 1))
>>> ti.convert(r, to="pytorch").exact
False
"""

from __future__ import annotations

from .conversion import ALIASES, FRAMEWORKS, Conversion, convert, framework_for, resolve
from .framework import SPEC, Framework
from .jax import JAX, jax_conv_transpose, resolve_jax
from .keras import KERAS, keras_conv_transpose, keras_output_length, keras_padding, resolve_keras
from .models import ConvEquivalent, Scan, ScannedLayer, scan
from .onnx import ONNX, onnx_conv_transpose, resolve_onnx
from .pytorch import PYTORCH, from_torch, resolve_torch, torch_conv_transpose
from .resolution import Resolution, TorchEquivalent, from_spec
from .tensorflow import (
    TENSORFLOW,
    resolve_tf,
    tf_conv1d_transpose,
    tf_conv2d,
    tf_conv2d_backprop_input,
    tf_conv2d_transpose,
    tf_conv3d_transpose,
    tf_conv_transpose,
    tf_valid_output_sizes,
)

__all__ = [
    "FRAMEWORKS",
    "ALIASES",
    "Framework",
    "framework_for",
    "PYTORCH",
    "TENSORFLOW",
    "KERAS",
    "ONNX",
    "JAX",
    "SPEC",
    "Conversion",
    "Resolution",
    "TorchEquivalent",
    "convert",
    "resolve",
    "from_spec",
    "from_torch",
    "resolve_torch",
    "torch_conv_transpose",
    "resolve_tf",
    "tf_conv_transpose",
    "tf_conv1d_transpose",
    "tf_conv2d_transpose",
    "tf_conv3d_transpose",
    "tf_conv2d_backprop_input",
    "tf_conv2d",
    "tf_valid_output_sizes",
    "resolve_keras",
    "keras_conv_transpose",
    "keras_output_length",
    "keras_padding",
    "resolve_onnx",
    "onnx_conv_transpose",
    "resolve_jax",
    "jax_conv_transpose",
    "scan",
    "Scan",
    "ScannedLayer",
    "ConvEquivalent",
]
