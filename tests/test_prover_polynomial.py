"""Issue 34, finding 3: prove_equal never expands a huge polynomial blindly. Small entries are
expanded as before; large ones are compared at random points first (a difference is an exact
refutation), and an exact check that would exceed the budget is refused with the knob.

The slow reproductions (killed at 120 s and 3.5 GB before the fix) run in a subprocess under
address-space and CPU limits, as tests/test_hostile_input.py does."""

from __future__ import annotations

import subprocess
import sys

import pytest
import sympy

import tconv_sym as ts
from tconv_sym import budget
from tconv_sym.prover.polynomial import (
    EXPAND_FREELY,
    compare_entries,
    degree,
    expanded_terms,
)

LIMIT_BYTES = 3 * 2**30
LIMIT_CPU = 60
PRELUDE = f"""
import resource
resource.setrlimit(resource.RLIMIT_AS, ({LIMIT_BYTES}, {LIMIT_BYTES}))
resource.setrlimit(resource.RLIMIT_CPU, ({LIMIT_CPU}, {LIMIT_CPU}))
import tconv_sym as ts
"""

A_TO_H = "(a+b+c+d+e+f+g+h)"


def _limited(code: str):
    out = subprocess.run([sys.executable, "-c", PRELUDE + code], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "MemoryError" not in out.stderr
    return out.stdout


def test_terms_and_degree_estimates_are_exact_bounds():
    x, y, z = sympy.symbols("x y z")
    for e in [(x + y) ** 5, (x + y + z) ** 4 * (x - 1), (x + 2 * y) ** 3 + (z + 1) ** 2,
              x * y * z, (x + y) * (x - y)]:
        expanded = sympy.expand(e)
        terms = len(expanded.args) if expanded.is_Add else 1
        assert terms <= expanded_terms(e)
        assert sympy.Poly(expanded, x, y, z).total_degree() <= degree(e)
    assert expanded_terms((x + y + z) ** 4) == len(sympy.expand((x + y + z) ** 4).args) == 15


def test_small_entries_are_expanded_and_compared_as_before():
    a, b = sympy.symbols("a b")
    verdict = compare_entries((a + b) ** 3, a**3 + 3 * a**2 * b + 3 * a * b**2 + b**3)
    assert verdict.equal
    wrong = compare_entries((a + b) ** 3, a**3 + b**3)
    assert not wrong.equal and wrong.lhs == sympy.expand((a + b) ** 3) and wrong.note == ""


def test_a_difference_at_a_random_point_is_an_exact_refutation():
    s = sympy.symbols("a:h")
    big = sum(s) ** 12  # 50,388 terms: above EXPAND_FREELY, so evaluated first
    assert expanded_terms(big) > EXPAND_FREELY
    other = (sum(s) + s[0] * s[1]) ** 12 - (s[0] * s[1]) ** 12
    verdict = compare_entries(big, other)
    assert not verdict.equal and verdict.note.startswith("they differ at a = ")
    # the values printed are the exact values at that point (checked by SymPy here)
    point = dict(item.split(" = ") for item in verdict.note[len("they differ at "):]
                 .split(":")[0].split(", "))
    subs = {sympy.Symbol(k): int(v) for k, v in point.items()}
    lhs, rhs = big.xreplace(subs), other.xreplace(subs)
    assert lhs != rhs and f"lhs = {str(lhs)[:28]}" in verdict.note


def test_equal_at_random_points_then_expanded_within_the_budget(monkeypatch):
    import tconv_sym.prover.polynomial as P

    s = sympy.symbols("a:d")
    left, right = sum(s) ** 8, (-sum(s)) ** 8  # 165 terms each
    monkeypatch.setattr(P, "EXPAND_FREELY", 10)  # force the random points, then the exact check
    with budget.limits(sympy_entries=10**6):
        assert compare_entries(left, right).equal
    with budget.limits(sympy_entries=100), pytest.raises(
            budget.ResourceLimitError, match="TCONV_SYM_MAX_SYMPY_ENTRIES"):
        compare_entries(left, right)


def test_prove_equal_refutes_a_huge_power_without_expanding_it():
    out = _limited(f"""
p = ts.prove_equal([["{A_TO_H}**64"]], [["(a+b+c+d+e+f+g-h)**64"]])
print(p.holds, p.engine)
print(repr(p.counterexample)[:200])
""")
    holds, engine = out.splitlines()[0].split()
    assert holds == "False" and engine == "sympy"
    assert "entry (0, 0)" in out and "they differ at a = " in out


def test_a_difference_sympy_cancels_is_still_refuted_at_a_point():
    # x - y cancels the huge common part: the point must take the variables of both sides
    out = _limited(f"""
p = ts.prove_equal([["{A_TO_H}**64"]], [["{A_TO_H}**64 + 1"]])
print(p.holds, p.engine)
""")
    assert out.splitlines()[0].split() == ["False", "sympy"]


def test_prove_equal_refuses_an_exact_check_beyond_the_budget():
    out = _limited(f"""
try:
    ts.prove_equal([["{A_TO_H}**64"]], [["(-a-b-c-d-e-f-g-h)**64"]])
except ts.budget.ResourceLimitError as exc:
    print("refused:", exc)
""")
    assert out.startswith("refused:") and "TCONV_SYM_MAX_SYMPY_ENTRIES" in out
    assert "agree at random points" in out


def test_prove_equal_with_sympy_expressions_a_caller_builds():
    out = _limited("""
import sympy
s = sympy.symbols("a:h")
x = sympy.Matrix([[sum(s)**64, 1]])
y = sympy.Matrix([[sum(s)**64, 2]])
p = ts.prove_equal(x, x)
q = ts.prove_equal(x, y)
print(p.holds, q.holds, q.counterexample.col)
""")
    assert out.split() == ["True", "False", "1"]


def test_identities_still_print_expanded_counterexamples():
    p = ts.prove("transposed_conv_is_inverse", size=3, kernel=2, padding=1, engine="sympy")
    assert repr(p.counterexample) == "entry (0, 0): lhs = q0**2 + q1**2, rhs = 1"
