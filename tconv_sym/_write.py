"""The one writer of files: atomic writes, file sets written as a unit, our own marker.

Every file tconv_sym writes (generated kernels, the ``generated/`` catalogue, pictures,
``explain`` reports) goes through this module, so they all behave the same:

- **atomic**: a file goes to a temporary file in the target folder (``.tconv-sym-tmp.…``),
  is flushed to disk and moved into place with :func:`os.replace`; an interrupted write
  leaves the old file or the new one, never half of one. Files get the mode ``open()``
  would give (``0o666`` minus the umask);
- **a set as a unit** (:func:`write_files`, e.g. a ``.c`` and its ``.h``): every file is
  first written to its temporary file; then a journal listing the moves is written; then
  the moves are done and the journal removed. A run killed during the moves leaves the
  journal, and the next write into that folder (or :func:`recover`) completes the moves,
  so the set is never left mixed from two runs. :func:`status` reports a file named by a
  pending journal as ``"incomplete"``;
- **cleaned up**: temporary files are removed on failure; those of killed runs (their
  process is gone, or they are older than :data:`STALE_SECONDS`) are removed by the next
  write into the folder, at most :data:`MAX_CLEANUP` per write, only our own names and
  only files owned by the current user;
- **never overwriting what is not ours**: every generated file starts with a header (tool
  version, spec, ``content-hash: sha256:…`` and "generated — do not edit"). The hash is the
  SHA-256 of the whole file with the hash itself replaced by 64 zeros, so any edit anywhere
  in the file is detected. An existing file is overwritten only if tconv_sym wrote it and
  nobody edited it since — anything else raises :class:`FileExistsError` unless
  ``overwrite=True``. A folder where a file should go is never replaced.

>>> text = seal("# generated — do not edit. Written by tconv_sym 0.1.0\\n"
...             "# content-hash:  sha256:" + "0" * 64 + "\\nx = 1\\n")
>>> is_ours(text), is_ours(text.replace("x = 1", "x = 2"))
(True, False)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
import tempfile
import time
from pathlib import Path

__all__ = ["seal", "content_hash", "is_ours", "status", "write_files", "atomic_write",
           "check_claim", "read_claim", "write_claimed", "writable_folder",
           "recover", "file_mode", "other_writer", "MARK", "MARKER_PREFIX", "STALE_SECONDS",
           "MAX_CLEANUP"]

#: temporary files and journals of our writes start with these
TMP_PREFIX = ".tconv-sym-tmp."
JOURNAL_PREFIX = ".tconv-sym-journal."
#: a temporary file this old is stale even if its process id is in use again
STALE_SECONDS = 600
#: at most this many leftovers are removed per write
MAX_CLEANUP = 64

#: The words that mark a file as written by tconv_sym (first line of every header).
MARK = "generated — do not edit. Written by tconv_sym"
_HASH_RE = re.compile(r"content-hash:\s+sha256:([0-9a-f]{64})")
_JSON_HASH_RE = re.compile(r'"content_hash": "sha256:([0-9a-f]{64})"')
_ZEROS = "0" * 64


def _hash_match(text: str):
    return _HASH_RE.search(text) or _JSON_HASH_RE.search(text)


def content_hash(text: str) -> str:
    """SHA-256 (hex) of ``text`` with its content hash replaced by zeros.

    >>> content_hash("content-hash:  sha256:" + "1" * 64) == content_hash(
    ...     "content-hash:  sha256:" + "0" * 64)
    True
    """
    m = _hash_match(text)
    if m is None:
        raise ValueError("text has no 'content-hash: sha256:<64 hex digits>' field")
    neutral = text[: m.start(1)] + _ZEROS + text[m.end(1):]
    return hashlib.sha256(neutral.encode("utf-8")).hexdigest()


def seal(text: str) -> str:
    """Fill in the content hash of a rendered file (its placeholder is 64 zeros).

    >>> seal("content-hash:  sha256:" + "0" * 64)[-64:] != "0" * 64
    True
    """
    m = _hash_match(text)
    if m is None:
        raise ValueError("text has no content-hash placeholder")
    return text[: m.start(1)] + content_hash(text) + text[m.end(1):]


def is_ours(text: str) -> bool:
    """True when ``text`` carries tconv_sym's header and its content hash still matches.

    >>> is_ours("int main(void) { return 0; }\\n")
    False
    """
    head = text[:400]
    if MARK not in head and '"generator": "tconv_sym' not in head:
        return False
    m = _hash_match(text)
    return m is not None and m.group(1) == content_hash(text)


def status(path) -> str:
    """``"missing"``, ``"ours"`` (written by tconv_sym, unedited), ``"edited"`` (our header,
    but changed since), ``"foreign"`` (not written by tconv_sym, or a folder) or
    ``"incomplete"`` (named by the journal of an interrupted write; see :func:`recover`).

    >>> status("/nonexistent/file.c")
    'missing'
    """
    p = Path(path)
    if p.name in _pending_names(p.parent):
        return "incomplete"
    if not p.exists():
        return "missing"
    if p.is_dir():
        return "foreign"
    try:
        text = p.read_text(encoding="utf-8")
    except (UnicodeDecodeError, IsADirectoryError, PermissionError):
        return "foreign"
    if is_ours(text):
        return "ours"
    head = text[:400]
    return "edited" if (MARK in head or '"generator": "tconv_sym' in head) else "foreign"


def file_mode() -> int:
    """The mode ``open()`` gives a new file: ``0o666`` minus the process umask.

    >>> file_mode() & 0o600
    384
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # no os.getumask before Python 3.13: read it by setting it
    os.umask(mask)
    return 0o666 & ~mask


def _stage(path: Path, data: bytes) -> str:
    """Write ``data`` to a new temporary file next to ``path``; return its path."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{TMP_PREFIX}{os.getpid()}.",
                               suffix=f".{path.name}")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, file_mode())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def _refuse_folder(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        raise IsADirectoryError(
            f"{path} is a folder; refusing to replace it with a file (choose another name "
            "or out folder)")


def atomic_write(path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (see the module); return the path.

    >>> import tempfile, pathlib
    >>> p = atomic_write(pathlib.Path(tempfile.mkdtemp()) / "a.txt", b"hello\\n")
    >>> p.read_bytes()
    b'hello\\n'
    """
    path = Path(path)
    _refuse_folder(path)
    with _explained(f"cannot write {path}"):
        tmp = _stage(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path


def _ours_on_disk(st: os.stat_result) -> bool:
    own = not hasattr(os, "geteuid") or st.st_uid == os.geteuid()
    return own and stat.S_ISREG(st.st_mode) and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _pid_of(name: str, prefix: str) -> int | None:
    head = name[len(prefix):].split(".", 1)[0]
    return int(head) if head.isdigit() else None


def _journals(folder: Path):
    """(path, moves) of the readable journals of ours in ``folder``."""
    out = []
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if not entry.name.startswith(JOURNAL_PREFIX):
                continue
            try:
                if not _ours_on_disk(entry.stat(follow_symlinks=False)):
                    continue
                data = json.loads(Path(entry.path).read_text(encoding="utf-8"))
                moves = [(str(a), str(b)) for a, b in data["moves"]]
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if all(Path(a).name == a and a.startswith(TMP_PREFIX) and Path(b).name == b
                   and not b.startswith(".") for a, b in moves):
                out.append((Path(entry.path), moves))
    return out


def _pending_names(folder: Path) -> set[str]:
    return {b for _, moves in _journals(folder) for _, b in moves}


def recover(folder) -> int:
    """Finish the interrupted file sets in ``folder`` and remove leftovers of killed runs;
    return how many leftovers were handled. Runs before every :func:`write_files`.

    A journal (written after all of a set's temporary files were complete) is rolled
    forward: its remaining moves are done. A temporary file is removed when its process
    is gone or it is older than :data:`STALE_SECONDS`. Only our own names, only files
    owned by the current user and not writable by others, at most :data:`MAX_CLEANUP`.

    >>> import tempfile
    >>> recover(tempfile.mkdtemp())
    0
    """
    folder = Path(folder)
    handled = 0
    live = set()
    for journal, moves in _journals(folder):
        pid = _pid_of(journal.name, JOURNAL_PREFIX)
        if pid is not None and pid != os.getpid() and _pid_alive(pid):
            live.update(a for a, _ in moves)  # its writer is still at work
            continue
        for tmp, final in moves:
            with contextlib.suppress(FileNotFoundError):
                os.replace(folder / tmp, folder / final)
        with contextlib.suppress(FileNotFoundError):
            journal.unlink()
        handled += 1
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if handled >= MAX_CLEANUP:
                break
            prefix = next((p for p in (TMP_PREFIX, JOURNAL_PREFIX)
                           if entry.name.startswith(p)), None)
            if prefix is None or entry.name in live:
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            pid = _pid_of(entry.name, prefix)
            gone = pid is not None and pid != os.getpid() and not _pid_alive(pid)
            if _ours_on_disk(st) and (gone or now - st.st_mtime > STALE_SECONDS):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                handled += 1
    return handled


def _write_set(out: Path, items: list[tuple[Path, bytes]]) -> None:
    """Write the files of ``items`` as a unit (temporary files, journal, moves)."""
    staged: list[tuple[str, Path]] = []
    journal = None
    try:
        for path, data in items:
            staged.append((_stage(path, data), path))
        if len(staged) > 1:
            moves = [[Path(t).name, p.name] for t, p in staged]
            fd, journal = tempfile.mkstemp(dir=out, prefix=f"{JOURNAL_PREFIX}{os.getpid()}.",
                                           suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(json.dumps({"moves": moves}))
                f.flush()
                os.fsync(f.fileno())
    except BaseException:
        _discard([tmp for tmp, _ in staged] + ([journal] if journal is not None else []))
        raise
    moved = 0
    try:
        for tmp, path in staged:  # from here on, the journal completes an interrupted set
            with contextlib.suppress(FileNotFoundError):  # (another process recovered it)
                os.replace(tmp, path)
            moved += 1
    except BaseException:
        if moved == 0:  # nothing changed yet: leave the folder as it was
            _discard([tmp for tmp, _ in staged] + ([journal] if journal is not None else []))
        raise
    if journal is not None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(journal)


def write_files(out_dir, files: dict[str, str], overwrite: bool = False) -> tuple[Path, ...]:
    """Write ``{file name: text or bytes}`` into ``out_dir`` as a unit; return the paths.

    All targets are checked before anything is written: a file that tconv_sym did not
    write, or that was edited since, raises ``FileExistsError`` unless ``overwrite=True``;
    a folder in the way raises ``IsADirectoryError`` even then. A file whose bytes would
    not change is left untouched. Interrupted sets of earlier runs are completed first
    (:func:`recover`).

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> (d / "mine.c").write_text("/* my own code */\\n")
    18
    >>> write_files(d, {"mine.c": seal("/* " + MARK + " x\\n content-hash: sha256:" + "0" * 64
    ...                                 + " */\\n")})
    Traceback (most recent call last):
        ...
    FileExistsError: ...mine.c was not written by tconv_sym; refusing to overwrite it (pass ...)
    """
    out = Path(out_dir)
    for name in files:
        if not isinstance(name, str) or Path(name).name != name or name.startswith("."):
            raise ValueError(f"file name must be a plain name inside out_dir, got {name!r}")
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(f"out_dir {out} exists and is not a folder; choose a folder")
    with _explained(f"cannot create the folder {out}"):
        out.mkdir(parents=True, exist_ok=True)
    recover(out)
    paths = tuple(out / name for name in files)
    for path in paths:
        _refuse_folder(path)
    if not overwrite:
        for path in paths:
            st = status(path)
            if st == "foreign":
                raise FileExistsError(
                    f"{path} was not written by tconv_sym; refusing to overwrite it "
                    "(pass overwrite=True / --force to replace it)")
            if st == "edited":
                raise FileExistsError(
                    f"{path} was generated by tconv_sym but edited since (its content hash "
                    "no longer matches); refusing to overwrite it (pass overwrite=True / "
                    "--force to replace it)")
    items = []
    for path, text in zip(paths, files.values()):
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        if path.is_file() and path.read_bytes() == data:
            continue
        items.append((path, data))
    with _explained(f"cannot write into {out}"):
        _write_set(out, items)
    return paths


@contextlib.contextmanager
def _explained(what: str):
    """Re-raise an OSError as the same kind of error, worded for the user (no temp names)."""
    try:
        yield
    except OSError as exc:
        if isinstance(exc, (FileExistsError, IsADirectoryError)) and exc.errno is None:
            raise  # our own refusals are worded already
        reason = exc.strerror or str(exc)
        raise type(exc)(f"{what}: {reason}") from None


# --------------------------------------------------------------------------------------
# Report folders: new, empty, or ours (a marker file lists what we wrote, with hashes)
# --------------------------------------------------------------------------------------
def _sha256_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def read_claim(folder, marker: str) -> dict[str, str | None] | None:
    """``{file name: SHA-256 when written}`` from the marker of a report folder, or None
    when there is no marker (hashes are None for markers of older versions).

    >>> import tempfile
    >>> read_claim(tempfile.mkdtemp(), ".tconv-sym-explain") is None
    True
    """
    path = Path(folder) / marker
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data["files"]
        hashes = data.get("sha256", {})
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files) \
                or not isinstance(hashes, dict):
            raise ValueError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise ValueError(
            f"out folder {os.fspath(folder)!r} has a damaged {marker} marker; remove the "
            "folder or choose another one") from None
    return {name: hashes.get(name) if isinstance(hashes.get(name), str) else None
            for name in files}


def check_claim(folder, planned, marker: str) -> dict[str, str | None]:
    """Check that the files ``planned`` may be written into the report folder ``folder``
    (new, empty, or marked as ours, holding no file we did not write and no file edited
    since we wrote it); create it if missing. Returns what the marker recorded before.
    """
    folder = Path(folder)
    shown = os.fspath(folder)
    if folder.exists() and not folder.is_dir():
        raise ValueError(f"out {shown!r} exists and is not a folder; choose a new folder")
    if not folder.exists():
        with _explained(f"cannot create the folder {shown}"):
            folder.mkdir(parents=True)
        return {}
    recover(folder)
    previous = read_claim(folder, marker)
    present = set(os.listdir(folder))
    if previous is None:
        other = other_writer(folder, marker, present)
        if other:
            raise ValueError(
                f"out folder {shown!r} was written by {other}, another kind of tconv-sym "
                f"report (no {marker} marker); each kind keeps its own folder — choose a new "
                "or empty folder, nothing was written")
        if present:
            raise ValueError(
                f"out folder {shown!r} is not empty and was not written by tconv-sym (no "
                f"{marker} marker); choose a new or empty folder — nothing was written")
        return {}
    foreign = sorted(n for n in planned if n in present and n not in previous)
    if foreign:
        raise ValueError(
            f"out folder {shown!r} holds {', '.join(foreign)}, which tconv-sym did not write; "
            "move it away or choose another folder — nothing was written")
    edited = sorted(n for n in planned if n in present and previous.get(n) is not None
                    and _sha256_of(folder / n) != previous[n])
    if edited:
        raise FileExistsError(
            f"out folder {shown!r}: {', '.join(edited)} was written by tconv-sym but edited "
            "since (its hash no longer matches); refusing to overwrite it — move it away or "
            "choose another folder, nothing was written")
    return previous


#: every report folder's marker starts with this (``.tconv-sym-explain``, ``.tconv-sym-scan``)
MARKER_PREFIX = ".tconv-sym-"


def other_writer(folder, marker: str, present=None) -> str:
    """The writer (``tool`` of its marker, or the marker's name) of another kind of report
    folder found in ``folder``; ``""`` when there is none.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / ".tconv-sym-scan").write_text('{"tool": "tconv-sym scan", "files": []}')
    >>> other_writer(d, ".tconv-sym-explain"), other_writer(d, ".tconv-sym-scan")
    ('tconv-sym scan', '')
    """
    present = set(os.listdir(folder)) if present is None else present
    for name in sorted(present):
        if not name.startswith(MARKER_PREFIX) or name == marker \
                or name.startswith((TMP_PREFIX, JOURNAL_PREFIX)):
            continue
        try:
            tool = json.loads((Path(folder) / name).read_text(encoding="utf-8")).get("tool")
        except (OSError, ValueError, AttributeError, UnicodeDecodeError):
            tool = None
        return tool if isinstance(tool, str) and tool else name
    return ""


def write_claimed(folder, files: dict[str, bytes], *, marker: str, tool: str, about,
                  previous: dict | None = None) -> dict[str, str]:
    """Write ``files`` into a report folder checked by :func:`check_claim`, as a unit with
    its marker (which records each file's hash, added to what it recorded before).
    Returns ``{name: path}``.

    >>> import tempfile
    >>> d = tempfile.mkdtemp()
    >>> _ = check_claim(d, ["a.md"], ".mark")
    >>> sorted(write_claimed(d, {"a.md": b"# hi\\n"}, marker=".mark", tool="t", about="x"))
    ['a.md']
    >>> read_claim(d, ".mark")["a.md"] == hashlib.sha256(b"# hi\\n").hexdigest()
    True
    """
    folder = Path(folder)
    known = dict(read_claim(folder, marker) or {})
    known.update(previous or {})
    known.update({name: hashlib.sha256(data).hexdigest() for name, data in files.items()})
    about = about if isinstance(about, str) else repr(about)
    data = {"tool": tool, "about": about, "files": sorted(known),
            "sha256": {n: h for n, h in sorted(known.items()) if h is not None}}
    items = []
    for name, blob in sorted(files.items()):
        if Path(name).name != name:
            raise ValueError(f"file name must be a plain name inside the folder, got {name!r}")
        path = folder / name
        _refuse_folder(path)
        if not (path.is_file() and path.read_bytes() == blob):
            items.append((path, blob))
    items.append((folder / marker, (json.dumps(data, indent=1) + "\n").encode("utf-8")))
    with _explained(f"cannot write into {os.fspath(folder)}"):
        _write_set(folder, items)
    return {name: os.path.join(os.fspath(folder), name) for name in sorted(files)}


def writable_folder(folder) -> Path:
    """Create ``folder`` if needed and check that files can be written into it (before a
    long run that would write there at the end); return it, or raise a worded ``OSError``.

    >>> import tempfile
    >>> writable_folder(tempfile.mkdtemp()).is_dir()
    True
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(f"{folder} exists and is not a folder; choose a folder")
    with _explained(f"cannot create the folder {folder}"):
        folder.mkdir(parents=True, exist_ok=True)
    with _explained(f"cannot write into {folder}"):
        fd, probe = tempfile.mkstemp(dir=folder, prefix=f"{TMP_PREFIX}{os.getpid()}.")
        os.close(fd)
        os.unlink(probe)
    return folder


def _discard(paths) -> None:
    """Remove temp files of an unfinished write (those already gone are fine)."""
    for path in paths:
        with contextlib.suppress(OSError):
            os.unlink(path)
