"""One object per framework: how it resolves, what it knows, what it cannot express.

Each framework module (``pytorch``, ``tensorflow``, ``keras``, ``onnx``, ``jax``) exports
one :class:`Framework` object. :func:`~tconv_sym.interop.convert` only uses this interface:

- ``resolve(**params)``: the framework's parameters -> a :class:`Resolution`;
- ``padding_modes``: the padding modes (or families of windows) it knows;
- ``cannot_express(spec)``: why a layer has no equivalent at all (``None`` if it has one);
- ``why_inexact``: which windows of the full output its parameters can keep;
- ``windows(mode, i, k, s, d, target)``: per dim, ``(value, (start, stop))`` options;
- ``parameters(mode, chosen, source)``: the chosen values -> the target's keyword
  arguments and their resolution.

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

from ..spec import TransposedConvSpec
from .resolution import Resolution, from_spec

__all__ = ["Framework", "TconvSym", "SPEC"]


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
        return f"{self.title} has no groups (got groups={spec.groups})"

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


SPEC = TconvSym()
