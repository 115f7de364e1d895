"""How the polyphase C kernel lays its GEMMs out: regions of each output phase, register tiles.

The polyphase form (:func:`~tconv_sym.codegen.plan.axis_phases`) says, per spatial axis and
output phase, which sub-kernel taps reach which range ``[start, stop)`` of the phase plane.
Cutting every axis at those range ends splits each phase plane into boxes (*regions*) in which
the set of taps is constant: inside a region every tap is valid at every position. So each
output element of a region is one complete sum

    ``y[a, p] = Σ_taps Σ_c  W_tap[a, c] · x[c, p + offset_tap]``

(a GEMM with ``K = in channels × taps of the region``), computed in registers and stored
once — no zero-initialised output, no read-modify-write, and still no inserted or padding zero
multiplied (the region bounds are exact). Regions without any tap are written as zeros.

Register tiles (:class:`Tiling`): ``"channels"`` vectorises over a block of output channels
(weights packed ``[tap][c][a]`` on the stack) with a few positions per tile, for layers with
many output channels; ``"spatial"`` vectorises over contiguous positions of a region row with
a few output channels per tile, for layers with few output channels; ``"panel"``
vectorises over input channels of a channels-last copy of the input, for few output channels
with many multiplies (taps x input channels) per output element.

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.codegen.plan import axis_phases
>>> regs = regions(axis_phases(TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1)))
>>> for r in regs:
...     print(r.phase, r.start, r.extent, [t.taps for t in r.taps])
(0,) (0,) (1,) [(1,)]
(0,) (1,) (2,) [(1,), (3,)]
(1,) (0,) (2,) [(0,), (2,)]
(1,) (2,) (1,) [(2,)]
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

import numpy as np

from .gemm import phase_len

__all__ = ["RegionTap", "Region", "regions", "phase_taps", "Tiling", "tiling", "chunks",
           "whole_rows", "row_tile",
           "STACK_BYTES", "PANEL_BYTES", "PANEL_MIN_MACS", "panel_width"]

#: Most bytes of packed weights a kernel keeps on the stack.
STACK_BYTES = 128 * 1024
#: Most bytes of the channels-last input panel (``"panel"`` tiles) a kernel keeps on the stack.
PANEL_BYTES = 256 * 1024
#: Fewest multiplies per output element (taps x input channels, on average) for ``"panel"``
#: tiles: below it the channels-last copy and the per-output lane reduction cost as much as
#: the work (DCGAN 64->3: 4 taps x 64 channels keeps the spatial tiles).
PANEL_MIN_MACS = 512
#: Vector lanes assumed when choosing tile sizes (AVX-512); any size is correct anywhere.
_LANES = {"float32": 16, "float64": 8}


@dataclass(frozen=True)
class RegionTap:
    """One tap valid on a whole region: its flat kernel index and per-axis input offsets
    (input index ``in_step * u + offset`` at phase-plane position ``u``)."""

    tap: int
    taps: tuple[int, ...]
    offset: tuple[int, ...]
    lo: int = 0
    hi: int | None = None  # valid positions on the last axis, relative to the region


@dataclass(frozen=True)
class Region:
    """A box of one output phase plane (``start``, ``extent`` in phase-plane coordinates)
    on which every tap of ``taps`` is valid."""

    phase: tuple[int, ...]
    start: tuple[int, ...]
    extent: tuple[int, ...]
    taps: tuple[RegionTap, ...]

    @property
    def size(self) -> int:
        """Number of positions."""
        return math.prod(self.extent)


def regions(axes, split_last: bool = True) -> tuple[Region, ...]:
    """Every phase plane cut into boxes with a constant set of valid taps (see the module).

    Together the regions cover every output element exactly once; a region's multiply count
    is ``size × len(taps)``, and over all regions that is the operator's structural nonzeros
    per channel pair. With ``split_last=False`` the last axis is not cut: a region is a whole
    row of its phase plane, and each tap is valid on its own range ``[lo, hi)`` of it.
    """
    per_axis = []
    for d, ax in enumerate(axes):
        last = d == len(axes) - 1
        segs = []
        for phase in range(ax.out_step):
            n = phase_len(ax, phase)
            if n == 0:
                continue
            taps = [t for t in ax.taps if t.phase == phase]
            if last and not split_last:
                segs.append((phase, 0, n, tuple(taps)))
                continue
            cuts = sorted({0, n, *(t.start for t in taps), *(t.stop for t in taps)})
            for lo, hi in zip(cuts, cuts[1:]):
                valid = tuple(t for t in taps if t.start <= lo and hi <= t.stop)
                segs.append((phase, lo, hi - lo, valid))
        per_axis.append(segs)
    out = []
    for combo in itertools.product(*per_axis):
        start_last, extent_last = combo[-1][1], combo[-1][2]
        taps = tuple(
            RegionTap(tap=0, taps=tuple(t.tap for t in ts), offset=tuple(t.offset for t in ts),
                      lo=max(ts[-1].start - start_last, 0),
                      hi=min(ts[-1].stop - start_last, extent_last))
            for ts in itertools.product(*(c[3] for c in combo)))
        out.append(Region(phase=tuple(c[0] for c in combo), start=tuple(c[1] for c in combo),
                          extent=tuple(c[2] for c in combo), taps=taps))
    return tuple(out)


def with_flat_taps(regs, kernel_size) -> tuple[Region, ...]:
    """The regions with each tap's flat kernel index filled in (C order over the kernel)."""
    fixed = []
    for r in regs:
        taps = tuple(RegionTap(int(np.ravel_multi_index(t.taps, kernel_size)), t.taps, t.offset,
                               t.lo, t.hi) for t in r.taps)
        fixed.append(Region(r.phase, r.start, r.extent, taps))
    return tuple(fixed)


def whole_rows(regs, tile: Tiling, dtype: str) -> bool:
    """Whether spatial tiles should run along whole rows (``regions(split_last=False)``).

    Cutting the last axis keeps every tap valid on a whole region (constant loop bounds, the
    tile in registers) but leaves edge regions a few positions wide, which cannot be
    vectorised. Whole rows (each tap on its own range; the tile in L1) win when those
    narrow regions hold more than a tenth of the work and the rows are at least a vector
    long: e.g. the 7x7 stride-1 MNIST decoder (2.6x faster), not DCGAN 64->3 (rows of 31 + 1).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import axis_phases
    >>> mnist = regions(axis_phases(TransposedConvSpec(in_size=28, kernel_size=7, padding=3)))
    >>> whole_rows(mnist, tiling(1, 32, 7, "float32"), "float32")
    True
    """
    if tile.mode != "spatial":
        return False
    lanes = _LANES[dtype]
    work = sum(r.size * len(r.taps) for r in regs)
    narrow = sum(r.size * len(r.taps) for r in regs if r.extent[-1] < lanes)
    rows: dict = {}
    for r in regs:
        key = (r.phase, r.start[:-1])
        rows[key] = rows.get(key, 0) + r.extent[-1]
    return bool(work) and narrow > 0.1 * work and max(rows.values()) >= lanes


def row_tile(tile: Tiling, region: Region, ranged: bool, dtype: str) -> int:
    """Rows of the leading axis per register tile of a narrow region (1 = no row tiles).

    A spatial tile of a region narrower than a vector has only ``block x width`` sums, each
    a chain of dependent multiply-adds (latency-bound). Tiling a few rows of the next axis
    too gives up to 16 independent sums; every element is still one complete sum over the
    region's taps (same multiplies, same bounds).

    >>> r = Region(phase=(0, 0), start=(1, 0), extent=(22, 1),
    ...            taps=(RegionTap(0, (0, 0), (0, 0)),))
    >>> row_tile(tiling(1, 32, 49, "float64"), r, False, "float64")
    8
    >>> row_tile(tiling(3, 64, 4, "float32"), r, False, "float32")
    5
    >>> row_tile(tiling(3, 64, 4, "float32"), Region((0, 0), (1, 0), (22, 1), ()), False,
    ...          "float32")  # no tap: the region is written as zeros
    1
    """
    if tile.mode != "spatial" or ranged or not region.taps or len(region.extent) < 2 \
            or region.extent[-1] >= _LANES[dtype]:
        return 1
    return max(1, min(region.extent[-2], 8, 16 // (tile.block * region.extent[-1])))


def phase_taps(regs) -> dict:
    """``{phase: [flat taps used by the phase, sorted]}``."""
    out: dict = {}
    for r in regs:
        out.setdefault(r.phase, set()).update(t.tap for t in r.taps)
    return {p: sorted(t) for p, t in out.items()}


@dataclass(frozen=True)
class Tiling:
    """Register tiling of the polyphase C kernel.

    ``mode``: ``"channels"`` (tile = ``positions`` positions × ``block`` output channels,
    vectorised over the channels) or ``"spatial"`` (tile = ``block`` output channels ×
    up to ``positions`` contiguous positions of a region row, vectorised over positions).
    ``pack``: weights are copied per (group, phase, channel block) into a stack buffer
    ``[tap][in channel][block]`` of ``pack_elems`` elements.
    """

    mode: str
    block: int
    positions: int
    pack: bool
    pack_elems: int
    panel_elems: int = field(default=0, repr=False)  # "panel": channels-last input elements

    def describe(self) -> str:
        """One line for the generated code's comment.

        >>> print(Tiling("channels", 32, 4, True, 16384).describe())
        channels-vectorised register tiles of 4 positions x 32 output channels, weights packed
        (16,384 elements on the stack)
        """
        if self.mode == "panel":
            return (f"input-channels-vectorised tiles of {self.block} output channel(s) x "
                    f"{self.positions} position(s): each sample's input copied channels-last\n"
                    f"({self.panel_elems:,} elements on the stack), weights packed [tap][out][in]"
                    f" ({self.pack_elems:,} elements)")
        if self.mode == "channels":
            text = (f"channels-vectorised register tiles of {self.positions} positions x "
                    f"{self.block} output channels")
        else:
            text = (f"spatial-vectorised register tiles of {self.block} output channels x "
                    f"{self.positions} positions")
        if self.pack:
            return text + f", weights packed\n({self.pack_elems:,} elements on the stack)"
        return text + ", weights read in place"


def _block(n: int, cap: int) -> int:
    """The largest divisor of ``n`` up to ``cap``, avoiding 9..16: gcc (12) completely
    unrolls a vectorisable loop of at most 16 iterations before vectorising it and then
    keeps the accumulators in memory (measured: 3 GFLOP/s instead of 70)."""
    return max(d for d in range(1, min(n, cap) + 1) if n % d == 0 and not 9 <= d <= 16)


def chunks(width: int, step: int, vectorised: bool) -> list[tuple[int, int, int | None]]:
    """A region row of ``width`` positions as tiles: ``(start, count, loop_stop)``, where
    ``loop_stop`` is set for a loop over full tiles of ``count`` from ``start``. Vectorised
    remainders of 9..16 positions are split in two (see :func:`_block`).

    >>> chunks(22, 32, True), chunks(47, 32, True), chunks(7, 4, False)
    ([(0, 22, None)], [(0, 32, 32), (32, 8, None), (40, 7, None)], [(0, 4, 4), (4, 3, None)])
    """
    full = width - width % step
    out = [(0, step, full)] if full else []
    rest = width % step
    if vectorised and 9 <= rest <= 16:
        out += [(full, 8, None), (full + 8, rest - 8, None)]
    elif rest:
        out.append((full, rest, None))
    return out


def panel_width(in_per_group: int) -> int:
    """Input channels per vector of partial sums in ``"panel"`` tiles: all of them up to 64,
    else the largest multiple-of-8 divisor up to 64.

    >>> panel_width(32), panel_width(64), panel_width(96), panel_width(200)
    (32, 64, 48, 40)
    """
    if in_per_group <= 64:
        return in_per_group
    return max(d for d in range(8, 65, 8) if in_per_group % d == 0)


def tiling(out_per_group: int, in_per_group: int, taps_per_phase: int, dtype: str,
           last_in_step: int = 1, in_spatial: int = 0, kernel_taps: int = 0,
           macs_per_output: float = 0) -> Tiling:
    """Pick the register tiling for a kernel (a rule of thumb, measured by the benchmarks).

    Few output channels (fewer than a vector's worth) but many input channels (a multiple
    of 8, at least 16) and at least :data:`PANEL_MIN_MACS` multiplies per output element on
    average (``macs_per_output``; ``in_spatial`` and ``kernel_taps`` given): ``"panel"`` —
    each sample's input is copied channels-last into a stack buffer (at most
    :data:`PANEL_BYTES`) and every output element is a dot product over the input channels
    (vectorised; all lanes useful), summed over its region's taps, with up to 4 output
    channels x a few consecutive positions of one region per tile (one table-driven loop
    over all regions: short compiles). Else:
    many output channels (at least one vector's worth): vectorise over a block of up to
    four vectors of them, four positions per tile. Few: vectorise over 32 contiguous
    positions, up to four output channels per tile. Packed weights must fit in
    :data:`STACK_BYTES`; else the block shrinks, and as a last resort the weights are read
    in place.

    >>> tiling(64, 128, 4, "float32")
    Tiling(mode='channels', block=64, positions=4, pack=True, pack_elems=32768)
    >>> tiling(1, 32, 49, "float64")
    Tiling(mode='spatial', block=1, positions=32, pack=True, pack_elems=1568)
    >>> tiling(1, 32, 49, "float64", in_spatial=784, kernel_taps=49, macs_per_output=1382)
    Tiling(mode='panel', block=1, positions=3, pack=True, pack_elems=1568)
    >>> tiling(3, 64, 4, "float32", in_spatial=256, kernel_taps=16, macs_per_output=225).mode
    'spatial'
    """
    lanes = _LANES[dtype]
    size = np.dtype(dtype).itemsize
    if out_per_group < lanes and in_per_group >= 16 and in_per_group % 8 == 0 \
            and macs_per_output >= PANEL_MIN_MACS \
            and 0 < in_spatial * in_per_group * size <= PANEL_BYTES:
        block = _block(out_per_group, 4)
        elems = kernel_taps * block * in_per_group
        if 0 < elems * size <= STACK_BYTES:
            vecs = max(1, panel_width(in_per_group) // lanes)
            positions = max(1, min(4, 12 // (block * vecs)))
            return Tiling("panel", block, positions, True, elems, in_spatial * in_per_group)
    if out_per_group >= lanes or last_in_step != 1:
        mode, block, positions = "channels", _block(out_per_group, 4 * lanes), 4
    else:
        mode, block, positions = "spatial", _block(out_per_group, 4), 32
    while block > 1 and taps_per_phase * in_per_group * block * size > STACK_BYTES:
        block = _block(out_per_group, block - 1)
    elems = taps_per_phase * in_per_group * block
    pack = elems * size <= STACK_BYTES
    return Tiling(mode, block, positions, pack, elems if pack else 0)
