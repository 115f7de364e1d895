"""Two threads on one chunk of rows (templates/c_gemm.c.j2, issue 30): a call with fewer units
of work than a few per thread (batch 1: one pass of one chunk) splits each chunk into ranges
of output-channel blocks, one per thread; every output element is still the same sum in the
same order, so the result is bit-identical to one thread."""

import numpy as np
import pytest

from tconv_sym import TransposedConvSpec, generate
from tconv_sym.codegen.artifact import reference

BASE = "-O3 -march=native -ffp-contract=fast"

SPLIT_CASES = [
    # k = s, 2-D: the pixel shuffle fused into the store; 64 out channels = 2 blocks of 32
    TransposedConvSpec(in_size=(8, 16), kernel_size=2, stride=2, in_channels=40,
                       out_channels=64),
    # 1-D, k = 2s with padding (HiFi-GAN-like): phase tiles + interleave; 96 = 3 blocks
    TransposedConvSpec(in_size=96, kernel_size=8, stride=4, padding=2, in_channels=24,
                       out_channels=96),
    # fewer out channels than the channels tile: blocks of 8 (20 -> 3 blocks, the last padded)
    TransposedConvSpec(in_size=(12, 12), kernel_size=4, stride=2, padding=1, in_channels=16,
                       out_channels=20),
]


@pytest.fixture(autouse=True)
def _direct_forms_only(monkeypatch):
    """The GEMM form itself (the Winograd form, tried first, has its own threads)."""
    from tconv_sym.codegen import schedule

    monkeypatch.setattr(schedule, "_winograd_choice", lambda plan, direct: (None, None))


def _units_at_batch_one(form) -> int:
    """Chunks of rows of one sample (the units a batch-1 call had before the split)."""
    rows, chunks, r0 = form.rows_per_sample, 0, 0
    while r0 < rows:
        r0 += rows - r0 if rows - r0 <= form.last_chunk_rows else form.chunk_rows
        chunks += 1
    return chunks


@pytest.mark.parametrize("i", range(len(SPLIT_CASES)))
def test_output_channel_split_gives_the_same_bits(i, tmp_path):
    spec = SPLIT_CASES[i]
    art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name=f"split{i}")
    form = art.plan.lowering
    assert art.plan.schedule == "gemm" and not form.lanes
    assert _units_at_batch_one(form) == 1  # batch 1 was one unit: one thread idle
    assert form.ogp // form.mr >= 2  # ... now split in blocks of output channels
    assert "TCONV_SYM_M_PARTS" in art.source
    rng = np.random.default_rng(30 + i)
    w = rng.standard_normal(spec.weight_shape).astype(np.float32)
    one = art.load()
    packed = one.prepare(w)
    # the planner's choice on 2 threads, and forced parts: 3 on 2 threads (a thread with two
    # ranges), more parts than blocks (capped at the blocks)
    fns = [art.load(threads=2)] + [
        art.load(cflags=f"{BASE} -DTCONV_SYM_M_PARTS={p}", threads=2) for p in (3, 64)]
    for batch in (1, 2, 5):
        x = rng.standard_normal((batch, *spec.in_shape)).astype(np.float32)
        want = one(x, packed)
        for fn in fns:
            np.testing.assert_array_equal(fn(x, packed), want)
        exact, _ = reference(art.plan, [x.astype(np.float64), w.astype(np.float64)])
        np.testing.assert_allclose(want, exact, rtol=1e-4, atol=1e-4)


def test_split_writes_every_output_once_exact_on_integers(tmp_path):
    # float64 small integers: every sum exact, so a channel range left out (or written by two
    # threads from different partial sums) would show; a wrong weight is refuted
    spec = SPLIT_CASES[1]
    art = generate(spec, lang="c", dtype="float64", out_dir=tmp_path, name="split64")
    rng = np.random.default_rng(7)
    x = rng.integers(-3, 4, size=(1, *spec.in_shape)).astype(np.float64)
    w = rng.integers(-3, 4, size=spec.weight_shape).astype(np.float64)
    want, _ = reference(art.plan, [x, w])
    for p in (2, 3):
        fn = art.load(cflags=f"{BASE} -DTCONV_SYM_M_PARTS={p}", threads=p)
        got = fn(x, w)
        np.testing.assert_array_equal(got, want)
        bad = w.copy()
        bad[0, spec.out_channels - 1, 0] += 1  # the last block's channel: another thread's
        assert not np.array_equal(fn(x, bad), want)
