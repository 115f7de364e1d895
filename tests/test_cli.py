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


# --- convert: one front door, pasteable output, names users type ---------------------------
import pytest  # noqa: E402


def _convert(capsys, *args):
    status = main(["convert", *args])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_convert_prints_a_script_not_a_repr(capsys):
    status, out, _ = _convert(capsys, "--from", "torch", "--to", "tf", "--in", "4x4",
                              "--kernel", "3", "--stride", "2", "--padding", "1", "--bias")
    assert status == 0 and "<Conversion" not in out
    assert all(line.startswith("#") for line in out.split("\n\n")[0].splitlines())
    compile(out, "<convert>", "exec")  # pasteable as a whole (executed in the matrix test)
    assert "output_shape=[tf.shape(X)[0], 7, 7, 1]" in out  # any batch, not 1
    assert "y = y + tf.cast(b, y.dtype)" in out


@pytest.mark.parametrize("alias, name", [("torch", "pytorch"), ("tf", "tensorflow"),
                                         ("keras3", "keras"), ("onnxruntime", "onnx")])
def test_convert_takes_the_names_users_type(capsys, alias, name):
    status, out, _ = _convert(capsys, "--from", alias, "--to", "tconv_sym", "--in", "4",
                              "--kernel", "2", "--stride", "2", "--padding", "0"
                              if name == "pytorch" else "valid")
    assert status == 0 and out.startswith(f"# {name} ")


def test_cli_hints_exit_2(capsys):
    for argv, hint in ((["convert", "--to", "tf", "--in", "28", "28", "--kernel", "3"],
                        "sizes are one word: --in 28x28"),
                       (["convert", "--to", "tf", "--in", "4", "--kernel", "3", "--strid3",
                         "2"], "did you mean '--stride'?"),
                       (["gen", "--in", "4", "--kernel", "3", "--lang", "cc"],
                        "did you mean 'c'?"),
                       (["gne", "--in", "4"], "did you mean 'gen'?"),
                       (["convert", "--from", "pytroch", "--to", "tf", "--in", "4",
                         "--kernel", "3"], "did you mean 'pytorch'?")):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2 and hint in capsys.readouterr().err, argv


@pytest.mark.parametrize("source, target", [("onnx", "pytorch"), ("pytorch", "onnx")])
def test_convert_refuses_groups_that_do_not_divide(capsys, source, target):
    """Finding 34.7: 5 output channels in 2 groups used to become 4 ("exact")."""
    status, out, err = _convert(capsys, "--from", source, "--to", target, "--in", "4",
                                "--kernel", "3", "--in-channels", "4", "--out-channels", "5",
                                "--groups", "2")
    assert status == 2 and out == ""
    assert "--groups=2 must divide --out-channels=5" in err


def test_keras_layers_have_a_bias_unless_told(capsys):
    flags = ("--from", "keras", "--to", "pytorch", "--in", "4x4", "--kernel", "3",
             "--stride", "2", "--padding", "same")
    _, out, _ = _convert(capsys, *flags)
    assert "bias=True" in out and "layer.bias.copy_(torch.as_tensor(b))" in out
    _, out, _ = _convert(capsys, *flags, "--no-bias")
    assert "bias=False" in out and "layer.bias" not in out
    _, out, _ = _convert(capsys, "--from", "pytorch", *flags[2:-2], "--padding", "1")
    assert "bias=False" in out  # F.conv_transpose2d: no bias unless --bias


def test_convert_warns_before_keras_tensorflow_backend_aborts(capsys):
    _, out, _ = _convert(capsys, "--from", "keras", "--to", "pytorch", "--in", "4x4",
                         "--kernel", "2", "--stride", "2", "--padding", "same",
                         "--output-padding", "0")
    comments = out.split("\n\n")[0]
    assert "# " in comments and "warning (source): on the TensorFlow backend (CPU) this " \
        "layer aborts" in " ".join(line.strip("# ") for line in comments.splitlines())
    assert "KERAS_BACKEND=jax" in comments


def test_bench_takes_the_flags_of_python_m_benchmarks():
    import argparse

    from tconv_sym.bench.suite import add_arguments
    from tconv_sym.cli import build_parser
    from tconv_sym.cli.bench import suite_argv

    suite = argparse.ArgumentParser()
    add_arguments(suite)
    argv = ["--quick", "--no-compile", "--only", "dcgan", "--out", "results"]
    args = build_parser().parse_args(["bench", *argv])
    assert suite_argv(args) == argv
    assert vars(suite.parse_args(suite_argv(args))) == {
        k: v for k, v in vars(args).items() if not k.startswith("_") and k != "command"}
