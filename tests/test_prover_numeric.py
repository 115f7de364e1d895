"""tconv_sym.prover.numeric: prove_equal on plain NumPy / scipy matrices (no SymPy), and the
prover's estimates (tconv_sym.prover.estimate)."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

import tconv_sym as ts
from tconv_sym import budget
from tconv_sym.prover import estimate
from tconv_sym.prover import expr as E
from tconv_sym.prover.numeric import as_exact_array, compare_arrays


def test_numeric_matrices_agree_with_the_exact_symbolic_path():
    rng = np.random.default_rng(0)
    a = rng.integers(-3, 4, (30, 20))
    b = a.copy()
    b[7, 3] += 1
    fast = ts.prove_equal(a, b)
    slow = ts.prove_equal(a.astype(object), b.astype(object), engine="sympy")
    assert not fast.holds and not slow.holds
    c, s = fast.counterexample, slow.counterexample
    assert (c.row, c.col, c.lhs, c.rhs) == (s.row, s.col, s.lhs, s.rhs) == (7, 3, a[7, 3],
                                                                              a[7, 3] + 1)
    assert ts.prove_equal(a, sp.csr_matrix(a)).holds
    assert not ts.prove_equal(np.eye(3), np.eye(4)).holds


def test_a_large_numeric_matrix_is_compared_without_sympy():
    big = np.arange(10**6, dtype=np.int64).reshape(1000, 1000)
    other = big.copy()
    other[999, 998] = -1
    cmp = compare_arrays(big, other)
    assert (cmp.equal, cmp.row, cmp.col, cmp.lhs, cmp.rhs) == (False, 999, 998, 999998, -1)
    assert ts.prove_equal(big, big.copy()).holds


def test_only_exact_arrays_take_the_fast_path():
    assert as_exact_array(np.array([1.0, np.nan])) is None
    assert as_exact_array(np.array(["a"])) is None
    assert as_exact_array(np.ones((2, 2, 2))) is None
    assert compare_arrays(np.array([[0.5]]), np.array([[0.5]])).equal


def test_estimate_counts_channels_once_when_split():
    t = ts.TransposedConvSpec(in_size=(16, 16), kernel_size=3, stride=2, in_channels=32,
                              out_channels=16)
    conv = E.conv(t, E.sym("q", t.weight_shape))
    full, split = estimate.entries(conv), estimate.entries(conv, split=True)
    from tconv_sym.factored import factored

    op = factored(t)
    conv_rows_cols = (16 * 33 * 33) + (32 * 16 * 16)
    weights = 32 * 16 * 9  # the symbol column: its entries, its rows and one column
    assert full == op.nnz + conv_rows_cols + 3 * (weights + 1) - 1
    assert split == op.spatial_nnz + 32 * 16 + conv_rows_cols // 32 + 2 * weights + 1
    with budget.limits(bytes=1000), pytest.raises(budget.ResourceLimitError,
                                                  match="channel-split proof"):
        estimate.check(conv, conv, "basis", split=True)
