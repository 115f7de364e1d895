"""Benchmark timing helpers: alternation, calibration, peak."""

from __future__ import annotations

import time

from tconv_sym.timing import _calibrate, race


def test_race_ranks_a_slower_function_slower():
    r = race({"fast": lambda: None, "slow": lambda: time.sleep(0.002)}, rounds=3, min_time=0.0)
    assert r["slow"] > 0.0015 > r["fast"]


def test_calibration_reaches_the_minimum_time():
    n = _calibrate(lambda: time.sleep(0.001), min_time=0.01)
    t0 = time.perf_counter()
    for _ in range(n):
        time.sleep(0.001)
    assert n >= 2 and time.perf_counter() - t0 >= 0.01
