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
import keyword
import math
from dataclasses import InitVar, dataclass

from ._validate import (
    PADDING_WORDS,
    choice,
    did_you_mean,
    int_tuple,
    is_sequence,
    nonnegative_int,
    padding_pairs,
    parse_ints,
    parse_padding_text,
    positive_int,
    spatial_ndim,
)

__all__ = [
    "ConvSpec",
    "TransposedConvSpec",
    "layer_params",
    "is_symbol_name",
    "layer_spec",
    "LAYER_FIELDS",
    "conv_out_length",
    "kernel_span",
    "conv_transpose_out_length",
    "PADDING_WORDS",
    "MODES",
    "SampleShapes",
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
# The front door: every input form of a layer's parameters becomes these fields
# --------------------------------------------------------------------------------------
#: the fields of a layer, in the specs' order (``output_padding``/``output_size``:
#: transposed only)
LAYER_FIELDS = ("in_size", "kernel_size", "stride", "padding", "dilation", "output_padding",
                "output_size", "in_channels", "out_channels", "groups", "mode")
#: other names of the fields (the prover's ``size``/``kernel``, the frameworks' plurals)
FIELD_ALIASES = {"size": "in_size", "kernel": "kernel_size", "strides": "stride",
                 "dilations": "dilation", "dilation_rate": "dilation", "pads": "padding"}
_PER_DIM = ("in_size", "kernel_size", "stride", "dilation", "output_padding", "output_size")
_DEFAULTS = {"stride": 1, "padding": 0, "dilation": 1, "output_padding": None,
             "output_size": None, "in_channels": 1, "out_channels": 1, "groups": 1,
             "mode": "correlation"}


def layer_params(*, from_text: bool = False, symbols=(), labels=None, **params) -> dict:
    """The one normaliser of layer parameters: keyword arguments (ints, per-dim sequences,
    ``(lo, hi)`` pairs, padding words) or command-line text (``"28x28"``, ``"same"``,
    ``"1x2"``, ``"0:1x0:1"``, ``"(1,2),(0,1)"``, with ``from_text=True``) become one dict of
    checked fields named as the specs name them (:data:`LAYER_FIELDS`; the aliases ``size``,
    ``kernel``, ``strides``, ``dilations``, ``dilation_rate`` are accepted).

    Every per-dim field becomes a tuple of ``ndim`` ints (``ndim``: the length of the tuple
    fields, which must agree; ``output_padding`` / ``output_size`` stay ``None`` when not
    given, ``kernel_size`` may be ``None``); ``padding`` becomes ``(lo, hi)`` per dim or a
    padding *word* (lower-cased; the spec resolves it, knowing the sizes); channels and
    groups positive ints; ``mode`` checked. Fields named in ``symbols`` may instead hold a
    symbol (a SymPy expression or an identifier string), returned as given. The result
    also carries ``ndim``. Errors name the field (or its label in ``labels``, e.g.
    ``{"in_size": "--in"}`` for a command line), the value and what is allowed.

    >>> p = layer_params(in_size="8x8", kernel_size="3", stride="2", padding="1x2",
    ...                  from_text=True)
    >>> p["in_size"], p["kernel_size"], p["stride"], p["padding"], p["ndim"]
    ((8, 8), (3, 3), (2, 2), ((1, 1), (2, 2)), 2)
    >>> layer_params(size=(4, 4), kernel=3, padding="SAME")["padding"]
    'same'
    >>> layer_params(in_size=4, kernel_size=3, stride=0)
    Traceback (most recent call last):
        ...
    ValueError: stride must be a positive integer, got 0
    """
    named = {}
    for key, value in params.items():
        canon = FIELD_ALIASES.get(key, key)
        if canon not in LAYER_FIELDS:
            raise TypeError(f"{key!r} is not a layer parameter (allowed: "
                            f"{', '.join(LAYER_FIELDS)})" + did_you_mean(key, LAYER_FIELDS))
        if canon in named:
            raise TypeError(f"{key!r} and {canon!r} name the same parameter; give one")
        named[canon] = value
    if "in_size" not in named:
        raise TypeError("in_size (the spatial input size) is required")
    out = {**_DEFAULTS, "kernel_size": None, **named}
    label = {k: k for k in LAYER_FIELDS} | dict(labels or {})
    symbolic = {k for k in symbols if _is_symbol(out.get(k))}
    if from_text:
        for key in (*_PER_DIM, "in_channels", "out_channels", "groups"):
            if isinstance(out[key], str) and key not in symbolic:
                values = parse_ints(out[key], label[key])  # the input size sets the dims
                out[key] = values if key == "in_size" else _scalar(values)
    sized = {k: out[k] for k in _PER_DIM if out[k] is not None and k not in symbolic}
    padding = out["padding"]
    if isinstance(padding, str) and "padding" not in symbolic:
        padding = parse_padding_text(padding, label["padding"])  # "1x2": per dim, 2 dims
        if isinstance(padding, tuple) and len(padding) == 1:
            padding = padding * _text_ndim(sized)  # "0:1": the same pair in every dim
    ndim = spatial_ndim({label[k]: v for k, v in sized.items()},
                        None if "padding" in symbolic else padding, size_name=label["in_size"])
    out["ndim"] = ndim
    for key in _PER_DIM:
        if out[key] is None or key in symbolic:
            continue
        check = nonnegative_int if key == "output_padding" else positive_int
        out[key] = int_tuple(label[key], out[key], ndim, check)
    if "padding" not in symbolic:
        out["padding"] = padding_pairs(padding, ndim, label["padding"])
    for key in ("in_channels", "out_channels", "groups"):
        if key not in symbolic:
            out[key] = positive_int(label[key], out[key])
    out["mode"] = choice(label["mode"], out["mode"], MODES)
    if not symbolic & {"in_channels", "out_channels", "groups"}:
        for key in ("in_channels", "out_channels"):
            if out[key] % out["groups"]:
                raise ValueError(
                    f"{label['groups']}={out['groups']} must divide {label[key]}={out[key]} "
                    f"(in_channels={out['in_channels']}, out_channels={out['out_channels']}): "
                    "each group has the same number of channels")
    return out


def layer_spec(*, transposed: bool = True, from_text: bool = False, labels=None, **params):
    """A :class:`TransposedConvSpec` (or, ``transposed=False``, a :class:`ConvSpec`) from
    any input form :func:`layer_params` reads, e.g. command-line text.

    >>> layer_spec(in_size="2x2", kernel_size="3", stride="2", padding="same", from_text=True)
    TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
    >>> layer_spec(transposed=False, in_size=(5, 5), kernel_size=3, padding="1x2",
    ...            from_text=True)
    ConvSpec(in_size=(5, 5), kernel_size=3, padding=(1, 2))
    """
    p = layer_params(from_text=from_text, labels=labels, **params)
    p.pop("ndim")
    if p["kernel_size"] is None:
        raise TypeError("kernel_size is required")
    if transposed:
        return TransposedConvSpec(**p)
    for key in ("output_padding", "output_size"):
        if p.pop(key) is not None:
            raise ValueError(f"{key} applies to transposed convolutions only")
    return ConvSpec(**p)


def _scalar(values: tuple):
    return values[0] if len(values) == 1 else values


def _text_ndim(sized: dict) -> int:
    """The dims the sized fields agree on (for text padding such as "1x2" or "0:1")."""
    lengths = {len(tuple(v)) for v in sized.values() if is_sequence(v)}
    return lengths.pop() if len(lengths) == 1 else 1


def is_symbol_name(text) -> bool:
    """Whether ``text`` names a size symbol (the one rule for every entry point): a plain
    identifier (letters, digits, ``_``; not starting with ``_``, not a Python keyword) that is
    not a padding word.

    >>> [is_symbol_name(t) for t in ("p", "k2", "same", "__import__", "lambda", "2", "a b")]
    [True, True, False, False, False, False, False]
    """
    return (isinstance(text, str) and text.isidentifier() and not text.startswith("_")
            and not keyword.iskeyword(text) and text.lower() not in PADDING_WORDS)


def _is_symbol(value) -> bool:
    if isinstance(value, str):
        return is_symbol_name(value)
    return type(value).__module__.startswith("sympy")




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


class SampleShapes:
    """The shapes of one sample of anything with ``in_channels``, ``in_size``,
    ``out_channels`` and ``out_size``: the specs, and the probe footprints of
    :mod:`tconv_sym.testing.colouring`.

    >>> spec = TransposedConvSpec(in_size=3, kernel_size=2, stride=2, out_channels=4)
    >>> spec.in_shape, spec.out_shape, spec.out_features
    ((1, 3), (4, 6), 24)
    """

    __slots__ = ()

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


@dataclass(frozen=True, repr=False)
class _BaseSpec(SampleShapes):
    in_size: tuple[int, ...]
    kernel_size: tuple[int, ...]
    stride: tuple[int, ...] = 1
    padding: Pad = 0
    dilation: tuple[int, ...] = 1
    in_channels: int = 1
    out_channels: int = 1
    groups: int = 1
    mode: str = "correlation"
    #: the padding word the spec was built with ("same", "valid", "full"; ``None`` for
    #: numbers): :meth:`with_` resolves it again for the new sizes
    padding_word: str | None = dataclasses.field(default=None, init=False, compare=False,
                                                 repr=False)

    # --- construction -------------------------------------------------------------
    def _normalise(self, extra: dict) -> dict:
        """Every field through :func:`layer_params` (the one front door); returns the
        normalised fields (``padding`` still a word when one was given)."""
        p = layer_params(in_size=self.in_size, kernel_size=self.kernel_size,
                         stride=self.stride, padding=self.padding, dilation=self.dilation,
                         in_channels=self.in_channels, out_channels=self.out_channels,
                         groups=self.groups, mode=self.mode, **extra)
        if p["kernel_size"] is None:
            raise TypeError("kernel_size must be an integer, got None (NoneType)")
        for name in ("in_size", "kernel_size", "stride", "dilation", "in_channels",
                     "out_channels", "groups", "mode"):
            self._set(name, p[name])
        self._set("padding_word", p["padding"] if isinstance(p["padding"], str) else None)
        return p

    def _rewording(self, changes: dict) -> dict:
        """``changes`` with the padding word put back (when padding does not change)."""
        if self.padding_word is None or "padding" in changes:
            return changes
        return {"padding": self.padding_word, **changes}

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

    def _refuse_empty_output(self, why) -> None:
        """ValueError at the first dim with no output, ``why(dim)`` saying what emptied it."""
        for dim, o in enumerate(self.out_size):
            if o < 1:
                raise ValueError(f"{self!r} has an empty output: out_size[{dim}]={o}; {why(dim)}")

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
    PyTorch do). It is stored resolved, as ``(lo, hi)`` pairs; a word is also kept
    (:attr:`padding_word`) and :meth:`with_` resolves it again for the new sizes. Every
    parameter goes through :func:`layer_params`, the one normaliser.
    """

    def __post_init__(self) -> None:
        p = self._normalise({})
        self._set("padding", self._resolve_padding(p["padding"]))
        self._refuse_empty_output(
            lambda dim: f"the dilated kernel span {self.effective_kernel_size[dim]} exceeds "
                        f"the padded input {self.in_size[dim] + sum(self.padding[dim])}")

    def _resolve_padding(self, padding) -> Pad:
        if not isinstance(padding, str):
            return padding
        word = padding
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

        A spec built with a padding word keeps it: the word is resolved again for the new
        sizes unless ``padding`` is among the changes.

        >>> ConvSpec(in_size=8, kernel_size=3).with_(stride=2).out_size
        (3,)
        >>> ConvSpec(in_size=5, kernel_size=4, padding="same").with_(kernel_size=3).padding
        ((1, 1),)
        """
        return dataclasses.replace(self, **self._rewording(changes))


@dataclass(frozen=True, repr=False)
class TransposedConvSpec(_BaseSpec):
    """A transposed convolution ("deconvolution"): the transpose of ``self.conv``.

    ``padding`` is the padding of the forward convolution (PyTorch's meaning: it *crops*
    the transposed output). ``"same"`` means output size ``in_size * stride`` (TensorFlow's
    SAME: the forward convolution's 'same' padding for input ``in*stride``, with the odd
    pixel cropped at the end; ``output_padding`` defaults to what that needs).
    ``output_size`` picks the ``output_padding`` that yields it. A padding word is kept
    (:attr:`padding_word`): :meth:`with_` resolves it again, with the ``output_padding`` it
    implies unless one was given.

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
    #: whether output_padding was given (or picked by output_size) rather than implied by
    #: the padding word: :meth:`with_` keeps a given one and re-derives an implied one
    output_padding_given: bool = dataclasses.field(default=False, init=False, compare=False,
                                                   repr=False)

    def __post_init__(self, output_size) -> None:
        op_given = self.output_padding is not None
        extra = {"output_padding": self.output_padding, "output_size": output_size}
        p = self._normalise(extra)
        nd = self.ndim
        op = p["output_padding"] if op_given else (0,) * nd
        pads, op_same = self._resolve_padding(p["padding"])
        self._set("padding", pads)
        if isinstance(p["padding"], str) and not op_given:
            op = op_same
        if output_size is not None:
            op = self._output_padding_for(p["output_size"], op if op_given else None)
        self._set("output_padding", op)
        self._set("output_padding_given", op_given or output_size is not None)
        for dim, (a, s, d) in enumerate(zip(op, self.stride, self.dilation)):
            if a >= s and a >= d:
                raise ValueError(
                    f"output_padding[{dim}]={a} must be smaller than stride[{dim}]={s} or "
                    f"dilation[{dim}]={d} (as PyTorch requires)"
                )
        self._refuse_empty_output(
            lambda dim: f"padding {self.padding[dim]} crops more than the full output "
                        f"{self._base_out_size[dim]}")

    def _resolve_padding(self, padding) -> tuple[Pad, tuple[int, ...]]:
        """Forward-convolution padding, and the output_padding that 'same' implies."""
        nd = self.ndim
        if not isinstance(padding, str):
            return padding, (0,) * nd
        word = padding
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

        A padding word is resolved again for the new sizes (with the output_padding it
        implies, unless one was given) unless ``padding`` is among the changes.

        >>> TransposedConvSpec(in_size=4, kernel_size=3).with_(stride=2).out_size
        (9,)
        >>> TransposedConvSpec(in_size=3, kernel_size=3, stride=2, padding="same").with_(
        ...     in_size=5).out_size
        (10,)
        """
        changes = self._rewording(changes)
        if self.padding_word is not None and not self.output_padding_given \
                and "output_padding" not in changes:
            changes["output_padding"] = None
        return dataclasses.replace(self, **changes)

    def _repr_fields(self):
        return [*super()._repr_fields(), ("output_padding", _compact(self.output_padding))]
