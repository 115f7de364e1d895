"""A conversion's parameters: the target's *function* arguments, and its *constructor*'s.

A conversion's window parameters (``stride``, ``padding``, ``output_padding``, …) are
what the target's function takes (``F.conv_transpose2d``, ``keras.ops.conv_transpose``,
the resolver ``resolve_<framework>``); its layer constructor also needs the channel
counts, the kernel size and whether there is a bias (``nn.ConvTranspose2d(in_channels,
out_channels, kernel_size, …, bias=…)``, ``keras.layers.Conv2DTranspose(filters,
kernel_size, …, use_bias=…)``). ONNX, TensorFlow and JAX read those from the tensors.

:class:`ConversionParams` holds both: splatted (``**params``) it gives the function's
keyword arguments — as ``Conversion.params`` did before it also held the constructor's
keys —, indexed it answers every key, and ``.constructor`` is the constructor's dict.

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.interop import from_spec
>>> r = from_spec(TransposedConvSpec(in_size=4, kernel_size=3, in_channels=2, out_channels=6,
...                                  groups=2))
>>> p = ConversionParams(PYTORCH, r, {"stride": (1,), "padding": (0,)})
>>> dict(p), p["in_channels"]
({'stride': (1,), 'padding': (0,), 'groups': 2}, 2)
>>> p.constructor
{'in_channels': 2, 'out_channels': 6, 'kernel_size': (3,), 'stride': (1,), 'padding': (0,), \
'groups': 2, 'bias': False}
"""

from __future__ import annotations

from collections.abc import Mapping

from .keras import KERAS
from .pytorch import PYTORCH

__all__ = ["CONSTRUCTOR_KEYS", "ConversionParams", "constructor_params", "has_bias"]

#: target framework -> keys of ``Conversion.constructor_params`` that only its layer
#: constructor takes (each framework object's ``constructor_only``)
CONSTRUCTOR_KEYS = {fw.name: fw.constructor_only for fw in (PYTORCH, KERAS)}
_WITH_CONSTRUCTOR = {fw.name: fw for fw in (PYTORCH, KERAS)}


def has_bias(source) -> bool:
    """Whether the source layer adds a bias (``params["bias"]`` of its resolution; a bare
    spec or framework call without one has none).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.interop import from_spec
    >>> has_bias(from_spec(TransposedConvSpec(in_size=2, kernel_size=2)))
    False
    """
    return bool(source.params.get("bias", False))


def constructor_params(to: str, source, params: dict) -> dict:
    """``params`` completed with what the ``to`` framework's layer constructor needs, in
    the constructor's argument order (the framework object's ``to_kwargs``; kept for
    callers of round 2, :class:`ConversionParams` asks the framework object itself).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.interop import from_spec
    >>> r = from_spec(TransposedConvSpec(in_size=(4, 4), kernel_size=3, out_channels=8))
    >>> constructor_params("keras", r, {"strides": (1, 1), "padding": "valid"})
    {'filters': 8, 'kernel_size': (3, 3), 'strides': (1, 1), 'padding': 'valid', 'use_bias': False}
    """
    fw = _WITH_CONSTRUCTOR.get(to)
    return fw.to_kwargs(params, source) if fw is not None else dict(params)


class ConversionParams(Mapping):
    """The target's parameters: iterating (and ``**`` splatting) gives the *function*
    keyword arguments, indexing answers every key, :attr:`constructor` is the layer
    constructor's dict (channels and kernel size first).

    Why a mapping and not a plain dict: ``Conversion.params`` was splatted into functions
    (``F.conv_transpose2d(x, w, **c.params)``) before it also carried the constructor's
    keys; a mapping keeps that working and keeps ``c.params["in_channels"]``, while
    ``c.constructor_params`` names the constructor's arguments explicitly.
    """

    def __init__(self, framework, source, params: dict) -> None:
        self.constructor = framework.to_kwargs(params, source)
        self.call = {k: v for k, v in self.constructor.items()
                     if k not in framework.constructor_only}

    def __getitem__(self, key):
        return self.constructor[key]

    def __iter__(self):
        return iter(self.call)

    def __len__(self) -> int:
        return len(self.call)

    def __contains__(self, key) -> bool:
        return key in self.constructor

    def __eq__(self, other) -> bool:
        if isinstance(other, ConversionParams):
            return self.constructor == other.constructor
        return dict(self.call) == other if isinstance(other, Mapping) else NotImplemented

    __hash__ = None

    def __repr__(self) -> str:
        head = {k: v for k, v in self.constructor.items() if k not in self.call}
        return (f"ConversionParams({self.call!r}"
                + (f", constructor also: {head!r})" if head else ")"))
