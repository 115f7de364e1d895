"""The layers of the package: imports point downward only, and no module imports itself back.

Every import is read from the source (module level, inside functions, relative or absolute,
and module names passed as strings to ``importlib.import_module``), so a hidden upward
import — the kind a lazy ``from ..interop import x`` inside a function makes — fails here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
PACKAGE = ROOT / "tconv_sym"

#: (module prefix, rank): a module may import modules of its own rank or lower. The longest
#: matching prefix decides. Keep in step with README "Layout of the code".
LAYERS = [
    ("tconv_sym._version", 0),
    ("tconv_sym._validate", 0),
    ("tconv_sym.budget", 0),
    ("tconv_sym._inputs", 0),
    ("tconv_sym._write", 0),
    ("tconv_sym.progress", 0),
    ("tconv_sym.display", 0),
    ("tconv_sym.spec", 1),
    ("tconv_sym.structure", 2),
    ("tconv_sym.symbols", 2),
    ("tconv_sym.winograd", 2),
    ("tconv_sym.operators", 3),
    ("tconv_sym.analysis", 3),
    ("tconv_sym.factored", 3),
    ("tconv_sym.fast_algorithms", 3),
    ("tconv_sym.reference", 4),
    ("tconv_sym.prover", 5),
    ("tconv_sym.templates", 6),
    ("tconv_sym.codegen", 6),
    ("tconv_sym.interop", 7),
    ("tconv_sym.report", 8),
    ("tconv_sym.bench", 8),
    ("tconv_sym.testing", 8),
    ("tconv_sym.cli", 9),
    ("tconv_sym.__main__", 9),
    ("tconv_sym", 10),  # the facade: nothing inside the package may import it
]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _rank(module: str) -> int:
    best = max((prefix for prefix, _ in LAYERS
                if module == prefix or module.startswith(prefix + ".")), key=len, default=None)
    if best is None:
        raise AssertionError(f"{module} is in no layer: add it to LAYERS in {__file__}")
    return dict(LAYERS)[best]


def _resolve(known: set[str], module: str) -> str | None:
    """The longest prefix of a dotted name that is a module of the package."""
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        name = ".".join(parts[:n])
        if name in known:
            return name
    return None


def _imports(module: str, path: Path, known: set[str]) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base_parts = package.split(".")
            if node.level:
                base_parts = base_parts[: len(base_parts) - node.level + 1]
            base = ".".join(base_parts + ([node.module] if node.module else [])) \
                if node.level else node.module
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                # `from .. import operators` imports a sub-module; `from .. import X` the facade
                targets.append(sub if sub in known else base)
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and getattr(node.func, "attr", getattr(node.func, "id", "")) in
              ("import_module", "__import__", "find_spec")):
            targets = [node.args[0].value]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and re.fullmatch(
                r"tconv_sym(\.\w+)+:\w+", node.value):
            targets = [node.value.partition(":")[0]]  # "module:function" registries
        for target in targets:
            if target and target.split(".")[0] == "tconv_sym":
                resolved = _resolve(known, target)
                if resolved is not None and resolved != module:
                    found.add(resolved)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(name, path, known) for name, path in modules.items()}


GRAPH = _graph()


def test_every_module_has_a_layer():
    for module in GRAPH:
        _rank(module)


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_imports_point_downward(module):
    upward = sorted(t for t in GRAPH[module]
                    if _rank(t) > _rank(module) and not _is_own_package(module, t))
    assert not upward, f"{module} (layer {_rank(module)}) imports higher layers: " + ", ".join(
        f"{t} (layer {_rank(t)})" for t in upward)


def _is_own_package(module: str, target: str) -> bool:
    # a package's __init__ may re-export its own sub-modules (tconv_sym.prover -> .api)
    return module.startswith(target + ".") and target != "tconv_sym"


def test_no_import_cycles():
    cycles = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(GRAPH.get(node, ())):
            if _is_own_package(node, nxt):
                continue  # a sub-module importing its package's __init__ (same layer)
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(GRAPH):
        if node not in state:
            visit(node)
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_the_check_sees_hidden_imports():
    # a negative control: an upward import inside a function and one by string are both found
    known = set(GRAPH)
    tmp = PACKAGE / "spec.py"
    source = ("def f():\n    from .interop import convert\n"
              "import importlib\nimportlib.import_module('tconv_sym.report.plot')\n")
    tree_imports = _imports_of_source("tconv_sym.spec", tmp, source, known)
    assert {"tconv_sym.interop", "tconv_sym.report.plot"} <= tree_imports


def _imports_of_source(module, path, source, known):
    class _Fake:
        name = path.name

        def read_text(self):
            return source

    return _imports(module, _Fake(), known)


def _private_imports(module: str, path: Path, known: set[str]) -> list[str]:
    """``from X import _name`` where X is another module of the package (a private name
    reached across a module boundary)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        base_parts = package.split(".")
        if node.level:
            base_parts = base_parts[: len(base_parts) - node.level + 1]
        base = ".".join(base_parts + ([node.module] if node.module else [])) \
            if node.level else node.module
        if not base or base.split(".")[0] != "tconv_sym" or base == module:
            continue
        for alias in node.names:
            if alias.name.startswith("_") and not alias.name.startswith("__") \
                    and f"{base}.{alias.name}" not in known:
                found.append(f"{base}.{alias.name}")
    return found


def test_no_private_name_crosses_a_module():
    modules = _modules()
    known = set(modules)
    crossing = {m: _private_imports(m, p, known) for m, p in modules.items()}
    crossing = {m: v for m, v in crossing.items() if v}
    assert not crossing, "private names imported across modules (make them public within the "\
        "package or move them):\n" + "\n".join(f"{m}: {', '.join(v)}" for m, v in crossing.items())
