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

# each framework module's __all__ is exactly what this package re-exports of it (star imports)
from . import jax, keras, onnx, pytorch, tensorflow
from .conversion import ALIASES, FRAMEWORKS, Conversion, convert, framework_for, resolve
from .framework import SPEC, Framework
from .jax import *  # noqa: F403
from .keras import *  # noqa: F403
from .models import ConvEquivalent, Scan, ScannedLayer, scan
from .onnx import *  # noqa: F403
from .pytorch import *  # noqa: F403
from .resolution import Resolution, TorchEquivalent, from_spec
from .tensorflow import *  # noqa: F403

_FRAMEWORK_MODULES = (pytorch, tensorflow, keras, onnx, jax)

__all__ = [
    "FRAMEWORKS",
    "ALIASES",
    "Framework",
    "framework_for",
    "SPEC",
    "Conversion",
    "Resolution",
    "TorchEquivalent",
    "convert",
    "resolve",
    "from_spec",
    *(name for module in _FRAMEWORK_MODULES for name in module.__all__),
    "scan",
    "Scan",
    "ScannedLayer",
    "ConvEquivalent",
]
