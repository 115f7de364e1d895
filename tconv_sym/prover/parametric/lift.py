"""Lift the catalogue's fixed-size trees to trees whose size fields are affine functions.

An identity builds its two sides for concrete sizes. :func:`lift` builds them at a few
sample points of the size variables (``n`` per spatial dim, and any symbolic padding,
output_padding or kernel size), checks that the tree has the same structure at every
sample, and reads each integer field of each node as an affine function of the variables
(:class:`~.affine.Aff`). Fields that are periodic in a variable (a floor division by the
stride) are lifted per residue class: with period ``P`` the variable is ``P·j + r`` and the
field is affine in ``j``. Every lift is validated on a grid of further sample points
(structure, every field, and which points the identity rejects).

>>> from tconv_sym import identities
>>> from tconv_sym.prover.identity import make_params
>>> ident = identities()["up_is_down_transpose"]
>>> build = lambda v: ident.sides(make_params(size=v["n"], stride=2))
>>> [t.name for t in lift(build, [Variable("n", 1)], period_hint=2)]
['n']
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field, fields

from ...spec import ConvSpec, TransposedConvSpec
from .. import expr as E
from .affine import Aff

__all__ = ["Variable", "Lifted", "lift", "LiftError"]


class LiftError(NotImplementedError):
    """The tree cannot be read as one affine family (its structure grows with the size, or a
    field is not quasi-affine)."""


@dataclass(frozen=True)
class Variable:
    """A size variable: ``name`` (an isl identifier) and its smallest value.

    >>> Variable("n0", 1)
    Variable(name='n0', lower=1, upper=None, kind='size', step=1)
    """

    name: str
    lower: int
    upper: int | None = None
    kind: str = "size"
    step: int = 1  # only the values lower, lower + step, … (a residue class of a case split)

    @property
    def fixed(self) -> bool:
        """True when the variable takes one value only (a piece of a case split)."""
        return self.upper is not None and self.upper == self.lower


@dataclass
class Lifted:
    """One residue class of a lifted tree.

    ``lhs``, ``rhs``: the trees at the base point; ``base``: the smallest class parameters
    from which the tree keeps its shape (per variable); ``fields[id(node)]``: the node's fields with
    every integer an :class:`Aff` of the class parameters; ``period[v]``, ``residue[v]``:
    variable ``v`` is ``period·param + residue``; ``params[v]``: the class parameter's name;
    ``invalid``: the sample points (class parameters) where the identity raised ValueError;
    ``valid``: ``(point, (lhs, rhs))`` for the sample points where it built (the base first).
    """

    lhs: E.Expr
    rhs: E.Expr
    fields: dict
    variables: tuple[Variable, ...]
    period: dict
    residue: dict
    params: dict
    base: dict
    valid: list = field(default_factory=list)
    invalid: list = field(default_factory=list)

    @property
    def name(self) -> str:
        return ", ".join(self.params[v.name] for v in self.variables)

    def values(self, point: dict) -> dict:
        """Variable values of a point given in class parameters."""
        return {v.name: self.period[v.name] * point[self.params[v.name]] + self.residue[v.name]
                for v in self.variables}


# --------------------------------------------------------------------------------------
# Fields of a node: a nested structure of ints and strings
# --------------------------------------------------------------------------------------
def _spec_fields(spec) -> tuple:
    names = [f.name for f in fields(spec)]
    return (type(spec).__name__,) + tuple((n, getattr(spec, n)) for n in names)


def node_fields(node: E.Expr):
    """The data of one node (children excluded) as nested tuples of ints and strings.

    >>> node_fields(E.down(4, 2))
    ('Const', 'downsample_matrix', ((4,), (2,)), ())
    """
    if isinstance(node, E.Const):
        args = tuple(_spec_fields(a) if isinstance(a, (ConvSpec, TransposedConvSpec)) else a
                     for a in node.args)
        return ("Const", node.builder, args, node.kwargs)
    if isinstance(node, E.Conv):
        return ("Conv", _spec_fields(node.spec))
    if isinstance(node, E.Sym):
        return ("Sym", node.name, node.conj, node.dims)
    if isinstance(node, E.Fixed):
        kinds = tuple(sorted({type(v).__name__ for v in node.values}))
        return ("Fixed", node.shape, node.rows, node.cols, node.values, kinds)
    if isinstance(node, E.Literal):
        raise LiftError("a Literal (a matrix given by value) has no size parameters")
    if isinstance(node, E.Apply):
        return ("Apply", node.label, node.shape)
    return (type(node).__name__, len(node.children()))


def _flatten(x, ints: list):
    if isinstance(x, bool):
        return ("b", x)
    if isinstance(x, int):
        ints.append(x)
        return "#"
    if isinstance(x, tuple):
        return tuple(_flatten(v, ints) for v in x)
    if hasattr(x, "numerator") and hasattr(x, "denominator"):  # Fraction
        return ("frac", str(x))
    return x


def _unflatten(skel, affs):
    if skel == "#":
        return next(affs)
    if isinstance(skel, tuple):
        if len(skel) == 2 and skel[0] == "b":
            return skel[1]
        return tuple(_unflatten(v, affs) for v in skel)
    return skel


def _nodes(lhs: E.Expr, rhs: E.Expr) -> list[E.Expr]:
    out, seen = [], set()

    def visit(e):
        if id(e) in seen:
            return
        seen.add(id(e))
        out.append(e)
        for c in e.children():
            visit(c)

    visit(lhs)
    visit(rhs)
    return out


def _signature(sides):
    nodes = _nodes(*sides)
    skels, ints = [], []
    for n in nodes:
        skels.append(_flatten(node_fields(n), ints))
    return nodes, tuple(skels), ints


# --------------------------------------------------------------------------------------
# Lifting
# --------------------------------------------------------------------------------------
def _try(build, values):
    try:
        return build(values)
    except ValueError:
        return None


class _Restart(Exception):
    """The tree changes shape above the base along one variable: start the lift there."""

    def __init__(self, at: dict) -> None:
        super().__init__(at)
        self.at = at


def _class(build, variables, period, residue, pname, reach: int = 3, floor=None):
    """Lift one residue class, or return the names of the variables whose fields do not fit
    the affine functions."""
    allnames = [v.name for v in variables]
    names = [v.name for v in variables if not v.fixed]  # the ones that move
    sizes = [v.name for v in variables if not v.fixed and v.kind == "size"]
    lower = {v.name: -(-(v.lower - residue[v.name]) // period[v.name]) for v in variables}
    upper = {v.name: None if v.upper is None else (v.upper - residue[v.name]) // period[v.name]
             for v in variables}
    lower.update(floor or {})

    def at(j):
        if any(upper[n] is not None and j[n] > upper[n] for n in allnames):
            raise ValueError("beyond the piece")
        return build({n: period[n] * j[n] + residue[n] for n in allnames})

    def unit(j, n, k=1):
        return {**j, n: j[n] + k}

    def stable(cand):
        got = _try(at, cand)
        if got is None:
            return None
        skel0 = _signature(got)[1]
        near = [_try(at, unit(cand, n, k)) for n in names for k in (1, 2)]
        if all(x is not None and _signature(x)[1] == skel0 for x in near):
            return got
        return None

    # a base point: the sizes grow together (symbols stay at their smallest value) until the
    # tree builds there and one and two steps further along every variable, with one shape
    base = sides = None
    for t in range(16):
        cand = {n: lower[n] + (t if n in sizes else 0) for n in allnames}
        got = stable(cand)
        if got is not None:
            base, sides = cand, got
            break
    if base is None:
        raise LiftError("no sample size was found where the identity builds with one stable "
                        "tree shape (tried 16 steps up from the smallest sizes)")
    nodes, skel, ints0 = _signature(sides)
    slopes = {}
    for n in names:
        _, sk, ints1 = _signature(at(unit(base, n)))
        slopes[n] = [b - a for a, b in zip(ints0, ints1)]
    affs = [Aff(a - sum(slopes[n][i] * base[n] for n in names),
                {pname[n]: slopes[n][i] for n in names}) for i, a in enumerate(ints0)]
    # below the base, each variable on its own: points that raise are left to the domain;
    # the first point with another tree shape bounds the region this lift covers
    points, invalid, start = [], [], dict(base)
    for n in names:
        for j in range(base[n] - 1, lower[n] - 1, -1):
            pt = {**base, n: j}
            got = _try(at, pt)
            if got is None:
                invalid.append(pt)
                continue
            if _signature(got)[1] != skel:
                break
            start[n] = j
            points.append((pt, (n,), got))
    # below the base in several variables at once (the corner of the region, and pairs):
    # a different shape there means the region is only known to start at the base
    corners = [{**base, **{n: start[n] for n in names}}]
    corners += [{**base, a: start[a], b: start[b]} for a, b in itertools.combinations(names, 2)]
    for pt in corners:
        if pt == base or any(pt == q for q, _, _ in points):
            continue
        got = _try(at, pt)
        if got is None:
            invalid.append(pt)
        elif _signature(got)[1] != skel:
            start = dict(base)
            points = [(q, m, g) for q, m, g in points if all(q[n] >= base[n] for n in names)]
            break
        else:
            points.append((pt, tuple(names), got))
    # validation grid: each axis further out, pairs, the diagonal, the corners of a unit cube
    grid = []
    for n in names:  # past two periods of the strides: a floor division shows its steps
        grid += [(unit(base, n, k), (n,)) for k in range(2, reach + 1)]
    for a, b in itertools.combinations(names, 2):
        grid.append(({**base, a: base[a] + 1, b: base[b] + 2}, (a, b)))
    grid.append(({**base, **{n: base[n] + 2 for n in names}}, tuple(names)))
    for corner in itertools.product((0, 1), repeat=len(names)):
        if sum(corner) > 1:
            grid.append(({**base, **{n: base[n] + c for n, c in zip(names, corner)}},
                         tuple(names)))
    for pt, moved in grid:
        got = _try(at, pt)
        if got is None:
            invalid.append(pt)
            continue
        if _signature(got)[1] != skel:
            if all(pt[n] < lower[n] + 64 for n in moved):
                raise _Restart({n: pt[n] for n in moved})
            raise LiftError(f"the tree's structure changes with {', '.join(moved)}: needs a "
                            "parametric family node (or a case split)")
        points.append((pt, moved, got))
    valid, bad = [(base, sides)], set()
    for pt, moved, got in points:
        ints = _signature(got)[2]
        env = {pname[n]: pt[n] for n in allnames}
        if any(a(**env) != v for a, v in zip(affs, ints)):
            bad.update(moved)
            continue
        valid.append((pt, got))
    if bad:
        return tuple(sorted(bad))
    it = iter(affs)
    table = {}
    for node, sk in zip(nodes, skel):
        table[id(node)] = _unflatten(sk, it)
    lhs, rhs = sides
    return Lifted(lhs, rhs, table, tuple(variables), dict(period), dict(residue),
                  dict(pname), start, valid, invalid)


def lift(build, variables, period_hint: int = 1, max_classes: int = 64) -> list[Lifted]:
    """Lift ``build`` (variable values -> (lhs, rhs)) over ``variables``; one
    :class:`Lifted` per residue class (a single one when every field is affine).

    Variables whose fields are periodic get period ``period_hint`` (the lcm of the
    strides), then its square; a :class:`LiftError` says when that is not enough. Each class
    is validated along every axis over two periods past its base point.
    """
    variables = tuple(variables)
    periods = {v.name: v.step for v in variables}
    hint = max(1, int(period_hint))

    def residues(v):
        p = periods[v.name]
        return [r for r in range(p) if r % v.step == v.lower % v.step]

    for _ in range(3):
        pname = {n: (n if p == 1 else f"j_{n}") for n, p in periods.items()}
        classes = math.prod(periods.values())
        if classes > max_classes:
            raise LiftError(f"{classes} residue classes needed (periods {periods}); the limit "
                            f"is {max_classes}")
        out, bad = [], set()
        for res in itertools.product(*(residues(v) for v in variables)):
            residue = dict(zip(periods, res))
            reach = max(3, 2 * hint // min(periods.values()) + 2)
            floor: dict = {}
            for _ in range(8):
                try:
                    got = _class(build, variables, periods, residue, pname, reach, floor)
                    break
                except _Restart as r:  # a smaller shape below: lift from where it settles
                    floor.update(r.at)
            else:
                raise LiftError("the tree keeps changing shape as the size grows")
            if isinstance(got, tuple):
                bad.update(got)
                break
            out.append(got)
        if not bad:
            return out
        steps = {v.name: v.step for v in variables}
        if hint == 1 or all(periods[n] >= steps[n] * hint * hint for n in bad):
            raise LiftError(f"a size field is not affine in {', '.join(sorted(bad))}, even per "
                            f"residue class modulo {max(hint * hint, 1)}")
        for n in bad:
            periods[n] *= hint
    raise LiftError("no residue classes fit")  # pragma: no cover
