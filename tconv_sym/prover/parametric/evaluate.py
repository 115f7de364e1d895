"""Evaluate a traced expression tree to a relation value, node by node (one dispatch table).

Leaves come from :mod:`.model` (selections, convolutions, symbols, 0/1 constants), written
from each builder's definition with the sizes as the trace's symbolic expressions; inner
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
from ..dispatch import Dispatch
from . import relation as R
from .model import conv_value, fixed_value, selection_value, sym_layout, sym_value

__all__ = ["evaluate", "PARAMETRIC"]

#: The parametric engine's table: node class -> relation value.
PARAMETRIC = Dispatch("parametric", "relations over (row, col, tap) indices with the sizes as "
                      "isl parameters, built from each node's definition")


def evaluate(e: E.Expr, domain: list, memo: dict):
    """The :class:`~.relation.Value` of node ``e`` (``domain`` collects the constraints
    under which each leaf is defined; ``memo`` shares repeated nodes)."""
    key = id(e)
    if key not in memo:
        memo[key] = PARAMETRIC(e, domain, memo)
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


PARAMETRIC.decline(E.HStack, "a column stack (hstack) is built with one part per sample: a "
                   "construction whose tree grows with n needs a parametric family node")
PARAMETRIC.decline(E.Apply, "an exact function of a matrix (a predicate on its entries) needs "
                   "counting, not a 0/1 relation")
PARAMETRIC.decline(E.Diag, "a diagonal of a column (Diag: the elementwise product of a fast "
                   "Winograd form) is not modelled; the forms it serves carry rational "
                   "transforms, which the 0/1 relation model cannot hold")
PARAMETRIC.decline(E.Literal, "a Literal (a matrix given by value) has no size parameters")
