"""Kernels for small devices: channels-last data, TFLite / TF weight layouts, int8 bit-exact
with TFLite, the caller's workspace, stack/static bytes against the compiler, another CPU."""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
import warnings
from fractions import Fraction

import numpy as np
import pytest

from conftest import require_tool
from tconv_sym import ConvSpec, TransposedConvSpec
from tconv_sym.codegen.api import generate
from tconv_sym.codegen.clang import WARNING_FLAGS
from tconv_sym.codegen.int8_gemm import FRAME_ALLOWANCE
from tconv_sym.codegen.layout import (
    from_pytorch,
    to_channels_first,
    to_channels_last,
    to_pytorch,
    weight_shape,
)
from tconv_sym.codegen.memory import frame_allowance, measure_memory
from tconv_sym.codegen.plan import make_plan
from tconv_sym.codegen.quant import (
    Quantization,
    int8_reference,
    multiply_by_quantized_multiplier,
    quantize_multiplier,
)

needs_cc = pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None,
                              reason="no C compiler")

SPECS = [
    TransposedConvSpec(in_size=(5, 4), kernel_size=3, stride=2, padding="same", in_channels=3,
                       out_channels=4),
    TransposedConvSpec(in_size=9, kernel_size=4, stride=3, padding=1, in_channels=4,
                       out_channels=6, groups=2),
    TransposedConvSpec(in_size=(3, 4, 3), kernel_size=2, stride=(2, 1, 2), in_channels=2,
                       out_channels=3),
    ConvSpec(in_size=(7, 6), kernel_size=3, stride=2, padding=1, in_channels=4,
             out_channels=2, groups=2),
]


def _quant(rng, channels):
    return Quantization(input_scale=rng.uniform(0.005, 0.05), input_zero_point=int(
        rng.integers(-20, 20)), weight_scales=rng.uniform(0.001, 0.02, channels).tolist(),
        output_scale=rng.uniform(0.02, 0.2), output_zero_point=int(rng.integers(-10, 10)))


# --------------------------------------------------------------------------------------
# Layouts
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("spec", SPECS[:3], ids=["2d", "1d-groups", "3d"])
@needs_cc
def test_nhwc_float_kernels_equal_the_nchw_ones_after_transposes(spec, tmp_path):
    rng = np.random.default_rng(0)
    for derivative in (None, "input", "weight"):
        nchw = generate(spec, lang="c", dtype="float64", derivative=derivative,
                        out_dir=tmp_path, name="a")
        nhwc = generate(spec, lang="c", dtype="float64", derivative=derivative,
                        layout="nhwc", out_dir=tmp_path, name="b")
        assert nhwc.plan.schedule == "blocks" and nhwc.plan.weight_layout == "tflite"
        first = [rng.integers(-3, 4, (2, *a.shape)).astype(np.float64) for a in nchw.plan.args
                 if a.batched]
        w = rng.integers(-3, 4, spec.weight_shape).astype(np.float64)
        if derivative == "weight":
            want = nchw.load()(*first)
            got = nhwc.load()(*[to_channels_last(a) for a in first])
            got = to_pytorch(got, spec, "tflite")
        else:
            want = nchw.load()(first[0], w)
            got = to_channels_first(nhwc.load()(to_channels_last(first[0]),
                                                from_pytorch(w, spec, "tflite")))
        np.testing.assert_array_equal(got, want)  # small integers: exact in float64


@pytest.mark.parametrize("spec", [SPECS[1], SPECS[3]], ids=["1d-groups", "conv2d-groups"])
def test_numpy_kernels_in_other_layouts_equal_the_nchw_ones(spec, tmp_path):
    rng = np.random.default_rng(8)
    for derivative in (None, "input", "weight"):
        base = generate(spec, derivative=derivative, out_dir=tmp_path, name="a").load()
        other = generate(spec, derivative=derivative, layout="nhwc", weight_layout="tf",
                         out_dir=tmp_path, name="b").load()
        first = rng.standard_normal((2, *(spec.out_shape if derivative == "input"
                                          else spec.in_shape)))
        if derivative == "weight":
            gy = rng.standard_normal((2, *spec.out_shape))
            got = to_pytorch(other(to_channels_last(first), to_channels_last(gy)), spec, "tf")
            np.testing.assert_allclose(got, base(first, gy), rtol=1e-13, atol=1e-13)
        else:
            w = rng.standard_normal(spec.weight_shape)
            got = to_channels_first(other(to_channels_last(first), from_pytorch(w, spec, "tf")))
            np.testing.assert_allclose(got, base(first, w), rtol=1e-13, atol=1e-13)


@needs_cc
def test_tf_and_pytorch_weight_layouts_with_nhwc_and_nchw(tmp_path):
    spec = SPECS[0]
    for layout, wl in (("nhwc", "tf"), ("nchw", "tflite"), ("nhwc", "pytorch")):
        art = generate(spec, lang="c", dtype="float32", layout=layout, weight_layout=wl,
                       out_dir=tmp_path, name=f"k_{layout}_{wl}")
        assert art.plan.args[1].shape == weight_shape(spec, wl)
        assert art.verify() < 1e-5


def test_weight_layout_shapes_and_round_trips():
    spec = TransposedConvSpec(in_size=(4, 4), kernel_size=(2, 3), in_channels=4,
                              out_channels=6, groups=2)
    assert weight_shape(spec, "tflite") == (6, 2, 3, 2)  # (C_out, kh, kw, C_in/g)
    assert weight_shape(spec, "tf") == (2, 3, 6, 2)
    w = np.arange(np.prod(spec.weight_shape)).reshape(spec.weight_shape)
    t = from_pytorch(w, spec, "tflite")
    # TFLite's OHWI entry (group 1, out 2, tap (1, 2), in 1) is PyTorch's (in 2+1, out 2, tap)
    assert t[3 + 2, 1, 2, 1] == w[2 + 1, 2, 1, 2]
    for wl in ("pytorch", "tflite", "tf"):
        np.testing.assert_array_equal(to_pytorch(from_pytorch(w, spec, wl), spec, wl), w)
    with pytest.raises(ValueError, match=r"'tflite' layout must have shape \(6, 2, 3, 2\)"):
        to_pytorch(w, spec, "tflite")


# --------------------------------------------------------------------------------------
# int8: TFLite's arithmetic, the integer oracle
# --------------------------------------------------------------------------------------
def test_quantize_multiplier_is_the_nearest_q31_fixed_point():
    rng = np.random.default_rng(1)
    for real in np.concatenate([rng.uniform(1e-6, 4, 200), [0.5, 1.0, 2.0**-20]]):
        m, shift = quantize_multiplier(float(real))
        assert 2**30 <= m < 2**31
        assert abs(m * 2.0**shift / 2**31 - real) <= 2.0**shift / 2**32  # half a unit


def _round_half_away(f: Fraction) -> int:
    return int(math.copysign(math.floor(abs(f) + Fraction(1, 2)), f))


def test_multiply_by_quantized_multiplier_is_tflites_two_roundings():
    """TFLite (default, not TFLITE_SINGLE_ROUNDING): floor(x * M / 2^31 + 1/2), i.e. ties
    upward (SaturatingRoundingDoublingHighMul's nudge), then round(. / 2^right) with ties
    away from zero (RoundingDivideByPOT) — computed here with exact fractions."""
    rng = np.random.default_rng(7)
    x = np.concatenate([np.arange(-300, 301), rng.integers(-2**24, 2**24, 300)])
    for m, shift in ((2**30, -3), (1431655765, -2), (1610612736, 1), (2**31 - 1, -11)):
        got = multiply_by_quantized_multiplier(x, m, shift)
        left, right = max(shift, 0), max(-shift, 0)
        want = [_round_half_away(Fraction(math.floor(Fraction(int(v) * 2**left * m, 2**31)
                                                     + Fraction(1, 2)), 2**right))
                for v in x]
        np.testing.assert_array_equal(got, want)
    # a false variant is refuted: one rounding of x * 2^-4 differs (x = 7: 0.4375 -> 0, but
    # TFLite rounds 7 / 2 = 3.5 -> 4 first, then 4 / 8 = 0.5 -> 1)
    assert multiply_by_quantized_multiplier([7], 2**30, -3).tolist() == [1]
    assert _round_half_away(Fraction(7, 16)) == 0


@pytest.mark.parametrize("spec", SPECS, ids=["tconv2d", "tconv1d-groups", "tconv3d", "conv2d"])
@needs_cc
def test_int8_kernels_match_the_integer_oracle(spec, tmp_path):
    rng = np.random.default_rng(2)
    w = rng.integers(-127, 128, spec.weight_shape)
    b = rng.integers(-3000, 3000, spec.out_channels)
    q = _quant(rng, spec.out_channels)
    x = rng.integers(-128, 128, (3, *spec.in_shape)).astype(np.int8)
    want, acc = int8_reference(spec, x, w, b, q)
    assert len(np.unique(want)) > 20  # a real spread of outputs, not a clamped constant
    for layout in ("nchw", "nhwc"):
        weights = w if layout == "nchw" else from_pytorch(w, spec, "tflite")
        art = generate(spec, lang="c", dtype="int8", layout=layout, weights=weights, bias=b,
                       quant=q, out_dir=tmp_path, name=f"q_{layout}")
        if art.plan.lowering.gemm is None:  # tap-block loops: an int32 per output
            assert art.plan.memory.workspace_bytes == 4 * acc[0].size
        else:  # NHWC 2-D phase GEMMs: the haloed input, bytes
            g = art.plan.lowering.gemm
            assert art.plan.memory.workspace_bytes == -(-g.rows * g.cols * g.cpt // 64) * 64
            if isinstance(spec, TransposedConvSpec):  # a strided conv's output is smaller
                assert g.rows * g.cols * g.cpt < 4 * acc[0].size  # cpt: cp for each group
        xin = x if layout == "nchw" else to_channels_last(x)
        got = art.load()(xin)
        got = got if layout == "nchw" else to_channels_first(got)
        np.testing.assert_array_equal(got, want)  # bit-exact; NHWC == NCHW after transposes
    # a false variant is refuted: a 1 % different output scale changes some outputs
    shifted = Quantization(**{**q.to_dict(), "output_scale": q.output_scale * 1.01})
    assert np.any(int8_reference(spec, x, w, b, shifted)[0] != want)


def _keras_int8_layer(rng, hw, cin, cout, k, s, padding):
    """A Keras Conv2DTranspose converted to an int8 TFLite model with a representative
    dataset; its TRANSPOSE_CONV tensors and the reference interpreter."""
    tf = pytest.importorskip("tensorflow")
    keras = pytest.importorskip("keras")
    inp = keras.Input((hw, hw, cin), batch_size=1)
    layer = keras.layers.Conv2DTranspose(cout, k, strides=s, padding=padding)
    model = keras.Model(inp, layer(inp))
    kern, bias = layer.get_weights()
    per_channel = rng.uniform(0.2, 2, size=(1, 1, cout, 1)).astype(np.float32)
    layer.set_weights([rng.standard_normal(kern.shape).astype(np.float32) * per_channel,
                       rng.standard_normal(bias.shape).astype(np.float32)])

    def representative():
        for _ in range(12):
            yield [rng.uniform(-1, 2, (1, hw, hw, cin)).astype(np.float32)]

    conv = tf.lite.TFLiteConverter.from_keras_model(model)
    conv.optimizations = [tf.lite.Optimize.DEFAULT]
    conv.representative_dataset = representative
    conv.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    conv.inference_input_type = tf.int8
    conv.inference_output_type = tf.int8
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        blob = conv.convert()
        interp = tf.lite.Interpreter(
            model_content=blob,
            experimental_op_resolver_type=tf.lite.experimental.OpResolverType.BUILTIN_REF)
    interp.allocate_tensors()
    (op,) = interp._get_ops_details()
    assert op["op_name"] == "TRANSPOSE_CONV"
    return interp, op, kern.shape


TFLITE_LAYERS = [  # (size, C_in, C_out, kernel, stride, padding)
    (5, 3, 4, 3, 2, "same"),
    (4, 1, 1, 2, 1, "valid"),
    (3, 16, 8, 3, 3, "same"),
    (6, 5, 16, 4, 2, "valid"),
    (4, 8, 3, 5, 1, "same"),
]


@needs_cc
def test_int8_kernels_are_bit_exact_with_tflite_reference_kernels(tmp_path):
    from tconv_sym.interop import resolve_keras

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    rng = np.random.default_rng(3)
    for i, (hw, cin, cout, k, s, padding) in enumerate(TFLITE_LAYERS):
        interp, op, kshape = _keras_int8_layer(rng, hw, cin, cout, k, s, padding)
        det = {d["index"]: d for d in interp.get_tensor_details()}
        xi, wi, yi = op["inputs"][2], op["inputs"][1], op["outputs"][0]
        bi = op["inputs"][3] if len(op["inputs"]) > 3 else -1
        xq = det[xi]["quantization_parameters"]
        yq = det[yi]["quantization_parameters"]
        wq = det[wi]["quantization_parameters"]
        assert len(wq["scales"]) == cout  # per-channel weight scales
        q = Quantization(input_scale=xq["scales"][0], input_zero_point=int(xq["zero_points"][0]),
                         weight_scales=wq["scales"].tolist(), output_scale=yq["scales"][0],
                         output_zero_point=int(yq["zero_points"][0]))
        spec = resolve_keras((1, hw, hw, cin), kshape, strides=s, padding=padding).spec
        art = generate(spec, lang="c", dtype="int8", layout="nhwc",
                       weights=interp.get_tensor(wi),  # TFLite's OHWI, as stored
                       bias=interp.get_tensor(bi) if bi >= 0 else None, quant=q,
                       out_dir=tmp_path, name=f"tfl{i}")
        fn = art.load()
        for trial in range(3):
            x = rng.integers(-128, 128, (1, hw, hw, cin)).astype(np.int8)
            interp.set_tensor(xi, x)
            interp.invoke()
            want = interp.get_tensor(yi)
            got = fn(x)
            np.testing.assert_array_equal(got, want, err_msg=f"{spec!r} trial {trial}")
            assert len(np.unique(want)) > 3


# --------------------------------------------------------------------------------------
# Memory: the plan's numbers against the compiler
# --------------------------------------------------------------------------------------
def _decoder_i8(tmp_path, **kw):
    rng = np.random.default_rng(4)
    spec = TransposedConvSpec(in_size=(7, 7), kernel_size=3, stride=2, padding="same",
                              in_channels=16, out_channels=8)
    return generate(spec, lang="c", dtype="int8", layout="nhwc",
                    weights=rng.integers(-127, 128, weight_shape(spec, "tflite")),
                    bias=rng.integers(-999, 999, 8), quant=_quant(rng, 8), out_dir=tmp_path,
                    name="decoder_i8", **kw)


MNIST = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding="same", in_channels=32)


def _stack_and_static(cc, flags, art, tmp_path):
    obj = tmp_path / f"{art.name}.o"
    subprocess.run([cc, "-std=c99", *flags, "-fstack-usage", "-c", str(art.paths[0]), "-o",
                    str(obj)], check=True, cwd=tmp_path)
    usage = obj.with_suffix(".su").read_text()
    frames = {line.split("\t")[0].rsplit(":", 1)[-1]: int(line.split("\t")[1])
              for line in usage.splitlines()}
    nm = subprocess.run([cc.replace("gcc", "nm") if cc.endswith("-gcc") else "nm", "-S",
                         str(obj)], capture_output=True, text=True, check=True).stdout
    static = sum(int(f[1], 16) for f in (line.split() for line in nm.splitlines())
                 if len(f) == 4 and f[2] in "rRdDbB")
    return frames, static


@needs_cc
def test_plan_memory_matches_fstack_usage_and_the_symbol_table(tmp_path, monkeypatch):
    _register_tiled_kernels(monkeypatch)
    arts = [
        _decoder_i8(tmp_path),
        generate(MNIST, lang="c", dtype="float32", layout="nhwc", out_dir=tmp_path,
                 name="mnist_nhwc"),
        generate(MNIST, lang="c", dtype="float64", out_dir=tmp_path, name="mnist_panel"),
        generate(TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
                                    in_channels=128, out_channels=64), lang="c",
                 dtype="float64", out_dir=tmp_path, name="dcgan_channels"),
    ]
    assert [a.plan.schedule for a in arts] == ["blocks", "blocks", "panel", "channels"]
    for art in arts:
        frames, static = _stack_and_static("gcc", ["-O3", "-march=native"], art, tmp_path)
        mem = art.plan.memory
        allowance = frame_allowance(art.plan.schedule) \
            if getattr(art.plan.lowering, "gemm", None) is None \
            else FRAME_ALLOWANCE
        arrays = mem.stack_bytes - allowance  # declared arrays (small ones may be registers)
        for level in ("-O2", "-Os"):  # the levels the allowances hold for
            got = measure_memory(art.paths[0], art.name, "gcc", [level]).stack_bytes
            assert got <= mem.stack_bytes, (art.name, level, got)
            if not getattr(art.plan.lowering, "ws_elems", 0):  # else: buffers in workspace
                assert 0.9 * arrays - allowance <= got, (art.name, level, got)
        if getattr(art.plan.lowering, "gemm", None) is not None:  # -O3: tables in unnamed rodata
            _, static = _stack_and_static("gcc", ["-O2"], art, tmp_path)
            assert static == mem.static_bytes, (art.name, static, mem)
        elif art.plan.schedule == "blocks":
            assert static == mem.static_bytes, (art.name, static, mem)
        else:  # gcc may fold a constant table into the code, never add one
            assert 0.9 * mem.static_bytes <= static <= mem.static_bytes, (art.name, static)
    # the panel's 196 KiB channels-last copy is in the caller's workspace, not on the stack
    assert arts[2].plan.memory.workspace_bytes > 200_000 > arts[2].plan.memory.stack_bytes


def _register_tiled_kernels(monkeypatch):
    """Render the register-tiled schedules these tests measure, not the GEMM forms that
    replace them for float NCHW kernels (issue 17; their memory is a heap workspace), nor the
    direct form of depthwise kernels."""
    from tconv_sym.codegen import depthwise, gemm, gemm_scatter

    monkeypatch.setattr(gemm, "MAX_WASTE", 0.0)
    monkeypatch.setattr(gemm_scatter, "MAX_WASTE", 0.0)
    monkeypatch.setattr(depthwise, "MAX_IN_PER_GROUP", 0)


def test_max_stack_picks_tap_blocks_or_refuses(monkeypatch):
    big = make_plan(MNIST, lang="c", name="k")  # a GEMM form: scratch in a workspace
    assert big.schedule == "gemm-scatter" and big.memory.stack_bytes <= 4096
    assert big.memory.workspace_bytes > 200_000
    with monkeypatch.context() as m:
        _register_tiled_kernels(m)
        tiled = make_plan(MNIST, lang="c", name="k")
    # the register tiles: their channels-last copy and packed weights in the workspace
    assert tiled.schedule == "panel" and tiled.memory.stack_bytes <= 4096
    assert tiled.memory.workspace_bytes > 200_000
    small = make_plan(MNIST, lang="c", name="k", max_stack=4096)
    assert small.schedule == "blocks" and small.memory.stack_bytes <= 4096
    assert "max_stack=4,096" in small.reason and "memory         stack <= 368 B" in str(small)
    with pytest.raises(ValueError, match="max_stack=100 bytes is too small"):
        make_plan(MNIST, lang="c", name="k", max_stack=100)
    with pytest.raises(ValueError, match="max_stack must be a positive number"):
        make_plan(MNIST, lang="c", name="k", max_stack=-1)


@needs_cc
def test_kernels_compile_warning_free_with_strict_flags(tmp_path, monkeypatch):
    _register_tiled_kernels(monkeypatch)  # the GEMM forms: tests/test_codegen_gemm.py
    arts = [
        _decoder_i8(tmp_path),
        generate(SPECS[1], lang="c", dtype="float32", layout="nhwc", derivative="weight",
                 out_dir=tmp_path, name="dw_nhwc"),
        generate(MNIST, lang="c", dtype="float32", out_dir=tmp_path, name="panel"),
        generate(SPECS[0], lang="c", strategy="unrolled", out_dir=tmp_path, name="unrolled"),
        generate(SPECS[0], lang="c", derivative="weight", strategy="polyphase",
                 out_dir=tmp_path, name="boxes"),
    ]
    for art in arts:
        assert f'#include "{art.name}.h"' in art.source
        # fixed-width index types; only the batch count of the float kernels stays `long`
        # (n and its counter b: the ABI of tconv_sym's Python call helper)
        assert not re.search(r"\blong\b(?! [nb]\b)", art.source)
        proc = subprocess.run(["gcc", *WARNING_FLAGS, "-O2", "-c", str(art.paths[0]), "-o",
                               str(tmp_path / "k.o")], capture_output=True, text=True)
        assert proc.returncode == 0 and not proc.stderr, proc.stderr


# --------------------------------------------------------------------------------------
# Another CPU: the test harness cross-compiled and run under qemu
# --------------------------------------------------------------------------------------
def test_harness_runs_on_aarch64_under_qemu(tmp_path):
    cross = require_tool("aarch64-linux-gnu-gcc")
    qemu = require_tool("qemu-aarch64")
    arts = [
        _decoder_i8(tmp_path, test_harness=True),
        generate(SPECS[0], lang="c", dtype="float32", layout="nhwc", out_dir=tmp_path,
                 name="f32_nhwc", test_harness=True),
        generate(MNIST, lang="c", dtype="float32", out_dir=tmp_path, name="mnist_f32",
                 test_harness=True),
        # the phase GEMMs with packed input panels (NEON through GCC's vector extensions)
        generate(TransposedConvSpec(in_size=(6, 5), kernel_size=4, stride=2, padding=1,
                                    in_channels=64, out_channels=40), lang="c",
                 dtype="float32", out_dir=tmp_path, name="gemm_f32", test_harness=True),
        # the direct form of a depthwise layer
        generate(TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
                                    in_channels=21, out_channels=21, groups=21), lang="c",
                 dtype="float64", out_dir=tmp_path, name="dw_f64", test_harness=True),
    ]
    assert [a.plan.schedule for a in arts[2:]] == ["gemm-scatter", "gemm", "depthwise"]
    for art in arts:
        exe = tmp_path / f"{art.name}.arm64"
        sources = [str(p) for p in art.paths if p.suffix == ".c"]
        subprocess.run([cross, "-std=c99", "-O2", "-static", "-o", str(exe), *sources, "-lm"],
                       check=True, capture_output=True, text=True)
        run = subprocess.run([qemu, str(exe)], capture_output=True, text=True, timeout=120)
        assert run.returncode == 0 and run.stdout.startswith(f"{art.name}: ok"), run.stdout
    # the harness can fail: a wrong expected value makes it exit 1
    art = arts[0]
    test_c = next(p for p in art.paths if p.name.endswith("_test.c"))
    text = test_c.read_text()
    broken = re.sub(r"(static const int8_t expected\[\d+\] = \{\n    )(-?\d+)",
                    lambda m: m.group(1) + str((int(m.group(2)) + 1 + 128) % 256 - 128), text)
    assert broken != text
    bad = tmp_path / "broken_test.c"
    bad.write_text(broken)
    exe = tmp_path / "broken.arm64"
    subprocess.run([cross, "-std=c99", "-O2", "-static", "-o", str(exe), str(art.paths[0]),
                    str(bad)], check=True, cwd=tmp_path)
    run = subprocess.run([qemu, str(exe)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "FAIL at 0" in run.stdout


def test_cortex_m4_build_and_size(tmp_path):
    cc = require_tool("arm-none-eabi-gcc")
    size = require_tool("arm-none-eabi-size")
    for art in (_decoder_i8(tmp_path, max_stack=4096),
                generate(MNIST, lang="c", dtype="float32", max_stack=4096, out_dir=tmp_path,
                         name="mnist_m4")):
        frames, static = _stack_and_static(cc, ["-Os", "-mcpu=cortex-m4", "-mthumb"], art,
                                           tmp_path)
        assert frames[art.name] <= art.plan.memory.stack_bytes <= 4096
        assert static == art.plan.memory.static_bytes
        out = subprocess.run([size, str(tmp_path / f"{art.name}.o")], capture_output=True,
                             text=True, check=True).stdout.splitlines()[1].split()
        assert int(out[0]) > 0  # text (code + constant tables) bytes


# --------------------------------------------------------------------------------------
# Options refused clearly; the CLI
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("kwargs, words", [
    (dict(dtype="int8", lang="c"), "needs weights="),
    (dict(dtype="int8", lang="c", weights=np.ones((1, 1, 3))), "needs quant="),
    (dict(dtype="int8", weights=np.ones((1, 1, 3))), "int8' kernels are C"),
    (dict(dtype="int8", lang="c", derivative="input", weights=np.ones((1, 1, 3))),
     "forward operator"),
    (dict(lang="c", layout="nhwc", strategy="unrolled"), "strategy='unrolled' writes NCHW"),
    (dict(lang="c", bias=[1]), "apply to dtype='int8'"),
    (dict(lang="c", layout="nhwc", weight_layout="keras"), "weight_layout must be one of"),
    (dict(lang="c", dtype="int8", weights=np.full((1, 1, 3), 300), quant=dict(
        input_scale=1, input_zero_point=0, weight_scales=[1], output_scale=1,
        output_zero_point=0)), r"int8 weights must be in \[-128, 127\]"),
])
def test_bad_small_device_options(kwargs, words):
    with pytest.raises((ValueError, TypeError), match=words):
        make_plan(TransposedConvSpec(in_size=4, kernel_size=3), name="k", **kwargs)


def test_quantization_validates_and_reads_json(tmp_path):
    with pytest.raises(ValueError, match="input_zero_point must be in"):
        Quantization(input_scale=1, input_zero_point=300, weight_scales=[1], output_scale=1,
                     output_zero_point=0)
    with pytest.raises(ValueError, match="output_scale must be a finite positive"):
        Quantization(input_scale=1, input_zero_point=0, weight_scales=[1], output_scale=0,
                     output_zero_point=0)
    q = _quant(np.random.default_rng(5), 3)
    path = tmp_path / "q.json"
    path.write_text(json.dumps(q.to_dict()))
    assert Quantization.from_json(path) == q
    with pytest.raises(ValueError, match="weight_scales must have 1 or 4 entries"):
        q.per_channel(4)


@needs_cc
def test_cli_writes_an_int8_kernel_with_its_harness(tmp_path):
    from tconv_sym.cli import main

    rng = np.random.default_rng(6)
    np.save(tmp_path / "w.npy", rng.integers(-127, 128, (8, 3, 3, 16)).astype(np.int8))
    np.save(tmp_path / "b.npy", rng.integers(-500, 500, 8).astype(np.int32))
    (tmp_path / "quant.json").write_text(json.dumps(_quant(rng, 8).to_dict()))
    out = tmp_path / "out"
    code = main(["gen", "--in", "7x7", "--kernel", "3", "--stride", "2", "--padding", "same",
                 "--in-channels", "16", "--out-channels", "8", "--lang", "c", "--layout",
                 "nhwc", "--dtype", "int8", "--quant", str(tmp_path / "quant.json"),
                 "--weights", str(tmp_path / "w.npy"), "--bias", str(tmp_path / "b.npy"),
                 "--max-stack", "4096", "--test-harness", "--name", "dec", "--out", str(out),
                 "--verify", "--cflags=-O1"])
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == ["dec.c", "dec.h", "dec_test.c"]
    header = (out / "dec.h").read_text()
    # the haloed input of the phase GEMMs (8 x 8 x 16 bytes), not 14 x 14 x 8 int32s (6272)
    assert "#define DEC_WORKSPACE_BYTES 1024u" in header
    exe = tmp_path / "dec_test"
    subprocess.run(["gcc", "-std=c99", "-O2", "-o", str(exe), str(out / "dec.c"),
                    str(out / "dec_test.c")], check=True)
    run = subprocess.run([str(exe)], capture_output=True, text=True)
    assert run.returncode == 0 and "dec: ok, 1568 values match" in run.stdout
