"""Read the convolution layers of a Keras 3 model (or one layer) from its configuration.

``Conv{1,2,3}D`` and ``Conv{1,2,3}DTranspose`` layers (nested models flattened, in layer
order, and layers nested inside custom layers as attributes) are resolved from
``layer.get_config()`` and the input shape the layer sees (``layer.input.shape``; for a
layer inside a custom layer, the shape recorded when the model runs once on zeros of
``input_shape``; for an unbuilt layer or model, ``input_shape``). Works on every Keras
backend (a Keras model on the torch backend is still read as Keras). ``.keras`` and
``.h5`` files are loaded with ``keras.saving.load_model`` (``safe_mode=True``: no code
from the file runs). Transposed layers go
through :func:`~tconv_sym.interop.resolve_keras`; kernels are converted to the core layout.
Other convolution-like layers (depthwise, separable, …) are listed with the reason.
"""

from __future__ import annotations

import numpy as np

from ...spec import ConvSpec
from ..keras import resolve_keras
from .layer import ScannedLayer, conv_window

__all__ = ["scan_keras", "is_keras", "load_keras"]

_CONV = {"Conv1D": 1, "Conv2D": 2, "Conv3D": 3}
_TCONV = {"Conv1DTranspose": 1, "Conv2DTranspose": 2, "Conv3DTranspose": 3}


def is_keras(obj) -> bool:
    """Whether ``obj`` is a Keras layer or model (without importing Keras).

    >>> is_keras(object())
    False
    """
    return any(c.__module__.split(".")[0] in ("keras", "tf_keras")
               and c.__name__ in ("Layer", "Operation") for c in type(obj).__mro__)


def load_keras(path):
    """A Keras model from a ``.keras`` or ``.h5`` file (``safe_mode=True``).

    >>> load_keras("missing.keras")
    Traceback (most recent call last):
        ...
    ValueError: model 'missing.keras' is not a file
    """
    import os

    path = os.fspath(path)
    if not os.path.isfile(path):
        raise ValueError(f"model {path!r} is not a file")
    import keras

    try:
        return keras.saving.load_model(path, compile=False, safe_mode=True)
    except Exception as exc:  # keras raises many kinds for foreign or damaged files
        raise ValueError(f"model {path!r} is not a readable Keras file: {exc}") from None


def _sublayers(obj):
    """The layers directly inside ``obj``: ``.layers`` of a model, else the layers a
    custom layer tracks as attributes."""
    subs = getattr(obj, "layers", None)
    if subs is not None:
        return list(subs)
    flat = getattr(obj, "_flatten_layers", None)
    if flat is None:
        return []
    try:
        return [x for x in flat(include_self=False, recursive=False)]
    except TypeError:
        return []


def _flatten(obj, seen=None):
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return []
    seen.add(id(obj))
    subs = _sublayers(obj)
    if not subs:
        return [obj]
    out = []
    for layer in subs:
        out += _flatten(layer, seen)
    return out


def _recorded_shapes(model, convs, input_shape):
    """Input shape of each conv layer (by id) seen while ``model`` runs once on zeros."""
    import numpy as np

    if input_shape is None:
        return {}
    seen = {}

    def wrap(layer):
        original = layer.call

        def call(*args, **kwargs):
            seen.setdefault(id(layer), tuple(int(v) for v in args[0].shape))
            return original(*args, **kwargs)

        return call

    for layer in convs:
        layer.call = wrap(layer)
    try:
        model(np.zeros(tuple(1 if v is None else int(v) for v in input_shape), "float32"))
    except Exception:  # the shapes stay unknown: those layers are reported
        pass
    finally:
        for layer in convs:
            vars(layer).pop("call", None)
    return seen


def _has_input(layer) -> bool:
    try:
        layer.input  # noqa: B018 - raises for a layer that is not in a functional graph
    except (AttributeError, ValueError):
        return False
    return True


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
    flat = _flatten(model)
    convs = [x for x in flat if type(x).__name__ in _CONV or type(x).__name__ in _TCONV]
    unreachable = [x for x in convs if not _has_input(x)]
    recorded = _recorded_shapes(model, unreachable, input_shape) if unreachable else {}
    for layer in flat:
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
            x_shape = recorded.get(id(layer)) or _input_shape(
                layer, input_shape if layer is model else None)
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
        entry.runtime = _layer_runtime(layer, cfg, entry.spec.ndim)
        if equivalents is not None:
            entry.equivalents = equivalents(entry)
    return layers


def _layer_runtime(layer, cfg, nd: int):
    """``fn(x, w=None)``: the Keras layer itself on ``x`` given as ``(N, C, *spatial)``,
    returning ``(N, C, *spatial)`` (moved to and from ``channels_last`` as the layer wants)."""
    last = (cfg.get("data_format") or "channels_last") == "channels_last"

    def run(x, w=None):
        x = np.asarray(x, dtype="float32")
        if last:
            x = np.moveaxis(x, 1, -1)
        y = layer(x)
        y = np.asarray(y.detach().cpu().numpy() if hasattr(y, "detach") else y)
        return np.moveaxis(y, -1, 1) if last else y

    run.__doc__ = f"Keras: {type(layer).__name__} layer"
    return run
