"""convert(): every framework to every other, checked numerically (PyTorch and onnx.reference
as the real targets where they are installed), exactness claims, and the explanations."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tconv_sym import TransposedConvSpec
from tconv_sym.interop import convert, resolve, resolve_jax, resolve_tf

TARGETS = ["pytorch", "tensorflow", "keras", "onnx", "jax", "tconv_sym"]


def _run_torch(torch, c, x, w):
    fn = getattr(torch.nn.functional, f"conv_transpose{c.target.ndim}d")
    y = fn(torch.from_numpy(c.convert_input(x)), torch.from_numpy(c.convert_weight(w)),
           **c.call_params)
    return c.finish(y.numpy())


def test_tf_same_has_no_pytorch_equivalent(torch, seed):
    ex = next(e for e in seed["numeric"] if e["name"] == "tf_same_stride2_ones3x3")
    params = dict(input_shape=(1, 2, 2, 1), filters_shape=(3, 3, 1, 1),
                  output_shape=(1, 4, 4, 1), strides=2, padding="SAME")
    c = convert(params, from_="tf", to="torch")
    assert not c.exact
    assert c.call_params == {"stride": (2, 2), "padding": (0, 0), "output_padding": (0, 0),
                             "groups": 1, "dilation": (1, 1)}
    assert c.crop == ((0, 1), (0, 1))
    assert "crops (0, 1) per dim" in c.reason and "both ends" in c.reason
    x = np.array(ex["x_nhwc"], dtype=float)
    y = _run_torch(torch, c, x, np.ones((3, 3, 1, 1)))
    assert y[0, :, :, 0].tolist() == ex["y_nhwc_squeezed"]
    text = repr(c)
    assert "not exact" in text and "then crop (start, end) (0, 1) per dim" in text
    # the padding=1, output_padding=1 that gives the right *size* is shifted by one sample
    x_nchw = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
    wrong = torch.nn.functional.conv_transpose2d(x_nchw, torch.ones(1, 1, 3, 3), stride=2,
                                                 padding=1, output_padding=1)[0, 0]
    assert tuple(wrong.shape) == (4, 4) and wrong.tolist() != ex["y_nhwc_squeezed"]
    assert wrong.tolist() == [[1, 3, 2, 2], [4, 10, 6, 6], [3, 7, 4, 4], [3, 7, 4, 4]]


def test_exact_conversions_written_down():
    spec = TransposedConvSpec(in_size=4, kernel_size=4, stride=2, padding=1)  # DCGAN upsampler
    c = convert(spec, to="tensorflow")
    assert c.exact and c.params["padding"] == "SAME" and c.params["output_shape"] == (1, 8, 1)
    c = convert(spec, to="keras")
    assert c.exact and c.params["padding"] == "same"
    c = convert(spec, to="jax")
    assert c.exact and c.params["padding"] == "SAME" and c.params["transpose_kernel"]
    c = convert(spec, to="onnx")
    assert c.exact and c.params["pads"] == [1, 1] and c.params["output_padding"] == [0]
    assert convert(spec, to="pytorch").params["padding"] == (1,)


@st.composite
def specs(draw):
    ints = st.integers
    nd = draw(ints(1, 2))
    k = tuple(draw(ints(1, 4)) for _ in range(nd))
    s = tuple(draw(ints(1, 3)) for _ in range(nd))
    d = tuple(draw(ints(1, 2)) for _ in range(nd))
    try:
        spec = TransposedConvSpec(
            in_size=tuple(draw(ints(1, 4)) for _ in range(nd)), kernel_size=k, stride=s,
            dilation=d, padding=tuple((draw(ints(0, 3)), draw(ints(0, 3))) for _ in range(nd)),
            output_padding=tuple(draw(ints(0, max(a, b) - 1)) for a, b in zip(s, d)),
            in_channels=draw(ints(1, 2)), out_channels=draw(ints(1, 2)),
            mode=draw(st.sampled_from(["correlation", "convolution"])))
    except ValueError:
        spec = TransposedConvSpec(in_size=(2,) * nd, kernel_size=k, stride=s, dilation=d)
    return spec, draw(ints(0, 99))


def _torch_exact(spec):
    """An exact PyTorch equivalent exists iff a symmetric padding p = crop at the start
    and 0 <= output_padding = p - (crop at the end) < max(s, d) (crops of the full output)."""
    for lo, hi, op, s, d in zip(spec.pad_lo, spec.pad_hi, spec.output_padding, spec.stride,
                                spec.dilation):
        if not 0 <= lo - hi + op < max(s, d):
            return False
    return True


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=specs())
def test_every_conversion_reproduces_the_source(torch, case):
    spec, seed = case
    rng = np.random.default_rng(seed)
    x = rng.integers(-3, 4, (2, *spec.in_shape)).astype(float)
    w = rng.integers(-3, 4, spec.weight_shape).astype(float)
    source = convert(spec, to="tconv_sym").source
    expected = source.apply(x, w)
    for to in TARGETS:
        c = convert(spec, to=to)
        if to == "keras" and max(spec.stride) > 1 and max(spec.dilation) > 1:
            assert c.target is None and "dilation_rate > 1" in c.reason  # the layer rule
            continue
        assert c.target is not None, (to, c.reason)
        y = c.finish(c.target.apply(c.convert_input(x), c.convert_weight(w)))
        np.testing.assert_array_equal(y, expected)
        if to in ("jax", "tconv_sym"):
            assert c.exact, (to, spec)
        if to == "onnx":  # onnxruntime reaches at most stride-1 samples past F
            assert c.exact == all(op - hi < st for op, hi, st in zip(
                spec.output_padding, spec.pad_hi, spec.stride)), spec
        if to == "pytorch":
            assert c.exact == _torch_exact(spec), spec
            np.testing.assert_array_equal(_run_torch(torch, c, x, w), expected)


@pytest.mark.parametrize("source", [
    ("tensorflow", dict(input_shape=(2, 3, 5, 2), filters_shape=(3, 2, 4, 2),
                        output_shape=(2, 6, 10, 4), strides=2, padding="SAME")),
    ("tensorflow", dict(input_shape=(1, 4, 1), filters_shape=(5, 1, 1), output_shape=(1, 19, 1),
                        strides=3, padding="VALID", dilations=2)),
    ("keras", dict(input_shape=(1, 4, 4, 2), kernel_shape=(4, 3, 3, 2), strides=2,
                   padding="same", output_padding=1)),
    ("onnx", dict(X_shape=(1, 2, 3), W_shape=(2, 2, 1), strides=[2], auto_pad="SAME_UPPER")),
    ("onnx", dict(X_shape=(1, 2, 3, 3), W_shape=(2, 2, 3, 3), strides=[2, 2],
                  output_shape=[6, 5])),
    ("jax", dict(lhs_shape=(1, 3, 2), rhs_shape=(3, 2, 2), strides=(2,),
                 padding=[(-1, 3)])),
])
def test_framework_params_to_pytorch(torch, source):
    framework, params = source
    r = resolve(framework, **params)
    rng = np.random.default_rng(1)
    x = rng.integers(-3, 4, r.input_shape(r.input_shape(1)[0])).astype(float)
    w = rng.integers(-3, 4, r.weight_shape).astype(float)
    c = convert(params, from_=framework, to="pytorch")
    np.testing.assert_array_equal(_run_torch(torch, c, x, w), r.apply(x, w))


def test_zeros_before_the_output_become_a_negative_crop(torch):
    r = resolve_jax((1, 3, 1), (1, 1, 1), (2,), [(1, 0)])   # one zero before the output
    assert r.window == ((-1, 5),)
    c = convert(r, to="pytorch")
    assert c.crop == ((-1, 0),) and not c.exact
    y = _run_torch(torch, c, np.array([[[1.0], [2.0], [3.0]]]), np.array([[[1.0]]]))
    assert y[0, :, 0].tolist() == [0, 1, 0, 2, 0, 3]
    assert not convert(r, to="tconv_sym").exact


def test_to_onnx_runs_in_the_reference_evaluator():
    onnx = pytest.importorskip("onnx")
    from onnx import TensorProto, helper
    from onnx.reference import ReferenceEvaluator

    r = resolve_tf((1, 3, 3, 2), (3, 3, 1, 2), (1, 6, 6, 1), 2, "SAME")
    c = convert(r, to="onnx")
    assert c.exact
    node = helper.make_node("ConvTranspose", ["X", "W"], ["Y"], **c.params)
    vi = [helper.make_tensor_value_info(n, TensorProto.DOUBLE, None) for n in "XWY"]
    model = helper.make_model(helper.make_graph([node], "g", vi[:2], vi[2:]),
                              opset_imports=[helper.make_opsetid("", 22)])
    rng = np.random.default_rng(0)
    x = rng.standard_normal((1, 3, 3, 2))
    w = rng.standard_normal((3, 3, 1, 2))
    y = ReferenceEvaluator(model).run(None, {"X": c.convert_input(x),
                                             "W": c.convert_weight(w)})[0]
    np.testing.assert_allclose(c.finish(y), r.apply(x, w), rtol=1e-12)
    assert onnx is not None


def test_impossible_and_bad_names():
    grouped = TransposedConvSpec(in_size=3, kernel_size=2, in_channels=4, out_channels=4,
                                 groups=2)
    c = convert(grouped, to="tensorflow")
    assert c.target is None and "no groups" in c.reason and "impossible" in repr(c)
    with pytest.raises(ValueError, match="no tensorflow equivalent"):
        c.convert_weight(np.zeros(grouped.weight_shape))
    assert convert(grouped, to="onnx").exact and convert(grouped, to="pytorch").exact
    with pytest.raises(ValueError, match="framework must be one of"):
        convert(grouped, to="caffe")
    with pytest.raises(ValueError, match="from_ must name"):
        convert({"input_shape": (1, 1, 3)}, to="onnx")
    with pytest.raises(TypeError, match="spec_or_params"):
        convert([1, 2, 3], to="onnx")


def test_params_splat_into_the_function_constructor_params_build_the_layer(torch):
    """``**c.params`` is the function's keyword arguments again (as before round 2);
    ``c.constructor_params`` builds the layer; indexing answers both."""
    import tconv_sym as ts

    spec = TransposedConvSpec(in_size=(3, 4), kernel_size=3, stride=2, padding=1,
                              output_padding=1, in_channels=2, out_channels=4, groups=2)
    c = convert(spec, to="torch")
    rng = np.random.default_rng(3)
    x = rng.standard_normal((3, *spec.in_shape))
    w = rng.standard_normal(spec.weight_shape)
    expected = ts.conv_transpose(x, w, stride=2, padding=1, output_padding=1, groups=2)
    y = torch.nn.functional.conv_transpose2d(torch.from_numpy(x), torch.from_numpy(w),
                                             **c.params)
    np.testing.assert_allclose(y.numpy(), expected, rtol=1e-12, atol=1e-12)
    layer = torch.nn.ConvTranspose2d(**c.constructor_params).double()
    with torch.no_grad():
        layer.weight.copy_(torch.from_numpy(w))
        np.testing.assert_allclose(layer(torch.from_numpy(x)).numpy(), expected, rtol=1e-12,
                                   atol=1e-12)
    assert c.params["in_channels"] == 2 and "in_channels" in c.params
    assert "in_channels" not in dict(c.params) and dict(c.params) == c.call_params
    assert "in_channels=2" in repr(c) and "bias=False" in repr(c)


def test_from_flags_reads_each_frameworks_own_terms():
    from tconv_sym.interop import FRAMEWORKS
    from tconv_sym.spec import layer_params

    flags = layer_params(in_size=(4, 4), kernel_size=3, stride=2, padding="same",
                         in_channels=2, out_channels=3)
    got = {name: fw.from_flags(flags) for name, fw in FRAMEWORKS.items() if name != "pytorch"}
    assert got["keras"].params["bias"] and not got["tensorflow"].params["bias"]
    assert got["onnx"].params["auto_pad"] == "SAME_UPPER"
    assert got["tensorflow"].params["output_shape"] == (1, 8, 8, 3)  # from the spec's "same"
    # one layer, read in each framework's terms: TensorFlow's SAME window everywhere
    assert {r.window for r in got.values()} == {((0, 8), (0, 8))}
    with pytest.raises(ValueError, match="PyTorch's ConvTranspose padding is one int"):
        FRAMEWORKS["pytorch"].from_flags(flags)
    grouped = layer_params(in_size=4, kernel_size=3, in_channels=4, out_channels=2, groups=2)
    with pytest.raises(ValueError, match="groups=2: Keras' ConvTranspose layers have no"):
        FRAMEWORKS["keras"].from_flags(grouped)
    assert FRAMEWORKS["onnx"].from_flags(grouped).spec.groups == 2
    full = layer_params(in_size=3, kernel_size=3, padding="full")
    assert FRAMEWORKS["onnx"].from_flags(full).params["pads"] == [2, 2]


def test_framework_names_and_aliases():
    from tconv_sym.interop import ALIASES, framework_for

    assert framework_for("torch").name == "pytorch" and framework_for("TF").name == "tensorflow"
    assert framework_for("keras3").name == "keras" and ALIASES["onnxruntime"] == "onnx"
    with pytest.raises(ValueError, match="did you mean 'tensorflow'"):
        framework_for("tensorflwo")
