"""Parametric prover speed: every catalogue identity proved for all sizes in 1-D, 2-D, 3-D.

Run: ``python benchmarks/bench_parametric.py`` (needs islpy: ``pip install
"tconv_sym[allsizes]"``). For each identity, with its example parameters (its size left
out), the table gives the median seconds of ``ts.prove(name, all_sizes=True, ndim=d)`` for
d = 1, 2, 3, and next to the 2-D proof, measured alternating with it in the same loop, the
fixed-size basis engine's check at one 32×32 size: a proof for every size costs about as
much as a check at one modest size. Then ``tconv-sym prove all --all-sizes`` is timed end to
end (a fresh process, imports included). Goals: each identity in 2-D under 1 s, the whole
command under 30 s. The machine load is printed: on a shared machine the times are noisy,
the ratios less so.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import time

REPEAT = 3


def _params(ident, ndim: int) -> dict:
    out = {k: v for k, v in ident.example.items() if k != "size"}
    if ndim != len(ident.example.get("size", (0,)) if isinstance(ident.example.get("size"),
                                                                  tuple) else (0,)):
        out = {k: (v[0] if isinstance(v, tuple) and not isinstance(v[0], tuple) else v)
               for k, v in out.items()}
    return out


def _timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def bench_identity(name: str, ident) -> dict:
    """Median seconds per number of dims (None where the identity does not fit or apply)."""
    import tconv_sym as ts

    row: dict = {}
    for nd in (1, 2, 3):
        params = _params(ident, nd)
        times, fixed = [], []
        for _ in range(REPEAT):
            try:
                t, proof = _timed(lambda nd=nd, params=params: ts.prove(
                    name, all_sizes=True, ndim=nd, **params))
            except NotImplementedError as exc:
                row["why"] = str(exc).split(": ", 1)[-1]
                return row
            except ValueError:
                break  # e.g. separable_kernel_is_kronecker in 1-D
            if not proof.as_expected:
                raise AssertionError(proof.report())
            times.append(t)
            if nd == 2:  # alternating with the fixed-size check at one size
                with contextlib.suppress(ValueError):
                    fixed.append(_timed(lambda params=params: ts.prove(
                        name, size=(32, 32), engine="basis", **params))[0])
        if times:
            row[nd] = statistics.median(times)
        if fixed:
            row["basis32"] = statistics.median(fixed)
    return row


def bench_cli() -> tuple[float, int]:
    """Median wall seconds of ``tconv-sym prove all --all-sizes`` in a fresh process."""
    cmd = [sys.executable, "-m", "tconv_sym", "prove", "all", "--all-sizes"]
    times, status = [], 0
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        status = subprocess.run(cmd, capture_output=True, text=True).returncode
        times.append(time.perf_counter() - t0)
    return statistics.median(times), status


def main() -> int:
    import tconv_sym as ts

    ts.prove("up_is_down_transpose", all_sizes=True, stride=2)  # import SymPy/SciPy/isl once
    ts.prove("transposed_conv_is_direct_conv", size=4, kernel=3, engine="basis")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f} (1 min); median of "
          f"{REPEAT} runs\n")
    rows = []
    for name, ident in ts.identities().items():
        rows.append((name, bench_identity(name, ident)))
    width = max(len(n) for n, _ in rows)
    head = f"{'identity':<{width}}  {'1-D s':>7}  {'2-D s':>7}  {'3-D s':>7}  " \
           f"{'basis 32×32 s':>13}  {'ratio 2-D/basis':>15}"
    print(head)
    print("-" * len(head))
    slow = []
    for name, row in rows:
        if "why" in row:
            print(f"{name:<{width}}  does not fit: {row['why']}")
            continue
        cells = [f"{row[d]:7.3f}" if d in row else f"{'-':>7}" for d in (1, 2, 3)]
        b = row.get("basis32")
        ratio = f"{row[2] / b:14.1f}×" if b and 2 in row else f"{'-':>15}"
        print(f"{name:<{width}}  {'  '.join(cells)}  "
              f"{(f'{b:13.3f}' if b else f'{chr(45):>13}')}  {ratio}")
        if row.get(2, 0) >= 1.0:
            slow.append(name)
    total, status = bench_cli()
    print()
    verdict = "OK" if not slow else "TOO SLOW: " + ", ".join(slow)
    print(f"every identity in 2-D under 1 s: {verdict}")
    print(f"tconv-sym prove all --all-sizes: {total:.2f} s wall (exit status {status}); goal "
          f"under 30 s: {'OK' if total < 30 and status == 0 else 'FAILED'}")
    return 0 if not slow and total < 30 and status == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
