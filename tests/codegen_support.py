"""Shared by the tests/test_codegen_*.py files: one compiled-kernel cache per test run."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def kernel_cache(tmp_path_factory):
    """Point tconv_sym's cache at one folder for the whole run, so each distinct C kernel
    is compiled once (the cache is keyed by content hash)."""
    path = tmp_path_factory.getbasetemp() / "tconv_sym_cache"
    old = os.environ.get("TCONV_SYM_CACHE_DIR")
    os.environ["TCONV_SYM_CACHE_DIR"] = str(path)
    yield path
    if old is None:
        os.environ.pop("TCONV_SYM_CACHE_DIR", None)
    else:
        os.environ["TCONV_SYM_CACHE_DIR"] = old


def has_cc() -> bool:
    from tconv_sym.codegen.compile import CompilerNotFoundError, find_compiler

    try:
        find_compiler()
    except CompilerNotFoundError:
        return False
    return True


needs_cc = pytest.mark.skipif(not has_cc(), reason="no C compiler")
