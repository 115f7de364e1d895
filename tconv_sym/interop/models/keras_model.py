"""Read the convolution layers of a Keras 3 model (or one layer) from its configuration.

``Conv{1,2,3}D`` and ``Conv{1,2,3}DTranspose`` layers (nested models flattened, in layer
order) are resolved from ``layer.get_config()`` and the input shape the layer sees
(``layer.input.shape``; for an unbuilt layer or model, ``input_shape``). Transposed layers go
through :func:`~tconv_sym.interop.resolve_keras`; kernels are converted to the core layout.
Other convolution-like layers (depthwise, separable, …) are listed with the reason.
"""

from __future__ import annotations

import numpy as np

from ...spec import ConvSpec
from ..keras import resolve_keras
from .layer import ScannedLayer, conv_window

__all__ = ["scan_keras", "is_keras"]

_CONV = {"Conv1D": 1, "Conv2D": 2, "Conv3D": 3}
_TCONV = {"Conv1DTranspose": 1, "Conv2DTranspose": 2, "Conv3DTranspose": 3}


def is_keras(obj) -> bool:
    """Whether ``obj`` is a Keras layer or model (without importing Keras).

    >>> is_keras(object())
    False
    """
    return any(c.__module__.split(".")[0] in ("keras", "tf_keras")
               and c.__name__ in ("Layer", "Operation") for c in type(obj).__mro__)


def _flatten(obj):
    subs = getattr(obj, "layers", None)
    if subs is None:
        return [obj]
    out = []
    for layer in subs:
        out += _flatten(layer)
    return out


def _input_shape(layer, given):
    try:
        shape = tuple(layer.input.shape)
    except (AttributeError, ValueError):
        shape = None if given is None else tuple(given)
    if shape is None:
        raise ValueError(f"layer {layer.name!r} has no known input shape; pass input_shape=")
    return tuple(1 if v is None else int(v) for v in shape)


def _conv_spec(cfg, x_shape, kernel_shape, nd) -> ConvSpec:
    fmt = cfg.get("data_format") or "channels_last"
    in_size = x_shape[1:-1] if fmt == "channels_last" else x_shape[2:]
    c_in = x_shape[-1] if fmt == "channels_last" else x_shape[1]
    k = tuple(kernel_shape[:nd])
    s = tuple(cfg["strides"])
    d = tuple(cfg["dilation_rate"])
    padding = cfg["padding"]
    if padding == "causal":
        padding = tuple((dd * (kk - 1), 0) for kk, dd in zip(k, d))
    return ConvSpec(in_size=in_size, kernel_size=k, stride=s, dilation=d, padding=padding,
                    in_channels=c_in, out_channels=cfg["filters"],
                    groups=cfg.get("groups", 1))


def scan_keras(model, input_shape=None, equivalents=None) -> list[ScannedLayer]:
    """The convolution layers of a Keras model or layer (see :func:`tconv_sym.interop.scan`)."""
    if input_shape is not None and not getattr(model, "built", True) \
            and hasattr(model, "layers"):
        model.build(tuple(None if j == 0 else int(v) for j, v in enumerate(input_shape)))
    layers = []
    for layer in _flatten(model):
        cls = type(layer).__name__
        if cls not in _CONV and cls not in _TCONV:
            if "Conv" in cls:
                layers.append(ScannedLayer(
                    name=layer.name, op=cls, framework="keras", index=len(layers),
                    reason=f"{cls} is not a plain (transposed) convolution layer; only "
                           "Conv{1,2,3}D and Conv{1,2,3}DTranspose are read"))
            continue
        cfg = layer.get_config()
        entry = ScannedLayer(name=layer.name, op=cls, framework="keras", index=len(layers),
                             params={k: cfg[k] for k in (
                                 "filters", "kernel_size", "strides", "padding",
                                 "output_padding", "data_format", "dilation_rate", "groups",
                                 "use_bias") if k in cfg})
        layers.append(entry)
        try:
            x_shape = _input_shape(layer, input_shape if layer is model else None)
            entry.input_shape = x_shape
            kernel = np.asarray(layer.kernel.numpy() if hasattr(layer.kernel, "numpy")
                                else layer.kernel)
            bias = np.asarray(layer.bias) if cfg.get("use_bias") else None
            if cls in _TCONV:
                r = resolve_keras(x_shape, kernel.shape, cfg["strides"], cfg["padding"],
                                  cfg.get("output_padding"), cfg.get("data_format"),
                                  cfg["dilation_rate"])
                r.params["bias"] = bool(cfg.get("use_bias"))
                entry.resolution, entry.spec, entry.window = r, r.spec, r.window
                entry.weight = r.torch_weight(kernel)
            else:
                nd = _CONV[cls]
                entry.spec = _conv_spec(cfg, x_shape, kernel.shape, nd)
                entry.window = conv_window(entry.spec)
                # Keras (*k, C_in/groups, C_out) -> core (C_out, C_in/groups, *k)
                entry.weight = np.ascontiguousarray(
                    np.transpose(kernel, (nd + 1, nd, *range(nd))))
            entry.bias = bias
        except (ValueError, TypeError, AttributeError) as exc:
            entry.reason, entry.spec = str(exc), None
            continue
        if equivalents is not None:
            entry.equivalents = equivalents(entry)
    return layers
