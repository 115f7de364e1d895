"""Planned memory against the compilers: per schedule, the plan's stack and static bytes next to
``-fstack-usage`` and ``nm`` on x86-64, aarch64 and Cortex-M4, at -O2 and -Os.

    python -m benchmarks.memory_table [--out table.md]

Measured stack: the entry function's frame plus the largest frame of the other functions in
the file (the generated helpers are leaves called from the entry: a call depth of two).
Measured static: the sizes ``nm -S`` gives to data, read-only and bss symbols. Compilers that
are not installed are skipped (the table says so).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import numpy as np

TARGETS = {
    "x86-64": ("gcc", []),
    "aarch64": ("aarch64-linux-gnu-gcc", []),
    "cortex-m4": ("arm-none-eabi-gcc", ["-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard",
                                        "-mfpu=fpv4-sp-d16"]),
}
LEVELS = ("-O2", "-Os")


def kernels(folder: Path):
    """One generated kernel per schedule (the register-tiled ones with the GEMM forms off)."""
    from tconv_sym import TransposedConvSpec
    from tconv_sym.codegen import depthwise, gemm, gemm_scatter
    from tconv_sym.codegen.api import generate
    from tconv_sym.codegen.layout import weight_shape
    from tconv_sym.codegen.quant import Quantization

    rng = np.random.default_rng(0)
    small = TransposedConvSpec(in_size=(5, 4), kernel_size=3, stride=2, padding="same",
                               in_channels=3, out_channels=4)
    dec = TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
                             in_channels=32, out_channels=16)
    q = Quantization(input_scale=0.02, input_zero_point=3, weight_scales=[0.01] * 16,
                     output_scale=0.1, output_zero_point=-2)
    w8 = rng.integers(-127, 128, weight_shape(dec, "tflite")).astype(np.int8)
    out = []

    def add(label, spec, **kw):
        art = generate(spec, lang="c", out_dir=folder, name=label.replace("-", "_"), **kw)
        out.append((label, art))

    add("straight-line", small, dtype="float32", strategy="unrolled")
    add("gemm", TransposedConvSpec(in_size=(6, 5), kernel_size=4, stride=2, padding=1,
                                   in_channels=64, out_channels=40), dtype="float32")
    add("gemm-scatter", TransposedConvSpec(in_size=(14, 14), kernel_size=7, padding=3,
                                           in_channels=32), dtype="float32")
    add("depthwise", TransposedConvSpec(in_size=(16, 16), kernel_size=4, stride=2, padding=1,
                                        in_channels=21, out_channels=21, groups=21),
        dtype="float32")
    saved = gemm.MAX_WASTE, gemm_scatter.MAX_WASTE, depthwise.MAX_IN_PER_GROUP
    gemm.MAX_WASTE = gemm_scatter.MAX_WASTE = 0.0
    depthwise.MAX_IN_PER_GROUP = 0
    try:
        add("channels", TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
                                           in_channels=128, out_channels=64), dtype="float32")
        add("spatial", TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2,
                                          in_channels=3, out_channels=2), dtype="float32")
        add("panel", TransposedConvSpec(in_size=(14, 14), kernel_size=7, padding=3,
                                        in_channels=32), dtype="float32")
    finally:
        gemm.MAX_WASTE, gemm_scatter.MAX_WASTE, depthwise.MAX_IN_PER_GROUP = saved
    add("boxes", small, dtype="float32", derivative="weight", strategy="polyphase")
    add("blocks-f32-nhwc", dec, dtype="float32", layout="nhwc")
    add("blocks-int8-nchw", dec, dtype="int8", weights=w8.transpose(3, 0, 1, 2).copy(),
        quant=q, bias=rng.integers(-500, 500, 16))
    add("int8-phase-gemm", dec, dtype="int8", layout="nhwc", weights=w8, quant=q,
        bias=rng.integers(-500, 500, 16))
    return out


def measure(cc: str, flags, art, folder: Path):
    from tconv_sym.codegen.memory import measure_memory

    m = measure_memory(art.paths[0], art.name, cc, flags)
    return m.stack_bytes, m.static_bytes


def table() -> str:
    rows = ["| schedule | planned stack / static | " + " | ".join(
        f"{t} {lv} stack / static" for t in TARGETS for lv in LEVELS) + " |",
        "|---|---|" + "---|" * (len(TARGETS) * len(LEVELS))]
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        for label, art in kernels(folder):
            mem = art.plan.memory
            cells = []
            for cc, extra in TARGETS.values():
                for lv in LEVELS:
                    if shutil.which(cc) is None:
                        cells.append("(no compiler)")
                        continue
                    stack, static = measure(cc, [lv, *extra], art, folder)
                    cells.append(f"{stack:,} ({stack / mem.stack_bytes:.0%}) / {static:,}")
            rows.append(f"| {label} ({art.plan.schedule}) | {mem.stack_bytes:,} / "
                        f"{mem.static_bytes:,} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)
    text = table()
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
