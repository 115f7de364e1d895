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
>>> body = files["k.c"].split("{", 1)[1].split("#ifndef TCONV_SYM_OK")[0]  # then k_checked
>>> print(body.strip())  # doctest: +NORMALIZE_WHITESPACE
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

import math
from types import SimpleNamespace

import numpy as np

from .baked import baked_table
from .clang import ACCUMULATORS, CTYPES, index_type_of, literal, signature
from .plan import Plan
from .schedule import PACKED_SCHEDULES
from .templates_env import environment  # noqa: F401  (re-exported: render.environment)
from .tiled import TILED_SCHEDULES, weight_strides

__all__ = ["render", "environment", "template_names", "context", "blocks_context",
           "HASH_PLACEHOLDER"]

#: Stands for the content hash while the file is hashed (see :mod:`.files`).
HASH_PLACEHOLDER = "0" * 64

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


def _index_type(plan: Plan) -> str:
    """Fixed-width type of the index tables (``int32_t`` where it fits)."""
    return index_type_of(plan.spec)


def _counter_type(plan: Plan) -> str:
    """Loop counters of the float kernels: ``int_fast32_t`` (the machine's fastest type of at
    least 32 bits: ``long`` on x86-64 glibc, ``int`` on 32-bit ARM), ``int64_t`` if needed."""
    return "int_fast32_t" if _index_type(plan) == "int32_t" else "int64_t"


def context(plan: Plan) -> SimpleNamespace:
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
    wg, wa, wb = weight_strides(plan)
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
    return SimpleNamespace(
        tiled=plan.lowering if plan.schedule in TILED_SCHEDULES else None,
        scatter=scatter,
        all_taps=plan.scatter == tuple(range(kf)) if plan.scatter else False,
        version=__version__,
        spec=repr(spec),
        direction=plan.direction,
        operator=plan.operator,
        strategy=plan.strategy,
        reason=plan.reason,
        dtype=plan.dtype,
        ctype=CTYPES[plan.dtype],
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
                         plan.weights.reshape(-1).tolist()]
        if plan.baked and plan.lang == "numpy" else [],
        weight_table=baked_table(plan.weights, plan.dtype, plan.weight_text)
        if plan.baked and plan.lang == "c" and not plan.sparse_baked
        and plan.schedule not in (*PACKED_SCHEDULES, "depthwise") else None,
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
        memory=plan.memory,
        memory_text=plan.memory.describe() if plan.memory is not None else "",
        itype=_counter_type(plan),
        ttype=_index_type(plan),
    )


def blocks_context(plan: Plan) -> SimpleNamespace:
    """The values of the tap-block templates: the plan's lowering and the C facts."""
    from .layout import describe_weight_layout
    from .schedule import int8_tables, packed

    k = context(plan)
    low = plan.lowering
    mem = plan.memory
    itype = _index_type(plan)
    int8 = plan.dtype == "int8"
    ctype = CTYPES[plan.dtype]
    k.ctype, k.acctype, k.itype, k.low, k.int8 = ctype, ACCUMULATORS[plan.dtype], itype, low, int8
    k.layout = plan.layout
    k.layout_text = ("channels-first (C, *spatial) per sample" if plan.layout == "nchw"
                     else "channels-last (*spatial, C) per sample")
    k.weight_text = describe_weight_layout(plan.spec, plan.weight_layout)
    k.signature = signature(plan.name, [a.name for a in plan.args], plan.result.name, ctype,
                            itype, mem.workspace_bytes > 0)
    k.workspace, k.stack, k.static = mem.workspace_bytes, mem.stack_bytes, mem.static_bytes
    k.memory_text = mem.describe()
    k.packed = packed(plan) if plan.baked else []
    k.wname = f"{plan.name}_w" if plan.baked else "w"
    k.channels = plan.spec.out_channels
    k.quant = plan.quant
    k.tables = int8_tables(plan) if int8 else None
    return k


#: The former private names (kept for callers outside this module).
_context, _blocks_context = context, blocks_context


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
    env = environment()
    if plan.schedule == "winograd":  # per phase F(m, r): transforms and GEMMs (plan.lowering)
        from .winograd_c import winograd_context

        k, core = winograd_context(plan, context(plan), plan.lowering)
        return {f"{plan.name}.c": env.get_template("c_winograd.c.j2").render(k=k, **core),
                f"{plan.name}.h": env.get_template("c_gemm.h.j2").render(k=k)}
    if plan.schedule in PACKED_SCHEDULES:  # packed weights, micro-kernels (plan.lowering)
        from .gemm import gemm_context
        from .gemm_scatter import scatter_context

        if plan.schedule == "gemm":
            k, body = gemm_context(plan, context(plan), plan.lowering), "c_gemm.c.j2"
        else:
            k, body = scatter_context(plan, context(plan), plan.lowering), "c_gemm_scatter.c.j2"
        return {f"{plan.name}.c": env.get_template(body).render(k=k),
                f"{plan.name}.h": env.get_template("c_gemm.h.j2").render(k=k)}
    if plan.schedule == "depthwise":  # rows of accumulators per phase (plan.lowering)
        from .depthwise import depthwise_context

        k = depthwise_context(plan, context(plan), plan.lowering)
        return {f"{plan.name}.c": env.get_template("c_depthwise.c.j2").render(k=k),
                f"{plan.name}.h": env.get_template("c_header.h.j2").render(k=k)}
    if plan.schedule == "blocks":
        k = blocks_context(plan)
        return {f"{plan.name}.c": env.get_template("c_blocks.c.j2").render(k=k),
                f"{plan.name}.h": env.get_template("c_blocks.h.j2").render(k=k)}
    k = context(plan)
    if plan.lang == "c":
        body = env.get_template(f"c_{plan.strategy}.c.j2").render(k=k)
        header = env.get_template("c_header.h.j2").render(k=k)
        return {f"{plan.name}.c": body, f"{plan.name}.h": header}
    body = env.get_template(f"numpy_{plan.strategy}.py.j2").render(k=_numpy_context(plan))
    return {f"{plan.name}.py": body}


def _numpy_context(plan: Plan) -> SimpleNamespace:
    """NumPy kernels in another layout: the NCHW / PyTorch kernel under a private name, and a
    wrapper with the plan's signature that moves the arrays (``k.wrap``)."""
    import dataclasses

    from .layout import describe_weight_layout, weight_offsets
    from .plan import args_of

    if plan.layout == "nchw" and plan.weight_layout == "pytorch":
        k = context(plan)
        k.fname, k.wrap = plan.name, None
        return k
    args, result = args_of(plan.spec, plan.direction, plan.baked)
    k = context(dataclasses.replace(plan, args=args, result=result))
    k.fname = f"_{plan.name}_nchw"
    has_w = any(not a.batched for a in (*plan.args, plan.result))
    layout = ("channels-last data (n, *spatial, C)" if plan.layout == "nhwc"
              else "channels-first data (n, C, *spatial)")
    k.wrap = SimpleNamespace(
        args=plan.args, result=plan.result, nhwc=plan.layout == "nhwc",
        ndim=plan.spec.ndim + 2, weights=has_w, weight_layout=plan.weight_layout,
        doc=f"{layout}, weights {describe_weight_layout(plan.spec, plan.weight_layout)}",
        out="_to_nhwc" if plan.result.batched else "_w_out",
        w_shape=list(_weight_shape(plan)),
        w_size=math.prod(plan.spec.weight_shape),
        offsets=weight_offsets(plan.spec, plan.weight_layout).reshape(-1).tolist(),
    )
    return k


def _weight_shape(plan: Plan) -> tuple[int, ...]:
    from .layout import weight_shape

    return weight_shape(plan.spec, plan.weight_layout)
