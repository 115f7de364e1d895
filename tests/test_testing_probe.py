"""tconv_sym.testing.probe: operator_matrix by basis vectors and by column colouring, against
conv_transpose_matrix (the explicit oracle) and against PyTorch / a TensorFlow layout."""

from __future__ import annotations

import numpy as np
import pytest

from tconv_sym import (
    ConvSpec,
    TransposedConvSpec,
    conv,
    conv_matrix,
    conv_transpose,
    conv_transpose_matrix,
)
from tconv_sym.testing import operator_matrix
from tconv_sym.testing.colouring import Footprint
from tconv_sym.testing.probe import verify

RNG = np.random.default_rng(1)


class Counting:
    """A black box that counts the probes it is called with."""

    def __init__(self, fn):
        self.fn, self.calls, self.samples = fn, 0, 0

    def __call__(self, x):
        self.calls += 1
        self.samples += x.shape[0]
        return self.fn(x)


@pytest.mark.parametrize("groups", [1, 2])
def test_colour_probes_recover_the_explicit_matrix(groups):
    spec = TransposedConvSpec(in_size=(7, 6), kernel_size=3, stride=2, padding=1,
                              output_padding=1, in_channels=4, out_channels=6, groups=groups)
    w = RNG.integers(-4, 5, spec.weight_shape).astype(float)
    fn = Counting(lambda x: conv_transpose(x, w, stride=2, padding=1, output_padding=1,
                                           groups=groups))
    m = operator_matrix(fn, spec.in_shape, spec=spec)
    ref = conv_transpose_matrix(spec, w, backend="scipy")
    assert m.format == "csr" and m.shape == ref.shape and m.nnz == ref.nnz
    assert (m != ref).nnz == 0
    fp = Footprint.of(spec)
    # C_in/groups × 2×2 colours (+ two random checks), not C_in × 7 × 6 basis vectors
    assert fn.samples == fp.n_probes + 2 == 4 // groups * 4 + 2


def test_forward_convolution_and_dense_fallback_agree():
    spec = ConvSpec(in_size=(6, 6), kernel_size=3, stride=2, padding=1, in_channels=2,
                    out_channels=3)
    w = RNG.integers(-4, 5, spec.weight_shape).astype(float)
    fn = lambda x: conv(x, w, stride=2, padding=1)  # noqa: E731
    sparse = operator_matrix(fn, spec.in_shape, spec=spec)
    dense = operator_matrix(fn, spec.in_shape)
    np.testing.assert_array_equal(sparse.toarray(), dense)
    np.testing.assert_array_equal(dense, conv_matrix(spec, w, backend="scipy").toarray())


def test_pytorch_layer_recovered_exactly():
    torch = pytest.importorskip("torch")
    spec = TransposedConvSpec(in_size=(8, 8), kernel_size=3, stride=2, padding=1,
                              output_padding=1, in_channels=16, out_channels=8)
    w = RNG.integers(-4, 5, spec.weight_shape).astype(float)
    wt = torch.tensor(w)
    m = operator_matrix(lambda x: torch.nn.functional.conv_transpose2d(
        torch.from_numpy(x), wt, stride=2, padding=1, output_padding=1), spec.in_shape,
        spec=spec)
    assert (m != conv_transpose_matrix(spec, w, backend="scipy")).nnz == 0


def test_framework_layouts_through_a_resolution():
    from tconv_sym.interop import resolve_tf

    res = resolve_tf((1, 3, 3, 2), (3, 3, 4, 2), (1, 6, 6, 4), 2)  # NHWC, filters HWOI
    w_tf = RNG.integers(-3, 4, res.weight_shape).astype(float)

    def tf_like(x_nhwc):
        return res.apply(x_nhwc, w_tf)

    m = operator_matrix(tf_like, res.spec.in_shape, spec=res)
    assert np.array_equal(m.toarray(), res.matrix(w_tf).toarray())


def test_black_box_outside_the_footprint_is_refused():
    spec = TransposedConvSpec(in_size=6, kernel_size=2, stride=2)
    w = np.array([[[1.0, 2.0]]])

    def leaky(x):  # also reaches the last output from the first input
        y = conv_transpose(x, w, stride=2)
        y[:, :, -1] += 3 * x[:, :, 0]
        return y

    with pytest.raises(ValueError, match="not explained by the footprint"):
        operator_matrix(leaky, spec.in_shape, spec=spec)
    assert operator_matrix(leaky, spec.in_shape)[-1, 0] == 3  # the dense probe sees it


def test_verify_measures_the_relative_difference():
    assert verify(lambda x: 2 * x, 2 * np.eye(3), (3,)) == 0
    assert verify(lambda x: 2 * x, np.eye(3), (3,)) == pytest.approx(0.5)


def test_bad_arguments():
    spec = TransposedConvSpec(in_size=3, kernel_size=2)
    with pytest.raises(ValueError, match=r"in_shape must be the spec's input shape"):
        operator_matrix(lambda x: x, (4,), spec=spec)
    with pytest.raises(TypeError, match="spec must be a TransposedConvSpec"):
        operator_matrix(lambda x: x, (1, 3), spec="spec")
    with pytest.raises(ValueError, match="batch_size"):
        operator_matrix(lambda x: x, (3,), batch_size=0)
