"""The planner's last decisions: the schedule a kernel is written in, its lowering, its memory.

Schedules (``plan.schedule``), each with its lowering (``plan.lowering``) and template:

- ``"straight-line"``: C, ``strategy="unrolled"`` — one statement per output element;
The rules that pick a schedule are here, as data: :func:`choose_strategy` (unrolled or
polyphase), :func:`numpy_scatter_rule` (NumPy), :func:`packed_rules` (which packed form
replaces the register tiles), :func:`choose_schedule` (stack limits); each records its
:class:`~.reason.Reason` in the plan. The forms' modules lay a form out; templates print it.
Names: ``"gemm"`` is the schedule of the phase GEMMs only; the schedules with weights packed
once and a workspace are the *packed* schedules (:data:`PACKED_SCHEDULES`).

- ``"gemm"``: C polyphase, float, NCHW data and PyTorch weights, an input read with step 1
  (a transposed convolution, a stride-1 convolution), >= 8 output channels per group: one
  GEMM per output phase over a zero-haloed copy of the input (:mod:`.gemm`; the lowering is
  its :class:`~.gemm.GemmForm`); weights packed once, scratch in one workspace of
  ``NAME_WORKSPACE_BYTES``, nothing on the stack but a frame and the register tiles;
- ``"depthwise"``: the same kernels with one input channel per group and 1-7 output
  channels (depthwise layers): per output row and phase, rows of accumulators summed straight
  from the input rows, no GEMM (:mod:`.depthwise`, a :class:`~.depthwise.DepthwiseForm`);
  the accumulator rows on the stack, no workspace;
- ``"gemm-scatter"``: the same kernels with 1-7 output channels per group: one GEMM with the
  taps as rows, then a strided add per tap block (:mod:`.gemm_scatter`, a
  :class:`~.gemm_scatter.ScatterForm`);
- ``"winograd"``: the fast form of a 1-D or 2-D float32 transposed convolution (groups 1, dilation
  1): per output phase nested Winograd ``F(m, r)`` (:mod:`.winograd_c`, a
  :class:`~.winograd_c.WinogradForm`): fewer multiplies than nonzeros, weights transformed once.
  Tried first; chosen by ``fast="auto"`` when its cost (GEMM multiply-adds and transform
  traffic) is at most :data:`~.winograd_c.MIN_SAVING` of the direct packed form's and its
  measured error bound is within ``fast_tolerance`` (default 4x the direct kernel's);
  ``fast="never"`` forbids it, ``fast="winograd"`` forces it (ValueError where it cannot);
- ``"channels"`` / ``"spatial"`` / ``"panel"``: C polyphase, register-tiled regions
  (:mod:`.tiled`, :mod:`.tiling`) where no GEMM form applies (too few terms, a strided read,
  too many products thrown away); scratch (packed weights, a channels-last copy) on the stack;
- ``"boxes"``: C polyphase loops over exact boxes (weight gradients, sparse baked weights);
- ``"blocks"``: C tap-block loops in any layout and dtype (:mod:`.blocks`): channels-last,
  TFLite weights, int8 — nothing on the stack but scalars, int8 accumulators in the caller's
  workspace, no heap. Chosen for ``layout="nhwc"``, non-PyTorch weight layouts,
  ``dtype="int8"``, and whenever another schedule's stack would exceed ``max_stack``;
- ``"scatter"`` / ``"matmul"``: NumPy polyphase (one GEMM over all taps, or one per block).

``max_stack``: the planner lowers a float NCHW polyphase C kernel to its register-tiled
schedule first. A limit that schedule exceeds is a small device's and gets the heap-free
tap-block loops. Within the limit, the GEMM form replaces it where one applies: its stack is a
frame and the register tiles (checked against the limit too), its scratch the workspace, which
``NAME`` allocates with ``TCONV_SYM_ALLOC`` and ``NAME_packed_ws`` takes from the caller.

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.codegen.plan import make_plan
>>> spec = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
>>> p = make_plan(spec, lang="c", name="k")
>>> p.schedule, p.lowering
('gemm-scatter', ScatterForm(rows=49, mr=8, nv=3, nr=24, kc=32, waste=1.13))
>>> p.memory
Memory(stack 2,976 B, static 0 B, workspace 557,568 B)
>>> p = make_plan(spec, lang="c", name="k", max_stack=4096)
>>> p.schedule, p.memory.stack_bytes <= 4096
('blocks', True)
>>> make_plan(TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, in_channels=3,
...                              out_channels=2), lang="c").schedule  # too small for a GEMM
'spatial'
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from . import depthwise, gemm, gemm_scatter
from .blocks import lower_blocks, packed_weights
from .clang import ACCUMULATORS, element_bytes, index_type_of
from .int8_gemm import fit_stack, int8_gemm_form, int8_gemm_memory
from .int8_phases import int8_tables
from .memory import (
    DEFAULT_MAX_STACK,
    Memory,
    check_max_workspace,
    fit_workspace,
    frame_allowance,
    straight_line_stack,
)
from .quant import INT8_MAX, INT8_MIN, Quantization
from .reason import Reason
from .tiled import TILED_SCHEDULES, lower_tiled

__all__ = ["needs_blocks", "check_small_device_options", "choose_schedule", "choose_strategy",
           "numpy_scatter_rule", "int8_tables", "packed", "baked_int8", "bias_int32",
           "as_quantization", "kernel_array_of", "estimate_memory", "packed_lowering",
           "gemm_lowering", "FormRule", "packed_rules", "packed_form", "workspace_bytes",
           "caller_workspace", "weight_text", "choose_layout", "SCHEDULES", "PACKED_SCHEDULES",
           "GEMM_SCHEDULES", "AUTO_UNROLL_TERMS",
           "SCATTER_MAX_WASTE", "SCATTER_MAX_CHANNEL_PAIRS"]

#: Schedules whose weights are packed once into panels and whose scratch is one workspace
#: (``plan.lowering``: a :class:`~.gemm.GemmForm`, a :class:`~.gemm_scatter.ScatterForm`,
#: a :class:`~.winograd_c.WinogradForm`: weights transformed once, ``U = G w Gᵀ``).
#: ``"gemm"`` names the phase GEMMs only; the family is the *packed* schedules.
PACKED_SCHEDULES = ("gemm", "gemm-scatter", "winograd")
#: The former name of :data:`PACKED_SCHEDULES` (kept).
GEMM_SCHEDULES = PACKED_SCHEDULES
SCHEDULES = ("straight-line", *PACKED_SCHEDULES, "depthwise", *TILED_SCHEDULES, "boxes",
             "blocks", "scatter", "matmul")

#: ``auto`` unrolls C kernels with at most this many multiply terms per sample. NumPy kernels
#: are never unrolled by ``auto``: unrolled NumPy issues one array operation per term, and the
#: polyphase kernel was faster on every catalogue layer (``python -m benchmarks``: 2×2
#: tutorial 10 vs 18 µs, 1-D ×4 15 vs 990 µs per call).
AUTO_UNROLL_TERMS = 4096
#: NumPy polyphase uses the scatter form (one GEMM over all taps on the whole input, then a
#: strided add per tap block) when it executes at most this many times the block MACs.
SCATTER_MAX_WASTE = 2.0
#: ... and when a group has at most this many channel pairs: above it the per-block matmuls
#: are large GEMMs already, and the scatter form's big intermediate costs more than it saves.
SCATTER_MAX_CHANNEL_PAIRS = 1024


def choose_strategy(strategy: str, lang: str, blocks: bool, terms: int, unrolled_lines,
                    blocks_what: str) -> tuple[str, Reason]:
    """``(strategy, reason)``: ``"unrolled"`` or ``"polyphase"`` for ``strategy="auto"`` (the
    rule), the requested one otherwise. ``blocks``: the kernel needs tap-block loops
    (:func:`needs_blocks`, described by ``blocks_what``); ``terms``: multiply terms the
    unrolled code would hold; ``unrolled_lines()``: its statements + terms.

    >>> s, r = choose_strategy("auto", "c", False, 25, lambda: 30, "")
    >>> s, str(r)
    ('unrolled', 'auto: 25 terms <= 4,096, straight-line code')
    >>> s, r = choose_strategy("auto", "c", False, 10**6, lambda: 10**6, "")
    >>> s, r.form
    ('polyphase', 'a GEMM per tap block')
    """
    from ..budget import limit
    from .cost import AUTO_UNROLL_LINES

    if strategy != "auto":
        return strategy, Reason.requested()
    if blocks:
        return "polyphase", Reason("auto", f"tap-block loops for {blocks_what}")
    if lang == "numpy":
        return "polyphase", Reason("auto", "NumPy", "array operations per tap block, not per term")
    if terms <= AUTO_UNROLL_TERMS:
        lines = unrolled_lines()
        if lines <= min(AUTO_UNROLL_LINES, limit("source_lines")):
            return "unrolled", Reason("auto", f"{terms:,} terms <= {AUTO_UNROLL_TERMS:,}",
                                      "straight-line code")
        if lines <= AUTO_UNROLL_LINES:  # the user's source-line limit is the lower one
            return "polyphase", Reason(
                "auto", f"{lines:,} statements + terms > the source_lines limit "
                f"{limit('source_lines'):,}", "a GEMM per tap block")
        return "polyphase", Reason(
            "auto", f"{lines:,} statements + terms > {AUTO_UNROLL_LINES:,} (mostly empty "
            "outputs)", "a GEMM per tap block")
    return "polyphase", Reason("auto", f"{terms:,} terms > {AUTO_UNROLL_TERMS:,}",
                               "a GEMM per tap block")


def numpy_scatter_rule(axes, blocks, pairs, group_pairs, nz_per_tap, executed, reason: Reason,
                       direction):
    """NumPy polyphase: the scatter (col2im) form or one ``matmul`` per tap block.

    The scatter form multiplies every live tap with the whole input in one GEMM (products
    that land outside a tap's box are wasted at the borders) and then adds each tap block's
    box into the output with one strided add: a few NumPy calls instead of a ``matmul`` and
    a box copy per tap block. It needs the input read with step 1 on every axis (a
    transposed convolution, or a stride-1 convolution) and is used when it executes at most
    :data:`SCATTER_MAX_WASTE` times the MACs of the tap blocks and a group has at most
    :data:`SCATTER_MAX_CHANNEL_PAIRS` channel pairs (measured: with more, the per-block
    matmuls are big GEMMs and the scatter form's large intermediate is slower).
    Returns ``(live taps or None, executed MACs, reason)``.
    """
    if direction == "weight" or any(ax.in_step != 1 for ax in axes):
        return None, executed, reason
    taps = tuple(sorted({b.tap for b in blocks if nz_per_tap is None or nz_per_tap[b.tap]}))
    macs = pairs * math.prod(ax.in_len for ax in axes) * len(taps)
    if not taps:
        return None, executed, reason
    if group_pairs > SCATTER_MAX_CHANNEL_PAIRS:
        return None, executed, reason.noted(
            f"{group_pairs:,} channel pairs per group > {SCATTER_MAX_CHANNEL_PAIRS:,}: "
            "big enough GEMMs per block, not the scatter form")
    if macs > SCATTER_MAX_WASTE * executed:
        return None, executed, reason.noted(
            f"not the scatter form: one GEMM over all taps would execute {macs:,} MACs > "
            f"{SCATTER_MAX_WASTE:g}x the blocks'")
    return taps, macs, reason.with_form(None).noted(
        f"scatter form: one GEMM over all {len(taps)} taps on the whole input, a strided "
        f"add per tap block ({macs:,} MACs <= {SCATTER_MAX_WASTE:g}x the blocks')")
#: Bytes of a loop counter / position kept in a stack array (``int_fast32_t``: 8 on LP64).
_LONG = 8


def needs_blocks(lang: str, dtype: str, layout: str, weight_layout: str) -> bool:
    """C kernels outside NCHW / PyTorch weights / float are written as tap-block loops.

    >>> needs_blocks("c", "int8", "nhwc", "tflite"), needs_blocks("c", "float32", "nchw", "pytorch")
    (True, False)
    """
    return lang == "c" and (dtype == "int8" or layout != "nchw" or weight_layout != "pytorch")


def kernel_array_of(weights) -> np.ndarray:
    """Weights given as a NumPy array, a torch tensor or nested lists, as a NumPy array."""
    if hasattr(weights, "detach"):  # torch.Tensor
        weights = weights.detach().cpu().numpy()
    arr = np.asarray(weights)
    if arr.dtype == object or arr.dtype.kind not in "biuf":
        raise TypeError(f"weights must be a real numeric array, got dtype {arr.dtype}")
    return arr


def check_small_device_options(spec, lang, strategy, dtype, direction, weights, bias, quant,
                               layout, weight_layout) -> None:
    """Refuse combinations no schedule implements, naming the parameter."""
    if strategy == "unrolled" and needs_blocks(lang, dtype, layout, weight_layout):
        raise ValueError(f"strategy='unrolled' writes NCHW float kernels only, got "
                         f"layout={layout!r}, weight_layout={weight_layout!r}, dtype={dtype!r};"
                         " use strategy='auto' or 'polyphase' (tap-block loops)")
    if dtype != "int8":
        if bias is not None or quant is not None:
            raise ValueError("bias= and quant= apply to dtype='int8' kernels; float kernels "
                             f"(dtype={dtype!r}) take neither")
        return
    if lang != "c":
        raise ValueError(f"dtype='int8' kernels are C (lang='c'), got lang={lang!r}")
    if direction != "forward":
        raise ValueError(f"dtype='int8' kernels compute the forward operator (TFLite's "
                         f"TRANSPOSE_CONV / CONV_2D), got derivative={direction!r}")
    if weights is None:
        raise ValueError("dtype='int8' needs weights= (int8, baked into the code): the "
                         "requantization depends on the per-channel weight scales")
    if quant is None:
        raise ValueError("dtype='int8' needs quant=Quantization(input_scale=..., "
                         "input_zero_point=..., weight_scales=[...], output_scale=..., "
                         "output_zero_point=...)")


def baked_int8(weights: np.ndarray) -> np.ndarray:
    """int8 weights (PyTorch layout), checked: integers in ``[-128, 127]``."""
    arr = np.asarray(weights)
    if arr.dtype.kind not in "iu" and not (arr.dtype.kind == "f" and np.all(arr == np.round(arr))):
        raise TypeError(f"int8 weights must be integers, got dtype {arr.dtype}")
    if arr.size and (arr.min() < INT8_MIN or arr.max() > INT8_MAX):
        raise ValueError(f"int8 weights must be in [{INT8_MIN}, {INT8_MAX}], got values in "
                         f"[{arr.min()}, {arr.max()}]")
    return arr.astype(np.int8)


def bias_int32(bias, channels: int) -> np.ndarray:
    """The int32 bias of an int8 kernel (``None``: zeros), one per output channel."""
    if bias is None:
        return np.zeros(channels, np.int32)
    arr = kernel_array_of(bias)
    if arr.shape != (channels,):
        raise ValueError(f"bias must have shape ({channels},) (one int32 per output channel), "
                         f"got {arr.shape}")
    if arr.dtype.kind not in "iu" or arr.min() < -(2**31) or arr.max() >= 2**31:
        raise ValueError(f"bias must be int32 integers, got dtype {arr.dtype} with values in "
                         f"[{arr.min()}, {arr.max()}]")
    return arr.astype(np.int32)


def as_quantization(quant, spec, direction: str) -> Quantization:
    """A :class:`~.quant.Quantization` (from one, or a dict), checked against the channels."""
    if isinstance(quant, dict):
        quant = Quantization.from_dict(quant)
    if not isinstance(quant, Quantization):
        raise TypeError(f"quant must be a Quantization or a dict of its fields, got "
                        f"{type(quant).__name__}")
    quant.per_channel(spec.out_channels)
    return quant


def _tiled_stack(plan, low) -> int:
    """Declared stack arrays of the register-tiled kernel, in bytes (gcc reuses the slots of
    sibling scopes, so per phase the largest)."""
    size = element_bytes(plan.dtype)
    ab = low.ab
    if low.mode == "panel":  # packed weights and channels-last copy: stack or workspace
        count = max(low.counts)
        buffers = 0 if low.ws_elems else low.kf * ab * plan.in_per_group + low.tile.panel_elems
        arrays = (buffers + 64) * size \
            + ab * count * low.cl * size + 2 * count * _LONG + low.dims * _LONG
        return arrays
    pack = max((len(ph.taps) * plan.in_per_group * ab for ph in low.phases), default=0) \
        if low.pack and not low.ws_elems else 0
    acc = max([ab * max(1, p.count) for ph in low.phases for r in ph.regions for p in r.parts]
              + [ab * p.count * r.rw for ph in low.phases for r in ph.regions for p in r.rparts]
              + [1])
    return (pack + acc) * size


def _tiled_static(plan, low) -> int:
    entry = element_bytes(index_type_of(plan.spec))
    if low.mode == "panel":
        n = low.n_regions * low.dims + 2 * low.n_regions + 1 + 2 * low.n_taps + 2 * low.dims
        return n * entry
    n = 0
    for ph in low.phases:
        n += len(ph.taps) if low.pack and ph.taps else 0
        for r in ph.regions:
            n += 2 * r.nt + (2 * r.nl if r.ranged else 0)
    return n * entry


@dataclass(frozen=True)
class FormRule:
    """When a packed form (or the direct depthwise form) replaces the register tiles: at
    least ``min_terms`` multiply terms per sample, output / input channels per group within
    ``[min_out, max_out]`` / at most ``max_in``, and at most ``max_waste`` times the
    structural nonzeros executed. ``build(plan)`` lays the form out (``None``: its own
    layout does not fit, e.g. a row of accumulators beyond the stack budget)."""

    schedule: str
    build: object
    min_terms: int = 0
    min_out: int = 1
    max_out: int | None = None
    max_in: int | None = None
    max_waste: float | None = None

    def refusal(self, plan) -> str | None:
        """Why the rule does not apply to ``plan`` before the form is laid out, or None."""
        og, ig = plan.out_per_group, plan.in_per_group
        if plan.nnz < self.min_terms:
            return f"{plan.nnz:,} terms < {self.min_terms:,}"
        if og < self.min_out:
            return f"{og} output channels per group < {self.min_out}"
        if self.max_out is not None and og > self.max_out:
            return f"{og} output channels per group > {self.max_out}"
        if self.max_in is not None and ig > self.max_in:
            return f"{ig} input channels per group > {self.max_in}"
        return None

    def why(self, plan, form) -> str:
        """The note recording the choice."""
        waste = getattr(form, "waste", 1.0)
        limit = f" <= {self.max_waste:g}" if self.max_waste is not None else ""
        return (f"{plan.out_per_group} output x {plan.in_per_group} input channels per "
                f"group, executes {waste:.2f}x the nonzeros{limit}")


def packed_rules() -> tuple[FormRule, ...]:
    """The packed forms, in the order the planner tries them (the rules, in one place; the
    limits are the forms' module constants, read when planning).

    >>> [r.schedule for r in packed_rules()]
    ['winograd', 'gemm', 'depthwise', 'gemm-scatter']
    """
    from . import winograd_c

    return (
        FormRule("winograd", _winograd_build, min_terms=gemm.MIN_TERMS,
                 min_out=winograd_c.MIN_OUT_CHANNELS),
        FormRule("gemm", gemm.gemm_layout, min_terms=gemm.MIN_TERMS,
                 min_out=gemm.MIN_OUT_CHANNELS, max_waste=gemm.MAX_WASTE),
        FormRule("depthwise", depthwise.depthwise_layout, max_in=depthwise.MAX_IN_PER_GROUP),
        FormRule("gemm-scatter", gemm_scatter.scatter_layout, min_terms=gemm.MIN_TERMS,
                 max_out=gemm_scatter.MAX_OUT_CHANNELS, max_waste=gemm_scatter.MAX_WASTE),
    )


def _direct_lowering(plan):
    """``(schedule, form, note)`` of the first direct packed rule admitting ``plan``, or None."""
    for rule in packed_rules():
        if rule.schedule == "winograd":
            continue
        form = packed_form(plan, rule.schedule)
        if form is not None:
            return rule.schedule, form, rule.why(plan, form)
    return None


def _winograd_choice(plan, direct):
    """``(form, note)``: the Winograd form when ``plan.fast`` and the cost model choose it
    (``note`` why), else ``(None, note)`` (``note``: why not, or None where it never
    applies). ``fast="winograd"`` raises ValueError instead of refusing."""
    from ..winograd import MAX_TILE
    from . import winograd_c as wc

    fast = getattr(plan, "fast", "auto")
    if fast == "never":
        return None, None
    forced = fast == "winograd"
    why = wc.winograd_refusal(plan)
    if why is None and not forced and (plan.in_per_group < wc.MIN_IN_CHANNELS
                                       or plan.out_per_group < wc.MIN_OUT_CHANNELS):
        why = (f"{plan.in_per_group} -> {plan.out_per_group} channels (the fast form needs "
               f">= {wc.MIN_IN_CHANNELS} input, >= {wc.MIN_OUT_CHANNELS} output channels)")
    if why is not None:
        if forced:
            raise ValueError(f"fast='winograd' cannot compute {plan.spec!r}: {why}; use "
                             "fast='auto' or 'never'")
        return None, None
    tol = getattr(plan, "fast_tolerance", wc.DEFAULT_FAST_TOLERANCE)
    from ..analysis import phase_subkernels

    biggest = max(max(sub.shape) for sub in phase_subkernels(plan.spec).values() if sub.size)
    bounds = wc.error_bounds(plan.spec)  # per tile m that fits MAX_TILE; None: not measured
    fits = [m for m, bound in bounds.items() if bound is not None]
    admitted = [m for m in fits if bounds[m] <= tol]
    if not admitted:
        listed = ", ".join(f"F({m}) {bounds[m]:g}x" for m in fits)
        note = (f"not winograd: error bound {listed} the direct kernel's > fast_tolerance="
                f"{tol:g}" if fits else f"not winograd: {biggest}-tap sub-kernels need tiles "
                f"beyond {MAX_TILE}" if not bounds else f"not winograd: the error of "
                f"{biggest}-tap sub-kernels in {plan.spec.ndim}-D was not measured "
                "(benchmarks/bench_winograd.py)")
        if forced:
            raise ValueError(f"fast='winograd' cannot compute {plan.spec!r}: "
                             f"{note.removeprefix('not winograd: ')}")
        return None, note
    traffic = 0
    if direct is not None:  # its GEMMs plus its packed inputs and result tiles (as Winograd's)
        name, (cost, traffic) = direct[0], wc.direct_cost(plan, direct[1])
    else:
        name, cost = "register tiles", plan.executed_macs * wc.TILED_MAC_COST
    forms = [wc.winograd_form(plan, m, name, cost, tol, traffic) for m in admitted]
    best = min(forms, key=lambda f: f.cost)
    considered = "" if len(forms) == 1 else " (costs " + ", ".join(
        f"F({f.m}) {f.cost:,.0f}" for f in forms) + ")"
    if forced or best.cost <= wc.MIN_SAVING * cost:
        how = "fast='winograd'" if forced else (f"cost {best.cost:,.0f} <= {wc.MIN_SAVING:g} x "
                                               f"{name}'s {cost:,.0f}")
        return best, (f"winograd F({best.m}): {how}{considered}; error bound "
                      f"{best.error_factor:g}x the direct kernel's <= fast_tolerance={tol:g}")
    return None, (f"not winograd: F({best.m}) cost {best.cost:,.0f} > {wc.MIN_SAVING:g} x "
                  f"{name}'s {cost:,.0f}{considered}")


def _winograd_build(plan):
    return _winograd_choice(plan, _direct_lowering(plan))[0]


def _packable(plan) -> bool:
    """What every packed form needs: C polyphase, forward or input gradient, float, NCHW data
    and PyTorch weights, weights not baked as sparse constants."""
    return (plan.lang == "c" and plan.strategy == "polyphase" and plan.direction != "weight"
            and plan.dtype in ("float32", "float64")
            and getattr(plan, "layout", "nchw") == "nchw"
            and getattr(plan, "weight_layout", "pytorch") == "pytorch"
            and not plan.sparse_baked)


def packed_form(plan, schedule: str):
    """The form of ``schedule`` (a rule of :func:`packed_rules`) for ``plan`` when the rule
    admits it, else ``None``.

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> packed_form(make_plan(TransposedConvSpec(in_size=2, kernel_size=2), lang="c"),
    ...             "gemm") is None
    True
    """
    rule = next(r for r in packed_rules() if r.schedule == schedule)
    if not _packable(plan) or rule.refusal(plan) is not None:
        return None
    form = rule.build(plan)
    if form is None or (rule.max_waste is not None and form.waste > rule.max_waste):
        return None
    if max(len(getattr(form, "shared", ())),
           len(getattr(form, "phase_taps", ()))) > gemm.MAX_SHARED_INPUTS:
        return None  # code per packed input / per (phase, tap): too much source
    return form


def packed_lowering(plan):
    """``(schedule, form, note)`` of the first rule of :func:`packed_rules` that admits
    ``plan`` — ``"gemm"`` (a :class:`~.gemm.GemmForm`), ``"depthwise"`` (a
    :class:`~.depthwise.DepthwiseForm`: one input channel per group, nothing to contract),
    ``"gemm-scatter"`` (a :class:`~.gemm_scatter.ScatterForm`) — or ``None``; the Winograd
    form (``"winograd"``, a :class:`~.winograd_c.WinogradForm`) replaces the direct one when
    ``plan.fast`` and the cost model choose it (the note says why, or why not).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> spec = TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
    ...                           in_channels=512, out_channels=256)
    >>> schedule, form, note = packed_lowering(make_plan(spec, lang="c", dtype="float32"))
    >>> schedule, note  # doctest: +NORMALIZE_WHITESPACE
    ('winograd', "winograd F(2): cost ... <= 0.95 x gemm's ...; error bound 2.5x the direct
    kernel's <= fast_tolerance=4")
    >>> packed_lowering(make_plan(spec, lang="c", dtype="float32", fast="never"))[::2]
    ('gemm', '256 output x 512 input channels per group, executes 1.07x the nonzeros <= 2')
    >>> packed_lowering(make_plan(TransposedConvSpec(in_size=2, kernel_size=2), lang="c")) is None
    True
    """
    if not _packable(plan):
        return None
    direct = _direct_lowering(plan)
    if packed_rules()[0].refusal(plan) is None or getattr(plan, "fast", "auto") == "winograd":
        form, note = _winograd_choice(plan, direct)
        if form is not None:
            return "winograd", form, note
        if direct is not None and note:
            return direct[0], direct[1], f"{direct[2]}; {note}"
    return direct


def gemm_lowering(plan):
    """``(schedule, form)`` of :func:`packed_lowering` (the former name, kept).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> gemm_lowering(make_plan(TransposedConvSpec(in_size=2, kernel_size=2), lang="c")) is None
    True
    """
    found = packed_lowering(plan)
    return None if found is None else found[:2]


def workspace_bytes(form, dtype: str) -> int:
    """``NAME_WORKSPACE_BYTES_PER_THREAD`` of a GEMM form: its workspace elements in bytes,
    rounded up to 64 (each thread's slice aligned; one thread: ``NAME_WORKSPACE_BYTES``).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> spec = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
    >>> p = make_plan(spec, lang="c", dtype="float32")
    >>> workspace_bytes(p.lowering, "float32") == -(-4 * p.lowering.workspace_elems // 64) * 64
    True
    """
    return -(-form.workspace_elems * element_bytes(dtype) // 64) * 64


def caller_workspace(plan) -> int:
    """Bytes of the ``void *ws`` that the entry point ``NAME`` itself takes (tap-block
    kernels with int8 accumulators), 0 for the others: a GEMM form's ``NAME`` allocates its
    workspace (``NAME_packed_ws`` is the entry that takes one).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> spec = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
    >>> p = make_plan(spec, lang="c")
    >>> p.memory.workspace_bytes > 0, caller_workspace(p)
    (True, 0)
    """
    if plan.memory is None or plan.schedule in PACKED_SCHEDULES \
            or plan.schedule in TILED_SCHEDULES:  # NAME allocates; NAME_ws takes one
        return 0
    return plan.memory.workspace_bytes


def _gemm_stack(form) -> int:
    """Declared stack arrays of a GEMM-form kernel, in bytes: the micro-kernel's register
    tile of accumulators and its vectors of operands (the positions tile, or the channels
    tile of the phase GEMMs; a compiler keeps them in registers when it can), and the phase
    GEMMs' table of tile pointers (twice with lanes: both paths may be inlined in one frame)."""
    if hasattr(form, "stack_bytes"):  # the Winograd form counts its own
        return form.stack_bytes
    tile = form.pmr * form.nv + form.nv  # positions: MR x NV accumulators, NV operand vectors
    if getattr(form, "channels", False):  # channels: 12 positions x 2 vectors, 2 operands
        tile = max(tile, form.pr * 2 + 2)
    tables = (2 if getattr(form, "lanes", False) else 1) * getattr(form, "n_phase_ids", 0)
    return tile * gemm.VECTOR_BYTES + tables * element_bytes("void *")


def _gemm_static(plan, form) -> int:
    """Static tables of a GEMM-form kernel, in bytes: the packed weight table when the
    weights are baked, and the phase GEMMs' tap, offset and output-order tables."""
    static = form.group_pack * plan.groups * element_bytes(plan.dtype) if plan.baked else 0
    if plan.schedule == "gemm":
        n_taps = len(form.phase_taps)
        static += (3 * max(n_taps, 1)  # per (phase, tap): tap, row table start, packer
                   + max(len(form.row_table), 1)  # the row tables
                   + 2 * sum(ax.out_len for ax in plan.axes[:-1])  # output phase and offset
                   + 3 * len(form.runs) * form.lanes  # the lanes' runs
                   + 3 * len(form.run_tiles) * form.channel_runs  # the run tiles' tables
                   ) * element_bytes("int64_t")
        static += len(form.run_tiles) * form.channel_runs  # the run tiles' kinds, a byte each
        # per packed input, per (phase, tap) reading it: three int64 offsets and a flag
        static += sum(25 * len(sb.users) for sb in getattr(form, "shared", None) or ())
    return static


def estimate_memory(plan) -> Memory | None:
    """Stack, static and workspace bytes of a C plan (``None`` for NumPy); a baked table
    written as text (``plan.weight_text``) adds its text to the decoded table."""
    if plan.lang != "c":
        return None
    memory = _estimate_memory(plan)
    if not plan.weight_text:
        return memory
    from .baked import text_bytes

    table = plan.lowering.group_pack * plan.groups if plan.schedule in PACKED_SCHEDULES \
        else plan.weights.size
    return memory._replace(static_bytes=memory.static_bytes + text_bytes(table, plan.dtype))


def _estimate_memory(plan) -> Memory:
    size = element_bytes(plan.dtype)
    baked_array = plan.weights.size * size if plan.baked and not plan.sparse_baked else 0
    frame = frame_allowance(plan.schedule)
    if plan.schedule == "straight-line":
        return Memory(straight_line_stack(plan), 0, 0)
    if plan.schedule == "blocks":
        static = plan.weights.size * size if plan.baked else 0
        workspace = 0
        if plan.dtype == "int8":
            static += 3 * plan.spec.out_channels * 4  # bias, multiplier, shift (int32)
            workspace = plan.lowering.acc_size * element_bytes(ACCUMULATORS["int8"])
        if plan.lowering.gemm is not None:  # int8 phase GEMMs: a haloed input, no int32s
            return int8_gemm_memory(plan, plan.lowering.gemm)
        return Memory(frame, static, workspace)
    if plan.schedule == "depthwise":
        form = plan.lowering
        static = plan.weights.size * size if plan.baked else 0
        static += (len(form.row_table) + 2 * sum(ax.out_len for ax in plan.axes[:-1])) \
            * element_bytes("int64_t")
        return Memory(form.stack_bytes + frame, static, 0)
    if plan.schedule in PACKED_SCHEDULES:
        form = plan.lowering
        return Memory(_gemm_stack(form) + frame, _gemm_static(plan, form),
                      workspace_bytes(form, plan.dtype))
    if plan.schedule == "boxes":
        static = 0
        if plan.sparse_baked:
            nz = int(np.count_nonzero(plan.weights))
            static = nz * (2 * element_bytes(index_type_of(plan.spec)) + size)
        return Memory(frame, static, 0)
    low = plan.lowering
    return Memory(_tiled_stack(plan, low) + frame, _tiled_static(plan, low) + baked_array,
                  low.ws_elems * size)


def _with(plan, schedule: str, reason: Reason | None = None, lowering=None):
    """``plan`` lowered to ``schedule`` (a GEMM form comes as ``lowering``), with its memory.
    The executed MACs stay the plan's count (a GEMM form states its own waste)."""
    executed = plan.executed_macs
    sparse = plan.sparse_baked
    if schedule in TILED_SCHEDULES:
        lowering = lower_tiled(plan)
    elif schedule == "blocks":
        lowering = lower_blocks(plan.spec, plan.axes, plan.blocks, plan.kind, plan.groups,
                                plan.out_per_group, plan.in_per_group, plan.layout,
                                plan.weight_layout, plan.baked)
        sparse = False  # a packed constant array: zero weights are multiplied
        executed = plan.nnz
        lowering = dataclasses.replace(lowering, gemm=int8_gemm_form(plan))
    new = dataclasses.replace(plan, schedule=schedule, lowering=lowering, sparse_baked=sparse,
                              executed_macs=executed, reason=reason or plan.reason)
    return dataclasses.replace(new, memory=estimate_memory(new))


def _first_schedule(plan) -> str:
    if plan.lang == "numpy":
        return "scatter" if plan.scatter is not None else "matmul"
    if plan.strategy == "unrolled":
        return "straight-line"
    if needs_blocks(plan.lang, plan.dtype, plan.layout, plan.weight_layout):
        return "blocks"
    if plan.direction == "weight" or plan.sparse_baked:
        return "boxes"
    return lower_tiled(plan).mode


def _as_gemm(plan, tiled, limit: int, ws_limit: int | None = None):
    """A register-tiled plan (within the stack limit) as its GEMM form where one applies
    (and its workspace fits ``ws_limit``)."""
    found = packed_lowering(plan) if tiled.schedule in TILED_SCHEDULES else None
    if found is None:
        return tiled
    schedule, form, note = found
    reason = plan.reason.with_form(f"the {schedule} schedule").noted(note)
    out = _with(plan, schedule, reason, lowering=form)
    if schedule == "winograd":  # the multiplies it executes, padding included
        out = dataclasses.replace(out, executed_macs=form.gemm_macs)
    fits = ws_limit is None or out.memory.workspace_bytes <= ws_limit
    return out if out.memory.stack_bytes <= limit and fits else tiled


def weight_text(plan) -> bool:
    """Whether the baked weights of a C plan are written as base-85 text (:mod:`.baked`):
    a table of at least :data:`~.baked.TEXT_MIN` weights (the packed table of a packed form,
    else the weights), float; int8 tables and sparse constants stay literals.

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> import numpy as np
    >>> spec = TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, in_channels=64,
    ...                           out_channels=64)
    >>> make_plan(spec, lang="c", weights=np.ones(spec.weight_shape)).weight_text
    True
    """
    from .baked import TEXT_MIN

    if plan.lang != "c" or not plan.baked or plan.sparse_baked or plan.dtype == "int8" \
            or plan.schedule in ("straight-line", "blocks", "boxes"):
        return False
    size = plan.lowering.group_pack * plan.groups if plan.schedule in PACKED_SCHEDULES \
        else plan.weights.size
    return size >= TEXT_MIN


def choose_schedule(plan, max_stack: int | None = None, max_workspace: int | None = None):
    """The plan with its schedule, lowering, memory and weight encoding (see
    :func:`choose_layout` and :func:`weight_text`).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> make_plan(TransposedConvSpec(in_size=2, kernel_size=2), lang="c").weight_text
    False
    """
    out = choose_layout(plan, max_stack, max_workspace)
    if not weight_text(out):
        return out
    out = dataclasses.replace(out, weight_text=True)
    return dataclasses.replace(out, memory=estimate_memory(out))


def choose_layout(plan, max_stack: int | None = None, max_workspace: int | None = None):
    """The plan with its schedule, lowering and memory; within ``max_stack`` bytes of stack
    (register-tiled kernels fall back to tap-block loops) or a clear ValueError. A
    register-tiled schedule within the limit becomes a GEMM form where one applies.
    ``max_workspace``: most bytes of the caller's workspace; a GEMM form above it is not
    chosen, int8 accumulators are tiled in row bands to fit (:func:`.memory.fit_workspace`).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> spec = TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
    ...                           in_channels=512, out_channels=256)
    >>> p = make_plan(spec, lang="c", dtype="float32")
    >>> choose_schedule(p).schedule, choose_schedule(p, max_stack=4096).schedule
    ('winograd', 'blocks')
    """
    if max_stack is None:
        limit = DEFAULT_MAX_STACK
    elif isinstance(max_stack, bool) or not isinstance(max_stack, (int, np.integer)) \
            or max_stack <= 0:
        raise ValueError(f"max_stack must be a positive number of bytes, got {max_stack!r}")
    else:
        limit = int(max_stack)
    ws_limit = check_max_workspace(max_workspace)
    out = _with(plan, _first_schedule(plan))
    if out.schedule == "blocks" and out.lowering.gemm is not None \
            and out.memory.stack_bytes > limit:  # int8 phase GEMMs: a shorter tile
        low = dataclasses.replace(out.lowering, gemm=fit_stack(out.lowering.gemm, limit))
        out = dataclasses.replace(out, lowering=low)
        out = dataclasses.replace(out, memory=estimate_memory(out))
    if out.schedule in TILED_SCHEDULES and out.lowering.ws_elems \
            and (ws_limit is None or out.memory.workspace_bytes > ws_limit):
        # register tiles keep their buffers in the caller's workspace where the buffers fit
        # on the stack too (no limit given) or the workspace fits max_workspace; else the
        # stack form, which a small max_stack turns into tap-block loops (heap-free) below
        on_stack = dataclasses.replace(out, lowering=lower_tiled(plan, workspace=False))
        on_stack = dataclasses.replace(on_stack, memory=estimate_memory(on_stack))
        if ws_limit is not None or on_stack.memory.stack_bytes > limit:
            out = on_stack
    if ws_limit is not None and out.memory is not None \
            and out.memory.workspace_bytes > ws_limit:  # int8: accumulators in row bands
        out = fit_workspace(out, ws_limit, estimate_memory)
    if out.memory is None or out.memory.stack_bytes <= limit:
        return _as_gemm(plan, out, limit, ws_limit)
    if out.schedule == "straight-line" and plan.reason.source == "auto":
        before = out.memory.stack_bytes  # auto-unrolled: tap-block loops fit a small stack
        poly = dataclasses.replace(plan, strategy="polyphase", rows=None)
        out = _with(poly, "blocks", plan.reason.with_form("tap-block loops").noted(
            f"straight-line code may spill up to ~{before:,} B of stack > "
            f"max_stack={limit:,}"))
        if out.memory.stack_bytes <= limit:
            return out
    if out.schedule in TILED_SCHEDULES:
        before = out.memory.stack_bytes
        out = _with(plan, "blocks", plan.reason.noted(
            f"tap-block loops: the {out.schedule} tiles need ~{before:,} B of stack > "
            f"max_stack={limit:,}"))
        if out.memory.stack_bytes <= limit:
            return out
    raise ValueError(
        f"max_stack={limit:,} bytes is too small for {plan.name} ({out.schedule} needs "
        f"~{out.memory.stack_bytes:,} B of stack, at least {frame_allowance(out.schedule)} B "
        "for its frame); raise max_stack"
        + (" or use strategy='polyphase'" if out.schedule == "straight-line" else ""))




def packed(plan) -> list:
    """Baked weights of a tap-block kernel in its packed order (template input)."""
    return packed_weights(plan.spec, plan.kind, plan.weights).tolist()

