"""Evaluate a traced expression tree to a relation value, node by node (one dispatch table).

Leaves come from :mod:`.model` (selections, convolutions, symbols, rational constants as
weight classes), written from each builder's definition with the sizes as the trace's
symbolic expressions; inner
nodes from :mod:`.relation` (product, sum, transpose, conjugate, Kronecker product,
gradient). Node kinds without a relation model are declined in the table, with the reason.

>>> import islpy as isl
>>> from .symint import SymInt, Trace
>>> t = Trace(["n"], isl.Set("[n] -> { : n >= 1 }"), {"n": 4})
>>> with t:
...     n = SymInt.symbol("n", 4)
...     v = evaluate(E.flip(4) @ E.eye(4), [], {})
>>> v
Value(rows 4, cols 4, 1 monomial kinds)
"""

from __future__ import annotations

from .. import expr as E
from ..dispatch import Dispatch, NotSupported
from ..predicates import constant_indicator
from . import relation as R
from .counting import Ones, constant_value, count_levels
from .family import family_value
from .fast_forms import DIAG_SCOPE
from .model import conv_value, fixed_value, selection_value, sym_layout, sym_value
from .symint import NotParametric

__all__ = ["evaluate", "PARAMETRIC"]

#: The parametric engine's table: node class -> relation value.
PARAMETRIC = Dispatch("parametric", "relations over (row, col, tap) indices with the sizes as "
                      "isl parameters, built from each node's definition")


def evaluate(e: E.Expr, domain: list, memo: dict):
    """The :class:`~.relation.Value` of node ``e`` (``domain`` collects the constraints
    under which each leaf is defined; ``memo`` shares repeated nodes)."""
    key = id(e)
    if key not in memo:
        try:
            memo[key] = PARAMETRIC(e, domain, memo)
        except NotSupported as err:  # a declined node kind: the engine declines, with why
            raise NotParametric(str(err)) from None
    return memo[key]


@PARAMETRIC.register(E.Sym)
def _sym(e, domain, memo):
    return sym_value(e, domain)


@PARAMETRIC.register(E.Const)
def _const(e, domain, memo):
    return selection_value(e, domain)


@PARAMETRIC.register(E.Conv)
def _conv(e, domain, memo):
    return conv_value(e, domain, evaluate(e.kernel, domain, memo))


@PARAMETRIC.register(E.Fixed)
def _fixed(e, domain, memo):
    return fixed_value(e)


@PARAMETRIC.register(E.MatMul)
def _matmul(e, domain, memo):
    return R.matmul(evaluate(e.a, domain, memo), evaluate(e.b, domain, memo))


@PARAMETRIC.register(E.Add)
def _add(e, domain, memo):
    return R.add([evaluate(t, domain, memo) for t in e.terms])


@PARAMETRIC.register(E.Transpose)
def _transpose(e, domain, memo):
    return R.transpose(evaluate(e.a, domain, memo))


@PARAMETRIC.register(E.Conj)
def _conj(e, domain, memo):
    return R.conj(evaluate(e.a, domain, memo))


@PARAMETRIC.register(E.Kron)
def _kron(e, domain, memo):
    return R.kron(evaluate(e.a, domain, memo), evaluate(e.b, domain, memo))


@PARAMETRIC.register(E.Grad)
def _grad(e, domain, memo):
    return R.grad(evaluate(e.scalar, domain, memo), e.wrt, e.cot, sym_layout(e.wrt),
                  sym_layout(e.cot))


@PARAMETRIC.register(E.Columns)
def _columns(e, domain, memo):
    return family_value(e, domain, evaluate)


PARAMETRIC.decline(E.HStack, "a column stack (hstack) is built with one part per sample: a "
                   "construction whose tree grows with n; write it as a family of columns, "
                   "E.columns(extent, fn)")


@PARAMETRIC.register(E.Apply)
def _apply(e, domain, memo):
    """Predicates the engine can count (see :mod:`.counting`); any other function of a
    matrix's entries is declined."""
    if e.fn is constant_indicator:
        return constant_value(*count_levels(e.a, domain, memo, evaluate))
    raise NotParametric(f"{e.label}: an exact function of a matrix (a predicate on its "
                        "entries) other than constant_indicator of a count column")


PARAMETRIC.partly(E.Apply, "constant_indicator of a count column (A @ 1) only, counted level by "
                   "level (parametric/counting.py); any other function of a matrix declines")
PARAMETRIC.partly(E.Fixed, "int/Fraction entries at positions that do not depend on the size "
                  "(one weight class per distinct value; sides compared class by class once "
                  "each entry is shown to hold one class, else declined), or a table of sizes "
                  "compared entry by entry")
PARAMETRIC.partly(E.Columns, "families whose columns are built the same way for every index "
                  "(amounts affine in the indices); a column built another way for some "
                  "indices declines")
PARAMETRIC.partly(E.Conv, "stride, dilation, channels and groups concrete in each relation "
                  "(kernel, padding, output_padding and sizes may be symbols; a symbolic "
                  "stride, dilation or channel count is proved value by value up to a bound)")
PARAMETRIC.decline(Ones, "an all-ones block of symbolic size (a column of ones, or a kernel "
                   "of ones with kernel='k') is read only as the summing column of a count "
                   "(A @ 1 under constant_indicator); a symbolic number of taps would need "
                   "barvinok's counting, which islpy does not ship")


@PARAMETRIC.register(E.Diag)
def _diag(e, domain, memo):
    """Reached only by a Diag outside a tiled fast form (those are evaluated whole by
    :func:`.fast_forms.prepare`, before the tree is walked): declined, with the reason."""
    raise NotParametric(f"diag({e.v}): a diagonal of a column outside a tiled fast form; "
                        "its entries are sums of rational coefficients that cancel, which "
                        "no relation with one weight class per entry models; " + DIAG_SCOPE)


PARAMETRIC.partly(E.Diag, "tiled fast forms L·diag(K q)·R only (winograd_forms.tile_form over "
                  "tiled dims), rewritten by the tile lemma (exact, at the fixed F(m, r)) and "
                  "the Kronecker mixed-product law (parametric/fast_forms.py); any other Diag "
                  "declines")
PARAMETRIC.decline(E.Literal, "a Literal (a matrix given by value) has no size parameters")
