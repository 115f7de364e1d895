"""The SymPy engine: readable exact matrices with symbolic kernels, inputs and cotangents.

Every leaf is built by the core builders with ``backend="sympy"`` (symbols named as
:func:`tconv_sym.kernel_symbols` names them), products are SymPy matrix products, the
gradient node differentiates the expanded scalar twice with :meth:`sympy.Matrix.jacobian`,
and two sides are compared entry by entry (:mod:`~tconv_sym.prover.polynomial`: expanded when
small, at random points first when not). It is independent of the
basis engine and meant for small sizes.

>>> from tconv_sym import ConvSpec
>>> from tconv_sym.prover import expr as E
>>> q = E.sym("q", 3)
>>> evaluate(E.conv(ConvSpec(in_size=3, kernel_size=3, padding=1), q))
Matrix([
[q1, q2,  0],
[q0, q1, q2],
[ 0, q0, q1]])
>>> compare(evaluate(E.down(4, 2).T), evaluate(E.up(2, 2))).equal
True
"""

from __future__ import annotations

import numpy as np

from . import expr as E
from .basis import Comparison, symbols
from .dispatch import Dispatch
from .polynomial import check_expansion, compare_entries

__all__ = ["evaluate", "compare", "EVALUATE"]


def _symbols(s: E.Sym) -> list:
    import sympy

    out = symbols(s.name, s.dims)
    return [sympy.conjugate(v) for v in out] if s.conj else list(out)


def evaluate(e: E.Expr, memo: dict | None = None):
    """Evaluate an expression to a SymPy matrix (shared sub-expressions once).

    >>> evaluate(E.up(2, 2) @ E.sym("x", 2)).T
    Matrix([[x0, 0, x1, 0]])
    """
    memo = {} if memo is None else memo
    key = id(e)
    if key in memo:
        return memo[key][1]
    out = EVALUATE(e, memo)
    memo[key] = (e, out)
    return out


#: The SymPy engine's table: one function per node kind, ``(node, memo) -> sympy matrix``.
EVALUATE = Dispatch("sympy", "readable SymPy matrices (small fixed sizes)")


@EVALUATE.register(E.Sym)
def _eval_sym(e: E.Sym, memo):
    import sympy

    return sympy.Matrix(e.size, 1, _symbols(e))


@EVALUATE.register(E.Const)
def _eval_const(e: E.Const, memo):
    return e.sympy()


@EVALUATE.register(E.Fixed)
def _eval_fixed(e: E.Fixed, memo):
    import sympy

    entries: dict = {}
    for r, c, v in zip(e.rows, e.cols, e.values):
        entries[(r, c)] = entries.get((r, c), 0) + sympy.Rational(v.numerator, v.denominator)
    return sympy.SparseMatrix(e.shape[0], e.shape[1], entries)


@EVALUATE.register(E.Conv)
def _eval_conv(e: E.Conv, memo):
    from ..operators import operator_matrix_of

    k = evaluate(e.kernel, memo)
    kernel = np.array(list(k), dtype=object).reshape(e.spec.weight_shape)
    return operator_matrix_of(e.spec, kernel, backend="sympy")


@EVALUATE.register(E.MatMul)
def _eval_matmul(e: E.MatMul, memo):
    return evaluate(e.a, memo) * evaluate(e.b, memo)


@EVALUATE.register(E.Add)
def _eval_add(e: E.Add, memo):
    out = evaluate(e.terms[0], memo)
    for t in e.terms[1:]:
        out = out + evaluate(t, memo)
    return out


@EVALUATE.register(E.Transpose)
def _eval_transpose(e: E.Transpose, memo):
    return evaluate(e.a, memo).T


@EVALUATE.register(E.Conj)
def _eval_conj(e: E.Conj, memo):
    return evaluate(e.a, memo).conjugate()


@EVALUATE.register(E.Kron)
def _eval_kron(e: E.Kron, memo):
    from sympy.matrices import kronecker_product

    return kronecker_product(evaluate(e.a, memo), evaluate(e.b, memo))


@EVALUATE.register(E.HStack)
def _eval_hstack(e: E.HStack, memo):
    import sympy

    return sympy.SparseMatrix.hstack(*(evaluate(p, memo) for p in e.parts))


@EVALUATE.register(E.Diag)
def _eval_diag(e: E.Diag, memo):
    import sympy

    v = evaluate(e.v, memo)
    n = v.shape[0]
    return sympy.SparseMatrix(n, n, {(i, i): v[i, 0] for i in range(n) if v[i, 0] != 0})


@EVALUATE.register(E.Grad)
def _eval_grad(e: E.Grad, memo):
    import sympy

    scalar = evaluate(e.scalar, memo)[0, 0]
    check_expansion([scalar], f"the scalar of {e}")
    scalar = sympy.expand(scalar)
    xs, gs = _symbols(e.wrt), _symbols(e.cot)
    jac = sympy.Matrix([scalar]).jacobian(xs)  # 1 × n_x: ∂L/∂x_j
    return jac.T.jacobian(gs)  # n_x × n_g: ∂²L/∂x_j∂g_i


@EVALUATE.register(E.Apply)
def _eval_apply(e: E.Apply, memo):
    value = evaluate(e.a, memo)
    rows = [[_exact(value[i, j]) for j in range(value.shape[1])]
            for i in range(value.shape[0])]
    return evaluate(E.fixed(e.fn(rows), e.label), memo)


@EVALUATE.register(E.Literal)
def _eval_literal(e: E.Literal, memo):  # a user's matrix (prove_equal)
    return e.value


def _exact(v):
    from fractions import Fraction

    import sympy

    v = sympy.nsimplify(v) if not isinstance(v, sympy.Basic) else v
    if not v.is_Rational:
        raise ValueError(f"expected an exact rational constant, got {v}")
    f = Fraction(int(v.p), int(v.q))
    return int(f) if f.denominator == 1 else f


def compare(a, b) -> Comparison:
    """Compare two SymPy matrices exactly; report the first differing entry (row-major).
    Entries too large to expand are compared at random points first
    (:func:`~tconv_sym.prover.polynomial.compare_entries`: a difference there is exact).

    >>> import sympy
    >>> x = sympy.Symbol("x")
    >>> c = compare(sympy.Matrix([[x, (x + 1)**2]]), sympy.Matrix([[x, x**2 + 2*x]]))
    >>> c.equal, c.row, c.col, c.lhs, c.rhs
    (False, 0, 1, x**2 + 2*x + 1, x**2 + 2*x)
    """
    import sympy

    if a.shape != b.shape:
        return Comparison(False, note=f"the sides have different shapes: {a.shape[0]}×"
                                      f"{a.shape[1]} vs {b.shape[0]}×{b.shape[1]}")
    a, b = sympy.SparseMatrix(a), sympy.SparseMatrix(b)
    for (r, c) in sorted(set(a.todok()) | set(b.todok())):
        verdict = compare_entries(a[r, c], b[r, c], what=f"entry ({r}, {c})")
        if not verdict.equal:
            return Comparison(False, r, c, verdict.lhs, verdict.rhs, verdict.note)
    return Comparison(True)
