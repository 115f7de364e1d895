"""Issue 19: the safe-input layer (tconv_sym/_inputs.py). No code runs from data.

Each hostile call plants a marker file through the expression it passes; the test checks
both the refusal and that the marker was never written (today's code wrote it).
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
import sympy

import tconv_sym as ts
from tconv_sym import _inputs
from tconv_sym.operators import operator_matrix_of

spec = ts.ConvSpec(in_size=4, kernel_size=3)
tspec = ts.TransposedConvSpec(in_size=2, kernel_size=3)


def _payload(marker):
    return f"__import__('pathlib').Path({str(marker)!r}).write_text('ran')"


HOSTILE = {
    "conv_matrix": lambda k: ts.conv_matrix(spec, k),
    "conv_transpose_matrix": lambda k: ts.conv_transpose_matrix(tspec, k),
    "operator_matrix_of": lambda k: operator_matrix_of(spec, k, backend="sympy"),
    "prove_equal strings": lambda k: ts.prove_equal(np.array([k], dtype=object),
                                                    np.array([[1, 2, 3]])),
    "prove_equal object array": lambda k: ts.prove_equal(np.array([k], dtype=object).T,
                                                         np.array([[1], [2], [3]])),
    "latex(kernel=...)": lambda k: ts.latex(tspec, kernel=k),
}


@pytest.mark.parametrize("entry_point", sorted(HOSTILE))
def test_a_string_kernel_entry_is_never_evaluated(entry_point, tmp_path):
    marker = tmp_path / "ran"
    with pytest.raises(ValueError, match="not a safe expression: a call is not allowed"):
        HOSTILE[entry_point]([_payload(marker), 1, 2])
    assert not marker.exists()


@pytest.mark.parametrize("entry_point", sorted(HOSTILE))
def test_none_and_bool_entries_are_refused(entry_point):
    for bad in (None, True):
        with pytest.raises(TypeError, match=r"must be a number, a SymPy expression"):
            HOSTILE[entry_point]([bad, 1, 2])


def test_safe_strings_become_symbols_and_exact_numbers():
    a, b = sympy.symbols("a b")
    m = ts.conv_matrix(spec, ["a", "2*b - 1/3", "0.1"])
    assert m[0, :3].tolist() == [[a, 2 * b - sympy.Rational(1, 3), sympy.Rational(1, 10)]]
    # the same matrix as from caller-built SymPy expressions
    built = ts.conv_matrix(spec, [a, 2 * b - sympy.Rational(1, 3), sympy.Rational(1, 10)])
    assert m == built
    # NumPy string arrays too
    assert ts.conv_matrix(spec, np.array(["a", "b", "a"]))[1, 1:].tolist() == [[a, b, a]]


@pytest.mark.parametrize("text, why", [
    ("q.real", "an attribute"), ("q[0]", "a subscript"), ("'q'", "not a number"),
    ("lambda: 1", "a lambda"), ("2**10**10", "exponent"), ("(2**64)**64", "power of a power"),
    ("1/0", "divides by zero"), ("x if y else z", "a conditional"), ("", "empty"),
    ("q" * 300, "characters"), ("1e999", "not finite"), ("-" * 150 + "1", "nested too deeply"),
])
def test_the_parser_refuses_everything_but_arithmetic(text, why):
    with pytest.raises(ValueError, match=why):
        _inputs.parse_entry(text)


def test_exact_numbers_of_every_accepted_type():
    values = [3, np.int64(3), Fraction(1, 3), sympy.Rational(1, 3), 0.5, np.float32(0.5)]
    got = [_inputs.sympy_entry("w", v, exact_floats=True) for v in values]
    assert got == [3, 3, sympy.Rational(1, 3), sympy.Rational(1, 3), sympy.Rational(1, 2),
                   sympy.Rational(1, 2)]
    with pytest.raises(TypeError, match="w must be a SymPy expression"):
        _inputs.sympy_entry("w", sympy.Eq(sympy.Symbol("a"), 1))
    with pytest.raises(TypeError, match="object"):
        _inputs.sympy_entry("w", object())


def test_to_numpy_reads_torch_parameters_and_sympy(torch):
    p = torch.nn.Parameter(torch.arange(3, dtype=torch.float64))
    assert _inputs.to_numpy(p).tolist() == [0.0, 1.0, 2.0]
    assert _inputs.to_numpy(sympy.zeros(2, 0)).shape == (2, 0)
    assert ts.conv_matrix(spec, p, backend="scipy").toarray()[0].tolist() == [0, 1, 2, 0]
