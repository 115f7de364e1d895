"""The SymPy engine, and its agreement with the basis engine on every identity and every
broken variant at small sizes: same verdict, same counterexample location, same expressions."""

from __future__ import annotations

import pytest
import sympy
from prover_cases import BROKEN

import tconv_sym as ts
from tconv_sym.prover import expr as E
from tconv_sym.prover import sympy_engine
from tconv_sym.prover.catalogue import BUILTIN

SMALL = {
    "1d-channels": dict(size=4, kernel=3, stride=2, padding=1, in_channels=2, out_channels=2),
    "1d-dil-op": dict(size=3, kernel=2, stride=2, dilation=2, output_padding=1),
    "2d": dict(size=(3, 3), kernel=2, stride=2),
}


def _cases():
    for name in BUILTIN:
        ident = ts.identities()[name]
        for variant in (None, *ident.variants):
            for set_name, params in SMALL.items():
                if name == "separable_kernel_is_kronecker" and set_name.startswith("1d"):
                    continue
                yield pytest.param(name, variant, params, id=f"{name}-{variant}-{set_name}")
            if variant is not None:  # the parameters where the variant is refuted
                yield pytest.param(name, variant, BROKEN[name, variant],
                                   id=f"{name}-{variant}-refuting")


def _agree(a, b):
    assert a.holds == b.holds
    ca, cb = a.counterexample, b.counterexample
    assert (ca is None) == (cb is None)
    if ca is not None:
        assert (ca.row, ca.col, ca.note) == (cb.row, cb.col, cb.note)
        assert sympy.expand(ca.lhs - cb.lhs) == 0 and sympy.expand(ca.rhs - cb.rhs) == 0


@pytest.mark.parametrize("name,variant,params", list(_cases()))
def test_engines_agree(name, variant, params):
    try:
        a = ts.prove(name, engine="basis", variant=variant, **params)
    except ValueError:
        with pytest.raises(ValueError):
            ts.prove(name, engine="sympy", variant=variant, **params)
        return
    b = ts.prove(name, engine="sympy", variant=variant, **params)
    assert (a.engine, b.engine) == ("basis", "sympy")
    _agree(a, b)


def test_every_refutation_is_compared_on_both_engines():
    refuted = 0
    for (name, variant), params in BROKEN.items():
        b = ts.prove(name, engine="sympy", variant=variant, **params)
        refuted += not b.holds
    assert refuted == len(BROKEN)


def test_evaluate_uses_the_core_sympy_builders():
    q0, q1, q2 = ts.kernel_symbols("q", 3)
    spec = ts.ConvSpec(in_size=4, kernel_size=3, padding=1, mode="convolution")
    m = sympy_engine.evaluate(E.conv(spec, E.sym("q", 3)))
    assert sympy.Matrix(m) == sympy.Matrix(
        [[q1, q0, 0, 0], [q2, q1, q0, 0], [0, q2, q1, q0], [0, 0, q2, q1]])
    assert sympy_engine.evaluate(E.down(4, 2)).tolist() == [[1, 0, 0, 0], [0, 0, 1, 0]]


def test_grad_differentiates():
    x, g = E.sym("x", 2), E.sym("g", 2)
    a = sympy.Symbol("a")
    literal = E.Literal.of(sympy.Matrix([[a, 2], [0, 3]]))
    jac = sympy_engine.evaluate(E.grad(g.T @ literal @ x, x, g))
    assert jac == sympy.Matrix([[a, 0], [2, 3]])  # the transpose, by differentiation


def test_conjugate_and_rationals():
    from fractions import Fraction

    q = E.sym("q", 2)
    m = sympy_engine.evaluate(E.fixed([[Fraction(1, 3), 1]]) @ q.conjugate())
    q0, q1 = ts.kernel_symbols("q", 2)
    assert sympy.expand(m[0, 0] - (sympy.conjugate(q0) / 3 + sympy.conjugate(q1))) == 0


def test_compare_reports_shapes_and_first_entry():
    c = sympy_engine.compare(sympy.Matrix([[1, 2]]), sympy.Matrix([[1], [2]]))
    assert not c.equal and c.row is None and "different shapes" in c.note
    x = sympy.Symbol("x")
    c = sympy_engine.compare(sympy.Matrix([[0, x], [x, 0]]), sympy.Matrix([[0, x], [0, 0]]))
    assert (c.row, c.col, c.lhs, c.rhs) == (1, 0, x, 0)
    c = sympy_engine.compare(sympy.Matrix([[(x + 1) ** 2]]), sympy.Matrix([[x**2 + 2 * x + 1]]))
    assert c.equal
