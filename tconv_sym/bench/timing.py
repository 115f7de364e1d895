"""Fair timing for benchmarks: warm-up, alternating contenders, medians, one-thread peak.

>>> import time
>>> result = race({"a": lambda: None, "b": lambda: time.sleep(0.001)}, rounds=3, min_time=0.0)
>>> sorted(result), result["a"] < result["b"]
(['a', 'b'], True)
"""

from __future__ import annotations

import os
import statistics
import time

__all__ = ["pin_threads", "race", "race_clocks", "matmul_peak_gflops"]

_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


def pin_threads(n: int = 1) -> dict:
    """Ask BLAS/OpenMP and PyTorch for ``n`` threads; returns what was set.

    Environment variables only take effect for libraries not yet loaded, so call this
    before importing NumPy (``python -m benchmarks`` does); threadpoolctl is used when
    installed to also limit already-loaded BLAS libraries.

    >>> pin_threads(1)["OMP_NUM_THREADS"]
    '1'
    """
    for var in _THREAD_VARS:
        os.environ[var] = str(n)
    done = {var: os.environ[var] for var in _THREAD_VARS}
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(n)
        done["threadpoolctl"] = str(n)
    except ImportError:
        pass
    try:
        import torch

        torch.set_num_threads(n)
        done["torch"] = str(torch.get_num_threads())
    except ImportError:
        pass
    return done


def _calibrate(fn, min_time: float) -> int:
    """Calls per sample so that one sample takes at least ``min_time`` seconds."""
    n = 1
    while True:
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        dt = time.perf_counter() - t0
        if dt >= min_time or n >= 1 << 20:
            return n
        n = max(n * 2, int(n * min_time / max(dt, 1e-9)) + 1)


def race(contenders: dict, rounds: int = 7, min_time: float = 0.02) -> dict:
    """Median seconds per call of every contender, sampled in alternating order.

    Every contender is warmed up and calibrated (enough calls per sample to last
    ``min_time``); then each of ``rounds`` rounds times every contender once, in an order
    rotated each round, so that drift in machine load is shared fairly.

    >>> r = race({"noop": lambda: None}, rounds=2, min_time=0.0)
    >>> r["noop"] >= 0
    True
    """
    names = list(contenders)
    if not names:
        return {}
    calls = {}
    for name in names:
        contenders[name]()  # warm-up (compilation, caches)
        calls[name] = _calibrate(contenders[name], min_time)
    samples = {name: [] for name in names}
    for r in range(rounds):
        order = names[r % len(names):] + names[: r % len(names)]
        for name in order:
            fn, n = contenders[name], calls[name]
            t0 = time.perf_counter()
            for _ in range(n):
                fn()
            samples[name].append((time.perf_counter() - t0) / n)
    return {name: statistics.median(s) for name, s in samples.items()}


def race_clocks(contenders: dict, rounds: int = 7, min_time: float = 0.02) -> dict:
    """:func:`race` on two clocks: ``{name: {"wall": s, "cpu": s}}``, the medians per call of
    wall time and of the process's CPU time (every thread's; a kernel on two threads that
    keeps both busy costs twice its wall time). Rounds alternate the contenders, rotated each
    round, so drift in machine load is shared fairly.

    >>> r = race_clocks({"sleep": lambda: time.sleep(0.002)}, rounds=2, min_time=0.0)
    >>> r["sleep"]["wall"] > r["sleep"]["cpu"]
    True
    """
    names = list(contenders)
    calls = {}
    for name in names:
        contenders[name]()
        calls[name] = _calibrate(contenders[name], min_time)
    wall = {name: [] for name in names}
    cpu = {name: [] for name in names}
    for r in range(rounds):
        order = names[r % len(names):] + names[: r % len(names)]
        for name in order:
            fn, n = contenders[name], calls[name]
            t0, c0 = time.perf_counter(), time.process_time()
            for _ in range(n):
                fn()
            cpu[name].append((time.process_time() - c0) / n)
            wall[name].append((time.perf_counter() - t0) / n)
    return {name: {"wall": statistics.median(wall[name]), "cpu": statistics.median(cpu[name])}
            for name in names}


def matmul_peak_gflops(dtype: str = "float64", n: int = 1024, rounds: int = 5) -> float:
    """Single-thread GFLOP/s of a large ``n×n`` matmul (call :func:`pin_threads` first): the
    best of NumPy's BLAS, PyTorch's and onnxruntime's MLAS (when installed), so the peak is the
    fastest the machine was seen to do, not one library's (on an AVX-512 Zen core MLAS is
    ~1.6x faster than NumPy's OpenBLAS: a peak from NumPy alone put every GEMM above 100 %).

    >>> matmul_peak_gflops("float32", n=64, rounds=1) > 0
    True
    """
    import numpy as np

    rng = np.random.default_rng(0)
    a = rng.standard_normal((n, n)).astype(dtype)
    b = rng.standard_normal((n, n)).astype(dtype)
    contenders = {"numpy": lambda: a @ b}
    try:
        import torch

        ta, tb = torch.from_numpy(a), torch.from_numpy(b)
        contenders["torch"] = lambda: ta @ tb
    except ImportError:
        pass
    mlas = _onnxruntime_matmul(a, b)
    if mlas is not None:
        contenders["onnxruntime"] = mlas
    t = min(race(contenders, rounds=rounds, min_time=0.05).values())
    return 2 * n**3 / t / 1e9


def _onnxruntime_matmul(a, b):
    """``a @ b`` as a one-node onnxruntime model on one thread (``b`` an initializer), or
    ``None`` without onnx / onnxruntime."""
    try:
        import onnxruntime as ort
        from onnx import TensorProto, helper, numpy_helper
    except ImportError:
        return None
    kind = TensorProto.FLOAT if a.dtype.itemsize == 4 else TensorProto.DOUBLE
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["a", "b"], ["y"])], "matmul",
        [helper.make_tensor_value_info("a", kind, list(a.shape))],
        [helper.make_tensor_value_info("y", kind, [a.shape[0], b.shape[1]])],
        [numpy_helper.from_array(b, "b")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = min(model.ir_version, 8)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    try:
        sess = ort.InferenceSession(model.SerializeToString(), opts,
                                    providers=["CPUExecutionProvider"])
    except Exception:  # noqa: BLE001 - a build without this kernel: no MLAS peak
        return None
    feed = {"a": a}
    return lambda: sess.run(None, feed)[0]
