"""Benchmark timing helpers, on a fake clock (no timed assertions: the machines are noisy)."""

from __future__ import annotations

import pytest

from tconv_sym.bench import timing


@pytest.fixture
def clock(monkeypatch):
    """A fake perf_counter that only moves when a contender 'works'."""
    state = {"now": 0.0}
    monkeypatch.setattr(timing.time, "perf_counter", lambda: state["now"])

    def work(seconds):
        def fn():
            state["now"] += seconds
        return fn

    return work


def test_race_reports_the_median_per_call(clock):
    r = timing.race({"fast": clock(0.0001), "slow": clock(0.002)}, rounds=3, min_time=0.01)
    assert r["fast"] == pytest.approx(0.0001) and r["slow"] == pytest.approx(0.002)


def test_calibration_reaches_the_minimum_time(clock):
    n = timing._calibrate(clock(0.001), min_time=0.01)
    assert n >= 10 and n * 0.001 >= 0.01
    assert timing._calibrate(clock(1.0), min_time=0.01) == 1


def test_race_alternates_the_order(clock):
    calls = []

    def tagged(name):
        def fn():
            calls.append(name)
            clock(0.01)()
        return fn

    timing.race({"a": tagged("a"), "b": tagged("b")}, rounds=2, min_time=0.0)
    timed = calls[4:]  # after the warm-up and calibration calls of each
    assert timed == ["a", "b", "b", "a"]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_the_peak_includes_onnxruntime_matmul(dtype):
    # MLAS is part of the peak: the fastest one-thread matmul the machine was seen to do
    import numpy as np

    pytest.importorskip("onnxruntime")
    rng = np.random.default_rng(0)
    a, b = (rng.integers(-3, 4, size=(32, 32)).astype(dtype) for _ in range(2))
    run = timing._onnxruntime_matmul(a, b)
    np.testing.assert_array_equal(run(), a @ b)  # small integers: exact
