"""Run an identity's ``build`` on symbolic sizes, path by path, until every point is covered.

:func:`explore` picks the smallest point not yet covered (isl ``lexmin``), runs the build
there with :class:`~.symint.SymInt` sizes under a :class:`~.symint.Trace`, and gets back the
exact set of points that take the same path (every comparison the build made is a
constraint of it). The build's own ``ValueError`` marks a path where the identity is not
defined. Constants of the core builders (``E.down(n, 2)``, …) get their shapes as
expressions while tracing (:func:`symbolic_consts`), not from a matrix built at the point.

>>> import islpy as isl
>>> from tconv_sym.prover import expr as E
>>> def build(v):
...     if v["n"] < 50:
...         return E.eye(v["n"]), E.eye(v["n"])
...     return E.eye(v["n"]), E.flip(v["n"])
>>> paths = []
>>> def run(trace):
...     with trace, symbolic_consts():
...         sides = build({"n": SymInt.symbol("n", trace.point["n"])})
...     paths.append(str(sides[1]).split("(")[0])
...     return None
>>> out = explore(run, ["n"], isl.Set("[n] -> { : n >= 1 }"))
>>> [str(p.path) for p in out], paths
(['[n] -> {  : 0 < n <= 49 }', '[n] -> {  : n >= 50 }'], ['eye', 'flip'])
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import math

import islpy as isl

from .. import expr as E
from . import counting, family, limits
from .symint import NotParametric, SymInt, Trace, is_symbolic

__all__ = ["explore", "symbolic_consts", "lexmin_point", "as_set", "has_symbol", "Path",
           "skeleton", "entries_bound", "concrete_sides"]


@dataclasses.dataclass
class Path:
    """One explored path: its exact set of points, the run's result (None: the identity is
    not defined there) and the trace."""

    path: isl.Set
    result: object
    trace: Trace


def as_set(params_set: isl.Set) -> isl.Set:
    """A parameter set as a set over the same names (for lexmin and printing).

    >>> print(as_set(isl.Set("[n] -> { : n >= 2 }")))
    { [n] : n >= 2 }
    """
    k = params_set.dim(isl.dim_type.param)
    return params_set.move_dims(isl.dim_type.set, 0, isl.dim_type.param, 0, k)


def lexmin_point(params_set: isl.Set, names) -> dict:
    """The lexicographically smallest point of a (non-empty, bounded below) parameter set.

    >>> lexmin_point(isl.Set("[n, p] -> { : n mod 3 = 0 and n >= 1 and p >= n }"), ["n", "p"])
    {'n': 3, 'p': 3}
    """
    s = as_set(params_set).lexmin()
    pt = s.sample_point()
    return {n: int(pt.get_coordinate_val(isl.dim_type.set, i).to_python())
            for i, n in enumerate(names)}


def has_symbol(x) -> bool:
    """True when ``x`` (nested tuples, specs) holds a symbolic size.

    >>> has_symbol((1, (2, 3)))
    False
    """
    if is_symbolic(x):
        return True
    if isinstance(x, (tuple, list)):
        return any(has_symbol(v) for v in x)
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return any(has_symbol(getattr(x, f.name)) for f in dataclasses.fields(x))
    return False


def _values(x):
    """``x`` with every symbolic size replaced by its value (tuples, lists, specs)."""
    if is_symbolic(x):
        return x.value
    if isinstance(x, (tuple, list)):
        return tuple(_values(v) for v in x)
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return (type(x).__name__,) + tuple(_values(getattr(x, f.name))
                                           for f in dataclasses.fields(x))
    return x


def skeleton(e: E.Expr):
    """A tree's structure and data with every size as its value: equal for a tree built on
    symbolic sizes and the tree built with plain integers at the trace's point.

    >>> skeleton(E.down(4, 2)) == skeleton(E.down((4,), (2,)))
    True
    """
    if counting.is_all_ones(e, _values):  # an Ones block is the listed all-ones matrix
        return ("ones", _values(e.shape), e.label, ())
    if isinstance(e, E.Columns):  # a family: its extent and its first column
        first = e.rep if e.rep is not None else e.parts[0]
        return ("Columns", _values(e.extent), e.label, (skeleton(first),))
    data = []
    for name in ("builder", "args", "kwargs", "spec", "name", "dims", "conj", "rows", "cols",
                 "values", "shape", "label"):
        if hasattr(e, name) and not isinstance(getattr(e, name), E.Expr):
            data.append((name, _values(getattr(e, name))))
    return (type(e).__name__, tuple(data), tuple(skeleton(c) for c in e.children()))


def entries_bound(sides) -> int:
    """A bound on the entries of the matrices of ``sides`` from their shapes alone (each
    node's rows and columns; a convolution's taps; a constant's nonzeros at most its rows
    times its columns' share), for trees built without matrices.

    >>> entries_bound((E.eye(4), E.flip(4)))
    24
    """
    total = 0
    seen: set = set()
    for side in sides:
        for node in E.walk(side):
            if id(node) in seen:
                continue
            seen.add(id(node))
            rows, cols = (_values(x) for x in node.shape)
            total += rows + cols
            if isinstance(node, E.Columns) and node.rep is not None:  # one column of many
                total += (cols - 1) * entries_bound((node.rep,))
            if isinstance(node, E.Conv):
                total += rows * math.prod(_values(node.spec.weight_shape)[1:])
            elif isinstance(node, E.Const) and node.builder == "conv_matrix":
                total += rows * math.prod(_values(node.args[0].kernel_size))
            elif isinstance(node, E.Const):
                total += max(rows, cols)
    return total


def concrete_sides(identity, variant, params):
    """The sides built with plain integers: ``(sides, True)`` with their matrices when
    they are small enough (``limits.MAX_CHECK_ENTRIES``), else ``(sides, False)`` built
    without them (shapes only)."""
    with symbolic_consts(every=True):
        light = identity.sides(params, variant)
    if not limits.small_enough(entries_bound(light)):
        return light, False
    return identity.sides(params, variant), True


def _positive(name, v):
    if v < 1:
        raise ValueError(f"{name} must be a positive integer, got {v!r}")
    return v


def const_shape(builder: str, args: tuple, kwargs: dict) -> tuple:
    """The shape of a core builder's matrix from its arguments (sizes may be symbolic),
    with the builder's own checks (each a branch of the path).

    >>> const_shape("downsample_matrix", ((5,), (2,)), {})
    (3, 5)
    """
    c = _positive("channels", kwargs.get("channels", 1))
    if builder == "conv_matrix":
        spec = args[0]
        return (spec.out_features, spec.in_features)
    n = tuple(_positive("n", v) for v in args[0])
    if builder == "downsample_matrix":
        rows = [-(-a // _positive("k", k)) for a, k in zip(n, args[1])]
    elif builder == "upsample_matrix":
        rows = [a * _positive("k", k) for a, k in zip(n, args[1])]
    elif builder in ("pad_matrix", "crop_matrix"):
        rows = []
        for a, (lo, hi) in zip(n, args[1]):
            if lo < 0 or hi < 0:
                raise ValueError(f"{builder}: amounts must be >= 0")
            kept = a + lo + hi if builder == "pad_matrix" else a - lo - hi
            if kept < 1:
                raise ValueError(f"{builder}: nothing is left of n={a}")
            rows.append(kept)
    else:  # flip_matrix, identity_matrix
        rows = list(n)
    return (c * math.prod(rows), c * math.prod(n))


@contextlib.contextmanager
def symbolic_consts(every: bool = False):
    """While active, a ``Const`` whose arguments hold symbolic sizes (``every``: any
    ``Const``) takes its shape from :func:`const_shape` instead of building its matrix, and
    ``E.ones`` of a symbolic size (``every``: any ``E.ones``) is an :class:`~.counting.Ones`
    block."""
    original = E.Const.__post_init__
    made = [0]

    def post_init(self) -> None:
        made[0] += 1  # a construction that grows with a concrete stride is bounded too
        limits.check_nodes(made[0])
        if not every and not has_symbol((self.args, self.kwargs)):
            return original(self)
        if self.builder not in E.BUILDERS:
            raise ValueError(f"builder must be one of {', '.join(E.BUILDERS)}, got "
                             f"{self.builder!r}")
        object.__setattr__(self, "shape", const_shape(self.builder, self.args,
                                                      dict(self.kwargs)))

    E.Const.__post_init__ = post_init
    original_ones, original_columns = E.ones, E.columns
    E.ones = functools.partial(counting.ones, block=every)
    E.columns = functools.partial(family.symbolic_columns, original=(
        family.light_columns if every else original_columns))
    try:
        yield
    finally:
        E.Const.__post_init__ = original
        E.ones, E.columns = original_ones, original_columns


def explore(run, names, universe: isl.Set, clock=None) -> list[Path]:
    """Cover ``universe`` (a parameter set over ``names``) with paths: ``run(trace)`` runs
    the build on the trace's point and returns a result (None where the identity raised
    ``ValueError``). Stops with :class:`~tconv_sym.budget.ResourceLimitError` past
    :data:`~.limits.MAX_PATHS` paths or the time limit."""
    out: list[Path] = []
    covered = universe.subtract(universe)
    while True:
        rest = universe.subtract(covered).coalesce()
        if rest.is_empty():
            return out
        if len(out) + 1 > limits._get("MAX_PATHS"):
            limits.check_paths(len(out) + 1, rest, _branched_on(out, names))
        if clock is not None:
            clock.check("exploring the paths of the build")
        point = lexmin_point(rest, names)
        trace = Trace(names, rest, point)
        result = run(trace)
        if trace.inexact is not None and result is not None:
            raise NotParametric(f"{trace.inexact}: the branch taken is not an affine "
                                "condition")
        if trace.path.is_empty():  # pragma: no cover - the point is always on its path
            raise AssertionError(f"empty path at {point}")
        out.append(Path(trace.path, result, trace))
        covered = covered.union(trace.path).coalesce()


def _branched_on(paths, names) -> list:
    """The names that the branch conditions of ``paths`` mention, in ``names`` order."""
    import re

    text = " ".join(c for p in paths for c, _ in p.trace.branches)
    return [n for n in names if re.search(rf"(?<![\w']){re.escape(n)}(?![\w'])", text)]


def symbols(names, point) -> dict:
    """One :class:`SymInt` per name at ``point``."""
    return {n: SymInt.symbol(n, point[n]) for n in names}
