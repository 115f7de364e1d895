"""``max_workspace`` (``--max-workspace``): the int8 accumulators tiled in output row bands
(tconv_sym.codegen.memory.fit_workspace, the banded loops of c_blocks.c.j2) — a smaller
workspace, the same bits as the untiled kernel and as the integer oracle; the phase GEMMs give
way when their haloed input does not fit; a refusal names the option, the value and the
minimum."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from tconv_sym import ConvSpec, TransposedConvSpec
from tconv_sym.codegen.api import generate
from tconv_sym.codegen.layout import to_channels_first, to_channels_last, weight_shape
from tconv_sym.codegen.plan import make_plan
from tconv_sym.codegen.quant import Quantization, int8_reference

needs_cc = pytest.mark.skipif(shutil.which("gcc") is None, reason="no C compiler")

CASES = [  # (spec, layout, max_workspace)
    (TransposedConvSpec(in_size=(5, 6), kernel_size=4, stride=2, padding="same",
                        in_channels=3, out_channels=5), "nchw", 700),
    (TransposedConvSpec(in_size=(6, 5), kernel_size=3, stride=3, in_channels=4,
                        out_channels=6, groups=2), "nchw", 1000),  # NHWC: grouped GEMMs, 240 B
    (TransposedConvSpec(in_size=(7, 3), kernel_size=(3, 5), stride=(2, 3), padding=(1, 2),
                        output_padding=(1, 1), in_channels=3, out_channels=4), "nchw", 400),
    (ConvSpec(in_size=(9, 8), kernel_size=3, stride=2, padding=1, in_channels=5,
              out_channels=3), "nchw", 100),
    (TransposedConvSpec(in_size=11, kernel_size=5, stride=2, in_channels=2,
                        out_channels=3), "nchw", 60),
    (TransposedConvSpec(in_size=(3, 4, 3), kernel_size=2, stride=2, in_channels=2,
                        out_channels=3), "nhwc", 1200),
]


def _int8(spec, layout, seed=0):
    rng = np.random.default_rng(seed)
    c = spec.out_channels
    q = Quantization(input_scale=0.02, input_zero_point=int(rng.integers(-30, 30)),
                     weight_scales=rng.uniform(0.001, 0.02, c).tolist(), output_scale=0.05,
                     output_zero_point=int(rng.integers(-10, 10)))
    wl = "tflite" if layout == "nhwc" else "pytorch"
    w = rng.integers(-128, 128, weight_shape(spec, wl)).astype(np.int8)
    return dict(lang="c", dtype="int8", layout=layout, weights=w, quant=q,
                bias=rng.integers(-3000, 3000, c))


def _oracle(plan, x):
    cf = plan.layout == "nhwc"
    want, _ = int8_reference(plan.spec, to_channels_first(x) if cf else x, plan.weights,
                             plan.bias, plan.quant)
    return to_channels_last(want) if cf else want


@needs_cc
@pytest.mark.parametrize("index", range(len(CASES)))
def test_row_bands_are_bit_exact_with_the_untiled_kernel_and_the_oracle(index, tmp_path):
    spec, layout, limit = CASES[index]
    kw = _int8(spec, layout, seed=index)
    full = generate(spec, name=f"full{index}", out_dir=tmp_path, **kw)
    tiled = generate(spec, name=f"band{index}", out_dir=tmp_path, max_workspace=limit, **kw)
    low = tiled.plan.lowering
    assert 1 <= low.band < low.rows, low  # really tiled: more than one band
    assert tiled.plan.memory.workspace_bytes <= limit < full.plan.memory.workspace_bytes
    assert tiled.plan.memory.workspace_bytes == 4 * low.acc_size
    assert "row band" in tiled.source and "row band" not in full.source
    x = np.random.default_rng(index).integers(-128, 128, (3, *tiled.plan.args[0].shape))
    x = x.astype(np.int8)
    got, ref = tiled.load()(x), full.load()(x)
    assert np.array_equal(got, ref)
    assert np.array_equal(got, _oracle(tiled.plan, x))
    # the comparison can fail: a different bias (one channel) shows in the oracle
    off = tiled.plan.bias.copy()
    off[0] += 4000
    wrong, _ = int8_reference(spec, to_channels_first(x) if layout == "nhwc" else x,
                              tiled.plan.weights, off, tiled.plan.quant)
    wrong = to_channels_last(wrong) if layout == "nhwc" else wrong
    assert not np.array_equal(got, wrong)


def test_every_band_height_covers_each_output_row_once(tmp_path):
    """Band heights from one row to all but one row (the last band shorter or not) give
    the same bits; the workspace is the band's accumulators."""
    spec, layout, _ = CASES[0]
    kw = _int8(spec, layout, seed=7)
    if shutil.which("gcc") is None:
        pytest.skip("no C compiler")
    rows = make_plan(spec, **kw, name="p").lowering.rows
    assert rows == 10
    per_row = 4 * 12 * 5  # a row of 12 outputs x 5 channels, int32
    x = np.random.default_rng(1).integers(-128, 128, (2, 3, 5, 6)).astype(np.int8)
    want = _oracle(make_plan(spec, **kw, name="p"), x)
    for band in (1, 3, 4, rows - 1):
        art = generate(spec, name=f"h{band}", out_dir=tmp_path,
                       max_workspace=band * per_row, **kw)
        assert art.plan.lowering.band == band
        assert art.plan.memory.workspace_bytes == band * per_row
        assert np.array_equal(art.load()(x), want), band


def test_phase_gemms_give_way_to_banded_loops():
    spec = TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding="same",
                              in_channels=16, out_channels=16)
    kw = _int8(spec, "nhwc")
    gemm = make_plan(spec, **kw, name="k")
    assert gemm.lowering.gemm is not None
    assert gemm.memory.workspace_bytes == 10 * 10 * 16  # the haloed input, bytes
    fits = make_plan(spec, **kw, name="k", max_workspace=1600)
    assert fits.lowering.gemm is not None  # within the limit: unchanged
    small = make_plan(spec, **kw, name="k", max_workspace=1500)
    assert small.lowering.gemm is None
    assert small.lowering.band == 1500 // (16 * 16 * 4) == 1
    assert small.memory.workspace_bytes == 16 * 16 * 4
    assert any("haloed input needs 1,600 B > max_workspace=1,500" in n
               for n in small.reason.notes), small.reason.notes


def test_float_gemm_forms_are_not_chosen_above_the_limit():
    spec = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
    p = make_plan(spec, lang="c", dtype="float32", name="k")
    assert p.schedule == "gemm-scatter" and p.memory.workspace_bytes > 4096
    q = make_plan(spec, lang="c", dtype="float32", name="k", max_workspace=4096)
    assert q.memory.workspace_bytes <= 4096 and q.schedule != "gemm-scatter"


def test_refusal_names_the_option_the_value_and_the_minimum():
    spec, layout, _ = CASES[0]  # 10 x 12 outputs, 5 channels: a row is 240 B of int32
    kw = _int8(spec, layout)
    with pytest.raises(ValueError, match=r"max_workspace=239 bytes \(--max-workspace\) is "
                       r"too small for k: its int8 accumulators need at least 240 B \(one "
                       r"output row: 12 positions x 5 channels x int32\)"):
        make_plan(spec, **kw, name="k", max_workspace=239)
    assert make_plan(spec, **kw, name="k", max_workspace=240).memory.workspace_bytes == 240
    for bad in (-1, 1.5, True, "4k"):
        with pytest.raises(ValueError, match="max_workspace .--max-workspace. must be"):
            make_plan(spec, **kw, name="k", max_workspace=bad)


def test_cli_flag(tmp_path, capsys):
    import json

    from tconv_sym.cli import main

    spec, layout, _ = CASES[0]
    kw = _int8(spec, layout)
    np.save(tmp_path / "w.npy", kw["weights"])
    q = kw["quant"]
    (tmp_path / "q.json").write_text(json.dumps(dict(
        input_scale=q.input_scale, input_zero_point=q.input_zero_point,
        weight_scales=list(q.weight_scales), output_scale=q.output_scale,
        output_zero_point=q.output_zero_point)))
    args = ["gen", "--in", "5x6", "--kernel", "4", "--stride", "2", "--padding", "same",
            "--in-channels", "3", "--out-channels", "5", "--lang", "c", "--dtype", "int8",
            "--quant", str(tmp_path / "q.json"), "--weights", str(tmp_path / "w.npy"),
            "--name", "cli_band", "--out", str(tmp_path)]
    assert main([*args, "--max-workspace", "480"]) == 0
    header = (tmp_path / "cli_band.h").read_text()
    assert "#define CLI_BAND_WORKSPACE_BYTES 480u" in header
    capsys.readouterr()
    assert main([*args, "--max-workspace", "100", "--force"]) != 0
    text = capsys.readouterr().err
    assert "--max-workspace" in text and "100" in text and "240 B" in text


@needs_cc
def test_banded_harness_is_clean_under_asan_and_ubsan(tmp_path):
    """No accumulator index outside the band's workspace (ASan bounds the harness's static
    workspace of exactly WORKSPACE_BYTES), no signed overflow: the harness exits 0."""
    import subprocess

    spec, layout, limit = CASES[1]  # groups, channels-last
    art = generate(spec, name="san_band", out_dir=tmp_path, max_workspace=limit,
                   test_harness=True, **_int8(spec, layout, seed=5))
    assert art.plan.lowering.band < art.plan.lowering.rows
    exe = tmp_path / "san_band"
    build = subprocess.run(["gcc", "-std=c99", "-O1", "-g", "-fsanitize=address,undefined",
                            "-fno-sanitize-recover=all", "-o", str(exe),
                            *[str(p) for p in art.paths if p.suffix == ".c"]],
                           capture_output=True, text=True)
    if build.returncode and "sanitize" in build.stderr:
        pytest.skip(f"no sanitizer runtime: {build.stderr[-200:]}")
    assert build.returncode == 0, build.stderr
    run = subprocess.run([str(exe)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.startswith("san_band: ok"), run.stdout + run.stderr
