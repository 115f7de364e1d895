"""The command line front end: demo, errors reported on one line with exit status 2."""

from __future__ import annotations

from tconv_sym.cli import main
from tconv_sym.report.tour import Report, run_demo


def test_demo_core_sections_pass(capsys):
    assert main(["demo", "--section", "tutorial", "--section", "symbolic",
                 "--section", "tf-same", "--section", "shapes"]) == 0
    out = capsys.readouterr().out
    assert "✗" not in out and "checks passed" in out


def test_demo_fails_when_a_check_fails():
    r = Report(echo=False)
    r.check("wrong on purpose", [[0, 4, 1]], [[0, 4, 2]])
    assert r.failures == 1


def test_unknown_section_exits_2(capsys):
    assert run_demo(["no-such-section"]) == 2
    assert "no demo section matches" in capsys.readouterr().out
