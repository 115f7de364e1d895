"""tconv_sym.testing: hypothesis strategies (the documented example test of a user's kernel),
linearity before the verdict (the audit's non-linear cases), progress lines and callback."""

from __future__ import annotations

import contextlib
import io

import numpy as np
import pytest
from hypothesis import given, settings

from tconv_sym import TransposedConvSpec, conv_transpose
from tconv_sym.testing import OperatorMismatch, assert_same_operator
from tconv_sym.testing.strategies import conv_specs, transposed_specs, weights


def mine(spec, w):
    """A user's kernel (here the reference itself) called with the spec's parameters."""
    pad = tuple(p for p, _ in spec.padding)
    return lambda x: conv_transpose(x, w, stride=spec.stride, padding=pad,
                                    output_padding=spec.output_padding,
                                    dilation=spec.dilation, groups=spec.groups)


@settings(max_examples=25, deadline=None)
@given(case=transposed_specs(framework="pytorch").flatmap(
    lambda s: weights(s).map(lambda w: (s, w))))
def test_example_property_test_of_a_users_kernel(case):
    spec, w = case
    assert_same_operator(mine(spec, w), spec, w)


@settings(max_examples=25, deadline=None)
@given(spec=transposed_specs())
def test_strategies_draw_valid_specs_of_every_form(spec):
    assert 1 <= spec.ndim <= 3 and all(o > 0 for o in spec.out_size)
    assert spec.in_channels % spec.groups == 0 and spec.out_channels % spec.groups == 0


@settings(max_examples=10, deadline=None)
@given(spec=conv_specs(framework="tensorflow"))
def test_tensorflow_specs_have_no_groups(spec):
    assert spec.groups == 1
    assert all(d == 1 for d in spec.dilation) or all(s == 1 for s in spec.stride)


@settings(max_examples=10, deadline=None)
@given(spec=transposed_specs(framework="jax", ndim=2))
def test_jax_specs_have_no_groups(spec):
    # (SAME may still need an output_padding in spec terms: JAX's SAME output is in * stride)
    assert spec.groups == 1 and spec.ndim == 2


def test_an_unknown_framework_is_refused():
    with pytest.raises(ValueError, match="framework must be one of"):
        transposed_specs(framework="caffe")


def test_a_flipped_kernel_is_found_by_the_property_test():
    spec = TransposedConvSpec(in_size=(3, 3), kernel_size=2, stride=2)
    w = np.arange(4.).reshape(1, 1, 2, 2)
    with pytest.raises(OperatorMismatch, match="kernel flipped"):
        assert_same_operator(mine(spec, w[..., ::-1, ::-1].copy()), spec, w)


# --- linearity: the audit's non-linear black boxes must not pass ----------------------
SPEC = TransposedConvSpec(in_size=(6, 6), kernel_size=3, stride=2, in_channels=2,
                          out_channels=3)
W = np.random.default_rng(0).integers(-4, 5, SPEC.weight_shape).astype(float)
FN = mine(SPEC, W)
FAR = (1, 5, 5)  # x_far: the last input pixel of channel 1; added at output (0, 0, 0)


def plus(term):
    def fn(x):
        y = FN(x).copy()
        y[:, 0, 0, 0] += term(x[(slice(None), *FAR)])
        return y
    return fn


AUDIT = [
    ("1e-3 relu(-x_far)", plus(lambda v: 1e-3 * np.maximum(-v, 0)), "homogeneity at -1"),
    ("x_far < -0.99", plus(lambda v: 1e-3 * (v < -0.99)), "homogeneity at -1"),
]


@pytest.mark.parametrize("label, fn, words", AUDIT, ids=[a[0] for a in AUDIT])
def test_non_linear_black_boxes_are_named_as_such(label, fn, words):
    with pytest.raises(OperatorMismatch) as err:
        assert_same_operator(fn, SPEC, W)
    text = str(err.value)
    assert "fn is not linear" in text and words in text and "diagnosis: not linear" in text


def test_the_element_that_triggers_a_non_linearity_is_found():
    with pytest.raises(OperatorMismatch) as err:
        assert_same_operator(AUDIT[0][1], SPEC, W)
    assert "it shows with input x[1, 5, 5] alone" in " ".join(str(err.value).split())


def test_a_band_on_one_element_is_caught_with_enough_strata():
    """A band of width 0.1 on one element: stratified random inputs with checks >= 4/0.1 put
    that element in every stratum of width 0.05, so one of them lies inside the band."""
    fn = plus(lambda v: 1e-3 * ((v > 0.3) & (v < 0.4)))
    with pytest.raises(OperatorMismatch, match="not linear|differ"):
        assert_same_operator(fn, SPEC, W, checks=40)


# --- progress -------------------------------------------------------------------------
def test_verbose_prints_one_line_per_phase_and_the_callback_sees_them():
    seen, err = [], io.StringIO()
    with contextlib.redirect_stderr(err):
        assert_same_operator(FN, SPEC, W, verbose=True, callback=seen.append)
    lines = err.getvalue().splitlines()
    assert [s.label for s in seen] == ["linearity", "random inputs", "8 of 8 colour probes"]
    assert len(lines) == 3 and lines[0].startswith("[1/4] linearity: ok")
