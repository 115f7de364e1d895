"""Shared fixtures: the seed examples and an optional PyTorch (float64, one thread)."""

from __future__ import annotations

import json
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
