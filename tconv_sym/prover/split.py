"""Channel-split evaluation: prove on the spatial structure, channels kept apart.

The operators of the catalogue are large only because channels multiply the spatial
structure. Most of them are exactly a Kronecker product ``channel part ⊗ spatial part``:

* a selection matrix with ``channels=c`` (↑k, ↓k, pad, crop, flip) is ``I_c ⊗ A``;
* a (transposed) convolution with weight ``q`` of layout ``(A, B/g, *k)`` is
  ``conv_1×1(q_pairs) ⊗ conv_spatial(q_taps)``: its tap basis is the Kronecker product of
  the 1×1 channel convolution's and the channel-free spatial one's, and the weight symbol
  ``q[p·K + t]`` is the product of a *pair* symbol ``q_pairs[p]`` and a *tap* symbol
  ``q_taps[t]`` (the monomial numbering is the same);
* an input ``x`` of shape ``(C, *n)`` is ``x_ch ⊗ x_sp`` in the same sense;
* a permutation of the weight (``swap_channels``) factors into a permutation of the pairs
  ⊗ the identity on the taps (found and checked entry by entry);
* products, transposes and conjugates of Kronecker products are Kronecker products of the
  factors; a sum is one when all terms share their channel part (or their spatial part).

Each side is evaluated as a pair ``(channel LinOp, spatial LinOp)`` with the basis engine;
when both pairs agree factor by factor, the sides are equal (the full operator is a
function of its two factors). The cost is the spatial proof plus a channel proof of
``C_out × C_in`` entries — not their product. Anything that does not split (or whose factors
differ: a refutation needs the full counterexample) raises :class:`NotSplit` and the caller
falls back to the full basis engine.

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.prover import expr as E
>>> t = TransposedConvSpec(in_size=(32, 32), kernel_size=3, stride=2, in_channels=64,
...                        out_channels=32)
>>> q = E.sym("q", t.weight_shape)
>>> channel, spatial = evaluate_split(E.conv(t, q), ndim=2)
>>> channel.shape, spatial.shape
((32, 64), (4225, 1024))
>>> same_operator(E.conv(t, q).T.T, E.conv(t, q), ndim=2)
True
"""

from __future__ import annotations

import math

import numpy as np
import scipy.sparse as sp

from ..spec import ConvSpec, TransposedConvSpec
from . import basis
from . import expr as E
from .basis import LinOp, Var
from .dispatch import Dispatch, NotSupported

__all__ = ["NotSplit", "evaluate_split", "same_operator", "SELECTION_BUILDERS", "SPLIT"]

#: Const builders that build ``I_channels ⊗ A`` (channel-major selection matrices).
SELECTION_BUILDERS = ("downsample_matrix", "upsample_matrix", "pad_matrix", "crop_matrix",
                      "flip_matrix", "identity_matrix")

#: Suffixes naming the channel and spatial factors of a symbol.
CHANNEL, SPATIAL = "__ch", "__sp"


class NotSplit(Exception):
    """The expression is not a Kronecker product of a channel and a spatial factor."""


def _one() -> LinOp:
    return LinOp.const(sp.csr_matrix(np.ones((1, 1), dtype=np.int64)))


def _sym(e: E.Sym, ndim: int) -> tuple[LinOp, LinOp]:
    dims = tuple(e.dims)
    if len(dims) <= ndim:
        return _one(), LinOp.symbol(Var(e.name + SPATIAL, dims, e.conj))
    ch, spatial = dims[:-ndim], dims[-ndim:]
    return (LinOp.symbol(Var(e.name + CHANNEL, ch, e.conj)),
            LinOp.symbol(Var(e.name + SPATIAL, spatial, e.conj)))


def _const(e: E.Const) -> tuple[LinOp, LinOp]:
    if e.builder not in SELECTION_BUILDERS:
        raise NotSplit(f"{e.builder} is not a channel-identity selection")
    kwargs = dict(e.kwargs)
    channels = kwargs.pop("channels", 1)
    spatial = E.Const(e.builder, e.args, tuple(sorted(kwargs.items())))
    return (LinOp.const(sp.identity(channels, dtype=np.int64, format="csr")),
            LinOp.const(spatial.scipy()))


def _kron_factor(m, rows: tuple[int, int], cols: tuple[int, int]):
    """``(A, B)`` with ``m == A ⊗ B`` (A of shape ``(rows[0], cols[0])``), or ``None``."""
    m = sp.coo_matrix(m)
    (r1, r2), (c1, c2) = rows, cols
    if m.shape != (r1 * r2, c1 * c2) or m.nnz == 0:
        return None
    ra, rb = np.divmod(m.row.astype(np.int64), r2)
    ca, cb = np.divmod(m.col.astype(np.int64), c2)
    first = (ra[0], ca[0])
    in_block = (ra == first[0]) & (ca == first[1])
    b = sp.csr_matrix((m.data[in_block], (rb[in_block], cb[in_block])), shape=(r2, c2))
    pivot = (int(rb[in_block][0]), int(cb[in_block][0]))
    pv = b[pivot]
    at_pivot = (rb == pivot[0]) & (cb == pivot[1])
    from fractions import Fraction

    a_vals = [Fraction(int(v), int(pv)) for v in m.data[at_pivot]]
    if any(v.denominator != 1 for v in a_vals):
        return None
    a = sp.csr_matrix((np.array([int(v) for v in a_vals], dtype=np.int64),
                       (ra[at_pivot], ca[at_pivot])), shape=(r1, c1))
    if (sp.kron(a, b, format="csr") != m.tocsr()).nnz:
        return None
    return a, b


def _fixed_left(e: E.Fixed, right: tuple[LinOp, LinOp]) -> tuple[LinOp, LinOp]:
    """A Fixed matrix times a split right factor: factor it to fit."""
    fixed = basis.fixed(e)
    if fixed.den != 1:
        raise NotSplit("a Fixed matrix with fractions")
    rc, rs = right
    cols = (rc.shape[0], rs.shape[0])
    rows_total = e.shape[0]
    for r2 in (rs.shape[0],):  # the spatial factor keeps its size (a channel permutation)
        if rows_total % r2:
            continue
        found = _kron_factor(fixed.mat, (rows_total // r2, r2), cols)
        if found is not None:
            a, b = found
            return basis.matmul(LinOp.const(a), rc), basis.matmul(LinOp.const(b), rs)
    raise NotSplit(f"{e.label} is not (channels) ⊗ (taps)")


def _conv(e: E.Conv, ndim: int, memo) -> tuple[LinOp, LinOp]:
    spec = e.spec
    kc, ks = _split(e.kernel, ndim, memo)
    kc, ks = basis.canonical(kc), basis.canonical(ks)
    g = spec.groups
    pairs = spec.weight_shape[0] * spec.weight_shape[1]
    if kc.shape != (pairs, 1) or ks.shape != (math.prod(spec.kernel_size), 1):
        raise NotSplit("the kernel does not split into channel pairs ⊗ taps")
    cls = TransposedConvSpec if isinstance(spec, TransposedConvSpec) else ConvSpec
    channel_spec = cls(in_size=1, kernel_size=1, in_channels=spec.in_channels,
                       out_channels=spec.out_channels, groups=g)
    spatial_spec = spec.with_(in_channels=1, out_channels=1, groups=1)
    return basis.conv(channel_spec, kc), basis.conv(spatial_spec, ks)


def _equal(a: LinOp, b: LinOp) -> bool:
    return basis.compare(a, b).equal


def _add(parts: list[tuple[LinOp, LinOp]]) -> tuple[LinOp, LinOp]:
    chans, spatials = [p[0] for p in parts], [p[1] for p in parts]
    if all(_equal(chans[0], c) for c in chans[1:]):
        return chans[0], basis.add(spatials)
    if all(_equal(spatials[0], s) for s in spatials[1:]):
        return basis.add(chans), spatials[0]
    raise NotSplit("a sum of terms with different channel and spatial parts")


def _split(e: E.Expr, ndim: int, memo: dict) -> tuple[LinOp, LinOp]:
    key = id(e)
    if key in memo:
        return memo[key][1]
    out = _split_node(e, ndim, memo)
    if out[0].shape[0] * out[1].shape[0] != e.shape[0] or \
            out[0].shape[1] * out[1].shape[1] != e.shape[1]:
        raise NotSplit(f"factors of {type(e).__name__} do not multiply to its shape")
    memo[key] = (e, out)
    return out


def _split_node(e: E.Expr, ndim: int, memo) -> tuple[LinOp, LinOp]:
    try:
        return SPLIT(e, ndim, memo)
    except NotSupported as exc:
        raise NotSplit(exc.reason) from None


#: The channel ⊗ spatial engine's table: ``(node, ndim, memo) -> (channel, spatial)``.
SPLIT = Dispatch("split", "channel ⊗ spatial factors, each by the basis engine (real "
                          "channel counts at fixed sizes)")

SPLIT.register(E.Sym)(lambda e, ndim, memo: _sym(e, ndim))
SPLIT.register(E.Const)(lambda e, ndim, memo: _const(e))
SPLIT.register(E.Conv)(_conv)


@SPLIT.register(E.MatMul)
def _matmul(e: E.MatMul, ndim: int, memo) -> tuple[LinOp, LinOp]:
    if isinstance(e.a, E.Fixed):
        return _fixed_left(e.a, _split(e.b, ndim, memo))
    (ac, as_), (bc, bs) = _split(e.a, ndim, memo), _split(e.b, ndim, memo)
    if ac.shape[1] != bc.shape[0] or as_.shape[1] != bs.shape[0]:
        raise NotSplit("the factors of a product do not fit")
    return basis.matmul(ac, bc), basis.matmul(as_, bs)


@SPLIT.register(E.Transpose)
def _transpose(e: E.Transpose, ndim: int, memo) -> tuple[LinOp, LinOp]:
    c, s = _split(e.a, ndim, memo)
    return basis.transpose(c), basis.transpose(s)


@SPLIT.register(E.Conj)
def _conj(e: E.Conj, ndim: int, memo) -> tuple[LinOp, LinOp]:
    c, s = _split(e.a, ndim, memo)
    return basis.conj(c), basis.conj(s)


SPLIT.register(E.Add)(lambda e, ndim, memo: _add([_split(t, ndim, memo) for t in e.terms]))
SPLIT.decline(E.Fixed, "an exact constant is factored only as the left factor of a product "
                       "(a channel permutation ⊗ the identity on the taps)")
SPLIT.decline(E.Literal, "a user's matrix has no known channel and spatial factors")
SPLIT.decline(E.Kron, "a Kronecker product of split factors interleaves their channel and "
                      "spatial indices")
SPLIT.decline(E.HStack, "stacked columns are not a channel ⊗ spatial product")
SPLIT.decline(E.Grad, "a gradient needs the full monomials of its scalar")
SPLIT.decline(E.Apply, "an exact function of a matrix needs the full matrix")


def evaluate_split(e: E.Expr, ndim: int, memo: dict | None = None) -> tuple[LinOp, LinOp]:
    """``(channel, spatial)`` basis-engine operators whose Kronecker product is ``e`` (up
    to the naming of the symbols' factors); :class:`NotSplit` if there are none.

    >>> c, s = evaluate_split(E.eye(5, channels=3), ndim=1)
    >>> c.shape, s.shape
    ((3, 3), (5, 5))
    """
    c, s = _split(e, ndim, {} if memo is None else memo)
    c, s = basis.canonical(c), basis.canonical(s)
    for part in (c, s):
        keys = [v.key for v in part.vars]
        if len(keys) != len(set(keys)):  # q_i q_j: pair and tap indices would be sorted apart
            raise NotSplit("a symbol occurs twice in one product")
    return c, s


def same_operator(lhs: E.Expr, rhs: E.Expr, ndim: int) -> bool:
    """True if both sides split and agree factor by factor (then they are equal);
    :class:`NotSplit` otherwise (the caller decides on the full operators).

    >>> from tconv_sym import ConvSpec
    >>> q = E.sym("q", (2, 2, 3))
    >>> c = E.conv(ConvSpec(in_size=8, kernel_size=3, in_channels=2, out_channels=2), q)
    >>> same_operator(E.eye(6, channels=2) @ c, c, ndim=1)
    True
    """
    memo: dict = {}
    lc, ls = evaluate_split(lhs, ndim, memo)
    rc, rs = evaluate_split(rhs, ndim, memo)
    if _equal(lc, rc) and _equal(ls, rs):
        return True
    raise NotSplit("the factors differ (decide on the full operators)")
