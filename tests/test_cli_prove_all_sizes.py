"""``tconv-sym prove … --all-sizes``: one line per identity, the islpy install hint."""

from __future__ import annotations

import importlib.util

import pytest

import tconv_sym as ts
from tconv_sym.cli import main

pytest.importorskip("islpy")


def test_prove_all_all_sizes(capsys):
    assert main(["prove", "all", "--all-sizes", "--no-timing"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(ts.identities())
    assert ("transposed_conv_is_conv_of_upsampled: holds for all sizes (n ≥ 1) ✓ "
            "[parametric]") in lines
    assert ("separable_kernel_is_kronecker: holds for all sizes (n0 ≥ 2 and n1 ≥ 3) ✓ "
            "[parametric]") in lines
    myth = next(x for x in lines if x.startswith("transposed_conv_is_inverse"))
    assert "refuted" in myth and myth.endswith("✓ [parametric]")
    skipped = [x for x in lines if x.startswith("– ")]
    assert {x.split(":")[0][2:] for x in skipped} == {"winograd_tile_is_correlation"}
    assert ("winograd_phases_are_transposed_conv: holds for all sizes (n ≥ 1), by the tile "
            "lemma (exact, fixed size: F(2, 2)) and the Kronecker mixed-product law, then the "
            "parametric engine ✓ [parametric]") in lines  # a proof by rewriting (issue 31)
    assert ("bilinear_kernel_is_bilinear_interpolation: holds for all sizes (n ≥ 2) ✓ "
            "[parametric]") in lines  # rational weights as weight classes (issue 29)
    assert ("checkerboard_free_iff_divisible: holds for all sizes (n ≥ 3) ✓ "
            "[parametric]") in lines  # counting (issue 29)
    assert all("does not fit the parametric engine" in x for x in skipped)


def test_prove_one_symbolic_padding_verbose(capsys):
    assert main(["prove", "transposed_conv_is_direct_conv", "--all-sizes", "--kernel", "3",
                 "--stride", "2", "--padding", "p", "--output-padding", "1", "-v",
                 "--no-timing"]) == 0
    out = capsys.readouterr().out
    assert "domain: n ≥ 1 and 0 ≤ p ≤ n; engine parametric" in out
    assert "(proved for every size in the domain)" in out


def test_symbolic_stride_is_enumerated(capsys):
    assert main(["prove", "strided_conv_is_downsampled_conv", "--all-sizes", "--kernel", "3",
                 "--stride", "s", "--no-timing"]) == 0
    assert "holds for all sizes, s ≤ 4 (n ≥ 1 and 1 ≤ s ≤ 4)" in capsys.readouterr().out


def test_broken_variant_exit_status_and_counterexample(capsys):
    assert main(["prove", "polyphase_decomposition", "--all-sizes", "--kernel", "4",
                 "--stride", "2", "--variant", "wrong_phase", "--no-timing"]) == 0
    out = capsys.readouterr().out
    assert "refuted" in out and "smallest counterexample size=(1,)" in out
    # the variant is refuted, as expected; proving a false statement as a theorem would
    # give status 1 — the myth proved as the identity it claims to be is refuted: status 0
    assert main(["prove", "transposed_conv_is_inverse", "--all-sizes", "--kernel", "3",
                 "--no-timing"]) == 0


def test_errors(capsys):
    assert main(["prove", "up_is_down_transpose", "--all-sizes", "--size", "4"]) == 2
    assert "--size cannot be combined with --all-sizes" in capsys.readouterr().err
    assert main(["prove", "bilinear_kernel_is_bilinear_interpolation", "--all-sizes",
                 "--stride", "2", "--variant", "align_corners_true"]) == 2
    err = capsys.readouterr().err
    assert "does not fit the parametric engine" in err and "align_corners=False only" in err


def test_missing_islpy_says_how_to_install(monkeypatch, capsys):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "islpy" else real(name, *a))
    assert main(["prove", "all", "--all-sizes"]) == 2
    assert 'pip install "tconv_sym[allsizes]"' in capsys.readouterr().err
    with pytest.raises(ImportError, match=r'pip install "tconv_sym\[allsizes\]"'):
        ts.prove("up_is_down_transpose", all_sizes=True, stride=2)


@pytest.mark.parametrize("name", ["__import__", "_k", "lambda", "same"])
def test_a_symbol_name_is_a_plain_identifier(name, capsys):
    # the one rule (spec.is_symbol_name) at both doors: the command line and ts.prove
    assert main(["prove", "transposed_conv_is_conv_of_upsampled", "--all-sizes",
                 "--kernel", name]) == 2
    assert "--kernel must be" in capsys.readouterr().err
    with pytest.raises(ValueError, match="symbol name such as 'p'"):
        ts.prove("transposed_conv_is_conv_of_upsampled", all_sizes=True, kernel=name)
    assert ts.prove("transposed_conv_is_conv_of_upsampled", all_sizes=True,
                    kernel="k2").domain == "n ≥ 1 and k2 ≥ 1"


@pytest.mark.parametrize("text, domain", [("1", "n ≥ 1"), ("1x2", "n0 ≥ 1 and n1 ≥ 2"),
                                          ("(1,2)", "n ≥ 2"), ("p", "n ≥ 1 and 0 ≤ p ≤ n")])
def test_padding_text_is_parsed_as_on_fixed_sizes(text, domain, capsys):
    # numbers were passed on as strings and refused ("got '1'")
    assert main(["prove", "transposed_conv_is_conv_of_upsampled", "--all-sizes", "--kernel",
                 "3", "--padding", text, "--no-timing"]) == 0
    assert f"holds for all sizes ({domain})" in capsys.readouterr().out
    assert main(["prove", "transposed_conv_is_conv_of_upsampled", "--all-sizes",
                 "--padding", "1x(2"]) == 2
    assert "--padding must be same/valid/full" in capsys.readouterr().err
