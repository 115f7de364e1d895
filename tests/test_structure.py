"""Index structure (tap basis): entries, ordering, channels/groups, transposition, limits."""

from __future__ import annotations

import numpy as np
import pytest

from tconv_sym import ConvSpec, TransposedConvSpec
from tconv_sym.structure import MAX_ENTRIES, conv_structure, conv_transpose_structure


def brute_force_entries(spec: ConvSpec):
    """Entries (row, col, tap) by the definition, one loop per index (1-D only)."""
    (i,), (k,), (s,), ((lo, _),), (d,) = (spec.in_size, spec.kernel_size, spec.stride,
                                           spec.padding, spec.dilation)
    (o,) = spec.out_size
    cin_g, cout_g = spec.in_channels // spec.groups, spec.out_channels // spec.groups
    entries = set()
    for co in range(spec.out_channels):
        g = co // cout_g
        for cl in range(cin_g):
            ci = g * cin_g + cl
            for n in range(o):
                for t in range(k):
                    j = n * s - lo + t * d
                    if 0 <= j < i:
                        tap = k - 1 - t if spec.mode == "convolution" else t
                        entries.add((co * o + n, ci * i + j, (co * cin_g + cl) * k + tap))
    return entries


@pytest.mark.parametrize(
    "spec",
    [
        ConvSpec(in_size=7, kernel_size=3, stride=2, padding=1),
        ConvSpec(in_size=9, kernel_size=4, stride=3, padding=(2, 0), dilation=2),
        ConvSpec(in_size=6, kernel_size=2, in_channels=4, out_channels=6, groups=2),
        ConvSpec(in_size=5, kernel_size=3, padding="same", mode="convolution", in_channels=2),
    ],
)
def test_entries_match_the_definition(spec):
    b = conv_structure(spec)
    got = set(zip(b.rows.tolist(), b.cols.tolist(), b.taps.tolist()))
    assert got == brute_force_entries(spec)
    assert b.nnz == len(got)  # no (row, col) pair twice
    assert b.shape == (spec.out_features, spec.in_features)


def test_entries_are_sorted_and_read_only():
    b = conv_structure(ConvSpec(in_size=(6, 5), kernel_size=3, padding=1, in_channels=2))
    key = b.rows * b.shape[1] + b.cols
    assert np.all(np.diff(key) > 0)
    with pytest.raises(ValueError):
        b.rows[0] = 3


def test_2d_structure_is_the_kronecker_product_of_1d():
    import scipy.sparse as sp

    s2 = ConvSpec(in_size=(5, 6), kernel_size=(2, 3), stride=(2, 1), padding=(1, 2))
    a = conv_structure(ConvSpec(in_size=5, kernel_size=2, stride=2, padding=1))
    b = conv_structure(ConvSpec(in_size=6, kernel_size=3, padding=2))
    wa, wb = np.array([3, 5]), np.array([7, 11, 13])
    expected = sp.kron(a.evaluate(wa), b.evaluate(wb))
    got = conv_structure(s2).evaluate(np.outer(wa, wb))
    assert (got != expected).nnz == 0


def test_transposed_structure_is_the_transpose():
    t = TransposedConvSpec(in_size=(3, 4), kernel_size=3, stride=2, padding=1, in_channels=2,
                           out_channels=4, groups=2, output_padding=1)
    bt, bc = conv_transpose_structure(t), conv_structure(t.conv)
    w = np.arange(1, bt.n_taps + 1)
    assert (bt.evaluate(w) != bc.evaluate(w).T).nnz == 0


def test_output_padding_beyond_stride_crops_the_conv_outputs():
    # PyTorch allows output_padding < dilation even when >= stride: the forward conv over
    # the padded output has more outputs than the transposed input; only the first are used.
    t = TransposedConvSpec(in_size=4, kernel_size=3, dilation=2, output_padding=1)
    assert t.conv.out_size == (5,) and conv_transpose_structure(t).shape == (9, 4)


def test_tap_matrices_sum_to_the_operator():
    b = conv_structure(ConvSpec(in_size=(4, 4), kernel_size=2, in_channels=2, out_channels=3))
    w = np.arange(1, b.n_taps + 1)
    total = sum(w[t] * b.tap_matrix(t) for t in range(b.n_taps))
    assert (total != b.evaluate(w)).nnz == 0
    stacked = b.stacked()
    assert stacked.shape == (b.shape[0], b.shape[1] * b.n_taps) and stacked.nnz == b.nnz


def test_row_counts_show_the_checkerboard():
    # k=3, s=2: output pixels get 1 or 2 contributions (the checkerboard artifact)
    counts = conv_transpose_structure(TransposedConvSpec(in_size=4, kernel_size=3, stride=2))
    assert counts.row_counts().tolist() == [1, 1, 2, 1, 2, 1, 2, 1, 1]
    even = conv_transpose_structure(TransposedConvSpec(in_size=4, kernel_size=4, stride=2))
    assert set(even.row_counts()[2:-2].tolist()) == {2}


def test_absurd_sizes_are_refused_with_an_estimate():
    with pytest.raises(ValueError, match=r"up to 8,999,964,000,036 structural entries\) would "
                                         r"need ~523.9 TiB of memory; the limit is"):
        conv_structure(ConvSpec(in_size=(10**6, 10**6), kernel_size=3))
    assert MAX_ENTRIES >= 10**7


def test_evaluate_checks_the_kernel_length():
    b = conv_structure(ConvSpec(in_size=4, kernel_size=3))
    with pytest.raises(ValueError, match="kernel has 2 entries, the operator needs 3"):
        b.evaluate([1, 2])
