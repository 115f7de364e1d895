"""Generated files: content hashes, recognising our own files, atomic writes.

Every generated file starts with a header (tool version, spec, operator, strategy, dtype,
signature, ``content-hash: sha256:…`` and "generated — do not edit"). The hash is the
SHA-256 of the whole file with the hash itself replaced by 64 zeros, so any edit anywhere in
the file is detected.

Writing is safe: each file goes to a temporary file in the target folder and is moved into
place with :func:`os.replace` (an interrupted generation leaves the old file or the new one,
never half of one), and an existing file is overwritten only if tconv_sym wrote it and
nobody edited it since — anything else raises :class:`FileExistsError` unless
``overwrite=True``.

>>> text = seal("# generated — do not edit. Written by tconv_sym 0.1.0\\n"
...             "# content-hash:  sha256:" + "0" * 64 + "\\nx = 1\\n")
>>> is_ours(text), is_ours(text.replace("x = 1", "x = 2"))
(True, False)
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from pathlib import Path

__all__ = ["seal", "content_hash", "is_ours", "status", "write_files", "MARK"]

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
    but changed since) or ``"foreign"`` (not written by tconv_sym).

    >>> status("/nonexistent/file.c")
    'missing'
    """
    p = Path(path)
    if not p.exists():
        return "missing"
    try:
        text = p.read_text(encoding="utf-8")
    except (UnicodeDecodeError, IsADirectoryError, PermissionError):
        return "foreign"
    if is_ours(text):
        return "ours"
    head = text[:400]
    return "edited" if (MARK in head or '"generator": "tconv_sym' in head) else "foreign"


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_files(out_dir, files: dict[str, str], overwrite: bool = False) -> tuple[Path, ...]:
    """Write ``{file name: text}`` into ``out_dir`` atomically; return the paths.

    All targets are checked before anything is written: a file that tconv_sym did not
    write, or that was edited since, raises ``FileExistsError`` unless ``overwrite=True``.
    A file whose bytes would not change is left untouched.

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
        if Path(name).name != name or name.startswith("."):
            raise ValueError(f"file name must be a plain name inside out_dir, got {name!r}")
    out.mkdir(parents=True, exist_ok=True)
    paths = tuple(out / name for name in files)
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
    for path, text in zip(paths, files.values()):
        data = text.encode("utf-8")
        if path.is_file() and path.read_bytes() == data:
            continue
        _atomic_write(path, data)
    return paths
