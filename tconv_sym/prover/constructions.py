"""The independent constructions the catalogue compares against the library's operators.

Kernel maps act on a kernel column in the flat weight layout ``(c1, c2, *k)`` (flip, dilate,
take a polyphase sub-kernel, convolve with a box, swap the channel axes per group); the other
helpers build whole operators from selection matrices (the scatter form, nearest upsampling,
the bilinear interpolation matrix). Everything is an :mod:`~tconv_sym.prover.expr` tree
made of the core builders (↑ ↓ pad crop flip, conv) or of exact constants computed here from
their own definitions — never by reading the convolution's index structure.

>>> from tconv_sym.prover import expr as E
>>> w = E.sym("q", 3)
>>> print(flip_kernel(w, (1, 1, 3)))
flip(3) @ q
>>> print(dilate_kernel(w, (1, 1, 3), (2,)))
crop(6, ((0, 1),)) @ up(3, 2) @ q
"""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import numpy as np

from .. import budget
from .._validate import int_tuple
from ..spec import ConvSpec, kernel_span
from . import expr as E

__all__ = [
    "kernel_sym",
    "flip_kernel",
    "dilate_kernel",
    "phase_kernel",
    "box_kernel",
    "swap_channels",
    "repeat",
    "scatter",
    "bilinear_filter",
    "bilinear_weight",
    "interpolation_matrix",
]


def kernel_sym(name: str, weight_shape: tuple[int, ...], conj: bool = False) -> E.Sym:
    """Symbols for a weight: named by the bare kernel (``q0, q1, …``) when both channel
    axes are 1, else by the full weight layout (``q_0_1_2``).

    >>> kernel_sym("q", (1, 1, 3)).dims, kernel_sym("q", (2, 1, 3)).dims
    ((3,), (2, 1, 3))
    """
    dims = tuple(weight_shape[2:]) if tuple(weight_shape[:2]) == (1, 1) else tuple(weight_shape)
    return E.sym(name, dims, conj)


def _ch(ws) -> int:
    return ws[0] * ws[1]


def flip_kernel(w: E.Expr, ws) -> E.Expr:
    """Reverse the kernel in every spatial dim (per channel pair).

    >>> flip_kernel(E.sym("q", (2, 1, 3)), (2, 1, 3)).shape
    (6, 1)
    """
    return E.flip(tuple(ws[2:]), channels=_ch(ws)) @ w


def dilate_kernel(w: E.Expr, ws, dilation) -> E.Expr:
    """``↑d q`` cropped to the dilated span ``d(k-1)+1``: taps at ``0, d, 2d, …``.

    >>> dilate_kernel(E.sym("q", (2, 2)), (1, 1, 2, 2), (2, 3)).shape
    (12, 1)
    """
    k, d = tuple(ws[2:]), tuple(dilation)
    if all(x == 1 for x in d):
        return w
    up = E.up(k, d, channels=_ch(ws))
    span = tuple(a * b for a, b in zip(k, d))
    return E.crop(span, tuple((0, x - 1) for x in d), channels=_ch(ws)) @ up @ w


def dilated_shape(ws, dilation) -> tuple[int, ...]:
    """Weight shape after :func:`dilate_kernel`.

    >>> dilated_shape((4, 2, 3, 3), (2, 1))
    (4, 2, 5, 3)
    """
    return (*ws[:2], *(kernel_span(k, d) for k, d in zip(ws[2:], dilation)))


def phase_kernel(w: E.Expr, ws, phase, stride) -> tuple[E.Expr, tuple[int, ...]] | None:
    """The polyphase sub-kernel ``q[r::s]`` (per dim), and its weight shape; None if empty.

    >>> phase_kernel(E.sym("q", 5), (1, 1, 5), (1,), (2,))[1]
    (1, 1, 2)
    """
    k = tuple(ws[2:])
    if any(r >= n for r, n in zip(phase, k)):
        return None
    cropped = tuple(n - r for n, r in zip(k, phase))
    sub = E.down(cropped, stride, channels=_ch(ws)) @ E.crop(
        k, tuple((r, 0) for r in phase), channels=_ch(ws)) @ w
    sub_k = tuple(-(-c // s) for c, s in zip(cropped, stride))
    return sub, (*ws[:2], *sub_k)


def box_kernel(w: E.Expr, ws, box) -> tuple[E.Expr, tuple[int, ...]]:
    """``(1 … 1) * q``: the full convolution of every kernel slice with a box of ones of
    size ``box`` (per dim), as the constant matrix of a DSP convolution.

    >>> box_kernel(E.sym("q", (3, 3)), (1, 1, 3, 3), (2, 2))[1]
    (1, 1, 4, 4)
    """
    k = tuple(ws[2:])
    spec = ConvSpec(in_size=k, kernel_size=box, padding="full", mode="convolution")
    ones = _nested(np.ones(tuple(box), dtype=np.int64).tolist())
    m = E.Const("conv_matrix", (spec, ones))
    if _ch(ws) > 1:
        m = E.kron(E.eye(1, channels=_ch(ws)), m)
    return m @ w, (*ws[:2], *spec.out_size)


def _nested(x):
    return tuple(_nested(v) for v in x) if isinstance(x, list) else x


def swap_channels(w: E.Expr, ws, groups: int) -> tuple[E.Expr, tuple[int, ...]]:
    """Re-lay a weight ``(a, b/g, *k)`` as ``(b, a/g, *k)`` with ``w'[j, i_local] =
    w[i, j_local]`` inside each group (transposed-conv layout <-> conv layout); the
    identity map when ``a = b = 1``.

    >>> from tconv_sym.prover import expr as E
    >>> e, ws = swap_channels(E.sym("q", (2, 3, 1)), (2, 3, 1), 1)
    >>> ws
    (3, 2, 1)
    """
    a, bg = ws[0], ws[1]
    b, ag = bg * groups, a // groups
    new_ws = (b, ag, *ws[2:])
    if a == 1 and b == 1:
        return w, new_ws
    kk = math.prod(ws[2:])
    ia = np.arange(a)[:, None]
    jl = np.arange(bg)[None, :]
    jb = (ia // ag) * bg + jl  # global index along b
    src = ia * bg + jl
    dst = jb * ag + ia % ag
    t = np.arange(kk)
    rows = (dst[..., None] * kk + t).reshape(-1)
    cols = (src[..., None] * kk + t).reshape(-1)
    n = a * bg * kk
    perm = E.Fixed((n, n), tuple(rows.tolist()), tuple(cols.tolist()), (1,) * n,
                   f"swap_channels({a}, {b}, groups={groups})")
    return perm @ w, new_ws


def zero_insert(n, s, channels: int = 1) -> tuple[E.Expr, tuple[int, ...]]:
    """Insert ``s-1`` zeros *between* the ``n`` samples (not after the last one): ↑s
    followed by cropping the trailing ``s-1`` zeros. Returns the operator and the
    zero-inserted size ``(n-1)s + 1`` per dim.

    >>> op, size = zero_insert((2,), (3,))
    >>> size, op.shape
    ((4,), (4, 2))
    """
    size = tuple((a - 1) * b + 1 for a, b in zip(n, s))
    op = E.resize(tuple(a * b for a, b in zip(n, s)), 0, tuple(1 - b for b in s),
                  channels=channels) @ E.up(n, s, channels=channels)
    return op, size


#: One Python iteration with exact (Fraction) arithmetic, in ``budget`` ``loop_trips``.
PYTHON_LOOP_WEIGHT = 50


def python_loop(what: str, iterations: int) -> None:
    """Refuse a construction whose Python loop over exact numbers would take minutes.

    >>> python_loop("a small table", 1000)
    """
    budget.check("loop_trips", iterations * PYTHON_LOOP_WEIGHT,
                 what=f"{what} ({iterations:,} exact Python iterations, weighted "
                      f"×{PYTHON_LOOP_WEIGHT})", hint="use a smaller size or stride")


def repeat(n, k, channels: int = 1) -> E.Expr:
    """Nearest-neighbour upsampling by ``k`` (each sample repeated ``k`` times per dim):
    ``Σ_r shift_r ↑k`` over all offsets ``0 ≤ r < k``.

    >>> from tconv_sym.prover import sympy_engine
    >>> sympy_engine.evaluate(repeat(2, 2)).T
    Matrix([
    [1, 1, 0, 0],
    [0, 0, 1, 1]])
    """
    n = E.spatial_dims("n", n)
    k = int_tuple("k", k, len(n))
    nk = tuple(a * b for a, b in zip(n, k))
    copies, rows = math.prod(k), channels * math.prod(nk)
    budget.check("bytes", copies * 3 * 8 * (rows + 1),  # a pad and a crop (CSR) per copy
                 what=f"repeat({n}, {k}) as a sum of {copies:,} shifted zero insertions",
                 hint="use a smaller stride")
    up = E.up(n, k, channels=channels)
    terms = []
    for r in itertools.product(*(range(x) for x in k)):
        shift = E.resize(nk, r, tuple(-x for x in r), channels=channels)
        terms.append(up if not any(r) else shift @ up)
    return E.Add(tuple(terms)) if len(terms) > 1 else terms[0]


def scatter(spec, w: E.Expr, *, flipped: bool = False, offset: int = 0) -> E.Expr:
    """The scatter form of the transposed convolution ``spec``: column ``(ci, n)`` is the
    kernel slice ``w[ci]`` (dilated), placed with zero padding at offset ``n·s`` of the full
    output, cropped by the padding, and put into the output channels of ``ci``'s group.

    Built only from selection matrices (pad, crop, ↑); ``flipped``/``offset`` break it on
    purpose (a flipped kernel; offsets ``n·s + offset``).

    >>> from tconv_sym import TransposedConvSpec
    >>> scatter(TransposedConvSpec(in_size=3, kernel_size=2, stride=2), E.sym("q", 2)).shape
    (6, 3)
    """
    ws = spec.weight_shape
    cin, coutg, g = spec.in_channels, ws[1], spec.groups
    cing = cin // g
    k = tuple(ws[2:])
    i, s = spec.in_size, spec.stride
    per_slice = coutg * math.prod(k)
    dil_ws = dilated_shape((1, coutg, *k), spec.dilation)
    span = tuple(dil_ws[2:])
    full = tuple((n - 1) * st + sp for n, st, sp in zip(i, s, span))
    out = spec.out_size
    lo = tuple(-p for p in spec.pad_lo)
    hi = tuple(o - f - l for o, f, l in zip(out, full, lo))  # crop p_hi, add output_padding
    place_crop = E.resize(full, lo, hi, channels=coutg)
    out_g = coutg * math.prod(out)
    columns = []
    for ci in range(cin):
        grp = ci // cing
        take = E.crop(cin * per_slice, ((ci * per_slice, (cin - 1 - ci) * per_slice),))
        slice_ = take @ w  # w[ci]: (C_out/g, *k)
        if flipped:
            slice_ = flip_kernel(slice_, (1, coutg, *k))
        kern = dilate_kernel(slice_, (1, coutg, *k), spec.dilation)
        embed = E.pad(out_g, ((grp * out_g, (g - 1 - grp) * out_g),))
        for n in itertools.product(*(range(x) for x in i)):
            before = tuple(a * st + offset for a, st in zip(n, s))
            after = tuple(f - sp - b for f, sp, b in zip(full, span, before))
            placed = E.resize(span, before, after, channels=coutg)
            col = place_crop @ placed @ kern
            columns.append(col if g == 1 else embed @ col)
    return E.hstack(columns, label=f"scatter({spec!r}, …)")


# --------------------------------------------------------------------------------------
# Bilinear upsampling
# --------------------------------------------------------------------------------------
def bilinear_filter(f: int) -> list[Fraction]:
    """The 1-D bilinear upsampling kernel of factor ``f`` (FCN's ``upsample_filt``): size
    ``2f − f mod 2``, ``1 − |t − c|/f`` around its centre ``c``.

    >>> [str(v) for v in bilinear_filter(2)]
    ['1/4', '3/4', '3/4', '1/4']
    >>> [str(v) for v in bilinear_filter(3)]
    ['1/3', '2/3', '1', '2/3', '1/3']
    """
    size = 2 * f - f % 2
    factor = (size + 1) // 2
    centre = Fraction(factor - 1) if size % 2 == 1 else Fraction(2 * factor - 1, 2)
    return [1 - abs(t - centre) / factor for t in range(size)]


def bilinear_weight(f, channels: int) -> E.Fixed:
    """The weight ``(C, C, *K)``: the outer product of the 1-D filters on the channel
    diagonal (each channel upsampled on its own), zero elsewhere.

    >>> bilinear_weight((2, 2), 3).shape  # (3, 3, 4, 4) flattened
    (144, 1)
    """
    python_loop("bilinear_weight", channels * math.prod(2 * x for x in f))
    filters = [bilinear_filter(x) for x in f]
    k = tuple(len(x) for x in filters)
    kk = math.prod(k)
    rows, vals = [], []
    for c in range(channels):
        base = (c * channels + c) * kk
        for flat, t in enumerate(itertools.product(*(range(x) for x in k))):
            v = math.prod((filters[d][t[d]] for d in range(len(k))), start=Fraction(1))
            rows.append(base + flat)
            vals.append(v)
    n = channels * channels * kk
    return E.Fixed((n, 1), tuple(rows), (0,) * len(rows), tuple(vals),
                   f"bilinear_kernel({_show(f)})")


def _show(t):
    return t[0] if len(t) == 1 else t


def interpolation_rows(n: int, f: int) -> tuple[int, int]:
    """Output rows ``[lo, hi]`` of align_corners=False linear interpolation whose two
    neighbours ``⌊src⌋, ⌊src⌋+1`` both lie inside the input (away from the borders).

    >>> interpolation_rows(4, 2)
    (1, 6)
    """
    python_loop("interpolation_rows", n * f)
    keep = [m for m in range(n * f)
            if _src(m, n, f, False)[0] >= 0 and _src(m, n, f, False)[0] + 1 <= n - 1]
    if not keep:
        raise ValueError(
            f"size={n} has no output away from the borders for factor {f}; use size >= 2"
        )
    return keep[0], keep[-1]


def _src(m: int, n: int, f: int, align_corners: bool) -> tuple[int, Fraction]:
    if align_corners:
        src = Fraction(m * (n - 1), n * f - 1) if n * f > 1 else Fraction(0)
    else:
        src = Fraction(2 * m + 1, 2 * f) - Fraction(1, 2)
    i0 = math.floor(src)
    return i0, src - i0


def interpolation_matrix(n: int, f: int, rows: tuple[int, int], align_corners: bool = False):
    """Linear interpolation from ``n`` samples to ``n·f`` (rows ``rows[0]..rows[1]`` only),
    from its definition: output ``m`` reads the input at ``src = (m + ½)/f − ½``
    (align_corners=False; ``m (n−1)/(nf−1)`` with align_corners=True) and mixes the two
    neighbours ``(1−λ) x[⌊src⌋] + λ x[⌊src⌋+1]``.

    >>> from tconv_sym.prover import sympy_engine
    >>> sympy_engine.evaluate(interpolation_matrix(2, 2, (1, 2)))
    Matrix([
    [3/4, 1/4],
    [1/4, 3/4]])
    """
    python_loop("interpolation_matrix", 2 * (rows[1] - rows[0] + 1))
    rr, cc, vv = [], [], []
    for out_row, m in enumerate(range(rows[0], rows[1] + 1)):
        i0, lam = _src(m, n, f, align_corners)
        for col, v in ((i0, 1 - lam), (i0 + 1, lam)):
            if v:
                rr.append(out_row)
                cc.append(col)
                vv.append(v)
    tag = ", align_corners=True" if align_corners else ""
    return E.Fixed((rows[1] - rows[0] + 1, n), tuple(rr), tuple(cc), tuple(vv),
                   f"interp({n}→{n * f}{tag})")
