"""Speed of the C Winograd kernel (tconv_sym.codegen.winograd_c) vs onnxruntime and the
project's direct C kernel, one thread, float32, CPU time.

Run: ``python benchmarks/bench_winograd_c.py [--rounds 7] [--min-time 0.2]``. Per layer and
batch (1 and 16), in the same process and in alternating rounds (:func:`race_clocks`: each
round runs every contender once, the order rotated; medians of CPU seconds per call):

- ``wino F(2)`` / ``wino F(4)``: :func:`winograd_kernel` with the weights prepared once;
- ``direct C``: ``generate(spec, lang="c", dtype="float32").load(weights=w)`` (the planner's
  choice of direct schedule, weights packed once);
- ``onnxruntime``: one intra-op thread, all graph optimisations, weights baked in.

Every contender's output is checked against onnxruntime's first (max abs difference printed)
before it is timed. The machine these numbers come from is shared: read the ratios, which are
measured in the same rounds, not the absolute times.
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
from tconv_sym.fast_algorithms import multiplies  # noqa: E402


def _layer(cin: int, cout: int, size: int, k: int, s: int, p: int):
    return (f"{cin}->{cout} {size}^2 k{k} s{s}",
            dict(in_size=(size, size), kernel_size=k, stride=s, padding=p, in_channels=cin,
                 out_channels=cout))


#: issue 31's layers (phase sub-kernels >= 2x2, >= 64 channels)
LAYERS = [_layer(512, 256, 16, 4, 2, 1), _layer(256, 128, 32, 4, 2, 1),
          _layer(64, 64, 64, 3, 1, 1)]
BATCHES = (1, 16)
TILES = (2, 4)


def contenders(spec, x, w, out_dir):
    """``{name: (callable, multiplies per sample)}`` of one layer and batch."""
    runs = {}
    for m in TILES:
        fn = winograd_kernel(spec, m=m)
        u = fn.prepare(w)
        runs[f"wino F({m})"] = ((lambda fn=fn, u=u: fn(x, u)), multiplies(spec, m))
    direct = generate(spec, lang="c", dtype="float32", out_dir=out_dir).load(weights=w)
    runs["direct C"] = ((lambda: direct(x)), multiplies(spec, None))
    runs["onnxruntime"] = (onnxruntime_fn(spec, x, w, threads=1), multiplies(spec, None))
    return runs


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--min-time", type=float, default=0.2)
    args = parser.parse_args(argv)
    rng = np.random.default_rng(0)
    out_dir = tempfile.mkdtemp(prefix="bench_winograd_c.")
    print(f"one thread, float32, CPU-time medians of {args.rounds} alternating rounds "
          f"(shared, loaded machine: compare the ratios)")
    print("| layer | batch | contender | MACs/sample | ms/call (CPU) | vs onnxruntime | "
          "vs direct C | max abs diff vs ort |")
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for name, kw in LAYERS:
        spec = TransposedConvSpec(**kw)
        w = (rng.standard_normal(spec.weight_shape) / np.sqrt(spec.in_channels * 4)
             ).astype(np.float32)
        for batch in BATCHES:
            x = rng.standard_normal((batch, *spec.in_shape)).astype(np.float32)
            runs = contenders(spec, x, w, out_dir)
            want = runs["onnxruntime"][0]()
            diffs = {k: float(np.abs(fn() - want).max()) for k, (fn, _) in runs.items()}
            times = race_clocks({k: fn for k, (fn, _) in runs.items()}, rounds=args.rounds,
                                min_time=args.min_time)
            ort, direct = times["onnxruntime"]["cpu"], times["direct C"]["cpu"]
            for k, (_, macs) in runs.items():
                t = times[k]["cpu"]
                print(f"| {name} | {batch} | {k} | {macs:,} | {t * 1e3:.2f} | "
                      f"{ort / t:.2f}x | {direct / t:.2f}x | {diffs[k]:.1e} |", flush=True)


if __name__ == "__main__":
    main()
