"""``tconv-sym prove``: one line per proof, exit status 1 when a theorem fails."""

from __future__ import annotations

import pytest

import tconv_sym as ts
from tconv_sym.cli import main
from tconv_sym.prover import expr as E
from tconv_sym.prover import register, unregister
from tconv_sym.prover.identity import Identity


def test_prove_all_with_examples(capsys):
    assert main(["prove", "all", "--no-timing"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(ts.identities()) >= 17
    assert all(line.startswith("✓ ") for line in lines)
    assert "✓ transposed_conv_is_inverse (myth): refuted" in "\n".join(lines)


def test_prove_all_with_sizes_marks_inapplicable_identities(capsys):
    assert main(["prove", "all", "--size", "6", "--kernel", "3", "--stride", "2",
                 "--padding", "1", "--no-timing", "--engine", "basis"]) == 0
    out = capsys.readouterr().out
    assert "– separable_kernel_is_kronecker: not applicable (separable_kernel_is_kronecker " \
           "needs at least 2 spatial dims" in out
    assert "✓ transposed_conv_is_scatter: holds (size=6, kernel=3, stride=2, padding=1" in out


def test_prove_one_with_flags(capsys):
    assert main(["prove", "transposed_conv_is_direct_conv", "--size", "4x4", "--kernel", "3x3",
                 "--stride", "2", "--padding", "0:1x1", "--output-padding", "1",
                 "--in-channels", "2", "--out-channels", "4", "--groups", "2",
                 "--no-timing"]) == 0
    assert capsys.readouterr().out == (
        "✓ transposed_conv_is_direct_conv: holds (size=4×4, kernel=3×3, stride=2, "
        "padding=((0, 1), (1, 1)), dilation=1, output_padding=1, in_channels=2, "
        "out_channels=4, groups=2; basis)\n")


def test_variant_and_verbose(capsys):
    assert main(["prove", "matched_filter_is_conjugate_reversal", "--variant", "no_conjugate",
                 "-v", "--no-timing"]) == 0
    out = capsys.readouterr().out
    assert "refuted ✗, as expected for a broken variant" in out
    assert "counterexample: entry (0, 0): lhs = q1, rhs = conjugate(q1)" in out


def test_failing_theorem_exits_1(capsys):
    register(Identity("flip_is_identity", "J = I", "J = I", ("size",), "LHS flip, RHS eye",
                      lambda p, v: (E.flip(p.size), E.eye(p.size)), example={"size": 3}))
    try:
        assert main(["prove", "flip_is_identity", "--no-timing"]) == 1
    finally:
        unregister("flip_is_identity")
    assert capsys.readouterr().out.startswith("✗ flip_is_identity: refuted")


def test_list_and_errors(capsys):
    assert main(["prove", "--list"]) == 0
    out = capsys.readouterr().out
    assert "transposed_conv_is_inverse" in out and "myth" in out
    assert main(["prove", "nope"]) == 2
    assert "name must be one of the identities" in capsys.readouterr().err
    assert main(["prove", "up_is_down_transpose", "--size", "4xa"]) == 2
    assert "--size must be one integer per spatial dim" in capsys.readouterr().err
    assert main(["prove"]) == 2


@pytest.mark.parametrize("argv", [["prove", "up_is_down_transpose", "--engine", "fast"]])
def test_argparse_rejects_unknown_engines(argv):
    with pytest.raises(SystemExit):
        main(argv)
