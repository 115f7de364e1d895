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
           "check_sizes", "verify_bytes_factored", "AUTO_UNROLL_LINES", "LINES_PER_BLOCK",
           "LINES_PER_REGION"]

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
    152
    """
    blocks = math.prod(len(ax.taps) for ax in axes)
    cuts = math.prod(min(ax.out_step, ax.out_len) + 2 * len(ax.taps) for ax in axes)
    return LINES_PER_BLOCK * blocks + (LINES_PER_REGION * cuts if regions else 0)


def verify_bytes(nnz: int, batch: int, sample_elements: int) -> int:
    """Bytes of the scipy.sparse oracle of ``verify``: the tap basis (3 int64 per entry),
    the matrix and its absolute value (value + index per entry), the trial arrays.

    >>> verify_bytes(100, 2, 10)
    6240
    """
    return 56 * int(nnz) + 8 * 4 * int(batch) * int(sample_elements)


def verify_bytes_factored(batch: int, sample_elements: int, weight_elements: int = 0) -> int:
    """Bytes of a forward ``verify`` through the factored operator: per trial sample, the
    input and result, the expected values, their scale, the difference and the operator's
    largest tap box (float64, 7 arrays of a sample's size); the weight five times (the
    integer and float trial arrays, their absolute value, the operator's copy per block).

    >>> verify_bytes_factored(2, 10, weight_elements=5)
    1320
    """
    return 8 * (7 * int(batch) * int(sample_elements) + 5 * int(weight_elements))


def check_sizes(spec, dtype: str) -> None:
    """Refuse (``ResourceLimitError``) a layer whose arrays or 1-D tap bases are too large
    to generate a kernel for, before anything is built."""
    what = f"generating a kernel for {spec!r}"
    budget_check("bytes", array_bytes(spec, dtype), what=what,
                 hint="a kernel's arrays must fit in memory; choose smaller sizes")
    budget_check("loop_trips", axis_trips(spec), what=what,
                 hint="the per-axis index structure is this long; choose smaller sizes")
