"""The basis engine: exact integer sparse arithmetic on operators polynomial in symbols,
checked entry by entry against SymPy."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
import scipy.sparse as sp
import sympy

import tconv_sym as ts
from tconv_sym.prover import basis, sympy_engine
from tconv_sym.prover import expr as E
from tconv_sym.prover.basis import LinOp, Var


def _dense(op: LinOp) -> sympy.Matrix:
    return sympy.Matrix(op.shape[0], op.shape[1],
                        lambda r, c: op.entry(r, c))


def _same(e: E.Expr) -> None:
    got = _dense(basis.evaluate(e))
    want = sympy.Matrix(sympy_engine.evaluate(e))
    assert (got - want).applyfunc(sympy.expand) == sympy.zeros(*want.shape)


Q = E.sym("q", 3)
SPEC = ts.ConvSpec(in_size=5, kernel_size=3, stride=2, padding=1)


def test_conv_is_the_stacked_tap_basis():
    op = basis.evaluate(E.conv(SPEC, Q))
    stacked = ts.conv_structure(SPEC).stacked()
    assert (op.mat != stacked).nnz == 0 and op.den == 1 and op.T_size == 3
    q0, q1, q2 = ts.kernel_symbols("q", 3)
    assert op.entry(0, 0) == q1 and op.entry(1, 2) == q1 and op.entry(0, 3) == 0


@pytest.mark.parametrize("build", [
    lambda: E.down(5, 2).T @ E.conv(SPEC, Q),                      # constant @ linear
    lambda: E.conv(SPEC, Q) @ E.flip(5),                           # linear @ constant
    lambda: E.conv(SPEC, Q).T @ E.conv(SPEC, E.flip(3) @ Q),       # bilinear (q, q)
    lambda: E.conv(SPEC, E.sym("a", 3)) @ E.conv(SPEC, E.sym("b", 3)).T,
    lambda: E.kron(E.conv(SPEC, E.sym("a", 3)), E.conv(SPEC, E.sym("b", 3))),
    lambda: E.conv(ts.ConvSpec(in_size=(3, 4), kernel_size=(3, 2)),
                   E.kron(E.sym("a", 3), E.sym("b", 2))),
    lambda: E.hstack([E.down(4, 2) @ E.sym("x", 4), E.crop(4, (1, 1)) @ E.sym("x", 4)]),
    lambda: E.Add((E.conv(SPEC, Q), E.conv(SPEC, E.flip(3) @ Q))),
    lambda: E.conv(SPEC, Q).H,
    lambda: E.fixed([[Fraction(1, 3), Fraction(-2, 7)]]) @ E.conv(ts.ConvSpec(
        in_size=3, kernel_size=2), E.sym("q", 2)),
    lambda: E.grad(E.sym("g", 3).T @ E.conv(SPEC, Q) @ E.sym("x", 5), E.sym("x", 5),
                   E.sym("g", 3)),
    lambda: (E.conv(SPEC, Q) @ E.sym("x", 5)).T @ E.sym("y", 3),
])
def test_operations_match_sympy(build):
    _same(build())


def test_canonical_orders_variables_and_symmetrises_repeats():
    x, y = LinOp.symbol(Var("x", (2,))), LinOp.symbol(Var("y", (2,)))
    xy = basis.canonical(basis.matmul(basis.transpose(y), x))
    assert [v.name for v in xy.vars] == ["x", "y"]
    q = basis.evaluate(E.conv(SPEC, Q))
    gram = basis.canonical(basis.matmul(basis.transpose(q), q))
    # q0*q1 and q1*q0 are one monomial after canonicalisation
    q0, q1, q2 = ts.kernel_symbols("q", 3)
    assert gram.entry(0, 1) == q1 * q2
    row = gram.mat.getrow(0).toarray().reshape(5, 9)  # (column, monomial qa*qb)
    assert row[1].tolist().count(1) == 1  # q1*q2 stored once, not as q1q2 and q2q1
    assert basis.compare(gram, basis.canonical(basis.matmul(basis.transpose(q), q))).equal


def test_rationals_are_exact_and_reduced():
    third = basis.evaluate(E.fixed([[Fraction(1, 3)]]))
    assert third.den == 3 and third.entry(0, 0) == sympy.Rational(1, 3)
    two = basis.evaluate(E.fixed([[Fraction(2, 3), Fraction(4, 3)]]) @ E.fixed([[3], [0]]))
    assert two.entry(0, 0) == 2 and two.den == 1


def test_compare_finds_the_first_entry_in_row_major_order():
    a = basis.evaluate(E.fixed([[0, 0, 1], [5, 0, 0]]))
    b = basis.evaluate(E.fixed([[0, 0, 1], [5, 0, 2]]))
    c = basis.compare(a, b)
    assert (c.equal, c.row, c.col, c.lhs, c.rhs) == (False, 1, 2, 0, 2)
    assert "different shapes" in basis.compare(a, basis.evaluate(E.fixed([[1]]))).note


def test_compare_across_different_symbols():
    q = basis.evaluate(E.conv(SPEC, Q))
    gram = basis.matmul(basis.transpose(q), q)
    c = basis.compare(gram, basis.evaluate(E.eye(5)))
    q0, q1, q2 = ts.kernel_symbols("q", 3)
    assert (c.row, c.col) == (0, 0) and c.lhs == q1**2 and c.rhs == 1


def test_conj_marks_symbols_and_matches_sympy():
    op = basis.evaluate(E.sym("q", 2).conjugate())
    assert op.vars[0].conj and op.entry(1, 0) == sympy.conjugate(sympy.Symbol("q1"))
    assert basis.evaluate(E.Conj(E.Conj(E.sym("q", 2)))).vars[0].conj is False


def test_kernel_maps_join_on_taps():
    # the flipped kernel: C(flip q) has q2 where C(q) has q0
    op = basis.evaluate(E.conv(SPEC, E.flip(3) @ Q))
    assert op.entry(0, 0) == sympy.Symbol("q1") and op.entry(0, 1) == sympy.Symbol("q0")
    fixed = basis.evaluate(E.conv(SPEC, E.fixed([[Fraction(1, 2)], [0], [3]])))
    assert not fixed.vars and fixed.dense_values()[0][:2] == [0, 3]


def test_dense_values_requires_a_constant():
    with pytest.raises(ValueError, match="not constant"):
        basis.evaluate(Q).dense_values()


def test_overflow_is_refused_not_wrapped():
    big = LinOp.const(sp.csr_matrix(np.array([[2**40]], dtype=np.int64)))
    with pytest.raises(ValueError, match="int64"):
        basis.matmul(big, big)


def test_grad_needs_linearity_in_both_variables():
    x = E.sym("x", 2)
    with pytest.raises(ValueError, match="linear in wrt='x'"):
        basis.evaluate(E.grad((x.T @ x), x, E.sym("g", 2)))


def test_literal_with_symbols_needs_sympy():
    lit = E.Literal.of(sympy.Matrix([[sympy.Symbol("a")]]))
    with pytest.raises(ValueError, match="engine='sympy'"):
        basis.evaluate(lit)


def test_index_arithmetic_beyond_int32():
    # (1×1 in x) @ (1×n in y): monomial numbers up to n·n, column offsets c·T beyond 2^31
    n = 50_000
    x0 = E.down(n, n) @ E.sym("x", n)
    row = basis.evaluate(x0 @ E.sym("y", n).T)
    assert row.T_size == n * n and row.mat.shape[1] == n * n * n
    # entry (0, n-1) is x0·y_{n-1}: monomial 0·n + (n-1) in column n-1
    assert row.mat.nnz == n and int(row.mat.indices.max()) == (n - 1) * n * n + (n - 1)
    assert basis.compare(row, basis.evaluate(x0 @ E.sym("y", n).T)).equal


@pytest.mark.parametrize("name,params", [
    ("transposed_conv_is_conv_of_upsampled", dict(size=(5, 4), kernel=3, stride=2, padding=1)),
    ("adjoint_inner_product", dict(size=6, kernel=3, stride=2, in_channels=2, out_channels=2)),
    ("transposed_conv_is_inverse", dict(size=5, kernel=2, stride=2)),
    ("transposed_conv_is_input_gradient", dict(size=(3, 3), kernel=2, stride=2)),
])
def test_join_product_agrees_with_scipy_product(monkeypatch, name, params):
    fast = ts.prove(name, engine="basis", **params)
    monkeypatch.setattr(basis, "SCIPY_MAX_COLS", 0)  # every product through the join
    joined = ts.prove(name, engine="basis", **params)
    assert fast.holds == joined.holds == ts.identities()[name].is_theorem
    assert repr(fast.counterexample) == repr(joined.counterexample)
