"""Issue 30 (float) and issue 25 item 3: the fast default call (weights packed once and
reused), phases sharing one packed input (k = s: one GEMM), one parallel region per call
(bit-identical to one thread), and the decisions the generated code depends on held in the
plan. Every kernel is checked against an oracle at real sizes (scipy.sparse through
``reference``, or PyTorch in float64 where the matrix would be large)."""

import dataclasses

import numpy as np
import pytest
from codegen_support import kernel_cache, needs_cc  # noqa: F401 - the fixture

from tconv_sym import ConvSpec, TransposedConvSpec, generate
from tconv_sym.codegen import packing, schedule
from tconv_sym.codegen.artifact import reference
from tconv_sym.codegen.plan import make_plan
from tconv_sym.codegen.reason import Reason
from tconv_sym.codegen.render import render
from tconv_sym.codegen.tiled import TiledLowering

pytestmark = needs_cc

SAM = TransposedConvSpec(in_size=(64, 64), kernel_size=2, stride=2, in_channels=256,
                         out_channels=64)  # k = s, a SAM-like mask-decoder layer
K2S = TransposedConvSpec(in_size=(12, 12), kernel_size=4, stride=2, in_channels=64,
                         out_channels=32)  # k = 2s, no padding: the phases read alike
DCGAN = TransposedConvSpec(in_size=(12, 12), kernel_size=4, stride=2, padding=1,
                           in_channels=64, out_channels=32)  # k = 2s, p = 1
VOL = TransposedConvSpec(in_size=(8, 8, 8), kernel_size=2, stride=2, in_channels=32,
                         out_channels=16)  # 3-D, k = s
LONG = TransposedConvSpec(in_size=256, kernel_size=16, stride=8, padding=4, in_channels=64,
                          out_channels=32)  # 1-D, k = 2s


def _torch_oracle(spec, x, w):
    torch = pytest.importorskip("torch")
    fn = {1: torch.nn.functional.conv_transpose1d, 2: torch.nn.functional.conv_transpose2d,
          3: torch.nn.functional.conv_transpose3d}[spec.ndim]
    assert spec == TransposedConvSpec(in_size=spec.in_size, kernel_size=spec.kernel_size,
                                      stride=spec.stride, in_channels=spec.in_channels,
                                      out_channels=spec.out_channels)  # no padding
    return fn(torch.from_numpy(x.astype(np.float64)), torch.from_numpy(w.astype(np.float64)),
              stride=spec.stride).numpy()


def _data(spec, batch, seed=0, dtype=np.float32):
    rng = np.random.default_rng(seed)
    return (rng.standard_normal((batch, *spec.in_shape)).astype(dtype),
            rng.standard_normal(spec.weight_shape).astype(dtype))


@pytest.mark.parametrize("spec, shared, pairs", [(SAM, 1, 4), (K2S, 4, 16), (DCGAN, 9, 16),
                                                 (VOL, 1, 8), (LONG, 3, 16)])
def test_phases_share_packed_inputs_and_match_the_oracle(spec, shared, pairs, tmp_path):
    plan = make_plan(spec, lang="c", dtype="float32", name="k", fast="never")
    form = plan.lowering
    assert plan.schedule == "gemm"
    assert (len(form.shared), len(form.phase_taps)) == (shared, pairs)
    # every (phase, tap) pair reads exactly one shared block; each phase's first is marked
    users = [(u.phase, u.slot) for b in form.shared for u in b.users]
    assert sorted(users) == sorted((i, t) for i, ph in enumerate(form.phases)
                                   for t in range(len(ph.taps)))
    assert sum(u.first for b in form.shared for u in b.users) == len(form.phases)
    art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="k", fast="never")
    x, w = _data(spec, 2)
    got = art.load()(x, w)
    if plan.nnz * 2 <= 20_000_000:
        want = reference(plan, [x.astype(np.float64), w.astype(np.float64)])[0]
    else:
        want = _torch_oracle(spec, x, w)
    scale = np.abs(want).max()
    np.testing.assert_allclose(got, want, rtol=0, atol=2e-5 * scale)


def test_a_false_sharing_is_caught_by_the_oracle(tmp_path):
    # the test above can fail: the same kernel with one user moved to another phase's tile
    # gives different numbers
    from tconv_sym.codegen.artifact import Artifact

    spec = TransposedConvSpec(in_size=(32, 32), kernel_size=2, stride=2, in_channels=64,
                              out_channels=32)  # every pass packs: the shared tables run
    plan = make_plan(spec, lang="c", dtype="float64", name="bad")
    form = plan.lowering
    assert not form.channel_runs and not form.lanes
    first = form.shared[0]
    moved = dataclasses.replace(first, users=(dataclasses.replace(first.users[0], phase=1),
                                              *first.users[1:]))
    bad = dataclasses.replace(plan, lowering=dataclasses.replace(
        form, shared=(moved, *form.shared[1:])))
    texts = render(bad)
    assert texts["bad.c"] != render(plan)["bad.c"]
    art = Artifact(bad, [tmp_path / name for name in texts], texts)
    x, w = _data(spec, 1, dtype=np.float64)
    np.testing.assert_allclose(generate(spec, lang="c", dtype="float64", out_dir=tmp_path,
                                        name="good").load()(x, w),
                               reference(plan, [x, w])[0], rtol=1e-12, atol=1e-12)
    assert not np.allclose(art.load()(x, w), reference(plan, [x, w])[0])


@pytest.mark.parametrize("spec", [SAM, DCGAN, VOL, LONG,
                                  TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2,
                                                     padding=1, in_channels=128,
                                                     out_channels=64)])  # lanes
def test_two_threads_give_the_bits_of_one(spec, tmp_path):
    art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="thr",
                   fast="never")  # the direct forms' threads (Winograd runs one thread)
    one, two = art.load(), art.load(threads=2)
    x, w = _data(spec, 19 if spec.in_size != (64, 64) else 3, seed=3)
    for b in (1, 2, x.shape[0]):
        np.testing.assert_array_equal(two(x[:b], w), one(x[:b], w))
    lib = two._lib
    size = lib.thr_workspace_bytes
    size.restype, size.argtypes = __import__("ctypes").c_int64, []
    per = -(-art.plan.memory.workspace_bytes // 64) * 64
    assert size() == 2 * per
    one_size = one._lib.thr_workspace_bytes
    one_size.restype = __import__("ctypes").c_int64
    assert one_size() == per
    assert "omp parallel" in art.source and art.source.count("omp parallel") == 1


def test_the_plain_call_packs_once_and_sees_changes(tmp_path):
    spec = DCGAN
    fn = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="cached").load()
    x, w = _data(spec, 2)
    want = fn(x, fn.prepare(w))  # explicit: not through the cache
    assert fn.weight_cache.packs == 0
    for _ in range(3):
        np.testing.assert_array_equal(fn(x, w), want)
    assert (fn.weight_cache.packs, fn.weight_cache.hits) == (1, 2)
    w *= -1  # every entry changes in place: seen
    np.testing.assert_array_equal(fn(x, w), -want)
    assert fn.weight_cache.packs == 2
    w2 = w.copy()  # another object with the same values: packed for itself
    np.testing.assert_array_equal(fn(x, w2), -want)
    assert fn.weight_cache.packs == 3
    # issue 34: an in-place edit of one entry (a pruned weight) is seen, not served stale
    hidden = int(np.linspace(0, w.size - 1, packing.SAMPLES).astype(np.intp)[1]) - 1
    stale = fn(x, w)  # a hit
    w.reshape(-1)[hidden] += 1.0
    fresh = fn(x, w)
    assert not np.array_equal(fresh, stale) and fn.weight_cache.packs == 4
    np.testing.assert_array_equal(fresh, fn(x, fn.prepare(w)))
    fn.forget()
    fn(x, w)
    assert fn.weight_cache.packs == 5
    fn.forget()
    assert repr(fn.weight_cache) == "WeightCache(entries=0, hits=3, packs=5)"
    # wrong shapes or types still get the full check's message
    with pytest.raises(ValueError, match="w must have shape"):
        fn(x, w[:1])


def test_the_weight_cache_keeps_within_its_byte_budget(tmp_path):
    from tconv_sym import budget

    spec = DCGAN
    fn = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="budget").load()
    x, w = _data(spec, 1)
    want = fn(x, fn.prepare(w))
    entry = w.nbytes + fn.prepare(w).data.nbytes  # the copy for the check + the packed form
    assert fn.weight_cache.max_bytes == 2**30
    with budget.limits(weight_cache_bytes=entry - 1):  # no room: packed per call, kept never
        for _ in range(2):
            np.testing.assert_array_equal(fn(x, w), want)
        assert (fn.weight_cache.packs, fn.weight_cache.too_large, fn.weight_cache.nbytes) \
            == (2, 2, 0)
    with budget.limits(weight_cache_bytes=2 * entry):  # room for two: the oldest goes
        ws = [w.copy() for _ in range(3)]
        for wi in ws:
            np.testing.assert_array_equal(fn(x, wi), want)
        assert fn.weight_cache.nbytes == 2 * entry
        fn(x, ws[2]), fn(x, ws[1])
        assert fn.weight_cache.hits == 2 and fn.weight_cache.packs == 5
        fn(x, ws[0])  # evicted: packed again
        assert fn.weight_cache.packs == 6
    assert packing.same_bytes(np.float32([0.0]), np.float32([0.0]))
    assert not packing.same_bytes(np.float32([0.0]), np.float32([-0.0]))  # bits, not values


def test_torch_weights_are_cached_by_version(tmp_path):
    torch = pytest.importorskip("torch")
    spec = DCGAN
    fn = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="tcache").load()
    x, w = _data(spec, 1)
    tw = torch.from_numpy(w.copy())
    want = fn(x, w)
    np.testing.assert_array_equal(fn(x, tw), want)
    np.testing.assert_array_equal(fn(x, tw), want)
    assert fn.weight_cache.hits == 1
    with torch.no_grad():
        tw[3, 2, 1, 0] += 5.0  # one entry: the version counter sees it
    np.testing.assert_array_equal(fn(x, tw), fn(x, tw.numpy().copy()))
    assert not np.array_equal(fn(x, tw), want)


def test_load_binds_weights(tmp_path):
    spec = DCGAN
    art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="bound")
    x, w = _data(spec, 2)
    fn = art.load(weights=w)
    want = art.load()(x, w)
    np.testing.assert_array_equal(fn(x), want)
    w[:] = 0  # bound weights are a packed copy
    np.testing.assert_array_equal(fn(x), want)
    np.testing.assert_array_equal(fn(x, w), np.zeros_like(want))
    small = generate(TransposedConvSpec(in_size=(2, 2), kernel_size=2), out_dir=tmp_path,
                     name="small_np")
    np.testing.assert_array_equal(small.load(weights=[[[[1, 2], [3, 4]]]])([[[[1, 0], [0, 0]]]]),
                                  [[[[1, 2, 0], [3, 4, 0], [0, 0, 0]]]])
    baked = generate(TransposedConvSpec(in_size=(2, 2), kernel_size=2), out_dir=tmp_path,
                     name="baked", weights=np.ones((1, 1, 2, 2)))
    with pytest.raises(ValueError, match="baked into the code"):
        baked.load(weights=np.ones((1, 1, 2, 2)))
    grad_w = generate(TransposedConvSpec(in_size=(2, 2), kernel_size=2), out_dir=tmp_path,
                      name="gw", derivative="weight")
    with pytest.raises(ValueError, match="weight gradient"):
        grad_w.load(weights=np.ones((1, 1, 2, 2)))


def test_reasons_are_data():
    p = make_plan(TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3,
                                     in_channels=32), name="np_scatter")
    assert isinstance(p.reason, Reason)
    assert p.reason.form is None and "scatter form: one GEMM over all 49 taps" in p.reason
    assert str(p.reason).startswith("auto: NumPy; scatter form")
    c = make_plan(SAM, lang="c", dtype="float32", name="k")
    assert (c.reason.basis, c.reason.form) == (f"{c.nnz:,} terms > 4,096",
                                               "the gemm schedule")
    assert c.reason.notes == ("64 output x 256 input channels per group, executes 1.00x the "
                              "nonzeros <= 2",)
    assert f"strategy       polyphase ({c.reason})" in str(c)
    assert make_plan(SAM, lang="c", strategy="polyphase", name="k").reason.source == \
        "requested"


def test_the_packed_rules_are_one_table():
    rules = schedule.packed_rules()
    assert [r.schedule for r in rules] == ["winograd", "gemm", "depthwise", "gemm-scatter"]
    small = make_plan(TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2,
                                         in_channels=3, out_channels=2), lang="c", name="k")
    assert rules[1].refusal(small) == f"{small.nnz:,} terms < 16,384"
    assert schedule.packed_lowering(small) is None and small.schedule == "spatial"
    assert schedule.PACKED_SCHEDULES is schedule.GEMM_SCHEDULES
    assert schedule.gemm_lowering(make_plan(SAM, lang="c", name="k"))[0] == "gemm"


def test_the_tiled_lowering_is_typed_and_the_template_prints_it():
    mnist = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
    with pytest.MonkeyPatch.context() as m:
        from tconv_sym.codegen import depthwise, gemm, gemm_scatter

        m.setattr(gemm, "MAX_WASTE", 0.0)
        m.setattr(gemm_scatter, "MAX_WASTE", 0.0)
        m.setattr(depthwise, "MAX_IN_PER_GROUP", 0)
        tiled = make_plan(mnist, lang="c", name="pan")
    low = tiled.lowering
    assert isinstance(low, TiledLowering) and low.mode == "panel"
    assert (low.copy_block, low.copy_full, low.fold) == (8, 784, 8)
    assert "tb[8][8]" in render(tiled)["pan.c"]
    four = dataclasses.replace(tiled, lowering=dataclasses.replace(low, copy_block=4,
                                                                   copy_full=784, fold=4))
    text = render(four)["pan.c"]
    assert "tb[4][4]" in text and "fold the lanes to 4" in text and "tb[8][8]" not in text
    spatial = make_plan(TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2,
                                           in_channels=3, out_channels=2), lang="c", name="s")
    region = spatial.lowering.phases[0].regions[0]
    assert type(region).__name__ == "TiledRegion" and isinstance(region.parts, tuple)


def test_a_convolution_keeps_its_form(tmp_path):
    # a strided convolution (input read with step 2): one phase, nothing shared or lost
    spec = ConvSpec(in_size=(16, 16), kernel_size=3, stride=2, padding=1, in_channels=64,
                    out_channels=32)
    plan = make_plan(spec, lang="c", dtype="float64", name="conv")
    assert plan.schedule == "gemm" and len(plan.lowering.shared) == 9
    art = generate(spec, lang="c", dtype="float64", out_dir=tmp_path, name="conv")
    x, w = _data(spec, 2, dtype=np.float64)
    np.testing.assert_allclose(art.load()(x, w), reference(plan, [x, w])[0], rtol=1e-12,
                               atol=1e-12)
