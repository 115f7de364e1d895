"""Symbolic sizes: integers that remember how they were computed and record every branch.

An identity's Python ``build(params, variant)`` is run with :class:`SymInt` objects in place
of the sizes (and of the symbolic parameters). A ``SymInt`` carries its value at one concrete
point and its *expression*: a quasi-affine function of the size and parameter symbols in isl
syntax (``floor((n + 2)/3)``, ``(n) mod 2``), or a product of such factors (a flat shape
``C·n0·n1``). Arithmetic builds new expressions; every comparison asks the current
:class:`Trace`: when the answer is the same on the whole set of points the trace still
covers, it is returned as is, otherwise the trace narrows its set to the points where the
comparison has the answer it has at the concrete point (a branch of the path). A run thus
yields a *path*: a set of points, exact, on which the tree is built the same way, with every
field an expression.

What cannot be followed declines (:class:`NotParametric`), never guesses: turning a size into
a plain ``int`` (``range(n)``, ``int(n)``, NumPy), dividing by a size, multiplying sizes and
then adding, ordering two products.

>>> import islpy as isl
>>> t = Trace(["n"], isl.Set("[n] -> { : n >= 1 }"), {"n": 7})
>>> with t:
...     n = SymInt.symbol("n", 7)
...     m = (n + 1) // 2
...     small = m < 3
>>> m, m.text, small
(4, 'floor(((n + 1))/2)', False)
>>> with t:
...     print((2 * n + 4) // 2 - n, (m + m - 1).text)
2 (2*floor(((n + 1))/2) - 1)
>>> print(t.path)
[n] -> {  : n >= 5 }
"""

from __future__ import annotations

import math
import numbers
import traceback

import islpy as isl

__all__ = ["SymInt", "Trace", "NotParametric", "is_symbolic", "current_trace"]


class NotParametric(NotImplementedError):
    """An identity (or one node of it) that this engine cannot model, and why."""


def _decline(message: str) -> NotParametric:
    """The error to raise, also recorded on the current trace: code that catches it
    (``except Exception: fallback``) cannot make the run look like a path."""
    t = current_trace()
    if t is not None and t.declined is None:
        t.declined = message
    return NotParametric(message)


_STACK: list = []
_PARSED: dict = {}  # (parameter list, condition) -> isl set


def current_trace():
    """The innermost active :class:`Trace` (None outside a trace).

    >>> current_trace() is None
    True
    """
    return _STACK[-1] if _STACK else None


def _where() -> str:
    """The first frame outside this module (where a size was used)."""
    for frame in reversed(traceback.extract_stack()[:-2]):
        if not frame.filename.endswith("symint.py"):
            return f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} ({frame.line})"
    return "?"  # pragma: no cover


class Trace:
    """The set of points a traced run still covers (``path``: an isl parameter set), the
    concrete ``point`` it runs at, and the branches taken (``branches``: condition text,
    answer).

    Used as a context manager: :class:`SymInt` comparisons inside it are recorded here.
    """

    def __init__(self, params, start: isl.Set, point: dict) -> None:
        self.params = list(params)
        self.path = start
        self.point = dict(point)
        self.branches: list[tuple[str, bool]] = []
        self.inexact: str | None = None  # set when a branch could only be over-approximated
        self.clock = None  # a limits.Clock checked at every branch
        self.declined: str | None = None  # the first size operation that could not be traced
        self._known: dict[str, bool] = {}  # conditions decided on the current path
        self._head = f"[{', '.join(self.params)}] -> "

    def __enter__(self) -> Trace:
        _STACK.append(self)
        return self

    def __exit__(self, *exc) -> None:
        _STACK.remove(self)

    def set_of(self, condition: str) -> isl.Set:
        """The parameter set ``{ : condition }`` (parsed once per parameter list)."""
        key = (self._head, condition)
        hit = _PARSED.get(key)
        if hit is None:
            if len(_PARSED) > 50_000:
                _PARSED.clear()
            hit = _PARSED[key] = isl.Set(f"{self._head}{{ : {condition} }}")
        return hit

    def at_point(self, condition: str) -> bool:
        """The truth of ``condition`` at the concrete point."""
        where = " and ".join(f"{n} = {v}" for n, v in self.point.items()) or "true"
        return self.set_of(where).is_subset(self.set_of(condition))

    def decide(self, condition: str, concrete: bool) -> bool:
        """The truth of ``condition`` on the path: the same at every point (returned), or a
        branch (the path narrows to the points where it is ``concrete``)."""
        if self.clock is not None:
            self.clock.check("tracing the build")
        known = self._known.get(condition)
        if known is not None:  # decided on this very path before
            if known != concrete:  # pragma: no cover - the point lies on its path
                raise AssertionError(f"{condition} is {known} on the path, not at {self.point}")
            return known
        cond = self.set_of(condition)
        if self.path.is_subset(cond):
            self._known[condition] = True
            if not concrete:
                raise AssertionError(f"{condition} holds on the path but not at {self.point}")
            return True
        if self.path.intersect(cond).is_empty():
            if concrete:
                raise AssertionError(f"{condition} fails on the path but holds at {self.point}")
            self._known[condition] = False
            return False
        self.path = (self.path.intersect(cond) if concrete else self.path.subtract(cond))
        self.path = self.path.coalesce()
        self.branches.append((condition, concrete))
        self._known = {condition: concrete}  # the path narrowed: earlier answers may change
        return concrete

    def provable(self, condition: str) -> bool:
        """True when ``condition`` holds on the whole path (the path does not change)."""
        known = self._known.get(condition)
        if known is not None:
            return known
        return self.path.is_subset(self.set_of(condition))

    def __repr__(self) -> str:
        return f"Trace(at {self.point}, {len(self.branches)} branches)"


def is_symbolic(x) -> bool:
    """True for a :class:`SymInt`.

    >>> is_symbolic(3)
    False
    """
    return isinstance(x, SymInt)


_HASH = hash("tconv_sym symbolic size")


def _make(value: int, lin: dict):
    """An affine size from its linear form; a plain int when no symbol is left."""
    lin = {a: c for a, c in lin.items() if c or a == ""}
    if not any(a for a in lin):
        return lin.get("", 0)
    return SymInt(value, lin)


def _val(x) -> int:
    return x.value if isinstance(x, SymInt) else int(x)


def _trace() -> Trace:
    t = current_trace()
    if t is None:
        raise _decline("a symbolic size was used outside a trace")
    return t


class SymInt:
    """An integer-valued expression of the size symbols (see the module doc).

    ``value`` is the value at the trace's concrete point; ``text`` the quasi-affine
    expression (isl syntax), or None for a product, whose ``factors`` (affine SymInts) and
    ``coef`` give it.
    """

    __slots__ = ("value", "lin", "factors", "coef")
    symbolic_int = True  # read by tconv_sym._validate.as_int: a traced size passes as is

    def __init__(self, value: int, lin: dict | None, factors=(), coef: int = 1) -> None:
        self.value = int(value)
        self.lin = lin  # affine: {atom: coefficient, "": constant}; None: product/opaque
        self.factors = tuple(factors)
        self.coef = int(coef)

    @classmethod
    def symbol(cls, name: str, value: int) -> SymInt:
        """The symbol ``name`` itself, at ``value``."""
        return cls(value, {name: 1})

    @property
    def text(self) -> str | None:
        """The quasi-affine expression in isl syntax (None for a product or opaque value)."""
        if self.lin is None:
            return None
        terms = [(c, a) for a, c in self.lin.items() if a and c]
        const = self.lin.get("", 0)
        if const or not terms:
            terms.append((const, ""))
        out = ""
        for i, (c, a) in enumerate(terms):
            mag = a if abs(c) == 1 and a else f"{abs(c)}*{a}" if a else str(abs(c))
            sign = ("-" if c < 0 else "") if i == 0 else (" - " if c < 0 else " + ")
            out += sign + mag
        return f"({out})" if len(terms) > 1 else out

    # ---- shapes of expressions ---------------------------------------------------------
    @property
    def is_product(self) -> bool:
        return self.lin is None and bool(self.factors)

    @property
    def is_opaque(self) -> bool:
        """A value without an expression (a sum involving a product of sizes, such as a
        memory estimate): any comparison or use in a relation declines."""
        return self.lin is None and not self.factors

    def _parts(self) -> tuple[int, tuple]:
        """``(c, factors)`` with ``self = c·Π factors`` and every factor primitive (its
        coefficients without a common divisor)."""
        if self.lin is None:
            return self.coef, self.factors
        g = 0
        for c in self.lin.values():
            g = math.gcd(g, c)
        g = g or 1
        if g == 1:
            return 1, (self,)
        return g, (SymInt(self.value // g, {a: c // g for a, c in self.lin.items()}),)

    @staticmethod
    def _of(x):
        if isinstance(x, SymInt):
            return x
        if isinstance(x, bool) or not isinstance(x, numbers.Integral):
            return None
        return int(x)

    @staticmethod
    def _text(x) -> str:
        if isinstance(x, SymInt):
            if x.lin is None:
                raise _decline(f"a sum or comparison with a product of sizes at "
                                    f"{_where()}: outside quasi-affine arithmetic")
            return x.text
        return str(int(x))

    @staticmethod
    def _lin(x) -> dict:
        return dict(x.lin) if isinstance(x, SymInt) else {"": int(x)}

    # ---- arithmetic ---------------------------------------------------------------------
    def _affine(self, other, op: str, value: int):
        o = self._of(other)
        if o is None:
            return NotImplemented
        if self.lin is None or (isinstance(o, SymInt) and o.lin is None):
            return SymInt(value, None)  # opaque
        a, b = (self, o) if op != "r-" else (o, self)
        sign = -1 if op in ("-", "r-") else 1
        lin = self._lin(a)
        for atom, c in self._lin(b).items():
            lin[atom] = lin.get(atom, 0) + sign * c
        return _make(value, lin)

    def __add__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else self._affine(o, "+", self.value + _val(o))

    __radd__ = __add__

    def __sub__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else self._affine(o, "-", self.value - _val(o))

    def __rsub__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else self._affine(o, "r-", _val(o) - self.value)

    def __neg__(self):
        return self * -1

    def __pos__(self):
        return self

    def __mul__(self, other):
        o = self._of(other)
        if o is None:
            return NotImplemented
        value = self.value * _val(o)
        if not isinstance(o, SymInt) and o in (0, 1):
            return 0 if o == 0 else self
        if self.is_opaque or (isinstance(o, SymInt) and o.is_opaque):
            return SymInt(value, None)
        if not isinstance(o, SymInt):
            if self.lin is not None:
                return _make(value, {a: c * o for a, c in self.lin.items()})
            return SymInt(value, None, self.factors, self.coef * o)
        ca, fa = self._parts()
        cb, fb = o._parts()
        return SymInt(value, None, fa + fb, ca * cb)

    __rmul__ = __mul__

    def __int__(self):
        raise _decline(f"a size is turned into a plain int at {_where()}: the tree's "
                            "structure would depend on its value (a construction that grows "
                            "with n is written as a family of columns, E.columns(extent, fn))")

    __index__ = __int__

    def __float__(self):
        raise _decline(f"a size is turned into a float at {_where()}")

    def __floordiv__(self, other):
        o = self._of(other)
        if o is None:
            return NotImplemented
        if isinstance(o, SymInt):
            raise _decline(f"a division by a size at {_where()}: outside Presburger "
                                "arithmetic")
        if o == 0:
            raise ZeroDivisionError("integer division by zero")
        value = self.value // o
        num = self if o > 0 else -self
        o = abs(o)
        lin = self._lin(num) if isinstance(num, SymInt) else {"": num}
        if all(c % o == 0 for c in lin.values()):  # an exact division
            return _make(value, {a: c // o for a, c in lin.items()})
        return _make(value, {f"floor(({self._text(num)})/{o})": 1})

    def __rfloordiv__(self, other):
        raise _decline(f"a division by a size at {_where()}: outside Presburger "
                            "arithmetic")

    def __mod__(self, other):
        o = self._of(other)
        if o is None:
            return NotImplemented
        if isinstance(o, SymInt) or o <= 0:
            raise _decline(f"a remainder modulo {other!r} at {_where()}: only a positive "
                                "constant modulus is quasi-affine")
        lin = self._lin(self)
        if all(c % o == 0 for a, c in lin.items() if a):  # the symbols drop out
            return self.value % o
        return _make(self.value % o, {f"(({self._text(self)}) mod {o})": 1})

    def __rmod__(self, other):
        raise _decline(f"a remainder modulo a size at {_where()}: outside Presburger "
                            "arithmetic")

    def __divmod__(self, other):
        return self // other, self % other

    def __truediv__(self, other):
        raise _decline(f"a true division of a size at {_where()}")

    __rtruediv__ = __truediv__

    def __pow__(self, exp):
        if isinstance(exp, int) and not isinstance(exp, bool) and exp >= 1:
            out = self
            for _ in range(exp - 1):
                out = out * self
            return out
        raise _decline(f"a power {exp!r} of a size at {_where()}")

    def __abs__(self):
        return self if self >= 0 else -self

    # ---- comparisons: every one is a branch of the path ------------------------------
    def _compare(self, other, op: str, concrete: bool) -> bool:
        o = self._of(other)
        if o is None:
            return NotImplemented
        if self.is_opaque or (isinstance(o, SymInt) and o.is_opaque):
            raise _decline(f"a comparison of a sum that involves a product of sizes at "
                                f"{_where()}: outside quasi-affine arithmetic")
        if self.is_product or (isinstance(o, SymInt) and o.is_product):
            return _compare_products(self, o, op, concrete)
        return _trace().decide(f"{self._text(self)} {op} {self._text(o)}", concrete)

    def __lt__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else self._compare(o, "<", self.value < _val(o))

    def __le__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else self._compare(o, "<=", self.value <= _val(o))

    def __gt__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else self._compare(o, ">", self.value > _val(o))

    def __ge__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else self._compare(o, ">=", self.value >= _val(o))

    def __eq__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else self._compare(o, "=", self.value == _val(o))

    def __ne__(self, other):
        o = self._of(other)
        return NotImplemented if o is None else not self._compare(o, "=",
                                                                   self.value == _val(o))

    def __bool__(self) -> bool:
        return self != 0

    def __hash__(self) -> int:
        # one hash for every size: a set or dict lookup then compares sizes with ``==``,
        # which is a decided comparison (or a branch), never a coincidence of values or a
        # difference of spelling; plain ints never meet a size there (other hashes)
        return _HASH

    def __int_value__(self) -> int:
        return self.value

    def __repr__(self) -> str:
        return repr(self.value)

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    def __str__(self) -> str:
        return str(self.value)

    def __reduce__(self):
        raise _decline("a symbolic size cannot be pickled")

    # ints are Integral; so is a size (numbers.Integral.register below)
    @property
    def numerator(self):
        return self

    @property
    def denominator(self):
        return 1


numbers.Integral.register(SymInt)


def _compare_products(a, b, op: str, concrete: bool) -> bool:
    """Comparisons where a side is a product of sizes: equality factor by factor, and
    order against a constant from the factors' lower bound 1."""
    t = _trace()
    ca, fa = a._parts() if isinstance(a, SymInt) else (int(a), ())
    cb, fb = b._parts() if isinstance(b, SymInt) else (int(b), ())
    if op == "=":
        if concrete and len(fa) == len(fb) and all(f.value for f in fa + fb):
            # equal at the point: pair the factors so that each pair has a constant ratio
            # (then the products are equal wherever the ratios hold: a subset, exact)
            rest, pairs = list(fb), []
            for f in fa:
                def cond(g, f=f):
                    return f"{g.value}*({f.text}) = {f.value}*({g.text})"
                j = next((j for j, g in enumerate(rest) if t.provable(cond(g))), None)
                if j is None:
                    j = next((j for j, g in enumerate(rest) if g.value == f.value), 0)
                g = rest.pop(j)
                pairs.append((cond(g), f, g))
            if all(t.decide(c, True) for c, _f, _g in pairs):
                return True
        if concrete:
            raise _decline(f"two products of sizes are equal at {t.point} but not factor "
                                f"by factor ({_where()})")
        # unequal at the point: the exact set where they differ is not affine; the path is
        # only right where it leads to an error (the engine checks)
        t.inexact = f"a comparison of products of sizes at {_where()}"
        return False
    if fb and not fa:  # constant on the left: flip the comparison
        flipped = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}[op]
        return _compare_products(b, a, flipped, concrete)
    if not fb and ca >= 1 and all(t.decide(f"{f.text} >= 1", f.value >= 1) for f in fa):
        low = ca  # every factor >= 1 on the path: the product is at least ca
        decided = {"<": False if cb <= low else None, ">=": True if cb <= low else None,
                   ">": True if cb < low else None, "<=": False if cb < low else None}[op]
        if decided is not None:
            return decided
    raise _decline(f"an order comparison with a product of sizes at {_where()}")
