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


def test_a_parameter_the_identity_ignores_is_an_error_not_a_holds(capsys):
    assert main(["prove", "checkerboard_free_iff_divisible", "--dilation", "2",
                 "--no-timing"]) == 2
    captured = capsys.readouterr()
    assert "holds" not in captured.out
    assert "does not use dilation (given dilation=2); its parameters are size, kernel, " \
           "stride" in captured.err
    assert main(["prove", "all", "--dilation", "2", "--no-timing"]) == 0
    out = capsys.readouterr().out
    assert "– checkerboard_free_iff_divisible: not applicable (checkerboard_free_iff_" \
           "divisible does not use dilation" in out
    assert "✓ dilated_conv_is_upsampled_kernel: holds" in out


def test_verbose_prints_both_sides_and_the_differing_region(capsys):
    from tconv_sym.cli.prove import MAX_SHOWN
    from tconv_sym.prover import sides, sympy_engine
    from tconv_sym.prover.identity import make_params

    assert MAX_SHOWN == sides.MAX_SHOWN
    args = ["prove", "transposed_conv_is_direct_conv", "--size", "3", "--kernel", "3",
            "--stride", "2", "--no-timing", "-v"]
    assert main(args + ["--variant", "no_flip"]) == 0
    out = capsys.readouterr().out
    lhs, rhs = ts.identities()["transposed_conv_is_direct_conv"].sides(
        make_params(size=3, kernel=3, stride=2), "no_flip")
    a, b = sympy_engine.evaluate(lhs), sympy_engine.evaluate(rhs)
    for m in (a, b):  # every row of both sides, as the SymPy engine computes them
        for i in range(m.shape[0]):
            assert str(list(m.row(i))).replace(" ", "") in out.replace(" ", "")
    diff = [(i, j) for i in range(a.shape[0]) for j in range(a.shape[1]) if a[i, j] != b[i, j]]
    rows, cols = [d[0] for d in diff], [d[1] for d in diff]
    assert (f"differing region: rows {min(rows)}–{max(rows)}, columns {min(cols)}–{max(cols)} "
            f"({len(diff)} of {a.shape[0] * a.shape[1]} entries differ)") in out
    assert main(args) == 0
    assert "rhs (7×3): the same matrix" in capsys.readouterr().out


def test_list_shows_parameters_and_variants(capsys):
    assert main(["prove", "--list"]) == 0
    out = capsys.readouterr().out
    for name, ident in ts.identities().items():
        assert name in out
        for variant, what in ident.variants.items():
            assert f"--variant {variant}: {what}" in out
    assert "parameters: size, kernel, stride\n" in out  # checkerboard_free_iff_divisible


def test_module_loads_a_users_identities(tmp_path, capsys):
    path = tmp_path / "my_identities.py"
    path.write_text(
        "from tconv_sym.prover import define_identity, expr as E\n"
        "from tconv_sym.prover.constructions import repeat\n"
        "mine = define_identity('repeat_is_down_transposed_free', statement='repeat ≠ ↑',\n"
        "    parameters=('size', 'stride'),\n"
        "    build=lambda p, v: (repeat(p.size, p.stride), E.up(p.size, p.stride)),\n"
        "    myth=True, example={'size': 3, 'stride': 2})\n")
    try:
        assert main(["prove", "--module", str(path), "repeat_is_down_transposed_free",
                     "--no-timing"]) == 0
        out = capsys.readouterr().out
        assert out.startswith("✓ repeat_is_down_transposed_free (myth): refuted")
        assert ts.identities()["repeat_is_down_transposed_free"].myth
    finally:
        unregister("repeat_is_down_transposed_free")
    assert main(["prove", "--module", str(tmp_path / "missing.py"), "all"]) == 2
    assert "--module must be a Python file" in capsys.readouterr().err


def test_per_dim_padding_text_reaches_the_one_parser(capsys):
    """``1x2`` is read by the CLI's padding parser and normalised by make_params, once."""
    assert main(["prove", "strided_conv_is_downsampled_conv", "--size", "8x8", "--kernel",
                 "5", "--padding", "1x2", "--no-timing"]) == 0
    assert "padding=((1, 1), (2, 2))" in capsys.readouterr().out


@pytest.mark.parametrize("flag, value, says", [
    ("--padding", "1:x", "'1:x'"),
    ("--padding", "-1", "padding must be a non-negative integer, got -1"),
    ("--padding", "1x2x3", "size=(4, 4), padding=((1, 1), (2, 2), (3, 3))"),
    ("--stride", "0", "stride must be a positive integer, got 0"),
])
def test_prove_flags_and_the_api_reach_one_parser(capsys, flag, value, says):
    """``tconv-sym prove ... --padding`` and ``ts.prove(..., padding=...)`` are checked by the
    same normaliser (layer_params via make_params): the same error text for a bad value."""
    from tconv_sym.cli import one_line

    name, key = "transposed_conv_is_conv_of_upsampled", flag[2:]
    with pytest.raises((ValueError, TypeError)) as api:
        ts.prove(name, size=(4, 4), kernel=3, **{key: value if key == "padding" else int(value)})
    assert main(["prove", name, "--size", "4x4", "--kernel", "3", f"{flag}={value}"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"tconv-sym prove: error: {one_line(api.value)}"
    assert says in err


def test_prove_padding_text_is_parsed_once_by_layer_params(monkeypatch, capsys):
    """Valid padding text reaches the prover unparsed and is read once, by the spec's
    normaliser, on both paths; the proofs agree (and a wrong padding gives another layer)."""
    import tconv_sym.spec as spec_module

    seen = []
    real = spec_module.parse_padding_text

    def spy(text, *args, **kwargs):
        seen.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(spec_module, "parse_padding_text", spy)
    name = "transposed_conv_is_direct_conv"
    proof = ts.prove(name, size=(4, 4), kernel=3, stride=2, padding="0:1x1")
    assert seen == ["0:1x1"] and proof.holds
    assert proof.params["padding"] == ((0, 1), (1, 1))
    assert main(["prove", name, "--size", "4x4", "--kernel", "3", "--stride", "2",
                 "--padding", "0:1x1", "--no-timing"]) == 0
    assert seen == ["0:1x1", "0:1x1"]
    assert capsys.readouterr().out.startswith(f"✓ {name}")
    assert ts.prove(name, size=(4, 4), kernel=3, stride=2, padding="1:0x1").params["padding"] \
        != proof.params["padding"]
