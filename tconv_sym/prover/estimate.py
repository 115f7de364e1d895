"""Memory estimates for the prover's engines, checked before anything is evaluated.

The basis engine's largest arrays are the structural entries of its convolutions (a tap
basis is ``C_out × C_in/g × spatial`` entries, expanded by the kernel's monomials) and of
its constant matrices; the SymPy engine holds every entry as an expression. :func:`check`
sums those over the expression trees of both sides and refuses through
:mod:`tconv_sym.budget` with the estimate and what to do instead.

>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.prover import expr as E
>>> t = TransposedConvSpec(in_size=(32, 32), kernel_size=3, stride=2, in_channels=256,
...                        out_channels=256)
>>> entries(E.conv(t, E.sym("q", t.weight_shape)))
607092994
"""

from __future__ import annotations

import math

from .. import budget
from ..factored import factored
from . import expr as E
from .dispatch import Dispatch

__all__ = ["entries", "check", "ENTRIES", "BYTES_PER_ENTRY", "SYMPY_BYTES_PER_ENTRY"]

#: bytes per structural entry in the basis engine (indices, data, a sort, one product)
BYTES_PER_ENTRY = 96

#: bytes per entry of a SymPy matrix (dict slots and expression objects)
SYMPY_BYTES_PER_ENTRY = 400


def entries(e: E.Expr, split: bool = False) -> int:
    """Structural entries of the convolutions and constants in ``e`` (each node once), plus
    every node's rows and columns; with ``split``, the entries of the channel and spatial
    factors (:mod:`tconv_sym.prover.split`).

    >>> from tconv_sym import ConvSpec
    >>> c = E.conv(ConvSpec(in_size=8, kernel_size=3, in_channels=4, out_channels=4),
    ...            E.sym("q", (4, 4, 3)))
    >>> entries(c), entries(c, split=True)
    (490, 145)
    """
    total = 0
    for node in E.walk(e):
        if not split:
            total += node.shape[0] + node.shape[1]  # row pointers of it and its transpose
        total += ENTRIES(node, split)
    return total


#: The estimate's table: ``(node, split) -> structural entries of that node alone``.
ENTRIES = Dispatch("estimate", "structural entries counted before any engine runs")


@ENTRIES.register(E.Conv)
def _conv_entries(node: E.Conv, split: bool) -> int:
    op = factored(node.spec)
    if not split:
        return op.nnz
    pairs = op.nnz // max(op.spatial_nnz, 1)
    return op.spatial_nnz + pairs + sum(op.shape) // max(node.spec.in_channels, 1)


@ENTRIES.register(E.Const)
def _const_entries(node: E.Const, split: bool) -> int:
    channels = dict(node.kwargs).get("channels", 1) if split else 1
    total = int(node.scipy().nnz) // channels + channels - 1
    if split:
        total += (node.shape[0] + node.shape[1]) // channels
    return total


@ENTRIES.register(E.Sym)
def _sym_entries(node: E.Sym, split: bool) -> int:
    return node.shape[0] + node.shape[1] + math.prod(node.dims)


@ENTRIES.register(E.Fixed)
def _fixed_entries(node: E.Fixed, split: bool) -> int:
    return node.shape[0] + node.shape[1] + len(node.values)


@ENTRIES.register(E.Literal)
def _literal_entries(node: E.Literal, split: bool) -> int:
    return node.shape[0] + node.shape[1] + len(node.value.todok())


@ENTRIES.register(E.Diag)
def _diag_entries(node: E.Diag, split: bool) -> int:
    return node.shape[0]  # its diagonal: one entry per entry of the column (counted too)


#: inner nodes hold only what their children produce (counted by their shapes above)
ENTRIES.register(E.MatMul, E.Add, E.Transpose, E.Conj, E.Kron, E.HStack, E.Grad, E.Apply)(
    lambda node, split: 0)


def check(lhs: E.Expr, rhs: E.Expr, engine: str, split: bool = False) -> None:
    """Refuse (``ResourceLimitError``) before evaluating sides too large for ``engine``
    (``split``: for the channel-split proof).

    >>> check(E.eye(4), E.eye(4), "sympy")
    """
    n = entries(lhs, split) + entries(rhs, split)
    kind = "the channel-split proof" if split else f"proving with engine={engine!r}"
    what = f"{kind} ({n:,} structural entries)"
    hint = ("use smaller sizes or fewer channels; the channel-split proof applies to "
            "identities that hold channel by channel; or all_sizes=True where available")
    if engine == "sympy":
        budget.check("sympy_entries", n, what=what, hint=hint + "; or engine='basis'")
        budget.check("bytes", n * SYMPY_BYTES_PER_ENTRY, what=what, hint=hint)
    else:
        budget.check("bytes", n * BYTES_PER_ENTRY, what=what, hint=hint)
