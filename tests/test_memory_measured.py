"""Memory figures established by compiling (tconv_sym.codegen.memory.measure_artifact,
tconv_sym.codegen.measured): the stack of the deepest real call chain (-fcallgraph-info=su,
frames by -fstack-usage), static bytes by nm, labelled with compiler, version and flags; the
figure the tool prints equals the compiler's own output; max_stack checked against the
measured stack when a target was compiled for, against the bound otherwise."""

from __future__ import annotations

import subprocess

import pytest

from conftest import require_tool
from tconv_sym import TransposedConvSpec
from tconv_sym.codegen import measured as measured_mod
from tconv_sym.codegen.api import generate
from tconv_sym.codegen.memory import (
    TARGETS,
    call_graph,
    compiler_version,
    deepest_chain,
    measure_artifact,
    measure_file,
    target_compiler,
)

T = TransposedConvSpec
SMALL = T(in_size=(5, 4), kernel_size=3, stride=2, padding="same", in_channels=3,
          out_channels=4)
THREE_DEEP = """#define NI __attribute__((noinline)) static
NI int leaf(int i) { volatile int a[300]; a[i % 300] = i; return a[3]; }
NI int mid(int i) { volatile int b[40]; b[i % 40] = leaf(i); return b[1]; }
NI int side(int i) { volatile int c[200]; c[i % 200] = i; return c[2]; }
int k(int i) { volatile int d[10]; d[i % 10] = mid(i) + side(i); return d[0]; }
"""


def _su_frames(folder, cc, flags, source="k.c"):
    subprocess.run([cc, "-std=c99", *flags, "-fstack-usage", "-c", source, "-o", "raw.o"],
                   cwd=folder, check=True, capture_output=True)
    frames = {}
    for line in (folder / "raw.su").read_text().splitlines():
        where, size, _ = line.split("\t")
        fn = where.rsplit(":", 1)[-1].split(".")[0]
        frames[fn] = max(frames.get(fn, 0), int(size))
    return frames


def test_the_chain_is_the_real_call_graph_three_deep(tmp_path):
    """k -> mid -> leaf is the deepest chain (side is a sibling): the figure is the sum of
    those three frames; the former model (entry + the largest other frame) is refuted."""
    cc = require_tool("gcc")
    (tmp_path / "k.c").write_text(THREE_DEEP)
    got = measure_file(tmp_path / "k.c", "k", cc, ("-O2",))
    frames = _su_frames(tmp_path, cc, ["-O2"])
    assert [f for f, _ in got.chain] == ["k", "mid", "leaf"]
    assert got.stack_bytes == frames["k"] + frames["mid"] + frames["leaf"]
    assert got.stack_bytes > frames["k"] + max(frames["mid"], frames["leaf"], frames["side"])
    assert got.by == f"gcc {compiler_version(cc)} -O2"


def test_deepest_chain_and_graph_parsing():
    frames, _, edges = call_graph(
        'node: { title: "f.c:k" label: "k\\nf.c:1:1\\n16 bytes (static)" }\n'
        'node: { title: "f.c:a.part.0" label: "a.part\\nf.c:2:1\\n32 bytes (static)" }\n'
        'node: { title: "f.c:b" label: "b\\nf.c:3:1\\n400 bytes (static)" }\n'
        'node: { title: "memcpy" label: "memcpy" }\n'
        'edge: { sourcename: "f.c:k" targetname: "f.c:a.part.0" label: "" }\n'
        'edge: { sourcename: "f.c:a.part.0" targetname: "f.c:b" label: "" }\n'
        'edge: { sourcename: "f.c:k" targetname: "memcpy" label: "" }\n')
    assert frames == {"k": 16, "a": 32, "b": 400}
    assert deepest_chain(frames, edges, "k") == (448, (("k", 16), ("a", 32), ("b", 400)),
                                                 ("memcpy",))
    # a callee outside the graph is reported, never given a frame
    assert deepest_chain(frames, {"k": {"x"}}, "k") == (16, (("k", 16),), ("x",))


@pytest.mark.parametrize("target", ["x86-64", "aarch64", "cortex-m4"])
@pytest.mark.parametrize("level", ["-O2", "-Os"])
def test_the_printed_figure_is_the_compilers(target, level, tmp_path):
    """A GEMM kernel (entry -> packed -> packed_ws -> helpers -> micro-kernel): the tool's
    stack is the sum of the compiler's own .su frames along the chain it prints, its static
    bytes nm's, on each target at -O2 and -Os."""
    cc = target_compiler(target) or require_tool(TARGETS[target].compilers[0])
    art = generate(T(in_size=(4, 5), kernel_size=4, stride=2, padding=1, in_channels=40,
                     out_channels=64), lang="c", dtype="float32", fast="never",
                   out_dir=tmp_path, name="g")
    assert art.plan.schedule == "gemm"
    m = measure_artifact(art, target, level)
    assert m.flags == (level, *TARGETS[target].flags) and m.version == compiler_version(cc)
    names = [f for f, _ in m.chain]
    assert names[0] == "g" and "g_packed_ws" in names and len(names) >= 3
    assert any(n.startswith("g_micro") for n in names)
    frames = _su_frames(tmp_path, cc, [level, *TARGETS[target].flags], "g.c")
    assert m.stack_bytes == sum(frames[f] for f in names)
    assert m.workspace_bytes == art.plan.memory.workspace_bytes
    assert "malloc" in m.uncounted  # g allocates with TCONV_SYM_ALLOC: the library's frame


def test_max_stack_is_checked_against_the_measured_stack(tmp_path):
    """The tap-block kernel's bound is 368 B: max_stack=300 is refused by the bound, but
    the compiled kernel uses less, and with a target the measured figure decides."""
    require_tool("gcc")
    kw = dict(lang="c", dtype="float32", strategy="polyphase", out_dir=tmp_path, name="s")
    with pytest.raises(ValueError, match="max_stack=300 bytes is too small"):
        generate(SMALL, max_stack=300, **kw)
    art = generate(SMALL, max_stack=300, target="native", opt="-Os", **kw)
    assert art.measured.stack_bytes <= 300 < art.plan.memory.stack_bytes
    assert art.memory_check.startswith("max_stack=300 checked against the measured stack (")
    assert f"the bound, not compiled, is {art.plan.memory.stack_bytes:,} B" in \
        art.memory_check
    # a limit below what the compiler uses is refused, naming the measured figures
    with pytest.raises(ValueError, match=r"max_stack=8 bytes is too small for s on native "
                       r"\(measured by .* -Os\): .*blocks \d+ B; raise max_stack"):
        generate(SMALL, max_stack=8, target="native", opt="-Os", **kw)


def test_without_the_compiler_the_bound_is_checked_and_said(tmp_path, monkeypatch):
    monkeypatch.setattr(measured_mod, "target_compiler", lambda target: None)
    art = generate(SMALL, lang="c", dtype="float32", strategy="polyphase", out_dir=tmp_path,
                   name="s", target="cortex-m4", max_stack=4096)
    assert art.measured is None
    assert art.memory_check.startswith("max_stack=4,096 checked against the bound (not "
                                       "compiled): no compiler for cortex-m4 is installed")


def test_bad_target_and_level_are_named(tmp_path):
    with pytest.raises(ValueError, match="target \\(--target\\) must be one of native, "
                       "x86-64, aarch64, cortex-m4, got 'm7'"):
        generate(SMALL, lang="c", out_dir=tmp_path, name="s", target="m7")
    art = generate(SMALL, lang="c", out_dir=tmp_path, name="s", strategy="polyphase")
    with pytest.raises(ValueError, match="opt \\(--opt\\) must be one of"):
        measure_artifact(art, "native", "-O9")


def test_cli_prints_bound_and_measured(tmp_path, capsys):
    from tconv_sym.cli import main

    cc = target_compiler("x86-64") or require_tool("gcc")
    code = main(["gen", "--in", "5x4", "--kernel", "3", "--stride", "2", "--padding", "same",
                 "--in-channels", "3", "--out-channels", "4", "--lang", "c", "--dtype",
                 "float32", "--strategy", "polyphase", "--target", "x86-64", "--opt", "Os",
                 "--max-stack", "1000", "--name", "s", "--out", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0
    bound = next(x for x in out.splitlines() if x.startswith("  memory         stack <= "))
    assert bound.endswith("B, workspace 0 B (bound, not compiled)")
    line = next(x for x in out.splitlines() if x.startswith("measured       stack "))
    assert line.endswith(f"measured by {cc.rsplit('/', 1)[-1]} {compiler_version(cc)} -Os")
    assert "max_stack=1,000 checked against the measured stack" in out
    assert main(["gen", "--in", "4", "--kernel", "3", "--lang", "c", "--opt", "O2",
                 "--out", str(tmp_path)]) != 0
    assert "--opt -O2 applies to --target; add --target" in capsys.readouterr().err
