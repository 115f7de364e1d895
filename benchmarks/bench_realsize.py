"""Real layers: exact checks, probes and proofs at the sizes people use (issue 13).

Run: ``python benchmarks/bench_realsize.py [--table] [--layers] [--probe]``. Every point of
the proof table runs in its own subprocess under an address-space cap (``--cap-gb``, default
4) and a timeout (``--timeout``, default 120 s), so a point that would exhaust memory reports
``MemoryError``/``refused``/``timeout`` instead of taking the machine down. Peak RSS is the
child's ``ru_maxrss``.
"""

from __future__ import annotations

import argparse
import functools
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
        elif kind in ("assert", "assert_flipped", "operator_matrix"):
            import numpy as np
            import torch
            torch.set_num_threads(1)
            cin, cout, n = args["in_channels"], args["out_channels"], args["size"]
            spec = ts.TransposedConvSpec(in_size=(n, n), kernel_size=3, stride=2, padding=1,
                                         output_padding=1, in_channels=cin,
                                         out_channels=cout)
            w = np.random.default_rng(0).integers(-4, 5, spec.weight_shape).astype(float)
            used = w[:, :, ::-1, ::-1].copy() if kind == "assert_flipped" else w
            wt = torch.tensor(used)
            fn = lambda x: torch.nn.functional.conv_transpose2d(
                torch.from_numpy(x), wt, stride=2, padding=1, output_padding=1)
            if kind == "operator_matrix":
                m = ts.operator_matrix(fn, spec.in_shape, spec=spec)
                out["result"] = f"{m.nnz:,} entries"
                if args.get("compare"):
                    ref = ts.conv_transpose_matrix(spec, w, backend="scipy")
                    out["result"] += ", equal to conv_transpose_matrix: " + str(
                        (m != ref).nnz == 0 and m.nnz == ref.nnz)
                else:  # too big for a second explicit copy: compare with the factored one
                    from tconv_sym.factored import factored
                    ref = factored(spec).matrix(w)
                    out["result"] += ", equal to the factored matrix: " + str(
                        (m != ref).nnz == 0)
            else:
                try:
                    ts.assert_same_operator(fn, spec, w)
                    out["result"] = "passes"
                except AssertionError as exc:
                    text = str(exc)
                    diag = [l for l in text.splitlines() if "diagnosis" in l]
                    out["result"] = "fails: " + (diag[0].split(":")[1].strip()
                                                 if diag else "?")
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


def probe_rows(cap_gb: float, timeout: float) -> list[str]:
    """assert_same_operator / operator_matrix on PyTorch's conv_transpose2d (float64)."""
    rows = ["| check | layer | result | seconds | peak RSS (MB) |", "|---|---|---|---|---|"]
    cases = [("assert", 32, 128, 64, {}), ("assert_flipped", 32, 128, 64, {}),
             ("operator_matrix", 32, 128, 64, {}),
             ("operator_matrix", 16, 64, 32, {"compare": True})]
    for kind, n, cin, cout, extra in cases:
        r = run_point(kind, dict(size=n, in_channels=cin, out_channels=cout, **extra),
                      cap_gb, timeout)
        sec = f"{r['seconds']:.1f}" if "seconds" in r else "-"
        mb = f"{r['peak_mb']:.0f}" if "peak_mb" in r else "-"
        rows.append(f"| {kind} | {n}×{n}×{cin}→{cout} k3 s2 p1 op1 | {r['result']} | {sec} | "
                    f"{mb} |")
        print(rows[-1], flush=True)
    return rows


def _median_alternating(fns, repeat: int) -> list[float]:
    import statistics
    import time

    times = [[] for _ in fns]
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            t0 = time.perf_counter()
            fn()
            times[i].append(time.perf_counter() - t0)
    return [statistics.median(t) for t in times]


def layer_rows(repeat: int = 5) -> list[str]:
    """ts.conv_transpose and Resolution.apply vs PyTorch on two real layers (float64)."""
    import numpy as np
    import torch

    import tconv_sym as ts
    from tconv_sym.interop import resolve_torch

    torch.set_num_threads(1)
    rows = ["| layer | ts.conv_transpose (s) | Resolution.apply (s) | torch (s) | max abs diff |",
            "|---|---|---|---|---|"]
    for cin, cout, n, k, p, op in [(128, 64, 32, 3, 1, 1), (512, 256, 8, 4, 1, 0)]:
        rng = np.random.default_rng(0)
        x, w = rng.standard_normal((1, cin, n, n)), rng.standard_normal((cin, cout, k, k))
        res = resolve_torch((1, cin, n, n), (cin, cout, k, k), stride=2, padding=p,
                            output_padding=op)
        xt, wt = torch.tensor(x), torch.tensor(w)
        ref = torch.nn.functional.conv_transpose2d(xt, wt, stride=2, padding=p,
                                                   output_padding=op).numpy()
        diff = max(np.abs(ts.conv_transpose(x, w, stride=2, padding=p, output_padding=op)
                          - ref).max(), np.abs(res.apply(x, w) - ref).max())
        t_ts, t_res, t_torch = _median_alternating([
            functools.partial(ts.conv_transpose, x, w, stride=2, padding=p, output_padding=op),
            functools.partial(res.apply, x, w),
            functools.partial(torch.nn.functional.conv_transpose2d, xt, wt, stride=2,
                              padding=p, output_padding=op)], repeat)
        rows.append(f"| {n}×{n}×{cin}→{cout} k{k} s2 p{p} op{op} | {t_ts:.3f} | {t_res:.3f} | "
                    f"{t_torch:.4f} | {diff:.1e} |")
        print(rows[-1], flush=True)
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--table", action="store_true", help="prove: time/RSS vs channels")
    ap.add_argument("--layers", action="store_true", help="apply real layers vs PyTorch")
    ap.add_argument("--probe", action="store_true",
                    help="assert_same_operator / operator_matrix on a real layer")
    ap.add_argument("--cap-gb", type=float, default=4.0)
    ap.add_argument("--timeout", type=float, default=120.0)
    args = ap.parse_args(argv)
    if args.table:
        print("size 32×32, kernel 3, stride 2; one subprocess per point, "
              f"RLIMIT_AS {args.cap_gb:g} GiB, timeout {args.timeout:g} s")
        prove_table(args.cap_gb, args.timeout)
    if args.layers:
        layer_rows()
    if args.probe:
        probe_rows(args.cap_gb, args.timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
