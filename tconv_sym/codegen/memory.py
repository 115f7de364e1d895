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

import re
import subprocess
from pathlib import Path
from typing import NamedTuple

import numpy as np

__all__ = ["Memory", "FRAME_BYTES", "FRAME_ALLOWANCES", "DEFAULT_MAX_STACK",
           "measure_memory", "measure_file", "measure_artifact", "Measured", "Target",
           "TARGETS", "OPT_LEVELS", "target_compiler", "compiler_version", "call_graph",
           "deepest_chain", "check_max_workspace", "fit_workspace", "frame_allowance",
           "straight_line_stack"]

#: Allowance per schedule for a kernel's own frames on top of its declared arrays (saved
#: registers, spilled scalars, the helpers' frames): the largest stack of the deepest call
#: chain (``-fcallgraph-info=su``, frames by ``-fstack-usage``) minus the declared arrays,
#: measured over a sweep of 2-5 layers per schedule with gcc 12 at -O2 and -Os on x86-64,
#: aarch64 and Cortex-M4 (``python -m benchmarks.memory_table --sweep``), rounded up to 16 B:
#: blocks 368, boxes 80 (96 planned), depthwise 160, spatial 176; channels 256 and panel 16
#: since their packed weights and channels-last copy are in the workspace (288 / 16
#: planned); gemm 2,432 (a 16-phase GEMM's chain NAME -> NAME_packed -> NAME_packed_ws ->
#: NAME_by_rows (1.5 KB of frame) -> micro-kernel (2.5 KB), 4.3 KB on aarch64; 2,448 planned),
#: gemm-scatter 1,232 (1,248 planned); winograd keeps 832. An upper bound on those sweeps,
#: not a proof for every layer: a compiled figure is :func:`measure_artifact`'s (``--target``).
#: Straight-line code has none: see :func:`straight_line_stack`.
FRAME_ALLOWANCES = {"blocks": 368, "boxes": 96, "depthwise": 160, "spatial": 176,
                    "channels": 288, "panel": 16, "gemm": 2448, "gemm-scatter": 1248,
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
        """One line for plans and headers: the planner's bound (compilers use less; see
        :func:`measure_artifact` for a compiled figure).

        >>> Memory(368, 0, 0).describe()
        'stack <= 368 B, static <= 0 B, workspace 0 B (bound, not compiled)'
        """
        return (f"stack <= {self.stack_bytes:,} B, static <= {self.static_bytes:,} B, "
                f"workspace {self.workspace_bytes:,} B (bound, not compiled)")


def frame_allowance(schedule: str) -> int:
    """Bytes of frame a ``schedule``'s kernel is planned with on top of its arrays
    (:data:`FRAME_ALLOWANCES`; :data:`FRAME_BYTES` for an unknown one).

    >>> frame_allowance("blocks"), frame_allowance("gemm")
    (368, 2448)
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
    """What a compiler makes of a generated kernel (:func:`measure_file` as a
    :class:`Memory`): the stack of the deepest call chain from the entry ``name`` by
    ``-fstack-usage`` / ``-fcallgraph-info=su``, static bytes from ``nm -S`` (data, read-only
    and bss symbols), workspace 0 (the caller's, not the compiler's). ``cc`` is any gcc (a
    cross compiler: its ``nm`` next to it).

    >>> import tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> path = os.path.join(d, "k.c")
    >>> _ = open(path, "w").write("static const int t[4] = {1, 2, 3, 4}; int k(int i) { "
    ...     "volatile int a[8]; a[i & 7] = i; return a[0] + t[i & 3]; }")
    >>> m = measure_memory(path, "k")
    >>> m
    Memory(stack ... B, static 16 B, workspace 0 B)
    """
    got = measure_file(c_file, name, cc, flags, entries=(name,))
    return Memory(got.stack_bytes, got.static_bytes, 0)


class Target(NamedTuple):
    """A compile target: the compilers that build for it (the first installed is used) and
    the flags it adds."""

    name: str
    compilers: tuple[str, ...]
    flags: tuple[str, ...]


def _host_is(*machines: str) -> bool:
    import platform

    return platform.machine().lower() in machines


#: The targets ``--target`` names: the host compiler (``native``: ``$CC`` or ``cc`` with
#: ``-march=native``, as ``load()`` builds), generic x86-64, aarch64 (Linux) and the
#: Cortex-M4 (hard float, the FPU of an STM32F4).
TARGETS = {
    "native": Target("native", (), ("-march=native",)),
    "x86-64": Target("x86-64", ("x86_64-linux-gnu-gcc",)
                     + (("gcc",) if _host_is("x86_64", "amd64") else ()), ()),
    "aarch64": Target("aarch64", ("aarch64-linux-gnu-gcc",)
                      + (("gcc",) if _host_is("aarch64", "arm64") else ()), ()),
    "cortex-m4": Target("cortex-m4", ("arm-none-eabi-gcc",),
                        ("-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard",
                         "-mfpu=fpv4-sp-d16")),
}
#: The optimisation levels ``--opt`` takes.
OPT_LEVELS = ("-O0", "-O1", "-O2", "-O3", "-Os")


def target_compiler(target: str) -> str | None:
    """The installed compiler for ``target`` (a key of :data:`TARGETS`), or ``None``; a
    ValueError for an unknown target.

    >>> target_compiler("native") is not None
    True
    >>> target_compiler("riscv")
    Traceback (most recent call last):
        ...
    ValueError: target (--target) must be one of native, x86-64, aarch64, cortex-m4, got 'riscv'
    """
    import os
    import shutil

    if target not in TARGETS:
        raise ValueError(f"target (--target) must be one of {', '.join(TARGETS)}, "
                         f"got {target!r}")
    names = TARGETS[target].compilers or (os.environ.get("CC") or "cc",)
    return next((cc for cc in names if shutil.which(cc)), None)


def compiler_version(cc: str) -> str:
    """``cc``'s version (``-dumpfullversion``), e.g. ``"12.2.0"``."""
    out = subprocess.run([cc, "-dumpfullversion", "-dumpversion"], capture_output=True,
                         text=True)
    return out.stdout.strip() or "(unknown version)"


class Measured(NamedTuple):
    """Memory of a generated kernel as a compiler built it: the deepest call chain from an
    entry point (``chain``: ``(function, frame bytes)`` from the entry down, by
    ``-fstack-usage`` / ``-fcallgraph-info=su``), static bytes by ``nm -S``, the caller's
    workspace (the plan's exact figure: ``NAME_WORKSPACE_BYTES``), and which compiler,
    version and flags. ``uncounted``: functions called but not in the file (``memset``,
    ``malloc``, soft-float helpers), whose frames are the library's; ``dynamic``: a frame
    of run-time size (none in generated code).

    >>> m = Measured(208, 16, 0, "gcc", "12.2.0", ("-O2",), "k", (("k", 160), ("k_t", 48)))
    >>> print(m.describe())
    stack 208 B (k 160 B -> k_t 48 B), static 16 B, workspace 0 B: measured by gcc 12.2.0 -O2
    """

    stack_bytes: int
    static_bytes: int
    workspace_bytes: int
    compiler: str
    version: str
    flags: tuple[str, ...]
    entry: str
    chain: tuple[tuple[str, int], ...] = ()
    uncounted: tuple[str, ...] = ()
    dynamic: bool = False

    @property
    def memory(self) -> Memory:
        return Memory(self.stack_bytes, self.static_bytes, self.workspace_bytes)

    @property
    def by(self) -> str:
        """``"gcc 12.2.0 -O2"``: what measured it."""
        return " ".join([self.compiler, self.version, *self.flags])

    def describe(self) -> str:
        chain = " -> ".join(f"{f} {b:,} B" for f, b in self.chain)
        extra = ""
        if self.uncounted:
            extra += f"; calls {', '.join(self.uncounted)} (library frames, not counted)"
        if self.dynamic:
            extra += "; a frame of run-time size (not bounded)"
        return (f"stack {self.stack_bytes:,} B ({chain}{extra}), static "
                f"{self.static_bytes:,} B, workspace {self.workspace_bytes:,} B: measured by "
                f"{self.by}")


_NODE = re.compile(r'node: \{ title: "([^"]*)" label: "([^"]*)"')
_EDGE = re.compile(r'edge: \{ sourcename: "([^"]*)" targetname: "([^"]*)"')


def _base(label_name: str) -> str:
    return label_name.split(".")[0]  # tile.constprop.0 -> tile


def call_graph(ci_text: str):
    r"""``(frames, dynamic, edges)`` of a gcc ``-fcallgraph-info=su`` file: per function
    (suffixes such as ``.constprop`` dropped; the largest clone) its frame bytes, whether a
    frame is of run-time size, and its callees (functions outside the file have no frame).

    >>> ci = ('node: { title: "f.c:k" label: "k\\nf.c:1:5\\n48 bytes (static)" }\n'
    ...       'node: { title: "f.c:h.constprop.0" label: "h.constprop\\nf.c:2:5\\n16 bytes '
    ...       '(static)" }\nnode: { title: "memset" label: "memset" }\n'
    ...       'edge: { sourcename: "f.c:k" targetname: "f.c:h.constprop.0" label: "" }\n'
    ...       'edge: { sourcename: "f.c:h.constprop.0" targetname: "memset" label: "" }')
    >>> call_graph(ci)
    ({'k': 48, 'h': 16}, set(), {'k': {'h'}, 'h': {'memset'}})
    """
    names, frames, dynamic, edges = {}, {}, set(), {}
    for title, label in _NODE.findall(ci_text):
        parts = label.split("\\n")
        name = _base(parts[0])
        names[title] = name
        size = next((p for p in parts[1:] if " bytes" in p), None)
        if size is not None:
            frames[name] = max(frames.get(name, 0), int(size.split()[0]))
            if "dynamic" in size:
                dynamic.add(name)
    for src, dst in _EDGE.findall(ci_text):
        a, b = names.get(src, _base(src.rsplit(":", 1)[-1])), \
            names.get(dst, _base(dst.rsplit(":", 1)[-1]))
        if a != b:
            edges.setdefault(a, set()).add(b)
    return frames, dynamic, edges


def deepest_chain(frames: dict, edges: dict, entry: str):
    """``(bytes, chain, uncounted)``: the call chain from ``entry`` with the most frame
    bytes (``chain``: ``(function, bytes)`` pairs), and the functions it can reach that have
    no frame in the file (library calls).

    >>> deepest_chain({"k": 48, "a": 16, "b": 100, "c": 8}, {"k": {"a", "c"}, "a": {"b"},
    ...               "c": {"memset"}}, "k")
    (164, (('k', 48), ('a', 16), ('b', 100)), ('memset',))
    """
    memo: dict = {}
    outside: set = set()

    def walk(fn, path):
        if fn in memo:
            return memo[fn]
        if fn not in frames:
            outside.add(fn)
            return 0, ()
        best = (0, ())
        for callee in sorted(edges.get(fn, ())):
            if callee in path:  # recursion: generated code has none; not followed
                continue
            got = walk(callee, path | {fn})
            if got[0] > best[0]:
                best = got
        memo[fn] = (frames[fn] + best[0], ((fn, frames[fn]),) + best[1])
        return memo[fn]

    total, chain = walk(entry, frozenset())
    return total, chain, tuple(sorted(outside))


def _entries(name: str, frames: dict) -> tuple[str, ...]:
    """The kernel's entry points in the file (``NAME_checked`` calls one of them and adds its
    own frame; the packer runs once, apart)."""
    return tuple(e for e in (name, f"{name}_packed_ws", f"{name}_packed", f"{name}_ws",
                             f"{name}_pack") if e in frames)


def measure_file(c_file, name: str, cc: str = "gcc", flags=("-O2",), entries=None,
                 workspace_bytes: int = 0) -> Measured:
    """Compile ``c_file`` with ``cc`` and ``flags`` (plus ``-fstack-usage
    -fcallgraph-info=su``) and read what it used: the deepest call chain from the kernel's
    entry points (``entries``; default ``NAME``, ``NAME_packed_ws``, ``NAME_packed``,
    ``NAME_ws``, ``NAME_pack``, those defined) over the real call graph, and static bytes
    from ``nm -S`` (data, read-only and bss symbols; a cross compiler's ``nm`` next to it).

    >>> import tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> path = os.path.join(d, "k.c")
    >>> _ = open(path, "w").write("__attribute__((noinline)) static int h(int i) { volatile "
    ...     "int a[256]; a[i & 255] = i; return a[1]; } int k(int i) { return h(i) + 1; }")
    >>> m = measure_file(path, "k")
    >>> [f for f, _ in m.chain], m.stack_bytes > 800
    (['k', 'h'], True)
    """
    c_file = Path(c_file)
    obj = c_file.with_suffix(".o")
    subprocess.run([cc, "-std=c99", *flags, "-fstack-usage", "-fcallgraph-info=su", "-c",
                    str(c_file), "-o", str(obj)], check=True, cwd=c_file.parent,
                   capture_output=True)
    frames, dynamic, edges = call_graph(obj.with_suffix(".ci").read_text())
    for line in obj.with_suffix(".su").read_text().splitlines():  # the same frames, as a check
        where, size, _ = line.split("\t")
        fn = _base(where.rsplit(":", 1)[-1])
        frames[fn] = max(int(size), frames.get(fn, 0))
    best = (0, (), ())
    for entry in entries or _entries(name, frames) or (name,):
        got = deepest_chain(frames, edges, entry)
        if got[0] >= best[0]:
            best = got
    nm = cc[:-3] + "nm" if cc.endswith("-gcc") else "nm"
    text = subprocess.run([nm, "-S", str(obj)], capture_output=True, text=True,
                          check=True).stdout
    static = sum(int(f[1], 16) for f in (line.split() for line in text.splitlines())
                 if len(f) == 4 and f[2] in "rRdDbB")
    chain = best[1]
    return Measured(best[0], static, workspace_bytes, Path(cc).name, compiler_version(cc),
                    tuple(flags), chain[0][0] if chain else name, chain, best[2],
                    any(f in dynamic for f, _ in chain))


def measure_artifact(art, target: str = "native", opt: str = "-O2") -> Measured:
    """The memory of a generated C kernel (an :class:`~.artifact.Artifact`) as ``target``'s
    compiler builds it at ``opt``: :func:`measure_file` on a copy of its files (the
    artifact's folder is left as it was); the workspace is the plan's (the caller's buffer).
    A ValueError when the target's compiler is not installed, names it.

    >>> import tempfile
    >>> from tconv_sym import TransposedConvSpec, generate
    >>> art = generate(TransposedConvSpec(in_size=4, kernel_size=3, stride=2), lang="c",
    ...                strategy="polyphase", out_dir=tempfile.mkdtemp(), name="m4")
    >>> m = measure_artifact(art, "native", "-Os")
    >>> m.entry, m.flags
    ('m4', ('-Os', '-march=native'))
    """
    import shutil
    import tempfile

    if art.plan.lang != "c":
        raise ValueError(f"measure: {art.name} is a {art.plan.lang} kernel; memory is "
                         "measured for C kernels (lang='c', --lang c)")
    if opt not in OPT_LEVELS:
        raise ValueError(f"opt (--opt) must be one of {', '.join(OPT_LEVELS)}, got {opt!r}")
    cc = target_compiler(target)
    if cc is None:
        raise ValueError(f"target={target!r} (--target): no compiler for it is installed "
                         f"(looked for {', '.join(TARGETS[target].compilers)})")
    with tempfile.TemporaryDirectory() as d:
        for p in art.paths:
            if p.suffix in (".c", ".h") and not p.stem.endswith("_test"):
                shutil.copy(p, d)
        ws = art.plan.memory.workspace_bytes if art.plan.memory is not None else 0
        return measure_file(Path(d) / art.paths[0].name, art.name, cc,
                            (opt, *TARGETS[target].flags), workspace_bytes=ws)


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
