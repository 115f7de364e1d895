"""``Conversion.params`` builds the target's layer, ``to_code()`` runs in the real target
framework and reproduces the source operator; layout methods keep the tensor type."""

from __future__ import annotations

import numpy as np
import pytest

import tconv_sym as ts
from tconv_sym.interop import convert, resolve_jax, resolve_onnx, resolve_tf


def _sources():
    """(label, resolution) of layers whose conversions need crops, zeros, flips, groups."""
    return [
        ("tf_same", resolve_tf((1, 3, 3, 2), (3, 3, 4, 2), (1, 6, 6, 4), strides=2)),
        ("onnx_same_lower", resolve_onnx((1, 2, 3, 4), (2, 3, 4, 3), strides=[2, 3],
                                         auto_pad="SAME_LOWER")),
        ("onnx_zeros_before", resolve_onnx((1, 1, 3), (1, 1, 1), strides=[2],
                                           auto_pad="SAME_UPPER")),
        ("jax_flipped", resolve_jax((1, 4, 2), (3, 2, 3), (2,), "VALID")),
        ("grouped", ts.interop.from_spec(ts.TransposedConvSpec(
            in_size=(3, 2), kernel_size=(2, 3), stride=(2, 1), padding=(1, 0), groups=2,
            in_channels=4, out_channels=6))),
    ]


def _inputs(r, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.integers(-3, 4, r.input_shape(2)).astype(np.float64)
    w = rng.integers(-3, 4, r.weight_shape).astype(np.float64)
    return x, w


@pytest.mark.parametrize("label,source", _sources(), ids=[s[0] for s in _sources()])
def test_pytorch_code_and_constructor_reproduce_the_source(torch, label, source):
    c = convert(source, to="pytorch")
    x, w = _inputs(source)
    expected = source.apply(x, w)
    ns = {"x": x, "w": w}
    exec(c.to_code().replace("import torch", "import torch; torch.set_default_dtype("
                             "torch.float64)"), ns)
    torch.set_default_dtype(torch.float32)
    np.testing.assert_array_equal(ns["y"].detach().numpy(), expected)
    cls = getattr(torch.nn, f"ConvTranspose{source.ndim}d")
    layer = cls(**c.constructor_params).double()  # everything the constructor needs
    assert layer.bias is None and layer.groups == source.spec.groups
    with torch.no_grad():
        layer.weight.copy_(c.convert_weight(torch.from_numpy(w)))
        y = c.finish(layer(c.convert_input(torch.from_numpy(x))))
    assert isinstance(y, torch.Tensor)
    np.testing.assert_array_equal(y.numpy(), expected)
    fn = getattr(torch.nn.functional, f"conv_transpose{source.ndim}d")  # **params: the call
    y = c.finish(fn(c.convert_input(torch.from_numpy(x)), c.convert_weight(torch.from_numpy(w)),
                    **c.params))
    np.testing.assert_array_equal(y.numpy(), expected)


@pytest.mark.parametrize("label,source", _sources()[:4], ids=[s[0] for s in _sources()[:4]])
def test_jax_code_reproduces_the_source(label, source):
    jax = pytest.importorskip("jax")
    jax.config.update("jax_enable_x64", True)
    c = convert(source, to="jax")
    x, w = _inputs(source, seed=1)
    ns = {"x": x, "w": w}
    exec(c.to_code(), ns)
    assert type(ns["y"]).__module__.startswith("jax")
    np.testing.assert_array_equal(np.asarray(ns["y"]), source.apply(x, w))


def test_bias_reaches_the_constructor_and_the_code(torch):
    r = resolve_onnx((1, 4, 3, 3), (4, 1, 3, 3), strides=[2, 2], group=2)
    r.params["bias"] = True
    c = convert(r, to="pytorch")
    assert c.params["bias"] is True and "bias" not in c.call_params and "bias" not in dict(
        c.params)
    layer = torch.nn.ConvTranspose2d(**c.constructor_params)
    assert layer.bias is not None and layer.weight.shape == (4, 1, 3, 3)
    assert "layer.bias.copy_(torch.as_tensor(b))" in c.to_code()
    k = convert(r.spec.with_(groups=1, out_channels=2), to="keras")  # a spec: no bias
    assert k.params["filters"] == 2 and k.params["use_bias"] is False


def test_layout_methods_keep_torch_tensors(torch):
    source = _sources()[0][1]
    c = convert(source, to="pytorch")
    x, w = _inputs(source)
    tx = c.convert_input(torch.from_numpy(x))
    tw = c.convert_weight(torch.from_numpy(w))
    assert isinstance(tx, torch.Tensor) and isinstance(tw, torch.Tensor)
    np.testing.assert_array_equal(tx.numpy(), c.convert_input(x))
    np.testing.assert_array_equal(tw.numpy(), c.convert_weight(w))
    with pytest.raises(ValueError, match="w must have the tensorflow layout HWOI"):
        c.convert_weight(torch.zeros(1, 2, 3))
    with pytest.raises(ValueError, match="x must have the NHWC shape"):
        c.convert_input(np.zeros((1, 2, 3, 3)))


CONV_SPECS = [
    ts.ConvSpec(in_size=(6, 5), kernel_size=3, stride=2, padding="same", in_channels=4,
                out_channels=6, groups=2),
    ts.ConvSpec(in_size=7, kernel_size=3, padding=(2, 0), dilation=2, in_channels=2,
                out_channels=3),
    ts.ConvSpec(in_size=(3, 4, 3), kernel_size=2, padding=1, in_channels=1, out_channels=2),
]


@pytest.mark.parametrize("spec", CONV_SPECS, ids=["same_grouped", "causal_1d", "3d"])
def test_conv_equivalent_code_runs_in_pytorch_and_jax(torch, spec):
    from tconv_sym.interop import ConvEquivalent  # noqa: F401  (exported)
    from tconv_sym.interop.models import conv_equivalents

    rng = np.random.default_rng(2)
    x = rng.integers(-3, 4, (2, *spec.in_shape)).astype(np.float32)  # small integers:
    w = rng.integers(-3, 4, spec.weight_shape).astype(np.float32)  # float32 sums are exact
    expected = ts.conv(x, w, stride=spec.stride, padding=spec.padding, dilation=spec.dilation,
                       groups=spec.groups)
    eqs = conv_equivalents(spec)
    ns = {"x": x, "w": w}
    exec(eqs["pytorch"].to_code(), ns)
    np.testing.assert_array_equal(ns["y"].detach().numpy(), expected)
    assert eqs["onnx"].exact and eqs["jax"].exact
    jax = pytest.importorskip("jax")
    jax.config.update("jax_enable_x64", True)
    ns = {"x": x, "w": w}
    exec(eqs["jax"].to_code(), ns)
    np.testing.assert_array_equal(np.asarray(ns["y"]), expected)
