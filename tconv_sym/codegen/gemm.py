"""The GEMM form of a polyphase C kernel: packed weights, a register-blocked micro-kernel.

For an operator that reads its input with step 1 on every axis (a transposed convolution,
or a stride-1 convolution), every output phase is a matrix product

    ``T_phase[a, f] = Σ_taps Σ_c  W_tap[a, c] · xpad[c, f + offset_tap]``

over *flat* positions ``f`` of a zero-haloed copy ``xpad`` of the input (a halo wide enough
that every tap of every phase is in range everywhere; several samples side by side). Flat
positions between the rows (the halo columns) and the halo products are computed and thrown
away: the executed MACs (:attr:`GemmForm.executed_macs`) exceed the structural nonzeros by
the halo, which :func:`gemm_form` bounds (:data:`MAX_WASTE`). In exchange every load of the
input is a contiguous vector and the contraction is one GEMM per phase:

- weights are packed once — by ``NAME_pack`` (``prepare(w)`` in Python), or at generation
  for baked weights (a static packed table) — into panels ``[group][phase][row block][tap]
  [in channel][MR]``;
- two micro-kernels over the same packed panels (GCC vector extensions, so they compile to
  AVX-512, AVX2, NEON or SSE; a plain C99 loop elsewhere or with
  ``-DTCONV_SYM_NO_VECTOR_EXTENSIONS``): the *positions* tile keeps ``8`` output channels x
  ``NR = 3`` 64-byte vectors of contiguous positions in registers (``MR`` = the output
  channels when fewer than 8); the *channels* tile (with at least two vectors of output
  channels) keeps 12 positions x 2 vectors of output channels — on small phase planes it
  rounds far fewer positions up. Each pass (a group of samples) uses the one that rounds
  fewer flat positions up;
- cache blocking from the plan: the operand reused across the inner loop stays in L1 (an
  ``NR × KC`` input sliver, or a ``KC × MR`` weight panel; at most 32 KiB), the weight block
  of a step in L2;
- output order: each phase is computed into a contiguous tile, then the output is written in
  its own order (rows of ``y`` in C order, each element read from its phase tile) — no
  strided or scattered stores;
- memory: the haloed input and the phase tiles live in one workspace of
  ``NAME_WORKSPACE_BYTES``: ``NAME_packed_ws`` takes it from the caller, ``NAME_packed``
  allocates it with ``TCONV_SYM_ALLOC`` / ``TCONV_SYM_FREE`` (``malloc`` / ``free`` unless
  defined before including the file), so the memory source is pluggable;
- threads: opt-in (:mod:`.threads`, ``load(threads=N)``): OpenMP over independent tiles,
  bit-identical to one thread.

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.codegen.plan import make_plan
>>> spec = TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
...                           in_channels=512, out_channels=256)
>>> form = gemm_form(make_plan(spec, lang="c", dtype="float32", name="pix2pix"))
>>> form
GemmForm(mr=32, pmr=8, nv=3, nr=48, kc=168, channels=True, samples=1, phases=4, waste=1.19)
>>> print(form.describe())
GEMM form: 4 phase GEMMs (M=256 out channels, K=taps x 512 in channels, N=288 flat positions)
  positions tile 8 channels x 48 positions (3 vectors), 168 input channels per cache block
  channels tile 12 positions x 32 channels (2 vectors), 256 input channels per cache block
    (each pass uses the tile that rounds fewer positions up)
  weights packed in panels of 32 output channels; up to 1 sample(s) per pass
  executed MACs 1.19x the structural nonzeros (halo products thrown away)
  output order: phase tiles, then the output written row by row in its own order
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

import numpy as np

__all__ = ["GemmForm", "gemm_form", "gemm_context", "pack_weights", "MAX_WASTE", "MIN_TERMS",
           "MIN_OUT_CHANNELS", "VECTOR_BYTES"]

#: Use the GEMM form when it executes at most this many times the structural nonzeros.
MAX_WASTE = 2.0
#: ... and for kernels with at least this many multiply terms per sample (smaller ones are
#: unrolled or too small for a GEMM to pay for its copies).
MIN_TERMS = 16_384
#: ... and for at least this many output channels per group: with fewer, a register tile of
#: output channels is mostly empty; those layers use the scatter form of :mod:`.gemm_scatter`
#: (taps as the rows; measured 2-3x faster than these phase GEMMs on DCGAN 64->3, and 1.6-2x
#: faster than the input-channels-vectorised tiles of :mod:`.tiling` on MNIST 32->1 and
#: FSRCNN 56->1).
MIN_OUT_CHANNELS = 8
#: Bytes of one vector of the micro-kernel (AVX-512; narrower ISAs split it).
VECTOR_BYTES = 64
#: Flat positions per pass (samples are put side by side until about this many).
TARGET_POSITIONS = 512
#: Bytes of the input sliver kept in L1 per cache block.
L1_SLIVER_BYTES = 32 * 1024


@dataclass(frozen=True)
class Phase:
    """One output phase: its id (mixed radix over the strides), positions per axis, taps
    (flat kernel index and flat offset into the haloed input), last flat position, offsets of
    its packed weights and of its tile."""

    pid: int
    extent: tuple[int, ...]
    taps: tuple[int, ...]
    offsets: tuple[int, ...]
    last: int
    wofs: int
    tile: int


@dataclass(frozen=True, repr=False)
class GemmForm:
    """Every number of the GEMM form of one kernel (see the module)."""

    mr: int
    nv: int
    vl: int
    kc: int
    samples: int
    og: int
    ogp: int
    ig: int
    lo: tuple[int, ...]
    padded: tuple[int, ...]
    pstrides: tuple[int, ...]
    sample_stride: int
    channel_stride: int
    tile_stride: int
    phases: tuple[Phase, ...]
    n_phase_ids: int
    group_pack: int
    out_phase: tuple[tuple[int, ...], ...] = field(default=())
    out_flat: tuple[tuple[int, ...], ...] = field(default=())
    executed_macs: int = 0
    nnz: int = 0
    groups: int = 1
    pmr: int = 8
    channels: bool = False
    pr: int = 0
    kc_channels: int = 0
    max_last: int = 0

    @property
    def nr(self) -> int:
        """Positions per register tile of the positions micro-kernel (``nv`` vectors)."""
        return self.nv * self.vl

    @property
    def waste(self) -> float:
        """Executed MACs over structural nonzeros (1.0: none thrown away)."""
        return self.executed_macs / self.nnz if self.nnz else 1.0

    @property
    def workspace_elems(self) -> int:
        """Elements of the workspace: the haloed input of all channels, then the tiles."""
        return self.in_elems + self.tile_elems

    @property
    def in_elems(self) -> int:
        return self.channels_in * self.channel_stride

    @property
    def channels_in(self) -> int:
        return self.ig * self.groups

    @property
    def tile_elems(self) -> int:
        return len(self.phases) * self.ogp * self.tile_stride

    def describe(self) -> str:
        """A short report for the generated code's comment and the REPL."""
        n = self.phases[0].last + 1 if self.phases else 0
        n = -(-n // self.nr) * self.nr
        tiles = (f"  positions tile {self.pmr} channels x {self.nr} positions ({self.nv} "
                 f"vectors), {self.kc} input channels per cache block\n")
        if self.channels:
            tiles += (f"  channels tile {self.pr} positions x {self.mr} channels (2 vectors), "
                      f"{self.kc_channels} input channels per cache block\n"
                      f"    (each pass uses the tile that rounds fewer positions up)\n")
        return (f"GEMM form: {len(self.phases)} phase GEMMs (M={self.og} out channels, "
                f"K=taps x {self.ig} in channels, N={n} flat positions)\n"
                f"{tiles}"
                f"  weights packed in panels of {self.mr} output channels; up to "
                f"{self.samples} sample(s) per pass\n"
                f"  executed MACs {self.waste:.2f}x the structural nonzeros (halo products "
                f"thrown away)\n"
                f"  output order: phase tiles, then the output written row by row in its own "
                f"order")

    def __repr__(self) -> str:
        return (f"GemmForm(mr={self.mr}, pmr={self.pmr}, nv={self.nv}, nr={self.nr}, "
                f"kc={self.kc}, channels={self.channels}, samples={self.samples}, "
                f"phases={len(self.phases)}, waste={self.waste:.2f})")


def _phase_len(ax, phase: int) -> int:
    return max(0, -(-(ax.out_len - phase) // ax.out_step))


def _register_tile(og: int) -> tuple[int, int]:
    """``(MR, NV)``: rows (output channels) and vectors (of positions) of the register tile:
    8 x 3 vectors (24 accumulators; measured on DCGAN 128->64 against 8 x 2, 6 x 4, 4 x 6
    and 12 x 2: the fastest) when there are 8 or more output channels, else all of them x up
    to 8 vectors (at most 24 accumulators)."""
    if og >= 8:
        return 8, 3
    return og, max(1, min(8, 24 // og))


#: Positions per register tile of the channels micro-kernel (x 2 vectors of channels).
CHANNEL_TILE_POSITIONS = 12


def gemm_form(plan) -> GemmForm | None:
    """The GEMM form of ``plan`` (a C polyphase forward or input-gradient kernel that reads
    its input with step 1), or ``None`` when it does not apply or wastes more than
    :data:`MAX_WASTE` (the rule; see the module).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> gemm_form(make_plan(TransposedConvSpec(in_size=2, kernel_size=2), lang="c")) is None
    True
    """
    if plan.lang != "c" or plan.strategy != "polyphase" or plan.direction == "weight" \
            or plan.dtype not in ("float32", "float64") \
            or getattr(plan, "layout", "nchw") != "nchw" \
            or getattr(plan, "weight_layout", "pytorch") != "pytorch" \
            or plan.sparse_baked or plan.nnz < MIN_TERMS \
            or plan.out_per_group < MIN_OUT_CHANNELS:
        return None
    axes = plan.axes
    if any(ax.in_step != 1 for ax in axes):
        return None
    og, ig, g = plan.out_per_group, plan.in_per_group, plan.groups
    size = np.dtype(plan.dtype).itemsize
    vl = VECTOR_BYTES // size
    lo, hi = [], []
    for ax in axes:
        lo.append(max([0] + [-t.offset for t in ax.taps]))
        hi.append(max([0] + [_phase_len(ax, t.phase) - 1 + t.offset - (ax.in_len - 1)
                             for t in ax.taps]))
    padded = tuple(a + ax.in_len + b for a, b, ax in zip(lo, hi, axes))
    pstrides = tuple(math.prod(padded[d + 1:]) for d in range(len(padded)))
    sp = math.prod(padded)
    samples = max(1, min(64, TARGET_POSITIONS // sp))

    kernel = plan.spec.kernel_size
    steps = [ax.out_step for ax in axes]
    phases, max_reach, exec_macs = [], 0, 0
    for combo in itertools.product(*(range(s) for s in steps)):
        extent = tuple(_phase_len(ax, p) for ax, p in zip(axes, combo))
        if 0 in extent:
            continue
        pid = 0
        for p, s in zip(combo, steps):
            pid = pid * s + p
        per_axis = [[t for t in ax.taps if t.phase == p] for ax, p in zip(axes, combo)]
        taps, offsets = [], []
        for ts in itertools.product(*per_axis):
            taps.append(int(np.ravel_multi_index(tuple(t.tap for t in ts), kernel)))
            offsets.append(sum((t.offset + a) * s for t, a, s in zip(ts, lo, pstrides)))
        last = sum((e - 1) * s for e, s in zip(extent, pstrides))
        exec_macs += len(taps) * og * ig * g * (last + 1)
        phases.append(Phase(pid, extent, tuple(taps), tuple(offsets), last, 0, 0))
        if taps:
            max_reach = max(max_reach, max(offsets))
    max_last = max((p.last for p in phases), default=0)
    # Two micro-kernels over the same packed panels: vectors over positions (rounds a
    # phase's flat positions up to NV vectors) and, with at least 2 vectors of output
    # channels, vectors over channels (rounds positions up to 12 only: small phase planes);
    # the kernel picks per pass whichever rounds fewer positions up.
    pmr, nv = _register_tile(og)
    nr = nv * vl
    channels = og >= 2 * vl
    mr = 2 * vl if channels else pmr
    pr = CHANNEL_TILE_POSITIONS if channels else 0
    ogp = -(-og // mr) * mr
    kc = max(8, min(ig, L1_SLIVER_BYTES // (nr * size) // 8 * 8))
    kc_channels = max(8, min(ig, L1_SLIVER_BYTES // (mr * size) // 8 * 8)) if channels else 0
    n_max = -(-((samples - 1) * sp + max_last + 1) // nr) * nr
    channel_stride = max(samples * sp, n_max + max_reach)
    tile_stride = n_max
    placed, wofs = [], 0
    for i, p in enumerate(phases):
        placed.append(Phase(p.pid, p.extent, p.taps, p.offsets, p.last, wofs,
                            i * ogp * tile_stride))
        wofs += len(p.taps) * ig * ogp
    phases = tuple(placed)

    out_phase, out_flat = [], []
    for ax, s in zip(axes, pstrides):
        out_phase.append(tuple(j % ax.out_step for j in range(ax.out_len)))
        out_flat.append(tuple((j // ax.out_step) * s for j in range(ax.out_len)))
    form = GemmForm(
        mr=mr, nv=nv, vl=vl, kc=kc, samples=samples, og=og, ogp=ogp, ig=ig, lo=tuple(lo),
        padded=padded, pstrides=pstrides, sample_stride=sp, channel_stride=channel_stride,
        tile_stride=tile_stride, phases=phases, n_phase_ids=math.prod(steps),
        group_pack=wofs, out_phase=tuple(out_phase), out_flat=tuple(out_flat),
        executed_macs=exec_macs, nnz=plan.nnz, groups=g, pmr=pmr, channels=channels, pr=pr,
        kc_channels=kc_channels, max_last=max_last)
    if form.waste > MAX_WASTE:
        return None
    return form


def pack_weights(form: GemmForm, grouped: np.ndarray) -> np.ndarray:
    """The packed panels of ``grouped`` weights ``(G, og, ig, Πk)`` (the kernel's
    orientation): ``[group][phase][row block][tap][in channel][MR]``, zero rows padding the
    last block. The same layout ``NAME_pack`` writes.

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> spec = TransposedConvSpec(in_size=(8, 8), kernel_size=2, stride=2, in_channels=64,
    ...                           out_channels=16)
    >>> form = gemm_form(make_plan(spec, lang="c", dtype="float32"))
    >>> w = np.arange(64 * 16 * 4, dtype=np.float32).reshape(1, 16, 64, 4)
    >>> p = pack_weights(form, w)
    >>> p.size == form.group_pack, form.mr, form.phases[0].taps
    (True, 8, (0,))
    >>> p[:8].tolist() == w[0, :8, 0, 0].tolist(), p[8:16].tolist() == w[0, :8, 1, 0].tolist()
    (True, True)
    """
    g, og, ig, _ = grouped.shape
    out = np.zeros((g, form.group_pack), dtype=grouped.dtype)
    mr, blocks = form.mr, form.ogp // form.mr
    padded = np.zeros((g, form.ogp, ig, grouped.shape[3]), dtype=grouped.dtype)
    padded[:, :og] = grouped
    for ph in form.phases:
        if not ph.taps:
            continue
        sub = padded[..., list(ph.taps)]  # (G, ogp, ig, nt)
        # -> (G, blocks, nt, ig, MR)
        panel = sub.reshape(g, blocks, mr, ig, len(ph.taps)).transpose(0, 1, 4, 3, 2)
        out[:, ph.wofs:ph.wofs + panel[0].size] = panel.reshape(g, -1)
    return out.reshape(-1)


def gemm_context(plan, k, form: GemmForm):
    """The rendering context ``k`` of a plan (numbers only), extended with the GEMM form's
    tables: every (phase, tap) flat kernel tap and offset, where each phase's taps start,
    strides of the input and output, and the packed literals of baked weights."""
    from types import SimpleNamespace

    from .clang import literal

    taps, offs, start = [], [], {}
    for ph in form.phases:
        start[ph.pid] = len(taps)
        taps += ph.taps
        offs += ph.offsets
    in_dims, out_dims = list(k.in_dims), list(k.out_dims)
    extra = dict(
        form=form, all_taps=taps, all_offs=offs, n_taps=len(taps), tap_start=start,
        in_strides=[math.prod(in_dims[d + 1:]) for d in range(len(in_dims))],
        out_strides=[math.prod(out_dims[d + 1:]) for d in range(len(out_dims))],
        pad_base=sum(a * s for a, s in zip(form.lo, form.pstrides)), packed_literals=[],
    )
    if plan.baked:
        g, og, ig = plan.groups, plan.out_per_group, plan.in_per_group
        kf = math.prod(plan.spec.kernel_size)
        w = plan.weights.reshape(g, og, ig, kf) if plan.kind == "C" else \
            plan.weights.reshape(g, ig, og, kf).transpose(0, 2, 1, 3)
        extra["packed_literals"] = [literal(v, plan.dtype, "c")
                                    for v in pack_weights(form, w).tolist()]
    return SimpleNamespace(**{**vars(k), **extra})
