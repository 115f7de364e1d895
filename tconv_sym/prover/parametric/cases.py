"""Case splits of a symbolic parameter: where its value changes the shape of the tree.

Python that builds an identity may branch on a parameter (``resize`` pads for a positive
amount, crops for a negative one; which polyphase terms need a crop depends on the kernel
size modulo the stride). The tree then has a different shape on different ranges of the
symbol, and each range is lifted and proved on its own.
"""

from __future__ import annotations

import itertools

from .lift import Variable, _signature
from .model import NotParametric

__all__ = ["symbol_pieces", "periodic_tail", "SCAN"]


#: Values of a symbolic parameter scanned for changes of the tree's shape (a case split).
SCAN = 12


def symbol_pieces(build, variables, symbols, hint: int = 1):
    """Split the range of each symbol where the tree changes shape (e.g. padding below,
    at, above d(k−1) makes a pad, nothing, a crop; the kernel size modulo the stride decides
    which polyphase terms pad or crop): the shapes are scanned at a large size; their
    eventually periodic tail becomes one unbounded piece per residue class, and the values
    before it runs of one shape (4 or more values: an interval) or single values.

    Returns one list of :class:`~.lift.Variable` per combination of pieces.

    >>> from tconv_sym.prover import expr as E
    >>> def build(v):  # the tree is a pad below p = 2, an identity at 2, a crop above
    ...     return E.resize(v["n"] + 4, v["p"] - 2, 0), E.resize(v["n"] + 4, v["p"] - 2, 0)
    >>> pieces = symbol_pieces(build, [Variable("n", 1), Variable("p", 0)], ["p"])
    >>> [(v.lower, v.upper) for _, v in pieces]
    [(0, 0), (1, 1), (2, 2), (3, None)]
    """
    if not symbols:
        return [variables]
    scan = SCAN + 3 * hint
    base = {v.name: max(v.lower, 16 + scan) for v in variables if v.name not in symbols}
    per_symbol = {}
    for s in symbols:
        v0 = next(v for v in variables if v.name == s)
        lows = {o: next(v for v in variables if v.name == o).lower for o in symbols}
        shapes = []
        for x in range(v0.lower, v0.lower + scan):
            try:
                shapes.append(_signature(build({**base, **lows, s: x}))[1])
            except ValueError:
                shapes.append(None)
        tail = periodic_tail(shapes, max(hint, 1))
        if tail is None:
            raise NotParametric(f"the tree's shape keeps changing with {s} (scanned "
                                f"{v0.lower}…{v0.lower + scan - 1})")
        t0, period = tail
        pieces = []
        runs, start = [], 0
        for i in range(1, t0 + 1):
            if i == t0 or shapes[i] != shapes[start]:
                runs.append((start, i - 1, shapes[start]))
                start = i
        for a, b, shape in runs:
            lo, hi = v0.lower + a, v0.lower + b
            if shape is None:
                continue
            if b - a >= 3:
                pieces.append(Variable(s, lo, hi, kind="symbol"))
            else:
                pieces += [Variable(s, x, x, kind="symbol") for x in range(lo, hi + 1)]
        if period:
            for r in range(period):
                if shapes[t0 + r] is not None:
                    pieces.append(Variable(s, v0.lower + t0 + r, kind="symbol", step=period))
        per_symbol[s] = pieces
    out = []
    for combo in itertools.product(*(per_symbol[s] for s in symbols)):
        chosen = dict(zip(symbols, combo))
        out.append([chosen.get(v.name, v) for v in variables])
    return out


def periodic_tail(shapes, hint: int):
    """``(start, period)`` of the shortest-period tail covering at least three periods (and
    at least 6 values; period 0: undefined from ``start`` on), or None.

    >>> periodic_tail(["a", "b", "c", "b", "c", "b", "c", "b", "c"], 2)
    (1, 2)
    >>> periodic_tail(["a", "b", None, None, None, None, None, None], 1)
    (2, 0)
    """
    n = len(shapes)
    for period in sorted({1, *(p for p in range(2, hint + 1) if hint % p == 0)}):
        for t0 in range(n):
            if n - t0 < max(3 * period, 6):
                break
            if all(shapes[i] == shapes[i + period] for i in range(t0, n - period)):
                if all(x is None for x in shapes[t0:]):
                    return t0, 0  # not defined from t0 on (e.g. output_padding ≥ stride)
                return t0, period
    return None
