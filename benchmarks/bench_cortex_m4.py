"""Instructions a Cortex-M4 executes for an int8 kernel, counted under qemu-system-arm.

    python -m benchmarks.bench_cortex_m4

The kernel (TRANSPOSE_CONV 16->8 7x7 k3 s2 SAME, int8 NHWC, TFLite arithmetic) is built with
arm-none-eabi-gcc for the MPS2 AN386 board (a Cortex-M4), with a two-word vector table and
newlib's semihosting; qemu runs it one instruction per translation block (``-singlestep -d
exec,nochain``) so that every executed instruction is one log line. The count of a program
that calls the kernel once minus the count of one that does not is the kernel's. These are
instruction counts, not cycles (qemu does not model the M4's pipeline or wait states).
Both int8 forms are counted: the phase GEMMs (portable C path: the M4 has no dot-product
instruction) and the plain tap-block loops.
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


def _kernel(folder: Path, name: str, phase_gemm: bool):
    from tconv_sym import TransposedConvSpec
    from tconv_sym.codegen import int8_gemm
    from tconv_sym.codegen.api import generate
    from tconv_sym.codegen.layout import weight_shape
    from tconv_sym.codegen.quant import Quantization

    rng = np.random.default_rng(4)
    spec = TransposedConvSpec(in_size=(7, 7), kernel_size=3, stride=2, padding="same",
                              in_channels=16, out_channels=8)
    q = Quantization(input_scale=0.02, input_zero_point=3, weight_scales=[0.01] * 8,
                     output_scale=0.05, output_zero_point=-2)
    applies = int8_gemm.applies
    if not phase_gemm:
        int8_gemm.applies = lambda plan: False
    try:
        return generate(spec, lang="c", dtype="int8", layout="nhwc", quant=q, name=name,
                        weights=rng.integers(-127, 128, weight_shape(spec, "tflite")),
                        bias=rng.integers(-999, 999, 8), out_dir=folder, max_stack=4096)
    finally:
        int8_gemm.applies = applies


def main() -> int:
    for tool in ("arm-none-eabi-gcc", "qemu-system-arm"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed (apt-get install gcc-arm-none-eabi "
                  "libnewlib-arm-none-eabi qemu-system-arm)")
            return 1
    print("| form | level | planned stack B | instructions | per MAC |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        (folder / "startup.c").write_text(STARTUP)
        (folder / "link.ld").write_text(LINK)
        for form, gemm in (("phase GEMMs (portable)", True), ("tap-block loops", False)):
            art = _kernel(folder, "gemm_k" if gemm else "loops_k", gemm)
            p = art.plan
            xs, ys = int(np.prod(p.args[0].shape)), int(np.prod(p.result.shape))
            ws = p.memory.workspace_bytes
            call = (f'#include <stdint.h>\n#include "{art.name}.h"\nstatic int8_t x[{xs}]; '
                    f"static int8_t y[{ys}]; static int32_t ws[{ws // 4 + 1}];\n"
                    "int main(void) { %s volatile int8_t s = y[0]; (void)s; (void)ws; "
                    "(void)x; return 0; }\n")
            for level in ("-O2", "-Os"):
                with_k = _build(folder, call % f"{art.name}(1, x, y{', ws' if ws else ''});",
                                [art.paths[0]], level, f"k{level}")
                without = _build(folder, call % "", [art.paths[0]], level, f"e{level}")
                n = _count(with_k, folder) - _count(without, folder)
                print(f"| {form} | {level} | {p.memory.stack_bytes:,} | {n:,} | "
                      f"{n / p.nnz:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
