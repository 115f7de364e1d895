"""Factored operators: a real layer's matrix without materialising it.

The matrix of a convolution with channels is large only because the channels multiply the
spatial structure: it is a small *spatial* tap basis (``out_pixels × taps``, from
:mod:`tconv_sym.structure`) times the weight tensor ``(C_out, C_in/g, *k)``, block-diagonal
over the groups. :class:`FactoredOperator` keeps the two apart and applies the operator the
way the code generator lowers it: per kernel tap one GEMM over the channels of each group, on
a strided box of the input and of the output. Cost follows the layer's MACs, not the explicit
matrix's entries; memory is the input, the output and one box.

>>> import numpy as np
>>> from tconv_sym import TransposedConvSpec
>>> op = factored(TransposedConvSpec(in_size=(32, 32), kernel_size=3, stride=2, padding=1,
...                                  output_padding=1, in_channels=128, out_channels=64))
>>> op.shape, op.nnz, op.basis.nnz   # explicit: 73.9 M entries; spatial factor: 9,025
((262144, 131072), 73932800, 9025)
>>> small = factored(TransposedConvSpec(in_size=2, kernel_size=2))
>>> small
FactoredOperator(TransposedConvSpec(in_size=2, kernel_size=2), taps=2, spatial_nnz=4, macs=4)
>>> small.apply(np.array([[[1, 2]]]), np.array([[[10, 1]]]))
array([[[10, 21,  2]]])
>>> small.matrix(np.array([[[10, 1]]])).toarray()
array([[10,  0],
       [ 1, 10],
       [ 0,  1]])

The reference ``ts.conv`` / ``ts.conv_transpose`` and ``Resolution.apply`` run through
:meth:`FactoredOperator.apply`; ``conv_matrix(..., backend="scipy")`` builds its CSR matrix
with :meth:`FactoredOperator.matrix` (an estimate and a refusal from :mod:`tconv_sym.budget`
come first).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from . import budget
from .spec import ConvSpec, TransposedConvSpec
from .structure import TapBasis, conv_structure, spatial_nnz

__all__ = ["FactoredOperator", "factored", "spatial_spec", "TapBox"]


def spatial_spec(spec) -> ConvSpec:
    """The channel-free forward convolution whose tap basis is the spatial factor of ``spec``
    (for a transposed convolution: its ``conv``, one channel each way).

    >>> from tconv_sym import TransposedConvSpec
    >>> spatial_spec(TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1,
    ...                                 in_channels=8, out_channels=4, groups=2))
    ConvSpec(in_size=6, kernel_size=4, stride=2, padding=1)
    """
    if isinstance(spec, TransposedConvSpec):
        spec = spec.conv
    elif not isinstance(spec, ConvSpec):
        raise TypeError(f"spec must be a ConvSpec or TransposedConvSpec, got "
                        f"{type(spec).__name__}")
    return spec.with_(in_channels=1, out_channels=1, groups=1)


@dataclass(frozen=True)
class TapBox:
    """The entries of one kernel tap: conv outputs ``out_box`` read conv inputs ``in_box``
    (one slice per spatial dim, same number of positions each), or index arrays when the
    entries do not form a strided box.

    >>> TapBox(0, (slice(0, 2, 1),), (slice(1, 5, 2),), 2)
    TapBox(tap=0, out_box=(slice(0, 2, 1),), in_box=(slice(1, 5, 2),), size=2)
    """

    tap: int
    out_box: tuple
    in_box: tuple
    size: int


def _box(flat: np.ndarray, dims: tuple[int, ...]):
    """Slices whose C-order enumeration is exactly ``flat`` (sorted), else the index array."""
    coords = np.unravel_index(flat, dims)
    slices, counts = [], []
    for c in coords:
        lo, hi = int(c.min()), int(c.max())
        vals = np.unique(c)
        step = int(vals[1] - vals[0]) if vals.size > 1 else 1
        if vals.size > 1 and not np.array_equal(vals, np.arange(lo, hi + 1, step)):
            return flat
        slices.append(slice(lo, hi + 1, step))
        counts.append(vals.size)
    if math.prod(counts) != flat.size:
        return flat
    grid = np.ravel_multi_index(np.meshgrid(*[np.arange(s.start, s.stop, s.step)
                                             for s in slices], indexing="ij"), dims)
    return tuple(slices) if np.array_equal(grid.reshape(-1), flat) else flat


class FactoredOperator:
    """The operator of ``spec`` as spatial tap basis × channel blocks (see the module doc).

    Build it with :func:`factored` (cached per spec). ``apply(x, w)`` is the layer's output
    (PyTorch semantics, batch ``(N, C_in, *spatial)``); ``matrix(w)`` the explicit
    ``scipy.sparse`` CSR matrix, refused above the memory limit.
    """

    def __init__(self, spec) -> None:
        if not isinstance(spec, (ConvSpec, TransposedConvSpec)):
            raise TypeError(f"spec must be a ConvSpec or TransposedConvSpec, got "
                            f"{type(spec).__name__}")
        self.spec = spec
        self.transposed = isinstance(spec, TransposedConvSpec)
        conv = spec.conv if self.transposed else spec
        self._conv = conv
        self._conv_out = spec.in_size if self.transposed else conv.out_size

    @functools.cached_property
    def basis(self) -> TapBasis:
        """The spatial factor: the tap basis of :func:`spatial_spec` (built on first use)."""
        return conv_structure(spatial_spec(self.spec), self._conv_out)

    # --- sizes ----------------------------------------------------------------------
    def __repr__(self) -> str:
        return (f"FactoredOperator({self.spec!r}, taps={math.prod(self.spec.kernel_size)}, "
                f"spatial_nnz={self.spatial_nnz:,}, macs={self.nnz:,})")

    @property
    def shape(self) -> tuple[int, int]:
        """Shape of the explicit matrix ``(out_features, in_features)``."""
        return (self.spec.out_features, self.spec.in_features)

    @property
    def nnz(self) -> int:
        """Structural entries of the explicit matrix = multiply-accumulates per sample."""
        c = self._conv
        return c.out_channels * (c.in_channels // c.groups) * self.spatial_nnz

    @functools.cached_property
    def spatial_nnz(self) -> int:
        """Entries of the spatial factor (counted per dim, without building it)."""
        return spatial_nnz(spatial_spec(self.spec), self._conv_out)

    @functools.cached_property
    def boxes(self) -> tuple[TapBox, ...]:
        """One :class:`TapBox` per kernel tap that reaches the input (forward-conv roles)."""
        b = self.basis
        out_dims, in_dims = tuple(self._conv_out), tuple(self._conv.in_size)
        order = np.argsort(b.taps, kind="stable")  # by tap, then (row, col) as sorted
        taps = b.taps[order]
        bounds = np.searchsorted(taps, np.arange(b.n_taps + 1))
        found = []
        for t in range(b.n_taps):
            sel = order[bounds[t]:bounds[t + 1]]
            if sel.size:
                found.append(TapBox(t, _box(b.rows[sel], out_dims), _box(b.cols[sel], in_dims),
                                    int(sel.size)))
        return tuple(found)

    # --- numerics -------------------------------------------------------------------
    def _blocks(self, w: np.ndarray) -> np.ndarray:
        """The weight as ``(g, C_out/g, C_in/g, taps)`` of the *forward* convolution."""
        c = self._conv
        g = c.groups
        n_k = math.prod(c.kernel_size)
        return w.reshape(g, c.out_channels // g, c.in_channels // g, n_k)

    def apply(self, x, w) -> np.ndarray:
        """``y[n] = M x[n]`` for a batch ``x`` of shape ``(N, *spec.in_shape)`` and a
        weight ``w`` of shape ``spec.weight_shape`` (numbers; integers stay exact).

        >>> from tconv_sym import ConvSpec
        >>> op = factored(ConvSpec(in_size=4, kernel_size=2, stride=2))
        >>> op.apply(np.arange(4).reshape(1, 1, 4), np.array([[[1, 10]]]))
        array([[[10, 32]]])
        """
        x = np.asarray(x)
        w = np.asarray(w)
        spec = self.spec
        if x.ndim != spec.ndim + 2 or tuple(x.shape[1:]) != tuple(spec.in_shape):
            raise ValueError(f"x must have shape (N, {', '.join(map(str, spec.in_shape))}) "
                             f"for {spec!r}, got {x.shape}")
        if tuple(w.shape) != tuple(spec.weight_shape):
            raise ValueError(f"w must have shape {spec.weight_shape} for {spec!r}, got "
                             f"{w.shape}")
        dtype = np.result_type(x, w)
        if dtype == np.bool_:
            dtype = np.dtype(np.int64)
        n = x.shape[0]
        biggest_box = max((b.size for b in self.boxes), default=0)
        budget.check("bytes", dtype.itemsize * n * (spec.out_features + 2 * biggest_box * max(
            spec.in_channels, spec.out_channels)), what=f"applying {spec!r} to {n} samples",
            hint="apply it to fewer samples at a time")
        c = self._conv
        g = c.groups
        blocks = self._blocks(w.astype(dtype, copy=False))  # (g, A, B, taps)
        y = np.zeros((n, spec.out_channels, *spec.out_size), dtype=dtype)
        # forward: y[conv out box] += W_t @ x[conv in box]; transposed: the other way round
        src_ch, dst_ch = (c.out_channels, c.in_channels) if self.transposed else \
            (c.in_channels, c.out_channels)
        for box in self.boxes:  # NaN/inf in x propagate as in PyTorch (no warnings)
            wt = blocks[..., box.tap]  # (g, C_out/g, C_in/g)
            if self.transposed:
                wt = wt.transpose(0, 2, 1)
                src, dst = box.out_box, box.in_box
            else:
                src, dst = box.in_box, box.out_box
            xs = _take(x, src).reshape(n, g, src_ch // g, box.size).astype(dtype, copy=False)
            with np.errstate(invalid="ignore", over="ignore"):
                part = np.matmul(wt, xs).reshape(n, dst_ch, box.size)
            _add(y, dst, part)
        return y

    def matrix(self, w, index_dtype=None):
        """The explicit CSR matrix (structural zeros kept, sorted), built from the factors:
        estimated first and refused above ``budget`` ``bytes``.

        >>> from tconv_sym import ConvSpec
        >>> factored(ConvSpec(in_size=3, kernel_size=2)).matrix(np.array([[[4, 1]]])).toarray()
        array([[4, 1, 0],
               [0, 4, 1]])
        """
        import scipy.sparse as sp

        w = np.asarray(w)
        if tuple(w.shape) != tuple(self.spec.weight_shape):
            raise ValueError(f"w must have shape {self.spec.weight_shape} for "
                             f"{self.spec!r}, got {w.shape}")
        if w.dtype == np.bool_:
            w = w.astype(np.int64)
        nnz = self.nnz
        m, n = self.shape
        idx = np.int32 if max(nnz, m, n) < 2**31 - 1 else np.int64
        idx = np.dtype(index_dtype or idx)
        budget.check("bytes", nnz * (w.dtype.itemsize + idx.itemsize) + 64 * self.spatial_nnz,
                     what=f"the explicit matrix of {self.spec!r} ({nnz:,} entries)",
                     hint="apply the operator with ts.conv / ts.conv_transpose (factored) "
                          "instead, or use a smaller layer")
        c = self._conv
        g = c.groups
        n_k = math.prod(c.kernel_size)
        if self.transposed:  # rows: conv input (ci, c); cols: conv output (co, r)
            basis = self.basis.T
            rows_ch, cols_ch = c.in_channels, c.out_channels
            # value of block (a = ci, b_local = co_local): w[co, ci_local]
            blocks = self._blocks(w).transpose(0, 2, 1, 3)  # (g, C_in/g, C_out/g, taps)
        else:
            basis = self.basis
            rows_ch, cols_ch = c.out_channels, c.in_channels
            blocks = self._blocks(w)
        a_g, b_g = rows_ch // g, cols_ch // g
        n_r, n_c = basis.shape
        counts = basis.row_counts()
        # one row (a, r): for b_local in 0..b_g-1 the spatial columns of r (sorted)
        start = np.concatenate([[0], np.cumsum(counts)])
        entry = np.arange(basis.nnz)
        seg_row = basis.rows
        pos_in_row = entry - start[seg_row]
        slot = (start[seg_row][:, None] * b_g + np.arange(b_g)[None, :] * counts[seg_row][:, None]
                + pos_in_row[:, None])  # (nnz_s, b_g): position within one channel row-block
        t_cols = np.empty(basis.nnz * b_g, dtype=idx)
        t_cols[slot.reshape(-1)] = (np.arange(b_g)[None, :] * n_c + basis.cols[:, None]).reshape(-1)
        t_wsel = np.empty(basis.nnz * b_g, dtype=np.int64)
        t_wsel[slot.reshape(-1)] = (np.arange(b_g)[None, :] * n_k + basis.taps[:, None]).reshape(-1)
        per_a = basis.nnz * b_g
        indices = np.empty(rows_ch * per_a, dtype=idx)
        data = np.empty(rows_ch * per_a, dtype=w.dtype)
        flat_blocks = blocks.reshape(rows_ch, b_g * n_k)
        for a in range(rows_ch):
            grp = a // a_g
            sl = slice(a * per_a, (a + 1) * per_a)
            np.add(t_cols, grp * b_g * n_c, out=indices[sl], casting="unsafe")
            data[sl] = flat_blocks[a][t_wsel]
        row_nnz = np.tile(counts * b_g, rows_ch)
        indptr = np.zeros(rows_ch * n_r + 1, dtype=idx)
        np.cumsum(row_nnz, out=indptr[1:])
        mat = sp.csr_matrix((data, indices, indptr), shape=(m, n))
        mat.has_canonical_format = True  # sorted, no duplicates: by construction
        return mat


def _take(x: np.ndarray, box) -> np.ndarray:
    if isinstance(box, tuple):
        return x[(slice(None), slice(None), *box)]
    return x.reshape(*x.shape[:2], -1)[:, :, box]


def _add(y: np.ndarray, box, part: np.ndarray) -> None:
    if isinstance(box, tuple):
        view = y[(slice(None), slice(None), *box)]
        view += part.reshape(view.shape)
    else:
        flat = y.reshape(*y.shape[:2], -1)  # a view: y is C-contiguous
        flat[:, :, box] += part  # one tap never writes one position twice


@functools.lru_cache(maxsize=32)
def factored(spec) -> FactoredOperator:
    """The :class:`FactoredOperator` of a ``ConvSpec`` or ``TransposedConvSpec`` (cached).

    >>> from tconv_sym import ConvSpec
    >>> factored(ConvSpec(in_size=(8, 8), kernel_size=3, in_channels=4, out_channels=2)).nnz
    2592
    """
    return FactoredOperator(spec)
