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
``macs``                  500,000,000,000  ``TCONV_SYM_MAX_MACS``
``seconds``               600              ``TCONV_SYM_MAX_SECONDS``
========================  ===============  =========================================

``seconds`` bounds work whose cost is predicted from its multiply-accumulates at a
conservative rate (:data:`MACS_PER_SECOND`), e.g. verifying a generated kernel: a limit the
user can relate to, unlike an internal count.
"""

from __future__ import annotations

import contextlib
import os

__all__ = ["ResourceLimitError", "check", "limit", "limits", "DEFAULTS", "format_amount",
           "MACS_PER_SECOND", "seconds_for"]

#: multiply-accumulates per second assumed by time estimates: one core of a loaded machine
#: (NumPy GEMMs of the factored operator and -O3 C kernels measured 2-5e9 on an idle one)
MACS_PER_SECOND = 1e9

#: kind -> (default limit, environment variable, unit)
DEFAULTS: dict[str, tuple[int, str, str]] = {
    "bytes": (4 * 2**30, "TCONV_SYM_MAX_BYTES", "bytes"),
    "sympy_entries": (250_000, "TCONV_SYM_MAX_SYMPY_ENTRIES", "entries"),
    "source_lines": (200_000, "TCONV_SYM_MAX_SOURCE_LINES", "lines"),
    "loop_trips": (100_000_000, "TCONV_SYM_MAX_LOOP_TRIPS", "loop iterations"),
    "macs": (500_000_000_000, "TCONV_SYM_MAX_MACS", "multiply-accumulates"),
    "seconds": (600, "TCONV_SYM_MAX_SECONDS", "seconds"),
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
    if kind not in DEFAULTS:
        raise ValueError(f"kind must be one of {sorted(DEFAULTS)}, got {kind!r}")
    for frame in reversed(_overrides):
        if kind in frame:
            return frame[kind]
    default, env, _ = DEFAULTS[kind]
    text = os.environ.get(env)
    if text is None or not text.strip():
        return default
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
