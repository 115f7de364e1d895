"""The 1-D C Winograd kernel (tconv_sym.codegen.winograd_c on a 1-D spec) and the planner's
1-D choice, against real oracles.

Oracles: ``factored(spec).apply`` in float64 and PyTorch's ``conv_transpose1d`` in float64
(they must agree to 1e-9) and float32. Tolerance: the C kernel's max error against float64
stays within ``BOUND[(m, r)]`` times PyTorch's float32 error on the same data plus two
float32 ulps of the output scale (``benchmarks/bench_winograd.py --ndim 1`` measured the C
kernel at 0.9-1.8x PyTorch's error for F(2, 2/3), 2.4-5.8x for F(4, 2/3), 3.4-13x for
F(6, 2/3) on real-size layers; on these small layers the direct error is small and ratios
run larger). An indexing error (a wrong tap, phase or border) errs by the output's own size.
"""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from tconv_sym import TransposedConvSpec  # noqa: E402
from tconv_sym.codegen import compile as cc  # noqa: E402
from tconv_sym.codegen.plan import make_plan  # noqa: E402
from tconv_sym.factored import factored  # noqa: E402

try:
    cc.find_compiler()
except cc.CompilerNotFoundError:  # pragma: no cover - the CI has gcc
    pytest.skip("no C compiler", allow_module_level=True)

from tconv_sym.codegen import winograd_c  # noqa: E402
from tconv_sym.codegen.winograd_c import WinogradWeights, winograd_kernel  # noqa: E402

BOUND = {2: 4.0, 4: 10.0, 6: 20.0}


def _t(size, k, s, p, cin, cout, **extra):
    return TransposedConvSpec(in_size=size, kernel_size=k, stride=s, padding=p,
                              in_channels=cin, out_channels=cout, **extra)


LAYERS = [
    # (id, spec, batch)
    ("hifigan-k16s8p4", _t(13, 16, 8, 4, 9, 7), 2),          # 8 phases of 2 taps
    ("k4s2p1", _t(11, 4, 2, 1, 6, 10), 3),
    ("k3s1p1", _t(17, 3, 1, 1, 5, 9), 2),                    # 1 phase of 3 taps
    ("k9s3p3", _t(10, 9, 3, 3, 8, 3), 2),                    # 3 phases of 3 taps
    ("k3s2-outpad", _t(7, 3, 2, 1, 4, 6, output_padding=1), 2),  # phases of 2 and 1 taps
    ("k1s2", _t(6, 1, 2, 0, 3, 2), 2),                       # phases with no tap: zeros
]


def _data(spec, batch, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((batch, *spec.in_shape)).astype(np.float32)
    w = rng.standard_normal(spec.weight_shape).astype(np.float32)
    return x, w


def _torch(spec, x, w, dtype):
    return torch.nn.functional.conv_transpose1d(
        torch.from_numpy(x).to(dtype), torch.from_numpy(w).to(dtype), stride=spec.stride,
        padding=spec.pad_lo, output_padding=spec.output_padding).numpy()


def _check(spec, batch, m, seed=0):
    x, w = _data(spec, batch, seed)
    fn = winograd_kernel(spec, m=m)
    y = fn(x, fn.prepare(w))
    exact = factored(spec).apply(x.astype(np.float64), w.astype(np.float64))
    np.testing.assert_allclose(exact, _torch(spec, x, w, torch.float64), rtol=0, atol=1e-9)
    assert y.shape == exact.shape == (batch, spec.out_channels, *spec.out_size)
    assert y.dtype == np.float32
    direct = np.abs(_torch(spec, x, w, torch.float32) - exact).max()
    floor = 2 * np.finfo(np.float32).eps * max(np.abs(exact).max(), 1.0)
    err = np.abs(y - exact).max()
    assert err <= BOUND[m] * direct + floor, (err, direct, floor)
    return y, exact


@pytest.mark.parametrize("m", [2, 4])
@pytest.mark.parametrize("name, spec, batch", LAYERS, ids=[row[0] for row in LAYERS])
def test_1d_kernel_matches_factored_and_pytorch(name, spec, batch, m):
    _check(spec, batch, m)


@pytest.mark.parametrize("name, spec, batch", [LAYERS[1], LAYERS[2]],
                         ids=[LAYERS[1][0], LAYERS[2][0]])
def test_1d_f6_within_its_bound(name, spec, batch):
    _check(spec, batch, 6)


def test_1d_phases_run_as_2d_rows_of_height_one():
    spec = _t(13, 16, 8, 4, 9, 7)
    phases = winograd_c.winograd_phases(spec, m=4)
    assert [p.phase for p in phases] == [(0, r) for r in range(8)]
    assert {(p.taps, p.m, p.n, p.tiles) for p in phases} == {((1, 2), (1, 4), (1, 5), (1, 4))}
    assert [p.start for p in phases] == [(0, -1)] * 4 + [(0, 0)] * 4
    assert all(p.count == (1, 13) for p in phases)


def test_a_broken_1d_transform_is_caught():
    spec = LAYERS[1][1]  # the kernel of test_1d_kernel_matches_factored_and_pytorch[4-k4s2p1]
    x, w = _data(spec, 2)
    fn = winograd_kernel(spec, m=4)
    good = fn.prepare(w)
    bad = WinogradWeights(spec, 4, good.packed * np.float32(1.25))
    exact = factored(spec).apply(x.astype(np.float64), w.astype(np.float64))
    assert np.abs(fn(x, good) - exact).max() < 1e-4 * np.abs(exact).max()
    assert np.abs(fn(x, bad) - exact).max() > 0.05 * np.abs(exact).max()


def test_1d_several_chunks_and_the_avx2_path(monkeypatch):
    """Chunks of one sample each (5 samples) and the 8-float micro-kernels (two passes of 4
    rows over a panel of 8 output channels)."""
    spec = _t(40, 4, 2, 1, 16, 12)
    x, w = _data(spec, 5)
    want = winograd_kernel(spec, m=2)(x, w)
    flags = tuple(cc.FLAGS) + ("-mno-avx512f",)
    got = winograd_kernel(spec, m=2, flags=flags)(x, w)
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-5)
    monkeypatch.setattr(winograd_c, "MAX_CHUNK_TILES", 64)
    assert {p.rows for p in winograd_c.winograd_phases(spec, m=2)} == {3}
    _check(spec, 5, m=2)


def test_1d_bad_inputs_name_the_parameter():
    spec = LAYERS[1][1]
    fn = winograd_kernel(spec, m=2)
    x, w = _data(spec, 1)
    with pytest.raises(ValueError, match="x must have shape"):
        fn(x[:, :, None], w)
    with pytest.raises(ValueError, match=r"spec must be 1-D or 2-D .* ndim=3"):
        winograd_kernel(_t((4, 4, 4), 3, 1, 1, 2, 2), m=2)


# ----------------------------------------------------------------------------- the planner
HIFIGAN = _t(512, 16, 8, 4, 512, 256)


def _plan(spec, **kw):
    return make_plan(spec, lang="c", dtype="float32", name="k", **kw)


def test_the_planner_picks_f4_for_the_hifigan_layer_and_says_why():
    plan = _plan(HIFIGAN)
    assert plan.schedule == "winograd"
    form = plan.lowering
    assert form.m == 4 and form.ndim == 1 and len(form.phases) == 8
    # 8 phases x 128 tiles x 5 transformed positions, 512 x 256 channels
    assert form.gemm_macs == 8 * 128 * 5 * 512 * 256 == form.multiplies
    assert form.traffic == 8 * 128 * 5 * (512 + 256)
    assert form.cost == pytest.approx((form.gemm_macs + 6 * form.traffic)
                                      * (1 + 7 * winograd_c.PHASE_COST_1D))
    assert form.cost <= winograd_c.MIN_SAVING * form.direct_cost
    # the direct GEMMs (8 phases of 256 x 2 taps x 512 x 512) + 3 packed inputs and 8 tiles
    assert form.direct_traffic == 3 * 512 * 512 + 8 * 256 * 512
    assert form.direct_cost == 8 * 256 * 1024 * 512 + 6 * form.direct_traffic
    assert f"vs gemm {form.direct_cost:,.0f} = (its GEMMs 1,073,741,824 + " in str(plan)
    assert form.error_factor == winograd_c.ERROR_FACTOR_1D[(4, 2)] == 3.0
    text = str(plan)
    assert "F(4, 2) per phase (8 phase(s))" in text
    assert "error bound 3x the direct kernel's" in text and "--ndim 1" in text
    assert "(costs F(2) " in plan.reason.notes[-1] and ", F(6) " not in plan.reason.notes[-1]


def test_a_tighter_tolerance_takes_f2_and_a_tighter_one_the_direct_form():
    assert _plan(HIFIGAN, fast_tolerance=2).lowering.m == 2
    plan = _plan(HIFIGAN, fast_tolerance=1)
    assert plan.schedule == "gemm"
    assert ("not winograd: error bound F(2) 1.5x, F(4) 3x, F(6) 5x the direct kernel's > "
            "fast_tolerance=1") in str(plan)
    # a looser one admits F(6): dearer in the model (TILE_COST_1D), so F(4) stays
    assert _plan(HIFIGAN, fast_tolerance=6).lowering.m == 4


def test_unmeasured_1d_tiles_are_not_chosen():
    # k25 s4: 7-tap sub-kernels; F(2, 7) measured (2.5x), F(4, 7) 30x, F(6, 7) beyond MAX_TILE
    spec = _t(256, 25, 4, 11, 256, 128, output_padding=1)
    assert winograd_c.error_bounds(spec) == {2: 2.5, 4: 30.0}
    # k8 s2: 4-tap sub-kernels, never measured: no bound, no Winograd form
    k8 = _t(256, 8, 2, 3, 256, 128)
    assert set(winograd_c.error_bounds(k8).values()) == {None}
    plan = _plan(k8)
    assert plan.schedule != "winograd"
    assert "the error of 4-tap sub-kernels in 1-D was not measured" in str(plan)
    with pytest.raises(ValueError, match="4-tap sub-kernels in 1-D was not measured"):
        _plan(k8, fast="winograd")


def test_small_1d_layers_keep_the_direct_form():
    assert _plan(_t(512, 16, 8, 4, 8, 4)).schedule != "winograd"   # too few channels
    assert _plan(_t(512, 4, 4, 0, 256, 128)).schedule != "winograd"   # k = s: 1-tap phases


def test_a_planned_1d_kernel_matches_scipy_sparse(tmp_path):
    from tconv_sym import generate
    from tconv_sym.operators import conv_transpose_matrix

    spec = _t(24, 16, 8, 4, 16, 8)
    art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="w1",
                   fast="winograd")
    assert art.plan.schedule == "winograd" and art.plan.lowering.ndim == 1
    rng = np.random.default_rng(5)
    x = rng.standard_normal((3, *spec.in_shape)).astype(np.float32)
    w = rng.standard_normal(spec.weight_shape).astype(np.float32)
    mat = conv_transpose_matrix(spec, w.astype(np.float64), backend="scipy")
    flat = x.reshape(3, -1).astype(np.float64)
    want = (mat @ flat.T).T.reshape(3, spec.out_channels, *spec.out_size)
    scale = (abs(mat) @ np.abs(flat).T).T.reshape(want.shape)
    bound = 1e-5 * art.plan.lowering.error_factor
    got = art.load()(x, w)
    assert np.all(np.abs(got - want) <= bound * scale + 1e-30)
    bound_fn = art.load(weights=w)
    np.testing.assert_array_equal(bound_fn(x), got)
    assert art.verify() <= bound
