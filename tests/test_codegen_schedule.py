"""The planner's schedule decisions (codegen/schedule.py): the GEMM forms are decided once, in
the plan (``plan.schedule``, ``plan.lowering``, ``plan.memory``), and the renderer only
prints them."""

from __future__ import annotations

import re

import numpy as np
import pytest
from codegen_support import kernel_cache, needs_cc  # noqa: F401

from tconv_sym import ConvSpec, TransposedConvSpec, generate
from tconv_sym.codegen import gemm, gemm_scatter, packing
from tconv_sym.codegen.gemm import GemmForm
from tconv_sym.codegen.gemm_scatter import ScatterForm
from tconv_sym.codegen.harness import render_harness
from tconv_sym.codegen.memory import FRAME_BYTES
from tconv_sym.codegen.plan import make_plan
from tconv_sym.codegen.render import render
from tconv_sym.codegen.schedule import GEMM_SCHEDULES, SCHEDULES, caller_workspace
from tconv_sym.codegen.tiled import TILED_SCHEDULES

PIX2PIX = TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
                             in_channels=512, out_channels=256)
MNIST = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
#: 6,144 terms: polyphase, too few for a GEMM form (gemm.MIN_TERMS)
SMALL = TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, in_channels=3,
                           out_channels=2)

_SIZEOF = {"float": 4, "double": 8}


def _header_workspace_bytes(header: str, name: str) -> int:
    """The value of ``NAME_WORKSPACE_BYTES`` of one thread as the C compiler computes it."""
    m = re.search(rf"#define {name}_WORKSPACE_BYTES_PER_THREAD \(\((\d+)L \* "
                  rf"\(int64_t\)sizeof\((\w+)\) \+ 63\) / 64 \* 64\)", header)
    assert m, header
    assert f"#define {name}_WORKSPACE_BYTES ({name}_WORKSPACE_BYTES_PER_THREAD * " \
           "TCONV_SYM_THREADS)" in header
    return -(-int(m.group(1)) * _SIZEOF[m.group(2)] // 64) * 64


def test_schedules_name_the_gemm_forms():
    assert set(GEMM_SCHEDULES) == {"gemm", "gemm-scatter", "winograd"}
    assert set(GEMM_SCHEDULES) <= set(SCHEDULES) and set(TILED_SCHEDULES) <= set(SCHEDULES)


@pytest.mark.parametrize("spec, schedule, form_type", [
    (PIX2PIX, "gemm", GemmForm),
    (MNIST, "gemm-scatter", ScatterForm),
], ids=["pix2pix", "mnist"])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_the_plan_holds_the_gemm_form_and_its_workspace(spec, schedule, form_type, dtype):
    plan = make_plan(spec, lang="c", dtype=dtype, name="k", fast="never")
    assert plan.schedule == schedule and isinstance(plan.lowering, form_type)
    files = render(plan)
    assert plan.memory.workspace_bytes == _header_workspace_bytes(files["k.h"], "k") > 0
    assert plan.memory.stack_bytes <= FRAME_BYTES + 4096  # a frame and the register tiles
    assert plan.memory.static_bytes < 64 * 1024  # index tables only: the weights are not baked
    assert caller_workspace(plan) == 0  # NAME allocates it; NAME_packed_ws takes it


def test_baked_weights_are_a_static_packed_table():
    spec = TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
                              in_channels=64, out_channels=32)
    w = np.random.default_rng(0).standard_normal(spec.weight_shape)
    runtime = make_plan(spec, lang="c", dtype="float32", name="k", fast="never")
    baked = make_plan(spec, lang="c", dtype="float32", name="k", weights=w, fast="never")
    assert runtime.schedule == baked.schedule == "gemm"
    table = 4 * baked.lowering.group_pack * spec.groups
    assert baked.weight_text  # 32,768 weights: base-85 text, decoded into a static table
    text = baked.memory.static_bytes - runtime.memory.static_bytes - table
    assert 5 * table // 4 < text < 5 * table // 4 + 2048  # 5 characters per weight
    assert f"static float k_packed_table[{table // 4}];" in render(baked)["k.c"]
    with pytest.MonkeyPatch.context() as m:  # literals below the text threshold
        from tconv_sym.codegen import baked as baked_module

        m.setattr(baked_module, "TEXT_MIN", 10**9)
        literal = make_plan(spec, lang="c", dtype="float32", name="k", weights=w,
                            fast="never")
        assert not literal.weight_text
        assert literal.memory.static_bytes - runtime.memory.static_bytes == table
        assert f"static const float k_packed_table[{table // 4}] = {{" in render(literal)["k.c"]


def test_a_small_layer_keeps_its_schedule():
    tiny = make_plan(TransposedConvSpec(in_size=2, kernel_size=2), lang="c")
    assert tiny.schedule == "straight-line" and tiny.lowering is None
    small = make_plan(SMALL, lang="c", name="k")
    assert small.schedule in TILED_SCHEDULES and small.lowering.mode == small.schedule
    assert "GEMM form" not in render(small)["k.c"]
    weight = make_plan(PIX2PIX, lang="c", dtype="float32", derivative="weight")
    assert weight.schedule == "boxes"  # no GEMM form for the weight gradient
    strided = make_plan(ConvSpec(in_size=(16, 16), kernel_size=3, stride=2, padding=1,
                                 in_channels=64, out_channels=64), lang="c")
    assert strided.schedule == "gemm"  # a strided read: packed with a strided gather


def test_print_plan_shows_the_gemm_decision():
    plan = make_plan(PIX2PIX, lang="c", dtype="float32", name="pix2pix", fast="never")
    text = str(plan)
    assert "\n  schedule       gemm\n" in text
    assert "\n  lowering       GEMM form: 4 phase GEMMs (M=256 out channels" in text
    for line in plan.lowering.describe().splitlines()[1:]:
        assert f"\n{' ' * 15}{line}\n" in text
    assert (f"\n  workspace      pix2pix_WORKSPACE_BYTES = {plan.memory.workspace_bytes:,} B"
            in text)
    assert "\n  packed weights 2,097,152 elements, by pix2pix_pack once" in text
    scatter = str(make_plan(MNIST, lang="c", name="m"))
    assert "\n  schedule       gemm-scatter\n  lowering       scatter GEMM form:" in scatter
    assert repr(plan) == text


def test_render_and_packing_read_the_plan_not_the_rules(monkeypatch):
    plans = [make_plan(PIX2PIX, lang="c", dtype="float32", name="k"),
             make_plan(MNIST, lang="c", name="k")]
    before = [render(p) for p in plans]

    def no(*args, **kwargs):
        raise AssertionError("the form was recomputed after planning")

    monkeypatch.setattr(gemm, "gemm_form", no)
    monkeypatch.setattr(gemm_scatter, "scatter_form", no)
    assert [render(p) for p in plans] == before
    for p in plans:
        assert packing._packed_elems(p) == p.lowering.group_pack * p.groups


def test_the_harness_calls_a_gemm_form_without_a_workspace():
    spec = TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
                              in_channels=64, out_channels=32)
    plan = make_plan(spec, lang="c", dtype="float32", name="k", fast="never")
    assert plan.schedule == "gemm" and plan.memory.workspace_bytes > 0
    text = render_harness(plan)["k_test.c"]
    assert ", got);" in text and ", got, ws);" not in text


def test_max_stack_falls_back_to_tap_blocks_as_before():
    # a stack limit the register-tiled kernel exceeds marks a small device: heap-free loops
    small = make_plan(MNIST, lang="c", name="k", max_stack=4096)
    assert small.schedule == "blocks" and small.memory.stack_bytes <= 4096
    big = make_plan(MNIST, lang="c", name="k", max_stack=300_000)
    assert big.schedule == "gemm-scatter" and big.memory.stack_bytes <= 4096


@needs_cc
def test_gemm_memory_matches_fstack_usage_and_the_symbol_table(tmp_path):
    from test_codegen_small_devices import _stack_and_static

    spec = TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
                              in_channels=128, out_channels=64)
    w = np.random.default_rng(0).standard_normal(spec.weight_shape)
    arts = [generate(spec, lang="c", dtype="float64", out_dir=tmp_path, name="dcgan"),
            generate(spec, lang="c", dtype="float64", out_dir=tmp_path, name="dcgan_b",
                     weights=w),
            generate(MNIST, lang="c", dtype="float32", out_dir=tmp_path, name="mnist")]
    assert [a.plan.schedule for a in arts] == ["gemm", "gemm", "gemm-scatter"]
    for art in arts:
        frames, static = _stack_and_static("gcc", ["-O3", "-march=native"], art, tmp_path)
        n = art.name
        micro = max(v for k, v in frames.items() if k.startswith(f"{n}_micro_"))
        # the deepest call chain: packed -> packed_ws -> (by rows | lanes -> lane run) -> micro
        # (frames gcc inlined are absent)
        def frame(f, frames=frames, n=n):  # 0 when inlined (gcc may add a .constprop suffix)
            return max((v for k, v in frames.items() if k.split(".")[0] == f"{n}_{f}"),
                       default=0)

        path = max(frame("by_rows"), frame("lanes") + frame("lane_run"))
        assert path > 0 or art.plan.schedule != "gemm"
        deepest = frame("packed") + frame("packed_ws") + path + micro
        assert deepest <= art.plan.memory.stack_bytes, (n, frames, art.plan.memory)
        # gcc may fold an index table into the code, never add one
        table = 8 * art.plan.lowering.group_pack if art.plan.baked else 0
        assert table <= static <= art.plan.memory.static_bytes, (n, static, art.plan.memory)


def test_auto_falls_back_to_polyphase_under_a_lowered_source_line_limit():
    """strategy='auto' honours a user's lower source_lines limit: it picks the loops
    instead of straight-line code it would then refuse (it used to refuse)."""
    from tconv_sym import TransposedConvSpec
    from tconv_sym.budget import limits
    from tconv_sym.codegen.cost import source_lines
    from tconv_sym.codegen.plan import make_plan

    spec = TransposedConvSpec(in_size=(32, 32), kernel_size=2, stride=2)
    assert make_plan(spec, lang="c").strategy == "unrolled"  # 4,096 terms, ~8,192 lines
    with limits(source_lines=5000):
        plan = make_plan(spec, lang="c")
        with pytest.raises(ValueError, match="strategy='unrolled'.*8,192 lines"):
            make_plan(spec, lang="c", strategy="unrolled")
    assert plan.strategy == "polyphase"
    assert "the source_lines limit 5,000" in str(plan.reason)
    assert source_lines(plan) < 5000
