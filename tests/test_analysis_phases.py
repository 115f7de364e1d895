"""Phases, causes and the weight-aware checkerboard verdict, against independent oracles:
brute force over the tap basis (which taps reach which output positions),
``ts.conv_transpose`` of a constant input and PyTorch's ``conv_transpose2d``. The layer of
issue 18 (k3, s2, dilation 2, groups 2, output_padding 1) is the running example."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

import tconv_sym as ts
from tconv_sym import TransposedConvSpec
from tconv_sym import analysis as A

ISSUE = TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, dilation=2, groups=2,
                           in_channels=2, out_channels=2, output_padding=1)

LAYERS = [
    ISSUE,
    TransposedConvSpec(in_size=5, kernel_size=3, stride=2),
    TransposedConvSpec(in_size=4, kernel_size=4, stride=2, padding=1),
    TransposedConvSpec(in_size=(3, 4), kernel_size=(5, 4), stride=(3, 2), dilation=(2, 3),
                       padding=((1, 2), (2, 0)), output_padding=(1, 0)),
    TransposedConvSpec(in_size=4, kernel_size=5, stride=4, dilation=2, padding=3,
                       in_channels=4, out_channels=6, groups=2),
    TransposedConvSpec(in_size=(2, 3, 2), kernel_size=(2, 3, 2), stride=(2, 3, 1),
                       dilation=(3, 3, 2)),
]


def _basis_taps(spec, r):
    """Taps landing on output phase r, by brute force over the tap basis (independent of the
    phase arithmetic under test): every structural entry of a one-channel copy, on an input
    long enough that every tap lands inside the output, whose output position is ≡ r (mod
    stride) in every dim."""
    from tconv_sym.structure import conv_transpose_structure

    big = spec.with_(in_channels=1, out_channels=1, groups=1, in_size=tuple(
        i + 2 * (e + lo + hi + 2) for i, e, (lo, hi) in zip(spec.in_size,
                                                             spec.effective_kernel_size,
                                                             spec.padding)))
    basis = conv_transpose_structure(big)
    found = set()
    for row, tap in zip(basis.rows.tolist(), basis.taps.tolist()):
        pos = np.unravel_index(row, big.out_size)
        if all(int(p) % s == rr for p, s, rr in zip(pos, big.stride, r)):
            found.add(tuple(int(t) for t in np.unravel_index(tap, big.kernel_size)))
    return tuple(sorted(found))


@pytest.mark.parametrize("spec", LAYERS, ids=repr)
def test_phase_taps_match_the_tap_basis(spec):
    taps = A.phase_taps(spec)
    assert set(taps) == set(itertools.product(*map(range, spec.stride)))
    for r, got in taps.items():
        assert got == _basis_taps(spec, r)
        assert A.phase_counts(spec)[r] == len(got)


def test_the_brute_force_oracle_tells_a_wrong_phase_rule_apart():
    # the sign of the padding flipped: right for padding 0, wrong for the padded layers
    def wrong(spec, r):
        return tuple(t for t in itertools.product(*map(range, spec.kernel_size))
                     if all((tt * d + lo) % s == rr for tt, d, lo, s, rr in
                            zip(t, spec.dilation, spec.pad_lo, spec.stride, r)))

    padded = LAYERS[3]
    assert any(wrong(padded, r) != _basis_taps(padded, r) for r in A.phase_taps(padded))
    plain = LAYERS[1]
    assert all(wrong(plain, r) == _basis_taps(plain, r) for r in A.phase_taps(plain))


@pytest.mark.parametrize("spec", LAYERS, ids=repr)
def test_interior_of_the_overlap_counts_is_the_phase_counts(spec):
    # one channel; interior = away from every border of the (cropped) output
    one = spec.with_(in_channels=1, out_channels=1, groups=1, in_size=tuple(
        max(i, 2 * (e // s + 2)) for i, e, s in zip(spec.in_size, spec.effective_kernel_size,
                                                   spec.stride)))
    counts = A.overlap_counts(one)[0]
    phases = A.phase_counts(one)
    expected = phases[tuple(np.indices(one.out_size) % np.reshape(one.stride, (-1,) + (1,) *
                                                                   one.ndim))]
    margin = [e + lo for e, lo in zip(one.effective_kernel_size, one.pad_lo)]
    inner = tuple(slice(m, o - m) for m, o in zip(margin, one.out_size))
    assert counts[inner].size > 0
    assert (counts[inner] == expected[inner]).all()
    assert (counts <= expected).all()  # borders only ever sum fewer terms


def test_issue_layer_phases_captions_and_verdict(tmp_path):
    pytest.importorskip("matplotlib")
    from tconv_sym import plot

    assert A.phase_counts(ISSUE).tolist() == [[9, 0], [0, 0]]
    assert A.phase_taps(ISSUE)[(0, 0)] == tuple(itertools.product(range(3), range(3)))
    fig = plot.polyphase_subkernels(ISSUE)
    titles = [ax.get_title() for ax in fig.axes[1:]]
    assert titles == ["w[0::1, 0::1] → out phase (0, 0)",
                      "no tap → out phase (0, 1) (always 0)",
                      "no tap → out phase (1, 0) (always 0)",
                      "no tap → out phase (1, 1) (always 0)"]
    caption = plot.polyphase_caption(ISSUE)
    assert "each output phase is a stride-1" not in caption.lower()
    assert "phases (0, 1), (1, 0), (1, 1) receive no tap" in caption
    verdict = plot.checkerboard_verdict(ISSUE)
    assert not verdict.free and verdict.silent_phases == ((0, 1), (1, 0), (1, 1))
    text = str(verdict)
    assert text.startswith("CHECKERBOARD: dilation d=2 shares the factor 2 with stride s=2")
    assert "k=3 % s=2" not in text  # the kernel size is not the cause here
    assert verdict.proof is None  # the prover's theorem does not cover dilation
    causes = "\n".join(verdict.causes)
    assert "dilation d=2 shares the factor 2" in causes
    assert "output_padding=1 adds 1 position past the full output" in causes
    # the explain report: right caption, no "holds" for the identity that ignores dilation
    report = ts.explain(ISSUE, tmp_path / "r", prove_budget=1e-9)  # no time for the rest
    md = report.text
    assert caption in md
    row = next(line for line in md.splitlines()
               if line.startswith("| `checkerboard_free_iff_divisible`"))
    assert "holds" not in row and "not checked for this layer" in row and "dilation" in row


@pytest.mark.parametrize("k,s,d,lo,a", [(3, 2, 1, 0, 0), (4, 2, 1, 1, 1), (3, 2, 2, 0, 1),
                                        (5, 3, 1, 2, 0), (4, 2, 1, 2, 0), (2, 4, 2, 1, 3)])
def test_causes_name_every_reason_and_only_real_ones(k, s, d, lo, a):
    spec = TransposedConvSpec(in_size=6, kernel_size=k, stride=s, dilation=d, padding=lo,
                              output_padding=a)
    causes = A.uneven_overlap_causes(spec)
    counts = A.overlap_counts(spec)[0]
    interior_even = len(set(A.phase_counts(spec).tolist())) == 1
    assert any(c.startswith("interior") for c in causes) == (not interior_even)
    assert any("shares the factor" in c for c in causes) == (np.gcd(d, s) > 1)
    # a border cause exactly when some output pixel sums fewer terms than its phase
    expected = np.array([A.phase_counts(spec)[o % s] for o in range(counts.size)])
    assert any(c.startswith("borders") for c in causes) == bool((counts < expected).any()
                                                                 or "past the full" in
                                                                 " ".join(causes))
    full = (spec.in_size[0] - 1) * s + d * (k - 1) + 1
    assert any("past the full output" in c for c in causes) == \
        (spec.out_size[0] + lo > full)
    if not causes:
        assert len(set(counts.tolist())) == 1


# --------------------------------------------------------------------------------------
# The weight-aware verdict
# --------------------------------------------------------------------------------------
def _conv_transpose_ones(spec, w):
    x = np.ones((1, *spec.in_shape))
    return ts.conv_transpose(x, w, stride=spec.stride, padding=spec.padding,
                             output_padding=spec.output_padding, dilation=spec.dilation,
                             groups=spec.groups)[0]


SYMMETRIC = [s for s in LAYERS if all(lo == hi for lo, hi in s.padding)]  # conv_transpose's


@pytest.mark.parametrize("spec", SYMMETRIC, ids=repr)
def test_constant_response_and_gains_match_conv_transpose_of_ones(spec):
    rng = np.random.default_rng(7)
    w = rng.standard_normal(spec.weight_shape)
    oracle = _conv_transpose_ones(spec, w)
    np.testing.assert_allclose(A.constant_response(spec, w), oracle, rtol=1e-12, atol=1e-12)
    gains = A.phase_gains(spec, w)
    big = spec.with_(in_size=tuple(2 * (e // s + 2) for e, s in
                                   zip(spec.effective_kernel_size, spec.stride)))
    y = _conv_transpose_ones(big, w)
    margin = [e + lo for e, lo in zip(big.effective_kernel_size, big.pad_lo)]
    inner = tuple(slice(m, o - m) for m, o in zip(margin, big.out_size))
    phase = tuple(np.indices(big.out_size)[d][inner] % s for d, s in enumerate(big.stride))
    assert phase[0].size > 0
    np.testing.assert_allclose(y[(slice(None), *inner)], gains[(slice(None), *phase)],
                               rtol=1e-12, atol=1e-12)


def test_issue_example_k4_s2_structure_even_but_weights_not():
    torch = pytest.importorskip("torch")
    spec = TransposedConvSpec(in_size=(6, 6), kernel_size=4, stride=2, padding=1)
    torch.manual_seed(0)
    layer = torch.nn.ConvTranspose2d(1, 1, 4, stride=2, padding=1, bias=False)
    verdict = A.weight_verdict(spec, layer.weight)
    assert verdict.structure.free and not verdict.free
    y = layer(torch.ones(1, 1, 6, 6)).detach().numpy()[0, 0]
    # PyTorch's interior pattern is the 2×2 tile of phase gains
    for i, j in itertools.product(range(2, 10), range(2, 10)):
        assert y[i, j] == pytest.approx(float(verdict.gains[0, i % 2, j % 2]), abs=1e-5)
    tile = y[2:4, 2:4]
    assert verdict.amplitude[0] == pytest.approx(tile.max() - tile.min(), abs=1e-5)
    assert "although the structure is even" in str(verdict)
    # equal phase sums: a constant input stays constant
    even = np.full(spec.weight_shape, 0.25)
    assert A.weight_verdict(spec, even).free
    assert A.weight_verdict(spec, even).amplitude.tolist() == [0.0]


def test_weight_verdict_of_the_grouped_dilated_layer_against_torch():
    torch = pytest.importorskip("torch")
    torch.manual_seed(1)
    m = torch.nn.ConvTranspose2d(2, 2, 3, stride=2, dilation=2, groups=2, output_padding=1,
                                 bias=False)
    r = ts.from_torch(m, (1, 2, 4, 4))
    assert r.spec == ISSUE
    y = m(torch.ones(1, 2, 4, 4)).detach().numpy()[0]
    np.testing.assert_allclose(A.constant_response(ISSUE, m.weight), y, rtol=1e-5, atol=1e-6)
    gains = A.phase_gains(ISSUE, m.weight)
    w = m.weight.detach().numpy()
    assert gains[:, 0, 0] == pytest.approx(w.sum(axis=(1, 2, 3)), abs=1e-6)  # all 9 taps
    assert not gains[:, 1, :].any() and not gains[:, :, 1].any()


def test_weight_shape_is_checked():
    with pytest.raises(ValueError, match=r"weight must have the layer's weight shape "
                                         r"\(2, 1, 3, 3\).*got \(1, 1, 3, 3\)"):
        A.weight_verdict(ISSUE, np.ones((1, 1, 3, 3)))
    with pytest.raises(TypeError, match="weight must be a numeric array"):
        A.phase_gains(ISSUE, np.full(ISSUE.weight_shape, "a"))


def test_explain_with_weights_writes_gains_and_response(tmp_path):
    pytest.importorskip("matplotlib")
    torch = pytest.importorskip("torch")
    from tconv_sym.cli import main

    torch.manual_seed(0)
    m = torch.nn.ConvTranspose2d(1, 1, 4, stride=2, padding=1, bias=False)
    spec = TransposedConvSpec(in_size=(6, 6), kernel_size=4, stride=2, padding=1)
    v = A.weight_verdict(spec, m.weight)
    np.save(tmp_path / "w.npy", m.weight.detach().numpy())
    out = tmp_path / "r"
    assert main(["explain", "--in", "6x6", "--kernel", "4", "--stride", "2", "--padding", "1",
                 "--no-prove", "--weights", str(tmp_path / "w.npy"), "--out", str(out)]) == 0
    text = (out / "report.md").read_text()
    assert f"**{v}**" in text and "### With these weights" in text
    assert (out / "response.png").read_bytes()[:4] == b"\x89PNG"
    # a PyTorch layer through from_torch, now without weights, into the same folder: the
    # tool's own stale response.png goes, a file it did not write stays
    (out / "mine.txt").write_text("not the tool's")
    r = ts.explain(ts.from_torch(m, (1, 1, 6, 6)), out, prove=False)
    assert "response.png" not in r.files and not (out / "response.png").exists()
    assert (out / "mine.txt").read_text() == "not the tool's"
    assert f"resolves to `{spec!r}`" in r.text


@pytest.mark.parametrize("func", ["overlap_map", "polyphase_subkernels", "scatter_picture",
                                  "constant_response_map"])
def test_titles_fit_in_the_figure(func):
    pytest.importorskip("matplotlib")
    from tconv_sym import plot

    spec = ISSUE.with_(in_size=(3, 3))
    args = (np.ones(spec.weight_shape),) if func == "constant_response_map" else ()
    fig = getattr(plot, func)(spec, *args)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    width, height = fig.canvas.get_width_height()
    texts = [ax.title for ax in fig.axes] + ([fig._suptitle] if fig._suptitle else [])
    for text in texts:
        if not text.get_text():
            continue
        box = text.get_window_extent(renderer)
        assert box.x0 >= -1 and box.x1 <= width + 1, (func, text.get_text(), box)
        assert box.y1 <= height + 1, (func, text.get_text(), box)
