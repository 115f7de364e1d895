"""The cost model of code generation: estimated before any work, checked against the limits.

Generating a kernel allocates and loops in proportion to its sizes, and the code it writes
grows with the strategy: straight-line (unrolled) code has one statement per output element
and one term per multiply; polyphase code has a few lines per tap block and per region of
the output. Every estimate here is a closed form of the spec and the per-axis polyphase
description (:func:`~tconv_sym.codegen.plan.axis_phases`, itself a 1-D computation), and
each is checked with :func:`tconv_sym.budget.check` *before* the work it predicts:

==================  ==================================================  ===============
estimate            what it counts                                      budget kind
==================  ==================================================  ===============
``array_bytes``     the input, output and weight arrays of one sample   ``bytes``
``axis_trips``      the 1-D tap bases behind the polyphase description  ``loop_trips``
``unrolled_lines``  statements + terms of unrolled code                 ``source_lines``
``polyphase_lines`` tap blocks and output regions of polyphase code     ``source_lines``
``verify_bytes``    the scipy.sparse oracle of ``Artifact.verify``      ``bytes``
                    (gradients; ``verify_bytes_factored``: forward)
==================  ==================================================  ===============

``generate(strategy="auto")`` only picks unrolled code when it fits
:data:`AUTO_UNROLL_LINES` as well as ``AUTO_UNROLL_TERMS``, so it never picks a plan above
its limits.

>>> from tconv_sym import TransposedConvSpec
>>> spec = TransposedConvSpec(in_size=8, kernel_size=3, dilation=10_000_000)
>>> unrolled_lines(spec, "forward", terms=24)
20000032
>>> check_sizes(TransposedConvSpec(in_size=(4, 4, 4), kernel_size=3, stride=1000), "float64")
Traceback (most recent call last):
    ...
tconv_sym.budget.ResourceLimitError: generating a kernel for TransposedConvSpec(in_size=(4, \
4, 4), kernel_size=3, stride=1000) would need ~201.8 GiB of memory; ...
"""

from __future__ import annotations

import math

from ..budget import check as budget_check
from ..spec import TransposedConvSpec

__all__ = ["array_bytes", "axis_trips", "unrolled_lines", "polyphase_lines", "verify_bytes",
           "check_sizes", "verify_bytes_factored", "source_lines", "check_source_lines",
           "baked_table_lines", "SCHEDULE_LINES", "GEMM_LINES", "WINOGRAD_LINES", "CHANNELS_LINES",
           "AUTO_UNROLL_LINES", "LINES_PER_BLOCK", "LINES_PER_REGION"]

#: ``strategy="auto"`` picks unrolled code only up to this many statements + terms
AUTO_UNROLL_LINES = 16_384
#: source lines of one tap block of polyphase code (an upper estimate, from the templates)
LINES_PER_BLOCK = 8
#: source lines of one output region of the register-tiled polyphase C code
LINES_PER_REGION = 12
_ITEM = {"float64": 8, "float32": 4}


def array_bytes(spec, dtype: str = "float64") -> int:
    """Bytes of one sample's input and output plus the weight, in ``dtype``.

    >>> from tconv_sym import ConvSpec
    >>> array_bytes(ConvSpec(in_size=4, kernel_size=3))
    72
    """
    item = _ITEM.get(dtype, 8)
    return item * (math.prod(spec.in_shape) + math.prod(spec.out_shape)
                   + math.prod(spec.weight_shape))


def axis_trips(spec) -> int:
    """Entries of the 1-D tap bases read by the polyphase description (one per axis).

    >>> from tconv_sym import TransposedConvSpec
    >>> axis_trips(TransposedConvSpec(in_size=(5, 5), kernel_size=3))
    30
    """
    conv = spec.conv if isinstance(spec, TransposedConvSpec) else spec
    kept = spec.in_size if isinstance(spec, TransposedConvSpec) else spec.out_size
    return sum(k * n for k, n in zip(conv.kernel_size, kept))


def unrolled_lines(spec, direction: str, terms: int) -> int:
    """Statements (one per output element, also the empty ones) plus multiply terms.

    >>> from tconv_sym import ConvSpec
    >>> unrolled_lines(ConvSpec(in_size=4, kernel_size=3), "forward", terms=6)
    8
    """
    if direction == "weight":
        rows = math.prod(spec.weight_shape)
    elif direction == "input":
        rows = math.prod(spec.in_shape)
    else:
        rows = math.prod(spec.out_shape)
    return rows + int(terms)


def polyphase_lines(axes, regions: bool = True) -> int:
    """An upper estimate of the lines of polyphase code: per tap block and (``regions``:
    the register-tiled C code) per region of the output (phases × cuts at the ends of each
    tap's valid range, per axis).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import axis_phases
    >>> polyphase_lines(axis_phases(TransposedConvSpec(in_size=3, kernel_size=4, stride=2)))
    128
    """
    blocks = math.prod(len(ax.taps) for ax in axes)
    # regions per axis: phases x the cuts at the ends of each tap's range, never more than
    # the output positions themselves (a 16x16 stride-16 patch embedding has 2 per axis)
    cuts = math.prod(min(ax.out_len, min(ax.out_step, ax.out_len) + 2 * len(ax.taps))
                     for ax in axes)
    return LINES_PER_BLOCK * blocks + (LINES_PER_REGION * cuts if regions else 0)


#: lines of generated C per schedule: (fixed, per tap block), fitted on a sweep of layers
#: (1-3-D, strides 1-16, kernels 1-16, groups, baked or not); a baked constant weight
#: array adds :data:`BAKED_VALUES_PER_LINE` values per line (GEMM forms)
SCHEDULE_LINES = {"gemm": (700, 0.6), "gemm-scatter": (200, 7.5), "boxes": (270, 20),
                  "blocks": (270, 20), "spatial": (400, 6), "channels": (500, 11),
                  "depthwise": (150, 8), "winograd": (400, 0)}
#: ``(fixed, per phase)`` lines of the Winograd form (``plan.lowering.phases``)
WINOGRAD_LINES = (350, 110)
#: ``(fixed, per packed input)`` lines of the phase-GEMM form (``plan.lowering.shared``),
#: fitted over tests/test_cost_estimates.py's sweep (about 50 lines per input; 1,100-1,700
#: fixed since the AVX2 micro-kernels and the fused k = s store, Dec 2026)
GEMM_LINES = (1100, 60)
#: ``(fixed, per output region)`` lines of the channels tile (``plan.lowering.n_regions``)
CHANNELS_LINES = (100, 28)
#: values of a baked weight array per line of C
BAKED_VALUES_PER_LINE = 8
_UNKNOWN_SCHEDULE = (700, 20)


def source_lines(plan) -> int:
    """The lines of C a scheduled plan renders to (``.c`` and ``.h``), estimated from its
    schedule, tap blocks and baked weights before anything is rendered.

    >>> from tconv_sym import ConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> source_lines(make_plan(ConvSpec(in_size=(32, 32), kernel_size=3, padding=1,
    ...                                 in_channels=8, out_channels=8), lang="c"))
    1640
    """
    if plan.lang != "c":
        return 0
    if plan.schedule == "straight-line":
        terms = sum(len(r.terms) for r in plan.rows or ())
        return 200 + (len(plan.rows or ()) + terms) // 3
    fixed, per_block = SCHEDULE_LINES.get(plan.schedule, _UNKNOWN_SCHEDULE)
    lines = fixed + per_block * len(plan.blocks)
    shared = getattr(plan.lowering, "shared", None)
    if plan.schedule == "gemm" and shared is not None:
        # the phase GEMMs print one block of code per packed input (measured 45-90 lines)
        lines = GEMM_LINES[0] + GEMM_LINES[1] * len(shared)
    if plan.schedule == "winograd":
        lines = WINOGRAD_LINES[0] + WINOGRAD_LINES[1] * len(plan.lowering.phases)
    regions = getattr(plan.lowering, "n_regions", None)
    if plan.schedule == "channels" and regions is not None:
        # the channels tile prints its code per output region, not per tap block
        lines = CHANNELS_LINES[0] + CHANNELS_LINES[1] * regions
    if plan.baked and plan.schedule not in ("boxes", "blocks", "depthwise"):
        count = plan.lowering.group_pack if plan.schedule == "winograd" else \
            math.prod(plan.spec.weight_shape)  # Winograd bakes the transformed weights
        lines += baked_table_lines(count, plan.dtype)
    return int(lines)


def baked_table_lines(count: int, dtype: str) -> float:
    """Lines of a baked weight table of ``count`` values: literals, or — where the code
    generator writes large tables as compact text (``codegen.baked``) — text lines of
    ``WORDS_PER_LINE`` 32-bit words.

    >>> baked_table_lines(80, "float32")
    10.0
    """
    try:
        from . import baked
    except ImportError:  # a generator without compact tables: literals only
        return count / BAKED_VALUES_PER_LINE
    if count >= baked.TEXT_MIN:
        words = 2 if dtype == "float64" else 1
        return count * words / baked.WORDS_PER_LINE
    return count / baked.LITERALS_PER_LINE


def verify_bytes(nnz: int, batch: int, sample_elements: int) -> int:
    """Bytes of the scipy.sparse oracle of ``verify``: the tap basis (3 int64 per entry),
    the matrix and its absolute value (value + index per entry), the trial arrays.

    >>> verify_bytes(100, 2, 10)
    6240
    """
    return 56 * int(nnz) + 8 * 4 * int(batch) * int(sample_elements)


def verify_bytes_factored(batch: int, sample_elements: int, weight_elements: int = 0,
                          spatial_nnz: int = 0) -> int:
    """Bytes of a forward ``verify`` through the factored operator: per trial sample, the
    arguments and result, the expected values, their scale and the difference (float64, 5
    arrays of a sample's size); the weight five times (the integer and float trial arrays,
    their absolute value, the operator's copy per block); the spatial tap basis and its
    boxes (~96 bytes per entry of :attr:`~tconv_sym.factored.FactoredOperator.spatial_nnz`).
    Within 2x of the measured peak over a sweep (``tests/test_cost_estimates.py``).

    >>> verify_bytes_factored(2, 10, weight_elements=5, spatial_nnz=1)
    1096
    """
    return 8 * (5 * int(batch) * int(sample_elements) + 5 * int(weight_elements)) \
        + 96 * int(spatial_nnz)


def check_source_lines(plan) -> None:
    """Refuse (``ResourceLimitError``) a scheduled plan whose C would exceed the
    ``source_lines`` limit (:func:`source_lines`), before it is rendered."""
    budget_check("source_lines", source_lines(plan), what=f"the C kernel of {plan.spec!r}",
                 hint=f"its {plan.schedule} schedule writes this much code; choose a smaller "
                      "kernel or lang='numpy'")


def check_sizes(spec, dtype: str) -> None:
    """Refuse (``ResourceLimitError``) a layer whose arrays or 1-D tap bases are too large
    to generate a kernel for, before anything is built."""
    what = f"generating a kernel for {spec!r}"
    budget_check("bytes", array_bytes(spec, dtype), what=what,
                 hint="a kernel's arrays must fit in memory; choose smaller sizes")
    budget_check("loop_trips", axis_trips(spec), what=what,
                 hint="the per-axis index structure is this long; choose smaller sizes")
