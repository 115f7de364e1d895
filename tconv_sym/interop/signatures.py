"""What each framework's layer *constructor* needs beyond the operator's parameters.

A conversion's window parameters (``stride``, ``padding``, ``output_padding``, …) are
what the target's function takes; its layer constructor also needs the channel counts,
the kernel size and whether there is a bias (``nn.ConvTranspose2d(in_channels,
out_channels, kernel_size, …, bias=…)``, ``keras.layers.Conv2DTranspose(filters,
kernel_size, …, use_bias=…)``). ONNX, TensorFlow and JAX read those from the weight
tensor, so nothing is added for them.

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.interop import from_spec
>>> r = from_spec(TransposedConvSpec(in_size=4, kernel_size=3, in_channels=2, out_channels=6,
...                                  groups=2))
>>> constructor_params("pytorch", r, {"stride": (1,), "padding": (0,)})
{'in_channels': 2, 'out_channels': 6, 'kernel_size': (3,), 'stride': (1,), 'padding': (0,), \
'groups': 2, 'bias': False}
"""

from __future__ import annotations

__all__ = ["CONSTRUCTOR_KEYS", "constructor_params", "has_bias"]

#: target framework -> keys of ``Conversion.params`` that only its layer constructor takes
CONSTRUCTOR_KEYS = {
    "pytorch": ("in_channels", "out_channels", "kernel_size", "bias"),
    "keras": ("filters", "kernel_size", "use_bias"),
}


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
    the constructor's argument order (channels and kernel size first).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.interop import from_spec
    >>> r = from_spec(TransposedConvSpec(in_size=(4, 4), kernel_size=3, out_channels=8))
    >>> constructor_params("keras", r, {"strides": (1, 1), "padding": "valid"})
    {'filters': 8, 'kernel_size': (3, 3), 'strides': (1, 1), 'padding': 'valid', 'use_bias': False}
    """
    spec = source.spec
    if to == "pytorch":
        head = {"in_channels": spec.in_channels, "out_channels": spec.out_channels,
                "kernel_size": spec.kernel_size}
        rest = {k: v for k, v in params.items() if k not in CONSTRUCTOR_KEYS[to]}
        order = ("stride", "padding", "output_padding", "groups")
        out = {**head, **{k: rest[k] for k in order if k in rest}}
        out.setdefault("groups", spec.groups)
        out["bias"] = has_bias(source)
        out.update({k: v for k, v in rest.items() if k not in out})
        return out
    if to == "keras":
        head = {"filters": spec.out_channels, "kernel_size": spec.kernel_size}
        rest = {k: v for k, v in params.items() if k not in CONSTRUCTOR_KEYS[to]}
        return {**head, **rest, "use_bias": has_bias(source)}
    return dict(params)
