"""Opt-in threads for C kernels in GEMM form: ``generate(...).load(threads=N)``.

Off by default (embedded users keep plain sequential C99). With ``threads=N`` (N > 1) the
kernel is compiled with OpenMP (``-fopenmp``) and ``-DTCONV_SYM_THREADS=N``: the loops over
independent tiles of the GEMM form run on N threads, in one parallel region per call (a
batch-1 call of one chunk of rows: its output-channel blocks split between the threads). Every
output element is the same sum in the same order as with one thread, so the result is
bit-identical. Kernels not in GEMM form
(unrolled, register-tiled polyphase, weight gradients) are compiled the same way and stay
sequential.

>>> thread_flags(None), thread_flags(1), thread_flags(4)
((), (), ('-fopenmp', '-DTCONV_SYM_THREADS=4'))
>>> thread_flags(0)
Traceback (most recent call last):
    ...
ValueError: threads must be a positive integer (1 = no threads), got 0
"""

from __future__ import annotations

import numbers

__all__ = ["thread_flags", "MAX_THREADS"]

#: The most threads a kernel may be compiled for.
MAX_THREADS = 256


def thread_flags(threads) -> tuple[str, ...]:
    """The compiler flags of ``threads`` (``None`` or 1: none); ValueError / TypeError for
    anything but an integer in ``1..MAX_THREADS``."""
    if threads is None:
        return ()
    if isinstance(threads, bool) or not isinstance(threads, numbers.Integral):
        raise TypeError(f"threads must be an integer, got {threads!r} "
                        f"({type(threads).__name__})")
    if not 1 <= threads <= MAX_THREADS:
        raise ValueError(f"threads must be a positive integer (1 = no threads)"
                         f"{f' up to {MAX_THREADS}' if threads > 0 else ''}, got {threads}")
    if threads == 1:
        return ()
    return ("-fopenmp", f"-DTCONV_SYM_THREADS={int(threads)}")
