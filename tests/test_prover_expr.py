"""Operator expressions: shapes, checks, printing, and the signed resize."""

from __future__ import annotations

import pytest
import sympy

import tconv_sym as ts
from tconv_sym.prover import expr as E
from tconv_sym.prover import sympy_engine


def test_shapes_follow_the_builders():
    spec = ts.TransposedConvSpec(in_size=(2, 3), kernel_size=3, stride=2, in_channels=2,
                                 out_channels=4, groups=2)
    w = E.sym("q", spec.weight_shape)
    assert E.conv(spec, w).shape == (spec.out_features, spec.in_features)
    assert E.up((2, 3), 2, channels=2).shape == (2 * 24, 2 * 6)
    assert E.pad(3, ((1, 2),)).shape == (6, 3)
    assert E.kron(E.eye(2), E.down(4, 2)).shape == (4, 8)
    assert E.grad(E.sym("g", 3).T @ E.sym("x", 3), E.sym("x", 3), E.sym("g", 3)).shape == (3, 3)


def test_shape_mismatches_are_reported_with_the_operands():
    with pytest.raises(ValueError, match=r"matrix product: shapes do not fit: down\(4, 2\)"):
        E.down(4, 2) @ E.down(4, 2)
    with pytest.raises(ValueError, match="needs a column of 3 weights"):
        E.conv(ts.ConvSpec(in_size=4, kernel_size=3), E.sym("q", 4))
    with pytest.raises(TypeError, match="must be an operator expression"):
        E.down(4, 2) @ [[1]]
    with pytest.raises(ValueError, match="sum: shapes do not fit"):
        E.down(4, 2) + E.eye(4)


def test_printing_reads_as_a_formula():
    q = E.sym("q", 3)
    spec = ts.ConvSpec(in_size=4, kernel_size=3, padding=1)
    assert str(E.down(4, 2) @ E.conv(spec, q)) == (
        "down(4, 2) @ conv(ConvSpec(in_size=4, kernel_size=3, padding=1), q)")
    assert str(E.conv(spec, q).H) == (
        "conj(conv(ConvSpec(in_size=4, kernel_size=3, padding=1), q)ᵀ)")
    assert str(E.sym("g", 3).T @ E.sym("x", 3)) == "gᵀ @ x"
    assert repr(E.eye(2)).startswith("<Const 2×2: eye(2)")


@pytest.mark.parametrize("lo,hi,expected", [
    (1, 0, [[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1]]),
    (-1, 1, [[0, 1, 0], [0, 0, 1], [0, 0, 0]]),
    (0, -2, [[1, 0, 0]]),
])
def test_resize_pads_positive_and_crops_negative(lo, hi, expected):
    assert sympy_engine.evaluate(E.resize(3, lo, hi)).tolist() == expected


def test_resize_refuses_to_crop_everything():
    with pytest.raises(ValueError, match="leaves nothing"):
        E.resize(3, -2, -1)


def test_fixed_and_literal_are_exact():
    from fractions import Fraction

    m = sympy_engine.evaluate(E.fixed([[Fraction(1, 2), 0], [0, 3]]))
    assert m.tolist() == [[sympy.Rational(1, 2), 0], [0, 3]]
    with pytest.raises(TypeError, match="ints or Fractions"):
        E.fixed([[0.5]])
    lit = E.Literal.of([[0.5, 1]])
    assert lit.value[0, 0] == sympy.Rational(1, 2)
    with pytest.raises(ValueError, match="lies outside"):
        E.Fixed((2, 2), (2,), (0,), (1,))


def test_walk_visits_shared_nodes_once():
    q = E.sym("q", 3)
    spec = ts.ConvSpec(in_size=3, kernel_size=3, padding=1)
    c = E.conv(spec, q)
    assert sum(1 for _ in E.walk(c @ c)) == 3


def test_sym_names_must_be_identifiers():
    with pytest.raises(ValueError, match="identifier"):
        E.sym("2q", 3)
