"""Counting for all sizes: the entries of a count column (e.g. the overlap counts ``Cᵀ·1`` of a
transposed convolution) as exact level sets over the sizes, and the predicates on them.

A count column is ``A @ 1`` (``A`` a 0/1 relation, ``1`` an all-ones column whose length may
be symbolic: :class:`Ones`), optionally selected by 0/1 selections on the left (a crop). The
entry of row ``r`` is the number of columns ``c`` with ``(r, c)`` in ``A``. Without barvinok
(islpy does not ship it) the count is taken by *peeling*: the rows with at least ``j + 1``
columns are the domain of ``A`` after ``j`` lexicographic minima were removed from every row
(``isl_map_lexmin`` is exact with the sizes as parameters). This reaches every count that is
bounded for all sizes — a fixed kernel's taps per output, per phase — in at most
:data:`~.limits.MAX_COUNT` peels; a count that grows with the size is declined.

>>> import islpy as isl
>>> a = isl.Map("[n] -> { [r] -> [c] : 0 <= c < n and 0 <= r - c < 2 }")
>>> levels = at_least(a)  # rows reached by >= 1, >= 2 columns
>>> len(levels), levels[1].is_equal(isl.Set("[n] -> { [r] : 0 < r < n }"))
(2, True)
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import islpy as isl

from .. import expr as E
from . import limits
from .relation import Value
from .symint import NotParametric, SymInt, is_symbolic

__all__ = ["Ones", "ones", "is_all_ones", "at_least", "count_levels", "constant_value"]

SET = isl.dim_type.set

#: The library's ``ones`` (the trace replaces ``E.ones`` by :func:`ones` while it runs).
LISTED_ONES = E.ones


@dataclass(frozen=True, eq=False, repr=False)
class Ones(E.Expr):
    """The all-ones ``m×n`` matrix whose shape depends on the size (made by the trace in
    place of :func:`tconv_sym.prover.expr.ones`, which lists its entries one by one).

    >>> Ones((3, 1), "1").shape
    (3, 1)
    """

    shape: tuple
    label: str

    def children(self):
        return ()

    def __str__(self) -> str:
        return self.label


def ones(m, n=1, label: str | None = None, *, block: bool = False):
    """:func:`tconv_sym.prover.expr.ones`, with a symbolic shape (``block``: any shape) kept
    as an :class:`Ones` node instead of listed entry by entry.

    >>> ones(2).shape, type(ones(2, block=True)).__name__
    ((2, 1), 'Ones')
    """
    if not block and not is_symbolic(m) and not is_symbolic(n):
        return LISTED_ONES(m, n, label)
    for name, v in (("m", m), ("n", n)):
        if v < 1:
            raise ValueError(f"ones: {name} must be a positive integer, got {v!r}")
    return Ones((m, n), label or "1")


def at_least(rel: isl.Map) -> list:
    """``out[j]``: the rows (domain points) with at least ``j + 1`` images under ``rel``,
    by peeling lexicographic minima; at most :data:`~.limits.MAX_COUNT` levels.

    >>> len(at_least(isl.Map("{ [r] -> [c] : 0 <= r < 4 and 0 <= c <= r }")))  # row 3: 4
    4
    """
    out = []
    while not rel.is_empty():
        limits.check_count(len(out) + 1)
        out.append(rel.domain().coalesce())
        rel = rel.subtract(isl.Map.from_pw_multi_aff(rel.lexmin_pw_multi_aff())).coalesce()
    return out


def _single_term(v: Value, what: str) -> isl.Set:
    if set(v.terms) - {()}:
        raise NotParametric(f"{what} holds the kernel's symbols or weights; counting needs a "
                            "constant 0/1 matrix (the tap counts of a symbolic kernel would "
                            "need Barvinok-style counting, which islpy lacks)")
    t = v.terms.get(())
    if t is None:
        n = len(v.rows) + len(v.cols)
        t = isl.Set(f"[{', '.join(_names())}] -> {{ [{', '.join(f'x{i}' for i in range(n))}]"
                    " : false }")
    return t


def _names() -> list:
    from .symint import current_trace

    t = current_trace()
    return [] if t is None else t.params


def _as_map(s: isl.Set, n_in: int, n_out: int) -> isl.Map:
    return isl.Map.from_domain(s).move_dims(isl.dim_type.out, 0, isl.dim_type.in_, n_in, n_out)


def count_levels(e: E.Expr, domain: list, memo: dict, evaluate) -> tuple:
    """``(rows layout, levels)`` of a count column ``e``: ``levels[j]`` is the set of rows
    whose entry is at least ``j + 1`` (``evaluate`` gives the 0/1 relations)."""
    if not isinstance(e, E.MatMul) or e.shape[1] != 1:
        raise NotParametric(f"counting reaches a column A @ 1 (A a 0/1 matrix, 1 all ones) "
                            f"and 0/1 selections of it, not {type(e).__name__}")
    if is_all_ones(e.b):
        a = evaluate(e.a, domain, memo)
        rel = _as_map(_single_term(a, "the counted matrix"), len(a.rows), len(a.cols))
        return a.rows, at_least(rel)
    rows_b, levels = count_levels(e.b, domain, memo, evaluate)
    s = evaluate(e.a, domain, memo)
    sel = _as_map(_single_term(s, "a selection of a count"), len(s.rows), len(s.cols))
    if not sel.is_single_valued():
        raise NotParametric("a row that adds several counts (a sum of counts) needs "
                            "counting of a sum, not a selection")
    return s.rows, [sel.intersect_range(lv).domain().coalesce() for lv in levels]


def is_all_ones(e, at=None) -> bool:
    """True for an :class:`Ones` block and for a listed constant whose entries are all 1
    (``at``: read symbolic entries at the trace's point, e.g. ``trace._values``).

    >>> is_all_ones(E.ones(3)), is_all_ones(E.eye(3))
    (True, False)
    """
    if isinstance(e, Ones):
        return True
    if not isinstance(e, E.Fixed):
        return False
    m, n = e.shape
    values = e.values if at is None else at(e.values)
    if any(is_symbolic(x) for x in (m, n, *values)):
        return False  # listed symbolic values: not the constant 1
    return len(values) == m * n and all(v == 1 for v in values)


def _box(layout) -> isl.Set:
    names = [f"x{i}" for i in range(len(layout))]
    cons = " and ".join(f"0 <= {x} < {_text(ext)}" for x, ext in zip(names, layout)) or "true"
    return isl.Set(f"[{', '.join(_names())}] -> {{ [{', '.join(names)}] : {cons} }}")


def _text(x) -> str:
    return SymInt._text(x) if is_symbolic(x) else str(int(x))


def constant_value(rows, levels) -> Value:
    """The 1×1 value of "every entry of the count column is the same" (1 where it holds):
    exactly-``j`` level sets, and the sizes where two different levels are both present
    (or the column is empty) removed.

    >>> twos = isl.Set("[n] -> { [r] : 0 <= r < n }")  # every entry >= 1 and >= 2 ...
    >>> inner = isl.Set("[n] -> { [r] : 0 <= r < n and (r < 3 or n < 5) }")  # ... >= 3 here
    >>> from .symint import Trace
    >>> with Trace(["n"], isl.Set("[n] -> { : n >= 1 }"), {"n": 3}):
    ...     v = constant_value((SymInt.symbol("n", 3),), [twos, twos, inner])
    >>> v.terms[()].is_equal(isl.Set("[n] -> { [] : 1 <= n <= 4 }"))
    True
    """
    box = _box(rows)
    bounds = [box, *(lv.intersect(box) for lv in levels), None]
    exact = [lo.subtract(hi) if hi is not None else lo for lo, hi in zip(bounds, bounds[1:])]
    present = [x.params() for x in exact]
    holds = box.params()
    for a, b in itertools.combinations(present, 2):
        holds = holds.subtract(a.intersect(b))
    return Value((), (), {(): isl.Set.from_params(holds.coalesce())})
