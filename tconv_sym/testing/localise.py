"""Where does a black box differ from the expected operator? Channels, positions, borders.

Before any mistake is named, the difference is *localised*: which output channels and which
output positions differ on random inputs (free: the random check already computed both),
and which input channels feed a difference (group testing: the kernel on random inputs
supported on halves, quarters, ... of the input channels, a bounded number of calls). The
positions are described per spatial dim in words: all rows, only the last row, the first
and last rows (borders), rows 32–47 (a band).

>>> import numpy as np
>>> describe_indices(np.array([127]), 128, "row")
'only the last row (127)'
>>> describe_indices(np.arange(32, 48), 128, "row")
'rows 32–47 (a band of 16)'
>>> describe_indices(np.array([0, 1, 126, 127]), 128, "column")
'columns within 2 of the borders (0, 1, 126, 127)'
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

__all__ = ["Localisation", "localise", "describe_indices", "bad_input_channels",
           "dim_names", "describe_channels"]


def dim_names(ndim: int) -> tuple[str, ...]:
    """Singular names of the spatial dims (``row``/``column`` in 2-D).

    >>> dim_names(2), dim_names(4)
    (('row', 'column'), ('index of dim 0', 'index of dim 1', 'index of dim 2', 'index of dim 3'))
    """
    return {1: ("position",), 2: ("row", "column"), 3: ("depth", "row", "column")}.get(
        ndim, tuple(f"index of dim {d}" for d in range(ndim)))


def _plural(name: str) -> str:
    return name.replace("index of", "indices of") if name.startswith("index") else name + "s"


def _list(idx, most: int = 6) -> str:
    shown = ", ".join(str(int(v)) for v in idx[:most])
    return shown + (", ..." if len(idx) > most else "")


def describe_indices(idx: np.ndarray, n: int, name: str) -> str:
    """Words for a set of indices out of ``n`` along one dim (see the module doc)."""
    idx = np.unique(np.asarray(idx, dtype=np.int64))
    many = _plural(name)
    if idx.size == n:
        return f"all {n} {many}"
    if idx.size == 1:
        v = int(idx[0])
        which = "the last " if v == n - 1 else "the first " if v == 0 else ""
        return f"only {which}{name} ({v})" if which else f"only {name} {v}"
    if idx.size == 2 and idx[0] == 0 and idx[1] == n - 1:
        return f"the first and last {many} (borders)"
    margin = int(max(idx[idx < n / 2].max(initial=-1) + 1, n - idx[idx >= n / 2].min(initial=n)))
    if 0 < margin <= max(2, n // 8) and idx.size == 2 * margin and n > 2 * margin:
        return f"{many} within {margin} of the borders ({_list(idx)})"
    if idx[-1] - idx[0] + 1 == idx.size:
        if idx[-1] == n - 1:
            return f"the last {idx.size} {many} ({idx[0]}–{idx[-1]})"
        if idx[0] == 0:
            return f"the first {idx.size} {many} (0–{idx[-1]})"
        return f"{many} {idx[0]}–{idx[-1]} (a band of {idx.size})"
    return f"{idx.size} of {n} {many} ({_list(idx)})"


def describe_channels(chs, total: int, kind: str, exact: bool = True) -> str:
    """Words for a set of channels: ``all 32``, ``only 5``, ``8 of 64 (0, 8, 16, ...)``.

    >>> describe_channels([5], 64, "input"), describe_channels(range(4), 4, "output")
    ('only input channel 5', 'all 4 output channels')
    """
    chs = sorted(int(c) for c in chs)
    if len(chs) == total:
        note = "" if exact else " (every block of channels tried differs)"
        return f"all {total} {kind} channels{note}"
    if len(chs) == 1:
        return f"only {kind} channel {chs[0]}"
    note = "" if exact else " (at most; blocks not split further)"
    if chs[-1] - chs[0] + 1 == len(chs):
        return f"{kind} channels {chs[0]}–{chs[-1]}{note}"
    return f"{len(chs)} of {total} {kind} channels ({_list(chs)}){note}"


@dataclass
class Localisation:
    """Where fn differs: ``out_channels``, ``in_channels`` (``in_exact`` False when the
    group testing stopped at blocks), per-dim ``positions`` (indices with a difference),
    ``product`` (the differing positions are exactly the product of those), ``never_written``
    (fn gives exactly 0 wherever it differs), on an output of shape ``out_shape``.

    >>> loc = Localisation((2, 4), [1], [0], True, [np.array([3])], True, True, in_total=3)
    >>> print(loc)
    only output channel 1; only input channel 0; only the last position (3)
    """

    out_shape: tuple
    out_channels: list
    in_channels: list | None
    in_exact: bool
    positions: list = field(default_factory=list)
    product: bool = True
    never_written: bool = False
    in_total: int | None = None

    @property
    def everywhere(self) -> bool:
        return all(p.size == n for p, n in zip(self.positions, self.out_shape[1:]))

    def where(self) -> str:
        """The positions in words (``everywhere`` when every position differs)."""
        if self.everywhere:
            return "at every position"
        names = dim_names(len(self.out_shape) - 1)
        parts = [describe_indices(p, n, nm) for p, n, nm in
                 zip(self.positions, self.out_shape[1:], names)]
        text = ", ".join(parts)
        return text if self.product else f"within {text} (not all of them)"

    def __str__(self) -> str:
        parts = [describe_channels(self.out_channels, self.out_shape[0], "output")]
        if self.in_channels is not None:
            parts.append(describe_channels(self.in_channels, self.in_total or
                                           max(self.in_channels) + 1, "input", self.in_exact))
        parts.append(self.where())
        return "; ".join(parts)


def localise(got: np.ndarray, want: np.ndarray, bad: np.ndarray) -> Localisation:
    """Output channels and positions where ``bad`` (``(N, C, *spatial)``) is set."""
    out_shape = tuple(got.shape[1:])
    any_bad = bad.any(axis=0)  # (C, *spatial)
    chans = np.flatnonzero(any_bad.reshape(out_shape[0], -1).any(axis=1)).tolist()
    spatial = any_bad.any(axis=0)
    nd = spatial.ndim
    positions = [np.flatnonzero(spatial.any(axis=tuple(a for a in range(nd) if a != d)))
                 for d in range(nd)]
    product = int(spatial.sum()) == math.prod(p.size for p in positions)
    never = bool(np.all(got[bad] == 0) and np.any(want[bad] != 0))
    return Localisation(out_shape, chans, None, True, positions, product, never)


def bad_input_channels(differs, n_channels: int, most: int = 16):
    """``(channels, exact)``: the input channels ``differs(list_of_channels) -> bool`` blames,
    by splitting the blamed sets in halves (at most ``most`` calls); ``exact`` False when
    some blamed blocks were not split to single channels.

    >>> bad_input_channels(lambda chs: 5 in chs, 64)
    ([5], True)
    """
    queue = [list(range(n_channels))]
    found: list[int] = []
    calls = 0
    while queue:
        block = queue.pop(0)
        if len(block) == 1:
            found.extend(block)
            continue
        if calls + 2 > most:
            found.extend(block)
            found.extend(c for rest in queue for c in rest)
            return sorted(found), False
        half = len(block) // 2
        for part in (block[:half], block[half:]):
            calls += 1
            if differs(part):
                queue.append(part)
    return sorted(found), True
