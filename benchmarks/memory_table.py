"""Planned bound vs measured memory: per schedule, the plan's stack and static bounds next to
what the compilers use on x86-64, aarch64 and Cortex-M4 at -O2 and -Os, and the figure the
tool prints for that target (``tconv-sym gen --target T --opt O``) against the compiler's own
output.

    python -m benchmarks.memory_table [--sweep] [--out table.md]

Measured stack (the tool's figure, :func:`tconv_sym.codegen.memory.measure_artifact`, what
``gen --target`` prints): the deepest call chain from the kernel's entry points over the call
graph gcc writes (``-fcallgraph-info=su``), each frame from ``-fstack-usage``. Measured static:
the sizes ``nm -S`` gives to data, read-only and bss symbols. The column "tool = compiler"
compiles the file again here, reads the ``.su`` file and ``nm`` directly, and checks that the
tool's stack is the sum of the compiler's frames along the chain it printed and its static
bytes the compiler's. Compilers that are not installed are skipped (the table says so). A cell
reads ``measured (bound / measured)``; the last columns say whether the bound is within 10 %
of every compiler (bound >= measured and bound <= 1.10 x measured) and, where not, why
(:data:`WHY_STACK`, :data:`WHY_STATIC`). ``--sweep`` adds 2-5 layers per schedule: the sweep
the frame allowances of :data:`tconv_sym.codegen.memory.FRAME_ALLOWANCES` are read from.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import numpy as np

TARGETS = ("x86-64", "aarch64", "cortex-m4")
LEVELS = ("-O2", "-Os")


#: why a schedule's planned stack is not within 10 % of every compiler (the measured figure,
#: printed by ``gen --target``, is the compiler's: column "tool = compiler")
WHY_STACK = {
    "straight-line": "a bound by counting (one slot per term and value), not a prediction: "
                     "the compilers' spills of the same straight-line code range from 0 B to "
                     "1.5 KB",
    "blocks": "only scalars on the stack: the frame is the compiler's register allocation "
              "(40-368 B across targets and levels); the bound is the largest measured",
    "boxes": "only scalars on the stack: the frame is the compiler's register allocation "
             "(0-80 B over the sweep); the bound is 96 B",
    "depthwise": "one row of accumulators (128 B here) and a frame of 0-160 B that "
                 "depends on the compiler",
    "spatial": "a small register tile (152 B here) and a frame of 0-176 B that depends "
               "on the compiler",
    "channels": "the packed weights are in the workspace: what stays is a register tile "
                "and a frame of 100-290 B that depends on the compiler",
    "panel": "the channels-last copy and weights are in the workspace: what stays is the "
             "lane tile and a frame that depends on the compiler",
    "gemm": "the call chain differs per layer and target (by_rows or lanes, which helpers "
            "gcc inlines): one layer's by_rows frame is 1.5 KB, another's none; the bound "
            "covers the deepest chain of the sweep (4.3 KB)",
    "gemm-scatter": "x86-64 keeps more of the register tile in vector registers than "
                    "aarch64 and the M4; the bound covers the deepest chain of the sweep",
    "int8-gemm": "the int8 tile's frame is 88-368 B depending on target and level "
                 "(over ~1.1-1.8 KB of tile)",
}
#: why a schedule's planned static bytes are not within 10 % of every compiler's
WHY_STATIC = {
    "gemm": "planned counts every index table the source declares; gcc folds the tables it "
            "can resolve after inlining (row tables, packers), a different set per layer",
    "channels": "gcc folds some region tables after inlining (planned: all declared)",
    "spatial": "gcc folds some region tables after inlining (planned: all declared)",
    "panel": "gcc folds some region tables after inlining (planned: all declared)",
}


def kernels(folder: Path, sweep: bool = False):
    """One generated kernel per schedule (the register-tiled ones with the GEMM forms off);
    ``sweep``: 1-4 more per schedule."""
    from tconv_sym import ConvSpec, TransposedConvSpec
    from tconv_sym.codegen import depthwise, gemm, gemm_scatter
    from tconv_sym.codegen.api import generate
    from tconv_sym.codegen.layout import weight_shape
    from tconv_sym.codegen.quant import Quantization

    rng = np.random.default_rng(0)
    T = TransposedConvSpec
    small = T(in_size=(5, 4), kernel_size=3, stride=2, padding="same", in_channels=3,
              out_channels=4)
    dec = T(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=32,
            out_channels=16)

    def q(c):
        return Quantization(input_scale=0.02, input_zero_point=3, weight_scales=[0.01] * c,
                            output_scale=0.1, output_zero_point=-2)

    w8 = rng.integers(-127, 128, weight_shape(dec, "tflite")).astype(np.int8)
    f32 = {"dtype": "float32"}
    out = []

    def add(label, spec, forced=False, **kw):
        saved = gemm.MAX_WASTE, gemm_scatter.MAX_WASTE, depthwise.MAX_IN_PER_GROUP
        if forced:  # the register-tiled schedules: the GEMM forms off
            gemm.MAX_WASTE = gemm_scatter.MAX_WASTE = 0.0
            depthwise.MAX_IN_PER_GROUP = 0
        try:
            if forced:
                kw.setdefault("fast", "never")
            art = generate(spec, lang="c", out_dir=folder, name=f"k{len(out)}", **kw)
        finally:
            gemm.MAX_WASTE, gemm_scatter.MAX_WASTE, depthwise.MAX_IN_PER_GROUP = saved
        out.append((label, art))

    add("straight-line", small, strategy="unrolled", **f32)
    add("gemm", T(in_size=(6, 5), kernel_size=4, stride=2, padding=1, in_channels=64,
                  out_channels=40), **f32)
    add("gemm-scatter", T(in_size=(14, 14), kernel_size=7, padding=3, in_channels=32), **f32)
    add("depthwise", T(in_size=(16, 16), kernel_size=4, stride=2, padding=1, in_channels=21,
                       out_channels=21, groups=21), **f32)
    add("channels", T(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128,
                      out_channels=64), forced=True, **f32)
    add("spatial", T(in_size=(8, 8), kernel_size=4, stride=2, in_channels=3, out_channels=2),
        forced=True, **f32)
    add("panel", T(in_size=(14, 14), kernel_size=7, padding=3, in_channels=32), forced=True,
        **f32)
    add("boxes", small, derivative="weight", strategy="polyphase", **f32)
    add("blocks-f32-nhwc", dec, layout="nhwc", **f32)
    add("blocks-int8-nchw", dec, dtype="int8", weights=w8.transpose(3, 0, 1, 2).copy(),
        quant=q(16), bias=rng.integers(-500, 500, 16))
    add("blocks-int8-row-bands", dec, dtype="int8", weights=w8.transpose(3, 0, 1, 2).copy(),
        quant=q(16), bias=rng.integers(-500, 500, 16), max_workspace=4096)
    add("int8-phase-gemm", dec, dtype="int8", layout="nhwc", weights=w8, quant=q(16),
        bias=rng.integers(-500, 500, 16))
    if not sweep:
        return out
    add("straight-line b", T(in_size=6, kernel_size=4, stride=2, in_channels=2,
                             out_channels=2), strategy="unrolled", **f32)
    add("straight-line c", ConvSpec(in_size=(6, 6), kernel_size=3, in_channels=2,
                                    out_channels=3), strategy="unrolled", **f32)
    add("straight-line d (baked)", small, strategy="unrolled",
        weights=rng.standard_normal((3, 4, 3, 3)), **f32)
    add("gemm b", T(in_size=(8, 8), kernel_size=3, stride=2, in_channels=32,
                    out_channels=16), **f32)
    add("gemm c", T(in_size=(4, 4), kernel_size=4, stride=4, in_channels=16,
                    out_channels=64), **f32)
    add("gemm-scatter b", T(in_size=(10, 10), kernel_size=4, stride=2, in_channels=64,
                            out_channels=3), **f32)
    add("depthwise b", T(in_size=(12, 12), kernel_size=3, stride=2, in_channels=8,
                         out_channels=16, groups=8), **f32)
    add("channels b", T(in_size=(6, 6), kernel_size=3, stride=2, in_channels=32,
                        out_channels=16), forced=True, **f32)
    add("boxes b", T(in_size=(9, 9), kernel_size=3, stride=2, in_channels=4, out_channels=4),
        derivative="weight", strategy="polyphase", **f32)
    add("blocks-f32-nhwc b", small, layout="nhwc", **f32)
    add("blocks-int8 1-D", T(in_size=9, kernel_size=3, stride=2, in_channels=4,
                             out_channels=5), dtype="int8",
        weights=rng.integers(-127, 128, (4, 5, 3)), quant=q(5))
    for i, (spec, c) in enumerate([(T(in_size=(5, 6), kernel_size=4, stride=2, padding="same",
                                      in_channels=7, out_channels=20), 20),
                                    (T(in_size=(6, 5), kernel_size=3, stride=2, in_channels=16,
                                       out_channels=64), 64), (small, 4)]):
        add(f"int8-phase-gemm {'bcd'[i]}", spec, dtype="int8", layout="nhwc", quant=q(c),
            weights=rng.integers(-127, 128, weight_shape(spec, "tflite")))
    return out


def _kind(art) -> str:
    plan = art.plan
    if plan.schedule == "blocks" and plan.lowering.gemm is not None:
        return "int8-gemm"
    return plan.schedule


def compiler_reading(art, cc: str, flags, folder: Path, chain):
    """The compiler's own output for ``art`` (a fresh compile in ``folder``): the sum of the
    ``-fstack-usage`` frames of the functions of ``chain`` and the ``nm -S`` static bytes."""
    import subprocess

    d = Path(tempfile.mkdtemp(dir=folder))
    for p in art.paths:
        if p.suffix in (".c", ".h") and not p.stem.endswith("_test"):
            shutil.copy(p, d)
    src = d / art.paths[0].name
    subprocess.run([cc, "-std=c99", *flags, "-fstack-usage", "-c", src.name, "-o", "k.o"],
                   cwd=d, check=True, capture_output=True)
    frames = {}
    for line in (d / "k.su").read_text().splitlines():
        where, size, _ = line.split("\t")
        fn = where.rsplit(":", 1)[-1].split(".")[0]
        frames[fn] = max(frames.get(fn, 0), int(size))
    nm = cc[:-3] + "nm" if cc.endswith("-gcc") else "nm"
    text = subprocess.run([nm, "-S", str(d / "k.o")], capture_output=True, text=True,
                          check=True).stdout
    static = sum(int(f[1], 16) for f in (line.split() for line in text.splitlines())
                 if len(f) == 4 and f[2] in "rRdDbB")
    return sum(frames.get(fn, -10**9) for fn, _ in chain), static


def _within(planned: int, measured: list[int]) -> bool:
    return all(m <= planned <= 1.10 * m for m in measured)


def rows(sweep: bool = False):
    """Per kernel: label, kind, the plan's memory and per (target, level) the tool's
    :class:`~tconv_sym.codegen.memory.Measured` (``None``: no compiler) and whether it equals
    the compiler's own reading."""
    from tconv_sym.codegen.memory import TARGETS as TS
    from tconv_sym.codegen.memory import measure_artifact, target_compiler

    out = []
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        for label, art in kernels(folder, sweep):
            cells = []
            for t in TARGETS:
                cc = target_compiler(t)
                for lv in LEVELS:
                    if cc is None:
                        cells.append((t, lv, None, None))
                        continue
                    m = measure_artifact(art, t, lv)
                    raw = compiler_reading(art, cc, [lv, *TS[t].flags], folder, m.chain)
                    cells.append((t, lv, m, raw == (m.stack_bytes, m.static_bytes)))
            out.append((label, _kind(art), art.plan.memory, cells))
    return out


def table(sweep: bool = False) -> str:
    head = ["| kernel (schedule) | bound stack / static | workspace (exact) | " + " | ".join(
        f"{t} {lv} stack / static" for t in TARGETS for lv in LEVELS)
        + " | tool = compiler | stack bound within 10 % | static bound within 10 % |",
        "|---|---|---|" + "---|" * (len(TARGETS) * len(LEVELS) + 3)]
    lines = list(head)
    for label, kind, mem, cells in rows(sweep):
        text, stacks, statics, same = [], [], [], []
        for _, _, m, ok in cells:
            if m is None:
                text.append("(no compiler)")
                continue
            stacks.append(m.stack_bytes)
            statics.append(m.static_bytes)
            same.append(ok)
            ratio = f"{mem.stack_bytes / m.stack_bytes:.2f}" if m.stack_bytes else "-"
            text.append(f"{m.stack_bytes:,} ({ratio}) / {m.static_bytes:,}")
        if any(s > mem.stack_bytes for s in stacks):
            stack_ok = "**no: under-estimated**"
        else:
            stack_ok = "yes" if _within(mem.stack_bytes, stacks) else \
                "no: " + WHY_STACK.get(kind, "(no reason recorded)")
        if any(s > mem.static_bytes for s in statics):
            static_ok = "**no: under-estimated**"
        else:
            static_ok = "yes" if _within(mem.static_bytes, statics) else \
                "no: " + WHY_STATIC.get(kind, "(no reason recorded)")
        agree = f"yes ({len(same)} of {len(same)})" if all(same) else \
            f"**no ({same.count(False)} of {len(same)} differ)**"
        lines.append(f"| {label} ({kind}) | {mem.stack_bytes:,} / {mem.static_bytes:,} | "
                     f"{mem.workspace_bytes:,} | " + " | ".join(text)
                     + f" | {agree} | {stack_ok} | {static_ok} |")
    return "\n".join(lines)


def _versions() -> str:
    from tconv_sym.codegen.memory import compiler_version, target_compiler

    out = []
    for t in TARGETS:
        cc = target_compiler(t)
        out.append(f"{t}: {cc} {compiler_version(cc)}" if cc else f"{t}: not installed")
    return "; ".join(out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=None)
    parser.add_argument("--sweep", action="store_true",
                        help="more layers per schedule (the frame allowances' sweep)")
    args = parser.parse_args(argv)
    text = ("# Planned bound vs measured memory (python -m benchmarks.memory_table"
            + (" --sweep" if args.sweep else "") + ")\n\n"
            "Measured stack = the deepest call chain from the kernel's entry points "
            "(-fcallgraph-info=su, frames by -fstack-usage), static = nm -S data/rodata/bss: "
            "the figures `tconv-sym gen --target T --opt O` prints (bound = the planner's, "
            "printed as 'bound, not compiled'). A cell is measured (bound / measured). "
            "'tool = compiler': the tool's figure equals a separate compile's .su frames "
            "along the printed chain and nm. Compilers: " + _versions() + "; cortex-m4 "
            "flags -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16.\n\n"
            + table(args.sweep))
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
