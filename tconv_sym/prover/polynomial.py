"""Exact equality of two SymPy entries without expanding what is too large to expand.

``sympy.expand((a+b+c+d+e+f+g+h)**64)`` has about 1.2·10⁹ terms: it runs for minutes and
takes gigabytes before anything is decided. :func:`compare_entries` decides in three steps:

1. small entries (at most :data:`EXPAND_FREELY` terms after expansion, by the estimate of
   :func:`expanded_terms`) are expanded and compared, exactly, as before;
2. otherwise both entries are evaluated at random integer points modulo the prime
   ``2**61 − 1`` (:data:`PRIME`; powers by square-and-multiply, so the degree costs its
   logarithm). A nonzero difference at a point is an *exact refutation*: evaluation modulo
   a prime is a ring homomorphism, so equal polynomials give equal values;
3. when the difference vanishes at every point (the polynomials are almost surely equal), the
   exact check expands them — after the estimate (terms × degree) is checked against
   :mod:`tconv_sym.budget`, which refuses with the knob rather than run out of memory.

>>> import sympy
>>> a, b = sympy.symbols("a b")
>>> compare_entries((a + b)**2, a**2 + 2*a*b + b**2).equal
True
>>> huge = sum(sympy.symbols("a:h"))**64
>>> expanded_terms(huge)
1329890705
>>> c = compare_entries(huge, huge.subs(sympy.Symbol("h"), -sympy.Symbol("h")))
>>> c.equal, c.note
(False, 'they differ at a = ..., b = ...: lhs = ... (417 digits), rhs = ... (393 digits)')
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from fractions import Fraction

from .. import budget

__all__ = ["compare_entries", "expanded_terms", "degree", "check_expansion", "EntryVerdict",
           "PRIME", "EXPAND_FREELY", "BYTES_PER_TERM", "POINTS"]

#: The Mersenne prime the random evaluation works modulo.
PRIME = 2**61 - 1

#: Entries whose expansion has at most this many terms are simply expanded and compared.
EXPAND_FREELY = 2_000

#: Random points tried before an exact (expanding) check; a nonzero polynomial of degree d
#: vanishes at a uniformly random point of a set of size S with probability at most d / S.
POINTS = 4

#: Bytes per term of an expanded SymPy polynomial, per variable in the term (measured: a
#: Mul of k powers ~ 100 + 60·k bytes with its dict slots).
BYTES_PER_TERM = 160

#: Exact values at the refuting point are printed when the degree is at most this.
EXACT_DEGREE = 512


class _NotPolynomial(Exception):
    """An atom that is not a symbol, its conjugate, or a rational number."""


@dataclass(frozen=True)
class EntryVerdict:
    """``equal``; for a difference, what to show of each side and a ``note`` (the point).

    >>> EntryVerdict(True).equal
    True
    """

    equal: bool
    lhs: object = None
    rhs: object = None
    note: str = ""


def _walk_cached(fn):
    """Memoise a recursive function of a SymPy expression (its trees share sub-trees)."""

    def wrapper(e, memo=None):
        memo = {} if memo is None else memo
        if e not in memo:
            memo[e] = fn(e, memo)
        return memo[e]

    wrapper.__doc__, wrapper.__name__ = fn.__doc__, fn.__name__
    return wrapper


@_walk_cached
def expanded_terms(e, memo) -> int:
    """An upper bound on the number of terms of ``sympy.expand(e)`` (without expanding).

    >>> import sympy
    >>> x, y, z = sympy.symbols("x y z")
    >>> expanded_terms((x + y)**3), expanded_terms((x + y) * (x + z) + 1)
    (4, 5)
    """
    if e.is_Add:
        return sum(expanded_terms(a, memo) for a in e.args)
    if e.is_Mul:
        return math.prod(expanded_terms(a, memo) for a in e.args)
    if e.is_Pow and e.exp.is_Integer:
        t, n = expanded_terms(e.base, memo), abs(int(e.exp))
        return 1 if t == 1 else math.comb(n + t - 1, t - 1)  # monomials of degree n in t terms
    return max(1, sum(expanded_terms(a, memo) for a in e.args))  # f(args): args expanded


@_walk_cached
def degree(e, memo) -> int:
    """The total degree of ``e`` as a polynomial (an upper bound; atoms count 1).

    >>> import sympy
    >>> x, y = sympy.symbols("x y")
    >>> degree((x + y**2)**5 * x)
    11
    """
    if e.is_Number:
        return 0
    if e.is_Add:
        return max(degree(a, memo) for a in e.args)
    if e.is_Mul:
        return sum(degree(a, memo) for a in e.args)
    if e.is_Pow and e.exp.is_Integer:
        return degree(e.base, memo) * abs(int(e.exp))
    return 1


def check_expansion(exprs, what: str) -> int:
    """Refuse (``ResourceLimitError`` naming the knob) before expanding ``exprs`` past the
    budget: their terms (``sympy_entries``) and terms × variables (``bytes``). Returns the
    estimated number of terms.

    >>> import sympy
    >>> check_expansion([sympy.Symbol("x")**2], "x²")
    1
    """
    terms = sum(expanded_terms(e) for e in exprs)
    width = max((min(degree(e), len(e.free_symbols)) for e in exprs), default=0)
    hint = ("the sides may well be equal (they agree at random points), but SymPy must expand "
            "them to be sure; raise the limit, or compare smaller matrices")
    budget.check("sympy_entries", terms, what=f"expanding {what} (~{terms:,} terms)",
                 hint=hint)
    budget.check("bytes", terms * BYTES_PER_TERM * (1 + width),
                 what=f"expanding {what} (~{terms:,} terms)", hint=hint)
    return terms


def _value(e, point: dict, mod: int | None, memo: dict):
    """``e`` at ``point`` (symbol or conjugate(symbol) → int), modulo ``mod`` or exact."""
    hit = memo.get(e)
    if hit is not None:
        return hit
    if e.is_Integer:
        v = int(e) % mod if mod else int(e)
    elif e.is_Rational:
        p, q = int(e.p), int(e.q)
        if mod and q % mod == 0:
            raise _NotPolynomial(f"denominator {q} divisible by the prime")
        v = p * pow(q, -1, mod) % mod if mod else Fraction(p, q)
    elif e in point:
        v = point[e]
    elif e.is_Add:
        v = sum(_value(a, point, mod, memo) for a in e.args)
        v = v % mod if mod else v
    elif e.is_Mul:
        v = 1
        for a in e.args:
            v = v * _value(a, point, mod, memo)
            v = v % mod if mod else v
    elif e.is_Pow and e.exp.is_Integer:
        base, n = _value(e.base, point, mod, memo), int(e.exp)
        if n < 0 and base == 0:
            raise _NotPolynomial("a negative power of zero")
        if mod:
            v = pow(base, n, mod) if n >= 0 else pow(pow(base, -1, mod), -n, mod)
        else:
            v = Fraction(base) ** n
    else:
        raise _NotPolynomial(f"{e} is not a polynomial in symbols")
    memo[e] = v
    return v


def _sort_key(v):
    import sympy

    return sympy.default_sort_key(v)


def _atoms(e) -> list:
    """The variables of ``e``: symbols and conjugates of symbols, in a fixed order."""
    import sympy

    found = {a for a in e.atoms(sympy.Symbol)}
    found |= {c for c in e.atoms(sympy.conjugate) if c.args[0].is_Symbol}
    return sorted(found, key=sympy.default_sort_key)


def _refuting_point(x, y, rng: random.Random) -> tuple[dict, int] | None:
    """A point where ``x − y`` is nonzero modulo :data:`PRIME`, or None (at :data:`POINTS`
    random points both sides agree). ``_NotPolynomial`` if they are not polynomials."""
    variables = sorted(set(_atoms(x)) | set(_atoms(y)), key=_sort_key)  # not x - y: SymPy
    # may cancel a common part and leave no variable to evaluate the sides at
    for _ in range(POINTS):
        point = {v: rng.randrange(-(2**20), 2**20) for v in variables}
        modular = {v: c % PRIME for v, c in point.items()}
        dx, dy = _value(x, modular, PRIME, {}), _value(y, modular, PRIME, {})
        if dx != dy:
            return point, (dx - dy) % PRIME
    return None


def _shown(e, exact: bool):
    import sympy

    return sympy.expand(e) if exact else e


def compare_entries(x, y, what: str = "an entry", seed: int = 0) -> EntryVerdict:
    """Decide ``x == y`` for two SymPy expressions exactly (see the module docstring).

    >>> import sympy
    >>> a, b = sympy.symbols("a b")
    >>> v = compare_entries((a + b)**2, a**2 + b**2)
    >>> v.equal, v.lhs, v.rhs
    (False, a**2 + 2*a*b + b**2, a**2 + b**2)
    """
    if x == y:
        return EntryVerdict(True)
    small = expanded_terms(x) + expanded_terms(y) <= EXPAND_FREELY
    if small:
        import sympy

        if sympy.expand(x - y) == 0:
            return EntryVerdict(True)
        return EntryVerdict(False, sympy.expand(x), sympy.expand(y))
    try:
        found = _refuting_point(x, y, random.Random(seed))
    except _NotPolynomial:
        found = None  # not a polynomial in symbols: only the expansion decides
    else:
        if found is not None:
            return EntryVerdict(False, x, y, _point_note(x, y, *found))
    check_expansion((x, y), what)
    import sympy

    if sympy.expand(x - y) == 0:
        return EntryVerdict(True)
    return EntryVerdict(False, sympy.expand(x), sympy.expand(y))


def _point_note(x, y, point: dict, residue: int) -> str:
    where = ", ".join(f"{v} = {c}" for v, c in list(point.items())[:8])
    if len(point) > 8:
        where += f", … ({len(point)} variables)"
    if max(degree(x), degree(y)) <= EXACT_DEGREE:
        vx, vy = _value(x, point, None, {}), _value(y, point, None, {})
        return f"they differ at {where}: lhs = {_short(vx)}, rhs = {_short(vy)}"
    return f"they differ at {where}: lhs − rhs ≡ {residue} (mod 2**61 − 1)"


def _short(v) -> str:
    text = str(v)
    return text if len(text) <= 60 else f"{text[:28]}…{text[-28:]} ({len(text)} digits)"
