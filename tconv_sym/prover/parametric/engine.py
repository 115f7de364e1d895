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
import re
import time

from ..._validate import is_sequence
from ...spec import PADDING_WORDS
from .. import basis
from .. import expr as E
from ..catalogue import identities
from ..identity import Identity, make_params
from .lift import LiftError, Variable, lift
from .model import NotParametric, conv_value, fixed_value, selection_value, sym_layout, sym_value
from .proof import AllSizesCounterexample, AllSizesProof

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
# Evaluation of a lifted tree
# --------------------------------------------------------------------------------------
def _evaluate(e: E.Expr, lifted, params, domain, memo):
    from . import relation as R

    key = id(e)
    if key in memo:
        return memo[key]
    f = lifted.fields[key]
    ev = lambda x: _evaluate(x, lifted, params, domain, memo)  # noqa: E731
    if isinstance(e, E.Sym):
        v = sym_value(e, f, params, domain)
    elif isinstance(e, E.Const):
        v = selection_value(e, f, params, domain)
    elif isinstance(e, E.Conv):
        v = conv_value(e.spec, f[1], params, domain, ev(e.kernel))
    elif isinstance(e, E.Fixed):
        v = fixed_value(e, f, params)
    elif isinstance(e, E.MatMul):
        v = R.matmul(ev(e.a), ev(e.b))
    elif isinstance(e, E.Add):
        v = R.add([ev(t) for t in e.terms])
    elif isinstance(e, E.Transpose):
        v = R.transpose(ev(e.a))
    elif isinstance(e, E.Conj):
        v = R.conj(ev(e.a))
    elif isinstance(e, E.Kron):
        v = R.kron(ev(e.a), ev(e.b))
    elif isinstance(e, E.Grad):
        v = R.grad(ev(e.scalar), e.wrt, e.cot, sym_layout(e.wrt, lifted.fields[id(e.wrt)]),
                   sym_layout(e.cot, lifted.fields[id(e.cot)]))
    elif isinstance(e, E.HStack):
        raise NotParametric("a column stack (hstack) is built with one part per sample: a "
                            "construction whose tree grows with n needs a parametric family "
                            "node")
    elif isinstance(e, E.Apply):
        raise NotParametric(f"{e.label} is an exact function of a matrix (a predicate on its "
                            "entries): it needs counting, not a 0/1 relation")
    else:
        raise NotParametric(f"no model for a {type(e).__name__} node")
    memo[key] = v
    return v


def _sized_fixed(e: E.Expr, lifted) -> bool:
    """A whole side that is an explicit constant whose values depend on the size."""
    if not isinstance(e, E.Fixed):
        return False
    values = lifted.fields[id(e)][4]
    return any(not a.is_constant or a.const != 1 for a in values)


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

    from .relation import NeedsCounting, reshape_cols, reshape_rows

    names = [v.name for v in lifted.variables]
    params = [lifted.params[n] for n in names]
    domain: list[str] = [f"{lifted.params[n]} >= {lifted.base[n]}" for n in names]
    for v in lifted.variables:
        if v.upper is not None:
            p = lifted.params[v.name]
            domain.append(f"{lifted.period[v.name]}*{p} + {lifted.residue[v.name]} <= {v.upper}")
    lhs, rhs = lifted.lhs, lifted.rhs
    pspace = f"[{', '.join(params)}]"
    if _sized_fixed(lhs, lifted) or _sized_fixed(rhs, lifted):
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
    a = _evaluate(lhs, lifted, params, domain, memo)
    b = _evaluate(rhs, lifted, params, domain, memo)
    dom = isl.Set(f"{pspace} -> {{ : {' and '.join(domain)} }}")
    _check_samples(lifted, dom)
    if len(a.rows) != len(b.rows) or len(a.cols) != len(b.cols) or any(
            x[0] != y[0] for x, y in zip(a.rows + a.cols, b.rows + b.cols)):
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


def _readable(set_, names) -> str:
    """``{ [n] : n >= 3 }`` -> ``n ≥ 3``."""
    import islpy as isl

    hull = isl.Set.from_basic_set(set_.polyhedral_hull())
    if hull.is_equal(set_):
        set_ = hull
    for i, n in enumerate(names):
        set_ = set_.set_dim_name(isl.dim_type.set, i, n)
    text = str(set_).strip()
    if text.startswith("[") and "->" in text:
        text = text.split("->", 1)[1].strip()
    inner = text.strip("{} ")
    if not inner:
        return "no sizes"
    parts = []
    for piece in inner.split(";"):
        piece = piece.strip()
        tup, _, body = piece.partition(":")
        fixed = [e.strip() for e in tup.strip().strip("[]").split(",") if "=" in e]
        conds = [c for c in (*fixed, body.strip()) if c]
        parts.append(" and ".join(conds) or "every size")
    text = " or ".join(f"({p})" if len(parts) > 1 else p for p in parts)
    text = re.sub(r"(\b[A-Za-z_]\w*) > (-?\d+)\b(?! *[<>=])",
                  lambda m: f"{m.group(1)} ≥ {int(m.group(2)) + 1}", text)
    text = re.sub(r"(^|and |or |\()(-?\d+) < ([A-Za-z_]\w*)\b",
                  lambda m: f"{m.group(1)}{int(m.group(2)) + 1} ≤ {m.group(3)}", text)
    text = re.sub(r"^([A-Za-z_]\w*) ≥ 1 and \1 ≤", r"1 ≤ \1 ≤", text)
    return text.replace(">=", "≥").replace("<=", "≤")


def prove_all_sizes(name, *, kernel=None, stride=1, padding=0, dilation=1,
                    output_padding=None, in_channels=1, out_channels=1, groups=1,
                    variant=None, ndim=None) -> AllSizesProof:
    """Prove the identity ``name`` for every input size at once (see :mod:`.`).

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
    given = {"kernel": kernel, "padding": padding, "output_padding": output_padding}
    symbols = {p: s for p, v in given.items() if (s := _symbol(p, v)) is not None}
    symbols = {p: s for p, s in symbols.items() if p in identity.parameters}
    fixed = {"kernel": kernel, "stride": stride, "padding": padding, "dilation": dilation,
             "output_padding": output_padding, "in_channels": in_channels,
             "out_channels": out_channels, "groups": groups}
    nd = _infer_ndim(ndim, {k: v for k, v in fixed.items()
                            if k not in symbols and k != "padding"})
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

    ints = [x for x in (stride if is_sequence(stride) else (stride,)) if isinstance(x, int)]
    hint = math.lcm(*ints) if ints else 1
    t0 = time.perf_counter()
    try:
        _prescan(build, variables)
        classes = []
        for piece in _pieces(build, variables, list(symbols.values()), hint):
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
    fails_for = _readable(failing, names) if exact else None
    holds, cx, for_all = failing.is_empty(), None, True
    if not holds:
        cx = _confirm(failing, names, params_at, identity, variant, fails_for)
        if cx is None:
            for_all = False  # candidates all equal as flat matrices: no verdict for all sizes
    seconds = time.perf_counter() - t0
    shown = _shown(identity, fixed, symbols, nd)
    used = {p: (symbols.get(p) or fixed.get(p)) for p in identity.parameters if p != "size"}
    proof = AllSizesProof(identity, used, seconds, holds, cx, variant, shown,
                          domain=_readable(domain, names), for_all_sizes=for_all,
                          fails_for=None if failing.is_empty() else fails_for,
                          classes=len(classes), ndim=nd)
    proof._domain_set = domain
    proof._symbol_names = names[nd:]
    return proof


#: Values of a symbolic parameter scanned for changes of the tree's shape (a case split).
SCAN = 12


def _pieces(build, variables, symbols, hint: int = 1):
    """Split the range of each symbol where the tree changes shape (e.g. padding below,
    at, above d(k−1) makes a pad, nothing, a crop; the kernel size modulo the stride decides
    which polyphase terms pad or crop): the shapes are scanned at a large size; their
    eventually periodic tail becomes one unbounded piece per residue class, and the values
    before it runs of one shape (4 or more values: an interval) or single values."""
    from .lift import _signature

    if not symbols:
        return [variables]
    scan = SCAN + 3 * hint
    base = {v.name: max(v.lower, 16 + scan) for v in variables if v.name not in symbols}
    per_symbol = {}
    for s in symbols:
        v0 = next(v for v in variables if v.name == s)
        lows = {o: next(v for v in variables if v.name == o).lower for o in symbols}
        shapes = []
        for x in range(v0.lower, v0.lower + scan):
            try:
                shapes.append(_signature(build({**base, **lows, s: x}))[1])
            except ValueError:
                shapes.append(None)
        tail = _periodic_tail(shapes, max(hint, 1))
        if tail is None:
            raise NotParametric(f"the tree's shape keeps changing with {s} (scanned "
                                f"{v0.lower}…{v0.lower + scan - 1})")
        t0, period = tail
        pieces = []
        runs, start = [], 0
        for i in range(1, t0 + 1):
            if i == t0 or shapes[i] != shapes[start]:
                runs.append((start, i - 1, shapes[start]))
                start = i
        for a, b, shape in runs:
            lo, hi = v0.lower + a, v0.lower + b
            if shape is None:
                continue
            if b - a >= 3:
                pieces.append(Variable(s, lo, hi, kind="symbol"))
            else:
                pieces += [Variable(s, x, x, kind="symbol") for x in range(lo, hi + 1)]
        if period:
            for r in range(period):
                if shapes[t0 + r] is not None:
                    pieces.append(Variable(s, v0.lower + t0 + r, kind="symbol", step=period))
        per_symbol[s] = pieces
    import itertools

    out = []
    for combo in itertools.product(*(per_symbol[s] for s in symbols)):
        chosen = dict(zip(symbols, combo))
        out.append([chosen.get(v.name, v) for v in variables])
    return out


def _periodic_tail(shapes, hint: int):
    """``(start, period)`` of the shortest-period tail covering at least three periods (and
    at least 6 values; period 0: undefined from ``start`` on), or None."""
    n = len(shapes)
    for period in sorted({1, *(p for p in range(2, hint + 1) if hint % p == 0)}):
        for t0 in range(n):
            if n - t0 < max(3 * period, 6):
                break
            if all(shapes[i] == shapes[i + period] for i in range(t0, n - period)):
                if all(x is None for x in shapes[t0:]):
                    return t0, 0  # not defined from t0 on (e.g. output_padding ≥ stride)
                return t0, period
    return None


def _prescan(build, variables) -> None:
    """Name the reason early when a node kind cannot be modelled at all."""
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
            if isinstance(node, E.Apply):
                raise NotParametric(f"{node.label} is an exact function of a matrix (a "
                                    "predicate on its entries): it needs counting, not a 0/1 "
                                    "relation")
            if isinstance(node, E.HStack):
                raise NotParametric("a column stack (hstack) is built with one part per "
                                    "sample: a construction whose tree grows with n needs a "
                                    "parametric family node")
            if isinstance(node, E.Fixed) and any(not isinstance(v, int) for v in node.values):
                raise NotParametric(f"the constant {node.label} has rational weights; "
                                    "relations would need to carry a weight")
            if isinstance(node, E.Literal):
                raise NotParametric("a Literal (a matrix given by value) has no size "
                                    "parameters")


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
        lhs, rhs = identity.sides(p, variant)
        memo: dict = {}
        cmp = basis.compare(basis.evaluate(lhs, memo), basis.evaluate(rhs, memo))
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
