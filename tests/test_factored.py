"""tconv_sym.factored: the spatial tap basis × channel blocks, against the explicit tap basis
(structure.py, built independently of the factors) and against PyTorch."""

from __future__ import annotations

import itertools
import re

import numpy as np
import pytest

from tconv_sym import ConvSpec, TransposedConvSpec, budget
from tconv_sym.factored import TapBox, factored, spatial_spec
from tconv_sym.structure import conv_structure, conv_transpose_structure

RNG = np.random.default_rng(0)


def _specs():
    for nd, g, s, d, mode, op in itertools.product((1, 2), (1, 2), (1, 2, 3), (1, 2),
                                                    ("correlation", "convolution"), (0, 1)):
        size = (5,) if nd == 1 else (5, 4)
        pad = (0, 2) if nd == 1 else ((0, 2), (1, 0))
        try:
            t = TransposedConvSpec(in_size=size, kernel_size=3, stride=s, padding=pad,
                                   dilation=d, in_channels=2 * g, out_channels=3 * g,
                                   groups=g, mode=mode, output_padding=op)
        except ValueError:  # output_padding must be < stride or dilation
            continue
        yield t
        yield t.conv


SPECS = list(_specs())


@pytest.mark.parametrize("spec", SPECS, ids=repr)
def test_matrix_and_apply_equal_the_explicit_tap_basis(spec):
    w = RNG.integers(-5, 6, spec.weight_shape)
    basis = conv_transpose_structure(spec) if isinstance(spec, TransposedConvSpec) else \
        conv_structure(spec)
    explicit = basis.evaluate(w.reshape(-1))
    m = factored(spec).matrix(w)
    assert m.shape == explicit.shape and m.nnz == explicit.nnz == factored(spec).nnz
    assert np.array_equal(m.indptr, explicit.indptr)
    assert np.array_equal(m.indices, explicit.indices)  # same order, structural zeros kept
    assert np.array_equal(m.data, explicit.data)
    x = RNG.integers(-5, 6, (3, *spec.in_shape))
    y = factored(spec).apply(x, w)
    assert y.dtype == np.int64  # integers stay exact
    assert np.array_equal(y.reshape(3, -1), (explicit @ x.reshape(3, -1).T).T)


def test_every_tap_is_a_strided_box():
    op = factored(TransposedConvSpec(in_size=(6, 5), kernel_size=(3, 2), stride=(2, 3),
                                     padding=1, dilation=(1, 2)))
    assert all(isinstance(b.in_box, tuple) and isinstance(b.out_box, tuple) for b in op.boxes)
    assert sum(b.size for b in op.boxes) == op.basis.nnz
    assert op.boxes[0] == TapBox(0, op.boxes[0].out_box, op.boxes[0].in_box, op.boxes[0].size)


def test_real_layers_equal_pytorch():
    torch = pytest.importorskip("torch")
    for cin, cout, n, k, p, op, g in [(32, 16, 12, 3, 1, 1, 1), (64, 32, 4, 4, 1, 0, 4)]:
        x, w = RNG.standard_normal((2, cin, n, n)), RNG.standard_normal((cin, cout // g, k, k))
        spec = TransposedConvSpec(in_size=(n, n), kernel_size=k, stride=2, padding=p,
                                  output_padding=op, in_channels=cin, out_channels=cout,
                                  groups=g)
        want = torch.nn.functional.conv_transpose2d(
            torch.tensor(x), torch.tensor(w), stride=2, padding=p, output_padding=op,
            groups=g).numpy()
        np.testing.assert_allclose(factored(spec).apply(x, w), want, rtol=0, atol=1e-10)
        wc = RNG.standard_normal((cout, cin // g, k, k))
        want = torch.nn.functional.conv2d(torch.tensor(x), torch.tensor(wc), stride=2,
                                          padding=p, groups=g).numpy()
        got = factored(ConvSpec(in_size=(n, n), kernel_size=k, stride=2, padding=p,
                                in_channels=cin, out_channels=cout, groups=g)).apply(x, wc)
        np.testing.assert_allclose(got, want, rtol=0, atol=1e-10)


def test_nan_propagates_only_through_structural_entries():
    spec = TransposedConvSpec(in_size=4, kernel_size=2, stride=3)
    x = np.array([[[np.nan, 1.0, 2.0, 3.0]]])
    y = factored(spec).apply(x, np.zeros((1, 1, 2)))
    assert np.isnan(y[0, 0, :2]).all() and not np.isnan(y[0, 0, 2:]).any()


def test_spatial_factor_is_channel_free():
    t = TransposedConvSpec(in_size=3, kernel_size=4, stride=2, in_channels=6, out_channels=4,
                           groups=2)
    assert spatial_spec(t) == t.conv.with_(in_channels=1, out_channels=1, groups=1)
    assert factored(t).nnz == 6 * 2 * factored(t).basis.nnz


def test_bad_input_names_the_parameter():
    op = factored(ConvSpec(in_size=4, kernel_size=2, in_channels=2))
    with pytest.raises(ValueError, match=r"x must have shape \(N, 2, 4\)"):
        op.apply(np.ones((1, 1, 4)), np.ones((1, 2, 2)))
    with pytest.raises(ValueError, match=r"w must have shape \(1, 2, 2\)"):
        op.apply(np.ones((1, 2, 4)), np.ones((2, 1, 2)))
    with pytest.raises(TypeError, match="spec must be a ConvSpec or TransposedConvSpec"):
        factored("conv")


def test_explicit_matrix_is_refused_before_allocating():
    spec = TransposedConvSpec(in_size=(32, 32), kernel_size=3, stride=2, padding=1,
                              output_padding=1, in_channels=128, out_channels=64)
    with budget.limits(bytes=2**28), pytest.raises(budget.ResourceLimitError) as err:
        factored(spec).matrix(np.zeros(spec.weight_shape))
    assert re.search(r"\(73,932,800 entries\) would need ~[\d.]+ MiB of memory; the limit is "
                     r"256.0 MiB", str(err.value))
    assert "factored" in str(err.value)
