"""Every value of ../shared/reference/seed_examples.json that the core layer can reproduce."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import sympy

from tconv_sym import (
    ConvSpec,
    TransposedConvSpec,
    as_column,
    conv_matrix,
    conv_transpose,
    conv_transpose_matrix,
    downsample_matrix,
    input_symbols,
    kernel_symbols,
    upsample_matrix,
)


def test_copy_is_current():
    shared = Path(__file__).parents[2] / "shared" / "reference" / "seed_examples.json"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    ours = Path(__file__).parent / "data" / "seed_examples.json"
    assert json.loads(ours.read_text()) == json.loads(shared.read_text())


def test_tutorial_2x2(seed):
    (ex,) = [e for e in seed["numeric"] if e["name"] == "stride1_2x2_kernel2"]
    y = conv_transpose(np.array(ex["x"]), np.array(ex["w"]), **ex["params"])
    assert y.tolist() == ex["y"]


def test_tf_same_stride2_through_the_core(seed):
    (ex,) = [e for e in seed["numeric"] if e["name"] == "tf_same_stride2_ones3x3"]
    x = np.array(ex["x_nhwc"])[..., 0]  # (1, 2, 2)
    spec = TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same")
    assert (1, *spec.out_size, 1) == tuple(ex["params"]["output_shape"])
    assert spec.padding == ((0, 1), (0, 1))  # TF crops the surplus at the end
    y = conv_transpose(x[:, None], np.ones((1, 1, 3, 3), dtype=np.int64), stride=2,
                       padding="same")
    assert y[0, 0].tolist() == ex["y_nhwc_squeezed"]


@pytest.mark.parametrize("index", range(4))
def test_shapes(seed, index):
    ex = seed["shapes"][index]
    n, h, w, c = ex["input"]
    spec = TransposedConvSpec(in_size=(h, w), kernel_size=ex["kernel"], stride=ex["strides"],
                              padding=ex["padding"], in_channels=c,
                              out_channels=ex["output"][3])
    assert (n, *spec.out_size, spec.out_channels) == tuple(ex["output"])


def test_symbolic_1d(seed):
    s = seed["symbolic_1d"]
    q = kernel_symbols("q", 3)
    cq = conv_matrix(ConvSpec(in_size=4, kernel_size=3, padding="same", mode="convolution"), q)
    assert cq == sympy.Matrix(s["conv_matrix_q_len4"])
    down, up = downsample_matrix(4, 2), upsample_matrix(2, 2)
    assert down.tolist() == s["downsample_2_len4"]
    assert up.tolist() == s["upsample_2_len2"]
    assert up == down.T  # identity 1
    x = as_column(input_symbols("x", 2))
    lhs = (cq * (up * x)).expand()
    rhs = ((down * cq.T).T * x).expand()
    assert lhs == rhs  # identity 4, by SymPy expansion
    q0, q1, q2 = q
    x0, x1 = x
    assert list(lhs) == [q1 * x0, q0 * x1 + q2 * x0, q1 * x1, q2 * x1]
    # and it is a PyTorch transposed convolution: (q*)ᵀ is cross-correlation with q, padding
    # 1; stride 2; output_padding 1 restores length 4
    t = TransposedConvSpec(in_size=2, kernel_size=3, stride=2, padding=1, output_padding=1)
    assert conv_transpose_matrix(t, q) == cq * up
    assert conv_transpose_matrix(t.with_(mode="convolution"), q) != cq * up  # flipped: refuted


def test_strided_conv_is_downsampled_conv():
    q = kernel_symbols("q", 3)
    full = conv_matrix(ConvSpec(in_size=6, kernel_size=3, padding=1), q)
    strided = conv_matrix(ConvSpec(in_size=6, kernel_size=3, padding=1, stride=2), q)
    assert strided == downsample_matrix(6, 2) * full
    assert strided != downsample_matrix(6, 2) * conv_matrix(
        ConvSpec(in_size=6, kernel_size=3, padding=(0, 2)), q)  # padding off by one: refuted


def test_dilated_conv_is_upsampled_kernel():
    q = kernel_symbols("q", 3)
    dilated = conv_matrix(ConvSpec(in_size=8, kernel_size=3, dilation=2), q)
    q_up = list(upsample_matrix(3, 2) * sympy.Matrix(q))[:5]  # (q0, 0, q1, 0, q2)
    assert dilated == conv_matrix(ConvSpec(in_size=8, kernel_size=5), q_up)
    assert dilated != conv_matrix(ConvSpec(in_size=8, kernel_size=5),
                                  list(downsample_matrix(5, 1) * sympy.Matrix(q_up))[::-1])
