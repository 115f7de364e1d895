"""TFLite models in: a Keras model converted to full-int8 (and float) TFLite in the test, read
back from the flatbuffer, each layer's int8 kernel generated and compared bit for bit with
TFLite's BUILTIN_REF kernels running that layer inside its own model; the harness under
qemu-aarch64; the CLI; hostile files."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import numpy as np
import pytest

from conftest import require_tool

pytest.importorskip("tflite")
tf = pytest.importorskip("tensorflow")
keras = pytest.importorskip("keras")

import tconv_sym as ts  # noqa: E402
from tconv_sym.codegen.quant import Quantization  # noqa: E402
from tconv_sym.interop.models.tflite_check import (  # noqa: E402
    check_tflite_layer,
    compare_int8,
    int8_kernel,
    reference_tensors,
)
from tconv_sym.interop.models.tflite_model import activation_range, scan_tflite  # noqa: E402

IN_SHAPE = (1, 7, 7, 3)


def _keras_model():
    """TRANSPOSE_CONV SAME (stride 2) and VALID (stride 2), CONV_2D with a fused RELU, a
    DEPTHWISE_CONV_2D; every layer with a nonzero bias."""
    keras.utils.set_random_seed(7)
    inp = keras.Input(IN_SHAPE[1:], batch_size=1)
    h = keras.layers.Conv2DTranspose(8, 3, strides=2, padding="same", name="up_same")(inp)
    h = keras.layers.Conv2D(6, 3, padding="valid", activation="relu", name="conv")(h)
    h = keras.layers.Conv2DTranspose(5, 4, strides=2, padding="valid", name="up_valid")(h)
    h = keras.layers.DepthwiseConv2D(3, padding="same", depth_multiplier=2, name="dw")(h)
    model = keras.Model(inp, h)
    rng = np.random.default_rng(1)
    for layer in model.layers:
        weights = layer.get_weights()
        if len(weights) == 2:
            layer.set_weights([weights[0], rng.uniform(-0.3, 0.3, weights[1].shape)])
    return model


def _convert(model, int8: bool, per_channel: bool = True) -> bytes:
    conv = tf.lite.TFLiteConverter.from_keras_model(model)
    if int8:
        def data():
            rng = np.random.default_rng(0)
            for _ in range(16):
                yield [rng.standard_normal(IN_SHAPE).astype(np.float32)]

        conv.optimizations = [tf.lite.Optimize.DEFAULT]
        conv.representative_dataset = data
        conv.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
        conv.inference_input_type = tf.int8
        conv.inference_output_type = tf.int8
        if not per_channel:
            conv._experimental_disable_per_channel = True
    return conv.convert()


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    """``{kind: path}`` of the same Keras model as int8 (per-channel), int8 per-tensor, float."""
    folder = tmp_path_factory.mktemp("tflite")
    model = _keras_model()
    out = {"keras": model}
    for kind, args in {"int8": (True, True), "per_tensor": (True, False),
                       "float": (False,)}.items():
        path = folder / f"{kind}.tflite"
        path.write_bytes(_convert(model, *args))
        out[kind] = str(path)
    return out


# --------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------
def test_scan_reads_ops_specs_and_per_channel_quantization(models):
    layers = ts.scan(models["int8"])
    assert [layer.op for layer in layers] == ["TRANSPOSE_CONV", "CONV_2D", "TRANSPOSE_CONV",
                                              "DEPTHWISE_CONV_2D"]
    assert all(layer.supported and layer.int8 for layer in layers), layers
    up_same, conv, up_valid, dw = layers
    assert up_same.spec == ts.TransposedConvSpec(in_size=(7, 7), kernel_size=3, stride=2,
                                                 padding=((0, 1), (0, 1)), in_channels=3,
                                                 out_channels=8, output_size=(14, 14))
    assert up_same.params["padding"] == "SAME" and up_valid.params["padding"] == "VALID"
    assert up_valid.spec.out_shape == (5, 26, 26)  # (12 - 1) * 2 + 4
    assert dw.spec.groups == 5 and dw.spec.out_channels == 10
    # per-channel: one scale per output channel, on the output-channel axis
    assert [len(layer.quant.weight_scales) for layer in layers] == [8, 6, 5, 10]
    # the fused RELU is TFLite's clamp: from the output zero point up
    assert conv.activation == "RELU"
    assert conv.quant.activation_min == max(-128, conv.quant.output_zero_point)
    assert all(layer.bias.dtype == np.int32 for layer in layers)
    # the layers chain: each input's quantization is the previous output's
    assert up_valid.quant.input_scale == conv.quant.output_scale


def test_int8_weights_and_bias_are_the_keras_ones_quantized(models):
    """The int8 weights times their scales give back Keras's float weights (to half a step),
    in the core layout that ts.scan gives the Keras model itself."""
    expected = [(f.weight, f.bias) for f in ts.scan(models["keras"])[:3]]
    kernel, bias = models["keras"].get_layer("dw").get_weights()  # (kH, kW, C_in, mult)
    kh, kw, c_in, mult = kernel.shape
    expected.append((kernel.transpose(2, 3, 0, 1).reshape(c_in * mult, 1, kh, kw), bias))
    for q, (f_weight, f_bias) in zip(ts.scan(models["int8"]), expected):
        scales = np.asarray(q.quant.per_channel(q.spec.out_channels))
        axis = 1 if q.transposed else 0  # the output-channel axis of the core layout
        shape = [1] * q.weight.ndim
        shape[axis] = -1
        deq = q.weight.astype(np.float64) * scales.reshape(shape)
        np.testing.assert_allclose(deq, f_weight, atol=float(scales.max()) * 0.51, rtol=0)
        bias_scale = q.quant.input_scale * scales
        np.testing.assert_allclose(q.bias * bias_scale, f_bias, atol=float(bias_scale.max()))


def test_float_model_reads_float_layers(models):
    layers = ts.scan(models["float"])
    assert [layer.quant for layer in layers] == [None] * 4
    keras_layers = ts.scan(models["keras"])[:3]  # Keras's DepthwiseConv2D is not scanned
    for a, b in zip(layers, keras_layers):
        assert a.spec == b.spec
        np.testing.assert_allclose(a.weight, b.weight, rtol=1e-6)


def test_per_tensor_model_has_one_scale_per_layer(models):
    layers = ts.scan(models["per_tensor"])
    assert all(len(layer.quant.weight_scales) == 1 for layer in layers), layers


# --------------------------------------------------------------------------------------
# Bit-exact with TFLite's BUILTIN_REF on the model's own layers
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["int8", "per_tensor"])
def test_int8_kernels_are_bit_exact_with_builtin_ref(models, kind, tmp_path):
    for layer in ts.scan(models[kind]):
        art = int8_kernel(layer, out_dir=tmp_path, name=f"{kind}_l{layer.index}")
        fn = art.load()
        pairs = reference_tensors(layer, rounds=3, seed=layer.index)
        for x, y in pairs:
            assert x.dtype == np.int8 and y.dtype == np.int8
            got = fn(x)
            np.testing.assert_array_equal(got, y, err_msg=f"{kind} layer {layer.index}")
        # not a degenerate comparison: the outputs vary
        assert len(np.unique(pairs[0][1])) > 10, layer


def test_a_wrong_quantization_is_caught(models, tmp_path):
    """The comparison can fail: one step of output zero point off is found."""
    layer = ts.scan(models["int8"])[1]
    q = layer.quant.to_dict()
    q["output_zero_point"] += 1
    q["activation_min"] += 1
    layer.quant = Quantization.from_dict(q)
    fn = int8_kernel(layer, out_dir=tmp_path, name="wrong").load()
    x, y = reference_tensors(layer, rounds=1)[0]
    diff, total = compare_int8(fn(x), y)
    assert diff > total // 2


def test_float_kernels_match_the_float_model(models, tmp_path):
    for layer in ts.scan(models["float"]):
        out = check_tflite_layer(layer, gen="c", dtype="float32", out_dir=tmp_path,
                                 name=f"f{layer.index}", verify=True)
        assert not out["failed"], out
        assert re.search(r"max rel. error \d\.\de-0[5-9] \(ok\)", out["notes"][-1]), out


def test_harness_of_a_scanned_layer_runs_on_aarch64_under_qemu(models, tmp_path):
    cross = require_tool("aarch64-linux-gnu-gcc")
    qemu = require_tool("qemu-aarch64")
    for layer in ts.scan(models["int8"]):
        art = int8_kernel(layer, out_dir=tmp_path, name=f"q{layer.index}", test_harness=True)
        exe = tmp_path / f"q{layer.index}.arm64"
        sources = [str(p) for p in art.paths if p.suffix == ".c"]
        subprocess.run([cross, "-std=c99", "-O2", "-static", "-o", str(exe), *sources],
                       check=True, capture_output=True, text=True)
        run = subprocess.run([qemu, str(exe)], capture_output=True, text=True, timeout=120)
        assert run.returncode == 0 and run.stdout.startswith(f"q{layer.index}: ok"), run.stdout


def test_cli_scan_gen_verify(models, tmp_path):
    out = tmp_path / "report"
    run = subprocess.run(["tconv-sym", "scan", models["int8"], "--gen", "c", "--verify",
                          "--out", str(out)], capture_output=True, text=True, timeout=600,
                         env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert run.returncode == 0, run.stdout + run.stderr
    assert "4 layers: 4 verified" in run.stdout, run.stdout
    report = (out / "report.md").read_text()
    assert "TRANSPOSE_CONV" in report and "BUILTIN_REF" in report
    # every layer's kernel against TFLite's reference kernels on the model's own layer
    assert len(re.findall(r"BUILTIN_REF on this model's own layer \(3 runs\): 0 of [\d,]+ int8 "
                          r"values differ \(bit-exact\)", report)) == 4, report
    assert report.count("(weights baked) against the operator: bit-exact") == 4, report
    assert len(list(out.glob("layer*.c"))) == 4


# --------------------------------------------------------------------------------------
# Details and hostile files
# --------------------------------------------------------------------------------------
def test_activation_range_follows_tflite():
    # TFLite: zero_point + round(f / scale) in float32, clamped to int8
    assert activation_range("RELU", 0.1, -5) == (-5, 127)
    assert activation_range("RELU6", 0.01, 0) == (0, 127)
    assert activation_range("RELU_N1_TO_1", 0.25, 3) == (-1, 7)
    with pytest.raises(ValueError, match="TANH is not an int8 clamp"):
        activation_range("TANH", 0.1, 0)


def test_hostile_files_are_refused_clearly(models, tmp_path):
    data = Path(models["int8"]).read_bytes()
    truncated = tmp_path / "truncated.tflite"
    truncated.write_bytes(data[: len(data) // 3])
    with pytest.raises(ValueError, match="truncated.tflite"):
        scan_tflite(truncated)
    wrong = tmp_path / "wrong.tflite"
    wrong.write_bytes(b"\0" * 64)
    with pytest.raises(ValueError, match="not a TFLite flatbuffer"):
        scan_tflite(wrong)
    with pytest.raises(ValueError, match="static input shape"):
        ts.scan(models["int8"], input_shape=(1, 9, 9, 3))
    from tconv_sym import budget

    with budget.limits(bytes=100), pytest.raises(budget.ResourceLimitError, match="TFLite"):
        scan_tflite(models["int8"])


def test_mutated_files_are_read_or_refused_with_value_error(models, tmp_path):
    """Random byte changes in a real model: each file is read or refused with a ValueError
    (never another exception, never an unbounded allocation)."""
    data = Path(models["int8"]).read_bytes()
    rng = np.random.default_rng(3)
    path = tmp_path / "mutated.tflite"
    outcomes = {"read": 0, "refused": 0}
    for _ in range(400):
        b = bytearray(data)
        for j in rng.integers(0, len(b), size=rng.integers(1, 4)):
            b[j] = int(rng.integers(0, 256))
        path.write_bytes(bytes(b))
        try:
            scan_tflite(path)
            outcomes["read"] += 1
        except ValueError:
            outcomes["refused"] += 1
    assert outcomes["read"] > 0 and outcomes["refused"] > 0, outcomes



def test_cli_gen_takes_weights_bias_and_quant_from_a_tflite_layer(models, tmp_path, capsys):
    """``--weights MODEL.tflite:LAYER``: the layer's weights, bias and quantization baked
    (the same file as ``int8_kernel`` of the scanned layer, which is bit-exact with
    BUILTIN_REF); flags describing another layer are refused."""
    from tconv_sym.cli import main

    layer = ts.scan(models["int8"])[2]  # TRANSPOSE_CONV VALID, 12x12x6 -> 26x26x5
    args = ["gen", "--in", "12x12", "--kernel", "4", "--stride", "2", "--in-channels", "6",
            "--out-channels", "5", "--lang", "c", "--layout", "nhwc", "--dtype", "int8",
            "--weights", f"{models['int8']}:2", "--name", "from_model", "--out",
            str(tmp_path / "cli")]
    assert main(args) == 0
    art = int8_kernel(layer, out_dir=tmp_path / "api", name="from_model")
    assert (tmp_path / "cli" / "from_model.c").read_text() == art.source
    fn = art.load()
    for x, y in reference_tensors(layer, rounds=2):
        np.testing.assert_array_equal(fn(x), y)
    capsys.readouterr()
    assert main([*args[:4], "5", *args[5:]]) == 2  # --kernel 5: not this layer
    assert "the layer is TransposedConvSpec" in capsys.readouterr().err
    empty = [a if a != f"{models['int8']}:2" else f"{models['int8']}:" for a in args]
    assert main(empty) == 2  # no layer named: the model's layers are listed
    err = capsys.readouterr().err
    assert "no such layer; the model's layers are 0 (" in err and "no such file" not in err


def test_cli_scan_gen_c_passes_max_workspace_to_every_kernel(models, tmp_path):
    """``--max-workspace`` reaches each layer's kernel: unlimited, two layers' kernels want
    1,600 B and the depthwise one 27,040 B; at 1,200 every kernel's ``NAME_WORKSPACE_BYTES``
    fits (int8 accumulators in row bands) and stays bit-exact with BUILTIN_REF; at 600 the
    depthwise layer (one output row of int32 is 1,040 B) is refused, the others generated."""
    out = tmp_path / "report"
    run = subprocess.run(["tconv-sym", "scan", models["int8"], "--gen", "c", "--verify",
                          "--max-workspace", "1200", "--out", str(out)], capture_output=True,
                         text=True, timeout=600, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert run.returncode == 0, run.stdout + run.stderr
    assert "4 layers: 4 verified" in run.stdout, run.stdout
    sizes = [int(re.search(r"#define \w+_WORKSPACE_BYTES (\d+)u", h.read_text()).group(1))
             for h in sorted(out.glob("layer*.h"))]
    assert len(sizes) == 4 and max(sizes) <= 1200 and sizes.count(256) == 1, sizes
    report = (out / "report.md").read_text()
    assert len(re.findall(r"0 of [\d,]+ int8 values differ \(bit-exact\)", report)) == 4, report

    from tconv_sym.report.scan import write_scan_report

    r = write_scan_report(ts.scan(models["int8"]), tmp_path / "small", gen="c",
                          verify=False, max_workspace=600)
    assert [c.outcome for c in r.checks] == ["verified"] * 3 + ["failed"], r.checks
    assert "max_workspace=600 bytes" in r.checks[3].reason and "1,040 B" in r.checks[3].reason
