"""The int8 depthwise form (2-D, channels-last, one input channel per group): per output phase,
position and 16 channels, int32 accumulators summed over the phase's taps straight from a
zero-point-haloed copy of the input, vectorised over channels, requantization fused.

With one input channel per group (``DEPTHWISE_CONV_2D``, a depthwise transposed convolution)
the phase GEMMs of :mod:`.int8_gemm` have nothing to contract: each output channel reads one
input channel. Per sample the input is copied once into a buffer haloed with the input zero
point, its channels *expanded* to the output channels (output channel ``o`` of group
``o // m`` reads buffer channel ``o``: a depth multiplier ``m > 1`` costs a wider copy, not a
branch) and padded to a multiple of 16. Every position of a phase then reads every tap of the
phase (the halo contributes ``w · (zp − zp) = 0``), and ``Σ w·(x − zp) = Σ w·x − zp · Σ w``:
the second term and the bias are one constant per phase and channel (``init``). On AVX-512
the accumulators of 16 channels are one register (``vpmovsxbd`` + ``vpmulld`` per tap, the
phase's weights held in registers over the positions); on AVX2 8 channels, two taps a
``vpmaddwd`` on the interleaved inputs; the requantization is the vector ``store16`` /
``store8`` of ``_c_requantize16.j2``; elsewhere a loop over 16 channels with the taps
unrolled (what the compiler vectorises: NEON, Helium) and the scalar requantization. The
workspace is the haloed, expanded input of one sample (bytes).

>>> import numpy as np
>>> from tconv_sym import ConvSpec
>>> from tconv_sym.codegen.plan import make_plan
>>> from tconv_sym.codegen.quant import Quantization
>>> spec = ConvSpec(in_size=(8, 8), kernel_size=3, padding=1, in_channels=24,
...                 out_channels=24, groups=24)
>>> q = Quantization(input_scale=0.1, input_zero_point=3, weight_scales=[0.01],
...                  output_scale=0.2, output_zero_point=-1)
>>> p = make_plan(spec, lang="c", dtype="int8", layout="nhwc", quant=q, name="k",
...               weights=np.ones((24, 3, 3, 1), np.int8))
>>> p.lowering.gemm
Int8Depthwise(1 phase(s), 9 tap(s) each at most, 24 channels (x1) padded to 32, buffer 10x10x32 B)
>>> p.memory.workspace_bytes, p.memory.static_bytes  # 10 x 10 x 32; weights, init, tables
(3200, 800)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["Int8Depthwise", "depthwise_applies", "int8_depthwise_form",
           "int8_depthwise_memory", "DEPTHWISE_FRAME", "HOIST_TAPS"]

#: The frame of the depthwise kernel on top of its declared arrays (saved registers, spills
#: of the weight vectors, the requantization helper): the GEMM form's
#: :data:`~.int8_gemm.FRAME_ALLOWANCE` bound.
DEPTHWISE_FRAME = 368

#: Phases with at most this many taps keep their 16 channels' weights in vector registers
#: over all positions (AVX-512: 32 registers); longer phases reload them per position.
HOIST_TAPS = 16


@dataclass(frozen=True, repr=False)
class Int8Depthwise:
    """The depthwise kernel's numbers: the halo ``pad`` per axis, the buffer
    ``rows × cols × cp`` bytes (``cp``: the output channels ``cout`` padded to 16), the depth
    multiplier ``mult`` (buffer channel ``o`` holds input channel ``o // mult``), the phases
    (:class:`~.int8_gemm.Int8Phase`), the packed weights ``[phase][tap][cp]``, per phase
    their offset, and ``init[phase][cp]`` = bias − zp · Σ of the phase's weights."""

    pad: tuple[tuple[int, int], tuple[int, int]]
    rows: int
    cols: int
    cin: int
    cout: int
    cp: int
    mult: int
    phases: tuple
    packed: tuple[int, ...]
    phase_offsets: tuple[int, ...]
    init: tuple[tuple[int, ...], ...]

    depthwise = True

    @property
    def cpt(self) -> int:
        """Bytes per buffer position (as :attr:`~.int8_gemm.Int8Gemm.cpt`): ``cp``."""
        return self.cp

    @property
    def workspace_bytes(self) -> int:
        """The haloed, expanded input of one sample, rounded up to 64 bytes."""
        return -(-self.rows * self.cols * self.cp // 64) * 64

    @property
    def static_bytes(self) -> int:
        """Packed weights (bytes), the ``init`` table and three requantization tables
        (multiplier, left and right shift: int32 per padded channel). The AVX2 path holds
        the weights as int16 pairs of taps instead (twice the weight bytes, rounded up to an
        even tap count per phase)."""
        return len(self.packed) + 4 * len(self.init) * self.cp + 3 * 4 * self.cp

    @property
    def stack_bytes(self) -> int:
        """16 int32 accumulators (the portable path), a 64-byte vector per tap of the longest
        phase (the compiler hoists the widened weights out of the position loops and spills
        what the registers do not hold: 1,424-1,936 B measured for 25 taps on x86-64 at -O2
        and -Os) and :data:`DEPTHWISE_FRAME` — an upper bound on x86-64 (AVX2, AVX-512),
        aarch64 and Cortex-M4, far above the 160-210 B a Cortex-M4 build uses."""
        taps = max([0] + [len(ph.taps) for ph in self.phases])
        return 4 * 16 + 64 * taps + DEPTHWISE_FRAME

    def __repr__(self) -> str:
        taps = max([0] + [len(ph.taps) for ph in self.phases])
        return (f"Int8Depthwise({len(self.phases)} phase(s), {taps} tap(s) each at most, "
                f"{self.cout} channels (x{self.mult}) padded to {self.cp}, buffer "
                f"{self.rows}x{self.cols}x{self.cp} B)")


def depthwise_applies(plan) -> bool:
    """One input channel per group and more than one group (the int8 GEMM form's other
    conditions hold)."""
    return plan.in_per_group == 1 and plan.groups > 1


def int8_depthwise_form(plan) -> Int8Depthwise:
    """The :class:`Int8Depthwise` of an int8 depthwise plan (:func:`depthwise_applies`)."""
    from .blocks import kernel_orientation
    from .int8_phases import axis_phases, int8_tables, phase_list

    if not depthwise_applies(plan):
        raise ValueError(f"plan {plan.name!r} is not depthwise: in_per_group="
                         f"{plan.in_per_group}, groups={plan.groups}; the depthwise form needs "
                         "one input channel per group and groups > 1")
    axes = plan.axes
    mult = plan.out_per_group
    cout = plan.groups * mult
    cp = -(-cout // 16) * 16
    per_axis, pads = axis_phases(axes)
    phases = phase_list(plan, per_axis, pads)
    w = kernel_orientation(plan.spec, plan.kind, plan.weights).astype(np.int64)  # (g, m, t, 1)
    w = w.reshape(cout, -1)  # (o, t): output channel o = g * mult + j
    bias = np.zeros(cp, np.int64)
    bias[:cout] = int8_tables(plan)["bias"]
    zp = plan.quant.input_zero_point
    packed, offsets, init = [], [], []
    for ph in phases:
        offsets.append(len(packed))
        block = np.zeros((len(ph.taps), cp), np.int64)
        for i, (t, _, _) in enumerate(ph.taps):
            block[i, :cout] = w[:, t]
        packed.extend(block.reshape(-1).tolist())
        init.append(tuple(int(v) for v in bias - zp * block.sum(axis=0)))
    rows = axes[0].in_len + sum(pads[0])
    cols = axes[1].in_len + sum(pads[1])
    return Int8Depthwise(pad=(pads[0], pads[1]), rows=rows, cols=cols, cin=plan.groups,
                         cout=cout, cp=cp, mult=mult, phases=phases, packed=tuple(packed),
                         phase_offsets=tuple(offsets), init=tuple(init))


def int8_depthwise_memory(plan, form: Int8Depthwise):
    """Stack, static and workspace bytes of the depthwise kernel (:class:`~.memory.Memory`)."""
    from .memory import Memory

    return Memory(form.stack_bytes, form.static_bytes, form.workspace_bytes)
