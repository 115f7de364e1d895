"""The benchmark suite: generated kernels vs PyTorch and scipy.sparse, prover and codegen times.

Run ``python -m benchmarks`` (from a checkout) or ``tconv-sym bench``; both run this module
in a fresh process with every library pinned to one thread. It prints a table and writes it
to ``benchmarks/results/`` (or ``--out``).

For each shape (the codegen catalogue's seed and showcase layers plus DCGAN 64→3), batch
1 and 16, float32 and float64, it times per call, alternating the contenders and taking
medians: ``scipy`` (the operator matrix times the batch, the oracle), ``torch``
(``conv_transpose`` on one thread), and every generated kernel that applies (``np-…`` NumPy,
``c-…`` C; ``unrolled`` and ``polyphase``). GFLOP/s counts useful work only:
``2 × structurally nonzero MACs / time``; ``%peak`` is that over a one-thread matmul
measured in the same run.

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

__all__ = ["bench_shapes", "BenchShape", "main"]


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


GEMM_BOUND = ("dcgan_128_64", "dcgan_64_3")
TINY = ("tutorial_2x2", "tf_same_2x2_k3_s2")


def _torch_fn(spec, x, w):
    """PyTorch's ``conv_transpose`` on one thread, as a user would call it.

    PyTorch pads symmetrically; for asymmetric padding (TensorFlow SAME) a user pads by the
    smaller side and crops the rest, so that is what is timed (a view, no copy).
    """
    import torch

    fn = getattr(torch.nn.functional, f"conv_transpose{spec.ndim}d")
    xt, wt = torch.from_numpy(x), torch.from_numpy(w)
    pad = tuple(min(lo, hi) for lo, hi in zip(spec.pad_lo, spec.pad_hi))
    kwargs = dict(stride=spec.stride, padding=pad, output_padding=spec.output_padding,
                  groups=spec.groups, dilation=spec.dilation)
    crop = (Ellipsis, *(slice(lo - p, lo - p + o)
                        for lo, p, o in zip(spec.pad_lo, pad, spec.out_size)))
    symmetric = spec.pad_lo == spec.pad_hi

    def run():
        with torch.inference_mode():
            return fn(xt, wt, **kwargs)

    def run_cropped():
        with torch.inference_mode():
            return fn(xt, wt, **kwargs)[crop]

    return run if symmetric else run_cropped


def _scipy_fn(spec, x, w):
    from ..operators import conv_transpose_matrix

    m = conv_transpose_matrix(spec, w, backend="scipy").astype(x.dtype)
    n, out_shape = x.shape[0], (x.shape[0], *spec.out_shape)
    return lambda: (m @ x.reshape(n, -1).T).T.reshape(out_shape)


def _generated_kernels(spec, dtype, out_dir) -> dict:
    """Every generated forward kernel that applies: ``{"np-unroll": fn, "c-polyph": fn, …}``."""
    from ..codegen.api import generate

    fns = {}
    for lang in ("numpy", "c"):
        for strategy in ("unrolled", "polyphase"):
            try:
                art = generate(spec, lang=lang, strategy=strategy, dtype=dtype,
                               out_dir=out_dir, overwrite=True)
            except ValueError:  # unrolled refuses above its size limit
                continue
            art.verify()  # never time a wrong kernel
            fns[f"{'np' if lang == 'numpy' else 'c'}-{strategy[:6]}"] = art.load()
    return fns


def run_kernels(shapes, batches=(1, 16), dtypes=("float32", "float64"), rounds=7,
                min_time=0.02, log=print):
    """Time every contender; returns rows of dicts (one per shape, batch, dtype, contender).

    Generated kernels are verified against scipy.sparse before they are timed.
    """
    import numpy as np

    from ..structure import conv_transpose_structure
    from .timing import race

    rows = []
    out_dir = Path(tempfile.mkdtemp(prefix="tconv_bench_"))
    for shape in shapes:
        spec = shape.spec
        macs = conv_transpose_structure(spec).nnz
        for dtype in dtypes:
            rng = np.random.default_rng(0)
            w = rng.standard_normal(spec.weight_shape).astype(dtype)
            kernels = _generated_kernels(spec, dtype, out_dir)
            for batch in batches:
                x = rng.standard_normal((batch, *spec.in_shape)).astype(dtype)
                contenders = {"scipy": _scipy_fn(spec, x, w)}
                torch_fn = _torch_fn(spec, x, w)
                want = contenders["scipy"]()
                got = torch_fn().numpy()
                tol = 1e-4 if dtype == "float32" else 1e-10
                if got.shape != want.shape or not np.allclose(got, want, rtol=tol, atol=tol):
                    raise AssertionError(f"torch baseline disagrees with scipy on {shape.name}")
                contenders["torch"] = torch_fn
                for name, fn in kernels.items():
                    contenders[name] = lambda fn=fn, x=x, w=w: fn(x, w)
                times = race(contenders, rounds=rounds, min_time=min_time)
                for name, t in times.items():
                    rows.append(dict(shape=shape.name, batch=batch, dtype=dtype, contender=name,
                                     seconds=t, gflops=2 * macs * batch / t / 1e9))
                log(f"  {shape.name:<18} b={batch:<2} {dtype}: " + ", ".join(
                    f"{k} {v * 1e6:.1f}µs" for k, v in times.items()))
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


def time_codegen(log=print):
    """Seconds to generate + compile every catalogue forward C kernel in a fresh cache."""
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
        finally:
            if old is None:
                os.environ.pop("TCONV_SYM_CACHE_DIR", None)
            else:
                os.environ["TCONV_SYM_CACHE_DIR"] = old
    return out


def _fmt_table(rows, peaks) -> list[str]:
    by_key = {}
    for r in rows:
        by_key.setdefault((r["shape"], r["batch"], r["dtype"]), {})[r["contender"]] = r
    lines = ["| shape | batch | dtype | contender | µs/call | vs torch | vs scipy | GFLOP/s "
             "| %peak |", "|---|---|---|---|---|---|---|---|---|"]
    for (shape, batch, dtype), group in by_key.items():
        torch_t = group.get("torch", {}).get("seconds")
        scipy_t = group["scipy"]["seconds"]
        for name, r in group.items():
            vs_torch = f"{torch_t / r['seconds']:.2f}×" if torch_t else "-"
            lines.append(
                f"| {shape} | {batch} | {dtype} | {name} | {r['seconds'] * 1e6:.1f} | "
                f"{vs_torch} | {scipy_t / r['seconds']:.2f}× | {r['gflops']:.2f} | "
                f"{100 * r['gflops'] / peaks[dtype]:.1f} |")
    return lines


def check_targets(rows, compile_seconds, shapes) -> list[str]:
    """The issue's targets, each with its measured ratio and PASS / MISS."""
    from ..structure import conv_transpose_structure

    best = {}
    for r in rows:
        key = (r["shape"], r["batch"], r["dtype"])
        kind = "c" if r["contender"].startswith("c-") else (
            "np" if r["contender"].startswith("np-") else r["contender"])
        cur = best.setdefault(key, {}).get(kind)
        if cur is None or r["seconds"] < cur["seconds"]:
            best[key][kind] = r
    out = []

    def verdict(ok):
        return "PASS" if ok else "MISS"

    for shape in shapes:
        for dtype in ("float32", "float64"):
            g = best.get((shape.name, 1, dtype), {})
            if "torch" in g and "c" in g:
                ratio = g["torch"]["seconds"] / g["c"]["seconds"]
                need = 3.0 if shape.name in TINY else 0.5 if shape.name in GEMM_BOUND else 1.0
                out.append(f"{verdict(ratio >= need)} C vs torch, batch 1, {shape.name} {dtype}: "
                           f"{ratio:.2f}× (target ≥ {need}×)")
    for shape in shapes:
        if conv_transpose_structure(shape.spec).nnz <= 10_000:
            continue
        for batch in (1, 16):
            for dtype in ("float32", "float64"):
                g = best.get((shape.name, batch, dtype), {})
                if "np" in g:
                    ratio = g["scipy"]["seconds"] / g["np"]["seconds"]
                    out.append(f"{verdict(ratio >= 2)} NumPy vs scipy, {shape.name} b={batch} "
                               f"{dtype}: {ratio:.2f}× (target ≥ 2×)")
    for shape in shapes:
        if shape.name not in GEMM_BOUND:
            continue
        for dtype in ("float32", "float64"):
            g = best.get((shape.name, 16, dtype), {})
            if "c" in g:
                frac = g["c"]["gflops"] / g["c"]["peak"]
                out.append(f"{verdict(frac >= 0.3)} C at %peak, {shape.name} b=16 {dtype}: "
                           f"{100 * frac:.1f}% (target ≥ 30%)")
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
        from ..codegen.compile import _compiler_identity, find_compiler

        return _compiler_identity(find_compiler())
    except Exception:  # no compiler: the C rows are missing anyway
        return "no C compiler"


def main(argv=None) -> int:
    """Run the suite; print the table and the targets; write them to a results file."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split(
        "\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="fewer rounds and only batch 1 (a smoke run, not for numbers)")
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for the results file (default: benchmarks/results)")
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
    log("## Kernels (median per call)")
    rows = run_kernels(shapes, batches=(1,) if args.quick else (1, 16),
                          rounds=3 if args.quick else 7, min_time=0.005 if args.quick else 0.02,
                          log=log)
    for r in rows:
        r["peak"] = peaks[r["dtype"]]
    log("")
    for line in _fmt_table(rows, peaks):
        log(line)
    log("")
    log("## Prover")
    time_prover(log=log)
    log("")
    log("## Codegen (generate + compile, fresh cache)")
    compile_seconds = time_codegen(log=log)
    log("")
    log("## Targets")
    for line in check_targets(rows, compile_seconds, shapes):
        log(f"- {line}")
    out_dir = writable_folder(args.out or Path(__file__).resolve().parents[1] / "benchmarks"
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
