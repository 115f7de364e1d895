"""A C lowering of the Winograd form of a 1-D or 2-D transposed convolution (float32, NCHW).

Per output phase (:func:`tconv_sym.fast_algorithms.phase_windows`: the window start and
output count of its stride-1 correlation; the sub-kernel from
:func:`tconv_sym.analysis.phase_subkernels`) the kernel runs nested ``F(m, r)``
(:mod:`tconv_sym.winograd`) over chunks of tiles (the batch folded into the tiles):

1. input transform ``V = Bᵀ d B`` of every ``n0 × n1`` input tile, per input channel, into
   ``V[ξ][C_in][tiles]`` (zeros outside the input);
2. per transformed position ``ξ`` one GEMM ``M[ξ] = U[ξ] · V[ξ]`` over the channels
   (``U[ξ]``: ``C_out × C_in``, packed in panels of :data:`MR` output channels), a
   register-blocked micro-kernel written with GCC vector extensions;
3. output transform ``Y = Aᵀ M A`` stored straight into the phase's output positions
   (``o = s·q + r``).

The weights are transformed once (``U = G w Gᵀ`` per phase, in float64, rounded once) by
``fn.prepare(w)``; ``fn(x, w)`` takes raw weights or a prepared :class:`WinogradWeights`.

A 1-D layer (``N, C, L``) runs as the 2-D layer ``N, C, 1, L`` with a kernel of height 1 (the
same memory): its phases are ``(0, r)``, tiles ``(1, m)`` and sub-kernels ``1 × r``, so the
first axis's transform is ``F(1, 1)`` (the identity) and every position ``ξ`` is one of the
``m + r - 1`` of ``F(m, r)``.

>>> import numpy as np
>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.factored import factored
>>> spec = TransposedConvSpec(in_size=(5, 6), kernel_size=4, stride=2, padding=1,
...                           in_channels=3, out_channels=2)
>>> fn = winograd_kernel(spec, m=2)
>>> fn
WinogradKernel(spec=TransposedConvSpec(...), m=2, phases=4, multiplies=...)
>>> rng = np.random.default_rng(0)
>>> x = rng.standard_normal((2, *spec.in_shape)).astype(np.float32)
>>> w = rng.standard_normal(spec.weight_shape).astype(np.float32)
>>> y = fn(x, fn.prepare(w))
>>> y.shape, bool(np.allclose(y, factored(spec).apply(x, w), atol=1e-4))
((2, 2, 10, 12), True)
"""

from __future__ import annotations

import ctypes
import math
import threading
from dataclasses import dataclass

import numpy as np

from .. import budget
from ..analysis import phase_subkernels
from ..fast_algorithms import multiplies, phase_windows
from ..spec import TransposedConvSpec
from ..winograd import winograd
from .compile import compile_c
from .fastcall import caller

__all__ = ["winograd_kernel", "winograd_source", "WinogradKernel", "WinogradWeights",
           "WinogradPhase", "winograd_phases", "WinogradForm", "winograd_form", "winograd_refusal",
           "winograd_context", "MR", "NV", "CHUNK_BYTES", "MAX_CHUNK_TILES", "ERROR_FACTOR",
           "TILE_SIZES", "TILE_COST", "TRAFFIC_MACS", "TILED_MAC_COST", "PHASE_COST",
           "MIN_SAVING", "COL_PAD", "direct_traffic", "direct_cost",
           "MIN_IN_CHANNELS", "MIN_OUT_CHANNELS", "DEFAULT_FAST_TOLERANCE", "FAST_CHOICES",
           "ERROR_FACTOR_1D", "TILE_SIZES_1D", "PHASE_COST_1D", "TILE_COST_1D",
           "MEASURED_TAPS_2D", "error_factor", "error_bounds", "tile_sizes"]

#: Output channels per register tile (the packing of ``U``): ``MR`` rows × ``NV`` vectors of
#: tiles (fewer vectors for the last columns of a chunk).
MR = 8
NV = 3
#: Bytes of the workspace of one chunk of tiles (``V`` and ``M`` of every transformed
#: position: ``n0·n1·(C_in + C_out)·tiles`` floats), kept in L2 from the input transform
#: through the GEMMs to the output transform.
CHUNK_BYTES = 512 * 1024
#: The GEMM columns of a chunk are a multiple of this (every vector width up to 4 × 16 floats).
_TILE_STEP = 64
#: Floats added to a chunk's row stride (one 64-byte line): with a stride of a multiple of
#: 256 bytes the ``k`` rows of a GEMM's column panel fell into 1/4 (or fewer) of the L1
#: sets and were evicted before their reuse by the next rows of output channels.
COL_PAD = 16
#: Most tiles per chunk (the batch's rows of tiles run in chunks of about this many).
MAX_CHUNK_TILES = 512


def _check_spec(spec, m, dtype) -> TransposedConvSpec:
    if not isinstance(spec, TransposedConvSpec):
        raise TypeError(f"spec must be a TransposedConvSpec, got {type(spec).__name__}")
    if spec.ndim not in (1, 2):
        raise ValueError(f"spec must be 1-D or 2-D for the C Winograd kernel, got "
                         f"ndim={spec.ndim} "
                         f"(in_size={spec.in_size}); use fast_algorithms.winograd_conv_transpose")
    if any(d != 1 for d in spec.dilation):
        raise ValueError(f"spec.dilation must be 1 for the Winograd form, got {spec.dilation}")
    if spec.groups != 1:
        raise ValueError(f"spec.groups must be 1 for the C Winograd kernel, got {spec.groups}")
    if dtype not in ("float32", np.float32):
        raise ValueError(f"dtype must be 'float32' (the only C Winograd dtype), got {dtype!r}")
    if isinstance(m, bool) or not isinstance(m, (int, np.integer)) or m < 1:
        raise ValueError(f"m (the output tile) must be an integer >= 1, got {m!r}")
    return spec


def _view2d(spec) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    """``(in_size, out_size, stride)`` of ``spec`` as the kernel runs it: 2-D, a 1-D layer
    with a leading axis of size 1 (stride 1)."""
    lead = (1,) * (2 - spec.ndim)
    return (lead + tuple(spec.in_size), lead + tuple(spec.out_size), lead + tuple(spec.stride))


def _key(spec, p) -> tuple:
    """The spec's own phase index of ``p`` (``(r,)`` for a 1-D layer)."""
    return tuple(p.phase[2 - spec.ndim:])


def _full(spec, phases) -> bool:
    """Every output is written by a phase (else the kernel zeroes ``y`` first)."""
    _, out_size, stride = _view2d(spec)
    return len(phases) == math.prod(stride) and all(
        p.count == tuple(-(-(o - r) // s) for o, r, s in zip(out_size, p.phase, stride))
        for p in phases)


def _literal(v: float) -> str:
    """An exact C float literal (hex) of the float32 rounding of ``v``."""
    f = float(np.float32(v))
    return ("-" if f < 0 else "") + abs(f).hex() + "f"


def _combination(coeffs, term) -> str:
    """``Σ coeffs[i] · term(i)`` as a C expression over the nonzero coefficients."""
    parts = []
    for i, c in enumerate(coeffs):
        if c == 0:
            continue
        t = term(i)
        if c == 1:
            parts.append(f"+ {t}")
        elif c == -1:
            parts.append(f"- {t}")
        else:
            parts.append(f"+ {_literal(c)} * {t}")
    if not parts:
        return "0.0f"
    text = " ".join(parts)
    return text[2:] if text.startswith("+ ") else "-" + text[2:]


@dataclass(frozen=True)
class WinogradPhase:
    """One output phase as the C kernel runs it: its stride-1 correlation window and tiles.

    Always 2-D (a 1-D layer's phase ``r`` is ``(0, r)``, its tiles ``(1, m)``). ``phase``
    (r0, r1), ``start`` (first input index per dim, may be < 0), ``count``
    (outputs per dim), ``taps`` (sub-kernel size per dim), ``m`` (output tile per dim),
    ``n`` (input tile = m + taps - 1), ``tiles`` (per dim), ``u_offset`` (floats into the
    packed weights), ``rows`` (tile rows per chunk: the batch's rows of tiles run in chunks)
    and ``cols`` (the chunk's row stride in floats: its GEMM columns ``rows · tiles[1]``
    rounded up to 64, plus :data:`COL_PAD` — rows an odd number of cache lines apart, so a
    GEMM's column panel spreads over every set of the L1 cache instead of a few).
    """

    phase: tuple[int, int]
    start: tuple[int, int]
    count: tuple[int, int]
    taps: tuple[int, int]
    m: tuple[int, int]
    n: tuple[int, int]
    tiles: tuple[int, int]
    u_offset: int
    rows: int
    cols: int

    @property
    def positions(self) -> int:
        """Transformed positions ``n0 · n1`` (one GEMM each)."""
        return self.n[0] * self.n[1]

    @property
    def row_len(self) -> int:
        """Inputs one row of tiles reads per input row: ``m · tiles[1] + n[1] - 1``."""
        return self.m[1] * self.tiles[1] + self.n[1] - 1

    def copy_range(self, width: int) -> tuple[int, int]:
        """The part ``[lo, hi)`` of a row of :attr:`row_len` inputs inside ``[0, width)``."""
        lo = max(0, -self.start[1])
        return lo, max(lo, min(self.row_len, width - self.start[1]))


def winograd_phases(spec, m: int = 2) -> list[WinogradPhase]:
    """The phases the C kernel runs (phases with no tap or no output are left out: zero).
    2-D always: a 1-D layer's phase ``r`` is ``(0, r)`` with tiles of ``(1, m)``.

    >>> from tconv_sym import TransposedConvSpec
    >>> [(p.phase, p.start, p.count, p.n) for p in winograd_phases(
    ...     TransposedConvSpec(in_size=(3, 3), kernel_size=4, stride=2, padding=1))]
    ... # doctest: +NORMALIZE_WHITESPACE
    [((0, 0), (-1, -1), (3, 3), (3, 3)), ((0, 1), (-1, 0), (3, 3), (3, 3)),
     ((1, 0), (0, -1), (3, 3), (3, 3)), ((1, 1), (0, 0), (3, 3), (3, 3))]
    """
    spec = _check_spec(spec, m, "float32")
    subs = phase_subkernels(spec)
    cout_pad = -(-spec.out_channels // MR) * MR
    out, offset = [], 0
    lead = 2 - spec.ndim
    for r, win in phase_windows(spec).items():
        if win is None:
            continue
        ms = (1,) * lead + (m,) * spec.ndim
        taps = (1,) * lead + tuple(int(k) for k in subs[r].shape)
        win = ((0, 1),) * lead + tuple(win)
        r = (0,) * lead + tuple(r)
        ns = tuple(winograd(mm, k).n for mm, k in zip(ms, taps))
        tiles = tuple(-(-c // mm) for (_, c), mm in zip(win, ms))
        per_tile = 4 * math.prod(ns) * (spec.in_channels + cout_pad)
        target = min(max(CHUNK_BYTES // per_tile, _TILE_STEP), MAX_CHUNK_TILES)
        rows = max(1, target // tiles[1])
        cols = -(-rows * tiles[1] // _TILE_STEP) * _TILE_STEP + COL_PAD
        phase = WinogradPhase(tuple(r), tuple(s for s, _ in win), tuple(c for _, c in win),
                              taps, ms, ns, tiles, offset, rows, cols)
        out.append(phase)
        offset += phase.positions * cout_pad * spec.in_channels
    return out


def _sizes(spec, phases) -> tuple[int, int, int]:
    """``(cout_pad, packed_floats, workspace_floats)`` of a Winograd kernel: output channels
    rounded up to :data:`MR`, floats of the packed transformed weights (every phase), floats
    of scratch (one chunk of ``V`` and of ``M`` for the largest phase) — in one place for the
    kernel, its template, the planner's form and ``prepare``."""
    cin = spec.in_channels
    cout_pad = -(-spec.out_channels // MR) * MR
    packed = sum(p.positions for p in phases) * cout_pad * cin
    work = max((p.positions * p.cols * (cin + cout_pad) for p in phases), default=0)
    return cout_pad, packed, work


@dataclass(frozen=True, eq=False)
class WinogradWeights:
    """Weights transformed once for one kernel: ``U = G w Gᵀ`` per phase, packed (float32)."""

    spec: TransposedConvSpec
    m: int
    packed: np.ndarray

    def __repr__(self) -> str:
        return (f"WinogradWeights(m={self.m}, floats={self.packed.size}, "
                f"spec={self.spec!r})")


def _transform_weights(spec, m, phases, w) -> np.ndarray:
    w = np.asarray(w)
    if tuple(w.shape) != spec.weight_shape:
        raise ValueError(f"w must have shape {spec.weight_shape} (C_in, C_out, *k), "
                         f"got {w.shape}")
    if not np.issubdtype(w.dtype, np.number) or np.iscomplexobj(w):
        raise TypeError(f"w must hold real numbers, got dtype {w.dtype}")
    cin, cout = spec.in_channels, spec.out_channels
    cout_pad, total, _ = _sizes(spec, phases)
    # the packed float32 weights, plus one phase's float64 transform and its padded copy
    biggest = max((p.positions for p in phases), default=0) * cout_pad * cin
    budget.check("bytes", 4 * total + 16 * biggest + 8 * w.size,
                 what=f"WinogradKernel.prepare(w) for {spec!r}",
                 hint="transformed weights take (m + r - 1)^2 / r^2 times the kernel's size")
    subs = phase_subkernels(spec, w.astype(np.float64))
    packed = np.zeros(total, np.float32)
    for p in phases:
        sub = np.swapaxes(subs[_key(spec, p)], 0, 1)
        sub = sub.reshape(*sub.shape[:2], *p.taps)[:, :, ::-1, ::-1]   # (C_out, C_in, L0, L1)
        g0, g1 = (np.asarray(winograd(p.m[d], p.taps[d]).arrays(np.float64)[1])
                  for d in range(2))
        u = np.einsum("ai,ocij,bj->abco", g0, sub, g1)               # (n0, n1, C_in, C_out)
        u = np.pad(u, [(0, 0)] * 3 + [(0, cout_pad - cout)])
        u = u.reshape(p.positions, cin, cout_pad // MR, MR).transpose(0, 2, 1, 3)
        size = u.size
        packed[p.u_offset:p.u_offset + size] = u.reshape(-1)
    return packed


def _phase_context(spec, p: WinogradPhase, name: str) -> dict:
    at0, _, bt0 = winograd(p.m[0], p.taps[0]).arrays(np.float64)
    at1, _, bt1 = winograd(p.m[1], p.taps[1]).arrays(np.float64)
    # per tile q (vectors over q): t[a][j] = Σ_i BT0[a, i] e[i][j];  v[a][b] = Σ_j BT1[b, j] t[a][j]
    rows_in = [_combination(bt0[a], lambda i: f"e[{i}][j][q]") for a in range(p.n[0])]
    lo, hi = p.copy_range(_view2d(spec)[0][1])
    cols_in = [[_combination(bt1[b], lambda j, a=a: f"t[{a}][{j}][q]") for b in range(p.n[1])]
               for a in range(p.n[0])]
    stride = f"{name.upper()}_COUTP * {p.cols}"
    rows_out = [_combination(at0[a], lambda i: f"mo[({i} * {p.n[1]} + j) * ({stride}) + q]")
                for a in range(p.m[0])]
    cols_out = [[_combination(at1[b], lambda j, a=a: f"t[{a}][{j}][q]") for b in range(p.m[1])]
                for a in range(p.m[0])]
    return dict(p=p, rows_in=rows_in, cols_in=cols_in, rows_out=rows_out, cols_out=cols_out,
                lo=lo, hi=hi)


def winograd_source(spec, m: int = 2, name: str = "wino") -> str:
    """The C source of the kernel ``void NAME(int64_t n, const float *x, const float *u,
    float *y, float *ws)`` (``u``: packed transformed weights; ``ws``: workspace of
    :meth:`WinogradKernel.workspace_floats` floats, 64-byte aligned).

    >>> from tconv_sym import TransposedConvSpec
    >>> src = winograd_source(TransposedConvSpec(in_size=(4, 4), kernel_size=3), m=2)
    >>> "void wino(int64_t n" in src, src.count("static int64_t wino_p0(")
    (True, 1)
    """
    spec = _check_spec(spec, m, "float32")
    if not name.isidentifier():
        raise ValueError(f"name must be a C identifier, got {name!r}")
    from .templates_env import environment

    return environment().get_template("c_winograd.c.j2").render(
        k=None, **_core_context(spec, winograd_phases(spec, m), name))


def _core_context(spec, phases, name: str) -> dict:
    """The values of the template's core (transforms, GEMMs, phases)."""
    cout_pad, packed, work = _sizes(spec, phases)
    in_size, out_size, stride = _view2d(spec)
    return dict(N=name, MR=MR, NV=NV, cin=spec.in_channels, cout=spec.out_channels,
                cout_pad=cout_pad, packed_floats=packed, workspace_floats=work,
                ndim=spec.ndim, in_size=in_size, out_size=out_size, stride=stride,
                phases=[_phase_context(spec, p, name) for p in phases])


class WinogradKernel:
    """The loaded C Winograd kernel of one spec: ``fn(x, w)`` → ``y`` (N, C_out, *out_size).

    ``w``: PyTorch-layout weights (transformed on every call) or ``fn.prepare(w)``. One
    workspace per kernel, guarded by a lock (calls from several threads run one at a time).
    """

    def __init__(self, spec: TransposedConvSpec, m: int, name: str = "wino",
                 flags=None) -> None:
        self.spec, self.m = spec, m
        self.phases = winograd_phases(spec, m)
        self.source = winograd_source(spec, m, name)
        self.library = compile_c(self.source, name, **({} if flags is None else
                                                        {"flags": tuple(flags)}))
        self._lib = ctypes.CDLL(str(self.library))
        address = ctypes.cast(getattr(self._lib, name), ctypes.c_void_p).value
        self._call = caller(address, 2, workspace=True)
        self._lock = threading.Lock()
        self._ws = None

    def workspace_floats(self) -> int:
        """Floats of scratch: one chunk of ``V`` and of ``M`` for the largest phase."""
        return _sizes(self.spec, self.phases)[2]

    def prepare(self, w) -> WinogradWeights:
        """Transform the weights once (``U = G w Gᵀ`` per phase, packed for the GEMMs)."""
        return WinogradWeights(self.spec, self.m,
                               _transform_weights(self.spec, self.m, self.phases, w))

    def __call__(self, x, w) -> np.ndarray:
        spec = self.spec
        if not isinstance(w, WinogradWeights):
            w = self.prepare(w)
        elif w.spec != spec or w.m != self.m:
            raise ValueError(f"w was prepared for {w.spec!r} with m={w.m}, this kernel is "
                             f"{spec!r} with m={self.m}")
        x = np.asarray(x)
        if x.ndim != spec.ndim + 2 or tuple(x.shape[1:]) != spec.in_shape:
            raise ValueError(f"x must have shape (N, *{spec.in_shape}), got {x.shape}")
        n = x.shape[0]
        budget.check("bytes", 4 * n * (math.prod(spec.in_shape) + math.prod(spec.out_shape)),
                     what=f"the Winograd kernel on a batch of {n}",
                     hint="run the batch in parts")
        x = np.ascontiguousarray(x, dtype=np.float32)
        y = (np.empty if _full(spec, self.phases) else np.zeros)(
            (n, spec.out_channels, *spec.out_size), np.float32)
        if n == 0 or not self.phases:
            return y
        with self._lock:
            if self._ws is None:
                raw = np.empty(self.workspace_floats() + 16, np.float32)
                shift = (-raw.ctypes.data // 4) % 16
                self._ws = raw[shift:shift + self.workspace_floats()]
            self._call(n, x, w.packed, y, self._ws)
        return y

    def __repr__(self) -> str:
        return (f"WinogradKernel(spec={self.spec!r}, m={self.m}, phases={len(self.phases)}, "
                f"multiplies={multiplies(self.spec, self.m):,})")


def winograd_kernel(spec, m: int = 2, dtype: str = "float32", flags=None) -> WinogradKernel:
    """Compile (once per content, cached) and load the C Winograd kernel of ``spec``.

    1-D and 2-D float32 NCHW transposed convolutions, dilation 1, groups 1; ``m``: the
    output tile per dim (``m + ⌈k/s⌉ - 1 <= MAX_TILE``; a 1-D layer runs as rows of height
    1 with tiles of ``1 × m``). Returns a :class:`WinogradKernel`
    ``fn(x, w)`` with ``fn.prepare(w)``. ``flags``: the compiler flags (default
    :data:`~tconv_sym.codegen.compile.FLAGS`; the vector width follows ``-march``).

    >>> from tconv_sym import TransposedConvSpec
    >>> winograd_kernel(TransposedConvSpec(in_size=(4, 4), kernel_size=3, groups=1), m=2).m
    2
    >>> winograd_kernel(TransposedConvSpec(in_size=(4, 4), kernel_size=3), dtype="float64")
    Traceback (most recent call last):
        ...
    ValueError: dtype must be 'float32' (the only C Winograd dtype), got 'float64'
    """
    spec = _check_spec(spec, m, dtype)
    if flags is not None and (isinstance(flags, str) or
                              not all(isinstance(f, str) for f in flags)):
        raise TypeError(f"flags must be a sequence of strings, got {flags!r}")
    return WinogradKernel(spec, int(m), flags=flags)


# --------------------------------------------------------------------------------------
# The planner's Winograd form (``schedule="winograd"`` of tconv_sym.codegen.schedule)
# --------------------------------------------------------------------------------------
#: The output tiles the planner considers for a 2-D layer: ``F(2, r)`` and ``F(4, r)`` per
#: phase.
TILE_SIZES = (2, 4)
#: The output tiles the planner considers for a 1-D layer (a 1-D tile of 6 outputs has the
#: 2-D F(2x2)'s error; :data:`ERROR_FACTOR_1D`).
TILE_SIZES_1D = (2, 4, 6)
#: The error bound of ``F(m, ·)`` per 2-D layer, as a multiple of the direct kernel's maximum
#: error: the largest ratio measured, rounded up — ``benchmarks/bench_winograd.py`` (float32,
#: random normal and PyTorch-initialised weights, 512->256 k4 s2, 64->64 k3 s1, 64->3 k9 s3:
#: F(2) 0.4-1.2x, F(4) 2.3-7.3x) and ``tests/test_winograd_c.py``'s small layers (where the
#: direct error is small: F(2) 0.4-2.5x, F(4) 3.1-14x). A measured bound over those layers,
#: not a proof for every layer.
ERROR_FACTOR = {2: 2.5, 4: 14.0}
#: The 2-D bounds were measured on sub-kernels of at most this many taps per dim (k4 s2: 2,
#: k3 s1 and k9 s3: 3); a 2-D layer with larger sub-kernels has no measured bound (refused).
MEASURED_TAPS_2D = 3
#: The error bound of 1-D ``F(m, r)`` per ``(m, r)``, as a multiple of the maximum error of
#: the project's direct C kernel (``generate(spec, lang="c", dtype="float32", fast="never")``,
#: the kernel the fast form replaces): the largest ratio measured by ``python
#: benchmarks/bench_winograd.py --ndim 1`` (2026-12-08; six 1-D layers — 512->256 L512 k16 s8,
#: 256->128 L1024 k4 s2, 64->64 L2048 k3 s1, 128->64 L512 k9 s3, 256->128 L256 k25 s4,
#: 16->8 L64 k16 s8 — random normal and PyTorch-initialised weights), rounded up by at least
#: 0.4. Measured maxima: F(2, 2) 1.0x, F(2, 3) 0.7x, F(4, 2) 2.5x, F(4, 3) 2.0x, F(6, 2) 4.5x,
#: F(6, 3) 4.1x, F(2, 7) 2.0x, F(4, 7) 28.9x (against PyTorch's float32 error, which is
#: 1.1-4.4x smaller than the direct C kernel's: F(4, 2) 2.4-4.4x). A 1-D ``(m, r)`` not in the
#: table has no measured bound: the planner does not choose it.
ERROR_FACTOR_1D = {(2, 2): 1.5, (2, 3): 1.5, (4, 2): 3.0, (4, 3): 2.5, (6, 2): 5.0,
                   (6, 3): 4.5, (2, 7): 2.5, (4, 7): 30.0}
#: ``fast_tolerance`` by default: a fast form may err at most this many times the direct
#: kernel's maximum error (F(2), 2.5x, is admitted; F(4), 14x, is not).
DEFAULT_FAST_TOLERANCE = 4.0
#: ``fast=``: ``"auto"`` (the cost model chooses), ``"never"`` (direct forms only),
#: ``"winograd"`` (the Winograd form, or a ValueError saying why it cannot be).
FAST_CHOICES = ("auto", "never", "winograd")
#: The cost model: one float of the transformed input ``V`` or of the GEMM result ``M``
#: (written by one transform, read by the next: memory traffic and the transforms' adds)
#: costs as much as this many multiply-adds of the GEMMs.
TRAFFIC_MACS = 6
#: A multiply-add of the register-tiled direct schedules costs this many of a packed GEMM's
#: (used when no direct packed form applies).
TILED_MAC_COST = 2.0
#: Each output phase beyond the first multiplies the cost by ``1 + PHASE_COST``: every phase
#: is its own pass over the input (transform) and the output (strided stores). Calibrated on
#: ``python benchmarks/bench_winograd_c.py --planner`` (2026-12-07): without it the model
#: ranked 128->64 16^2 k9 s3 (9 phases) the cheapest layer (0.51x the direct cost) while it
#: ran 0.93-1.01x the direct kernel's speed (scalar transforms); with the transforms
#: vectorised over the tiles it ran 1.17-1.19x, and 0.08 per phase keeps the suite's choices
#: faster than the direct form.
PHASE_COST = 0.08
#: The cost of ``F(m, ·)`` is multiplied by this (a calibration): F(4) ran slower than the
#: direct kernel at batch 1 on 3 of 6 suite layers (512->256 16^2 0.78x, 64->64 16^2 0.99x,
#: 32->16 0.84x; its transformed weights are 2.8x F(2)'s, streamed on every call, and a
#: sample gives its GEMMs few columns) while the model predicted 1.3-2x faster
#: (``benchmarks/results/winograd-planner-f4-2026-12-07.md``). With 2 the planner keeps F(2)
#: on the whole suite even where ``fast_tolerance`` admits F(4).
TILE_COST = {2: 1.0, 4: 2.0}
#: The 1-D layers' :data:`PHASE_COST` and :data:`TILE_COST`: a 1-D phase transforms a row of
#: ``n`` inputs per tile (a 2-D one ``n²``), so its passes cost less; fitted to the 1-D
#: Winograd kernel against onnxruntime (the stand-in for the direct kernel, which ran at
#: 1.00-1.07x onnxruntime on the AVX-512 machine) on 512->256 L512 k16 s8 (8 phases): F(2)
#: 1.03-1.08x, F(4) 1.33-1.35x, F(6) 1.19-1.24x onnxruntime at batch 1 and 8
#: (``benchmarks/results/2026-12-08-winograd-1d.md``); the model then predicts 1.06x, 1.28x,
#: 1.18x. F(6): its 7 GEMMs per tile have fewer columns.
PHASE_COST_1D = 0.03
TILE_COST_1D = {2: 1.0, 4: 1.0, 6: 1.15}
#: ``fast="auto"`` picks the Winograd form only when its cost is at most this fraction of
#: the direct form's (a margin for the model's error: it must never be slower).
MIN_SAVING = 0.95
#: Below these channel counts the GEMMs over the channels are too short for the transforms
#: to pay (the GEMMs' K is ``C_in``, their rows ``C_out``).
MIN_IN_CHANNELS = 16
MIN_OUT_CHANNELS = 8


@dataclass(frozen=True)
class WinogradForm:
    """The Winograd lowering of a plan (``plan.lowering`` of ``schedule="winograd"``).

    ``m`` (output tile per dim), ``phases`` (:class:`WinogradPhase`), ``cin``, ``cout``,
    ``cout_pad`` (``cout`` rounded up to :data:`MR`), ``group_pack`` (floats of the packed
    transformed weights), ``workspace_elems`` (floats of ``V`` and ``M`` of one chunk),
    ``full`` (every output written by a phase, else the kernel zeroes ``y`` first),
    ``gemm_macs`` / ``traffic`` (per sample: the GEMMs' multiply-adds, padding included; the
    floats of ``V`` and ``M``), ``cost`` (``(gemm_macs + TRAFFIC_MACS·traffic)·(1 +
    PHASE_COST·(phases − 1))·TILE_COST[m]``), ``direct_cost`` (the direct form's executed
    multiply-adds plus ``TRAFFIC_MACS·direct_traffic``, :func:`direct_cost`) and
    ``direct_traffic`` (its packed inputs' and result tiles' floats, :func:`direct_traffic`),
    in GEMM multiply-adds per sample, ``direct`` (the direct schedule it was compared with),
    ``multiplies`` (the Winograd multiplications per sample, no padding), ``error_factor``
    (:data:`ERROR_FACTOR`) and ``tolerance`` (the plan's ``fast_tolerance``).
    """

    m: int
    phases: tuple
    cin: int
    cout: int
    cout_pad: int
    group_pack: int
    workspace_elems: int
    full: bool
    gemm_macs: int
    traffic: int
    cost: float
    direct_cost: float
    direct: str
    multiplies: int
    nnz: int
    error_factor: float
    tolerance: float
    ndim: int = 2
    direct_traffic: int = 0

    @property
    def waste(self) -> float:
        """GEMM multiply-adds per structural nonzero (below 1: fewer multiplies)."""
        return self.gemm_macs / self.nnz if self.nnz else 1.0

    @property
    def exact_integers(self) -> bool:
        """The transforms are dyadic (F(2, r)): small integer inputs give exact results."""
        return all(_dyadic(winograd(p.m[d], p.taps[d])) for p in self.phases for d in (0, 1))

    @property
    def stack_bytes(self) -> int:
        """Declared stack arrays: the largest phase's row buffers and its tiles side by side
        (the input transform's ``buf``, ``e`` and ``t``; the output transform's ``buf`` and
        ``t``: they are in different functions, the larger counts), the register tile."""
        worst = max((4 * max(p.n[0] * p.row_len + 2 * p.positions * p.tiles[1],
                             p.m[0] * p.tiles[1] * p.m[1] + p.m[0] * p.n[1] * p.tiles[1])
                     for p in self.phases), default=0)
        return worst + 4 * MR * NV * 16 + 4 * NV * 16

    def describe(self) -> str:
        taps = sorted({p.taps for p in self.phases})
        if self.ndim == 1:
            forms = ", ".join(f"F({self.m}, {b})" for _, b in taps)
        else:
            forms = ", ".join(f"F({self.m}x{self.m}, {a}x{b})" for a, b in taps)
        phase_cost, tile_cost = _calibration(self.ndim, self.m)
        direct = (f" = (its GEMMs {self.direct_cost - TRAFFIC_MACS * self.direct_traffic:,.0f} + "
                  f"packed inputs and result tiles {self.direct_traffic:,} floats x "
                  f"{TRAFFIC_MACS})" if self.direct_traffic else "")
        return (f"Winograd {forms} per phase ({len(self.phases)} phase(s)): "
                f"{self.multiplies:,} multiplies per sample vs {self.nnz:,} nonzeros\n"
                f"cost {self.cost:,.0f} = (GEMMs {self.gemm_macs:,} + transforms "
                f"{self.traffic:,} floats x {TRAFFIC_MACS}) x (1 + {phase_cost:g} x "
                f"{len(self.phases) - 1} more phases)"
                + (f" x {tile_cost:g} (F({self.m}))" if tile_cost != 1 else "")
                + f" vs {self.direct} "
                f"{self.direct_cost:,.0f}{direct}: {self.direct_cost / self.cost:.2f}x cheaper\n"
                f"error bound {self.error_factor:g}x the direct kernel's (measured, "
                f"benchmarks/bench_winograd.py"
                + (" --ndim 1" if self.ndim == 1 else "") + ") "
                f"<= fast_tolerance={self.tolerance:g}")


def _dyadic(f) -> bool:
    import sympy

    return all(sympy.Rational(v).q & (sympy.Rational(v).q - 1) == 0
               for M in (f.AT, f.G, f.BT) for v in M)


def tile_sizes(ndim: int) -> tuple[int, ...]:
    """The output tiles the planner considers for an ``ndim``-D layer.

    >>> tile_sizes(1), tile_sizes(2)
    ((2, 4, 6), (2, 4))
    """
    return TILE_SIZES_1D if ndim == 1 else TILE_SIZES


def _taps(spec) -> int:
    """The largest phase sub-kernel size (taps per dim) of ``spec``."""
    return max((max(sub.shape) for sub in phase_subkernels(spec).values() if sub.size),
               default=0)


def error_factor(spec, m: int) -> float | None:
    """The measured error bound of ``F(m, r)`` on ``spec`` (``r``: its largest phase
    sub-kernel), a multiple of the direct kernel's maximum error, or None where it was not
    measured (:data:`ERROR_FACTOR` for 2-D sub-kernels of at most :data:`MEASURED_TAPS_2D`
    taps, :data:`ERROR_FACTOR_1D` per ``(m, r)`` for 1-D layers).

    >>> from tconv_sym import TransposedConvSpec
    >>> hifigan = TransposedConvSpec(in_size=64, kernel_size=16, stride=8, padding=4)
    >>> error_factor(hifigan, 2), error_factor(hifigan, 4), error_factor(hifigan, 8)
    (1.5, 3.0, None)
    >>> error_factor(TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2), 4)
    14.0
    >>> error_factor(TransposedConvSpec(in_size=(8, 8), kernel_size=7, stride=1), 2) is None
    True
    """
    r = max(_taps(spec), 2)  # phases of 1 tap (F(m, 1)) run beside larger ones
    if spec.ndim == 1:
        return ERROR_FACTOR_1D.get((m, r))
    if spec.ndim == 2 and r <= MEASURED_TAPS_2D:
        return ERROR_FACTOR.get(m)
    return None


def error_bounds(spec) -> dict[int, float | None]:
    """``{m: error_factor(spec, m)}`` over the tiles of :func:`tile_sizes` whose input tile
    ``m + r - 1`` fits :data:`~tconv_sym.winograd.MAX_TILE`.

    >>> from tconv_sym import TransposedConvSpec
    >>> error_bounds(TransposedConvSpec(in_size=64, kernel_size=16, stride=8, padding=4))
    {2: 1.5, 4: 3.0, 6: 5.0}
    >>> error_bounds(TransposedConvSpec(in_size=64, kernel_size=25, stride=4, padding=11))
    {2: 2.5, 4: 30.0}
    """
    from ..winograd import MAX_TILE

    r = _taps(spec)
    return {m: error_factor(spec, m) for m in tile_sizes(spec.ndim) if m + r - 1 <= MAX_TILE}


def winograd_refusal(plan) -> str | None:
    """Why the C Winograd form cannot compute ``plan`` (it needs a 1-D or 2-D transposed
    convolution,
    forward, float32, NCHW data, PyTorch weights, groups 1, dilation 1, C polyphase, weights
    not baked as sparse constants, phase sub-kernels larger than 1x1), or None.

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> winograd_refusal(make_plan(TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2,
    ...     groups=2, in_channels=64, out_channels=64), lang="c", dtype="float32"))
    'groups=2 (the C Winograd kernel has groups 1)'
    """
    spec = plan.spec
    if not isinstance(spec, TransposedConvSpec) or plan.direction != "forward":
        return (f"{plan.direction} {plan.operator} (the Winograd form computes the forward "
                "transposed convolution)")
    if plan.lang != "c":
        return f"lang={plan.lang!r} (the Winograd form is C)"
    if plan.dtype != "float32":
        return f"dtype={plan.dtype!r} (the C Winograd kernel is float32)"
    if spec.ndim not in (1, 2):
        return f"a {spec.ndim}-D layer (the C Winograd kernel is 1-D or 2-D)"
    if spec.groups != 1:
        return f"groups={spec.groups} (the C Winograd kernel has groups 1)"
    if any(d != 1 for d in spec.dilation):
        return f"dilation={spec.dilation} (the Winograd form needs dilation 1)"
    if plan.layout != "nchw" or plan.weight_layout != "pytorch":
        return (f"layout={plan.layout!r}, weight_layout={plan.weight_layout!r} (the C Winograd "
                "kernel takes NCHW data and PyTorch weights)")
    if plan.strategy != "polyphase":
        return f"strategy={plan.strategy!r} (the Winograd form is a polyphase kernel)"
    if plan.sparse_baked:
        return "weights baked as sparse constants (zero weights skipped: the direct form)"
    if all(max(sub.shape) <= 1 for sub in phase_subkernels(spec).values() if sub.size):
        return "phase sub-kernels 1x1 (kernel size = stride: F(m, 1) saves no multiply)"
    return None


def winograd_form(plan, m: int, direct: str, direct_cost: float,
                  tolerance: float = DEFAULT_FAST_TOLERANCE,
                  direct_traffic: int = 0) -> WinogradForm:
    """The Winograd form of ``plan`` with tiles of ``m`` and its cost against ``direct``
    (a schedule name) costing ``direct_cost`` GEMM multiply-adds per sample (:func:`direct_cost`;
    ``direct_traffic``: the floats it charges, for :meth:`WinogradForm.describe`).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> spec = TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
    ...                           in_channels=512, out_channels=256)
    >>> f = winograd_form(make_plan(spec, lang="c", dtype="float32", fast="never"), 2,
    ...                   "gemm", 503840768.0)
    >>> f.multiplies, f.gemm_macs, f.error_factor
    (301989888, 301989888, 2.5)
    """
    spec = plan.spec
    phases = tuple(winograd_phases(spec, m))
    cin, cout = spec.in_channels, spec.out_channels
    cout_pad, group_pack, work = _sizes(spec, phases)
    gemm_macs = sum(p.positions * p.tiles[0] * p.tiles[1] for p in phases) * cin * cout_pad
    traffic = sum(p.positions * p.tiles[0] * p.tiles[1] for p in phases) * (cin + cout_pad)
    full = _full(spec, phases)
    phase_cost, tile_cost = _calibration(spec.ndim, m)
    bound = error_factor(spec, m)
    return WinogradForm(
        m=m, phases=phases, cin=cin, cout=cout, cout_pad=cout_pad,
        group_pack=group_pack, workspace_elems=work,
        full=full, gemm_macs=gemm_macs, traffic=traffic,
        cost=float(gemm_macs + TRAFFIC_MACS * traffic) * (1 + phase_cost * (len(phases) - 1))
        * tile_cost,
        direct_cost=float(direct_cost),
        direct=direct, multiplies=multiplies(spec, m), nnz=plan.nnz,
        error_factor=math.inf if bound is None else bound, tolerance=float(tolerance),
        ndim=spec.ndim, direct_traffic=int(direct_traffic))


def direct_traffic(form) -> int:
    """Floats per sample a direct packed ``form`` moves besides its GEMMs' operands in
    registers, the direct side of :attr:`WinogradForm.traffic`: a GEMM form packs one block per
    distinct tap input (:attr:`~.gemm.GemmForm.shared`, else per (phase, tap)) of ``ig``
    channels x the positions of a phase, and writes every phase tile (``ogp`` rows) before the
    output is written in its own order (no packing where whole vectors of samples run in
    lanes); a scatter form writes its ``rows x positions`` products before scattering them;
    0 for other forms (no GEMM over the channels: no term). Per output, that is about
    ``1/K + packed/(pairs·ogp)`` floats per multiply-add (``K``: the GEMMs' depth, taps x
    channels per group): a shallow GEMM (3 -> 64 k4 s2: K = 12) or a narrow one (few output
    channels) moves more per multiply-add.

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> spec = TransposedConvSpec(in_size=(32, 32), kernel_size=4, stride=2, padding=1,
    ...                           in_channels=32, out_channels=16)
    >>> form = make_plan(spec, lang="c", dtype="float32", fast="never").lowering
    >>> direct_traffic(form) == 9 * 32 * 1024 + 4 * 16 * 1024  # 9 packed inputs, 4 phase tiles
    True
    """
    if getattr(form, "phase_taps", None) and getattr(form, "ogp", 0) and getattr(form, "ig", 0):
        pairs, phases = len(form.phase_taps), len(form.phases)
        groups = getattr(form, "groups", 1)
        positions = form.executed_macs // (pairs * form.ig * form.ogp * groups)
        packed = 0 if form.lanes else (len(form.shared) or pairs) * form.ig * positions
        return groups * (packed + phases * form.ogp * positions)
    if hasattr(form, "rows") and getattr(form, "ig", 0):  # the scatter form
        return form.executed_macs // form.ig
    return 0


def direct_cost(plan, form) -> tuple[float, int]:
    """``(cost, traffic)``: the cost model's price of the direct packed ``form`` of ``plan`` in
    GEMM multiply-adds per sample — its executed multiply-adds (``plan.nnz x form.waste``)
    plus ``TRAFFIC_MACS x traffic`` (:func:`direct_traffic`), as the Winograd form's cost
    charges its transforms' floats.

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> spec = TransposedConvSpec(in_size=(32, 32), kernel_size=4, stride=2, padding=1,
    ...                           in_channels=3, out_channels=64)
    >>> plan = make_plan(spec, lang="c", dtype="float32", fast="never")
    >>> cost, traffic = direct_cost(plan, plan.lowering)
    >>> traffic, round(cost / plan.lowering.executed_macs, 2)
    (289792, 1.55)
    """
    traffic = direct_traffic(form)
    return plan.nnz * float(getattr(form, "waste", 1.0)) + TRAFFIC_MACS * traffic, traffic


def _calibration(ndim: int, m: int) -> tuple[float, float]:
    """``(phase cost, tile cost)`` of the cost model for ``F(m, ·)`` on an ``ndim``-D layer."""
    if ndim == 1:
        return PHASE_COST_1D, TILE_COST_1D.get(m, 1.0)
    return PHASE_COST, TILE_COST.get(m, 1.0)


def winograd_context(plan, k, form: WinogradForm):
    """The template values of a planned Winograd kernel: ``k`` (:func:`~.render.context`)
    with the form, the weight transform's tables per phase and the baked packed table;
    returns ``(k, core)``, ``core`` the values of the template's core."""
    from types import SimpleNamespace

    from .baked import baked_table

    spec = plan.spec
    subs = phase_subkernels(spec)
    pack_phases = []
    for i, p in enumerate(form.phases):
        taps = np.asarray(subs[_key(spec, p)]).reshape(p.taps)[::-1, ::-1].reshape(-1)
        g0 = np.asarray(winograd(p.m[0], p.taps[0]).arrays(np.float64)[1]).reshape(-1)
        g1 = np.asarray(winograd(p.m[1], p.taps[1]).arrays(np.float64)[1]).reshape(-1)
        pack_phases.append(SimpleNamespace(
            index=i, phase=p.phase, taps=p.taps, n=p.n, u_offset=p.u_offset,
            tap_list=[int(t) for t in taps], g0=[repr(float(v)) for v in g0],
            g1=[repr(float(v)) for v in g1]))
    packed_table = None
    if plan.baked:
        packed_table = baked_table(_transform_weights(spec, form.m, list(form.phases),
                                                      plan.weights), "float32", plan.weight_text)
    k = SimpleNamespace(**{**vars(k), "form": form, "pack_phases": pack_phases,
                           "packed_table": packed_table})
    return k, _core_context(spec, list(form.phases), plan.name)
