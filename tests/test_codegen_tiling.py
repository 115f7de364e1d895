"""Regions and register tiles of the polyphase C kernel: exact cover, exact tap sets, tile rules;
and the lean call path of compiled kernels (fast path = slow path, errors still clear)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from codegen_support import has_cc

from tconv_sym import ConvSpec, TransposedConvSpec, generate
from tconv_sym.codegen import gemm_scatter
from tconv_sym.codegen.compile import BOX_GCC_FLAGS, gcc_flags_for
from tconv_sym.codegen.plan import make_plan
from tconv_sym.codegen.tiling import STACK_BYTES, chunks, regions, tiling, with_flat_taps
from tconv_sym.structure import operator_structure

SPECS = [
    TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1),
    TransposedConvSpec(in_size=(3, 4), kernel_size=(3, 2), stride=(2, 3), padding=((1, 0), (0, 2)),
                       dilation=(2, 1), output_padding=(1, 0)),
    TransposedConvSpec(in_size=4, kernel_size=3, stride=5, output_padding=2),  # empty phases
    TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3),
    ConvSpec(in_size=(7, 6), kernel_size=3, stride=(2, 3), padding=(1, 2), dilation=(1, 2)),
    TransposedConvSpec(in_size=(2, 3, 2), kernel_size=2, stride=2, padding=1, mode="convolution"),
]


def _entries_from_regions(plan, regs=None):
    """(out, in, tap) triples spelled out from the regions (one channel pair)."""
    got = []
    covered = []
    if regs is None:
        regs = with_flat_taps(regions(plan.axes), plan.spec.kernel_size)
    for r in regs:
        for u in np.ndindex(*r.extent):
            pos = tuple(s + v for s, v in zip(r.start, u))
            out = tuple(p + ax.out_step * v for p, ax, v in zip(r.phase, plan.axes, pos))
            o = np.ravel_multi_index(out, [ax.out_len for ax in plan.axes])
            covered.append(int(o))
            for t in r.taps:
                inp = tuple(ax.in_step * v + off for ax, v, off in zip(plan.axes, pos, t.offset))
                got.append((int(o), int(np.ravel_multi_index(inp, [ax.in_len for ax in plan.axes])),
                            t.tap))
    return got, covered


@pytest.mark.parametrize("spec", SPECS, ids=repr)
@pytest.mark.parametrize("derivative", [None, "input"])
def test_regions_are_exactly_the_tap_basis_and_cover_every_output_once(spec, derivative):
    plan = make_plan(spec, lang="c", strategy="polyphase", derivative=derivative, name="k")
    basis = operator_structure(spec)
    rows, cols = basis.rows, basis.cols
    if (plan.kind == "CT") == isinstance(spec, ConvSpec):
        rows, cols = cols, rows  # the kernel applies the transpose of the spec's operator
    want = set(zip(rows.tolist(), cols.tolist(), basis.taps.tolist()))
    got, covered = _entries_from_regions(plan)
    assert len(got) == len(set(got)) == basis.nnz  # every nonzero once, nothing else
    assert set(got) == want
    n_out = math.prod(ax.out_len for ax in plan.axes)
    assert sorted(covered) == list(range(n_out))  # each output written exactly once


def test_a_shifted_region_would_be_caught():
    # the check above is not vacuous: a region moved by one position fails it
    plan = make_plan(SPECS[0], lang="c", strategy="polyphase", name="k")
    regs = list(with_flat_taps(regions(plan.axes), plan.spec.kernel_size))
    r = regs[0]
    regs[0] = type(r)(r.phase, (r.start[0], r.start[1] + 1), r.extent, r.taps)
    got, covered = _entries_from_regions(plan, regs)
    assert sorted(covered) != list(range(256))


def test_tiling_rules():
    t = tiling(64, 128, 4, "float32")
    assert (t.mode, t.block, t.pack) == ("channels", 64, True)
    assert t.pack_elems * 4 <= STACK_BYTES
    assert tiling(64, 128, 4, "float64").block == 32  # 4 taps x 128 x 32 x 8 B = 128 KiB
    assert tiling(1, 32, 49, "float32").mode == "spatial"
    assert tiling(16, 8, 4, "float32").block == 8  # never 9..16 (see tiling._block)
    big = tiling(64, 4096, 49, "float64")
    assert not big.pack and big.pack_elems == 0  # too large for the stack: read in place
    assert tiling(3, 4, 4, "float32", last_in_step=2).mode == "channels"  # strided input


def test_chunks_cover_the_row():
    for width in range(1, 80):
        for step, vec in ((32, True), (4, False)):
            parts = chunks(width, step, vec)
            seen = []
            for start, count, stop in parts:
                if stop is None:
                    seen += range(start, start + count)
                else:
                    for j in range(start, stop, count):
                        seen += range(j, j + count)
                if vec and stop is None:
                    assert not 9 <= count <= 16
            assert seen == list(range(width)), (width, step)


def test_gemm_kernels_are_built_without_the_peeling_limit():
    spec = SPECS[0]
    assert gcc_flags_for(make_plan(spec, lang="c", strategy="polyphase", name="k")) == ()
    assert gcc_flags_for(make_plan(spec, lang="c", strategy="polyphase", derivative="weight",
                                   name="k")) == BOX_GCC_FLAGS


def test_stack_buffer_is_declared_with_the_planned_size(tmp_path, monkeypatch):
    from test_codegen_small_devices import _register_tiled_kernels

    spec = TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
                              in_channels=128, out_channels=64)
    # the GEMM form (packed panels, no stack buffer), also for the input gradient (a
    # stride-2 convolution: its input packed with a strided gather)
    for derivative in (None, "input"):
        art = generate(spec, lang="c", strategy="polyphase", derivative=derivative,
                       out_dir=tmp_path, name="dc")
        assert "GEMM form" in art.source and "wk[" not in art.source
    # without the GEMM forms: register tiles with the packed weights in the caller's
    # workspace (dcx_ws; dcx takes it from TCONV_SYM_ALLOC), not on the stack
    _register_tiled_kernels(monkeypatch)
    art = generate(spec, lang="c", strategy="polyphase", derivative="input", out_dir=tmp_path,
                   name="dcx")
    assert "double wk[" not in art.source
    assert "double *restrict wk = (double *)ws;  /* [tap][in channel][out channel]: 8192 " \
        "elements of the workspace */" in art.source  # 16 taps x 64 in x 8 out = 64 KiB
    assert art.plan.memory.workspace_bytes == 8192 * 8 < art.plan.memory.stack_bytes + 65536
    assert "#define DCX_WORKSPACE_BYTES 65536u" in art.texts["dcx.h"]
    assert "channels-vectorised register tiles of 4 positions x 8 output channels" in \
        art.source


# ----------------------------------------------------------------------------------------
# the lean call path
# ----------------------------------------------------------------------------------------
needs_cc = pytest.mark.skipif(not has_cc(), reason="no C compiler")


@needs_cc
@pytest.mark.parametrize("derivative", [None, "weight"])
def test_fast_and_slow_paths_agree(derivative, tmp_path):
    spec = TransposedConvSpec(in_size=(5, 4), kernel_size=3, stride=2, padding=1,
                              in_channels=3, out_channels=2)
    art = generate(spec, lang="c", derivative=derivative, out_dir=tmp_path, name="k")
    fn = art.load()
    rng = np.random.default_rng(1)
    shapes = [((2, *a.shape) if a.batched else a.shape) for a in art.plan.args]
    arrays = [rng.standard_normal(s) for s in shapes]
    fast = fn(*arrays)
    fortran = [np.asfortranarray(a) for a in arrays]  # not C-contiguous: the checked path
    as_lists = [a.tolist() for a in arrays]  # not arrays: converted
    as_f32 = [a.astype(np.float32) for a in arrays]  # other dtype: converted
    np.testing.assert_array_equal(fn(*fortran), fast)
    np.testing.assert_array_equal(fn(*as_lists), fast)
    np.testing.assert_allclose(fn(*as_f32), fast, rtol=1e-6, atol=1e-6)
    strided = [np.repeat(a, 2, axis=-1)[..., ::2] for a in arrays]  # a strided view
    np.testing.assert_array_equal(fn(*strided), fast)
    assert art.verify() <= 1e-12


@needs_cc
def test_fast_path_still_rejects_bad_arguments(tmp_path):
    spec = TransposedConvSpec(in_size=(4, 4), kernel_size=3, in_channels=2)
    fn = generate(spec, lang="c", out_dir=tmp_path, name="k").load()
    w = np.zeros(spec.weight_shape)
    with pytest.raises(ValueError, match=r"x must have shape \('n', 2, 4, 4\), got \(1, 3, 4, 4\)"):
        fn(np.zeros((1, 3, 4, 4)), w)
    with pytest.raises(ValueError, match=r"x must have shape .* got \(2, 4, 4\)"):
        fn(np.zeros((2, 4, 4)), w)  # rank
    with pytest.raises(ValueError, match=r"w must have shape \(2, 1, 3, 3\), got \(2, 1, 3\)"):
        fn(np.zeros((1, 2, 4, 4)), np.zeros((2, 1, 3)))
    with pytest.raises(TypeError, match="x must be a real numeric array, got dtype complex128"):
        fn(np.zeros((1, 2, 4, 4), dtype=complex), w)
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'w'"):
        fn(np.zeros((1, 2, 4, 4)))
    gw = generate(spec, lang="c", derivative="weight", out_dir=tmp_path, name="kw").load()
    with pytest.raises(ValueError, match="disagree on the batch size"):
        gw(np.zeros((2, 2, 4, 4)), np.zeros((3, 1, 6, 6)))
    assert fn(np.zeros((0, 2, 4, 4)), w).shape == (0, 1, 6, 6)  # empty batch


@pytest.mark.parametrize("spec", SPECS, ids=repr)
def test_whole_row_regions_are_exactly_the_tap_basis(spec):
    # split_last=False: each tap valid on [lo, hi) of a whole row
    plan = make_plan(spec, lang="c", strategy="polyphase", name="k")
    basis = operator_structure(spec)
    rows, cols = basis.rows, basis.cols
    if isinstance(spec, TransposedConvSpec) != (plan.kind == "CT"):
        rows, cols = cols, rows
    want = set(zip(rows.tolist(), cols.tolist(), basis.taps.tolist()))
    got = set()
    for r in with_flat_taps(regions(plan.axes, split_last=False), spec.kernel_size):
        for u in np.ndindex(*r.extent):
            pos = tuple(s + v for s, v in zip(r.start, u))
            out = tuple(p + ax.out_step * v for p, ax, v in zip(r.phase, plan.axes, pos))
            for t in r.taps:
                if not t.lo <= u[-1] < t.hi:
                    continue
                inp = tuple(ax.in_step * v + off for ax, v, off in zip(plan.axes, pos, t.offset))
                got.add((int(np.ravel_multi_index(out, [ax.out_len for ax in plan.axes])),
                         int(np.ravel_multi_index(inp, [ax.in_len for ax in plan.axes])), t.tap))
    assert got == want


# ----------------------------------------------------------------------------------------
# "panel" tiles: few output channels, many multiplies per output (channels-last input copy)
# ----------------------------------------------------------------------------------------
def test_panel_rule():
    mnist = tiling(1, 32, 49, "float64", in_spatial=784, kernel_taps=49, macs_per_output=1382)
    assert (mnist.mode, mnist.block, mnist.positions, mnist.panel_elems) == ("panel", 1, 3, 25088)
    assert tiling(1, 32, 49, "float32", in_spatial=784, kernel_taps=49,
                  macs_per_output=1382).positions == 4
    # DCGAN 64->3: at most 4 taps x 64 channels per output -> below the threshold
    assert tiling(3, 64, 4, "float32", in_spatial=256, kernel_taps=16,
                  macs_per_output=225).mode == "spatial"
    assert tiling(1, 12, 49, "float64", in_spatial=784, kernel_taps=49,
                  macs_per_output=588).mode == "spatial"  # channels not a multiple of 8
    assert tiling(1, 32, 49, "float64", in_spatial=1024 * 1024, kernel_taps=49,
                  macs_per_output=1382).mode == "spatial"  # input copy too large for the stack
    assert tiling(16, 32, 49, "float64", in_spatial=784, kernel_taps=49,
                  macs_per_output=1382).mode == "channels"  # enough output channels


PANEL_SPECS = [
    (TransposedConvSpec(in_size=30, kernel_size=9, stride=1, padding=3, dilation=2,
                        in_channels=128, out_channels=2), "float64", None),
    (TransposedConvSpec(in_size=(9, 7), kernel_size=(5, 4), stride=(1, 2), padding=(2, 1),
                        in_channels=64, out_channels=2), "float32", None),  # 3+: GEMM form
    (TransposedConvSpec(in_size=(4, 5, 3), kernel_size=3, stride=(2, 1, 1), padding=1,
                        in_channels=64, out_channels=1), "float64", None),
    (TransposedConvSpec(in_size=(6, 6), kernel_size=5, padding=2, in_channels=64,
                        out_channels=4, groups=2), "float32", None),
    (ConvSpec(in_size=(9, 10), kernel_size=(3, 5), stride=2, dilation=(1, 2), padding=1,
              in_channels=96, out_channels=3), "float64", None),
    (TransposedConvSpec(in_size=(6, 6), kernel_size=5, padding=2, in_channels=2,
                        out_channels=64), "float32", "input"),
]


@needs_cc
@pytest.mark.parametrize("spec, dtype, derivative", PANEL_SPECS)
def test_panel_kernels_match_the_oracle(spec, dtype, derivative, tmp_path, monkeypatch):
    # few output channels now use the scatter GEMM form first; the panel tiles remain the
    # fallback (strided convolutions, input gradients, more border waste): test them as such
    monkeypatch.setattr(gemm_scatter, "MAX_WASTE", 0.0)
    art = generate(spec, lang="c", strategy="polyphase", dtype=dtype, derivative=derivative,
                   out_dir=tmp_path, name="pk")
    assert "channels-last" in art.source  # the panel form was chosen
    assert art.verify(batch=3) < (1e-5 if dtype == "float32" else 1e-12)


def test_panel_stack_buffers_are_declared_with_the_planned_sizes(tmp_path, monkeypatch):
    monkeypatch.setattr(gemm_scatter, "MAX_WASTE", 0.0)  # the fallback (see above)
    spec = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
    text = make_plan(spec, lang="c", strategy="polyphase", name="k")
    from tconv_sym.codegen.render import render

    src = render(text)["k.c"]
    # in the caller's workspace (k_ws; k takes it from TCONV_SYM_ALLOC), not on the stack
    assert "double xc[" not in src and "double wk[" not in src
    assert "double *restrict xc = (double *)ws + 1568;" in src
    assert "double *restrict wk = (double *)ws;" in src
    assert "Workspace: 25,088 input + 1,568 weight elements." in src
    assert text.memory.workspace_bytes == (25088 + 1568) * 8
    assert "static const int32_t r_ext[49][2]" in src  # one table over all 49 regions
