"""Generation for a named target: memory figures established by compiling, and ``max_stack``
checked against them.

The planner's memory (:class:`.memory.Memory`) is a bound computed before any code exists,
the same for every compiler ("bound (not compiled)"). When the caller names a target
(``target="aarch64"``, ``opt="-Os"``; ``tconv-sym gen --target aarch64 --opt -Os``) and its
compiler is installed, :func:`generate_for_target` compiles the generated file with that
compiler and level and reads ``-fstack-usage`` / ``-fcallgraph-info=su`` (the deepest call
chain from the kernel's entry points) and ``nm -S`` (:func:`.memory.measure_artifact`): the
"measured" figures, labelled with the compiler, its version and the flags. ``max_stack`` is
then checked against the measured stack (the planner's first choice is kept when it
measures within the limit; otherwise the planner's smaller forms are tried and measured in
turn), and against the bound when nothing was compiled; ``max_workspace`` is always the
plan's exact workspace (the caller's buffer, ``NAME_WORKSPACE_BYTES``). The artifact says
which (``art.memory_check``).

>>> import tempfile
>>> from tconv_sym import TransposedConvSpec, generate
>>> art = generate_for_target(TransposedConvSpec(in_size=(5, 4), kernel_size=3, stride=2,
...     in_channels=3, out_channels=4), target="native", opt="-Os", lang="c",
...     dtype="float32", strategy="polyphase", name="t1", out_dir=tempfile.mkdtemp(),
...     max_stack=4096, generate=generate)
>>> art.measured.flags[0], art.measured.stack_bytes <= 4096
('-Os', True)
>>> art.memory_check.startswith("max_stack=4,096 checked against the measured stack")
True
"""

from __future__ import annotations

from .memory import TARGETS, frame_allowance, measure_artifact, target_compiler

__all__ = ["generate_for_target", "memory_lines"]


def _attach(art, measured, check: str):
    art.measured = measured
    art.memory_check = check
    return art


def generate_for_target(spec, *, target: str, opt: str = "-O2", max_stack=None,
                        max_workspace=None, generate=None, **kw):
    """:func:`~tconv_sym.generate` for ``target`` at ``opt``: the artifact with
    ``.measured`` (a :class:`.memory.Measured`, or ``None`` when the target's compiler is not
    installed) and ``.memory_check`` (what ``max_stack`` / ``max_workspace`` were checked
    against). ``max_stack``: the measured stack must fit; the plan chosen without the limit
    is kept when it does, else the planner's forms within the limit (by their bound, then
    the tap-block loops at their planned frame) are generated and measured; a ValueError
    naming the measured figure when none fits.
    """
    if generate is None:  # the caller's generate() (api passes itself: no import cycle)
        raise TypeError("generate_for_target needs generate=, the function that generates "
                        "one artifact (tconv_sym.generate)")
    cc = target_compiler(target)  # ValueError for an unknown target
    if cc is None:
        art = generate(spec, max_stack=max_stack, max_workspace=max_workspace, **kw)
        looked = ", ".join(TARGETS[target].compilers)
        check = (f"no compiler for {target} is installed (looked for {looked}): "
                 "figures are the plan's bounds (not compiled)")
        if max_stack is not None:
            check = (f"max_stack={max_stack:,} checked against the bound (not compiled): "
                     + check)
        return _attach(art, None, check)
    tried = []
    limits = [None] if max_stack is None else [None, max_stack,
                                                frame_allowance("blocks")]
    error = None
    for limit in dict.fromkeys(limits):
        try:
            art = generate(spec, max_stack=limit, max_workspace=max_workspace, **kw)
        except ValueError as exc:  # the bound does not fit: try a smaller form
            error = exc
            continue
        measured = measure_artifact(art, target, opt)
        tried.append(f"{art.plan.schedule} {measured.stack_bytes:,} B")
        name = art.name
        if max_stack is None or measured.stack_bytes <= max_stack:
            check = f"measured by {measured.by}"
            if max_stack is not None:
                check = (f"max_stack={max_stack:,} checked against the measured stack "
                         f"({measured.stack_bytes:,} B, {measured.by}; the bound, not "
                         f"compiled, is {art.plan.memory.stack_bytes:,} B)")
            if max_workspace is not None:
                check += (f"; max_workspace={max_workspace:,} against the workspace "
                          f"({art.plan.memory.workspace_bytes:,} B, exact: the caller's "
                          "buffer)")
            return _attach(art, measured, check)
    if not tried and error is not None:
        raise error
    raise ValueError(
        f"max_stack={max_stack:,} bytes is too small for {name} on {target} (measured by "
        f"{cc} {opt}): "
        f"{'; '.join(tried)}; raise max_stack")


def memory_lines(art) -> list[str]:
    """The memory lines ``tconv-sym gen`` prints after the plan (whose ``memory`` line is the
    bound, not compiled): the measured figures (when a target was compiled for) and what the
    limits were checked against.

    >>> class A:  # an artifact without a target
    ...     plan = type("P", (), {"memory": None})()
    >>> memory_lines(A())
    []
    """
    mem = getattr(art.plan, "memory", None)
    if mem is None:
        return []
    lines = []
    measured = getattr(art, "measured", None)
    if measured is not None:
        lines.append(f"measured       {measured.describe()}")
    check = getattr(art, "memory_check", None)
    if check and (measured is None or "checked" in check):
        lines.append(check)
    return lines
