"""Relations: an operator as sets of (row, column, symbol-index) tuples, one set per monomial
kind, combined by the matrix operations of the expression trees.

A :class:`Value` holds the row and column *layouts* (one index per dimension: channel,
then each spatial dim; dims of extent 1 are dropped) and, for each *signature* (the sorted
symbols of a monomial, e.g. ``(('q', False, 1), ('x', False, 1))`` for ``q_t x_i``), an isl
set over ``[rows…, cols…, symbol indices…]``. A tuple in the set is a coefficient 1 in
that entry; all coefficients are 0 or 1, which every operation checks (a product whose
inner index is not unique, or a sum whose parts overlap, would need counting).

>>> import islpy as isl
>>> x = isl.Set("{ [r, f] : 0 <= r < 3 and f = r }")  # the column of symbols x0, x1, x2
>>> v = Value((3,), (), {(("x", False, 1),): x})
>>> transpose(v)
Value(rows 1, cols 3, 1 monomial kinds)
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import islpy as isl

from .symint import is_symbolic

__all__ = ["Value", "NeedsCounting", "weight_factor", "normalise", "weight_of", "base_of",
           "unique_weights", "matmul", "add", "transpose", "conj", "kron", "grad",
           "reshape_rows", "reshape_cols", "permute", "is_unit", "same_layout", "same_extent",
           "constant_layout"]

SET = isl.dim_type.set


class NeedsCounting(NotImplementedError):
    """An entry would carry a coefficient other than 0 or 1 (the relation model abstains)."""


@dataclass
class Value:
    """Rows/cols layouts (one extent per dim: an int, or a symbolic size
    :class:`~.symint.SymInt`) and ``terms``: signature -> isl set over ``[rows, cols, factor
    indices in signature order]``.
    """

    rows: tuple
    cols: tuple
    terms: dict

    def __repr__(self) -> str:
        rows = "×".join(map(str, self.rows)) or "1"
        cols = "×".join(map(str, self.cols)) or "1"
        return f"Value(rows {rows}, cols {cols}, {len(self.terms)} monomial kinds)"


def is_unit(extent) -> bool:
    """True for an extent that is the constant 1 (its index is always 0: the dim is dropped).

    >>> is_unit(1), is_unit(2)
    (True, False)
    """
    return not is_symbolic(extent) and extent == 1


def same_extent(a, b) -> bool:
    """Two extents equal: constants compared, symbolic ones decided on the current trace's
    path (a branch when they are equal on part of it only).

    >>> same_extent(3, 3), same_extent(3, 4)
    (True, False)
    """
    if not is_symbolic(a) and not is_symbolic(b):
        return a == b
    return bool(a == b)


def same_layout(a, b) -> bool:
    """Two layouts with one dim per dim and equal extents (see :func:`same_extent`).

    >>> same_layout((3, 2), (3, 2)), same_layout((3,), (3, 1))
    (True, False)
    """
    return len(a) == len(b) and all(same_extent(x, y) for x, y in zip(a, b))


def constant_layout(layout) -> bool:
    """True when no extent is symbolic."""
    return not any(is_symbolic(e) for e in layout)


def _values(layout) -> list:
    return list(layout)


def _n(set_: isl.Set) -> int:
    return set_.dim(SET)


def permute(set_: isl.Set, order) -> isl.Set:
    """New dim ``i`` is old dim ``order[i]``; old dims not listed are projected out.

    >>> print(permute(isl.Set("{ [a, b] : a = 2b and 0 <= b < 3 }"), [1, 0]))
    { [i0, 2i0] : 0 <= i0 <= 2 }
    """
    n = _n(set_)
    order = list(order)
    if order == list(range(n)):
        return set_
    src = ", ".join(f"x{i}" for i in range(n))
    dst = ", ".join(f"x{i}" for i in order)
    return set_.apply(isl.Map(f"{{ [{src}] -> [{dst}] }}"))


def _sig_order(sig):
    idx = sorted(range(len(sig)), key=lambda i: (sig[i][0], sig[i][1]))
    return tuple(sig[i] for i in idx), idx


def _factor_perm(sig, start: int):
    """(sorted signature, dim order of the factor block starting at ``start``)."""
    new, idx = _sig_order(sig)
    offsets, pos = [], start
    for f in sig:
        offsets.append(pos)
        pos += f[2]
    order = [offsets[i] + k for i in idx for k in range(sig[i][2])]
    return new, order


# --------------------------------------------------------------------------------------
# Weight classes: a rational weight carried as a factor of the signature
# --------------------------------------------------------------------------------------
#: A weight factor is ``("#<value>", False, 0)``: no index dims, so every operation treats it
#: like a symbol without indices; :func:`normalise` multiplies the weights of a monomial into
#: one factor (none for weight 1; the term is dropped for weight 0). A value is then
#: ``Σ_sig weight(sig) · [entry ∈ set_sig] · symbols(sig)``, exactly (each set is 0/1).
WEIGHT = "#"


def weight_factor(v) -> tuple:
    """The signature factor of the rational weight ``v``.

    >>> from fractions import Fraction
    >>> weight_factor(Fraction(3, 4))
    ('#3/4', False, 0)
    """
    return (f"{WEIGHT}{Fraction(v)}", False, 0)


def weight_of(sig) -> Fraction:
    """The weight of a signature (1 when it has no weight factor).

    >>> weight_of((('#1/4', False, 0), ('x', False, 1)))
    Fraction(1, 4)
    """
    w = Fraction(1)
    for name, _, _ in sig:
        if name.startswith(WEIGHT):
            w *= Fraction(name[len(WEIGHT):])
    return w


def base_of(sig) -> tuple:
    """The signature without its weight factors (the symbols only).

    >>> base_of((('#1/4', False, 0), ('x', False, 1)))
    (('x', False, 1),)
    """
    return tuple(f for f in sig if not f[0].startswith(WEIGHT))


def normalise(sig):
    """One weight factor (the product of all), placed in sorted order; ``None`` for weight 0.

    >>> normalise((('#1/2', False, 0), ('#1/2', True, 0), ('q', False, 1)))
    (('#1/4', False, 0), ('q', False, 1))
    >>> normalise((('#2', False, 0), ('#1/2', False, 0)))
    ()
    """
    if not any(f[0].startswith(WEIGHT) for f in sig):
        return sig
    w = weight_of(sig)
    if w == 0:
        return None
    base = base_of(sig)
    return base if w == 1 else tuple(sorted(base + (weight_factor(w),),
                                            key=lambda f: (f[0], f[1])))


def unique_weights(v: Value, path=None) -> None:
    """Check that no entry of ``v`` carries two weight classes of one monomial (its value
    would be their sum): then the value of every entry is one weight, and two values are
    equal iff their per-weight relations are. Raises :class:`NeedsCounting` otherwise.

    >>> a = isl.Set("{ [r, c] : 0 <= r < 2 and c = r }")
    >>> unique_weights(Value((2,), (2,), {(weight_factor(2),): a, (): a}))
    Traceback (most recent call last):
    ...
    tconv_sym.prover.parametric.relation.NeedsCounting: an entry receives two weight classes
    (2 and 1) of one monomial: ...
    """
    by_base: dict = {}
    for sig, t in v.terms.items():
        by_base.setdefault(base_of(sig), []).append((weight_of(sig), t))
    for classes in by_base.values():
        for i, (wa, ta) in enumerate(classes):
            for wb, tb in classes[i + 1:]:
                both = ta.intersect(tb)
                if path is not None:
                    both = both.intersect_params(path)
                if not both.is_empty():
                    raise NeedsCounting(
                        f"an entry receives two weight classes ({wa} and {wb}) of one "
                        "monomial: its value is their sum (several taps land on one entry), "
                        "which the weight-class model does not count")


def _union_into(terms: dict, sig, set_: isl.Set, what: str) -> None:
    sig = normalise(sig)
    if sig is None:  # weight 0: no entry
        return
    old = terms.get(sig)
    if old is None:
        terms[sig] = set_
        return
    if not old.intersect(set_).is_empty():
        raise NeedsCounting(f"{what}: two parts reach one entry with the same monomial "
                            "(a coefficient 2 needs counting)")
    terms[sig] = old.union(set_).coalesce()


def _check_layouts(a, b, what: str) -> None:
    if not same_layout(a, b):
        raise NeedsCounting(f"{what}: the index layouts do not line up ({_values(a)} vs "
                            f"{_values(b)} at the traced point)")


def _reshape_block(set_: isl.Set, start: int, src, dst) -> isl.Set:
    """Re-index dims ``start … start+len(src)`` (constant extents ``src``) as ``dst``."""
    n = _n(set_)
    ins = [f"x{i}" for i in range(n)]
    outs = ins[:start] + [f"y{j}" for j in range(len(dst))] + ins[start + len(src):]

    def flat(names, extents):
        terms, stride = [], 1
        for name, e in reversed(list(zip(names, extents))):
            terms.append(f"{stride}*{name}")
            stride *= e
        return " + ".join(terms) or "0"

    cons = [f"{flat(ins[start:start + len(src)], src)} = {flat(outs[start:start + len(dst)], dst)}"]
    cons += [f"0 <= y{j} < {e}" for j, e in enumerate(dst)]
    m = isl.Map(f"{{ [{', '.join(ins)}] -> [{', '.join(outs)}] : {' and '.join(cons)} }}")
    return set_.apply(m)


def _reshape(v: Value, which: str, layout) -> Value:
    old = getattr(v, which)
    if same_layout(old, layout):
        return v
    if not constant_layout(old) or not constant_layout(layout):
        raise NeedsCounting(f"layouts {_values(old)} and {_values(layout)} (at the traced "
                            "point) differ and are not both constant")
    src, dst = _values(old), _values(layout)
    start = 0 if which == "rows" else len(v.rows)
    terms = {s: _reshape_block(t, start, src, dst) for s, t in v.terms.items()}
    return Value(tuple(layout) if which == "rows" else v.rows,
                 tuple(layout) if which == "cols" else v.cols, terms)


def reshape_rows(v: Value, layout) -> Value:
    """``v`` with its rows re-indexed to ``layout`` (both constant: a reshape)."""
    return _reshape(v, "rows", layout)


def reshape_cols(v: Value, layout) -> Value:
    """``v`` with its columns re-indexed to ``layout``."""
    return _reshape(v, "cols", layout)


def _align(a: Value, b: Value) -> tuple[Value, Value]:
    """Make ``a.cols`` and ``b.rows`` one layout (reshape the constant, flatter side)."""
    if same_layout(a.cols, b.rows):
        return a, b
    if constant_layout(a.cols) and (len(a.cols) <= len(b.rows)
                                    or not constant_layout(b.rows)):
        return reshape_cols(a, b.rows), b
    return a, reshape_rows(b, a.cols)


def matmul(a: Value, b: Value) -> Value:
    """The product: a join on the inner index, which must be unique for each result tuple.

    >>> ident = Value((2,), (2,), {(): isl.Set("{ [r, c] : 0 <= r < 2 and c = r }")})
    >>> matmul(ident, ident).terms[()].is_equal(ident.terms[()])
    True
    """
    a, b = _align(a, b)
    _check_layouts(a.cols, b.rows, "product")
    ra, ca, cb = len(a.rows), len(a.cols), len(b.cols)
    out: dict = {}
    for sa, sb, pa, pb, p in _term_pairs(a, b):
        b0 = ra + ca + pa  # start of b's dims
        for i in range(ca):
            p = p.equate(SET, ra + i, SET, b0 + i)
        sig, forder = _factor_perm(sa + sb, 0)
        fb0 = b0 + ca + cb
        fdims = list(range(ra + ca, ra + ca + pa)) + list(range(fb0, fb0 + pb))
        order = (list(range(ra)) + list(range(b0 + ca, b0 + ca + cb))
                 + [fdims[i] for i in forder] + list(range(ra, ra + ca)))
        p = permute(p, order)
        keep = ra + cb + pa + pb
        m = isl.Map.from_domain(p).move_dims(isl.dim_type.out, 0, isl.dim_type.in_, keep, ca)
        if not m.is_single_valued():
            raise NeedsCounting("product: an entry is reached through more than one inner "
                                "index (its coefficient needs counting)")
        _union_into(out, sig, m.domain().coalesce(), "product")
    return Value(a.rows, b.cols, out)


def add(values: list) -> Value:
    """The sum: a disjoint union per signature."""
    first = values[0]
    out: dict = {}
    for v in values:
        v = reshape_cols(reshape_rows(v, first.rows), first.cols)
        for sig, t in v.terms.items():
            _union_into(out, sig, t, "sum")
    return Value(first.rows, first.cols, out)


def transpose(v: Value) -> Value:
    """Rows and columns swapped."""
    r, c = len(v.rows), len(v.cols)
    terms = {}
    for sig, t in v.terms.items():
        n = _n(t)
        terms[sig] = permute(t, list(range(r, r + c)) + list(range(r)) + list(range(r + c, n)))
    return Value(v.cols, v.rows, terms)


def conj(v: Value) -> Value:
    """Entry-wise conjugate: every symbol's conjugation flag flipped."""
    start = len(v.rows) + len(v.cols)
    terms: dict = {}
    for sig, t in v.terms.items():
        flipped = tuple((name, not c, nd) for name, c, nd in sig)
        new, forder = _factor_perm(flipped, start)
        _union_into(terms, new, permute(t, list(range(start)) + forder), "conjugate")
    return Value(v.rows, v.cols, terms)



def _term_pairs(a: Value, b: Value):
    """Every pair of monomial terms of ``a`` and ``b``: ``(sa, sb, pa, pb, product)`` with
    ``pa``/``pb`` the tap dims of each monomial and the flat product of their relations."""
    for sa, xa in a.terms.items():
        pa = sum(f[2] for f in sa)
        for sb, xb in b.terms.items():
            yield sa, sb, pa, sum(f[2] for f in sb), xa.flat_product(xb)


def kron(a: Value, b: Value) -> Value:
    """``a ⊗ b``: rows and columns concatenated (``a``'s slowest), monomials multiplied."""
    ra, ca, rb, cb = len(a.rows), len(a.cols), len(b.rows), len(b.cols)
    out: dict = {}
    for sa, sb, pa, pb, p in _term_pairs(a, b):
        b0 = ra + ca + pa
        sig, forder = _factor_perm(sa + sb, 0)
        fdims = list(range(ra + ca, b0)) + list(range(b0 + rb + cb, b0 + rb + cb + pb))
        order = (list(range(ra)) + list(range(b0, b0 + rb)) + list(range(ra, ra + ca))
                 + list(range(b0 + rb, b0 + rb + cb)) + [fdims[i] for i in forder])
        _union_into(out, sig, permute(p, order), "Kronecker product")
    return Value(a.rows + b.rows, a.cols + b.cols, out)


def grad(scalar: Value, wrt, cot, wrt_layout, cot_layout) -> Value:
    """``∂²/∂wrt ∂cot`` of a scalar: the monomials holding ``wrt`` and ``cot`` once each,
    with those two symbols' indices as rows and columns."""
    if scalar.rows or scalar.cols:
        raise NeedsCounting("grad of a non-scalar value")
    out: dict = {}
    for sig, t in scalar.terms.items():
        keys = [(f[0], f[1]) for f in sig]
        kw, kc = (wrt.name, wrt.conj), (cot.name, cot.conj)
        if keys.count(kw) == 0 or keys.count(kc) == 0:
            continue  # the monomial does not hold both: its second derivative is 0
        if keys.count(kw) > 1 or keys.count(kc) > 1:
            raise NeedsCounting("grad of a monomial holding a variable twice needs counting")
        offsets, pos = [], 0
        for f in sig:
            offsets.append(pos)
            pos += f[2]
        iw, ic = keys.index(kw), keys.index(kc)
        spans = [list(range(o, o + f[2])) for o, f in zip(offsets, sig)]
        rest = [i for i in range(len(sig)) if i not in (iw, ic)]
        order = spans[iw] + spans[ic] + [d for i in rest for d in spans[i]]
        _union_into(out, tuple(sig[i] for i in rest), permute(t, order), "gradient")
    return Value(tuple(wrt_layout), tuple(cot_layout), out)
