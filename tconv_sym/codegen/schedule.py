"""The planner's last decisions: the schedule a kernel is written in, its lowering, its memory.

Schedules (``plan.schedule``), each with its lowering (``plan.lowering``) and template:

- ``"straight-line"``: C, ``strategy="unrolled"`` — one statement per output element;
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
Memory(stack 2,752 B, static 0 B, workspace 557,568 B)
>>> p = make_plan(spec, lang="c", name="k", max_stack=4096)
>>> p.schedule, p.memory.stack_bytes <= 4096
('blocks', True)
>>> make_plan(TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, in_channels=3,
...                              out_channels=2), lang="c").schedule  # too small for a GEMM
'spatial'
"""

from __future__ import annotations

import dataclasses

import numpy as np

from .blocks import lower_blocks, packed_weights
from .clang import ACCUMULATORS, element_bytes, index_type_of
from .depthwise import depthwise_form
from .gemm import VECTOR_BYTES, gemm_form
from .gemm_scatter import scatter_form
from .int8_gemm import fit_stack, int8_gemm_form, int8_gemm_memory
from .memory import DEFAULT_MAX_STACK, FRAME_BYTES, Memory
from .quant import INT8_MAX, INT8_MIN, Quantization
from .tiled import TILED_SCHEDULES, lower_tiled

__all__ = ["needs_blocks", "check_small_device_options", "choose_schedule", "baked_int8",
           "bias_int32", "as_quantization", "kernel_array_of", "estimate_memory",
           "gemm_lowering", "workspace_bytes", "caller_workspace", "SCHEDULES",
           "GEMM_SCHEDULES"]

#: Schedules of the GEMM forms (``plan.lowering``: a GemmForm, a ScatterForm).
GEMM_SCHEDULES = ("gemm", "gemm-scatter")
SCHEDULES = ("straight-line", *GEMM_SCHEDULES, "depthwise", *TILED_SCHEDULES, "boxes", "blocks",
             "scatter", "matmul")
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
    if low.mode == "panel":
        count = max(low.counts)
        arrays = (low.kf * ab * plan.in_per_group + low.tile.panel_elems + 64) * size \
            + ab * count * low.cl * size + 2 * count * _LONG + low.dims * _LONG
        return arrays
    pack = max((len(ph.taps) * plan.in_per_group * ab for ph in low.phases), default=0) \
        if low.pack else 0
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


def gemm_lowering(plan):
    """``(schedule, form)`` of the GEMM form of a C polyphase plan — ``"gemm"`` with a
    :class:`~.gemm.GemmForm` where :func:`~.gemm.gemm_form` applies, else ``"depthwise"``
    with a :class:`~.depthwise.DepthwiseForm` where :func:`~.depthwise.depthwise_form` does
    (one input channel per group: nothing to contract), else ``"gemm-scatter"`` with a
    :class:`~.gemm_scatter.ScatterForm` where :func:`~.gemm_scatter.scatter_form` does — or
    ``None`` (the rules are theirs).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> spec = TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
    ...                           in_channels=512, out_channels=256)
    >>> gemm_lowering(make_plan(spec, lang="c", dtype="float32"))[0]
    'gemm'
    >>> gemm_lowering(make_plan(TransposedConvSpec(in_size=2, kernel_size=2), lang="c")) is None
    True
    """
    form = gemm_form(plan)
    if form is not None:
        return "gemm", form
    form = depthwise_form(plan)
    if form is not None:
        return "depthwise", form
    form = scatter_form(plan)
    return None if form is None else ("gemm-scatter", form)


def workspace_bytes(form, dtype: str) -> int:
    """``NAME_WORKSPACE_BYTES`` of a GEMM form: its workspace elements (the header's
    ``elements * sizeof(T)``) in bytes.

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> spec = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
    >>> p = make_plan(spec, lang="c", dtype="float32")
    >>> workspace_bytes(p.lowering, "float32") == 4 * p.lowering.workspace_elems
    True
    """
    return form.workspace_elems * element_bytes(dtype)


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
    if plan.memory is None or plan.schedule in GEMM_SCHEDULES:
        return 0
    return plan.memory.workspace_bytes


def _gemm_stack(form) -> int:
    """Declared stack arrays of a GEMM-form kernel, in bytes: the micro-kernel's register
    tile of accumulators and its vectors of operands (the positions tile, or the channels
    tile of the phase GEMMs; a compiler keeps them in registers when it can), and the phase
    GEMMs' table of tile pointers (twice with lanes: both paths may be inlined in one frame)."""
    tile = form.pmr * form.nv + form.nv  # positions: MR x NV accumulators, NV operand vectors
    if getattr(form, "channels", False):  # channels: 12 positions x 2 vectors, 2 operands
        tile = max(tile, form.pr * 2 + 2)
    tables = (2 if getattr(form, "lanes", False) else 1) * getattr(form, "n_phase_ids", 0)
    return tile * VECTOR_BYTES + tables * element_bytes("void *")


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
    return static


def estimate_memory(plan) -> Memory | None:
    """Stack, static and workspace bytes of a C plan (``None`` for NumPy)."""
    if plan.lang != "c":
        return None
    size = element_bytes(plan.dtype)
    baked_array = plan.weights.size * size if plan.baked and not plan.sparse_baked else 0
    if plan.schedule == "straight-line":
        return Memory(FRAME_BYTES, 0, 0)
    if plan.schedule == "blocks":
        static = plan.weights.size * size if plan.baked else 0
        workspace = 0
        if plan.dtype == "int8":
            static += 3 * plan.spec.out_channels * 4  # bias, multiplier, shift (int32)
            workspace = plan.lowering.y_size * element_bytes(ACCUMULATORS["int8"])
        if plan.lowering.gemm is not None:  # int8 phase GEMMs: a haloed input, no int32s
            return int8_gemm_memory(plan, plan.lowering.gemm)
        return Memory(FRAME_BYTES, static, workspace)
    if plan.schedule == "depthwise":
        form = plan.lowering
        static = plan.weights.size * size if plan.baked else 0
        static += (len(form.row_table) + 2 * sum(ax.out_len for ax in plan.axes[:-1])) \
            * element_bytes("int64_t")
        return Memory(form.stack_bytes + FRAME_BYTES, static, 0)
    if plan.schedule in GEMM_SCHEDULES:
        form = plan.lowering
        return Memory(_gemm_stack(form) + FRAME_BYTES, _gemm_static(plan, form),
                      workspace_bytes(form, plan.dtype))
    if plan.schedule == "boxes":
        static = 0
        if plan.sparse_baked:
            nz = int(np.count_nonzero(plan.weights))
            static = nz * (2 * element_bytes(index_type_of(plan.spec)) + size)
        return Memory(FRAME_BYTES, static, 0)
    low = plan.lowering
    return Memory(_tiled_stack(plan, low) + FRAME_BYTES, _tiled_static(plan, low) + baked_array,
                  0)


def _with(plan, schedule: str, reason: str | None = None, lowering=None):
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


def _as_gemm(plan, tiled, limit: int):
    """A register-tiled plan (within the stack limit) as its GEMM form where one applies."""
    found = gemm_lowering(plan) if tiled.schedule in TILED_SCHEDULES else None  # or depthwise
    if found is None:
        return tiled
    schedule, form = found
    out = _with(plan, schedule, lowering=form)
    return out if out.memory.stack_bytes <= limit else tiled


def choose_schedule(plan, max_stack: int | None = None):
    """The plan with its schedule, lowering and memory; within ``max_stack`` bytes of stack
    (register-tiled kernels fall back to tap-block loops) or a clear ValueError. A
    register-tiled schedule within the limit becomes a GEMM form where one applies.

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> spec = TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
    ...                           in_channels=512, out_channels=256)
    >>> p = make_plan(spec, lang="c", dtype="float32")
    >>> choose_schedule(p).schedule, choose_schedule(p, max_stack=4096).schedule
    ('gemm', 'blocks')
    """
    if max_stack is None:
        limit = DEFAULT_MAX_STACK
    elif isinstance(max_stack, bool) or not isinstance(max_stack, (int, np.integer)) \
            or max_stack <= 0:
        raise ValueError(f"max_stack must be a positive number of bytes, got {max_stack!r}")
    else:
        limit = int(max_stack)
    out = _with(plan, _first_schedule(plan))
    if out.schedule == "blocks" and out.lowering.gemm is not None \
            and out.memory.stack_bytes > limit:  # int8 phase GEMMs: a shorter tile
        low = dataclasses.replace(out.lowering, gemm=fit_stack(out.lowering.gemm, limit))
        out = dataclasses.replace(out, lowering=low)
        out = dataclasses.replace(out, memory=estimate_memory(out))
    if out.memory is None or out.memory.stack_bytes <= limit:
        return _as_gemm(plan, out, limit)
    if out.schedule in TILED_SCHEDULES:
        before = out.memory.stack_bytes
        out = _with(plan, "blocks", plan.reason + (
            f"; tap-block loops: the {out.schedule} tiles need ~{before:,} B of stack > "
            f"max_stack={limit:,}"))
        if out.memory.stack_bytes <= limit:
            return out
    raise ValueError(
        f"max_stack={limit:,} bytes is too small for {plan.name} ({out.schedule} needs "
        f"~{out.memory.stack_bytes:,} B of stack, at least {FRAME_BYTES} B for any kernel's "
        "frame); raise max_stack")


def _int8_tables(plan) -> dict:
    """The baked constants of an int8 kernel for the template."""
    mult, shift = plan.quant.multipliers(plan.spec.out_channels)
    return {"bias": plan.bias.tolist(), "mult": list(mult), "shift": list(shift)}


def packed(plan) -> list:
    """Baked weights of a tap-block kernel in its packed order (template input)."""
    return packed_weights(plan.spec, plan.kind, plan.weights).tolist()

