"""Lowering of the register-tiled polyphase C kernel: regions, register tiles, tap tables.

The planner calls :func:`lower_tiled` once and keeps the result as ``plan.lowering`` (for
kernels no GEMM form of :mod:`.gemm` / :mod:`.gemm_scatter` applies to, see :mod:`.schedule`);
the template ``c_polyphase.c.j2`` only prints it. The decisions (see :mod:`.tiling`): the register
tiling (``"channels"``, ``"spatial"`` or ``"panel"``), whether spatial tiles run along whole
rows, row tiles of narrow regions, tap groups of ranged regions; the numbers: per phase its
taps, per region its offsets and tap tables.

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.codegen.plan import make_plan
>>> p = make_plan(TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, in_channels=3,
...               out_channels=2), lang="c", name="up")  # 6,144 terms: too few for a GEMM
>>> p.schedule, p.lowering.mode, len(p.lowering.phases)
('spatial', 'spatial', 4)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .tiling import Tiling

__all__ = ["lower_tiled", "weight_strides", "TILED_SCHEDULES", "TiledLowering", "TiledPhase",
           "TiledRegion", "TilePart", "PanelRegion", "COPY_BLOCK", "FOLD_LANES", "WS_MIN_BYTES"]

#: Schedules of the register-tiled kernel: the tiling mode of :class:`.tiling.Tiling`.
TILED_SCHEDULES = ("channels", "spatial", "panel")
#: ``"panel"`` tiles copy each sample's input channels-last in square blocks of this many
#: positions x input channels (measured 3-4x faster than a strided copy).
COPY_BLOCK = 8
#: ``"panel"`` tiles fold their partial sums to this many lanes before the last additions, and
#: a single sum (one output channel x one position) steps its lanes by it (else gcc 12
#: vectorises the tap loop with gathers).
FOLD_LANES = 8
#: Packed weights and the ``"panel"`` channels-last copy of at least this many bytes live in
#: the caller's workspace (``NAME_ws(n, ..., ws)``, ``NAME_WORKSPACE_BYTES``; ``NAME`` takes
#: it from ``TCONV_SYM_ALLOC``) instead of the stack, which keeps only the register tile;
#: smaller buffers stay on the stack (no heap allocation for small kernels).
WS_MIN_BYTES = 1024


@dataclass(frozen=True)
class TilePart:
    """A row of a region as register tiles: ``count`` positions from ``start``; with ``stop``
    set, a loop over full tiles of ``count`` up to ``stop``."""

    start: int
    count: int
    stop: int | None


@dataclass(frozen=True)
class TiledRegion:
    """One region of a phase plane as the template prints it: offsets of its taps (input
    ``xo``, packed weight ``wo``), the tiles of its rows (``parts``; ``rparts``: tiles of
    ``rows`` rows when narrow), and, when ``ranged``, its ``nl`` tap groups of ``ng`` taps
    (``kb`` at once) valid on ``[lo, hi)`` of a row."""

    parts: tuple[TilePart, ...]
    lo: tuple[int | None, ...]
    hi: tuple[int | None, ...]
    ranged: bool
    rows: int
    rparts: tuple[TilePart, ...]
    nl: int
    ng: int
    kb: int
    start: tuple[int, ...]
    extent: tuple[int, ...]
    lead: tuple[int, ...]
    taps: tuple[tuple[int, ...], ...]
    nt: int
    xo: tuple[int, ...]
    wo: tuple[int, ...]
    out_base: int
    rw: int


@dataclass(frozen=True)
class TiledPhase:
    """One output phase: its index per axis, its flat taps, its regions."""

    phase: tuple[int, ...]
    taps: tuple[int, ...]
    regions: tuple[TiledRegion, ...]


@dataclass(frozen=True)
class PanelRegion:
    """One region of the ``"panel"`` table: its extent and output offset."""

    extent: tuple[int, ...]
    y: int


@dataclass(frozen=True, repr=False)
class TiledLowering:
    """The register-tiled lowering of a polyphase C kernel (``plan.lowering`` of the
    ``"channels"`` / ``"spatial"`` / ``"panel"`` schedules): the :class:`~.tiling.Tiling` and
    every number the template ``c_polyphase.c.j2`` prints. Region tiles (``phases``, the
    steps ``y_lead``/``x_lead``/``ys``/``xs``) for channels and spatial tiles; the region
    table, tap offsets and steps (``table``, ``t_*``, ``xsteps``/``ysteps``) and the copy and
    fold widths for panel tiles."""

    tile: Tiling
    n_regions: int
    phases: tuple[TiledPhase, ...] = ()
    wc: int = 0
    wq: int = 0
    y_lead: tuple[int, ...] = ()
    x_lead: tuple[int, ...] = ()
    ys: int = 0
    xs: int = 0
    table: tuple[PanelRegion, ...] = ()
    t_start: tuple[int, ...] = ()
    t_x: tuple[int, ...] = ()
    t_w: tuple[int, ...] = ()
    dims: int = 0
    xsteps: tuple[int, ...] = ()
    ysteps: tuple[int, ...] = ()
    cl: int = 0
    kf: int = 0
    min_k: int = 0
    copy_block: int = COPY_BLOCK
    copy_full: int = 0
    fold: int = FOLD_LANES
    wk_elems: int = 0
    xc_elems: int = 0

    mode = property(lambda self: self.tile.mode)
    ab = property(lambda self: self.tile.block)
    nj = property(lambda self: self.tile.positions)
    pack = property(lambda self: self.tile.pack)

    @property
    def ws_elems(self) -> int:
        """Elements of the caller's workspace: the packed weights (``wk_elems``, first) and
        the ``"panel"`` channels-last copy (``xc_elems``); 0: both on the stack."""
        return self.wk_elems + self.xc_elems

    @property
    def describe(self) -> str:
        """The tiling's description (a property: the template prints ``G.describe``)."""
        text = self.tile.describe()
        if self.ws_elems:
            text = text.replace("on the stack", "in the workspace")
        return text

    @property
    def counts(self) -> tuple[int, ...]:
        """``"panel"``: the tile widths, largest first (one loop each)."""
        return tuple(range(self.tile.positions, 0, -1))

    @property
    def n_taps(self) -> int:
        return len(self.t_x)

    def inner(self, count: int) -> int:
        """``"panel"``: lanes per step of the innermost loop of a tile of ``count``
        positions (a single sum steps by :attr:`fold`)."""
        return self.cl if count * self.ab > 1 else self.fold

    def __repr__(self) -> str:
        return (f"TiledLowering(mode={self.mode!r}, block={self.ab}, positions={self.nj}, "
                f"regions={self.n_regions})")


def _strides(dims) -> list[int]:
    return [math.prod(dims[d + 1:]) for d in range(len(dims))]


def weight_strides(plan) -> tuple[int, int, int]:
    """``(wg, wa, wb)``: PyTorch-layout weight offset of group, op output and op input
    channel (the tap adds 1)."""
    kf = math.prod(plan.spec.kernel_size)
    og, ig = plan.out_per_group, plan.in_per_group
    if plan.kind == "CT":  # weight (G*ig, og, k): a = op output channel, c = op input channel
        return ig * og * kf, kf, og * kf
    return og * ig * kf, ig * kf, kf


def lower_tiled(plan, workspace: bool = True) -> TiledLowering:
    """The numbers of the register-tiled form of a polyphase C kernel (``plan.lowering``).
    ``workspace``: packed weights and the channels-last copy of :data:`WS_MIN_BYTES` or more
    go to the caller's workspace (else they stay on the stack).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> p = make_plan(TransposedConvSpec(in_size=(6, 6), kernel_size=3, stride=2,
    ...               in_channels=32, out_channels=16), lang="c", dtype="float32", name="k")
    >>> low = lower_tiled(p)
    >>> low.mode, low.wk_elems, lower_tiled(p, workspace=False).wk_elems
    ('channels', 1024, 0)
    """
    import dataclasses

    from .clang import element_bytes

    axes = plan.axes
    ostr = _strides([ax.out_len for ax in axes])
    istr = _strides([ax.in_len for ax in axes])
    out_steps = [ax.out_step for ax in axes]
    in_steps = [ax.in_step for ax in axes]
    wg, wa, wb = weight_strides(plan)
    low = _region_lowering(plan, ostr, istr, out_steps, in_steps, wg, wa, wb)
    if low.mode == "panel":
        wk, xc = low.kf * low.ab * plan.in_per_group, low.tile.panel_elems
    else:
        wk = max((len(ph.taps) * plan.in_per_group * low.ab for ph in low.phases),
                 default=0) if low.pack else 0
        xc = 0
    if not workspace or (wk + xc) * element_bytes(plan.dtype) < WS_MIN_BYTES:
        return low
    return dataclasses.replace(low, wk_elems=wk, xc_elems=xc)


def _region_lowering(plan, ostr, istr, out_steps, in_steps, wg, wa, wb) -> TiledLowering:
    """Numbers of the region / register-tile form of the polyphase C kernel (see
    :mod:`.tiling`): per phase its taps, per region its offsets and tap tables."""
    from .tiling import chunks, phase_taps, regions, row_tile, tiling, whole_rows, with_flat_taps

    og, ig = plan.out_per_group, plan.in_per_group
    regs = with_flat_taps(regions(plan.axes), plan.spec.kernel_size)
    taps_of = phase_taps(regs)
    out_spatial = math.prod(ax.out_len for ax in plan.axes)
    macs = sum(r.size * len(r.taps) for r in regs) * ig  # per output channel
    tile = tiling(og, ig, max((len(t) for t in taps_of.values()), default=1), plan.dtype,
                  last_in_step=in_steps[-1], in_spatial=math.prod(ax.in_len for ax in plan.axes),
                  kernel_taps=math.prod(plan.spec.kernel_size),
                  macs_per_output=macs / max(out_spatial, 1))
    if tile.mode == "panel":
        return _panel_context(plan, regs, tile, ostr, istr, out_steps, in_steps)
    if whole_rows(regs, tile, plan.dtype):
        regs = with_flat_taps(regions(plan.axes, split_last=False), plan.spec.kernel_size)
    ab = tile.block
    y_steps = [st * s for st, s in zip(out_steps, ostr)]
    x_steps = [st * s for st, s in zip(in_steps, istr)]
    phases = []
    for phase in sorted({r.phase for r in regs}):
        local = {t: i for i, t in enumerate(taps_of.get(phase, []))}
        regions_out = []
        for r in (r for r in regs if r.phase == phase):
            out_base = sum((p + st * a) * s for p, st, a, s in
                           zip(r.phase, out_steps, r.start, ostr))
            xo, wo = [], []
            lo = [t.lo for t in r.taps]
            hi = [t.hi for t in r.taps]
            rw = r.extent[-1]
            ranged = any(a != 0 or b != rw for a, b in zip(lo, hi))
            taps_r = r.taps
            nl = ng = kb = 1
            if ranged:  # group the taps by their last-axis tap (one [lo, hi) per group)
                groups: dict = {}
                for t in r.taps:
                    groups.setdefault(t.taps[-1], []).append(t)
                taps_r = tuple(t for g_ in groups.values() for t in g_)
                nl, ng = len(groups), len(r.taps) // len(groups)
                if any(len(g_) != ng or len({(t.lo, t.hi) for t in g_}) != 1
                       for g_ in groups.values()):
                    nl, ng = len(r.taps), 1  # not a product: one tap per group
                kb = max(d for d in range(1, min(ng, 8) + 1) if ng % d == 0)
                lo = [taps_r[i * ng].lo for i in range(nl)]
                hi = [taps_r[i * ng].hi for i in range(nl)]
            for t in taps_r:
                xo.append(sum((st * a + off) * s for st, a, off, s in
                              zip(in_steps, r.start, t.offset, istr)))
                wo.append(local[t.tap] * ig * ab if tile.pack else t.tap)
            parts = tuple(TilePart(a, c, e) for a, c, e in
                          chunks(rw, tile.positions, tile.mode == "spatial"))
            rows = row_tile(tile, r, ranged, plan.dtype)
            rparts = tuple(TilePart(a, c, e) for a, c, e in
                           chunks(r.extent[-2], rows, False)) if rows > 1 else ()
            regions_out.append(TiledRegion(
                parts=parts, lo=tuple(lo), hi=tuple(hi), ranged=ranged, rows=rows,
                rparts=rparts, nl=nl, ng=ng, kb=kb, start=tuple(r.start),
                extent=tuple(r.extent), lead=tuple(r.extent[:-1]),
                taps=tuple(tuple(t.taps) for t in taps_r), nt=len(r.taps), xo=tuple(xo),
                wo=tuple(wo), out_base=out_base, rw=rw,
            ))
        phases.append(TiledPhase(tuple(phase), tuple(taps_of.get(phase, [])),
                                 tuple(regions_out)))
    return TiledLowering(
        tile=tile, n_regions=len(regs), phases=tuple(phases),
        wc=ab if tile.pack else wb, wq=1 if tile.pack else wa,
        y_lead=tuple(y_steps[:-1]), x_lead=tuple(x_steps[:-1]), ys=y_steps[-1],
        xs=x_steps[-1],
    )


def _panel_context(plan, regs, tile, ostr, istr, out_steps, in_steps) -> TiledLowering:
    """Tables of the ``"panel"`` form: every region (exact bounds from :func:`.tiling.regions`)
    as its extent, output offset and tap range; per tap its input offset (channels-last, in
    elements) and packed weight offset."""
    from .tiling import PANEL_MIN_MACS, panel_width

    ig, ab = plan.in_per_group, tile.block
    table, t_start, t_x, t_w = [], [0], [], []
    for r in regs:
        table.append(PanelRegion(tuple(r.extent), sum(
            (p + st * a) * s for p, st, a, s in zip(r.phase, out_steps, r.start, ostr))))
        for t in r.taps:
            t_x.append(ig * sum((st * a + off) * s for st, a, off, s in
                                zip(in_steps, r.start, t.offset, istr)))
            t_w.append(t.tap * ab * ig)
        t_start.append(len(t_x))
    in_spatial = math.prod(ax.in_len for ax in plan.axes)
    return TiledLowering(
        tile=tile, n_regions=len(regs), table=tuple(table), t_start=tuple(t_start),
        t_x=tuple(t_x), t_w=tuple(t_w), dims=len(plan.axes),
        xsteps=tuple(ig * st * s for st, s in zip(in_steps, istr)),
        ysteps=tuple(st * s for st, s in zip(out_steps, ostr)),
        cl=panel_width(ig), kf=math.prod(plan.spec.kernel_size), min_k=PANEL_MIN_MACS,
        copy_full=in_spatial - in_spatial % COPY_BLOCK,
    )
