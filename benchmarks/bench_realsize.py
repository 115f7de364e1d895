"""Real layers: exact checks, probes and proofs at the sizes people use (issue 13).

Run: ``python benchmarks/bench_realsize.py [--table] [--layers] [--probe]``. Every point of
the proof table runs in its own subprocess under an address-space cap (``--cap-gb``, default
4) and a timeout (``--timeout``, default 120 s), so a point that would exhaust memory reports
``MemoryError``/``refused``/``timeout`` instead of taking the machine down. Peak RSS is the
child's ``ru_maxrss``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import textwrap

IDENTITIES = ("transposed_conv_is_direct_conv", "polyphase_decomposition")
CHANNELS = (1, 8, 64, 256)

_CHILD = textwrap.dedent("""
    import json, resource, sys, time
    cap = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    kind, args = sys.argv[2], json.loads(sys.argv[3])
    out = {}
    try:
        import tconv_sym as ts
        t0 = time.perf_counter()
        if kind == "prove":
            p = ts.prove(args.pop("name"), **args)
            out["result"] = "holds" if p.holds else "REFUTED"
        else:
            raise SystemExit("unknown kind")
        out["seconds"] = time.perf_counter() - t0
    except MemoryError:
        out["result"] = "MemoryError"
    except ValueError as exc:
        out["result"] = "refused: " + str(exc).split(";")[0][:90]
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))
""")


def run_point(kind: str, args: dict, cap_gb: float, timeout: float) -> dict:
    """One measurement in a fresh subprocess (capped address space, timeout)."""
    cap = int(cap_gb * 2**30)
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    try:
        proc = subprocess.run([sys.executable, "-c", _CHILD, str(cap), kind, json.dumps(args)],
                              capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"result": f"timeout (> {timeout:g} s)"}
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return {"result": f"crashed ({proc.returncode}): {tail[:80]}"}
    return json.loads(lines[-1])


def prove_table(cap_gb: float, timeout: float, channels=CHANNELS) -> list[str]:
    """Markdown rows: identity, channels, result, seconds, peak RSS."""
    rows = ["| identity | C_in = C_out | result | seconds | peak RSS (MB) |",
            "|---|---|---|---|---|"]
    for name in IDENTITIES:
        for c in channels:
            args = dict(name=name, size=[32, 32], kernel=3, stride=2, in_channels=c,
                        out_channels=c)
            r = run_point("prove", args, cap_gb, timeout)
            sec = f"{r['seconds']:.2f}" if "seconds" in r else "-"
            mb = f"{r['peak_mb']:.0f}" if "peak_mb" in r else "-"
            rows.append(f"| {name} | {c} | {r['result']} | {sec} | {mb} |")
            print(rows[-1], flush=True)
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--table", action="store_true", help="prove: time/RSS vs channels")
    ap.add_argument("--cap-gb", type=float, default=4.0)
    ap.add_argument("--timeout", type=float, default=120.0)
    args = ap.parse_args(argv)
    if args.table:
        print("size 32×32, kernel 3, stride 2; one subprocess per point, "
              f"RLIMIT_AS {args.cap_gb:g} GiB, timeout {args.timeout:g} s")
        prove_table(args.cap_gb, args.timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
