"""Decide one path: the two sides' shapes and entries, exactly, on the path's set of sizes.

Shapes are part of the statement: the row and column layouts of both sides are compared
extent by extent on the path (each comparison a branch: the path narrows to where they are
equal, or to where they differ — then every size of it fails, the shapes differ). Where they
agree, the two sides' (row, col, tap) relations are compared monomial kind by monomial kind
(a kind includes its rational weight class: where every entry of each side holds one weight
class per monomial — checked, else the engine declines — the sides are equal iff their
per-weight relations are); the failing set is the projection of the symmetric difference
onto the sizes.

>>> import islpy as isl
>>> from tconv_sym.prover import expr as E
>>> from .symint import SymInt, Trace
>>> t = Trace(["n"], isl.Set("[n] -> { : n >= 1 }"), {"n": 3})
>>> from .trace import symbolic_consts
>>> with t, symbolic_consts():
...     n = SymInt.symbol("n", 3)
...     r = compare_path(E.eye(n), E.flip(n), t)
>>> print(r.failing)
[n] -> {  : n >= 2 }
>>> r.exact
True
"""

from __future__ import annotations

from dataclasses import dataclass, field

import islpy as isl

from .. import expr as E
from .evaluate import evaluate
from .fast_forms import prepare
from .relation import NeedsCounting, reshape_cols, reshape_rows, same_layout, unique_weights
from .symint import NotParametric, SymInt
from .trace import has_symbol

__all__ = ["PathResult", "compare_path"]


@dataclass
class PathResult:
    """``failing``: the sizes of the path where the sides differ (a parameter set);
    ``exact``: False when it only bounds them (the basis engine decides at candidates)."""

    failing: isl.Set
    exact: bool = True
    notes: list = field(default_factory=list)
    #: (path, lhs set, rhs set) per monomial kind: the statement re-decided by :mod:`.export`
    pairs: list = field(default_factory=list)
    #: the established steps of a proof by rewriting (:mod:`.fast_forms`), if any
    steps: list = field(default_factory=list)


def _model_covers(domain: list, trace) -> None:
    """Every leaf's own definedness condition holds on the path (else the relation of a
    leaf would be read where it means nothing)."""
    for cond in dict.fromkeys(domain):
        if not trace.decide(cond, trace.at_point(cond)):
            raise NotParametric(f"the identity builds at {trace.point} where its relation "
                                f"model needs {cond}")


def _single_extent_differs(a, b) -> bool:
    """Layouts that differ in their only extent: the flat sizes differ too."""
    return len(a) == len(b) == 1


def _sized_constants(lhs, rhs, trace) -> PathResult:
    """Two explicit constants whose entries are size expressions (a table of output
    sizes): compared entry by entry, each a quasi-affine equation."""
    if (lhs.shape, lhs.rows, lhs.cols) != (rhs.shape, rhs.rows, rhs.cols):
        raise NotParametric("two constants with size-dependent values and different patterns "
                            "of entries")
    fail = trace.path.subtract(trace.path)
    for a, b in zip(lhs.values, rhs.values):
        differ = trace.set_of(f"{SymInt._text(a)} != {SymInt._text(b)}")
        fail = fail.union(differ.intersect(trace.path))
    return PathResult(fail.coalesce())


def compare_path(lhs, rhs, trace) -> PathResult:
    """Compare the two sides of one traced path (inside the trace)."""
    if isinstance(lhs, E.Fixed) and isinstance(rhs, E.Fixed) and has_symbol(
            (lhs.values, rhs.values)):
        return _sized_constants(lhs, rhs, trace)
    memo: dict = {}
    domain: list = []
    try:
        steps = prepare(lhs, domain, memo, evaluate) + prepare(rhs, domain, memo, evaluate)
        a = evaluate(lhs, domain, memo)
        b = evaluate(rhs, domain, memo)
    except NeedsCounting as err:
        raise NotParametric(str(err)) from None
    _model_covers(domain, trace)
    rows_ok = same_layout(a.rows, b.rows)
    cols_ok = rows_ok and same_layout(a.cols, b.cols)
    if not (rows_ok and cols_ok):
        try:
            b = reshape_cols(reshape_rows(b, a.rows), a.cols)
        except NeedsCounting:
            # the layouts differ on this whole path (it narrowed to where they do)
            which = "rows" if not rows_ok else "cols"
            la, lb = (a.rows, b.rows) if not rows_ok else (a.cols, b.cols)
            exact = _single_extent_differs(la, lb)
            note = (f"the sides' {which} differ per dimension ({la} vs {lb} at "
                    f"{trace.point})")
            return PathResult(trace.path, exact, [note], steps=steps)
    try:  # rational weights: each entry one weight class per monomial, on each side
        unique_weights(a, trace.path)
        unique_weights(b, trace.path)
    except NeedsCounting as err:
        raise NotParametric(str(err)) from None
    fail = trace.path.subtract(trace.path)
    pairs = []
    for sig in set(a.terms) | set(b.terms):
        keys = [(f[0], f[1]) for f in sig]
        sa, sb = a.terms.get(sig), b.terms.get(sig)
        if sa is None:
            sa = sb.subtract(sb)
        if sb is None:
            sb = sa.subtract(sa)
        sa, sb = sa.intersect_params(trace.path), sb.intersect_params(trace.path)
        if len(set(keys)) < len(keys) and not sa.is_empty() and not sb.is_empty():
            raise NotParametric("both sides hold monomials with a repeated symbol (like q_a q_b "
                                "and q_b q_a): comparing them needs counting")
        pairs.append((trace.path, sa, sb))
        diff = sa.subtract(sb).union(sb.subtract(sa))
        if not diff.is_empty():
            fail = fail.union(diff.params())
    return PathResult(fail.coalesce(), pairs=pairs, steps=steps)
