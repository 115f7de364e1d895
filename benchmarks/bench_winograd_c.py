"""Speed of the C Winograd kernel (tconv_sym.codegen.winograd_c) vs onnxruntime and the
project's direct C kernel, one thread, float32, CPU time.

Run: ``python benchmarks/bench_winograd_c.py [--rounds 7] [--min-time 0.2] [--only TEXT]
[--skip-direct]``. Per layer and batch (1 and 16; the 1-D layers 1 and 8), in the same process
and in alternating rounds (:func:`race_clocks`: each
round runs every contender once, the order rotated; medians of CPU seconds per call):

- ``wino F(2)`` / ``wino F(4)`` (1-D layers also ``wino F(6)``): :func:`winograd_kernel` with
  the weights prepared once;
- ``direct C``: ``generate(spec, lang="c", dtype="float32", fast="never").load(weights=w)``
  (the planner's choice of direct schedule, weights packed once);
- ``onnxruntime``: one intra-op thread, all graph optimisations, weights baked in.

``--only TEXT``: the layers whose name contains TEXT; ``--skip-direct``: no ``direct C``
contender (on a machine where it is far slower than the rest, it would take most of the time).

Every contender's output is checked against onnxruntime's first (max abs difference printed)
before it is timed. The machine these numbers come from is shared: read the ratios, which are
measured in the same rounds, not the absolute times.

``--planner``: the planner's choice instead, on the suite (:data:`SUITE`: issue 31's layers, a
k9 s3 layer, bench_speed's layers, layers where the direct form should stay): per layer and
batch ``auto`` (``generate(spec, lang="c", dtype="float32")``, the schedule the planner
picks), ``direct`` (the same with ``fast="never"``) and ``onnxruntime``, alternating rounds,
CPU-time medians; where auto picks the direct form both are the same kernel, timed once. The
error of auto and direct against the float64 operator (batch 1) is printed as a ratio. The
table is written to ``benchmarks/results/winograd-planner-DATE.md`` (``--out`` to change).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # before NumPy / PyTorch load their thread pools
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import argparse  # noqa: E402
import tempfile  # noqa: E402

import numpy as np  # noqa: E402

from tconv_sym import TransposedConvSpec  # noqa: E402
from tconv_sym.bench.contenders import onnxruntime_fn  # noqa: E402
from tconv_sym.bench.timing import race_clocks  # noqa: E402
from tconv_sym.codegen.api import generate  # noqa: E402
from tconv_sym.codegen.winograd_c import winograd_kernel  # noqa: E402
from tconv_sym.factored import factored  # noqa: E402
from tconv_sym.fast_algorithms import multiplies  # noqa: E402


def _layer(cin: int, cout: int, size: int, k: int, s: int, p: int):
    return (f"{cin}->{cout} {size}^2 k{k} s{s}",
            dict(in_size=(size, size), kernel_size=k, stride=s, padding=p, in_channels=cin,
                 out_channels=cout))


def _layer_1d(cin: int, cout: int, size: int, k: int, s: int, p: int):
    return (f"1-D {cin}->{cout} L{size} k{k} s{s}",
            dict(in_size=size, kernel_size=k, stride=s, padding=p, in_channels=cin,
                 out_channels=cout))


#: issue 31's layers (phase sub-kernels >= 2x2, >= 64 channels), then 1-D layers (issue 30's
#: HiFi-GAN-like 512->256 L512 k16 s8 p4: 8 phases of 2 taps; k4 s2; k3 s1)
LAYERS = [_layer(512, 256, 16, 4, 2, 1), _layer(256, 128, 32, 4, 2, 1),
          _layer(64, 64, 64, 3, 1, 1),
          _layer_1d(512, 256, 512, 16, 8, 4), _layer_1d(256, 128, 1024, 4, 2, 1),
          _layer_1d(64, 64, 2048, 3, 1, 1)]
BATCHES = (1, 16)
BATCHES_1D = (1, 8)
TILES = (2, 4)
TILES_1D = (2, 4, 6)


def contenders(spec, x, w, out_dir, direct=True):
    """``{name: (callable, multiplies per sample)}`` of one layer and batch."""
    runs = {}
    for m in (TILES_1D if spec.ndim == 1 else TILES):
        fn = winograd_kernel(spec, m=m)
        u = fn.prepare(w)
        runs[f"wino F({m})"] = ((lambda fn=fn, u=u: fn(x, u)), multiplies(spec, m))
    if direct:
        kernel = generate(spec, lang="c", dtype="float32", out_dir=out_dir,
                          fast="never").load(weights=w)
        runs["direct C"] = ((lambda: kernel(x)), multiplies(spec, None))
    runs["onnxruntime"] = (onnxruntime_fn(spec, x, w, threads=1), multiplies(spec, None))
    return runs


def _spec(size, k, s, p, cin, cout, **extra):
    return TransposedConvSpec(in_size=size, kernel_size=k, stride=s, padding=p, in_channels=cin,
                              out_channels=cout, **extra)


#: ``(name, spec, batches)`` of ``--planner``
SUITE = [
    ("512->256 16^2 k4 s2", _spec((16, 16), 4, 2, 1, 512, 256), (1, 16)),
    ("256->128 32^2 k4 s2", _spec((32, 32), 4, 2, 1, 256, 128), (1, 16)),
    ("64->64 64^2 k3 s1", _spec((64, 64), 3, 1, 1, 64, 64), (1, 16)),
    ("128->64 16^2 k9 s3", _spec((16, 16), 9, 3, 3, 128, 64), (1, 16)),
    ("64->64 16^2 k4 s2", _spec((16, 16), 4, 2, 1, 64, 64), (1, 16)),
    ("32->16 32^2 k4 s2", _spec((32, 32), 4, 2, 1, 32, 16), (1, 16)),
    ("sam 256->64 64^2 k2 s2", _spec((64, 64), 2, 2, 0, 256, 64), (1, 16)),
    ("patch 512->128 16^2 k4 s4", _spec((16, 16), 4, 4, 0, 512, 128), (1, 16)),
    ("hifigan 1-D 512->256 512 k16 s8", _spec(512, 16, 8, 4, 512, 256), (1, 16)),
    ("1-D 256->128 1024 k4 s2", _spec(1024, 4, 2, 1, 256, 128), (1, 16)),
    ("1-D 64->64 2048 k3 s1", _spec(2048, 3, 1, 1, 64, 64), (1, 16)),
    ("64->3 32^2 k9 s3", _spec((32, 32), 9, 3, 3, 64, 3), (1, 16)),
    ("3->64 32^2 k4 s2", _spec((32, 32), 4, 2, 1, 3, 64), (1, 16)),
]


def planner(args) -> None:
    """The planner's auto choice vs the direct form vs onnxruntime on :data:`SUITE`."""
    import datetime
    import pathlib
    import platform

    rng = np.random.default_rng(0)
    out_dir = tempfile.mkdtemp(prefix="bench_winograd_planner.")
    lines = [f"one thread, float32, CPU-time medians of {args.rounds} alternating rounds "
             f"(min {args.min_time} s per sample); shared, loaded 2-core machine: compare the "
             "ratios (measured in the same rounds), not the times",
             "",
             "| layer | batch | auto picks | auto ms | direct ms | auto vs direct | "
             "auto vs ort | direct vs ort | err auto / err direct (b1) | "
             "forced winograd vs direct |",
             "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    print("\n".join(lines), flush=True)
    for name, spec, batches in SUITE:
        if args.only and args.only not in name:
            continue
        w = (rng.standard_normal(spec.weight_shape) / np.sqrt(spec.in_channels * 4)
             ).astype(np.float32)
        auto_art = generate(spec, lang="c", dtype="float32", out_dir=out_dir,
                            fast_tolerance=args.fast_tolerance)
        direct_art = generate(spec, lang="c", dtype="float32", out_dir=out_dir, fast="never")
        same = auto_art.plan.schedule == direct_art.plan.schedule
        picks = auto_art.plan.schedule + (f" F({auto_art.plan.lowering.m})"
                                          if auto_art.plan.schedule == "winograd" else "")
        auto = auto_art.load(weights=w)
        direct = direct_art.load(weights=w)
        forced = None
        if same:  # where auto keeps the direct form: what the Winograd form would have done
            try:
                forced = generate(spec, lang="c", dtype="float32", out_dir=out_dir,
                                  fast="winograd").load(weights=w)
            except ValueError:
                forced = None
        for batch in batches:
            x = rng.standard_normal((batch, *spec.in_shape)).astype(np.float32)
            runs = {"auto": lambda auto=auto, x=x: auto(x)}
            if not same:
                runs["direct"] = lambda direct=direct, x=x: direct(x)
            if forced is not None:
                runs["forced"] = lambda forced=forced, x=x: forced(x)
            runs["onnxruntime"] = onnxruntime_fn(spec, x, w, threads=1)
            ratio = ""
            if batch == 1:
                ref = factored(spec).apply(x.astype(np.float64), w.astype(np.float64))
                ea = float(np.abs(auto(x) - ref).max())
                ed = float(np.abs(direct(x) - ref).max())
                ratio = f"{ea / ed:.2f} ({ea:.1e} / {ed:.1e})" if ed else f"{ea:.1e} / 0"
            times = race_clocks(runs, rounds=args.rounds, min_time=args.min_time)
            ta = times["auto"]["cpu"]
            td = times["direct"]["cpu"] if not same else ta
            to = times["onnxruntime"]["cpu"]
            row = (f"| {name} | {batch} | {picks} | {ta * 1e3:.2f} | "
                   f"{'(same)' if same else f'{td * 1e3:.2f}'} | {td / ta:.2f}x | "
                   f"{to / ta:.2f}x | {to / td:.2f}x | {ratio} | "
                   + (f"{td / times['forced']['cpu']:.2f}x |" if forced is not None else "- |"))
            lines.append(row)
            print(row, flush=True)
    stamp = datetime.datetime.now(datetime.timezone.utc)
    head = [f"# The planner's Winograd choice vs the direct form vs onnxruntime "
            f"({stamp:%Y-%m-%d %H:%M} UTC)", "",
            "Command: `python benchmarks/bench_winograd_c.py --planner"
            + (f" --fast-tolerance {args.fast_tolerance:g}" if args.fast_tolerance else "")
            + "` "
            f"(rounds {args.rounds}, min-time {args.min_time}); {platform.machine()}, "
            f"load average {' '.join(f'{v:.1f}' for v in os.getloadavg())} at the end.", ""]
    path = pathlib.Path(args.out or pathlib.Path(__file__).parent / "results" /
                        f"winograd-planner-{stamp:%Y-%m-%d}.md")
    path.write_text("\n".join(head + lines) + "\n", encoding="utf-8")
    print(f"wrote {path}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--min-time", type=float, default=0.2)
    parser.add_argument("--planner", action="store_true",
                        help="the planner's auto choice vs fast='never' vs onnxruntime (SUITE)")
    parser.add_argument("--out", default=None, help="--planner: the results file")
    parser.add_argument("--only", default=None, help="the layers whose name contains this")
    parser.add_argument("--skip-direct", action="store_true",
                        help="no 'direct C' contender (the default mode)")
    parser.add_argument("--fast-tolerance", type=float, default=None,
                        help="--planner: the plans' fast_tolerance (default 4; 14 admits F(4))")
    args = parser.parse_args(argv)
    if args.planner:
        return planner(args)
    rng = np.random.default_rng(0)
    out_dir = tempfile.mkdtemp(prefix="bench_winograd_c.")
    print(f"one thread, float32, CPU-time medians of {args.rounds} alternating rounds "
          f"(shared, loaded machine: compare the ratios)")
    print("| layer | batch | contender | MACs/sample | ms/call (CPU) | vs onnxruntime | "
          "vs direct C | max abs diff vs ort |")
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for name, kw in LAYERS:
        if args.only and args.only not in name:
            continue
        spec = TransposedConvSpec(**kw)
        w = (rng.standard_normal(spec.weight_shape) / np.sqrt(spec.in_channels * 4)
             ).astype(np.float32)
        for batch in (BATCHES_1D if spec.ndim == 1 else BATCHES):
            x = rng.standard_normal((batch, *spec.in_shape)).astype(np.float32)
            runs = contenders(spec, x, w, out_dir, direct=not args.skip_direct)
            want = runs["onnxruntime"][0]()
            diffs = {k: float(np.abs(fn() - want).max()) for k, (fn, _) in runs.items()}
            times = race_clocks({k: fn for k, (fn, _) in runs.items()}, rounds=args.rounds,
                                min_time=args.min_time)
            ort = times["onnxruntime"]["cpu"]
            direct = times["direct C"]["cpu"] if "direct C" in times else None
            for k, (_, macs) in runs.items():
                t = times[k]["cpu"]
                vs = f"{direct / t:.2f}x" if direct else "-"
                print(f"| {name} | {batch} | {k} | {macs:,} | {t * 1e3:.2f} | "
                      f"{ort / t:.2f}x | {vs} | {diffs[k]:.1e} |", flush=True)


if __name__ == "__main__":
    main()
