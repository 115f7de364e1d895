"""The parametric engine: evaluate both sides of a lifted identity to relations, decide
equality on the domain for every size, find the smallest counterexample and confirm it with
the fixed-size basis engine.

>>> p = prove_all_sizes("strided_conv_is_downsampled_conv", kernel=3, stride=2, padding=1)
>>> p.holds, p.domain
(True, 'n ≥ 1')
>>> q = prove_all_sizes("strided_conv_is_downsampled_conv", kernel=3, stride=2, padding=1,
...                     variant="padding_off_by_one")
>>> q.holds, q.counterexample.size
(False, (1,))
"""

from __future__ import annotations

import importlib.util
import math
import time

from ..._validate import is_sequence
from ...spec import PADDING_WORDS
from .. import basis, estimate
from .. import expr as E
from ..catalogue import identities
from ..identity import Identity, make_params
from .cases import symbol_pieces
from .evaluate import evaluate, sized_fixed
from .lift import LiftError, Variable, lift
from .model import NotParametric, Space, unsupported
from .proof import AllSizesCounterexample, AllSizesProof
from .text import readable

__all__ = ["prove_all_sizes", "NotParametric", "require_islpy", "INSTALL_HINT"]

INSTALL_HINT = 'pip install "tconv_sym[allsizes]"'

#: Candidate counterexamples tried (each confirmed by the basis engine) before giving up.
MAX_CANDIDATES = 8


def require_islpy() -> None:
    """Raise ImportError with the install command when islpy is missing.

    >>> require_islpy()
    """
    if importlib.util.find_spec("islpy") is None:
        raise ImportError("proofs for all sizes need the isl library (islpy); install it with "
                          f"{INSTALL_HINT}")


# --------------------------------------------------------------------------------------
# One residue class
# --------------------------------------------------------------------------------------
class _ClassResult:
    def __init__(self, domain, failing, exact: bool = True) -> None:
        self.domain = domain  # isl set over the variables (no params)
        self.failing = failing  # isl set over the variables, within the domain
        self.exact = exact  # False: ``failing`` only bounds where it fails (layouts differ)


def _to_variables(params_set, lifted):
    """A parameter set of one class as a set over the variables ``v = P·j + r``."""
    import islpy as isl

    names = [v.name for v in lifted.variables]
    pn = [lifted.params[n] for n in names]
    cons = [f"v{i} = {lifted.period[n]}*{lifted.params[n]} + {lifted.residue[n]}"
            for i, n in enumerate(names)]
    tmpl = isl.Set(f"[{', '.join(pn)}] -> {{ [{', '.join(f'v{i}' for i in range(len(names)))}]"
                   f" : {' and '.join(cons)} }}")
    out = tmpl.intersect_params(params_set)
    out = out.project_out(isl.dim_type.param, 0, out.dim(isl.dim_type.param)).coalesce()
    for i, n in enumerate(names):
        out = out.set_dim_name(isl.dim_type.set, i, n)
    return out


def _run_class(lifted) -> _ClassResult:
    import islpy as isl

    from .relation import NeedsCounting, reshape_cols, reshape_rows, same_layout

    names = [v.name for v in lifted.variables]
    params = [lifted.params[n] for n in names]
    domain: list[str] = [f"{lifted.params[n]} >= {lifted.base[n]}" for n in names]
    for v in lifted.variables:
        if v.upper is not None:
            p = lifted.params[v.name]
            domain.append(f"{lifted.period[v.name]}*{p} + {lifted.residue[v.name]} <= {v.upper}")
    lhs, rhs = lifted.lhs, lifted.rhs
    pspace = f"[{', '.join(params)}]"
    if sized_fixed(lhs, lifted) or sized_fixed(rhs, lifted):
        if not (isinstance(lhs, E.Fixed) and isinstance(rhs, E.Fixed)):
            raise NotParametric("a constant whose values depend on the size can only be "
                                "compared with another such constant")
        la, ra = lifted.fields[id(lhs)], lifted.fields[id(rhs)]
        if la[1:4] != ra[1:4]:
            raise NotParametric("the two constants differ in their pattern of entries")
        dom = isl.Set(f"{pspace} -> {{ : {' and '.join(domain)} }}")
        diffs = [f"{a.isl()} != {b.isl()}" for a, b in zip(la[4], ra[4]) if a != b]
        fail = isl.Set(f"{pspace} -> {{ : {' or '.join(diffs) or 'false'} }}").intersect(dom)
        return _ClassResult(_to_variables(dom, lifted), _to_variables(fail, lifted))
    memo: dict = {}
    space = Space(params, [{lifted.params[n]: pt[n] for n in names} for pt, _ in lifted.valid])
    a = evaluate(lhs, lifted, space, domain, memo)
    b = evaluate(rhs, lifted, space, domain, memo)
    dom = isl.Set(f"{pspace} -> {{ : {' and '.join(domain)} }}")
    _check_samples(lifted, dom)
    if not (same_layout(a.rows, b.rows) and same_layout(a.cols, b.cols)):
        try:
            b = reshape_cols(reshape_rows(b, a.rows), a.cols)
        except NeedsCounting:
            # one index per dimension, but the dims do not line up (e.g. Kronecker factors
            # swapped): the relations are not comparable; the basis engine decides at sizes
            return _ClassResult(_to_variables(dom, lifted), _to_variables(dom, lifted),
                                exact=False)
    fail = isl.Set(f"{pspace} -> {{ : false }}")
    for sig in set(a.terms) | set(b.terms):
        keys = [(f[0], f[1]) for f in sig]
        sa, sb = a.terms.get(sig), b.terms.get(sig)
        if sa is None:
            sa = sb.subtract(sb)
        if sb is None:
            sb = sa.subtract(sa)
        sa, sb = sa.intersect_params(dom), sb.intersect_params(dom)
        if len(set(keys)) < len(keys) and not sa.is_empty() and not sb.is_empty():
            raise NeedsCounting("both sides hold monomials with a repeated symbol (like q_a q_b "
                                "and q_b q_a): comparing them needs counting")
        diff = sa.subtract(sb).union(sb.subtract(sa))
        if not diff.is_empty():
            fail = fail.union(diff.params())
    for point, (l_, r_) in lifted.valid:
        if l_.shape != r_.shape:
            where = " and ".join(f"{p} = {point[n]}" for n, p in zip(names, params))
            fail = fail.union(isl.Set(f"{pspace} -> {{ : {where} }}"))
    return _ClassResult(_to_variables(dom, lifted), _to_variables(fail.coalesce(), lifted))


def _check_samples(lifted, dom) -> None:
    """The model's domain must accept every sample that built and reject every one that
    raised above the base (else the identity checks a condition the model does not know)."""
    import islpy as isl

    names = [v.name for v in lifted.variables]
    params = [lifted.params[n] for n in names]

    def inside(point) -> bool:
        where = " and ".join(f"{p} = {point[n]}" for n, p in zip(names, params))
        pt = isl.Set(f"[{', '.join(params)}] -> {{ : {where} }}")
        return not pt.intersect(dom).is_empty()

    for point, _ in lifted.valid:
        if not inside(point):
            raise NotParametric(f"the model rejects sizes {lifted.values(point)} where the "
                                "identity is defined")
    for point in lifted.invalid:
        if inside(point):
            raise NotParametric(f"the identity rejects sizes {lifted.values(point)} for a "
                                "reason the model does not know")


# --------------------------------------------------------------------------------------
# The public entry point
# --------------------------------------------------------------------------------------
def _lookup(name) -> Identity:
    if isinstance(name, Identity):
        return name
    table = identities()
    if name not in table:
        raise ValueError(f"name must be one of the identities ({', '.join(table)}), got "
                         f"{name!r}")
    return table[name]


def _symbol(param: str, value):
    """The symbol name when ``value`` makes ``param`` symbolic, else None."""
    if not isinstance(value, str):
        return None
    if param == "padding" and value in PADDING_WORDS:
        return None
    if not value.isidentifier():
        raise ValueError(f"{param} must be an int, a tuple, or a symbol name such as 'p', got "
                         f"{value!r}")
    return value


def _infer_ndim(ndim, named) -> int:
    lengths = {n: len(tuple(v)) for n, v in named.items()
               if is_sequence(v) and not isinstance(v, str)}
    if ndim is not None:
        if not isinstance(ndim, int) or isinstance(ndim, bool) or ndim < 1:
            raise ValueError(f"ndim must be a positive int, got {ndim!r}")
        bad = {n: L for n, L in lengths.items() if ndim != L}
        if bad:
            raise ValueError(f"ndim={ndim} does not match the lengths of {bad}")
        return ndim
    if len(set(lengths.values())) > 1:
        raise ValueError(f"per-dim parameters have different lengths: {lengths}")
    return next(iter(lengths.values()), 1)


def _shown(identity, fixed: dict, symbols: dict, ndim: int) -> tuple[str, ...]:
    out = []
    size = "n" if ndim == 1 else "×".join(f"n{d}" for d in range(ndim))
    for name in identity.parameters:
        if name == "size":
            out.append(f"size={size}")
        elif name in symbols:
            out.append(f"{name}={symbols[name]}")
        else:
            v = fixed[name]
            if name == "output_padding" and v is None:
                v = 0
            if isinstance(v, tuple) and len(set(v)) == 1 and not isinstance(v[0], tuple):
                v = v[0]
            out.append(f"{name}={v!r}" if isinstance(v, str) else f"{name}={v}")
    return tuple(out)


def prove_all_sizes(name, *, kernel=None, stride=1, padding=0, dilation=1,
                    output_padding=None, in_channels=1, out_channels=1, groups=1,
                    variant=None, ndim=None) -> AllSizesProof:
    """Prove the identity ``name`` for every input size at once (``ts.prove(name,
    all_sizes=True, …)`` calls this; see :mod:`tconv_sym.prover.parametric`).

    ``padding``, ``output_padding`` and ``kernel`` may be symbol names (``padding="p"``):
    the proof then also covers every value of that parameter (the domain says which).

    >>> p = prove_all_sizes("transposed_conv_is_conv_of_upsampled", kernel=3, stride=2,
    ...                     padding="p")
    >>> p.holds, p.domain
    (True, 'n ≥ 1 and 0 ≤ p ≤ n')
    """
    require_islpy()
    from .relation import NeedsCounting

    identity = _lookup(name)
    if variant is not None and variant not in identity.variants:
        allowed = ", ".join(map(repr, identity.variants)) or "none"
        raise ValueError(f"variant must be one of {allowed} for {identity.name}, got "
                         f"{variant!r}")
    if "size" not in identity.parameters:
        raise NotParametric(f"{identity.name} has no size parameter to prove for all sizes")
    for param, value in (("stride", stride), ("dilation", dilation)):
        if isinstance(value, str):
            raise ValueError(f"{param} must be a concrete integer (or one per dim), got "
                             f"{value!r}: it multiplies an index, which is outside Presburger "
                             f"arithmetic (a proof for every {param} in 1..4 is four proofs)")
    given = {"kernel": kernel, "padding": padding, "output_padding": output_padding}
    symbols = {p: s for p, v in given.items() if (s := _symbol(p, v)) is not None}
    symbols = {p: s for p, s in symbols.items() if p in identity.parameters}
    fixed = {"kernel": kernel, "stride": stride, "padding": padding, "dilation": dilation,
             "output_padding": output_padding, "in_channels": in_channels,
             "out_channels": out_channels, "groups": groups}
    per_dim = {k: v for k, v in fixed.items() if k not in symbols and k != "padding"}
    if is_sequence(padding) and not isinstance(padding, str) and padding and all(
            is_sequence(x) for x in padding):
        per_dim["padding"] = padding  # one (lo, hi) pair per dim
    nd = _infer_ndim(ndim, per_dim)
    size_names = ["n"] if nd == 1 else [f"n{d}" for d in range(nd)]
    clash = [s for s in symbols.values() if s in size_names or s.startswith("j_")]
    if clash or len(set(symbols.values())) < len(symbols):
        raise ValueError(f"symbol names must differ from each other and from the size names "
                         f"{size_names}, got {symbols}")
    variables = [Variable(n, 1) for n in size_names]
    variables += [Variable(s, 1 if p == "kernel" else 0, kind="symbol")
                  for p, s in symbols.items()]

    def params_at(values: dict):
        kw = dict(fixed)
        for p, s in symbols.items():
            kw[p] = (values[s],) * nd if p != "padding" else values[s]
        return make_params(size=tuple(values[n] for n in size_names), **kw)

    def build(values):
        return identity.sides(params_at(values), variant)

    params_at({v.name: v.lower for v in variables})  # bad parameters raise here, named

    ints = [x for x in (stride if is_sequence(stride) else (stride,)) if isinstance(x, int)]
    hint = math.lcm(*ints) if ints else 1
    t0 = time.perf_counter()
    try:
        _prescan(build, variables)
        classes = []
        for piece in symbol_pieces(build, variables, list(symbols.values()), hint):
            classes += lift(build, piece, period_hint=hint)
        results = [_run_class(c) for c in classes]
    except (LiftError, NeedsCounting) as err:
        raise NotParametric(f"{identity.name} does not fit the parametric engine: {err}") \
            from None
    except NotParametric as err:
        raise NotParametric(f"{identity.name} does not fit the parametric engine: {err}") \
            from None
    domain, failing = results[0].domain, results[0].failing
    for r in results[1:]:
        domain, failing = domain.union(r.domain), failing.union(r.failing)
    domain, failing = domain.coalesce(), failing.coalesce()
    names = [v.name for v in variables]
    exact = all(r.exact for r in results)
    fails_for = readable(failing, names) if exact else None
    holds, cx, for_all = failing.is_empty(), None, True
    if not holds:
        cx = _confirm(failing, names, params_at, identity, variant, fails_for)
        if cx is None:
            for_all = False  # candidates all equal as flat matrices: no verdict for all sizes
    seconds = time.perf_counter() - t0
    shown = _shown(identity, fixed, symbols, nd)
    used = {p: (symbols.get(p) or fixed.get(p)) for p in identity.parameters if p != "size"}
    proof = AllSizesProof(identity, used, seconds, holds, cx, variant, shown,
                          domain=readable(domain, names), for_all_sizes=for_all,
                          fails_for=None if failing.is_empty() else fails_for,
                          classes=len(classes), ndim=nd)
    proof._domain_set = domain
    proof._symbol_names = names[nd:]
    return proof


def _prescan(build, variables) -> None:
    """Name the reason early when a node kind cannot be modelled at all (and raise the
    identity's own ValueError when it builds at no size)."""
    sides = error = None
    for n in range(1, 17):
        try:
            sides = build({v.name: max(v.lower, n) for v in variables})
            break
        except ValueError as exc:
            error = exc
    if sides is None:
        raise ValueError(f"the identity is not defined at any size tried: {error}")
    for side in sides:
        for node in E.walk(side):
            why = unsupported(node)
            if why:
                raise NotParametric(why)


def _confirm(failing, names, params_at, identity, variant, fails_for):
    """The smallest point of ``failing`` where the basis engine finds the flat matrices
    different (the per-dimension relations can differ where the flat ones agree)."""
    import islpy as isl

    rest = failing
    for _ in range(MAX_CANDIDATES):
        if rest.is_empty():
            return None
        pt = rest.lexmin()
        point = pt.sample_point()
        values = {n: int(point.get_coordinate_val(isl.dim_type.set, i).to_python())
                  for i, n in enumerate(names)}
        p = params_at(values)
        try:
            lhs, rhs = identity.sides(p, variant)
            estimate.check(lhs, rhs, "basis")  # refuses (a ValueError) above the memory limit
            memo: dict = {}
            cmp = basis.compare(basis.evaluate(lhs, memo), basis.evaluate(rhs, memo))
        except ValueError:  # too large to confirm at this size: no verdict is claimed
            return None
        if not cmp.equal:
            sym = {n: v for n, v in values.items() if n not in names[:len(p.size)]}
            label = ""
            labels = getattr(lhs, "row_labels", ())
            if labels and cmp.row is not None:
                label = labels[cmp.row]
            return AllSizesCounterexample(cmp.row, cmp.col, cmp.lhs, cmp.rhs, cmp.note, label,
                                          size=p.size, symbols=sym, fails_for=fails_for)
        rest = rest.subtract(isl.Set.from_point(point))
    return None
