"""Proof reports: verdict, sizes, engine, counterexample; LaTeX."""

from __future__ import annotations

import sympy

import tconv_sym as ts
from tconv_sym.prover.proof import Counterexample


def test_report_of_a_theorem():
    p = ts.prove("transposed_conv_is_conv_of_upsampled", size=(8, 8), kernel=5, stride=2)
    text = p.report(timing=False)
    assert text.splitlines() == [
        "transposed_conv_is_conv_of_upsampled: holds ✓",
        "  crop_p(q * (↑s x)) = (↓s (q*)ᵀ)ᵀ x = Cᵀ x",
        "  for size=8×8, kernel=5×5, stride=2, padding=0, dilation=1, output_padding=0",
        "  lhs, rhs: 361×64 matrices; engine basis",
        "  (an exact check for the sizes given, not a proof for all sizes)",
    ]
    assert repr(p).startswith(text.splitlines()[0]) and " s\n" in repr(p)  # with the time
    assert p.seconds > 0 and p.as_expected and p.params["size"] == (8, 8)


def test_report_of_a_broken_variant_and_its_line():
    p = ts.prove("polyphase_decomposition", size=5, kernel=4, stride=2, variant="wrong_phase")
    assert p.report(timing=False).splitlines()[0] == (
        "polyphase_decomposition [broken variant wrong_phase: slot r filled from sub-kernel "
        "q[r+1::s]]: refuted ✗, as expected for a broken variant")
    assert p.line(timing=False) == (
        "✓ polyphase_decomposition [wrong_phase]: refuted (size=5, kernel=4, stride=2, "
        "padding=0, dilation=1, output_padding=0, in_channels=1, out_channels=1, groups=1; "
        "sympy); counterexample entry (0, 0): lhs = q0, rhs = q1")


def test_a_failing_theorem_is_flagged():
    from tconv_sym.prover import expr as E
    from tconv_sym.prover.identity import Identity

    wrong = Identity("down_is_identity", "↓2 = I", "", ("size",), "LHS RHS",
                     lambda p, v: (E.down(p.size, 1), E.flip(p.size)))
    p = ts.prove(wrong, size=3)
    assert not p.holds and not p.as_expected
    assert "THE THEOREM FAILS" in p.report() and p.line().startswith("✗")


def test_counterexample_repr_and_latex():
    q0 = sympy.Symbol("q0")
    cx = Counterexample(2, 1, q0**2, sympy.Integer(1), label="padding='same', dim 0")
    assert repr(cx) == "entry (2, 1) [padding='same', dim 0]: lhs = q0**2, rhs = 1"
    assert cx._repr_latex_() == r"$\text{entry }(2, 1):\ q_{0}^{2} \neq 1$"
    assert repr(Counterexample(None, None, None, None, "shapes differ")) == "shapes differ"


def test_proof_latex():
    p = ts.prove("transposed_conv_is_inverse", size=3, kernel=2)
    latex = p._repr_latex_()
    assert latex.startswith(r"$\text{transposed\_conv\_is\_inverse}:\ C^{\mathsf T} C = I")
    assert r"q_{0}^{2} \neq 1" in latex and latex.endswith("$")
