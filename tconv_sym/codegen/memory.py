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

from typing import NamedTuple

__all__ = ["Memory", "FRAME_BYTES", "DEFAULT_MAX_STACK"]

#: Allowance for a kernel's own frame on top of its declared arrays (saved registers and
#: spilled scalars). Measured with ``-fstack-usage`` for tap-block kernels: 64-400 B with gcc
#: 12 -O3 on x86-64, 200-700 B with aarch64 -O2, 80-300 B for Cortex-M4 -Os/-O2. Straight-line
#: (unrolled) code is the exception: at -O3 gcc may spill kilobytes of loaded values, which
#: no count of declared arrays predicts (see the README's "Kernels for small devices").
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
