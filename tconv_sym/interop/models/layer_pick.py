"""The arrays ``tconv-sym gen`` bakes into a kernel, from files or straight from a model.

``--weights`` takes ``W.npy``, ``W.npz`` / ``W.npz:NAME``, a raw little-endian file with
``--weight-dtype``, or ``MODEL.tflite:LAYER`` / ``MODEL.onnx:LAYER`` (``LAYER``: the index
``ts.scan`` prints, or the layer's name): that layer's weights — and, for a full-int8 TFLite
layer, its bias and quantization unless ``--bias`` / ``--quant`` are given. A layer from a
model must be the layer the other flags describe (same core spec). Errors name the flags.

>>> split_layer("decoder.tflite:2"), split_layer("w.npy")
(('decoder.tflite', '2'), None)
"""

from __future__ import annotations

import os

__all__ = ["split_layer", "pick_layer", "gen_arrays", "MODEL_SUFFIXES"]

MODEL_SUFFIXES = (".tflite", ".onnx")


def split_layer(path: str):
    """``"MODEL.tflite:LAYER"`` -> ``(MODEL.tflite, LAYER)``; ``None`` for other paths. An
    empty ``LAYER`` (``"m.tflite:"``) is kept, so that the error lists the model's layers
    rather than saying that no file ``m.tflite:`` exists.

    >>> split_layer("m.onnx:up.1"), split_layer("m.tflite:"), split_layer("w.npz:conv")
    (('m.onnx', 'up.1'), ('m.tflite', ''), None)
    """
    head, sep, tail = str(path).rpartition(":")
    if sep and head.lower().endswith(MODEL_SUFFIXES):
        return head, tail
    return None


def pick_layer(model: str, which: str, source: str):
    """The scanned layer ``which`` (index or name) of ``model``.

    >>> pick_layer("missing.tflite", "0", "--weights")
    Traceback (most recent call last):
        ...
    ValueError: --weights missing.tflite:0: model 'missing.tflite' is not a file
    """
    from . import scan

    try:
        layers = scan(model)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{source} {model}:{which}: {exc}") from None
    chosen = [la for la in layers if str(la.index) == which or la.name == which]
    if not chosen:
        listing = ", ".join(f"{la.index} ({la.name})" for la in layers[:12])
        raise ValueError(f"{source} {model}:{which}: no such layer; the model's layers are "
                         f"{listing or 'none'}")
    layer = chosen[0]
    if not layer.supported:
        raise ValueError(f"{source} {model}:{which}: the layer is not supported: "
                         f"{layer.reason}")
    if layer.weight is None:
        raise ValueError(f"{source} {model}:{which}: the model computes this layer's weight "
                         "at run time")
    return layer


def gen_arrays(spec, *, weights=None, bias=None, quant=None, weight_dtype=None,
               layout="nchw", weight_layout=None, dtype="float64"):
    """``(weights, bias, quant)`` for ``generate`` from the ``gen`` flags' strings (paths;
    ``None`` when not given): weights in ``weight_layout``, bias, a Quantization."""
    from ...codegen.layout import default_weight_layout, from_pytorch, weight_shape
    from ...codegen.quant import Quantization
    from ...codegen.weights_file import read_array

    layer = None
    w = b = q = None
    if weights is not None:
        ref = split_layer(weights)
        if ref is not None and os.path.isfile(ref[0]):
            if weight_dtype is not None:
                raise ValueError("--weight-dtype applies to raw weight files, not to "
                                 f"--weights {weights}")
            layer = pick_layer(*ref, source="--weights")
            if layer.spec != spec:
                raise ValueError(f"--weights {weights}: the layer is {layer.spec!r}, but the "
                                 f"flags describe {spec!r}")
            wl = default_weight_layout(layout, weight_layout)
            w = from_pytorch(layer.weight, spec, wl)
        else:
            wl = default_weight_layout(layout, weight_layout)
            w = read_array(weights, dtype=weight_dtype, shape=weight_shape(spec, wl),
                           source=f"--weights {weights}")
    elif weight_dtype is not None:
        raise ValueError("--weight-dtype applies to --weights (a raw file); add --weights")
    if bias is not None:
        b = read_array(bias, source=f"--bias {bias}")
    if quant is not None:
        q = Quantization.from_json(quant, source=f"--quant {quant}")
    if layer is not None and getattr(layer, "quant", None) is not None and dtype == "int8":
        b = layer.bias if bias is None else b
        q = layer.quant if quant is None else q
    return w, b, q
