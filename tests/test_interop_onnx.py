"""ONNX ConvTranspose against onnxruntime (what users run), where it departs from the text.

The broad random sweep is tests/test_fidelity.py; here are the cases where onnxruntime
departs from the ONNX operator text, each a one-line repro, compared with onnxruntime.
"""

from __future__ import annotations

import numpy as np
import pytest

from tconv_sym.interop import onnx_conv_transpose, resolve_onnx

pytest.importorskip("onnxruntime")
pytest.importorskip("onnx")
from fidelity_worker import ort_conv_transpose  # noqa: E402

X = np.array([[[1, 2, 3]]], dtype=np.float32)
W3 = np.array([[[1, 10, 100]]], dtype=np.float32)   # full output [1, 10, 102, 20, 203, 30, 300]
W1 = np.array([[[1]]], dtype=np.float32)


def outcome(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs).tolist()
    except Exception:  # noqa: BLE001 - acceptance is compared
        return "raises"


# (weight, attributes): the departures of onnxruntime from the ONNX text, and the plain cases
CASES = [
    (W3, dict(strides=[2])),
    (W3, dict(strides=[2], auto_pad="SAME_UPPER")),
    (W3, dict(strides=[2], auto_pad="SAME_LOWER")),
    (W3, dict(strides=[2], output_shape=[6])),
    (W3, dict(strides=[2], output_shape=[6], auto_pad="SAME_UPPER")),
    (W3, dict(strides=[2], output_shape=[5])),
    # kernel span 1 < stride 3: the text says i*s = 9 samples, onnxruntime returns the full 7
    (W1, dict(strides=[3], auto_pad="SAME_UPPER")),
    (W1, dict(strides=[3], auto_pad="SAME_LOWER")),
    # output_shape 1..s-1 past the full output: zeros at the end; s past it: refused
    (W1, dict(strides=[3], output_shape=[8])),
    (W1, dict(strides=[3], output_shape=[9])),
    (W1, dict(strides=[3], output_shape=[10])),
    (W3, dict(strides=[2], output_shape=[9])),
    # output_padding < dilation but >= stride: valid text, refused by onnxruntime
    (W3, dict(strides=[1], dilations=[3], output_padding=[2])),
    (W3, dict(strides=[2], output_padding=[1])),
    # output_shape with N and C, lowercase auto_pad, pads with auto_pad: refused
    (W3, dict(strides=[2], output_shape=[1, 1, 6])),
    (W3, dict(strides=[2], auto_pad="same_upper")),
    (W3, dict(strides=[2], auto_pad="SAME_UPPER", pads=[0, 0])),
]


@pytest.mark.parametrize("w, attrs", CASES)
def test_follows_onnxruntime(w, attrs):
    assert outcome(onnx_conv_transpose, X, w, **attrs) == outcome(ort_conv_transpose, X, w,
                                                                  **attrs)


def test_departures_from_the_text_are_real():
    """The cases above are not all trivially equal: onnxruntime really returns the full
    output for SAME_* with a short kernel (the text: i*s = 9 samples) and puts the zeros of
    an output_shape past the full output at the end."""
    assert ort_conv_transpose(X, W1, strides=[3], auto_pad="SAME_UPPER").shape == (1, 1, 7)
    assert ort_conv_transpose(X, W1, strides=[3], output_shape=[8]).tolist() == \
        onnx_conv_transpose(X, W1, strides=[3], output_shape=[8]).tolist() == \
        [[[1, 0, 0, 2, 0, 0, 3, 0]]]
    r = resolve_onnx((1, 1, 3), (1, 1, 1), strides=[3], output_shape=[8])
    assert r.window == ((0, 8),) and r.crop == ((0, -1),)


def test_groups_and_bias_follow_onnxruntime():
    rng = np.random.default_rng(2)
    Xg = rng.integers(-3, 4, (2, 4, 3, 3)).astype(np.float32)
    Wg = rng.integers(-3, 4, (4, 3, 2, 2)).astype(np.float32)
    B = rng.integers(-3, 4, 6).astype(np.float32)
    attrs = dict(group=2, strides=[2, 1], pads=[1, 0, 0, 1], output_padding=[1, 0])
    np.testing.assert_array_equal(onnx_conv_transpose(Xg, Wg, B, **attrs),
                                  ort_conv_transpose(Xg, Wg, B, **attrs))


@pytest.mark.parametrize("attrs, message", [
    (dict(auto_pad="SAME_UPPER", pads=[0, 0]), "pads cannot be used together"),
    (dict(strides=[2], output_padding=[2]), "must be less than strides[0]=2"),
    (dict(kernel_shape=[2]), "kernel_shape=[2] does not match"),
    (dict(auto_pad="SAME"), "auto_pad must be one of"),
    (dict(strides=[1, 1]), "strides must have 1 entries"),
    (dict(strides=[2], output_shape=[1, 1, 6]), "output_shape must have 1 entries"),
    (dict(strides=[2], output_shape=[9]), "inconsistent with the input"),
])
def test_errors(attrs, message):
    with pytest.raises(ValueError) as err:
        resolve_onnx((1, 1, 3), (1, 1, 3), **attrs)
    assert message in str(err.value)
    with pytest.raises(TypeError, match="no attribute"):
        onnx_conv_transpose(np.ones((1, 1, 3)), np.ones((1, 1, 3)), padding=[1])
