"""ONNX ConvTranspose (opset 22) against onnx.reference.ReferenceEvaluator and written values."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tconv_sym import TransposedConvSpec
from tconv_sym.interop import onnx_conv_transpose, resolve_onnx

onnx = pytest.importorskip("onnx")
from onnx import TensorProto, helper  # noqa: E402
from onnx.reference import ReferenceEvaluator  # noqa: E402


def reference(X, W, B=None, **attrs):  # noqa: N803
    inputs = ["X", "W"] + (["B"] if B is not None else [])
    node = helper.make_node("ConvTranspose", inputs, ["Y"], **attrs)
    info = [helper.make_tensor_value_info(n, TensorProto.DOUBLE, None) for n in inputs]
    graph = helper.make_graph([node], "g", info,
                              [helper.make_tensor_value_info("Y", TensorProto.DOUBLE, None)])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 22)])
    feeds = {"X": X, "W": W, **({"B": B} if B is not None else {})}
    return ReferenceEvaluator(model).run(None, feeds)[0]


@st.composite
def onnx_cases(draw):
    ints = st.integers
    nd = draw(ints(1, 3))
    small = 3 if nd == 3 else 4
    i = [draw(ints(1, small)) for _ in range(nd)]
    k = [draw(ints(1, 3)) for _ in range(nd)]
    s = [draw(ints(1, 3)) for _ in range(nd)]
    d = [draw(ints(1, 2)) for _ in range(nd)]
    # output_padding in [stride, dilation) is valid ONNX (and PyTorch) but onnx.reference's
    # col2im rejects it; test_output_padding_below_dilation covers it against PyTorch
    op = [draw(ints(0, a - 1)) for a in s]
    auto_pad = draw(st.sampled_from(["NOTSET", "NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"]))
    attrs = dict(strides=s, dilations=d, output_padding=op, kernel_shape=k)
    if auto_pad == "NOTSET":
        attrs["pads"] = [draw(ints(0, 2)) for _ in range(2 * nd)]
    else:
        attrs["auto_pad"] = auto_pad
        if auto_pad != "VALID" and draw(st.booleans()):  # SAME_* with an explicit output_shape
            attrs["output_shape"] = [a * b + draw(ints(-1, 1)) for a, b in zip(i, s)]
    cin, cout = draw(ints(1, 2)), draw(ints(1, 2))
    return i, k, cin, cout, attrs, draw(st.booleans()), draw(ints(0, 99))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=onnx_cases())
def test_matches_reference_evaluator(case):
    i, k, cin, cout, attrs, bias, seed = case
    rng = np.random.default_rng(seed)
    X = rng.integers(-4, 5, (2, cin, *i)).astype(float)
    W = rng.integers(-4, 5, (cin, cout, *k)).astype(float)
    B = rng.integers(-4, 5, cout).astype(float) if bias else None
    try:
        theirs = reference(X, W, B, **attrs)
    except Exception:  # the evaluator rejects it (an empty output): so must we
        with pytest.raises(ValueError):
            onnx_conv_transpose(X, W, B, **attrs)
        return
    if theirs.size == 0 or 0 in theirs.shape:
        with pytest.raises(ValueError):
            onnx_conv_transpose(X, W, B, **attrs)
        return
    ours = onnx_conv_transpose(X, W, B, **attrs)
    assert ours.shape == theirs.shape
    np.testing.assert_array_equal(ours, theirs)


def test_written_down_values():
    X = np.array([[[1, 2, 3]]])
    W = np.array([[[1, 10, 100]]])
    # full output: [1, 10, 102, 20, 203, 30, 300]
    assert onnx_conv_transpose(X, W, strides=[2]).tolist() == [[[1, 10, 102, 20, 203, 30, 300]]]
    assert onnx_conv_transpose(X, W, strides=[2], auto_pad="SAME_UPPER").tolist() == \
        [[[1, 10, 102, 20, 203, 30]]]  # odd padding sample at the end
    assert onnx_conv_transpose(X, W, strides=[2], auto_pad="SAME_LOWER").tolist() == \
        [[[10, 102, 20, 203, 30, 300]]]  # ... at the beginning
    # output_shape: pads generated, the extra at the start unless SAME_UPPER
    assert onnx_conv_transpose(X, W, strides=[2], output_shape=[6]).tolist() == \
        [[[10, 102, 20, 203, 30, 300]]]
    assert onnx_conv_transpose(X, W, strides=[2], output_shape=[6],
                               auto_pad="SAME_UPPER").tolist() == [[[1, 10, 102, 20, 203, 30]]]
    assert onnx_conv_transpose(X, W, strides=[2], output_shape=[5]).tolist() == \
        [[[10, 102, 20, 203, 30]]]  # total 2: one sample each side
    # kernel span 1 < stride 2: total padding -1; floor division, as onnx.reference does
    one = np.array([[[1]]])
    assert onnx_conv_transpose(X, one, strides=[2], auto_pad="SAME_UPPER").tolist() == \
        [[[0, 1, 0, 2, 0, 3]]]
    assert onnx_conv_transpose(X, one, strides=[2], auto_pad="SAME_LOWER").tolist() == \
        [[[1, 0, 2, 0, 3, 0]]]
    r = resolve_onnx((1, 1, 3), (1, 1, 1), strides=[2], auto_pad="SAME_UPPER")
    assert r.spec == TransposedConvSpec(in_size=3, kernel_size=1, stride=2)
    assert r.zero_pad == ((1, 0),)


def test_written_values_agree_with_reference_evaluator():
    X = np.array([[[1.0, 2.0, 3.0]]])
    for W in (np.array([[[1.0, 10.0, 100.0]]]), np.array([[[1.0]]])):
        for auto_pad in ("SAME_UPPER", "SAME_LOWER", "VALID"):
            np.testing.assert_array_equal(
                onnx_conv_transpose(X, W, strides=[2], auto_pad=auto_pad),
                reference(X, W, strides=[2], auto_pad=auto_pad))


def test_groups_follow_pytorch(torch):
    """ONNX and PyTorch share the weight layout (C, M/group, *k) and grouping."""
    rng = np.random.default_rng(2)
    X = rng.standard_normal((2, 4, 3, 3))
    W = rng.standard_normal((4, 3, 2, 2))
    ours = onnx_conv_transpose(X, W, group=2, strides=[2, 1], pads=[1, 0, 0, 1],
                               output_padding=[1, 0])
    full = torch.nn.functional.conv_transpose2d(torch.from_numpy(X), torch.from_numpy(W),
                                                stride=(2, 1), groups=2,
                                                output_padding=(1, 0)).numpy()
    np.testing.assert_allclose(ours, full[:, :, 1:, :-1], rtol=1e-12, atol=1e-12)
    # depthwise grouping is also what the reference evaluator computes
    Xd = rng.standard_normal((1, 2, 3))
    Wd = rng.standard_normal((2, 1, 3))
    np.testing.assert_allclose(onnx_conv_transpose(Xd, Wd, group=2, strides=[2]),
                               reference(Xd, Wd, group=2, strides=[2]), rtol=1e-12)


def test_output_padding_below_dilation(torch):
    X = np.array([[[1.0, 2.0]]])
    W = np.array([[[1.0, 10.0]]])
    ours = onnx_conv_transpose(X, W, dilations=[3], output_padding=[2])
    theirs = torch.nn.functional.conv_transpose1d(torch.from_numpy(X), torch.from_numpy(W),
                                                  dilation=3, output_padding=2).numpy()
    assert ours.tolist() == theirs.tolist() == [[[1, 2, 0, 10, 20, 0, 0]]]


@pytest.mark.parametrize("attrs, message", [
    (dict(auto_pad="SAME_UPPER", pads=[0, 0]), "pads cannot be used together"),
    (dict(strides=[2], output_padding=[2]), "must be less than strides[0]=2"),
    (dict(kernel_shape=[2]), "kernel_shape=[2] does not match"),
    (dict(auto_pad="SAME"), "auto_pad must be one of"),
    (dict(strides=[1, 1]), "strides must have 1 entries"),
])
def test_errors(attrs, message):
    with pytest.raises(ValueError) as err:
        resolve_onnx((1, 1, 3), (1, 1, 3), **attrs)
    assert message in str(err.value)
    with pytest.raises(TypeError, match="no attribute"):
        onnx_conv_transpose(np.ones((1, 1, 3)), np.ones((1, 1, 3)), padding=[1])
