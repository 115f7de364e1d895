"""tconv_sym.testing.colouring: same-colour inputs never reach the same output, and the
number of colours is ⌈receptive field / stride⌉-like per dim (checked against the explicit
tap basis of structure.py)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from tconv_sym import ConvSpec, TransposedConvSpec, operator_structure
from tconv_sym.testing.colouring import Colouring, Footprint, colour_footprint, colouring_of

SPECS = [
    TransposedConvSpec(in_size=(9, 8), kernel_size=3, stride=2, padding=1, output_padding=1),
    TransposedConvSpec(in_size=7, kernel_size=4, stride=2, padding=1),
    TransposedConvSpec(in_size=6, kernel_size=3, stride=3),
    TransposedConvSpec(in_size=(5, 6), kernel_size=(2, 3), stride=(1, 2), dilation=(2, 1)),
    ConvSpec(in_size=(10, 9), kernel_size=3, padding=1),
    ConvSpec(in_size=11, kernel_size=5, stride=3, dilation=2),
]


@pytest.mark.parametrize("spec", SPECS, ids=repr)
def test_same_colour_columns_have_disjoint_footprints(spec):
    c = colouring_of(spec)
    m = operator_structure(spec).evaluate(np.ones(math.prod(spec.kernel_size))).tocsc()
    for colour in range(c.n):
        rows = np.concatenate([m.indices[m.indptr[j]:m.indptr[j + 1]] for j in c.members(colour)])
        assert rows.size == np.unique(rows).size, colour
    # the periods are minimal: one less in any dim would put two columns on one output
    for dim, p in enumerate(c.periods):
        if p == 1:
            continue
        smaller = Colouring(c.in_size, c.periods[:dim] + (p - 1,) + c.periods[dim + 1:])
        clash = False
        for colour in range(smaller.n):
            cols = smaller.members(colour)
            rows = np.concatenate([m.indices[m.indptr[j]:m.indptr[j + 1]] for j in cols])
            clash |= rows.size != np.unique(rows).size
        assert clash, (dim, p)


def test_transposed_periods_are_ceil_of_span_over_stride():
    for k, s, d in [(3, 2, 1), (4, 2, 1), (5, 2, 1), (3, 1, 1), (2, 3, 1), (3, 2, 2)]:
        c = colouring_of(TransposedConvSpec(in_size=12, kernel_size=k, stride=s, dilation=d))
        assert c.periods == (-(-(d * (k - 1) + 1) // s),)


def test_periods_from_an_explicit_footprint():
    # inputs 0, 1 feed output 0 and inputs 2, 3 output 1: period 2 separates them
    c = colour_footprint(np.array([0, 1, 2, 3]), np.array([0, 0, 1, 1]), (4,), (2,))
    assert c.periods == (2,) and c.colour_of.tolist() == [0, 1, 0, 1]
    assert colour_footprint(np.array([], dtype=int), np.array([], dtype=int), (3,), (2,)).n == 1


def test_footprint_counts_probes_per_group():
    t = TransposedConvSpec(in_size=(8, 8), kernel_size=3, stride=2, in_channels=8,
                           out_channels=4, groups=2)
    fp = Footprint.of(t)
    assert fp.n_probes == 4 * 4  # C_in/groups × 2×2 colours
    x = fp.probe(5)  # channel 1 of each group, colour 1
    assert x.shape == t.in_shape and set(np.flatnonzero(x.sum(axis=(1, 2)))) == {1, 5}
    assert fp.owner.shape == (4, 17 * 17)
