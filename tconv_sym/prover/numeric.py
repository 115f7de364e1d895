"""Plain numeric matrices compared exactly, without SymPy: ``prove_equal`` on NumPy arrays.

Integer, boolean and finite float arrays (dense NumPy or ``scipy.sparse``) are exact
rationals already, so equality is entry-wise equality of the arrays; the first differing
entry (row-major) is the counterexample. Milliseconds for a 1000×1000 matrix, where the
SymPy conversion took a minute and a half.

>>> import numpy as np
>>> c = compare_arrays(np.eye(3, dtype=int), np.eye(3, dtype=int)[::-1])
>>> c.equal, c.row, c.col, c.lhs, c.rhs
(False, 0, 0, 1, 0)
>>> compare_arrays([[1]], np.eye(1)) is None  # not both arrays: the general path
True
"""

from __future__ import annotations

import numpy as np

from .basis import Comparison

__all__ = ["compare_arrays", "as_exact_array"]


def as_exact_array(m):
    """``m`` as a dense NumPy array or CSR matrix of exact numbers, else ``None``.

    >>> as_exact_array(np.array([0.5, np.inf])) is None, as_exact_array(np.ones(2)).shape
    (True, (2, 1))
    """
    if hasattr(m, "tocsr") and hasattr(m, "nnz"):
        if m.dtype.kind not in "biuf":
            return None
        m = m.tocsr()
        if m.dtype.kind == "f" and not np.isfinite(m.data).all():
            return None
        return m
    if not isinstance(m, np.ndarray) or m.dtype.kind not in "biuf":
        return None
    if m.dtype.kind == "f" and not np.isfinite(m).all():
        return None
    return m.reshape(-1, 1) if m.ndim == 1 else m if m.ndim == 2 else None


def _value(v):
    v = v.item() if hasattr(v, "item") else v
    return int(v) if float(v).is_integer() else v


def compare_arrays(a, b) -> Comparison | None:
    """Exact comparison of two numeric matrices, or ``None`` if either is not one."""
    a, b = as_exact_array(a), as_exact_array(b)
    if a is None or b is None:
        return None
    if a.shape != b.shape:
        return Comparison(False, note=f"the sides have different shapes: {a.shape[0]}×"
                                      f"{a.shape[1]} vs {b.shape[0]}×{b.shape[1]}")
    sparse = hasattr(a, "nnz") or hasattr(b, "nnz")
    if sparse:
        import scipy.sparse as sp

        diff = (sp.csr_matrix(a) != sp.csr_matrix(b)).tocsr()
        if diff.nnz == 0:
            return Comparison(True)
        r = int(np.flatnonzero(np.diff(diff.indptr))[0])
        c = int(diff.indices[diff.indptr[r]:diff.indptr[r + 1]].min())
        get = lambda m: m[r, c]  # noqa: E731
    else:
        bad = np.flatnonzero(a != b)
        if bad.size == 0:
            return Comparison(True)
        r, c = divmod(int(bad[0]), a.shape[1])
        get = lambda m: m[r, c]  # noqa: E731
    return Comparison(False, r, c, _value(get(a)), _value(get(b)))
