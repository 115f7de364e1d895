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


def test_the_api_reference_lists_every_public_name():
    """docs/reference/api.md documents every name of ``tconv_sym`` and ``tconv_sym.interop``
    (an autodoc directive per name: a new public name needs its entry)."""
    import tconv_sym
    import tconv_sym.interop

    page = (ROOT / "docs" / "reference" / "api.md").read_text()
    documented = set(re.findall(r"^\.\. (?:autoclass|autofunction|py:data):: ([\w.]+)", page,
                                re.M))
    missing = [f"tconv_sym.{n}" for n in tconv_sym.__all__
               if n not in ("__version__", "plot") and f"tconv_sym.{n}" not in documented]
    same = {n for n in tconv_sym.interop.__all__ if n in tconv_sym.__all__}
    missing += [f"tconv_sym.interop.{n}" for n in tconv_sym.interop.__all__
                if n not in same and f"tconv_sym.interop.{n}" not in documented]
    assert not missing, f"not in docs/reference/api.md: {missing}"
    assert "automodule:: tconv_sym.report.plot" in page  # tconv_sym.plot
    assert ".. autoclass:: tconv_sym.prover.identity.Params" in page
    assert ".. automodule:: tconv_sym.prover.expr" in page


def test_every_docs_page_is_reachable_from_the_front_page():
    """Each page of docs/ is in a table of contents of docs/index.md (Sphinx would warn too,
    but only when the site is built)."""
    index = (ROOT / "docs" / "index.md").read_text()
    listed = set(re.findall(r"^([\w/-]+)$", index, re.M))
    pages = {str(p.relative_to(ROOT / "docs").with_suffix(""))
             for p in (ROOT / "docs").rglob("*.md") if "_build" not in p.parts}
    generated = {"engine_support"}  # added by docs/conf.py when the prover has written it
    assert pages - {"index"} - generated <= listed, sorted(pages - listed - {"index"})


def test_readme_links_to_docs_pages_that_exist():
    text = (ROOT / "README.md").read_text()
    links = re.findall(r"\]\((docs/[^)#]+)", text)
    assert len(links) >= 15
    assert [link for link in links if not (ROOT / link).exists()] == []


def test_ci_builds_the_docs_with_warnings_as_errors():
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"python -m sphinx -W --keep-going .*-b html docs ", ci)
    assert 'pip install -q -e ".[docs]"' in ci
