"""Every generated kernel verified against scipy.sparse: the catalogue (NumPy and C, float64 and
float32, forward and both gradients), every strategy, and hypothesis-drawn random specs."""

from __future__ import annotations

import numpy as np
import pytest
from codegen_support import has_cc, kernel_cache, needs_cc  # noqa: F401
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tconv_sym import ConvSpec, TransposedConvSpec, conv_transpose, generate
from tconv_sym.codegen.artifact import VerificationError
from tconv_sym.codegen.catalogue import CATALOGUE, catalogue_plans

LANGS = ["numpy", pytest.param("c", marks=needs_cc)]


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("kernels")


def _catalogue_ids():
    return [f"{p.name}-{p.lang}" for _, p in catalogue_plans()]


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("index", range(len(catalogue_plans())), ids=_catalogue_ids())
def test_catalogue_kernel_verifies(index, dtype, out_dir):
    entry, plan = catalogue_plans()[index]
    if plan.lang == "c" and not has_cc():
        pytest.skip("no C compiler")
    weights = entry.weights() if plan.direction != "weight" else None
    art = generate(entry.spec, lang=plan.lang, dtype=dtype,
                   derivative=None if plan.direction == "forward" else plan.direction,
                   weights=weights, name=f"{plan.name}_{dtype}", out_dir=out_dir)
    assert art.plan.strategy == plan.strategy
    assert art.verify(batch=2 if entry.spec.in_channels < 64 else 1) <= (
        1e-12 if dtype == "float64" else 1e-5)


SMALL = [
    TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2, padding=1, output_padding=1,
                       in_channels=4, out_channels=6, groups=2),
    ConvSpec(in_size=(6, 5), kernel_size=(3, 2), stride=(2, 1), padding=((1, 0), (0, 1)),
             dilation=(1, 2), in_channels=3, out_channels=2, mode="convolution"),
]


@pytest.mark.parametrize("spec", SMALL, ids=["tconv", "conv"])
@pytest.mark.parametrize("strategy", ["unrolled", "polyphase"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("derivative", [None, "input", "weight"])
def test_every_strategy_language_dtype_direction(spec, strategy, lang, dtype, derivative,
                                                 out_dir):
    art = generate(spec, lang=lang, strategy=strategy, dtype=dtype, derivative=derivative,
                   out_dir=out_dir)
    assert art.plan.strategy == strategy
    art.verify(batch=3)
    fn = art.load()
    args = [np.zeros((0, *a.shape)) if a.batched else np.zeros(a.shape) for a in art.plan.args]
    out = fn(*args)  # an empty batch works too
    assert out.shape == ((0, *art.plan.result.shape) if art.plan.result.batched
                         else art.plan.result.shape)
    assert out.dtype == np.dtype(dtype)


@pytest.mark.parametrize("lang", LANGS)
def test_matches_conv_transpose_on_a_batch(lang, out_dir):
    spec = TransposedConvSpec(in_size=(5, 4), kernel_size=3, stride=2, padding=1, in_channels=3,
                              out_channels=2)
    art = generate(spec, lang=lang, strategy="polyphase", out_dir=out_dir)
    rng = np.random.default_rng(1)
    x = rng.integers(-5, 6, size=(7, 3, 5, 4))
    w = rng.integers(-5, 6, size=(3, 2, 3, 3))
    assert np.array_equal(art.load()(x, w), conv_transpose(x, w, stride=2, padding=1))


@pytest.mark.parametrize("lang", LANGS)
def test_verify_reports_the_first_differing_index(lang, out_dir):
    spec = TransposedConvSpec(in_size=3, kernel_size=2, stride=2)
    art = generate(spec, lang=lang, strategy="unrolled", name=f"broken_{lang}", out_dir=out_dir)
    good = art.load()

    def broken(x, w):
        y = good(x, w)
        y[1, 0, 4] += 1
        return y

    art._fn = broken
    with pytest.raises(VerificationError,
                       match=r"y\[1, 0, 4\] = .* but (scipy.sparse|the factored operator) gives"):
        art.verify()


def test_baked_bilinear_upsampling():
    entry = next(e for e in CATALOGUE if e.bilinear)
    art = generate(entry.spec, weights=entry.weights(), lang="numpy", name="bilinear")
    x = np.ones((1, 21, 16, 16))
    y = art.load()(x)
    assert np.all(y[:, :, 1:-1, 1:-1] == 1.0)  # bilinear upsampling keeps a constant image


@pytest.mark.parametrize("lang", LANGS)
def test_wrong_arguments_are_rejected(lang, out_dir):
    art = generate(TransposedConvSpec(in_size=3, kernel_size=2), lang=lang, out_dir=out_dir)
    fn = art.load()
    with pytest.raises(ValueError, match=r"x must have shape \('n', 1, 3\), got \(1, 2, 3\)"):
        fn(np.zeros((1, 2, 3)), np.zeros((1, 1, 2)))
    with pytest.raises(TypeError, match="real numeric"):
        fn(np.array([[["a", "b", "c"]]]), np.zeros((1, 1, 2)))


# ----------------------------------------------------------------------------------------
# random specs
# ----------------------------------------------------------------------------------------
@st.composite
def specs(draw):
    nd = draw(st.integers(1, 3))
    groups = draw(st.integers(1, 2))
    cin = groups * draw(st.integers(1, 2))
    cout = groups * draw(st.integers(1, 2))
    transposed = draw(st.booleans())
    k = tuple(draw(st.integers(1, 3)) for _ in range(nd))
    s = tuple(draw(st.integers(1, 3)) for _ in range(nd))
    d = tuple(draw(st.integers(1, 2)) for _ in range(nd))
    span = [di * (ki - 1) + 1 for ki, di in zip(k, d)]
    limit = 6 if nd < 3 else 4
    i = tuple(draw(st.integers(1, limit)) for _ in range(nd))
    pads = tuple((draw(st.integers(0, 2)), draw(st.integers(0, 2))) for _ in range(nd))
    mode = draw(st.sampled_from(["correlation", "convolution"]))
    common = dict(kernel_size=k, stride=s, dilation=d, padding=pads, in_channels=cin,
                  out_channels=cout, groups=groups, mode=mode)
    try:
        if transposed:
            op = tuple(draw(st.integers(0, max(si, di) - 1)) for si, di in zip(s, d))
            return TransposedConvSpec(in_size=i, output_padding=op, **common)
        i = tuple(max(a, sp - lo - hi) for a, sp, (lo, hi) in zip(i, span, pads))
        return ConvSpec(in_size=i, **common)
    except ValueError:
        return TransposedConvSpec(in_size=i, kernel_size=k, in_channels=cin,
                                  out_channels=cout, groups=groups)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(spec=specs(), lang=st.sampled_from(["numpy", "c"] if has_cc() else ["numpy"]),
       strategy=st.sampled_from(["unrolled", "polyphase"]),
       dtype=st.sampled_from(["float64", "float32"]),
       derivative=st.sampled_from([None, "input", "weight"]))
def test_random_specs_verify(spec, lang, strategy, dtype, derivative, tmp_path_factory):
    out = tmp_path_factory.getbasetemp() / "random_kernels"
    art = generate(spec, lang=lang, strategy=strategy, dtype=dtype, derivative=derivative,
                   out_dir=out)
    art.verify(batch=2)


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_numpy_scatter_form_verifies_groups_dilation_and_dead_taps(dtype, out_dir):
    # groups with 2x3 channel blocks, dilation, asymmetric padding: the scatter form, checked
    spec = TransposedConvSpec(in_size=(5, 4), kernel_size=(3, 2), stride=(2, 3),
                              padding=((1, 0), (0, 1)), dilation=(2, 1), in_channels=4,
                              out_channels=6, groups=2)
    art = generate(spec, dtype=dtype, strategy="polyphase", out_dir=out_dir)
    assert art.plan.scatter == tuple(range(6)) and art.plan.executed_macs > art.plan.nnz
    assert art.verify() <= (1e-12 if dtype == "float64" else 1e-5)
    # baked weights with an all-zero tap: that tap leaves the GEMM (_TAPS) and its block
    w = np.arange(1.0, 1.0 + np.prod(spec.weight_shape)).reshape(spec.weight_shape)
    w[:, :, 1, 0] = 0.0
    baked = generate(spec, dtype=dtype, strategy="polyphase", weights=w, out_dir=out_dir)
    assert baked.plan.scatter == (0, 1, 3, 4, 5) and "_TAPS = (0, 1, 3, 4, 5)" in baked.source
    assert baked.verify() <= (1e-12 if dtype == "float64" else 1e-5)
