"""Bounds of the all-sizes prover: every proof ends in time, or in a refusal naming the knob.

Knobs (module attributes, or environment variables read at call time):

=====================  =======  ======================================
knob                   default  environment variable
=====================  =======  ======================================
``MAX_NDIM``           4        ``TCONV_SYM_ALLSIZES_MAX_NDIM``
``MAX_PATHS``          256      ``TCONV_SYM_ALLSIZES_MAX_PATHS``
``MAX_NODES``          4000     ``TCONV_SYM_ALLSIZES_MAX_NODES``
``MAX_SECONDS``        60       ``TCONV_SYM_ALLSIZES_MAX_SECONDS``
``MAX_ISL_OPERATIONS`` 2·10⁸    ``TCONV_SYM_ALLSIZES_MAX_ISL_OPERATIONS``
``MAX_CHECK_ENTRIES``  10⁷      ``TCONV_SYM_ALLSIZES_MAX_CHECK_ENTRIES``
``MAX_PHASES``         10⁶      ``TCONV_SYM_ALLSIZES_MAX_PHASES``
``MAX_COUNT``          256      ``TCONV_SYM_ALLSIZES_MAX_COUNT``
``MAX_ENUMERATED``     4        ``TCONV_SYM_ALLSIZES_MAX_ENUMERATED``
=====================  =======  ======================================

``MAX_NDIM`` is checked before anything is built, ``MAX_NODES`` after tracing (a trace
builds no matrix) and before any relation is built, ``MAX_PATHS`` while the paths are
explored, the time between every two steps, the isl operation count inside isl itself;
``MAX_CHECK_ENTRIES`` bounds the trees built with plain integers (the checks of each path and
the basis engine's confirmation of a counterexample), estimated from shapes before any
matrix is built; ``MAX_PHASES`` bounds the product of the strides (and of the
dilations), checked first: constructions enumerate the phases in Python; ``MAX_COUNT``
bounds an entry of a count column (:mod:`.counting` peels one level per isl lexmin);
``MAX_ENUMERATED`` is the largest value tried for a symbolic stride or dilation (``stride="s"``:
one proof per value ``1 … MAX_ENUMERATED``, the verdict says ``s ≤ MAX_ENUMERATED``).

>>> check_ndim(3)
>>> check_ndim(10)
Traceback (most recent call last):
    ...
tconv_sym.budget.ResourceLimitError: a proof for all sizes in 10 spatial dims: the limit is \
MAX_NDIM = 4 (set TCONV_SYM_ALLSIZES_MAX_NDIM or tconv_sym.prover.parametric.limits.MAX_NDIM)
"""

from __future__ import annotations

import contextlib
import os
import time

from ...budget import ResourceLimitError

__all__ = ["MAX_NDIM", "MAX_PATHS", "MAX_NODES", "MAX_SECONDS", "MAX_ISL_OPERATIONS",
           "MAX_CHECK_ENTRIES", "MAX_PHASES", "MAX_COUNT", "small_enough", "check_ndim",
           "check_paths", "check_nodes", "check_phases", "check_count", "Clock",
           "isl_operations", "ResourceLimitError", "MAX_ENUMERATED", "enumeration_bound"]

MAX_NDIM = 4
MAX_PATHS = 256
MAX_NODES = 4000
MAX_SECONDS = 60.0
MAX_ISL_OPERATIONS = 200_000_000
MAX_CHECK_ENTRIES = 10_000_000
MAX_PHASES = 1_000_000
MAX_COUNT = 256
MAX_ENUMERATED = 4


def _get(knob: str, cast=int):
    env = os.environ.get(f"TCONV_SYM_ALLSIZES_{knob}")
    return cast(env) if env else globals()[knob]


def _refuse(what: str, knob: str, shown) -> ResourceLimitError:
    return ResourceLimitError(f"{what}: the limit is {knob} = {shown} (set "
                              f"TCONV_SYM_ALLSIZES_{knob} or "
                              f"tconv_sym.prover.parametric.limits.{knob})")


def check_ndim(ndim: int) -> None:
    """Refuse more spatial dims than ``MAX_NDIM`` (each adds three index dims per
    convolution to every relation)."""
    if ndim > _get("MAX_NDIM"):
        raise _refuse(f"a proof for all sizes in {ndim} spatial dims", "MAX_NDIM",
                      _get("MAX_NDIM"))


def check_phases(name: str, values) -> None:
    """Refuse a stride (or dilation) whose phases, one per residue class per dim, number
    more than ``MAX_PHASES``.

    >>> check_phases("stride", (2, 2))
    """
    count = 1
    for v in values:
        count *= max(int(v), 1)
    if count > _get("MAX_PHASES"):
        raise _refuse(f"{name}={tuple(values)} has {count:,} phases (a construction may "
                      "enumerate them)", "MAX_PHASES", _get("MAX_PHASES"))


def enumeration_bound(bound=None, classes: int = 1) -> int:
    """The largest value of an enumerated stride/dilation symbol: ``bound`` if given (a
    positive int), else ``MAX_ENUMERATED``; refused when the ``classes`` symbols together
    need more proofs than ``MAX_PATHS``.

    >>> enumeration_bound(), enumeration_bound(8)
    (4, 8)
    """
    b = _get("MAX_ENUMERATED") if bound is None else bound
    if isinstance(b, bool) or not isinstance(b, int) or b < 1:
        raise ValueError(f"bound must be a positive int (the largest stride/dilation "
                         f"enumerated), got {b!r}")
    if b ** classes > _get("MAX_PATHS"):
        raise _refuse(f"{classes} enumerated symbol(s) up to {b} need {b ** classes:,} proofs",
                      "MAX_PATHS", _get("MAX_PATHS"))
    return b


def check_count(levels: int) -> None:
    """Refuse a count column with an entry above ``MAX_COUNT`` (one isl lexmin per level; a
    count that grows with the size never stops).

    >>> check_count(9)
    """
    if levels > _get("MAX_COUNT"):
        raise _refuse(f"an entry of a count column reaches {levels} (a count that grows with "
                      "the size cannot be counted level by level for all sizes; barvinok is "
                      "not available)", "MAX_COUNT", _get("MAX_COUNT"))


def check_paths(count: int, rest, symbols=()) -> None:
    """Refuse a ``count``-th path (``rest``: what is still uncovered; ``symbols``: those the
    build's branches were conditions on).

    >>> check_paths(3, "[n] -> { : n >= 3 }", ["n0", "n1"])
    """
    if count > _get("MAX_PATHS"):
        on = ""
        if symbols:
            on = (f"; it branches on {', '.join(symbols)}: a build that branches in every "
                  "dim takes the product of the paths of each dim — prove fewer dims, give "
                  "a concrete kernel/padding, or raise the limit")
        left = str(rest)
        left = left if len(left) <= 160 else left[:160] + " …"
        raise _refuse(f"the build takes more than {count - 1} different paths{on} (still "
                      f"uncovered: {left})", "MAX_PATHS", _get("MAX_PATHS"))


def check_nodes(count: int) -> None:
    """Refuse trees with more than ``MAX_NODES`` nodes (each becomes an isl relation; the
    constants are also counted while a build runs)."""
    if count > _get("MAX_NODES"):
        raise _refuse(f"the two sides have at least {count} nodes", "MAX_NODES",
                      _get("MAX_NODES"))


def small_enough(entries: int) -> bool:
    """True when a tree of about ``entries`` entries may be built with its matrices."""
    return entries <= _get("MAX_CHECK_ENTRIES")


class Clock:
    """Wall time since the proof started, checked between steps.

    >>> Clock().check("a step")
    """

    def __init__(self) -> None:
        self.start = time.perf_counter()

    def check(self, what: str) -> None:
        limit = _get("MAX_SECONDS", float)
        spent = time.perf_counter() - self.start
        if spent > limit:
            raise _refuse(f"the proof ran {spent:.1f} s (stopped while {what})", "MAX_SECONDS",
                          limit)


@contextlib.contextmanager
def isl_operations():
    """Bound the operations of isl itself (an exponential case ends in a refusal)."""
    import islpy as isl

    ctx = isl.DEFAULT_CONTEXT
    old = ctx.get_max_operations()
    ctx.set_max_operations(_get("MAX_ISL_OPERATIONS"))
    ctx.reset_operations()
    try:
        yield
    except isl.Error as err:
        if "quota" in str(err).lower() or "operations" in str(err).lower():
            raise _refuse("isl exceeded its operation count", "MAX_ISL_OPERATIONS",
                          _get("MAX_ISL_OPERATIONS")) from None
        raise
    finally:
        ctx.set_max_operations(old)
        ctx.reset_operations()
