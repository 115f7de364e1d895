"""The parametric engine: trace the identity's build on symbolic sizes path by path
(:mod:`.trace`), evaluate both sides of each path to relations built from the nodes'
definitions (:mod:`.evaluate`), decide shapes and entries on the path's exact set of sizes
(:mod:`.decide`), find the smallest counterexample and confirm it with the fixed-size basis
engine.

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
import time

from ..._validate import is_sequence
from ...spec import PADDING_WORDS, is_symbol_name
from .. import basis, estimate
from .. import expr as E
from ..catalogue import identities
from ..identity import Identity, make_params
from . import limits
from .decide import compare_path
from .proof import AllSizesCounterexample, AllSizesProof
from .symint import NotParametric, Trace
from .text import readable
from .trace import (
    as_set,
    concrete_sides,
    entries_bound,
    explore,
    lexmin_point,
    skeleton,
    symbolic_consts,
    symbols,
)

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


def _symbols_in(param: str, value, out: list) -> None:
    """Collect the symbol names in ``value`` (a name, or names inside tuples)."""
    if isinstance(value, str):
        if param == "padding" and value.lower() in PADDING_WORDS:
            return
        if not is_symbol_name(value):
            raise ValueError(f"{param} must be an int, a tuple, or a symbol name such as 'p', "
                             f"got {value!r}")
        if value not in out:
            out.append(value)
    elif isinstance(value, (tuple, list)):
        for v in value:
            _symbols_in(param, v, out)


def _substitute(value, env: dict):
    if isinstance(value, str) and value in env:
        return env[value]
    if isinstance(value, (tuple, list)):
        return tuple(_substitute(v, env) for v in value)
    return value


def _infer_ndim(ndim, named) -> int:
    lengths = {n: len(tuple(v)) for n, v in named.items()
               if is_sequence(v) and not isinstance(v, str)}
    if ndim is not None:
        if not isinstance(ndim, int) or isinstance(ndim, bool) or ndim < 1:
            raise ValueError(f"ndim must be a positive int, got {ndim!r}")
        limits.check_ndim(ndim)
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
        else:
            v = fixed[name]
            if name == "output_padding" and v is None:
                v = 0
            if isinstance(v, tuple) and len(set(v)) == 1 and not isinstance(v[0], tuple):
                v = v[0]
            # a symbol prints bare (padding=p); a padding word quoted (padding='same')
            word = isinstance(v, str) and name not in symbols
            out.append(f"{name}={v!r}" if word else f"{name}={v}")
    return tuple(out)


def prove_all_sizes(name, *, kernel=None, stride=1, padding=0, dilation=1,
                    output_padding=None, in_channels=1, out_channels=1, groups=1,
                    variant=None, ndim=None, bound=None) -> AllSizesProof:
    """Prove the identity ``name`` for every input size at once (``ts.prove(name,
    all_sizes=True, …)`` calls this; see :mod:`tconv_sym.prover.parametric`).

    ``kernel``, ``padding`` and ``output_padding`` may be symbol names (``padding="p"``),
    one per dim (``kernel=("k0", "k1")``) or inside pairs: the proof then also covers every
    value of those symbols (the domain says which). ``stride`` and ``dilation`` may be symbols
    too, but they multiply an index (``s·o`` is not Presburger): each value ``1 … bound``
    (default ``limits.MAX_ENUMERATED``) is proved on its own and the verdict says
    ``s ≤ bound``, never every stride.

    >>> p = prove_all_sizes("transposed_conv_is_conv_of_upsampled", kernel=3, stride=2,
    ...                     padding="p")
    >>> p.holds, p.domain
    (True, 'n ≥ 1 and 0 ≤ p ≤ n')
    """
    require_islpy()
    identity = _lookup(name)
    if variant is not None and variant not in identity.variants:
        allowed = ", ".join(map(repr, identity.variants)) or "none"
        raise ValueError(f"variant must be one of {allowed} for {identity.name}, got "
                         f"{variant!r}")
    if "size" not in identity.parameters:
        raise NotParametric(f"{identity.name} has no size parameter to prove for all sizes")
    enumerated: list[str] = []
    for param, value in (("stride", stride), ("dilation", dilation),
                         ("in_channels", in_channels), ("out_channels", out_channels),
                         ("groups", groups)):
        if param in identity.parameters:
            _symbols_in(param, value, enumerated)
    if enumerated:
        return _prove_enumerated(identity, enumerated, bound, dict(
            kernel=kernel, stride=stride, padding=padding, dilation=dilation,
            output_padding=output_padding, in_channels=in_channels, out_channels=out_channels,
            groups=groups, variant=variant, ndim=ndim))
    if bound is not None:
        raise ValueError(f"bound is the largest value of a symbolic stride, dilation or channel "
                         f"count; none is symbolic here (got bound={bound!r})")
    given = {"kernel": kernel, "padding": padding, "output_padding": output_padding}
    sym_names: list[str] = []
    for param, value in given.items():
        if param in identity.parameters:
            _symbols_in(param, value, sym_names)
    fixed = {"kernel": kernel, "stride": stride, "padding": padding, "dilation": dilation,
             "output_padding": output_padding, "in_channels": in_channels,
             "out_channels": out_channels, "groups": groups}
    per_dim = {k: v for k, v in fixed.items() if k != "padding" and v is not None}
    if is_sequence(padding) and not isinstance(padding, str) and padding and all(
            is_sequence(x) and not isinstance(x, str) for x in padding):
        per_dim["padding"] = padding  # one (lo, hi) pair per dim
    nd = _infer_ndim(ndim, per_dim)
    limits.check_ndim(nd)
    size_names = ["n"] if nd == 1 else [f"n{d}" for d in range(nd)]
    clash = [s for s in sym_names if s in size_names]
    if clash:
        raise ValueError(f"symbol names must differ from the size names {size_names}, got "
                         f"{clash}")
    names = size_names + sym_names
    symbolic = {p for p, v in given.items() if p in identity.parameters
                and _has_name(v, sym_names)}

    def params_at(env: dict):
        kw = {k: _substitute(v, env) for k, v in fixed.items()}
        if nd > 1:  # a scalar symbol stands for every dim
            for p in ("kernel", "output_padding"):
                if env and not is_sequence(kw[p]) and kw[p] is not None:
                    kw[p] = (kw[p],) * nd
        return make_params(size=tuple(env[n] for n in size_names), **kw)

    universe = _universe(size_names, sym_names)
    checked = params_at(dict.fromkeys(names, 1))  # bad parameters raise here, named
    limits.check_phases("stride", checked.stride)
    limits.check_phases("dilation", checked.dilation)

    clock = limits.Clock()

    def run(trace):
        env = symbols(names, trace.point)
        trace.clock = clock
        with trace, symbolic_consts():
            try:
                lhs, rhs = _build(identity, params_at, env, variant)
            except limits.ResourceLimitError:
                raise  # a refusal (a ValueError too), not a size where it is undefined
            except ValueError as exc:
                undefined = exc
            else:
                undefined = None
        if trace.declined is not None:  # raised inside the build, even if it was caught
            raise NotParametric(trace.declined)
        if undefined is not None:
            _check_undefined(identity, variant, params_at, trace.point, undefined)
            return None  # the identity is not defined on this path
        limits.check_nodes(sum(1 for _ in E.walk(lhs)) + sum(1 for _ in E.walk(rhs)))
        _check_same_tree(identity, variant, params_at, trace.point, (lhs, rhs))
        _check_far_point(identity, variant, params_at, names, size_names, trace)
        clock.check("building the relations")
        with trace:
            return compare_path(lhs, rhs, trace)

    t0 = time.perf_counter()
    try:
        with limits.isl_operations():
            paths = explore(run, names, universe, clock)
    except NotParametric as err:
        raise NotParametric(f"{identity.name} does not fit the parametric engine: {err}") \
            from None
    empty = universe.subtract(universe)
    domain, failing, exact, notes, steps = empty, empty, True, [], []
    for p in paths:
        if p.result is None:
            if p.trace.inexact:
                notes.append(f"the domain may miss sizes: {p.trace.inexact}")
            continue
        domain = domain.union(p.path)
        failing = failing.union(p.result.failing)
        exact = exact and p.result.exact
        notes += [n for n in p.result.notes if n not in notes]
        steps += [s for s in p.result.steps if s not in steps]
    domain, failing = domain.coalesce(), failing.coalesce()
    if domain.is_empty():
        raise ValueError(f"{identity.name} is not defined at any size with these parameters")
    fails_for = readable(as_set(failing), names) if exact and not failing.is_empty() else None
    holds, cx, for_all = failing.is_empty(), None, True
    if not holds:
        cx, why = _confirm(failing, names, size_names, params_at, identity, variant,
                           fails_for)
        if cx is None:
            for_all = False  # no candidate confirmed: no verdict for all sizes
            notes.insert(0, f"undecided: {why}")
    seconds = time.perf_counter() - t0
    shown = _shown(identity, fixed, {p: True for p in symbolic}, nd)
    used = {p: fixed.get(p) for p in identity.parameters if p != "size"}
    proof = AllSizesProof(identity, used, seconds, holds, cx, variant, shown,
                          domain=readable(as_set(domain), names), for_all_sizes=for_all,
                          fails_for=fails_for, classes=len(paths), ndim=nd)
    proof._domain_set = as_set(domain)
    proof._failing_set = as_set(failing) if exact else None
    proof._symbol_names = sym_names
    proof.statement = [(p.path, p.result) for p in paths if p.result is not None]
    proof.notes = tuple(notes)
    proof.steps = tuple(steps)
    return proof


def _build(identity, params_at, env, variant):
    try:
        return identity.sides(params_at(env), variant)
    except (TypeError, ArithmeticError, AttributeError) as exc:
        raise NotParametric(f"its build does not run on symbolic sizes "
                            f"({type(exc).__name__}: {exc})") from None


def _check_undefined(identity, variant, params_at, point, error) -> None:
    """A path where the symbolic build raised ValueError must raise at its concrete point
    too (else the symbolic run went another way than the real one: decline)."""
    try:
        concrete_sides(identity, variant, params_at(point))
    except limits.ResourceLimitError:
        raise
    except ValueError:
        return
    raise NotParametric(f"the build raised on symbolic sizes at {point} ({error}) but not "
                        "with plain integers there")


def _check_same_tree(identity, variant, params_at, point, sides) -> None:
    """The symbolic run and a run with plain integers at its point build the same trees
    (printed, every size shown by its value): code that branches on something the trace
    cannot see (``isinstance(n, int)``) is caught here, and declines."""
    concrete, _ = concrete_sides(identity, variant, params_at(point))
    for sym_side, int_side in zip(sides, concrete):
        if skeleton(sym_side) != skeleton(int_side):
            raise NotParametric(f"the build on symbolic sizes differs from the build at "
                                f"{point} ({sym_side} vs {int_side})")


def _check_far_point(identity, variant, params_at, names, size_names, trace) -> None:
    """The same check at a point of the path far from the traced one (every size at least
    twice its traced value plus 97), with the constants' matrices not built. A guard against
    code that hides a branch from the trace (``isinstance(n, int) and n > 50``), not a
    part of the proof: the proof is the traced path."""
    import islpy as isl

    far = " and ".join(f"{n} >= {2 * trace.point[n] + 97}" for n in size_names)
    region = trace.path.intersect(isl.Set(f"[{', '.join(names)}] -> {{ : {far} }}"))
    if region.is_empty():
        return
    point = lexmin_point(region, names)
    again = Trace(names, trace.path, point)
    with again, symbolic_consts():
        sides = identity.sides(params_at(symbols(names, point)), variant)
    if again.branches or again.declined:
        raise NotParametric(f"the build takes another path at {point} than at "
                            f"{trace.point} on the same sizes")
    with symbolic_consts(every=True):
        concrete = identity.sides(params_at(point), variant)
    for sym_side, int_side in zip(sides, concrete):
        if skeleton(sym_side) != skeleton(int_side):
            raise NotParametric(f"the build on symbolic sizes differs from the build at "
                                f"{point}: it branches on something the trace cannot see")


def _has_name(value, names) -> bool:
    if isinstance(value, str):
        return value in names
    if isinstance(value, (tuple, list)):
        return any(_has_name(v, names) for v in value)
    return False


def _universe(size_names, sym_names):
    import islpy as isl

    cons = [f"{n} >= 1" for n in size_names] + [f"{s} >= 0" for s in sym_names]
    return isl.Set(f"[{', '.join(size_names + sym_names)}] -> {{ : {' and '.join(cons)} }}")


def _confirm(failing, names, size_names, params_at, identity, variant, fails_for):
    """The smallest point of ``failing`` where the basis engine finds the flat matrices
    different; then, if none of the first candidates is, the smallest with every size >= 2
    (a per-dimension difference is not always a flat one where a size is 1, as in a
    Kronecker product with a 1×1 factor)."""
    import islpy as isl

    wide = failing.intersect(isl.Set(f"[{', '.join(names)}] -> {{ : "
                                     f"{' and '.join(f'{n} >= 2' for n in size_names)} }}"))
    for region in (failing, wide):
        rest = region
        for _ in range(MAX_CANDIDATES):
            if rest.is_empty():
                break
            values = lexmin_point(rest, names)
            p = params_at(values)
            try:
                (lhs, rhs), full = concrete_sides(identity, variant, p)
                if not full:
                    raise limits.ResourceLimitError(
                        f"about {entries_bound((lhs, rhs)):,} entries; the limit is "
                        "MAX_CHECK_ENTRIES (set TCONV_SYM_ALLSIZES_MAX_CHECK_ENTRIES)")
                estimate.check(lhs, rhs, "basis")  # refuses (a ValueError) above the limit
                memo: dict = {}
                cmp = basis.compare(basis.evaluate(lhs, memo), basis.evaluate(rhs, memo))
            except ValueError as err:  # too large to confirm at this size: no verdict
                return None, f"the candidate {values} is too large to confirm ({err})"
            if not cmp.equal:
                sym = {n: v for n, v in values.items() if n not in size_names}
                label = ""
                labels = getattr(lhs, "row_labels", ())
                if labels and cmp.row is not None:
                    label = labels[cmp.row]
                return AllSizesCounterexample(cmp.row, cmp.col, cmp.lhs, cmp.rhs, cmp.note,
                                              label, size=p.size, symbols=sym,
                                              fails_for=fails_for), ""
            where = " and ".join(f"{n} = {v}" for n, v in values.items())
            rest = rest.subtract(isl.Set(f"[{', '.join(names)}] -> {{ : {where} }}"))
    return None, (f"the per-dimension relations differ, but at none of the first "
                  f"{MAX_CANDIDATES} candidate sizes (and {MAX_CANDIDATES} with every size ≥ 2) "
                  "did the basis engine find the flat matrices different")


#: Parameters whose symbols are enumerated value by value (stride and dilation multiply an
#: index; a channel count multiplies the flat size of every operator of the expression tree,
#: c·n, a product of symbols the trace cannot compare factor by factor).
_ENUMERATED = ("stride", "dilation", "in_channels", "out_channels", "groups")


def _prove_enumerated(identity, enumerated, bound, kwargs) -> AllSizesProof:
    """A symbolic stride/dilation: one proof per value ``1 … bound`` of each symbol, joined
    into one proof whose domain and failing set carry the symbol (``… and 1 ≤ s ≤ 4``)."""
    import itertools

    import islpy as isl

    top = limits.enumeration_bound(bound, len(enumerated))
    others: list[str] = []
    for param in ("kernel", "padding", "output_padding"):
        if param in identity.parameters:
            _symbols_in(param, kwargs[param], others)
    clash = [n for n in enumerated if n in others or n == "n" or
             (n[:1] == "n" and n[1:].isdigit())]
    if clash:
        raise ValueError(f"a stride/dilation/channel symbol must differ from the size names "
                         f"and the other symbols, got {clash}")
    subs, skipped, t0 = [], [], time.perf_counter()
    for values in itertools.product(range(1, top + 1), repeat=len(enumerated)):
        env = dict(zip(enumerated, values))
        kw = dict(kwargs, **{p: _substitute(kwargs[p], env) for p in _ENUMERATED})
        try:
            sub = prove_all_sizes(identity, **kw)
        except NotParametric as err:
            where = ", ".join(f"{k} = {v}" for k, v in env.items())
            raise NotParametric(f"{err} (at {where})") from None
        except limits.ResourceLimitError:
            raise
        except ValueError as err:  # no such layer (groups not dividing the channels, …)
            skipped.append(f"{', '.join(f'{k} = {v}' for k, v in env.items())}: {err}")
            continue  # outside the domain
        subs.append((env, sub))
    if not subs:
        raise ValueError(f"{identity.name} is not defined at any size with these parameters "
                         f"for {', '.join(enumerated)} in 1..{top} ({skipped[0]})")
    first = subs[0][1]
    size_names = ["n"] if first.ndim == 1 else [f"n{d}" for d in range(first.ndim)]
    all_names = size_names + list(first._symbol_names) + enumerated

    def extended(set_, env):
        k = set_.dim(isl.dim_type.set)
        set_ = set_.add_dims(isl.dim_type.set, len(env))
        dims = ", ".join(f"x{i}" for i in range(k + len(env)))
        fix = " and ".join(f"x{k + i} = {v}" for i, v in enumerate(env.values()))
        return set_.intersect(isl.Set(f"{{ [{dims}] : {fix} }}"))

    domain = failing = None
    exact = all(sub._failing_set is not None for _, sub in subs)
    for env, sub in subs:
        d = extended(sub._domain_set, env)
        domain = d if domain is None else domain.union(d)
        if exact:
            f = extended(sub._failing_set, env)
            failing = f if failing is None else failing.union(f)
    domain = domain.coalesce()
    failing = failing.coalesce() if exact else None
    holds = all(sub.holds for _, sub in subs)
    for_all = all(sub.for_all_sizes for _, sub in subs)
    cx = None
    for env, sub in subs:
        if not sub.holds and sub.counterexample is not None:
            c = sub.counterexample
            cx = AllSizesCounterexample(c.row, c.col, c.lhs, c.rhs, c.note, c.label,
                                        size=c.size, symbols={**c.symbols, **env},
                                        fails_for=None)
            break
    top_text = ", ".join(f"{n} ≤ {top}" for n in enumerated)
    notes = [f"{top_text}: each value of {', '.join(enumerated)} in 1..{top} proved on its own "
             f"(a symbolic stride or dilation multiplies an index, s·o, and a symbolic "
             f"channel count the flat sizes, c·n: neither is Presburger arithmetic); larger "
             f"values are not covered (bound=, or TCONV_SYM_ALLSIZES_MAX_ENUMERATED)"]
    if skipped:
        notes.append(f"{len(skipped)} combination(s) define no layer (outside the domain), "
                     f"e.g. {skipped[0]}")
    for _, sub in subs:
        notes += [n for n in sub.notes if n not in notes]
    fails_for = (readable(failing, all_names) if exact and not failing.is_empty() else None)
    proof = AllSizesProof(identity, dict(first.params, **{
        p: kwargs[p] for p in _ENUMERATED if p in first.params}),
        time.perf_counter() - t0, holds, cx, kwargs["variant"],
        _shown_enumerated(first._shown, kwargs),
        domain=readable(domain, all_names), for_all_sizes=for_all, fails_for=fails_for,
        classes=sum(sub.classes for _, sub in subs), ndim=first.ndim)
    proof._domain_set = domain
    proof._failing_set = failing
    proof._symbol_names = list(first._symbol_names) + enumerated
    proof.statement = [pair for _, sub in subs for pair in sub.statement]
    proof.notes = tuple(notes)
    proof.steps = tuple(dict.fromkeys(s for _, sub in subs for s in sub.steps))
    proof.enumerated = {n: top for n in enumerated}
    return proof


def _all_names(value) -> list:
    out: list = []
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, (tuple, list)):
        for v in value:
            out += _all_names(v)
    return out


def _shown_enumerated(shown, kwargs) -> tuple:
    out = []
    for item in shown:
        name = item.split("=", 1)[0]
        v = kwargs.get(name)
        if name in _ENUMERATED and _has_name(v, _all_names(v)):
            if isinstance(v, (tuple, list)) and len(set(v)) == 1:
                v = v[0]
            item = f"{name}={v}" if isinstance(v, str) else "{}=({})".format(
                name, ", ".join(map(str, v)))
        out.append(item)
    return tuple(out)
