"""Operator matrices: SymPy and scipy backends, resampling/pad/crop/flip, kernels, speed."""

from __future__ import annotations

import numpy as np
import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

from tconv_sym import (
    ConvSpec,
    TransposedConvSpec,
    conv_matrix,
    conv_transpose_matrix,
    crop_matrix,
    downsample_matrix,
    flip_matrix,
    identity_matrix,
    kernel_symbols,
    pad_matrix,
    upsample_matrix,
)


def test_seed_q_star_matrix(seed):
    q = kernel_symbols("q", 3)
    m = conv_matrix(ConvSpec(in_size=4, kernel_size=3, padding="same", mode="convolution"), q)
    expected = sympy.Matrix(seed["symbolic_1d"]["conv_matrix_q_len4"])
    assert m == expected
    assert isinstance(m, sympy.SparseMatrix)


def test_seed_resampling_matrices(seed):
    s = seed["symbolic_1d"]
    assert downsample_matrix(4, 2).tolist() == s["downsample_2_len4"]
    assert upsample_matrix(2, 2).tolist() == s["upsample_2_len2"]
    for n, k, nk in [(2, 2, 4), (3, 3, 9), ((2, 3), (2, 1), (4, 3)), ((2, 2, 2), 2, (4, 4, 4))]:
        assert upsample_matrix(n, k) == downsample_matrix(nk, k).T


def test_correlation_and_convolution_modes_differ_by_a_flip():
    q = kernel_symbols("q", 3)
    corr = conv_matrix(ConvSpec(in_size=5, kernel_size=3, padding=1), q)
    conv = conv_matrix(ConvSpec(in_size=5, kernel_size=3, padding=1, mode="convolution"),
                       q[::-1])
    assert corr == conv
    assert corr[0, :2].tolist() == [[q[1], q[2]]]


def test_sympy_and_scipy_backends_agree():
    spec = ConvSpec(in_size=(4, 5), kernel_size=(2, 3), stride=(2, 1), padding=((1, 0), 1),
                    in_channels=4, out_channels=2, groups=2, dilation=(1, 2))
    w = np.arange(1, 1 + np.prod(spec.weight_shape)).reshape(spec.weight_shape)
    sym = conv_matrix(spec, w)
    num = conv_matrix(spec, w, backend="scipy")
    assert sympy.Matrix(num.toarray()) == sym
    assert num.dtype == np.int64


def test_transposed_matrix_is_exactly_the_transpose_symbolically():
    t = TransposedConvSpec(in_size=(2, 3), kernel_size=(3, 2), stride=2, padding=(1, 0),
                           output_padding=(1, 0), in_channels=2, out_channels=2)
    q = kernel_symbols("q", t.weight_shape)
    assert conv_transpose_matrix(t, q) == conv_matrix(t.conv, q).T


@settings(max_examples=40, deadline=None)
@given(
    ndim=st.integers(1, 3), data=st.data(),
)
def test_property_transpose_and_adjoint(ndim, data):
    """conv_transpose_matrix == conv_matrix.T and <Cx, y> = <x, Cᵀy> (exact integers)."""
    ints = st.integers
    k = tuple(data.draw(ints(1, 3)) for _ in range(ndim))
    s = tuple(data.draw(ints(1, 3)) for _ in range(ndim))
    d = tuple(data.draw(ints(1, 2)) for _ in range(ndim))
    p = tuple((data.draw(ints(0, 2)), data.draw(ints(0, 2))) for _ in range(ndim))
    i = tuple(data.draw(ints(1, 5 if ndim < 3 else 3)) for _ in range(ndim))
    g = data.draw(ints(1, 2))
    cin, cout = g * data.draw(ints(1, 2)), g * data.draw(ints(1, 2))
    op = tuple(data.draw(ints(0, max(si, di) - 1)) for si, di in zip(s, d))
    try:
        t = TransposedConvSpec(in_size=i, kernel_size=k, stride=s, padding=p, dilation=d,
                               in_channels=cin, out_channels=cout, groups=g, output_padding=op)
    except ValueError:
        return  # empty output: covered by the spec tests
    rng = np.random.default_rng(data.draw(ints(0, 2**32 - 1)))
    w = rng.integers(-5, 6, size=t.weight_shape)
    ct = conv_transpose_matrix(t, w, backend="scipy")
    c = conv_matrix(t.conv, w, backend="scipy")
    assert ct.shape == (t.out_features, t.in_features)
    # conv outputs beyond the transposed input exist only when output_padding >= stride
    spatial = np.indices(t.conv.out_shape).reshape(ndim + 1, -1)[1:]
    kept = np.flatnonzero(np.all(spatial < np.array(t.in_size)[:, None], axis=0))
    c = c.tocsr()[kept]
    assert (ct != c.T).nnz == 0
    x = rng.integers(-9, 10, size=t.out_features)
    y = rng.integers(-9, 10, size=t.in_features)
    assert int(y @ (c @ x)) == int(x @ (ct @ y))


def test_pad_crop_flip():
    assert pad_matrix(3, (1, 2), backend="scipy").toarray().tolist() == [
        [0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0, 0], [0, 0, 0]]
    assert crop_matrix(6, (1, 2)) == pad_matrix(3, (1, 2)).T
    f = flip_matrix((2, 3))
    assert f * f == identity_matrix((2, 3))
    assert (f * sympy.Matrix(range(6))).T.tolist() == [[5, 4, 3, 2, 1, 0]]
    two_ch = downsample_matrix(4, 2, channels=2, backend="scipy").toarray()
    assert two_ch.shape == (4, 8) and two_ch[2, 4] == 1 and two_ch[3, 6] == 1


def test_nd_selection_is_a_kronecker_product():
    import scipy.sparse as sp

    got = pad_matrix((2, 3), ((1, 0), (0, 2)), backend="scipy")
    want = sp.kron(pad_matrix(2, (1, 0), backend="scipy"), pad_matrix(3, (0, 2), backend="scipy"))
    assert (got != want).nnz == 0


@pytest.mark.parametrize(
    "call, exc, words",
    [
        (lambda: downsample_matrix(0, 2), ValueError, "n must be a positive integer, got 0"),
        (lambda: downsample_matrix(4, 0), ValueError, "k must be a positive integer"),
        (lambda: downsample_matrix((4, 4), (2, 2, 2)), ValueError, "k must be an int or a seq"),
        (lambda: pad_matrix(3, -1), ValueError, "pad must be a non-negative integer"),
        (lambda: crop_matrix(3, (2, 2)), ValueError, "crop[0]=(2, 2) removes more than the 3"),
        (lambda: flip_matrix(3, backend="torch"), ValueError,
         "backend must be one of 'sympy', 'scipy', got 'torch'"),
        (lambda: conv_matrix(ConvSpec(in_size=4, kernel_size=3), [1, 2]), ValueError,
         "kernel has shape (2,), expected the weight layout (1, 1, 3) or the bare kernel (3,)"),
        (lambda: conv_matrix(ConvSpec(in_size=4, kernel_size=3, out_channels=2), [1, 2, 3]),
         ValueError, "expected the weight layout (2, 1, 3)"),
        (lambda: conv_matrix(ConvSpec(in_size=4, kernel_size=2), kernel_symbols("q", 2),
                             backend="scipy"), TypeError, "symbolic entry q0"),
        (lambda: conv_matrix(ConvSpec(in_size=4, kernel_size=2), ["a", "b"], backend="scipy"),
         TypeError, "kernel must hold numbers"),
        (lambda: conv_matrix(TransposedConvSpec(in_size=4, kernel_size=2), [1, 2]), TypeError,
         "spec must be a ConvSpec, got TransposedConvSpec"),
        (lambda: conv_transpose_matrix(ConvSpec(in_size=4, kernel_size=2), [1, 2]), TypeError,
         "spec must be a TransposedConvSpec, got ConvSpec"),
        (lambda: conv_matrix(ConvSpec(in_size=4, kernel_size=2), [[1, 2], [3]]), ValueError,
         "kernel must be a rectangular array"),
    ],
)
def test_bad_input(call, exc, words):
    with pytest.raises(exc) as info:
        call()
    assert words in str(info.value)


def test_kernels_from_numpy_sympy_and_rationals():
    spec = ConvSpec(in_size=3, kernel_size=2)
    half = sympy.Rational(1, 2)
    m = conv_matrix(spec, sympy.Array([half, 3]))
    assert m[0, 0] == half and m[1, 2] == 3
    num = conv_matrix(spec, np.array([0.5, 3.0]), backend="scipy")
    assert num.toarray().tolist() == [[0.5, 3.0, 0.0], [0.0, 0.5, 3.0]]
    cplx = conv_matrix(spec, [1j, 2], backend="scipy")
    assert cplx.dtype == np.complex128


def test_symbolic_64x64_5x5_builds_from_structure():
    # speed is benchmarked, not timed here; this checks the big build is right
    spec = ConvSpec(in_size=(64, 64), kernel_size=5, stride=2, padding=2)
    q = kernel_symbols("q", (5, 5))
    m = conv_matrix(spec, q)
    assert m.shape == (32 * 32, 64 * 64)
    assert m[33, 0] == q[0, 0] and m[33, 2 * 64 + 4] == q[2, 4] and m[33, 5] == 0
