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
from fractions import Fraction

import numpy as np
import scipy.sparse as sp

from ..spec import ConvSpec, TransposedConvSpec
from . import basis
from . import expr as E
from .basis import LinOp, Var
from .dispatch import Dispatch, NotSupported

__all__ = ["NotSplit", "evaluate_split", "same_operator", "decide", "SELECTION_BUILDERS",
           "SPLIT"]

#: Const builders that build ``I_channels ⊗ A`` (channel-major selection matrices).
SELECTION_BUILDERS = ("downsample_matrix", "upsample_matrix", "pad_matrix", "crop_matrix",
                      "flip_matrix", "identity_matrix")

#: Suffixes naming the channel and spatial factors of a symbol.
CHANNEL, SPATIAL = "__ch", "__sp"


class NotSplit(Exception):
    """The expression is not a Kronecker product of a channel and a spatial factor."""


def _one() -> LinOp:
    return LinOp.const(sp.csr_matrix(np.ones((1, 1), dtype=np.int64)))


def _sym_vars(e: E.Sym, ndim: int) -> tuple[Var | None, Var]:
    """The channel variable (None for a vector without channels) and the spatial one."""
    dims = tuple(e.dims)
    if len(dims) <= ndim:
        return None, Var(e.name + SPATIAL, dims, e.conj)
    return (Var(e.name + CHANNEL, dims[:-ndim], e.conj),
            Var(e.name + SPATIAL, dims[-ndim:], e.conj))


def _sym(e: E.Sym, ndim: int) -> tuple[LinOp, LinOp]:
    channel, spatial = _sym_vars(e, ndim)
    return (_one() if channel is None else LinOp.symbol(channel)), LinOp.symbol(spatial)


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


@SPLIT.register(E.Grad)
def _grad(e: E.Grad, ndim: int, memo) -> tuple[LinOp, LinOp]:
    """``∂²L/∂x∂g`` of ``L = L_ch · L_sp``: the coefficient of ``x[c, s]·g[c', s']`` is the
    product of the coefficients of ``x_ch[c]·g_ch[c']`` and ``x_sp[s]·g_sp[s']``."""
    (wc, ws), (cc, cs) = _sym_vars(e.wrt, ndim), _sym_vars(e.cot, ndim)
    if wc is None or cc is None:
        raise NotSplit("a gradient with respect to a vector without channels")
    sc, ss = (basis.canonical(f) for f in _split(e.scalar, ndim, memo))
    try:
        return basis.grad(sc, wc, cc), basis.grad(ss, ws, cs)
    except ValueError as exc:  # not bilinear in the factors: the full engine says why
        raise NotSplit(str(exc)) from None
@SPLIT.register(E.Diag)
def _diag(e: E.Diag, ndim: int, memo) -> tuple[LinOp, LinOp]:
    """``diag(c ⊗ s) = diag(c) ⊗ diag(s)``: the diagonal of a split column splits."""
    c, s = _split(e.v, ndim, memo)
    if c.shape[1] != 1 or s.shape[1] != 1:
        raise NotSplit("the column of a diag splits into factors that are not columns")
    return basis.diag(c), basis.diag(s)


SPLIT.decline(E.Fixed, "an exact constant is factored only as the left factor of a product "
                       "(a channel permutation ⊗ the identity on the taps)")
SPLIT.decline(E.Literal, "a user's matrix has no known channel and spatial factors")
SPLIT.decline(E.Kron, "a Kronecker product of split factors interleaves their channel and "
                      "spatial indices")
SPLIT.decline(E.HStack, "stacked columns are not a channel ⊗ spatial product")
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


# --------------------------------------------------------------------------------------
# Deciding from the factors: equal, or an entry where the sides differ
# --------------------------------------------------------------------------------------
def decide(lhs: E.Expr, rhs: E.Expr, ndim: int) -> basis.Comparison:
    """Decide ``lhs == rhs`` from their channel and spatial factors, never forming the full
    operators: a :class:`~tconv_sym.prover.basis.Comparison` that is equal, or names an entry
    ``(row, col)`` of the full operators where they differ with both exact values.

    Each side is ``φ(side) = A ⊗ B`` where ``φ`` substitutes ``q[c, t] = q__ch[c]·q__sp[t]``
    (a ring homomorphism), and ``A ⊗ B = C ⊗ D`` exactly when ``C = λA`` and ``B = λD`` for
    a rational ``λ`` (or both sides are zero). So a difference is found from one pivot entry
    of each factor and is an exact refutation — ``φ`` of equal operators is equal. Equality
    needs ``φ`` to be one-to-one on the monomials (no symbol twice in one product); where it
    is not, and for sides that do not split, :class:`NotSplit` (decide on the full operators).

    >>> from tconv_sym import ConvSpec
    >>> spec = ConvSpec(in_size=(32, 32), kernel_size=3, padding=1, in_channels=128,
    ...                 out_channels=64)
    >>> q = E.sym("q", spec.weight_shape)
    >>> shifted = spec.with_(padding=((2, 0), (1, 1)))
    >>> c = decide(E.conv(spec, q), E.conv(shifted, q), ndim=2)
    >>> c.equal, (c.row, c.col), c.lhs, c.rhs
    (False, (0, 0), q_0_0_1_1, q_0_0_2_1)
    >>> decide(E.conv(spec, q).T.T, E.conv(spec, q), ndim=2).equal
    True
    """
    if lhs.shape != rhs.shape:
        return basis.Comparison(False, note=f"the sides have different shapes: {lhs.shape[0]}×"
                                            f"{lhs.shape[1]} vs {rhs.shape[0]}×{rhs.shape[1]}")
    memo: dict = {}
    a, b = (basis.canonical(f) for f in _split(lhs, ndim, memo))
    c, d = (basis.canonical(f) for f in _split(rhs, ndim, memo))
    if a.shape != c.shape or b.shape != d.shape:
        raise NotSplit("the sides split into factors of different shapes")
    one_to_one = all(_distinct(f) for f in (a, b, c, d))
    witness = _kron_difference(a, b, c, d)
    if witness is None:
        if not one_to_one:
            raise NotSplit("a symbol occurs twice in one product")
        return basis.Comparison(True)
    (i, j), (k, m) = witness
    row, col = i * b.shape[0] + k, j * b.shape[1] + m
    left = _entry(a, b, i, j, k, m, full=one_to_one)
    right = _entry(c, d, i, j, k, m, full=one_to_one)
    if one_to_one:
        return basis.Comparison(False, row, col, left, right)
    note = ("after the substitution q[c, t] = q__ch[c]·q__sp[t] (the channel ⊗ spatial "
            "split), which equal operators survive")
    return basis.Comparison(False, row, col, left, right, note)


def _distinct(op: LinOp) -> bool:
    keys = [v.key for v in op.vars]
    return len(keys) == len(set(keys))


def _first_nonzero(op: LinOp) -> tuple[int, int] | None:
    rows, cols, _, _ = op.coo()
    if rows.size == 0:
        return None
    first = int(np.lexsort((cols, rows))[0])
    return int(rows[first]), int(cols[first])


def _entry_vector(op: LinOp, i: int, j: int) -> dict[int, Fraction]:
    """Entry ``(i, j)`` as ``{monomial: coefficient}``."""
    t = op.T_size
    row = op.mat.getrow(i).tocoo()
    sel = (row.col >= j * t) & (row.col < (j + 1) * t)
    return {int(m - j * t): Fraction(int(v), op.den) for m, v in zip(row.col[sel], row.data[sel])}


def _ratio(x: LinOp, y: LinOp, i: int, j: int) -> Fraction | None:
    """``λ`` with ``y[i, j] = λ·x[i, j]`` (``x[i, j] ≠ 0``), or None if there is none."""
    if [v.key for v in x.vars] != [v.key for v in y.vars]:
        return None
    vx, vy = _entry_vector(x, i, j), _entry_vector(y, i, j)
    if vx.keys() != vy.keys():
        return None
    m = next(iter(vx))
    lam = vy[m] / vx[m]
    return lam if all(vy[k] == lam * vx[k] for k in vx) else None


def _scaled(op: LinOp, lam: Fraction) -> LinOp:
    mat = op.mat * lam.numerator
    return LinOp(op.shape, op.vars, mat, op.den * lam.denominator)


def _first_difference(x: LinOp, y: LinOp) -> tuple[int, int] | None:
    cmp = basis.compare(x, y)
    return None if cmp.equal else (cmp.row, cmp.col)


def _kron_difference(a, b, c, d):
    """``((i, j), (k, m))``: an entry where ``a ⊗ b`` and ``c ⊗ d`` differ, or None."""
    pa, pb = _first_nonzero(a), _first_nonzero(b)
    pc, pd = _first_nonzero(c), _first_nonzero(d)
    left_zero, right_zero = pa is None or pb is None, pc is None or pd is None
    if left_zero or right_zero:
        if left_zero and right_zero:
            return None
        return (pc, pd) if left_zero else (pa, pb)
    lam = _ratio(a, c, *pa)
    if lam is None:  # c[pa] is no multiple of a[pa]: the pivot entries themselves differ
        return pa, pb
    other = _first_difference(_scaled(a, lam), c)
    if other is not None:  # c ≠ λa: one of two entries in b's pivot column differs
        first = (pa, pb)
        return first if not _same_entry(a, b, c, d, *pa, *pb) else (other, pb)
    spatial = _first_difference(b, _scaled(d, lam))
    return None if spatial is None else (pa, spatial)


def _same_entry(a, b, c, d, i, j, k, m) -> bool:
    return _entry(a, b, i, j, k, m) - _entry(c, d, i, j, k, m) == 0


def _entry(a: LinOp, b: LinOp, i: int, j: int, k: int, m: int, full: bool = False):
    """Entry ``((i, j), (k, m))`` of ``a ⊗ b``: a SymPy polynomial in the split symbols, or
    with ``full`` in the full ones (``q__ch[c]·q__sp[t]`` is ``q[c, t]``; one-to-one splits
    only)."""
    import sympy

    va, vb = _entry_vector(a, i, j), _entry_vector(b, k, m)
    terms = []
    for ma, ca in va.items():
        for mb, cb in vb.items():
            coeff = sympy.Rational(ca.numerator * cb.numerator, ca.denominator * cb.denominator)
            symbols = (_full_monomial(a, ma, b, mb) if full else
                       [a.monomial_symbols(ma), b.monomial_symbols(mb)])
            terms.append(sympy.Mul(coeff, *symbols))
    return sympy.Add(*terms)


def _full_monomial(a: LinOp, ma: int, b: LinOp, mb: int) -> list:
    """The full symbols of a channel monomial times a spatial monomial."""
    digits_a = dict(zip(a.vars, (int(d[0]) for d in basis.digits(np.array([ma]), a.vars))))
    digits_b = dict(zip(b.vars, (int(d[0]) for d in basis.digits(np.array([mb]), b.vars))))
    channel = {(v.name.removesuffix(CHANNEL), v.conj): (v, dg) for v, dg in digits_a.items()}
    out = []
    for v, t in digits_b.items():
        base = v.name.removesuffix(SPATIAL)
        ch = channel.pop((base, v.conj), None)
        if ch is None:  # a vector without channels: its symbols are named by space alone
            out.append(Var(base, v.dims, v.conj).symbol(t))
        else:
            cv, c = ch
            out.append(Var(base, cv.dims + v.dims, v.conj).symbol(c * v.size + t))
    for (base, conj), (cv, c) in channel.items():  # pragma: no cover - every Sym has a space
        out.append(Var(base, cv.dims, conj).symbol(c))
    return out
