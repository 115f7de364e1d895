"""The planner's Winograd form (schedule "winograd", tconv_sym.codegen.winograd_c.WinogradForm).

What is asserted: which schedule the planner picks on real layer sizes (plans only, nothing
compiled), why (print(plan) states both costs, the F(m, r) and the error bound), the
``fast`` / ``fast_tolerance`` options and their refusals, and — compiled — that the kernel
through the normal entry points (generate / load / fn.prepare / the weight cache / load(weights)
/ baked weights / verify) matches scipy.sparse in float64 within the stated bound: the float32
error at most ``ERROR_FACTOR[m]`` x 1e-5 x |M|·|x| per entry (the verify tolerance times the
bound), and exact on small integers for F(2) (dyadic transforms).
"""

from __future__ import annotations

import numpy as np
import pytest

from tconv_sym import TransposedConvSpec
from tconv_sym.codegen import compile as cc
from tconv_sym.codegen.plan import make_plan
from tconv_sym.codegen.winograd_c import (
    ERROR_FACTOR,
    MIN_SAVING,
    PHASE_COST,
    TRAFFIC_MACS,
    WinogradForm,
    direct_cost,
    direct_traffic,
)


def _t(size, k, s, p, cin, cout, **extra):
    return TransposedConvSpec(in_size=size, kernel_size=k, stride=s, padding=p,
                              in_channels=cin, out_channels=cout, **extra)


BIG = _t((16, 16), 4, 2, 1, 512, 256)       # issue 31's layers
MID = _t((32, 32), 4, 2, 1, 256, 128)
K3 = _t((64, 64), 3, 1, 1, 64, 64)
K9 = _t((16, 16), 9, 3, 3, 128, 64)
SMALL64 = _t((16, 16), 4, 2, 1, 64, 64)
THIN = _t((32, 32), 4, 2, 1, 32, 16)     # 16 output channels: the direct form's packing dear
NARROW = _t((16, 16), 9, 3, 3, 64, 8)    # the model keeps it direct (transforms too dear)


def _plan(spec, **kw):
    return make_plan(spec, lang="c", dtype="float32", name="k", **kw)


@pytest.mark.parametrize("spec", [BIG, MID, K3, K9, SMALL64, THIN],
                         ids=["512-256k4s2", "256-128k4s2", "64-64k3s1", "128-64k9s3",
                              "64-64k4s2", "32-16k4s2"])
def test_the_planner_picks_winograd_where_it_is_cheaper(spec):
    plan = _plan(spec)
    assert plan.schedule == "winograd"
    form = plan.lowering
    assert isinstance(form, WinogradForm) and form.m == 2
    assert form.cost <= MIN_SAVING * form.direct_cost and form.direct == "gemm"
    assert form.multiplies < plan.nnz and plan.executed_macs == form.gemm_macs
    text = str(plan)
    assert "schedule       winograd" in text
    assert f"cost {form.cost:,.0f}" in text and f"vs gemm {form.direct_cost:,.0f}" in text
    assert "error bound 2.5x the direct kernel's" in text and "fast_tolerance=4" in text
    r = max(max(p.taps) for p in form.phases)
    assert f"F(2x2, {r}x{r})" in text


def test_the_big_layer_costs_are_the_closed_forms():
    form = _plan(BIG).lowering
    # 4 phases of 8x8 tiles of 3x3 transformed positions, 512 x 256 channels
    assert form.gemm_macs == 4 * 64 * 9 * 512 * 256
    assert form.traffic == 4 * 64 * 9 * (512 + 256)
    assert form.cost == pytest.approx((form.gemm_macs + 6 * form.traffic) * (1 + 3 * PHASE_COST))
    # the direct form: 4 phase GEMMs of 256 x (4 taps x 512) x 16^2 positions, plus its 9
    # packed inputs (512 channels x 16^2) and 4 phase tiles (256 x 16^2) at TRAFFIC_MACS
    direct = _plan(BIG, fast="never").lowering
    assert direct.executed_macs == 4 * 256 * 4 * 512 * 16 * 16
    assert form.direct_traffic == direct_traffic(direct) == 9 * 512 * 256 + 4 * 256 * 256
    assert form.direct_cost == direct.executed_macs + 6 * form.direct_traffic


def test_a_shallow_direct_gemm_is_charged_its_traffic():
    # 3 -> 64 k4 s2: its GEMMs sum 4 taps x 3 channels = 12 products per output, so the phase
    # tiles (1 float per 12 multiply-adds) and packed inputs weigh 1.55x its multiply-adds
    plan = _plan(_t((32, 32), 4, 2, 1, 3, 64), fast="never")
    cost, traffic = direct_cost(plan, plan.lowering)
    assert plan.lowering.executed_macs == 4 * 64 * 12 * 32 * 32
    assert traffic == 9 * 3 * 1024 + 4 * 64 * 1024
    assert cost == plan.lowering.executed_macs + TRAFFIC_MACS * traffic
    forced = _plan(_t((32, 32), 4, 2, 1, 3, 64), fast="winograd")
    text = forced.lowering.describe()
    assert f"vs gemm {cost:,.0f} = (its GEMMs 3,145,728 + packed inputs and result tiles " \
           f"{traffic:,} floats x 6)" in text
    # still refused by auto: 3 input channels (MIN_IN_CHANNELS) — forced it ran 0.40x at b16
    assert _plan(_t((32, 32), 4, 2, 1, 3, 64)).schedule == "gemm"


def test_the_direct_forms_traffic_picks_winograd_for_32_16_and_says_why():
    # 32 -> 16 k4 s2: 16 output channels read each packed input float; forced Winograd ran
    # 1.12-1.51x the direct kernel (benchmarks/results/2026-12-08-winograd-planner.md)
    plan = _plan(THIN)
    assert plan.schedule == "winograd"
    assert plan.reason.notes[-1].endswith(
        "winograd F(2): cost 9,142,272 <= 0.95 x gemm's 10,551,296; error bound 2.5x the "
        "direct kernel's <= fast_tolerance=4")
    assert 10_551_296 == 8_388_608 + 6 * (9 * 32 * 1024 + 4 * 16 * 1024)
    with pytest.MonkeyPatch.context() as mp:  # the false variant: its multiply-adds only
        from tconv_sym.codegen import winograd_c

        mp.setattr(winograd_c, "direct_traffic", lambda form: 0)
        kept = _plan(THIN)
    assert kept.schedule == "gemm" and "> 0.95 x gemm's 8,388,608" in kept.reason.notes[-1]


@pytest.mark.parametrize("spec, why", [
    (_t((32, 32), 4, 2, 1, 3, 64), None),            # 3 input channels: the GEMMs too short
    (NARROW, None),                                  # 64 -> 8 k9 s3: transforms too dear
    (_t((64, 64), 2, 2, 0, 256, 64), "1x1"),        # k = s: 1x1 sub-kernels, nothing to save
    (_t((16, 16), 4, 2, 1, 512, 256, groups=2), "groups"),
    (_t((16, 16), 4, 2, 1, 64, 64, dilation=2), "dilation"),
    (TransposedConvSpec(in_size=(8, 8, 8), kernel_size=4, stride=2, padding=1, in_channels=64,
                        out_channels=32), "3-D"),
    (_t((16, 16), 7, 1, 3, 64, 64), "7-tap sub-kernels in 2-D was not measured"),
], ids=["3-64", "64-8k9s3", "k2s2", "groups2", "dilation2", "3-D", "k7s1-unmeasured"])
def test_the_planner_keeps_the_direct_form_where_winograd_does_not_pay(spec, why):
    plan = _plan(spec)
    assert plan.schedule != "winograd"
    if why is not None:
        with pytest.raises(ValueError, match=f"fast='winograd' cannot compute .*{why}"):
            _plan(spec, fast="winograd")


def test_a_layer_kept_direct_states_the_cost_it_was_refused_for():
    plan = _plan(NARROW)
    assert plan.schedule == "gemm"
    note = plan.reason.notes[-1].split("; ")[-1]
    assert note.startswith("not winograd: F(2) cost ") and "> 0.95 x gemm's" in note
    forced = _plan(NARROW, fast="winograd")
    assert forced.schedule == "winograd" and forced.lowering.cost > MIN_SAVING * \
        forced.lowering.direct_cost


def test_float64_and_never_keep_the_direct_form():
    assert make_plan(BIG, lang="c", dtype="float64").schedule == "gemm"
    plan = _plan(BIG, fast="never")
    assert plan.schedule == "gemm" and "winograd" not in str(plan.reason)
    with pytest.raises(ValueError, match="dtype='float64'"):
        make_plan(BIG, lang="c", dtype="float64", fast="winograd")
    with pytest.raises(ValueError, match="lang='numpy'"):
        make_plan(BIG, lang="numpy", dtype="float32", fast="winograd")


def test_a_tolerance_tighter_than_the_bound_falls_back_and_says_why():
    plan = _plan(BIG, fast_tolerance=1.0)
    assert plan.schedule == "gemm"
    assert ("not winograd: error bound F(2) 2.5x, F(4) 14x the direct kernel's > "
            "fast_tolerance=1") in str(plan)
    with pytest.raises(ValueError, match="error bound F.2. 2.5x.*fast_tolerance=1"):
        _plan(BIG, fast_tolerance=1.0, fast="winograd")
    # a looser tolerance admits F(4): the planner weighs both tiles (F(4) at TILE_COST[4])
    loose = _plan(K3, fast_tolerance=20)
    note = loose.reason.notes[-1]
    assert loose.schedule == "winograd" and "(costs F(2) " in note and ", F(4) " in note
    assert "F(4)" not in _plan(K3).reason.notes[-1]
    with pytest.MonkeyPatch.context() as mp:  # F(4) at its raw count: the cheaper tile
        from tconv_sym.codegen import winograd_c

        mp.setattr(winograd_c, "TILE_COST", {2: 1.0, 4: 1.0})
        raw = _plan(K3, fast_tolerance=20)
    assert raw.lowering.m == 4 and raw.lowering.cost < _plan(K3).lowering.cost


def test_default_names_tell_the_fast_options_apart():
    auto = make_plan(BIG, lang="c", dtype="float32")
    never = make_plan(BIG, lang="c", dtype="float32", fast="never")
    tight = make_plan(BIG, lang="c", dtype="float32", fast_tolerance=1)
    same = make_plan(BIG, lang="c", dtype="float32", fast="auto", fast_tolerance=4)
    assert len({auto.name, never.name, tight.name}) == 3 and same.name == auto.name


def test_bad_fast_options_are_refused_by_name():
    with pytest.raises(ValueError, match="fast"):
        _plan(BIG, fast="fft")
    with pytest.raises(ValueError, match="fast_tolerance must be a positive finite number"):
        _plan(BIG, fast_tolerance=-1)
    with pytest.raises(ValueError, match="fast_tolerance"):
        _plan(BIG, fast_tolerance=float("nan"))
    with pytest.raises(TypeError, match="fast_tolerance must be a number"):
        _plan(BIG, fast_tolerance="4")


def test_forcing_winograd_on_a_small_layer_plans_it():
    small = _t((5, 7), 4, 2, 1, 3, 2)
    assert _plan(small).schedule != "winograd"
    plan = _plan(small, fast="winograd")
    assert plan.schedule == "winograd" and "fast='winograd'" in str(plan.reason)


# ---------------------------------------------------------------------------- compiled
def _compiler():
    try:
        cc.find_compiler()
    except cc.CompilerNotFoundError:  # pragma: no cover - the CI has gcc
        pytest.skip("no C compiler")


def _oracle(spec, x, w):
    """scipy.sparse: the operator's matrix times the input, float64, and |M|·|x|."""
    from tconv_sym.operators import conv_transpose_matrix

    mat = conv_transpose_matrix(spec, w.astype(np.float64), backend="scipy")
    flat = x.reshape(x.shape[0], -1).astype(np.float64)
    y = (mat @ flat.T).T
    scale = (abs(mat) @ np.abs(flat).T).T
    shape = (x.shape[0], spec.out_channels, *spec.out_size)
    return y.reshape(shape), scale.reshape(shape)


SMALL = [
    ("k4s2", _t((5, 7), 4, 2, 1, 16, 10), 2),
    ("k3s1", _t((9, 6), 3, 1, 1, 20, 9), 2),
    ("k5x3 s2x3 out-pad", _t((7, 5), (5, 3), (2, 3), (0, 2), 16, 8, output_padding=(1, 0)), 2),
    ("k3s1 F(4)", _t((11, 10), 3, 1, 1, 24, 16), 4),
]


@pytest.mark.parametrize("name, spec, m", SMALL, ids=[s[0] for s in SMALL])
def test_generated_kernel_matches_scipy_sparse_within_the_bound(name, spec, m, tmp_path):
    _compiler()
    from tconv_sym import generate

    tol = None if m == 2 else 20
    with pytest.MonkeyPatch.context() as mp:  # F(4): at its raw count, the cheaper tile
        from tconv_sym.codegen import winograd_c

        mp.setattr(winograd_c, "TILE_COST", {2: 1.0, 4: 1.0})
        art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="wk",
                       fast="winograd", fast_tolerance=tol)
    assert art.plan.schedule == "winograd" and art.plan.lowering.m == m
    assert art.verify() <= 1e-5 * ERROR_FACTOR[m]
    fn = art.load()
    rng = np.random.default_rng(3)
    x = rng.standard_normal((3, *spec.in_shape)).astype(np.float32)
    w = rng.standard_normal(spec.weight_shape).astype(np.float32)
    want, scale = _oracle(spec, x, w)
    got = fn(x, w)
    assert np.all(np.abs(got - want) <= 1e-5 * ERROR_FACTOR[m] * scale + 1e-30)
    # a wrong tap would be off by the output's size: the bound is far tighter than that
    assert np.abs(got - want).max() < 1e-3 * np.abs(want).max()
    xi = rng.integers(-3, 4, x.shape).astype(np.float32)
    wi = rng.integers(-3, 4, w.shape).astype(np.float32)
    yi, _ = _oracle(spec, xi, wi)
    if m == 2:  # dyadic transforms: exact on small integers
        assert art.plan.lowering.exact_integers and np.array_equal(fn(xi, wi), yi)
    else:
        assert not art.plan.lowering.exact_integers
    # the normal entry points: prepare, the weight cache, bound weights, the raw C entry
    packed = fn.prepare(w)
    assert np.array_equal(fn(x, packed), got)
    before = fn.weight_cache.hits
    assert np.array_equal(fn(x, w), got) and fn.weight_cache.hits == before + 1
    assert np.array_equal(art.load(weights=w)(x), got)
    assert np.array_equal(art.load(cflags="-O2")(x, w), got) or \
        np.abs(art.load(cflags="-O2")(x, w) - got).max() <= 1e-5 * np.abs(want).max()


def test_baked_weights_and_an_empty_batch(tmp_path):
    _compiler()
    from tconv_sym import generate

    spec = _t((8, 8), 4, 2, 1, 64, 64)   # 65,536 weights: a constant table, not sparse
    rng = np.random.default_rng(0)
    w = rng.standard_normal(spec.weight_shape).astype(np.float32)
    x = rng.standard_normal((2, *spec.in_shape)).astype(np.float32)
    runtime = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="wr")
    baked = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="wb", weights=w)
    assert runtime.plan.schedule == baked.plan.schedule == "winograd"
    assert np.array_equal(baked.load()(x), runtime.load()(x, w))
    assert baked.load()(x[:0]).shape == (0, *spec.out_shape)
    assert baked.verify(batch=1) <= 1e-5 * ERROR_FACTOR[2]


def test_forcing_an_unsupported_layer_through_generate_is_a_value_error(tmp_path):
    from tconv_sym import generate

    with pytest.raises(ValueError, match="groups=2"):
        generate(_t((8, 8), 4, 2, 1, 64, 64, groups=2), lang="c", dtype="float32",
                 out_dir=tmp_path, fast="winograd")


def test_the_cli_takes_fast_and_fast_tolerance(tmp_path, capsys):
    from tconv_sym.cli import main

    layer = ["gen", "--in", "16x16", "--kernel", "4", "--stride", "2", "--padding", "1",
             "--in-channels", "512", "--out-channels", "256", "--lang", "c", "--dtype",
             "float32", "--out", str(tmp_path)]
    assert main([*layer, "--name", "chosen"]) == 0
    assert "\n  schedule       winograd\n" in capsys.readouterr().out
    assert main([*layer, "--name", "direct", "--fast", "never"]) == 0
    assert "\n  schedule       gemm\n" in capsys.readouterr().out
    assert main([*layer, "--name", "tight", "--fast-tolerance", "1"]) == 0
    out = capsys.readouterr().out
    assert "\n  schedule       gemm\n" in out and "fast_tolerance=1" in out


def test_two_threads_give_the_bits_of_one(tmp_path):
    _compiler()
    from tconv_sym import generate

    spec = _t((12, 9), 4, 2, 1, 32, 16)
    art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="wthr",
                   fast="winograd")
    rng = np.random.default_rng(5)
    w = rng.standard_normal(spec.weight_shape).astype(np.float32)
    x = rng.standard_normal((3, *spec.in_shape)).astype(np.float32)
    one, two = art.load()(x, w), art.load(threads=2)(x, w)
    assert np.array_equal(one, two)
    want, scale = _oracle(spec, x, w)
    assert np.all(np.abs(two - want) <= 1e-5 * ERROR_FACTOR[2] * scale + 1e-30)


def test_the_generated_c_is_warning_free_with_strict_flags(tmp_path):
    import shutil
    import subprocess

    from tconv_sym import generate
    from tconv_sym.codegen.clang import WARNING_FLAGS

    if shutil.which("gcc") is None:  # pragma: no cover - the CI has gcc
        pytest.skip("no gcc")
    spec = _t((8, 7), 4, 2, 1, 64, 32)
    w = np.random.default_rng(0).standard_normal(spec.weight_shape)
    for name, weights in (("wsr", None), ("wsb", w)):
        art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name=name,
                       fast="winograd", weights=weights)
        assert art.plan.schedule == "winograd"
        for extra in ([], ["-fopenmp", "-DTCONV_SYM_THREADS=2"]):
            proc = subprocess.run(["gcc", *WARNING_FLAGS, "-O2", *extra, "-c",
                                   str(art.paths[0]), "-o", str(tmp_path / "k.o")],
                                  capture_output=True, text=True)
            assert proc.returncode == 0, proc.stderr
