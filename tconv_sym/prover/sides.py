"""Both sides of an identity as readable matrices, and where they differ: what
``tconv-sym prove -v`` prints for small sizes.

>>> print(show_sides("up_is_down_transpose", size=3, stride=2))
lhs (6×3):
[1, 0, 0]
[0, 0, 0]
[0, 1, 0]
[0, 0, 0]
[0, 0, 1]
[0, 0, 0]
rhs (6×3): the same matrix
>>> print(show_sides("up_is_down_transpose", size=2, stride=2, variant="wrong_phase"))
lhs (4×2):
[1, 0]
[0, 0]
[0, 1]
[0, 0]
rhs (4×2):
[0, 0]
[1, 0]
[0, 0]
[0, 1]
differing region: rows 0–3, columns 0–1 (4 of 8 entries differ)
"""

from __future__ import annotations

import numpy as np

from . import sympy_engine
from .identity import Identity, make_params
from .polynomial import compare_entries

__all__ = ["side_matrices", "show_sides", "differing_region", "MAX_SHOWN"]

#: Largest number of rows or columns :func:`show_sides` writes out.
MAX_SHOWN = 40


def side_matrices(identity: Identity, *, variant=None, **params):
    """``(lhs, rhs)`` of ``identity`` as SymPy matrices (the SymPy engine) for ``params``.

    >>> from tconv_sym.prover.catalogue import identities
    >>> lhs, rhs = side_matrices(identities()["up_is_down_transpose"], size=2, stride=2)
    >>> lhs.shape, lhs == rhs
    ((4, 2), True)
    """
    import sympy

    p = make_params(**params)
    a, b = identity.sides(p, variant)
    memo: dict = {}
    return (sympy.Matrix(sympy_engine.evaluate(a, memo)),
            sympy.Matrix(sympy_engine.evaluate(b, memo)))


def differing_region(lhs, rhs):
    """``(rows, cols, count)``: the bounding box (inclusive ranges) of the entries where two
    equally shaped matrices differ and how many do, or None when they are equal.

    >>> import sympy
    >>> differing_region(sympy.Matrix([[1, 2], [3, 4]]), sympy.Matrix([[1, 2], [0, 4]]))
    ((1, 1), (0, 0), 1)
    """

    if lhs.shape != rhs.shape:
        raise ValueError(f"lhs and rhs must have the same shape, got {lhs.shape} and {rhs.shape}")
    diff = np.array([[not compare_entries(lhs[i, j], rhs[i, j]).equal
                      for j in range(lhs.shape[1])]
                     for i in range(lhs.shape[0])], dtype=bool).reshape(lhs.shape)
    if not diff.any():
        return None
    rows, cols = np.nonzero(diff)
    return ((int(rows.min()), int(rows.max())), (int(cols.min()), int(cols.max())),
            int(diff.sum()))


def _rows(m) -> list[str]:
    cells = [[str(m[i, j]) for j in range(m.shape[1])] for i in range(m.shape[0])]
    width = max((len(c) for row in cells for c in row), default=1)
    if width == 1:
        return ["[" + ", ".join(row) + "]" for row in cells]
    return ["[" + ", ".join(c.rjust(width) for c in row) + "]" for row in cells]


def show_sides(name, *, variant=None, max_shown: int = MAX_SHOWN, **params) -> str:
    """Both sides of the identity ``name`` (a name or an :class:`Identity`) written out for
    ``params`` when neither has more than ``max_shown`` rows or columns, then the region
    where they differ (see the module docstring); a one-line note for larger sizes.
    """
    from .catalogue import identities

    identity = name if isinstance(name, Identity) else identities()[name]
    p = make_params(**params)
    a, b = identity.sides(p, variant)
    if max(a.shape + b.shape) > max_shown:
        return (f"(sides not written out: lhs {a.shape[0]}×{a.shape[1]}, rhs "
                f"{b.shape[0]}×{b.shape[1]}; -v prints them up to {max_shown} rows/columns)")
    lhs, rhs = side_matrices(identity, variant=variant, **params)
    shape = lambda m: f"{m.shape[0]}×{m.shape[1]}"  # noqa: E731
    lines = [f"lhs ({shape(lhs)}):", *_rows(lhs)]
    if lhs.shape == rhs.shape and differing_region(lhs, rhs) is None:
        lines.append(f"rhs ({shape(rhs)}): the same matrix")
        return "\n".join(lines)
    lines += [f"rhs ({shape(rhs)}):", *_rows(rhs)]
    if lhs.shape != rhs.shape:
        lines.append(f"the shapes differ: {shape(lhs)} vs {shape(rhs)}")
    else:
        (r0, r1), (c0, c1), count = differing_region(lhs, rhs)
        lines.append(f"differing region: rows {r0}–{r1}, columns {c0}–{c1} ({count} of "
                     f"{lhs.shape[0] * lhs.shape[1]} entries differ)")
    return "\n".join(lines)
