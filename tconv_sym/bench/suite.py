"""The benchmark suite: generated kernels vs onnxruntime, PyTorch (eager and torch.compile)
and scipy.sparse; prover and codegen times.

Run ``python -m benchmarks`` (from a checkout) or ``tconv-sym bench``; both run this module
in a fresh process with every library pinned to one thread. It prints a table and writes it
to ``benchmarks/results/`` (or ``--out``).

Layers: the codegen catalogue's seed and showcase layers plus DCGAN 64→3
(:func:`bench_shapes`; batch 1 and 16, float32 and float64) and layers of real models
(:func:`realistic_shapes`: pix2pix, VAE, WaveGAN 1-D, V-Net 3-D, FSRCNN and the layers of
issue 17; float32). Per call, alternating the contenders in one race and taking medians:
``scipy`` (the operator matrix times the batch, when small enough to build), ``torch``
(eager ``conv_transpose``), ``ort`` (onnxruntime, a one-node model with the weights as
initializers, one thread), ``torch.compile`` (fixed shapes; its compile time is reported
separately) and every generated kernel that applies (``np-…`` NumPy, ``c-…`` C;
``unrolled`` and ``polyphase``). Every contender is checked against the oracle (scipy.sparse,
or PyTorch in float64 for layers too big for a matrix) before it is timed. GFLOP/s counts
useful work only: ``2 × structurally nonzero MACs / time``; ``%peak`` is that over a
one-thread matmul measured in the same run. ``--quick`` (a smoke run): catalogue layers,
batch 1, three rounds, no torch.compile.

>>> [s.name for s in bench_shapes()][:2]
['tutorial_2x2', 'tf_same_2x2_k3_s2']
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["bench_shapes", "realistic_shapes", "BenchShape", "run_kernels", "summary_table",
           "check_targets", "main"]


@dataclass(frozen=True)
class BenchShape:
    """A benchmarked layer: a name and its transposed-convolution spec.

    >>> BenchShape("t", __import__("tconv_sym").TransposedConvSpec(in_size=2, kernel_size=2))
    BenchShape(name='t', spec=TransposedConvSpec(in_size=2, kernel_size=2))
    """

    name: str
    spec: object


def bench_shapes() -> list[BenchShape]:
    """The catalogue layers (one source of truth: ``codegen.catalogue``) plus DCGAN 64→3.

    The three Keras output-shape cases of the catalogue are left out: they are shape
    examples, the same kind of tiny layer as the TF SAME case.
    """
    from ..codegen.catalogue import CATALOGUE
    from ..spec import TransposedConvSpec

    shapes = [BenchShape(e.name, e.spec) for e in CATALOGUE if not e.name.startswith("keras")]
    dcgan = TransposedConvSpec(in_size=(32, 32), kernel_size=4, stride=2, padding=1,
                               in_channels=64, out_channels=3)
    at = next(i for i, s in enumerate(shapes) if s.name == "dcgan_128_64") + 1
    shapes.insert(at, BenchShape("dcgan_64_3", dcgan))
    return shapes


def realistic_shapes() -> list[BenchShape]:
    """Layers of real models besides the catalogue (issue 17), each a float32 one-thread race.

    >>> [s.name for s in realistic_shapes()][:2]
    ['pix2pix_512_256', 'vae_256_128']
    """
    from ..spec import TransposedConvSpec as T

    return [
        BenchShape("pix2pix_512_256", T(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
                                        in_channels=512, out_channels=256)),
        BenchShape("vae_256_128", T(in_size=(16, 16), kernel_size=3, stride=2, padding=1,
                                    output_padding=1, in_channels=256, out_channels=128)),
        BenchShape("wavegan_1d_512_256", T(in_size=64, kernel_size=25, stride=4, padding=11,
                                           output_padding=1, in_channels=512,
                                           out_channels=256)),
        BenchShape("vnet_3d_64_32", T(in_size=(8, 8, 8), kernel_size=2, stride=2,
                                      in_channels=64, out_channels=32)),
        BenchShape("fsrcnn_56_1", T(in_size=(32, 32), kernel_size=9, stride=2, padding=4,
                                    output_padding=1, in_channels=56, out_channels=1)),
        BenchShape("deep_512_256_4x4", T(in_size=(4, 4), kernel_size=4, stride=2, padding=1,
                                         in_channels=512, out_channels=256)),
        BenchShape("wide_64_3_k9_s3", T(in_size=(64, 64), kernel_size=9, stride=3, padding=3,
                                        in_channels=64, out_channels=3)),
    ]


TINY = ("tutorial_2x2", "tf_same_2x2_k3_s2")


def _gemm_bound(spec) -> bool:
    """At least 64 input and output channels per group: the layer is a GEMM."""
    g = spec.groups
    return spec.in_channels // g >= 64 and spec.out_channels // g >= 64


def _generated_kernels(spec, dtype, out_dir, langs=("numpy", "c")) -> dict:
    """Every generated forward kernel that applies: ``{"np-unroll": fn, "c-polyph": fn, …}``."""
    from ..codegen.api import generate
    from .contenders import SCIPY_MAX_NNZ

    fns = {}
    for lang in langs:
        for strategy in ("unrolled", "polyphase"):
            try:
                art = generate(spec, lang=lang, strategy=strategy, dtype=dtype,
                               out_dir=out_dir, overwrite=True)
            except ValueError:  # unrolled refuses above its size limit
                continue
            if art.plan.nnz <= SCIPY_MAX_NNZ:
                art.verify()  # never time a wrong kernel (bigger ones: checked by run_kernels)
            fns[f"{'np' if lang == 'numpy' else 'c'}-{strategy[:6]}"] = art.load()
    return fns


def _close(got, want, dtype) -> bool:
    import numpy as np

    got = np.asarray(got, dtype=np.float64)
    if got.shape != want.shape:
        return False
    tol = 1e-4 if dtype == "float32" else 1e-10
    return bool(np.max(np.abs(got - want), initial=0.0) <= tol * (1 + np.max(np.abs(want),
                                                                            initial=0.0)))


def run_kernels(shapes, batches=(1, 16), dtypes=("float32", "float64"), rounds=7,
                min_time=0.02, log=print, compiled=True, langs=("numpy", "c")):
    """Time every contender; returns rows of dicts (one per shape, batch, dtype, contender).

    Contenders: scipy.sparse (when small enough to build), PyTorch eager, onnxruntime and
    ``torch.compile`` (float32; ``compiled=False`` leaves torch.compile out) and the
    generated kernels. Every contender's result is checked against the oracle (scipy.sparse,
    or PyTorch in float64 for layers too big for a matrix) before anything is timed; all are
    timed in one alternating race. torch.compile's compile time is in the row's
    ``compile_seconds``.
    """
    import numpy as np

    from ..codegen.plan import make_plan
    from . import contenders as cs
    from .timing import race

    rows = []
    out_dir = Path(tempfile.mkdtemp(prefix="tconv_bench_"))
    for shape in shapes:
        spec = shape.spec
        macs = make_plan(spec, lang="c", strategy="polyphase").nnz  # structural nonzeros
        for dtype in dtypes:
            rng = np.random.default_rng(0)
            w = rng.standard_normal(spec.weight_shape).astype(dtype)
            kernels = _generated_kernels(spec, dtype, out_dir, langs)
            for batch in batches:
                x = rng.standard_normal((batch, *spec.in_shape)).astype(dtype)
                want, oracle_name = cs.oracle(spec, x, w, macs)
                fns, compile_s = {}, {}
                if macs * batch <= cs.SCIPY_MAX_NNZ:
                    fns["scipy"] = cs.scipy_fn(spec, x, w)
                fns["torch"] = cs.torch_fn(spec, x, w)
                if dtype == "float32":
                    fns["ort"] = cs.onnxruntime_fn(spec, x, w)
                    if compiled:
                        fns["torch.compile"], compile_s["torch.compile"] = \
                            cs.torch_compile_fn(spec, x, w)
                for name, fn in kernels.items():
                    # the plain call: a packed-form kernel packs w on first use and reuses it
                    # (like ORT's initializers)
                    fns[name] = lambda fn=fn, x=x, w=w: fn(x, w)
                for name, fn in fns.items():
                    got = fn()
                    got = got.numpy() if hasattr(got, "numpy") else got
                    if not _close(got, want, dtype):
                        raise AssertionError(f"{name} disagrees with {oracle_name} on "
                                             f"{shape.name} b={batch} {dtype}")
                times = race(fns, rounds=rounds, min_time=min_time)
                for name, t in times.items():
                    rows.append(dict(shape=shape.name, batch=batch, dtype=dtype, contender=name,
                                     seconds=t, gflops=2 * macs * batch / t / 1e9,
                                     gemm_bound=_gemm_bound(spec),
                                     compile_seconds=compile_s.get(name)))
                log(f"  {shape.name:<18} b={batch:<2} {dtype} (checked against {oracle_name}): "
                    + ", ".join(f"{k} {v * 1e6:.1f}µs" for k, v in times.items()))
    return rows


def time_prover(log=print):
    """Seconds to prove the mission identity at 64×64 (k5, s2) and 256×256 (basis engine)."""
    from ..prover.api import prove

    out = {}
    for label, size, engine in (("mission 64×64 k5 s2", (64, 64), "auto"),
                                ("mission 256×256 k5 s2", (256, 256), "basis")):
        t0 = time.perf_counter()
        proof = prove("transposed_conv_is_conv_of_upsampled", size=size, kernel=(5, 5),
                      stride=2, engine=engine)
        out[label] = (time.perf_counter() - t0, proof.holds, proof.engine)
        log(f"  {label}: {out[label][0]:.3f} s, holds={proof.holds}, engine={proof.engine}")
    return out


def time_codegen(log=print, extra=()):
    """Seconds to generate + compile every catalogue forward C kernel (and those of the
    ``extra`` shapes, float32, runtime weights) in a fresh cache."""
    from ..codegen.api import generate
    from ..codegen.catalogue import CATALOGUE

    out = {}
    with tempfile.TemporaryDirectory() as cache:
        old = os.environ.get("TCONV_SYM_CACHE_DIR")
        os.environ["TCONV_SYM_CACHE_DIR"] = cache
        try:
            for entry in CATALOGUE:
                t0 = time.perf_counter()
                art = generate(entry.spec, lang="c", weights=entry.weights(),
                               out_dir=Path(cache) / "src", overwrite=True,
                               name=f"{entry.name}_fwd")
                art.load()
                out[entry.name] = time.perf_counter() - t0
                log(f"  generate + compile {entry.name}: {out[entry.name]:.2f} s")
            for shape in extra:
                t0 = time.perf_counter()
                generate(shape.spec, lang="c", dtype="float32", out_dir=Path(cache) / "src",
                         overwrite=True, name=f"{shape.name}_fwd").load()
                out[shape.name] = time.perf_counter() - t0
                log(f"  generate + compile {shape.name}: {out[shape.name]:.2f} s")
        finally:
            if old is None:
                os.environ.pop("TCONV_SYM_CACHE_DIR", None)
            else:
                os.environ["TCONV_SYM_CACHE_DIR"] = old
    return out


def _best(rows) -> dict:
    """``{(shape, batch, dtype): {"c": row, "np": row, "torch": row, ...}}``: the fastest
    generated kernel of each language, and every other contender."""
    best: dict = {}
    for r in rows:
        key = (r["shape"], r["batch"], r["dtype"])
        name = r["contender"]
        kind = "c" if name.startswith("c-") else "np" if name.startswith("np-") else name
        cur = best.setdefault(key, {}).get(kind)
        if cur is None or r["seconds"] < cur["seconds"]:
            best[key][kind] = r
    return best


def _ratio(group, peer, mine="c") -> str:
    if peer not in group or mine not in group:
        return "-"
    return f"{group[peer]['seconds'] / group[mine]['seconds']:.2f}×"


def _fmt_table(rows, peaks) -> list[str]:
    by_key = {}
    for r in rows:
        by_key.setdefault((r["shape"], r["batch"], r["dtype"]), {})[r["contender"]] = r
    lines = ["| shape | batch | dtype | contender | µs/call | vs ORT | vs torch | "
             "vs torch.compile | vs scipy | GFLOP/s | %peak |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for (shape, batch, dtype), group in by_key.items():
        for name, r in group.items():
            ratios = [_ratio(group, peer, name) for peer in ("ort", "torch", "torch.compile",
                                                             "scipy")]
            lines.append(
                f"| {shape} | {batch} | {dtype} | {name} | {r['seconds'] * 1e6:.1f} | "
                f"{' | '.join(ratios)} | {r['gflops']:.2f} | "
                f"{100 * r['gflops'] / peaks[dtype]:.1f} |")
    return lines


def summary_table(rows, peaks) -> list[str]:
    """One line per layer and batch (float32): the best generated C kernel against each peer,
    µs per call, ratios and %peak (the table of docs/performance.md).

    >>> summary_table([], {"float32": 1.0})[0].split(" | ")[:3]
    ['| layer', 'batch', 'C µs']
    """
    lines = ["| layer | batch | C µs | ORT µs | C vs ORT | vs torch | vs torch.compile | "
             "C %peak | ORT %peak |", "|---|---|---|---|---|---|---|---|---|"]
    for (shape, batch, dtype), g in _best(rows).items():
        if dtype != "float32" or "c" not in g:
            continue
        ort = g.get("ort")
        lines.append(
            f"| {shape} | {batch} | {g['c']['seconds'] * 1e6:.1f} | "
            f"{ort['seconds'] * 1e6 if ort else float('nan'):.1f} | {_ratio(g, 'ort')} | "
            f"{_ratio(g, 'torch')} | {_ratio(g, 'torch.compile')} | "
            f"{100 * g['c']['gflops'] / peaks[dtype]:.0f} | "
            f"{100 * ort['gflops'] / peaks[dtype] if ort else float('nan'):.0f} |")
    return lines


def check_targets(rows, compile_seconds, shapes, peaks=None) -> list[str]:
    """The issue's targets (issue 17), each with its measured ratio and PASS / MISS.

    >>> check_targets([], {"k": 1.0}, [])
    ['PASS generate + compile k: 1.00 s (target < 5 s)']
    """
    best = _best(rows)
    out = []

    def verdict(ok):
        return "PASS" if ok else "MISS"

    for shape in shapes:
        for batch in (1, 16):
            g = best.get((shape.name, batch, "float32"), {})
            if "ort" in g and "c" in g:
                ratio = g["ort"]["seconds"] / g["c"]["seconds"]
                need = 3.0 if shape.name in TINY else 1.0
                out.append(f"{verdict(ratio >= need)} C vs onnxruntime, {shape.name} b={batch} "
                           f"float32: {ratio:.2f}× (target ≥ {need}×)")
    for shape in shapes:
        if not _gemm_bound(shape.spec):
            continue
        for batch in (1, 16):
            g = best.get((shape.name, batch, "float32"), {})
            if "c" in g:
                frac = g["c"]["gflops"] / g["c"]["peak"]
                out.append(f"{verdict(frac >= 0.7)} C at %peak, {shape.name} b={batch} "
                           f"float32: {100 * frac:.1f}% (target ≥ 70%)")
    for name, t in compile_seconds.items():
        out.append(f"{verdict(t < 5)} generate + compile {name}: {t:.2f} s (target < 5 s)")
    return out


def _cpu_name() -> str:
    """The CPU model and its widest SIMD (from /proc/cpuinfo where available)."""
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return platform.processor() or "unknown CPU"
    name = next((ln.split(":", 1)[1].strip() for ln in text.splitlines()
                 if ln.startswith("model name")), platform.processor() or "unknown CPU")
    flags = next((ln.split(":", 1)[1].split() for ln in text.splitlines()
                  if ln.startswith("flags")), [])
    simd = next((s for f, s in (("avx512f", "AVX-512"), ("avx2", "AVX2"), ("sse4_2", "SSE4.2"))
                 if f in flags), "")
    return f"{name} ({simd})" if simd else name


def _torch_version() -> str:
    try:
        import torch
    except ImportError:
        return "no PyTorch"
    return f"PyTorch {torch.__version__}"


def _cc_version() -> str:
    try:
        from ..codegen.compile import compiler_identity, find_compiler

        return compiler_identity(find_compiler())
    except Exception:  # no compiler: the C rows are missing anyway
        return "no C compiler"


def add_arguments(parser) -> None:
    """The suite's flags (``python -m benchmarks`` and ``tconv-sym bench`` take the same)."""
    parser.add_argument("--quick", action="store_true",
                        help="fewer rounds and only batch 1 (a smoke run, not for numbers)")
    parser.add_argument("--no-compile", action="store_true",
                        help="leave torch.compile out (its compiles take seconds per layer)")
    parser.add_argument("--only", default=None,
                        help="only the layers whose name contains this text")
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for the results file (default: benchmarks/results)")


def main(argv=None) -> int:
    """Run the suite; print the table and the targets; write them to a results file."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split(
        "\n\n")[0])
    add_arguments(parser)
    args = parser.parse_args(argv)

    from .._write import atomic_write, writable_folder
    from .timing import matmul_peak_gflops, pin_threads

    if args.out is not None:
        writable_folder(args.out)  # before the runs: fail fast

    pinned = pin_threads(1)
    lines = []

    def log(text=""):
        print(text, flush=True)
        lines.append(text)

    import numpy as np

    log(f"# tconv_sym benchmark — {datetime.date.today().isoformat()}")
    log("")
    log(f"machine: {_cpu_name()}, {platform.machine()}, {os.cpu_count()} cores; "
        f"{platform.system()} {platform.release()}; Python {platform.python_version()}, "
        f"NumPy {np.__version__}, {_torch_version()}, {_cc_version()}")
    log(f"threads pinned: {', '.join(f'{k}={v}' for k, v in sorted(pinned.items()))}")
    peaks = {dt: matmul_peak_gflops(dt) for dt in ("float32", "float64")}
    log(f"one-thread matmul peak (1024×1024): float32 {peaks['float32']:.1f} GFLOP/s, "
        f"float64 {peaks['float64']:.1f} GFLOP/s")
    log("")
    shapes = bench_shapes()
    extra = [] if args.quick else realistic_shapes()
    if args.only:
        shapes = [s for s in shapes if args.only in s.name]
        extra = [s for s in extra if args.only in s.name]
    batches = (1,) if args.quick else (1, 16)
    rounds, min_time = (3, 0.005) if args.quick else (7, 0.02)
    compiled = not (args.quick or args.no_compile)
    log("## Kernels (median per call; every contender checked against the oracle first)")
    log("")
    log("Catalogue layers:")
    rows = run_kernels(shapes, batches=batches, rounds=rounds, min_time=min_time, log=log,
                       compiled=compiled)
    if extra:
        log("")
        log("Realistic layers (float32, generated C):")
        rows += run_kernels(extra, batches=batches, dtypes=("float32",), rounds=rounds,
                            min_time=min_time, log=log, compiled=compiled, langs=("c",))
    for r in rows:
        r["peak"] = peaks[r["dtype"]]
    log("")
    log("## Summary: best generated C vs its peers (float32)")
    log("")
    for line in summary_table(rows, peaks):
        log(line)
    log("")
    compile_lines = [f"{r['shape']} b={r['batch']}: {r['compile_seconds']:.1f} s" for r in rows
                     if r.get("compile_seconds")]
    if compile_lines:
        log("torch.compile compile time (first call, reported separately): "
            + "; ".join(compile_lines))
        log("")
    log("## All contenders")
    log("")
    for line in _fmt_table(rows, peaks):
        log(line)
    log("")
    log("## Prover")
    time_prover(log=log)
    log("")
    log("## Codegen (generate + compile, fresh cache)")
    compile_seconds = time_codegen(log=log, extra=extra)
    log("")
    log("## Targets")
    for line in check_targets(rows, compile_seconds, shapes + extra):
        log(f"- {line}")
    out_dir = writable_folder(args.out or Path(__file__).resolve().parents[2] / "benchmarks"
                              / "results")
    stamp = datetime.datetime.now().strftime("%Y-%m-%d-%H%M")
    path = out_dir / f"{stamp}{'-quick' if args.quick else ''}.md"
    text = ("\n".join(lines) + "\n").encode("utf-8")
    atomic_write(path, text)
    if not args.quick:
        atomic_write(out_dir / "latest.md", text)
    print(f"\nwritten to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
