"""SymPy symbols shaped like a weight or an input.

>>> kernel_symbols("q", 3)
[q0, q1, q2]
>>> input_symbols("x", (2, 2))
[[x_0_0, x_0_1], [x_1_0, x_1_1]]
>>> as_column(input_symbols("x", 2)).T
Matrix([[x0, x1]])
"""

from __future__ import annotations

import itertools
import keyword
import math

from . import budget
from ._validate import is_sequence, positive_int

__all__ = ["kernel_symbols", "input_symbols", "as_column", "symbol_array", "symbol_name"]


def _shape(shape) -> tuple[int, ...]:
    if is_sequence(shape):
        dims = tuple(shape)
        if not dims:
            raise ValueError("shape must have at least one dim, got ()")
        return tuple(positive_int(f"shape[{i}]", s) for i, s in enumerate(dims))
    return (positive_int("shape", shape),)


def symbol_array(name: str, shape, **assumptions):
    """A SymPy Array of symbols ``name0, name1, …`` (1-D) or ``name_i_j…`` (N-D).

    ``assumptions`` go to :class:`sympy.Symbol` (e.g. ``real=True``).

    >>> symbol_array("w", (1, 2))
    [[w_0_0, w_0_1]]
    """
    import sympy

    if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"name must be a Python identifier such as 'q', got {name!r}")
    dims = _shape(shape)
    n = math.prod(dims)
    budget.check("sympy_entries", n, what=f"symbol_array({name!r}, {dims}) ({n:,} symbols)",
                 hint="use a smaller shape (a real layer's weight is thousands of entries, "
                      "not billions)")
    names = [symbol_name(name, idx) for idx in itertools.product(*map(range, dims))]
    syms = [sympy.Symbol(n, **assumptions) for n in names]
    return sympy.ImmutableDenseNDimArray(syms, dims)


def symbol_name(name: str, index: tuple[int, ...]) -> str:
    """The name :func:`symbol_array` gives the entry at ``index``.

    >>> symbol_name("q", (2,)), symbol_name("w", (0, 1, 2))
    ('q2', 'w_0_1_2')
    """
    if len(index) == 1:
        return f"{name}{index[0]}"
    return f"{name}_" + "_".join(map(str, index))


def kernel_symbols(name: str, shape, **assumptions):
    """Symbolic kernel/weight, e.g. ``kernel_symbols("q", spec.weight_shape)``.

    >>> kernel_symbols("q", (2, 2))
    [[q_0_0, q_0_1], [q_1_0, q_1_1]]
    """
    return symbol_array(name, shape, **assumptions)


def input_symbols(name: str, shape, **assumptions):
    """Symbolic input (one sample, ``(C, *spatial)`` or just the spatial shape).

    >>> input_symbols("x", 4)
    [x0, x1, x2, x3]
    """
    return symbol_array(name, shape, **assumptions)


def as_column(array):
    """Flatten an array (SymPy Array, nested list, NumPy) in C order into a column Matrix.

    >>> as_column([[1, 2], [3, 4]]).T
    Matrix([[1, 2, 3, 4]])
    """
    import numpy as np
    import sympy

    if hasattr(array, "tolist") and not isinstance(array, np.ndarray):
        array = array.tolist()
    flat = np.array(array, dtype=object).reshape(-1).tolist()
    return sympy.Matrix(math.prod((len(flat),)), 1, flat)
