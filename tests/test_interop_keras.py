"""Keras Conv{n}DTranspose / keras.ops.conv_transpose against Keras' own code.

The values on each backend are compared in tests/test_fidelity.py (one process per
KERAS_BACKEND); here: the padding and output-length rules against Keras' own functions,
and the layer rules against the real layer constructors.
"""

from __future__ import annotations

import itertools

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

keras = pytest.importorskip("keras")
from keras.src.backend.common import backend_utils  # noqa: E402

GRID = list(itertools.product(range(1, 6), range(1, 4), (1, 2, 3), ("valid", "same", "Same",
                                                                    "VALID")))


@pytest.mark.parametrize("k, s, d, padding", GRID)
def test_padding_and_length_are_keras_own(k, s, d, padding):
    for op in (None, *range(s + 2)):   # ops accept output_padding >= strides
        theirs = backend_utils._convert_conv_transpose_padding_args_from_keras_to_jax(
            k, s, d, padding, op)
        assert keras_padding(k, s, padding, op, d) == theirs
        for i in range(1, 5):
            length = backend_utils._get_output_shape_given_tf_padding(i, k, s, padding, op, d)
            if length >= 0:
                assert keras_output_length(i, k, padding, op, s, d) == length


def test_layer_rules_are_the_layer_constructors():
    """Layers refuse output_padding >= strides and strides > 1 with dilation > 1; the ops
    accept both (resolve_keras(rules="ops"), keras_conv_transpose)."""
    for kwargs in (dict(strides=2, output_padding=2), dict(strides=2, dilation_rate=2)):
        with pytest.raises(ValueError):
            keras.layers.Conv1DTranspose(1, 3, **kwargs)
        with pytest.raises(ValueError):
            resolve_keras((1, 4, 1), (3, 1, 1), **kwargs)
        r = resolve_keras((1, 4, 1), (3, 1, 1), rules="ops", **kwargs)
        assert r.out_size == (keras_output_length(4, 3, "valid", kwargs.get("output_padding"),
                                                  2, kwargs.get("dilation_rate", 1)),)
    keras.layers.Conv1DTranspose(1, 3, strides=2, output_padding=1)  # accepted by both
    resolve_keras((1, 4, 1), (3, 1, 1), strides=2, output_padding=1)


def test_empty_window_is_an_empty_array():
    """'same' with output_padding=0, an even kernel span and one input sample: Keras returns
    a zero-size array on every backend; so does the tool."""
    y = keras_conv_transpose(np.ones((1, 1, 1)), np.ones((2, 1, 1)), 1, "same", 0)
    assert y.shape == (1, 0, 1)
    assert resolve_keras((1, 1, 1), (2, 1, 1), 1, "same", 0).notes()[0].startswith(
        "dim 0: empty window")


def test_tensorflow_backend_refuses_some_keras_lengths():
    """The TensorFlow backend hands Keras' length to tf.nn.conv_transpose, which checks it
    as a SAME/VALID size: 'same' with an even kernel span and output_padding=0 is refused
    there (the JAX and torch backends compute it). Where TensorFlow accepts, the windows
    are the same."""
    refused = 0
    for i, k, s, d in itertools.product(range(1, 5), range(1, 6), range(1, 4), (1, 2)):
        for padding, op in itertools.product(("valid", "same"), (None, *range(s))):
            kr = resolve_keras((1, i, 1), (k, 1, 1), s, padding, op, dilation_rate=d,
                               rules="ops")
            L = kr.out_size[0]
            if L == 0:  # an empty window (test_empty_window_is_an_empty_array)
                continue
            if L not in tf_valid_output_sizes(i, k, s, padding.upper(), d):
                with pytest.raises(ValueError, match="out_backprop"):
                    resolve_tf((1, i, 1), (k, 1, 1), (1, L, 1), s, padding.upper(),
                               dilations=d)
                refused += 1
                continue
            tr = resolve_tf((1, i, 1), (k, 1, 1), (1, L, 1), s, padding.upper(), dilations=d)
            assert kr.window == tr.window, (i, k, s, d, padding, op)
    assert refused > 0


def test_keras_errors():
    with pytest.raises(ValueError, match="Strides must be greater than output padding"):
        resolve_keras((1, 4, 1), (3, 1, 1), 2, "same", output_padding=2)
    with pytest.raises(ValueError, match="input channels"):
        resolve_keras((1, 4, 2), (3, 1, 1), 2, "same")
    with pytest.raises(ValueError, match="padding must be one of"):
        resolve_keras((1, 4, 1), (3, 1, 1), 2, "full")
    with pytest.raises(ValueError, match="rules must be one of"):
        resolve_keras((1, 4, 1), (3, 1, 1), rules="backend")


def test_notes_warn_where_the_tensorflow_backend_aborts():
    """The classes found by running them (tests/test_conversion_matrix.py checks every
    prediction against the real TensorFlow backend): notes name the workaround."""
    r = resolve_keras((1, 4, 1), (2, 1, 1), 2, "same", output_padding=0)
    assert any("this layer aborts" in n and "KERAS_BACKEND=jax" in n and
               "output_padding (None gives 8)" in n for n in r.notes())
    assert resolve_keras((1, 4, 1), (2, 1, 1), 2, "same").cautions == ()
    cf = resolve_keras((1, 1, 4), (3, 1, 1), 1, "same", data_format="channels_first")
    assert "refuses channels-first data for float64, and for float32 unless its oneDNN" \
        in cf.notes()[0]
    dilated = resolve_keras((1, 4, 1), (3, 1, 1), 1, "valid", dilation_rate=2)
    assert "dilation > 1" in dilated.notes()[0] and "float32" in dilated.notes()[0]
    assert resolve_tf((1, 4, 1), (3, 1, 1), (1, 8, 1), 1, "VALID", dilations=2).cautions
