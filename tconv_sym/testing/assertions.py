"""``assert_same_operator``: is a black box a spec's operator? If not, where, and which mistake?

What "the same operator" means, and what is checked:

1. **linearity** (:mod:`tconv_sym.testing.linearity`): ``fn(0) = 0``, homogeneity on a ±1
   input at -1, 1000 and 0.001, superposition of stratified signed random inputs. A
   non-linear ``fn`` is reported as such (with the outputs where it shows and, found by
   bisection, the input element that triggers it); no matrix is read from it.
2. **random check**: ``fn`` and the expected operator (factored, a BLAS GEMM per tap) on
   the same stratified random inputs. Two different linear operators agree there with
   probability zero.
3. **colour probes** (:mod:`tconv_sym.testing.colouring`): ``C_in/groups × colours`` probes
   read every matrix entry of ``fn`` exactly; each is compared entry by entry with the
   expected answer, *gathered from the weight* (:mod:`tconv_sym.testing.oracle`, no
   convolution), so small differences in single entries are not lost in a sum.

The verdict is **exact for a linear fn** (every entry compared within ``rtol``/``atol``);
for a non-linear fn it rests on the samples of step 1 (see the linearity module for what
they cover: thresholds anywhere in ``[-1, 1)``, bands of width ``≥ 4/checks`` on one
element; a narrower band or a single magic value can only be hit by chance, by this or by
any test that calls a black box finitely often).

On a mismatch (fail fast: the colour probes stop after the batch where the first
difference shows) the :class:`OperatorMismatch` (an ``AssertionError``) says where it
differs (channels, rows/columns) and what explains it
(:func:`tconv_sym.testing.diagnosis.classify`); its message fits a terminal, the whole
report and the entries found are on the exception (``.report``, ``.entries``).

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
tconv_sym.testing.assertions.OperatorMismatch: fn is not the operator of ...
  6 of 18 matrix entries differ; first (output <- input: got vs expected):
    y[0, 0] <- x[0, 0]: 10 vs 1
    ...
  diagnosis: kernel flipped: ...
"""

from __future__ import annotations

import heapq
import math
import textwrap
import time

import numpy as np

from ..progress import reporter
from .diagnosis import Diagnosis, classify
from .linearity import check_linearity
from .mistakes import MISTAKES, Mistake
from .oracle import ProbeOracle, estimate, probe_batch
from .probe import colour_batches, run
from .target import Target, close, io_of, target_of

__all__ = ["assert_same_operator", "compare_by_colours", "ColourComparison", "OperatorMismatch"]

#: width the assertion message is wrapped to (the full report is on the exception)
WIDTH = 100
#: entries kept for ``OperatorMismatch.entries``
LISTED = 200


class OperatorMismatch(AssertionError):
    """``fn`` is not the operator: ``str()`` is a short message for a terminal; ``report`` the
    whole text (every mistake's description, the timings), ``entries`` the differing
    entries found ``(y index, x index or None, got, expected)`` in row-major order (at most
    :data:`LISTED`), ``diagnosis`` / ``linearity`` / ``estimate`` / ``seconds`` the
    evidence.

    >>> e = OperatorMismatch("short", "short and long", [], None)
    >>> str(e), e.report
    ('short', 'short and long')
    """

    def __init__(self, message: str, report: str, entries, diagnosis, *, linearity=None,
                 estimate=None, seconds=None):
        super().__init__(message)
        self.report, self.entries, self.diagnosis = report, entries, diagnosis
        self.linearity, self.estimate, self.seconds = linearity, estimate, seconds or {}

    def __reduce__(self):  # picklable (pytest-xdist sends exceptions between processes)
        return (_rebuild, (str(self), self.report, self.entries, [m.name for m in
                                                                  self.mistakes]))

    @property
    def mistakes(self) -> list[Mistake]:
        return [] if self.diagnosis is None else list(self.diagnosis.mistakes)


def _rebuild(message, report, entries, names) -> OperatorMismatch:
    mistakes = [Mistake(n, MISTAKES.get(n, ""), "") for n in names]
    return OperatorMismatch(message, report, entries, Diagnosis(mistakes, None, None))


class ColourComparison:
    """What the colour probes found: ``differing`` entries, the first ones as
    ``(row, col, got, expected, probe)`` (``col`` -1 while unresolved), whether every probe
    stayed inside the footprint (``exact``), probes run of ``probes``.

    >>> ColourComparison(0, [], True, 4)
    ColourComparison(differing=0, probes=4, exact=True)
    """

    def __init__(self, differing: int, first: list, exact: bool, probes: int,
                 run: int | None = None) -> None:
        self.differing, self.first, self.exact, self.probes = differing, first, exact, probes
        self.run = probes if run is None else run

    @property
    def complete(self) -> bool:
        return self.run == self.probes

    def __repr__(self) -> str:
        return (f"ColourComparison(differing={self.differing}, probes={self.probes}, "
                f"exact={self.exact})")


def compare_by_colours(fn, target: Target, r=None, got_r=None, *, rtol: float, atol: float,
                       batch_size=None, batched: bool = True, max_shown: int = 5,
                       fail_fast: bool = False, step=None, oracle=None,
                       limit: int | None = None) -> ColourComparison:
    """Stream the colour probes of ``target``'s footprint through ``fn``, batch by batch, and
    compare each output with the expected one gathered from the weight
    (:class:`~tconv_sym.testing.oracle.ProbeOracle`); never more than one batch in memory.
    ``fail_fast`` stops after the first batch with a difference, ``limit`` after that many
    probes; ``step(done, total)`` is
    called after each batch. (``r`` / ``got_r`` are accepted for compatibility.)

    >>> from tconv_sym import ConvSpec
    >>> t = Target(ConvSpec(in_size=4, kernel_size=2), np.array([[[1., 2.]]]))
    >>> compare_by_colours(t.apply, t, rtol=1e-9, atol=0)
    ColourComparison(differing=0, probes=2, exact=True)
    """
    oracle = oracle or ProbeOracle(target)
    fp = oracle.footprint
    to_fw, from_fw = io_of(target)
    cin_g, cout_g = fp.in_channels // fp.groups, fp.out_channels // fp.groups
    n_in, n_out = math.prod(fp.in_size), math.prod(fp.out_size)
    n_cols = fp.in_channels * n_in
    colours = fp.colouring.n
    total = fp.n_probes
    co = np.arange(fp.out_channels)
    outside = False
    differing, done = 0, 0
    keep = max(max_shown, LISTED)
    first: list = []  # heap of (-key, row, col, got, expected, probe) of the smallest keys
    batch = probe_batch(n_in * fp.in_channels, n_out * fp.out_channels, batch_size, total)
    for idx, _, y in colour_batches(fn, fp, batch, batched, to_fw, from_fw):
        if limit is not None and done >= limit:
            break
        if tuple(y.shape[1:]) != fp.out_shape:
            raise AssertionError(f"fn's output shape changed between calls: {y.shape[1:]}")
        want = oracle.expected(idx)
        y = y.reshape(len(idx), fp.out_channels, n_out).astype(np.float64, copy=False)
        done += len(idx)
        if np.array_equal(y, want):  # the common case, 6x cheaper than the tolerance test
            if step is not None:
                step(done, total)
            continue
        with np.errstate(invalid="ignore"):
            bad = ~(np.abs(y - want) <= atol + rtol * np.abs(want))
        if step is not None:
            step(done, total)
        if not bad.any():
            continue
        for b in np.flatnonzero(bad.reshape(len(idx), -1).any(axis=1)):
            probe = int(idx[b])
            ci_local, colour = divmod(probe, colours)
            own = fp.owner[colour]
            cs, rs = np.nonzero(bad[b])
            differing += cs.size
            if not outside and np.any(own[rs] < 0):
                outside = True
            ci_of_co = (co // cout_g) * cin_g + ci_local
            rows = cs * n_out + rs
            cols = np.where(own[rs] >= 0, ci_of_co[cs] * n_in + own[rs], -1)
            keys = rows * n_cols + np.where(cols >= 0, cols, n_cols - 1)
            for e in np.argsort(keys)[:keep]:
                item = (-int(keys[e]), int(rows[e]), int(cols[e]), float(y[b, cs[e], rs[e]]),
                        float(want[b, cs[e], rs[e]]), probe)
                if len(first) < keep:
                    heapq.heappush(first, item)
                elif item[0] > first[0][0]:
                    heapq.heapreplace(first, item)
        if fail_fast:
            break
    ordered = [item[1:] for item in sorted(first, key=lambda it: -it[0])]
    return ColourComparison(differing, ordered, not outside, total, done)


def _resolve(fn, target: Target, row: int, probe: int, batched: bool, fp=None):
    """``(column, got, expected)`` of a differing entry in output ``row`` of a colour
    probe, found by bisecting the probe's inputs (when ``fn`` reaches outputs outside the
    footprint, the colouring alone cannot say which input it was)."""
    fp = fp or target.footprint()
    to_fw, from_fw = io_of(target)
    n_in, n_out = math.prod(fp.in_size), math.prod(fp.out_size)
    cin_g, cout_g = fp.in_channels // fp.groups, fp.out_channels // fp.groups
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

    own = int(fp.owner[colour, row % n_out])
    if own >= 0:  # the colouring's answer, confirmed by a single-input probe
        got, want = values(np.array([own]))
        if got != want:
            return ci * n_in + own, got, want
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


class _Clock:
    """CPU seconds per phase, and in the kernel under test."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._t = time.process_time()

    def lap(self, phase: str) -> float:
        now = time.process_time()
        self.seconds[phase] = self.seconds.get(phase, 0.0) + now - self._t
        self._t = now
        return self.seconds[phase]

    def timed(self, fn):
        def wrapped(x):
            t = time.process_time()
            try:
                return fn(x)
            finally:
                self.seconds["fn"] = self.seconds.get("fn", 0.0) + time.process_time() - t
        return wrapped


def _wrap(lines: list[str]) -> str:
    out = []
    for line in lines:
        indent = len(line) - len(line.lstrip())
        out.extend(textwrap.wrap(line, WIDTH, subsequent_indent=" " * (indent + 2),
                                 break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def assert_same_operator(fn, spec, w, *, rtol: float = 1e-6, atol: float = 1e-9,
                         batch_size: int | None = None, batched: bool = True,
                         max_shown: int = 5, checks: int = 2, entries: bool = True,
                         fail_fast: bool = True, verbose: bool = False, callback=None,
                         channel_calls: int = 16):
    """Assert that ``fn`` is the operator of ``spec`` with weight ``w`` (else say where it
    differs and which mistake explains it).

    ``spec`` is a :class:`~tconv_sym.TransposedConvSpec` or :class:`~tconv_sym.ConvSpec`
    (``fn`` takes ``(B, C_in, *spatial)`` batches; ``w`` in PyTorch layout), or an
    :class:`~tconv_sym.interop.Resolution` (``fn`` and ``w`` in that framework's layouts).
    The checks (module doc): linearity, ``checks`` stratified random inputs against the
    factored operator, then ``C_in/groups × colours`` colour probes in batches of
    ``batch_size`` (default: by memory), each entry compared with the weight. The cost is
    estimated first and refused above :mod:`tconv_sym.budget`'s ``bytes`` / ``macs``.
    ``entries=False`` skips the colour probes (random and linearity checks only);
    ``fail_fast=False`` runs every probe to count every differing entry.
    ``verbose=True`` prints one line per phase; ``callback(step)`` receives each finished
    phase as a :class:`tconv_sym.progress.Step`.

    Scope of the verdict: exact for a linear ``fn`` (every matrix entry compared); for a
    non-linear ``fn`` only as good as the linearity samples (module doc): thresholds in
    ``[-1, 1)`` and bands of width ``≥ 4/checks`` on one input element are found, narrower
    bands only by chance — raise ``checks`` to cover more.

    Raises :class:`OperatorMismatch` (an ``AssertionError``).

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec, conv_transpose
    >>> spec = TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=1,
    ...                           output_padding=1)
    >>> w = np.arange(9.).reshape(1, 1, 3, 3)
    >>> assert_same_operator(lambda x: conv_transpose(x, w, stride=2, padding=1), spec, w)
    Traceback (most recent call last):
        ...
    tconv_sym.testing.assertions.OperatorMismatch: fn is not the operator of ...
      output shape (C, *spatial): got (1, 3, 3), expected (1, 4, 4)
      diagnosis: output_padding missing: ...
    """
    if not callable(fn):
        raise TypeError(f"fn must be callable, got {type(fn).__name__}")
    target = target_of(spec, w)
    cost = estimate(target.spec, extra_calls=8 + checks + channel_calls, batch_size=batch_size,
                    probes=entries, zero_pad=target.zero_pad if target.padded else None)
    to_fw, from_fw = io_of(target)
    clock = _Clock()
    user = clock.timed(fn)

    def call(x):
        return run(user, x, batched, to_fw, from_fw)

    phases = 3 + (1 if entries else 0)
    show = "lines" if verbose else "quiet"
    with reporter("assert_same_operator", total=phases, callback=callback, show=show) as rep:
        head = f"fn is not the operator of {target.label} with this weight"
        batch = probe_batch(math.prod(target.in_shape), math.prod(target.out_shape), batch_size)
        lin = check_linearity(call, target.in_shape, rtol, atol, checks=checks, batch=batch)
        clock.lap("linearity")
        rep.step("linearity", "ok" if lin.ok else "NOT LINEAR")
        r, got_r = lin.inputs, lin.got
        fail = _Failure(head, target, cost, clock, lin)
        if tuple(got_r.shape[1:]) != tuple(target.out_shape):
            fail.lines.append(f"  output shape (C, *spatial): got {tuple(got_r.shape[1:])}, "
                              f"expected {tuple(target.out_shape)}")
            fail.diagnose(classify(target, r, got_r, rtol, atol, call, None, channel_calls))
            raise fail.error()
        if not lin.ok:
            fail.not_linear(lin)
            raise fail.error()
        want_r = target.apply(r)
        clock.lap("reference")
        scale = float(np.abs(got_r).max(initial=0))
        pre_ok = bool(close(got_r, want_r, rtol, atol + rtol * scale).all())
        rep.step("random inputs", "agree" if pre_ok else "DIFFER")
        cmp = None
        if entries:
            oracle = ProbeOracle(target)
            # the random check already failed: a few channels' probes list entries, the
            # localisation says the rest
            limit = 4 * oracle.footprint.colouring.n if fail_fast and not pre_ok else None
            n_probes = oracle.footprint.n_probes
            per = probe_batch(math.prod(target.in_shape), math.prod(target.out_shape),
                              batch_size, n_probes)
            # a bar over the probe batches on a terminal (nothing under pytest or verbose)
            with reporter("colour probes", total=-(-n_probes // per),
                          show="quiet" if verbose else "auto") as bar:
                cmp = compare_by_colours(user, target, rtol=rtol, atol=atol,
                                         batch_size=batch_size, batched=batched,
                                         max_shown=max_shown, fail_fast=fail_fast,
                                         oracle=oracle, limit=limit,
                                         step=lambda done, total: bar.step(f"{done}/{total}"))
            clock.lap("colour probes")
            rep.step(f"{cmp.run} of {cmp.probes} colour probes",
                     "agree" if cmp.differing == 0 else f"{cmp.differing} entries differ")
            if pre_ok and cmp.differing == 0:
                return None
            fail.entries(cmp, fn, batched, max_shown)
        elif pre_ok:
            return None
        else:
            fail.lines.append(f"  on {checks} random inputs the outputs differ")
        diag = classify(target, r, got_r, rtol, atol, call, want_r, channel_calls)
        clock.lap("diagnosis")
        rep.step("diagnosis", ", ".join(m.name for m in diag.mistakes) or "no common mistake")
        fail.diagnose(diag)
        raise fail.error()


class _Failure:
    """Collects the lines of a failure report."""

    def __init__(self, head, target, cost, clock, lin) -> None:
        self.head, self.target, self.cost, self.clock, self.lin = head, target, cost, clock, lin
        self.lines: list[str] = []
        self.listing: list = []
        self.diag: Diagnosis | None = None
        self.full: list[str] = []

    def not_linear(self, lin) -> None:
        out_shape = tuple(self.lin.zero.shape[1:])
        where = [", ".join(map(str, np.unravel_index(int(i), out_shape)))
                 for i in lin.outputs[:3]]
        shown = "; ".join(f"y[{w}]" for w in where) + (", ..." if lin.outputs.size > 3 else "")
        name = "bias added" if lin.problem.startswith("fn(0)") else "not linear"
        trig = ""
        if lin.trigger is not None:
            trig = (f"; it shows with input x[{', '.join(map(str, lin.trigger))}] alone (the "
                    "others zero)")
        self.lines.append(f"  fn is not linear: {lin.problem} ({shown}){trig}")
        self.lines.append("  (a matrix describes only a linear fn: the colour probes were not "
                          "run)")
        detail = f"max |fn(0)| = {np.abs(lin.zero).max():g}" if name == "bias added" else \
            lin.problem
        self.diag = Diagnosis([Mistake(name, MISTAKES[name], detail)], None, None)
        self.lines.append(f"  diagnosis: {name}: {MISTAKES[name]}")

    def entries(self, cmp, fn, batched, max_shown) -> None:
        target = self.target
        exp_shape, in_shape = tuple(target.out_shape), tuple(target.in_shape)
        total = math.prod(exp_shape) * math.prod(in_shape)
        fp = target.footprint()
        if cmp.differing == 0:
            self.lines.append(f"  the {cmp.probes} colour probes agree, but on the random "
                              "inputs the outputs differ: fn reaches outputs outside the "
                              "spec's footprint")
            return
        resolved = []
        exact = cmp.exact
        for row, col, got, _, probe in cmp.first[:max_shown]:
            new_col, g2, w2 = _resolve(fn, target, row, probe, batched, fp)
            if (new_col, g2) != (col, got):
                exact = False
            resolved.append((row, new_col, g2, w2))
        resolved += [(row, col, got, want) for row, col, got, want, _ in cmp.first[max_shown:]]
        if exact and cmp.complete:
            count = f"{cmp.differing} of {total}"
        elif exact:
            count = f"at least {cmp.differing} of {total}"
        else:
            count = (f"fn reaches outputs outside the spec's footprint; at least "
                     f"{cmp.differing} of {total}")
        stop = "" if cmp.complete else \
            f" (fail fast: {cmp.run} of {cmp.probes} colour probes run)"
        self.lines.append(f"  {count} matrix entries differ{stop}; first (output <- input: "
                          "got vs expected):")
        for row, col, got, want in resolved:
            yi = tuple(int(v) for v in np.unravel_index(row, exp_shape))
            xi = tuple(int(v) for v in np.unravel_index(col, in_shape)) if col >= 0 else None
            self.listing.append((yi, xi, got, want))
        for yi, xi, got, want in self.listing[:max_shown]:
            xs = ", ".join(map(str, xi)) if xi is not None else "?"
            self.lines.append(f"    y[{', '.join(map(str, yi))}] <- x[{xs}]: {got:g} vs "
                              f"{want:g}")

    def diagnose(self, diag: Diagnosis) -> None:
        self.diag = diag
        total = math.prod(self.lin.got.shape) if self.lin is not None else 0
        self.lines.extend("  " + line for line in diag.lines(total))

    def error(self) -> OperatorMismatch:
        self.clock.lap("diagnosis")
        secs = self.clock.seconds
        timing = ", ".join(f"{k} {v:.2f}" for k, v in secs.items())
        short = _wrap([self.head] + self.lines)
        report = "\n".join([self.head] + self.lines + [
            f"  cost estimate: {self.cost!r}", f"  CPU seconds: {timing}"])
        return OperatorMismatch(short, report, self.listing, self.diag, linearity=self.lin,
                                estimate=self.cost, seconds=dict(secs))
