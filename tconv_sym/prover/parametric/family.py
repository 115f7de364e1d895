"""Families of columns (``E.columns(extent, fn)``) for every size: the column is built once,
with its indices as symbols, and read as one relation whose column dims are those indices.

While a build is traced, ``E.columns`` runs ``fn`` once on symbolic indices ``j0, j1, …``
(one per entry of the extent) under a :class:`FamilyTrace`: the trace of the identity with
the indices added as parameters bounded by ``0 ≤ j < extent``. A comparison that does not
mention an index is a comparison of the build (the outer path branches as usual); one that
does must have the same answer for every column at every size of the path, or for every
column on a part of the path (the path narrows to it) — a build whose columns differ in
structure from one index to the next declines. The relation of the representative column
(parameters: sizes and indices) becomes the family's by moving the index parameters into
column dims: ``{ [rows…, j…, taps…] : rows, taps in column j }``, one index per dimension,
never a flattened product of symbolic sizes.

>>> import islpy as isl
>>> from .. import expr as E
>>> from .symint import SymInt, Trace
>>> from .trace import symbolic_consts
>>> from .evaluate import evaluate
>>> t = Trace(["n"], isl.Set("[n] -> { : n >= 1 }"), {"n": 3})
>>> with t, symbolic_consts():
...     n = SymInt.symbol("n", 3)
...     fam = E.columns(n, lambda j: E.pad(1, (j, n - 1 - j)))  # the identity, by columns
...     v = evaluate(fam, [], {})
...     same = v.terms[()].is_equal(evaluate(E.eye(n), [], {}).terms[()])
>>> fam.index, same
(('j0',), True)
"""

from __future__ import annotations

import re

import islpy as isl

from .. import expr as E
from .relation import Value, is_unit
from .symint import NotParametric, SymInt, Trace, current_trace, is_symbolic

__all__ = ["FamilyTrace", "symbolic_columns", "light_columns", "family_value",
           "INDEX_STEM"]

#: Index names are ``j0, j1, …``; a size or parameter symbol may not use them.
INDEX_STEM = "j"


def index_names(count: int, taken) -> tuple[str, ...]:
    """``count`` index names not among ``taken`` (``j0, j1, …``, primed if needed).

    >>> index_names(2, ["n", "j0"])
    ("j0'", "j1'")
    """
    names = tuple(f"{INDEX_STEM}{d}" for d in range(count))
    while any(n in taken for n in names):
        names = tuple(n + "'" for n in names)
    return names


def _text(x) -> str:
    if is_symbolic(x):
        if x.text is None:
            raise NotParametric(f"a family extent {x} is a product of sizes; give one "
                                "extent per dimension")
        return x.text
    return str(int(x))


class FamilyTrace(Trace):
    """The outer trace with the column indices as extra parameters, bounded by the extents."""

    def __init__(self, outer: Trace, names, extent) -> None:
        self.outer, self.index = outer, tuple(names)
        self._box = " and ".join(f"0 <= {j} < {_text(e)}" for j, e in zip(names, extent))
        self._mention = re.compile(r"(?<![\w'])(" + "|".join(map(re.escape, names)) +
                                   r")(?![\w'])")
        super().__init__(outer.params + list(names), self._extend(outer), {
            **outer.point, **dict.fromkeys(names, 0)})
        self.clock = outer.clock

    def _extend(self, outer: Trace) -> isl.Set:
        head = f"[{', '.join(outer.params + list(self.index))}] -> "
        return isl.Set(f"{head}{{ : {self._box} }}").intersect(outer.path).coalesce()

    def _sizes(self, set_: isl.Set) -> isl.Set:
        """``set_`` with the column indices projected out: a set of the outer parameters."""
        for name in self.index:
            pos = set_.find_dim_by_name(isl.dim_type.param, name)
            if pos >= 0:
                set_ = set_.project_out(isl.dim_type.param, pos, 1)
        return set_.coalesce()

    def __exit__(self, *exc) -> None:
        super().__exit__(*exc)
        if self.declined is not None and self.outer.declined is None:
            self.outer.declined = self.declined
        if self.inexact is not None and self.outer.inexact is None:
            self.outer.inexact = self.inexact

    def decide(self, condition: str, concrete: bool) -> bool:
        if self.clock is not None:
            self.clock.check("tracing a family of columns")
        if not self._mention.search(condition):
            answer = self.outer.decide(condition, concrete)
            self.path = self._extend(self.outer)
            self._known = {}
            return answer
        cond = self.set_of(condition)
        if self.path.is_subset(cond):
            return True
        if self.path.intersect(cond).is_empty():
            return False
        # sizes where the answer is the same for every column
        every = self._sizes(self.path).subtract(self._sizes(self.path.subtract(cond)))
        none = self._sizes(self.path).subtract(self._sizes(self.path.intersect(cond)))
        part = every if concrete else none
        at = self.outer.set_of(" and ".join(f"{n} = {v}" for n, v in self.outer.point.items())
                               or "true")
        if at.is_subset(part):
            self.outer.path = self.outer.path.intersect(part).coalesce()
            self.outer.branches.append((f"for every column: {condition}", concrete))
            self.outer._known = {}
            self.path = self._extend(self.outer)
            self._known = {}
            return concrete
        message = (f"the columns of a family differ in structure from one index to the next "
                   f"({condition} holds for some columns only, at {self.outer.point})")
        if self.declined is None:
            self.declined = message
        raise NotParametric(message)


def symbolic_columns(extent, fn, label: str = "", original=None):
    """``E.columns`` while a build is traced: ``fn`` runs once on symbolic indices (outside a
    trace: ``original``, the builder with plain integers)."""
    outer = current_trace()
    if outer is None:
        return original(extent, fn, label)
    ext = E.spatial_dims("extent", extent)
    if not callable(fn):
        raise TypeError(f"fn must be a callable returning a column, got {type(fn).__name__}")
    names = index_names(len(ext), outer.params)
    fam = FamilyTrace(outer, names, ext)
    with fam:
        rep = fn(*(SymInt.symbol(j, 0) for j in names))
    if not isinstance(rep, E.Expr):
        raise TypeError(f"fn must return an operator expression (Expr), got "
                        f"{type(rep).__name__}")
    return E.Columns((), label, ext, fn, rep, names)


def light_columns(extent, fn, label: str = ""):
    """``E.columns`` with plain integers whose matrices are not built (the checks of a path
    compare trees): the family with its first column only.

    >>> light_columns(300, lambda j: E.pad(1, (j, 299 - j))).shape
    (300, 300)
    """
    ext = E.spatial_dims("extent", extent)
    return E.Columns((), label, ext, fn, fn(*(0 for _ in ext)), ())


def _mentions(x, names) -> bool:
    if is_symbolic(x):
        text = x.text if x.text is not None else " ".join(
            f.text or "" for f in x.factors)
        return any(re.search(rf"(?<![\w']){re.escape(n)}(?![\w'])", text) for n in names)
    return False


def family_value(node: E.Columns, domain: list, evaluate) -> Value:
    """The relation of a family: its representative column evaluated with the indices as
    parameters, which then become the column dims (extent-1 dims dropped)."""
    if node.rep is None:
        raise NotParametric("a family of columns built with plain integers (outside a trace) "
                            "lists its columns one by one")
    outer = current_trace()
    fam = FamilyTrace(outer, node.index, node.extent)
    local: list = []
    with fam:
        v = evaluate(node.rep, local, {})
        for cond in dict.fromkeys(local):
            if not fam.decide(cond, fam.at_point(cond)):
                raise NotParametric(f"a column of the family is built where its relation "
                                    f"model needs {cond}")
    if v.cols:
        raise NotParametric("fn of a family must return a column")
    if any(_mentions(e, node.index) for e in v.rows):
        raise NotParametric("the columns of a family have row layouts that depend on the "
                            "column index")
    start = len(v.rows)
    keep = [not is_unit(e) for e in node.extent]
    terms = {}
    for sig, t in v.terms.items():
        t = t.intersect_params(fam.path)
        for d, name in enumerate(node.index):
            pos = t.find_dim_by_name(isl.dim_type.param, name)
            if pos < 0:  # pragma: no cover - the path bounds every index
                raise AssertionError(f"the index {name} is not a parameter of {t}")
            t = t.move_dims(isl.dim_type.set, start + d, isl.dim_type.param, pos, 1)
        for d in reversed(range(len(node.index))):
            if not keep[d]:
                t = t.project_out(isl.dim_type.set, start + d, 1)
        terms[sig] = t.coalesce()
    cols = tuple(e for e, k in zip(node.extent, keep) if k)
    return Value(v.rows, cols, terms)
