"""Convolution and transposed-convolution specs: every size and every check lives here.

A spec is an immutable, hashable description of one layer. It knows its output size (the
only place in tconv_sym that does size arithmetic), validates every parameter and prints
as its own constructor call.

>>> s = ConvSpec(in_size=(5, 5), kernel_size=3, stride=2, padding=1)
>>> s
ConvSpec(in_size=(5, 5), kernel_size=3, stride=2, padding=1)
>>> s.out_size
(3, 3)
>>> t = s.transposed(output_size=(5, 5))
>>> t
TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2, padding=1)
>>> t.out_size, t.conv == s
((5, 5), True)

Conventions (PyTorch's): cross-correlation unless ``mode="convolution"`` (the DSP
convention, kernel flipped); arrays are ``(N, C, *spatial)``; a convolution weight is
``(C_out, C_in/groups, *k)``, a transposed-convolution weight ``(C_in, C_out/groups, *k)``.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import InitVar, dataclass

from ._validate import (
    PADDING_WORDS,
    choice,
    int_tuple,
    nonnegative_int,
    padding_pairs,
    positive_int,
    spatial_ndim,
)

__all__ = [
    "ConvSpec",
    "TransposedConvSpec",
    "conv_out_length",
    "kernel_span",
    "conv_transpose_out_length",
    "PADDING_WORDS",
    "MODES",
]

MODES = ("correlation", "convolution")

Pad = tuple[tuple[int, int], ...]


# --------------------------------------------------------------------------------------
# The size arithmetic: the only two formulas of the project.
# --------------------------------------------------------------------------------------
def kernel_span(k: int, d: int) -> int:
    """Span of a kernel of size ``k`` with dilation ``d``: ``d(k-1) + 1`` (the one place it
    is written; every layer calls this).

    >>> kernel_span(3, 2)
    5
    """
    return d * (k - 1) + 1


def conv_out_length(i: int, k: int, s: int, lo: int, hi: int, d: int) -> int:
    """Output length of a 1-D convolution: ``floor((i + lo + hi - d(k-1) - 1) / s) + 1``.

    >>> conv_out_length(5, 3, 2, 1, 1, 1)
    3
    """
    return (i + lo + hi - kernel_span(k, d)) // s + 1


def conv_transpose_out_length(i: int, k: int, s: int, lo: int, hi: int, d: int, op: int) -> int:
    """Output length of a 1-D transposed convolution:
    ``(i - 1) s - lo - hi + d(k-1) + op + 1``.

    >>> conv_transpose_out_length(3, 3, 2, 1, 1, 1, 0)
    5
    """
    return (i - 1) * s - lo - hi + kernel_span(k, d) + op


def _same_padding(i: int, k: int, s: int, d: int) -> tuple[int, int]:
    """TensorFlow/PyTorch 'same': output ceil(i/s); the odd pixel of padding goes at the end."""
    o = -(-i // s)
    total = max((o - 1) * s + kernel_span(k, d) - i, 0)
    return total // 2, total - total // 2


# --------------------------------------------------------------------------------------
# Normalisation helpers
# --------------------------------------------------------------------------------------
def _compact(values: tuple) -> object:
    """Print a per-dim tuple as one value when every dim agrees."""
    return values[0] if len(set(values)) == 1 else values


def _padding_repr(pads: Pad):
    """Shortest form that parses back to ``pads`` (a bare pair means (lo, hi) only in 1-D)."""
    per_dim = tuple(lo if lo == hi else (lo, hi) for lo, hi in pads)
    if len(set(per_dim)) == 1 and (isinstance(per_dim[0], int) or len(per_dim) == 1):
        return per_dim[0]
    return per_dim


@dataclass(frozen=True, repr=False)
class _BaseSpec:
    in_size: tuple[int, ...]
    kernel_size: tuple[int, ...]
    stride: tuple[int, ...] = 1
    padding: Pad = 0
    dilation: tuple[int, ...] = 1
    in_channels: int = 1
    out_channels: int = 1
    groups: int = 1
    mode: str = "correlation"

    # --- construction -------------------------------------------------------------
    def _normalise(self, extra_sized: dict) -> None:
        named = {
            "in_size": self.in_size,
            "kernel_size": self.kernel_size,
            "stride": self.stride,
            "dilation": self.dilation,
            **extra_sized,
        }
        ndim = spatial_ndim(named, self.padding)
        set_ = self._set
        set_("in_size", int_tuple("in_size", self.in_size, ndim))
        set_("kernel_size", int_tuple("kernel_size", self.kernel_size, ndim))
        set_("stride", int_tuple("stride", self.stride, ndim))
        set_("dilation", int_tuple("dilation", self.dilation, ndim))
        set_("in_channels", positive_int("in_channels", self.in_channels))
        set_("out_channels", positive_int("out_channels", self.out_channels))
        set_("groups", positive_int("groups", self.groups))
        set_("mode", choice("mode", self.mode, MODES))
        for name in ("in_channels", "out_channels"):
            if getattr(self, name) % self.groups:
                raise ValueError(
                    f"groups={self.groups} must divide {name}={getattr(self, name)} "
                    f"(in_channels={self.in_channels}, out_channels={self.out_channels})"
                )

    def _set(self, name: str, value) -> None:
        object.__setattr__(self, name, value)  # frozen dataclass: normalise once, in place

    def _swapped(self) -> dict:
        """The parameters shared with the transposed (or forward) view, channels swapped."""
        return dict(kernel_size=self.kernel_size, stride=self.stride, padding=self.padding,
                    dilation=self.dilation, in_channels=self.out_channels,
                    out_channels=self.in_channels, groups=self.groups, mode=self.mode)

    # --- derived ------------------------------------------------------------------
    @property
    def ndim(self) -> int:
        """Number of spatial dims."""
        return len(self.in_size)

    @property
    def pad_lo(self) -> tuple[int, ...]:
        """Padding at the start of every spatial dim (of the forward convolution)."""
        return tuple(lo for lo, _ in self.padding)

    @property
    def pad_hi(self) -> tuple[int, ...]:
        """Padding at the end of every spatial dim (of the forward convolution)."""
        return tuple(hi for _, hi in self.padding)

    @property
    def effective_kernel_size(self) -> tuple[int, ...]:
        """Span of the dilated kernel, ``d(k-1)+1`` per dim."""
        return tuple(kernel_span(k, d) for k, d in zip(self.kernel_size, self.dilation))

    @property
    def in_shape(self) -> tuple[int, ...]:
        """Shape of one input sample, ``(C_in, *in_size)``."""
        return (self.in_channels, *self.in_size)

    @property
    def out_shape(self) -> tuple[int, ...]:
        """Shape of one output sample, ``(C_out, *out_size)``."""
        return (self.out_channels, *self.out_size)

    @property
    def in_features(self) -> int:
        """Length of the flattened input vector (columns of the operator matrix)."""
        return math.prod(self.in_shape)

    @property
    def out_features(self) -> int:
        """Length of the flattened output vector (rows of the operator matrix)."""
        return math.prod(self.out_shape)

    # --- printing -----------------------------------------------------------------
    def _repr_fields(self) -> list[tuple[str, object]]:
        f = [
            ("in_size", self.in_size[0] if self.ndim == 1 else self.in_size),
            ("kernel_size", _compact(self.kernel_size)),
            ("stride", _compact(self.stride)),
            ("padding", _padding_repr(self.padding)),
            ("dilation", _compact(self.dilation)),
            ("in_channels", self.in_channels),
            ("out_channels", self.out_channels),
            ("groups", self.groups),
            ("mode", self.mode),
        ]
        return f

    def _repr_latex_(self) -> str:
        """Notebook display: the parameters, the size formula and the output size."""
        from .display import spec_latex

        return spec_latex(self)

    def __repr__(self) -> str:
        defaults = {"stride": 1, "padding": 0, "dilation": 1, "in_channels": 1,
                    "out_channels": 1, "groups": 1, "mode": "correlation", "output_padding": 0}
        parts = [
            f"{name}={value!r}"
            for name, value in self._repr_fields()
            if name not in defaults or value != defaults[name]
        ]
        return f"{type(self).__name__}({', '.join(parts)})"


@dataclass(frozen=True, repr=False)
class ConvSpec(_BaseSpec):
    """An ordinary (strided, padded, dilated, grouped, multi-channel) convolution.

    >>> ConvSpec(in_size=4, kernel_size=3, padding="same", mode="convolution")
    ConvSpec(in_size=4, kernel_size=3, padding=1, mode='convolution')
    >>> ConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=1, out_channels=32)
    ConvSpec(in_size=(28, 28), kernel_size=7, padding=3, out_channels=32)

    ``padding`` is an int, one int or ``(lo, hi)`` pair per dim (in 1-D a bare pair is
    ``(lo, hi)``), or ``"valid"`` (0), ``"full"`` (``d(k-1)`` on both sides) or ``"same"``
    (output ``ceil(i/s)``; an odd total puts the extra pixel at the end, as TensorFlow and
    PyTorch do). It is stored resolved, as ``(lo, hi)`` pairs.
    """

    def __post_init__(self) -> None:
        words = self.padding if isinstance(self.padding, str) else None
        self._normalise({})
        self._set("padding", self._resolve_padding(words))
        for dim, o in enumerate(self.out_size):
            if o < 1:
                raise ValueError(
                    f"{self!r} has an empty output: out_size[{dim}]={o}; the dilated kernel "
                    f"span {self.effective_kernel_size[dim]} exceeds the padded input "
                    f"{self.in_size[dim] + sum(self.padding[dim])}"
                )

    def _resolve_padding(self, word: str | None) -> Pad:
        if word is None:
            return padding_pairs(self.padding, self.ndim)
        word = choice("padding", word, PADDING_WORDS)
        dims = zip(self.in_size, self.kernel_size, self.stride, self.dilation)
        if word == "valid":
            return ((0, 0),) * self.ndim
        if word == "full":
            return tuple((kernel_span(k, d) - 1,) * 2 for _, k, _, d in dims)
        return tuple(_same_padding(i, k, s, d) for i, k, s, d in dims)

    @property
    def out_size(self) -> tuple[int, ...]:
        """Spatial output size, ``floor((i + p_lo + p_hi - d(k-1) - 1)/s) + 1`` per dim."""
        return tuple(
            conv_out_length(i, k, s, lo, hi, d)
            for i, k, s, (lo, hi), d in zip(
                self.in_size, self.kernel_size, self.stride, self.padding, self.dilation
            )
        )

    @property
    def weight_shape(self) -> tuple[int, ...]:
        """PyTorch layout of the weight, ``(C_out, C_in/groups, *kernel_size)``."""
        return (self.out_channels, self.in_channels // self.groups, *self.kernel_size)

    def transposed(self, output_padding=None, output_size=None) -> TransposedConvSpec:
        """The transposed convolution of this convolution (same stride, padding, dilation).

        Its input is this convolution's output; its output size is ambiguous when the stride
        is > 1, so pass ``output_size=self.in_size`` (or the right ``output_padding``) to get
        back to this convolution's input size.

        >>> ConvSpec(in_size=6, kernel_size=3, stride=2).transposed(output_size=6)
        TransposedConvSpec(in_size=2, kernel_size=3, stride=2, output_padding=1)
        """
        return TransposedConvSpec(
            in_size=self.out_size, **self._swapped(), output_padding=output_padding,
            output_size=output_size,
        )

    def with_(self, **changes) -> ConvSpec:
        """A copy with some parameters changed (validated again).

        >>> ConvSpec(in_size=8, kernel_size=3).with_(stride=2).out_size
        (3,)
        """
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, repr=False)
class TransposedConvSpec(_BaseSpec):
    """A transposed convolution ("deconvolution"): the transpose of ``self.conv``.

    ``padding`` is the padding of the forward convolution (PyTorch's meaning: it *crops*
    the transposed output). ``"same"`` means output size ``in_size * stride`` (TensorFlow's
    SAME: the forward convolution's 'same' padding for input ``in*stride``, with the odd
    pixel cropped at the end; ``output_padding`` defaults to what that needs).
    ``output_size`` picks the ``output_padding`` that yields it.

    >>> t = TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same")
    >>> t
    TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
    >>> t.out_size
    (4, 4)
    >>> TransposedConvSpec(in_size=2, kernel_size=3, stride=2, output_size=6).output_padding
    (1,)
    """

    output_padding: tuple[int, ...] = None
    output_size: InitVar[object] = None

    def __post_init__(self, output_size) -> None:
        words = self.padding if isinstance(self.padding, str) else None
        op_given = self.output_padding is not None
        extra = {"output_padding": self.output_padding if op_given else 0}
        if output_size is not None:
            extra["output_size"] = output_size
        self._normalise(extra)
        nd = self.ndim
        op = int_tuple("output_padding", extra["output_padding"], nd, nonnegative_int)
        pads, op_same = self._resolve_padding(words)
        self._set("padding", pads)
        if words is not None and not op_given:
            op = op_same
        if output_size is not None:
            wanted = int_tuple("output_size", output_size, nd)
            op = self._output_padding_for(wanted, op if op_given else None)
        self._set("output_padding", op)
        for dim, (a, s, d) in enumerate(zip(op, self.stride, self.dilation)):
            if a >= s and a >= d:
                raise ValueError(
                    f"output_padding[{dim}]={a} must be smaller than stride[{dim}]={s} or "
                    f"dilation[{dim}]={d} (as PyTorch requires)"
                )
        for dim, o in enumerate(self.out_size):
            if o < 1:
                raise ValueError(
                    f"{self!r} has an empty output: out_size[{dim}]={o}; padding "
                    f"{self.padding[dim]} crops more than the full output "
                    f"{self._base_out_size[dim]}"
                )

    def _resolve_padding(self, word: str | None) -> tuple[Pad, tuple[int, ...]]:
        """Forward-convolution padding, and the output_padding that 'same' implies."""
        nd = self.ndim
        if word is None:
            return padding_pairs(self.padding, nd), (0,) * nd
        word = choice("padding", word, PADDING_WORDS)
        dims = tuple(zip(self.kernel_size, self.stride, self.dilation))
        if word == "valid":
            return ((0, 0),) * nd, (0,) * nd
        if word == "full":
            return tuple((kernel_span(k, d) - 1,) * 2 for k, _, d in dims), (0,) * nd
        pads, ops = [], []
        for i, (k, s, d) in zip(self.in_size, dims):
            lo, hi = _same_padding(i * s, k, s, d)
            pads.append((lo, hi))
            base = conv_transpose_out_length(i, k, s, lo, hi, d, 0)
            ops.append(i * s - base)
        return tuple(pads), tuple(ops)

    @property
    def _base_out_size(self) -> tuple[int, ...]:
        return tuple(
            conv_transpose_out_length(i, k, s, lo, hi, d, 0)
            for i, k, s, (lo, hi), d in zip(
                self.in_size, self.kernel_size, self.stride, self.padding, self.dilation
            )
        )

    def _output_padding_for(self, wanted, given) -> tuple[int, ...]:
        ops = []
        for dim, (w, base, s, d) in enumerate(
            zip(wanted, self._base_out_size, self.stride, self.dilation)
        ):
            top = base + max(s, d) - 1
            if not base <= w <= top:
                raise ValueError(
                    f"output_size[{dim}]={w} is not reachable: with in_size={self.in_size[dim]}, "
                    f"kernel_size={self.kernel_size[dim]}, stride={s}, padding="
                    f"{self.padding[dim]}, dilation={d} the output size must be in "
                    f"[{base}, {top}]"
                )
            ops.append(w - base)
        ops = tuple(ops)
        if given is not None and given != ops:
            raise ValueError(
                f"output_padding={given!r} contradicts output_size={tuple(wanted)!r} "
                f"(which needs output_padding={ops!r}); give only one of them"
            )
        return ops

    @property
    def out_size(self) -> tuple[int, ...]:
        """Spatial output size, ``(i-1)s - p_lo - p_hi + d(k-1) + output_padding + 1``."""
        return tuple(b + a for b, a in zip(self._base_out_size, self.output_padding))

    @property
    def weight_shape(self) -> tuple[int, ...]:
        """PyTorch layout of the weight, ``(C_in, C_out/groups, *kernel_size)``."""
        return (self.in_channels, self.out_channels // self.groups, *self.kernel_size)

    @property
    def conv(self) -> ConvSpec:
        """The forward convolution whose matrix this one transposes.

        Its input size is this spec's output size. (When ``output_padding >= stride``, which
        PyTorch allows if ``output_padding < dilation``, its output is longer than this
        spec's input; the transposed matrix uses only its first ``in_size`` outputs.)

        >>> TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1).conv
        ConvSpec(in_size=6, kernel_size=4, stride=2, padding=1)
        """
        return ConvSpec(in_size=self.out_size, **self._swapped())

    def with_(self, **changes) -> TransposedConvSpec:
        """A copy with some parameters changed (validated again).

        >>> TransposedConvSpec(in_size=4, kernel_size=3).with_(stride=2).out_size
        (9,)
        """
        return dataclasses.replace(self, **changes)

    def _repr_fields(self):
        return [*super()._repr_fields(), ("output_padding", _compact(self.output_padding))]
