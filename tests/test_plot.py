"""tconv_sym.report.plot: the numbers behind every picture (checked against scipy, PyTorch and
independent formulas), and the pictures themselves (valid PNGs of the documented size,
deterministic)."""

from __future__ import annotations

import itertools
import math
import struct

import numpy as np
import pytest

from tconv_sym import (
    ConvSpec,
    TransposedConvSpec,
    conv_transpose_matrix,
    downsample_matrix,
    kernel_symbols,
)
from tconv_sym.report import plot as P

SPECS = [
    TransposedConvSpec(in_size=5, kernel_size=3, stride=2),
    TransposedConvSpec(in_size=4, kernel_size=4, stride=2, padding=1),
    TransposedConvSpec(in_size=(3, 4), kernel_size=(3, 2), stride=(2, 3), padding=((1, 0), (0, 1))),
    TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same"),
    TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2, dilation=2, output_padding=1),
    TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2, in_channels=4, out_channels=6,
                       groups=2),
    TransposedConvSpec(in_size=(2, 3, 2), kernel_size=3, stride=2, padding=1),
    TransposedConvSpec(in_size=3, kernel_size=3, stride=2, output_padding=1, mode="convolution"),
]


def _ids(specs):
    return [repr(s) for s in specs]


# --------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("spec", SPECS, ids=_ids(SPECS))
def test_overlap_counts_equal_scipy_ct_times_ones(spec):
    ones_w = np.ones(spec.weight_shape, dtype=np.int64)
    expected = conv_transpose_matrix(spec, ones_w, backend="scipy") @ np.ones(
        spec.in_features, dtype=np.int64)
    got = P.overlap_counts(spec)
    assert got.shape == spec.out_shape
    assert got.dtype.kind == "i"
    np.testing.assert_array_equal(got.reshape(-1), expected)


def test_overlap_counts_known_values():
    # the seed's TF SAME example: 2×2 -> 4×4, k3 s2, crop 1 at the end
    spec = TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same")
    assert P.overlap_counts(spec)[0].tolist() == [[1, 1, 2, 1], [1, 1, 2, 1], [2, 2, 4, 2],
                                                 [1, 1, 2, 1]]


def _phase_count_formula(k, s, d, r):
    """Independent oracle: taps t with t·d ≡ r (mod s)."""
    return sum(1 for t in range(k) if (t * d) % s == r)


@pytest.mark.parametrize("k,s,d", [(k, s, d) for k in range(1, 7) for s in range(1, 5)
                                   for d in (1, 2, 3)])
def test_phase_counts_1d_match_formula(k, s, d):
    spec = TransposedConvSpec(in_size=2, kernel_size=k, stride=s, dilation=d)
    got = P.phase_counts(spec)
    assert got.tolist() == [_phase_count_formula(k, s, d, r) for r in range(s)]
    verdict = P.checkerboard_verdict(spec, use_prover=False)
    assert verdict.free == (len(set(got.tolist())) == 1)
    if d == 1:  # the theorem: free iff s divides k
        assert verdict.free == (k % s == 0)


def test_phase_counts_2d_are_outer_products():
    spec = TransposedConvSpec(in_size=(2, 3), kernel_size=(3, 5), stride=(2, 3))
    rows = [_phase_count_formula(3, 2, 1, r) for r in range(2)]
    cols = [_phase_count_formula(5, 3, 1, r) for r in range(3)]
    assert P.phase_counts(spec).tolist() == np.outer(rows, cols).tolist()


def test_checkerboard_verdict_text_and_prover():
    bad = P.checkerboard_verdict(TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2))
    good = P.checkerboard_verdict(TransposedConvSpec(in_size=4, kernel_size=4, stride=2,
                                                     padding=1))
    assert not bad.free and bad.divisible == (False, False)
    assert str(bad).startswith("CHECKERBOARD: kernel size not divisible by stride (k=3 % s=2 = 1)")
    assert good.free and str(good).startswith("checkerboard-free")
    for v in (bad, good):
        if v.proof is None:  # prover not importable: the verdict says so
            assert "prover not available" in v.source
        else:
            assert v.proof.holds is True
            assert "prover: checkerboard_free_iff_divisible holds" in v.source
    # dilation sharing a factor with the stride: divisible but not free, and said why
    dil = P.checkerboard_verdict(TransposedConvSpec(in_size=3, kernel_size=2, stride=2,
                                                    dilation=2))
    assert dil.divisible == (True,) and not dil.free
    assert "dilation d=2 shares the factor 2 with stride s=2 (1 of 2 output phases receive " \
           "no tap)" in str(dil)
    assert dil.proof is None and "dilation 1" in dil.source


def test_checkerboard_verdict_without_prover(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "tconv_sym.prover", None)
    v = P.checkerboard_verdict(TransposedConvSpec(in_size=4, kernel_size=3, stride=2))
    assert v.proof is None and v.source.endswith("prover not available")
    assert not v.free


@pytest.mark.parametrize("spec", [s for s in SPECS if s.ndim <= 3], ids=_ids(
    [s for s in SPECS if s.ndim <= 3]))
def test_subkernels_reassemble_into_the_kernel(spec):
    rng = np.random.default_rng(0)
    w = rng.integers(-9, 10, size=spec.weight_shape)
    parts = P.subkernels(spec, w)
    assert len(parts) == math.prod(spec.stride)
    rebuilt = np.full(w.shape, 99)
    for r, sub in parts.items():
        rebuilt[(Ellipsis, *(slice(a, None, s) for a, s in zip(r, spec.stride)))] = sub
    np.testing.assert_array_equal(rebuilt, w)
    assert sum(sub.size for sub in parts.values()) == w.size


def test_subkernels_default_is_tap_index_and_empty_phases():
    spec = TransposedConvSpec(in_size=3, kernel_size=2, stride=3)
    parts = P.subkernels(spec)
    assert {r: v.tolist() for r, v in parts.items()} == {(0,): [0], (1,): [1], (2,): []}
    assert P.subkernel_phases(spec)[(2,)] is None
    with pytest.raises(ValueError, match=r"kernel must end in the kernel size \(2,\)"):
        P.subkernels(spec, np.zeros(3))


@pytest.mark.parametrize("k,s,lo", [(3, 2, 0), (4, 2, 1), (5, 3, 2), (6, 3, 1), (3, 1, 1)])
def test_subkernel_phases_match_formula(k, s, lo):
    # dilation 1: taps r, r+s, … land on output position j = n·s + t − lo ≡ (r − lo) mod s
    spec = TransposedConvSpec(in_size=4, kernel_size=k, stride=s, padding=(lo, 0))
    assert P.subkernel_phases(spec) == {(r,): ((r - lo) % s,) for r in range(s)}


def test_subkernel_phases_2d():
    spec = TransposedConvSpec(in_size=(3, 3), kernel_size=4, stride=2, padding=1)
    assert P.subkernel_phases(spec) == {(0, 0): (1, 1), (0, 1): (1, 0), (1, 0): (0, 1),
                                        (1, 1): (0, 0)}


def _scatter_from_matrix(spec):
    """Independent of scatter_targets' bookkeeping: read columns of the scipy matrix of a
    kernel whose taps are 1 … K."""
    w = np.arange(1, math.prod(spec.kernel_size) + 1).reshape(spec.kernel_size)
    m = conv_transpose_matrix(spec, w, backend="scipy").toarray()
    out = {}
    for col, pix in enumerate(itertools.product(*map(range, spec.in_size))):
        hits = []
        for row in np.flatnonzero(m[:, col]):
            tap = np.unravel_index(m[row, col] - 1, spec.kernel_size)
            hits.append((np.unravel_index(row, spec.out_size), tap))
        out[pix] = tuple((tuple(map(int, o)), tuple(map(int, t))) for o, t in hits)
    return out


SCATTER = [s for s in SPECS if s.in_channels == 1]


@pytest.mark.parametrize("spec", SCATTER, ids=_ids(SCATTER))
def test_scatter_targets_equal_matrix_columns(spec):
    assert P.scatter_targets(spec) == _scatter_from_matrix(spec)


@pytest.mark.parametrize("spec", [s for s in SCATTER if s.ndim == 2], ids=_ids(
    [s for s in SCATTER if s.ndim == 2]))
def test_scatter_targets_match_pytorch(spec, torch):
    if spec.mode != "correlation":
        pytest.skip("PyTorch is cross-correlation")
    k = math.prod(spec.kernel_size)
    w = torch.arange(1, k + 1, dtype=torch.float64).reshape(1, 1, *spec.kernel_size)
    targets = P.scatter_targets(spec)
    for pix, hits in targets.items():
        x = torch.zeros(1, 1, *spec.in_size, dtype=torch.float64)
        x[(0, 0, *pix)] = 1
        y = torch.nn.functional.conv_transpose2d(
            x, w, stride=spec.stride, padding=0, dilation=spec.dilation)
        # crop like the spec: padding lo at the start, the rest at the end
        y = y[0, 0]
        lo = spec.pad_lo
        y = y[lo[0]:lo[0] + spec.out_size[0], lo[1]:lo[1] + spec.out_size[1]]
        full = np.zeros(spec.out_size)
        full[: y.shape[0], : y.shape[1]] = y.numpy()
        expected = {(tuple(map(int, o)), tuple(map(int, np.unravel_index(int(full[o]) - 1,
                                                                          spec.kernel_size))))
                    for o in zip(*np.nonzero(full))}
        assert set(hits) == expected, pix


@pytest.mark.parametrize("spec", SPECS[:6], ids=_ids(SPECS[:6]))
def test_tap_pattern_equals_numbered_kernel_matrix(spec):
    w = np.arange(1, math.prod(spec.weight_shape) + 1).reshape(spec.weight_shape)
    m = conv_transpose_matrix(spec, w, backend="scipy").toarray()
    np.testing.assert_array_equal(P.tap_pattern(spec), m - 1)  # -1 exactly where m is 0
    if spec.conv.out_size == spec.in_size:
        np.testing.assert_array_equal(P.tap_pattern(spec.conv), P.tap_pattern(spec).T)


def test_tap_pattern_of_plain_matrices():
    d = downsample_matrix(4, 2)
    expected = [[0, -1, -1, -1], [-1, -1, 0, -1]]
    assert P.tap_pattern(d).tolist() == expected
    assert P.tap_pattern(downsample_matrix(4, 2, backend="scipy")).tolist() == expected
    assert P.tap_pattern(np.array([[1, 0, 0, 0], [0, 0, 5, 0]])).tolist() == expected
    q = kernel_symbols("q", 2)
    assert P.tap_pattern([[q[0], 0], [0, q[1]]]).tolist() == [[0, -1], [-1, 0]]


def test_tap_pattern_errors():
    with pytest.raises(TypeError, match="operator must be a ConvSpec, TransposedConvSpec"):
        P.tap_pattern("C")
    with pytest.raises(ValueError, match="operator must be a 2-D matrix"):
        P.tap_pattern(np.zeros((2, 2, 2)))
    with pytest.raises(ValueError, match="too large to draw"):
        P.tap_pattern(ConvSpec(in_size=(64, 64), kernel_size=3))
    with pytest.raises(TypeError, match=r"use spec.transposed\(\)"):
        P.overlap_counts(ConvSpec(in_size=4, kernel_size=3))


# --------------------------------------------------------------------------------------
# Pictures
# --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def mpl():
    return pytest.importorskip("matplotlib")


def _png_size(path) -> tuple[int, int]:
    with open(path, "rb") as f:
        data = f.read(32)
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


PICTURES = [
    ("sparsity", TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2), (1400, 360)),
    ("sparsity", ConvSpec(in_size=6, kernel_size=3, stride=2, padding=1), (1400, 360)),
    ("overlap_map", TransposedConvSpec(in_size=(6, 6), kernel_size=3, stride=2), (560, 500)),
    ("overlap_map", TransposedConvSpec(in_size=6, kernel_size=4, stride=2), (560, 500)),
    ("overlap_map", TransposedConvSpec(in_size=(2, 3, 3), kernel_size=2, stride=2,
                                       in_channels=2), (560, 500)),
    ("polyphase_subkernels", TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2),
     (720, 460)),
    ("polyphase_subkernels", TransposedConvSpec(in_size=3, kernel_size=5, stride=2),
     (700, 330)),
    ("scatter_picture", TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2), (900, 460)),
    ("scatter_picture", TransposedConvSpec(in_size=3, kernel_size=3, stride=2, padding=1),
     (900, 460)),
]


@pytest.mark.parametrize("func,spec,size", PICTURES,
                         ids=[f"{f}-{s!r}" for f, s, _ in PICTURES])
def test_picture_is_a_png_of_the_documented_size(mpl, tmp_path, func, spec, size):
    path = tmp_path / f"{func}.png"
    fig = getattr(P, func)(spec, path=path)
    assert tuple(fig.canvas.get_width_height()) == size
    assert _png_size(path) == size
    import matplotlib.image

    img = matplotlib.image.imread(str(path))
    assert img.shape[:2] == (size[1], size[0])
    assert img[..., :3].std() > 0.05  # something was drawn


def test_pictures_are_deterministic_and_dpi_scales(mpl, tmp_path):
    spec = TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    P.overlap_map(spec, path=a)
    P.overlap_map(spec, path=b)
    assert a.read_bytes() == b.read_bytes()
    P.overlap_map(spec, path=b, dpi=50)
    assert _png_size(b) == (280, 250)
    assert not list(tmp_path.glob(".tmp-*"))  # atomic writes leave no temporaries


def test_sparsity_panels_and_colours(mpl):
    spec = TransposedConvSpec(in_size=(2, 2), kernel_size=2, stride=2)
    fig = P.sparsity(spec)
    titles = [ax.get_title().splitlines() for ax in fig.axes[:4]]
    assert titles == [["C", "convolution", "4×16, 16 nonzeros"],
                      ["Cᵀ", "transposed conv.", "16×4, 16 nonzeros"],
                      ["↑2×2", "zero insertion", "9×4, 4 nonzeros"],
                      ["↓2×2", "keep every 2×2", "4×9, 4 nonzeros"]]
    # the colour bar is labelled with the 4 taps
    labels = [t.get_text() for t in fig.axes[-1].get_yticklabels()]
    assert labels == ["w[0,0]", "w[0,1]", "w[1,0]", "w[1,1]"]
    custom = P.sparsity(downsample_matrix(4, 2), spec.conv, titles=["D", "C"])
    assert [ax.get_title().splitlines()[0] for ax in custom.axes[:2]] == ["D", "C"]


def test_picture_errors(mpl):
    spec3 = TransposedConvSpec(in_size=(2, 2, 2), kernel_size=2, stride=2)
    with pytest.raises(ValueError, match="draws 1-D and 2-D layers.*subkernels"):
        P.polyphase_subkernels(spec3)
    with pytest.raises(ValueError, match="draws 1-D and 2-D layers.*scatter_targets"):
        P.scatter_picture(spec3)
    with pytest.raises(ValueError, match="scatter_picture draws outputs up to 40"):
        P.scatter_picture(TransposedConvSpec(in_size=30, kernel_size=3, stride=2))
    with pytest.raises(ValueError, match="titles must have one entry per panel"):
        P.sparsity(TransposedConvSpec(in_size=2, kernel_size=2), titles=["a"])
    with pytest.raises(TypeError, match="needs at least one operator"):
        P.sparsity()
    with pytest.raises(ValueError, match="dpi must be a positive integer"):
        P.overlap_map(TransposedConvSpec(in_size=2, kernel_size=2), dpi=0)


def test_import_tconv_sym_plot_does_not_import_matplotlib():
    import subprocess
    import sys

    code = ("import sys, tconv_sym, tconv_sym.report.plot; "
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"


def test_overlap_map_is_per_input_channel(mpl):
    spec = TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2, in_channels=4,
                              out_channels=2, groups=2)
    fig = P.overlap_map(spec)
    assert fig.axes[0].get_title().splitlines()[-1] == (
        "(per input channel; with 2 input channels per group every count is ×2)")
    drawn = fig.axes[0].images[0].get_array()
    np.testing.assert_array_equal(np.asarray(drawn) * 2, P.overlap_counts(spec)[0])


def test_sparsity_of_a_conv_spec_uses_its_exact_transpose(mpl):
    conv = ConvSpec(in_size=6, kernel_size=3, stride=2)  # 6 -> 2; .transposed() maps 2 -> 5
    fig = P.sparsity(conv)
    shapes = [ax.get_title().splitlines()[2].split(",")[0] for ax in fig.axes[:4]]
    assert shapes == ["2×6", "6×2", "4×2", "2×4"]  # C = ↓2 C₁ with C₁: 6 -> 4


# --------------------------------------------------------------------------------------
# Issue 33: functions that take a spec take an interop Resolution (its .spec), weights in
# the framework's own layout
# --------------------------------------------------------------------------------------
def test_weight_verdict_of_a_pytorch_module_through_from_torch():
    torch = pytest.importorskip("torch")
    import tconv_sym as ts

    torch.manual_seed(0)
    m = torch.nn.ConvTranspose2d(2, 3, 4, stride=2, padding=1)
    r = ts.from_torch(m, (1, 2, 8, 8))
    v = P.weight_verdict(r, m.weight)  # the call: a TypeError before
    w = m.weight.detach().numpy()
    expected = P.weight_verdict(r.spec, w)
    assert v.spec == r.spec and v.gains.tolist() == expected.gains.tolist()
    # the gains are what PyTorch computes for a constant input, in the interior
    y = m(torch.ones(1, 2, 8, 8)).detach().numpy()[0] - m.bias.detach().numpy()[:, None, None]
    assert np.allclose(y[:, 6:8, 6:8], v.gains, atol=1e-5)
    for fn in (P.overlap_counts, P.phase_counts, P.checkerboard_verdict, P.phase_taps):
        got, want = fn(r), fn(r.spec)
        assert str(got) == str(want)
    assert P.overlap_map(r).axes and P.sparsity(r).axes


def test_a_tensorflow_resolution_takes_its_weight_in_its_own_layout():
    import tconv_sym as ts
    from tconv_sym.interop import resolve_tf

    r = resolve_tf((1, 3, 3, 2), (4, 4, 3, 2), (1, 6, 6, 3), strides=2, padding="SAME")
    w_tf = np.arange(4 * 4 * 3 * 2, dtype=float).reshape(4, 4, 3, 2)  # (*k, C_out, C_in)
    v = P.weight_verdict(r, w_tf)
    assert v.gains.tolist() == P.weight_verdict(r.spec, r.torch_weight(w_tf)).gains.tolist()
    # the response a constant input gets, through TensorFlow's own operator (the core one)
    y = r.apply(np.ones((1, 3, 3, 2)), w_tf)[0]  # NHWC
    assert np.allclose(np.moveaxis(y, -1, 0), P.constant_response(r, w_tf))
    with pytest.raises(ValueError, match=r"weight must have the tensorflow layer's weight "
                                         r"shape \(4, 4, 3, 2\)"):
        P.phase_gains(r, r.torch_weight(w_tf))  # the core layout is not TensorFlow's
    assert ts.TransposedConvSpec is type(P.checkerboard_verdict(r).spec)


def test_a_convolution_or_an_unknown_object_is_refused_naming_spec():
    import tconv_sym as ts

    conv = ts.ConvSpec(in_size=4, kernel_size=3)

    class Layer:  # a scanned Conv layer: .spec is a ConvSpec
        spec = conv

    with pytest.raises(TypeError, match=r"spec\.spec\.transposed\(\)"):
        P.overlap_counts(Layer())
    with pytest.raises(TypeError, match=r"TransposedConvSpec \(or an object with one in "
                                        r"\.spec, such as an interop Resolution\), got str"):
        P.weight_verdict("layer", np.ones((1, 1, 3)))
    with pytest.raises(TypeError, match="weight must be real, got a complex array"):
        P.weight_verdict(ts.TransposedConvSpec(in_size=3, kernel_size=3),
                         np.ones((1, 1, 3), dtype=complex))
