"""The int8 phase GEMMs (tconv_sym.codegen.int8_gemm): bit for bit with the exact integer
oracle on every path — AVX-512 VNNI (this host, when it has it), portable C99, NEON sdot and
plain aarch64 under qemu, Cortex-M4 SMLAD and portable under qemu-system-arm — across
strides, paddings, dilations, channel counts that are not multiples of 4 or 16, and phases
without taps; warning-free; the workspace is the haloed input."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest

from conftest import require_tool
from tconv_sym import ConvSpec, TransposedConvSpec
from tconv_sym.codegen.api import generate
from tconv_sym.codegen.clang import WARNING_FLAGS
from tconv_sym.codegen.layout import weight_shape
from tconv_sym.codegen.quant import Quantization

needs_cc = pytest.mark.skipif(shutil.which("gcc") is None, reason="no C compiler")

SPECS = [
    TransposedConvSpec(in_size=(5, 6), kernel_size=4, stride=2, padding="same", in_channels=7,
                       out_channels=20),
    TransposedConvSpec(in_size=(6, 5), kernel_size=3, stride=2, in_channels=16,
                       out_channels=64),  # VALID: four 16-channel chunks, a 6 x 64 tile
    TransposedConvSpec(in_size=(4, 4), kernel_size=1, stride=3, in_channels=4,
                       out_channels=8),  # k < s: phases without taps (bias only)
    TransposedConvSpec(in_size=(7, 3), kernel_size=(3, 5), stride=(1, 3), padding=(1, 2),
                       output_padding=(0, 1), in_channels=3, out_channels=33),
    ConvSpec(in_size=(9, 8), kernel_size=3, stride=2, padding=1, in_channels=5,
             out_channels=33),
    ConvSpec(in_size=(10, 10), kernel_size=3, dilation=2, in_channels=12, out_channels=48),
]


def _kernel(spec, tmp_path, name, seed=0, **kw):
    rng = np.random.default_rng(seed)
    c = spec.out_channels
    q = Quantization(input_scale=0.02, input_zero_point=int(rng.integers(-30, 30)),
                     weight_scales=rng.uniform(0.001, 0.02, c).tolist(), output_scale=0.1,
                     output_zero_point=int(rng.integers(-10, 10)))
    w = rng.integers(-128, 128, weight_shape(spec, "tflite")).astype(np.int8)
    return generate(spec, lang="c", dtype="int8", layout="nhwc", weights=w,
                    bias=rng.integers(-3000, 3000, c), quant=q, name=name, out_dir=tmp_path,
                    **kw)


@needs_cc
@pytest.mark.parametrize("index", range(len(SPECS)))
def test_phase_gemms_are_bit_exact_on_the_host_and_portable_paths(index, tmp_path):
    art = _kernel(SPECS[index], tmp_path, f"g{index}")
    assert art.plan.lowering.gemm is not None, art.plan
    assert f"{art.name.upper()}_PATH 1" in art.source  # the VNNI path is there
    for cflags in (None, "-O2 -DTCONV_SYM_PORTABLE", "-O2 -march=x86-64"):
        assert art.verify(batch=3, seed=index, cflags=cflags) == 0.0


@needs_cc
def test_the_oracle_tells_a_zero_point_off_by_one(tmp_path):
    """The comparison can fail: the kernel against the oracle of the same layer with the input
    zero point one step off (what a wrong hoisted Σw·zp term gives) differs."""
    import dataclasses

    from tconv_sym.codegen.layout import to_channels_first, to_channels_last
    from tconv_sym.codegen.quant import int8_reference

    art = _kernel(SPECS[0], tmp_path, "zp")
    plan = art.plan
    x = np.random.default_rng(9).integers(-128, 128, (2, *plan.args[0].shape)).astype(np.int8)
    got = art.load()(x)
    right, _ = int8_reference(plan.spec, to_channels_first(x), plan.weights, plan.bias,
                              plan.quant)
    assert np.array_equal(got, to_channels_last(right))
    off = dataclasses.replace(plan.quant, input_zero_point=plan.quant.input_zero_point + 1)
    wrong, _ = int8_reference(plan.spec, to_channels_first(x), plan.weights, plan.bias, off)
    assert np.count_nonzero(got != to_channels_last(wrong)) > got.size // 10


@needs_cc
def test_phase_gemms_compile_warning_free_on_every_path(tmp_path):
    art = _kernel(SPECS[1], tmp_path, "strict")
    for extra in ([], ["-march=native"], ["-DTCONV_SYM_PORTABLE"]):
        proc = subprocess.run(["gcc", *WARNING_FLAGS, "-O2", *extra, "-c", str(art.paths[0]),
                               "-o", str(tmp_path / "k.o")], capture_output=True, text=True)
        assert proc.returncode == 0 and not proc.stderr, (extra, proc.stderr)


def test_workspace_is_the_haloed_input_not_an_int32_per_output():
    from tconv_sym.codegen.plan import make_plan

    spec = TransposedConvSpec(in_size=(32, 32), kernel_size=4, stride=2, padding="same",
                              in_channels=128, out_channels=64)
    q = Quantization(input_scale=0.02, input_zero_point=0, weight_scales=[0.01],
                     output_scale=0.1, output_zero_point=0)
    p = make_plan(spec, lang="c", dtype="int8", layout="nhwc", quant=q, name="k",
                  weights=np.ones(weight_shape(spec, "tflite"), np.int8))
    assert p.lowering.gemm.pad == ((1, 1), (1, 1))
    assert p.memory.workspace_bytes == 34 * 34 * 128  # 147,968 B, not 64 x 64 x 64 x 4
    assert "Int8Gemm(4 phase GEMM(s), tile 6x64" in repr(p.lowering.gemm)


@pytest.mark.parametrize("march, path", [("armv8.2-a+dotprod", "2"), ("armv8-a", "0")])
def test_neon_sdot_and_plain_aarch64_under_qemu(tmp_path, march, path):
    cross = require_tool("aarch64-linux-gnu-gcc")
    qemu = require_tool("qemu-aarch64")
    for i in (0, 1, 2, 4):
        art = _kernel(SPECS[i], tmp_path, f"a{i}", seed=i, test_harness=True)
        exe = tmp_path / f"a{i}.arm64"
        sources = [str(p) for p in art.paths if p.suffix == ".c"]
        pre = subprocess.run([cross, "-std=c99", "-O2", f"-march={march}", "-dM", "-E",
                              str(art.paths[0])], capture_output=True, text=True, check=True)
        assert f"#define {art.name.upper()}_PATH {path}" in pre.stdout
        subprocess.run([cross, "-std=c99", "-O2", f"-march={march}", "-static", "-o", str(exe),
                        *sources], check=True, capture_output=True, text=True)
        run = subprocess.run([qemu, "-cpu", "max", str(exe)], capture_output=True, text=True,
                             timeout=120)
        assert run.returncode == 0 and run.stdout.startswith(f"a{i}: ok"), run.stdout


def _run_harness_on_m4(art, tmp_path, cc, qemu, flags):
    """Compile ``art`` warning-free under the project's -Werror flags, link its test harness
    for the MPS2 AN386 board and run it under qemu-system-arm: it must print ``NAME: ok``."""
    sources = [str(p) for p in art.paths if p.suffix == ".c"]
    warn = subprocess.run([cc, *flags, *WARNING_FLAGS, "-c", str(art.paths[0]), "-o",
                           str(tmp_path / f"{art.name}.o")], capture_output=True, text=True)
    assert warn.returncode == 0, warn.stderr
    elf = tmp_path / f"{art.name}.elf"
    subprocess.run([cc, *flags, "-T", str(tmp_path / "link.ld"), str(tmp_path / "startup.c"),
                    *sources, "-o", str(elf)], check=True, capture_output=True, text=True)
    run = subprocess.run([qemu, "-M", "mps2-an386", "-nographic", "-semihosting", "-kernel",
                          str(elf)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.startswith(f"{art.name}: ok"), run.stdout


@pytest.mark.parametrize("define, path", [("", "3"), ("-DTCONV_SYM_PORTABLE", "0")],
                         ids=["smlad", "portable"])
def test_cortex_m4_dsp_smlad_and_portable_under_qemu_system_arm(tmp_path, define, path):
    """On a Cortex-M4 (Armv7E-M, ``__ARM_FEATURE_DSP``) the SMLAD path (path 3), and the
    portable one it replaces, bit for bit with the oracle: the test harness built for the MPS2
    AN386 board as ``python -m benchmarks.bench_cortex_m4`` builds it, run under
    qemu-system-arm with semihosting (warning-free under the project's -Werror flags);
    channel counts not multiples of 4 (7 in, 20 and 33 out), four 16-channel chunks, phases
    without taps, a strided convolution."""
    from benchmarks.bench_cortex_m4 import CFLAGS, LINK, STARTUP

    cc = require_tool("arm-none-eabi-gcc")
    qemu = require_tool("qemu-system-arm")
    (tmp_path / "startup.c").write_text(STARTUP)
    (tmp_path / "link.ld").write_text(LINK)
    flags = [*CFLAGS, "-O2", *([define] if define else [])]
    for i in (0, 1, 2, 3, 4):
        art = _kernel(SPECS[i], tmp_path, f"m{i}", seed=i, test_harness=True)
        pre = subprocess.run([cc, *flags, "-dM", "-E", str(art.paths[0])],
                             capture_output=True, text=True, check=True)
        assert f"#define {art.name.upper()}_PATH {path}" in pre.stdout
        _run_harness_on_m4(art, tmp_path, cc, qemu, flags)


@pytest.mark.parametrize("define", ["", "-DTCONV_SYM_PORTABLE"], ids=["smlad", "portable"])
def test_cortex_m4_tap_block_loops_smlad_under_qemu_system_arm(tmp_path, define, monkeypatch):
    """The plain tap-block loops (the form without the phase GEMMs: groups, row bands under
    ``max_workspace``) sum contiguous input channels with SMLAD on a DSP core, bit for bit
    with the oracle: 7 input channels (a 3-channel tail), row bands, two groups."""
    from benchmarks.bench_cortex_m4 import CFLAGS, LINK, STARTUP
    from tconv_sym.codegen import int8_gemm

    cc = require_tool("arm-none-eabi-gcc")
    qemu = require_tool("qemu-system-arm")
    monkeypatch.setattr(int8_gemm, "applies", lambda plan: False)
    (tmp_path / "startup.c").write_text(STARTUP)
    (tmp_path / "link.ld").write_text(LINK)
    flags = [*CFLAGS, "-O2", *([define] if define else [])]
    cases = [(SPECS[0], {}),
             (TransposedConvSpec(in_size=(6, 5), kernel_size=3, stride=2, in_channels=16,
                                 out_channels=6), {"max_workspace": 600}),
             (TransposedConvSpec(in_size=(6, 5), kernel_size=3, stride=2, in_channels=12,
                                 out_channels=6, groups=2), {})]
    for i, (spec, kw) in enumerate(cases):
        art = _kernel(spec, tmp_path, f"t{i}", seed=i, test_harness=True, **kw)
        assert art.plan.lowering.gemm is None and f"t{i}_dot(wp, xp)" in art.source
        assert kw.get("max_workspace", 1 << 30) >= art.plan.memory.workspace_bytes
        _run_harness_on_m4(art, tmp_path, cc, qemu, flags)


# --------------------------------------------------------------------------------------
# Memory against the compilers, max_stack honoured by a shorter tile
# --------------------------------------------------------------------------------------
TARGETS = [("gcc", []), ("aarch64-linux-gnu-gcc", []),
           ("arm-none-eabi-gcc", ["-mcpu=cortex-m4", "-mthumb"])]


@pytest.mark.parametrize("cc, extra", TARGETS, ids=["x86-64", "aarch64", "cortex-m4"])
def test_planned_memory_against_fstack_usage_and_nm(cc, extra, tmp_path):
    """The plan's stack is an upper bound within 25 % of the compiler's (measured 0.85-1.00 of
    it, ``python -m benchmarks.memory_table --sweep``), its static bytes exact, at -O2 and
    -Os; no fixed 1 KiB floor."""
    from tconv_sym.codegen.int8_gemm import FRAME_ALLOWANCE
    from tconv_sym.codegen.memory import measure_memory

    require_tool(cc)
    for i in (0, 1, 4):
        art = _kernel(SPECS[i], tmp_path, f"m{i}")
        mem = art.plan.memory
        for level in ("-O2", "-Os"):
            got = measure_memory(art.paths[0], art.name, cc, [level, *extra])
            assert got.static_bytes == mem.static_bytes, (i, level, got, mem)
            assert 0.75 * mem.stack_bytes <= got.stack_bytes <= mem.stack_bytes, (i, level, got)
        assert mem.stack_bytes - FRAME_ALLOWANCE < got.stack_bytes  # no 1 KiB floor on top


def test_max_stack_shortens_the_tile_then_falls_back():
    from tconv_sym.codegen.plan import make_plan

    spec = SPECS[1]  # 4 chunks of 16 channels: a 6 x 64 tile, 2,120 B planned
    q = Quantization(input_scale=0.02, input_zero_point=0, weight_scales=[0.01],
                     output_scale=0.1, output_zero_point=0)
    kw = dict(lang="c", dtype="int8", layout="nhwc", quant=q, name="k",
              weights=np.ones(weight_shape(spec, "tflite"), np.int8))
    full = make_plan(spec, **kw)
    assert full.lowering.gemm.mr == 6 and full.memory.stack_bytes > 2000
    short = make_plan(spec, **kw, max_stack=1200)  # 256 B per position of 64 channels
    assert short.lowering.gemm.mr == 2 and short.memory.stack_bytes == 1168
    one = make_plan(spec, **kw, max_stack=1000)
    assert one.lowering.gemm.mr == 1 and one.memory.stack_bytes == 912
    loops = make_plan(spec, **kw, max_stack=700)  # not one position: the tap-block loops
    assert loops.lowering.gemm is None and loops.memory.stack_bytes == 368
    with pytest.raises(ValueError, match="max_stack=300 bytes is too small .* at least 368 B"):
        make_plan(spec, **kw, max_stack=300)


@needs_cc
def test_a_shortened_tile_is_still_bit_exact(tmp_path):
    art = _kernel(SPECS[1], tmp_path, "short_tile", max_stack=1200)
    assert art.plan.lowering.gemm.mr == 2
    for cflags in (None, "-O2 -DTCONV_SYM_PORTABLE"):
        assert art.verify(batch=2, cflags=cflags) == 0.0


@needs_cc
@pytest.mark.parametrize("extra", [["-march=native"], ["-DTCONV_SYM_PORTABLE"]],
                         ids=["host", "portable"])
def test_harness_is_clean_under_asan_and_ubsan(tmp_path, extra):
    """No out-of-bounds read of the haloed buffer, no signed overflow, no bad shift (issue 34):
    the harness built with AddressSanitizer and UBSan (abort on the first report) exits 0."""
    howto = TransposedConvSpec(in_size=(7, 7), kernel_size=3, stride=2, padding="same",
                               in_channels=16, out_channels=8)  # docs/howto/generate-int8-c.md
    for i, spec, kw in ((0, SPECS[0], {}), (2, SPECS[2], {}), (4, SPECS[4], {}),
                        (6, howto, {"max_stack": 4096})):
        art = _kernel(spec, tmp_path, f"san{i}", seed=i, test_harness=True, **kw)
        if i == 6:  # the workspace is the haloed input (8 x 8 x 16 B); ASan bounds the
            # harness's static workspace of exactly WORKSPACE_BYTES, so none is touched beyond
            assert art.plan.memory.workspace_bytes == 8 * 8 * 16
        exe = tmp_path / f"san{i}"
        sources = [str(p) for p in art.paths if p.suffix == ".c"]
        build = subprocess.run(["gcc", "-std=c99", "-O1", "-g", *extra,
                                "-fsanitize=address,undefined", "-fno-sanitize-recover=all",
                                "-o", str(exe), *sources], capture_output=True, text=True)
        if build.returncode and "sanitize" in build.stderr:
            pytest.skip(f"no sanitizer runtime: {build.stderr[-200:]}")
        assert build.returncode == 0, build.stderr
        run = subprocess.run([str(exe)], capture_output=True, text=True, timeout=120)
        assert run.returncode == 0 and run.stdout.startswith(f"san{i}: ok"), run.stdout + run.stderr
