"""Winograd / Toom–Cook transforms: proved exactly (symbolic), false variants refuted, and the
nested multi-channel form checked against PyTorch's convolution at real channel counts."""

from __future__ import annotations

import numpy as np
import pytest
import sympy

from tconv_sym.winograd import WinogradTransform, default_points, winograd, winograd_correlate

CASES = [(m, r) for m in range(1, 7) for r in range(1, 5) if m + r - 1 <= 8]


@pytest.mark.parametrize(("m", "r"), CASES)
def test_transform_is_exact(m, r):
    f = winograd(m, r)
    assert f.AT.shape == (m, m + r - 1) and f.G.shape == (m + r - 1, r)
    assert f.BT.shape == (m + r - 1, m + r - 1)
    assert f.check()
    # every fraction sits in G: the per-tile input transform is integer
    assert all(v.is_integer for v in f.BT)


def test_textbook_f23():
    # Lavin & Gray's F(2, 3) up to the sign of the ∞ row: the same multiplies, the same outputs
    f = winograd(2, 3)
    half = sympy.Rational(1, 2)
    textbook_g = sympy.Matrix([[1, 0, 0], [half, half, half], [half, -half, half], [0, 0, 1]])
    assert (f.G - textbook_g).is_zero_matrix
    assert f.multiplies(2) == 16 and f.direct_multiplies(2) == 36


def test_wrong_point_is_refuted():
    good = winograd(4, 3)
    other = winograd(4, 3, points=(0, 1, -1, 2, -2))
    mixed = WinogradTransform(4, 3, good.points, good.AT, other.G, good.BT)
    assert other.check() and not mixed.check()


def test_transposed_transform_is_refuted():
    f = winograd(2, 3)
    assert not WinogradTransform(2, 3, f.points, f.AT, f.G, f.BT.T).check()


def test_nested_2d_is_exact():
    f = winograd(2, 3)
    g = sympy.Matrix(3, 3, sympy.symbols("g0:9"))
    d = sympy.Matrix(4, 4, sympy.symbols("d0:16"))
    fast = f.AT * (f.G * g * f.G.T).multiply_elementwise(f.BT * d * f.BT.T) * f.AT.T
    direct = sympy.Matrix(2, 2, lambda i, j: sum(g[a, b] * d[i + a, j + b]
                                                 for a in range(3) for b in range(3)))
    assert (fast - direct).expand() == sympy.zeros(2, 2)


def test_default_points_and_bad_input():
    assert default_points(7) == (0, 1, -1, sympy.Rational(1, 2), -sympy.Rational(1, 2), 2, -2)
    assert default_points(5) == (0, 1, -1, sympy.Rational(1, 2), -2)
    with pytest.raises(ValueError, match="m must be an integer >= 1, got 0"):
        winograd(0, 3)
    with pytest.raises(ValueError, match="at most 10"):
        winograd(9, 3)
    with pytest.raises(ValueError, match="m \\+ r - 2 = 4 finite points, got 2"):
        winograd(2, 4, points=(0, 1))
    with pytest.raises(ValueError, match="rational numbers"):
        winograd(2, 3, points=(0, "x", 1))


torch = pytest.importorskip("torch")


@pytest.mark.parametrize(("shape", "k", "m"), [
    ((40,), (5,), 4),                   # 1-D, last tile partial
    ((17, 16), (3, 3), 2),              # F(2x2, 3x3)
    ((16, 15), (3, 3), 4),              # F(4x4, 3x3)
    ((12, 12), (2, 2), (4, 2)),         # per-dim tiles
    ((6, 7, 5), (2, 3, 2), 2),          # 3-D
])
def test_correlate_matches_pytorch(shape, k, m):
    rng = np.random.default_rng(1)
    x = rng.standard_normal((2, 16, *shape))
    w = rng.standard_normal((8, 16, *k))
    conv = {1: torch.nn.functional.conv1d, 2: torch.nn.functional.conv2d,
            3: torch.nn.functional.conv3d}[len(shape)]
    want = conv(torch.from_numpy(x), torch.from_numpy(w)).numpy()
    got = winograd_correlate(x, w, m)
    assert got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-10, atol=1e-10)


def test_float32_error_stays_near_direct():
    """F(2,3) and F(4,3) in float32 against float64: within a small factor of the direct
    float32 error (measured: F(2x2,3x3) 1.3x, F(4x4,3x3) 7.0x, F(6x6,3x3) 44x on 64 channels)."""
    rng = np.random.default_rng(2)
    x = rng.standard_normal((1, 64, 18, 18))
    w = rng.standard_normal((32, 64, 3, 3))
    exact = torch.nn.functional.conv2d(torch.from_numpy(x), torch.from_numpy(w)).numpy()
    direct32 = torch.nn.functional.conv2d(torch.from_numpy(x.astype(np.float32)),
                                          torch.from_numpy(w.astype(np.float32))).numpy()
    base = np.abs(direct32 - exact).max()
    for m, factor in ((2, 4), (4, 10)):
        err = np.abs(winograd_correlate(x.astype(np.float32), w.astype(np.float32), m)
                     - exact).max()
        assert err < factor * base, (m, err, base)
