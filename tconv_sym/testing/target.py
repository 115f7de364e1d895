"""The expected operator in canonical layouts, and the tolerance test every comparison uses.

A :class:`Target` is a spec, a PyTorch-layout weight and (for a framework's window) zeros
around the output; it applies itself in factored form (:mod:`tconv_sym.factored`), to a
whole batch or — 1/C_in of the cost — to an input that is non-zero in one channel only
(:meth:`Target.apply_channel`), which is what makes trying dozens of candidate mistakes
cheap at a real size.

>>> import numpy as np
>>> from tconv_sym import ConvSpec
>>> t = Target(ConvSpec(in_size=3, kernel_size=2, in_channels=2), np.ones((1, 2, 2)))
>>> t.apply(np.ones((1, 2, 3))).tolist(), t.apply_channel(np.ones((1, 3)), 1).tolist()
([[[4.0, 4.0]]], [[[2.0, 2.0]]])
"""

from __future__ import annotations

import functools

import numpy as np

from ..factored import factored
from ..spec import ConvSpec, TransposedConvSpec
from .colouring import Footprint

__all__ = ["Target", "target_of", "io_of", "close"]


def close(a: np.ndarray, b: np.ndarray, rtol: float, atol: float) -> np.ndarray:
    """Entry-wise ``|a - b| <= atol + rtol |b|``.

    >>> close(np.array([1.0, 2.0]), np.array([1.0, 2.1]), 1e-6, 1e-9).tolist()
    [True, False]
    """
    return np.isclose(a, b, rtol=rtol, atol=atol)


class Target:
    """An expected operator on canonical ``(N, C, *spatial)`` arrays: ``spec`` with the
    PyTorch-layout weight ``w``, the output framed by ``zero_pad`` zeros (transposed only).

    >>> from tconv_sym import ConvSpec
    >>> t = Target(ConvSpec(in_size=3, kernel_size=2), np.array([[[1., 2.]]]))
    >>> t, t.apply(np.ones((1, 1, 3))).tolist()
    (Target(ConvSpec(in_size=3, kernel_size=2)), [[[3.0, 3.0]]])
    """

    def __init__(self, spec, w, zero_pad=None, label=None, res=None):
        self.spec = spec
        self.w = np.asarray(w)
        nd = spec.ndim
        self.zero_pad = tuple(zero_pad) if zero_pad is not None else ((0, 0),) * nd
        self.label = label or repr(spec)
        self.res = res

    def __repr__(self) -> str:
        pad = f", zero_pad={self.zero_pad}" if self.padded else ""
        return f"Target({self.spec!r}{pad})"

    @property
    def transposed(self) -> bool:
        return isinstance(self.spec, TransposedConvSpec)

    @property
    def padded(self) -> bool:
        return any(z != (0, 0) for z in self.zero_pad)

    @property
    def in_shape(self) -> tuple[int, ...]:
        return tuple(self.spec.in_shape)

    @property
    def out_shape(self) -> tuple[int, ...]:
        size = tuple(o + a + b for o, (a, b) in zip(self.spec.out_size, self.zero_pad))
        return (self.spec.out_channels, *size)

    def footprint(self) -> Footprint:
        return Footprint.of(self.spec, self.zero_pad if self.padded else None)

    def _framed(self, y: np.ndarray) -> np.ndarray:
        if not self.padded:
            return y
        pads = [(max(a, 0), max(b, 0)) for a, b in self.zero_pad]
        y = np.pad(y, ((0, 0), (0, 0), *pads))
        crop = tuple(slice(-a if a < 0 else 0, y.shape[2 + d] + b if b < 0 else None)
                     for d, (a, b) in enumerate(self.zero_pad))
        return y[(slice(None), slice(None), *crop)]

    def apply(self, x: np.ndarray) -> np.ndarray:
        """The operator on a canonical batch (float64)."""
        y = factored(self.spec).apply(np.asarray(x, dtype=np.float64),
                                      self.w.astype(np.float64, copy=False))
        return self._framed(y)

    def apply_channels(self, xs: np.ndarray, channels) -> np.ndarray:
        """The operator on a batch whose non-zero input channels are ``channels`` with values
        ``xs`` ``(N, len(channels), *in_size)``: ``len(channels)/C_in`` of the cost."""
        spec = self.spec
        chs = [int(c) for c in channels]
        if spec.groups > 1:
            return sum(self.apply_channel(xs[:, j], c) for j, c in enumerate(chs))
        w = self.w.astype(np.float64, copy=False)
        wsub = w[chs] if self.transposed else w[:, chs]
        sub = _sub_spec(spec, len(chs), spec.out_channels)
        return self._framed(factored(sub).apply(np.asarray(xs, dtype=np.float64), wsub))

    def apply_channel(self, x1: np.ndarray, c: int) -> np.ndarray:
        """The operator on a batch whose only non-zero input channel is ``c`` with values
        ``x1`` ``(N, *in_size)``: one input channel's convolution (1/C_in of the cost)."""
        spec = self.spec
        g = spec.groups
        cin_g, cout_g = spec.in_channels // g, spec.out_channels // g
        grp = c // cin_g
        sub = _sub_spec(spec, 1, cout_g)
        w = self.w.astype(np.float64, copy=False)
        wsub = w[c:c + 1] if self.transposed else \
            w[grp * cout_g:(grp + 1) * cout_g, c - grp * cin_g][:, None]
        part = factored(sub).apply(np.asarray(x1, dtype=np.float64)[:, None], wsub)
        y = np.zeros((x1.shape[0], spec.out_channels, *part.shape[2:]))
        y[:, grp * cout_g:(grp + 1) * cout_g] = part
        return self._framed(y)

    def with_(self, spec=None, zero_pad=None, w=None) -> Target:
        return Target(spec or self.spec, self.w if w is None else w,
                      self.zero_pad if zero_pad is None else zero_pad, self.label, self.res)


@functools.lru_cache(maxsize=256)
def _sub_spec(spec, in_channels: int, out_channels: int):
    return spec.with_(in_channels=in_channels, out_channels=out_channels, groups=1)


def target_of(spec, w) -> Target:
    """The expected operator of ``spec`` (``TransposedConvSpec``, ``ConvSpec`` or interop
    ``Resolution``; ``w`` in that layout) as a canonical :class:`Target`.

    >>> from tconv_sym import TransposedConvSpec
    >>> target_of(TransposedConvSpec(in_size=3, kernel_size=2, mode="convolution"), [1, 2])
    Target(TransposedConvSpec(in_size=3, kernel_size=2))
    """
    from ..interop.resolution import Resolution, from_spec
    from ..operators import kernel_array

    if isinstance(spec, Resolution):
        label = repr(spec.params["spec"]) if spec.framework == "tconv_sym" else \
            f"{spec.framework} {spec.op} ({spec.spec!r})"
        return Target(spec.spec, spec.torch_weight(w), spec.zero_pad, label, spec)
    if isinstance(spec, TransposedConvSpec):
        res = from_spec(spec)
        w_arr = kernel_array(w, spec.weight_shape, backend="scipy", name="w")
        return Target(res.spec, res.torch_weight(w_arr), res.zero_pad, repr(spec), res)
    if isinstance(spec, ConvSpec):
        w_arr = kernel_array(w, spec.weight_shape, backend="scipy", name="w")
        if spec.mode == "convolution":
            return Target(spec.with_(mode="correlation"),
                          np.flip(w_arr, axis=tuple(range(2, w_arr.ndim))), label=repr(spec))
        return Target(spec, w_arr)
    raise TypeError(f"spec must be a TransposedConvSpec, ConvSpec or interop Resolution, got "
                    f"{type(spec).__name__}")


def io_of(target: Target):
    """Probe adapters ``(canonical -> fn's layout, fn's output -> canonical)``.

    >>> from tconv_sym import TransposedConvSpec
    >>> io_of(target_of(TransposedConvSpec(in_size=3, kernel_size=2), [1, 2]))[0] is not None
    True
    """
    if target.res is not None:
        return target.res.input_from_canonical, target.res.output_to_canonical
    return None, None
