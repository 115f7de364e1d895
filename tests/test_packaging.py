"""Packaging promises: the README's two commands, .ci/run, console script, fast import."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def _readme_commands():
    text = (ROOT / "README.md").read_text()
    return re.findall(r"```bash\n(.+?)\n```", text)


def test_readme_has_the_two_setup_commands():
    cmds = _readme_commands()
    assert any(c.endswith("tconv-sym demo") and "pip install" in c for c in cmds)
    assert any("pytest" in c and "pip install" in c for c in cmds)


def test_ci_runs_exactly_the_readme_test_command():
    (test_cmd,) = [c for c in _readme_commands() if "pytest" in c]
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert test_cmd in ci
    assert "set -euo pipefail" in ci  # a failing test fails CI


def test_torch_is_pinned_exactly():
    text = (ROOT / "pyproject.toml").read_text()
    assert re.findall(r'"torch[^"]*"', text) == ['"torch==2.13.0"']


def test_import_is_light():
    code = ("import sys, tconv_sym; "
            "print(sorted(m for m in ('sympy', 'scipy', 'numpy', 'torch') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_console_script_runs_the_demo():
    out = subprocess.run([sys.executable, "-m", "tconv_sym", "demo", "--section", "tutorial"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "✓ matches the tutorial" in out.stdout


def test_every_sub_package_is_packaged():
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "tconv_sym").rglob("__init__.py")}
    assert found <= listed, f"not in pyproject's packages: {sorted(found - listed)}"
