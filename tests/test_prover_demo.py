"""The prover's demo sections run, check what they claim, and are registered."""

from __future__ import annotations

from tconv_sym.prover.demo import prove_myth, prove_seed
from tconv_sym.report.tour import SECTIONS, Report, run_demo


def test_sections_are_registered():
    assert SECTIONS["prove-seed"] == "tconv_sym.prover.demo:prove_seed"
    assert SECTIONS["prove-myth"] == "tconv_sym.prover.demo:prove_myth"


def test_prove_seed_checks_pass(capsys):
    report = Report()
    prove_seed(report)
    out = capsys.readouterr().out
    assert report.failures == 0 and report.checks == 12
    assert "the mission: 64×64 input, symbolic 5×5 kernel, stride 2" in out
    assert "entry (0, 0): lhs = q0, rhs = q2" in out


def test_prove_myth_checks_pass(capsys):
    report = Report()
    prove_myth(report)
    assert report.failures == 0 and report.checks == 3
    assert "counterexample: entry (0, 0): lhs = q0**2 + q1**2, rhs = 1" in capsys.readouterr().out


def test_run_demo_prove_sections():
    assert run_demo(["prove-"], echo=False) == 0
