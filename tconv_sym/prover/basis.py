"""The basis engine: exact, fast evaluation of operator expressions with integer sparse matrices.

An operator whose entries are polynomials in symbolic vectors ``v1, v2, …`` (a kernel, an
input, a cotangent) is stored as one integer ``scipy.sparse`` matrix ``mat`` of shape
``(rows, cols · T)`` and a positive integer denominator ``den``: the coefficient of the monomial
``m`` in entry ``(r, c)`` is ``mat[r, c·T + m] / den``, where ``m`` numbers one symbol of each
variable (last variable fastest) and ``T`` is the product of the variables' sizes. For an
operator linear in a kernel this is exactly the stacked tap basis ``Σ_t q_t M_t`` of
:meth:`tconv_sym.structure.TapBasis.stacked`; products of two kernel-linear operators are
handled by pairs of taps (``T = T_a · T_b``).

All arithmetic is on int64 with an overflow guard (a ``ValueError`` asks for
``engine="sympy"`` instead); rationals appear only through ``den``. Nothing is ever a float.

>>> from tconv_sym import ConvSpec
>>> from tconv_sym.prover import expr as E
>>> q = E.sym("q", 3)
>>> lhs = E.conv(ConvSpec(in_size=5, kernel_size=3, stride=2), q)
>>> rhs = E.down(3, 2) @ E.conv(ConvSpec(in_size=5, kernel_size=3), q)
>>> compare(evaluate(lhs), evaluate(rhs)).equal
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
import scipy.sparse as sp

from .. import budget
from . import expr as E
from .constructions import python_loop
from .dispatch import Dispatch

__all__ = ["LinOp", "Var", "evaluate", "compare", "Comparison", "EVALUATE", "symbols",
           "digits", "diag"]

_LIMIT = 2**62


@dataclass(frozen=True)
class Var:
    """A symbolic vector: ``name`` and the ``dims`` its symbols are named by; ``conj`` for
    its complex conjugate.

    >>> Var("q", (3,)).symbol(2)
    q2
    """

    name: str
    dims: tuple[int, ...]
    conj: bool = False

    @property
    def size(self) -> int:
        return math.prod(self.dims)

    @property
    def key(self) -> tuple[str, bool]:
        return (self.name, self.conj)

    def symbol(self, index: int):
        """The SymPy symbol (or its conjugate) for flat index ``index``."""
        import sympy

        if self.size <= SYMBOL_CACHE_SIZE:
            s = symbols(self.name, self.dims)[index]
        else:  # a real layer's weight: name the one symbol, never the whole array
            from ..symbols import symbol_name

            s = sympy.Symbol(symbol_name(self.name, tuple(int(i) for i in np.unravel_index(
                index, self.dims))))
        return sympy.conjugate(s) if self.conj else s


_SYMBOL_CACHE: dict = {}

#: Vectors up to this size have their symbols built once and cached.
SYMBOL_CACHE_SIZE = 4096


def symbols(name: str, dims: tuple[int, ...]) -> list:
    """The SymPy symbols of a vector ``name`` shaped ``dims``, flat in C order (cached; the
    names :func:`tconv_sym.kernel_symbols` gives).

    >>> symbols("q", (2, 2))
    [q_0_0, q_0_1, q_1_0, q_1_1]
    """
    key = (name, dims)
    hit = _SYMBOL_CACHE.get(key)
    if hit is None:
        from ..symbols import symbol_array

        hit = list(np.array(symbol_array(name, dims).tolist(), dtype=object).reshape(-1))
        _SYMBOL_CACHE[key] = hit
    return hit


def _coo64(m):
    """``(rows, cols, data)`` of a sparse matrix with int64 indices (scipy may use int32,
    and index arithmetic such as ``col * T`` must not wrap)."""
    c = m.tocoo()
    return c.row.astype(np.int64), c.col.astype(np.int64), c.data


def _csr(data, rows, cols, shape) -> sp.csr_matrix:
    m = sp.csr_matrix(
        (np.asarray(data, dtype=np.int64), (np.asarray(rows, dtype=np.int64),
                                            np.asarray(cols, dtype=np.int64))),
        shape=shape,
    )
    m.sum_duplicates()
    m.eliminate_zeros()
    return m


class LinOp:
    """An operator with polynomial entries: ``mat[r, c·T + m] / den`` (see the module doc).

    >>> op = LinOp.const(sp.csr_matrix(np.array([[1, 2]])), den=2)
    >>> op.shape, op.vars, op.T_size
    ((1, 2), (), 1)
    >>> op.entry(0, 1)
    1
    """

    __slots__ = ("shape", "vars", "mat", "den")

    def __init__(self, shape, vars_, mat, den: int = 1) -> None:
        self.shape = (int(shape[0]), int(shape[1]))
        self.vars = tuple(vars_)
        self.mat = mat.tocsr()
        self.den = int(den)
        if self.mat.dtype != np.int64:
            self.mat = self.mat.astype(np.int64)

    # --- construction --------------------------------------------------------------
    @classmethod
    def const(cls, matrix, den: int = 1) -> LinOp:
        return cls(matrix.shape, (), matrix, den)

    @classmethod
    def symbol(cls, var: Var) -> LinOp:
        n = var.size
        ident = sp.identity(n, dtype=np.int64, format="csr")  # (n, 1·n): entry (i, 0·n + i)
        return cls((n, 1), (var,), ident)

    @property
    def T_size(self) -> int:  # noqa: N802
        """Number of monomials ``T`` (product of the variables' sizes)."""
        return math.prod(v.size for v in self.vars)

    def __repr__(self) -> str:
        names = ", ".join(("conj " if v.conj else "") + v.name for v in self.vars) or "constant"
        return (f"LinOp(shape={self.shape}, vars=({names}), nnz={self.mat.nnz}, "
                f"den={self.den})")

    # --- exact entries ---------------------------------------------------------------
    def coo(self):
        """``(rows, cols, monomials, data)`` int64 arrays of the nonzero coefficients."""
        rows, cols, data = _coo64(self.mat)
        t = self.T_size
        return rows, cols // t, cols % t, data

    def monomial_symbols(self, mono: int):
        """The SymPy product of symbols numbered ``mono``."""
        import sympy

        factors = []
        for v, digit in zip(self.vars, digits(np.array([mono]), self.vars)):
            factors.append(v.symbol(int(digit[0])))
        return sympy.Mul(*factors)

    def entry(self, r: int, c: int):
        """Entry ``(r, c)`` as an exact SymPy expression."""
        import sympy

        t = self.T_size
        _, cols, data = _coo64(self.mat.getrow(r))
        sel = (cols >= c * t) & (cols < (c + 1) * t)
        terms = [
            sympy.Rational(int(v), self.den) * self.monomial_symbols(int(col - c * t))
            for col, v in zip(cols[sel], data[sel])
        ]
        return sympy.Add(*terms)

    def dense_values(self) -> list[list]:
        """Rows of exact values (ints or Fractions) of a constant operator."""
        if self.vars:
            raise ValueError(f"{self!r} is not constant: it depends on symbols")
        a = self.mat.toarray()
        return [[_frac(int(v), self.den) for v in row] for row in a]


def _frac(n: int, d: int):
    f = Fraction(n, d)
    return int(f) if f.denominator == 1 else f


def digits(mono: np.ndarray, vars_) -> list[np.ndarray]:
    """Split monomial numbers into one index per variable (last variable fastest).

    >>> [d.tolist() for d in digits(np.array([5]), (Var("a", (2,)), Var("b", (3,))))]
    [[1], [2]]
    """
    out = []
    rest = mono.astype(np.int64)
    for v in reversed(vars_):
        out.append(rest % v.size)
        rest = rest // v.size
    return out[::-1]


def _encode(digits, vars_) -> np.ndarray:
    mono = np.zeros_like(digits[0]) if digits else None
    if mono is None:
        return None
    for d, v in zip(digits, vars_):
        mono = mono * v.size + d
    return mono


def _check_T(vars_) -> None:
    total = 1
    for v in vars_:
        total *= v.size
    if total > _LIMIT:
        raise ValueError(
            f"too many monomials ({total}) for the basis engine's int64 indices; use "
            "engine='sympy' or smaller sizes"
        )


# --------------------------------------------------------------------------------------
# Canonical form: variables sorted by (name, conj), equal variables' indices sorted
# --------------------------------------------------------------------------------------
def canonical(op: LinOp) -> LinOp:
    """Reorder variables by name (monomials commute) and reduce the fraction.

    >>> x, y = LinOp.symbol(Var("x", (2,))), LinOp.symbol(Var("y", (2,)))
    >>> [v.name for v in canonical(matmul(transpose(y), x)).vars]
    ['x', 'y']
    """
    vars_ = op.vars
    order = sorted(range(len(vars_)), key=lambda i: vars_[i].key)
    keys = [vars_[i].key for i in order]
    repeated = len(set(keys)) != len(keys)
    if order != list(range(len(vars_))) or repeated:
        for a, b in zip(order, order[1:]):
            if vars_[a].key == vars_[b].key and vars_[a].dims != vars_[b].dims:
                raise ValueError(
                    f"symbol {vars_[a].name!r} is used with two shapes {vars_[a].dims} and "
                    f"{vars_[b].dims}"
                )
        rows, cols, mono, data = op.coo()
        per_var = digits(mono, vars_)
        new_vars = tuple(vars_[i] for i in order)
        new_digits = [per_var[i] for i in order]
        if repeated:  # commutativity: sort indices within each run of one variable
            start = 0
            while start < len(keys):
                stop = start
                while stop < len(keys) and keys[stop] == keys[start]:
                    stop += 1
                if stop - start > 1:
                    block = np.sort(np.stack(new_digits[start:stop], axis=0), axis=0)
                    new_digits[start:stop] = list(block)
                start = stop
        t = math.prod(v.size for v in new_vars)
        mono = _encode(new_digits, new_vars)
        mat = _csr(data, rows, cols * t + mono, (op.shape[0], op.shape[1] * t))
        op = LinOp(op.shape, new_vars, mat, op.den)
    return _reduce(op)


def _reduce(op: LinOp) -> LinOp:
    if op.den == 1 or op.mat.nnz == 0:
        return op if op.mat.nnz or op.den == 1 else LinOp(op.shape, op.vars, op.mat, 1)
    g = int(np.gcd.reduce(np.abs(op.mat.data))) if op.mat.nnz else op.den
    g = math.gcd(g, op.den)
    if g > 1:
        mat = op.mat.copy()
        mat.data //= g
        return LinOp(op.shape, op.vars, mat, op.den // g)
    return op


# --------------------------------------------------------------------------------------
# Operations
# --------------------------------------------------------------------------------------
def _maxabs(m) -> int:
    return int(np.abs(m.data).max()) if m.nnz else 0


def _guard_product(a, b, inner: int) -> None:
    bound = _maxabs(a) * _maxabs(b) * max(inner, 1)
    if bound >= _LIMIT:
        raise ValueError(
            "coefficients could exceed int64 in the basis engine (bound "
            f"{bound:.3g}); use engine='sympy'"
        )


def _row_nnz_max(m) -> int:
    return int(np.diff(m.indptr).max()) if m.shape[0] and m.nnz else 0


#: Bytes per elementary product of a matrix product (indices, data, summing duplicates,
#: the canonical re-sort of the result: measured ~90).
BYTES_PER_PRODUCT = 96

#: Largest number of elementary products one matrix product may form (~10 GB of arrays).
MAX_PRODUCTS = 300_000_000

#: Products whose right factor has at most this many columns use scipy's sparse product
#: (workspace ~8 bytes per column); wider ones (``cols · T`` can exceed 10^10) a join.
SCIPY_MAX_COLS = 1 << 24


def _join(aj: np.ndarray, b) -> tuple[np.ndarray, np.ndarray]:
    """Pairs ``(e, f)`` of an entry ``e`` of A (inner index ``aj[e]``) and an entry ``f`` of
    the CSR matrix B in row ``aj[e]``: the elementary products of ``A @ B``.

    A join on the inner index, so memory is proportional to the number of products — never
    to B's number of columns (which is ``cols · T`` and can exceed 10^10 here).
    """
    indptr = b.indptr.astype(np.int64)
    count = (indptr[1:] - indptr[:-1])[aj]
    total = int(count.sum())
    if total > MAX_PRODUCTS:
        raise ValueError(
            f"a matrix product of the basis engine would form {total:,} elementary products "
            f"(the limit is {MAX_PRODUCTS:,}); use smaller sizes"
        )
    e = np.repeat(np.arange(aj.size, dtype=np.int64), count)
    start = np.repeat(indptr[aj] - (np.cumsum(count) - count), count)
    return e, start + np.arange(total, dtype=np.int64)


def matmul(a: LinOp, b: LinOp) -> LinOp:
    """Exact product ``a @ b``; variables concatenate (``a``'s first).

    Entry ``(r, j)`` of ``a`` with monomial ``ia`` times entry ``(j, c)`` of ``b`` with
    monomial ``ib`` adds to entry ``(r, c)`` with monomial ``(ia, ib)``: a sparse join on
    ``j`` (constants have one monomial).

    >>> A = LinOp.const(sp.csr_matrix(np.array([[1, 1]])))
    >>> q = LinOp.symbol(Var("q", (2,)))
    >>> matmul(A, q).entry(0, 0)
    q0 + q1
    """
    m, n = a.shape
    n2, p = b.shape
    if n != n2:
        raise ValueError(f"matrix product: shapes {a.shape} and {b.shape} do not fit")
    _check_T(a.vars + b.vars)
    ta, tb = a.T_size, b.T_size
    t = ta * tb
    ar, aj, ia, av = a.coo()
    bmat = b.mat.tocsr()
    _guard_product(a.mat, bmat, _row_nnz_max(a.mat))  # terms summed into one entry
    products = int(np.diff(bmat.indptr).astype(np.int64)[aj].sum())  # before forming any
    budget.check("bytes", products * BYTES_PER_PRODUCT,
                 what=f"a {m:,}×{n:,} by {n2:,}×{p:,} product in the basis engine "
                      f"({products:,} elementary products)",
                 hint="use smaller sizes or fewer channels (products of two kernels grow "
                      "with the square of the weight)")
    if bmat.shape[1] <= SCIPY_MAX_COLS:
        # scipy's product on A re-indexed to rows (r, ia): fast, but its workspace is
        # proportional to B's number of columns
        a2 = sp.csr_matrix((av, (ar * ta + ia, aj)), shape=(m * ta, n))
        rows, bcol, data = _coo64(a2 @ bmat)
        r, ia_ = rows // ta, rows % ta
    else:
        bmat.sort_indices()
        e, f = _join(aj, bmat)
        r, ia_, data = ar[e], ia[e], av[e] * bmat.data[f]
        bcol = bmat.indices.astype(np.int64)[f]
    c, ib = bcol // tb, bcol % tb  # B's column is c·tb + ib
    mat = _csr(data, r, c * t + ia_ * tb + ib, (m, p * t))
    return _reduce(LinOp((m, p), a.vars + b.vars, mat, a.den * b.den))


def transpose(a: LinOp) -> LinOp:
    """``a.T``.

    >>> transpose(evaluate(E.down(4, 2))).shape
    (4, 2)
    """
    rows, cols, mono, data = a.coo()
    t = a.T_size
    mat = _csr(data, cols, rows * t + mono, (a.shape[1], a.shape[0] * t))
    return LinOp((a.shape[1], a.shape[0]), a.vars, mat, a.den)


def conj(a: LinOp) -> LinOp:
    """Entry-wise conjugate: coefficients are rational, so only the symbols change.

    >>> conj(evaluate(E.sym("q", 2))).entry(0, 0)
    conjugate(q0)
    """
    return LinOp(a.shape, tuple(Var(v.name, v.dims, not v.conj) for v in a.vars), a.mat, a.den)


def add(terms: list[LinOp]) -> LinOp:
    """Exact sum of operators with the same variables (after canonical ordering).

    >>> q = evaluate(E.sym("q", 2))
    >>> add([q, evaluate(E.flip(2) @ E.sym("q", 2))]).entry(0, 0)
    q0 + q1
    """
    terms = [canonical(t) for t in terms]
    live = [t for t in terms if t.mat.nnz]
    if not live:
        return terms[0]
    keys = {tuple(v.key for v in t.vars) for t in live}
    if len(keys) > 1:
        raise ValueError("the basis engine adds only terms of one degree in the same symbols")
    den = math.lcm(*(t.den for t in live))
    mat = None
    for t in live:
        scaled = t.mat * (den // t.den)
        mat = scaled if mat is None else mat + scaled
    _guard_value(mat)
    return _reduce(LinOp(live[0].shape, live[0].vars, mat, den))


def _guard_value(mat) -> None:
    if _maxabs(mat) >= _LIMIT // 4:
        raise ValueError("coefficients too large for the basis engine; use engine='sympy'")


def kron(a: LinOp, b: LinOp) -> LinOp:
    """``a ⊗ b``; variables concatenate.

    >>> kron(evaluate(E.sym("a", 2)), evaluate(E.sym("b", 2))).entry(3, 0)
    a1*b1
    """
    _check_T(a.vars + b.vars)
    ra, ca, ma, da = a.coo()
    rb, cb, mb, db = b.coo()
    m2, n2 = b.shape
    tb = b.T_size
    t = a.T_size * tb
    if da.size and db.size and _maxabs(a.mat) * _maxabs(b.mat) >= _LIMIT:
        raise ValueError("coefficients too large for the basis engine; use engine='sympy'")
    r = (ra[:, None] * m2 + rb[None, :]).reshape(-1)
    c = (ca[:, None] * n2 + cb[None, :]).reshape(-1)
    mono = (ma[:, None] * tb + mb[None, :]).reshape(-1)
    data = (da[:, None] * db[None, :]).reshape(-1)
    shape = (a.shape[0] * m2, a.shape[1] * n2)
    return LinOp(shape, a.vars + b.vars, _csr(data, r, c * t + mono, (shape[0], shape[1] * t)),
                 a.den * b.den)


def hstack(parts: list[LinOp]) -> LinOp:
    """Columns side by side (all parts in the same variables).

    >>> hstack([evaluate(E.sym("q", 2)), evaluate(E.flip(2) @ E.sym("q", 2))]).entry(0, 1)
    q1
    """
    parts = [canonical(p) for p in parts]
    keys = {tuple(v.key for v in p.vars) for p in parts}
    if len(keys) > 1:
        raise ValueError("the basis engine stacks only parts in the same symbols")
    den = math.lcm(*(p.den for p in parts))
    mats = [p.mat * (den // p.den) for p in parts]
    mat = sp.hstack(mats, format="csr")
    shape = (parts[0].shape[0], sum(p.shape[1] for p in parts))
    return _reduce(LinOp(shape, parts[0].vars, mat, den))


def diag(v: LinOp) -> LinOp:
    """The diagonal matrix of a column: entry ``(i, 0)``'s monomials move to ``(i, i)``.

    >>> diag(evaluate(E.fixed([[1], [2]]) @ E.sym("g", 1))).entry(1, 1)
    2*g0
    """
    if v.shape[1] != 1:
        raise ValueError(f"diag needs a column, got shape {v.shape}")
    rows, _, mono, data = v.coo()
    n, t = v.shape[0], v.T_size
    return LinOp((n, n), v.vars, _csr(data, rows, rows * t + mono, (n, n * t)), v.den)


def grad(scalar: LinOp, wrt: Var, cot: Var) -> LinOp:
    """``∂²L/∂wrt_j ∂cot_i`` of a 1×1 operator linear in ``wrt`` and in ``cot``.

    >>> x, g = Var("x", (2,)), Var("g", (2,))
    >>> loss = evaluate(E.sym("g", 2).T @ E.flip(2) @ E.sym("x", 2))  # g0 x1 + g1 x0
    >>> grad(loss, x, g).dense_values()
    [[0, 1], [1, 0]]
    """
    keys = [v.key for v in scalar.vars]
    for name, v in (("wrt", wrt), ("cot", cot)):
        if keys.count(v.key) != 1:
            raise ValueError(
                f"grad: the scalar must be linear in {name}={v.name!r}; it has degree "
                f"{keys.count(v.key)} in it"
            )
    _, _, mono, data = scalar.coo()
    per_var = digits(mono, scalar.vars)
    iw, ic = keys.index(wrt.key), keys.index(cot.key)
    rest = [i for i in range(len(keys)) if i not in (iw, ic)]
    rest_vars = tuple(scalar.vars[i] for i in rest)
    t = math.prod(v.size for v in rest_vars)
    rest_mono = _encode([per_var[i] for i in rest], rest_vars) if rest else np.zeros_like(mono)
    shape = (scalar.vars[iw].size, scalar.vars[ic].size)
    mat = _csr(data, per_var[iw], per_var[ic] * t + rest_mono, (shape[0], shape[1] * t))
    return LinOp(shape, rest_vars, mat, scalar.den)


def conv(spec, kernel: LinOp) -> LinOp:
    """``Σ_u k_u M_u`` for the tap basis ``M`` of ``spec`` and the kernel column ``k``.

    Each structural entry ``(r, c, u)`` of the tap basis is expanded by the monomials of
    kernel entry ``u`` (a join on ``u``, no dense Kronecker product).

    >>> from tconv_sym import ConvSpec
    >>> conv(ConvSpec(in_size=3, kernel_size=2), evaluate(E.flip(2) @ E.sym("q", 2))).entry(0, 0)
    q1
    """
    from ..structure import operator_structure

    basis = operator_structure(spec)
    kmat = kernel.mat.tocsr()  # (U, 1·T)
    if _is_identity(kmat):  # the kernel is a plain symbol vector: the tap basis itself
        return LinOp(basis.shape, kernel.vars, basis.stacked(), kernel.den)
    kmat.sort_indices()
    t = kernel.T_size
    per_tap = np.diff(kmat.indptr)
    count = per_tap[basis.taps]
    entry = np.repeat(np.arange(basis.nnz), count)
    first = np.repeat(kmat.indptr[basis.taps] - (np.cumsum(count) - count), count)
    k_index = first + np.arange(entry.size)
    if _maxabs(kmat) * max(int(count.max()) if count.size else 0, 1) >= _LIMIT:
        raise ValueError("kernel coefficients too large for the basis engine; use "
                         "engine='sympy'")
    mat = _csr(kmat.data[k_index], basis.rows[entry],
               basis.cols[entry] * t + kmat.indices[k_index],
               (basis.shape[0], basis.shape[1] * t))
    return LinOp(basis.shape, kernel.vars, mat, kernel.den)


def _is_identity(m) -> bool:
    if m.shape[0] != m.shape[1] or m.nnz != m.shape[0]:
        return False
    m = m.tocsr()
    return bool(
        np.array_equal(m.indices, np.arange(m.shape[0]))
        and np.array_equal(m.indptr, np.arange(m.shape[0] + 1))
        and np.all(m.data == 1)
    )


def fixed(node: E.Fixed) -> LinOp:
    """An exact constant: integer data over the least common denominator.

    >>> fixed(E.fixed([[Fraction(1, 2), Fraction(1, 3)]])).den
    6
    """
    vals = [Fraction(v) for v in node.values]
    den = math.lcm(*(v.denominator for v in vals)) if vals else 1
    data = [int(v * den) for v in vals]
    return LinOp.const(_csr(data, node.rows, node.cols, node.shape), den)


# --------------------------------------------------------------------------------------
# Evaluation of an expression tree
# --------------------------------------------------------------------------------------
def evaluate(e: E.Expr, memo: dict | None = None) -> LinOp:
    """Evaluate an expression exactly (shared sub-expressions once).

    >>> evaluate(E.down(4, 2) @ E.sym("x", 4)).entry(1, 0)
    x2
    """
    memo = {} if memo is None else memo
    key = id(e)
    if key in memo:
        return memo[key][1]
    out = EVALUATE(e, memo)
    memo[key] = (e, out)  # keep e alive so its id is not reused
    return out


#: The basis engine's table: one function per node kind, ``(node, memo) -> LinOp``.
EVALUATE = Dispatch("basis", "exact integer sparse matrices (fixed sizes)")


@EVALUATE.register(E.Sym)
def _eval_sym(e: E.Sym, memo) -> LinOp:
    return LinOp.symbol(Var(e.name, e.dims, e.conj))


@EVALUATE.register(E.Const)
def _eval_const(e: E.Const, memo) -> LinOp:
    return LinOp.const(e.scipy())


@EVALUATE.register(E.Fixed)
def _eval_fixed(e: E.Fixed, memo) -> LinOp:
    return fixed(e)


@EVALUATE.register(E.Conv)
def _eval_conv(e: E.Conv, memo) -> LinOp:
    return conv(e.spec, canonical(evaluate(e.kernel, memo)))


def _on_children(op, as_list: bool = False):
    """The evaluator of a node that is one operation on its evaluated children."""
    def evaluator(e: E.Expr, memo) -> LinOp:
        parts = [evaluate(c, memo) for c in e.children()]
        return op(parts) if as_list else op(*parts)

    evaluator.__name__ = f"_eval_{op.__name__}"
    return evaluator


for _node, _op in ((E.MatMul, matmul), (E.Transpose, transpose), (E.Conj, conj),
                   (E.Kron, kron), (E.Diag, diag)):
    EVALUATE.register(_node)(_on_children(_op))
for _node, _op in ((E.Add, add), (E.HStack, hstack)):
    EVALUATE.register(_node)(_on_children(_op, as_list=True))


@EVALUATE.register(E.Grad)
def _eval_grad(e: E.Grad, memo) -> LinOp:
    return grad(evaluate(e.scalar, memo), Var(e.wrt.name, e.wrt.dims, e.wrt.conj),
                Var(e.cot.name, e.cot.dims, e.cot.conj))


@EVALUATE.register(E.Apply)
def _eval_apply(e: E.Apply, memo) -> LinOp:
    inner = evaluate(e.a, memo)
    python_loop(f"{e.label} on a {inner.shape[0]:,}×{inner.shape[1]:,} matrix",
                inner.shape[0] * inner.shape[1])
    rows = e.fn(inner.dense_values())
    return fixed(E.fixed(rows, e.label))


@EVALUATE.register(E.Literal)
def _literal(e: E.Literal, memo=None) -> LinOp:
    """A user's matrix (``prove_equal``): exact rationals only."""
    rows, cols, vals = [], [], []
    for (r, c), v in e.value.todok().items():
        if not v.is_Rational:
            raise ValueError(
                f"the basis engine takes only exact rational matrices; entry ({r}, {c}) of "
                f"{e.label} is {v}; use engine='sympy'"
            )
        rows.append(r)
        cols.append(c)
        vals.append(Fraction(int(v.p), int(v.q)))
    return fixed(E.Fixed(e.shape, tuple(rows), tuple(cols), tuple(vals), e.label))


# --------------------------------------------------------------------------------------
# Comparison
# --------------------------------------------------------------------------------------
@dataclass
class Comparison:
    """Outcome of comparing two evaluated sides: ``equal``, and the first differing entry
    (row-major) as ``(row, col, lhs_expr, rhs_expr)`` or a ``note`` (shapes differ).

    >>> Comparison(True).equal
    True
    """

    equal: bool
    row: int | None = None
    col: int | None = None
    lhs: object = None
    rhs: object = None
    note: str = ""


def compare(a: LinOp, b: LinOp) -> Comparison:
    """Compare exactly; on a difference, report the first differing entry (row-major).

    >>> q = LinOp.symbol(Var("q", (2,)))
    >>> c = compare(q, transpose(transpose(q)))
    >>> c.equal
    True
    """
    if a.shape != b.shape:
        return Comparison(False, note=f"the sides have different shapes: {a.shape[0]}×"
                                      f"{a.shape[1]} vs {b.shape[0]}×{b.shape[1]}")
    a, b = canonical(a), canonical(b)
    same_vars = [v.key for v in a.vars] == [v.key for v in b.vars]
    if same_vars:
        _guard_value(a.mat * 1)
        diff = a.mat * b.den - b.mat * a.den
        diff.eliminate_zeros()
        if diff.nnz == 0:
            return Comparison(True)
        r, c = _first(diff, a.T_size)
    else:
        pa, pb = _pattern(a), _pattern(b)
        union = (pa + pb).tocsr()
        union.eliminate_zeros()
        if union.nnz == 0:
            return Comparison(True)
        r, c = _first(union, 1)
    return Comparison(False, r, c, a.entry(r, c), b.entry(r, c))


def _pattern(op: LinOp):
    rows, cols, _, _ = op.coo()
    return _csr(np.ones(rows.size, dtype=np.int64), rows, cols, op.shape)


def _first(m, t: int) -> tuple[int, int]:
    m = m.tocsr()
    m.sort_indices()
    counts = np.diff(m.indptr)
    r = int(np.argmax(counts > 0))
    c = int(m.indices[m.indptr[r]:m.indptr[r + 1]].min()) // t
    return r, c
