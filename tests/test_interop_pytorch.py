"""PyTorch resolver and from_torch against nn.ConvTranspose{1,2,3}d (installed: 2.13.0)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tconv_sym import TransposedConvSpec
from tconv_sym.interop import from_torch, resolve_torch, torch_conv_transpose

MODULES = {1: "ConvTranspose1d", 2: "ConvTranspose2d", 3: "ConvTranspose3d"}


@st.composite
def module_params(draw):
    ints = st.integers
    nd = draw(ints(1, 3))
    small = 3 if nd == 3 else 5
    g = draw(ints(1, 2))
    stride = tuple(draw(ints(1, 3)) for _ in range(nd))
    dilation = tuple(draw(ints(1, 2)) for _ in range(nd))
    return dict(
        nd=nd,
        in_size=tuple(draw(ints(1, small)) for _ in range(nd)),
        kernel_size=tuple(draw(ints(1, 3)) for _ in range(nd)),
        stride=stride, dilation=dilation,
        padding=tuple(draw(ints(0, 2)) for _ in range(nd)),
        output_padding=tuple(draw(ints(0, max(s, d) - 1)) for s, d in zip(stride, dilation)),
        groups=g, cin=g * draw(ints(1, 2)), cout=g * draw(ints(1, 2)),
        bias=draw(st.booleans()), seed=draw(ints(0, 2**31)),
        size_frac=draw(st.floats(0, 0.999)),
    )


def _module(torch, p):
    cls = getattr(torch.nn, MODULES[p["nd"]])
    m = cls(p["cin"], p["cout"], p["kernel_size"], stride=p["stride"], padding=p["padding"],
            output_padding=p["output_padding"], groups=p["groups"], bias=p["bias"],
            dilation=p["dilation"]).double()
    rng = np.random.default_rng(p["seed"])
    with torch.no_grad():  # small integers: float64 sums are exact
        m.weight.copy_(torch.from_numpy(rng.integers(-4, 5, m.weight.shape).astype(float)))
        if m.bias is not None:
            m.bias.copy_(torch.from_numpy(rng.integers(-4, 5, m.bias.shape).astype(float)))
    x = rng.integers(-4, 5, (2, p["cin"], *p["in_size"])).astype(float)
    return m, x


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(p=module_params())
def test_from_torch_matches_module_forward(torch, p):
    try:
        m, x = _module(torch, p)
        expected = m(torch.from_numpy(x)).detach().numpy()
    except RuntimeError:  # PyTorch rejects it (empty output): so must we
        with pytest.raises(ValueError):
            resolve_torch((2, p["cin"], *p["in_size"]),
                          (p["cin"], p["cout"] // p["groups"], *p["kernel_size"]),
                          p["stride"], p["padding"], p["output_padding"], p["groups"],
                          p["dilation"])
        return
    r = from_torch(m, x.shape)
    got = r.apply(x, m.weight, m.bias)
    assert got.shape == expected.shape
    np.testing.assert_array_equal(got, expected)
    assert r.torch_equivalent() == (r.spec.pad_lo, r.spec.output_padding, ((0, 0),) * p["nd"],
                                    True)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(p=module_params())
def test_forward_output_size_semantics(torch, p):
    """forward(x, output_size=...) ignores the module's output_padding; range [min, min+s-1]."""
    try:
        m, x = _module(torch, p)
        m(torch.from_numpy(x))
    except RuntimeError:
        return
    r0 = from_torch(m, x.shape, output_size=None)
    mins = [o - a for o, a in zip(r0.out_size, r0.spec.output_padding)]
    size = [lo + int(p["size_frac"] * s) for lo, s in zip(mins, p["stride"])]
    try:
        expected = m(torch.from_numpy(x), output_size=size).detach().numpy()
    except RuntimeError:  # output_padding >= stride and >= dilation is refused by the kernel
        with pytest.raises(ValueError):
            from_torch(m, x.shape, output_size=size)
        return
    r = from_torch(m, x.shape, output_size=[2, p["cout"], *size])  # with batch/channel dims
    assert r.out_size == tuple(size)
    np.testing.assert_array_equal(r.apply(x, m.weight, m.bias), expected)
    too_big = [v + (j == 0) * p["stride"][0] for j, v in enumerate(size)]
    with pytest.raises(ValueError) as theirs:
        m(torch.from_numpy(x), output_size=too_big)
    with pytest.raises(ValueError) as ours:
        from_torch(m, x.shape, output_size=too_big)
    assert "valid sizes range from" in str(theirs.value)
    assert str(ours.value).split(" (for")[0] == str(theirs.value).split(" (for")[0]


def test_output_size_overrides_module_output_padding(torch):
    m = torch.nn.ConvTranspose1d(1, 1, 3, stride=2, padding=1, output_padding=1)
    r = from_torch(m, (1, 1, 4), output_size=[7])
    assert r.spec.output_padding == (0,) and r.out_size == (7,)
    assert tuple(m(torch.zeros(1, 1, 4), output_size=[7]).shape) == (1, 1, 7)


def test_torch_conv_transpose_matches_functional(torch):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((3, 4, 5))  # unbatched (C, H, W)
    w = rng.standard_normal((3, 2, 3, 2))
    ours = torch_conv_transpose(x, w, stride=(2, 1), padding=(1, 0), output_padding=(1, 0),
                                dilation=(1, 2))
    theirs = torch.nn.functional.conv_transpose2d(
        torch.from_numpy(x)[None], torch.from_numpy(w), stride=(2, 1), padding=(1, 0),
        output_padding=(1, 0), dilation=(1, 2))[0].numpy()
    assert ours.shape == theirs.shape == (2, 8, 7)
    np.testing.assert_allclose(ours, theirs, rtol=1e-12, atol=1e-12)


def test_resolve_torch_spec_and_layouts():
    r = resolve_torch((1, 16, 8, 8), (16, 3, 4, 4), stride=2, padding=1)
    assert r.spec == TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
                                        in_channels=16, out_channels=3)
    assert (r.in_layout, r.weight_layout, r.weight_flip) == ("NCHW", "IOHW", False)
    assert r.window == ((1, 17), (1, 17)) and r.crop == ((1, 1), (1, 1))
    assert r.output_shape(4) == (4, 3, 16, 16)


@pytest.mark.parametrize("kwargs, message", [
    (dict(input_shape=(1, 3, 4), weight_shape=(2, 1, 3)), "expected input[1, 3, 4] to have 2"),
    (dict(input_shape=(1, 2, 4), weight_shape=(2, 1, 3), padding="same"), "symmetrically"),
    (dict(input_shape=(1, 2, 4), weight_shape=(2, 1, 3), output_size=[1, 2, 3, 4]),
     "output_size must have 1 entries"),
    (dict(input_shape=(1, 1, 4), weight_shape=(1, 1, 3), stride=2, output_padding=2),
     "output_padding[0]=2 must be smaller than stride[0]=2"),
    (dict(input_shape=(2, 4), weight_shape=(2,)), "weight_shape must be"),
])
def test_resolve_torch_errors(kwargs, message):
    with pytest.raises(ValueError) as err:
        resolve_torch(**kwargs)
    assert message in str(err.value)


def test_from_torch_rejects_non_transposed(torch):
    with pytest.raises(TypeError, match="transposed convolution"):
        from_torch(torch.nn.Conv2d(1, 1, 3), (1, 1, 5, 5))
    with pytest.raises(TypeError, match="ConvTranspose1d/2d/3d"):
        from_torch(object(), (1, 1, 5))
