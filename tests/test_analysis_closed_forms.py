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


# --------------------------------------------------------------------------------------
# Issue 34, finding 4: border deficits in closed form, against the tap basis row counts
# --------------------------------------------------------------------------------------
def _border_deficits_from_basis(spec):
    """The short output positions of each dim, read off the row counts of the tap basis
    (one channel, one dim at a time): the oracle for analysis.border_deficits."""
    out = []
    for dim in range(spec.ndim):
        one = TransposedConvSpec(in_size=spec.in_size[dim], kernel_size=spec.kernel_size[dim],
                                 stride=spec.stride[dim], dilation=spec.dilation[dim],
                                 padding=((spec.pad_lo[dim], spec.pad_hi[dim]),),
                                 output_padding=spec.output_padding[dim])
        counts = conv_transpose_structure(one).row_counts()
        # interior count of a phase: the most any position of that phase sums, on an input
        # long enough to have an interior
        big = one.with_(in_size=one.in_size[0] + 2 * (one.effective_kernel_size[0] + 2))
        big_counts = conv_transpose_structure(big).row_counts()
        s = one.stride[0]
        interior = [int(big_counts[r::s].max(initial=0)) for r in range(s)]
        short = [o for o in range(counts.size) if counts[o] < interior[o % s]]
        half = counts.size / 2
        first = [o for o in short if o < half]
        last = [o for o in short if o >= half]
        full = (one.in_size[0] - 1) * s + one.effective_kernel_size[0]
        out.append({"start": max(first) + 1 if first else 0,
                    "end": counts.size - min(last) if last else 0,
                    "beyond_full": sum(1 for o in range(counts.size) if o + one.pad_lo[0] >= full),
                    "full": full})
    return tuple(out)


@st.composite
def padded_specs(draw):
    spec = draw(specs())
    a = tuple(draw(st.integers(0, max(s, d) - 1)) for s, d in zip(spec.stride, spec.dilation))
    try:
        return spec.with_(output_padding=a)
    except ValueError:
        return spec


@settings(max_examples=200, deadline=None)
@given(padded_specs())
def test_border_deficits_agree_with_the_tap_basis(spec):
    assert analysis.border_deficits(spec) == _border_deficits_from_basis(spec)


def test_border_deficits_oracle_can_fail():
    spec = TransposedConvSpec(in_size=4, kernel_size=3, stride=2)  # the ramp is not cropped
    wrong = ({"start": 0, "end": 0, "beyond_full": 0, "full": 9},)
    assert _border_deficits_from_basis(spec) != wrong
    assert analysis.border_deficits(spec) == _border_deficits_from_basis(spec)


LIMITED = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))
resource.setrlimit(resource.RLIMIT_CPU, (60, 60))
"""


def _limited(code, timeout=120):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", LIMITED + code], capture_output=True,
                         text=True, timeout=timeout)
    return out.returncode, out.stdout, out.stderr


@pytest.mark.parametrize("flag, value", [("--dilation", 10**8), ("--dilation", 10**12),
                                         ("--stride", 10**12)])
def test_explain_with_absurd_dilation_or_stride_finishes_under_limits(tmp_path, flag, value):
    """Finding 34.4: 4.1 GB then MemoryError, 14.6 TiB, 7.28 TiB before; now the report is
    written (verdict and causes in closed form; pictures too large to draw are noted)."""
    pytest.importorskip("matplotlib")
    out = tmp_path / "r"
    code = (f"from tconv_sym.cli import main\nsys.exit(main(['explain', '--in', '4', "
            f"'--kernel', '3', '{flag}', '{value}', '--no-prove', '--out', {str(out)!r}]))")
    rc, stdout, err = _limited(code)
    assert rc == 0, (rc, stdout[-500:], err[-2000:])
    assert "MemoryError" not in err and "Traceback" not in err
    md = (out / "report.md").read_text()
    assert "## Checkerboard" in md and "too large to draw" in md


def test_checkerboard_numbers_of_absurd_layers_are_closed_forms():
    rc, stdout, err = _limited(
        "from tconv_sym import TransposedConvSpec\nfrom tconv_sym.report import plot\n"
        "from tconv_sym import analysis\n"
        "t = TransposedConvSpec(in_size=(4, 4), kernel_size=3, dilation=10**9)\n"
        "v = plot.checkerboard_verdict(t, use_prover=False)\n"
        "print(v.free, analysis.border_deficits(t)[0])\n"
        "s = TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=10**12)\n"
        "v = analysis.checkerboard_verdict(s)\n"
        "print(v.free, v.counts, v.n_silent)\n"
        "try:\n    plot.sparsity(s)\nexcept ValueError as e:\n    print('refused', e)\n")
    assert rc == 0, err[-2000:]
    lines = stdout.splitlines()
    assert lines[0] == ("True {'start': 1000000002, 'end': 1000000002, 'beyond_full': 0, "
                        "'full': 2000000004}")
    assert lines[1] == f"False [0, 1] {10**24 - 9}"  # 3×3 live phases of 10**24
    assert lines[2].startswith("refused operator of shape") and "too large to draw" in lines[2]
