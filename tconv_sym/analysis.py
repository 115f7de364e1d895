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

from ._inputs import to_numpy
from .budget import check as budget_check
from .budget import limit as budget_limit
from .spec import ConvSpec, TransposedConvSpec
from .structure import TapBasis, axis_tap_runs, conv_structure, conv_transpose_structure

__all__ = [
    "as_transposed",
    "single_channel",
    "layer_weight",
    "transposed_axis_runs",
    "tap_pattern",
    "check_drawable",
    "overlap_counts",
    "phase_counts",
    "axis_phase_counts",
    "axis_live_phases",
    "axis_phase_taps",
    "axis_phase_groups",
    "PhaseGroup",
    "checkerboard_verdict",
    "CheckerboardVerdict",
    "subkernels",
    "subkernel_phases",
    "phase_taps",
    "phase_subkernels",
    "border_deficits",
    "uneven_overlap_causes",
    "phase_gains",
    "constant_response",
    "WeightVerdict",
    "weight_verdict",
    "scatter_targets",
    "MAX_PIXELS",
    "MAX_PHASES",
]

#: Largest operator matrix :func:`tap_pattern` (and the sparsity picture) reads, rows × columns.
MAX_PIXELS = 4_000_000
#: Most phases (``prod(stride)``) listed one by one (sub-kernels, full ``phase_counts`` array)
MAX_PHASES = 65_536


def as_transposed(spec, name: str = "spec") -> TransposedConvSpec:
    """The :class:`~tconv_sym.TransposedConvSpec` a function of this module works on: the spec
    itself, or the ``.spec`` of an interop ``Resolution`` (``ts.from_torch(module, shape)``,
    ``resolve_tf(...)``, a scanned layer) — the core operator, before the zeros some
    frameworks add around it.

    >>> from tconv_sym import ConvSpec, TransposedConvSpec
    >>> as_transposed(TransposedConvSpec(in_size=3, kernel_size=2))
    TransposedConvSpec(in_size=3, kernel_size=2)
    >>> as_transposed(ConvSpec(in_size=3, kernel_size=2))
    Traceback (most recent call last):
        ...
    TypeError: spec must be a TransposedConvSpec, got the ConvSpec ConvSpec(in_size=3,
    kernel_size=2); use spec.transposed() (or .transposed(output_size=...)) for its transpose
    """
    if isinstance(spec, TransposedConvSpec):
        return spec
    inner = getattr(spec, "spec", None)
    if isinstance(inner, TransposedConvSpec):  # an interop Resolution, a scanned layer
        return inner
    if isinstance(spec, ConvSpec) or isinstance(inner, ConvSpec):
        conv = spec if isinstance(spec, ConvSpec) else inner
        where = name if isinstance(spec, ConvSpec) else f"{name}.spec"
        raise TypeError(
            f"{name} must be a TransposedConvSpec, got the ConvSpec {conv!r}; use "
            f"{where}.transposed() (or .transposed(output_size=...)) for its transpose"
        )
    raise TypeError(f"{name} must be a TransposedConvSpec (or an object with one in .spec, "
                    f"such as an interop Resolution), got {type(spec).__name__}")


def single_channel(spec: TransposedConvSpec) -> TransposedConvSpec:
    """The same layer with one input and one output channel (the spatial picture).

    >>> from tconv_sym import TransposedConvSpec
    >>> single_channel(TransposedConvSpec(in_size=3, kernel_size=2, in_channels=4))
    TransposedConvSpec(in_size=3, kernel_size=2)
    """
    if spec.in_channels == spec.out_channels == 1:
        return spec
    return spec.with_(in_channels=1, out_channels=1, groups=1)


def transposed_axis_runs(spec, dim: int):
    """The :func:`~tconv_sym.structure.axis_tap_runs` of one spatial dim of a transposed
    convolution: tap ``t`` carries input ``n`` (``first ≤ n ≤ last``) to output
    ``n·s + offset``, all on output phase ``run.phase`` — the index arithmetic of
    :mod:`tconv_sym.structure`, in closed form (``O(kernel)`` whatever the stride or
    dilation).

    >>> from tconv_sym import TransposedConvSpec
    >>> [(r.tap, r.phase, r.reach) for r in transposed_axis_runs(
    ...     TransposedConvSpec(in_size=3, kernel_size=3, stride=2, padding=1), 0)]
    [(0, 1, (1, 3)), (1, 0, (0, 4)), (2, 1, (1, 3))]
    """
    spec = as_transposed(spec)
    return axis_tap_runs(spec.out_size[dim], spec.in_size[dim], spec.kernel_size[dim],
                         spec.stride[dim], spec.pad_lo[dim], spec.dilation[dim])


def _operator_basis(op):
    """(TapBasis or None, scipy CSR or None) of anything :func:`tap_pattern` accepts."""
    if isinstance(op, TapBasis):
        return op, None
    if isinstance(getattr(op, "spec", None), TransposedConvSpec):  # an interop Resolution
        op = op.spec
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
        "operator must be a ConvSpec, TransposedConvSpec (or an interop Resolution: its .spec), "
        f"TapBasis, SymPy matrix, scipy.sparse matrix or 2-D array, got {type(op).__name__}"
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
    if isinstance(getattr(op, "spec", None), TransposedConvSpec):  # an interop Resolution
        op = op.spec
    if isinstance(op, (ConvSpec, TransposedConvSpec)):  # refuse before building anything
        check_drawable(op)
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


def check_drawable(spec) -> None:
    """Refuse (``ValueError``) a layer whose operator matrix has more than
    :data:`MAX_PIXELS` entries, from its sizes alone (before any index is built).

    >>> from tconv_sym import TransposedConvSpec
    >>> check_drawable(TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=10**12))
    Traceback (most recent call last):
        ...
    ValueError: operator of shape (1000000000006000000000009, 4) is too large to draw
    (4,000,000,000,024,000,000,000,036 entries; the limit is 4,000,000); use a smaller in_size,
    stride or dilation, or fewer channels
    """
    if isinstance(spec, (ConvSpec, TransposedConvSpec)):
        shape = (spec.out_features, spec.in_features)
    else:
        raise TypeError(f"spec must be a ConvSpec or TransposedConvSpec, got "
                        f"{type(spec).__name__}")
    if shape[0] * shape[1] > MAX_PIXELS:
        raise ValueError(
            f"operator of shape {shape} is too large to draw ({shape[0] * shape[1]:,} entries; "
            f"the limit is {MAX_PIXELS:,}); use a smaller in_size, stride or dilation, or fewer "
            "channels")


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
    spec = as_transposed(spec)
    _check_output(spec, "overlap counts")
    return conv_transpose_structure(spec).row_counts().reshape(spec.out_shape)


def _check_output(spec: TransposedConvSpec, what: str) -> None:
    """Refuse (through the budget) an output-sized array of a layer too large to hold."""
    budget_check("bytes", 16 * spec.out_features,
                 what=f"the {what} of {spec!r} ({spec.out_features:,} output pixels)",
                 hint="use a smaller in_size, dilation or stride; phase_counts(), "
                      "border_deficits() and checkerboard_verdict() give the interior and "
                      "border facts in closed form")


def _kernel_or_taps(spec: TransposedConvSpec, kernel) -> np.ndarray:
    """``kernel`` as an array ending in the kernel size (a bare kernel or a whole weight), or
    by default the flat tap indices ``0 … prod(k)-1`` shaped like the kernel."""
    if kernel is None:
        return np.arange(math.prod(spec.kernel_size)).reshape(spec.kernel_size)
    w = to_numpy(kernel)
    nd = spec.ndim
    if w.ndim < nd or tuple(w.shape[-nd:]) != spec.kernel_size:
        raise ValueError(
            f"kernel must end in the kernel size {spec.kernel_size}, got shape {w.shape}"
        )
    return w


@dataclass(frozen=True)
class PhaseGroup:
    """The taps of one axis that land on one output phase, in closed form: taps
    ``first_tap + j·tap_step`` (``j < n_taps``), at offsets ``offset + j·offset_step`` (the
    offset of tap ``t`` is ``t·d − p_lo``), all on output phase ``phase``. A phase's taps form
    one arithmetic progression (``t·d mod s`` has period ``s / gcd(d, s)``), so an axis has
    at most ``min(k, s / gcd(d, s))`` groups whatever the kernel size.

    >>> from tconv_sym import TransposedConvSpec
    >>> axis_phase_groups(TransposedConvSpec(in_size=4, kernel_size=10**9, stride=2), 0)[1]
    PhaseGroup(phase=1, first_tap=1, tap_step=2, n_taps=500000000, offset=1, offset_step=2)
    """

    phase: int
    first_tap: int
    tap_step: int
    n_taps: int
    offset: int
    offset_step: int


def axis_phase_groups(spec, dim: int) -> tuple[PhaseGroup, ...]:
    """The :class:`PhaseGroup` of every output phase of one spatial dim that receives a tap,
    sorted by phase: ``O(min(k, s / gcd(d, s)))`` work and memory (a kernel of a billion
    taps at stride 1 is one group), refused through the budget (``bytes``) above that.

    >>> from tconv_sym import TransposedConvSpec
    >>> [(g.phase, g.n_taps) for g in axis_phase_groups(
    ...     TransposedConvSpec(in_size=3, kernel_size=3, stride=2, padding=1), 0)]
    [(0, 1), (1, 2)]
    """
    spec = as_transposed(spec)
    k, s, d, lo = spec.kernel_size[dim], spec.stride[dim], spec.dilation[dim], spec.pad_lo[dim]
    step = s // math.gcd(d, s)
    n = min(k, step)
    budget_check("bytes", 400 * n, what=f"the {n:,} output phases of dim {dim} of {spec!r}",
                 hint="one entry per output phase that receives a tap (min(kernel, stride))")
    groups = [PhaseGroup((t0 * d - lo) % s, t0, step, (k - t0 + step - 1) // step,
                         t0 * d - lo, step * d) for t0 in range(n)]
    return tuple(sorted(groups, key=lambda g: g.phase))


def axis_phase_taps(spec) -> tuple[tuple[tuple[int, ...], ...], ...]:
    """Per spatial dim, the kernel taps each output phase receives: entry ``r`` of dim ``d``
    lists the taps ``t`` with ``(t·dilation − p_lo) ≡ r (mod stride)`` (the layer's output
    position of tap ``t`` from input ``i`` is ``i·s + t·d − p_lo``). A closed form: the tap
    basis is a product over dims, and :func:`phase_taps` is the product of these; a stride
    of a million costs a list of a million, not a loop over the output.

    >>> from tconv_sym import TransposedConvSpec
    >>> axis_phase_taps(TransposedConvSpec(in_size=2, kernel_size=3, stride=2, padding=1))
    (((1,), (0, 2)),)
    """
    spec = as_transposed(spec)
    need = 64 * sum(spec.stride) + 8 * sum(spec.kernel_size)
    if need > budget_limit("bytes"):  # the repr only then (it reads a traced padding)
        budget_check("bytes", need, what=f"the phases of {spec!r}",
                     hint="one entry per output phase and dim")
    out = []
    for dim, s in enumerate(spec.stride):
        lists: list[list[int]] = [[] for _ in range(s)]
        d, lo = spec.dilation[dim], spec.pad_lo[dim]
        for t in range(spec.kernel_size[dim]):  # TapRun.phase of transposed_axis_runs
            lists[_residue((t * d - lo) % s, s)].append(t)
        out.append(tuple(tuple(v) for v in lists))
    return tuple(out)


def _residue(x, s: int):
    """``x`` (a residue, ``0 ≤ x < s``) as the index it is: a plain int as is; a traced
    symbolic size of the all-sizes prover (a padding symbol) is compared with each candidate,
    so its trace branches on the residue (``p mod s``) instead of declining.

    >>> _residue(3, 4)
    3
    """
    if not getattr(type(x), "symbolic_int", False):
        return x
    for c in range(s):
        if x == c:
            return c
    raise AssertionError(f"{x!r} is not a residue mod {s}")  # pragma: no cover


def axis_live_phases(spec) -> tuple[dict[int, int], ...]:
    """Per spatial dim, ``{output phase: number of taps}`` for the phases that receive a tap
    (at most ``kernel_size`` entries, whatever the stride): the sparse form of
    :func:`axis_phase_counts`, from the tap runs of :mod:`tconv_sym.structure`.

    >>> from tconv_sym import TransposedConvSpec
    >>> axis_live_phases(TransposedConvSpec(in_size=2, kernel_size=3, stride=10**12))
    ({0: 1, 1: 1, 2: 1},)
    """
    spec = as_transposed(spec)
    return tuple({g.phase: g.n_taps for g in axis_phase_groups(spec, dim)}
                 for dim in range(spec.ndim))


def axis_phase_counts(spec) -> tuple[np.ndarray, ...]:
    """Per spatial dim, the interior overlap count of each output phase: the number of taps
    of :func:`axis_phase_taps` (so :func:`phase_counts` is their outer product).

    >>> from tconv_sym import TransposedConvSpec
    >>> [v.tolist() for v in axis_phase_counts(TransposedConvSpec(in_size=2, kernel_size=3,
    ...                                                           stride=2))]
    [[2, 1]]
    """
    spec = as_transposed(spec)
    budget_check("bytes", 8 * sum(spec.stride), what=f"the phase counts of {spec!r}",
                 hint="one entry per output phase and dim")
    out = []
    for dim, s in enumerate(spec.stride):
        counts = np.zeros(s, dtype=np.int64)
        for g in axis_phase_groups(spec, dim):
            counts[g.phase] = g.n_taps
        out.append(counts)
    return tuple(out)


def phase_taps(spec) -> dict[tuple[int, ...], tuple[tuple[int, ...], ...]]:
    """The kernel taps every output phase receives, read from the tap basis: output phase
    ``r`` (the layer's output position mod stride, per dim — after the padding crop) maps to
    the tap indices (per dim) whose products land on those positions, sorted. Dilation moves
    taps between phases (tap ``t`` lands on ``(t·d − p_lo) mod s``); when ``d`` shares a
    factor with ``s`` some phases receive no tap at all. Channels and groups repeat the same
    spatial pattern for every (input, output) channel pair of a group; output_padding adds
    rows at the end (a border, see :func:`border_deficits`), not phases.

    >>> from tconv_sym import TransposedConvSpec
    >>> phase_taps(TransposedConvSpec(in_size=3, kernel_size=3, stride=2))
    {(0,): ((0,), (2,)), (1,): ((1,),)}
    >>> phase_taps(TransposedConvSpec(in_size=3, kernel_size=3, stride=2, dilation=2))
    {(0,): ((0,), (1,), (2,)), (1,): ()}
    >>> phase_taps(TransposedConvSpec(in_size=3, kernel_size=3, stride=2, padding=1))[(1,)]
    ((0,), (2,))
    """
    spec = as_transposed(spec)
    _check_phases(spec, "phase_taps")
    axes = axis_phase_taps(spec)
    return {r: tuple(itertools.product(*(axes[dim][r[dim]] for dim in range(spec.ndim))))
            for r in itertools.product(*(range(s) for s in spec.stride))}


def phase_subkernels(spec, kernel=None) -> dict[tuple[int, ...], np.ndarray]:
    """The sub-kernel every output phase is a stride-1 convolution with: the taps of
    :func:`phase_taps` as a strided slice of ``kernel`` (trailing dims ``kernel_size``;
    default the flat tap indices), keyed by output phase; an empty array for a phase that
    receives no tap (it is zero, or bias only). Without dilation these are the
    ``w[..., r::s]`` of :func:`subkernels`, re-keyed by the phase they feed; with dilation
    ``d`` the step is ``s / gcd(d, s)``.

    >>> from tconv_sym import TransposedConvSpec
    >>> {r: w.tolist() for r, w in phase_subkernels(
    ...     TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1)).items()}
    {(0,): [1, 3], (1,): [0, 2]}
    >>> {r: w.tolist() for r, w in phase_subkernels(
    ...     TransposedConvSpec(in_size=3, kernel_size=3, stride=2, dilation=2)).items()}
    {(0,): [0, 1, 2], (1,): []}
    """
    spec = as_transposed(spec)
    nd = spec.ndim
    w = _kernel_or_taps(spec, kernel)
    out = {}
    for r, slices in phase_slices(spec).items():
        if slices is None:
            out[r] = w[(Ellipsis, *(slice(0, 0) for _ in range(nd)))]
        else:
            out[r] = w[(Ellipsis, *slices)]
    return out


def phase_slices(spec) -> dict[tuple[int, ...], tuple[slice, ...] | None]:
    """:func:`phase_taps` as one slice per dim (the taps of a phase form a grid with a
    constant step), or None for a phase with no tap.

    >>> from tconv_sym import TransposedConvSpec
    >>> phase_slices(TransposedConvSpec(in_size=3, kernel_size=5, stride=2, dilation=3))
    {(0,): (slice(0, 5, 2),), (1,): (slice(1, 5, 2),)}
    """
    spec = as_transposed(spec)
    out = {}
    for r, taps in phase_taps(spec).items():
        if not taps:
            out[r] = None
            continue
        slices = []
        for dim in range(spec.ndim):
            values = sorted({t[dim] for t in taps})
            step = spec.stride[dim] // math.gcd(spec.dilation[dim], spec.stride[dim])
            if values != list(range(values[0], spec.kernel_size[dim], step)):  # pragma: no cover
                raise AssertionError(f"phase {r} taps {values} are not a slice with step {step}")
            slices.append(slice(values[0], spec.kernel_size[dim], step))
        out[r] = tuple(slices)
    return out


def slice_text(slices) -> str:
    """``w[1::2, 0::1]``-style text of :func:`phase_slices` entries (``w[]`` for 0-D).

    >>> slice_text((slice(1, 3, 2), slice(0, 3, 1)))
    'w[1::2, 0::1]'
    """
    return "w[" + ", ".join(f"{s.start}::{s.step}" for s in slices) + "]"


def phase_counts(spec) -> np.ndarray:
    """Overlap counts away from every border, one per output phase: an array of shape
    ``stride``, entry ``r`` the count of the output positions ``≡ r (mod s)`` (in the
    layer's output coordinates, after the padding crop): the number of taps of
    :func:`phase_taps` that land on that phase, read from the tap basis.

    The transposed convolution is checkerboard-free exactly when these are all equal.

    >>> from tconv_sym import TransposedConvSpec
    >>> phase_counts(TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2)).tolist()
    [[4, 2], [2, 1]]
    >>> phase_counts(TransposedConvSpec(in_size=(2, 2), kernel_size=4, stride=2)).tolist()
    [[4, 4], [4, 4]]
    >>> phase_counts(TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2,
    ...                                 dilation=2)).tolist()
    [[9, 0], [0, 0]]
    """
    spec = as_transposed(spec)
    _check_phases(spec, "phase_counts")
    out = np.ones((), dtype=np.int64)
    for v in axis_phase_counts(spec):
        out = np.multiply.outer(out, v)
    return np.ascontiguousarray(out)


def border_deficits(spec) -> tuple[dict, ...]:
    """Per dim, the output positions at the borders that sum fewer terms than the interior
    of their phase (one channel; the count is separable): ``{"start": n, "end": m,
    "beyond_full": a, "full": f}`` — the short positions lie among the first ``n`` and the
    last ``m`` (the kernel's ramp of ``d(k-1)`` that the padding did not crop), of which the last
    ``a`` lie
    past the full output (rows added by output_padding that no tap reaches); ``f`` the full
    (uncropped) output length.

    >>> from tconv_sym import TransposedConvSpec
    >>> border_deficits(TransposedConvSpec(in_size=4, kernel_size=3, stride=2))
    ({'start': 1, 'end': 1, 'beyond_full': 0, 'full': 9},)
    >>> border_deficits(TransposedConvSpec(in_size=4, kernel_size=4, stride=2, padding=1,
    ...                                    output_padding=1))
    ({'start': 1, 'end': 2, 'beyond_full': 0, 'full': 10},)
    >>> border_deficits(TransposedConvSpec(in_size=4, kernel_size=4, stride=2, padding=2))
    ({'start': 0, 'end': 0, 'beyond_full': 0, 'full': 10},)
    """
    spec = as_transposed(spec)
    out = []
    for dim in range(spec.ndim):
        n_out, lo = spec.out_size[dim], spec.pad_lo[dim]
        last_before, first_after = (n_out + 1) // 2 - 1, (n_out + 1) // 2  # around n_out / 2
        s, n_in = spec.stride[dim], spec.in_size[dim]
        starts, ends = [], []
        for g in axis_phase_groups(spec, dim):
            # positions of a phase that one of its taps does not reach are short of the
            # interior: per phase, the latest first reach A and the earliest last reach B
            # (closed form over the phase's arithmetic progression of taps)
            missed = _phase_missed(g, s, n_in, n_out)
            for lo_, hi_ in missed:
                x = _last_in_class(g.phase, s, lo_, min(hi_, last_before))
                if x is not None:
                    starts.append(x)
                x = _first_in_class(g.phase, s, max(lo_, first_after), hi_)
                if x is not None:
                    ends.append(x)
        full = (spec.in_size[dim] - 1) * spec.stride[dim] + spec.effective_kernel_size[dim]
        out.append({"start": max(starts) + 1 if starts else 0,
                    "end": n_out - min(ends) if ends else 0,
                    "beyond_full": max(0, n_out - max(0, full - lo)), "full": full})
    return tuple(out)


def _phase_missed(g: PhaseGroup, s: int, n_in: int, n_out: int) -> list[tuple[int, int]]:
    """The output intervals of phase ``g.phase`` that some tap of ``g`` does not reach:
    ``[(0, n_out − 1)]`` when a tap of the phase reaches no output; else
    ``[(0, A − 1), (B + 1, n_out − 1)]`` with ``A`` the latest first reach and ``B`` the
    earliest last reach of its taps. Tap at offset ``o ≡ r (mod s)`` reads inputs ``n`` with
    ``0 ≤ n·s + o ≤ n_out − 1``: its first reach is ``max(o, r)``, its last
    ``min(o + s(n_in − 1), R)`` with ``R`` the last output ``≡ r``; it reaches something iff
    ``r ≤ n_out − 1`` and ``r − s(n_in − 1) ≤ o ≤ R``."""
    r, step, n = g.phase, g.offset_step, g.n_taps
    if r > n_out - 1:
        return [(0, n_out - 1)]
    last_r = (n_out - 1) - (n_out - 1 - r) % s
    j_lo = max(0, -((g.offset - (r - s * (n_in - 1))) // step))  # ceil((lowest − o0)/D)
    j_hi = min(n - 1, (last_r - g.offset) // step)
    if j_lo > 0 or j_hi < n - 1 or j_lo > j_hi:
        return [(0, n_out - 1)]
    first_reach = max(g.offset + j_hi * step, r)
    last_reach = min(g.offset + j_lo * step + s * (n_in - 1), last_r)
    return [(0, first_reach - 1), (last_reach + 1, n_out - 1)]


def _last_in_class(c: int, s: int, lo: int, hi: int) -> int | None:
    """The largest ``x ≡ c (mod s)`` with ``lo ≤ x ≤ hi``, or None."""
    if hi < lo:
        return None
    x = hi - (hi - c) % s
    return x if x >= lo else None


def _first_in_class(c: int, s: int, lo: int, hi: int) -> int | None:
    """The smallest ``x ≡ c (mod s)`` with ``lo ≤ x ≤ hi``, or None."""
    if hi < lo:
        return None
    x = lo + (c - lo) % s
    return x if x <= hi else None


def uneven_overlap_causes(spec) -> tuple[str, ...]:
    """Every reason the output pixels of this layer sum unequal numbers of terms, in words:
    in the interior (a kernel size not a multiple of the stride; a dilation sharing a
    factor with the stride, which leaves phases without taps), and at the borders (the
    kernel's ramp not cropped by the padding; rows of output_padding past the full output).
    Empty when every output pixel sums the same number of terms.

    >>> from tconv_sym import TransposedConvSpec
    >>> for c in uneven_overlap_causes(TransposedConvSpec(in_size=(4, 4), kernel_size=3,
    ...                                stride=2, dilation=2, output_padding=1)):
    ...     print(c)
    interior, dim 0: dilation d=2 shares the factor 2 with stride s=2, so only 1 of 2 output phases
    receives taps (the others sum 0 terms)
    interior, dim 1: dilation d=2 shares the factor 2 with stride s=2, so only 1 of 2 output phases
    receives taps (the others sum 0 terms)
    borders, dim 0: output positions among the first 3 and last 4 sum fewer terms (the kernel's ramp
    of d(k-1)=4 is not all cropped: padding (0, 0), output_padding 1)
    borders, dim 0: output_padding=1 adds 1 position past the full output (length 11) that no tap
    reaches
    borders, dim 1: output positions among the first 3 and last 4 sum fewer terms (the kernel's ramp
    of d(k-1)=4 is not all cropped: padding (0, 0), output_padding 1)
    borders, dim 1: output_padding=1 adds 1 position past the full output (length 11) that no tap
    reaches
    >>> uneven_overlap_causes(TransposedConvSpec(in_size=4, kernel_size=4, stride=2,
    ...                                          padding=2))
    ()
    """
    spec = as_transposed(spec)
    causes = []
    for dim, (k, s, d) in enumerate(zip(spec.kernel_size, spec.stride, spec.dilation)):
        g = math.gcd(d, s)
        if g > 1:
            causes.append(
                f"interior, dim {dim}: dilation d={d} shares the factor {g} with stride s={s}, "
                f"so only 1 of {g} output phases receives taps (the others sum 0 terms)"
            )
        step = s // g
        if k % step:
            what = f"k={k} % s={s} = {k % s}" if g == 1 else \
                f"k={k} % (s/gcd(d, s))={step} = {k % step}"
            causes.append(f"interior, dim {dim}: kernel size not divisible by stride ({what}): "
                          f"phases receive {k // step} or {k // step + 1} taps")
    for dim, b in enumerate(border_deficits(spec)):
        span = spec.effective_kernel_size[dim] - 1
        pads = (spec.pad_lo[dim], spec.pad_hi[dim])
        a = spec.output_padding[dim]
        end = b["end"] - b["beyond_full"]
        if b["start"] or end > 0:
            causes.append(
                f"borders, dim {dim}: output positions among the first {b['start']} and "
                f"last {b['end']} sum fewer terms (the kernel's ramp of d(k-1)={span} is not "
                f"all cropped: padding {pads}, output_padding {a})"
            )
        if b["beyond_full"]:
            causes.append(
                f"borders, dim {dim}: output_padding={a} adds {b['beyond_full']} position"
                f"{'s' if b['beyond_full'] > 1 else ''} past the full output (length "
                f"{b['full']}) that no tap reaches"
            )
    return tuple(causes)


def interior_reasons(spec: TransposedConvSpec) -> list[str]:
    """Short per-dim reasons the interior is uneven (deduplicated, in dim order)."""
    reasons = []
    for k, s, d in zip(spec.kernel_size, spec.stride, spec.dilation):
        g = math.gcd(d, s)
        if g > 1:
            reasons.append(f"dilation d={d} shares the factor {g} with stride s={s}")
        elif k % s:
            reasons.append(f"k={k} % s={s} = {k % s}")
        if g > 1 and k % (s // g):
            reasons.append(f"k={k} % (s/gcd(d, s))={s // g} = {k % (s // g)}")
    return list(dict.fromkeys(reasons))


@dataclass(frozen=True)
class CheckerboardVerdict:
    """Whether a transposed convolution spreads its input evenly (no checkerboard).

    ``divisible``: per dim, is the kernel size divisible by the stride; ``phase_counts``:
    the interior overlap count of each output phase (:func:`phase_counts`); ``free``: are
    they all equal; ``causes``: every reason for uneven overlap, interior and borders
    (:func:`uneven_overlap_causes`); ``axis_counts``: per dim, ``{phase: taps}`` of the
    phases that receive a tap (:func:`axis_live_phases`); ``proof``: the prover's
    ``checkerboard_free_iff_divisible`` for this layer's kernel and stride when it applies
    (dilation 1), else None, and then ``proof_note`` says why; ``source``: how the verdict was
    reached.

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
    causes: tuple[str, ...] = ()
    axis_counts: tuple = ()
    proof_note: str = ""

    @property
    def counts(self) -> list[int]:
        """The distinct interior overlap counts (products of the per-dim counts)."""
        if self.phase_counts is not None or not self.axis_counts:
            return sorted({int(v) for v in self.phase_counts.reshape(-1)})
        per_dim = [sorted(set(live.values()) | ({0} if len(live) < s else set()))
                   for live, s in zip(self.axis_counts, self.spec.stride)]
        return sorted({math.prod(c) for c in itertools.product(*per_dim)})

    @property
    def n_silent(self) -> int:
        """How many output phases receive no tap (closed form: every stride works)."""
        if self.phase_counts is not None:
            return int(np.count_nonzero(self.phase_counts == 0))
        live = math.prod(len(a) for a in self.axis_counts)
        return math.prod(self.spec.stride) - live

    @property
    def silent_phases(self) -> tuple[tuple[int, ...], ...]:
        """The output phases that receive no tap (their pixels sum 0 terms)."""
        if self.phase_counts is None:
            _check_phases(self.spec, "silent_phases")
        return tuple(tuple(int(v) for v in r) for r in np.argwhere(self.phase_counts == 0))

    def __str__(self) -> str:
        k, s = self.spec.kernel_size, self.spec.stride
        counts = self.counts
        if self.free:
            head = "checkerboard-free: every output pixel away from the borders sums the same " \
                   f"number of terms ({counts[0]})"
            if all(self.divisible) and all(d == 1 for d in self.spec.dilation):
                head = ("checkerboard-free: every kernel size is divisible by its stride "
                        f"(k={k}, s={s}); interior overlap count {counts[0]} everywhere")
        else:
            head = (f"CHECKERBOARD: {self.reason}; interior output pixels sum {counts} "
                    "terms depending on their phase")
        return f"{head} [{self.source}]"

    @property
    def reason(self) -> str:
        """Why the interior is uneven, in words ("" when it is even).

        >>> from tconv_sym import TransposedConvSpec
        >>> checkerboard_verdict(TransposedConvSpec(in_size=3, kernel_size=3, stride=2)).reason
        'kernel size not divisible by stride (k=3 % s=2 = 1)'
        """
        if self.free:
            return ""
        reasons = interior_reasons(self.spec)
        bad = [r for r in reasons if r.startswith("k=")]
        dil = [r for r in reasons if not r.startswith("k=")]
        parts = []
        if dil:
            parts.append(f"{'; '.join(dil)} ({self.n_silent:,} of "
                         f"{math.prod(self.spec.stride):,} output phases receive no tap)")
        if bad:
            parts.append(f"kernel size not divisible by stride ({', '.join(bad)})")
        return "; ".join(parts)

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
    >>> v = checkerboard_verdict(TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2,
    ...                          dilation=2, output_padding=1))
    >>> print(str(v).rsplit(" [", 1)[0])
    CHECKERBOARD: dilation d=2 shares the factor 2 with stride s=2 (3 of 4 output phases receive no
    tap); interior output pixels sum [0, 9] terms depending on their phase
    """
    spec = as_transposed(spec)
    axes = axis_live_phases(spec)
    # an outer product of per-dim counts: even when every phase of every dim has the same
    free = all(len(live) == s and len(set(live.values())) == 1
               for live, s in zip(axes, spec.stride))
    counts = phase_counts(spec) if math.prod(spec.stride) <= MAX_PHASES else None
    divisible = tuple(k % s == 0 for k, s in zip(spec.kernel_size, spec.stride))
    return CheckerboardVerdict(spec, divisible, counts, free, None,
                               "computed from the tap basis row counts",
                               uneven_overlap_causes(spec), axes)


# --------------------------------------------------------------------------------------
# The weight-aware verdict: what a constant input does with these weights
# --------------------------------------------------------------------------------------
def layer_weight(layer, weight) -> np.ndarray:
    """``weight`` as a NumPy array in the core layout ``(C_in, C_out/groups, *k)`` of
    ``as_transposed(layer)``, checked. For an interop ``Resolution`` the weight is in that
    framework's own layout (as for ``Resolution.apply``) and is re-laid out through its
    ``torch_weight``.

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec
    >>> layer_weight(TransposedConvSpec(in_size=3, kernel_size=2), [[[1, 2]]]).tolist()
    [[[1, 2]]]
    >>> layer_weight(TransposedConvSpec(in_size=3, kernel_size=2), np.ones((2, 1, 2)))
    Traceback (most recent call last):
        ...
    ValueError: weight must have the layer's weight shape (1, 1, 2) (C_in, C_out/groups, *k),
    got (2, 1, 2)
    """
    spec = as_transposed(layer)
    if not isinstance(layer, TransposedConvSpec) and callable(getattr(layer, "torch_weight", None)):
        expected = tuple(getattr(layer, "weight_shape", spec.weight_shape))
        w = to_numpy(weight)
        if tuple(w.shape) != expected:
            raise ValueError(
                f"weight must have the {getattr(layer, 'framework', 'framework')} layer's weight "
                f"shape {expected} ({getattr(layer, 'weight_layout', '')}), got {tuple(w.shape)}")
        weight = layer.torch_weight(w)
    w = to_numpy(weight)  # torch tensors / parameters too
    if w.dtype == object or not np.issubdtype(w.dtype, np.number):
        raise TypeError(f"weight must be a numeric array, got dtype {w.dtype}")
    if np.iscomplexobj(w):
        raise TypeError("weight must be real, got a complex array (its imaginary part would "
                        "be dropped)")
    if tuple(w.shape) != spec.weight_shape:
        raise ValueError(
            f"weight must have the layer's weight shape {spec.weight_shape} "
            f"(C_in, C_out/groups, *k), got {tuple(w.shape)}"
        )
    return w


def phase_gains(spec, weight) -> np.ndarray:
    """Per output channel and output phase, what one interior output pixel of that phase
    sums for an all-ones input: the sum of the phase's sub-kernel (:func:`phase_subkernels`)
    over the input channels of its group. Shape ``(C_out, *stride)``. Unequal gains within a
    channel are the checkerboard of *these* weights, even where the structure is even.

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec
    >>> spec = TransposedConvSpec(in_size=4, kernel_size=4, stride=2, padding=1)
    >>> phase_gains(spec, np.array([[[1.0, 2.0, 3.0, 5.0]]])).tolist()   # phases: w[1::2], w[0::2]
    [[7.0, 4.0]]
    """
    w = layer_weight(spec, weight)
    spec = as_transposed(spec)
    g = spec.groups
    cin_g, cout_g = spec.in_channels // g, spec.out_channels // g
    out = np.zeros((spec.out_channels, *spec.stride), dtype=np.result_type(w, np.float64)
                   if not np.issubdtype(w.dtype, np.integer) else np.int64)
    spatial = tuple(range(2, 2 + spec.ndim))
    for r, sub in phase_subkernels(spec, w).items():
        per_pair = sub.sum(axis=spatial) if sub.size else np.zeros(w.shape[:2], dtype=out.dtype)
        for gi in range(g):
            block = per_pair[gi * cin_g:(gi + 1) * cin_g]  # (cin_g, cout_g)
            out[(slice(gi * cout_g, (gi + 1) * cout_g), *r)] = block.sum(axis=0)
    return out


def constant_response(spec, weight, value=1) -> np.ndarray:
    """The layer's output for an input equal to ``value`` everywhere (every channel):
    ``Cᵀ·(value·1)`` with these weights, shape ``(C_out, *out_size)``, computed from the tap
    basis (each structural entry contributes its weight). Away from the borders it repeats
    :func:`phase_gains` (times ``value``) with the period of the stride.

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec
    >>> constant_response(TransposedConvSpec(in_size=3, kernel_size=3, stride=2),
    ...                   np.array([[[1, 10, 100]]])).tolist()
    [[1, 10, 101, 10, 101, 10, 100]]
    """
    w = layer_weight(spec, weight)
    spec = as_transposed(spec)
    _check_output(spec, "constant response")
    basis = conv_transpose_structure(spec)
    flat = w.reshape(-1)[basis.taps] * value
    out = np.zeros(spec.out_features, dtype=np.result_type(flat, np.int64))
    np.add.at(out, basis.rows, flat)
    return out.reshape(spec.out_shape)


@dataclass(frozen=True)
class WeightVerdict:
    """The checkerboard of a layer *with its weights*: ``gains`` (:func:`phase_gains`,
    ``(C_out, *stride)``), ``amplitude`` per output channel (max − min of its gains: the
    peak-to-peak of the pattern an all-ones input produces), ``relative`` (amplitude over
    the largest ``|gain|`` of the channel; 0 when all gains are 0), ``free`` (no channel's
    relative amplitude above ``rtol``) and the structural verdict ``structure``.

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec
    >>> spec = TransposedConvSpec(in_size=4, kernel_size=4, stride=2, padding=1)
    >>> v = weight_verdict(spec, np.array([[[1.0, 2.0, 3.0, 5.0]]]))
    >>> v.free, v.amplitude.tolist(), v.structure.free
    (False, [3.0], True)
    >>> print(v)
    CHECKERBOARD with these weights: a constant input gives a pattern of period 2 with peak-to-peak
    amplitude 3 (43% of the largest phase gain) in output channel 0; phase gains [7.0, 4.0] —
    although the structure is even (every phase sums 2 terms)
    """

    spec: TransposedConvSpec
    gains: np.ndarray
    amplitude: np.ndarray
    relative: np.ndarray
    free: bool
    structure: CheckerboardVerdict
    rtol: float = 1e-6

    def __str__(self) -> str:
        """One sentence that reconciles the structure and the weights (the report headline)."""
        structure, rtol = self.structure, f"relative amplitude ≤ {self.rtol:g}"
        if self.free and structure.free:
            return (f"checkerboard-free, structure and weights: every output phase sums the "
                    f"same number of terms ({structure.counts[0]}) and, with these weights, has "
                    f"the same gain in every output channel ({rtol})")
        if self.free:
            return (f"no checkerboard with these weights, although the structure is uneven "
                    f"({structure.reason}: interior output pixels sum {structure.counts} terms "
                    f"depending on their phase): these weights give every phase the same gain "
                    f"in every output channel ({rtol}), so a constant input comes out constant "
                    "away from the borders (other weights for this layer may not)")
        period = "×".join(map(str, self.spec.stride))
        worst = int(np.argmax(self.relative))
        gains = np.round(self.gains[worst].astype(float), 6).tolist()
        pattern = (f"a constant input gives a pattern of period {period} with peak-to-peak "
                   f"amplitude {float(self.amplitude[worst]):.3g} "
                   f"({100 * float(self.relative[worst]):.0f}% of the largest phase gain) in "
                   f"output channel {worst}; phase gains {gains}")
        if structure.free:
            return (f"CHECKERBOARD with these weights: {pattern} — although the structure is "
                    f"even (every phase sums {structure.counts[0]} terms)")
        return (f"CHECKERBOARD, from the structure ({structure.reason}: interior output pixels "
                f"sum {structure.counts} terms depending on their phase) and with these "
                f"weights: {pattern}")

    def __repr__(self) -> str:
        return (f"WeightVerdict(free={self.free}, amplitude={self.amplitude.tolist()}, "
                f"gains={self.gains.tolist()})")


def weight_verdict(spec, weight, rtol: float = 1e-6) -> WeightVerdict:
    """The weight-aware checkerboard verdict (see :class:`WeightVerdict`): does a constant
    input come out constant (away from the borders) with *these* weights?

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec
    >>> weight_verdict(TransposedConvSpec(in_size=4, kernel_size=4, stride=2),
    ...                np.array([[[1, 3, 3, 1]]])).free            # bilinear-like: even
    True
    """
    layer, spec = spec, as_transposed(spec)
    if isinstance(rtol, bool) or not isinstance(rtol, (int, float)) or not rtol >= 0:
        raise ValueError(f"rtol must be a non-negative number, got {rtol!r}")
    gains = phase_gains(layer, weight)
    flat = gains.reshape(spec.out_channels, -1).astype(np.float64)
    amplitude = flat.max(axis=1) - flat.min(axis=1)
    scale = np.abs(flat).max(axis=1)
    relative = np.divide(amplitude, scale, out=np.zeros_like(amplitude), where=scale > 0)
    free = bool(np.all(relative <= rtol))
    amp = gains.reshape(spec.out_channels, -1)
    amp = amp.max(axis=1) - amp.min(axis=1)
    return WeightVerdict(spec, gains, amp, relative, free, checkerboard_verdict(spec), rtol)


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
    spec = as_transposed(spec)
    w = _kernel_or_taps(spec, kernel)
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
    spec = as_transposed(spec)
    _check_phases(spec, "subkernel_phases")
    per_dim = []
    for dim, s in enumerate(spec.stride):
        runs = transposed_axis_runs(spec, dim)
        # taps r, r+s, r+2s, … all land on one phase; does any of them land inside the output?
        per_dim.append([runs[r].phase if any(run.count for run in runs[r::s]) else None
                        for r in range(s)])
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
    spec = single_channel(as_transposed(spec))
    basis = conv_transpose_structure(spec).T  # rows: input pixels, sorted
    ins = np.stack(np.unravel_index(basis.rows, spec.in_size), axis=1).tolist()
    outs = np.stack(np.unravel_index(basis.cols, spec.out_size), axis=1).tolist()
    taps = np.stack(np.unravel_index(basis.taps, spec.kernel_size), axis=1).tolist()
    result: dict = {idx: [] for idx in itertools.product(*map(range, spec.in_size))}
    for i, o, t in zip(ins, outs, taps):
        result[tuple(i)].append((tuple(o), tuple(t)))
    return {k: tuple(v) for k, v in result.items()}
