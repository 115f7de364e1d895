"""The tap-block schedule: the polyphase tap blocks as loops over exact boxes, in any data and
weight layout, for float and int8 — the kernel for small devices.

Every tap block of :func:`~tconv_sym.codegen.plan.axis_phases` (one kernel tap, one box of
the output that it reaches, the matching strided box of the input) becomes one loop nest:
for every position of the box and every output channel of a group, a dot product over the
group's input channels is added into the output (or, for int8, into int32 accumulators in
the caller's workspace, requantized once at the end). Box bounds are exact, so no inserted
or padding zero is ever read or multiplied; nothing is copied, packed or kept on the stack
but scalars. With channels-last data (``"nhwc"``) and TFLite's weight layout the innermost
loop runs over contiguous memory of both.

Offsets are affine in (group, channel, tap, position), and this module turns the plan's
blocks into those coefficients — for the data layout of each argument and the weight layout
— so the template only prints them.

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.codegen.plan import make_plan
>>> p = make_plan(TransposedConvSpec(in_size=3, kernel_size=2, in_channels=2), lang="c",
...               layout="nhwc", name="k")
>>> p.schedule, p.lowering.x_channel, p.lowering.y_channel, p.lowering.w_strides
('blocks', 1, 1, WeightStrides(group=0, out=0, tap=2, inp=1))
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from .layout import weight_offsets

__all__ = ["WeightStrides", "BoxLoop", "BlockLowering", "lower_blocks", "packed_weights",
           "with_band"]


class WeightStrides(NamedTuple):
    """Offset of weight ``(group, op output channel, tap, op input channel)`` in elements."""

    group: int
    out: int
    tap: int
    inp: int


@dataclass(frozen=True)
class BoxLoop:
    """One tap block as a loop nest: ``extent`` per axis; the first element of the op input
    and output boxes (channel 0 of group 0) and their steps per axis, in elements."""

    tap: int
    taps: tuple[int, ...]
    extent: tuple[int, ...]
    x_base: int
    y_base: int
    x_steps: tuple[int, ...]
    y_steps: tuple[int, ...]
    #: the first output position of the box on axis 0 (a row band reads its ``u0`` range)
    row0: int = 0


@dataclass(frozen=True)
class BlockLowering:
    """The numbers of a tap-block kernel: per-sample sizes, channel and group strides of the
    op input ``x`` and output ``y`` (elements), weight strides, and the box loops."""

    x_size: int
    y_size: int
    x_channel: int
    y_channel: int
    x_group: int
    y_group: int
    y_spatial: int
    w_strides: WeightStrides
    loops: tuple[BoxLoop, ...]
    #: int8 NHWC, one group, 2-D: the same blocks as register-tiled phase GEMMs
    #: (:class:`~.int8_gemm.Int8Gemm`), else ``None``
    gemm: object = None
    #: output positions on axis 0 (``rows``), their step between boxes' positions
    #: (``row_step``) and the elements of ``y`` per position of axis 0 (``y_row``)
    rows: int = 1
    row_step: int = 1
    y_row: int = 1
    #: int8: output positions of axis 0 whose int32 accumulators the workspace holds at
    #: once (a row band; ``rows``: one band, the whole sample) — :func:`with_band`
    band: int = 1

    @property
    def acc_channel(self) -> int:
        """Elements between output channels in the accumulators (channels-first data: one
        band of positions per channel; channels-last: 1)."""
        return self.y_channel if self.y_channel == 1 else self.band * self.y_row

    @property
    def acc_group(self) -> int:
        """Elements between groups in the accumulators."""
        return self.y_group // self.y_channel * self.acc_channel

    @property
    def acc_size(self) -> int:
        """int32 accumulators of one band: all channels of ``band`` positions of axis 0."""
        return self.y_size // self.rows * self.band

    @property
    def bands(self) -> int:
        """Row bands per sample."""
        return -(-self.rows // self.band)


def with_band(low: BlockLowering, band: int) -> BlockLowering:
    """``low`` with int8 accumulators for ``band`` output positions of axis 0 at a time
    (the workspace shrinks in proportion; every output is the same sum, in the same order).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> p = make_plan(TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2,
    ...     in_channels=2, out_channels=3), lang="c", layout="nhwc", name="k")
    >>> low = with_band(p.lowering, 2)
    >>> low.rows, low.band, low.bands, low.acc_size, p.lowering.acc_size
    (9, 2, 5, 54, 243)
    """
    if not 1 <= band <= low.rows:
        raise ValueError(f"band must be 1..{low.rows} output rows, got {band!r}")
    return dataclasses.replace(low, band=int(band))


def _spatial_strides(dims) -> list[int]:
    return [math.prod(dims[d + 1:]) for d in range(len(dims))]


def _affine(offsets: np.ndarray) -> WeightStrides:
    """Strides of a ``(G, og, kf, ig)`` offset array, checked to be affine."""
    base = int(offsets.reshape(-1)[0])
    strides = []
    for axis in range(4):
        if offsets.shape[axis] == 1:
            strides.append(0)
            continue
        idx = [0, 0, 0, 0]
        idx[axis] = 1
        strides.append(int(offsets[tuple(idx)]) - base)
    grid = np.indices(offsets.shape)
    model = base + sum(s * grid[a] for a, s in enumerate(strides))
    assert base == 0 and np.array_equal(model, offsets), "weight offsets are not affine"
    return WeightStrides(*strides)


def kernel_orientation(spec, kind: str, array: np.ndarray) -> np.ndarray:
    """A PyTorch-layout weight array as ``(G, op out per group, taps, op in per group)``."""
    g = spec.groups
    a, bg, *k = spec.weight_shape
    kf = math.prod(k)
    w = np.asarray(array).reshape(g, a // g, bg, kf)  # (G, A/g, B/g, taps)
    # "CT": A = op out... no: PyTorch (A, B/g) is (conv out, conv in/g); kind C reads it as
    # (op out, op in), kind CT (the transpose) as (op in, op out).
    w = w.transpose(0, 2, 1, 3) if kind == "CT" else w
    return w.transpose(0, 1, 3, 2)


def packed_weights(spec, kind: str, weights: np.ndarray) -> np.ndarray:
    """Baked weights flattened in the kernel's order ``[group][out][tap][in]`` (contiguous
    over input channels, as TFLite's OHWI)."""
    return np.ascontiguousarray(kernel_orientation(spec, kind, weights)).reshape(-1)


def lower_blocks(spec, plan_axes, blocks, kind: str, groups: int, og: int, ig: int,
                 layout: str, weight_layout: str, baked: bool) -> BlockLowering:
    """Affine offsets of every tap block for ``layout`` data and ``weight_layout`` weights
    (``baked``: the packed order of :func:`packed_weights`)."""
    out_dims = [ax.out_len for ax in plan_axes]
    in_dims = [ax.in_len for ax in plan_axes]
    y_sp, x_sp = math.prod(out_dims), math.prod(in_dims)
    y_ch_total, x_ch_total = groups * og, groups * ig
    if layout == "nchw":
        x_c, y_c, x_pos, y_pos = x_sp, y_sp, 1, 1
    else:
        x_c, y_c, x_pos, y_pos = 1, 1, x_ch_total, y_ch_total
    ostr = [s * y_pos for s in _spatial_strides(out_dims)]
    istr = [s * x_pos for s in _spatial_strides(in_dims)]
    if baked:
        kf = math.prod(spec.kernel_size)
        w_strides = WeightStrides(og * kf * ig, kf * ig, ig, 1)
    else:
        w_strides = _affine(kernel_orientation(spec, kind, weight_offsets(spec, weight_layout)))
    loops = []
    for blk in blocks:
        loops.append(BoxLoop(
            tap=blk.tap, taps=blk.taps, extent=tuple(blk.extent),
            x_base=sum(a * s for a, s in zip(blk.in_start, istr)),
            y_base=sum(a * s for a, s in zip(blk.out_start, ostr)),
            x_steps=tuple(ax.in_step * s for ax, s in zip(plan_axes, istr)),
            y_steps=tuple(ax.out_step * s for ax, s in zip(plan_axes, ostr)),
            row0=int(blk.out_start[0]),
        ))
    return BlockLowering(
        x_size=x_ch_total * x_sp, y_size=y_ch_total * y_sp, x_channel=x_c, y_channel=y_c,
        x_group=ig * x_c, y_group=og * y_c, y_spatial=y_sp, w_strides=w_strides,
        loops=tuple(loops), rows=out_dims[0], row_step=plan_axes[0].out_step,
        y_row=ostr[0], band=out_dims[0],
    )
