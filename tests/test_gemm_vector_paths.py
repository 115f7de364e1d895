"""The three paths of the GEMM micro-kernels (templates/_c_gemm_micro.j2): 64-byte vectors
(AVX-512, or forced with -DTCONV_SYM_VECTOR_EXTENSIONS), 32-byte sub-tiles (AVX2), plain C99
(-DTCONV_SYM_NO_VECTOR_EXTENSIONS): each exact on small integers."""

import platform

import numpy as np
import pytest

from tconv_sym import TransposedConvSpec, generate
from tconv_sym.codegen.artifact import reference

BASE = "-O3 -march=native -ffp-contract=fast"

CASES = [
    # k = s: the fused store's micro-kernel (micro_p*y); 40 out channels: a padded block
    TransposedConvSpec(in_size=(4, 16), kernel_size=2, stride=2, in_channels=24,
                       out_channels=40),
    # k = 2s, 1-D: the phase tiles' micro-kernel (micro_p*), tails of 2 and 1 vectors
    TransposedConvSpec(in_size=70, kernel_size=8, stride=4, padding=2, in_channels=12,
                       out_channels=16),
]


@pytest.fixture(autouse=True)
def _direct_forms_only(monkeypatch):
    from tconv_sym.codegen import schedule

    monkeypatch.setattr(schedule, "_winograd_choice", lambda plan, direct: (None, None))


@pytest.mark.parametrize("i", range(len(CASES)))
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_every_vector_path_is_exact_on_integers(i, dtype, tmp_path):
    spec = CASES[i]
    art = generate(spec, lang="c", dtype=dtype, out_dir=tmp_path, name=f"vp{i}")
    assert art.plan.schedule == "gemm" and art.plan.lowering.fused_store == (i == 0)
    src = art.source
    # 64-byte vectors only where the registers are that wide (or forced); AVX2 its own path
    assert "(defined(__AVX512F__) || defined(TCONV_SYM_VECTOR_EXTENSIONS))" in src
    assert "_HVECTORS" in src and "vector_size(32)" in src
    rng = np.random.default_rng(11 + i)
    x = rng.integers(-3, 4, size=(3, *spec.in_shape)).astype(dtype)
    w = rng.integers(-3, 4, size=spec.weight_shape).astype(dtype)
    want, _ = reference(art.plan, [x.astype(np.float64), w.astype(np.float64)])
    # the AVX2 tile pins each vector of b in a register and runs the input channels in chunks
    assert '__asm__("" : "+x"(bv[v]))' in src and "TCONV_SYM_HKC" in src
    # chunks of 8 input channels (24 = 3 x 8; 12 = 8 + 4): partial sums stored and reloaded
    variants = [None, f"{BASE} -DTCONV_SYM_NO_VECTOR_EXTENSIONS", f"{BASE} -DTCONV_SYM_HKC=8"]
    if platform.machine() in ("x86_64", "AMD64"):
        variants.append(f"{BASE} -DTCONV_SYM_VECTOR_EXTENSIONS")  # 64 bytes on any x86
    for cflags in variants:
        got = art.load(cflags=cflags)(x, w)
        np.testing.assert_array_equal(got, want.astype(dtype), err_msg=str(cflags))
    # a wrong weight is seen (the check is not vacuous)
    bad = w.copy()
    bad.flat[-1] += 1
    assert not np.array_equal(art.load()(x, bad), want.astype(dtype))
