"""The benchmark suite's contenders and bookkeeping (no timed assertions: the numbers are
printed by ``python -m benchmarks``, never checked here)."""

import numpy as np
import pytest

from tconv_sym import TransposedConvSpec
from tconv_sym.bench import contenders as cs
from tconv_sym.bench import suite


def test_every_contender_agrees_with_the_oracle_before_timing():
    pytest.importorskip("onnxruntime")
    pytest.importorskip("torch")
    shape = suite.BenchShape("t", TransposedConvSpec(in_size=(5, 4), kernel_size=3, stride=2,
                                                     padding=(1, 0), output_padding=1,
                                                     in_channels=3, out_channels=2))
    rows = suite.run_kernels([shape], batches=(2,), dtypes=("float32",), rounds=1,
                             min_time=0.0, log=lambda _: None, compiled=False,
                             langs=("numpy",))
    assert {r["contender"] for r in rows} == {"scipy", "torch", "ort", "np-unroll",
                                              "np-polyph"}
    assert all(r["seconds"] > 0 for r in rows)


def test_onnx_model_matches_scipy_with_asymmetric_padding():
    pytest.importorskip("onnxruntime")
    spec = TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2, padding="same",
                              in_channels=2, out_channels=3)
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, *spec.in_shape)).astype(np.float32)
    w = rng.standard_normal(spec.weight_shape).astype(np.float32)
    want, name = cs.oracle(spec, x, w, nnz=1)
    assert name == "scipy.sparse"
    np.testing.assert_allclose(cs.onnxruntime_fn(spec, x, w)(), want, rtol=1e-5, atol=1e-5)


def test_targets_and_summary_from_rows():
    rows = [dict(shape="tutorial_2x2", batch=1, dtype="float32", contender=name, seconds=t,
                 gflops=g, peak=100.0, gemm_bound=False, compile_seconds=None)
            for name, t, g in (("ort", 4e-6, 1.0), ("c-unroll", 1e-6, 4.0),
                               ("c-polyph", 2e-6, 2.0), ("torch", 8e-6, 0.5))]
    shapes = [s for s in suite.bench_shapes() if s.name == "tutorial_2x2"]
    lines = suite.check_targets(rows, {"tutorial_2x2": 6.0}, shapes)
    assert lines == ["PASS C vs onnxruntime, tutorial_2x2 b=1 float32: 4.00× (target ≥ 3.0×)",
                     "MISS generate + compile tutorial_2x2: 6.00 s (target < 5 s)"]
    table = suite.summary_table(rows, {"float32": 100.0})
    assert table[2].startswith("| tutorial_2x2 | 1 | 1.0 | 4.0 | 4.00× | 8.00× | - |")


def test_speed_table_and_targets_from_rows():
    from tconv_sym.bench import speed

    rows = [dict(shape="k", batch=8, contender=name, wall=wall, cpu=cpu, schedule="gemm",
                 bit_identical=True)
            for name, wall, cpu in (("c1", 2.0, 2.0), ("c2", 1.0, 2.0), ("ort1", 2.4, 2.4),
                                    ("ort2", 1.5, 3.0))]
    table = speed.speed_table(rows)
    assert table[2] == ("| k | 8 | gemm | 2000.000 | 2400.000 | 1.20× | 1.20× | 1000.000 | "
                        "1500.000 | 1.50× | 1.50× | 2.00× | - | - | yes |")
    # the two-thread kernel's CPU per thread (speed.thread_split), where it was measured
    split = [dict(r, split=(0.52, 0.48)) if r["contender"] == "c2" else r for r in rows]
    assert speed.speed_table(split)[2].endswith("| 2.00× | - | 52/48 % | yes |")
    # the same run's sgemm: 100 MACs in 1 s; the kernel 90 useful MACs in 2 s: 45 % of it
    rows = [dict(r, macs=90) for r in rows] + [dict(shape="k", batch=8, contender="mm1",
                                                    wall=1.0, cpu=1.0, macs=100)]
    assert speed.speed_table(rows)[2].endswith("| 2.00× | 45% | - | yes |")
    assert speed.speed_targets(rows, {"k": (4.0, 3.0)}) == [
        "PASS one thread vs onnxruntime, k b=8: 1.20× CPU time (target >= 1.1×)",
        "MISS one thread vs the same run's sgemm peak, k b=8: 45% (target >= 85 %)",
        "PASS 2 threads vs onnxruntime 2 threads, k b=8: 1.50× wall (target >= 1×)",
        "PASS 2 threads vs own one thread, k b=8: 2.00× wall (target >= 1.7×)",
        "PASS generate + compile k: 4.00 s wall, 3.00 s CPU (Python + compiler) "
        "(target <= 5 s)"]
    assert [s.name for s, _ in speed.speed_shapes()][-1] == "batch64_256_128"
