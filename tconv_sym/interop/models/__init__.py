"""Models in: every (transposed) convolution of a real model, resolved onto core specs.

:func:`scan` reads an ONNX model (a ``ModelProto`` or a ``.onnx`` path, parsed with the
``onnx`` package — no code execution), a live ``torch.nn.Module`` (run once on zeros of
``input_shape``, with forward hooks on its conv modules and a ``TorchFunctionMode`` for the
functional convolutions its forward calls itself) or a Keras model or layer, and returns a
:class:`Scan`: one :class:`ScannedLayer` per convolution and transposed convolution, in
graph order, with its name, the framework's own parameters, the input shape, the core spec
and window, its weights, and the same layer in each other framework (or why there is none).
Layers it cannot express are in the list too, with the reason — never skipped silently.

>>> import torch
>>> net = torch.nn.Sequential(torch.nn.Conv2d(3, 8, 3, stride=2, padding=1),
...                           torch.nn.ConvTranspose2d(8, 3, 4, stride=2, padding=1))
>>> layers = scan(net, input_shape=(1, 3, 16, 16))
>>> [layer.spec for layer in layers]
[ConvSpec(in_size=(16, 16), kernel_size=3, stride=2, padding=1, in_channels=3, out_channels=8),
 TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=8,
                    out_channels=3)]
>>> layers[1].equivalents["tensorflow"].params["padding"], layers[1].weight.shape
('SAME', (8, 3, 4, 4))
"""

from __future__ import annotations

from ..conversion import convert
from .conv_equivalents import CONV_FRAMEWORKS, ConvEquivalent, conv_equivalents
from .layer import Scan, ScannedLayer, conv_window

__all__ = ["scan", "Scan", "ScannedLayer", "ConvEquivalent", "conv_equivalents",
           "equivalents_of", "conv_window"]


def equivalents_of(layer: ScannedLayer) -> dict:
    """The layer in every framework other than its own: a
    :class:`~tconv_sym.interop.Conversion` (transposed) or a :class:`ConvEquivalent`.

    >>> from tconv_sym import ConvSpec
    >>> layer = ScannedLayer("c", "Conv", "onnx", 0, spec=ConvSpec(in_size=4, kernel_size=3))
    >>> sorted(equivalents_of(layer))
    ['jax', 'keras', 'pytorch', 'tensorflow']
    """
    others = [fw for fw in CONV_FRAMEWORKS if fw != layer.framework]
    if not layer.transposed:
        bias = layer.bias is not None or bool(layer.params.get("bias"))
        eq = conv_equivalents(layer.spec, bias=bias)
        return {fw: eq[fw] for fw in others}
    out = {}
    for fw in others:
        try:
            out[fw] = convert(layer.resolution, to=fw)
        except (ValueError, TypeError, NotImplementedError) as exc:
            out[fw] = f"no {fw} equivalent: {exc}"
    return out


def _describe(model) -> str:
    name = getattr(model, "name", None)
    if isinstance(name, str) and name:
        return f"{type(model).__name__} {name!r}"
    return type(model).__name__


def _is_torch_module(model) -> bool:
    return any(c.__module__.startswith("torch.nn") and c.__name__ == "Module"
               for c in type(model).__mro__)


def _onnx_checker_notes(proto) -> list[str]:
    """What ``onnx.checker`` (full check) rejects in the model, as one note (or none)."""
    import onnx

    try:
        onnx.checker.check_model(proto, full_check=True)
    except Exception as exc:  # ValidationError, InferenceError, a model above 2 GB, ...
        text = " ".join(str(exc).split())
        return [f"onnx.checker (full check) rejects the model: {text[:400]}"]
    return []


def _tflite_reader():
    """The TFLite reader module (``tflite_model``), or None where this version has none."""
    try:
        from . import tflite_model
    except ImportError:
        return None
    return tflite_model


def _is_tflite(path) -> bool:
    """A TFLite flatbuffer by its content (identifier ``TFL3``), or by its ``.tflite`` name
    where there is no reader (then :func:`_scan_tflite` says so)."""
    import os

    reader = _tflite_reader()
    if reader is None:
        return os.fspath(path).lower().endswith(".tflite")
    return reader.is_tflite_file(path)


def _scan_tflite(path, input_shape) -> Scan:
    """A ``.tflite`` file through the TFLite reader (``tflite_model``, engineer int8's)."""
    import os

    reader = _tflite_reader()
    if reader is None:
        raise ValueError(f"model {os.fspath(path)!r}: reading .tflite files needs "
                         "tconv_sym.interop.models.tflite_model, which this version "
                         "does not have")
    return Scan(reader.scan_tflite(path, input_shape, equivalents_of),
                source=os.fspath(path))


def scan(model, input_shape=None, *, example_inputs=None, example_kwargs=None) -> Scan:
    """Every convolution and transposed convolution of ``model``, in graph order.

    - ``model``: an ``onnx.ModelProto`` or a path to a ``.onnx`` file (shapes from ONNX
      shape inference with data propagation, then — for a static graph whose shapes it
      loses — from one onnxruntime run on zeros; ``input_shape`` replaces the first graph
      input's shape, e.g. to fix a dynamic one); a ``torch.nn.Module`` (the model runs
      once on zeros of ``input_shape``, or on ``example_inputs``: a tensor, a tuple of
      positional arguments or a dict of keyword arguments, plus ``example_kwargs``); a
      Keras model or layer on any backend, or a path to a ``.keras`` / ``.h5`` file
      (``input_shape`` where it is not built, or to run it once for layers nested in
      custom layers).

    Returns a :class:`Scan` (a list of :class:`ScannedLayer`; ``print(result)`` shows the
    table). Each entry has ``.name``, ``.op``, ``.params`` (the framework's own),
    ``.input_shape``, ``.spec`` (core :class:`~tconv_sym.ConvSpec` /
    :class:`~tconv_sym.TransposedConvSpec`), ``.window``, ``.weight`` / ``.bias`` (core
    layout), ``.resolution`` (transposed layers), ``.equivalents`` and ``.runtime`` (the
    layer in its own framework); an entry that cannot be expressed has ``.spec = None``
    and ``.reason``.

    >>> scan("missing.onnx")
    Traceback (most recent call last):
        ...
    ValueError: model 'missing.onnx' is not a file
    """
    import os

    from .keras_model import is_keras

    if isinstance(model, (str, os.PathLike)) and \
            os.fspath(model).lower().endswith((".keras", ".h5", ".hdf5")):
        from .keras_model import load_keras

        model = load_keras(model)
    if isinstance(model, (str, os.PathLike)) and _is_tflite(model):
        return _scan_tflite(model, input_shape)
    if isinstance(model, (str, os.PathLike)) or type(model).__name__ == "ModelProto":
        from .onnx_graph import load_onnx, scan_onnx

        source = os.fspath(model) if isinstance(model, (str, os.PathLike)) else \
            f"ONNX model {model.graph.name!r}"
        proto = load_onnx(model)
        opset = next((o.version for o in proto.opset_import if o.domain in ("", "ai.onnx")),
                     None)
        return Scan(scan_onnx(proto, input_shape, equivalents_of, opset=opset),
                    source=source, opset=opset, notes=_onnx_checker_notes(proto))
    if is_keras(model):  # before torch: a Keras layer on the torch backend is a Module too
        from .keras_model import scan_keras

        return Scan(scan_keras(model, input_shape, equivalents_of), source=_describe(model))
    if _is_torch_module(model):
        from .torch_module import scan_torch

        return Scan(scan_torch(model, input_shape, equivalents_of, example_inputs,
                               example_kwargs), source=_describe(model))
    raise TypeError(f"model must be an onnx.ModelProto, a path to a .onnx / .keras / .h5 "
                    f"file, a torch.nn.Module or a Keras model/layer, got "
                    f"{type(model).__name__}")
