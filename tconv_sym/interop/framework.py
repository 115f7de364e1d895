"""One object per framework: how it resolves, what it knows, what it cannot express.

Each framework module (``pytorch``, ``tensorflow``, ``keras``, ``onnx``, ``jax``) exports
one :class:`Framework` object. :func:`~tconv_sym.interop.convert` only uses this interface:

- ``resolve(**params)``: the framework's parameters -> a :class:`Resolution`;
- ``padding_modes``: the padding modes (or families of windows) it knows;
- ``cannot_express(spec)``: why a layer has no equivalent at all (``None`` if it has one);
- ``why_inexact``: which windows of the full output its parameters can keep;
- ``windows(mode, i, k, s, d, target)``: per dim, ``(value, (start, stop))`` options;
- ``parameters(mode, chosen, source)``: the chosen values -> the target's keyword
  arguments and their resolution;
- ``from_flags(flags, bias=None)``: a layer described by the normalised flags of
  :func:`tconv_sym.spec.layer_params` *in this framework's own terms* (``padding="same"``
  is Keras' "same" for Keras, SAME_UPPER for ONNX) -> a :class:`Resolution`;
- ``to_kwargs(params, source)``: the resolver's keyword arguments chosen by
  :func:`convert` -> those of the framework's layer constructor (channels, kernel size,
  bias first; the same for frameworks without a constructor).

>>> from tconv_sym.interop import FRAMEWORKS
>>> FRAMEWORKS["onnx"]
<Framework onnx (onnxruntime ConvTranspose): resolve_onnx; padding modes NOTSET, VALID,
 SAME_UPPER, SAME_LOWER, output_shape>
>>> from tconv_sym import TransposedConvSpec
>>> grouped = TransposedConvSpec(in_size=2, kernel_size=2, in_channels=2, out_channels=2,
...                              groups=2)
>>> FRAMEWORKS["keras"].cannot_express(grouped)
"Keras' ConvTranspose layers have no groups (got groups=2)"
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..spec import TransposedConvSpec, layer_spec
from .resolution import Resolution, from_spec

__all__ = ["Framework", "TconvSym", "SPEC", "LayerFlags"]

#: the normalised flags ``from_flags`` reads: :func:`tconv_sym.spec.layer_params`'s dict
LayerFlags = dict


class Framework:
    """A framework's transposed convolution: the interface :func:`convert` loops over.

    Subclasses set ``name``, ``title``, ``resolver`` (the public resolve function),
    ``padding_modes`` and ``why_inexact``, and implement :meth:`windows` and
    :meth:`parameters`; :meth:`modes` and :meth:`cannot_express` have defaults.
    """

    name: str = ""
    title: str = ""
    resolver: Callable[..., Resolution] | None = None
    padding_modes: tuple[str, ...] = ()
    why_inexact: str = ""
    #: the number of spatial dims the framework has transposed convolutions for
    ndims: tuple[int, ...] = (1, 2, 3)
    has_groups: bool = True
    #: whether the framework's layer adds a bias unless told otherwise (Keras layers do)
    bias_default: bool = False
    #: keys of :meth:`to_kwargs` that only the layer constructor takes (not the function)
    constructor_only: tuple[str, ...] = ()
    #: other names users type for the framework
    aliases: tuple[str, ...] = ()

    def from_flags(self, flags: LayerFlags, *, bias: bool | None = None) -> Resolution:
        """The layer that normalised flags (:func:`tconv_sym.spec.layer_params`) describe
        in this framework's terms, with ``params["bias"]`` set (``None``: the framework's
        default, :attr:`bias_default`).

        >>> from tconv_sym.spec import layer_params
        >>> from tconv_sym.interop import FRAMEWORKS
        >>> r = FRAMEWORKS["keras"].from_flags(layer_params(in_size=(4, 4), kernel_size=3,
        ...                                                 stride=2, padding="same"))
        >>> r.out_size, r.params["bias"]
        ((8, 8), True)
        """
        if flags["mode"] != "correlation" and self is not SPEC:
            raise ValueError(f"mode={flags['mode']!r} is tconv_sym's own (a flipped kernel); "
                             f"{self.title} layers are cross-correlations")
        if flags["groups"] != 1 and not self.has_groups:
            raise ValueError(f"groups={flags['groups']}: {self.no_groups_text()}")
        if flags["ndim"] not in self.ndims:
            raise ValueError(f"{self.title} has transposed convolutions in "
                             f"{', '.join(map(str, self.ndims))} spatial dims, not "
                             f"{flags['ndim']}")
        r = self.resolve_flags(flags)
        r.params["bias"] = self.bias_default if bias is None else bool(bias)
        return r

    def resolve_flags(self, flags: LayerFlags) -> Resolution:
        """:meth:`from_flags` without the checks every framework shares."""
        raise NotImplementedError

    def to_kwargs(self, params: dict, source: Resolution) -> dict:
        """The keyword arguments of the framework's layer (constructor) for the resolver's
        ``params`` of a layer converted from ``source`` (default: ``params`` themselves)."""
        return dict(params)

    def no_groups_text(self) -> str:
        return f"{self.title} has no groups"

    def resolve(self, **params) -> Resolution:
        """The framework's parameters (its resolver's keyword arguments) as a resolution."""
        try:
            return self.resolver(**params)
        except TypeError as exc:
            raise TypeError(f"{self.name} parameters {sorted(params)} do not fit "
                            f"{self.resolver.__name__}: {exc}") from exc

    def cannot_express(self, spec: TransposedConvSpec) -> str | None:
        """Why ``spec`` has no equivalent in this framework at all, or ``None``."""
        if spec.ndim not in self.ndims:
            return (f"{self.title} has transposed convolutions in "
                    f"{', '.join(map(str, self.ndims))} spatial dims, not {spec.ndim}")
        if spec.groups != 1 and not self.has_groups:
            return self.no_groups(spec)
        return None

    def no_groups(self, spec: TransposedConvSpec) -> str:
        return f"{self.no_groups_text()} (got groups={spec.groups})"

    def modes(self, spec: TransposedConvSpec) -> Iterable:
        """The families of parameters searched by :func:`convert` (default: the padding
        modes)."""
        return self.padding_modes

    def windows(self, mode, i: int, k: int, s: int, d: int, target) -> Iterable:
        """``(value, (start, stop))`` for each window of the full output that ``mode``
        reaches in one dim of input ``i``, kernel ``k``, stride ``s``, dilation ``d``
        (``target`` is the wanted window, for modes that can reach any)."""
        raise NotImplementedError

    def parameters(self, mode, chosen, source: Resolution) -> tuple[dict, Resolution]:
        """The keyword arguments of the resolver for the chosen per-dim values, and their
        resolution (the layer of ``source`` with these parameters)."""
        raise NotImplementedError

    def __repr__(self) -> str:
        resolver = self.resolver.__name__ if self.resolver is not None else "from_spec"
        return (f"<Framework {self.name} ({self.title}): {resolver}; padding modes "
                f"{', '.join(map(str, self.padding_modes))}>")


def _resolve_spec(spec: TransposedConvSpec) -> Resolution:
    return from_spec(spec)


_resolve_spec.__name__ = "from_spec"


class TconvSym(Framework):
    """The core :class:`~tconv_sym.TransposedConvSpec` itself (``resolve(spec=...)``): any
    window inside ``[0, len(F) + max(s, d) - 1)``, asymmetric padding included.

    >>> SPEC.resolve(spec=TransposedConvSpec(in_size=2, kernel_size=3)).out_size
    (4,)
    """

    name, title, resolver = "tconv_sym", "tconv_sym", staticmethod(_resolve_spec)
    padding_modes = ("(lo, hi) per dim", "output_padding", "output_size")
    why_inexact = "a TransposedConvSpec cannot add zeros outside the full output"
    ndims = tuple(range(1, 33))
    aliases = ("spec", "tconv-sym")

    def resolve_flags(self, flags):
        fields = {k: v for k, v in flags.items() if k != "ndim"}
        return from_spec(layer_spec(**fields))


SPEC = TconvSym()
