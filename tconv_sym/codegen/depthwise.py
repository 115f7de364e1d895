"""The direct form of a polyphase C kernel with one input channel per group (depthwise layers).

With one input channel per group (``groups = in_channels``: a depthwise transposed
convolution, e.g. FCN's fixed bilinear upsampling), a GEMM has nothing to contract: the
scatter form of :mod:`.gemm_scatter` multiplies with ``K = 1``. The direct form computes every
output row straight from the input rows instead. For each output row (all axes but the last)
and each phase of the last axis, a row of accumulators

    ``acc_q[u] = Σ_taps w[g, a, tap] · x[g, in_step·u + offset_tap]``   (``lo_tap <= u < hi_tap``)

is summed over the taps of that phase, reading only input positions inside the input (the same
row tables as the GEMM form of :mod:`.gemm`: no zero is multiplied), then the phases are
interleaved into the output row (a vectorisable loop). The accumulators live on the stack:
``out_step × ceil(out_len / out_step)`` elements of the last axis (:data:`MAX_ROW_BYTES` at
most).

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.codegen.plan import make_plan
>>> spec = TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
...                           in_channels=21, out_channels=21, groups=21)
>>> form = depthwise_form(make_plan(spec, lang="c", dtype="float32"))
>>> form
DepthwiseForm(phases=4, taps=16, grid=(16, 16), stack_bytes=128)
>>> print(form.describe())
direct form: per output row and phase of the last axis, 16 accumulators summed over up to 4 tap(s)
  of the input rows, then 2 phase(s) interleaved into the output row
  executed MACs 1.00x the structural nonzeros (only positions inside the input are read)
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from .gemm import NO_ROW, PhaseGrid, PhaseTap, phase_len, phase_tap_rows

__all__ = ["DepthwiseForm", "depthwise_form", "depthwise_layout", "depthwise_context",
           "MAX_ROW_BYTES", "MAX_IN_PER_GROUP"]

#: Stack bytes of the accumulator rows (all phases of the last axis) at most.
MAX_ROW_BYTES = 16 * 1024
#: The direct form applies to this many input channels per group (a GEMM form beyond).
MAX_IN_PER_GROUP = 1


@dataclass(frozen=True, repr=False)
class DepthwiseForm(PhaseGrid):
    """The numbers of the direct form of one kernel (see the module)."""

    grid: tuple[int, ...]
    in_step: int
    phase_first: tuple[int, ...]
    phase_count: tuple[int, ...]
    phase_taps: tuple[PhaseTap, ...]
    row_table: tuple[int, ...]
    out_phase: tuple[tuple[int, ...], ...]
    out_row: tuple[tuple[int, ...], ...]
    steps: tuple[int, ...]
    elem_bytes: int
    executed_macs: int
    nnz: int

    @property
    def stack_bytes(self) -> int:
        """The accumulator rows: every phase of the last axis."""
        return self.steps[-1] * self.row_len * self.elem_bytes

    def describe(self) -> str:
        """A short report for the generated code's comment and the REPL."""
        per = max(self.phase_count, default=0)
        lines = [f"direct form: per output row and phase of the last axis, {self.row_len} "
                 f"accumulators summed over up to {per} tap(s)",
                 f"  of the input rows, then {self.steps[-1]} phase(s) interleaved into the "
                 "output row",
                 f"  executed MACs {self.waste:.2f}x the structural nonzeros (only positions "
                 "inside the input are read)"]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return (f"DepthwiseForm(phases={len(self.phase_count)}, taps={len(self.phase_taps)}, "
                f"grid={self.grid}, stack_bytes={self.stack_bytes})")


def depthwise_form(plan) -> DepthwiseForm | None:
    """The direct form the planner chose for ``plan`` (``plan.lowering`` of the
    ``"depthwise"`` schedule: a C polyphase forward or input-gradient kernel in float32 or
    float64 with one input channel per group), or ``None``.

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> dense = TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, in_channels=4)
    >>> depthwise_form(make_plan(dense, lang="c")) is None
    True
    """
    return plan.lowering if plan.schedule == "depthwise" else None


def depthwise_layout(plan) -> DepthwiseForm | None:
    """The direct form of a C polyphase float plan laid out, or ``None`` when its rows of
    accumulators exceed :data:`MAX_ROW_BYTES`; whether it is used is the planner's rule
    (:func:`~.schedule.packed_lowering`)."""
    import numpy as np

    axes = plan.axes
    size = np.dtype(plan.dtype).itemsize
    steps = tuple(ax.out_step for ax in axes)
    grid = tuple(phase_len(ax, 0) for ax in axes)
    if steps[-1] * grid[-1] * size > MAX_ROW_BYTES:
        return None
    in_dims = [ax.in_len for ax in axes]
    in_strides = [math.prod(in_dims[d + 1:]) for d in range(len(in_dims))]
    kernel = plan.spec.kernel_size
    first, count, taps, table = [], [], [], []
    executed = 0
    for combo in itertools.product(*(range(s) for s in steps)):
        extent, found = phase_tap_rows(axes, combo, grid, in_strides, kernel)
        first.append(len(taps))
        count.append(len(found) if 0 not in extent else 0)
        if 0 in extent:
            continue
        for tap, rows, ulo, uhi in found:
            taps.append(PhaseTap(tap, len(table), ulo, uhi))
            table += rows
            executed += sum(uhi - ulo for r in rows if r != NO_ROW)
    g = plan.groups
    executed *= plan.out_per_group * plan.in_per_group * g
    gstrides = [math.prod(grid[d + 1:-1]) if d < len(grid) - 1 else 0
                for d in range(len(grid))]
    out_phase, out_row = [], []
    for ax, s in zip(axes[:-1], gstrides):
        out_phase.append(tuple(j % ax.out_step for j in range(ax.out_len)))
        out_row.append(tuple((j // ax.out_step) * s for j in range(ax.out_len)))
    return DepthwiseForm(
        grid=grid, in_step=axes[-1].in_step, phase_first=tuple(first),
        phase_count=tuple(count), phase_taps=tuple(taps), row_table=tuple(table),
        out_phase=tuple(out_phase), out_row=tuple(out_row), steps=steps, elem_bytes=size,
        executed_macs=executed, nnz=plan.nnz)


def depthwise_context(plan, k, form: DepthwiseForm):
    """The rendering context ``k`` of a plan extended with the direct form's tables."""
    from types import SimpleNamespace

    from .baked import baked_table

    table = ["TCONV_SYM_NO_ROW" if r == NO_ROW else str(r) for r in form.row_table]
    out_dims = list(k.out_dims)
    extra = dict(
        form=form, row_table=table,

        out_strides=[math.prod(out_dims[d + 1:]) for d in range(len(out_dims))],
        weight_table=baked_table(plan.weights, plan.dtype, plan.weight_text)
        if plan.baked else None,
    )
    return SimpleNamespace(**{**vars(k), **extra})
