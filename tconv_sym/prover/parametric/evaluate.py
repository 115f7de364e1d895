"""Evaluate a lifted expression tree to a relation value, node by node.

Leaves come from :mod:`.model` (selections, convolutions, symbols, 0/1 constants); inner
nodes from :mod:`.relation` (product, sum, transpose, conjugate, Kronecker product,
gradient). Nodes the relation model cannot hold raise :class:`~.model.NotParametric`
naming why.
"""

from __future__ import annotations

from .. import expr as E
from . import relation as R
from .model import (
    NotParametric,
    conv_value,
    fixed_value,
    selection_value,
    sym_layout,
    sym_value,
    unsupported,
)

__all__ = ["evaluate", "sized_fixed"]


def evaluate(e: E.Expr, lifted, params, domain: list, memo: dict):
    """The :class:`~.relation.Value` of node ``e`` of a lifted tree (``domain`` collects the
    constraints under which each leaf is defined; ``memo`` shares repeated nodes).

    >>> from tconv_sym.prover.parametric.lift import Variable, lift
    >>> [lifted] = lift(lambda v: (E.eye(v["n"]), E.flip(v["n"])), [Variable("n", 1)])
    >>> from tconv_sym.prover.parametric.model import Space
    >>> domain = []
    >>> evaluate(lifted.lhs, lifted, Space(["n"], [{"n": 1}, {"n": 2}]), domain, {})
    Value(rows 1, cols 1, 1 monomial kinds)
    >>> domain
    ['n >= 1']
    """
    key = id(e)
    if key in memo:
        return memo[key]
    f = lifted.fields[key]
    ev = lambda x: evaluate(x, lifted, params, domain, memo)  # noqa: E731
    if isinstance(e, E.Sym):
        v = sym_value(e, f, params, domain)
    elif isinstance(e, E.Const):
        v = selection_value(e, f, params, domain)
    elif isinstance(e, E.Conv):
        v = conv_value(e.spec, f[1], params, domain, ev(e.kernel))
    elif isinstance(e, E.Fixed):
        v = fixed_value(e, f, params)
    elif isinstance(e, E.MatMul):
        v = R.matmul(ev(e.a), ev(e.b))
    elif isinstance(e, E.Add):
        v = R.add([ev(t) for t in e.terms])
    elif isinstance(e, E.Transpose):
        v = R.transpose(ev(e.a))
    elif isinstance(e, E.Conj):
        v = R.conj(ev(e.a))
    elif isinstance(e, E.Kron):
        v = R.kron(ev(e.a), ev(e.b))
    elif isinstance(e, E.Grad):
        v = R.grad(ev(e.scalar), e.wrt, e.cot,
                   sym_layout(e.wrt, lifted.fields[id(e.wrt)], params),
                   sym_layout(e.cot, lifted.fields[id(e.cot)], params))
    else:
        raise NotParametric(unsupported(e) or f"no model for a {type(e).__name__} node")
    memo[key] = v
    return v


def sized_fixed(e: E.Expr, lifted) -> bool:
    """True for a whole side that is an explicit constant whose values depend on the size
    (compared value by value, as affine functions, instead of as a relation)."""
    if not isinstance(e, E.Fixed):
        return False
    values = lifted.fields[id(e)][4]
    return any(not a.is_constant or a.const != 1 for a in values)
