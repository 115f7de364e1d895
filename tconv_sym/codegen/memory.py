"""What a generated C kernel needs in memory: stack, static (baked tables) and workspace bytes.

The planner computes these before any code is written, so ``max_stack=`` can steer the
schedule (or refuse) and the header can state them: ``NAME_WORKSPACE_BYTES`` is the size of
the caller's ``void *ws``. ``stack_bytes`` is the arrays a kernel declares on the stack plus
:data:`FRAME_BYTES` for the frame itself (saved registers, spilled scalars); a test compares
it with what ``gcc -fstack-usage`` reports for the generated functions.

>>> Memory(stack_bytes=1024, static_bytes=1_000, workspace_bytes=4_096)
Memory(stack 1,024 B, static 1,000 B, workspace 4,096 B)
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import NamedTuple

__all__ = ["Memory", "FRAME_BYTES", "DEFAULT_MAX_STACK", "measure_memory"]

#: Allowance for a kernel's own frame on top of its declared arrays (saved registers and
#: spilled scalars). Measured with ``-fstack-usage`` for tap-block kernels: 64-400 B with gcc
#: 12 -O3 on x86-64, 200-700 B with aarch64 -O2, 80-300 B for Cortex-M4 -Os/-O2. Straight-line
#: (unrolled) code is the exception: at -O3 gcc may spill kilobytes of loaded values, which
#: no count of declared arrays predicts (see docs/tutorials/embedded.md, "Memory").
FRAME_BYTES = 1024
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


def measure_memory(c_file, name: str, cc: str = "gcc", flags=("-O2",)) -> Memory:
    """What a compiler makes of a generated kernel: the stack from ``-fstack-usage`` (the
    entry ``name``'s frame plus the largest other frame of the file — generated helpers are
    leaves called from the entry), static bytes from ``nm -S`` (data, read-only and bss
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
    nm = cc[:-3] + "nm" if cc.endswith("-gcc") else "nm"
    text = subprocess.run([nm, "-S", str(obj)], capture_output=True, text=True,
                          check=True).stdout
    static = sum(int(f[1], 16) for f in (line.split() for line in text.splitlines())
                 if len(f) == 4 and f[2] in "rRdDbB")
    return Memory(entry + max(frames.values(), default=0), static, 0)
