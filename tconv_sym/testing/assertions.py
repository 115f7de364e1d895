"""``assert_same_operator``: is a black box the operator of a spec? If not, which mistake?

Three passes, none of which builds a matrix:

1. a cheap randomized pre-check: ``fn`` and the expected operator on a few random inputs
   (two different linear operators agree there with probability zero); on a failure the
   diagnosis (:func:`tconv_sym.testing.diagnosis.explain`) runs on the same random outputs;
2. colour probes (:mod:`tconv_sym.testing.colouring`): ``C_in/groups × colours`` probes, each
   compared with the expected operator's output as it is produced, which reads every
   differing matrix entry exactly (output <- input: got vs expected), keeping the first few
   in row-major order;
3. the entries read off are checked once more against the random outputs: if ``fn`` reaches
   outputs outside the spec's footprint the message says so.

>>> import numpy as np
>>> from tconv_sym import TransposedConvSpec
>>> spec = TransposedConvSpec(in_size=3, kernel_size=2, stride=2)
>>> def scatter(x, w):  # y[2n + t] += x[n] w[t], the textbook transposed convolution
...     y = np.zeros((x.shape[0], 1, 6))
...     for n in range(3):
...         for t in range(2):
...             y[:, 0, 2 * n + t] += x[:, 0, n] * w[t]
...     return y
>>> assert_same_operator(lambda x: scatter(x, [1, 10]), spec, [1, 10])
>>> assert_same_operator(lambda x: scatter(x, [10, 1]), spec, [1, 10])
Traceback (most recent call last):
    ...
AssertionError: fn is not the operator of TransposedConvSpec(in_size=3, kernel_size=2,
stride=2) with this weight
  6 of 18 matrix entries differ; first (output <- input: got vs expected):
    y[0, 0] <- x[0, 0]: 10 vs 1
    ...
  diagnosis: kernel flipped: ...
"""

from __future__ import annotations

import heapq
import math

import numpy as np

from .diagnosis import MISTAKES, Target, close, explain, io_of, target_of
from .probe import auto_batch, colour_batches, random_inputs, run

__all__ = ["assert_same_operator", "compare_by_colours", "ColourComparison"]


class ColourComparison:
    """What the colour probes found: ``differing`` entries, the first ones as
    ``(row, col, got, expected)`` (``col`` -1 while unresolved), whether the entries read
    off reproduce ``fn`` on the random inputs (``exact``), and probe count.

    >>> ColourComparison(0, [], True, 4)
    ColourComparison(differing=0, probes=4, exact=True)
    """

    def __init__(self, differing: int, first: list, exact: bool, probes: int,
                 unowned: list | None = None) -> None:
        self.differing, self.first, self.exact, self.probes = differing, first, exact, probes
        self.unowned = unowned or []

    def __repr__(self) -> str:
        return (f"ColourComparison(differing={self.differing}, probes={self.probes}, "
                f"exact={self.exact})")


def compare_by_colours(fn, target: Target, r: np.ndarray, got_r: np.ndarray, *,
                       rtol: float, atol: float, batch_size=None, batched: bool = True,
                       max_shown: int = 5) -> ColourComparison:
    """Stream the colour probes of ``target``'s footprint through ``fn`` and the expected
    operator, batch by batch; never more than one batch of outputs in memory.

    >>> from tconv_sym import ConvSpec
    >>> t = Target(ConvSpec(in_size=4, kernel_size=2), np.array([[[1., 2.]]]))
    >>> r = np.ones((2, 1, 4))
    >>> compare_by_colours(t.apply, t, r, t.apply(r), rtol=1e-9, atol=0)
    ColourComparison(differing=0, probes=2, exact=True)
    """
    fp = target.footprint()
    to_fw, from_fw = io_of(target)
    g = fp.groups
    cin_g, cout_g = fp.in_channels // g, fp.out_channels // g
    n_in, n_out = math.prod(fp.in_size), math.prod(fp.out_size)
    n_cols = fp.in_channels * n_in
    colours = fp.colouring.n
    checks = r.shape[0]
    r_flat = r.reshape(checks, fp.in_channels, n_in)
    acc = np.zeros((checks, fp.out_channels, n_out))
    co = np.arange(fp.out_channels)
    outside = False
    differing = 0
    first: list = []  # heap of (-key, row, col, got, expected, probe) of the smallest keys
    batch = auto_batch(n_in * fp.in_channels, n_out * fp.out_channels, batch_size)
    for idx, x, y in colour_batches(fn, fp, batch, batched, to_fw, from_fw):
        if tuple(y.shape[1:]) != fp.out_shape:
            raise AssertionError(f"fn's output shape changed between calls: {y.shape[1:]}")
        want = target.apply(x).reshape(len(idx), fp.out_channels, n_out)
        y = y.reshape(len(idx), fp.out_channels, n_out).astype(np.float64, copy=False)
        bad = ~close(y, want, rtol, atol)
        for b, probe in enumerate(idx):
            ci_local, colour = divmod(int(probe), colours)
            own = fp.owner[colour]
            valid = own >= 0
            ci_of_co = (co // cout_g) * cin_g + ci_local
            yb = y[b]
            acc[:, :, valid] += yb[None][:, :, valid] * r_flat[:, ci_of_co][:, :, own[valid]]
            if not outside and np.any(yb[:, ~valid] != 0):
                outside = True
            if not bad[b].any():
                continue
            cs, rs = np.nonzero(bad[b])
            differing += cs.size
            rows = cs * n_out + rs
            cols = np.where(own[rs] >= 0, ci_of_co[cs] * n_in + own[rs], -1)
            keys = rows * n_cols + np.where(cols >= 0, cols, n_cols - 1)
            take = np.argsort(keys)[:max_shown]
            for e in take:
                item = (-int(keys[e]), int(rows[e]), int(cols[e]), float(yb[cs[e], rs[e]]),
                        float(want[b, cs[e], rs[e]]), int(probe))
                if len(first) < max_shown:
                    heapq.heappush(first, item)
                elif item[0] > first[0][0]:
                    heapq.heapreplace(first, item)
    scale = float(np.abs(got_r).max()) if got_r.size else 0.0
    exact = not outside and bool(close(got_r.reshape(acc.shape), acc, rtol,
                                       atol + rtol * scale).all())
    ordered = [item[1:] for item in sorted(first, key=lambda it: -it[0])]
    return ColourComparison(differing, ordered, exact, fp.n_probes)


def _resolve(fn, target: Target, row: int, probe: int, batched: bool):
    """``(column, got, expected)`` of a differing entry in output ``row`` of a colour
    probe, found by bisecting the probe's inputs (used when ``fn`` reaches outputs outside
    the footprint, where the colouring cannot say which input it was)."""
    fp = target.footprint()
    to_fw, from_fw = io_of(target)
    n_in, n_out = math.prod(fp.in_size), math.prod(fp.out_size)
    g = fp.groups
    cin_g, cout_g = fp.in_channels // g, fp.out_channels // g
    ci_local, colour = divmod(probe, fp.colouring.n)
    co = row // n_out
    ci = (co // cout_g) * cin_g + ci_local
    members = fp.colouring.members(colour)

    def values(cols) -> tuple[float, float]:
        x = np.zeros((1, fp.in_channels, n_in))
        x[0, ci, cols] = 1
        x = x.reshape(1, *fp.in_shape)
        got = run(fn, x, batched, to_fw, from_fw).reshape(-1)[row]
        return float(got), float(target.apply(x).reshape(-1)[row])

    def differs(cols) -> bool:
        got, want = values(cols)
        return got != want

    if not differs(members):
        return -1, *values(members)
    lo, hi = 0, members.size  # invariant: the first lo agree, the first hi do not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if differs(members[:mid]):
            hi = mid
        else:
            lo = mid
    j = int(members[lo])
    return ci * n_in + j, *values(np.array([j]))


def assert_same_operator(fn, spec, w, *, rtol: float = 1e-6, atol: float = 1e-9,
                         batch_size: int | None = None, batched: bool = True,
                         max_shown: int = 5, checks: int = 2, entries: bool = True):
    """Assert that ``fn`` is the operator of ``spec`` with weight ``w`` (else explain).

    ``spec`` is a :class:`~tconv_sym.TransposedConvSpec` or :class:`~tconv_sym.ConvSpec`
    (``fn`` takes ``(B, C_in, *spatial)`` batches; ``w`` in PyTorch layout), or an
    :class:`~tconv_sym.interop.Resolution` (``fn`` and ``w`` in that framework's layouts).
    ``fn`` is compared with the expected operator (applied in factored form) on ``checks``
    random inputs, then on ``C_in/groups × colours`` colour probes, streamed in batches of
    ``batch_size`` (default: by memory) — never as a whole matrix, so real layers
    (32×32×128 → 64) take seconds. On a mismatch the ``AssertionError`` lists the first
    differing entries (``y[c, ...] <- x[c, ...]``: got vs expected) and a diagnosis from
    :data:`MISTAKES`; ``entries=False`` skips the colour probes when the random pre-check
    already fails (fail fast, diagnosis only).

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec, conv_transpose
    >>> spec = TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=1,
    ...                           output_padding=1)
    >>> w = np.arange(9.).reshape(1, 1, 3, 3)
    >>> assert_same_operator(lambda x: conv_transpose(x, w, stride=2, padding=1), spec, w)
    Traceback (most recent call last):
        ...
    AssertionError: fn is not the operator of TransposedConvSpec(in_size=(2, 2), kernel_size=3,
    stride=2, padding=1, output_padding=1) with this weight
      output shape (C, *spatial): got (1, 3, 3), expected (1, 4, 4)
      diagnosis: output_padding missing: ...
    """
    target = target_of(spec, w)
    to_fw, from_fw = io_of(target)
    head = f"fn is not the operator of {target.label} with this weight"
    y0 = run(fn, np.zeros((1, *target.in_shape)), batched, to_fw, from_fw)
    if np.any(y0 != 0):
        raise AssertionError(f"{head}\n  diagnosis: bias added: {MISTAKES['bias added']} "
                             f"(max |fn(0)| = {np.abs(y0).max():g})")
    r = random_inputs(target.in_shape, checks)
    got_r = run(fn, r, batched, to_fw, from_fw).astype(np.float64, copy=False)
    exp_shape = tuple(target.out_shape)
    lines = [head]
    if tuple(got_r.shape[1:]) != exp_shape:
        lines.append(f"  output shape (C, *spatial): got {tuple(got_r.shape[1:])}, expected "
                     f"{exp_shape}")
        raise AssertionError("\n".join(lines + _diagnosis(target, r, got_r, rtol, atol)))
    scale = float(np.abs(got_r).max())
    pre_ok = bool(close(got_r, target.apply(r), rtol, atol + rtol * scale).all())
    if not pre_ok and not entries:
        lines.append(f"  on {checks} random inputs the outputs differ")
        raise AssertionError("\n".join(lines + _diagnosis(target, r, got_r, rtol, atol)))
    cmp = compare_by_colours(fn, target, r, got_r, rtol=rtol, atol=atol,
                             batch_size=batch_size, batched=batched, max_shown=max_shown)
    if pre_ok and cmp.differing == 0 and cmp.exact:
        return None
    total = math.prod(exp_shape) * math.prod(target.in_shape)
    if cmp.differing == 0:
        lines.append(f"  the {cmp.probes} colour probes agree, but on {checks} random inputs "
                     "the outputs differ: fn reaches outputs outside the spec's footprint")
    else:
        count = f"{cmp.differing} of {total}" if cmp.exact else \
            f"fn reaches outputs outside the spec's footprint; at least {cmp.differing} of " \
            f"{total}"
        lines.append(f"  {count} matrix entries differ; first (output <- input: got vs "
                     f"expected):")
        in_shape = target.in_shape
        for row, col, got, want, probe in cmp.first:
            if col < 0 or not cmp.exact:  # the colouring cannot say which input it was
                col, got, want = _resolve(fn, target, row, probe, batched)
            yi = ", ".join(map(str, np.unravel_index(row, exp_shape)))
            xi = ", ".join(map(str, np.unravel_index(col, in_shape))) if col >= 0 else "?"
            lines.append(f"    y[{yi}] <- x[{xi}]: {got:g} vs {want:g}")
    raise AssertionError("\n".join(lines + _diagnosis(target, r, got_r, rtol, atol)))


def _diagnosis(target, r, got_r, rtol, atol) -> list[str]:
    found, nearest = explain(target, r, got_r, rtol, atol)
    if found:
        return [f"  diagnosis: {m}" for m in found]
    msg = "  diagnosis: none of the common mistakes (or pairs of them) explains it"
    if nearest is not None:
        msg += (f"; closest: {nearest[1]} ({nearest[0]} of {got_r.size} outputs on random "
                "inputs still differ)")
    return [msg]
