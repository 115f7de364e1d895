"""Speed on every layer kind and on two threads: generated C vs onnxruntime (issue 30).

Run ``python -m benchmarks.bench_speed`` (``--quick`` for a smoke run, ``--only TEXT`` for
some layers). Layers (:func:`speed_shapes`, float32): ``k = s`` (a SAM-like 256→64 64² k2 s2
and a patch-size 512→128 16² k4 s4), ``k = 2s`` (256→128 32² k4 s2 p1), a long 1-D
HiFi-GAN-like layer (512→256 L512 k16 s8 p4), a 3-D U-Net decoder layer (96→48 12³ k3 s2 p1
op1) at batch 1 and 8, and a large batch (256→128 16² k4 s2 p1 at batch 64).

Contenders per layer and batch, timed in one alternating race (rounds rotate the order,
medians): the generated kernel called plainly as ``fn(x, w)`` on one thread (``c1``) and
on two (``c2``, ``load(threads=2)``), and onnxruntime with one (``ort1``) and two (``ort2``)
intra-op threads, weights as initializers, and the one-thread matmul peak of the same run
(``mm1``: NumPy/OpenBLAS ``sgemm`` of the GEMM onnxruntime runs, ``M = out channels x taps``,
``K = in channels``, ``N = input positions x batch``; the kernel's rate of useful MACs — the
structural nonzeros — over sgemm's is its share of the peak). Each kernel is checked against
PyTorch (float64) first.
Both clocks are reported: the median wall time per call and the median CPU time of the
process per call (all threads; two threads busy for 1 ms cost 2 ms of CPU; idle pool threads
sleep instead of spinning — ``OMP_WAIT_POLICY=PASSIVE`` and onnxruntime's
``allow_spinning=0`` — so a spinning pool never bills its idle time to whoever runs next).
The machine this runs on may be shared and loaded: compare the ratios measured in the same
run, not the absolute times. How the two-thread kernel splits its work is measured apart
(:func:`thread_split`: each thread's share of the CPU time of about 1 s of calls, ``50/50 %``
even), which a loaded machine does not blur as it does the wall time. Generate + compile time
of each layer is measured in a fresh cache.

>>> [s.name for s, _ in speed_shapes()][:2]
['sam_256_64_k2s2', 'patch_512_128_k4s4']
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from .suite import BenchShape

__all__ = ["speed_shapes", "run_speed", "speed_table", "speed_targets", "thread_split", "main"]


def speed_shapes() -> list[tuple[BenchShape, tuple[int, ...]]]:
    """``[(layer, batches)]`` of the speed benchmark (see the module)."""
    from ..spec import TransposedConvSpec as T

    return [
        (BenchShape("sam_256_64_k2s2", T(in_size=(64, 64), kernel_size=2, stride=2,
                                         in_channels=256, out_channels=64)), (1, 8)),
        (BenchShape("patch_512_128_k4s4", T(in_size=(16, 16), kernel_size=4, stride=4,
                                            in_channels=512, out_channels=128)), (1, 8)),
        (BenchShape("up_256_128_k4s2", T(in_size=(32, 32), kernel_size=4, stride=2, padding=1,
                                         in_channels=256, out_channels=128)), (1, 8)),
        (BenchShape("hifigan_1d_512_256", T(in_size=512, kernel_size=16, stride=8, padding=4,
                                            in_channels=512, out_channels=256)), (1, 8)),
        (BenchShape("unet3d_96_48", T(in_size=(12, 12, 12), kernel_size=3, stride=2,
                                      padding=1, output_padding=1, in_channels=96,
                                      out_channels=48)), (1, 8)),
        (BenchShape("batch64_256_128", T(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
                                         in_channels=256, out_channels=128)), (64,)),
    ]


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its finished children (the compiler)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _thread_ticks() -> dict:
    """CPU clock ticks (user + system) of each thread of this process (Linux ``/proc``; empty
    elsewhere)."""
    out = {}
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return out
    for t in tasks:
        try:
            with open(f"/proc/self/task/{t}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[t] = int(fields[11]) + int(fields[12])
    return out


def thread_split(fn, calls: int, threads: int = 2) -> tuple[float, ...] | None:
    """The shares of the CPU time of ``calls`` calls of ``fn`` taken by its ``threads``
    busiest threads, largest first (``(0.5, 0.5)``: the work split evenly; ``(1.0, 0.0)``: one
    thread did it all), or ``None`` where the threads' clocks cannot be read or too few
    ticks passed. A measure of the split that a loaded machine does not blur (the wall time
    does).

    >>> thread_split(lambda: sum(range(200_000)), 40, threads=1) in ((1.0,), None)
    True
    """
    before = _thread_ticks()
    for _ in range(calls):
        fn()
    after = _thread_ticks()
    spent = sorted((after[t] - before.get(t, 0) for t in after), reverse=True)[:threads]
    total = sum(spent)
    if not before or total < 20:
        return None
    return tuple(round(d / total, 3) for d in spent)


def _close(got, want) -> bool:
    import numpy as np

    got = np.asarray(got, dtype=np.float64)
    scale = 1 + float(np.max(np.abs(want), initial=0.0))
    return got.shape == want.shape and float(np.max(np.abs(got - want), initial=0.0)) \
        <= 1e-4 * scale


def run_speed(layers, rounds: int = 7, min_time: float = 0.05, threads: int = 2, log=print):
    """Race every contender (see the module) per layer and batch; rows of dicts with
    ``shape, batch, contender, wall, cpu`` and the ``compile_seconds`` of each layer
    (generate + compile in a fresh cache: wall, and CPU of Python and the compiler)."""
    import numpy as np

    from ..codegen.api import generate
    from . import contenders as cs
    from .timing import race_clocks

    rows, compile_seconds = [], {}
    out_dir = Path(tempfile.mkdtemp(prefix="tconv_speed_"))
    old = os.environ.get("TCONV_SYM_CACHE_DIR")
    os.environ["TCONV_SYM_CACHE_DIR"] = str(out_dir / "cache")
    try:
        for shape, batches in layers:
            spec = shape.spec
            t0, c0 = time.perf_counter(), _cpu_with_children()
            art = generate(spec, lang="c", dtype="float32", out_dir=out_dir, overwrite=True,
                           name=shape.name)
            one = art.load()
            compile_seconds[shape.name] = (time.perf_counter() - t0, _cpu_with_children() - c0)
            two = art.load(threads=threads)
            rng = np.random.default_rng(0)
            w = rng.standard_normal(spec.weight_shape).astype(np.float32)
            for batch in batches:
                x = rng.standard_normal((batch, *spec.in_shape)).astype(np.float32)
                want = cs.torch_fn(spec, x.astype(np.float64), w.astype(np.float64))().numpy()
                mm_m = spec.out_channels * int(np.prod(spec.kernel_size))
                mm_n = int(np.prod(spec.in_size)) * batch
                a = rng.standard_normal((mm_m, spec.in_channels)).astype(np.float32)
                b = rng.standard_normal((spec.in_channels, mm_n)).astype(np.float32)
                c = np.empty((mm_m, mm_n), np.float32)
                fns = {
                    "c1": lambda fn=one, x=x, w=w: fn(x, w),
                    f"c{threads}": lambda fn=two, x=x, w=w: fn(x, w),
                    "ort1": cs.onnxruntime_fn(spec, x, w, threads=1),
                    f"ort{threads}": cs.onnxruntime_fn(spec, x, w, threads=threads),
                    "mm1": lambda a=a, b=b, c=c: np.matmul(a, b, out=c),
                }
                for name, fn in fns.items():
                    if name == "mm1":
                        continue
                    if not _close(fn(), want):
                        raise AssertionError(f"{name} disagrees with PyTorch on {shape.name} "
                                             f"b={batch}")
                same = np.array_equal(fns["c1"](), fns[f"c{threads}"]())
                times = race_clocks(fns, rounds=rounds, min_time=min_time)
                # the split of the work between the threads: about 1 s of CPU time of calls
                calls = max(3, int(1.0 / max(times[f"c{threads}"]["cpu"], 1e-6)) + 1)
                split = thread_split(fns[f"c{threads}"], calls, threads)
                for name, t in times.items():
                    rows.append(dict(shape=shape.name, batch=batch, contender=name, **t,
                                     split=split if name == f"c{threads}" else None,
                                     schedule=art.plan.schedule, bit_identical=same,
                                     macs=art.plan.nnz * batch if name != "mm1"
                                     else mm_m * spec.in_channels * mm_n))
                log(f"  {shape.name:<20} b={batch:<2} {art.plan.schedule:<12} "
                    + ", ".join(f"{k} {v['cpu'] * 1e3:.3f}/{v['wall'] * 1e3:.3f} ms"
                                for k, v in times.items())
                    + f"  (cpu/wall; {threads} threads bit-identical: {same}; CPU per thread "
                    + ("-" if split is None else "/".join(f"{x:.0%}" for x in split)) + ")")
    finally:
        if old is None:
            os.environ.pop("TCONV_SYM_CACHE_DIR", None)
        else:
            os.environ["TCONV_SYM_CACHE_DIR"] = old
    return rows, compile_seconds


def speed_table(rows, threads: int = 2) -> list[str]:
    """One line per layer and batch: CPU and wall ms per call of each contender, and the
    ratios (peer time / ours: above 1 we are faster).

    >>> speed_table([])[0].split(" | ")[:3]
    ['| layer', 'batch', 'schedule']
    """
    t = threads
    head = (f"| layer | batch | schedule | c1 cpu ms | ort1 cpu ms | c1 vs ort1 (cpu) | "
            f"c1 vs ort1 (wall) | c{t} wall ms | ort{t} wall ms | c{t} vs ort{t} (wall) | "
            f"c{t} vs ort{t} (cpu) | c{t} vs c1 (wall) | c1 share of sgemm peak (cpu) | "
            f"c{t} CPU per thread | bit-identical |")
    lines = [head, "|" + "---|" * 15]
    groups: dict = {}
    for r in rows:
        groups.setdefault((r["shape"], r["batch"]), {})[r["contender"]] = r
    for (shape, batch), g in groups.items():
        c1, o1, c2, o2 = g["c1"], g["ort1"], g[f"c{t}"], g[f"ort{t}"]
        lines.append(
            f"| {shape} | {batch} | {c1['schedule']} | {c1['cpu'] * 1e3:.3f} | "
            f"{o1['cpu'] * 1e3:.3f} | {o1['cpu'] / c1['cpu']:.2f}× | "
            f"{o1['wall'] / c1['wall']:.2f}× | {c2['wall'] * 1e3:.3f} | "
            f"{o2['wall'] * 1e3:.3f} | {o2['wall'] / c2['wall']:.2f}× | "
            f"{o2['cpu'] / c2['cpu']:.2f}× | {c1['wall'] / c2['wall']:.2f}× | "
            f"{'-' if 'mm1' not in g else format(_peak_share(g), '.0%')} | "
            f"{_split_text(c2.get('split'))} | "
            f"{'yes' if c1['bit_identical'] else 'NO'} |")
    return lines


def _split_text(split) -> str:
    """``50/50 %`` (the busiest threads' shares of the CPU time), ``-`` when not measured.

    >>> _split_text((0.52, 0.48)), _split_text(None)
    ('52/48 %', '-')
    """
    return "-" if not split else "/".join(f"{x * 100:.0f}" for x in split) + " %"


def _peak_share(g) -> float:
    """The one-thread kernel's rate of useful MACs over sgemm's (``mm1``), CPU time."""
    mm, c1 = g.get("mm1"), g["c1"]
    if mm is None:
        return float("nan")
    return (c1["macs"] / c1["cpu"]) / (mm["macs"] / mm["cpu"])


def speed_targets(rows, compile_seconds, threads: int = 2) -> list[str]:
    """Issue 30's targets, each PASS / MISS with the measured ratio.

    >>> speed_targets([], {"k": (6.0, 3.5)})
    ['MISS generate + compile k: 6.00 s wall, 3.50 s CPU (Python + compiler) (target <= 5 s)']
    """
    out = []
    groups: dict = {}
    for r in rows:
        groups.setdefault((r["shape"], r["batch"]), {})[r["contender"]] = r
    t = threads
    for (shape, batch), g in groups.items():
        ratio = g["ort1"]["cpu"] / g["c1"]["cpu"]
        out.append(f"{'PASS' if ratio >= 1.1 else 'MISS'} one thread vs onnxruntime, {shape} "
                   f"b={batch}: {ratio:.2f}× CPU time (target >= 1.1×)")
        if "mm1" in g:
            share = _peak_share(g)
            out.append(f"{'PASS' if share >= 0.85 else 'MISS'} one thread vs the same run's "
                       f"sgemm peak, {shape} b={batch}: {share:.0%} (target >= 85 %)")
        ratio = g[f"ort{t}"]["wall"] / g[f"c{t}"]["wall"]
        out.append(f"{'PASS' if ratio >= 1 else 'MISS'} {t} threads vs onnxruntime {t} "
                   f"threads, {shape} b={batch}: {ratio:.2f}× wall (target >= 1×)")
        if batch >= 8:
            ratio = g["c1"]["wall"] / g[f"c{t}"]["wall"]
            out.append(f"{'PASS' if ratio >= 1.7 else 'MISS'} {t} threads vs own one "
                       f"thread, {shape} b={batch}: {ratio:.2f}× wall (target >= 1.7×)")
    for name, (wall, cpu) in compile_seconds.items():
        out.append(f"{'PASS' if wall <= 5 else 'MISS'} generate + compile {name}: {wall:.2f} s "
                   f"wall, {cpu:.2f} s CPU (Python + compiler) (target <= 5 s)")
    return out


def main(argv=None) -> int:
    """Run the speed benchmark; print the table and the targets."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_speed",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="three rounds, short samples")
    parser.add_argument("--only", default=None, help="only layers whose name contains this")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    from .timing import pin_threads

    pin_threads(1)  # NumPy / PyTorch on one thread; the contenders set their own threads
    layers = speed_shapes()
    if args.only:
        layers = [(s, b) for s, b in layers if args.only in s.name]
    rounds, min_time = (3, 0.01) if args.quick else (args.rounds, 0.05)
    print(f"speed benchmark: {rounds} alternating rounds, medians per call; CPU time of the "
          f"process and wall; the machine may be shared and loaded: read the ratios")
    rows, compile_seconds = run_speed(layers, rounds=rounds, min_time=min_time)
    print()
    for line in speed_table(rows):
        print(line)
    print()
    for line in speed_targets(rows, compile_seconds):
        print(f"- {line}")
    return 0
