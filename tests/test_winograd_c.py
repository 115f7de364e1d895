"""The C lowering of the Winograd form (tconv_sym.codegen.winograd_c) against real oracles.

Oracles: ``factored(spec).apply`` in float64 (the project's exact-structure reference) and
PyTorch's ``conv_transpose2d`` in float64 and float32. Tolerance: the float32 error of the
C kernel (max abs vs float64) must stay within ``BOUND[m]`` times the error of PyTorch's
direct float32 kernel on the same data, plus a floor of two float32 ulps of the output
scale. ``benchmarks/bench_winograd.py`` measured the fast form at 1.2x of the direct error
for F(2) and 2.3-7.3x for F(4) on real-size layers (the C kernel uses the same transforms and
rounds the weight transform once from float64). On the small layers here the direct kernel
sums few channels, so its error is small and the ratio is larger: measured 0.4-2.5x for F(2),
3.1-14x for F(4) (8.2x and 3.5x on the two F(4) layers tested). BOUND = 3 for F(2), 12 for
F(4); an indexing error (a wrong tap, phase or border) gives errors of the output's own size,
1e5x larger.
"""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from tconv_sym import TransposedConvSpec, budget  # noqa: E402
from tconv_sym.codegen import compile as cc  # noqa: E402
from tconv_sym.factored import factored  # noqa: E402

try:
    cc.find_compiler()
except cc.CompilerNotFoundError:  # pragma: no cover - the CI has gcc
    pytest.skip("no C compiler", allow_module_level=True)

from tconv_sym.codegen import winograd_c  # noqa: E402
from tconv_sym.codegen.winograd_c import WinogradWeights, winograd_kernel  # noqa: E402

BOUND = {2: 3.0, 4: 12.0}

def _layer(name, size, k, s, p, cin, cout, batch, **extra):
    return (name, dict(in_size=size, kernel_size=k, stride=s, padding=p, in_channels=cin,
                       out_channels=cout, **extra), batch)


LAYERS = [
    # (id, spec kwargs, batch)
    _layer("k4s2p1", (6, 6), 4, 2, 1, 16, 8, 2),
    _layer("k4s2p1-odd", (7, 5), 4, 2, 1, 9, 11, 3),
    _layer("k3s1p1", (8, 8), 3, 1, 1, 12, 10, 2),
    _layer("k3s1p1-odd", (9, 7), 3, 1, 1, 5, 17, 3),
    _layer("k9s3p3", (8, 8), 9, 3, 3, 8, 3, 2),
    _layer("k9s3p3-odd", (5, 7), 9, 3, 3, 7, 5, 3),
    # phases of different sub-kernel sizes per dim (2 and 1 taps), output_padding
    _layer("k3s2-outpad", (5, 6), 3, 2, 1, 6, 4, 2, output_padding=1),
    # phases with no tap at all: their outputs are zero
    _layer("k1s2", (4, 5), 1, 2, 0, 3, 2, 2),
]

def _data(spec, batch, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((batch, *spec.in_shape)).astype(np.float32)
    w = rng.standard_normal(spec.weight_shape).astype(np.float32)
    return x, w


def _torch(spec, x, w, dtype):
    return torch.nn.functional.conv_transpose2d(
        torch.from_numpy(x).to(dtype), torch.from_numpy(w).to(dtype), stride=spec.stride,
        padding=spec.pad_lo, output_padding=spec.output_padding).numpy()


def _check(spec, batch, m, seed=0):
    x, w = _data(spec, batch, seed)
    fn = winograd_kernel(spec, m=m)
    y = fn(x, fn.prepare(w))
    exact = factored(spec).apply(x.astype(np.float64), w.astype(np.float64))
    torch64 = _torch(spec, x, w, torch.float64)
    np.testing.assert_allclose(exact, torch64, rtol=0, atol=1e-9)   # the two oracles agree
    assert y.shape == exact.shape and y.dtype == np.float32
    direct = np.abs(_torch(spec, x, w, torch.float32) - exact).max()
    floor = 2 * np.finfo(np.float32).eps * max(np.abs(exact).max(), 1.0)
    err = np.abs(y - exact).max()
    assert err <= BOUND[m] * direct + floor, (err, direct, floor)
    return y, exact


@pytest.mark.parametrize("name,kw,batch", LAYERS, ids=[row[0] for row in LAYERS])
def test_f2_matches_factored_and_pytorch(name, kw, batch):
    _check(TransposedConvSpec(**kw), batch, m=2)


@pytest.mark.parametrize("name,kw,batch", [LAYERS[1], LAYERS[3]],
                         ids=[LAYERS[1][0], LAYERS[3][0]])
def test_f4_within_its_bound(name, kw, batch):
    _check(TransposedConvSpec(**kw), batch, m=4)


def test_several_chunks_and_a_partial_one(monkeypatch):
    """Small chunks: 3 samples × 5 tile rows in chunks of 10 rows (the last one partial)."""
    monkeypatch.setattr(winograd_c, "MAX_CHUNK_TILES", 64)
    spec = TransposedConvSpec(in_size=(9, 11), kernel_size=3, stride=1, padding=1,
                              in_channels=4, out_channels=9)
    (phase,) = winograd_c.winograd_phases(spec, m=2)
    assert (phase.tiles, phase.rows, phase.cols) == ((5, 6), 10, 64 + winograd_c.COL_PAD)
    _check(spec, 3, m=2)


@pytest.mark.parametrize("arch", [("-mno-avx512f",), ("-march=x86-64",), ("-U__GNUC__",)],
                         ids=["avx2", "sse2", "plain-c99"])
def test_every_vector_width_and_the_plain_c_path(arch):
    """The micro-kernels for 16-, 8- and 4-float vectors and the plain C99 fallback (a
    partial last vector block: 3 x 5 x 3 = 45 tile columns)."""
    spec = TransposedConvSpec(**LAYERS[3][1])
    flags = tuple(f for f in cc.FLAGS if f != "-march=native" or arch[0] == "-mno-avx512f")
    x, w = _data(spec, 3)
    want = winograd_kernel(spec, m=2)(x, w)
    got = winograd_kernel(spec, m=2, flags=flags + arch)(x, w)
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-5)
    _check(spec, 3, m=2)


def test_raw_weights_equal_prepared_and_batch_rows_are_independent():
    spec = TransposedConvSpec(**LAYERS[1][1])
    x, w = _data(spec, 3)
    fn = winograd_kernel(spec, m=2)
    prepared = fn.prepare(w)
    y = fn(x, prepared)
    np.testing.assert_array_equal(fn(x, w), y)
    np.testing.assert_array_equal(fn(x[1:2], prepared), y[1:2])
    assert fn(x[:0], prepared).shape == (0, *spec.out_shape)


def test_a_broken_transform_is_caught(monkeypatch):
    """The oracle comparison can fail: a kernel whose weights are transformed with a wrong
    interpolation point gives errors of the output's own size."""
    spec = TransposedConvSpec(**LAYERS[2][1])
    x, w = _data(spec, 2)
    fn = winograd_kernel(spec, m=2)
    good = fn.prepare(w)
    bad = WinogradWeights(spec, 2, good.packed * np.float32(1.5))
    exact = factored(spec).apply(x.astype(np.float64), w.astype(np.float64))
    assert np.abs(fn(x, good) - exact).max() < 1e-3
    assert np.abs(fn(x, bad) - exact).max() > 0.1 * np.abs(exact).max()


@pytest.mark.parametrize("kw,dtype,m,match", [
    (dict(in_size=(6, 6), kernel_size=3, groups=2, in_channels=4, out_channels=4),
     "float32", 2, "groups"),
    (dict(in_size=(6, 6), kernel_size=3, dilation=2), "float32", 2, "dilation"),
    (dict(in_size=(6, 6, 6), kernel_size=3), "float32", 2, "1-D or 2-D"),
    (dict(in_size=(6, 6), kernel_size=3), "float64", 2, "dtype"),
    (dict(in_size=(6, 6), kernel_size=3), "float32", 0, "m"),
    (dict(in_size=(6, 6), kernel_size=3), "float32", 9, "MAX_TILE|at most"),
])
def test_declines_what_it_does_not_lower(kw, dtype, m, match):
    with pytest.raises(ValueError, match=match):
        winograd_kernel(TransposedConvSpec(**kw), m=m, dtype=dtype)


def test_memory_is_estimated_before_it_is_taken():
    spec = TransposedConvSpec(in_size=(5, 5), kernel_size=4, stride=2, in_channels=64,
                              out_channels=64)
    fn = winograd_kernel(spec, m=2)
    x, w = _data(spec, 2)
    with budget.limits(bytes=100_000), pytest.raises(budget.ResourceLimitError,
                                                     match="prepare.*TCONV_SYM_MAX_BYTES"):
        fn.prepare(w)
    u = fn.prepare(w)
    with budget.limits(bytes=50_000), pytest.raises(ValueError, match="batch of 2"):
        fn(x, u)


def test_bad_inputs_name_the_parameter():
    spec = TransposedConvSpec(in_size=(5, 5), kernel_size=3, in_channels=2, out_channels=3)
    fn = winograd_kernel(spec, m=2)
    x, w = _data(spec, 1)
    with pytest.raises(ValueError, match="x must have shape"):
        fn(x[:, :1], w)
    with pytest.raises(ValueError, match="w must have shape"):
        fn(x, w[:1])
    with pytest.raises(TypeError, match="spec must be"):
        winograd_kernel("k3", m=2)
    other = winograd_kernel(spec, m=4)
    with pytest.raises(ValueError, match="prepared for"):
        fn(x, other.prepare(w))
