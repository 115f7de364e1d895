"""The expected output of a colour probe, gathered from the weight: no convolution at all.

A colour probe puts a 1 on the inputs of one colour in one channel of every group; by the
colouring every output it reaches is reached by exactly one of those inputs, through one
kernel tap. So the expected operator's answer to the probe is the weight read at the tap
that reaches each output: ``E[co, r] = W[ci(co), co, tap_owner[colour, r]]`` (0 where no
input of the colour reaches ``r``) — a gather of ``C_out × outputs`` numbers per probe,
where applying the operator would cost the layer's MACs. This is what makes checking a real
layer cheap: the only convolutions left are the user's kernel's own.

:func:`estimate` is the cost of a check before any of it runs (memory of one probe batch
and of the footprint's tables; MACs of the kernel under test), refused above the limits of
:mod:`tconv_sym.budget`.

>>> import numpy as np
>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.testing.diagnosis import target_of
>>> t = target_of(TransposedConvSpec(in_size=3, kernel_size=2, stride=2), [[[1., 10.]]])
>>> oracle = ProbeOracle(t)
>>> oracle.expected(np.array([0])).tolist()   # the probe is one input: the kernel, placed
[[[1.0, 10.0, 1.0, 10.0, 1.0, 10.0]]]
"""

from __future__ import annotations

import math

import numpy as np

from .. import budget
from ..factored import factored
from ..spec import TransposedConvSpec
from .colouring import Footprint, table_bytes

__all__ = ["ProbeOracle", "estimate", "Estimate", "probe_batch", "PROBE_BATCH_BYTES"]

#: Memory one batch of probes may take (inputs, the kernel's outputs, expected outputs and
#: the comparison's temporaries, float64) when ``batch_size`` is not given.
PROBE_BATCH_BYTES = 32 * 2**20

#: float64 arrays of one probe's output size alive during a comparison (fn's output, its
#: float64 copy, the expected output, the difference and the mask)
_OUT_COPIES = 5


class ProbeOracle:
    """Expected outputs of a target's colour probes (see the module doc).

    ``expected(indices)`` is ``(len(indices), C_out, outputs)`` float64.
    """

    def __init__(self, target, footprint: Footprint | None = None) -> None:
        self.target = target
        self.footprint = fp = footprint or target.footprint()
        w = np.asarray(target.w, dtype=np.float64)
        g = fp.groups
        cin_g, cout_g = fp.in_channels // g, fp.out_channels // g
        taps = math.prod(target.spec.kernel_size)
        if isinstance(target.spec, TransposedConvSpec):  # (C_in, C_out/g, *k)
            sel = w.reshape(g, cin_g, cout_g, taps).transpose(1, 0, 2, 3)
        else:  # (C_out, C_in/g, *k)
            sel = w.reshape(g, cout_g, cin_g, taps).transpose(2, 0, 1, 3)
        # (C_in/g, C_out, taps + 1): the last column is the 0 of "no tap"
        self.wsel = np.concatenate([sel.reshape(cin_g, fp.out_channels, taps),
                                    np.zeros((cin_g, fp.out_channels, 1))], axis=2)
        self._taps = np.where(fp.tap_owner < 0, taps, fp.tap_owner)

    def __repr__(self) -> str:
        return f"ProbeOracle({self.target!r}, probes={self.footprint.n_probes})"

    def expected(self, indices) -> np.ndarray:
        """The expected outputs of the colour probes ``indices``."""
        colours = self.footprint.colouring.n
        ci_local, colour = np.divmod(np.asarray(indices, dtype=np.int64), colours)
        out = np.empty((ci_local.size, self.footprint.out_channels, self._taps.shape[1]))
        for b, (ci, c) in enumerate(zip(ci_local, colour)):  # np.take: 5x take_along_axis
            np.take(self.wsel[ci], self._taps[c], axis=1, out=out[b])
        return out


def probe_batch(in_features: int, out_features: int, batch_size=None, most: int | None = None
                ) -> int:
    """Probes per batch: ``batch_size`` if given, else as many as fit
    :data:`PROBE_BATCH_BYTES` (at least one, at most ``most``).

    >>> probe_batch(262144, 524288), probe_batch(16, 64, most=18)
    (1, 18)
    """
    if batch_size is not None:
        return int(batch_size)
    per = 8 * (in_features + _OUT_COPIES * out_features)
    n = max(1, PROBE_BATCH_BYTES // per)
    return min(n, most) if most else n


class Estimate:
    """What a check will cost: ``bytes`` at its peak, ``macs`` of the kernel under test
    (``calls`` samples of a layer of ``layer_macs``), ``probes``.

    >>> Estimate(2**20, 10**9, 10, 10**8, 8)
    Estimate(bytes='1.0 MiB', macs=1,000,000,000, calls=10, probes=8)
    """

    def __init__(self, bytes_: int, macs: int, calls: int, layer_macs: int, probes: int):
        self.bytes, self.macs, self.calls = int(bytes_), int(macs), int(calls)
        self.layer_macs, self.probes = int(layer_macs), int(probes)

    def __repr__(self) -> str:
        return (f"Estimate(bytes={budget.format_amount('bytes', self.bytes)!r}, "
                f"macs={self.macs:,}, calls={self.calls}, probes={self.probes})")


def _period_bound(spec) -> tuple[int, ...]:
    """An upper bound of the colouring's period per dim (without building the footprint)."""
    out = []
    for i, k, s, d in zip(spec.in_size, spec.kernel_size, spec.stride, spec.dilation):
        span = d * (k - 1) + 1
        p = -(-span // s) if isinstance(spec, TransposedConvSpec) else span
        out.append(max(1, min(i, p)))
    return tuple(out)


def estimate(spec, *, extra_calls: int, batch_size=None, probes: bool = True,
             what: str = "assert_same_operator", zero_pad=None) -> Estimate:
    """Estimate a check of a black box against ``spec`` (a ``ConvSpec`` or
    ``TransposedConvSpec``; outputs framed by ``zero_pad``) and refuse it, before anything
    runs, when its memory or its multiply-accumulates exceed the limits of
    :mod:`tconv_sym.budget` (``bytes``; ``seconds``, predicted from the MACs).

    >>> from tconv_sym import TransposedConvSpec
    >>> spec = TransposedConvSpec(in_size=(64, 64), kernel_size=4, stride=2, padding=1,
    ...                           in_channels=64, out_channels=32)
    >>> estimate(spec, extra_calls=8)
    Estimate(bytes='50.0 MiB', macs=34,881,994,752, calls=264, probes=256)
    >>> big = TransposedConvSpec(in_size=(128, 128), kernel_size=3, stride=2,
    ...                          in_channels=512, out_channels=512)
    >>> estimate(big, extra_calls=8)
    Traceback (most recent call last):
        ...
    tconv_sym.budget.ResourceLimitError: assert_same_operator of TransposedConvSpec(...) ...
    """
    n_in = spec.in_features
    out_size = spec.out_size if zero_pad is None else tuple(
        o + a + b for o, (a, b) in zip(spec.out_size, zero_pad))
    n_out = spec.out_channels * math.prod(out_size)
    op = factored(spec)
    colours = math.prod(_period_bound(spec))
    n_probes = spec.in_channels // spec.groups * colours if probes else 0
    batch = max(1, min(probe_batch(n_in, n_out, batch_size), max(n_probes, 1)))
    peak = 8 * batch * (n_in + _OUT_COPIES * n_out) + 8 * 6 * n_out  # + the random checks
    if probes:
        peak += table_bytes(spec.in_size, out_size, op.spatial_nnz, colours)
    calls = extra_calls + n_probes
    short = f"{what} of {spec!r}"
    budget.check("bytes", peak, what=f"{short} ({batch} probe(s) of {n_in:,} inputs -> "
                 f"{n_out:,} outputs at a time)",
                 hint="check a smaller layer (the same parameters at a smaller in_size "
                      "exercise the same code paths), or pass batch_size=1")
    budget.check("seconds", budget.seconds_for(calls * op.nnz),
                 what=f"{short} ({calls:,} calls of the kernel under test at {op.nnz:,} MACs "
                      "each)",
                 hint="check a smaller layer, or pass entries=False (random and linearity "
                      "checks only, a few calls)" if probes else "check a smaller layer")
    return Estimate(peak, calls * op.nnz, calls, op.nnz, n_probes)
