"""Keras Conv{n}DTranspose conventions: output lengths, windows, TensorFlow/JAX backends."""

from __future__ import annotations

import numpy as np
import pytest

from tconv_sym.interop import (
    keras_conv_transpose,
    keras_output_length,
    keras_padding,
    resolve_keras,
    resolve_tf,
    tf_valid_output_sizes,
)


def test_seed_keras_output_shapes(seed):
    for case in seed["shapes"]:
        if not case["source"].startswith("Keras"):
            continue
        c = case["input"][3]
        r = resolve_keras(case["input"], (case["kernel"], case["kernel"], c, c),
                          case["strides"], case["padding"])
        assert list(r.output_shape(1)) == case["output"], case
    # 4x4, k3: stride 2 valid 9x9, stride 2 same 8x8, stride 1 valid 6x6
    x = np.ones((1, 4, 4, 1))
    k = np.ones((3, 3, 1, 1))
    assert keras_conv_transpose(x, k, 2, "valid").shape == (1, 9, 9, 1)
    assert keras_conv_transpose(x, k, 2, "same").shape == (1, 8, 8, 1)
    assert keras_conv_transpose(x, k, 1, "valid").shape == (1, 6, 6, 1)


def _keras_formula(i, k, padding, op, s, d):
    """Keras' documented output length (_get_output_shape_given_tf_padding)."""
    span = (k - 1) * d + 1
    if padding == "valid":
        op = max(span, s) - span if op is None else op
        return (i - 1) * s + span + op
    return i * s if op is None else (i - 1) * s + span % 2 + op


def test_output_length_matches_keras_formula():
    for i in range(1, 6):
        for k in range(1, 6):
            for s in range(1, 4):
                for d in (1, 2):
                    for padding in ("valid", "same"):
                        for op in (None, *range(s)):
                            expected = _keras_formula(i, k, padding, op, s, d)
                            if expected < 1:
                                continue
                            got = keras_output_length(i, k, padding, op, s, d)
                            assert got == expected


def test_keras_same_is_tensorflow_same_where_tensorflow_accepts():
    """The TensorFlow backend calls tf.nn.conv_transpose(output_shape=keras length): same
    window; for 'same' with an even kernel span and output_padding=0 TensorFlow refuses."""
    refused = 0
    for i in range(1, 5):
        for k in range(1, 6):
            for s in range(1, 4):
                for d in (1, 2):
                    for padding in ("valid", "same"):
                        for op in (None, *range(s)):
                            if _keras_formula(i, k, padding, op, s, d) < 1:  # empty output
                                with pytest.raises(ValueError, match="empty"):
                                    resolve_keras((1, i, 1), (k, 1, 1), s, padding, op,
                                                  dilation_rate=d)
                                continue
                            kr = resolve_keras((1, i, 1), (k, 1, 1), s, padding, op,
                                               dilation_rate=d)
                            L = kr.out_size[0]
                            if L not in tf_valid_output_sizes(i, k, s, padding.upper(), d):
                                span = (k - 1) * d + 1
                                assert padding == "same" and span % 2 == 0 and op == 0
                                refused += 1
                                continue
                            tr = resolve_tf((1, i, 1), (k, 1, 1), (1, L, 1), s,
                                            padding.upper(), dilations=d)
                            assert kr.window == tr.window, (i, k, s, d, padding, op)
    assert refused > 0


def test_keras_padding_written_down():
    # Keras' JAX-backend padding (left, right) of the fractionally strided convolution
    assert keras_padding(3, 2, "same") == (2, 1)
    assert keras_padding(3, 2, "valid") == (2, 2)
    assert keras_padding(1, 3, "valid") == (0, 2)  # output_padding defaults to s - k = 2
    assert keras_padding(4, 2, "same", output_padding=1) == (2, 1)
    r = resolve_keras((1, 3, 1), (4, 1, 1), 2, "same", output_padding=0)
    assert r.out_size == (4,) and r.crop == ((2, 2),)  # total 2, split 1 + 1 of span-1 = 3


def test_keras_numbers_are_tf_seed():
    x = np.array([1, 2, 3, 4]).reshape(1, 2, 2, 1)
    y = keras_conv_transpose(x, np.ones((3, 3, 1, 1), dtype=int), 2, "same")
    assert y[0, :, :, 0].tolist() == [[1, 1, 3, 2], [1, 1, 3, 2], [4, 4, 10, 6], [3, 3, 7, 4]]
    y = keras_conv_transpose(x.transpose(0, 3, 1, 2), np.ones((3, 3, 1, 1), dtype=int), 2,
                             "same", data_format="channels_first")
    assert y[0, 0].tolist() == [[1, 1, 3, 2], [1, 1, 3, 2], [4, 4, 10, 6], [3, 3, 7, 4]]


def test_keras_errors():
    with pytest.raises(ValueError, match="Strides must be greater than output padding"):
        resolve_keras((1, 4, 1), (3, 1, 1), 2, "same", output_padding=2)
    with pytest.raises(ValueError, match="input channels"):
        resolve_keras((1, 4, 2), (3, 1, 1), 2, "same")
    with pytest.raises(ValueError, match="padding must be one of"):
        resolve_keras((1, 4, 1), (3, 1, 1), 2, "full")


def test_against_jax_backend_if_installed():
    """Keras' JAX backend: lax.conv_transpose(transpose_kernel=True) with keras_padding."""
    jax = pytest.importorskip("jax")
    jax.config.update("jax_enable_x64", True)
    rng = np.random.default_rng(5)
    for trial in range(12):
        k, s, d = int(rng.integers(1, 5)), int(rng.integers(1, 4)), int(rng.integers(1, 3))
        padding = ["same", "valid"][trial % 2]
        op = None if trial % 3 else int(rng.integers(0, s))
        x = rng.standard_normal((1, int(rng.integers(1, 5)), 2))
        w = rng.standard_normal((k, 3, 2))
        theirs = np.asarray(jax.lax.conv_transpose(
            x, w, (s,), [keras_padding(k, s, padding, op, d)], rhs_dilation=(d,),
            dimension_numbers=("NHC", "HIO", "NHC"), transpose_kernel=True))
        ours = keras_conv_transpose(x, w, s, padding, op, dilation_rate=d)
        np.testing.assert_allclose(ours, theirs, rtol=1e-10, atol=1e-10)


def test_against_keras_if_installed():
    keras = pytest.importorskip("keras")
    rng = np.random.default_rng(6)
    x = rng.standard_normal((1, 4, 4, 2)).astype("float32")
    for padding, strides, op in (("same", 2, None), ("valid", 2, None), ("same", 2, 1),
                                 ("valid", 1, None)):
        layer = keras.layers.Conv2DTranspose(3, 3, strides=strides, padding=padding,
                                             output_padding=op, use_bias=False)
        theirs = np.asarray(layer(x))
        kernel = np.asarray(layer.get_weights()[0])
        ours = keras_conv_transpose(x, kernel, strides, padding, op)
        np.testing.assert_allclose(ours, theirs, rtol=1e-4, atol=1e-5)
