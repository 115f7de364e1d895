"""The int8 tap blocks as one register-tiled integer GEMM per output phase (2-D, channels-last;
with ``groups > 1`` one per group and phase, the channels of each group padded to the
micro-kernel's multiples): TFLite's arithmetic, bit for bit, at the speed of its optimized
kernels. Depthwise layers (one input channel per group) take :mod:`.int8_depthwise`.

Per sample the input is copied once into a zero-point-haloed buffer (channels padded to a
multiple of 4): every output of a phase then reads *every* tap of the phase, the halo
contributing ``w · (zp − zp) = 0``, so each phase is a dense GEMM — positions × output
channels, over ``taps × input channels`` — read straight from the buffer (no im2col). The
zero-point correction is hoisted: ``Σ w·(x − zp) = Σ w·x' − (off + zp) · Σ w`` with ``Σ w``
per phase and output channel a table, ``x' = x + off`` the stored input (``off = 128`` on
the VNNI path, whose ``vpdpbusd`` multiplies unsigned by signed bytes; 0 elsewhere), and
the bias folded into the accumulators' first value. The micro-kernel keeps ``MR`` positions
× ``NR`` chunks of 16 output channels of int32 accumulators in registers (AVX-512 VNNI
``vpdpbusd``, NEON ``sdot``, Armv7E-M ``SMLAD`` on sign-extended byte pairs with 4 channels
in registers (``__ARM_FEATURE_DSP``: Cortex-M4/M7/M33), AVX2 ``vpmaddwd`` on int16 quads
(x86 without VNNI: 3 positions × 16 channels, the packed weights stored as int16 on that
path, twice :attr:`Int8Gemm.static_bytes`' weight bytes), or portable C99 with wrapping
``uint32_t`` sums; ``-DTCONV_SYM_PORTABLE`` forces the last), and the
requantization (TFLite's ``MultiplyByQuantizedMultiplier``, output zero point, clamp) is
fused into the tile store. The workspace is the haloed input of one sample (bytes), not an
int32 per output.

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.codegen.plan import make_plan
>>> from tconv_sym.codegen.quant import Quantization
>>> spec = TransposedConvSpec(in_size=(4, 4), kernel_size=4, stride=2, padding="same",
...                           in_channels=8, out_channels=16)
>>> q = Quantization(input_scale=0.1, input_zero_point=3, weight_scales=[0.01],
...                  output_scale=0.2, output_zero_point=-1)
>>> p = make_plan(spec, lang="c", dtype="int8", layout="nhwc", quant=q, name="k",
...               weights=np.ones((16, 4, 4, 8), np.int8))
>>> g = p.lowering.gemm
>>> g.pad, g.cp, g.np_, (g.mr, g.nr), len(g.phases), [len(ph.taps) for ph in g.phases]
(((1, 1), (1, 1)), 8, 16, (16, 1), 4, [4, 4, 4, 4])
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from .int8_phases import Int8Phase, axis_phases, phase_list

__all__ = ["Int8Phase", "Int8Gemm", "int8_gemm_form", "int8_gemm_memory", "fit_stack",
           "stack_bytes", "MR_OF_NR", "FRAME_ALLOWANCE"]

#: Positions per register tile for NR chunks of 16 output channels (MR·NR accumulators, NR
#: weight vectors and a broadcast within the 32 vector registers of AVX-512 and NEON).
MR_OF_NR = {4: 6, 3: 8, 2: 12, 1: 16}


@dataclass(frozen=True, repr=False)
class Int8Gemm:
    """The phase GEMMs of an int8 NHWC kernel: the halo ``pad`` per axis, the haloed buffer's
    ``rows × cols × cp`` bytes, the output channels padded to ``np_`` (a multiple of 16),
    the register tile ``mr × nr`` (positions × 16-channel chunks), the phases, the packed
    weights ``[phase][tap][c/4][np_][4]`` and ``wsum[phase][channel]`` (Σ of the phase's
    weights)."""

    pad: tuple[tuple[int, int], tuple[int, int]]
    rows: int
    cols: int
    cin: int
    cp: int
    cout: int
    np_: int
    mr: int
    nr: int
    phases: tuple[Int8Phase, ...]
    packed: tuple[int, ...]
    wsum: tuple[tuple[int, ...], ...]
    phase_offsets: tuple[int, ...]
    #: groups: one set of phase GEMMs per group, the buffer's channels ``[group][cp]``, the
    #: packed weights, ``wsum`` and ``phase_offsets`` group-major
    groups: int = 1

    depthwise = False

    @property
    def cpt(self) -> int:
        """Bytes per buffer position: ``cp`` for each group."""
        return self.groups * self.cp

    @property
    def workspace_bytes(self) -> int:
        """The haloed input of one sample, rounded up to 64 bytes."""
        return -(-self.rows * self.cols * self.cpt // 64) * 64

    @property
    def static_bytes(self) -> int:
        """Packed weights (bytes) and the Σw table (int32)."""
        return len(self.packed) + 4 * len(self.wsum) * self.np_

    def __repr__(self) -> str:
        per = f" x {self.groups} groups" if self.groups > 1 else ""
        return (f"Int8Gemm({len(self.phases)} phase GEMM(s){per}, tile {self.mr}x"
                f"{16 * self.nr}, halo {self.pad}, buffer {self.rows}x{self.cols}x{self.cpt} B)")


def applies(plan) -> bool:
    """int8, C, channels-last, 2-D, forward, weights known: the phase-GEMM form applies (one
    GEMM per group and phase when ``groups > 1``; depthwise layers — one input channel per
    group — take :mod:`.int8_depthwise` instead)."""
    return (plan.dtype == "int8" and plan.lang == "c" and plan.layout == "nhwc"
            and plan.spec.ndim == 2 and plan.direction == "forward"
            and plan.weights is not None)


def int8_gemm_form(plan):
    """The :class:`Int8Gemm` of an int8 plan where :func:`applies` (a
    :class:`~.int8_depthwise.Int8Depthwise` for depthwise layers), else ``None``."""
    from .blocks import kernel_orientation
    from .int8_depthwise import depthwise_applies, int8_depthwise_form

    if not applies(plan):
        return None
    if depthwise_applies(plan):
        return int8_depthwise_form(plan)
    axes = plan.axes
    groups = plan.groups
    cin, cout = plan.in_per_group, plan.out_per_group
    cp, np_ = -(-cin // 4) * 4, -(-cout // 16) * 16
    chunks = np_ // 16
    nr = next(n for n in (4, 3, 2, 1) if chunks % n == 0)
    per_axis, pads = axis_phases(axes)
    phases = phase_list(plan, per_axis, pads)
    w = kernel_orientation(plan.spec, plan.kind, plan.weights).astype(np.int64)  # (g, o, t, c)
    packed, wsum, offsets = [], [], []
    for g in range(groups):
        for ph in phases:
            offsets.append(len(packed))
            block = np.zeros((len(ph.taps), cp // 4, np_, 4), np.int64)
            sums = np.zeros(np_, np.int64)
            for i, (t, _, _) in enumerate(ph.taps):
                wt = np.zeros((np_, cp), np.int64)
                wt[:cout, :cin] = w[g, :, t, :]
                block[i] = wt.reshape(np_, cp // 4, 4).transpose(1, 0, 2)
                sums += wt.sum(axis=1)
            packed.extend(block.reshape(-1).tolist())
            wsum.append(tuple(int(v) for v in sums))
    rows = axes[0].in_len + sum(pads[0])
    cols = axes[1].in_len + sum(pads[1])
    assert math.prod((rows, cols)) > 0
    return Int8Gemm(pad=(pads[0], pads[1]), rows=rows, cols=cols, cin=cin, cp=cp, cout=cout,
                    np_=np_, mr=MR_OF_NR[nr], nr=nr, phases=phases,
                    packed=tuple(packed), wsum=tuple(wsum), phase_offsets=tuple(offsets),
                    groups=groups)


def int8_gemm_memory(plan, form: Int8Gemm):
    """Stack, static and workspace bytes of the phase-GEMM kernel: on the stack the tile of
    int32 accumulators, the first accumulator values and the tap pointers (with a frame);
    static the packed weights, the Σw table and bias, multiplier and shift; the workspace the
    haloed input."""
    from .int8_depthwise import int8_depthwise_memory
    from .memory import Memory

    if form.depthwise:
        return int8_depthwise_memory(plan, form)
    return Memory(stack_bytes(form.mr, form.nr, form.phases),
                  form.static_bytes + 4 * form.groups * form.np_
                  + 2 * 4 * form.groups * form.cout, form.workspace_bytes)


#: The frames on top of the declared arrays (saved registers, spills, the leaf helpers' own
#: frames): 88-368 B measured with gcc 12 at -O2 and -Os on x86-64, aarch64 and Cortex-M4
#: (``python -m benchmarks.memory_table --sweep``): an upper bound on that sweep.
FRAME_ALLOWANCE = 368


def stack_bytes(mr: int, nr: int, phases) -> int:
    """The planned stack: the tile of int32 accumulators, their first values, the tap
    pointers, and :data:`FRAME_ALLOWANCE`."""
    nrc = 16 * nr
    taps = max([1] + [len(ph.taps) for ph in phases])
    return 4 * (mr * nrc + nrc) + 8 * taps + FRAME_ALLOWANCE


def fit_stack(form: Int8Gemm | None, limit: int) -> Int8Gemm | None:
    """``form`` with the tallest register tile whose stack fits ``limit`` bytes (``max_stack``
    honoured by tiling: fewer positions per tile), or ``None`` when even one position does
    not fit (then the plain tap-block loops run).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> from tconv_sym.codegen.quant import Quantization
    >>> q = Quantization(input_scale=0.1, input_zero_point=0, weight_scales=[0.01],
    ...                  output_scale=0.2, output_zero_point=0)
    >>> p = make_plan(TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2,
    ...     in_channels=4, out_channels=16), lang="c", dtype="int8", layout="nhwc", quant=q,
    ...     weights=np.ones((16, 3, 3, 4), np.int8), name="k", max_stack=700)
    >>> p.lowering.gemm.mr, p.memory.stack_bytes  # 64 B per position of 16 channels
    (3, 656)
    """
    if form is None:
        return None
    if form.depthwise:
        return form if form.stack_bytes <= limit else None
    for mr in range(form.mr, 0, -1):
        if stack_bytes(mr, form.nr, form.phases) <= limit:
            return dataclasses.replace(form, mr=mr)
    return None
