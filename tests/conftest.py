"""Shared fixtures: the seed examples and an optional PyTorch (float64, one thread)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def seed():
    """The worked examples of ../shared/reference/seed_examples.json (copied into tests/data)."""
    return json.loads((DATA / "seed_examples.json").read_text())


@pytest.fixture(scope="session")
def torch():
    """PyTorch on one thread, or skip (it is installed by the `torch` extra)."""
    torch = pytest.importorskip("torch")
    torch.set_num_threads(1)
    return torch


# In CI (`.ci/run` sets TCONV_SYM_REQUIRE_ORACLES=1) every oracle is installed: a test that
# would skip for a missing framework or tool fails instead, so a missing install step shows.
REQUIRE_ORACLES = os.environ.get("TCONV_SYM_REQUIRE_ORACLES") == "1"
_importorskip = pytest.importorskip


def _importorfail(modname, *args, **kwargs):
    try:
        return _importorskip(modname, *args, **kwargs)
    except pytest.skip.Exception as exc:
        if REQUIRE_ORACLES:
            pytest.fail(f"oracle {modname!r} is required in CI but missing: {exc}")
        raise


pytest.importorskip = _importorfail


def require_tool(name: str) -> str:
    """The path of an external program (qemu, a cross compiler, Chromium), or skip — in CI, fail."""
    path = shutil.which(name)
    if path is None:
        if REQUIRE_ORACLES:
            pytest.fail(f"tool {name!r} is required in CI but not on PATH")
        pytest.skip(f"{name} is not installed")
    return path

# run as a script in a subprocess under resource limits (tests/test_fuzz_hostile.py), not imported
collect_ignore = ["fuzz_hostile.py"]
