"""The speed benchmark's measure of how two threads split the work (tconv_sym/bench/speed.py:
thread_split): CPU time per thread, which a loaded machine does not blur as it does the wall."""

import sys

import numpy as np
import pytest

from tconv_sym import TransposedConvSpec, generate
from tconv_sym.bench.speed import speed_table, thread_split

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="per-thread CPU clocks from /proc")


def test_batch_one_splits_between_two_threads_and_one_chunk_did_not(tmp_path, monkeypatch):
    from tconv_sym.codegen import schedule

    monkeypatch.setattr(schedule, "_winograd_choice", lambda plan, direct: (None, None))
    # k = s at batch 1: one chunk of rows, one unit of work before the output-channel split
    spec = TransposedConvSpec(in_size=(16, 16), kernel_size=2, stride=2, in_channels=256,
                              out_channels=128)
    art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="split_b1")
    rng = np.random.default_rng(1)
    x = rng.standard_normal((1, *spec.in_shape)).astype(np.float32)
    w = rng.standard_normal(spec.weight_shape).astype(np.float32)
    two = art.load(threads=2)
    packed = two.prepare(w)
    split = thread_split(lambda: two(x, packed), 400)
    assert split is not None and len(split) == 2 and abs(sum(split) - 1) < 1e-2
    assert split[1] > 0.25  # both threads worked (even split: 0.5 each)
    # the false variant: one part per chunk (the split off) leaves one thread idle
    flags = "-O3 -march=native -ffp-contract=fast -DTCONV_SYM_M_PARTS=1"
    single = art.load(cflags=flags, threads=2)
    alone = thread_split(lambda: single(x, packed), 400)
    assert alone is not None and alone[0] > 0.9
    np.testing.assert_array_equal(two(x, packed), single(x, packed))


def test_table_prints_the_split():
    row = dict(cpu=1.0, wall=1.0, schedule="gemm", bit_identical=True, macs=1)
    rows = [dict(row, shape="k", batch=1, contender=c, split=(0.5, 0.5) if c == "c2" else None)
            for c in ("c1", "c2", "ort1", "ort2")]
    line = speed_table(rows)[2]
    assert "| 50/50 % | yes |" in line and line.count("|") == 16
