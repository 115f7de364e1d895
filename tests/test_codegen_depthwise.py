"""The direct form of depthwise C kernels (codegen/depthwise.py, templates/c_depthwise.c.j2):
the rule, correctness against scipy.sparse on every shape kind and direction, exact work
(no zero multiplied), baked weights, warning-free strict builds."""

import subprocess

import numpy as np
import pytest

from tconv_sym import ConvSpec, TransposedConvSpec, generate
from tconv_sym.codegen import depthwise
from tconv_sym.codegen.plan import make_plan

CASES = [
    # FCN's bilinear upsampling: 21 channels, one per group, k4 s2 p1
    TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21,
                       out_channels=21, groups=21),
    # a channel multiplier (2 outputs per group), output_padding, odd sizes
    TransposedConvSpec(in_size=(5, 7), kernel_size=3, stride=2, padding=1, output_padding=1,
                       in_channels=6, out_channels=12, groups=6),
    # 1-D, stride 3 with a ragged last phase
    TransposedConvSpec(in_size=40, kernel_size=9, stride=3, padding=2, in_channels=3,
                       out_channels=3, groups=3),
    # 3-D with dilation
    TransposedConvSpec(in_size=(4, 5, 6), kernel_size=3, stride=2, dilation=2, in_channels=4,
                       out_channels=4, groups=4),
    # a strided depthwise convolution (its input read with step 2)
    ConvSpec(in_size=(9, 11), kernel_size=3, stride=2, padding=1, in_channels=5,
             out_channels=5, groups=5),
    # one input channel, three outputs (no groups)
    TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=1,
                       out_channels=3),
]


def _ids(spec):
    return f"{type(spec).__name__}{spec.ndim}d_{spec.in_channels}_{spec.out_channels}"


@pytest.mark.parametrize("spec", CASES, ids=_ids)
def test_direct_form_matches_scipy(spec, tmp_path):
    for dtype in ("float32", "float64"):
        art = generate(spec, lang="c", strategy="polyphase", dtype=dtype, out_dir=tmp_path,
                       name=f"dw_{dtype}")
        assert "direct form" in art.source
        for batch in (1, 3):
            assert art.verify(batch=batch) < 1e-4  # integers exact, floats within TOLERANCES


@pytest.mark.parametrize("spec", [CASES[0], CASES[2], CASES[3], CASES[4]], ids=_ids)
def test_input_gradient_in_direct_form(spec, tmp_path):
    # the input gradient keeps one input channel per group when in == out per group
    art = generate(spec, lang="c", strategy="polyphase", dtype="float64", derivative="input",
                   out_dir=tmp_path, name="dx")
    assert "direct form" in art.source
    assert art.verify(batch=2) < 1e-12


def test_exact_work_and_report():
    form = depthwise.depthwise_form(make_plan(CASES[0], lang="c", dtype="float32"))
    plan = make_plan(CASES[0], lang="c", dtype="float32")
    assert form.executed_macs == plan.nnz == 80_724  # no zero is multiplied
    assert form.phase_count == (4, 4, 4, 4) and form.grid == (16, 16)
    assert form.stack_bytes == 2 * 16 * 4  # one row of accumulators per phase of the last axis
    assert "direct form" in form.describe() and "1.00x" in form.describe()


def test_rule():
    dense = make_plan(TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2,
                                         in_channels=4, out_channels=2), lang="c")
    weight_grad = make_plan(CASES[0], lang="c", derivative="weight")
    numpy = make_plan(CASES[0], lang="numpy")
    long_rows = make_plan(TransposedConvSpec(in_size=5000, kernel_size=4, stride=2,
                                             in_channels=2, out_channels=2, groups=2),
                          lang="c", dtype="float64")
    for plan in (dense, weight_grad, numpy, long_rows):
        assert depthwise.depthwise_form(plan) is None
    assert depthwise.depthwise_form(make_plan(CASES[0], lang="c")) is not None


#: more than MAX_SPARSE_BAKED nonzero weights: a weight table, not the sparse form
BIG = TransposedConvSpec(in_size=(6, 6), kernel_size=5, stride=2, padding=2, output_padding=1,
                         in_channels=200, out_channels=200, groups=200)


def test_baked_weights(tmp_path):
    spec = BIG
    w = np.random.default_rng(2).choice([-2.0, -1.0, 1.0, 2.0], size=spec.weight_shape)
    art = generate(spec, lang="c", strategy="polyphase", dtype="float64", weights=w,
                   out_dir=tmp_path, name="bk")
    assert "direct form" in art.source and "bk_w[" in art.source
    assert art.verify(batch=2) < 1e-12


def test_compile_warning_free_with_strict_flags(tmp_path):
    from tconv_sym.codegen.clang import WARNING_FLAGS

    for i, spec in enumerate(CASES):
        art = generate(spec, lang="c", strategy="polyphase", dtype="float32",
                       out_dir=tmp_path, name=f"strict{i}")
        proc = subprocess.run(["gcc", *WARNING_FLAGS, "-O2", "-c", str(art.paths[0]), "-o",
                               str(tmp_path / "k.o")], capture_output=True, text=True)
        assert proc.returncode == 0 and not proc.stderr, proc.stderr


def test_the_plan_holds_the_form_and_its_memory(tmp_path):
    from test_codegen_small_devices import _stack_and_static

    plan = make_plan(CASES[0], lang="c", dtype="float32", name="fcn")
    assert plan.schedule == "depthwise" and isinstance(plan.lowering, depthwise.DepthwiseForm)
    assert plan.memory.workspace_bytes == 0
    assert "lowering       direct form" in repr(plan)
    w = np.random.default_rng(0).choice([-1.0, 1.0], size=BIG.weight_shape)
    arts = [generate(CASES[0], lang="c", dtype="float32", out_dir=tmp_path, name="fcn"),
            generate(BIG, lang="c", dtype="float64", out_dir=tmp_path, name="big", weights=w)]
    for art in arts:
        assert art.plan.schedule == "depthwise"
        frames, static = _stack_and_static("gcc", ["-O3", "-march=native"], art, tmp_path)
        assert frames[art.name] <= art.plan.memory.stack_bytes, (frames, art.plan.memory)
        table = 8 * w.size if art.plan.baked else 0
        assert table <= static <= art.plan.memory.static_bytes, (static, art.plan.memory)
