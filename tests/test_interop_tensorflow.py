"""TensorFlow conventions: the seed SAME example, the MNIST decoder equivalence, the exact
output_shape check, N-d and dilated cases against PyTorch, and TensorFlow itself if present."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tconv_sym import TransposedConvSpec
from tconv_sym.interop import (
    resolve_tf,
    tf_conv1d_transpose,
    tf_conv2d,
    tf_conv2d_backprop_input,
    tf_conv2d_transpose,
    tf_conv3d_transpose,
    tf_valid_output_sizes,
)


def _seed(seed, name):
    return next(e for e in seed["numeric"] if e["name"] == name)


def test_seed_tf_same_stride2(seed):
    ex = _seed(seed, "tf_same_stride2_ones3x3")
    x = np.array(ex["x_nhwc"])
    p = ex["params"]
    y = tf_conv2d_transpose(x, np.ones((3, 3, 1, 1), dtype=np.int64), p["output_shape"],
                            p["strides"], p["padding"])
    assert y.shape == (1, 4, 4, 1)
    assert y[0, :, :, 0].tolist() == ex["y_nhwc_squeezed"]
    r = resolve_tf(x.shape, (3, 3, 1, 1), p["output_shape"], p["strides"], p["padding"])
    assert r.spec == TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2,
                                        padding=((0, 1), (0, 1)))
    assert r.crop == ((0, 1), (0, 1))  # "total padding 1 split as 0 before, 1 after"


def test_seed_stride1_tutorial_in_tf_layout(seed):
    ex = _seed(seed, "stride1_2x2_kernel2")
    x = np.array(ex["x"]).transpose(0, 2, 3, 1)  # NCHW -> NHWC
    filters = np.array(ex["w"]).transpose(2, 3, 1, 0)  # (C_in, C_out, kH, kW) -> HWOI
    y = tf_conv2d_transpose(x, filters, (1, 3, 3, 1), 1, "VALID")
    assert y.transpose(0, 3, 1, 2).tolist() == ex["y"]


def test_mnist_decoder_equivalence(torch):
    """conv2d_transpose(a, W) == conv2d(a, flip180(swap_in_out(W))) == conv2d_backprop_input
    (MNIST decoder: a is [1, 28, 28, 32], W is [7, 7, 1, 32], SAME, stride 1), and it is the
    gradient of conv2d with respect to its input (checked with torch.autograd)."""
    rng = np.random.default_rng(7)
    a = rng.integers(-3, 4, (1, 28, 28, 32)).astype(np.float64)
    w = rng.integers(-3, 4, (7, 7, 1, 32)).astype(np.float64)
    y = tf_conv2d_transpose(a, w, [1, 28, 28, 1], 1, "SAME")
    assert y.shape == (1, 28, 28, 1)
    flipped = w.transpose(0, 1, 3, 2)[::-1, ::-1]  # (7, 7, 32, 1): conv2d filters
    np.testing.assert_array_equal(tf_conv2d(a, flipped, 1, "SAME"), y)
    np.testing.assert_array_equal(tf_conv2d_backprop_input([1, 28, 28, 1], w, a, [1, 1, 1, 1],
                                                           "SAME"), y)
    # the gradient of conv2d(x, W as forward filters (kH, kW, C_in=1, C_out=32)) w.r.t. x
    x = torch.zeros(1, 1, 28, 28, dtype=torch.float64, requires_grad=True)
    w_fwd = torch.from_numpy(w.transpose(3, 2, 0, 1).copy())  # (32, 1, 7, 7)
    out = torch.nn.functional.conv2d(x, w_fwd, padding=3)
    (grad,) = torch.autograd.grad(out, x, torch.from_numpy(a.transpose(0, 3, 1, 2).copy()))
    np.testing.assert_array_equal(grad.numpy().transpose(0, 2, 3, 1), y)


def _tf_rule(L, k, s, d, padding):
    """tf.nn.convolution's documented output size (its 'returns' section)."""
    span = (k - 1) * d + 1
    if padding == "SAME":
        return -(-L // s)
    return -(-(L - span + 1) // s) if span <= L else 0


@pytest.mark.parametrize("padding", ["SAME", "VALID"])
def test_valid_output_sizes_follow_the_documented_rule(padding):
    """Two derivations agree (ConvSpec's sizes vs the rule written from conv_grad_shape_utils);
    the sizes TensorFlow itself accepts are checked in tests/test_fidelity.py."""
    for i in range(1, 5):
        for k in range(1, 5):
            for s in range(1, 4):
                for d in range(1, 3):
                    expected = [L for L in range(1, 40) if _tf_rule(L, k, s, d, padding) == i]
                    assert tf_valid_output_sizes(i, k, s, padding, d) == expected
                    assert 1 <= len(expected) <= s


def test_output_shape_errors_are_tensorflows():
    with pytest.raises(ValueError) as err:
        resolve_tf((1, 2, 2, 1), (3, 3, 1, 1), (1, 5, 4, 1), strides=2, padding="SAME")
    assert str(err.value).startswith(
        "Conv2DCustomBackpropInput: Size of out_backprop doesn't match computed: actual = 2, "
        "computed = 3 spatial_dim: 1 input: 5 filter: 3 output: 2 stride: 2 dilation: 1")
    assert "output_shape[1] must be one of [3, 4]" in str(err.value)
    with pytest.raises(ValueError, match="must be one of \\[5, 6\\]"):
        resolve_tf((1, 2, 2, 1), (3, 3, 1, 1), (1, 4, 5, 1), strides=2, padding="VALID")
    with pytest.raises(ValueError, match="output_shape does not match filter's output "
                                         "channels, 2 != 1"):
        resolve_tf((1, 2, 2, 1), (3, 3, 1, 1), (1, 4, 4, 2), 2)
    with pytest.raises(ValueError, match="input channels does not match filter's input "
                                         "channels, 3 != 1"):
        resolve_tf((1, 2, 2, 3), (3, 3, 1, 1), (1, 4, 4, 1), 2)
    with pytest.raises(ValueError, match="same batch size"):
        resolve_tf((2, 2, 2, 1), (3, 3, 1, 1), (1, 4, 4, 1), 2)
    with pytest.raises(ValueError, match="batch and depth dimensions"):
        resolve_tf((1, 2, 2, 1), (3, 3, 1, 1), (1, 4, 4, 1), [2, 2, 2, 2])
    with pytest.raises(ValueError, match="conv2d_transpose only"):
        resolve_tf((1, 2, 1), (3, 1, 1), (1, 4, 1), 2, [[0, 0], [1, 0], [0, 0]])
    with pytest.raises(ValueError, match="output_shape must have shape \\(4,\\)"):
        resolve_tf((1, 2, 2, 1), (3, 3, 1, 1), (4, 4), 2)


def test_explicit_padding_and_nchw(torch):
    rng = np.random.default_rng(3)
    x = rng.integers(-3, 4, (2, 3, 4, 5)).astype(float)  # NCHW
    f = rng.integers(-3, 4, (3, 2, 4, 3)).astype(float)  # (kH, kW, C_out=4, C_in=3)
    pads = [[0, 0], [0, 0], [1, 1], [0, 1]]  # NCHW order: (top, bottom), (left, right)
    # H: input 4, k 3, s 2, pads (1, 1) -> valid sizes 7, 8; W: 5, k 2, (0, 1) -> 9, 10
    assert tf_valid_output_sizes(4, 3, 2, (1, 1)) == [7, 8]
    assert tf_valid_output_sizes(5, 2, 2, (0, 1)) == [9, 10]
    y = tf_conv2d_transpose(x, f, (2, 4, 7, 10), [1, 1, 2, 2], pads, data_format="NCHW")
    full = torch.nn.functional.conv_transpose2d(
        torch.from_numpy(x), torch.from_numpy(f.transpose(3, 2, 0, 1).copy()), stride=2).numpy()
    assert full.shape == (2, 4, 9, 10)
    np.testing.assert_array_equal(y, full[:, :, 1:8, 0:10])
    r = resolve_tf(x.shape, f.shape, (2, 4, 7, 10), [1, 1, 2, 2], pads, data_format="NCHW")
    assert r.window == ((1, 8), (0, 10)) and r.spec.output_padding == (0, 1)


@st.composite
def tf_cases(draw):
    ints = st.integers
    nd = draw(ints(1, 3))
    small = 3 if nd == 3 else 5
    i = tuple(draw(ints(1, small)) for _ in range(nd))
    k = tuple(draw(ints(1, 4)) for _ in range(nd))
    s = tuple(draw(ints(1, 3)) for _ in range(nd))
    d = tuple(draw(ints(1, 2)) for _ in range(nd))
    padding = draw(st.sampled_from(["SAME", "VALID"]))
    sizes = tuple(draw(st.sampled_from(tf_valid_output_sizes(a, b, c, padding, e)))
                  for a, b, c, e in zip(i, k, s, d))
    return nd, i, k, s, d, padding, sizes, draw(ints(1, 2)), draw(ints(1, 2)), draw(ints(0, 99))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=tf_cases())
def test_tf_windows_against_torch_full_output(torch, case):
    """TF output = the full PyTorch output F cropped as TensorFlow's documented SAME/VALID
    padding of the forward convolution says (odd sample at the end), zeros past F."""
    nd, i, k, s, d, padding, sizes, cin, cout, seed = case
    rng = np.random.default_rng(seed)
    x = rng.integers(-3, 4, (2, *i, cin)).astype(float)
    f = rng.integers(-3, 4, (*k, cout, cin)).astype(float)
    fn = {1: tf_conv1d_transpose, 2: tf_conv2d_transpose, 3: tf_conv3d_transpose}[nd]
    y = fn(x, f, (2, *sizes, cout), s, padding, dilations=d)
    torch_fn = getattr(torch.nn.functional, f"conv_transpose{nd}d")
    perm = (nd + 1, nd, *range(nd))
    full = torch_fn(torch.from_numpy(np.moveaxis(x, -1, 1).copy()),
                    torch.from_numpy(f.transpose(perm).copy()), stride=s, dilation=d).numpy()
    index = [slice(None), slice(None)]
    pad_after = [(0, 0), (0, 0)]
    for L, kk, ss, dd, n in zip(sizes, k, s, d, full.shape[2:]):
        span = (kk - 1) * dd + 1
        total = max((-(-L // ss) - 1) * ss + span - L, 0) if padding == "SAME" else 0
        before = total // 2
        index.append(slice(before, min(before + L, n)))
        pad_after.append((0, max(before + L - n, 0)))
    expected = np.moveaxis(np.pad(full[tuple(index)], pad_after), 1, -1)
    np.testing.assert_array_equal(y, expected)


def test_dilated_same_example():
    # k=3, d=2 (span 5), s=2, input 3 -> SAME output 6: forward padding total 3 = (1, 2)
    tf = pytest.importorskip("tensorflow")
    r = resolve_tf((1, 3, 1), (3, 1, 1), (1, 6, 1), 2, "SAME", dilations=2)
    assert r.spec == TransposedConvSpec(in_size=3, kernel_size=3, stride=2, dilation=2,
                                        padding=(1, 2))
    x, f = np.array([[[1.0], [2.0], [3.0]]]), np.array([[[1.0]], [[10.0]], [[100.0]]])
    y = tf_conv1d_transpose(x, f, (1, 6, 1), 2, "SAME", dilations=2)
    # TensorFlow's CPU kernel has no dilation > 1: its reference here is XLA
    xla = tf.function(lambda a, b: tf.nn.conv1d_transpose(a, b, (1, 6, 1), 2, "SAME",
                                                          dilations=2), jit_compile=True)
    assert y[0, :, 0].tolist() == xla(x, f).numpy()[0, :, 0].tolist() == [0, 12, 0, 123, 0, 230]


def test_against_tensorflow_if_installed():
    tf = pytest.importorskip("tensorflow")
    rng = np.random.default_rng(11)
    for trial in range(30):
        k, s = int(rng.integers(1, 5)), int(rng.integers(1, 4))
        i = int(rng.integers(1, 5))
        padding = ["SAME", "VALID"][trial % 2]
        L = int(rng.choice(tf_valid_output_sizes(i, k, s, padding)))
        x = rng.standard_normal((1, i, i + 1, 2))
        L2 = tf_valid_output_sizes(i + 1, k, s, padding)[-1]
        f = rng.standard_normal((k, k, 3, 2))
        theirs = tf.nn.conv2d_transpose(x, f, (1, L, L2, 3), s, padding).numpy()
        ours = tf_conv2d_transpose(x, f, (1, L, L2, 3), s, padding)
        np.testing.assert_allclose(ours, theirs, rtol=1e-10, atol=1e-10)
