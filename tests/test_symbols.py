"""Symbol arrays named and shaped like weights and inputs."""

from __future__ import annotations

import pytest
import sympy

from tconv_sym import as_column, input_symbols, kernel_symbols


def test_names_and_shapes():
    assert [str(s) for s in kernel_symbols("q", 3)] == ["q0", "q1", "q2"]
    w = kernel_symbols("w", (2, 1, 2))
    assert w.shape == (2, 1, 2) and str(w[1, 0, 1]) == "w_1_0_1"
    assert input_symbols("x", (2, 2))[1, 0] == sympy.Symbol("x_1_0")


def test_assumptions_are_passed_on():
    (r,) = kernel_symbols("q", 1, real=True)
    assert r.is_real and sympy.conjugate(r) == r


def test_as_column_is_c_order():
    x = input_symbols("x", (2, 3))
    assert [str(v) for v in as_column(x)] == ["x_0_0", "x_0_1", "x_0_2", "x_1_0", "x_1_1",
                                                "x_1_2"]


@pytest.mark.parametrize(
    "call, exc, words",
    [
        (lambda: kernel_symbols("q", 0), ValueError, "shape must be a positive integer, got 0"),
        (lambda: kernel_symbols("q", ()), ValueError, "shape must have at least one dim"),
        (lambda: kernel_symbols("1q", 2), ValueError, "name must be a Python identifier"),
        (lambda: kernel_symbols("q; import os", 2), ValueError, "name must be a Python"),
        (lambda: input_symbols("x", (2, 2.5)), TypeError, "shape[1] must be an integer"),
    ],
)
def test_bad_input(call, exc, words):
    with pytest.raises(exc) as info:
        call()
    assert words in str(info.value)
