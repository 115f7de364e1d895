"""Exact predicates on constant matrices, for :class:`~tconv_sym.prover.expr.Apply` nodes.

Named functions (not lambdas) so that an engine can recognise one and decide it its own way:
the all-sizes engine reads :func:`constant_indicator` of a count column as level sets
(:mod:`tconv_sym.prover.parametric.counting`).

>>> constant_indicator([[2], [2]]), constant_indicator([[1], [2]])
([[1]], [[0]])
"""

from __future__ import annotations

__all__ = ["constant_indicator"]


def constant_indicator(rows) -> list:
    """``[[1]]`` if every entry of the column ``rows`` is the same (and there is one), else
    ``[[0]]``.

    >>> constant_indicator([[3], [3], [3]])
    [[1]]
    """
    return [[int(len({r[0] for r in rows}) == 1)]]
