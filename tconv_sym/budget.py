"""Resource limits: estimate first, refuse clearly, never get the process killed.

Every entry point that can allocate (or loop) in proportion to an operator computes an
estimate *before* doing the work and calls :func:`check`. Above the limit it raises
:class:`ResourceLimitError` (a ``ValueError``) that names what was asked, the estimate, the
limit, the knob that changes it and a suggestion.

>>> from tconv_sym import budget
>>> budget.check("bytes", 10**6, what="conv_matrix(backend='scipy')")
>>> budget.check("bytes", 3 * 2**40, what="conv_matrix(backend='scipy')",
...              hint="use ts.conv_transpose (factored) instead")
Traceback (most recent call last):
    ...
tconv_sym.budget.ResourceLimitError: conv_matrix(backend='scipy') would need ~3.0 TiB of memory;
the limit is 4.0 GiB (set TCONV_SYM_MAX_BYTES or use budget.limits(bytes=...)); use ...
>>> with budget.limits(bytes=2**50):
...     budget.check("bytes", 3 * 2**40, what="a big matrix")
>>> budget.limit("bytes") == 4 * 2**30
True

Kinds of resource (defaults; each can be set with an environment variable or, for a block
of code, with :func:`limits`):

========================  ===============  =========================================
kind                      default          environment variable
========================  ===============  =========================================
``bytes``                 4 GiB            ``TCONV_SYM_MAX_BYTES``
``sympy_entries``         250,000          ``TCONV_SYM_MAX_SYMPY_ENTRIES``
``source_lines``          200,000          ``TCONV_SYM_MAX_SOURCE_LINES``
``loop_trips``            100,000,000      ``TCONV_SYM_MAX_LOOP_TRIPS``
``seconds``               600              ``TCONV_SYM_MAX_SECONDS``
``weight_cache_bytes``    1 GiB            ``TCONV_SYM_MAX_WEIGHT_CACHE_BYTES``
========================  ===============  =========================================

``weight_cache_bytes`` bounds what one kernel callable keeps of the weights it was called
with (a copy for the exact check and the packed form, :class:`~tconv_sym.codegen.packing.
WeightCache`); weights beyond it are packed on every call instead of kept, never refused.

``seconds`` is the one knob for time: work whose cost is its multiply-accumulates (checking
a black box against a spec in :mod:`tconv_sym.testing.oracle`, verifying a generated kernel)
is predicted at :data:`MACS_PER_SECOND` by :func:`seconds_for` and refused above the limit.
The former ``macs`` kind is an alias of it: ``TCONV_SYM_MAX_MACS`` (read when
``TCONV_SYM_MAX_SECONDS`` is unset), ``limits(macs=...)`` and ``check("macs", n)`` convert at
the same rate.

>>> with limits(macs=5 * 10**9):
...     limit("seconds")
5

Calibration of :data:`MACS_PER_SECOND` (``python benchmarks/calibrate_rate.py``, Dec 2026,
a 2-core machine shared by 8 users; CPU seconds; MACs = batch × ``factored(spec).nnz``,
batch 1 - 8; "pinned" = ``OMP_NUM_THREADS=1`` as the script sets, "default" = BLAS threads
left to NumPy, where the loaded cores make threads contend):

======================================================  ============  ===========
what ran                                                pinned MAC/s  default
======================================================  ============  ===========
``factored(spec).apply``, 2-D 64×64 k4 s2 64→32           3.8e9 - 4e9   4.6e8 - 5.2e8
``factored(spec).apply``, 2-D 32×32 k3 s2 128→128         6.7e9 - 1.1e10 9.7e8 - 1.1e9
``factored(spec).apply``, 3-D 16³ k3 s2 16→16             1.5e9 - 1.7e9 1.4e8 - 1.5e8
``factored(spec).apply``, 1-D 256 k5 s3 8→4               3e8 - 1.2e9   2.7e8 - 1.2e9
``factored(spec).apply``, ViT patch 224² k16 s16 3→192    1.1e9 - 2.2e9 9.3e8 - 2.3e9
``assert_same_operator`` (torch), 64×64 64→32, 3.5e10 MACs 5.2e9 (6.8 s)  4.6e9 (7.6 s)
======================================================  ============  ===========

1e9 is within a factor of ~10 of every rate measured, and a lower bound of every pinned
rate but one (tiny 1-D layers at batch 1, where call overhead dominates): with one thread
predictions are upper bounds; with contending BLAS threads on a loaded machine the factored
reference can run up to ~7× slower than predicted. The ``assert_same_operator`` check is
predicted at 35 s for the 6.8 - 7.6 CPU s it takes (21.8 s of wall time when loaded); the
former ``macs`` kind (5e11 at 1e8 MAC/s) predicted it at ~350 s.
"""

from __future__ import annotations

import contextlib
import math
import os

__all__ = ["ResourceLimitError", "check", "limit", "limits", "DEFAULTS", "format_amount",
           "MACS_PER_SECOND", "seconds_for", "ALIASES"]

#: multiply-accumulates per second assumed by time estimates (calibration in the module
#: docstring: 1.4e8 - 4.6e9 measured, 1e9 in the middle)
MACS_PER_SECOND = 1e9

#: alias kind -> the kind it bounds, its environment variable, its units per unit of that kind
ALIASES: dict[str, tuple[str, str, float]] = {
    "macs": ("seconds", "TCONV_SYM_MAX_MACS", MACS_PER_SECOND),
}

#: kind -> (default limit, environment variable, unit)
DEFAULTS: dict[str, tuple[int, str, str]] = {
    "bytes": (4 * 2**30, "TCONV_SYM_MAX_BYTES", "bytes"),
    "sympy_entries": (250_000, "TCONV_SYM_MAX_SYMPY_ENTRIES", "entries"),
    "source_lines": (200_000, "TCONV_SYM_MAX_SOURCE_LINES", "lines"),
    "loop_trips": (100_000_000, "TCONV_SYM_MAX_LOOP_TRIPS", "loop iterations"),
    "seconds": (600, "TCONV_SYM_MAX_SECONDS", "seconds"),
    "weight_cache_bytes": (2**30, "TCONV_SYM_MAX_WEIGHT_CACHE_BYTES", "bytes"),
}


def seconds_for(macs: int | float) -> float:
    """Predicted seconds of work that executes ``macs`` multiply-accumulates.

    >>> seconds_for(2e9)
    2.0
    """
    return float(macs) / MACS_PER_SECOND

_overrides: list[dict[str, int]] = []


class ResourceLimitError(ValueError):
    """An estimate exceeded a limit; raised before any large allocation or long loop."""


def format_amount(kind: str, amount: int | float) -> str:
    """A readable amount: bytes in KiB/MiB/GiB/TiB, other kinds with thousands separators.

    >>> format_amount("bytes", 3 * 2**30), format_amount("sympy_entries", 1234567)
    ('3.0 GiB', '1,234,567 entries')
    >>> format_amount("bytes", 2**1100)
    '~2**1100 B'
    >>> format_amount("seconds", 1234.56)
    '1,234.6 s'
    """
    unit = DEFAULTS[kind][2] if kind in DEFAULTS else ""
    if unit == "seconds":
        return f"{float(amount):,.1f} s"
    if unit != "bytes":
        return f"{int(amount):,} {unit}".strip()
    try:
        value = float(amount)
    except OverflowError:  # an int beyond the double range (a spec of 1,000 dims)
        return f"~2**{int(amount).bit_length() - 1} B"
    for name in ("B", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or name == "TiB":
            return f"{value:.0f} B" if name == "B" else f"{value:.1f} {name}"
        value /= 1024
    raise AssertionError("unreachable")


def limit(kind: str) -> int:
    """The limit in force for ``kind``: the innermost :func:`limits` block, else the
    environment variable, else the default.

    >>> limit("loop_trips")
    100000000
    """
    if kind in ALIASES:
        target, _, per = ALIASES[kind]
        return int(limit(target) * per)
    if kind not in DEFAULTS:
        raise ValueError(f"kind must be one of {sorted(DEFAULTS)}, got {kind!r}")
    for frame in reversed(_overrides):
        if kind in frame:
            return frame[kind]
    default, env, _ = DEFAULTS[kind]
    text = os.environ.get(env)
    if text is None or not text.strip():
        return _alias_from_environment(kind, default)
    return _positive(env, text)


def _alias_from_environment(kind: str, default: int) -> int:
    """The limit of ``kind`` set through an alias's environment variable, else ``default``."""
    for target, env, per in ALIASES.values():
        text = os.environ.get(env)
        if target == kind and text is not None and text.strip():
            return max(1, math.ceil(_positive(env, text) / per))
    return default


def _positive(env: str, text: str) -> int:
    try:
        value = int(text.strip().replace("_", ""))
    except ValueError:
        raise ValueError(f"{env} must be a positive integer, got {text!r}") from None
    if value < 1:
        raise ValueError(f"{env} must be a positive integer, got {text!r}")
    return value


@contextlib.contextmanager
def limits(**kinds: int):
    """Set limits for a block of code (nested blocks override outer ones).

    >>> with limits(sympy_entries=10):
    ...     limit("sympy_entries")
    10
    """
    frame = {}
    for kind, value in kinds.items():
        if kind in ALIASES and not isinstance(value, bool) and isinstance(value, int) \
                and value >= 1:
            target, _, per = ALIASES[kind]
            kind, value = target, max(1, math.ceil(value / per))
        if kind not in DEFAULTS:
            raise ValueError(f"limits() kind must be one of {sorted(DEFAULTS)}, got {kind!r}")
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"limits({kind}=...) must be a positive integer, got {value!r}")
        frame[kind] = value
    _overrides.append(frame)
    try:
        yield
    finally:
        _overrides.remove(frame)


def check(kind: str, amount: int | float, *, what: str, hint: str = "") -> None:
    """Raise :class:`ResourceLimitError` if ``amount`` of ``kind`` exceeds its limit.

    ``what`` names the call being refused; ``hint`` suggests what to do instead (a smaller
    size, ``all_sizes=True``, the factored path, ...).
    """
    if getattr(type(amount), "symbolic_int", False):
        return  # a size traced by the all-sizes prover: nothing is allocated while tracing
    if kind in ALIASES:
        target, _, per = ALIASES[kind]
        kind, amount = target, amount / per
    cap = limit(kind)
    if amount <= cap:
        return
    env = DEFAULTS[kind][1]
    noun = "of memory" if kind == "bytes" else ""
    message = (
        f"{what} would need ~{format_amount(kind, amount)}{' ' + noun if noun else ''}; "
        f"the limit is {format_amount(kind, cap)} (set {env} or use budget.limits({kind}=...))"
    )
    if hint:
        message += f"; {hint}"
    raise ResourceLimitError(message)
