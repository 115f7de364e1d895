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
import re
from collections.abc import Sequence

__all__ = [
    "as_int",
    "int_at_least",
    "positive_int",
    "nonnegative_int",
    "int_tuple",
    "choice",
    "padding_pairs",
    "parse_ints",
    "parse_padding_text",
    "spatial_ndim",
    "PADDING_WORDS",
    "MAX_INT",
]

#: The padding words every layer accepts (spec, operators, prover, CLI).
PADDING_WORDS = ("valid", "same", "full")
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
    if getattr(type(value), "symbolic_int", False):
        return value  # a size traced by the all-sizes prover: its checks below are branches
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


def int_at_least(name: str, value, low: int) -> int:
    """Return ``value`` as an int >= ``low``, else raise naming ``name`` (the one bound check
    behind :func:`positive_int` and :func:`nonnegative_int`).

    >>> int_at_least("stride", 2, 1)
    2
    >>> int_at_least("padding", -1, 0)
    Traceback (most recent call last):
    ValueError: padding must be a non-negative integer, got -1
    """
    v = as_int(name, value)
    if v < low:
        allowed = {1: "a positive integer", 0: "a non-negative integer"}.get(
            low, f"an integer >= {low}")
        raise ValueError(f"{name} must be {allowed}, got {v!r}")
    return v


def positive_int(name: str, value) -> int:
    """Return ``value`` as an int >= 1, else raise naming ``name``.

    >>> positive_int("kernel_size", 3)
    3
    """
    return int_at_least(name, value, 1)


def nonnegative_int(name: str, value) -> int:
    """Return ``value`` as an int >= 0, else raise naming ``name``.

    >>> nonnegative_int("padding", 0)
    0
    """
    return int_at_least(name, value, 0)


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
        raise ValueError(f"{name} must be one of {', '.join(map(repr, allowed))}, got {value!r}"
                         + did_you_mean(value, allowed))
    return low


def parse_ints(text, name: str = "size") -> tuple[int, ...]:
    """Command-line text of one integer per spatial dim: ``"28x28"`` -> ``(28, 28)``,
    ``"3"`` -> ``(3,)``; ``×`` and ``,`` also separate dims. Nothing is evaluated.

    >>> parse_ints("28x28"), parse_ints("3"), parse_ints("4,4,2"), parse_ints("2×1")
    ((28, 28), (3,), (4, 4, 2), (2, 1))
    >>> parse_ints("8xa", "--in")
    Traceback (most recent call last):
        ...
    ValueError: --in must be one integer per spatial dim separated by 'x' (e.g. 28x28), got '8xa'
    """
    if not isinstance(text, str):
        raise TypeError(f"{name} must be a string such as '28x28', got {text!r}")
    parts = text.strip().lower().replace("×", "x").replace(",", "x").split("x")
    if not all(re.fullmatch(r"\s*[+-]?\d{1,100}\s*", p) for p in parts):
        raise ValueError(f"{name} must be one integer per spatial dim separated by 'x' (e.g. "
                         f"28x28), got {text!r}")
    return tuple(int(p) for p in parts)


_PAD_TEXT = ("same/valid/full, an integer, one integer per dim (1x2), lo:hi pairs per dim "
             "(0:1x0:1) or (lo, hi) pairs ((1,2),(0,1))")


def parse_padding_text(text, name: str = "padding", words: Sequence[str] = PADDING_WORDS):
    """Command-line text of a padding: a word (lower-cased), one int (every dim), or one
    ``(lo, hi)`` pair per dim. ``1x2`` / ``1,2`` are *per dim* (``(1, 1), (2, 2)``), never a
    1-D ``(lo, hi)``; a pair is written ``lo:hi`` or ``(lo, hi)``. This is the only place
    that rule is written; :func:`padding_pairs` reads text through it.

    >>> parse_padding_text("SAME"), parse_padding_text("3"), parse_padding_text("1x2")
    ('same', 3, ((1, 1), (2, 2)))
    >>> parse_padding_text("0:1x0:1"), parse_padding_text("(1,2),(0, 1)"), parse_padding_text("0:1")
    (((0, 1), (0, 1)), ((1, 2), (0, 1)), ((0, 1),))
    >>> parse_padding_text("1x(2")
    Traceback (most recent call last):
        ...
    ValueError: padding must be same/valid/full, an integer, one integer per dim (1x2), lo:hi \
pairs per dim (0:1x0:1) or (lo, hi) pairs ((1,2),(0,1)), got '1x(2'
    """
    if not isinstance(text, str):
        raise TypeError(f"{name} must be a string, got {text!r}")
    low = text.strip().lower()
    if words and low in words:
        return low
    if re.fullmatch(r"[+-]?\d{1,30}", low):
        return int(low)
    pairs = []
    for item in _top_level_items(low):
        m = re.fullmatch(r"\(([+-]?\d{1,30}),([+-]?\d{1,30})\)|([+-]?\d{1,30}):([+-]?\d{1,30})"
                         r"|([+-]?\d{1,30})", item)
        if m is None:
            bad = f"{name} must be {_PAD_TEXT}, got {text!r}"
            if words and low.isidentifier():
                bad = (f"{name} must be one of {', '.join(map(repr, words))}, got {text!r}"
                       + (did_you_mean(low, words) or " (or a number, or (lo, hi) pairs)"))
            raise ValueError(bad)
        lo, hi = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4)) \
            if m.group(3) else (m.group(5), m.group(5))
        pairs.append((int(lo), int(hi)))
    return tuple(pairs)


def _top_level_items(text: str) -> list[str]:
    """``text`` without spaces, split at ``x``, ``×`` and ``,`` outside parentheses."""
    items, depth, current = [], 0, ""
    for ch in re.sub(r"\s", "", text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if depth == 0 and ch in "x×,":
            items.append(current)
            current = ""
        else:
            current += ch
    items.append(current)
    return items


def did_you_mean(value: str, allowed: Sequence[str]) -> str:
    """``"; did you mean 'x'?"`` for the closest of ``allowed`` (difflib), or ``""``.

    >>> did_you_mean("smae", ("valid", "same", "full"))
    "; did you mean 'same'?"
    """
    import difflib

    close = difflib.get_close_matches(str(value).lower(), [a.lower() for a in allowed], n=1,
                                      cutoff=0.6)
    if not close:
        return ""
    original = next(a for a in allowed if a.lower() == close[0])
    return f"; did you mean {original!r}?"


def _pair(name: str, p) -> tuple[int, int]:
    if is_sequence(p):
        items = tuple(p)
        if len(items) != 2:
            raise ValueError(f"{name} must be an int or a (lo, hi) pair, got {p!r}")
        return nonnegative_int(f"{name}[0]", items[0]), nonnegative_int(f"{name}[1]", items[1])
    v = nonnegative_int(name, p)
    return v, v


def padding_pairs(value, ndim: int, name: str = "padding", words: Sequence[str] = PADDING_WORDS):
    """The one parser of padding: per-dim ``(lo, hi)`` pairs from an int, one int or
    ``(lo, hi)`` pair per dim, or (1-D only) a bare ``(lo, hi)`` pair — or, when ``words``
    allows it, a padding word (returned lower-cased, resolved later by the spec that knows
    the sizes).

    >>> padding_pairs(1, 2), padding_pairs((0, 1), 1), padding_pairs([2, (0, 1)], 2)
    (((1, 1), (1, 1)), ((0, 1),), ((2, 2), (0, 1)))
    >>> padding_pairs("SAME", 2)
    'same'
    >>> padding_pairs((1, 2, 3), 2)
    Traceback (most recent call last):
        ...
    ValueError: padding must be an int, one int or (lo, hi) pair per spatial dim (2), or one of \
'valid', 'same', 'full'; got (1, 2, 3)
    """
    if isinstance(value, str):
        if not words and not re.search(r"\d", value):
            raise TypeError(f"{name} must be an int or (lo, hi) pairs, got the word {value!r}")
        parsed = parse_padding_text(value, name, words)
        if isinstance(parsed, str):
            return parsed
        value = parsed if isinstance(parsed, int) else _per_dim_text(parsed, ndim, name, value)
    if not is_sequence(value):
        v = nonnegative_int(name, value)
        return ((v, v),) * ndim
    items = tuple(value)
    if ndim == 1 and len(items) == 2 and not any(is_sequence(p) for p in items):
        return (_pair(name, items),)
    if len(items) != ndim:
        allowed = f", or one of {', '.join(map(repr, words))}" if words else ""
        raise ValueError(
            f"{name} must be an int, one int or (lo, hi) pair per spatial dim ({ndim}){allowed}; "
            f"got {value!r}"
        )
    return tuple(_pair(f"{name}[{i}]", p) for i, p in enumerate(items))


def _per_dim_text(pairs, ndim: int, name: str, text: str):
    """Text pairs are per dim: one pair per dim (or a single pair for every dim)."""
    if len(pairs) == 1 and ndim > 1:
        return pairs * ndim
    if len(pairs) != ndim:
        raise ValueError(f"{name}={text!r} gives {len(pairs)} dims, the layer has {ndim}")
    return pairs


def spatial_ndim(named: dict, padding=None, size_name: str = "in_size") -> int:
    """The number of spatial dims: the length of every tuple-valued size parameter in
    ``named`` (and of a per-dim ``padding``), which must agree; 1 when all are ints.

    >>> spatial_ndim({"in_size": (8, 8), "kernel_size": 3})
    2
    >>> spatial_ndim({"in_size": (8, 8), "kernel_size": (3, 3, 3)})
    Traceback (most recent call last):
        ...
    ValueError: spatial dims do not match: in_size=(8, 8), kernel_size=(3, 3, 3); give every \
per-dim parameter the same number of entries (or a single int to broadcast)
    """
    lengths = {name: len(tuple(v)) for name, v in named.items() if is_sequence(v)}
    if is_sequence(padding):
        items = tuple(padding)
        if items and all(is_sequence(p) for p in items):
            lengths["padding"] = len(items)
    distinct = set(lengths.values())
    if len(distinct) > 1:
        shown = ", ".join(f"{n}={named.get(n, padding)!r}" for n in lengths)
        raise ValueError(
            f"spatial dims do not match: {shown}; give every per-dim parameter the same "
            "number of entries (or a single int to broadcast)"
        )
    ndim = distinct.pop() if distinct else 1
    if ndim < 1:
        raise ValueError(f"{size_name} must have at least one spatial dim, "
                         f"got {named.get(size_name)!r}")
    return ndim
