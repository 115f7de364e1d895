"""Index structure of every operator: the one place that knows which input feeds which output.

An operator linear in a kernel ``w`` (a convolution, its transpose, a gradient) is stored as
three integer arrays: entry ``e`` says ``M[rows[e], cols[e]] = w.flat[taps[e]]``. That is the
*tap basis*: ``M = Σ_t w.flat[t] · M_t`` with 0/1 integer matrices ``M_t``. Every other layer
(the SymPy and scipy matrices, the prover, the code generator) reads these arrays; none of
them re-derives an index.

>>> from tconv_sym import ConvSpec
>>> b = conv_structure(ConvSpec(in_size=4, kernel_size=3, padding=1))
>>> b
TapBasis(shape=(4, 4), nnz=10, n_taps=3)
>>> b.rows.tolist(), b.cols.tolist(), b.taps.tolist()
([0, 0, 1, 1, 1, 2, 2, 2, 3, 3], [0, 1, 0, 1, 2, 1, 2, 3, 2, 3], [1, 2, 0, 1, 2, 0, 1, 2, 0, 1])

Flattening is C order: channel-major, then the spatial dims.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from . import budget
from .spec import ConvSpec, TransposedConvSpec

__all__ = [
    "TapBasis",
    "conv_structure",
    "conv_transpose_structure",
    "operator_structure",
    "kron_selection",
    "spatial_nnz",
    "TapRun",
    "axis_tap_runs",
    "MAX_ENTRIES",
]

#: Structural entries that fit the default memory limit (``budget`` ``bytes``, 4 GiB).
MAX_ENTRIES = 50_000_000

#: Bytes per structural entry while a tap basis is built (three int64 arrays, the sort).
BYTES_PER_ENTRY = 64


@dataclass(frozen=True, eq=False)
class TapBasis:
    """Structurally nonzero entries of an operator linear in a kernel of ``n_taps`` entries.

    ``rows``, ``cols``, ``taps`` are read-only int64 arrays sorted by (row, col); every
    (row, col) pair occurs at most once.

    >>> from tconv_sym import ConvSpec
    >>> b = conv_structure(ConvSpec(in_size=3, kernel_size=2))
    >>> b.evaluate([10, 1]).toarray().tolist()
    [[10, 1, 0], [0, 10, 1]]
    >>> b.T
    TapBasis(shape=(3, 2), nnz=4, n_taps=2)
    """

    shape: tuple[int, int]
    rows: np.ndarray
    cols: np.ndarray
    taps: np.ndarray
    n_taps: int

    def __post_init__(self) -> None:
        for name in ("rows", "cols", "taps"):
            getattr(self, name).setflags(write=False)

    def __repr__(self) -> str:
        return f"TapBasis(shape={self.shape}, nnz={self.nnz}, n_taps={self.n_taps})"

    def _repr_latex_(self) -> str:
        """Notebook display: the matrix ``Σ_t w_t M_t`` (see ``display.basis_latex``)."""
        from .display import basis_latex

        return basis_latex(self)

    @property
    def nnz(self) -> int:
        """Number of structurally nonzero entries (multiply-accumulates per sample)."""
        return int(self.rows.size)

    @property
    def T(self) -> TapBasis:  # noqa: N802 - mirrors numpy/scipy
        """The transposed operator (rows and columns swapped, re-sorted)."""
        return _make(
            (self.shape[1], self.shape[0]), self.cols, self.rows, self.taps, self.n_taps
        )

    def evaluate(self, kernel_flat, dtype=None):
        """``scipy.sparse`` CSR matrix ``Σ_t kernel_flat[t] M_t`` (structural zeros kept).

        Structural entries are stored even where the weight is zero, so that NaN and inf in
        the input propagate as they do in PyTorch.
        """
        import scipy.sparse as sp

        values = np.asarray(kernel_flat, dtype=dtype).reshape(-1)
        if values.size != self.n_taps:
            raise ValueError(f"kernel has {values.size} entries, the operator needs {self.n_taps}")
        m = sp.csr_matrix((values[self.taps], (self.rows, self.cols)), shape=self.shape)
        m.has_canonical_format = True  # sorted, no duplicates: by construction
        return m

    def tap_matrix(self, t: int):
        """The 0/1 integer matrix ``M_t`` of tap ``t`` (``scipy.sparse`` CSR, int64)."""
        import scipy.sparse as sp

        sel = self.taps == t
        ones = np.ones(int(sel.sum()), dtype=np.int64)
        return sp.csr_matrix((ones, (self.rows[sel], self.cols[sel])), shape=self.shape)

    def stacked(self):
        """All tap matrices side by side: an int64 CSR matrix of shape
        ``(rows, cols * n_taps)`` with a 1 at ``(r, c * n_taps + t)``. Left-multiplying by a
        constant matrix ``A`` gives the stacked basis of ``A @ M``."""
        import scipy.sparse as sp

        ones = np.ones(self.nnz, dtype=np.int64)
        return sp.csr_matrix(
            (ones, (self.rows, self.cols * self.n_taps + self.taps)),
            shape=(self.shape[0], self.shape[1] * self.n_taps),
        )

    def to_sympy(self, kernel_flat):
        """SymPy SparseMatrix ``Σ_t kernel_flat[t] M_t`` (exact zeros dropped).

        >>> import sympy
        >>> from tconv_sym import ConvSpec
        >>> conv_structure(ConvSpec(in_size=3, kernel_size=2)).to_sympy(sympy.symbols("a b"))
        Matrix([
        [a, b, 0],
        [0, a, b]])
        """
        values = list(kernel_flat)
        if len(values) != self.n_taps:
            raise ValueError(f"kernel has {len(values)} entries, the operator needs {self.n_taps}")
        return sympy_sparse(self.shape, self.rows, self.cols,
                             [values[t] for t in self.taps.tolist()])

    def row_counts(self) -> np.ndarray:
        """Number of structurally nonzero terms in every row (``M·1`` for a ones kernel)."""
        return np.bincount(self.rows, minlength=self.shape[0])


def sympy_sparse(shape, rows, cols, values):
    """A SymPy SparseMatrix from entry arrays, straight into its DomainMatrix storage.

    >>> sympy_sparse((2, 2), np.array([0, 1]), np.array([1, 0]), [3, 4])
    Matrix([
    [0, 3],
    [4, 0]])

    (ImmutableSparseMatrix would re-sort every entry into a SymPy Dict: 100× slower.)
    """
    import sympy
    from sympy.polys.domains import EXRAW
    from sympy.polys.matrices import DomainMatrix

    table: dict[int, dict[int, object]] = {}
    for r, c, v in zip(rows.tolist(), cols.tolist(), values):
        if v != 0:
            table.setdefault(r, {})[c] = v
    rep = DomainMatrix(table, tuple(shape), EXRAW)
    return sympy.SparseMatrix._fromrep(rep)


def _make(shape, rows, cols, taps, n_taps) -> TapBasis:
    order = np.lexsort((cols, rows))
    return TapBasis(
        shape=(int(shape[0]), int(shape[1])),
        rows=np.ascontiguousarray(rows[order], dtype=np.int64),
        cols=np.ascontiguousarray(cols[order], dtype=np.int64),
        taps=np.ascontiguousarray(taps[order], dtype=np.int64),
        n_taps=int(n_taps),
    )


@dataclass(frozen=True)
class TapRun:
    """Where one kernel tap reaches along one axis: conv output ``n`` (transposed input) in
    ``first … last`` meets conv input (transposed output) ``n·stride + offset``, with
    ``offset = tap·dilation − pad_lo``. Every position it reaches is ``≡ phase (mod
    stride)``: the *output phase* of the tap in the transposed convolution. Empty when
    ``last < first`` (the tap only ever meets padding).

    >>> axis_tap_runs(in_size=5, out_size=3, kernel=3, stride=2, pad_lo=1, dilation=1)[0]
    TapRun(tap=0, offset=-1, stride=2, first=1, last=2)
    """

    tap: int
    offset: int
    stride: int
    first: int
    last: int

    @property
    def count(self) -> int:
        """How many (output, input) pairs the tap joins on this axis."""
        return max(0, self.last - self.first + 1)

    @property
    def phase(self) -> int:
        """``offset mod stride``: the residue of every input position the tap reads (in a
        transposed convolution: the output phase it lands on), empty run or not."""
        return self.offset % self.stride

    @property
    def reach(self) -> tuple[int, int]:
        """``(first, last)`` input position the tap reads (meaningless for an empty run)."""
        return self.first * self.stride + self.offset, self.last * self.stride + self.offset


def axis_tap_runs(in_size: int, out_size: int, kernel: int, stride: int, pad_lo: int,
                  dilation: int) -> tuple[TapRun, ...]:
    """One :class:`TapRun` per tap of one axis of a convolution (closed form: ``O(kernel)``,
    whatever the sizes, stride or dilation). ``in_size``/``out_size`` are the convolution's
    (for a transposed convolution: its output and input sizes).

    >>> [(r.tap, r.phase, r.first, r.last) for r in axis_tap_runs(5, 2, 3, 2, 0, 2)]
    [(0, 0, 0, 1), (1, 0, 0, 1), (2, 0, 0, 0)]
    """
    runs = []
    for t in range(kernel):
        offset = t * dilation - pad_lo
        first = max(0, -(offset // stride))            # n·s + offset ≥ 0
        last = min(out_size - 1, (in_size - 1 - offset) // stride)  # n·s + offset ≤ i − 1
        runs.append(TapRun(t, offset, stride, first, last))
    return tuple(runs)


def _axis_taps(i: int, o: int, k: int, s: int, lo: int, d: int, flip: bool):
    """1-D triples (output n, input j, tap t) with ``j = n*s - lo + t*d`` inside the input,
    built run by run (memory in proportion to the entries, not to ``o × k``)."""
    runs = [r for r in axis_tap_runs(i, o, k, s, lo, d) if r.count]
    if not runs:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    nn = np.concatenate([np.arange(r.first, r.last + 1, dtype=np.int64) for r in runs])
    tt = np.concatenate([np.full(r.count, r.tap, dtype=np.int64) for r in runs])
    jj = nn * s + np.concatenate([np.full(r.count, r.offset, dtype=np.int64) for r in runs])
    if flip:
        tt = k - 1 - tt
    return nn, jj, tt


def kron_selection(axes):
    """Combine per-axis index triples into flat C-order indices (a Kronecker product).

    ``axes`` is a sequence of ``(sizes, arrays)``: ``sizes`` the extent of each index kind
    on that axis, ``arrays`` one index array per kind (all of one length per axis). Returns
    one flat index array per kind, ordered axis 0 slowest.

    >>> [a.tolist() for a in kron_selection([((2, 3), (np.array([0, 1]), np.array([0, 2]))),
    ...                                       ((4, 5), (np.array([3]), np.array([4])))])]
    [[3, 7], [4, 14]]
    """
    kinds = len(axes[0][1])
    flat = [np.zeros(1, dtype=np.int64) for _ in range(kinds)]
    for sizes, arrays in axes:
        flat = [
            (f[:, None] * size + np.asarray(a, dtype=np.int64)[None, :]).reshape(-1)
            for f, size, a in zip(flat, sizes, arrays)
        ]
    return flat


def spatial_nnz(spec: ConvSpec, out_size: tuple[int, ...] | None = None) -> int:
    """Structural entries of ``spec``'s tap basis for one channel pair, counted per dim (the
    basis is their Kronecker product) without building it.

    >>> spatial_nnz(ConvSpec(in_size=(10**6, 10**6), kernel_size=3, padding=1))
    8999988000004
    """
    if not isinstance(spec, ConvSpec):
        raise TypeError(f"spec must be a ConvSpec, got {type(spec).__name__}")
    out = spec.out_size if out_size is None else tuple(out_size)
    total = 1
    for i, o, k, s, (lo, _), d in zip(spec.in_size, out, spec.kernel_size, spec.stride,
                                      spec.padding, spec.dilation):
        total *= sum(r.count for r in axis_tap_runs(i, o, k, s, lo, d))
    return total


@functools.lru_cache(maxsize=16)  # a 256×256 k5 basis is ~40 MB: keep the cache small
def conv_structure(spec: ConvSpec, out_size: tuple[int, ...] | None = None) -> TapBasis:
    """Tap basis of the convolution ``spec`` (rows: output, columns: input, taps: weight).

    ``out_size`` keeps only the first ``out_size`` outputs per dim (the transposed
    convolution uses this when ``output_padding >= stride``). Weight entries are numbered
    in the flat C order of the PyTorch layout ``(C_out, C_in/groups, *k)``.

    >>> from tconv_sym import ConvSpec
    >>> conv_structure(ConvSpec(in_size=(64, 64), kernel_size=5, padding=2))
    TapBasis(shape=(4096, 4096), nnz=98596, n_taps=25)
    """
    if not isinstance(spec, ConvSpec):
        raise TypeError(f"spec must be a ConvSpec, got {type(spec).__name__}")
    out = spec.out_size if out_size is None else tuple(out_size)
    bound = spec.out_channels * (spec.in_channels // spec.groups) * math.prod(
        min(o, i) * k for o, i, k in zip(out, spec.in_size, spec.kernel_size)
    )
    budget.check(
        "bytes", bound * BYTES_PER_ENTRY,
        what=f"the tap basis of {spec!r} (up to {bound:,} structural entries)",
        hint="too large to build explicitly: use a smaller size; for numbers, ts.conv / "
             "ts.conv_transpose apply the layer in factored form (tconv_sym.factored)",
    )
    flip = spec.mode == "convolution"
    per_axis = [
        _axis_taps(i, o, k, s, lo, d, flip)
        for i, o, k, s, (lo, _), d in zip(
            spec.in_size, out, spec.kernel_size, spec.stride, spec.padding, spec.dilation
        )
    ]
    axes = [
        ((o, i, k), triple)
        for (o, i, k), triple in zip(zip(out, spec.in_size, spec.kernel_size), per_axis)
    ]
    out_sp, in_sp, tap_sp = kron_selection(axes)
    n_out, n_in, n_k = math.prod(out), math.prod(spec.in_size), math.prod(spec.kernel_size)

    cin_g = spec.in_channels // spec.groups
    cout_g = spec.out_channels // spec.groups
    co = np.arange(spec.out_channels, dtype=np.int64)[:, None]  # (C_out, 1)
    ci_local = np.arange(cin_g, dtype=np.int64)[None, :]  # (1, C_in/g)
    ci = (co // cout_g) * cin_g + ci_local  # (C_out, C_in/g): input channel read
    w_index = co * cin_g + ci_local  # (C_out, C_in/g): weight (co, ci_local)

    rows = co[:, :, None] * n_out + out_sp[None, None, :]
    cols = ci[:, :, None] * n_in + in_sp[None, None, :]
    taps = w_index[:, :, None] * n_k + tap_sp[None, None, :]
    rows, cols, taps = np.broadcast_arrays(rows, cols, taps)
    shape = (spec.out_channels * n_out, spec.in_channels * n_in)
    return _make(shape, rows.reshape(-1), cols.reshape(-1), taps.reshape(-1),
                 spec.out_channels * cin_g * n_k)


def conv_transpose_structure(spec: TransposedConvSpec) -> TapBasis:
    """Tap basis of a transposed convolution: exactly the transpose of ``spec.conv``'s,
    restricted to ``spec.in_size`` conv outputs. Taps number the PyTorch transposed weight
    ``(C_in, C_out/groups, *k)``, which is the same array as the forward weight.

    >>> from tconv_sym import TransposedConvSpec
    >>> conv_transpose_structure(TransposedConvSpec(in_size=2, kernel_size=3, stride=2))
    TapBasis(shape=(5, 2), nnz=6, n_taps=3)
    """
    if not isinstance(spec, TransposedConvSpec):
        raise TypeError(f"spec must be a TransposedConvSpec, got {type(spec).__name__}")
    return conv_structure(spec.conv, spec.in_size).T


def operator_structure(spec) -> TapBasis:
    """Tap basis of a ``ConvSpec`` or a ``TransposedConvSpec``.

    >>> from tconv_sym import ConvSpec
    >>> operator_structure(ConvSpec(in_size=5, kernel_size=3)).shape
    (3, 5)
    """
    if isinstance(spec, TransposedConvSpec):
        return conv_transpose_structure(spec)
    if isinstance(spec, ConvSpec):
        return conv_structure(spec)
    raise TypeError(f"spec must be a ConvSpec or TransposedConvSpec, got {type(spec).__name__}")
