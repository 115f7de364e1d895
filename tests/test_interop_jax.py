"""JAX lax.conv_transpose against JAX itself (the broad sweep is tests/test_fidelity.py)."""

from __future__ import annotations

import numpy as np
import pytest

from tconv_sym import TransposedConvSpec
from tconv_sym.interop import jax_conv_transpose, resolve_jax, resolve_tf, tf_conv2d_transpose
from tconv_sym.interop.jax import jax_transpose_padding


@pytest.fixture(scope="module")
def lax():
    jax = pytest.importorskip("jax")
    jax.config.update("jax_enable_x64", True)
    return jax.lax


def test_small_cases_against_jax(lax):
    x = np.array([[[1.0], [2.0]]])  # NHC
    rhs = np.array([[[1.0]], [[10.0]], [[100.0]]])  # HIO: the kernel is not flipped by JAX
    cases = [  # fractionally strided: [1, 0, 2] padded, correlated with the kernel as given
        ((2,), "VALID", {}), ((2,), "VALID", {"transpose_kernel": True}),
        ((2,), "SAME", {"transpose_kernel": True}), ((2,), [(1, 0)], {}),
        ((2,), [(1, 1)], {"use_consistent_padding": True}),
        ((1,), "same", {}), ((1,), "SAME_LOWER", {}), ((1,), "valid", {}),
        ((2,), [(0, -1)], {}),    # an empty window: an empty array
        ((2,), [(0, -5)], {}),    # negative padding larger than the input: refused
        ((2,), "same", {}),       # a string padding other than SAME/VALID at stride 2
        ((2,), [[1, 1]], {"use_consistent_padding": True}),  # lists: refused there
        (2, "SAME", {}),          # an int stride
    ]
    for strides, padding, kw in cases:
        try:
            theirs = np.asarray(lax.conv_transpose(x, rhs, strides, padding, **kw))
        except Exception:  # noqa: BLE001
            with pytest.raises((ValueError, TypeError)):
                jax_conv_transpose(x, rhs, strides, padding, **kw)
            continue
        ours = jax_conv_transpose(x, rhs, strides, padding, **kw)
        assert ours.shape == theirs.shape and (ours == theirs).all(), (strides, padding, kw)
    r = resolve_jax((1, 2, 1), (3, 1, 1), (2,), [(1, 1)], use_consistent_padding=True)
    assert r.spec == TransposedConvSpec(in_size=2, kernel_size=3, stride=2, padding=1)


def test_seed_tf_same_with_transpose_kernel(seed):
    ex = next(e for e in seed["numeric"] if e["name"] == "tf_same_stride2_ones3x3")
    x = np.array(ex["x_nhwc"])
    y = jax_conv_transpose(x, np.ones((3, 3, 1, 1), dtype=int), (2, 2), "SAME",
                           transpose_kernel=True)
    assert y[0, :, :, 0].tolist() == ex["y_nhwc_squeezed"]


def test_jax_same_is_tensorflow_same():
    """JAX's SAME padding of the dilated input selects TensorFlow's SAME window (output i*s)."""
    for i in range(1, 5):
        for k in range(1, 6):
            for s in range(1, 4):
                for d in (1, 2):
                    j = resolve_jax((1, i, 1), (k, 1, 1), (s,), "SAME", rhs_dilation=(d,))
                    t = resolve_tf((1, i, 1), (k, 1, 1), (1, i * s, 1), s, "SAME", dilations=d)
                    assert j.window == t.window and j.out_size == (i * s,)
    assert jax_transpose_padding(3, 2, "SAME") == (2, 1)
    assert jax_transpose_padding(1, 3, "SAME") == (0, 2)  # s > K-1: all of it after


def test_dimension_numbers_and_layouts():
    r = resolve_jax((2, 3, 5, 4), (2, 3, 4, 6), (1, 2), "VALID",
                    dimension_numbers=("NCHW", "OIHW", "NHWC"))
    assert (r.in_layout, r.weight_layout, r.out_layout) == ("NCHW", "OIHW", "NHWC")
    assert (r.spec.in_channels, r.spec.out_channels, r.weight_flip) == (3, 2, True)
    assert r.output_shape(2) == (2, 8, 12, 2)  # VALID: i*s + max(K-s, 0)
    r = resolve_jax((2, 3, 5, 4), (3, 2, 4, 6), (1, 2), "VALID",
                    dimension_numbers=("NCHW", "OIHW", "NHWC"), transpose_kernel=True)
    assert r.weight_layout == "IOHW" and not r.weight_flip  # the forward conv's kernel
    assert (r.spec.in_channels, r.spec.out_channels) == (3, 2)
    with pytest.raises(ValueError, match="rhs input feature dimension"):
        resolve_jax((1, 4, 2), (3, 3, 5), (2,), "SAME")
    with pytest.raises(ValueError, match="String padding is not implemented"):
        resolve_jax((1, 4, 2), (3, 2, 5), (2,), "same")


def test_tf_and_jax_numbers_agree():
    rng = np.random.default_rng(4)
    x = rng.standard_normal((1, 3, 4, 2))
    f = rng.standard_normal((3, 2, 5, 2))  # (kH, kW, C_out, C_in)
    ours_tf = tf_conv2d_transpose(x, f, (1, 6, 8, 5), 2, "SAME")
    ours_jax = jax_conv_transpose(x, f, (2, 2), "SAME", transpose_kernel=True)
    np.testing.assert_allclose(ours_jax, ours_tf, rtol=1e-12, atol=1e-12)


def test_against_jax(lax):
    rng = np.random.default_rng(0)
    checked = 0
    for trial in range(30):
        nd = 1 + trial % 2
        i, k = rng.integers(1, 5, nd), rng.integers(1, 5, nd)
        s, d = tuple(rng.integers(1, 4, nd)), tuple(rng.integers(1, 3, nd))
        tk = bool(trial % 3 == 0)
        mode = trial % 4
        pad = ("SAME", "VALID")[mode] if mode < 2 else \
            [tuple(int(v) for v in rng.integers(-1, 5, 2)) for _ in range(nd)]
        consistent = mode == 3
        dn = (("NHC", "HIO", "NHC"), ("NCH", "OIH", "NHC"))[trial % 2] if nd == 1 else \
            (("NHWC", "HWIO", "NHWC"), ("NCHW", "IOWH", "NHWC"))[trial % 2]
        sp = [c for c in dn[1] if c not in "OI"]
        cin, cout = rng.integers(1, 3, 2)
        xs = {"N": 2, "C": cin, **dict(zip(sp, i))}
        ws = {"I": cout if tk else cin, "O": cin if tk else cout, **dict(zip(sp, k))}
        x = rng.integers(-3, 4, [xs[c] for c in dn[0]]).astype(float)
        w = rng.integers(-3, 4, [ws[c] for c in dn[1]]).astype(float)
        try:
            theirs = np.asarray(lax.conv_transpose(x, w, s, pad, rhs_dilation=d,
                                                   dimension_numbers=dn, transpose_kernel=tk,
                                                   use_consistent_padding=consistent))
        except ValueError:  # JAX refuses crops longer than the dilated input: so do we
            with pytest.raises(ValueError):
                jax_conv_transpose(x, w, s, pad, d, dn, tk, consistent)
            continue
        ours = jax_conv_transpose(x, w, s, pad, d, dn, tk, consistent)
        np.testing.assert_array_equal(ours, theirs, err_msg=repr(
            (x.shape, w.shape, s, pad, d, dn, tk, consistent)))
        checked += 1
    assert checked > 15
