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
from types import SimpleNamespace

__all__ = ["lower_tiled", "weight_strides", "TILED_SCHEDULES"]

#: Schedules of the register-tiled kernel: the tiling mode of :class:`.tiling.Tiling`.
TILED_SCHEDULES = ("channels", "spatial", "panel")


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


def lower_tiled(plan) -> SimpleNamespace:
    """The numbers of the register-tiled form of a polyphase C kernel (``plan.lowering``)."""
    axes = plan.axes
    ostr = _strides([ax.out_len for ax in axes])
    istr = _strides([ax.in_len for ax in axes])
    out_steps = [ax.out_step for ax in axes]
    in_steps = [ax.in_step for ax in axes]
    wg, wa, wb = weight_strides(plan)
    return _gemm_context(plan, ostr, istr, out_steps, in_steps, wg, wa, wb)


def _gemm_context(plan, ostr, istr, out_steps, in_steps, wg, wa, wb) -> SimpleNamespace:
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
            parts = [SimpleNamespace(start=a, count=c, stop=e) for a, c, e in
                     chunks(rw, tile.positions, tile.mode == "spatial")]
            rows = row_tile(tile, r, ranged, plan.dtype)
            rparts = [SimpleNamespace(start=a, count=c, stop=e) for a, c, e in
                      chunks(r.extent[-2], rows, False)] if rows > 1 else []
            regions_out.append(SimpleNamespace(parts=parts, lo=lo, hi=hi, ranged=ranged,
                rows=rows, rparts=rparts, nl=nl, ng=ng, kb=kb,
                start=list(r.start), extent=list(r.extent), lead=list(r.extent[:-1]),
                taps=[list(t.taps) for t in taps_r], nt=len(r.taps), xo=xo, wo=wo,
                out_base=out_base, rw=rw,
            ))
        phases.append(SimpleNamespace(phase=list(phase), taps=taps_of.get(phase, []),
                                      regions=regions_out))
    return SimpleNamespace(
        tile=tile, describe=tile.describe(), ab=ab, nj=tile.positions, mode=tile.mode,
        pack=tile.pack, wc=ab if tile.pack else wb, wq=1 if tile.pack else wa,
        phases=phases, y_lead=y_steps[:-1], x_lead=x_steps[:-1], ys=y_steps[-1],
        xs=x_steps[-1], n_regions=len(regs),
    )


def _panel_context(plan, regs, tile, ostr, istr, out_steps, in_steps) -> SimpleNamespace:
    """Tables of the ``"panel"`` form: every region (exact bounds from :func:`.tiling.regions`)
    as its extent, output offset and tap range; per tap its input offset (channels-last, in
    elements) and packed weight offset."""
    from .tiling import PANEL_MIN_MACS, panel_width

    ig, ab = plan.in_per_group, tile.block
    table, t_start, t_x, t_w = [], [0], [], []
    for r in regs:
        table.append(SimpleNamespace(extent=list(r.extent), y=sum(
            (p + st * a) * s for p, st, a, s in zip(r.phase, out_steps, r.start, ostr))))
        for t in r.taps:
            t_x.append(ig * sum((st * a + off) * s for st, a, off, s in
                                zip(in_steps, r.start, t.offset, istr)))
            t_w.append(t.tap * ab * ig)
        t_start.append(len(t_x))
    return SimpleNamespace(
        tile=tile, describe=tile.describe(), ab=ab, nj=tile.positions, mode=tile.mode,
        n_regions=len(regs), table=table, t_start=t_start, t_x=t_x, t_w=t_w, n_taps=len(t_x),
        dims=len(plan.axes), counts=list(range(tile.positions, 0, -1)),
        xsteps=[ig * st * s for st, s in zip(in_steps, istr)],
        ysteps=[st * s for st, s in zip(out_steps, ostr)],
        cl=panel_width(ig), kf=math.prod(plan.spec.kernel_size), min_k=PANEL_MIN_MACS,
    )
