"""Rendering a :class:`~tconv_sym.codegen.plan.Plan` with the jinja2 templates of ``templates/``.

The templates ship inside the package as ``tconv_sym.templates`` and are read with
:mod:`importlib.resources`, so an installed (non-editable) tconv_sym generates code from any
folder. The environment uses ``StrictUndefined``: a template asking for a missing value is
an error, never an empty string in the generated code. Python computes only numbers (offsets,
strides, literals of baked weights); every line of code comes from a template.

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.codegen.plan import make_plan
>>> files = render(make_plan(TransposedConvSpec(in_size=2, kernel_size=2), lang="c", name="k"))
>>> sorted(files)
['k.c', 'k.h']
>>> print(files["k.c"].split("{", 1)[1].strip())  # doctest: +NORMALIZE_WHITESPACE
for (long b = 0; b < n; ++b) {
        const double *restrict src = x + b * 2L;
        double *restrict dst = y + b * 3L;
        dst[0] =
            w[0] * src[0];
        dst[1] =
            w[1] * src[0] + w[0] * src[1];
        dst[2] =
            w[1] * src[1];
    }
}
"""

from __future__ import annotations

import functools
import math
from types import SimpleNamespace

import numpy as np

from .plan import Plan, literal

__all__ = ["render", "environment", "template_names", "HASH_PLACEHOLDER"]

#: Stands for the content hash while the file is hashed (see :mod:`.files`).
HASH_PLACEHOLDER = "0" * 64

_CTYPES = {"float64": "double", "float32": "float"}


@functools.lru_cache(maxsize=1)
def environment():
    """The jinja2 environment over the packaged templates (StrictUndefined, no autoescape).

    >>> environment().undefined.__name__
    'StrictUndefined'
    """
    import importlib.resources

    import jinja2

    root = importlib.resources.files("tconv_sym.templates")

    def load(name: str):
        path = root / name
        if not path.is_file():
            return None
        return path.read_text(encoding="utf-8")

    return jinja2.Environment(
        loader=jinja2.FunctionLoader(load),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def template_names() -> list[str]:
    """The template files shipped with the package.

    >>> "c_polyphase.c.j2" in template_names()
    True
    """
    import importlib.resources

    root = importlib.resources.files("tconv_sym.templates")
    return sorted(p.name for p in root.iterdir() if p.name.endswith(".j2"))


def _strides(dims) -> list[int]:
    return [math.prod(dims[d + 1:]) for d in range(len(dims))]


def _context(plan: Plan, regions: bool = True) -> SimpleNamespace:
    """Every value the templates print, as numbers and validated names."""
    from .._version import __version__

    spec = plan.spec
    axes = plan.axes
    out_dims = [ax.out_len for ax in axes]
    in_dims = [ax.in_len for ax in axes]
    ostr, istr = _strides(out_dims), _strides(in_dims)
    out_steps = [ax.out_step for ax in axes]
    in_steps = [ax.in_step for ax in axes]
    kf = math.prod(spec.kernel_size)
    g, og, ig = plan.groups, plan.out_per_group, plan.in_per_group
    if plan.kind == "CT":  # weight (G*ig, og, k): a = op output channel, c = op input channel
        wg, wa, wb = ig * og * kf, kf, og * kf
    else:
        wg, wa, wb = og * ig * kf, ig * kf, kf
    out_spatial, in_spatial = math.prod(out_dims), math.prod(in_dims)

    grouped = None
    if plan.baked:
        w = plan.weights.reshape(g, og, ig, kf) if plan.kind == "C" else \
            plan.weights.reshape(g, ig, og, kf).transpose(0, 2, 1, 3)
        grouped = w
    blocks = []
    for blk in plan.blocks:
        out_base = sum(a * s for a, s in zip(blk.out_start, ostr))
        in_base = sum(a * s for a, s in zip(blk.in_start, istr))
        terms = []
        live = True
        if grouped is not None:
            sub = grouped[..., blk.tap]
            live = bool(np.any(sub))
            if plan.sparse_baked:
                for gi, a, c in zip(*np.nonzero(sub)):
                    terms.append(SimpleNamespace(
                        out=int((gi * og + a) * out_spatial + out_base),
                        src=int((gi * ig + c) * in_spatial + in_base),
                        coef=literal(float(sub[gi, a, c]), plan.dtype, plan.lang),
                    ))
        blocks.append(SimpleNamespace(
            phase=blk.phase, taps=blk.taps, tap=blk.tap, extent=list(blk.extent),
            size=blk.size, out_start=list(blk.out_start), in_start=list(blk.in_start),
            out_base=out_base, in_base=in_base,
            out_steps=[st * s for st, s in zip(out_steps, ostr)],
            in_steps=[st * s for st, s in zip(in_steps, istr)],
            terms=terms, live=live,
        ))
    scatter = None
    if plan.scatter is not None:
        local = {t: i for i, t in enumerate(plan.scatter)}
        scatter = SimpleNamespace(taps=list(plan.scatter), n=len(plan.scatter), local=local,
                                  adds=sum(b.tap in local for b in plan.blocks))
    weight_grad = plan.direction == "weight"
    transposed = plan.spec.__class__.__name__ == "TransposedConvSpec"
    gemm = None
    if plan.lang == "c" and plan.strategy == "polyphase" and not weight_grad \
            and not plan.sparse_baked and regions:
        gemm = _gemm_context(plan, ostr, istr, out_steps, in_steps, wg, wa, wb)
    return SimpleNamespace(
        gemm=gemm,
        scatter=scatter,
        all_taps=plan.scatter == tuple(range(kf)) if plan.scatter else False,
        version=__version__,
        spec=repr(spec),
        direction=plan.direction,
        operator=plan.operator,
        strategy=plan.strategy,
        reason=plan.reason,
        dtype=plan.dtype,
        ctype=_CTYPES[plan.dtype],
        hash_placeholder=HASH_PLACEHOLDER,
        name=plan.name,
        args=plan.args,
        result=plan.result,
        kind=plan.kind,
        weight_grad=weight_grad,
        baked=plan.baked,
        sparse_baked=plan.sparse_baked,
        nonzero_weights=int(np.count_nonzero(plan.weights)) if plan.baked else 0,
        weight_size=math.prod(spec.weight_shape),
        weight_shape=list(spec.weight_shape),
        weight_literals=[literal(v, plan.dtype, plan.lang) for v in
                         plan.weights.reshape(-1).tolist()] if plan.baked else [],
        executed_macs=f"{plan.executed_macs:,}",
        phases=plan.phases,
        groups=g, out_per_group=og, in_per_group=ig, taps=kf,
        wg=wg, wa=wa, wb=wb,
        out_dims=out_dims, in_dims=in_dims, out_steps=out_steps, in_steps=in_steps,
        out_spatial=out_spatial, in_spatial=in_spatial,
        out_size=(og * g) * out_spatial, in_size=(ig * g) * in_spatial,
        result_size=math.prod(plan.result.shape),
        x_size=math.prod(spec.in_shape), grad_y_size=math.prod(spec.out_shape),
        conv_out_arg="x" if transposed else "grad_y",
        conv_in_arg="grad_y" if transposed else "x",
        blocks=blocks,
        rows=plan.rows,
    )


def _gemm_context(plan: Plan, ostr, istr, out_steps, in_steps, wg, wa, wb) -> SimpleNamespace:
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


def _panel_context(plan: Plan, regs, tile, ostr, istr, out_steps, in_steps) -> SimpleNamespace:
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


def render(plan: Plan) -> dict[str, str]:
    """The files of a plan, ``{file name: text}``, with the content hash still a placeholder
    (:func:`tconv_sym.codegen.files.seal` fills it in). C gives ``NAME.c`` and ``NAME.h``,
    NumPy gives ``NAME.py``.

    >>> from tconv_sym import ConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> text = render(make_plan(ConvSpec(in_size=3, kernel_size=2), name="k"))["k.py"]
    >>> print(text.splitlines()[0])
    # generated — do not edit. Written by tconv_sym ...; regenerate instead.
    """
    from .gemm import gemm_context, gemm_form
    from .gemm_scatter import scatter_context, scatter_form

    env = environment()
    form = gemm_form(plan)
    scatter = scatter_form(plan) if form is None else None
    k = _context(plan, regions=form is None and scatter is None)
    if form is not None or scatter is not None:  # GEMM forms: packed weights, micro-kernels
        k = gemm_context(plan, k, form) if form is not None else \
            scatter_context(plan, k, scatter)
        body = "c_gemm.c.j2" if form is not None else "c_gemm_scatter.c.j2"
        return {f"{plan.name}.c": env.get_template(body).render(k=k),
                f"{plan.name}.h": env.get_template("c_gemm.h.j2").render(k=k)}
    if plan.lang == "c":
        body = env.get_template(f"c_{plan.strategy}.c.j2").render(k=k)
        header = env.get_template("c_header.h.j2").render(k=k)
        return {f"{plan.name}.c": body, f"{plan.name}.h": header}
    body = env.get_template(f"numpy_{plan.strategy}.py.j2").render(k=k)
    return {f"{plan.name}.py": body}
