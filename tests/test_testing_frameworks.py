"""Kernels under test written in JAX, TensorFlow and ONNX (onnxruntime), checked through a
``Resolution`` (their own layouts) at a real-ish size: the real framework op passes, a
broken kernel is named."""

from __future__ import annotations

import numpy as np
import pytest

from tconv_sym.interop import resolve_jax, resolve_tf
from tconv_sym.testing import OperatorMismatch, assert_same_operator

RNG = np.random.default_rng(3)


def test_jax_conv_transpose_at_a_real_size():
    jax = pytest.importorskip("jax")
    jax.config.update("jax_enable_x64", True)
    lax = jax.lax
    lhs, rhs = (1, 32, 32, 16), (4, 4, 16, 8)  # NHWC, HWIO
    r = resolve_jax(lhs, rhs, (2, 2), "SAME")
    w = RNG.integers(-4, 5, rhs).astype(np.float64)

    def kernel(weight):
        return lambda x: np.asarray(lax.conv_transpose(x, weight, (2, 2), "SAME"))

    assert_same_operator(kernel(w), r, w)
    with pytest.raises(OperatorMismatch, match="diagnosis: kernel flipped"):
        assert_same_operator(kernel(w[::-1, ::-1].copy()), r, w)


def test_tensorflow_conv2d_transpose_at_a_real_size():
    tf = pytest.importorskip("tensorflow")
    x_shape, f_shape, y_shape = (1, 32, 32, 16), (3, 3, 8, 16), (1, 64, 64, 8)
    r = resolve_tf(x_shape, f_shape, y_shape, 2, "SAME")
    filters = RNG.integers(-4, 5, f_shape).astype(np.float64)

    def kernel(f):
        def fn(x):
            shape = (x.shape[0], *y_shape[1:])
            return tf.nn.conv2d_transpose(x, f, shape, 2, "SAME").numpy()
        return fn

    assert_same_operator(kernel(filters), r, filters)
    wrong = filters.copy()
    wrong[:, :, 3] = wrong[::-1, ::-1, 3]  # output channel 3's kernels flipped
    with pytest.raises(OperatorMismatch) as err:
        assert_same_operator(kernel(wrong), r, filters)
    assert "only output channel 3: its kernel is flipped" in str(err.value)


def test_onnxruntime_conv_transpose_at_a_real_size():
    onnx = pytest.importorskip("onnx")
    ort = pytest.importorskip("onnxruntime")
    from onnx import TensorProto, helper

    from tconv_sym.interop import resolve_onnx

    x_shape, w_shape = (1, 16, 32, 32), (16, 8, 3, 3)
    attrs = dict(strides=[2, 2], pads=[1, 1, 1, 1], output_padding=[1, 1])
    r = resolve_onnx(x_shape, w_shape, **attrs)
    w = RNG.integers(-4, 5, w_shape).astype(np.float64)

    def kernel(weight):
        node = helper.make_node("ConvTranspose", ["X", "W"], ["Y"], **attrs)
        graph = helper.make_graph(
            [node], "t", [helper.make_tensor_value_info("X", TensorProto.FLOAT,
                                                        ["N", 16, 32, 32])],
            [helper.make_tensor_value_info("Y", TensorProto.FLOAT, None)],
            [onnx.numpy_helper.from_array(weight.astype(np.float32), "W")])
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
        session = ort.InferenceSession(model.SerializeToString(),
                                       providers=["CPUExecutionProvider"])
        # onnxruntime has no float64 ConvTranspose: float32, and a float32 tolerance
        return lambda x: session.run(None, {"X": x.astype(np.float32)})[0]

    assert_same_operator(kernel(w), r, w, rtol=1e-5, atol=1e-5)
    wrong = w.copy()
    wrong[5] = wrong[5].transpose(0, 2, 1)
    with pytest.raises(OperatorMismatch) as err:
        assert_same_operator(kernel(wrong), r, w, rtol=1e-5, atol=1e-5)
    assert "only input channel 5: its kernel is transposed" in str(err.value)


def test_a_mistake_that_looks_confined_is_named_for_the_whole_layer():
    """JAX, padding past the full output (zeros framing it) and the kernel flipped along H:
    only odd rows and the non-zero columns differ, yet it is one whole-layer mistake."""
    jax = pytest.importorskip("jax")
    jax.config.update("jax_enable_x64", True)
    pad = [(3, 4), (0, 3)]
    r = resolve_jax((1, 5, 6, 2), (3, 3, 2, 3), (2, 2), pad)
    assert r.zero_pad != ((0, 0), (0, 0))
    w = RNG.integers(-3, 4, (3, 3, 2, 3)).astype(float)

    def kernel(weight):
        return lambda x: np.asarray(jax.lax.conv_transpose(x, weight, (2, 2), pad))

    assert_same_operator(kernel(w), r, w)
    with pytest.raises(OperatorMismatch) as err:
        assert_same_operator(kernel(w[::-1].copy()), r, w)
    text = " ".join(str(err.value).split())
    assert "6 of 14 rows (1, 3, 5, 7, 9, 11), the first 11 columns (0–10)" in text
    assert "diagnosis: kernel flipped along one axis: " in text
