"""Issue 19: the compile cache loads only what it built (tconv_sym/codegen/cache.py).

A planted library has a constructor that writes a marker file when it is loaded; the tests
check the marker is never written (today's code loaded any file with the right name).
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import time

import pytest
from codegen_support import has_cc

from tconv_sym.codegen import cache
from tconv_sym.codegen import compile as cc_mod

pytestmark = pytest.mark.skipif(not has_cc(), reason="needs a C compiler")

SOURCE = "int answer(void) { return 42; }\n"


def _planted(tmp_path, marker):
    """A shared library whose constructor writes ``marker``."""
    src = tmp_path / "evil.c"
    src.write_text("#include <stdio.h>\n__attribute__((constructor)) static void f(void) {"
                   f' FILE *o = fopen("{marker}", "w"); if (o) fclose(o); }}\n'
                   "int answer(void) { return 666; }\n")
    lib = tmp_path / "evil.so"
    subprocess.run([cc_mod.find_compiler(), "-shared", "-fPIC", "-o", str(lib), str(src)],
                   check=True)
    return lib.read_bytes()


def _target(root):
    lib = cc_mod.compile_c(SOURCE, "answer", directory=root)
    return lib


def test_a_planted_library_is_rebuilt_not_loaded(tmp_path):
    root = tmp_path / "cache"
    target = _target(root)                     # the name the cache will look for
    marker = tmp_path / "constructor-ran"
    target.write_bytes(_planted(tmp_path, marker))  # replaced by hand: hash no longer matches
    lib = cc_mod.compile_c(SOURCE, "answer", directory=root)
    assert lib == target
    assert ctypes.CDLL(str(lib)).answer() == 42
    assert not marker.exists()


def test_a_library_without_a_recorded_hash_is_rebuilt(tmp_path):
    root = tmp_path / "cache"
    target = _target(root)
    marker = tmp_path / "constructor-ran"
    target.write_bytes(_planted(tmp_path, marker))
    target.with_name(target.name + ".sha256").unlink()
    assert ctypes.CDLL(str(cc_mod.compile_c(SOURCE, "answer", directory=root))).answer() == 42
    assert not marker.exists()


def test_a_world_writable_cache_folder_is_refused(tmp_path):
    root = tmp_path / "shared"
    root.mkdir()
    os.chmod(root, 0o1777)
    with pytest.raises(cache.UntrustedCacheError, match=r"writable by group or others.*chmod"):
        cc_mod.compile_c(SOURCE, "answer", directory=root)


def test_a_file_writable_by_others_is_refused(tmp_path):
    target = _target(tmp_path / "cache")
    os.chmod(target, 0o777)
    with pytest.raises(cache.UntrustedCacheError, match="refusing to load"):
        cc_mod.compile_c(SOURCE, "answer", directory=tmp_path / "cache")


def test_a_folder_of_another_user_is_refused(tmp_path, monkeypatch):
    root = tmp_path / "cache"
    _target(root)
    monkeypatch.setattr(os, "geteuid", lambda: os.stat(root).st_uid + 1)
    with pytest.raises(cache.UntrustedCacheError, match="not by the current user"):
        cc_mod.compile_c(SOURCE, "answer", directory=root)


def test_the_cache_is_created_private(tmp_path, monkeypatch):
    monkeypatch.setenv("TCONV_SYM_CACHE_DIR", str(tmp_path / "c"))
    lib = cc_mod.compile_c(SOURCE, "answer")
    for d in (tmp_path / "c", lib.parent):
        assert d.stat().st_mode & 0o777 == 0o700


def test_the_call_helper_goes_through_the_same_checks(tmp_path, monkeypatch):
    from tconv_sym.codegen import fastcall

    monkeypatch.setenv("TCONV_SYM_CACHE_DIR", str(tmp_path / "c"))
    fastcall.helper.cache_clear()
    try:
        module = fastcall.helper()
        if module is None:
            pytest.skip("no Python headers here")
        built = sorted((tmp_path / "c" / "kernels").glob("tconv_sym_pycall-*.so"))
        assert len(built) == 1 and cache.is_trusted_file(built[0])
        marker = tmp_path / "constructor-ran"
        evil = _planted(tmp_path, marker)
        built[0].unlink()                               # a new file: the loaded one stays mapped
        built[0].write_bytes(evil)
        assert not cache.is_trusted_file(built[0])      # would be rebuilt, not loaded
        os.chmod(tmp_path / "c", 0o777)
        fastcall.helper.cache_clear()
        assert fastcall.helper() is None                # refused: plain ctypes instead
        assert not marker.exists()
    finally:
        fastcall.helper.cache_clear()


def test_stale_build_folders_are_removed_bounded(tmp_path):
    d = cache.secure_dir(tmp_path / "k")
    old = time.time() - 2 * cache.STALE_SECONDS
    for i in range(cache.MAX_STALE_REMOVED + 3):
        p = d / f".answer.{i}"
        p.mkdir()
        os.utime(p, (old, old))
    (d / ".answer.fresh").mkdir()
    assert cache.remove_stale_builds(d) == cache.MAX_STALE_REMOVED
    left = sorted(p.name for p in d.iterdir())
    assert ".answer.fresh" in left and len(left) == 4
