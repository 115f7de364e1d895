"""Baked weight tables in C: readable literals for small tables, compact text for large ones.

A float literal costs ~12-20 bytes of C per weight and the compiler parses each one (a
2.1M-weight layer was a 48 MB ``.c`` that took 27 s to compile). Tables of at least
:data:`TEXT_MIN` weights are written instead as base-85 text: each 32-bit word of the table
(a float32's bit pattern; a float64 is two words, low then high) as 5 characters of
:data:`ALPHABET` (printable ASCII without ``"``, ``\\``, ``?``, so no escape and no trigraph),
:data:`WORDS_PER_LINE` words per line of 400 characters; :data:`LINES_PER_STRING` adjacent
lines form one string literal of at most 4,000 characters (within C99's 4,095), the entries
of an array of strings (ten times fewer entries than one per line: measured, a 2.1M-weight
table compiles in half the time). That is ~5.1 bytes of C per float32 weight. The kernel decodes
the text into a static array on its first call (once: with GCC / Clang atomics when several
threads call at once) and then reads it like the literal table.

>>> import numpy as np
>>> table = baked_table(np.array([1.5, -2.0, 0.0], np.float32), "float32")
>>> table.text, table.count, table.lines
(False, 3, ['1.5f, -2.0f, 0'])
>>> big = baked_table(np.arange(5000, dtype=np.float32), "float32")
>>> big.text, len(big.lines), len(big.lines[0])
(True, 63, 400)
>>> bool(np.array_equal(decode(big.lines, "float32"), np.arange(5000, dtype=np.float32)))
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .clang import literal

__all__ = ["BakedTable", "baked_table", "encode", "decode", "text_bytes", "ALPHABET", "TEXT_MIN",
           "WORDS_PER_LINE", "LINES_PER_STRING", "LITERALS_PER_LINE"]

#: Tables of at least this many weights are written as base-85 text.
TEXT_MIN = 4096
#: 32-bit words per line of text (5 characters each: 400 characters a line).
WORDS_PER_LINE = 80
#: Lines of text per string literal (one entry of the array of strings).
LINES_PER_STRING = 10
#: Literals per line of a literal table.
LITERALS_PER_LINE = 8
#: The 85 digits, in order: printable ASCII from ``#`` without ``?`` and ``\\``.
ALPHABET = "".join(c for c in map(chr, range(35, 127)) if c not in "?\\")[:85]
_DIGIT = np.frombuffer(ALPHABET.encode("ascii"), np.uint8)


@dataclass(frozen=True)
class BakedTable:
    """One baked table for a template: ``count`` weights as ``lines`` of literals (``text``
    False: each line some comma-separated literals) or of base-85 text (``text`` True)."""

    text: bool
    count: int
    lines: list
    words_per_weight: int = 1

    @property
    def strings(self) -> list[list[str]]:
        """The lines of text in groups of :data:`LINES_PER_STRING` (one string literal each)."""
        return [self.lines[i:i + LINES_PER_STRING]
                for i in range(0, len(self.lines), LINES_PER_STRING)]

    @property
    def digits(self) -> list[int]:
        """``digit[c]`` for every byte ``c`` < 128 (the decoder's table; 0 elsewhere)."""
        out = [0] * 128
        for i, c in enumerate(ALPHABET):
            out[ord(c)] = i
        return out


def _words(values: np.ndarray, dtype: str) -> np.ndarray:
    """The table as 32-bit words: a float32's bit pattern; a float64's low, then high word."""
    if dtype == "float32":
        return np.ascontiguousarray(values, np.float32).view(np.uint32).reshape(-1)
    bits = np.ascontiguousarray(values, np.float64).view(np.uint64).reshape(-1)
    out = np.empty(2 * bits.size, np.uint64)
    out[0::2], out[1::2] = bits & 0xFFFFFFFF, bits >> 32
    return out.astype(np.uint32)


def encode(values: np.ndarray, dtype: str) -> list[str]:
    """``values`` (float32 or float64) as lines of base-85 text (see the module).

    >>> encode(np.array([1.0], np.float32), "float32")
    ['7Fdc8']
    """
    words = _words(values, dtype).astype(np.uint64)
    digits = np.empty((words.size, 5), np.uint8)
    for i in range(4, -1, -1):
        digits[:, i] = _DIGIT[(words % 85).astype(np.intp)]
        words //= 85
    text = digits.tobytes().decode("ascii")
    step = 5 * WORDS_PER_LINE
    return [text[i:i + step] for i in range(0, len(text), step)]


def decode(lines: list[str], dtype: str) -> np.ndarray:
    """The inverse of :func:`encode` (what the generated decoder computes).

    >>> decode(['7Fdc8'], "float32")
    array([1.], dtype=float32)
    """
    raw = np.frombuffer("".join(lines).encode("ascii"), np.uint8).reshape(-1, 5)
    value = np.zeros(raw.shape[0], np.uint64)
    lookup = np.zeros(256, np.uint64)
    lookup[_DIGIT] = np.arange(85, dtype=np.uint64)
    for i in range(5):
        value = value * np.uint64(85) + lookup[raw[:, i]]
    words = value.astype(np.uint32)
    if dtype == "float32":
        return words.view(np.float32)
    pairs = words.astype(np.uint64).reshape(-1, 2)
    return (pairs[:, 0] | (pairs[:, 1] << np.uint64(32))).view(np.float64)


def text_bytes(count: int, dtype: str) -> int:
    """Static bytes a text table of ``count`` weights adds besides the decoded array: the
    characters (5 per word and a NUL per string), the string pointers, the digit table.

    >>> text_bytes(4096, "float32")
    20662
    """
    words = count * (1 if dtype == "float32" else 2)
    lines = -(-words // WORDS_PER_LINE)
    strings = -(-lines // LINES_PER_STRING)
    return 5 * words + strings * (1 + 8) + 128


def baked_table(values, dtype: str, text: bool | None = None) -> BakedTable:
    """The table of ``values`` in ``dtype``: base-85 text from :data:`TEXT_MIN` weights on
    (or as ``text`` says), else literals."""
    arr = np.asarray(values).reshape(-1)
    if text is None:
        text = arr.size >= TEXT_MIN
    if text:
        return BakedTable(True, int(arr.size), encode(arr, dtype),
                          1 if dtype == "float32" else 2)
    lits = [literal(v, dtype, "c") for v in arr.tolist()]
    lines = [", ".join(lits[i:i + LITERALS_PER_LINE])
             for i in range(0, len(lits), LITERALS_PER_LINE)]
    return BakedTable(False, int(arr.size), lines)
