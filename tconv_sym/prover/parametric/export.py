"""An independent check of an all-sizes verdict: the final Presburger statement as isl text,
re-decided by z3.

For every path of a proof and every monomial kind, the statement is "the two sides' (row,
col, tap) sets agree exactly outside the failing set": :func:`statement` writes each triple
(path, lhs set, rhs set) and the failing set in isl's text syntax; :func:`redecide` parses
that text back, translates every set to a z3 formula (integer linear arithmetic; isl's local
variables — floors, mods — become existentially quantified integers with their defining
bounds) and asks z3 (1) that no point outside the failing set tells the sides apart and
(2) that the failing set, where it is not empty, has a point that does. z3 is an optional
extra (``pip install "tconv_sym[allsizes]"`` installs islpy and z3-solver).

>>> from tconv_sym.prover.parametric import prove_all_sizes
>>> p = prove_all_sizes("strided_conv_is_downsampled_conv", kernel=3, stride=2, padding=1,
...                     variant="padding_off_by_one")
>>> print(statement(p).splitlines()[0])  # doctest: +ELLIPSIS
# strided_conv_is_downsampled_conv: 1 path(s); failing := [n] -> ...
>>> redecide(p)
Redecision(agree=True, checks=2, unknown=0)
"""

from __future__ import annotations

from dataclasses import dataclass

import islpy as isl

__all__ = ["statement", "redecide", "Redecision", "to_z3"]


@dataclass(frozen=True)
class Redecision:
    """z3's verdict on a proof's statement: ``agree`` (no check contradicts isl),
    ``checks`` (z3 queries made), ``unknown`` (queries z3 could not decide)."""

    agree: bool
    checks: int
    unknown: int


def _pieces(proof):
    for path, result in getattr(proof, "statement", ()):
        for _path, sa, sb in result.pairs:
            yield path, result.failing, sa, sb


def statement(proof) -> str:
    """The proof's final statement in isl text: per path and monomial kind, the path, its
    failing set and the two sides' sets (one ``name := set;`` line each)."""
    failing = None
    for _path, result in getattr(proof, "statement", ()):
        failing = result.failing if failing is None else failing.union(result.failing)
    pieces = list(_pieces(proof))
    lines = [f"# {proof.identity.name}: {len(getattr(proof, 'statement', ()))} path(s); "
             f"failing := {failing};"]
    for i, (path, fail, sa, sb) in enumerate(pieces):
        lines += [f"path{i} := {path};", f"failing{i} := {fail};", f"lhs{i} := {sa};",
                  f"rhs{i} := {sb};"]
    return "\n".join(lines)


def _val(v) -> int:
    return int(v.to_python())


def _frac(v):
    from fractions import Fraction

    return Fraction(str(v))  # isl prints a rational Val as "p/q"


def _affine_z3(z3, obj, scale, set_kind, groups):
    """``Σ scale(coefficient)·var + scale(constant)`` of an isl constraint or affine
    expression; ``groups``: (dim kind, z3 variables) with ``set_kind`` for the set dims."""
    out = scale(obj.get_constant_val())
    for kind, names in groups:
        kind = set_kind if kind == "set" else kind
        for i, v in enumerate(names):
            coef = scale(obj.get_coefficient_val(kind, i))
            if coef:
                out = out + coef * v
    return out


def _basic_to_z3(z3, bset, pvars, xvars, fresh):
    nd = bset.dim(isl.dim_type.div)
    evars = [z3.Int(f"e{next(fresh)}") for _ in range(nd)]
    groups = [(isl.dim_type.param, pvars), ("set", xvars), (isl.dim_type.div, evars)]
    cons = []
    for c in bset.get_constraints():
        expr = _affine_z3(z3, c, _val, isl.dim_type.set, groups)
        cons.append(expr == 0 if c.is_equality() else expr >= 0)
    for j, e in enumerate(evars):  # a known local variable is floor(num / d): bound it
        try:
            aff = bset.get_div(j)
        except isl.Error:  # some local variables have no closed form: existential only
            break
        if aff.is_nan():
            continue
        d = _val(aff.get_denominator_val())
        num = _affine_z3(z3, aff, lambda v, d=d: int(_frac(v) * d), isl.dim_type.in_, groups)
        cons += [d * e <= num, num <= d * e + d - 1]
    body = z3.And(*cons) if cons else z3.BoolVal(True)
    return z3.Exists(evars, body) if evars else body


def to_z3(set_: isl.Set, pvars, xvars):
    """The z3 formula of an isl set (parameters ``pvars``, set dims ``xvars``).

    >>> import z3
    >>> n, i = z3.Int("n"), z3.Int("i")
    >>> f = to_z3(isl.Set("[n] -> { [i] : 0 <= i < n and i mod 3 = 0 }"), [n], [i])
    >>> z3.Solver().check(f, n == 4, i == 2)
    unsat
    """
    import itertools

    import z3

    fresh = itertools.count()
    parts = [_basic_to_z3(z3, b, pvars, xvars, fresh) for b in set_.get_basic_sets()]
    return z3.Or(*parts) if parts else z3.BoolVal(False)


def _check(z3, formula) -> str:
    s = z3.Solver()
    s.set("timeout", 20_000)
    s.add(formula)
    return str(s.check())


def redecide(proof) -> Redecision:
    """Re-decide the proof's statement with z3 from its isl text (see the module doc)."""
    import z3

    checks = unknown = 0
    agree = True
    for i, (path, fail, sa, sb) in enumerate(_pieces(proof)):
        # parse the exported text back: the check reads the statement, not the objects
        path, fail = isl.Set(str(path)), isl.Set(str(fail))
        sa, sb = isl.Set(str(sa)), isl.Set(str(sb))
        np_ = sa.dim(isl.dim_type.param)
        pvars = [z3.Int(sa.get_dim_name(isl.dim_type.param, k) or f"p{k}")
                 for k in range(np_)]
        xvars = [z3.Int(f"x{i}_{k}") for k in range(sa.dim(isl.dim_type.set))]
        za, zb = to_z3(sa, pvars, xvars), to_z3(sb, pvars, xvars)
        differ = z3.Xor(za, zb)
        holds_part = path.subtract(fail)
        outside = to_z3(holds_part, pvars, [])
        verdict = _check(z3, z3.And(outside, differ))
        checks += 1
        unknown += verdict == "unknown"
        agree = agree and verdict != "sat"
        here = fail.intersect(path)
        if not here.is_empty():
            # a failing point must tell the sides apart in this kind, or in another one:
            # only ask z3 when this kind alone differs somewhere in the failing set
            mine = sa.subtract(sb).union(sb.subtract(sa)).params()
            if not mine.is_empty():
                verdict = _check(z3, z3.And(to_z3(mine.intersect(here), pvars, []), differ))
                checks += 1
                unknown += verdict == "unknown"
                agree = agree and verdict != "unsat"
    return Redecision(agree, checks, unknown)
