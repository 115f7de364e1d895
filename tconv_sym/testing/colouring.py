"""Column colouring (Curtis, Powell & Reid): many matrix columns from one probe.

Two inputs whose output footprints are disjoint can be probed *together*: one probe with a 1
at both gives each column back exactly, read off at its own footprint. A convolution's
footprint is local, so inputs a period apart (per spatial dim) never touch the same output,
and ``C_in/groups × Π periods`` probes recover the whole matrix instead of ``C_in × H × W``.

The footprint comes from the spatial tap basis (the structure of a spec): ``pairs_in[e]``
feeds ``pairs_out[e]``. :func:`colour_footprint` finds, per dim, the smallest period that
separates the footprints projected on that dim. The product colouring is then valid for any
footprint: two distinct inputs of one colour differ in some dim but have equal residues
there, so their projections — and hence they — reach different outputs.

>>> import numpy as np
>>> from tconv_sym import TransposedConvSpec
>>> c = colouring_of(TransposedConvSpec(in_size=(32, 32), kernel_size=3, stride=2,
...                                     padding=1, output_padding=1))
>>> c
Colouring(in_size=(32, 32), periods=(2, 2), colours=4)
>>> c.members(0)[:3].tolist()
[0, 2, 4]
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from ..factored import factored
from ..spec import SampleShapes, TransposedConvSpec

__all__ = ["Colouring", "Footprint", "colour_footprint", "colouring_of", "spatial_footprint",
           "table_bytes"]


@dataclass(frozen=True, eq=False)
class Colouring:
    """Spatial inputs coloured by their residues modulo ``periods`` (one per dim): inputs of
    one colour have pairwise disjoint output footprints.

    >>> Colouring((4,), (2,)).colour_of.tolist()
    [0, 1, 0, 1]
    """

    in_size: tuple[int, ...]
    periods: tuple[int, ...]

    def __repr__(self) -> str:
        return f"Colouring(in_size={self.in_size}, periods={self.periods}, colours={self.n}"  \
               ")"

    @property
    def n(self) -> int:
        """Number of colours."""
        return math.prod(self.periods)

    @functools.cached_property
    def colour_of(self) -> np.ndarray:
        """The colour of every spatial input (flat C order)."""
        coords = np.indices(self.in_size).reshape(len(self.in_size), -1)
        res = [c % p for c, p in zip(coords, self.periods)]
        return np.ravel_multi_index(res, self.periods).astype(np.int64)

    def members(self, colour: int) -> np.ndarray:
        """Flat spatial inputs of one colour."""
        return np.flatnonzero(self.colour_of == colour)


def _axis_period(cin: np.ndarray, rout: np.ndarray, size: int) -> int:
    pairs = np.unique(np.stack([rout, cin]), axis=1)
    for p in range(1, size + 1):
        keys = np.unique(np.stack([pairs[0], pairs[1] % p]), axis=1)
        if keys.shape[1] == pairs.shape[1]:
            return p
    return size


def colour_footprint(pairs_in, pairs_out, in_size, out_size) -> Colouring:
    """The colouring with the smallest per-dim periods for the footprint ``pairs_in[e] ->
    pairs_out[e]`` (flat spatial indices into ``in_size`` / ``out_size``).

    >>> colour_footprint(np.array([0, 1, 2, 3]), np.array([0, 0, 1, 1]), (4,), (2,))
    Colouring(in_size=(4,), periods=(2,), colours=2)
    """
    in_size, out_size = tuple(in_size), tuple(out_size)
    pin = np.asarray(pairs_in, dtype=np.int64)
    pout = np.asarray(pairs_out, dtype=np.int64)
    if pin.size == 0:
        return Colouring(in_size, (1,) * len(in_size))
    cin = np.unravel_index(pin, in_size)
    cout = np.unravel_index(pout, out_size)
    periods = tuple(_axis_period(a, b, n) for a, b, n in zip(cin, cout, in_size))
    return Colouring(in_size, periods)


def spatial_footprint(spec, zero_pad=None, taps: bool = False):
    """``(pairs_in, pairs_out, in_size, out_size)``: the spatial footprint of ``spec``'s
    operator (its input feeds its output), the output optionally framed by ``zero_pad``
    zeros ``(before, after)`` per dim; ``taps=True`` appends the kernel tap (flat index
    into ``spec.kernel_size``) of every pair.

    >>> from tconv_sym import ConvSpec
    >>> pin, pout, _, _ = spatial_footprint(ConvSpec(in_size=3, kernel_size=2))
    >>> pin.tolist(), pout.tolist()
    ([0, 1, 1, 2], [0, 0, 1, 1])
    """
    b = factored(spec).basis
    if isinstance(spec, TransposedConvSpec):
        pin, pout = b.rows, b.cols
        in_size, out_size = spec.in_size, spec.out_size
    else:
        pin, pout = b.cols, b.rows
        in_size, out_size = spec.in_size, spec.out_size
    if zero_pad is not None and any(z != (0, 0) for z in zero_pad):
        coords = np.unravel_index(pout, out_size)
        out_size = tuple(o + a + c for o, (a, c) in zip(out_size, zero_pad))
        pout = np.ravel_multi_index([x + a for x, (a, _) in zip(coords, zero_pad)], out_size)
    found = (np.asarray(pin), np.asarray(pout, dtype=np.int64), tuple(in_size), tuple(out_size))
    return found + (np.asarray(b.taps, dtype=np.int64),) if taps else found


def colouring_of(spec, zero_pad=None) -> Colouring:
    """The colouring of ``spec``'s spatial footprint (see :func:`colour_footprint`).

    >>> from tconv_sym import ConvSpec
    >>> colouring_of(ConvSpec(in_size=(16, 16), kernel_size=3, padding=1))
    Colouring(in_size=(16, 16), periods=(3, 3), colours=9)
    """
    return colour_footprint(*spatial_footprint(spec, zero_pad))


def table_bytes(in_size, out_size, pairs: int, colours: int) -> int:
    """Bytes of a footprint's tables: ``pairs`` (in, out, tap) plus the sorting copies, the
    colour of every input and two ``colours × outputs`` owner tables (int64).

    >>> table_bytes((64, 64), (128, 128), 65536, 4)
    4259840
    """
    return 8 * (6 * pairs + 2 * math.prod(in_size) + 2 * colours * math.prod(out_size))


@dataclass(frozen=True, eq=False)
class Footprint(SampleShapes):
    """Which outputs every input of an operator can reach: the spatial footprint, its
    colouring, and the channel blocks (input channel ``ci`` reaches the output channels of
    its group).

    >>> from tconv_sym import TransposedConvSpec
    >>> f = Footprint.of(TransposedConvSpec(in_size=(32, 32), kernel_size=3, stride=2,
    ...                                     in_channels=128, out_channels=64))
    >>> f
    Footprint(in_shape=(128, 32, 32), out_shape=(64, 65, 65), probes=512)
    """

    in_channels: int
    out_channels: int
    groups: int
    pairs_in: np.ndarray
    pairs_out: np.ndarray
    in_size: tuple[int, ...]
    out_size: tuple[int, ...]
    colouring: Colouring
    pairs_tap: np.ndarray | None = None

    @classmethod
    def of(cls, spec, zero_pad=None) -> Footprint:
        """The footprint of a ``ConvSpec`` / ``TransposedConvSpec`` (output framed by
        ``zero_pad``)."""
        pin, pout, in_size, out_size, taps = spatial_footprint(spec, zero_pad, taps=True)
        return cls(spec.in_channels, spec.out_channels, spec.groups, pin, pout, in_size,
                   out_size, colour_footprint(pin, pout, in_size, out_size), taps)

    def __repr__(self) -> str:
        return (f"Footprint(in_shape={self.in_shape}, out_shape={self.out_shape}, "
                f"probes={self.n_probes})")

    @property
    def n_probes(self) -> int:
        """Probes that recover every column: ``C_in/groups × colours``."""
        return self.in_channels // self.groups * self.colouring.n

    @functools.cached_property
    def owner(self) -> np.ndarray:
        """``owner[colour, r]``: the spatial input of that colour reaching output ``r``, or
        -1 (unique by the colouring)."""
        n_out = math.prod(self.out_size)
        table = np.full((self.colouring.n, n_out), -1, dtype=np.int64)
        table[self.colouring.colour_of[self.pairs_in], self.pairs_out] = self.pairs_in
        return table

    @functools.cached_property
    def tap_owner(self) -> np.ndarray:
        """``tap_owner[colour, r]``: the kernel tap through which that colour's input reaches
        output ``r``, or -1 (needs ``pairs_tap``)."""
        if self.pairs_tap is None:
            raise ValueError("this Footprint was built without taps; use Footprint.of(spec)")
        n_out = math.prod(self.out_size)
        table = np.full((self.colouring.n, n_out), -1, dtype=np.int64)
        table[self.colouring.colour_of[self.pairs_in], self.pairs_out] = self.pairs_tap
        return table

    def table_bytes(self) -> int:
        """Memory of the footprint's own tables (pairs, colours, owners), for estimates."""
        return table_bytes(self.in_size, self.out_size, self.pairs_in.size, self.colouring.n)

    def probe(self, index: int, dtype=np.float64) -> np.ndarray:
        """Probe ``index`` (channel ``index // colours`` of every group, colour
        ``index % colours``) as one input of shape ``in_shape``."""
        ci_local, colour = divmod(index, self.colouring.n)
        x = np.zeros((self.in_channels, math.prod(self.in_size)), dtype=dtype)
        cin_g = self.in_channels // self.groups
        x[ci_local::cin_g, self.colouring.members(colour)] = 1
        return x.reshape(self.in_shape)
