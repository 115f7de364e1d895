"""Tiled fast (Winograd) forms for every size: a proof by rewriting, each step established.

A tiled form ``L · diag(K q) · R`` (:func:`tconv_sym.prover.winograd_forms.tile_form` over
:func:`~tconv_sym.prover.winograd_forms.tiled` dims) has entries that are sums over the
``m + r − 1`` transform points of rational coefficients that cancel: no relation with one
weight class per entry models the ``Diag``. It is rewritten instead, in three steps:

(a) **the tile lemma** (fixed size, exact): the one-tile form ``X(q) = (L_c ⊗ Aᵀ_0 ⊗ …)
    diag((K_c ⊗ G_0 ⊗ …) q) (R_c ⊗ Bᵀ_0 ⊗ …)`` is computed exactly by the basis engine
    (integers over a common denominator) as ``Σ_u q_u X_u``, and compared with the
    ``m × (m+r−1)`` correlation tile ``C_valid(q)`` by the fixed-size engine (recorded:
    it holds for a correct ``F(m, r)``, fails for a broken transform);
(b) **the Kronecker mixed-product law**, valid for every tile count ``T``:
    ``(I_T ⊗ Aᵀ) diag(1_T ⊗ G e_t) (I_T ⊗ Bᵀ) = I_T ⊗ (Aᵀ diag(G e_t) Bᵀ)`` (as
    ``diag(1_T ⊗ v) = I_T ⊗ diag(v)``), per dim and with the border cut ``P_d`` and the
    tile gather ``Q_d`` taken out of the Kronecker products by the same law: the form is
    ``(⊗ P_d) · [Σ_u q_u ⊗_d (I_{T_d} ⊗ X_u)] · (⊗ Q_d)``, a structural rewrite, sound by
    the law (not sampled);
(c) the middle factor is written as a relation from the exact coefficients of (a) with the
    tile indices as dims (``0 ≤ a_d < T_d``, the same tile on both sides), ``T_d`` the
    quasi-affine ``⌈count/m⌉`` of the build; the parametric engine then decides the whole
    identity (cut, tiles, windows, phases, ↑s) for every size — and every padding and
    output_padding when those are symbols (the windows and counts are quasi-affine in them;
    which sub-kernel feeds which phase is ``p mod s``, a path each). A symbolic kernel size
    declines: it changes ``L``, so ``F(m, L)`` and its transforms (no finite lemma).

The coefficients of (a) are the true ones whatever the transforms are, so a broken transform
(a wrong point, a transposed Bᵀ) is decided too: step (a) records that the lemma fails, and
the engine refutes the identity with a counterexample the basis engine confirms. A ``Diag``
in any other shape is left alone: the engine declines it, with its reason.

>>> from tconv_sym.prover.parametric import prove_all_sizes
>>> p = prove_all_sizes("winograd_phases_are_transposed_conv", kernel=4, stride=2, padding=1)
>>> p.holds, p.domain, [s.name for s in p.steps]
(True, 'n ≥ 1', ['tile lemma', 'Kronecker mixed-product law'])
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

from .. import expr as E
from .counting import Ones
from .model import Leaf, isl_text
from .relation import Value, is_unit, matmul, reshape_rows, weight_factor
from .symint import NotParametric, is_symbolic

__all__ = ["Step", "prepare", "DIAG_SCOPE"]

#: What the rewrite covers (the engine's decline of any other ``Diag`` says so).
DIAG_SCOPE = ("a Diag is modelled only inside a tiled fast form L·diag(K q)·R whose Kronecker "
              "factors are a constant channel block followed, per dim, by cut·(I_T ⊗ Aᵀ), "
              "1_T ⊗ G and (I_T ⊗ Bᵀ)·tiles·window (winograd_forms.tile_form over tiled dims): "
              "rewritten by the tile lemma and the Kronecker mixed-product law")


@dataclass(frozen=True)
class Step:
    """One established step of a proof by rewriting: ``name``, the ``statement`` it
    establishes, ``by`` (what established it), ``holds`` and ``detail`` (a counterexample
    entry, timings).

    >>> Step("tile lemma", "Aᵀ diag(G q) Bᵀ = C_valid(q)", "basis engine", True)
    tile lemma: Aᵀ diag(G q) Bᵀ = C_valid(q) — holds (basis engine)
    """

    name: str
    statement: str
    by: str
    holds: bool
    detail: str = field(default="", compare=False)

    def __repr__(self) -> str:
        verdict = "holds" if self.holds else "FAILS"
        more = f"; {self.detail}" if self.detail else ""
        return f"{self.name}: {self.statement} — {verdict} ({self.by}{more})"


#: Tile lemmas decided so far, by the exact one-tile form (a lemma is a fixed statement).
_LEMMAS: dict = {}


class _NoMatch(Exception):
    pass


def _chain(e: E.Expr) -> list:
    """The factors of a product ``a @ b @ …`` (associativity: the same matrix)."""
    if isinstance(e, E.MatMul):
        return _chain(e.a) + _chain(e.b)
    return [e]


def _product(factors: list, keep: list) -> E.Expr | None:
    if not factors:
        return None
    out = factors[0]
    for f in factors[1:]:
        out = E.MatMul(out, f)
        keep.append(out)
    return out


def _is_eye(e) -> bool:
    return (isinstance(e, E.Const) and e.builder == "identity_matrix" and not e.kwargs
            and len(e.args[0]) == 1)


def _is_ones_column(e) -> bool:
    if isinstance(e, Ones):
        return e.shape[1] == 1
    return (isinstance(e, E.Fixed) and e.shape[1] == 1 and not is_symbolic(e.shape[0])
            and len(e.values) == e.shape[0] and all(v == 1 for v in e.values))


def _kron_factors(e: E.Expr) -> list:
    """Kronecker factors (associativity), not splitting ``1_T ⊗ G``."""
    if isinstance(e, E.Kron) and not _is_ones_column(e.a):
        return _kron_factors(e.a) + _kron_factors(e.b)
    return [e]


def _constant(e: E.Expr) -> bool:
    return not any(is_symbolic(x) for x in e.shape)


def _split(factors: list, tiled, what: str):
    """(constant channel block, tiled dims): the trailing factors that match ``tiled``."""
    dims = []
    while factors and (m := tiled(factors[-1])) is not None:
        dims.insert(0, m)
        factors = factors[:-1]
    if not dims:
        raise _NoMatch(f"{what} has no tiled factor")
    if not all(_constant(f) for f in factors):
        raise _NoMatch(f"{what}: a channel factor of symbolic size")
    return factors, dims


def _left_dim(f):
    c = _chain(f)
    last = c[-1]
    if len(c) >= 2 and isinstance(last, E.Kron) and _is_eye(last.a) and _constant(last.b):
        return c[:-1], last.a.args[0][0], last.b
    return None


def _ker_dim(f):
    if isinstance(f, E.Kron) and _is_ones_column(f.a) and _constant(f.b):
        return f.a.shape[0], f.b
    return None


def _right_dim(f):
    c = _chain(f)
    first = c[0]
    if len(c) >= 2 and isinstance(first, E.Kron) and _is_eye(first.a) and _constant(first.b):
        return first.a.args[0][0], first.b, c[1:]
    return None


def _block(factors: list, keep: list) -> E.Expr | None:
    if not factors:
        return None
    out = E.kron(*factors)
    keep.append(out)
    return out


def match(node) -> dict:
    """The parts of a tiled fast form ``MatMul(MatMul(L, Diag(K @ q)), R)``, or
    :class:`_NoMatch` with why not."""
    if not (isinstance(node, E.MatMul) and isinstance(node.a, E.MatMul)
            and isinstance(node.a.b, E.Diag)):
        raise _NoMatch("not of the form L·diag(v)·R")
    left, v, right = node.a.a, node.a.b.v, node.b
    if not isinstance(v, E.MatMul):
        raise _NoMatch("the diagonal is not a transformed kernel K·q")
    ker, q = v.a, v.b
    lc, ldims = _split(_kron_factors(left), _left_dim, "L")
    kc, kdims = _split(_kron_factors(ker), _ker_dim, "K")
    rc, rdims = _split(_kron_factors(right), _right_dim, "R")
    if not len(ldims) == len(kdims) == len(rdims):
        raise _NoMatch(f"L, K and R have {len(ldims)}, {len(kdims)} and {len(rdims)} tiled "
                       "dims")
    dims = list(zip(ldims, kdims, rdims))
    inner = [(int(ld[2].shape[1]), int(kd[1].shape[0]), int(rd[1].shape[0]))
             for ld, kd, rd in dims]
    block = [int(np.prod([f.shape[i] for f in fs])) for fs, i in ((lc, 1), (kc, 0), (rc, 0))]
    if any(len(set(x)) > 1 for x in inner + [tuple(block)]):
        raise _NoMatch(f"the Kronecker factors of L, K and R do not line up (inner sizes "
                       f"{inner}, channel blocks {block})")
    return {"left": lc, "ker": kc, "right": rc, "q": q,
            "dims": list(zip(ldims, kdims, rdims))}


def _tile_lemma(parts, keep):
    """Step (a): the exact one-tile form ``X`` (basis engine) and the lemma ``X = C_valid``."""
    from ...spec import ConvSpec
    from .. import basis

    ats = [ld[2] for ld, _, _ in parts["dims"]]
    gs = [kd[1] for _, kd, _ in parts["dims"]]
    bts = [rd[1] for _, _, rd in parts["dims"]]
    lc, kc, rc = parts["left"], parts["ker"], parts["right"]
    width = parts["q"].shape[0]
    u = E.sym("u", width)
    x = (E.kron(*lc, *ats) @ E.diag(E.kron(*kc, *gs) @ u) @ E.kron(*rc, *bts))
    op = basis.evaluate(x)
    sizes = [int(b.shape[1]) for b in bts]
    taps = [int(g.shape[1]) for g in gs]
    outs = [int(a.shape[0]) for a in ats]
    block_rows = x.shape[0] // int(np.prod(outs))
    block_cols = x.shape[1] // int(np.prod(sizes))
    tag = f"F({'×'.join(map(str, outs))}, {'×'.join(map(str, taps))})"
    statement = (f"Aᵀ diag(G q) Bᵀ = C_valid(q) for {tag}"
                 + (f", {block_rows}×{block_cols} channels" if block_rows * block_cols > 1
                    else ""))
    key = (statement, tuple(sizes), x.shape, op.den, op.T_size, op.mat.shape,
           op.mat.indptr.tobytes(), op.mat.indices.tobytes(), op.mat.data.tobytes())
    if key in _LEMMAS:
        return op, shape_of(block_rows, block_cols, outs, sizes, width, taps), _LEMMAS[key]
    if block_rows * block_cols * int(np.prod(taps)) == width and all(
            n - r + 1 == m for n, r, m in zip(sizes, taps, outs)):
        spec = ConvSpec(in_size=tuple(sizes), kernel_size=tuple(taps),
                        in_channels=block_cols, out_channels=block_rows)
        holds, detail = _exact_lemma(x, E.conv(spec, u))
        step = Step("tile lemma", statement, "the fixed-size sympy engine, exact", holds,
                    detail)
    else:
        step = Step("tile lemma", statement.replace("= C_valid(q)", "(its exact coefficients)"),
                    "the basis engine, exact", False,
                    "not a correlation tile: the coefficients are used as computed")
    if len(_LEMMAS) > 256:
        _LEMMAS.clear()
    _LEMMAS[key] = step
    return op, shape_of(block_rows, block_cols, outs, sizes, width, taps), step


def _exact_lemma(lhs: E.Expr, rhs: E.Expr) -> tuple[bool, str]:
    """``lhs = rhs`` decided by the fixed-size SymPy engine (exact): whether it holds, and the
    time (with the first differing entry when it does not)."""
    import time

    from .. import estimate, sympy_engine
    from ..proof import Counterexample

    t0 = time.perf_counter()
    estimate.check(lhs, rhs, "sympy")
    memo: dict = {}
    cmp = sympy_engine.compare(sympy_engine.evaluate(lhs, memo),
                               sympy_engine.evaluate(rhs, memo))
    detail = f"{(time.perf_counter() - t0) * 1e3:.1f} ms"
    if not cmp.equal:
        where = Counterexample(cmp.row, cmp.col, cmp.lhs, cmp.rhs, cmp.note, "")
        detail = f"{where!r}; {detail}"
    return bool(cmp.equal), detail


def shape_of(block_rows, block_cols, outs, sizes, width, taps) -> dict:
    """The layouts of the one-tile form: rows (channel block, m_d…), cols (channel block,
    n_d…), taps (channel pairs, r_d…) when the kernel's width splits so, else flat."""
    per = int(np.prod(taps))
    tap_l = [width // per, *taps] if width % per == 0 else [width]
    return {"rows": [block_rows, *outs], "cols": [block_cols, *sizes], "taps": tap_l}


def _core_value(op, shape, tiles, q_value) -> Value:
    """Step (c)'s middle factor ``Σ_u q_u ⊗_d (I_{T_d} ⊗ X_u)`` as a relation: the exact
    coefficients of ``X`` (one weight class per value) with a tile index per dim, the same
    on rows and columns, ``0 ≤ a_d < T_d``."""
    rows_l, cols_l, taps_l = shape["rows"], shape["cols"], shape["taps"]
    nd = len(tiles)
    r_idx, c_idx, mono, data = op.coo()
    rr = np.unravel_index(r_idx, rows_l)
    cc = np.unravel_index(c_idx, cols_l)
    uu = np.unravel_index(mono, taps_l)
    classes: dict = {}
    for k in range(len(data)):
        w = Fraction(int(data[k]), op.den)
        if w:
            pt = ([int(rr[0][k])] + [int(rr[1 + d][k]) for d in range(nd)],
                  [int(cc[0][k])] + [int(cc[1 + d][k]) for d in range(nd)],
                  [int(x[k]) for x in uu])
            classes.setdefault(w, []).append(pt)
    terms = {}
    layouts = None
    for w, pts in classes.items():
        leaf = Leaf(3)
        rch = leaf.dim(0, "r", rows_l[0])
        rdims, cdims = [], []
        for d in range(nd):
            rdims.append((leaf.dim(0, "a", tiles[d]), leaf.dim(0, "i", rows_l[1 + d])))
        cch = leaf.dim(1, "c", cols_l[0])
        for d in range(nd):
            cdims.append((leaf.dim(1, "b", tiles[d]), leaf.dim(1, "j", cols_l[1 + d])))
        tap = [leaf.dim(2, "u", e) for e in taps_l]
        for (a, _), (b, _), t in zip(rdims, cdims, tiles):
            leaf.where(f"0 <= {a} < {isl_text(t)}", f"{b} = {a}")
        alts = []
        for rv, cv, uv in pts:
            eqs = [f"{rch} = {rv[0]}", f"{cch} = {cv[0]}"]
            eqs += [f"{t} = {x}" for t, x in zip(tap, uv)]
            eqs += [f"{i} = {x}" for (_, i), x in zip(rdims, rv[1:])]
            eqs += [f"{j} = {x}" for (_, j), x in zip(cdims, cv[1:])]
            alts.append("(" + " and ".join(eqs) + ")")
        leaf.where("(" + " or ".join(alts) + ")")
        s, layouts = leaf.set()
        terms[() if w == 1 else (weight_factor(w),)] = s
    if layouts is None:
        raise NotParametric("the one-tile fast form is the zero matrix")
    rows, cols, taps = layouts
    entry = Value(rows + cols, taps, terms)
    joined = matmul(entry, reshape_rows(q_value, taps))
    return Value(rows, cols, joined.terms)


def _value(node, domain, memo, evaluate, keep):
    parts = match(node)
    tiles = []
    for (_, t_l, _), (t_k, _), (t_r, _, _) in parts["dims"]:
        if not (t_l == t_k and t_l == t_r):  # symbolic: decided on the path
            raise NotParametric("a tiled fast form whose Aᵀ, G and Bᵀ have different tile "
                                "counts")
        tiles.append(t_l)
        if not is_unit(t_l):
            domain.append(f"{_text(t_l)} >= 1")
    op, shape, lemma = _tile_lemma(parts, keep)
    q_value = evaluate(parts["q"], domain, memo)
    core = _core_value(op, shape, tiles, q_value)
    cut = [_product(ld[0], keep) for ld, _, _ in parts["dims"]]
    gather = [_product(rd[2], keep) for _, _, rd in parts["dims"]]
    rows_ch, cols_ch = shape["rows"][0], shape["cols"][0]
    p = _block(([E.eye(rows_ch)] if rows_ch > 1 else []) + cut, keep)
    g = _block(([E.eye(cols_ch)] if cols_ch > 1 else []) + gather, keep)
    value = matmul(matmul(evaluate(p, domain, memo), core), evaluate(g, domain, memo))
    value = Value(value.rows, value.cols, {sig: t.detect_equalities().coalesce()
                                           for sig, t in value.terms.items()})
    law = Step("Kronecker mixed-product law",
               "(I_T ⊗ Aᵀ) diag(1_T ⊗ G q) (I_T ⊗ Bᵀ) = I_T ⊗ (Aᵀ diag(G q) Bᵀ), per dim, "
               "for every tile count T", "a structural rewrite of the tree, sound by the law",
               True, f"{len(tiles)} tiled dim(s), T = ⌈count/m⌉ symbolic")
    return value, [lemma, law]


def _text(x) -> str:
    return isl_text(x)


def prepare(e: E.Expr, domain: list, memo: dict, evaluate) -> list:
    """Evaluate every tiled fast form of ``e`` by the rewrite (its value stored in ``memo``
    for ``evaluate`` to find) and return the steps that established it. A ``Diag`` in any
    other shape is left for ``evaluate``, which declines it."""
    keep = memo.setdefault("fast_forms: nodes kept alive", [])
    steps: list = []
    for node in list(E.walk(e)):
        if id(node) in memo or not isinstance(node, E.MatMul):
            continue
        try:
            parts_ok = isinstance(node.a, E.MatMul) and isinstance(node.a.b, E.Diag)
            if not parts_ok:
                continue
            value, found = _value(node, domain, memo, evaluate, keep)
        except _NoMatch as why:
            raise NotParametric(f"{DIAG_SCOPE}; this one does not fit ({why})") from None
        keep.append(node)
        memo[id(node)] = value
        steps += [s for s in found if s not in steps]
    return steps
