"""The output phases of an int8 layer on the GEMM and depthwise paths (one place for both):
per axis which taps feed which phase and the halo that lets every position of a phase read
every tap of it; the 2-D phases as :class:`Int8Phase`; the baked requantization tables.

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.codegen.plan import make_plan
>>> p = make_plan(TransposedConvSpec(in_size=(4, 4), kernel_size=4, stride=2, padding="same"),
...               lang="c")
>>> per_axis, pads = axis_phases(p.axes)
>>> pads, [len(taps) for _, _, taps in per_axis[0]]
([(1, 1), (1, 1)], [2, 2])
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

__all__ = ["Int8Phase", "axis_phases", "phase_list", "int8_tables"]


@dataclass(frozen=True)
class Int8Phase:
    """One output phase: its positions ``out_start + out_step · (u, v)`` for
    ``u < count[0]``, ``v < count[1]``, and per tap the flat kernel tap and the haloed
    buffer's ``(row, column)`` read by position ``(0, 0)``; position ``(u, v)`` reads
    ``(row + in_step[0]·u, column + in_step[1]·v)``."""

    out_start: tuple[int, int]
    out_step: tuple[int, int]
    count: tuple[int, int]
    in_step: tuple[int, int]
    taps: tuple[tuple[int, int, int], ...]


def axis_phases(axes):
    """Per axis the phases ``(phase, positions, [(tap, offset)])`` and the halo ``(lo, hi)``
    that lets every position of a phase read every tap of it."""
    per_axis, pads = [], []
    for ax in axes:
        phases = []
        lo = hi = 0
        for ph in range(ax.out_step):
            count = len(range(ph, ax.out_len, ax.out_step))
            taps = [(t.tap, t.offset) for t in ax.taps if t.phase == ph]
            for _, off in taps:
                if count:
                    lo = max(lo, -off)
                    hi = max(hi, ax.in_step * (count - 1) + off - (ax.in_len - 1))
            phases.append((ph, count, taps))
        per_axis.append(phases)
        pads.append((lo, hi))
    return per_axis, pads


def phase_list(plan, per_axis, pads) -> tuple[Int8Phase, ...]:
    """The 2-D phases with at least one position, their taps as ``(flat tap, row, column)``
    of the haloed buffer."""
    axes = plan.axes
    kw = plan.spec.kernel_size[1]
    phases = []
    for (ph_h, n_h, taps_h), (ph_w, n_w, taps_w) in itertools.product(*per_axis):
        if not n_h or not n_w:
            continue
        taps = tuple((th * kw + tw, oh + pads[0][0], ow + pads[1][0])
                     for (th, oh), (tw, ow) in itertools.product(taps_h, taps_w))
        phases.append(Int8Phase((ph_h, ph_w), (axes[0].out_step, axes[1].out_step),
                                (n_h, n_w), (axes[0].in_step, axes[1].in_step), taps))
    return tuple(phases)


def int8_tables(plan) -> dict:
    """The baked constants of an int8 kernel for the template."""
    mult, shift = plan.quant.multipliers(plan.spec.out_channels)
    return {"bias": plan.bias.tolist(), "mult": list(mult), "shift": list(shift)}
