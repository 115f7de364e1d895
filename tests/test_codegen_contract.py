"""Issue 34 (the raw C contract checked: NAME_checked) and issue 26 (baked weights as compact
text): real kernels, real numbers, and each broken contract refused with nothing written."""

import ctypes

import numpy as np
import pytest
from codegen_support import kernel_cache, needs_cc  # noqa: F401 - the fixture

from tconv_sym import TransposedConvSpec, generate
from tconv_sym.codegen import baked
from tconv_sym.codegen.plan import make_plan

pytestmark = needs_cc

GEMM = TransposedConvSpec(in_size=(12, 12), kernel_size=4, stride=2, padding=1,
                          in_channels=64, out_channels=32)
SCATTER = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=128)
DEPTHWISE = TransposedConvSpec(in_size=(8, 8), kernel_size=3, stride=2, padding=1,
                               in_channels=512, out_channels=512, groups=512)

OK, EBATCH, ENULL, EWORKSPACE, EALIGN, EOVERLAP = range(6)


def _checked(fn, name):
    c = getattr(fn._lib, f"{name}_checked")
    c.restype = ctypes.c_int
    c.argtypes = [ctypes.c_long] + [ctypes.c_void_p] * 4 + [ctypes.c_int64]
    size = getattr(fn._lib, f"{name}_workspace_bytes")
    size.restype, size.argtypes = ctypes.c_int64, []
    return c, int(size())


@pytest.mark.parametrize("spec, schedule", [(GEMM, "gemm"), (SCATTER, "gemm-scatter")])
def test_the_checked_entry_refuses_a_broken_contract(spec, schedule, tmp_path):
    art = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="chk", fast="never")
    assert art.plan.schedule == schedule
    fn = art.load()
    checked, ws_bytes = _checked(fn, "chk")
    assert ws_bytes >= art.plan.memory.workspace_bytes
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, *spec.in_shape)).astype(np.float32)
    w = rng.standard_normal(spec.weight_shape).astype(np.float32)
    packed = fn.prepare(w).data
    ws = np.empty(ws_bytes + 64, np.uint8)
    base = ws.ctypes.data + (-ws.ctypes.data) % 64
    y = np.full((2, *spec.out_shape), 7.0, np.float32)
    p = [a.ctypes.data for a in (x, packed, y)]

    def untouched():
        return bool(np.all(y == 7.0))

    assert checked(2, p[0], p[1], p[2], base, ws_bytes - 4) == EWORKSPACE and untouched()
    assert checked(2, None, p[1], p[2], base, ws_bytes) == ENULL and untouched()
    assert checked(2, p[0], p[1], p[2], None, ws_bytes) == ENULL and untouched()
    assert checked(2, p[0], p[1], p[2], base + 1, ws_bytes) == EALIGN and untouched()
    assert checked(2, p[0] + 2, p[1], p[2], base, ws_bytes) == EALIGN and untouched()
    assert checked(-1, p[0], p[1], p[2], base, ws_bytes) == EBATCH and untouched()
    assert checked(2**62, p[0], p[1], p[2], base, ws_bytes) == EBATCH and untouched()
    assert checked(2, p[0], p[1], p[0], base, ws_bytes) == EOVERLAP  # y on top of x
    assert checked(2, p[0], p[1], p[2], p[2] + 4, ws_bytes) == EOVERLAP and untouched()
    assert checked(0, None, None, None, None, 0) == OK
    assert checked(2, p[0], p[1], p[2], base, ws_bytes) == OK
    np.testing.assert_array_equal(y, fn(x, w))


def test_large_baked_tables_are_compact_text_with_the_same_numbers(tmp_path):
    spec = TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
                              in_channels=128, out_channels=64)
    rng = np.random.default_rng(1)
    w = rng.standard_normal(spec.weight_shape).astype(np.float32)
    art = generate(spec, lang="c", dtype="float32", weights=w, out_dir=tmp_path, name="bk",
                   fast="never")
    assert art.plan.schedule == "gemm" and art.plan.weight_text
    assert len(art.source.encode()) <= 6 * w.size  # the whole file: ≤ 6 bytes per weight
    assert "_packed_table_text[" in art.source and "f, -" not in art.source  # no literals
    runtime = generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="rt",
                       fast="never").load()
    x = rng.standard_normal((3, *spec.in_shape)).astype(np.float32)
    want = runtime(x, w)
    np.testing.assert_array_equal(art.load()(x), want)  # the same packed table, bit for bit
    np.testing.assert_array_equal(art.load(threads=2)(x), want)  # decoded once, threads racing
    small = generate(TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2,
                                        in_channels=8, out_channels=8), lang="c",
                     weights=np.ones((8, 8, 3, 3)), out_dir=tmp_path, name="small")
    assert not small.plan.weight_text and "_text[" not in small.source


@pytest.mark.parametrize("spec, dtype, schedule", [(SCATTER, "float64", "gemm-scatter"),
                                                    (DEPTHWISE, "float32", "depthwise")])
def test_every_baked_table_decodes_to_the_weights(spec, dtype, schedule, tmp_path):
    rng = np.random.default_rng(2)
    w = rng.standard_normal(spec.weight_shape).astype(dtype)
    plan = make_plan(spec, lang="c", dtype=dtype, weights=w, name="bk2")
    assert plan.schedule == schedule and plan.weight_text
    art = generate(spec, lang="c", dtype=dtype, weights=w, out_dir=tmp_path, name="bk2")
    x = rng.standard_normal((2, *spec.in_shape)).astype(dtype)
    want = generate(spec, lang="c", dtype=dtype, out_dir=tmp_path, name="rt2").load()(x, w)
    np.testing.assert_array_equal(art.load()(x), want)


def test_the_tiled_kernels_read_their_text_table(tmp_path, monkeypatch):
    from tconv_sym.codegen import depthwise, gemm, gemm_scatter

    monkeypatch.setattr(gemm, "MAX_WASTE", 0.0)
    monkeypatch.setattr(gemm_scatter, "MAX_WASTE", 0.0)
    monkeypatch.setattr(depthwise, "MAX_IN_PER_GROUP", 0)
    spec = TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
                              in_channels=64, out_channels=32)
    rng = np.random.default_rng(3)
    w = rng.standard_normal(spec.weight_shape)
    art = generate(spec, lang="c", weights=w, out_dir=tmp_path, name="tiled_bk")
    assert art.plan.schedule == "channels" and art.plan.weight_text
    assert "tiled_bk_weights_text[" in art.source
    assert art.verify() <= 1e-12


def test_the_text_round_trips_every_bit_pattern():
    specials = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, -3.4028235e38, 1.0],
                        np.float32)
    rng = np.random.default_rng(4)
    words = rng.integers(0, 2**32, size=5000, dtype=np.uint64).astype(np.uint32)
    for arr in (specials, words.view(np.float32)):
        back = baked.decode(baked.encode(arr, "float32"), "float32")
        assert back.view(np.uint32).tolist() == arr.view(np.uint32).tolist()
    f64 = rng.standard_normal(999)
    assert baked.decode(baked.encode(f64, "float64"), "float64").tolist() == f64.tolist()
    assert all(len(line) <= 5 * baked.WORDS_PER_LINE for line in baked.encode(f64, "float64"))
    assert not set(baked.ALPHABET) & set('"\\?') and len(set(baked.ALPHABET)) == 85
    # a wrong digit table would not round-trip
    assert baked.decode(["7Fdc9"], "float32")[0] != np.float32(1.0)


def test_text_tables_and_the_checked_entry_compile_warning_free(tmp_path):
    import subprocess

    from tconv_sym.codegen.clang import WARNING_FLAGS

    rng = np.random.default_rng(5)
    arts = []
    for spec, name in ((GEMM, "strict_gemm"), (SCATTER, "strict_scatter"),
                       (DEPTHWISE, "strict_dw")):
        arts.append(generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name=name,
                             weights=rng.standard_normal(spec.weight_shape)))
    assert all(a.plan.weight_text for a in arts)
    for art in arts:
        for extra in ([], ["-DTCONV_SYM_NO_VECTOR_EXTENSIONS"]):
            proc = subprocess.run(["gcc", *WARNING_FLAGS, "-O2", *extra, "-c",
                                   str(art.paths[0]), "-o", str(tmp_path / "k.o")],
                                  capture_output=True, text=True)
            assert proc.returncode == 0 and not proc.stderr, proc.stderr
