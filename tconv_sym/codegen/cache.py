"""What the compile cache trusts, and how it checks before loading a binary.

Loading a shared library runs its constructors, so a library is loaded from the cache only
when all of these hold (else it is rebuilt, or the load is refused):

- **the directories** from the cache root down to the library's folder are owned by the
  current user and not writable by group or others (the cache creates them with mode
  ``0700``). A directory that fails this is refused with :class:`UntrustedCacheError`
  naming it and the fix (``chmod go-w`` it, or point ``$TCONV_SYM_CACHE_DIR`` elsewhere):
  anyone who can write there could plant a library;
- **the file** is a regular file (not a symlink), owned by the current user and not writable
  by group or others; a foreign file is refused the same way;
- **its hash**: every library is recorded, when built, in a ``<file>.sha256`` next to it
  (SHA-256 of its bytes); before loading, the file's hash must match the record. A
  mismatch (a truncated file from a killed run, a file copied in by hand) or a missing
  record means *rebuild*, never load.

The cache trusts the current user, the compiler it runs and the directories above the cache
root (as it trusts Python's own ``site-packages``). Temporary build folders that a killed
run left behind (``.NAME.*``) are removed once they are an hour old, a bounded number per
build, and only if owned by the current user.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> d = secure_dir(root / "kernels", root=root)
>>> oct(d.stat().st_mode & 0o777)
'0o700'
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import time
from pathlib import Path

__all__ = ["UntrustedCacheError", "secure_dir", "record_hash", "is_trusted_file",
           "remove_stale_builds", "STALE_SECONDS", "MAX_STALE_REMOVED"]

#: a temporary build folder older than this is left over from a killed run
STALE_SECONDS = 3600
#: at most this many leftovers are removed per build (keeps a build's cost bounded)
MAX_STALE_REMOVED = 16


class UntrustedCacheError(PermissionError):
    """A cache directory or file is not owned by the current user, or is writable by others."""


def _problem(st: os.stat_result) -> str:
    if hasattr(os, "geteuid") and st.st_uid != os.geteuid():
        return f"owned by uid {st.st_uid}, not by the current user (uid {os.geteuid()})"
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"writable by group or others (mode {stat.filemode(st.st_mode)})"
    return ""


def secure_dir(path, root=None) -> Path:
    """Create ``path`` (and missing parents) with mode 0700; check it and every directory
    from ``root`` down to it. Returns ``path``; raises :class:`UntrustedCacheError`.
    """
    path = Path(path)
    root = Path(root) if root is not None else path
    try:
        path.relative_to(root)
    except ValueError:
        root = path
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for d in reversed(missing):  # every folder it creates is private, not only the last
        try:
            d.mkdir(mode=0o700)
        except FileExistsError:
            if not d.is_dir():
                raise UntrustedCacheError(
                    f"the cache folder {d} exists and is not a folder") from None
    chain = [path, *[p for p in path.parents if p == root or root in p.parents]]
    for d in chain:
        st = d.stat()
        if not stat.S_ISDIR(st.st_mode):
            raise UntrustedCacheError(f"the cache folder {d} is not a folder")
        why = _problem(st)
        if why:
            raise UntrustedCacheError(
                f"refusing to use the cache folder {d}: it is {why}; anyone who can write "
                f"there could plant a library. Run `chmod go-w {d}` if it is yours, or set "
                "TCONV_SYM_CACHE_DIR to a private folder")
    return path


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _record(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def record_hash(path, target=None) -> str:
    """Write the SHA-256 of ``path`` to ``<target>.sha256`` (atomically; ``target``
    defaults to ``path``: the name the file will be loaded by); return it."""
    path = Path(path)
    target = Path(target) if target is not None else path
    digest = _sha256(path)
    tmp = target.with_name(f".{target.name}.sha256.{os.getpid()}")
    tmp.write_text(digest + "\n", encoding="ascii")
    os.replace(tmp, _record(target))
    return digest


def is_trusted_file(path) -> bool:
    """True if ``path`` may be loaded: a regular file of ours, not writable by others, whose
    bytes match its recorded hash. False if it is missing, has no record or a different
    hash (rebuild it). Raises :class:`UntrustedCacheError` for a symlink or a foreign file.
    """
    path = Path(path)
    try:
        st = path.lstat()
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(st.st_mode) or not stat.S_ISREG(st.st_mode):
        raise UntrustedCacheError(f"refusing to load {path}: it is not a regular file")
    why = _problem(st)
    if why:
        raise UntrustedCacheError(f"refusing to load {path}: it is {why}")
    record = _record(path)
    try:
        rst = record.lstat()
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(rst.st_mode) or _problem(rst):
        return False
    try:
        want = record.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return False
    return want == _sha256(path)


def remove_stale_builds(directory, prefix: str = ".") -> int:
    """Remove at most :data:`MAX_STALE_REMOVED` temporary build folders (``prefix*``) older
    than :data:`STALE_SECONDS` and owned by the current user; return how many."""
    removed = 0
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(directory) as entries:
        for entry in entries:
            if removed >= MAX_STALE_REMOVED:
                break
            if not entry.name.startswith(prefix) or entry.name.endswith(".sha256"):
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if not stat.S_ISDIR(st.st_mode) or _problem(st) or now - st.st_mtime < STALE_SECONDS:
                continue
            shutil.rmtree(entry.path, ignore_errors=True)
            removed += 1
    return removed
