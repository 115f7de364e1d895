"""``assert_same_operator`` at a real size (issue 28): CPU time, peak memory, breakdown.

Run: ``python benchmarks/bench_assert_same.py [--size 64] [--cin 64] [--cout 32]
[--rounds 3]``. The layer is a 2-D transposed convolution, kernel 4, stride 2, padding 1,
float64, with PyTorch's ``conv_transpose2d`` as the kernel under test; each case (a correct
kernel, a kernel with a flipped weight) runs in its own interpreter on one pinned thread
(``OMP_NUM_THREADS=1``, ``torch.set_num_threads(1)``), rounds alternate between the cases
and the medians are printed. Times are process CPU seconds (the machine is shared, so wall
time says little); the breakdown charges the user's kernel (every call of ``fn``) and the
reference (every call of ``Target.apply``, the factored operator, and of the colour
probes' oracle when there is one) and calls the rest
"comparison and bookkeeping". Peak memory is the child's ``ru_maxrss``.

Any interpreter whose ``tconv_sym`` you want to measure can run it: the children run in a
neutral folder, so they import that interpreter's ``tconv_sym``, not the current folder's
(``/work/main/.venv/bin/python benchmarks/bench_assert_same.py`` measures main).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap

_CHILD = textwrap.dedent("""
    import json, resource, sys, time
    import numpy as np
    import torch
    torch.set_num_threads(1)
    import tconv_sym as ts
    from tconv_sym.testing import diagnosis

    case, n, cin, cout = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    spec = ts.TransposedConvSpec(in_size=(n, n), kernel_size=4, stride=2, padding=1,
                                 in_channels=cin, out_channels=cout)
    w = np.random.default_rng(0).integers(-4, 5, spec.weight_shape).astype(float)
    used = w[:, :, ::-1, ::-1].copy() if case == "flipped" else w
    wt = torch.tensor(used)
    spent = {"kernel": 0.0, "reference": 0.0}

    def fn(x):
        t = time.process_time()
        y = torch.nn.functional.conv_transpose2d(torch.from_numpy(x), wt, stride=2,
                                                 padding=1)
        spent["kernel"] += time.process_time() - t
        return y

    def charged(method):  # a method whose CPU time counts as the reference's
        def wrapped(self, x):
            t = time.process_time()
            try:
                return method(self, x)
            finally:
                spent["reference"] += time.process_time() - t
        return wrapped

    diagnosis.Target.apply = charged(diagnosis.Target.apply)
    try:  # the colour probes' expected outputs (gathered from the weight) count as reference
        from tconv_sym.testing import oracle
        oracle.ProbeOracle.expected = charged(oracle.ProbeOracle.expected)
    except ImportError:
        pass
    t0 = time.process_time()
    try:
        ts.assert_same_operator(fn, spec, w)
        verdict = "passes"
    except AssertionError as exc:
        lines = [l for l in str(exc).splitlines() if "diagnosis" in l]
        verdict = "fails: " + (lines[0].strip()[:100] if lines else "?")
    total = time.process_time() - t0
    print(json.dumps(dict(total=total, kernel=spent["kernel"], reference=spent["reference"],
                          verdict=verdict, where=ts.__file__,
                          peak_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)))
""")


_BUGS = textwrap.dedent("""
    import json, os, sys, time
    import torch
    torch.set_num_threads(1)
    sys.path.insert(0, sys.argv[1])
    import test_testing_bugs as t
    from tconv_sym.testing import OperatorMismatch, assert_same_operator
    for label, spec, w, fn, _ in t.BUGS:
        t0 = time.process_time()
        try:
            assert_same_operator(fn, spec, w)
            text = "PASSED (not found)"
        except OperatorMismatch as exc:
            lines = [l.strip() for l in exc.report.splitlines()]
            text = " / ".join(l for l in lines if l.startswith(("where:", "diagnosis:",
                                                                 "fn is not linear")))
        print(json.dumps(dict(bug=label, cpu=time.process_time() - t0, text=text)),
              flush=True)
""")


def _bugs(args) -> int:
    """The bug table of tests/test_testing_bugs.py: CPU seconds and the diagnosis."""
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1",
               MKL_NUM_THREADS="1")
    tests = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests")
    out = subprocess.run([sys.executable, "-c", _BUGS, tests], capture_output=True, text=True,
                         env=env, timeout=args.timeout, cwd=tempfile.gettempdir())
    print("| bug | CPU s | where / diagnosis |\n|---|---|---|")
    for line in out.stdout.splitlines():
        row = json.loads(line)
        print(f"| {row['bug']} | {row['cpu']:.2f} | {row['text']} |")
    return out.returncode


def _run(case: str, args) -> dict:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1",
               MKL_NUM_THREADS="1")
    out = subprocess.run([sys.executable, "-c", _CHILD, case, str(args.size), str(args.cin),
                          str(args.cout)], capture_output=True, text=True, env=env,
                         timeout=args.timeout, cwd=tempfile.gettempdir())
    if out.returncode:
        return dict(total=float("nan"), kernel=float("nan"), reference=float("nan"),
                    verdict=f"exit {out.returncode}: {out.stderr.strip()[-200:]}",
                    peak_mb=float("nan"))
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=64)
    ap.add_argument("--cin", type=int, default=64)
    ap.add_argument("--cout", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--cases", default="correct,flipped")
    ap.add_argument("--bugs", action="store_true",
                    help="the bug table of tests/test_testing_bugs.py instead")
    args = ap.parse_args(argv)
    if args.bugs:
        return _bugs(args)
    cases = args.cases.split(",")
    runs: dict[str, list[dict]] = {c: [] for c in cases}
    for _ in range(args.rounds):  # alternate the cases: the load hits both alike
        for c in cases:
            runs[c].append(_run(c, args))
    where = os.path.dirname(runs[cases[0]][-1].get("where", "?"))
    print(f"tconv_sym from {where}; layer {args.size}x"
          f"{args.size}, {args.cin}->{args.cout}, k4 s2 p1, float64, PyTorch kernel; "
          f"median of {args.rounds} rounds, CPU s, one thread (machine shared)")
    print("case     | total CPU s | user kernel | reference | comparison+rest | peak RSS MB "
          "| verdict")
    for c in cases:
        med = {k: statistics.median(r[k] for r in runs[c])
               for k in ("total", "kernel", "reference", "peak_mb")}
        print(f"{c:<8} | {med['total']:11.2f} | {med['kernel']:11.2f} | "
              f"{med['reference']:9.2f} | {med['total'] - med['kernel'] - med['reference']:15.2f}"
              f" | {med['peak_mb']:11.0f} | {runs[c][-1]['verdict']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
