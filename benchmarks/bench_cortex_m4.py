"""Instructions a Cortex-M4 executes for an int8 kernel, counted under qemu-system-arm.

    python -m benchmarks.bench_cortex_m4

Each layer of :data:`LAYERS` (int8 NHWC TRANSPOSE_CONV, TFLite arithmetic) is built with
arm-none-eabi-gcc for the MPS2 AN386 board (a Cortex-M4), with a two-word vector table and
newlib's semihosting; qemu runs it one instruction per translation block (``-singlestep -d
exec,nochain``) so that every executed instruction is one log line. The count of a program
that calls the kernel once minus the count of one that does not is the kernel's. These are
instruction counts, not cycles (qemu does not model the M4's pipeline or wait states).
Both int8 forms are counted: the phase GEMMs — their Armv7E-M DSP path (SMLAD: two 16-bit
MACs on sign-extended byte pairs, chosen by ``__ARM_FEATURE_DSP``) and the same source built
with ``-DTCONV_SYM_PORTABLE`` (portable C) — and the plain tap-block loops (their SMLAD sums
over contiguous input channels; untiled, and with ``max_workspace`` = CMSIS-NN's scratch
buffer: int32 accumulators in row bands).

CMSIS-NN, where its source is on this machine (``--cmsis-nn DIR``: a checkout, or the git
directory the ``fetch`` tool leaves at ``/work/.mirror/ARM-software+CMSIS-NN/repo``, read
with ``git archive`` into a temporary folder): its int8 files (``Source/ConvolutionFunctions``
and ``Source/NNSupportFunctions`` without the f16/f32 ones) are compiled with the same
compiler and flags, and
``arm_transpose_conv_wrapper_s8`` (which picks ``arm_transpose_conv_s8``, the row-buffer
kernel, for 16 input channels; the reverse-convolution ``arm_convolve_s8`` above 16) runs the
same layer with the same quantization, counted the same way. Every program prints a checksum
of its output in a separate, uncounted run (CMSIS-NN's also its buffer sizes, from its own
``get_buffer_size`` functions): equal checksums, equal outputs.
Nothing of CMSIS-NN is written into the repository; without it the rows say "not available".
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

STARTUP = """extern int main(void);
extern void initialise_monitor_handles(void);
extern void exit(int);
void reset_handler(void);
void _init(void);
void _fini(void);
void _init(void) {}
void _fini(void) {}
void reset_handler(void) { initialise_monitor_handles(); exit(main()); }
__attribute__((section(".isr_vector"), used)) static void *const vectors[2] = {
    (void *)0x20400000, (void *)reset_handler };
"""
LINK = """MEMORY { CODE (rx) : ORIGIN = 0x00000000, LENGTH = 4M
         RAM (rwx) : ORIGIN = 0x20000000, LENGTH = 4M }
SECTIONS {
  .isr_vector : { KEEP(*(.isr_vector)) } > CODE
  .text : { *(.text*) *(.rodata*) KEEP(*(.init)) KEEP(*(.fini))
            . = ALIGN(4); __preinit_array_start = .; KEEP(*(.preinit_array))
            __preinit_array_end = .; __init_array_start = .; KEEP(*(.init_array*))
            __init_array_end = .; __fini_array_start = .; KEEP(*(.fini_array*))
            __fini_array_end = .; } > CODE
  .ARM.extab : { *(.ARM.extab*) } > CODE
  .ARM.exidx : { __exidx_start = .; *(.ARM.exidx*) __exidx_end = .; } > CODE
  .data : { *(.data*) } > RAM
  .bss : { __bss_start__ = .; *(.bss*) *(COMMON) . = ALIGN(8); __bss_end__ = .; } > RAM
  end = .; _end = .; __end__ = .;
}
"""
CFLAGS = ["-std=c99", "-mcpu=cortex-m4", "-mthumb", "--specs=rdimon.specs", "-nostartfiles"]


def _count(elf: Path, folder: Path) -> int:
    log = folder / "run.log"
    subprocess.run(["qemu-system-arm", "-M", "mps2-an386", "-nographic", "-semihosting",
                    "-kernel", str(elf), "-icount", "shift=0", "-singlestep", "-d",
                    "exec,nochain", "-D", str(log)], check=True, timeout=900,
                   capture_output=True)
    with open(log) as f:
        n = sum(1 for line in f if line.startswith("Trace"))
    log.unlink()
    return n


def _build(folder: Path, main_c: str, sources, level: str, tag: str) -> Path:
    main = folder / f"main_{tag}.c"
    main.write_text(main_c)
    elf = folder / f"{tag}.elf"
    subprocess.run(["arm-none-eabi-gcc", *CFLAGS, level, "-T", str(folder / "link.ld"),
                    f"-I{folder}", str(folder / "startup.c"), str(main), *map(str, sources),
                    "-o", str(elf)], check=True, capture_output=True)
    return elf


#: the layers: (label, TransposedConvSpec keywords); the first is the how-to's decoder layer
#: (CMSIS-NN takes its row-buffer kernel), the second has 32 input channels (CMSIS-NN's
#: wrapper takes the reverse convolution, ``arm_convolve_s8`` on a zero-inserted input)
LAYERS = [
    ("7x7x16 -> 14x14x8, k3 s2 SAME", dict(in_size=(7, 7), kernel_size=3, stride=2,
                                          padding="same", in_channels=16, out_channels=8)),
    ("8x8x32 -> 16x16x16, k4 s2 p1", dict(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
                                         in_channels=32, out_channels=16)),
]


def _kernel(folder: Path, name: str, phase_gemm: bool, max_workspace=None, layer=None):
    from tconv_sym import TransposedConvSpec
    from tconv_sym.codegen import int8_gemm
    from tconv_sym.codegen.api import generate
    from tconv_sym.codegen.layout import weight_shape
    from tconv_sym.codegen.quant import Quantization

    rng = np.random.default_rng(4)
    spec = TransposedConvSpec(**(layer or LAYERS[0][1]))
    c = spec.out_channels
    q = Quantization(input_scale=0.02, input_zero_point=3,
                     weight_scales=rng.uniform(0.005, 0.012, c).tolist(),
                     output_scale=0.05 * spec.in_channels / 16, output_zero_point=-2)
    applies = int8_gemm.applies
    if not phase_gemm:
        int8_gemm.applies = lambda plan: False
    try:
        return generate(spec, lang="c", dtype="int8", layout="nhwc", quant=q, name=name,
                        weights=rng.integers(-127, 128, weight_shape(spec, "tflite")),
                        bias=rng.integers(-999, 999, c), out_dir=folder, max_stack=4096,
                        max_workspace=max_workspace)
    finally:
        int8_gemm.applies = applies


#: CMSIS-NN as the ``fetch`` tool leaves it (a git directory without a work tree)
CMSIS_NN_DEFAULT = Path("/work/.mirror/ARM-software+CMSIS-NN/repo")
#: the x input: a fixed pseudo-random sequence (the same in every program)
FILL = """static void fill(int8_t *x, int n) { uint32_t s = 12345u; int i;
  for (i = 0; i < n; ++i) { s = s * 1103515245u + 12345u; x[i] = (int8_t)(s >> 24); } }
"""
#: the checksum of the output, printed by the uncounted check run only
CHECK = """#ifdef CHECK
#include <stdio.h>
#endif
static void check(const int8_t *y, int n) {
#ifdef CHECK
  uint32_t h = 2166136261u; int i;
  for (i = 0; i < n; ++i) h = (h ^ (uint8_t)y[i]) * 16777619u;
  printf("checksum %08lx\\n", (unsigned long)h);
#else
  (void)y; (void)n;
#endif
}
"""


def cmsis_sources(source, folder: Path):
    """CMSIS-NN's int8 sources and include folder, unpacked from ``source`` (a checkout or a
    git directory) into ``folder``; ``None`` when ``source`` does not exist."""
    source = Path(source)
    if not source.exists():
        return None
    if (source / "Include").is_dir():
        root = source
    else:  # a git directory (the fetch tool's mirror): its newest commit's files
        root = folder / "cmsis-nn"
        root.mkdir(exist_ok=True)
        archive = subprocess.run(["git", "--git-dir", str(source), "archive", "HEAD",
                                  "Include", "Source"], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    files = sorted(p for sub in ("ConvolutionFunctions", "NNSupportFunctions")
                   for p in (root / "Source" / sub).glob("*.c")
                   if not p.stem.endswith(("_f16", "_f32")))
    return root / "Include", files


def _cmsis_library(folder: Path, include: Path, files, level: str) -> Path:
    """CMSIS-NN's int8 objects for ``level``, archived (the linker keeps what is called)."""
    lib = folder / f"libcmsisnn{level}.a"
    objs = []
    for f in files:
        obj = folder / f"cmsis{level}_{f.stem}.o"
        subprocess.run(["arm-none-eabi-gcc", *CFLAGS, level, "-ffunction-sections",
                        "-fdata-sections", f"-I{include}", "-c", str(f), "-o", str(obj)],
                       check=True, capture_output=True)
        objs.append(str(obj))
    subprocess.run(["arm-none-eabi-ar", "rcs", str(lib), *objs], check=True)
    return lib


def _cmsis_main(art, call: bool) -> str:
    """A program that runs ``arm_transpose_conv_wrapper_s8`` on the layer of ``art``."""
    p = art.plan
    spec, q = p.spec, p.quant
    (h, w), (oh, ow) = spec.in_size, spec.out_size
    ci, co = spec.in_channels, spec.out_channels
    kh, kw = spec.kernel_size
    from tconv_sym.codegen.layout import from_pytorch

    filt = from_pytorch(p.weights, spec, "tflite").astype(np.int8)  # (C_out, kh, kw, C_in)
    mult, shift = q.multipliers(co)
    pads = [max(0, (n - 1) * s + k - o) // 2 for n, s, k, o in
            zip(spec.in_size, spec.stride, spec.kernel_size, spec.out_size)]

    def arr(ctype, name, values):
        return f"static const {ctype} {name}[] = {{ {', '.join(map(str, values))} }};\n"

    return (
        '#include <stdint.h>\n#include "arm_nnfunctions.h"\n' + FILL + CHECK
        + arr("int8_t", "wt", filt.reshape(-1).tolist()) + arr("int32_t", "bias", p.bias.tolist())
        + arr("int32_t", "mult", list(mult)) + arr("int32_t", "shift", list(shift))
        + f"static int8_t x[{h * w * ci}]; static int8_t y[{oh * ow * co}];\n"
        + "static int32_t buf[16384]; static int8_t rev[16384];\n"
        + "int main(void) {\n"
        + "  cmsis_nn_context ctx = { buf, sizeof buf }, rctx = { rev, sizeof rev };\n"
        + f"  cmsis_nn_transpose_conv_params tp = {{ {-q.input_zero_point}, "
        + f"{q.output_zero_point}, {{ {spec.stride[1]}, {spec.stride[0]} }}, "
        + f"{{ {pads[1]}, {pads[0]} }}, {{ 0, 0 }}, {{ 1, 1 }}, "
        + f"{{ {q.activation_min}, {q.activation_max} }} }};\n"
        + "  cmsis_nn_per_channel_quant_params qp = { (int32_t *)mult, (int32_t *)shift };\n"
        + f"  cmsis_nn_dims id = {{ 1, {h}, {w}, {ci} }}, fd = {{ {co}, {kh}, {kw}, {ci} }}, "
        + f"bd = {{ 1, 1, 1, {co} }}, od = {{ 1, {oh}, {ow}, {co} }};\n"
        + f"  fill(x, {h * w * ci});\n"
        + ("  if (arm_transpose_conv_s8_get_buffer_size(&tp, &id, &fd, &od) > (int32_t)sizeof buf"
           " || arm_transpose_conv_wrapper_s8(&ctx, &rctx, &tp, &qp, &id, x, &fd, wt, &bd, bias,"
           " &od, y) != ARM_CMSIS_NN_SUCCESS) return 2;\n" if call else
           "  (void)ctx; (void)rctx; (void)tp; (void)qp; (void)id; (void)fd; (void)bd; (void)od;"
           " (void)wt; (void)bias; (void)mult; (void)shift;\n")
        + "#ifdef CHECK\n  printf(\"buffers %ld %ld\\n\", "
        "(long)arm_transpose_conv_s8_get_buffer_size(&tp, &id, &fd, &od), "
        "(long)arm_transpose_conv_s8_get_reverse_conv_buffer_size(&tp, &id, &fd));\n#endif\n"
        + f"  check(y, {oh * ow * co});\n  return 0;\n}}\n")


def _checked(elf: Path) -> dict:
    """``{"checksum": ..., "buffers": [...]}`` printed by an uncounted run."""
    run = subprocess.run(["qemu-system-arm", "-M", "mps2-an386", "-nographic", "-semihosting",
                          "-kernel", str(elf)], capture_output=True, text=True, timeout=300)
    out = {"checksum": f"(exit {run.returncode})", "buffers": []}
    for line in run.stdout.splitlines():
        if line.startswith("checksum"):
            out["checksum"] = line.split()[1]
        elif line.startswith("buffers"):
            out["buffers"] = [int(w) for w in line.split()[1:]]
    return out


def main(argv=None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cmsis-nn", default=str(CMSIS_NN_DEFAULT), metavar="DIR",
                        help="CMSIS-NN source: a checkout or a git directory (default: the "
                             "fetch tool's mirror)")
    args = parser.parse_args(argv)
    for tool in ("arm-none-eabi-gcc", "qemu-system-arm"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed (apt-get install gcc-arm-none-eabi "
                  "libnewlib-arm-none-eabi qemu-system-arm)")
            return 1
    print("| layer | kernel | level | workspace B | planned stack B | instructions | per MAC | "
          "output checksum |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        (folder / "startup.c").write_text(STARTUP)
        (folder / "link.ld").write_text(LINK)
        cmsis = cmsis_sources(args.cmsis_nn, folder)
        libs = {}
        if cmsis is not None:
            include, files = cmsis
            libs = {lv: _cmsis_library(folder, include, files, lv) for lv in ("-O2", "-Os")}
        for label, layer in LAYERS:
            ref = _kernel(folder, "ref_k", False, layer=layer)
            cmsis_ws = None
            if cmsis is None:
                print(f"| {label} | CMSIS-NN arm_transpose_conv_wrapper_s8 | - | - | - | not "
                      f"available ({args.cmsis_nn} does not exist; fetch "
                      "github:ARM-software/CMSIS-NN) | - | - |")
            for level in ("-O2", "-Os") if cmsis else ():
                extra = [f"-I{include}", f"-L{folder}", f"-lcmsisnn{level}"]
                with_k = _build(folder, _cmsis_main(ref, True), extra, level, f"ck{level}")
                without = _build(folder, _cmsis_main(ref, False), extra, level, f"ce{level}")
                n = _count(with_k, folder) - _count(without, folder)
                checked = _checked(_build(folder, "#define CHECK 1\n" + _cmsis_main(ref, True),
                                          extra, level, f"cc{level}"))
                cmsis_ws = sum(checked["buffers"])  # ctx + the reversed filter's buffer
                print(f"| {label} | CMSIS-NN arm_transpose_conv_wrapper_s8 | {level} | "
                      f"{cmsis_ws:,} | - | {n:,} | {n / ref.plan.nnz:.2f} | "
                      f"{checked['checksum']} |", flush=True)
            forms = [("tconv_sym phase GEMMs (Armv7E-M DSP: SMLAD)", "gemm_k", True, None, []),
                     ("tconv_sym phase GEMMs (portable C)", "gemm_k", True, None,
                      ["-DTCONV_SYM_PORTABLE"]),
                     ("tconv_sym tap-block loops (DSP: SMLAD)", "loops_k", False, None, [])]
            if cmsis_ws:
                forms.append((f"tconv_sym tap-block loops (DSP: SMLAD), max_workspace={cmsis_ws}",
                              "bands_k", False, cmsis_ws, []))
            for form, name, gemm, max_ws, defines in forms:
                art = _kernel(folder, name, gemm, max_ws, layer=layer)
                p = art.plan
                xs, ys = int(np.prod(p.args[0].shape)), int(np.prod(p.result.shape))
                ws = p.memory.workspace_bytes
                call = (f'#include <stdint.h>\n#include "{art.name}.h"\n' + FILL + CHECK
                        + f"static int8_t x[{xs}]; static int8_t y[{ys}]; "
                        f"static int32_t ws[{ws // 4 + 1}];\n"
                        f"int main(void) {{ fill(x, {xs}); @CALL@ check(y, {ys}); (void)ws; "
                        "return 0; }\n")
                for level in ("-O2", "-Os"):
                    kcall = f"{art.name}(1, x, y{', (void *)ws' if ws else ''});"
                    src = [*defines, art.paths[0]]
                    with_k = _build(folder, call.replace("@CALL@", kcall), src, level,
                                    f"k{level}")
                    without = _build(folder, call.replace("@CALL@", ""), src, level,
                                     f"e{level}")
                    n = _count(with_k, folder) - _count(without, folder)
                    checked = _checked(_build(folder, "#define CHECK 1\n"
                                              + call.replace("@CALL@", kcall), src, level,
                                              f"c{level}"))
                    print(f"| {label} | {form} | {level} | {ws:,} | "
                          f"{p.memory.stack_bytes:,} | {n:,} | {n / p.nnz:.2f} | "
                          f"{checked['checksum']} |", flush=True)
        for lib in libs.values():
            lib.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
