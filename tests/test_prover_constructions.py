"""The independent constructions: kernel maps, nearest upsampling, scatter, bilinear."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
import sympy

import tconv_sym as ts
from tconv_sym.prover import constructions as K
from tconv_sym.prover import expr as E
from tconv_sym.prover import sympy_engine


def _col(e):
    return list(sympy_engine.evaluate(e))


def test_kernel_maps_on_a_symbolic_kernel():
    q0, q1, q2 = ts.kernel_symbols("q", 3)
    w = K.kernel_sym("q", (1, 1, 3))
    assert _col(K.flip_kernel(w, (1, 1, 3))) == [q2, q1, q0]
    assert _col(K.dilate_kernel(w, (1, 1, 3), (2,))) == [q0, 0, q1, 0, q2]
    sub, ws = K.phase_kernel(w, (1, 1, 3), (1,), (2,))
    assert _col(sub) == [q1] and ws == (1, 1, 1)
    assert K.phase_kernel(w, (1, 1, 3), (3,), (4,)) is None
    boxed, ws = K.box_kernel(w, (1, 1, 3), (2,))
    assert _col(boxed) == [q0, q0 + q1, q1 + q2, q2] and ws == (1, 1, 4)  # the seed kernel


def test_swap_channels_transposes_the_channel_axes_per_group():
    ws = (4, 1, 1)  # (C_in, C_out/g, k) with groups 2 -> C_out = 2, C_in/g = 2
    w = E.sym("w", ws)
    swapped, new_ws = K.swap_channels(w, ws, groups=2)
    assert new_ws == (2, 2, 1)
    names = [str(s) for s in _col(swapped)]
    # out channel 0 reads in channels 0, 1 of group 0; out channel 1 reads 2, 3
    assert names == ["w_0_0_0", "w_1_0_0", "w_2_0_0", "w_3_0_0"]
    ws = (2, 3, 1)
    swapped, new_ws = K.swap_channels(E.sym("w", ws), ws, groups=1)
    assert new_ws == (3, 2, 1)
    assert [str(s) for s in _col(swapped)] == ["w_0_0_0", "w_1_0_0", "w_0_1_0", "w_1_1_0",
                                               "w_0_2_0", "w_1_2_0"]


def test_repeat_is_nearest_upsampling():
    m = sympy_engine.evaluate(K.repeat((2, 2), 2))
    x = np.arange(4).reshape(2, 2)
    y = np.array(m.tolist(), dtype=int) @ x.reshape(-1)
    assert y.reshape(4, 4).tolist() == np.repeat(np.repeat(x, 2, 0), 2, 1).tolist()


def test_scatter_places_kernels_at_stride_offsets():
    spec = ts.TransposedConvSpec(in_size=2, kernel_size=3, stride=2)
    m = sympy_engine.evaluate(K.scatter(spec, E.sym("q", 3)))
    q0, q1, q2 = ts.kernel_symbols("q", 3)
    assert sympy.Matrix(m) == sympy.Matrix([[q0, 0], [q1, 0], [q2, q0], [0, q1], [0, q2]])


@pytest.mark.parametrize("f,expected", [
    (1, ["1"]), (2, ["1/4", "3/4", "3/4", "1/4"]), (3, ["1/3", "2/3", "1", "2/3", "1/3"]),
    (4, ["1/8", "3/8", "5/8", "7/8", "7/8", "5/8", "3/8", "1/8"]),
])
def test_bilinear_filter_values(f, expected):
    assert [str(v) for v in K.bilinear_filter(f)] == expected


def test_bilinear_kernel_reproduces_the_tutorial_numbers():
    # FCN: a 4x4 kernel of stride 2 is the outer product of (1/4, 3/4, 3/4, 1/4)
    w = sympy_engine.evaluate(K.bilinear_weight((2, 2), 1))
    assert w[0] == Fraction(1, 16) and w[5] == Fraction(9, 16)


@pytest.mark.parametrize("n,f", [(4, 2), (5, 3), (3, 4)])
def test_interpolation_matrix_matches_torch(torch, n, f):
    lo, hi = K.interpolation_rows(n, f)
    m = np.array(sympy_engine.evaluate(K.interpolation_matrix(n, f, (lo, hi))).tolist(),
                 dtype=float)
    x = np.arange(1, n + 1, dtype=float) ** 2
    y = torch.nn.functional.interpolate(torch.tensor(x).view(1, 1, -1), scale_factor=f,
                                        mode="linear", align_corners=False)
    assert np.allclose(m @ x, y.view(-1).numpy()[lo:hi + 1], rtol=0, atol=1e-12)
