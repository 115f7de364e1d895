"""Issue 19: the closed forms of tconv_sym.analysis against the tap basis (the oracle), and
refusals instead of loops over range(stride)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tconv_sym import TransposedConvSpec, analysis
from tconv_sym.structure import conv_transpose_structure


def _phase_counts_from_basis(spec):
    """The row counts of the tap basis on an input large enough to have an interior."""
    spans = [e - 1 for e in spec.effective_kernel_size]
    starts = [s * -(-span // s) for span, s in zip(spans, spec.stride)]
    sizes = tuple(-(-span // s) + 2 for span, s in zip(spans, spec.stride))
    big = TransposedConvSpec(in_size=sizes, kernel_size=spec.kernel_size, stride=spec.stride,
                             dilation=spec.dilation)
    counts = conv_transpose_structure(big).row_counts().reshape(big.out_size)
    block = counts[tuple(slice(p, p + s) for p, s in zip(starts, spec.stride))]
    # full-output position f is output phase (f - p_lo) mod s in the layer's coordinates
    return np.roll(block, tuple((p - lo) % s for p, lo, s in zip(starts, spec.pad_lo,
                                                                spec.stride)),
                   axis=tuple(range(spec.ndim)))


def _subkernel_phases_from_basis(spec):
    basis = conv_transpose_structure(spec.with_(in_channels=1, out_channels=1, groups=1))
    out_pos = np.unravel_index(basis.rows, spec.out_size)
    tap_pos = np.unravel_index(basis.taps, spec.kernel_size)
    result = {}
    for r in itertools.product(*(range(s) for s in spec.stride)):
        sel = np.ones(basis.nnz, dtype=bool)
        for t, a, s in zip(tap_pos, r, spec.stride):
            sel &= t % s == a
        phases = {tuple(int(p[e] % s) for p, s in zip(out_pos, spec.stride))
                  for e in np.flatnonzero(sel)}
        result[r] = min(phases) if phases else None
    return result


dims = st.integers(1, 2)


@st.composite
def specs(draw):
    nd = draw(dims)
    pick = lambda lo, hi: tuple(draw(st.integers(lo, hi)) for _ in range(nd))  # noqa: E731
    k, s, d, i = pick(1, 5), pick(1, 4), pick(1, 3), pick(1, 4)
    pads = tuple((draw(st.integers(0, 3)), draw(st.integers(0, 3))) for _ in range(nd))
    try:
        return TransposedConvSpec(in_size=i, kernel_size=k, stride=s, dilation=d, padding=pads)
    except ValueError:  # an empty output
        return TransposedConvSpec(in_size=i, kernel_size=k, stride=s, dilation=d)


@settings(max_examples=150, deadline=None)
@given(specs())
def test_closed_forms_agree_with_the_tap_basis(spec):
    assert analysis.phase_counts(spec).tolist() == _phase_counts_from_basis(spec).tolist()
    assert analysis.subkernel_phases(spec) == _subkernel_phases_from_basis(spec)
    counts = _phase_counts_from_basis(spec)
    verdict = analysis.checkerboard_verdict(spec)
    assert verdict.free == bool(np.all(counts == counts.reshape(-1)[0]))
    assert verdict.counts == sorted({int(v) for v in counts.reshape(-1)})


def test_a_stride_of_a_million_is_a_closed_form():
    spec = TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=1_000_000)
    verdict = analysis.checkerboard_verdict(spec)
    assert not verdict.free and verdict.counts == [0, 1]
    assert verdict.phase_counts is None and "phases" in repr(verdict)
    even = analysis.checkerboard_verdict(TransposedConvSpec(in_size=2, kernel_size=6,
                                                            stride=(3,), dilation=1))
    assert even.free and even.counts == [2]
    for fn in (analysis.subkernels, analysis.subkernel_phases):
        with pytest.raises(ValueError, match="phases"):
            fn(spec)
    with pytest.raises(ValueError, match="phase_counts"):
        analysis.phase_counts(spec)
