"""The numeric reference against PyTorch: conv and conv_transpose, 1-D/2-D/3-D, random specs."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tconv_sym import ConvSpec, TransposedConvSpec, conv, conv_transpose


@st.composite
def layer_params(draw, ndim=None):
    ints = st.integers
    nd = draw(ints(1, 3)) if ndim is None else ndim
    small = 3 if nd == 3 else 6
    g = draw(ints(1, 3))
    return dict(
        ndim=nd,
        in_size=tuple(draw(ints(1, small)) for _ in range(nd)),
        kernel_size=tuple(draw(ints(1, 3)) for _ in range(nd)),
        stride=tuple(draw(ints(1, 3)) for _ in range(nd)),
        padding=tuple(draw(ints(0, 2)) for _ in range(nd)),
        dilation=tuple(draw(ints(1, 2)) for _ in range(nd)),
        groups=g,
        cin=g * draw(ints(1, 2)),
        cout=g * draw(ints(1, 2)),
        batch=draw(ints(1, 2)),
        seed=draw(ints(0, 2**31)),
        op_frac=draw(st.floats(0, 0.999)),
    )


FUNCS = {1: "conv_transpose1d", 2: "conv_transpose2d", 3: "conv_transpose3d"}
CONVS = {1: "conv1d", 2: "conv2d", 3: "conv3d"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(p=layer_params())
def test_conv_transpose_matches_torch(torch, p):
    nd = p["ndim"]
    op = tuple(int(p["op_frac"] * max(s, d)) for s, d in zip(p["stride"], p["dilation"]))
    try:
        spec = TransposedConvSpec(
            in_size=p["in_size"], kernel_size=p["kernel_size"], stride=p["stride"],
            padding=p["padding"], dilation=p["dilation"], in_channels=p["cin"],
            out_channels=p["cout"], groups=p["groups"], output_padding=op)
    except ValueError:
        return
    rng = np.random.default_rng(p["seed"])
    x = rng.standard_normal((p["batch"], *spec.in_shape))
    w = rng.standard_normal(spec.weight_shape)
    ours = conv_transpose(x, w, stride=p["stride"], padding=p["padding"], output_padding=op,
                          dilation=p["dilation"], groups=p["groups"])
    fn = getattr(torch.nn.functional, FUNCS[nd])
    theirs = fn(torch.from_numpy(x), torch.from_numpy(w), stride=p["stride"],
                padding=p["padding"], output_padding=op, groups=p["groups"],
                dilation=p["dilation"]).numpy()
    assert ours.shape == theirs.shape == (p["batch"], *spec.out_shape)
    np.testing.assert_allclose(ours, theirs, rtol=1e-10, atol=1e-10)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(p=layer_params())
def test_conv_matches_torch(torch, p):
    nd = p["ndim"]
    try:
        spec = ConvSpec(
            in_size=p["in_size"], kernel_size=p["kernel_size"], stride=p["stride"],
            padding=p["padding"], dilation=p["dilation"], in_channels=p["cin"],
            out_channels=p["cout"], groups=p["groups"])
    except ValueError:
        return
    rng = np.random.default_rng(p["seed"])
    x = rng.standard_normal((p["batch"], *spec.in_shape))
    w = rng.standard_normal(spec.weight_shape)
    b = rng.standard_normal(spec.out_channels)
    ours = conv(x, w, stride=p["stride"], padding=p["padding"], dilation=p["dilation"],
                groups=p["groups"], bias=b)
    fn = getattr(torch.nn.functional, CONVS[nd])
    theirs = fn(torch.from_numpy(x), torch.from_numpy(w), torch.from_numpy(b),
                stride=p["stride"], padding=p["padding"], dilation=p["dilation"],
                groups=p["groups"]).numpy()
    assert ours.shape == theirs.shape == (p["batch"], *spec.out_shape)
    np.testing.assert_allclose(ours, theirs, rtol=1e-10, atol=1e-10)


def test_output_size_argument_matches_torch_forward(torch):
    m = torch.nn.ConvTranspose2d(2, 3, kernel_size=3, stride=2, padding=1, bias=False).double()
    x = torch.randn(1, 2, 4, 5, dtype=torch.float64)
    theirs = m(x, output_size=[8, 10]).detach().numpy()
    w = m.weight.detach().numpy()
    ours = conv_transpose(x.numpy(), w, stride=2, padding=1, output_size=(8, 10))
    assert ours.shape == theirs.shape == (1, 3, 8, 10)
    np.testing.assert_allclose(ours, theirs, rtol=1e-12, atol=1e-12)
    # PyTorch also accepts the full (N, C, H, W) output size
    full = conv_transpose(x.numpy(), w, stride=2, padding=1, output_size=(1, 3, 8, 10))
    np.testing.assert_array_equal(full, ours)


def test_same_padding_conv_matches_torch(torch):
    x = np.arange(2 * 3 * 7, dtype=np.float64).reshape(2, 3, 7)
    w = np.linspace(-1, 1, 4 * 3 * 4).reshape(4, 3, 4)
    theirs = torch.nn.functional.conv1d(torch.from_numpy(x), torch.from_numpy(w),
                                        padding="same", dilation=2).numpy()
    np.testing.assert_allclose(conv(x, w, padding="same", dilation=2), theirs, rtol=1e-12)


def test_integer_inputs_stay_exact():
    x = np.array([[[[0, 1], [2, 3]]]])
    w = np.array([[[[4, 1], [2, 3]]]])
    y = conv_transpose(x, w)
    assert y.dtype.kind == "i"
    big = np.array([[[2**40, 1]]], dtype=np.int64)
    assert conv_transpose(big, np.array([[[3, 1]]]))[0, 0].tolist() == [3 * 2**40, 2**40 + 3, 1]


def test_nan_propagates_like_torch(torch):
    x = np.array([[[1.0, np.nan, 2.0, 3.0]]])
    w = np.array([[[0.0, 1.0]]])  # a zero weight still multiplies the NaN, as in PyTorch
    ours = conv(x, w)
    theirs = torch.nn.functional.conv1d(torch.from_numpy(x), torch.from_numpy(w)).numpy()
    np.testing.assert_array_equal(np.isnan(ours), np.isnan(theirs))


@pytest.mark.parametrize(
    "call, exc, words",
    [
        (lambda: conv(np.ones((4, 4)), np.ones((1, 1, 2))), ValueError,
         "x must be batch-first (N, C, *spatial)"),
        (lambda: conv(np.ones((1, 2, 4)), np.ones((1, 1, 2))), ValueError,
         "x has 2 channels but w of shape (1, 1, 2) with groups=1 expects 1"),
        (lambda: conv(np.ones((1, 1, 4)), np.ones((1, 1, 2, 2))), ValueError, "w must have 3 dims"),
        (lambda: conv(np.array([["a"]]), np.ones((1, 1, 2))), TypeError, "x must be a numeric"),
        (lambda: conv_transpose(np.ones((1, 3, 4)), np.ones((2, 1, 2))), ValueError,
         "x has 3 channels but w of shape (2, 1, 2) expects 2"),
        (lambda: conv_transpose(np.ones((1, 1, 4)), np.ones((1, 1, 2)), bias=[1, 2]), ValueError,
         "bias must have shape (1,)"),
        (lambda: conv_transpose(np.ones((1, 1, 4)), np.ones((1, 1, 2)), stride=2,
                                output_size=20), ValueError, "output_size[0]=20 is not reachable"),
    ],
)
def test_bad_input(call, exc, words):
    with pytest.raises(exc) as info:
        call()
    assert words in str(info.value)
