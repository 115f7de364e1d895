"""Argument checks shared by every layer: one place that words the error messages.

Every message names the parameter, shows the offending value and says what is allowed,
so that a user never has to read a traceback from deep inside NumPy or SymPy.

>>> positive_int("stride", 2)
2
>>> positive_int("stride", 0)
Traceback (most recent call last):
    ...
ValueError: stride must be a positive integer, got 0
"""

from __future__ import annotations

import operator
from collections.abc import Sequence

__all__ = [
    "as_int",
    "positive_int",
    "nonnegative_int",
    "int_tuple",
    "choice",
    "MAX_INT",
]

#: the largest magnitude of any integer parameter (sizes, strides, ...): indices are int64
MAX_INT = 2**62


def as_int(name: str, value) -> int:
    """Return ``value`` as a Python int, or raise ``TypeError`` naming ``name``.

    Accepts Python and NumPy integers; rejects bools, floats and strings.

    >>> as_int("groups", 3)
    3
    >>> as_int("groups", 1.5)
    Traceback (most recent call last):
        ...
    TypeError: groups must be an integer, got 1.5 (float)
    """
    if isinstance(value, bool):
        raise TypeError(f"{name} must be an integer, got {value!r} (bool)")
    try:
        v = operator.index(value)
    except TypeError:
        raise TypeError(
            f"{name} must be an integer, got {value!r} ({type(value).__name__})"
        ) from None
    if abs(v) > MAX_INT:
        shown = f"{v:.3e}" if abs(v) >= 10**15 else str(v)
        raise ValueError(f"{name} must be at most 2**62 in size (index arithmetic is "
                         f"int64), got {shown}")
    return v


def positive_int(name: str, value) -> int:
    """Return ``value`` as an int >= 1, else raise naming ``name``.

    >>> positive_int("kernel_size", 3)
    3
    """
    v = as_int(name, value)
    if v < 1:
        raise ValueError(f"{name} must be a positive integer, got {v!r}")
    return v


def nonnegative_int(name: str, value) -> int:
    """Return ``value`` as an int >= 0, else raise naming ``name``.

    >>> nonnegative_int("padding", 0)
    0
    """
    v = as_int(name, value)
    if v < 0:
        raise ValueError(f"{name} must be a non-negative integer, got {v!r}")
    return v


def is_sequence(value) -> bool:
    """True for lists/tuples (and other non-string sequences), False for scalars and strings.

    >>> is_sequence((1, 2)), is_sequence(3), is_sequence("same")
    (True, False, False)
    """
    if isinstance(value, (str, bytes)):
        return False
    if isinstance(value, Sequence):
        return True
    if getattr(value, "ndim", None) == 0:  # a 0-d NumPy array is a scalar
        return False
    # numpy arrays and similar
    return hasattr(value, "__len__") and hasattr(value, "__getitem__") and not hasattr(
        value, "keys"
    )


def int_tuple(name: str, value, ndim: int, check=positive_int) -> tuple[int, ...]:
    """Broadcast an int, or check a sequence of ``ndim`` ints, with ``check`` on each entry.

    >>> int_tuple("stride", 2, 3)
    (2, 2, 2)
    >>> int_tuple("stride", (1, 2), 3)
    Traceback (most recent call last):
        ...
    ValueError: stride must be an int or a sequence of 3 ints (one per spatial dim), got (1, 2)
    """
    if is_sequence(value):
        items = tuple(value)
        if len(items) != ndim:
            raise ValueError(
                f"{name} must be an int or a sequence of {ndim} ints (one per spatial dim), "
                f"got {value!r}"
            )
        return tuple(check(f"{name}[{i}]", v) for i, v in enumerate(items))
    v = check(name, value)
    return (v,) * ndim


def choice(name: str, value, allowed: Sequence[str]) -> str:
    """Check that ``value`` is one of ``allowed`` (case-insensitive), return it lower-cased.

    >>> choice("mode", "Convolution", ("correlation", "convolution"))
    'convolution'
    >>> choice("mode", "conv", ("correlation", "convolution"))
    Traceback (most recent call last):
        ...
    ValueError: mode must be one of 'correlation', 'convolution', got 'conv'
    """
    if not isinstance(value, str):
        raise TypeError(
            f"{name} must be one of {', '.join(map(repr, allowed))}, got {value!r} "
            f"({type(value).__name__})"
        )
    low = value.lower()
    if low not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, allowed))}, got {value!r}")
    return low
