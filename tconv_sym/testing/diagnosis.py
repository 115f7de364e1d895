"""Localise, then name: what a black box computes instead of the expected operator.

:func:`classify` first says *where* the black box differs (output channels and positions
from the random check, input channels by group testing: :mod:`tconv_sym.testing.localise`)
and then names the mistake that reproduces it exactly, in this order: a constant factor;
one (or a few) input channels whose kernel is flipped / transposed / unused / negated; the
same for output channels; a region of the output that is never written; and otherwise the
whole-layer mistakes of :mod:`tconv_sym.testing.mistakes` — weight mistakes, geometry
mistakes in any combination of dims, groups mixed up, then pairs of a weight and a
geometry mistake. Every candidate is first tried on a one-channel input (1/C_in of a
layer's cost), then confirmed on a full random input. "None of the common mistakes" comes
with the localisation.

>>> import numpy as np
>>> from tconv_sym import TransposedConvSpec, conv_transpose
>>> spec = TransposedConvSpec(in_size=2, kernel_size=3, stride=2, padding=(0, 1))
>>> wrong = lambda x: conv_transpose(x, np.array([[[1., 2., 3.]]]), stride=2,
...                                  padding=(1, 0))
>>> [m.name for m in diagnose(wrong, spec, [[[1, 2, 3]]])]
['SAME split on the wrong side']
"""

from __future__ import annotations

import itertools

import numpy as np

from .linearity import stratified_inputs
from .localise import Localisation, bad_input_channels, dim_names, localise
from .mistakes import (
    MISTAKES,
    Mistake,
    describe,
    geometry_candidates,
    group_candidates,
    kernel_transforms,
    weight_candidates,
)
from .probe import run
from .target import Target, close, io_of, target_of

__all__ = ["MISTAKES", "Mistake", "Target", "target_of", "explain", "diagnose", "close",
           "classify", "Diagnosis", "io_of"]


def _agrees(got: np.ndarray, want: np.ndarray, rtol: float, atol: float) -> bool:
    if got.shape != want.shape:
        return False
    scale = float(np.abs(got).max(initial=0))
    return bool(close(got, want, rtol, atol + rtol * scale).all())


class ChannelProbe:
    """fn's output on an input that is non-zero in one channel ``c`` only (values ``x1``):
    every candidate is tried on it first, at 1/C_in of a layer's cost."""

    def __init__(self, call, in_shape, c: int, seed: int = 7) -> None:
        self.c = int(c)
        self.x1 = stratified_inputs(in_shape[1:], 1, seed)
        x = np.zeros((1, *in_shape))
        x[0, self.c] = self.x1[0]
        self.got = np.asarray(call(x), dtype=np.float64)

    def agrees(self, cand, rtol, atol, region=None) -> bool:
        if tuple(cand.out_shape) != tuple(self.got.shape[1:]):
            return False
        want = cand.apply_channel(self.x1, self.c)
        if region is not None:
            return _agrees(self.got[region], want[region], rtol, atol)
        return _agrees(self.got, want, rtol, atol)


def _candidates(target, out_shape, pairs: bool = True):
    weights = weight_candidates(target)
    geos = list(geometry_candidates(target, None))
    for name, detail, cand in weights + group_candidates(target) + geos:
        yield False, name, detail, cand
    if not pairs:
        return
    for (wn, wd, wc), (gn, gd, gc) in itertools.product(weights, geos):
        if tuple(gc.out_shape) == tuple(out_shape):
            yield True, f"{wn} + {gn}", f"{wd} and {gd}", gc.with_(w=wc.w)


def explain(target: Target, r: np.ndarray, got: np.ndarray, rtol: float, atol: float,
            probe: ChannelProbe | None = None, pairs: bool = True, region=None):
    """``(mistakes, closest)`` for a black box whose outputs on the random inputs ``r`` are
    ``got``: every single whole-layer mistake whose operator reproduces ``got`` (else every
    pair, unless ``pairs=False``), and ``(differing outputs, name)`` of the closest
    candidate that does not.
    With a :class:`ChannelProbe` each candidate is tried on it first (cheap), and only
    those that pass are applied to ``r``. ``region`` (an index into ``(N, C, *spatial)``)
    compares there only.

    >>> from tconv_sym import TransposedConvSpec
    >>> t = target_of(TransposedConvSpec(in_size=3, kernel_size=2), [1.0, 2.0])
    >>> r = stratified_inputs(t.in_shape)
    >>> found, _ = explain(t, r, t.with_(w=np.array([[[2.0, 1.0]]])).apply(r), 1e-9, 0)
    >>> [m.name for m in found]
    ['kernel flipped']
    """
    found, best = [], None
    scale = float(np.abs(got).max()) if got.size else 0.0
    for is_pair, name, detail, cand in _candidates(target, got.shape[1:], pairs):
        if found and is_pair:
            break  # a single mistake explains it: do not list pairs
        if tuple(cand.out_shape) != tuple(got.shape[1:]):
            continue
        try:
            if probe is not None and not probe.agrees(cand, rtol, atol, region):
                continue
            want = cand.apply(r)
        except ValueError:
            continue
        ok = close(got, want, rtol, atol + rtol * scale) if region is None else \
            close(got[region], want[region], rtol, atol + rtol * scale)
        if ok.all():
            found.append(Mistake(name, describe(name), detail))
        elif best is None or (~ok).sum() < best[0]:
            best = (int((~ok).sum()), name)
    return found, best


class Diagnosis:
    """The outcome of :func:`classify`: the ``mistakes`` that explain fn exactly (may be
    empty), the :class:`~tconv_sym.testing.localise.Localisation` (``None`` when the output
    shape differs) and ``closest`` ``(differing outputs, name)`` when nothing explains it.

    >>> Diagnosis([], None, None)
    Diagnosis(mistakes=[], where=None)
    """

    def __init__(self, mistakes, localisation, closest) -> None:
        self.mistakes, self.localisation, self.closest = mistakes, localisation, closest

    def __repr__(self) -> str:
        where = None if self.localisation is None else str(self.localisation)
        return f"Diagnosis(mistakes={[m.name for m in self.mistakes]!r}, where={where!r})"

    def lines(self, total: int) -> list[str]:
        """The diagnosis as message lines (``total``: outputs compared on random inputs)."""
        out = []
        if self.localisation is not None:
            out.append(f"where: {self.localisation}")
        if self.mistakes:
            return out + [f"diagnosis: {m}" for m in self.mistakes]
        msg = "diagnosis: none of the common mistakes (or pairs of them) explains it"
        if self.localisation is not None and not self.localisation.everywhere:
            msg += "; it is confined to the place above"
        if self.closest is not None:
            msg += (f"; closest: {self.closest[1]} ({self.closest[0]} of {total} outputs on "
                    "random inputs still differ)")
        return out + [msg]


def _slice_of_input(target, c):
    """Index into ``target.w`` of the kernels input channel ``c`` uses."""
    g = target.spec.groups
    cin_g = target.spec.in_channels // g
    cout_g = target.spec.out_channels // g
    if target.transposed:
        return (c,)
    grp = c // cin_g
    return (slice(grp * cout_g, (grp + 1) * cout_g), c - grp * cin_g)


def _slice_of_output(target, co):
    g = target.spec.groups
    cin_g = target.spec.in_channels // g
    cout_g = target.spec.out_channels // g
    if not target.transposed:
        return (co,)
    grp = co // cout_g
    return (slice(grp * cin_g, (grp + 1) * cin_g), co - grp * cout_g)


def _per_channel(target, channels, kind, check, most: int = 4):
    """Mistakes of one channel's kernels: ``check(channel, candidate) -> bool``."""
    nd = target.spec.ndim
    named: dict[str, list[int]] = {}
    for c in channels[:most]:
        idx = _slice_of_input(target, c) if kind == "input" else _slice_of_output(target, c)
        words = None
        for w_words, k in kernel_transforms(target.w[idx], nd):
            w = target.w.copy()
            w[idx] = k
            if check(c, target.with_(w=w)):
                words = w_words
                break
        if words is None:
            return []
        named.setdefault(words, []).append(c)
    if len(channels) > most:
        return []
    out = []
    for words, chs in named.items():
        if len(chs) == 1:
            name = f"only {kind} channel {chs[0]}: its kernel is {words}"
        else:
            name = f"only {kind} channels {', '.join(map(str, chs))}: their kernels are {words}"
        out.append(Mistake(name, f"the kernels of these {kind} channels are wrong, every other "
                                 "channel is right",
                           f"the operator with those kernels {words}"))
    return out


def _never_written(loc: Localisation) -> Mistake:
    name = f"the output at {loc.where()} is never written"
    restricted = [d for d, (p, n) in enumerate(zip(loc.positions, loc.out_shape[1:]))
                  if p.size < n]
    if len(restricted) == 1 and loc.product:
        d = restricted[0]
        p, n = loc.positions[d], loc.out_shape[1 + d]
        noun = dim_names(len(loc.out_shape) - 1)[d]
        if p.size == 1 and p[0] in (0, n - 1):
            name = f"the {'last' if p[0] == n - 1 else 'first'} output {noun} is never written"
    return Mistake(name, "fn leaves 0 where the operator has values (a loop bound off by one, "
                   "a tile or a border case skipped)", "the operator with those outputs zeroed")


def classify(target: Target, r: np.ndarray, got: np.ndarray, rtol: float, atol: float,
             call=None, want: np.ndarray | None = None, channel_calls: int = 16) -> Diagnosis:
    """Localise the difference between ``got`` (fn on the random inputs ``r``) and the
    expected operator, then name it (see the module doc). ``call`` runs fn on a canonical
    batch (used for the input channels and the one-channel probes); without it only the
    whole-layer mistakes are tried, on ``r``.

    >>> from tconv_sym import TransposedConvSpec
    >>> t = target_of(TransposedConvSpec(in_size=(4, 4), kernel_size=2, in_channels=3),
    ...               np.ones((3, 1, 2, 2)))
    >>> w = t.w.copy(); w[1] = 0
    >>> r = stratified_inputs(t.in_shape)
    >>> d = classify(t, r, t.with_(w=w).apply(r), 1e-9, 0, call=t.with_(w=w).apply)
    >>> d.mistakes[0].name, str(d.localisation)
    ('only input channel 1: its kernel is zero (never used)', 'all 1 output channels; only input
    channel 1; at every position')
    """
    out_shape = tuple(got.shape[1:])
    cin = target.spec.in_channels
    if out_shape != tuple(target.out_shape):
        probe = ChannelProbe(call, target.in_shape, 0) if call is not None else None
        found, best = explain(target, r, got, rtol, atol, probe)
        return Diagnosis(found, None, best)
    if want is None:
        want = target.apply(r)
    scale = float(np.abs(got).max(initial=0))
    bad = ~close(got, want, rtol, atol + rtol * scale)
    loc = localise(got, want, bad)
    loc.in_total = cin
    # a constant factor: the cheapest explanation, and one nothing else covers
    denom = float(np.vdot(want, want))
    if denom > 0:
        lam = float(np.vdot(got, want)) / denom
        if abs(lam - 1) > rtol and _agrees(got, lam * want, rtol, atol):
            if call is not None:
                loc.in_channels, loc.in_exact = list(range(cin)), True
            return Diagnosis([Mistake("scaled", MISTAKES["scaled"], f"{lam:.6g} × the "
                                      "operator")], loc, None)
    if call is None:
        found, best = explain(target, r, got, rtol, atol)
        return Diagnosis(found, loc, best)

    values = stratified_inputs(target.in_shape, 1, 11)[0]

    def differs(chs) -> bool:
        x = np.zeros((1, *target.in_shape))
        x[0, chs] = values[chs]
        want = target.apply_channels(values[chs][None], chs)  # |chs|/C_in of a layer
        return not _agrees(np.asarray(call(x), dtype=np.float64), want, rtol, atol)

    if cin == 1:
        loc.in_channels, loc.in_exact = [0], True
    else:
        loc.in_channels, loc.in_exact = bad_input_channels(differs, cin, channel_calls)
    ins, outs = loc.in_channels, loc.out_channels
    probes: dict[int, ChannelProbe] = {}

    def probe_of(c) -> ChannelProbe:
        if c not in probes:
            probes[c] = ChannelProbe(call, target.in_shape, c)
        return probes[c]

    if loc.in_exact and 0 < len(ins) < cin:
        found = _per_channel(target, ins, "input",
                             lambda c, cand: probe_of(c).agrees(cand, rtol, atol))
        if found:
            return Diagnosis(found, loc, None)
    if 0 < len(outs) < target.spec.out_channels:
        found = _per_channel(target, outs, "output",
                             lambda co, cand: _agrees(got[:1, co], cand.apply(r[:1])[:, co],
                                                      rtol, atol))
        if found:
            return Diagnosis(found, loc, None)
    if not loc.everywhere and loc.never_written:
        outside = ~bad.any(axis=0, keepdims=True) & np.ones_like(bad)
        if np.all(close(got[outside], want[outside], rtol, atol + rtol * scale)):
            return Diagnosis([_never_written(loc)], loc, None)
    c0 = ins[0] if ins else 0
    # a whole-layer mistake can look confined (a flip that leaves the centre tap alone, zeros
    # framing the output): try them everywhere first
    found, best = explain(target, r, got, rtol, atol, probe_of(c0))
    if found or loc.everywhere:
        return Diagnosis(found, loc, best)
    # confined to a region: which whole-layer mistake does fn make *there* (a tile, a band,
    # a border computed by another code path)?
    region = (slice(None), slice(None), *np.ix_(*loc.positions))
    found, best = explain(target, r, got, rtol, atol, probe_of(c0), pairs=False,
                          region=region)
    where = loc.where()
    local = [Mistake(f"{m.name}, in {where} only", m.description, f"{m.detail} there, "
                     "and the operator everywhere else") for m in found]
    return Diagnosis(local, loc, best)


def diagnose(fn, spec, w, *, rtol: float = 1e-6, atol: float = 1e-9, batch_size: int = 256,
             batched: bool = True, checks: int = 2) -> list[Mistake]:
    """The mistakes that explain ``fn`` exactly (see :func:`classify`); ``[]`` when ``fn``
    is right or when none does. Decided on ``checks`` random inputs and a few one-channel
    probes, so it is cheap at any size; ``batch_size`` is kept for compatibility.

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec, conv_transpose
    >>> spec = TransposedConvSpec(in_size=2, kernel_size=3, stride=2, padding=(0, 1))
    >>> [m.name for m in diagnose(lambda x: conv_transpose(x, np.array([[[1., 2., 3.]]]),
    ...      stride=2, padding=(1, 0)), spec, [[[1, 2, 3]]])]
    ['SAME split on the wrong side']
    """
    target = target_of(spec, w)
    to_fw, from_fw = io_of(target)

    def call(x):
        return run(fn, x, batched, to_fw, from_fw)

    r = stratified_inputs(target.in_shape, checks)
    got = np.asarray(call(r), dtype=np.float64)
    want = None
    if tuple(got.shape[1:]) == target.out_shape:
        want = target.apply(r)
        if _agrees(got, want, rtol, atol):
            return []
    return classify(target, r, got, rtol, atol, call, want).mistakes
