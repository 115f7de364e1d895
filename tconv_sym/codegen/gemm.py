"""The GEMM form of a polyphase C kernel: packed weights, packed input panels, a register-blocked
micro-kernel.

Every output phase of a C polyphase kernel (a transposed convolution has ``Π stride`` of them,
a convolution one) is a matrix product

    ``T_phase[a, f] = Σ_taps Σ_c  W_tap[a, c] · B_tap[c, f]``,
    ``B_tap[c, f] = x[c, in_step·u(f) + offset_tap]`` (zero where that is outside the input)

over the phase's own output positions ``f`` (several samples side by side): no inserted zero,
no halo and no flat position between rows is computed. Each phase's positions are laid out on
the grid of the largest phase (``ceil(out_len / out_step)`` per axis), so every phase tile has
the same shape; where a phase is shorter, the extra row or column is computed and dropped
(:attr:`GemmForm.executed_macs` counts it; :func:`gemm_form` bounds the total against the
structural nonzeros, :data:`MAX_WASTE`). The input is read with any step (strided
convolutions, input gradients of strided transposed convolutions).

- weights are packed once — by ``NAME_pack`` (``prepare(w)`` in Python), or at generation for
  baked weights (a static packed table) — into panels ``[group][phase][row block][tap]
  [in channel][MR]``;
- the input is packed per (tap, block of input channels, chunk of rows) into a contiguous
  block ``[channel][position]`` (rows copied with ``memcpy`` for step 1, zeros outside the
  input), the B operand every row block of the weights then reads from L1/L2;
- two micro-kernels over the same packed weights (GCC vector extensions of 64 bytes where
  the target has registers that wide, AVX-512, or with ``-DTCONV_SYM_VECTOR_EXTENSIONS``; on
  AVX2 the positions tile runs on 32-byte vectors in sub-tiles of at most 4 channels x 3
  vectors, 12 accumulators in its 16 registers — gcc 12 lowered the 64-byte vectors through
  the stack there, 10-20x slower; a plain C99 loop, vectorised by the compiler, elsewhere or
  with ``-DTCONV_SYM_NO_VECTOR_EXTENSIONS``): the *positions* tile keeps ``8`` output channels x
  ``NR = 3`` vectors of positions in registers (``MR`` = the output channels when fewer than
  8), with 2- and 1-vector variants for the last columns of a chunk; the *channels* tile (with
  at least two vectors of output channels) keeps 12 positions (8 and 4 for the last ones) x 2
  vectors of output channels. A pass (a group of samples) with fewer than
  :attr:`GemmForm.channels_below` positions per phase uses the channels tile;
- cache blocking from the plan: the operand reused across the inner loop stays in L1 (an
  ``NR × KC`` sliver of the packed input, or a ``KC × MR`` weight panel; at most 32 KiB), the
  packed input block (``KC`` channels x a chunk of rows) in L2;
- output order: each phase is computed into a contiguous tile, then the output is written in
  its own order (rows of ``y`` in C order, each element read from its phase tile) — no
  strided or scattered stores;
- memory: the packed input block and the phase tiles live in one workspace of
  ``NAME_WORKSPACE_BYTES``: ``NAME_packed_ws`` takes it from the caller, ``NAME_packed``
  allocates it with ``TCONV_SYM_ALLOC`` / ``TCONV_SYM_FREE`` (``malloc`` / ``free`` unless
  defined before including the file), so the memory source is pluggable;
- threads: opt-in (:mod:`.threads`, ``load(threads=N)``): one OpenMP parallel region per
  call over independent units (lane groups, chunks of rows of a pass); a call with fewer
  units than a few per thread (batch 1: often one chunk) splits each chunk into ranges of
  output-channel blocks, one per thread; bit-identical to one thread;
- border taps: where every axis reads the input with step 1, each tap's positions that read
  inside the input are a few *runs* (:class:`TapRun`); small passes on the channels tile read
  them in place (no packing, no product of a zero; register tiles of one run, or of several
  narrow runs on consecutive rows, :class:`RunTile`, fixed at generation;
  :data:`RUN_MIN_TILE`) — every pass does where packed blocks would compute border zeros
  (:data:`RUN_ALL_MIN_WASTE`) — and on small planes
  with much border waste each whole vector of samples runs in *lanes* (:data:`LANE_POSITIONS`):
  the input transposed once to ``[channel][position][sample]``, the positions tile over each
  tap's runs only, reading it in place. Both execute exactly the nonzeros.

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.codegen.plan import make_plan
>>> spec = TransposedConvSpec(in_size=(10, 10), kernel_size=4, stride=2, padding=1,
...                           in_channels=512, out_channels=256)
>>> form = gemm_form(make_plan(spec, lang="c", dtype="float32", name="pix2pix_10",
...                              fast="never"))
>>> form
GemmForm(mr=32, pmr=8, nv=3, kc=128, channels=True, samples=5, phases=4, waste=1.11, lanes=False)
>>> print(form.describe())
GEMM form: 4 phase GEMMs (M=256 out channels, K=taps x 512 in channels, N=100 positions per sample)
  channels tile 12 positions x 32 channels (2 vectors), 256 input channels per cache block
    every pass, over the runs of each tap, reading the input in place
    (executed MACs 1.00x the nonzeros; packed blocks would execute 1.11x)
  weights packed in panels of 32 output channels; up to 5 sample(s) per pass
  output order: phase tiles, then the output written row by row in its own order

A small plane (DCGAN 128->64 8x8) runs every 16 samples in lanes:

>>> dcgan = TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
...                            in_channels=128, out_channels=64)
>>> small = gemm_form(make_plan(dcgan, lang="c", dtype="float32", name="dcgan",
...                              fast="never"))
>>> small.lanes, small.channel_runs, round(small.waste, 2), small.run_macs == small.nnz
(True, True, 1.14, True)
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, replace

import numpy as np

__all__ = ["GemmForm", "TapRun", "RunTile", "PhaseGrid", "PhaseTap", "SharedInput", "InputUser",
           "shared_inputs", "gemm_form", "gemm_layout",
           "gemm_context", "phase_len", "phase_tap_rows", "NO_ROW",
           "pack_weights", "MAX_WASTE", "MIN_TERMS", "MIN_OUT_CHANNELS", "VECTOR_BYTES",
           "LANE_POSITIONS", "LANE_MIN_WASTE", "RUN_MIN_TILE", "RUN_ALL_MIN_WASTE",
           "FUSED_SLIVER_BYTES",
           "MAX_RUN_TILES"]

#: Use the GEMM form when it executes at most this many times the structural nonzeros.
MAX_WASTE = 2.0
#: ... and for kernels with at least this many multiply terms per sample (smaller ones are
#: unrolled or too small for a GEMM to pay for its copies).
MIN_TERMS = 16_384
#: The packed forms print code per packed input (:class:`SharedInput`) and per (phase, tap):
#: a layer with more (a 16x16x16 patch embedding has 4,096 taps, each its own input) would
#: be hundreds of thousands of lines, so the planner takes another schedule.
MAX_SHARED_INPUTS = 256
#: ... and for at least this many output channels per group: with fewer, a register tile of
#: output channels is mostly empty; those layers use the scatter form of :mod:`.gemm_scatter`
#: (taps as the rows; measured 2-3x faster than these phase GEMMs on DCGAN 64->3, and 1.6-2x
#: faster than the input-channels-vectorised tiles of :mod:`.tiling` on MNIST 32->1 and
#: FSRCNN 56->1).
MIN_OUT_CHANNELS = 8
#: Bytes of one vector of the micro-kernel (AVX-512; narrower ISAs split it).
VECTOR_BYTES = 64
#: Positions per phase and pass (samples are put side by side until about this many).
TARGET_POSITIONS = 512
#: Bytes of the operand kept in L1 per cache block.
L1_SLIVER_BYTES = 32 * 1024
#: Bytes of the packed input block (kept in L2).
L2_BLOCK_BYTES = 256 * 1024
#: With the pixel shuffle fused into the store (kernel = stride), the input sliver of a
#: register tile over all input channels up to this many bytes (in L2): one block of input
#: channels, the sums never go through the phase tiles. Measured (scratch A/B, medians,
#: bit-identical), 512->128 16x16 k4 s4: 1.19x at batch 1, 1.09x at batch 8 against blocks
#: of 128 channels (the L1 sliver).
FUSED_SLIVER_BYTES = 256 * 1024
#: Marks a row of a tap that lies outside the input (the C tables' ``INT64_MIN``).
NO_ROW = -(2 ** 63)
#: Positions per register tile of the channels micro-kernel (x 2 vectors of channels), and the
#: narrower variants for the last positions of a chunk.
CHANNEL_TILE_POSITIONS = (12, 10, 8, 6, 4)
#: Positions per phase and sample up to which a batch of whole vectors of samples runs in
#: *lanes* (the samples as the vector lanes, every tap only over the positions it reads inside
#: the input): the small planes where border taps and per-tap packing cost the most.
LANE_POSITIONS = 64
#: ... when the rows path executes at least this many times the nonzeros: measured at batch 16
#: (one thread, float32), lanes took DCGAN 128->64 8x8 (rows: 1.14x the nonzeros) from 1350 to
#: 1040 us and a 512->256 4x4 layer (1.31x) from 4640 to 3210 us, but WaveGAN 512->256 length
#: 64 (1.02x) from 26.1 to 27.1 ms, and planes of 256 positions 8-40 % slower.
LANE_MIN_WASTE = 1.08
#: Whether the channels tile reads each tap's runs of the input in place (see
#: :attr:`GemmForm.channel_runs`) ...
RUN_CHANNELS = True
#: ... when its tiles over the runs hold this many positions on average: measured at batch 1,
#: runs took DCGAN 128->64 8x8 (8.7 positions per tile) from 79 to 58 us and WaveGAN 512->256
#: length 64 from 1.81 to 1.56 ms, but a 512->256 4x4 layer with one tile per run (4.9 per
#: tile: runs of 3 on a 4-wide row reload the weight panel for every 3 positions) from 295 to
#: 320 us; with runs on consecutive rows sharing a tile (:class:`RunTile`: 9.8 per tile) the
#: same layer went from 290 (packed) to 191-198 us.
RUN_MIN_TILE = 6.0
#: Every pass (not only the small ones) runs on the channels tile over the runs when the
#: positions tile would execute at least this many times the nonzeros (border products of
#: zeros) and the runs qualify (:data:`RUN_MIN_TILE`): measured (one thread, float32, min of
#: many, alternating), pix2pix 512->256 16x16 (1.07x) went from 4.4-5.0 to 4.1 ms at batch 1
#: and 72-84 to 71-72 ms at batch 16, VAE 256->128 16x16 (1.04x) from 630-650 to 585-600 us at
#: batch 1; V-Net 64->32 8x8x8 (1.00x: nothing to save) was 20 % slower on the channels tile.
#: Only where a pass holds several samples (planes of fewer than TARGET_POSITIONS / 2
#: positions a phase): on larger planes the packed blocks won although they compute the
#: border zeros — measured (one thread, float32, alternating, ORT in the same run; machine
#: shared), 256->128 32x32 k4 s2 p1 (1.03x) 0.80x -> 1.22x onnxruntime at batch 1 and
#: 0.84x -> 1.12x at batch 8, a 3-D U-Net layer 96->48 12^3 k3 s2 p1 op1 (1.09x) 0.89x ->
#: 1.50x and 0.90x -> 1.46x. With the weight sub-panels (GemmForm.apanel) the packed blocks
#: won at 7 % border waste too: 256->128 16x16 k4 s2 p1 (1.07x) 1.01x -> 1.12x onnxruntime
#: at batch 16, 1.06x -> 1.10x at batch 1; at 8x8 (1.14x) even (1.09x vs 1.08x at batch 8):
#: 1.10 (was 1.02; pix2pix 16x16, 1.07x, now packed — not re-measured itself).
RUN_ALL_MIN_WASTE = 1.10
#: At most this many register tiles over the runs (their tables are static: 25 bytes a tile);
#: beyond (a 32^3 volume: 180,000 tiles) the packed blocks run.
MAX_RUN_TILES = 16_384


@dataclass(frozen=True)
class PhaseTap:
    """One tap of one phase: its flat kernel index, where its row table starts, and the range
    ``[ulo, uhi)`` of positions on the last axis that read inside the input (input index
    ``in_step·u + row base``)."""

    tap: int
    rows: int
    ulo: int
    uhi: int
    run_first: int = 0  # its first TapRun in GemmForm.runs (every axis read with step 1)
    run_count: int = 0
    tile_first: int = 0  # its first RunTile in GemmForm.run_tiles (the channels tile)
    tile_count: int = 0


@dataclass(frozen=True)
class TapRun:
    """Positions one tap reads inside the input: ``count`` positions from ``pos``
    (flat on one sample's phase grid) read the input (one channel plane, flat) from
    ``offset`` on, consecutively."""

    pos: int
    count: int
    offset: int


@dataclass(frozen=True)
class RunTile:
    """One register tile of the channels tile over the runs: ``rows`` rows of ``width``
    positions; row ``ρ`` holds the positions ``pos + ρ·row_len ...`` (flat on one sample's
    phase grid), which read the input from ``offset + ρ·row_step`` on. Runs narrower than
    half a tile on consecutive rows share one tile (a 4 x 4 plane's runs of 3: one tile of
    4 x 3 positions, not four of 3)."""

    pos: int
    offset: int
    width: int
    rows: int = 1
    row_step: int = 0

    @property
    def kind(self) -> tuple[int, int]:
        """``(rows, width)``: the micro-kernel the tile runs on."""
        return self.rows, self.width


@dataclass(frozen=True)
class InputUser:
    """One (phase, tap) pair that multiplies a shared packed input block: the phase (index in
    :attr:`GemmForm.phases`), the tap's slot among the phase's taps, and whether it is the
    first contribution to the phase tile (it overwrites instead of adding)."""

    phase: int
    slot: int
    first: bool


@dataclass(frozen=True)
class SharedInput:
    """A packed input block read by several (phase, tap) pairs: the taps that read the same
    input positions (same row table and last-axis range) share one packing. ``pt``: the
    :class:`PhaseTap` (index in :attr:`GemmForm.phase_taps`) it is packed for. With
    ``kernel = stride`` every phase's one tap reads the input in place: all phases are one
    GEMM with ``M = phases x out channels`` over one packed input."""

    pt: int
    users: tuple[InputUser, ...]


def shared_inputs(phases, phase_taps, row_table, rows: int) -> tuple[SharedInput, ...]:
    """The packed input blocks of the phase GEMMs: one per distinct (row table, range) of the
    (phase, tap) pairs, in the order of first use; each phase's first user is the first of
    its pairs in that order. ``rows``: entries of a (phase, tap)'s row table.

    >>> pts = (PhaseTap(0, 0, 0, 4), PhaseTap(1, 2, 0, 4), PhaseTap(2, 0, 0, 4))
    >>> phs = (Phase(0, (2, 4), (0, 1), 0, 0, 0), Phase(1, (2, 4), (2,), 0, 0, 2))
    >>> [(b.pt, [(u.phase, u.slot, u.first) for u in b.users])
    ...  for b in shared_inputs(phs, pts, (5, 9, 1, 2), 2)]
    [(0, [(0, 0, True), (1, 0, True)]), (1, [(0, 1, False)])]
    """
    groups: dict = {}
    for i, ph in enumerate(phases):
        for slot in range(len(ph.taps)):
            pt = phase_taps[ph.first + slot]
            key = (tuple(row_table[pt.rows:pt.rows + rows]), pt.ulo, pt.uhi)
            groups.setdefault(key, (ph.first + slot, []))[1].append((i, slot))
    seen: set = set()
    out = []
    for pt, users in groups.values():
        marked = []
        for i, slot in users:
            marked.append(InputUser(i, slot, i not in seen))
            seen.add(i)
        out.append(SharedInput(pt, tuple(marked)))
    return tuple(out)


@dataclass(frozen=True)
class Phase:
    """One output phase: its id (mixed radix over the strides), positions per axis, taps
    (flat kernel index each), the offsets of its packed weights and of its tile."""

    pid: int
    extent: tuple[int, ...]
    taps: tuple[int, ...]
    wofs: int
    tile: int
    first: int = 0  # index of its first PhaseTap in GemmForm.phase_taps
    run_order: tuple[int, ...] = ()  # its taps in the order runs are computed
    run_cover: bool = False  # the first of run_order reads every position (else zeroed)


class PhaseGrid:
    """What a form laid out on the grid of the longest phase (``grid``) knows of it; with
    ``executed_macs`` and ``nnz``, its waste. Shared by :class:`GemmForm` and the depthwise
    form."""

    @property
    def row_len(self) -> int:
        """Positions per row (the last axis of the phase grid)."""
        return self.grid[-1]

    @property
    def rows_per_sample(self) -> int:
        return math.prod(self.grid[:-1])

    @property
    def row_strides(self) -> tuple[int, ...]:
        """Per leading axis of the grid, rows between consecutive indices (a row of a sample
        is ``Σ u_d · row_strides[d]``)."""
        return tuple(math.prod(self.grid[d + 1:-1]) for d in range(len(self.grid) - 1))

    @property
    def waste(self) -> float:
        """Executed MACs over structural nonzeros (1.0: none thrown away)."""
        return self.executed_macs / self.nnz if self.nnz else 1.0


@dataclass(frozen=True, repr=False)
class GemmForm(PhaseGrid):
    """Every number of the GEMM form of one kernel (see the module)."""

    mr: int
    nv: int
    vl: int
    kc: int
    samples: int
    og: int
    ogp: int
    ig: int
    grid: tuple[int, ...]
    phases: tuple[Phase, ...]
    phase_taps: tuple[PhaseTap, ...]
    row_table: tuple[int, ...]
    in_step: int
    chunk_rows: int
    last_chunk_rows: int
    ldb: int
    tile_stride: int
    n_phase_ids: int
    group_pack: int
    out_phase: tuple[tuple[int, ...], ...]
    out_flat: tuple[tuple[int, ...], ...]
    executed_macs: int
    nnz: int
    groups: int = 1
    pmr: int = 8
    channels: bool = False
    pr: int = 0
    kc_channels: int = 0
    channels_below: int = 0
    runs: tuple[TapRun, ...] = ()
    run_tiles: tuple[RunTile, ...] = ()
    in_spatial: int = 0
    lanes: bool = False  # whole vectors of samples run in lanes (see LANE_POSITIONS)
    shared: tuple[SharedInput, ...] = ()  # packed input blocks, each read by its users
    # the pixel shuffle fused into the store (kernel = stride): the last sums of the register
    # tiles go through a small tile in L1 and are zipped into whole output rows (no phase
    # tiles re-read, no interleave pass); per (leading phase, row of a sample) the output
    # offset of the row
    fused_store: bool = False
    store_rows: tuple[int, ...] = ()

    @property
    def n_packings(self) -> int:
        """Input blocks packed per chunk of rows and block of input channels (one per
        distinct input a tap reads; the (phase, tap) pairs without sharing: ``len(phase_taps)``)."""
        return len(self.shared)

    @property
    def runs_qualify(self) -> bool:
        """Whether the channels tile may read each tap's runs of the input in place (every axis
        read with step 1, tiles wide enough on average, :data:`RUN_MIN_TILE`, and at most
        :data:`MAX_RUN_TILES` of them), instead of packed blocks with zeros outside."""
        if not (self.channels and self.runs and RUN_CHANNELS):
            return False
        tiles = len(self.run_tiles)
        return tiles <= MAX_RUN_TILES and sum(r.count for r in self.runs) >= RUN_MIN_TILE * tiles

    @property
    def channel_runs(self) -> bool:
        """Whether some pass runs on the channels tile over the runs (:attr:`runs_qualify`,
        and one sample has fewer than :attr:`channels_below` positions per phase)."""
        return self.runs_qualify and self.sample_stride < self.channels_below

    @property
    def tile_kinds(self) -> list[tuple[int, int]]:
        """The ``(rows, width)`` of every micro-kernel the run tiles need, largest first."""
        return sorted({t.kind for t in self.run_tiles}, key=lambda k: (-k[0] * k[1], k))

    @property
    def runs_every_pass(self) -> bool:
        """Whether every pass runs on the channels tile over the runs (the positions tile
        never runs: see :data:`RUN_ALL_MIN_WASTE`)."""
        return self.channel_runs and self.channels_below > self.samples * self.sample_stride

    @property
    def lane_ldb(self) -> int:
        """Channel stride of the transposed input in lanes (one vector more than a channel:
        no 4 KiB aliasing between channels)."""
        return (self.in_spatial + 1) * self.vl

    @property
    def lane_ldc(self) -> int:
        """Row (output channel) stride of a phase tile in lanes."""
        return (self.sample_stride + 1) * self.vl

    @property
    def lane_elems(self) -> int:
        """Workspace elements of lanes: the transposed input of a group, the phase tiles."""
        if not self.lanes:
            return 0
        return self.ig * self.lane_ldb + len(self.phases) * self.ogp * self.lane_ldc

    @property
    def run_macs(self) -> int:
        """MACs of one sample over the runs (exactly the nonzeros, but for padded
        channels): lanes and the channels tile."""
        return sum(r.count for r in self.runs) * self.ogp * self.ig * self.groups

    @property
    def nr(self) -> int:
        """Positions per register tile of the positions micro-kernel (``nv`` vectors)."""
        return self.nv * self.vl

    @property
    def sample_stride(self) -> int:
        """Positions per sample in a phase tile."""
        return math.prod(self.grid)

    @property
    def kc_max(self) -> int:
        return max(self.kc, self.kc_channels)


    @property
    def b_elems(self) -> int:
        """Elements of the packed input block: ``kc_max`` rows of ``ldb``."""
        return self.kc_max * self.ldb

    @property
    def in_elems(self) -> int:  # kept for callers of the first GEMM form
        return self.b_elems

    @property
    def channels_in(self) -> int:
        return self.ig * self.groups

    @property
    def tile_elems(self) -> int:
        return len(self.phases) * self.ogp * self.tile_stride

    @property
    def workspace_elems(self) -> int:
        """Elements of the workspace: the packed input block, then the phase tiles (or, for
        lanes, the transposed input and its phase tiles, when larger)."""
        return max(self.b_elems + self.tile_elems + self.store_elems, self.lane_elems)

    @property
    def apanel(self) -> int:
        """Rows of a packed weight sub-panel: the positions tile's :attr:`pmr` where the
        channels tile's panels hold several (each ``pmr`` rows contiguous over the input
        channels: the positions tile reads whole cache lines of weights; interleaved in the
        ``mr``-row panel it read a quarter of each and thrashed L1 — 1.12x on 512->128 16x16
        k4 s4, scratch A/B medians), else :attr:`mr` — also where every pass runs the channels
        tile (it joins a vector of channels from sub-panels: 3-4 % slower on 256->128 16x16
        k4 s2 p1)."""
        if self.runs_every_pass:
            return self.mr
        if self.mr % self.pmr == 0 and (self.vl % self.pmr == 0 or self.pmr % self.vl == 0):
            return self.pmr
        return self.mr

    @property
    def store_group(self) -> int:
        """Phases of the last axis zipped together by the fused store (the stride there)."""
        return len(self.phases) // (len(self.store_rows) // self.rows_per_sample) \
            if self.fused_store else 0

    @property
    def store_elems(self) -> int:
        """Elements of the fused store's small tile (``store_group x mr x nr``: a panel of
        weights' rows of each phase of the last axis)."""
        return self.store_group * self.mr * self.nr

    def describe(self) -> str:
        """A short report for the generated code's comment and the REPL."""
        per = self.sample_stride
        head = (f"GEMM form: {len(self.phases)} phase GEMMs (M={self.og} out channels, "
                f"K=taps x {self.ig} in channels, N={per} positions per sample)\n")

        weights = (f"  weights packed in panels of {self.mr} output channels; up to "
                   f"{self.samples} sample(s) per pass\n")
        order = ("  output order: phase tiles, then the output written row by row in its own "
                 "order")
        if self.fused_store:
            order = ("  output order: the last sums of the register tiles zipped into whole "
                     "output rows\n    (pixel shuffle fused into the store; phase tiles and the "
                     "interleave pass only for small passes)")
        channels = (f"  channels tile {self.pr} positions x {self.mr} channels (2 vectors), "
                    f"{self.kc_channels} input channels per cache block\n")
        exact = f"executed MACs {self.run_macs / self.nnz if self.nnz else 1:.2f}x the nonzeros"
        blocks = [f"{r}x{w}" for r, w in self.tile_kinds if r > 1]
        shared = f" (tiles of rows x positions {', '.join(blocks)})" if blocks else ""
        lanes = ""
        if self.lanes:
            lanes = (f"  lanes: each {self.vl} samples as the vector lanes, each tap only where "
                     f"it reads the input\n    ({exact})\n")
        if self.runs_every_pass:
            return (f"{head}{channels}"
                    f"    every pass{' outside lanes' if self.lanes else ''}, over the runs of "
                    f"each tap, reading the input in place{shared}\n"
                    f"    ({exact}; packed blocks would execute {self.waste:.2f}x)\n"
                    f"{lanes}{weights}{order}")
        tiles = (f"  positions tile {self.pmr} channels x {self.nr} positions ({self.nv} "
                 f"vectors), {self.kc} input channels per cache block\n")
        if self.channels:
            runs = ""
            if self.channel_runs:
                runs = f",\n    over the runs of each tap, in place{shared}"
            tiles += (f"{channels}    (a pass with fewer than {self.channels_below} positions "
                      f"per phase uses the channels tile{runs})\n")
        chunk = self.chunk_rows * self.row_len
        samples = f" ({chunk // per} sample(s))" if chunk % per == 0 else ""
        sharing = ""
        if len(self.shared) < len(self.phase_taps):
            most = max(len(b.users) for b in self.shared)
            sharing = (f"  {len(self.shared)} packed input(s) shared by the "
                       f"{len(self.phase_taps)} (phase, tap) pairs (up to {most}: one GEMM with "
                       f"M={most} x {self.og} out channels per input)\n")
        return (f"{head}"
                f"  input packed per tap: {self.kc_max} input channels x {chunk} positions"
                f"{samples} per block\n{sharing}"
                f"{tiles}{lanes}{weights}"
                f"  executed MACs {self.waste:.2f}x the structural nonzeros in packed blocks "
                f"(border products of zero inputs)\n"
                f"{order}")

    def __repr__(self) -> str:
        return (f"GemmForm(mr={self.mr}, pmr={self.pmr}, nv={self.nv}, "
                f"kc={self.kc}, channels={self.channels}, samples={self.samples}, "
                f"phases={len(self.phases)}, waste={self.waste:.2f}, lanes={self.lanes})")


def phase_len(ax, phase: int) -> int:
    """Positions of one phase plane on one axis: outputs ``phase + out_step·u < out_len``."""
    return max(0, -(-(ax.out_len - phase) // ax.out_step))


def _register_tile(og: int) -> tuple[int, int]:
    """``(MR, NV)``: rows (output channels) and vectors (of positions) of the register tile:
    8 x 3 vectors (24 accumulators; measured on DCGAN 128->64 against 8 x 2, 6 x 4, 4 x 6
    and 12 x 2: the fastest) when there are 8 or more output channels, else all of them x up
    to 8 vectors (at most 24 accumulators)."""
    if og >= 8:
        return 8, 3
    return og, max(1, min(8, 24 // og))


def _channel_block(ig: int, most: int) -> int:
    """Input channels per cache block: at most ``most`` (rounded down to 8), the blocks of
    ``ig`` as even as that allows (512 in blocks of at most 168: 4 x 128, not 3 x 168 + 8).

    >>> _channel_block(512, 170), _channel_block(100, 170), _channel_block(300, 256)
    (128, 100, 152)
    """
    most = max(8, most // 8 * 8)
    if ig <= most:
        return ig
    blocks = -(-ig // most)
    per_block = -(-ig // blocks)
    return -(-per_block // 8) * 8


def _chunk_rows(pass_rows: int, most: int, row_len: int, nr: int) -> int:
    """Rows per packed input block: at most ``most`` (the L2 budget) and the pass; among the
    counts down to half of that, one whose positions fill whole register tiles of ``nr``
    (no narrow remainder tile per block), else the largest.

    >>> _chunk_rows(32, 16, 16, 48), _chunk_rows(32, 16, 7, 48), _chunk_rows(4, 16, 16, 48)
    (15, 16, 4)
    """
    top = max(1, min(pass_rows, most))
    if top == pass_rows:
        return top
    for rows in range(top, max(1, top // 2) - 1, -1):
        if rows * row_len % nr == 0:
            return rows
    return top


def phase_tap_rows(axes, combo, grid, in_strides, kernel):
    """The taps of one phase: per tap its flat kernel index, its row table (input offset of
    ``u = 0`` on the last axis of every row of a sample, or :data:`NO_ROW`), ``ulo``, ``uhi``."""
    extent = [phase_len(ax, p) for ax, p in zip(axes, combo)]
    per_axis = [[t for t in ax.taps if t.phase == p] for ax, p in zip(axes, combo)]
    out = []
    for ts in itertools.product(*per_axis):
        tap = int(np.ravel_multi_index(tuple(t.tap for t in ts), kernel))
        last = ts[-1]
        ulo, uhi = last.start, min(last.stop, extent[-1])
        rows = []
        for us in itertools.product(*(range(gd) for gd in grid[:-1])):
            ok = ulo < uhi and all(t.start <= u < min(t.stop, e)
                                   for t, u, e in zip(ts, us, extent))
            rows.append(sum((ax.in_step * u + t.offset) * s
                            for ax, t, u, s in zip(axes, ts, us, in_strides))
                        + last.offset if ok else NO_ROW)
        if all(r == NO_ROW for r in rows):
            continue  # reads nothing inside the input (a tap of zeros only)
        out.append((tap, rows, ulo, uhi))
    return tuple(extent), out


def _tap_runs(rows, ulo: int, uhi: int, row_len: int) -> list[TapRun]:
    """The runs of one tap: per row of its table that reads the input, the positions
    ``[ulo, uhi)``; consecutive whole rows that read consecutive input are one run.

    >>> _tap_runs([NO_ROW, 0, 4, 8], 0, 4, 4)
    [TapRun(pos=4, count=12, offset=0)]
    >>> _tap_runs([1, 5], 1, 4, 4)
    [TapRun(pos=1, count=3, offset=2), TapRun(pos=5, count=3, offset=6)]
    """
    runs: list[TapRun] = []
    for r, base in enumerate(rows):
        if base == NO_ROW or ulo >= uhi:
            continue
        pos, offset, count = r * row_len + ulo, base + ulo, uhi - ulo
        last = runs[-1] if runs else None
        if (last and ulo == 0 and uhi == row_len and last.pos + last.count == pos
                and last.offset + last.count == offset):
            runs[-1] = TapRun(last.pos, last.count + count, last.offset)
        else:
            runs.append(TapRun(pos, count, offset))
    return runs


def gemm_form(plan) -> GemmForm | None:
    """The GEMM form the planner chose for ``plan`` (``plan.lowering`` of the ``"gemm"``
    schedule: the rule, :func:`~.schedule.packed_rules`, admits a C polyphase forward or
    input-gradient kernel in float32 or float64 with at least :data:`MIN_OUT_CHANNELS` output
    channels per group, executing at most :data:`MAX_WASTE` times the structural nonzeros,
    within the stack limit), else ``None``. :func:`gemm_layout` lays one out for any plan.

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> gemm_form(make_plan(TransposedConvSpec(in_size=2, kernel_size=2), lang="c")) is None
    True
    """
    return plan.lowering if plan.schedule == "gemm" else None


def gemm_layout(plan) -> GemmForm:
    """The GEMM form of a C polyphase float plan laid out (see the module); whether it is
    used is the planner's rule (:func:`~.schedule.packed_lowering`)."""
    axes = plan.axes
    og, ig, g = plan.out_per_group, plan.in_per_group, plan.groups
    size = np.dtype(plan.dtype).itemsize
    vl = VECTOR_BYTES // size
    steps = [ax.out_step for ax in axes]
    grid = tuple(phase_len(ax, 0) for ax in axes)  # phase 0 is the longest on every axis
    in_dims = [ax.in_len for ax in axes]
    in_strides = [math.prod(in_dims[d + 1:]) for d in range(len(in_dims))]
    per_sample = math.prod(grid)
    rows_per_sample = math.prod(grid[:-1])
    samples = max(1, min(64, TARGET_POSITIONS // per_sample))

    kernel = plan.spec.kernel_size
    raw, exec_macs = [], 0
    for combo in itertools.product(*(range(s) for s in steps)):
        extent, taps = phase_tap_rows(axes, combo, grid, in_strides, kernel)
        if 0 in extent:
            continue
        pid = 0
        for p, s in zip(combo, steps):
            pid = pid * s + p
        exec_macs += len(taps) * og * ig * g * per_sample
        raw.append((pid, extent, taps))

    pmr, nv = _register_tile(og)
    nr = nv * vl
    channels = og >= 2 * vl
    mr = 2 * vl if channels else pmr
    pr = CHANNEL_TILE_POSITIONS[0] if channels else 0
    ogp = -(-og // mr) * mr
    kc = _channel_block(ig, L1_SLIVER_BYTES // (nr * size))
    kc_channels = _channel_block(ig, L1_SLIVER_BYTES // (mr * size)) if channels else 0
    kc_max = max(kc, kc_channels)
    row_len = grid[-1]
    pass_rows = samples * rows_per_sample
    chunk_rows = _chunk_rows(pass_rows, L2_BLOCK_BYTES // (kc_max * size) // row_len, row_len,
                             nr)
    # the last chunk of a pass may take up to a quarter more rows (no small chunk at the end)
    last_chunk_rows = min(pass_rows, chunk_rows + chunk_rows // 4)
    ldb = -(-(last_chunk_rows * row_len) // vl) * vl + vl  # room for the last vector's overrun
    tile_stride = -(-(samples * per_sample) // vl) * vl + vl

    unit = all(ax.in_step == 1 for ax in axes)  # each tap's runs read the input in place
    lanes = unit and per_sample <= LANE_POSITIONS and exec_macs >= LANE_MIN_WASTE * plan.nnz
    phases, phase_taps, table, wofs, all_runs, all_tiles = [], [], [], 0, [], []
    for i, (pid, extent, taps) in enumerate(raw):
        first, covered = len(phase_taps), []
        for tap, rows, ulo, uhi in taps:
            runs = _tap_runs(rows, ulo, uhi, row_len) if unit else []
            tiles = _tap_tiles(runs, pr, row_len) if channels else []
            phase_taps.append(PhaseTap(tap, len(table), ulo, uhi, len(all_runs), len(runs),
                                       len(all_tiles), len(tiles)))
            all_tiles += tiles
            covered.append(sum(r.count for r in runs) == math.prod(extent))
            table += rows
            all_runs += runs
        # over runs: a tap that reads every position first (it overwrites the tile), else zeros
        order = sorted(range(len(taps)), key=lambda t: not covered[t])
        phases.append(Phase(pid, extent, tuple(t[0] for t in taps), wofs,
                            i * ogp * tile_stride, first, tuple(order),
                            bool(covered) and covered[order[0]]))
        wofs += len(taps) * ig * ogp

    out_phase, out_flat = [], []
    gstrides = [math.prod(grid[d + 1:]) for d in range(len(grid))]
    for ax, s in zip(axes, gstrides):
        out_phase.append(tuple(j % ax.out_step for j in range(ax.out_len)))
        out_flat.append(tuple((j // ax.out_step) * s for j in range(ax.out_len)))
    form = GemmForm(
        mr=mr, nv=nv, vl=vl, kc=kc, samples=samples, og=og, ogp=ogp, ig=ig, grid=grid,
        phases=tuple(phases), phase_taps=tuple(phase_taps), row_table=tuple(table),
        in_step=axes[-1].in_step, chunk_rows=chunk_rows, last_chunk_rows=last_chunk_rows,
        ldb=ldb, tile_stride=tile_stride,
        n_phase_ids=math.prod(steps), group_pack=wofs, out_phase=tuple(out_phase),
        out_flat=tuple(out_flat), executed_macs=exec_macs, nnz=plan.nnz, groups=g, pmr=pmr,
        channels=channels, pr=pr, kc_channels=kc_channels,
        channels_below=2 * nr if channels else 0, runs=tuple(all_runs),
        run_tiles=tuple(all_tiles),
        in_spatial=math.prod(in_dims), lanes=lanes,
        shared=shared_inputs(tuple(phases), tuple(phase_taps), tuple(table), rows_per_sample))
    if form.runs_qualify and form.waste >= RUN_ALL_MIN_WASTE and samples > 1:
        form = replace(form, channels_below=samples * per_sample + 1)
    if not form.lanes and not form.runs_every_pass:
        form = _fuse_store(form, axes)
    return form


def _fuse_store(form: GemmForm, axes) -> GemmForm:
    """``form`` with the pixel shuffle fused into the store (:attr:`GemmForm.fused_store`):
    where ``kernel = stride`` on every axis with no crop (the output is the phase grids
    interleaved, ``j = p + s·u``, every grid position inside), all phases one GEMM over one
    packed input (users in phase order), rows of at least a vector of positions and the
    last-axis stride a power of two up to a vector: the last sums of a tile of the phases
    of one last-axis group are zipped in registers and stored as whole output rows (lane by
    lane where a vector spans two rows).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> spec = TransposedConvSpec(in_size=(16, 16), kernel_size=2, stride=2,
    ...                           in_channels=64, out_channels=32)
    >>> make_plan(spec, lang="c").lowering.fused_store
    True
    """
    steps = [ax.out_step for ax in axes]
    outs = [ax.out_len for ax in axes]
    sl = steps[-1]
    if (len(form.shared) != 1 or len(form.phase_taps) != len(form.phases)
            or [u.phase for u in form.shared[0].users] != list(range(len(form.phases)))
            or [ph.pid for ph in form.phases] != list(range(math.prod(steps)))
            or [n for n in outs] != [s * n for s, n in zip(steps, form.grid)]
            or form.row_len < form.vl or sl > form.vl or sl & (sl - 1)
            or form.samples * math.prod(outs) * form.og * form.groups >= 2 ** 31):
        return form
    strides = [math.prod(outs[d + 1:]) for d in range(len(outs))]
    rows = []
    for lead in itertools.product(*(range(s) for s in steps[:-1])):
        for rr in range(form.rows_per_sample):
            us = [rr // rs % n for rs, n in zip(form.row_strides, form.grid[:-1])]
            rows.append(sum((p + s * u) * st for p, s, u, st in zip(lead, steps, us, strides)))
    size = VECTOR_BYTES // form.vl
    kc = _channel_block(form.ig, max(form.kc, FUSED_SLIVER_BYTES // (form.nr * size)))
    return replace(form, fused_store=True, store_rows=tuple(rows), kc=kc)


def pack_weights(form: GemmForm, grouped: np.ndarray) -> np.ndarray:
    """The packed panels of ``grouped`` weights ``(G, og, ig, Πk)`` (the kernel's
    orientation): ``[group][phase][row block][tap][sub-panel][in channel][apanel]``
    (:attr:`GemmForm.apanel` rows of the ``MR``-row block each), zero rows padding the last
    block. The same layout ``NAME_pack`` writes.

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
        # -> (G, blocks, nt, MR / apanel, ig, apanel)
        s = form.apanel
        panel = sub.reshape(g, blocks, mr // s, s, ig, len(ph.taps)).transpose(0, 1, 5, 2, 4, 3)
        out[:, ph.wofs:ph.wofs + panel[0].size] = panel.reshape(g, -1)
    return out.reshape(-1)


def _even_tiles(count: int, most: int) -> list[int]:
    """Positions per tile when ``count`` positions are cut into even tiles of at most ``most``
    (the generated ``_run_c`` loop).

    >>> _even_tiles(64, 12), _even_tiles(7, 12), _even_tiles(25, 12)
    ([11, 11, 11, 11, 10, 10], [7], [9, 8, 8])
    """
    sizes = []
    while count:
        tiles = -(-count // most)
        sizes.append(-(-count // tiles))
        count -= sizes[-1]
    return sizes


def _tap_tiles(runs: list[TapRun], most: int, row_len: int) -> list[RunTile]:
    """The register tiles of the channels tile over one tap's runs, at most ``most``
    positions each: a run on its own in even tiles (:func:`_even_tiles`); runs of the same
    width, at most half a tile, on consecutive rows with one input step between them, as
    tiles of several rows (as even as allowed).

    >>> [t.kind for t in _tap_tiles([TapRun(0, 16, 0)], 12, 16)]
    [(1, 8), (1, 8)]
    >>> _tap_tiles([TapRun(r * 4, 3, r * 4 + 1) for r in range(4)], 12, 4)
    [RunTile(pos=0, offset=1, width=3, rows=4, row_step=4)]
    >>> [t.kind for t in _tap_tiles([TapRun(r * 8, 5, r * 9) for r in range(5)], 12, 8)]
    [(2, 5), (2, 5), (1, 5)]
    """
    tiles: list[RunTile] = []
    i = 0
    while i < len(runs):
        first, j, step = runs[i], i + 1, None
        while 2 * first.count <= most and j < len(runs):
            prev, run = runs[j - 1], runs[j]
            if (run.count != first.count or run.pos - prev.pos != row_len
                    or step not in (None, run.offset - prev.offset)):
                break
            step, j = run.offset - prev.offset, j + 1
        if j - i == 1:
            pos, offset = first.pos, first.offset
            for width in _even_tiles(first.count, most):
                tiles.append(RunTile(pos, offset, width))
                pos, offset = pos + width, offset + width
        else:
            r = i
            for rows in _even_tiles(j - i, most // first.count):
                tiles.append(RunTile(runs[r].pos, runs[r].offset, first.count, rows,
                                     step if rows > 1 else 0))
                r += rows
        i = j
    return tiles


def gemm_context(plan, k, form: GemmForm):
    """The rendering context ``k`` of a plan (numbers only), extended with the GEMM form's
    tables: every (phase, tap) flat kernel tap, row table start and last-axis range, the row
    tables, strides of the output and the packed literals of baked weights."""
    from types import SimpleNamespace

    from .baked import baked_table

    out_dims = list(k.out_dims)
    table = ["TCONV_SYM_NO_ROW" if r == NO_ROW else str(r) for r in form.row_table]
    ranges = sorted({(t.ulo, t.uhi) for t in form.phase_taps}) or [(0, form.row_len)]
    kinds = form.tile_kinds
    extra = dict(
        form=form, n_taps=len(form.phase_taps), row_table=table, pack_ranges=ranges,
        channel_tiles=sorted({w for r, w in kinds if r == 1}, reverse=True)
        if form.channel_runs else list(CHANNEL_TILE_POSITIONS),
        ct_kind=[kinds.index(t.kind) for t in form.run_tiles] if form.channel_runs else [],
        pt_tap=[t.tap for t in form.phase_taps], pt_rows=[t.rows for t in form.phase_taps],
        pt_pack=[ranges.index((t.ulo, t.uhi)) for t in form.phase_taps],
        out_strides=[math.prod(out_dims[d + 1:]) for d in range(len(out_dims))],
        packed_table=None,
    )
    if plan.baked:
        g, og, ig = plan.groups, plan.out_per_group, plan.in_per_group
        kf = math.prod(plan.spec.kernel_size)
        w = plan.weights.reshape(g, og, ig, kf) if plan.kind == "C" else \
            plan.weights.reshape(g, ig, og, kf).transpose(0, 2, 1, 3)
        extra["packed_table"] = baked_table(pack_weights(form, w), plan.dtype,
                                            plan.weight_text)
    return SimpleNamespace(**{**vars(k), **extra})
