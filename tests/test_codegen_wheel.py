"""The templates ship inside the wheel: an installed (non-editable) tconv_sym generates code
from an empty folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    src = tmp_path_factory.mktemp("src")  # build from a copy: no build/ in the checkout
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for name in ("tconv_sym", "templates"):
        shutil.copytree(ROOT / name, src / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                           "--no-build-isolation", "-q", "-w", str(out), str(src)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {proc.stderr.strip()[-300:]}")
    (whl,) = out.glob("tconv_sym-*.whl")
    return whl


def test_wheel_contains_every_template(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = sorted(p.name for p in (ROOT / "templates").glob("*.j2"))
    assert templates
    for t in templates:
        assert f"tconv_sym/templates/{t}" in names
    assert "tconv_sym/codegen/render.py" in names


def test_installed_wheel_generates_from_an_empty_folder(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "empty"
    work.mkdir()
    script = textwrap.dedent(f"""
        import sys
        sys.path[:0] = [{str(site)!r}, {sysconfig.get_paths()["purelib"]!r}]
        import tconv_sym
        assert tconv_sym.__file__.startswith({str(site)!r}), tconv_sym.__file__
        art = tconv_sym.generate(tconv_sym.TransposedConvSpec(in_size=(3, 3), kernel_size=2),
                                 name="k", out_dir="out")
        print(art.verify() <= 1e-12, sorted(p.name for p in art.paths))
    """)
    # -S: no site hooks, so the editable install of the checkout is not on the path
    out = subprocess.run([sys.executable, "-S", "-c", script], cwd=work, capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True ['k.py']"
