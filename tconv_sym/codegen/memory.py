"""What a generated C kernel needs in memory: stack, static (baked tables) and workspace bytes.

The planner computes these before any code is written, so ``max_stack=`` and
``max_workspace=`` can steer the schedule (or refuse) and the header can state them:
``NAME_WORKSPACE_BYTES`` is the size of the caller's ``void *ws``. ``stack_bytes`` is the
arrays a kernel declares on the stack plus its schedule's allowance for the frame itself
(:data:`FRAME_ALLOWANCES`: saved registers, spilled scalars); straight-line code gets a bound
by counting (:func:`straight_line_stack`). Tests compare both with what ``gcc -fstack-usage``
and ``nm -S`` report (``benchmarks/memory_table.py`` prints the table per schedule).

>>> Memory(stack_bytes=1024, static_bytes=1_000, workspace_bytes=4_096)
Memory(stack 1,024 B, static 1,000 B, workspace 4,096 B)
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import NamedTuple

import numpy as np

__all__ = ["Memory", "FRAME_BYTES", "FRAME_ALLOWANCES", "DEFAULT_MAX_STACK",
           "measure_memory", "check_max_workspace", "fit_workspace", "frame_allowance",
           "straight_line_stack"]

#: Allowance per schedule for a kernel's own frames on top of its declared arrays (saved
#: registers, spilled scalars, the leaf helpers' frames): the largest ``-fstack-usage`` frame
#: minus the declared arrays measured over a sweep of 2-5 layers per schedule with gcc 12 at
#: -O2 and -Os on x86-64, aarch64 and Cortex-M4 (``python -m benchmarks.memory_table
#: --sweep``), rounded up to 16 B; boxes: 80 B measured on 1-3-D weight gradients and sparse
#: baked weights (soft- and hard-float M4), 96 planned; gemm / gemm-scatter: 1,104 / 864 B
#: the largest over 14 / 4 kernels (float32 and float64, 512->256 16x16 k4 s2 among them,
#: entry NAME, NAME_packed or NAME_packed_ws with its deepest helper) at -O2 and -Os on the
#: three targets, planned 10 % above (winograd keeps the former gemm allowance, 832 B). An
#: upper bound on those sweeps, not a
#: proof for every layer. Straight-line code has none: see :func:`straight_line_stack`.
FRAME_ALLOWANCES = {"blocks": 368, "boxes": 96, "depthwise": 160, "spatial": 176,
                    "channels": 224, "panel": 0, "gemm": 1216, "gemm-scatter": 960,
                    "straight-line": 64, "winograd": 832}
#: The largest allowance (the former fixed allowance was 1,024 B for every schedule).
FRAME_BYTES = max(FRAME_ALLOWANCES.values())
#: The default ``max_stack``: generous, for hosts (a microcontroller wants ``4096`` or so).
DEFAULT_MAX_STACK = 8 * 2**20


class Memory(NamedTuple):
    """Bytes of stack (an upper bound), of static tables, of the caller's workspace."""

    stack_bytes: int
    static_bytes: int
    workspace_bytes: int

    def __repr__(self) -> str:
        return (f"Memory(stack {self.stack_bytes:,} B, static {self.static_bytes:,} B, "
                f"workspace {self.workspace_bytes:,} B)")

    def describe(self) -> str:
        """One line for plans and headers."""
        return (f"stack <= {self.stack_bytes:,} B, static {self.static_bytes:,} B, "
                f"workspace {self.workspace_bytes:,} B")


def frame_allowance(schedule: str) -> int:
    """Bytes of frame a ``schedule``'s kernel is planned with on top of its arrays
    (:data:`FRAME_ALLOWANCES`; :data:`FRAME_BYTES` for an unknown one).

    >>> frame_allowance("blocks"), frame_allowance("gemm")
    (368, 1216)
    """
    return FRAME_ALLOWANCES.get(schedule, FRAME_BYTES)


def straight_line_stack(plan) -> int:
    """The planned stack of straight-line (unrolled) code: an upper bound by counting, not a
    prediction — one spill slot of the element size per multiply term, per input, weight and
    output element of a sample, plus the frame allowance. Compilers schedule the loads of
    straight-line code early and spill what does not fit the registers: the same 1,848-term
    kernel uses 8 B (x86-64 -Os) to 1,536 B (Cortex-M4 -O2), which no count of the code
    predicts within 10 %; this bound held 2.5-30x above every measurement of the sweep.

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> p = make_plan(TransposedConvSpec(in_size=6, kernel_size=4, stride=2, in_channels=2,
    ...     out_channels=2), lang="c", dtype="float32", strategy="unrolled", name="k")
    >>> straight_line_stack(p)  # 4 B x (96 terms + 12 + 16 + 28) + 64
    672
    """
    import math

    from .clang import element_bytes

    terms = sum(len(r.terms) for r in plan.rows or ())
    values = sum(math.prod(a.shape) for a in plan.args) + math.prod(plan.result.shape)
    return element_bytes(plan.dtype) * (terms + values) + FRAME_ALLOWANCES["straight-line"]


def measure_memory(c_file, name: str, cc: str = "gcc", flags=("-O2",)) -> Memory:
    """What a compiler makes of a generated kernel: the stack from ``-fstack-usage`` (the
    entry ``name``'s frame plus the largest other frame of the file — generated helpers are
    leaves called from the entry; ``NAME_checked`` calls the entry and is not counted: it adds
    its own frame, a few bytes, on top), static bytes from ``nm -S`` (data, read-only and bss
    symbols), workspace 0 (the caller's, not the compiler's). ``cc`` is any gcc (a cross
    compiler: its ``nm`` next to it).

    >>> import tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> path = os.path.join(d, "k.c")
    >>> _ = open(path, "w").write("static const int t[4] = {1, 2, 3, 4}; int k(int i) { "
    ...     "volatile int a[8]; a[i & 7] = i; return a[0] + t[i & 3]; }")
    >>> m = measure_memory(path, "k")
    >>> m
    Memory(stack ... B, static 16 B, workspace 0 B)
    """
    c_file = Path(c_file)
    obj = c_file.with_suffix(".o")
    subprocess.run([cc, "-std=c99", *flags, "-fstack-usage", "-c", str(c_file), "-o",
                    str(obj)], check=True, cwd=c_file.parent, capture_output=True)
    frames: dict[str, int] = {}
    for line in obj.with_suffix(".su").read_text().splitlines():
        where, size, _ = line.split("\t")
        fn = where.rsplit(":", 1)[-1].split(".")[0]  # decoder_tile.constprop.0 -> decoder_tile
        frames[fn] = max(int(size), frames.get(fn, 0))
    entry = frames.pop(name, 0)
    frames.pop(f"{name}_checked", None)  # calls the entry: a caller, not a callee
    nm = cc[:-3] + "nm" if cc.endswith("-gcc") else "nm"
    text = subprocess.run([nm, "-S", str(obj)], capture_output=True, text=True,
                          check=True).stdout
    static = sum(int(f[1], 16) for f in (line.split() for line in text.splitlines())
                 if len(f) == 4 and f[2] in "rRdDbB")
    return Memory(entry + max(frames.values(), default=0), static, 0)


def check_max_workspace(max_workspace) -> int | None:
    """``max_workspace`` as a number of bytes (``None``: no limit), or a ValueError.

    >>> check_max_workspace(4096), check_max_workspace(None)
    (4096, None)
    >>> check_max_workspace(-1)
    Traceback (most recent call last):
        ...
    ValueError: max_workspace (--max-workspace) must be a number of bytes >= 0, got -1
    """
    if max_workspace is None:
        return None
    if isinstance(max_workspace, bool) or not isinstance(max_workspace, (int, np.integer)) \
            or max_workspace < 0:
        raise ValueError("max_workspace (--max-workspace) must be a number of bytes >= 0, "
                         f"got {max_workspace!r}")
    return int(max_workspace)


def fit_workspace(plan, limit: int, estimate):
    """A tap-block ``plan`` whose workspace exceeds ``limit`` bytes, tiled to fit: the int8
    phase GEMMs (a haloed input copy) give way to the tap-block loops, whose int32
    accumulators are kept for the tallest band of output rows (axis 0) that fits — every
    output the same sum in the same order, so the same bits. A ValueError naming
    ``max_workspace`` (``--max-workspace``), the limit and the minimum (one output row's
    accumulators) when even one row does not fit. ``estimate(plan)`` is the planner's
    :class:`Memory` of a plan. Other schedules come back unchanged (the planner does not
    choose a GEMM form above the limit).

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> from tconv_sym.codegen.quant import Quantization
    >>> q = Quantization(input_scale=0.1, input_zero_point=0, weight_scales=[0.01],
    ...                  output_scale=0.2, output_zero_point=0)
    >>> spec = TransposedConvSpec(in_size=(8, 8), kernel_size=3, stride=2, in_channels=4,
    ...                           out_channels=4)
    >>> kw = dict(lang="c", dtype="int8", quant=q, weights=np.ones((4, 4, 3, 3)), name="k")
    >>> make_plan(spec, **kw).memory.workspace_bytes  # 17 x 17 x 4 int32
    4624
    >>> p = make_plan(spec, **kw, max_workspace=1024)
    >>> p.lowering.band, p.memory.workspace_bytes  # 3 rows of 17 x 4 int32
    (3, 816)
    >>> make_plan(spec, **kw, max_workspace=200)
    Traceback (most recent call last):
        ...
    ValueError: max_workspace=200 bytes (--max-workspace) is too small for k: its int8 \
accumulators need at least 272 B (one output row: 17 positions x 4 channels x int32); raise \
max_workspace
    """
    import dataclasses

    from .blocks import with_band

    mem = plan.memory
    if plan.schedule != "blocks" or plan.dtype != "int8" or mem.workspace_bytes <= limit:
        return plan
    low = plan.lowering
    note = f"workspace {mem.workspace_bytes:,} B > max_workspace={limit:,}"
    if low.gemm is not None:
        note = (f"tap-block loops, not the phase GEMMs: their haloed input needs "
                f"{mem.workspace_bytes:,} B > max_workspace={limit:,}")
        low = dataclasses.replace(low, gemm=None)
    per_row = 4 * low.acc_size // low.band
    band = min(low.rows, limit // per_row)
    if band < 1:
        positions = low.y_size // low.rows // plan.spec.out_channels
        raise ValueError(
            f"max_workspace={limit:,} bytes (--max-workspace) is too small for {plan.name}: "
            f"its int8 accumulators need at least {per_row:,} B (one output row: {positions:,}"
            f" positions x {plan.spec.out_channels:,} channels x int32); raise max_workspace")
    low = with_band(low, band)
    if band < low.rows:
        note += f"; int32 accumulators in {low.bands} bands of {band} output row(s)"
    out = dataclasses.replace(plan, lowering=low, reason=plan.reason.noted(note))
    return dataclasses.replace(out, memory=estimate(out))
