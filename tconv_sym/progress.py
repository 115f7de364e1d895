"""Progress for anything that can take more than a couple of seconds: a callback, a bar, or lines.

One small contract shared by every long-running entry point (``scan``, ``explain``,
``assert_same_operator``, the all-sizes prover): the work reports each finished step to a
:class:`Reporter`, which

- calls the user's ``callback(step)`` with a :class:`Step` (task, done, total, label,
  outcome, seconds since the start), always;
- draws a progress bar on standard error when that is a terminal (``tqdm`` when installed,
  a one-line fallback otherwise), or prints one line per step (``show="lines"``, what the
  CLI uses for a scan: name, outcome, time), or nothing (``show="quiet"``, and ``"auto"``
  when standard error is not a terminal, e.g. under pytest or in a pipe).

>>> seen = []
>>> with reporter("layers", total=2, callback=seen.append, show="quiet") as r:
...     _ = r.step("up1", outcome="verified")
...     _ = r.step("up2", outcome="failed")
>>> [(s.done, s.total, s.label, s.outcome) for s in seen]
[(1, 2, 'up1', 'verified'), (2, 2, 'up2', 'failed')]
>>> import io
>>> out = io.StringIO()
>>> with reporter("layers", total=1, show="lines", stream=out, clock=lambda: 0.0) as r:
...     _ = r.step("up1", outcome="verified")
>>> print(out.getvalue().rstrip())
[1/1] up1: verified (0.0 s)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Step", "Reporter", "reporter", "SHOW_MODES"]

#: How a reporter shows progress: ``auto`` (a bar on a terminal, else nothing), ``bar``,
#: ``lines`` (one line per step), ``quiet``.
SHOW_MODES = ("auto", "bar", "lines", "quiet")


@dataclass(frozen=True)
class Step:
    """One finished step of a task: ``done`` of ``total`` (``None`` when unknown)."""

    task: str
    done: int
    total: int | None
    label: str = ""
    outcome: str = ""
    seconds: float = 0.0

    def __str__(self) -> str:
        of = f"/{self.total}" if self.total is not None else ""
        what = f" {self.label}" if self.label else ""
        result = f": {self.outcome}" if self.outcome else ""
        return f"[{self.done}{of}]{what}{result} ({self.seconds:.1f} s)"


class Reporter:
    """Receives finished steps; forwards them to the callback and draws them (see module doc)."""

    def __init__(self, task: str, total: int | None = None, *,
                 callback: Callable[[Step], object] | None = None, show: str = "auto",
                 stream=None, clock: Callable[[], float] = time.perf_counter) -> None:
        if show not in SHOW_MODES:
            raise ValueError(f"show must be one of {', '.join(SHOW_MODES)}, got {show!r}")
        if callback is not None and not callable(callback):
            raise TypeError(f"callback must be callable, got {type(callback).__name__}")
        self.task, self.total, self.callback = task, total, callback
        self.stream = sys.stderr if stream is None else stream
        if show == "auto":
            show = "bar" if _isatty(self.stream) else "quiet"
        self.show, self.clock = show, clock
        self.done = 0
        self._start = clock()
        self._last = self._start
        self._bar = None

    def step(self, label: str = "", outcome: str = "") -> Step:
        """Record one finished step (and show it)."""
        now = self.clock()
        self.done += 1
        s = Step(self.task, self.done, self.total, label, outcome, now - self._last)
        self._last = now
        if self.callback is not None:
            self.callback(s)
        if self.show == "lines":
            print(s, file=self.stream, flush=True)
        elif self.show == "bar":
            self._draw(s)
        return s

    def _draw(self, s: Step) -> None:
        if self._bar is None:
            try:
                from tqdm import tqdm
            except ImportError:
                self._bar = False
            else:
                self._bar = tqdm(total=self.total, desc=self.task, file=self.stream, leave=False)
        if self._bar:
            self._bar.set_postfix_str(f"{s.label} {s.outcome}".strip(), refresh=False)
            self._bar.update(1)
        else:
            of = f"/{self.total}" if self.total is not None else ""
            text = f"{self.task} [{s.done}{of}] {s.label} {s.outcome}".rstrip()
            print(f"\r{text[:79]:<79}", end="", file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar:
            self._bar.refresh()  # the last step is drawn even when tqdm throttled it
            self._bar.close()
        elif self._bar is False and self.done:
            print("\r" + " " * 79 + "\r", end="", file=self.stream, flush=True)
        self._bar = None

    def __enter__(self) -> Reporter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        of = f"/{self.total}" if self.total is not None else ""
        return f"<Reporter {self.task!r}: {self.done}{of} steps, show={self.show!r}>"


def reporter(task: str, total: int | None = None, *, callback=None, show: str = "auto",
             stream=None, clock: Callable[[], float] = time.perf_counter) -> Reporter:
    """A :class:`Reporter` for ``task`` (use it as a context manager)."""
    return Reporter(task, total, callback=callback, show=show, stream=stream, clock=clock)


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
