"""The GEMM form of polyphase C kernels (codegen/gemm.py, templates/c_gemm.c.j2): the rule,
correctness against scipy.sparse on every shape kind, pack once, the caller's workspace, the
plain C99 fallback and a cross build for aarch64."""

import ctypes
import platform
import re
import shutil
import subprocess

import numpy as np
import pytest

from conftest import require_tool
from tconv_sym import ConvSpec, TransposedConvSpec, generate
from tconv_sym.codegen import gemm
from tconv_sym.codegen.artifact import reference
from tconv_sym.codegen.compile import FLAGS, compile_c
from tconv_sym.codegen.packing import PackedWeights, aligned_empty
from tconv_sym.codegen.plan import make_plan


@pytest.fixture(autouse=True)
def _direct_forms_only(monkeypatch):
    """This file tests the direct GEMM forms: every plan here is made as with fast="never"
    (the Winograd form, tried first since issue 31, has its own tests)."""
    from tconv_sym.codegen import schedule

    monkeypatch.setattr(schedule, "_winograd_choice", lambda plan, direct: (None, None))

CASES = [
    # 2-D, stride 2, output_padding, odd sizes (ragged phases, halo on both sides)
    TransposedConvSpec(in_size=(5, 6), kernel_size=3, stride=2, padding=1, output_padding=1,
                       in_channels=20, out_channels=19),
    # 1-D, long kernel, stride 4 (WaveGAN-like)
    TransposedConvSpec(in_size=40, kernel_size=25, stride=4, padding=11, output_padding=1,
                       in_channels=24, out_channels=16),
    # 3-D, k2 s2 (one tap per phase, no halo)
    TransposedConvSpec(in_size=(4, 4, 4), kernel_size=2, stride=2, in_channels=32,
                       out_channels=24),
    # groups, dilation
    TransposedConvSpec(in_size=(12, 12), kernel_size=3, stride=2, padding=2, dilation=2,
                       in_channels=32, out_channels=48, groups=2),
    # eight output channels (the fewest for phase GEMMs)
    TransposedConvSpec(in_size=(12, 12), kernel_size=4, stride=2, padding=1, in_channels=64,
                       out_channels=8),
    # a small plane: the "channels" orientation (vectors over output channels)
    TransposedConvSpec(in_size=(4, 5), kernel_size=4, stride=2, padding=1, in_channels=40,
                       out_channels=64),
    # a stride-1 convolution reads its input with step 1 too
    ConvSpec(in_size=(10, 9), kernel_size=3, padding=1, in_channels=32, out_channels=16),
    # a strided convolution reads its input with step 2 (packed with a strided gather)
    ConvSpec(in_size=(11, 16), kernel_size=3, stride=2, padding=1, in_channels=24,
             out_channels=40),
    # 1-D, stride 3, a ragged last phase (out_len not a multiple of the stride)
    TransposedConvSpec(in_size=50, kernel_size=7, stride=3, padding=2, output_padding=2,
                       in_channels=16, out_channels=33),
    # no border zeros, 40 positions a sample: passes of 1-2 samples over the runs, larger
    # passes on the positions tile
    TransposedConvSpec(in_size=40, kernel_size=2, stride=2, in_channels=24, out_channels=32),
    # runs of 2 and 3 positions: too narrow for the channels tile over the runs (packed)
    TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1, in_channels=256,
                       out_channels=32),
]


def _ids(spec):
    return f"{type(spec).__name__}{spec.ndim}d_{spec.in_channels}_{spec.out_channels}"


@pytest.mark.parametrize("spec", CASES, ids=_ids)
def test_gemm_form_is_chosen_and_matches_scipy(spec, tmp_path):
    for dtype in ("float32", "float64"):
        art = generate(spec, lang="c", dtype=dtype, out_dir=tmp_path, name=f"g_{dtype}")
        assert "GEMM form" in art.source
        batches = [1, 3]  # one sample: the channels micro-kernel where it exists
        if art.plan.lowering.lanes:  # a whole vector of samples in lanes, the rest by rows
            batches.append(art.plan.lowering.vl + 2)
        for batch in batches:
            assert art.verify(batch=batch) < 1e-4  # integers exact, floats within TOLERANCES


SCATTER_CASES = [
    TransposedConvSpec(in_size=(12, 12), kernel_size=4, stride=2, padding=1, in_channels=64,
                       out_channels=3),
    TransposedConvSpec(in_size=30, kernel_size=9, padding=3, dilation=2, in_channels=40,
                       out_channels=2),
    TransposedConvSpec(in_size=(6, 7), kernel_size=5, stride=(1, 2), padding=2,
                       output_padding=(0, 1), in_channels=64, out_channels=4, groups=2),
    TransposedConvSpec(in_size=(5, 6, 7), kernel_size=3, stride=2, padding=1, in_channels=48,
                       out_channels=1),
    ConvSpec(in_size=(12, 11), kernel_size=3, padding=1, in_channels=64, out_channels=3),
]


def test_the_cases_cover_lanes_runs_and_phases_without_a_covering_tap():
    forms = [gemm.gemm_form(make_plan(spec, lang="c", dtype=dtype))
             for spec in CASES for dtype in ("float32", "float64")]
    assert any(f.lanes for f in forms) and any(f.channel_runs for f in forms)
    assert any(f.channel_runs and not all(p.run_cover for p in f.phases) for f in forms)
    assert any(f.channels and f.runs and not f.channel_runs for f in forms)  # RUN_MIN_TILE
    assert any(f.runs_every_pass for f in forms)  # RUN_ALL_MIN_WASTE
    assert any(f.channel_runs and not f.runs_every_pass for f in forms)
    assert any(rows > 1 for f in forms for rows, _ in f.tile_kinds)  # tiles of several runs
    assert not any(f.runs for f in forms if f.in_step != 1)  # strided reads: packed only


def _tile_reads(form, pt):
    """(position, input offset) of every position the run tiles of (phase, tap) pt hold."""
    return sorted((t.pos + r * form.row_len + u, t.offset + r * t.row_step + u)
                  for t in form.run_tiles[pt.tile_first:pt.tile_first + pt.tile_count]
                  for r in range(t.rows) for u in range(t.width))


def test_run_tiles_hold_exactly_the_runs():
    deep = TransposedConvSpec(in_size=(4, 4), kernel_size=4, stride=2, padding=1,
                              in_channels=64, out_channels=32)
    for spec in [*CASES, deep]:
        form = gemm.gemm_form(make_plan(spec, lang="c", dtype="float32"))
        if not (form.channels and form.runs):
            continue
        for pt in form.phase_taps:
            runs = form.runs[pt.run_first:pt.run_first + pt.run_count]
            want = sorted((r.pos + u, r.offset + u) for r in runs for u in range(r.count))
            assert _tile_reads(form, pt) == want
            assert all(t.rows * t.width <= form.pr for t in
                       form.run_tiles[pt.tile_first:pt.tile_first + pt.tile_count])
    # a 4 x 4 plane: a tap reading 3 of every 4 positions is one tile of 4 rows x 3, not 4
    # tiles of 3 (which reloaded the weight panel every 3 positions: packed was faster)
    form = gemm.gemm_form(make_plan(deep, lang="c", dtype="float32"))
    assert form.channel_runs and (4, 3) in form.tile_kinds and (3, 3) in form.tile_kinds


@pytest.mark.parametrize("size, kernel, stride, padding, lanes_cover", [
    ((8, 8), 4, 2, 1, True),  # DCGAN-like: every phase has a tap that reads every position
    ((6, 6), 4, 2, 0, False),  # no tap of some phase reads every position: tiles zeroed
])
def test_runs_execute_exactly_the_nonzeros(size, kernel, stride, padding, lanes_cover,
                                           tmp_path):
    spec = TransposedConvSpec(in_size=size, kernel_size=kernel, stride=stride,
                              padding=padding, in_channels=16, out_channels=32)
    plan = make_plan(spec, lang="c", dtype="float32")
    form = gemm.gemm_form(plan)
    assert form.lanes and form.channel_runs
    assert all(p.run_cover for p in form.phases) is lanes_cover
    # the packed blocks compute border zeros; the runs only what reads the input
    assert form.executed_macs > plan.nnz and form.run_macs == plan.nnz
    assert all(r.pos >= 0 and r.pos + r.count <= form.sample_stride for r in form.runs)
    art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="runs")
    assert "lanes:" in art.source and "_channel_runs(" in art.source
    for batch in (1, 16, 33):  # channels tile over runs; lanes; lanes twice + 1 by runs
        assert art.verify(batch=batch) < 1e-4


def test_every_pass_runs_over_the_runs_where_packed_blocks_compute_border_zeros(tmp_path):
    # pix2pix-like (k4 s2 p1 on a plane too large for lanes): packed blocks would compute
    # 1.2x the nonzeros, so every pass, not only the small ones, reads the runs in place
    spec = TransposedConvSpec(in_size=(10, 10), kernel_size=4, stride=2, padding=1,
                              in_channels=24, out_channels=32)
    plan = make_plan(spec, lang="c", dtype="float32")
    form = gemm.gemm_form(plan)
    assert form.runs_every_pass and not form.lanes and form.samples == 5
    assert form.waste >= gemm.RUN_ALL_MIN_WASTE and form.run_macs == plan.nnz
    assert "every pass, over the runs of each tap" in form.describe()
    art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="every")
    assert "const int by_channels = 1;" in art.source
    for batch in (1, 7):  # one pass; a full pass of 5 samples and one of 2
        assert art.verify(batch=batch) < 1e-4
    # with no border zeros to save (one tap per phase), the positions tile stays
    flat = TransposedConvSpec(in_size=(8, 8, 8), kernel_size=2, stride=2, in_channels=64,
                              out_channels=32)
    kept = gemm.gemm_form(make_plan(flat, lang="c", dtype="float32"))
    assert kept.waste == 1.0 and kept.runs_qualify and not kept.runs_every_pass
    assert not kept.channel_runs  # one sample has 512 positions per phase: never small


def test_run_tiles_are_bounded():
    # a 32^3 volume would need 180,000 run tiles (4.5 MB of static tables): packed instead
    spec = TransposedConvSpec(in_size=(32, 32, 32), kernel_size=4, stride=2, padding=1,
                              in_channels=64, out_channels=32)
    form = gemm.gemm_form(make_plan(spec, lang="c", dtype="float32"))
    assert len(form.run_tiles) > gemm.MAX_RUN_TILES and form.waste > 1.04
    assert not form.runs_qualify and not form.channel_runs and not form.runs_every_pass


def test_input_gradient_of_a_strided_transposed_conv_is_a_strided_gemm(tmp_path):
    # the input gradient of a stride-2 transposed convolution is a stride-2 convolution: one
    # phase, its input read with step 2 by the packing of B
    spec = TransposedConvSpec(in_size=(6, 7), kernel_size=4, stride=2, padding=1,
                              in_channels=16, out_channels=24)
    plan = make_plan(spec, lang="c", dtype="float64", derivative="input")
    form = gemm.gemm_form(plan)
    assert form is not None and form.in_step == 2 and len(form.phases) == 1
    art = generate(spec, lang="c", dtype="float64", derivative="input", out_dir=tmp_path,
                   name="dx")
    assert "GEMM form" in art.source
    for batch in (1, 4):
        assert art.verify(batch=batch) < 1e-12


def test_rows_are_packed_in_chunks_across_samples(tmp_path):
    # many input channels: a packed block holds 20 rows, a sample 9, a pass 4 samples: chunks
    # of 20, 16 rows start inside a sample and span several
    spec = TransposedConvSpec(in_size=(9, 12), kernel_size=3, stride=2, padding=1,
                              output_padding=1, in_channels=256, out_channels=8)
    form = gemm.gemm_form(make_plan(spec, lang="c", dtype="float64"))
    assert (form.chunk_rows, form.rows_per_sample, form.samples) == (20, 9, 4)
    art = generate(spec, lang="c", dtype="float64", out_dir=tmp_path, name="chunks")
    for batch in (1, 3):
        assert art.verify(batch=batch) < 1e-12


def test_no_halo_products_on_small_planes():
    # a 4x4 input, k4 s2 p1: the first GEMM form computed a zero-haloed 6x6 plane per sample
    # (1.8x the structural nonzeros); packed phase positions compute only border zeros
    spec = TransposedConvSpec(in_size=(4, 4), kernel_size=4, stride=2, padding=1,
                              in_channels=512, out_channels=256)
    form = gemm.gemm_form(make_plan(spec, lang="c", dtype="float32"))
    assert form.executed_macs == 4 * 4 * 256 * 512 * 16  # 4 phases x 4 taps x 4x4 positions
    # structurally 14 of the 16 (tap, position) pairs per axis read the input (the border
    # taps of the first and last position read padding): (16/14)^2 = 1.31 executed per nonzero
    assert form.nnz == 14 * 14 * 256 * 512
    assert form.grid == (4, 4) and form.sample_stride == 16


@pytest.mark.parametrize("spec", SCATTER_CASES, ids=_ids)
def test_scatter_form_is_chosen_and_matches_scipy(spec, tmp_path):
    for dtype in ("float32", "float64"):
        art = generate(spec, lang="c", dtype=dtype, out_dir=tmp_path, name=f"s_{dtype}")
        assert "scatter GEMM form" in art.source
        for batch in (1, 3):
            assert art.verify(batch=batch) < 1e-4


def test_scatter_form_packs_once_and_bakes_a_table(tmp_path):
    spec = TransposedConvSpec(in_size=(12, 12), kernel_size=4, stride=2, padding=1,
                              in_channels=128, out_channels=3)  # > MAX_SPARSE_BAKED weights
    fn = generate(spec, lang="c", dtype="float64", out_dir=tmp_path, name="sc").load()
    rng = np.random.default_rng(5)
    x = rng.integers(-3, 4, size=(2, *spec.in_shape)).astype(np.float64)
    w = rng.integers(-3, 4, size=spec.weight_shape).astype(np.float64)
    want, _ = reference(make_plan(spec, lang="c", name="sc"), [x, w])
    np.testing.assert_array_equal(fn(x, fn.prepare(w)), want)
    baked = generate(spec, lang="c", dtype="float64", weights=w, out_dir=tmp_path, name="scb")
    assert "_packed_table[" in baked.source
    np.testing.assert_array_equal(baked.load()(x), want)


def test_both_micro_kernels_are_tested():
    forms = [gemm.gemm_form(make_plan(s, lang="c", dtype=dt))
             for s in CASES for dt in ("float32", "float64")]
    assert {f.channels for f in forms} == {True, False}  # verify() runs batch 1 and 3 below


def test_rule_leaves_small_and_one_channel_kernels_alone():
    tiny = make_plan(TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2), lang="c",
                     strategy="polyphase")
    one_out = make_plan(TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3,
                                           in_channels=32), lang="c")
    weight_grad = make_plan(CASES[0], lang="c", derivative="weight")
    for plan in (tiny, one_out, weight_grad):
        assert gemm.gemm_form(plan) is None
    form = gemm.gemm_form(make_plan(CASES[0], lang="c"))
    assert 1.0 <= form.waste <= gemm.MAX_WASTE
    # executed MACs: every (phase, tap) over the flat span of its phase, never fewer than nnz
    assert form.executed_macs >= make_plan(CASES[0], lang="c").nnz


def test_prepare_packs_once_and_gives_the_same_numbers(tmp_path):
    spec = CASES[3]
    fn = generate(spec, lang="c", dtype="float64", out_dir=tmp_path, name="grp").load()
    rng = np.random.default_rng(1)
    x = rng.integers(-3, 4, size=(2, *spec.in_shape)).astype(np.float64)
    w = rng.integers(-3, 4, size=spec.weight_shape).astype(np.float64)
    packed = fn.prepare(w)
    assert isinstance(packed, PackedWeights) and packed.kernel == "grp"
    plan = make_plan(spec, lang="c", name="grp")
    want, _ = reference(plan, [x, w])
    np.testing.assert_array_equal(fn(x, packed), want)  # integers: exact
    np.testing.assert_array_equal(fn(x, w), want)
    assert packed.data.size == gemm.gemm_form(plan).group_pack * spec.groups
    other = generate(CASES[0], lang="c", dtype="float64", out_dir=tmp_path, name="oth").load()
    with pytest.raises(ValueError, match="packed for 'grp'"):
        other(np.zeros((1, *CASES[0].in_shape)), packed)
    with pytest.raises(ValueError, match="w must have shape"):
        fn.prepare(np.zeros(3))


def test_baked_weights_are_a_packed_table(tmp_path):
    spec = CASES[2]  # more than MAX_SPARSE_BAKED nonzero weights: not the sparse form
    w = np.random.default_rng(2).integers(-2, 3, size=spec.weight_shape).astype(np.float32)
    art = generate(spec, lang="c", dtype="float32", weights=w, out_dir=tmp_path, name="bk")
    assert "_packed_table[" in art.source
    assert art.verify() < 1e-5
    # weight sub-panels (the positions tile's 8 rows contiguous in a 32-row panel): the
    # table packed in Python (pack_weights) reads as NAME_pack's layout
    spec = CASES[7]
    w = np.random.default_rng(2).integers(-2, 3, size=spec.weight_shape).astype(np.float32)
    art = generate(spec, lang="c", dtype="float32", weights=w, out_dir=tmp_path, name="bk2")
    form = art.plan.lowering
    assert "_packed_table[" in art.source and form.apanel == form.pmr < form.mr
    assert art.verify(batch=3) < 1e-5


@pytest.mark.parametrize("spec", [
    CASES[0],
    # tiles of several runs whose rows read the input 6 apart on a phase grid 7 wide
    TransposedConvSpec(in_size=(6, 6), kernel_size=4, stride=2, in_channels=16,
                       out_channels=32),
], ids=["ragged", "row_step"])
def test_caller_workspace_and_plain_c99_fallback(spec, tmp_path):
    art = generate(spec, lang="c", dtype="float64", out_dir=tmp_path, name="ws")
    plan = art.plan
    rng = np.random.default_rng(3)
    x = rng.integers(-3, 4, size=(5, *spec.in_shape)).astype(np.float64)
    w = rng.integers(-3, 4, size=spec.weight_shape).astype(np.float64)
    want, _ = reference(plan, [x, w])
    form = gemm.gemm_form(plan)
    for extra in ((), ("-DTCONV_SYM_NO_VECTOR_EXTENSIONS",)):
        headers = {n: t for n, t in art.texts.items() if n.endswith(".h")}
        lib = ctypes.CDLL(str(compile_c(art.source, f"ws{len(extra)}", flags=FLAGS + extra,
                                        directory=tmp_path, headers=headers)))
        packed = np.empty(form.group_pack * spec.groups)
        ptr = ctypes.c_void_p
        lib.ws_pack(ctypes.c_long(0), ptr(w.ctypes.data), ptr(packed.ctypes.data))
        ws = np.full(form.workspace_elems, np.nan)  # any contents
        y = np.empty(want.shape)
        lib.ws_packed_ws(ctypes.c_long(5), ptr(x.ctypes.data), ptr(packed.ctypes.data),
                         ptr(y.ctypes.data), ptr(ws.ctypes.data))
        np.testing.assert_array_equal(y, want)


def test_compile_warning_free_with_strict_flags(tmp_path):
    from tconv_sym.codegen.clang import WARNING_FLAGS

    for spec in (CASES[0], SCATTER_CASES[0], FUSED_CASES[2]):  # FUSED: no channels tile
        art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path,
                       name=f"strict_{spec.out_channels}")
        assert f'#include "{art.name}.h"' in art.source
        assert not re.search(r"\blong\b(?! [nb]\b)", art.source)  # fixed-width indices
        for extra in ([], ["-DTCONV_SYM_NO_VECTOR_EXTENSIONS"]):
            proc = subprocess.run(["gcc", *WARNING_FLAGS, "-O2", *extra, "-c",
                                   str(art.paths[0]), "-o", str(tmp_path / "k.o")],
                                  capture_output=True, text=True)
            assert proc.returncode == 0 and not proc.stderr, proc.stderr


def test_compiles_as_plain_c99_for_aarch64(tmp_path):
    cc = require_tool("aarch64-linux-gnu-gcc")
    art = generate(CASES[1], lang="c", dtype="float32", out_dir=tmp_path, name="arm")
    for extra in ([], ["-DTCONV_SYM_NO_VECTOR_EXTENSIONS"]):
        subprocess.run([cc, "-std=c99", "-O2", "-Wall", "-Werror", "-pedantic", "-c", *extra,
                        str(art.paths[0]), "-o", str(tmp_path / "arm.o")], check=True,
                       capture_output=True)
    assert shutil.which(cc)


def test_threads_give_the_same_bits(tmp_path):
    spec = CASES[0]
    art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="thr")
    rng = np.random.default_rng(4)
    x = rng.standard_normal((3, *spec.in_shape)).astype(np.float32)
    w = rng.standard_normal(spec.weight_shape).astype(np.float32)
    one, four = art.load(), art.load(threads=4)
    assert four is not one
    np.testing.assert_array_equal(four(x, four.prepare(w)), one(x, one.prepare(w)))
    np.testing.assert_array_equal(four(x[:1], w), one(x[:1], w))  # the channels tile
    x = rng.standard_normal((17, *spec.in_shape)).astype(np.float32)  # lanes + 1 by rows
    assert art.plan.lowering.lanes
    np.testing.assert_array_equal(four(x, four.prepare(w)), one(x, one.prepare(w)))
    with pytest.raises(ValueError, match="threads must be a positive integer"):
        art.load(threads=0)
    with pytest.raises(TypeError, match="threads must be an integer"):
        art.load(threads=2.5)
    numpy_art = generate(spec, lang="numpy", out_dir=tmp_path, name="thr_np")
    with pytest.raises(ValueError, match="needs a C kernel"):
        numpy_art.load(threads=2)


def test_packed_calls_keep_one_workspace_per_thread(tmp_path):
    # fn(x, packed) runs NAME_packed_ws with a workspace kept per thread: concurrent calls
    # (the GIL is released in the kernel) each get their own and the right numbers
    import threading

    spec = CASES[0]
    fn = generate(spec, lang="c", dtype="float64", out_dir=tmp_path, name="ws_kept").load()
    rng = np.random.default_rng(5)
    w = rng.integers(-3, 4, size=spec.weight_shape).astype(np.float64)
    packed = fn.prepare(w)
    xs = [rng.integers(-3, 4, size=(3, *spec.in_shape)).astype(np.float64) for _ in range(4)]
    want = [fn(x, w) for x in xs]  # unpacked weights: NAME allocates its own workspace
    got = [None] * len(xs)

    def work(i):
        for _ in range(20):
            got[i] = fn(xs[i], packed)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(xs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for g, wnt in zip(got, want):
        np.testing.assert_array_equal(g, wnt)


FUSED_CASES = [
    # k = s, 2-D: more input channels than one cache block even at FUSED_SLIVER_BYTES
    # (partial sums in the phase tile first), output channels not a multiple of the weight
    # panel (padded rows not stored)
    TransposedConvSpec(in_size=(2, 16), kernel_size=(3, 2), stride=(3, 2), in_channels=1400,
                       out_channels=40),
    # k = s, 1-D, rows of 40 positions: vectors across two rows stored lane by lane
    TransposedConvSpec(in_size=40, kernel_size=4, stride=4, in_channels=24, out_channels=32),
    # k = s, 3-D
    TransposedConvSpec(in_size=(3, 2, 16), kernel_size=2, stride=2, in_channels=16,
                       out_channels=8),
]


@pytest.mark.parametrize("spec", FUSED_CASES, ids=_ids)
def test_kernel_equal_to_stride_fuses_the_pixel_shuffle_into_the_store(spec, tmp_path,
                                                                        monkeypatch):
    rng = np.random.default_rng(6)
    x = rng.standard_normal((5, *spec.in_shape)).astype(np.float32)
    w = rng.standard_normal(spec.weight_shape).astype(np.float32)
    art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="fused")
    form = art.plan.lowering
    assert form.fused_store and "pixel shuffle fused into the store" in art.source
    assert form.store_group == spec.stride[-1]
    # one block of input channels where the input sliver fits FUSED_SLIVER_BYTES
    assert (form.kc == spec.in_channels) == (spec.in_channels * form.nr * 4
                                             <= gemm.FUSED_SLIVER_BYTES)
    assert form.workspace_elems >= form.b_elems + form.tile_elems + form.store_elems
    fused, fused2 = art.load(), art.load(threads=2)
    got = fused(x, w)
    assert got.ctypes.data % 64 == 0 and got.flags.c_contiguous  # whole lines: streamed
    # the same sums in the same order as the phase tiles + interleave pass: the same bits
    with monkeypatch.context() as m:
        m.setattr(gemm, "_fuse_store", lambda form, axes: form)
        plain = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="unfused")
    assert not plain.plan.lowering.fused_store and "pixel shuffle" not in plain.source
    np.testing.assert_array_equal(got, plain.load()(x, w))
    np.testing.assert_array_equal(fused2(x, w), got)  # two threads: the same bits
    for batch in (1, 3):
        assert art.verify(batch=batch) < 1e-4
    # the fallbacks (no zip in registers, no streaming stores, plain C99): exact on integers
    xi = rng.integers(-3, 4, size=(3, *spec.in_shape)).astype(np.float64)
    wi = rng.integers(-3, 4, size=spec.weight_shape).astype(np.float64)
    art64 = generate(spec, lang="c", dtype="float64", out_dir=tmp_path, name="f64")
    assert art64.plan.lowering.fused_store
    want, _ = reference(art64.plan, [xi, wi])
    headers = {n: t for n, t in art64.texts.items() if n.endswith(".h")}
    # (streamed stores from 0 bytes on: the test's small outputs take that path too)
    for extra in ((), ("-DTCONV_SYM_STREAM_BYTES=0",), ("-DTCONV_SYM_NO_STREAM",),
                  ("-DTCONV_SYM_NO_VECTOR_EXTENSIONS",)):
        lib = ctypes.CDLL(str(compile_c(art64.source, f"f64{len(extra)}{len(''.join(extra))}",
                                        flags=FLAGS + extra, directory=tmp_path,
                                        headers=headers)))
        y = aligned_empty(want.shape, np.float64)  # rows on cache lines: streamable
        y[...] = np.nan
        lib.f64(ctypes.c_long(3), ctypes.c_void_p(xi.ctypes.data),
                ctypes.c_void_p(wi.ctypes.data), ctypes.c_void_p(y.ctypes.data))
        np.testing.assert_array_equal(y, want)


def test_pixel_shuffle_is_fused_only_where_kernel_equals_stride():
    fused = [make_plan(s, lang="c").lowering.fused_store for s in FUSED_CASES]
    assert fused == [True, True, True]
    # k = 2s with padding: several taps per phase, the output cropped: phase tiles
    spec = TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
                              in_channels=64, out_channels=32)
    assert not make_plan(spec, lang="c").lowering.fused_store
    # k = s but rows shorter than a vector (4 positions): phase tiles
    assert not make_plan(CASES[2], lang="c").lowering.fused_store


def test_scatter_form_threads_give_the_same_bits(tmp_path):
    # one parallel region per call: the input copy, the GEMM tiles and the col2im (by output
    # channel) shared out in turn; every element the same sum in the same order
    for i, spec in enumerate(SCATTER_CASES[:3]):
        art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name=f"sthr{i}")
        assert art.plan.schedule == "gemm-scatter"
        assert "omp parallel num_threads" in art.source and "parallel for" not in art.source
        rng = np.random.default_rng(7)
        x = rng.standard_normal((3, *spec.in_shape)).astype(np.float32)
        w = rng.standard_normal(spec.weight_shape).astype(np.float32)
        one, two = art.load(), art.load(threads=2)
        got = two(x, w)
        np.testing.assert_array_equal(got, one(x, w))
        want, _ = reference(art.plan, [x.astype(np.float64), w.astype(np.float64)])
        np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)


def _body(source: str, signature: str) -> str:
    """The text of the C function whose definition starts with ``signature``."""
    start = source.index(signature)
    return source[start:source.index("\n}\n", start)]


@pytest.mark.parametrize("kind, spec", [
    ("gemm", TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
                                in_channels=512, out_channels=256)),
    ("gemm-scatter", TransposedConvSpec(in_size=(32, 32), kernel_size=4, stride=2, padding=1,
                                        in_channels=256, out_channels=3)),
], ids=["gemm", "scatter"])
def test_workspace_entry_keeps_nothing_large_on_the_stack(kind, spec, tmp_path):
    """NAME_packed_ws reads the caller's packed weights and takes every buffer from ws (no
    allocation); by -fstack-usage its frame plus its deepest helper's is under 1 KiB where
    the target holds the 64-byte register tile in registers (AVX-512: the tile loops are
    unrolled). Without AVX-512 the same tile spills (the check can fail there), still
    within the plan's stack figure; the workspace figure is the header's."""
    from tconv_sym.codegen.memory import measure_memory

    require_tool("gcc")
    if platform.machine().lower() not in ("x86_64", "amd64"):
        pytest.skip("-mavx512f needs an x86-64 gcc")
    art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="big",
                   fast="never")
    plan = art.plan
    assert plan.schedule == kind
    ws_entry = _body(art.source, "void big_packed_ws(")
    assert "TCONV_SYM_ALLOC" not in ws_entry and "malloc" not in ws_entry
    assert "TCONV_SYM_ALLOC(" in _body(art.source, "void big_packed(")  # the convenience
    for flags in (["-O2", "-mavx512f"], ["-Os", "-mavx512f"], ["-O3", "-mavx512f"]):
        got = measure_memory(art.paths[0], "big_packed_ws", "gcc", flags)
        assert got.stack_bytes <= 1024, (flags, got)
    spilled = measure_memory(art.paths[0], "big_packed_ws", "gcc", ["-O2"]).stack_bytes
    assert 1024 < spilled <= plan.memory.stack_bytes
    # the workspace: the plan's figure, the header's NAME_WORKSPACE_BYTES (one thread)
    size = np.dtype(plan.dtype).itemsize
    assert plan.memory.workspace_bytes == -(-plan.lowering.workspace_elems * size // 64) * 64
    assert f"(({plan.lowering.workspace_elems}L * (int64_t)sizeof(float) + 63) / 64 * 64)" in \
        art.texts["big.h"]
