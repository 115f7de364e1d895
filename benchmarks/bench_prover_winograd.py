"""The Winograd identities proved: CPU seconds per engine, per layer, in the same run.

Run: ``python benchmarks/bench_prover_winograd.py [--rounds 3]``. Each case is proved by the
basis engine and (small cases) the SymPy engine, alternating, the median CPU time of the
rounds printed with the ratio sympy / basis, and each broken variant refuted once (its
CPU time printed). The machine is shared and loaded: compare ratios, not absolute times.
"""

from __future__ import annotations

import argparse
import statistics
import time

import tconv_sym as ts

TILE = "winograd_tile_is_correlation"
PHASES = "winograd_phases_are_transposed_conv"

CASES = [
    (TILE, "F(2, 3)", dict(size=4, kernel=3), True),
    (TILE, "F(4, 3)", dict(size=6, kernel=3), True),
    (TILE, "F(6, 3)", dict(size=8, kernel=3), True),
    (TILE, "F(4×4, 3×3)", dict(size=(6, 6), kernel=3), True),
    (TILE, "F(4×4, 3×3) 16→16 ch", dict(size=(6, 6), kernel=3, in_channels=16,
                                        out_channels=16), False),
    (TILE, "F(2×2×2, 3×3×3)", dict(size=(4, 4, 4), kernel=3), False),
    (PHASES, "k4 s2 p1, 9", dict(size=9, kernel=4, stride=2, padding=1), True),
    (PHASES, "k3 s1 p1, 9", dict(size=9, kernel=3, stride=1, padding=1), True),
    (PHASES, "k9 s3 p3, 9", dict(size=9, kernel=9, stride=3, padding=3), True),
    (PHASES, "k4 s2 p1, 8×8", dict(size=(8, 8), kernel=4, stride=2, padding=1), False),
    (PHASES, "k4 s2 p1, 16×16", dict(size=(16, 16), kernel=4, stride=2, padding=1), False),
    (PHASES, "k9 s3 p3, 8×8", dict(size=(8, 8), kernel=9, stride=3, padding=3), False),
    (PHASES, "k4 s2 p1, 8×8 8→8 ch", dict(size=(8, 8), kernel=4, stride=2, padding=1,
                                          in_channels=8, out_channels=8), False),
]


def _cpu(name: str, kw: dict, **how) -> tuple[float, object]:
    t0 = time.process_time()
    out = ts.prove(name, **kw, **how)
    return time.process_time() - t0, out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    print(f"{'identity':36} {'case':24} {'basis s':>8} {'sympy s':>8} {'ratio':>6}  variants")
    for name, label, kw, with_sympy in CASES:
        times = {"basis": [], "sympy": []}
        for _ in range(args.rounds):
            for engine in ("basis", "sympy") if with_sympy else ("basis",):
                sec, proof = _cpu(name, kw, engine=engine)
                assert proof.holds, proof.report()
                times[engine].append(sec)
        b = statistics.median(times["basis"])
        s = statistics.median(times["sympy"]) if times["sympy"] else None
        refuted = []
        for variant in ts.identities()[name].variants:
            sec, proof = _cpu(name, kw, engine="basis", variant=variant)
            refuted.append(f"{variant}: {'refuted' if not proof.holds else 'HOLDS'} {sec:.2f}s")
        ss = f"{s:8.2f}" if s is not None else f"{'-':>8}"
        ratio = f"{s / b:6.1f}" if s is not None and b > 0 else f"{'-':>6}"
        print(f"{name:36} {label:24} {b:8.2f} {ss} {ratio}  {'; '.join(refuted)}")


if __name__ == "__main__":
    main()
