"""Read the convolution modules of a live ``torch.nn.Module`` by running it once.

Forward hooks on every ``nn.Conv{1,2,3}d`` / ``nn.ConvTranspose{1,2,3}d`` record the shape
each call sees, in call order (a module called twice gives two layers), while the model runs
on zeros of ``input_shape`` in ``eval()`` mode under ``torch.no_grad()`` (the training flags
are restored afterwards). A transposed module is resolved with the output size it actually
produced (so ``forward(x, output_size=...)`` is honoured). Modules that forward never calls,
and ones with a padding mode other than zeros, are listed with the reason.
"""

from __future__ import annotations

import math

import numpy as np

from ..._validate import positive_int
from ...budget import check
from ...spec import ConvSpec
from ..pytorch import from_torch
from .layer import ScannedLayer, conv_window

__all__ = ["scan_torch"]


def _is_conv_module(module) -> bool:
    import torch

    return isinstance(module, torch.nn.modules.conv._ConvNd)


def _own_params(m) -> dict:
    params = {"in_channels": m.in_channels, "out_channels": m.out_channels,
              "kernel_size": tuple(m.kernel_size), "stride": tuple(m.stride),
              "padding": m.padding if isinstance(m.padding, str) else tuple(m.padding)}
    if m.transposed:
        params["output_padding"] = tuple(m.output_padding)
    params.update(groups=m.groups, bias=m.bias is not None, dilation=tuple(m.dilation),
                  padding_mode=m.padding_mode)
    return params


def _conv_spec(m, x_shape) -> ConvSpec:
    if m.padding_mode != "zeros":
        raise ValueError(f"padding_mode={m.padding_mode!r} pads with {m.padding_mode} values, "
                         "not zeros: not a (sparse linear) zero-padded convolution tconv_sym "
                         "models; export it as an explicit pad + conv")
    nd = len(m.kernel_size)
    padding = m.padding if isinstance(m.padding, str) else tuple((p, p) for p in m.padding)
    return ConvSpec(in_size=tuple(x_shape[-nd:]), kernel_size=tuple(m.kernel_size),
                    stride=tuple(m.stride), padding=padding, dilation=tuple(m.dilation),
                    in_channels=m.in_channels, out_channels=m.out_channels, groups=m.groups)


def _array(t):
    return None if t is None else t.detach().cpu().numpy()


def scan_torch(module, input_shape, equivalents=None) -> list[ScannedLayer]:
    """The convolution layers of a torch module run on zeros of ``input_shape``
    (see :func:`tconv_sym.interop.scan`)."""
    import torch

    if input_shape is None:
        raise ValueError("input_shape is required for a torch.nn.Module (e.g. (1, 3, 64, 64)): "
                         "the layers' sizes depend on it")
    if hasattr(input_shape, "shape") and not isinstance(input_shape, (tuple, list)):
        input_shape = tuple(input_shape.shape)
    shape = tuple(positive_int(f"input_shape[{j}]", v) for j, v in enumerate(input_shape))
    names = {id(m): n or type(m).__name__ for n, m in module.named_modules()}
    convs = [m for m in module.modules() if _is_conv_module(m)]
    calls = []

    def hook(m, args, output):
        calls.append((m, tuple(args[0].shape), tuple(output.shape)))

    handles = [m.register_forward_hook(hook) for m in convs]
    modes = {m: m.training for m in module.modules()}
    try:
        param = next(module.parameters(), None)
        dtype = param.dtype if param is not None and param.dtype.is_floating_point \
            else torch.float32
        device = param.device if param is not None else "cpu"
        check("bytes", math.prod(shape) * torch.empty((), dtype=dtype).element_size(),
              what=f"scan: the example input of shape {shape}",
              hint="pass a smaller input_shape (the layers' parameters do not depend on the "
                   "batch size)")
        module.eval()
        with torch.no_grad():
            module(torch.zeros(shape, dtype=dtype, device=device))
    finally:
        for h in handles:
            h.remove()
        for m, training in modes.items():
            m.training = training
    layers = []
    seen = {}
    for m, x_shape, y_shape in calls:
        n = seen[id(m)] = seen.get(id(m), 0) + 1
        name = names[id(m)] + (f"#{n}" if n > 1 else "")
        layer = ScannedLayer(name=name, op=type(m).__name__, framework="pytorch",
                             index=len(layers), input_shape=x_shape, params=_own_params(m))
        layers.append(layer)
        try:
            if m.transposed:
                nd = len(m.kernel_size)
                r = from_torch(m, x_shape, output_size=y_shape[-nd:])
                layer.resolution, layer.spec, layer.window = r, r.spec, r.window
            else:
                layer.spec = _conv_spec(m, x_shape)
                layer.window = conv_window(layer.spec)
        except (ValueError, TypeError) as exc:
            layer.reason, layer.spec = str(exc), None
            continue
        layer.weight = np.array(_array(m.weight))
        layer.bias = _array(m.bias)
        if equivalents is not None:
            layer.equivalents = equivalents(layer)
    for m in convs:
        if id(m) not in seen:
            layers.append(ScannedLayer(
                name=names[id(m)], op=type(m).__name__, framework="pytorch",
                index=len(layers), params=_own_params(m),
                reason=f"not called by forward() for an input of shape {shape}"))
    return layers
