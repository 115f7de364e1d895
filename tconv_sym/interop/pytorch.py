"""PyTorch: ``nn.ConvTranspose{1,2,3}d`` / ``F.conv_transpose{1,2,3}d`` resolved onto a spec.

PyTorch is the project's own convention, so the spec is the identity of the layer's
arguments: ``padding`` crops the same amount at both ends of the full output and
``output_padding`` adds samples at the end. ``forward(input, output_size=...)`` replaces
``output_padding`` by ``output_size - min_size`` after checking
``min_size <= output_size <= min_size + stride - 1`` with
``min_size = (i-1)s - 2p + d(k-1) + 1`` (``torch/nn/modules/conv.py``,
``_ConvTransposeNd._output_padding``); the module's own ``output_padding`` is then ignored.

>>> r = resolve_torch((1, 1, 3), (1, 1, 4), stride=2, padding=1, output_size=[7])
>>> r.spec
TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1, output_padding=1)
>>> resolve_torch((1, 1, 3), (1, 1, 4), stride=2, padding=1, output_size=[8])
Traceback (most recent call last):
    ...
ValueError: requested an output size of [8], but valid sizes range from [6] to [7]
(for an input of [3])
"""

from __future__ import annotations

import numpy as np

from .._validate import as_int, int_tuple, is_sequence, nonnegative_int, positive_int
from ..spec import TransposedConvSpec, conv_transpose_out_length
from .framework import Framework
from .resolution import Resolution, as_array, spatial_letters, torch_options

__all__ = ["resolve_torch", "from_torch", "torch_conv_transpose", "PYTORCH"]


def _shape(name: str, shape) -> tuple[int, ...]:
    if hasattr(shape, "shape") and not is_sequence(shape):
        shape = tuple(shape.shape)
    if not is_sequence(shape):
        raise TypeError(f"{name} must be a shape (a sequence of ints), got {shape!r}")
    return tuple(positive_int(f"{name}[{i}]", v) for i, v in enumerate(tuple(shape)))


def _torch_output_padding(output_size, in_size, k, s, p, d, nd):
    """PyTorch's ``_ConvTransposeNd._output_padding`` for an explicit ``output_size``."""
    sizes = [as_int(f"output_size[{i}]", v) for i, v in enumerate(list(output_size))]
    if len(sizes) in (nd + 1, nd + 2):
        sizes = sizes[len(sizes) - nd:]
    if len(sizes) != nd:
        raise ValueError(
            f"ConvTranspose{nd}D: output_size must have {nd} entries (or {nd + 2} with the "
            f"batch and channel dims), got {list(output_size)!r}"
        )
    mins = [conv_transpose_out_length(i, kk, ss, pp, pp, dd, 0)
            for i, kk, ss, pp, dd in zip(in_size, k, s, p, d)]
    maxs = [m + ss - 1 for m, ss in zip(mins, s)]
    if any(not lo <= v <= hi for v, lo, hi in zip(sizes, mins, maxs)):
        raise ValueError(
            f"requested an output size of {sizes}, but valid sizes range from {mins} to "
            f"{maxs} (for an input of {list(in_size)})"
        )
    return tuple(v - m for v, m in zip(sizes, mins))


def resolve_torch(input_shape, weight_shape, stride=1, padding=0, output_padding=0, groups=1,
                  dilation=1, output_size=None) -> Resolution:
    """``F.conv_transpose{n}d`` (or a ConvTranspose module's forward) as a resolution.

    ``input_shape`` is ``(N, C_in, *spatial)`` or unbatched ``(C_in, *spatial)``;
    ``weight_shape`` is ``(C_in, C_out/groups, *k)``. ``output_size`` follows
    ``nn.ConvTranspose{n}d.forward``: it may include the batch and channel dims, must lie
    in ``[min_size, min_size + stride - 1]`` and overrides ``output_padding``.

    >>> r = resolve_torch((1, 16, 8, 8), (16, 3, 4, 4), stride=2, padding=1)
    >>> r.spec, r.output_shape(1)
    (TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=16,
                        out_channels=3), (1, 3, 16, 16))
    """
    wshape = _shape("weight_shape", weight_shape)
    nd = len(wshape) - 2
    if nd < 1:
        raise ValueError(f"weight_shape must be (C_in, C_out/groups, *k), got {wshape}")
    xshape = _shape("input_shape", input_shape)
    if len(xshape) not in (nd + 1, nd + 2):
        raise ValueError(
            f"input_shape must be (N, C_in, *spatial) or (C_in, *spatial) with {nd} spatial "
            f"dims to match weight_shape {wshape}, got {xshape}"
        )
    channels, in_size = xshape[-nd - 1], xshape[-nd:]
    groups = positive_int("groups", groups)
    if channels != wshape[0]:
        raise ValueError(
            f"Given transposed=1, weight of size {list(wshape)}, expected input{list(xshape)} "
            f"to have {wshape[0]} channels, but got {channels} channels instead"
        )
    if is_sequence(padding) and any(is_sequence(p) for p in padding) or isinstance(padding, str):
        raise ValueError(
            f"padding must be an int or one int per spatial dim (PyTorch pads both ends "
            f"symmetrically; transposed convolutions take no 'same'/'valid'), got {padding!r}"
        )
    k = wshape[2:]
    s = int_tuple("stride", stride, nd)
    p = int_tuple("padding", padding, nd, nonnegative_int)
    d = int_tuple("dilation", dilation, nd)
    op = int_tuple("output_padding", output_padding, nd, nonnegative_int)
    if output_size is not None:
        if not is_sequence(output_size):
            output_size = [output_size]
        op = _torch_output_padding(output_size, in_size, k, s, p, d, nd)
    spec = TransposedConvSpec(
        in_size=in_size, kernel_size=k, stride=s, padding=p, dilation=d, in_channels=channels,
        out_channels=wshape[1] * groups, groups=groups, output_padding=op,
    )
    zeros = ((0, 0),) * nd
    sp = spatial_letters(nd)
    params = {"stride": s, "padding": p, "output_padding": op, "groups": groups,
              "dilation": d}
    return Resolution(
        framework="pytorch", op=f"conv_transpose{nd}d", spec=spec, zero_pad=zeros,
        in_layout="NC" + sp, out_layout="NC" + sp, weight_layout="IO" + sp,
        weight_flip=False, params=params,
    )


def from_torch(module, input_shape, output_size=None) -> Resolution:
    """The resolution of an ``nn.ConvTranspose{1,2,3}d`` module applied to ``input_shape``.

    ``input_shape`` may be a tensor (its shape is used); ``output_size`` is the argument of
    ``module(x, output_size=...)``. Apply it with ``r.apply(x, module.weight, module.bias)``.

    >>> import torch
    >>> m = torch.nn.ConvTranspose2d(4, 2, kernel_size=3, stride=2, padding=1)
    >>> r = from_torch(m, (1, 4, 5, 5), output_size=(10, 10))
    >>> r.spec
    TransposedConvSpec(in_size=(5, 5), kernel_size=3, stride=2, padding=1, in_channels=4,
                       out_channels=2, output_padding=1)
    """
    if not (hasattr(module, "transposed") and hasattr(module, "output_padding")
            and hasattr(module, "weight")):
        raise TypeError(
            f"module must be a torch.nn.ConvTranspose1d/2d/3d, got {type(module).__name__}"
        )
    if not module.transposed:
        raise TypeError(f"module must be a transposed convolution, got {module!r}")
    if getattr(module, "padding_mode", "zeros") != "zeros":
        raise ValueError(
            f"Only \"zeros\" padding mode is supported for {type(module).__name__}, got "
            f"padding_mode={module.padding_mode!r}"
        )
    r = resolve_torch(
        input_shape, tuple(module.weight.shape), stride=module.stride, padding=module.padding,
        output_padding=module.output_padding, groups=module.groups, dilation=module.dilation,
        output_size=output_size,
    )
    r.params["module"] = repr(module)
    r.params["bias"] = module.bias is not None
    return r


def torch_conv_transpose(x, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                         dilation=1, output_size=None) -> np.ndarray:
    """``F.conv_transpose{n}d`` (with the module's ``output_size`` rule) through the core.

    >>> torch_conv_transpose([[[1, 2]]], [[[1, 1, 1]]], stride=2, output_size=[6])
    array([[[1, 1, 3, 2, 2, 0]]])
    """
    x = as_array("x", x)
    w = as_array("weight", weight)
    r = resolve_torch(x.shape, w.shape, stride=stride, padding=padding,
                      output_padding=output_padding, groups=groups, dilation=dilation,
                      output_size=output_size)
    unbatched = x.ndim == r.ndim + 1
    y = r.apply(x[None] if unbatched else x, w, bias)
    return y[0] if unbatched else y


# --------------------------------------------------------------------------------------
# The framework object: symmetric padding, output_padding at the end
# --------------------------------------------------------------------------------------
class PyTorch(Framework):
    """PyTorch's ``conv_transpose{1,2,3}d``: the window ``[p, len(F) - p + output_padding)``.

    >>> PYTORCH.cannot_express(TransposedConvSpec(in_size=(2,) * 4, kernel_size=2))
    'PyTorch has transposed convolutions in 1, 2, 3 spatial dims, not 4'
    """

    name, title, resolver = "pytorch", "PyTorch", staticmethod(resolve_torch)
    aliases = ("torch",)
    constructor_only = ("in_channels", "out_channels", "kernel_size", "bias")
    padding_modes = ("padding", "output_padding", "output_size")
    why_inexact = ("PyTorch crops the same `padding` from both ends of the full output and "
                   "adds `output_padding` samples only at the end")

    def modes(self, spec):
        return [None]

    def windows(self, mode, i, k, s, d, target):
        f = conv_transpose_out_length(i, k, s, 0, 0, d, 0)
        yield from torch_options(f, max(s, d), target)  # a closed form, not a loop over f

    def parameters(self, mode, chosen, source):
        spec = source.spec
        params = {"stride": spec.stride, "padding": tuple(p for p, _ in chosen),
                  "output_padding": tuple(a for _, a in chosen), "groups": spec.groups,
                  "dilation": spec.dilation}
        return params, resolve_torch((1, spec.in_channels, *spec.in_size), spec.weight_shape,
                                     **params)

    def resolve_flags(self, flags):
        pad = flags["padding"]
        if isinstance(pad, str) or any(lo != hi for lo, hi in pad):
            raise ValueError(f"padding {pad!r}: PyTorch's ConvTranspose padding is one int per "
                             "dim, cropped from both ends (no words, no (lo, hi) pairs)")
        cin, cout, g = flags["in_channels"], flags["out_channels"], flags["groups"]
        return resolve_torch(
            (1, cin, *flags["in_size"]), (cin, cout // g, *flags["kernel_size"]),
            stride=flags["stride"], padding=tuple(lo for lo, _ in pad),
            output_padding=flags["output_padding"] or 0, groups=g, dilation=flags["dilation"],
            output_size=flags["output_size"])

    def to_kwargs(self, params, source):
        """``nn.ConvTranspose{n}d``'s arguments: channels and kernel size first, then
        ``params`` in the constructor's order, ``bias`` as the source has it.

        >>> from tconv_sym.interop import from_spec
        >>> r = from_spec(TransposedConvSpec(in_size=4, kernel_size=3, in_channels=2,
        ...                                  out_channels=6, groups=2))
        >>> PYTORCH.to_kwargs({"stride": (1,), "padding": (0,)}, r)
        {'in_channels': 2, 'out_channels': 6, 'kernel_size': (3,), 'stride': (1,), \
'padding': (0,), 'groups': 2, 'bias': False}
        """
        spec = source.spec
        rest = {k: v for k, v in params.items() if k not in self.constructor_only}
        order = ("stride", "padding", "output_padding", "groups")
        out = {"in_channels": spec.in_channels, "out_channels": spec.out_channels,
               "kernel_size": spec.kernel_size, **{k: rest[k] for k in order if k in rest}}
        out.setdefault("groups", spec.groups)
        out["bias"] = bool(source.params.get("bias", False))
        out.update({k: v for k, v in rest.items() if k not in out})
        return out


PYTORCH = PyTorch()
