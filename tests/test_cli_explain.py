"""``tconv-sym explain`` / tconv_sym.explain: the report folder (files, content, safety), the
parts that degrade without an optional layer, the spec flags, and the demo's report folder."""

from __future__ import annotations

import json
import struct
import sys

import pytest

import tconv_sym as ts
from tconv_sym import ConvSpec, TransposedConvSpec
from tconv_sym.cli import main
from tconv_sym.report.explain import MARKER, explain
from tconv_sym.report.tour import run_demo

PICTURES = ["overlap.png", "polyphase.png", "scatter.png", "sparsity.png"]


def _png_size(path):
    with open(path, "rb") as f:
        data = f.read(24)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def tf_same_report(tmp_path_factory):
    """One full run (prover, interop, codegen) on the seed's TF SAME layer, with --html."""
    pytest.importorskip("matplotlib")
    out = tmp_path_factory.mktemp("explain") / "tf_same"
    status = main(["explain", "--in", "2x2", "--kernel", "3x3", "--stride", "2",
                   "--padding", "same", "--out", str(out), "--html"])
    return status, out


def test_explain_writes_the_expected_files(tf_same_report, capsys):
    status, out = tf_same_report
    assert status == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([MARKER, "derivation.tex", "report.html", "report.md", *PICTURES])
    assert _png_size(out / "overlap.png") == (560, 500)
    assert _png_size(out / "sparsity.png") == (1400, 360)
    assert _png_size(out / "scatter.png") == (900, 460)
    marker = json.loads((out / MARKER).read_text())
    assert marker["tool"] == "tconv-sym explain"
    assert sorted(marker["files"]) == sorted(n for n in names if n != MARKER)


def test_report_content(tf_same_report):
    _, out = tf_same_report
    md = (out / "report.md").read_text()
    spec = TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same")
    assert md.startswith(f"# tconv-sym explain: `{spec!r}`")
    for heading in ("## Sizes", "## The matrices, at a reduced size",
                    "## Identities proved for this layer", "## Framework-equivalent parameters",
                    "## Checkerboard", "## Generated-kernel plan"):
        assert heading in md
    # sizes: the spec's inputs, its formula text and its out_size
    assert "| **output `o` (out_size)** | **4** | **4** |" in md
    assert "| padding `p_hi` | 1 | 1 |" in md
    assert f"`o = {ts.report.derivation.formula_text(spec)}` per dim, which gives `(4, 4)`" in md
    assert "output_padding=0 → (4, 4), output_padding=1 → (5, 5)" in md
    # the matrices of the reduced copy (here the layer itself), exactly as sympy prints them
    d = ts.latex(spec)
    assert ts.report.derivation.matrix_latex(d.matrices["CT"]) in md
    assert (out / "derivation.tex").read_text() == d.tex()
    # the checkerboard verdict, and the pictures linked
    assert "**CHECKERBOARD: kernel size not divisible by stride (k=3 % s=2 = 1)" in md
    assert "`[[4, 2], [2, 1]]`" in md
    for name in PICTURES:
        assert f"]({name})" in md
    html = (out / "report.html").read_text()
    assert html.startswith("<!DOCTYPE html>") and '<img src="data:image/png;base64,' in html
    assert 'src="overlap.png"' not in html  # one self-contained file: the pictures inside
    assert "<h2>Checkerboard</h2>" in html and "<table>" in html


def test_report_optional_layers(tf_same_report):
    _, out = tf_same_report
    md = (out / "report.md").read_text()
    try:
        import tconv_sym.prover  # noqa: F401
        from tconv_sym.prover import prove  # noqa: F401
    except ImportError:
        assert "**prover not available**" in md
    else:
        assert "| `transposed_conv_is_conv_of_upsampled` | theorem | holds |" in md
        assert "| `transposed_conv_is_inverse` | myth | refuted, as expected |" in md
        assert "**FAILS**" not in md
    try:
        from tconv_sym.interop import convert
    except ImportError:
        assert "**interop not available**" in md
    else:
        spec = TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same")
        assert repr(convert(spec, to="tensorflow")).strip("<>") in md
    try:
        from tconv_sym.codegen.plan import make_plan
    except ImportError:
        assert "**codegen not available**" in md
    else:
        spec = TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same")
        assert str(make_plan(spec, lang="c", name="layer")) in md


def test_explain_degrades_without_optional_layers(tmp_path, monkeypatch):
    for name in ("tconv_sym.prover", "tconv_sym.interop", "tconv_sym.codegen.plan",
                 "matplotlib"):
        monkeypatch.setitem(sys.modules, name, None)  # import now raises ImportError
    r = explain(TransposedConvSpec(in_size=4, kernel_size=4, stride=2, padding=1),
                tmp_path / "r")
    assert sorted(r.files) == ["derivation.tex", "report.md"]
    assert r.notes == ["matplotlib not available: no pictures", "prover not available",
                       "interop not available", "codegen not available"]
    steps = []
    explain(TransposedConvSpec(in_size=4, kernel_size=4, stride=2, padding=1), tmp_path / "s",
            progress=steps.append)  # without the prover: no identity steps, and it ends
    assert steps[-1].done == steps[-1].total == 7
    md = (tmp_path / "r" / "report.md").read_text()
    assert "**prover not available**" in md and "**codegen not available**" in md
    assert "checkerboard-free: every kernel size is divisible by its stride" in md
    assert "computed from the tap basis row counts; prover not available" in md


def test_explain_refuses_foreign_folders_and_reuses_its_own(tmp_path, capsys):
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    args = ["explain", "--in", "4", "--kernel", "3", "--stride", "2", "--no-prove"]
    assert main([*args, "--out", str(foreign)]) == 2
    err = capsys.readouterr().err
    assert "is not empty and was not written by tconv-sym" in err
    assert sorted(p.name for p in foreign.iterdir()) == ["notes.txt"]

    ours = tmp_path / "ours"
    assert main([*args, "--out", str(ours)]) == 0
    first = (ours / "report.md").read_text()
    (ours / "extra.txt").write_text("user file")  # a user's file next to ours is kept
    assert main([*args, "--out", str(ours)]) == 0
    assert (ours / "report.md").read_text() == first  # deterministic
    assert (ours / "extra.txt").read_text() == "user file"
    # a user's file under a name explain wants to write is never replaced
    (ours / "report.html").write_text("user html")
    assert main([*args, "--out", str(ours), "--html"]) == 2
    assert "report.html, which tconv-sym did not write" in capsys.readouterr().err
    assert (ours / "report.html").read_text() == "user html"
    assert not list(ours.glob(".tmp-*"))
    a_file = tmp_path / "file"
    a_file.write_text("x")
    assert main([*args, "--out", str(a_file)]) == 2
    assert "exists and is not a folder" in capsys.readouterr().err


def test_explain_conv_and_3d(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    r = explain(ConvSpec(in_size=(6, 6), kernel_size=3, stride=2, padding=1), tmp_path / "c",
                prove=False)
    md = r.text
    assert "this report explains its transpose" in md
    assert "TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2, padding=1, " \
           "output_padding=1)" in md
    r3 = explain(TransposedConvSpec(in_size=(3, 3, 3), kernel_size=2, stride=2), tmp_path / "d",
                 prove=False)
    assert "polyphase.png" not in r3.files and "overlap.png" in r3.files
    assert "(polyphase and scatter pictures are drawn for 1-D and 2-D layers)" in r3.text
    assert "(depth slice" not in r3.text  # the slice is stated in the picture, not the text
    assert main(["explain", "--in", "8", "--kernel", "3", "--conv", "--no-prove",
                 "--output-padding", "1", "--out", str(tmp_path / "e")]) == 2
    assert "--output-padding applies to transposed convolutions" in capsys.readouterr().err


def test_explain_big_layer_proves_a_smaller_copy(tmp_path):
    pytest.importorskip("tconv_sym.prover")
    spec = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
    r = explain(spec, tmp_path / "mnist", size=2)
    assert "a smaller copy of this layer, `TransposedConvSpec(in_size=(8, 8), kernel_size=7, " \
           "padding=3, in_channels=2)`" in r.text
    assert "**FAILS**" not in r.text and not [n for n in r.notes if "FAILED" in n]
    assert "| `transposed_conv_is_direct_conv` | theorem | holds |" in r.text


def test_spec_flags(capsys):
    from tconv_sym.cli._args import parse_padding, parse_size

    assert parse_size("28x28") == (28, 28) and parse_size("3×4") == (3, 4)
    assert parse_padding("1:0x0:2") == ((1, 0), (0, 2))
    with pytest.raises(ValueError, match="--padding must be same/valid/full"):
        parse_padding("1:x")
    assert main(["explain", "--in", "8xq", "--kernel", "3", "--out", "unused"]) == 2
    assert "--in must be one integer per spatial dim" in capsys.readouterr().err
    assert main(["explain", "--in", "8", "--kernel", "3x3", "--out", "unused"]) == 2
    assert "spatial dims do not match" in capsys.readouterr().err


def test_demo_writes_the_tour_folder(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    out = tmp_path / "tour"
    assert run_demo(["checkerboard", "tutorial"], out=out) == 0
    printed = capsys.readouterr().out
    assert "✗" not in printed and f"report folder: {out}" in printed
    names = sorted(p.name for p in out.iterdir())
    assert names == [MARKER, "checkerboard-free.png", "checkerboard.png",
                     "seed-derivation.tex", "tour.md"]
    tour = (out / "tour.md").read_text()
    assert "Transposed convolution of a 2×2 input" in tour
    assert "![checkerboard.png](checkerboard.png)" in tour
    assert _png_size(out / "checkerboard.png") == (560, 500)
    # the demo CLI takes --out, and refuses a folder tconv-sym did not write
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "a").write_text("a")
    assert main(["demo", "--section", "checkerboard", "--out", str(foreign)]) == 2
    assert sorted(p.name for p in foreign.iterdir()) == ["a"]


def test_demo_section_order():
    from tconv_sym.report.tour import SECTIONS

    names = list(SECTIONS)
    assert names[:2] == ["tutorial-2x2", "symbolic-1d"]
    assert names[-1] == "checkerboard-picture"
    order = [n for n in ("symbolic-1d", "prove-seed", "prove-myth", "tf-same", "interop-mnist",
                         "codegen-mnist", "checkerboard-picture") if n in SECTIONS]
    assert [names.index(n) for n in order] == sorted(names.index(n) for n in order)


def test_explain_argument_errors(tmp_path):
    spec = TransposedConvSpec(in_size=4, kernel_size=3, stride=2)
    for kw, err, match in [
        (dict(lang="rust"), ValueError, "lang must be one of 'c', 'numpy', got 'rust'"),
        (dict(dpi=0), ValueError, "dpi must be a positive integer, got 0"),
        (dict(size=0), ValueError, "size must be a positive integer, got 0"),
        (dict(prove_budget=-1), ValueError, "prove_budget must be a positive number"),
    ]:
        with pytest.raises(err, match=match):
            explain(spec, tmp_path / "x", **kw)
    with pytest.raises(TypeError, match="out must be a folder path, got 3"):
        explain(spec, 3)
    with pytest.raises(TypeError, match="spec must be a ConvSpec or TransposedConvSpec"):
        explain("layer", tmp_path / "x")
    assert not (tmp_path / "x").exists()  # nothing created on bad input


def test_html_rendering_of_inline_markup():
    from tconv_sym.report.explain import _Doc, _inline_html

    assert _inline_html("see [d.tex](d.tex), `a<b`, **bold**, $x_1$") == (
        'see <a href="d.tex">d.tex</a>, <code>a&lt;b</code>, <b>bold</b>, '
        '<math><msub><mi>x</mi><mn>1</mn></msub></math>')
    doc = _Doc()
    doc.h(2, "T")
    doc.ul(["one", "`two`"])
    doc.math(r"a < b")
    doc.table(["x", "y"], [[1, 2]])
    assert doc.markdown() == ("## T\n\n- one\n- `two`\n\n$$\na < b\n$$\n\n"
                              "| x | y |\n| --- | --- |\n| 1 | 2 |\n")
    page = doc.html("t")
    assert "<ul><li>one</li><li><code>two</code></li></ul>" in page
    assert '<div class="math"><math display="block"><mi>a</mi><mo>&lt;</mo><mi>b</mi></math>' \
           '</div>' in page
    assert "<table><thead><tr><th>x</th><th>y</th></tr></thead>" in page


# --------------------------------------------------------------------------------------
# Issue 33: one checkerboard verdict per report; progress while it works
# --------------------------------------------------------------------------------------
VERDICT_STARTS = ("**CHECKERBOARD", "**checkerboard-free", "**no checkerboard")


def _verdict_lines(md):
    return [line for line in md.splitlines() if line.startswith(VERDICT_STARTS)]


def test_one_checkerboard_verdict_and_the_identity_table_agrees(tf_same_report):
    _, out = tf_same_report
    md = (out / "report.md").read_text()
    assert len(_verdict_lines(md)) == 1
    try:
        from tconv_sym.prover import prove  # noqa: F401
    except ImportError:
        pytest.skip("needs the prover")
    # padding 'same' is not a parameter of the theorem: the table row is the section's proof
    # (for the interior), never "not checked" next to a section that says it holds
    row = next(line for line in md.splitlines()
               if line.startswith("| `checkerboard_free_iff_divisible`"))
    assert "| theorem | holds |" in row and "not checked" not in row
    assert "only move the borders (see Checkerboard)" in row
    assert "prover: checkerboard_free_iff_divisible holds for kernel (3, 3)" in md


def test_weights_and_structure_reconciled_in_one_sentence(tmp_path):
    pytest.importorskip("matplotlib")
    import numpy as np

    spec = TransposedConvSpec(in_size=(6, 6), kernel_size=3, stride=2)
    even = np.outer([1.0, 2.0, 1.0], [1.0, 2.0, 1.0]).reshape(1, 1, 3, 3)  # equal phase gains
    r = explain(spec, tmp_path / "even", prove=False, weights=even)
    (line,) = _verdict_lines(r.text)
    assert line.startswith("**no checkerboard with these weights, although the structure is "
                           "uneven (kernel size not divisible by stride (k=3 % s=2 = 1)")
    assert "The structure alone (any weights): CHECKERBOARD" in r.text
    uneven = np.arange(9.0).reshape(1, 1, 3, 3)
    r = explain(spec, tmp_path / "uneven", prove=False, weights=uneven)
    (line,) = _verdict_lines(r.text)
    assert line.startswith("**CHECKERBOARD, from the structure (kernel size not divisible")
    assert "and with these weights: a constant input gives a pattern of period 2×2" in line
    free = TransposedConvSpec(in_size=(6, 6), kernel_size=4, stride=2, padding=1)
    r = explain(free, tmp_path / "free", prove=False, weights=np.full((1, 1, 4, 4), 0.25))
    (line,) = _verdict_lines(r.text)
    assert line.startswith("**checkerboard-free, structure and weights")


def test_explain_reports_progress_to_a_callback(tmp_path, capsys):
    steps = []
    spec = TransposedConvSpec(in_size=2, kernel_size=2, stride=2)
    explain(spec, tmp_path / "r", progress=steps.append)
    labels = [s.label for s in steps]
    assert [s.done for s in steps] == list(range(1, len(steps) + 1))
    assert {s.total for s in steps} == {len(steps)}
    assert labels[:4] == ["sizes", "matrices", "sparsity picture", "checkerboard verdict"]
    try:
        from tconv_sym.prover import identities  # noqa: F401
    except ImportError:
        pass
    else:  # one step per identity, with its outcome
        from tconv_sym.report.explain import LAYER_IDENTITIES

        assert labels[4:4 + len(LAYER_IDENTITIES)] == [n for n, _ in LAYER_IDENTITIES]
        outcome = dict((s.label, s.outcome) for s in steps)
        assert outcome["transposed_conv_is_conv_of_upsampled"] == "holds"
        assert outcome["transposed_conv_is_inverse"] == "refuted"
    assert labels[-1] == "kernel plan and report"
    assert capsys.readouterr().err == ""  # not a terminal: no bar


def _run_on_a_terminal(args, cwd):
    """Run the CLI with standard error on a pseudo-terminal; (status, what it drew)."""
    import fcntl
    import os
    import pty
    import subprocess
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 100 columns
    proc = subprocess.Popen([sys.executable, "-m", "tconv_sym", *args], stderr=follower,
                            stdout=subprocess.DEVNULL, cwd=cwd)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    return proc.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def test_explain_draws_a_bar_on_a_terminal_unless_quiet(tmp_path):
    args = ["explain", "--in", "4", "--kernel", "3", "--stride", "2", "--no-prove"]
    status, drawn = _run_on_a_terminal([*args, "--out", str(tmp_path / "a")], tmp_path)
    assert status == 0 and "explain" in drawn and "7/7" in drawn, drawn
    status, drawn = _run_on_a_terminal([*args, "--out", str(tmp_path / "b"), "--quiet"],
                                       tmp_path)
    assert status == 0 and drawn == "", drawn
