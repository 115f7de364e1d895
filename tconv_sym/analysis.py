"""The numbers behind the pictures: overlap counts (``Cᵀ·1``), per-phase counts, the
checkerboard verdict, polyphase sub-kernels and their phases, the scatter targets — all read
from the tap basis (:mod:`tconv_sym.structure`), with no drawing code, so that the prover,
``explain`` and the pictures of :mod:`tconv_sym.report.plot` share them.

>>> from tconv_sym import TransposedConvSpec
>>> spec = TransposedConvSpec(in_size=4, kernel_size=3, stride=2)
>>> overlap_counts(spec)[0].tolist()             # Cᵀ·1: odd pixels get 1 term, even ones 2
[1, 1, 2, 1, 2, 1, 2, 1, 1]
>>> checkerboard_verdict(spec).free
False
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np

from .budget import check as budget_check
from .spec import ConvSpec, TransposedConvSpec
from .structure import TapBasis, conv_structure, conv_transpose_structure

__all__ = [
    "tap_pattern",
    "overlap_counts",
    "phase_counts",
    "axis_phase_counts",
    "checkerboard_verdict",
    "CheckerboardVerdict",
    "subkernels",
    "subkernel_phases",
    "scatter_targets",
    "MAX_PIXELS",
    "MAX_PHASES",
]

#: Largest operator matrix :func:`tap_pattern` (and the sparsity picture) reads, rows × columns.
MAX_PIXELS = 4_000_000
#: Most phases (``prod(stride)``) listed one by one (sub-kernels, full ``phase_counts`` array)
MAX_PHASES = 65_536


def _transposed(spec, name: str = "spec") -> TransposedConvSpec:
    if isinstance(spec, TransposedConvSpec):
        return spec
    if isinstance(spec, ConvSpec):
        raise TypeError(
            f"{name} must be a TransposedConvSpec, got the ConvSpec {spec!r}; use "
            f"{name}.transposed() (or .transposed(output_size=...)) for its transpose"
        )
    raise TypeError(f"{name} must be a TransposedConvSpec, got {type(spec).__name__}")


def _single_channel(spec: TransposedConvSpec) -> TransposedConvSpec:
    """The same layer with one input and one output channel (the spatial picture)."""
    if spec.in_channels == spec.out_channels == 1:
        return spec
    return spec.with_(in_channels=1, out_channels=1, groups=1)


def _operator_basis(op):
    """(TapBasis or None, scipy CSR or None) of anything :func:`tap_pattern` accepts."""
    if isinstance(op, TapBasis):
        return op, None
    if isinstance(op, TransposedConvSpec):
        return conv_transpose_structure(op), None
    if isinstance(op, ConvSpec):
        return conv_structure(op), None
    import scipy.sparse as sp

    if sp.issparse(op):
        return None, sp.csr_matrix(op)
    if hasattr(op, "shape") and hasattr(op, "tolist") and not isinstance(op, np.ndarray):
        import sympy

        if isinstance(op, sympy.MatrixBase):
            m = sympy.SparseMatrix(op)
            entries = m.todok()
            rows = np.array([r for r, _ in entries], dtype=np.int64)
            cols = np.array([c for _, c in entries], dtype=np.int64)
            return None, sp.csr_matrix(
                (np.ones(rows.size, dtype=np.int8), (rows, cols)), shape=m.shape
            )
    if isinstance(op, (np.ndarray, list, tuple)):
        arr = np.asarray(op, dtype=object)
        if arr.ndim != 2:
            raise ValueError(f"operator must be a 2-D matrix, got an array of shape {arr.shape}")
        nz = np.vectorize(lambda v: v != 0, otypes=[bool])(arr) if arr.size else arr.astype(bool)
        return None, sp.csr_matrix(nz.astype(np.int8))
    raise TypeError(
        "operator must be a ConvSpec, TransposedConvSpec, TapBasis, SymPy matrix, scipy.sparse "
        f"matrix or 2-D array, got {type(op).__name__}"
    )


def tap_pattern(op) -> np.ndarray:
    """The picture behind :func:`sparsity`: an int matrix with ``-1`` where ``op`` is
    structurally zero and, elsewhere, the flat index of the kernel tap of that entry.

    ``op`` is a spec or :class:`~tconv_sym.TapBasis` (entries carry their tap index), or any
    other matrix — SymPy, ``scipy.sparse``, array — whose nonzeros are all marked ``0``.

    >>> from tconv_sym import ConvSpec, downsample_matrix
    >>> tap_pattern(ConvSpec(in_size=4, kernel_size=3, padding=1)).tolist()
    [[1, 2, -1, -1], [0, 1, 2, -1], [-1, 0, 1, 2], [-1, -1, 0, 1]]
    >>> tap_pattern(downsample_matrix(4, 2)).tolist()
    [[0, -1, -1, -1], [-1, -1, 0, -1]]
    """
    basis, csr = _operator_basis(op)
    shape = basis.shape if basis is not None else csr.shape
    if shape[0] * shape[1] > MAX_PIXELS:
        raise ValueError(
            f"operator of shape {shape} is too large to draw ({shape[0] * shape[1]:,} entries; "
            f"the limit is {MAX_PIXELS:,}); use a smaller in_size or fewer channels"
        )
    out = np.full(shape, -1, dtype=np.int64)
    if basis is not None:
        out[basis.rows, basis.cols] = basis.taps
    else:
        coo = csr.tocoo()
        out[coo.row, coo.col] = 0
    return out


def overlap_counts(spec) -> np.ndarray:
    """``Cᵀ·1`` of a transposed convolution, shaped like one output sample
    ``(C_out, *out_size)``: how many (input pixel, kernel tap) products every output pixel
    sums. Uneven counts are the checkerboard.

    Read from the tap basis (its row counts), which equals the matrix of an all-ones kernel
    times an all-ones input.

    >>> from tconv_sym import TransposedConvSpec
    >>> overlap_counts(TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2))[0]
    array([[1, 1, 2, 1, 1],
           [1, 1, 2, 1, 1],
           [2, 2, 4, 2, 2],
           [1, 1, 2, 1, 1],
           [1, 1, 2, 1, 1]])
    """
    spec = _transposed(spec)
    return conv_transpose_structure(spec).row_counts().reshape(spec.out_shape)


def axis_phase_counts(spec) -> tuple[np.ndarray, ...]:
    """Per spatial dim, the interior overlap count of each output phase: entry ``r`` of dim
    ``d`` is the number of kernel taps ``t`` with ``t·dilation ≡ r (mod stride)``. A closed
    form (the tap basis is a product over dims; :func:`phase_counts` is their outer
    product), so a stride of a million costs a vector of a million, not a matrix.

    >>> from tconv_sym import TransposedConvSpec
    >>> [v.tolist() for v in axis_phase_counts(TransposedConvSpec(in_size=2, kernel_size=3,
    ...                                                           stride=2))]
    [[2, 1]]
    """
    spec = _transposed(spec)
    budget_check("bytes", 8 * sum(spec.stride), what=f"phase counts of {spec!r}",
                 hint="one count per output phase is kept for every dim")
    return tuple(np.bincount((np.arange(k, dtype=np.int64) * d) % s, minlength=s)
                 for k, s, d in zip(spec.kernel_size, spec.stride, spec.dilation))


def phase_counts(spec) -> np.ndarray:
    """Overlap counts away from every border, one per output phase: an array of shape
    ``stride``, entry ``r`` the count of the (uncropped) output positions ``≡ r (mod s)``.

    The transposed convolution is checkerboard-free exactly when these are all equal. An
    interior position receives every tap that lands on its phase, so the count is the outer
    product of :func:`axis_phase_counts` (the same numbers the row counts of the tap basis
    give on a large enough input; ``tests/test_analysis_closed_forms.py`` checks that).

    >>> from tconv_sym import TransposedConvSpec
    >>> phase_counts(TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2)).tolist()
    [[4, 2], [2, 1]]
    >>> phase_counts(TransposedConvSpec(in_size=(2, 2), kernel_size=4, stride=2)).tolist()
    [[4, 4], [4, 4]]
    """
    spec = _transposed(spec)
    budget_check("bytes", 8 * math.prod(spec.stride), what=f"phase_counts({spec!r})",
                 hint="the array has one entry per output phase (prod(stride)); "
                 "axis_phase_counts() gives the same numbers per dim")
    out = np.ones((), dtype=np.int64)
    for v in axis_phase_counts(spec):
        out = np.multiply.outer(out, v)
    return np.ascontiguousarray(out)


@dataclass(frozen=True)
class CheckerboardVerdict:
    """Whether a transposed convolution spreads its input evenly (no checkerboard).

    ``divisible``: per dim, is the kernel size divisible by the stride; ``phase_counts``:
    the interior overlap count of each output phase (:func:`phase_counts`); ``free``: are
    they all equal; ``proof``: the prover's ``checkerboard_free_iff_divisible`` for this
    layer's sizes, or None when the prover is not available; ``source``: how the verdict
    was reached.

    >>> from tconv_sym import TransposedConvSpec
    >>> print(checkerboard_verdict(TransposedConvSpec(in_size=4, kernel_size=4, stride=2)))
    checkerboard-free: every kernel size is divisible by its stride (k=(4,), s=(2,)); ...
    """

    spec: TransposedConvSpec
    divisible: tuple[bool, ...]
    phase_counts: np.ndarray | None
    free: bool
    proof: object = None
    source: str = ""
    axis_counts: tuple = ()

    @property
    def counts(self) -> list[int]:
        """The distinct interior overlap counts (products of the per-dim counts)."""
        if not self.axis_counts:
            return sorted({int(v) for v in self.phase_counts.reshape(-1)})
        per_dim = [sorted({int(v) for v in a}) for a in self.axis_counts]
        return sorted({math.prod(c) for c in itertools.product(*per_dim)})

    def __str__(self) -> str:
        k, s = self.spec.kernel_size, self.spec.stride
        counts = self.counts
        if self.free:
            head = "checkerboard-free: every output pixel away from the borders sums the same " \
                   f"number of terms ({counts[0]})"
            if all(self.divisible):
                head = ("checkerboard-free: every kernel size is divisible by its stride "
                        f"(k={k}, s={s}); interior overlap count {counts[0]} everywhere")
        else:
            bad = list(dict.fromkeys(f"k={a} % s={b} = {a % b}" for a, b in zip(k, s) if a % b))
            why = (f"kernel size not divisible by stride ({', '.join(bad)})" if bad else
                   f"dilation {self.spec.dilation} shares a factor with stride {s}")
            head = (f"CHECKERBOARD: {why}; interior output pixels sum {counts} terms "
                    "depending on their phase")
        return f"{head} [{self.source}]"

    def __repr__(self) -> str:
        shown = (self.phase_counts.tolist() if self.phase_counts is not None else
                 f"<{math.prod(self.spec.stride):,} phases; counts {self.counts}>")
        return (f"CheckerboardVerdict(free={self.free}, divisible={self.divisible}, "
                f"phase_counts={shown}, source={self.source!r})")




def checkerboard_verdict(spec) -> CheckerboardVerdict:
    """Is this transposed convolution checkerboard-free? Computed from the tap basis
    (:func:`phase_counts`): free when every output phase receives the same number of terms.
    (``tconv_sym.report.plot.checkerboard_verdict`` adds the prover's theorem for the sizes.)

    >>> from tconv_sym import TransposedConvSpec
    >>> v = checkerboard_verdict(TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2))
    >>> v.free, v.divisible, v.phase_counts.tolist()
    (False, (False, False), [[4, 2], [2, 1]])
    """
    spec = _transposed(spec)
    axes = axis_phase_counts(spec)
    free = all(bool(np.all(v == v[0])) for v in axes)  # an outer product of positive counts
    counts = phase_counts(spec) if math.prod(spec.stride) <= MAX_PHASES else None
    divisible = tuple(k % s == 0 for k, s in zip(spec.kernel_size, spec.stride))
    return CheckerboardVerdict(spec, divisible, counts, free, None,
                               "computed from the tap basis row counts", axes)


def subkernels(spec, kernel=None) -> dict[tuple[int, ...], np.ndarray]:
    """The ``s^d`` polyphase sub-kernels ``w[..., r::s]`` of a strided transposed
    convolution, keyed by the phase ``r`` (one entry per dim).

    ``kernel`` is any array whose trailing dims are ``spec.kernel_size`` (a bare kernel or a
    whole weight); by default the flat tap indices ``0 … prod(k)-1``. A sub-kernel is empty
    when the kernel is shorter than the stride.

    >>> from tconv_sym import TransposedConvSpec
    >>> spec = TransposedConvSpec(in_size=3, kernel_size=5, stride=2)
    >>> {r: w.tolist() for r, w in subkernels(spec).items()}
    {(0,): [0, 2, 4], (1,): [1, 3]}
    """
    spec = _transposed(spec)
    nd = spec.ndim
    w = np.arange(math.prod(spec.kernel_size)).reshape(spec.kernel_size) if kernel is None \
        else np.asarray(kernel)
    if w.ndim < nd or tuple(w.shape[-nd:]) != spec.kernel_size:
        raise ValueError(
            f"kernel must end in the kernel size {spec.kernel_size}, got shape {w.shape}"
        )
    _check_phases(spec, "subkernels")
    return {
        r: w[(Ellipsis, *(slice(a, None, s) for a, s in zip(r, spec.stride)))]
        for r in itertools.product(*(range(s) for s in spec.stride))
    }


def _check_phases(spec, what: str) -> None:
    n = math.prod(spec.stride)
    if n > MAX_PHASES:
        raise ValueError(
            f"{what}() of {spec!r} would list {n:,} phases (prod(stride)); the limit is "
            f"{MAX_PHASES:,}. Only phases below the kernel size are non-empty: "
            "axis_phase_counts() and checkerboard_verdict() work for any stride")


def subkernel_phases(spec) -> dict[tuple[int, ...], tuple[int, ...] | None]:
    """Which output phase (output position mod stride, per dim) each sub-kernel
    ``w[..., r::s]`` of :func:`subkernels` feeds, read from the tap basis; None when the
    sub-kernel is empty or lands outside the output.

    >>> from tconv_sym import TransposedConvSpec
    >>> subkernel_phases(TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1))
    {(0,): (1,), (1,): (0,)}
    """
    spec = _transposed(spec)
    _check_phases(spec, "subkernel_phases")
    per_dim = []
    for i, k, s, d, (lo, _), out in zip(spec.in_size, spec.kernel_size, spec.stride,
                                        spec.dilation, spec.padding, spec.out_size):
        phases = []
        for r in range(s):
            # taps r, r+s, r+2s, … all land on one phase (t·d ≡ r·d mod s); do they land
            # inside the output (output j = i·s + t·d - lo for an input i in [0, i))?
            lands = any(max(0, -(-(lo - t * d) // s)) <= min(i - 1, (out - 1 + lo - t * d) // s)
                        for t in range(r, k, s))
            phases.append((r * d - lo) % s if lands else None)
        per_dim.append(phases)
    return {r: (None if any(per_dim[j][a] is None for j, a in enumerate(r))
                else tuple(per_dim[j][a] for j, a in enumerate(r)))
            for r in itertools.product(*(range(s) for s in spec.stride))}


def scatter_targets(spec) -> dict[tuple[int, ...], tuple[tuple[tuple[int, ...], tuple], ...]]:
    """The scatter form of a transposed convolution (one channel): for every input pixel,
    the output pixels it lands on and through which kernel tap, read from the tap basis.

    >>> from tconv_sym import TransposedConvSpec
    >>> t = scatter_targets(TransposedConvSpec(in_size=2, kernel_size=3, stride=2))
    >>> t[(0,)]
    (((0,), (0,)), ((1,), (1,)), ((2,), (2,)))
    >>> t[(1,)]
    (((2,), (0,)), ((3,), (1,)), ((4,), (2,)))
    """
    spec = _single_channel(_transposed(spec))
    basis = conv_transpose_structure(spec).T  # rows: input pixels, sorted
    ins = np.stack(np.unravel_index(basis.rows, spec.in_size), axis=1).tolist()
    outs = np.stack(np.unravel_index(basis.cols, spec.out_size), axis=1).tolist()
    taps = np.stack(np.unravel_index(basis.taps, spec.kernel_size), axis=1).tolist()
    result: dict = {idx: [] for idx in itertools.product(*map(range, spec.in_size))}
    for i, o, t in zip(ins, outs, taps):
        result[tuple(i)].append((tuple(o), tuple(t)))
    return {k: tuple(v) for k, v in result.items()}
