"""Lowering an operator to a :class:`Plan`: what the generated code computes, and how.

A generated kernel computes one of three linear maps of a spec (its *direction*):

- ``"forward"``: ``y = M(w) x`` with ``M`` the matrix of the spec (``C`` for a
  :class:`~tconv_sym.ConvSpec`, ``Cᵀ`` for a :class:`~tconv_sym.TransposedConvSpec`);
- ``"input"`` (gradient w.r.t. the input): ``grad_x = M(w)ᵀ grad_y`` — the transposed operator;
- ``"weight"`` (gradient w.r.t. the weight): ``grad_w[t] = Σ_batch Σ_e grad_y[rows[e]] x[cols[e]]``
  over the entries ``e`` of tap ``t``.

Every index comes from :mod:`tconv_sym.structure`. ``unrolled`` reads the operator's
:class:`~tconv_sym.TapBasis` (``rows``/``cols``/``taps``) and emits one statement per output
element holding only the structurally nonzero terms. ``polyphase`` reads the 1-D tap basis of
every spatial axis (:func:`axis_phases`) and emits one *tap block* per kernel tap: a GEMM over
the channels of a group, on a strided box of the output and of the input.

>>> from tconv_sym import TransposedConvSpec
>>> p = make_plan(TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same"),
...               lang="c", name="tf_same")
>>> p.strategy, p.nnz, p.naive_macs
('unrolled', 25, 144)
>>> print(p)
Plan: forward y = Cᵀ·x of TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, ...)
  function       tf_same(x: (n, 1, 2, 2), w: (1, 1, 3, 3)) -> y: (n, 1, 4, 4)
  lang / dtype   c / float64
  strategy       unrolled (auto: 25 terms <= 4,096, straight-line code)
  nonzero terms  25 per sample (structural nonzeros of the operator)
  naive MACs     144 per sample (dense, zero-inserted and padded)
  executed MACs  25 per sample (5.8x fewer than naive)
  phases         4 (stride 2x2), 9 tap blocks
  schedule       straight-line
  memory         stack <= 496 B, static <= 0 B, workspace 0 B (bound, not compiled)
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import math
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from .._validate import choice
from ..budget import check as budget_check
from ..spec import ConvSpec, TransposedConvSpec
from ..structure import conv_structure, operator_structure
from .clang import C_KEYWORDS, literal
from .cost import (
    LINES_PER_BLOCK,
    check_sizes,
    check_source_lines,
    polyphase_lines,
    unrolled_lines,
)
from .layout import LAYOUTS, data_shape, default_weight_layout, to_pytorch, weight_shape
from .quant import check_accumulator_range
from .reason import Reason
from .schedule import (
    AUTO_UNROLL_TERMS,
    PACKED_SCHEDULES,
    SCATTER_MAX_CHANNEL_PAIRS,
    SCATTER_MAX_WASTE,
    as_quantization,
    baked_int8,
    bias_int32,
    check_small_device_options,
    choose_schedule,
    choose_strategy,
    kernel_array_of,
    needs_blocks,
    numpy_scatter_rule,
)
from .tiled import TILED_SCHEDULES

__all__ = [
    "Plan",
    "AxisTap",
    "AxisPlan",
    "Block",
    "Arg",
    "make_plan",
    "args_of",
    "axis_phases",
    "direction_of",
    "validate_name",
    "LANGS",
    "STRATEGIES",
    "DTYPES",
    "DERIVATIVES",
    "AUTO_UNROLL_TERMS",
    "MAX_UNROLLED_TERMS",
    "MAX_SPARSE_BAKED",
    "SCATTER_MAX_WASTE",
    "SCATTER_MAX_CHANNEL_PAIRS",
]

LANGS = ("numpy", "c")
STRATEGIES = ("auto", "unrolled", "polyphase")
DTYPES = ("float64", "float32", "int8")
DERIVATIVES = (None, "input", "weight")

#: ``unrolled`` refuses above this many terms (about 40 bytes of code each).
MAX_UNROLLED_TERMS = 20_000
#: Baked weights in polyphase C: up to this many nonzero weights become constants in the
#: code (zero weights skipped); above it they are a ``static const`` array.
MAX_SPARSE_BAKED = 4096

_C_KEYWORDS = C_KEYWORDS
_NAME_MAX = 64


def validate_name(name) -> str:
    """Check a kernel name: it becomes a C / Python function name and a file name.

    Allowed: ASCII letters, digits and ``_``, starting with a letter, at most 64 characters,
    not a keyword or builtin of C or Python (so nothing a user passes can inject code or
    escape the output folder).

    >>> validate_name("mnist_decoder")
    'mnist_decoder'
    >>> validate_name("x); system(\\"rm -rf /\\"); //")
    Traceback (most recent call last):
        ...
    ValueError: name must be an identifier of ASCII letters, ... got 'x); system("rm -rf /"); //'
    """
    import builtins
    import keyword

    if not isinstance(name, str):
        raise TypeError(f"name must be a string, got {name!r} ({type(name).__name__})")
    ok = (
        0 < len(name) <= _NAME_MAX
        and name.isascii()
        and name[0].isalpha()
        and all(ch.isalnum() or ch == "_" for ch in name)
    )
    if not ok:
        raise ValueError(
            "name must be an identifier of ASCII letters, digits and '_' starting with a "
            f"letter (at most {_NAME_MAX} characters), got {name!r}"
        )
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _C_KEYWORDS:
        raise ValueError(f"name must not be a C or Python keyword, got {name!r}")
    if hasattr(builtins, name):
        raise ValueError(f"name must not shadow the Python builtin {name!r}; choose another")
    return name


# --------------------------------------------------------------------------------------
# Directions and the operator each one computes
# --------------------------------------------------------------------------------------
def direction_of(derivative) -> str:
    """``None`` -> ``"forward"``; ``"input"`` / ``"weight"`` unchanged (else ValueError).

    >>> direction_of(None), direction_of("weight")
    ('forward', 'weight')
    """
    if derivative is None:
        return "forward"
    if not isinstance(derivative, str) or derivative.lower() not in ("input", "weight"):
        raise ValueError(
            f"derivative must be None (the forward operator), 'input' or 'weight', "
            f"got {derivative!r}"
        )
    return derivative.lower()


def _kind(spec, direction: str) -> str:
    """``"CT"`` when the kernel applies the transpose of the underlying convolution."""
    transposed = isinstance(spec, TransposedConvSpec)
    if direction == "weight":
        return "C"
    return "CT" if transposed != (direction == "input") else "C"


def _conv_of(spec):
    """The underlying convolution and how many of its outputs are used, per dim."""
    if isinstance(spec, TransposedConvSpec):
        return spec.conv, spec.in_size
    return spec, spec.out_size


@dataclass(frozen=True)
class AxisTap:
    """One tap of one phase on one axis: output ``phase + out_step*u`` reads input
    ``in_step*u + offset`` through kernel tap ``tap``, for ``start <= u < stop``."""

    phase: int
    tap: int
    offset: int
    start: int
    stop: int


@dataclass(frozen=True)
class AxisPlan:
    """The polyphase description of one spatial axis of an operator."""

    out_len: int
    in_len: int
    out_step: int
    in_step: int
    taps: tuple[AxisTap, ...]


def axis_phases(spec, direction: str = "forward") -> tuple[AxisPlan, ...]:
    """Per spatial axis: the phases of the output and each phase's sub-kernel taps.

    This is the one function that turns index structure into polyphase form. It reads the
    1-D tap basis of the underlying convolution on every axis (entries: conv output ``n``
    reads conv input ``j`` through tap ``t``) and groups it:

    - a convolution ``C`` (the forward of a ``ConvSpec``, the input gradient of a
      ``TransposedConvSpec``, every weight gradient) has one phase; output ``n`` reads
      input ``s*n + offset(t)`` (``out_step=1``, ``in_step=s``);
    - a transposed convolution ``Cᵀ`` has ``s`` phases: output ``j = phase + s*u`` reads
      input ``u + offset(phase, t)`` (``out_step=s``, ``in_step=1``) — for ``dilation=1``
      the taps of phase ``r`` are the sub-kernel ``w[..., (r+p) % s::s]``, the polyphase
      decomposition of a strided transposed convolution into ``s`` stride-1 ones.

    Each (phase, tap) gets the contiguous range of ``u`` where the input index is inside
    the input, so no inserted zero and no padding zero is ever read. The grouping is
    checked: one offset per (phase, tap) and a contiguous range, else AssertionError.

    >>> from tconv_sym import TransposedConvSpec
    >>> (ax,) = axis_phases(TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1))
    >>> ax.out_len, ax.out_step, ax.in_step
    (6, 2, 1)
    >>> [(a.phase, a.tap, a.offset, a.start, a.stop) for a in ax.taps]
    [(0, 1, 0, 0, 3), (0, 3, -1, 1, 3), (1, 0, 1, 0, 2), (1, 2, 0, 0, 3)]
    """
    kind = _kind(spec, direction)
    conv, kept = _conv_of(spec)
    axes = []
    for d in range(conv.ndim):
        axis_spec = ConvSpec(
            in_size=conv.in_size[d], kernel_size=conv.kernel_size[d], stride=conv.stride[d],
            padding=conv.padding[d], dilation=conv.dilation[d], mode=conv.mode,
        )
        basis = conv_structure(axis_spec, (kept[d],))
        n, j, t = basis.rows, basis.cols, basis.taps
        s = conv.stride[d]
        if kind == "CT":
            out_idx, in_idx, p, a = j, n, s, 1
            out_len, in_len = conv.in_size[d], kept[d]
        else:
            out_idx, in_idx, p, a = n, j, 1, s
            out_len, in_len = kept[d], conv.in_size[d]
        phase, u = out_idx % p, out_idx // p
        offset = in_idx - a * u
        taps = []
        if t.size:  # grouped by tap in one sort (linear in the entries, not taps × entries)
            order = np.lexsort((u, t))
            t, u, phase, offset = t[order], u[order], phase[order], offset[order]
            first = np.flatnonzero(np.r_[True, t[1:] != t[:-1]])
            ends = np.r_[first[1:], t.size]
            for arr in (phase, offset):  # one phase and one offset per tap
                assert (np.minimum.reduceat(arr, first) == np.maximum.reduceat(arr, first)).all()
            assert (u[ends - 1] - u[first] + 1 == ends - first).all(), (spec, d)  # contiguous
            taps = sorted((AxisTap(int(phase[i]), int(t[i]), int(offset[i]), int(u[i]),
                                   int(u[e - 1]) + 1) for i, e in zip(first, ends)),
                          key=lambda a: (a.phase, a.tap))
        axes.append(AxisPlan(int(out_len), int(in_len), p, a, tuple(taps)))
    return tuple(axes)


#: taps per chunk in :func:`axis_tap_counts` (a few MiB of temporaries, whatever the kernel)
_TAP_CHUNK = 1 << 18


def axis_tap_counts(spec) -> tuple[int, ...]:
    """Per spatial axis, how many kernel taps reach an input inside the layer (``len(taps)``
    of :func:`axis_phases`, whatever the direction), in closed form before anything is
    built: tap ``t`` at offset ``o = t·d − p_lo`` of the underlying convolution reaches
    ``n·s + o`` for ``max(0, ⌈−o/s⌉) ≤ n ≤ min(kept − 1, ⌊(i − 1 − o)/s⌋)``.

    >>> from tconv_sym import TransposedConvSpec
    >>> axis_tap_counts(TransposedConvSpec(in_size=3, kernel_size=(4, 10**6), stride=2))
    (4, 1000000)
    """
    conv, kept = _conv_of(spec)
    counts = []
    for d in range(conv.ndim):
        i, k, s, dil = conv.in_size[d], conv.kernel_size[d], conv.stride[d], conv.dilation[d]
        lo = conv.padding[d][0]
        big = (k - 1) * dil + abs(lo) + i + s * kept[d] >= 2**62  # int64 would overflow
        count = 0
        for start in range(0, k, _TAP_CHUNK):  # in chunks: bounded memory for any kernel
            t = np.arange(start, min(k, start + _TAP_CHUNK), dtype=np.int64)
            off = (t.astype(object) if big else t) * dil - lo
            first = np.maximum(0, -(off // s))
            last = np.minimum(kept[d] - 1, (i - 1 - off) // s)
            count += int(np.count_nonzero(first <= last))
        counts.append(count)
    return tuple(counts)


@dataclass(frozen=True)
class Block:
    """One tap block of a polyphase kernel: for every channel pair of a group, the box
    ``out[out_start + out_step*u] += w[tap] * in[in_start + in_step*u]``, ``0 <= u < extent``.
    """

    phase: tuple[int, ...]
    taps: tuple[int, ...]
    tap: int
    extent: tuple[int, ...]
    out_start: tuple[int, ...]
    in_start: tuple[int, ...]

    @property
    def size(self) -> int:
        """Number of spatial positions of the box."""
        return math.prod(self.extent)


def _blocks(axes: tuple[AxisPlan, ...], kernel_size) -> tuple[Block, ...]:
    blocks = []
    for combo in itertools.product(*(ax.taps for ax in axes)):
        taps = tuple(c.tap for c in combo)
        blocks.append(Block(
            phase=tuple(c.phase for c in combo),
            taps=taps,
            tap=int(np.ravel_multi_index(taps, kernel_size)),
            extent=tuple(c.stop - c.start for c in combo),
            out_start=tuple(c.phase + ax.out_step * c.start for c, ax in zip(combo, axes)),
            in_start=tuple(ax.in_step * c.start + c.offset for c, ax in zip(combo, axes)),
        ))
    return tuple(sorted(blocks, key=lambda b: (b.phase, b.taps)))


# --------------------------------------------------------------------------------------
# Unrolled terms
# --------------------------------------------------------------------------------------
class Term(NamedTuple):
    """One multiply of an unrolled statement: ``coef * src[index]`` (``coef``: the weight
    entry ``tap``, or a literal when the weights are baked)."""

    tap: int
    src: int
    coef: str | None


class Row(NamedTuple):
    """One unrolled statement: ``out[index] = Σ terms`` (for the weight gradient,
    ``grad_w[index] += Σ grad_y[tap] * x[src]``, the term's ``tap`` holding the row)."""

    index: int
    terms: tuple[Term, ...]


def _unrolled_rows(spec, direction: str, coefs) -> tuple[Row, ...]:
    basis = operator_structure(spec)
    rows, cols, taps = basis.rows, basis.cols, basis.taps
    if direction == "input":
        rows, cols = cols, rows
    if direction == "weight":
        order = np.lexsort((cols, rows, taps))
        key, first, second = taps[order], rows[order], cols[order]
        n_out = basis.n_taps
    else:
        order = np.lexsort((cols, rows))
        key, first, second = rows[order], taps[order], cols[order]
        n_out = basis.shape[1] if direction == "input" else basis.shape[0]
    bounds = np.searchsorted(key, np.arange(n_out + 1))
    out = []
    for r in range(n_out):
        lo, hi = int(bounds[r]), int(bounds[r + 1])
        terms = []
        for a, b in zip(first[lo:hi].tolist(), second[lo:hi].tolist()):
            coef = None if coefs is None else coefs[a]
            if coef == "0":
                continue  # a baked zero weight: the term is skipped entirely
            terms.append(Term(a, b, coef))
        out.append(Row(r, tuple(terms)))
    return tuple(out)


# --------------------------------------------------------------------------------------
# The plan
# --------------------------------------------------------------------------------------
class Arg(NamedTuple):
    """An argument or the result of a kernel: name, shape of one sample (or of the whole
    array when ``batched`` is False)."""

    name: str
    shape: tuple[int, ...]
    batched: bool

    def describe(self) -> str:
        shape = ("n", *self.shape) if self.batched else self.shape
        return f"{self.name}: ({', '.join(map(str, shape))})"


_OPERATOR_TEXT = {
    ("forward", "C"): "y = C·x",
    ("forward", "CT"): "y = Cᵀ·x",
    ("input", "C"): "grad_x = C·grad_y",
    ("input", "CT"): "grad_x = Cᵀ·grad_y",
    ("weight", "C"): "grad_w[t] = Σ grad_y·M_t·x",
}


@dataclass(frozen=True, repr=False, eq=False)
class Plan:
    """What one generated kernel computes and how; prints as a short report.

    Build it with :func:`make_plan` (or get it as ``generate(...).plan``). Fields: the
    ``spec``, ``direction``, ``lang``, ``dtype``, resolved ``strategy`` and the ``reason``
    for it, the function ``name``, ``args`` / ``result`` shapes, ``nnz`` (structurally
    nonzero multiply terms per sample), ``naive_macs`` (the dense zero-inserted, padded
    convolution), ``executed_macs``, the polyphase ``axes`` and ``blocks``, the unrolled
    ``rows``, baked ``weights``, the kernel taps of the NumPy ``scatter`` form (one GEMM over
    all taps, then a strided add per tap block; ``None`` when the kernel runs one ``matmul``
    per tap block), ``weight_text`` (baked weights written as base-85 text decoded on the
    first call, :mod:`.baked`, instead of literals) and, once rendered, ``lines`` of code.

    >>> from tconv_sym import ConvSpec
    >>> p = make_plan(ConvSpec(in_size=8, kernel_size=3, stride=2), strategy="polyphase",
    ...               name="down")
    >>> p.kind, p.phases, len(p.blocks), p.executed_macs
    ('C', 1, 3, 9)
    """

    spec: object
    direction: str
    lang: str
    dtype: str
    strategy: str
    reason: Reason
    name: str
    kind: str
    groups: int
    out_per_group: int
    in_per_group: int
    args: tuple[Arg, ...]
    result: Arg
    nnz: int
    naive_macs: int
    executed_macs: int
    axes: tuple[AxisPlan, ...]
    blocks: tuple[Block, ...]
    rows: tuple[Row, ...] | None = None
    weights: np.ndarray | None = None
    sparse_baked: bool = False
    lines: int | None = None
    scatter: tuple[int, ...] | None = None
    layout: str = "nchw"
    weight_layout: str = "pytorch"
    schedule: str = ""
    lowering: object = None
    memory: object = None
    quant: object = None
    bias: np.ndarray | None = None
    weight_text: bool = False
    fast: str = "auto"
    fast_tolerance: float = 4.0

    @property
    def baked(self) -> bool:
        """True when the weights are constants in the code."""
        return self.weights is not None

    @property
    def phases(self) -> int:
        """Number of output phases (``Π stride`` for ``Cᵀ``, 1 for ``C``)."""
        return math.prod(ax.out_step for ax in self.axes)

    @property
    def operator(self) -> str:
        """The map computed, e.g. ``"y = Cᵀ·x"``."""
        return _OPERATOR_TEXT[self.direction, self.kind]

    def with_lines(self, lines: int) -> Plan:
        """A copy recording the number of lines of the rendered code."""
        return dataclasses.replace(self, lines=lines)

    def __repr__(self) -> str:
        args = ", ".join(a.describe() for a in self.args)
        speedup = self.naive_macs / self.executed_macs if self.executed_macs else math.inf
        stride = "x".join(str(ax.out_step if self.kind == "CT" else ax.in_step)
                          for ax in self.axes)
        phase_text = f"{self.phases} (stride {stride}), {len(self.blocks)} tap blocks"
        if self.kind == "C" and self.phases == 1:
            phase_text = f"1 (stride {stride} read from the input), {len(self.blocks)} tap blocks"
        baked = ""
        if self.baked:
            nz = int(np.count_nonzero(self.weights))
            baked = f"\n  baked weights  {nz:,} nonzero of {self.weights.size:,} (zeros skipped)"
            if self.strategy == "polyphase" and not self.sparse_baked:
                baked = (f"\n  baked weights  {nz:,} nonzero of {self.weights.size:,} "
                         "(a constant array; zero weights still multiplied)")
        lines = f"\n  lines of code  {self.lines:,}" if self.lines is not None else ""
        lines = self._small_device_text() + lines
        return (
            f"Plan: {self.direction} {self.operator} of {self.spec!r}\n"
            f"  function       {self.name}({args}) -> {self.result.describe()}\n"
            f"  lang / dtype   {self.lang} / {self.dtype}\n"
            f"  strategy       {self.strategy} ({self.reason})\n"
            f"  nonzero terms  {self.nnz:,} per sample (structural nonzeros of the operator)\n"
            f"  naive MACs     {self.naive_macs:,} per sample (dense, zero-inserted and padded)\n"
            f"  executed MACs  {self.executed_macs:,} per sample ({speedup:.1f}x fewer than "
            f"naive)\n"
            f"  phases         {phase_text}"
            f"{baked}{lines}"
        )

    __str__ = __repr__

    def _small_device_text(self) -> str:
        """The schedule, layouts, quantization and memory lines of the report."""
        text = f"\n  schedule       {self.schedule}" if self.schedule else ""
        low = self.lowering
        if self.schedule in TILED_SCHEDULES:
            text += f"\n  tiling         {' '.join(low.describe.split())}"
        elif self.schedule in PACKED_SCHEDULES:
            first, *rest = low.describe().splitlines()
            text += f"\n  lowering       {first}" + "".join(f"\n{' ' * 15}{r}" for r in rest)
            how = ("a static table (baked weights)" if self.baked else
                   f"by {self.name}_pack once (fn.prepare(w) in Python)")
            text += (f"\n  packed weights {low.group_pack * self.groups:,} elements, {how}"
                     f"\n  workspace      {self.name}_WORKSPACE_BYTES = "
                     f"{self.memory.workspace_bytes:,} B: from the caller ({self.name}_packed_ws)"
                     " or TCONV_SYM_ALLOC")
        elif self.schedule == "depthwise":
            first, *rest = low.describe().splitlines()
            text += f"\n  lowering       {first}" + "".join(f"\n{' ' * 15}{r}" for r in rest)
        elif self.schedule == "blocks" and getattr(low, "gemm", None) is not None:
            text += f"\n  lowering       {low.gemm!r}"
        elif self.schedule == "blocks":
            text += (f"\n  loops          {len(low.loops)} loop nests over exact boxes, the "
                     f"innermost over {self.in_per_group} input channel(s) at stride "
                     f"{low.x_channel}")
        if self.layout != "nchw" or self.weight_layout != "pytorch":
            from .layout import describe_weight_layout

            text += (f"\n  layout         data {self.layout}, weights "
                     f"{describe_weight_layout(self.spec, self.weight_layout)}")
        if self.quant is not None:
            q = self.quant
            text += (f"\n  quantization   int8: input {q.input_scale:.6g} (zero point "
                     f"{q.input_zero_point}), output {q.output_scale:.6g} (zero point "
                     f"{q.output_zero_point}), {len(q.weight_scales)} weight scale(s), clamp "
                     f"[{q.activation_min}, {q.activation_max}], int32 bias and accumulators")
        if self.memory is not None:
            text += f"\n  memory         {self.memory.describe()}"
        return text


def args_of(spec, direction: str, baked: bool, layout: str = "nchw",
            weight_layout: str = "pytorch") -> tuple[tuple[Arg, ...], Arg]:
    """The arguments and the result of a kernel of ``direction`` (one sample's shapes)."""
    x = Arg("x", data_shape(spec.in_shape, layout), True)
    gy = Arg("grad_y", data_shape(spec.out_shape, layout), True)
    w = Arg("w", weight_shape(spec, weight_layout), False)
    if direction == "forward":
        return ((x,) if baked else (x, w)), Arg("y", gy.shape, True)
    if direction == "input":
        return ((gy,) if baked else (gy, w)), Arg("grad_x", x.shape, True)
    return (x, gy), Arg("grad_w", w.shape, False)


def _grouped(spec, kind: str, weights: np.ndarray) -> np.ndarray:
    """Weights as ``(G, out_per_group, in_per_group, Πk)`` in the kernel's orientation."""
    g = spec.groups
    conv, _ = _conv_of(spec)
    cout_g, cin_g = conv.out_channels // g, conv.in_channels // g
    w = weights.reshape(g, cout_g, cin_g, -1)
    return w.transpose(0, 2, 1, 3) if kind == "CT" else w


def _baked_weights(spec, weights, dtype: str) -> np.ndarray:
    from ..operators import kernel_array

    arr = kernel_array(weights, spec.weight_shape, backend="scipy", name="weights")
    if arr.dtype.kind == "c":
        raise TypeError(f"weights must be real numbers, got dtype {arr.dtype}")
    arr = arr.astype(dtype)
    if not np.all(np.isfinite(arr)):
        bad = tuple(int(i) for i in np.argwhere(~np.isfinite(arr))[0])
        raise ValueError(f"weights must be finite to be baked into code, got {arr[bad]} at "
                         f"index {bad}")
    return arr.reshape(spec.weight_shape)


_DTYPE_TAGS = {"float64": "f64", "float32": "f32", "int8": "i8"}


def default_name(spec, direction: str, dtype: str, strategy: str, weights,
                 fast: tuple = ()) -> str:
    """A readable, unique default kernel name: operator, sizes, direction, dtype, digest.

    >>> from tconv_sym import TransposedConvSpec
    >>> default_name(TransposedConvSpec(in_size=(2, 2), kernel_size=2), "forward", "float64",
    ...              "unrolled", None)
    'tconv2d_2x2_k2x2_fwd_f64_...'
    """
    prefix = "tconv" if isinstance(spec, TransposedConvSpec) else "conv"
    tag = {"forward": "fwd", "input": "dx", "weight": "dw"}[direction]
    # ``fast``: the fast-form options when not the defaults (the names of default plans stay)
    digest = hashlib.sha256(repr((spec, direction, dtype, strategy, *fast)).encode())
    if weights is not None:
        digest.update(np.ascontiguousarray(weights).tobytes())
    return (f"{prefix}{spec.ndim}d_{'x'.join(map(str, spec.in_size))}_"
            f"k{'x'.join(map(str, spec.kernel_size))}_{tag}_{_DTYPE_TAGS[dtype]}_"
            f"{digest.hexdigest()[:8]}")


def _fast_options(fast, fast_tolerance) -> tuple[str, float]:
    """``fast`` and ``fast_tolerance`` checked (see :func:`make_plan`).

    >>> _fast_options("auto", None)
    ('auto', 4.0)
    >>> _fast_options("auto", 0)
    Traceback (most recent call last):
        ...
    ValueError: fast_tolerance must be a positive finite number (a multiple of the direct ...
    """
    from .winograd_c import DEFAULT_FAST_TOLERANCE, FAST_CHOICES

    fast = choice("fast", fast, FAST_CHOICES)
    if fast_tolerance is None:
        return fast, DEFAULT_FAST_TOLERANCE
    if isinstance(fast_tolerance, bool) or not isinstance(fast_tolerance, (int, float, np.integer,
                                                                           np.floating)):
        raise TypeError(f"fast_tolerance must be a number, got {fast_tolerance!r} "
                        f"({type(fast_tolerance).__name__})")
    if not (math.isfinite(fast_tolerance) and fast_tolerance > 0):
        raise ValueError("fast_tolerance must be a positive finite number (a multiple of the "
                         f"direct kernel's maximum error), got {fast_tolerance!r}")
    return fast, float(fast_tolerance)


def make_plan(spec, *, lang: str = "numpy", strategy: str = "auto", dtype: str = "float64",
              derivative=None, weights=None, name: str | None = None, layout: str = "nchw",
              weight_layout: str | None = None, bias=None, quant=None,
              max_stack: int | None = None, max_workspace: int | None = None,
              fast: str = "auto", fast_tolerance: float | None = None) -> Plan:
    """Lower ``spec`` (one direction of it) to a :class:`Plan`; arguments as in ``generate``.

    ``fast``: ``"auto"`` (the Winograd form where the cost model says it is faster and its
    error bound is within ``fast_tolerance``), ``"never"`` (direct forms only) or
    ``"winograd"`` (forced; ValueError naming why where it cannot compute the layer).
    ``fast_tolerance``: the largest error a fast form may have, as a multiple of the direct
    kernel's maximum error (default :data:`~.winograd_c.DEFAULT_FAST_TOLERANCE`, 4).

    >>> from tconv_sym import TransposedConvSpec
    >>> spec = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
    >>> p = make_plan(spec, lang="c", name="mnist_decoder")
    >>> p.strategy, p.nnz, p.naive_macs, len(p.blocks)
    ('polyphase', 1083392, 1229312, 49)
    >>> p.reason.basis, p.reason.form
    ('1,083,392 terms > 4,096', 'the gemm-scatter schedule')
    >>> p.reason.notes
    ('1 output x 32 input channels per group, executes 1.13x the nonzeros <= 1.5',)
    """
    if not isinstance(spec, (ConvSpec, TransposedConvSpec)):
        raise TypeError(
            f"spec must be a ConvSpec or TransposedConvSpec, got {type(spec).__name__}")
    lang = choice("lang", lang, LANGS)
    strategy = choice("strategy", strategy, STRATEGIES)
    fast, fast_tolerance = _fast_options(fast, fast_tolerance)
    dtype = choice("dtype", dtype, DTYPES)
    direction = direction_of(derivative)
    if weights is not None and direction == "weight":
        raise ValueError(
            "weights cannot be baked into derivative='weight': the weight gradient does not "
            "depend on the weights; pass weights=None")
    layout = choice("layout", layout, LAYOUTS)
    weight_layout = default_weight_layout(layout, weight_layout)
    check_small_device_options(spec, lang, strategy, dtype, direction, weights, bias, quant,
                               layout, weight_layout)
    if weights is not None and weight_layout != "pytorch":
        weights = to_pytorch(kernel_array_of(weights), spec, weight_layout)
    if dtype == "int8":
        from ..operators import kernel_array

        w = baked_int8(kernel_array(weights, spec.weight_shape, backend="scipy",
                                    name="weights").reshape(spec.weight_shape))
        quant = as_quantization(quant, spec, direction)
        bias = bias_int32(bias, spec.out_channels)
        check_accumulator_range(spec, w, bias, quant)
    else:
        w = None if weights is None else _baked_weights(spec, weights, dtype)
    kind = _kind(spec, direction)
    conv, _ = _conv_of(spec)
    g = spec.groups
    cout_g, cin_g = conv.out_channels // g, conv.in_channels // g
    og, ig = (cin_g, cout_g) if kind == "CT" else (cout_g, cin_g)

    check_sizes(spec, dtype)  # the cost model first: nothing large is built before it
    what = f"generating a kernel for {spec!r}"
    taps_per_axis = axis_tap_counts(spec)
    budget_check("source_lines", LINES_PER_BLOCK * math.prod(taps_per_axis), what=what,
                 hint=f"the kernel has this many tap blocks (taps per axis {taps_per_axis}, "
                 "multiplied); choose a smaller kernel_size")
    axes = axis_phases(spec, direction)
    budget_check("source_lines", polyphase_lines(axes, regions=False), what=what,
                 hint="the kernel has this many tap blocks; choose a smaller kernel")
    blocks = _blocks(axes, spec.kernel_size)
    pairs = g * og * ig
    nnz = pairs * sum(b.size for b in blocks)
    naive = pairs * math.prod(spec.kernel_size) * math.prod(ax.out_len for ax in axes)

    # multiply terms the unrolled code would hold (baked zero weights skipped)
    if w is None:
        terms = nnz
        nz_per_tap = None
    else:
        nz_per_tap = np.count_nonzero(_grouped(spec, kind, w), axis=(0, 1, 2))
        terms = int(sum(int(nz_per_tap[b.tap]) * b.size for b in blocks))

    if fast == "winograd" and strategy == "auto":
        strategy = "polyphase"  # the Winograd form is a polyphase kernel
    strategy, reason = choose_strategy(
        strategy, lang, needs_blocks(lang, dtype, layout, weight_layout), terms,
        lambda: unrolled_lines(spec, direction, terms),
        f"{layout} data, {weight_layout} weights, {dtype}")
    if strategy == "unrolled" and terms > MAX_UNROLLED_TERMS:
        raise ValueError(
            f"strategy='unrolled' would emit {terms:,} multiply terms for {spec!r}, above the "
            f"limit of {MAX_UNROLLED_TERMS:,} (megabytes of straight-line code); use "
            "strategy='polyphase' (or 'auto')")
    if strategy == "unrolled":
        budget_check("source_lines", unrolled_lines(spec, direction, terms),
                     what=f"strategy='unrolled' for {spec!r}",
                     hint="use strategy='polyphase' (or 'auto')")
    elif lang == "c" and direction != "weight":
        budget_check("source_lines", polyphase_lines(axes), what=f"polyphase C for {spec!r}",
                     hint="the output has this many regions (phases × tap ranges); choose "
                     "a smaller stride or kernel, or lang='numpy'")

    from .winograd_c import DEFAULT_FAST_TOLERANCE

    options = () if (fast, fast_tolerance) == ("auto", DEFAULT_FAST_TOLERANCE) else \
        (fast, fast_tolerance)
    name = default_name(spec, direction, dtype, strategy, w, options) if name is None else name
    validate_name(name)
    rows = None
    sparse_baked = False
    if strategy == "unrolled":
        coefs = None if w is None else [literal(v, dtype, lang) for v in w.reshape(-1).tolist()]
        rows = _unrolled_rows(spec, direction, coefs)
        executed = sum(len(r.terms) for r in rows)
        assert executed == terms, (executed, terms)
    elif w is None:
        executed = nnz
    elif lang == "c" and int(np.count_nonzero(w)) <= MAX_SPARSE_BAKED:
        sparse_baked = True
        executed = terms
    else:  # a constant array; numpy skips the blocks whose weights are all zero
        executed = nnz if lang == "c" else pairs * sum(
            b.size for b in blocks if nz_per_tap[b.tap])
    scatter = None
    if lang == "numpy" and strategy == "polyphase":
        scatter, executed, reason = numpy_scatter_rule(axes, blocks, pairs, og * ig,
                                                       nz_per_tap, executed, reason, direction)
    args, result = args_of(spec, direction, w is not None, layout, weight_layout)
    plan = Plan(
        spec=spec, direction=direction, lang=lang, dtype=dtype, strategy=strategy,
        reason=reason, name=name, kind=kind, groups=g, out_per_group=og, in_per_group=ig,
        args=args, result=result, nnz=nnz, naive_macs=naive, executed_macs=executed,
        axes=axes, blocks=blocks, rows=rows, weights=w, sparse_baked=sparse_baked,
        scatter=scatter, layout=layout, weight_layout=weight_layout, quant=quant, bias=bias,
        fast=fast, fast_tolerance=fast_tolerance,
    )
    if fast == "winograd":
        from .winograd_c import winograd_refusal

        why = winograd_refusal(plan)
        if why is not None:
            raise ValueError(f"fast='winograd' cannot compute {spec!r}: {why}; use "
                             "fast='auto' or 'never'")
    plan = choose_schedule(plan, max_stack, max_workspace)
    if fast == "winograd" and plan.schedule != "winograd":
        raise ValueError(f"fast='winograd' cannot compute {spec!r}: the {plan.schedule} "
                         f"schedule was needed ({plan.reason}); use fast='auto' or 'never'")
    check_source_lines(plan)  # the schedule's own estimate, before anything is rendered
    return plan
