"""The int8 depthwise kernel (tconv_sym.codegen.int8_depthwise) and the grouped phase GEMMs
(tconv_sym.codegen.int8_gemm with groups > 1): bit for bit with TFLite's BUILTIN_REF on the
layers of a Keras model converted to full-int8 TFLite here (per-channel and per-tensor, SAME
and VALID, depth multipliers 1 and 2, grouped CONV_2D) on this host's vector path (AVX-512 or
AVX2); with the exact integer oracle on the vector and portable C99 paths, including depthwise
and grouped *transposed* layers (which TFLite cannot express), under qemu-aarch64 (NEON sdot /
autovectorised) and on a Cortex-M4 (SMLAD) under qemu-system-arm; a wrong zero point is
caught; the memory figures are the haloed buffer and the packed tables; every path compiles
warning-free."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest

from conftest import require_tool
from tconv_sym import ConvSpec, TransposedConvSpec
from tconv_sym.codegen.api import generate
from tconv_sym.codegen.int8_depthwise import Int8Depthwise
from tconv_sym.codegen.int8_gemm import Int8Gemm
from tconv_sym.codegen.layout import weight_shape
from tconv_sym.codegen.plan import make_plan
from tconv_sym.codegen.quant import Quantization

needs_cc = pytest.mark.skipif(shutil.which("gcc") is None, reason="no C compiler")

#: depthwise and grouped layers, transposed and not: channel counts not multiples of 16,
#: SAME and VALID, strides, depth multipliers, phases with different tap counts
SPECS = [
    ConvSpec(in_size=(9, 8), kernel_size=3, padding=1, in_channels=20, out_channels=20,
             groups=20),
    ConvSpec(in_size=(9, 8), kernel_size=5, stride=2, in_channels=10, out_channels=30,
             groups=10),  # VALID, multiplier 3, 25 taps (weights reloaded per position)
    TransposedConvSpec(in_size=(5, 6), kernel_size=4, stride=2, padding="same",
                       in_channels=17, out_channels=17, groups=17),
    TransposedConvSpec(in_size=(5, 6), kernel_size=3, stride=2, in_channels=8,
                       out_channels=16, groups=8),  # VALID: phases of 4, 2, 2 and 1 taps
    TransposedConvSpec(in_size=(5, 6), kernel_size=4, stride=2, padding="same",
                       in_channels=12, out_channels=40, groups=4),  # grouped GEMM
    ConvSpec(in_size=(9, 8), kernel_size=3, stride=2, padding=1, in_channels=10,
             out_channels=34, groups=2),
]


def _kernel(spec, tmp_path, name, seed=0, per_channel=True, **kw):
    rng = np.random.default_rng(seed)
    c = spec.out_channels
    scales = rng.uniform(0.001, 0.02, c if per_channel else 1).tolist()
    q = Quantization(input_scale=0.02, input_zero_point=int(rng.integers(-30, 30)),
                     weight_scales=scales, output_scale=0.1,
                     output_zero_point=int(rng.integers(-10, 10)))
    w = rng.integers(-128, 128, weight_shape(spec, "tflite")).astype(np.int8)
    return generate(spec, lang="c", dtype="int8", layout="nhwc", weights=w,
                    bias=rng.integers(-3000, 3000, c), quant=q, name=name, out_dir=tmp_path,
                    **kw)


def _form_type(spec):
    return Int8Depthwise if spec.groups == spec.in_channels else Int8Gemm


@needs_cc
@pytest.mark.parametrize("index", range(len(SPECS)))
def test_depthwise_and_grouped_forms_are_bit_exact_on_the_host_and_portable_paths(index,
                                                                                   tmp_path):
    spec = SPECS[index]
    art = _kernel(spec, tmp_path, f"d{index}", seed=index, per_channel=index % 2 == 0)
    assert isinstance(art.plan.lowering.gemm, _form_type(spec)), art.plan.lowering.gemm
    for cflags in (None, "-O2 -DTCONV_SYM_PORTABLE"):
        assert art.verify(batch=2, seed=index, cflags=cflags) == 0.0


@needs_cc
def test_the_oracle_tells_a_zero_point_off_by_one(tmp_path):
    """The comparison can fail: the depthwise kernel against the oracle of the same layer
    with the input zero point one step off (a wrong hoisted zp · Σw term) differs."""
    import dataclasses

    from tconv_sym.codegen.layout import to_channels_first, to_channels_last
    from tconv_sym.codegen.quant import int8_reference

    art = _kernel(SPECS[2], tmp_path, "zp")
    plan = art.plan
    x = np.random.default_rng(9).integers(-128, 128, (2, *plan.args[0].shape)).astype(np.int8)
    got = art.load()(x)
    right, _ = int8_reference(plan.spec, to_channels_first(x), plan.weights, plan.bias,
                              plan.quant)
    assert np.array_equal(got, to_channels_last(right))
    off = dataclasses.replace(plan.quant, input_zero_point=plan.quant.input_zero_point + 1)
    wrong, _ = int8_reference(plan.spec, to_channels_first(x), plan.weights, plan.bias, off)
    assert np.count_nonzero(got != to_channels_last(wrong)) > got.size // 10


def _plan(spec):
    q = Quantization(input_scale=0.02, input_zero_point=0, weight_scales=[0.01],
                     output_scale=0.1, output_zero_point=0)
    return make_plan(spec, lang="c", dtype="int8", layout="nhwc", quant=q, name="k",
                     weights=np.ones(weight_shape(spec, "tflite"), np.int8))


def test_memory_figures_of_the_new_forms():
    """Depthwise 3x3 SAME 32x32x128: the workspace is the haloed input (34 x 34 x 128 B, not
    an int32 per output), static the 9 x 128 weights, the init table and three int32 tables;
    grouped g4 128->64: the buffer holds [group][32] channels, the tables are per group."""
    p = _plan(ConvSpec(in_size=(32, 32), kernel_size=3, padding=1, in_channels=128,
                       out_channels=128, groups=128))
    dw = p.lowering.gemm
    assert repr(dw) == ("Int8Depthwise(1 phase(s), 9 tap(s) each at most, 128 channels (x1) "
                        "padded to 128, buffer 34x34x128 B)")
    assert (p.memory.workspace_bytes, p.memory.static_bytes) == (34 * 34 * 128,
                                                                 9 * 128 + 4 * 128 + 12 * 128)
    assert p.memory.stack_bytes == dw.stack_bytes == 64 + 9 * 64 + 368
    p = _plan(TransposedConvSpec(in_size=(32, 32), kernel_size=4, stride=2, padding="same",
                                 in_channels=128, out_channels=64, groups=4))
    g = p.lowering.gemm
    assert repr(g) == ("Int8Gemm(4 phase GEMM(s) x 4 groups, tile 16x16, halo ((1, 1), "
                       "(1, 1)), buffer 34x34x128 B)")
    assert len(g.packed) == 4 * 4 * 4 * 32 * 16 and len(g.wsum) == 16
    assert p.memory.workspace_bytes == 34 * 34 * 128
    assert p.memory.static_bytes == len(g.packed) + 4 * 16 * 16 + 4 * 4 * 16 + 2 * 4 * 64


def test_max_stack_below_the_depthwise_figure_falls_back_to_the_tap_blocks():
    spec = ConvSpec(in_size=(6, 6), kernel_size=3, padding=1, in_channels=16,
                    out_channels=16, groups=16)
    q = Quantization(input_scale=0.02, input_zero_point=0, weight_scales=[0.01],
                     output_scale=0.1, output_zero_point=0)
    kw = dict(lang="c", dtype="int8", layout="nhwc", quant=q, name="k",
              weights=np.ones(weight_shape(spec, "tflite"), np.int8))
    assert isinstance(make_plan(spec, **kw, max_stack=1008).lowering.gemm, Int8Depthwise)
    low = make_plan(spec, **kw, max_stack=1000).lowering  # 64 + 9 x 64 + 368 = 1,008 B
    assert low.gemm is None and make_plan(spec, **kw, max_stack=1000).schedule == "blocks"


# --------------------------------------------------------------------------------------
# Cross targets
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("march", ["armv8.2-a+dotprod", "armv8-a"])
def test_aarch64_under_qemu(tmp_path, march):
    cross = require_tool("aarch64-linux-gnu-gcc")
    qemu = require_tool("qemu-aarch64")
    for i in (0, 3, 4):
        art = _kernel(SPECS[i], tmp_path, f"a{i}", seed=i, test_harness=True)
        exe = tmp_path / f"a{i}.arm64"
        sources = [str(p) for p in art.paths if p.suffix == ".c"]
        subprocess.run([cross, "-std=c99", "-O2", f"-march={march}", "-static", "-o", str(exe),
                        *sources], check=True, capture_output=True, text=True)
        run = subprocess.run([qemu, "-cpu", "max", str(exe)], capture_output=True, text=True,
                             timeout=120)
        assert run.returncode == 0 and run.stdout.startswith(f"a{i}: ok"), run.stdout


def test_cortex_m4_under_qemu_system_arm(tmp_path):
    """Depthwise (portable loop) and grouped GEMM (SMLAD) on the MPS2 AN386 board."""
    from test_int8_gemm import _run_harness_on_m4

    from benchmarks.bench_cortex_m4 import CFLAGS, LINK, STARTUP

    cc = require_tool("arm-none-eabi-gcc")
    qemu = require_tool("qemu-system-arm")
    (tmp_path / "link.ld").write_text(LINK)
    (tmp_path / "startup.c").write_text(STARTUP)
    for i in (2, 5):
        small = SPECS[i]
        art = _kernel(small, tmp_path, f"m{i}", seed=i, test_harness=True)
        _run_harness_on_m4(art, tmp_path, cc, qemu, CFLAGS)


# --------------------------------------------------------------------------------------
# Against TFLite's BUILTIN_REF on a converted Keras model
# --------------------------------------------------------------------------------------
IN_SHAPE = (1, 12, 11, 20)


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    """``{kind: path}``: DEPTHWISE_CONV_2D 3x3 SAME, grouped CONV_2D g4 SAME, DEPTHWISE_CONV_2D
    5x5 stride 2 VALID with depth multiplier 2, grouped CONV_2D g2 VALID; full-int8,
    per-channel and per-tensor."""
    pytest.importorskip("tflite")
    tf = pytest.importorskip("tensorflow")
    keras = pytest.importorskip("keras")
    keras.utils.set_random_seed(3)
    inp = keras.Input(IN_SHAPE[1:], batch_size=1)
    h = keras.layers.DepthwiseConv2D(3, padding="same", name="dw_same")(inp)
    h = keras.layers.Conv2D(12, 3, padding="same", groups=4, name="g4_same")(h)
    h = keras.layers.DepthwiseConv2D(5, strides=2, padding="valid", depth_multiplier=2,
                                     name="dw_valid_m2")(h)
    h = keras.layers.Conv2D(10, 3, padding="valid", groups=2, activation="relu",
                            name="g2_valid")(h)
    model = keras.Model(inp, h)
    rng = np.random.default_rng(1)
    for layer in model.layers:
        weights = layer.get_weights()
        if len(weights) == 2:
            layer.set_weights([weights[0], rng.uniform(-0.3, 0.3, weights[1].shape)])
    folder = tmp_path_factory.mktemp("tflite_dw")
    out = {}
    for kind, per_channel in (("per_channel", True), ("per_tensor", False)):
        conv = tf.lite.TFLiteConverter.from_keras_model(model)

        def data():
            r = np.random.default_rng(0)
            for _ in range(16):
                yield [r.standard_normal(IN_SHAPE).astype(np.float32)]

        conv.optimizations = [tf.lite.Optimize.DEFAULT]
        conv.representative_dataset = data
        conv.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
        conv.inference_input_type = conv.inference_output_type = tf.int8
        if not per_channel:
            conv._experimental_disable_per_channel = True
        path = folder / f"{kind}.tflite"
        path.write_bytes(conv.convert())
        out[kind] = str(path)
    return out


@needs_cc
@pytest.mark.parametrize("kind", ["per_channel", "per_tensor"])
def test_bit_exact_with_builtin_ref_on_the_models_own_layers(models, kind, tmp_path):
    """Every layer of the per-channel model, the first two of the per-tensor one (the same
    kernels with one scale): the kernel on this host's path against the layer's tensors in
    two BUILTIN_REF runs of the whole model (in this process: the model is the test's own)."""
    import tconv_sym as ts
    from tconv_sym.interop.models.tflite_check import _runs, int8_kernel

    layers = ts.scan(models[kind])
    assert [(la.op, la.spec.groups) for la in layers] == [
        ("DEPTHWISE_CONV_2D", 20), ("CONV_2D", 4), ("DEPTHWISE_CONV_2D", 12), ("CONV_2D", 2)]
    scales = [len(np.atleast_1d(la.quant.weight_scales)) for la in layers]
    assert scales == ([20, 12, 24, 10] if kind == "per_channel" else [1, 1, 1, 1])
    layers = layers if kind == "per_channel" else layers[:2]
    runs = [[(np.array(interp.get_tensor(la.tensors[0])),
              np.array(interp.get_tensor(la.tensors[1]))) for la in layers]
            for interp in _runs(models[kind], "BUILTIN_REF", 2, 0)]
    for i, layer in enumerate(layers):
        art = int8_kernel(layer, out_dir=tmp_path, name=f"{kind}_l{layer.index}")
        want = Int8Depthwise if layer.op == "DEPTHWISE_CONV_2D" else Int8Gemm
        assert isinstance(art.plan.lowering.gemm, want), art.plan.lowering.gemm
        assert len(np.unique(runs[0][i][1])) > 10, layer  # the outputs vary
        fn = art.load()
        for run in runs:
            x, y = run[i]
            assert x.dtype == np.int8 and y.dtype == np.int8
            np.testing.assert_array_equal(fn(x), y, err_msg=f"{kind} {layer.name}")
