"""``tconv-sym gen``: one layer from flags, the catalogue and its --check."""

from __future__ import annotations

import shutil
from pathlib import Path

from codegen_support import kernel_cache, needs_cc  # noqa: F401

from tconv_sym.cli import main

ROOT = Path(__file__).parents[1]


def test_gen_one_layer_prints_the_plan(tmp_path, capsys):
    code = main(["gen", "--in", "2x2", "--kernel", "3", "--stride", "2", "--padding", "same",
                 "--name", "tf_same", "--out", str(tmp_path), "--verify",
                 "--strategy", "unrolled"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Plan: forward y = Cᵀ·x of TransposedConvSpec(in_size=(2, 2)" in out
    assert "executed MACs  25 per sample" in out
    assert f"wrote {tmp_path / 'tf_same.py'}" in out
    assert ("verified against the factored operator: exact on integer inputs, max relative "
            "error") in out


@needs_cc
def test_gen_mnist_decoder_in_c(tmp_path, capsys):
    code = main(["gen", "--in", "28x28", "--kernel", "7x7", "--stride", "1", "--padding", "3",
                 "--in-channels", "32", "--out-channels", "1", "--lang", "c",
                 "--derivative", "weight", "--dtype", "float32", "--out", str(tmp_path),
                 "--name", "mnist_dw"])
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mnist_dw.c", "mnist_dw.h"]
    assert "grad_w: (32, 1, 7, 7)" in capsys.readouterr().out


def test_gen_conv_and_force(tmp_path, capsys):
    (tmp_path / "k.py").write_text("x = 1\n")
    args = ["gen", "--conv", "--in", "8", "--kernel", "3", "--name", "k", "--out", str(tmp_path)]
    assert main(args) == 2
    assert "was not written by tconv_sym" in capsys.readouterr().err
    assert main(args + ["--force"]) == 0
    assert "ConvSpec(in_size=8, kernel_size=3)" in capsys.readouterr().out


def test_gen_bad_input_exits_2_with_one_line(capsys):
    for args in (["gen", "--in", "8"], ["gen", "--in", "8", "--kernel", "3", "--name", "a b"],
                 ["gen", "--check"], ["gen", "--in", "4", "--kernel", "9", "--conv"]):
        assert main(args) == 2
        err = capsys.readouterr().err
        assert err.startswith("tconv-sym gen: error:") and err.count("\n") == 1, err


def test_catalogue_check(tmp_path, capsys):
    assert main(["gen", "--catalogue", "--check", "--out", str(ROOT / "generated")]) == 0
    assert "up to date" in capsys.readouterr().out
    target = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", target)
    (target / "dcgan_128_64_fwd.c").unlink()
    assert main(["gen", "--catalogue", "--check", "--out", str(target)]) == 1
    assert "stale: " in capsys.readouterr().out
    assert main(["gen", "--catalogue", "--out", str(target)]) == 0
    assert main(["gen", "--catalogue", "--check", "--out", str(target)]) == 0


@needs_cc
def test_gen_verify_states_only_what_its_trials_established(tmp_path, capsys):
    """Baked non-integer weights make integer inputs inexact in floating point: --verify then
    says so instead of the "exact on integer inputs" of integer weights."""
    import numpy as np

    w = np.random.default_rng(0).standard_normal((8, 4, 3, 3))
    np.save(tmp_path / "w.npy", w)
    np.save(tmp_path / "wi.npy", np.round(3 * w))
    lines = []
    for name, weights in (("real", "w.npy"), ("whole", "wi.npy")):
        code = main(["gen", "--in", "6x6", "--kernel", "3", "--stride", "2", "--padding", "1",
                     "--in-channels", "8", "--out-channels", "4", "--lang", "c",
                     "--weights", str(tmp_path / weights), "--name", name,
                     "--out", str(tmp_path / name), "--verify"])
        assert code == 0
        lines.append(next(x for x in capsys.readouterr().out.splitlines()
                          if x.startswith("verified against")))
    real, whole = lines
    assert real.startswith("verified against the factored operator: max relative error ")
    assert "on integer and float inputs" in real and "not exact on integers" in real
    assert whole.startswith("verified against the factored operator: exact on integer inputs")
