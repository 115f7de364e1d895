"""Winograd / Toom–Cook fast forms as operator expressions: the statement the prover checks.

A fast algorithm is a formula of structured matrices, so it is an expression like any other
(:mod:`~tconv_sym.prover.expr`). ``F(m, r)`` (:mod:`tconv_sym.winograd`) computes the ``m``
outputs of a valid ``r``-tap correlation of a tile of ``n = m + r − 1`` inputs as
``Aᵀ[(G g) ⊙ (Bᵀ d)]``, i.e. the matrix ``Aᵀ diag(G g) Bᵀ`` (:class:`~.expr.Diag`); in
``d`` dims the transforms nest as Kronecker products. Over channels, one tile form per
(output, input) channel pair, summed over the input channels — the batched GEMM of the
lowering, written as matrices:

    Y = (I_O ⊗ 1_Cᵀ ⊗ Aᵀ) · diag((I_{O·C} ⊗ G) q) · (1_O ⊗ I_C ⊗ Bᵀ)

A longer input is cut into ``T = ⌈count/m⌉`` overlapping tiles (gather, zero-padded past the
end), each tile transformed (``I_T ⊗ Bᵀ``), multiplied by the transformed kernel repeated per
tile (``1_T ⊗ G``), transformed back (``I_T ⊗ Aᵀ``) and the border tile cut to ``count``
outputs. :func:`phase_forms` does that per phase of a transposed convolution over the window
:func:`tconv_sym.fast_algorithms.phase_windows` computes, so the catalogue can prove the
plan of :func:`~tconv_sym.fast_algorithms.winograd_conv_transpose` equal to ``Cᵀ``.

>>> from tconv_sym import ConvSpec
>>> from tconv_sym.prover import prove_equal
>>> from tconv_sym.winograd import winograd
>>> f = winograd(2, 3)
>>> q = E.sym("q", 3)
>>> fast = tile_form([Transforms.of(f)], q)
>>> print(fast)
AT(2, 3) @ diag(G(2, 3) @ q) @ BT(2, 3)
>>> prove_equal(fast, E.conv(ConvSpec(in_size=4, kernel_size=3), q)).holds
True
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np

from ..analysis import phase_subkernels
from ..fast_algorithms import phase_windows
from ..spec import TransposedConvSpec
from ..winograd import WinogradTransform, winograd
from . import expr as E

__all__ = ["Transforms", "tile_form", "tiled", "window", "phase_forms",
           "refuse_symbolic", "refuse_symbolic_kernel", "other_point"]


@dataclass(frozen=True)
class Transforms:
    """The three transforms of one dim as exact constants: ``at`` (m × n), ``g`` (n × r),
    ``bt`` (n × n); any of them may be replaced (a broken variant).

    >>> Transforms.of(winograd(2, 2)).g.shape
    (3, 2)
    """

    at: E.Expr
    g: E.Expr
    bt: E.Expr

    @classmethod
    def of(cls, f: WinogradTransform) -> Transforms:
        tag = f"({f.m}, {f.r})"
        return cls(E.fixed(f.AT.tolist(), f"AT{tag}"), E.fixed(f.G.tolist(), f"G{tag}"),
                   E.fixed(f.BT.tolist(), f"BT{tag}"))

    def replace(self, **parts) -> Transforms:
        """A copy with some transforms replaced."""
        return Transforms(**{"at": self.at, "g": self.g, "bt": self.bt, **parts})


def _kron(factors) -> E.Expr:
    factors = [f for f in factors if f is not None]
    return E.kron(*factors)


def tile_form(dims: list[Transforms], kernel: E.Expr, in_channels: int = 1,
              out_channels: int = 1) -> E.Expr:
    """``(I_O ⊗ 1_Cᵀ ⊗ ⊗_d Aᵀ_d) diag((I_{O·C} ⊗ ⊗_d G_d) q) (1_O ⊗ I_C ⊗ ⊗_d Bᵀ_d)``:
    the nested fast form of a valid correlation with the weight ``q`` (layout
    ``(O, C, *r)``, flat). Per dim, ``at``/``g``/``bt`` may be tiled (:func:`tiled`).

    >>> f = Transforms.of(winograd(2, 2))
    >>> tile_form([f, f], E.sym("q", (3, 2, 2, 2)), in_channels=2, out_channels=3).shape
    (12, 18)
    """
    o, c = out_channels, in_channels
    left = _kron([E.eye(o) if o > 1 else None, E.ones(1, c) if c > 1 else None,
                  *(d.at for d in dims)])
    ker = _kron([E.eye(o * c) if o * c > 1 else None, *(d.g for d in dims)])
    right = _kron([E.ones(o, 1) if o > 1 else None, E.eye(c) if c > 1 else None,
                   *(d.bt for d in dims)])
    return left @ E.diag(ker @ kernel) @ right


def _unit(length, at) -> E.Expr:
    """The unit column ``e_at`` of ``length`` samples (a padded 1×1 identity)."""
    return E.pad(1, (at, length - 1 - at))


def tiled(t: Transforms, m: int, count, window: E.Expr) -> Transforms:
    """One dim of ``count`` outputs in ``T = ⌈count/m⌉`` tiles of ``m``: ``at`` becomes
    ``cut (I_T ⊗ Aᵀ)``, ``g`` becomes ``1_T ⊗ G``, ``bt`` becomes
    ``(I_T ⊗ Bᵀ) tiles window`` where ``window`` maps the input to the ``T·m + r − 1``
    samples the tiles read, ``tiles`` stacks the overlapping tiles (stride ``m``; row
    ``(a, j)`` reads sample ``a·m + j``) and ``cut`` keeps the first ``count`` of the
    ``T·m`` outputs (output ``o`` is row ``(o div m, o mod m)``; the border tile cut). Both
    are families of columns (:func:`~.expr.columns`), so the form is built the same way
    for every size (the parametric engine reads it on symbolic sizes).

    >>> t = tiled(Transforms.of(winograd(2, 3)), 2, 3, E.pad(4, (0, 2)))
    >>> t.at.shape, t.g.shape, t.bt.shape
    ((3, 8), (8, 3), (8, 4))
    """
    n = t.bt.shape[0]
    tiles = -(-count // m)
    need = (tiles - 1) * m + n
    if window.shape[0] != need:
        raise ValueError(f"the window has {window.shape[0]} samples, the {tiles} tiles of "
                         f"{m} read {need}")
    gather = E.columns((tiles, n), lambda a, j: _unit(need, a * m + j), label="tiles").T
    cut = E.columns(count, lambda o: E.kron(_unit(tiles, o // m), _unit(m, o % m)),
                    label="cut").T
    return Transforms(cut @ E.kron(E.eye(tiles), t.at), E.kron(E.ones(tiles), t.g),
                      E.kron(E.eye(tiles), t.bt) @ gather @ window)


def window(n, start, length, slack, channels: int = 1) -> E.Expr:
    """Per dim, ``length`` rows, row ``j`` reading sample ``j + start`` of ``n`` (zero outside):
    ``crop(a + start, n + a) · pad(a, a + start + length)`` with ``a = slack``. Every amount
    is ``≥ 0`` wherever ``start ≥ −slack``, whether the window lies inside the samples or
    past either end, so the tree has one structure for every size (:func:`~.expr.resize`,
    which pads or crops by the sign of each end, splits the parametric engine's path there).

    >>> print(window(5, (-1,), (4,), (1,)))
    crop(10, ((0, 6),)) @ pad(5, ((1, 4),))
    >>> from tconv_sym.prover import prove_equal
    >>> prove_equal(window(5, (-1,), (4,), (1,)), E.resize(5, 1, -2)).holds
    True
    """
    n = E.spatial_dims("n", n)
    add = tuple((a, a + s + L) for a, s, L in zip(slack, start, length))
    padded = tuple(x + lo + hi for x, (lo, hi) in zip(n, add))
    cut = tuple((a + s, x + a) for a, s, x in zip(slack, start, n))
    return E.crop(padded, cut, channels) @ E.pad(n, add, channels)


def refuse_symbolic(name: str, params) -> None:
    """A ``TypeError`` (the parametric engine's "does not run on symbolic sizes") with the
    reason, when a size is symbolic: the one-tile form is proved at fixed sizes only, since
    its size is the tile ``n`` and each ``n`` is another algorithm ``F(n − r + 1, r)``.

    >>> from tconv_sym.prover.identity import make_params
    >>> refuse_symbolic("winograd_tile_is_correlation", make_params(size=4, kernel=3))
    """
    values = [*(params.in_size or ()), *(params.kernel_size or ()), params.in_channels,
              params.out_channels]
    if any(getattr(type(v), "symbolic_int", False) for v in values):
        raise TypeError(
            f"{name} is proved at fixed sizes only: its size is the tile n, and each n is "
            "another algorithm F(n − r + 1, r) with its own rational transforms AT, G, BT "
            "(a statement for every n would be one for every F(m, r), which no finite "
            "computation covers); the tiled forms of winograd_phases_are_transposed_conv are "
            "proved for all input sizes (the tile lemma at the fixed F(m, r), then the "
            "parametric engine)")


def refuse_symbolic_kernel(name: str, params) -> None:
    """A ``TypeError`` (the parametric engine's "does not run on symbolic sizes") with the
    reason, when the kernel size is symbolic: the phases are proved for every input size,
    padding and output_padding at a fixed kernel (and stride), since the kernel size sets
    each phase's sub-kernel length ``L`` and each ``L`` is another algorithm ``F(m, L)``.

    >>> from tconv_sym.prover.identity import make_params
    >>> refuse_symbolic_kernel("winograd_phases_are_transposed_conv",
    ...                        make_params(size=4, kernel=4, stride=2, padding=1))
    """
    if any(getattr(type(v), "symbolic_int", False) for v in params.kernel_size or ()):
        raise TypeError(
            f"{name} is proved for all input sizes, paddings and output paddings at a fixed "
            "kernel size only: the kernel size k sets each phase's sub-kernel length "
            "L = ⌈(k − t0)/s⌉, and each L is another algorithm F(m, L) with its own rational "
            "transforms AT, G, BT (a statement for every k would be one for every F(m, L), "
            "which no finite computation covers); give kernel as an int (one proof per "
            "kernel size)")


def other_point(f: WinogradTransform) -> WinogradTransform:
    """``F(m, r)`` with its last finite interpolation point moved (to one not in the set):
    the transforms of a wrong point.

    >>> other_point(winograd(2, 3)).points
    (0, 1, 2)
    """
    points = list(f.points)
    if not points:
        raise ValueError(f"F({f.m}, {f.r}) has no finite interpolation point to move")
    new = points[-1] + 1
    while new in points:
        new += 1
    points[-1] = new
    return winograd(f.m, f.r, points)


def _subkernel_selection(spec: TransposedConvSpec, taps: np.ndarray) -> E.Fixed:
    """The 0/1 matrix taking the flat weight ``(C, O, *k)`` of ``spec`` to the phase's
    correlation weight ``(O, C, *L)``: the sub-kernel ``taps``, flipped, channels swapped."""
    c, o, k = spec.in_channels, spec.out_channels, math.prod(spec.kernel_size)
    flipped = taps[(slice(None, None, -1),) * taps.ndim].reshape(-1)
    size = flipped.size
    rows, cols = [], []
    for oi, ci in itertools.product(range(o), range(c)):
        for j, tap in enumerate(flipped):
            rows.append((oi * c + ci) * size + j)
            cols.append((ci * o + oi) * k + int(tap))
    return E.Fixed((o * c * size, c * o * k), tuple(rows), tuple(cols), (1,) * len(rows),
                   "phase_taps")


def phase_forms(spec: TransposedConvSpec, weight: E.Expr, m: int = 2, transforms=None,
                shift: int = 0) -> E.Expr:
    """``Σ_r P_r W_r``: per output phase ``r`` the tiled nested ``F(m, L)`` form ``W_r``
    over the phase's input window (:func:`~tconv_sym.fast_algorithms.phase_windows`), with
    the phase's sub-kernel flipped, interleaved into the output by ``P_r`` (↑s, shift by
    ``r``). ``transforms(m, L)`` gives the per-dim :class:`Transforms` (default exact);
    ``shift`` moves every window (a broken variant). Groups 1, dilation 1.

    >>> from tconv_sym.prover import prove_equal
    >>> t = TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1)
    >>> q = E.sym("q", 4)
    >>> prove_equal(phase_forms(t, q), E.conv(t, q)).holds
    True
    """
    if not isinstance(spec, TransposedConvSpec):
        raise TypeError(f"spec must be a TransposedConvSpec, got {type(spec).__name__}")
    if spec.groups != 1:
        raise ValueError(f"phase_forms needs groups=1, got groups={spec.groups}")
    make = transforms or (lambda mi, li: Transforms.of(winograd(mi, li)))
    o = spec.out_channels
    terms = []
    subs = phase_subkernels(spec)
    for r, win in phase_windows(spec).items():
        if win is None:
            continue
        taps = subs[r]
        dims = []
        for (start, count), length, n_in in zip(win, taps.shape, spec.in_size):
            t = make(m, length)
            need = (-(-count // m) - 1) * m + t.bt.shape[0]
            # the window starts at c − (L − 1) with c ≥ 0 (padding ≥ 0): slack L − 1 covers it
            dims.append(tiled(t, m, count, window(n_in, (start + shift,), (need,),
                                                  (length - 1 + max(0, -shift),))))
        phase = tile_form(dims, _subkernel_selection(spec, taps) @ weight, spec.in_channels, o)
        counts = tuple(count for _, count in win)
        spread = tuple(cnt * s for cnt, s in zip(counts, spec.stride))
        place = window(spread, tuple(-ri for ri in r), spec.out_size, r, channels=o)
        terms.append(place @ E.up(counts, spec.stride, channels=o) @ phase)
    return terms[0] if len(terms) == 1 else E.Add(tuple(terms))
