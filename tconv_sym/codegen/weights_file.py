"""Arrays to bake into a kernel, read from a file: ``.npy``, a named array of an ``.npz``,
or raw little-endian numbers (``.bin``, any other suffix) of a given dtype and shape.

Every read is bounded: the file's size (an ``.npz`` member's uncompressed size) is checked
against the memory budget before anything is loaded, pickles are refused, a raw file must
hold exactly the expected number of values, and the array must be real numbers. Errors name
the flag or parameter the path came from (``source``), the path and what is allowed.

>>> import tempfile, os
>>> d = tempfile.mkdtemp()
>>> np.save(os.path.join(d, "w.npy"), np.arange(6).reshape(2, 3))
>>> read_array(os.path.join(d, "w.npy")).shape
(2, 3)
>>> np.arange(6, dtype="<f4").tofile(os.path.join(d, "w.bin"))
>>> read_array(os.path.join(d, "w.bin"), dtype="float32", shape=(3, 2)).tolist()
[[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]]
"""

from __future__ import annotations

import math
import os
import tokenize
import zipfile

import numpy as np

from ..budget import check

__all__ = ["read_array", "split_member", "RAW_DTYPES"]

#: dtypes of raw files (``--weight-dtype``), all read little-endian
RAW_DTYPES = ("int8", "uint8", "int16", "int32", "float16", "float32", "float64")


def split_member(path: str) -> tuple[str, str | None]:
    """``"w.npz:conv1"`` -> ``("w.npz", "conv1")``; any other path -> ``(path, None)``.

    >>> split_member("weights.npz:up.0.weight"), split_member("w.npy")
    (('weights.npz', 'up.0.weight'), ('w.npy', None))
    """
    head, sep, tail = path.rpartition(":")
    if sep and head.lower().endswith(".npz") and tail:
        return head, tail
    return path, None


def _real(arr: np.ndarray, source: str) -> np.ndarray:
    if arr.dtype == object or arr.dtype.kind not in "biuf":
        raise ValueError(f"{source} must hold real numbers, got dtype {arr.dtype}")
    return arr


def _check_size(nbytes: int, source: str) -> None:
    check("bytes", nbytes, what=f"reading {source}", hint="the array is loaded into memory")


def _check_header(fp, available: int, source: str) -> None:
    """Read the ``.npy`` header at ``fp`` and refuse a shape whose bytes exceed what the file
    holds (``available`` bytes, header included) or the memory budget, before NumPy allocates
    the array the header claims (issue 34: 64 bytes claiming (10**5,)*3 float64 asked for
    7.1 PiB, a MemoryError traceback)."""
    try:
        version = np.lib.format.read_magic(fp)
        read = {(1, 0): np.lib.format.read_array_header_1_0,
                (2, 0): np.lib.format.read_array_header_2_0}.get(version)
        if read is None:
            raise ValueError(f".npy format version {version} (1.0 and 2.0 are read)")
        shape, _, dtype = read(fp)
    except (OSError, ValueError, EOFError, SyntaxError, tokenize.TokenError) as exc:
        raise ValueError(f"{source} is not a readable .npy file of numbers: {exc}") from None
    if any(d < 0 for d in shape):
        raise ValueError(f"{source}: its header claims the shape {tuple(shape)}; the sizes "
                         "of an array are >= 0")
    need = math.prod(shape) * dtype.itemsize
    if need > available - fp.tell():
        raise ValueError(f"{source}: its header claims shape {tuple(shape)} of {dtype} "
                         f"({need:,} bytes), the file holds {max(0, available - fp.tell()):,}")
    _check_size(need, source)


def _npy(path: str, source: str) -> np.ndarray:
    _check_size(os.path.getsize(path), source)
    with open(path, "rb") as fp:
        _check_header(fp, os.path.getsize(path), source)
    try:
        arr = np.load(path, allow_pickle=False)
    except (OSError, ValueError, EOFError) as exc:
        raise ValueError(f"{source} is not a readable .npy file of numbers: {exc}") from None
    if not isinstance(arr, np.ndarray):
        raise ValueError(f"{source} is an .npz archive: name the array as FILE.npz:NAME")
    return _real(arr, source)


def _npz(path: str, member: str | None, source: str) -> np.ndarray:
    try:
        with zipfile.ZipFile(path) as z:
            infos = {i.filename.removesuffix(".npy"): i for i in z.infolist()}
    except (OSError, zipfile.BadZipFile) as exc:
        raise ValueError(f"{source} is not a readable .npz archive: {exc}") from None
    names = sorted(infos)
    if member is None:
        if len(names) != 1:
            raise ValueError(f"{source} holds the arrays {names[:20]}: name one as "
                             f"{os.path.basename(path)}:NAME")
        member = names[0]
    if member not in infos:
        raise ValueError(f"{source}: no array {member!r} in the archive; it holds "
                         f"{names[:20]}")
    _check_size(infos[member].file_size, source)
    try:
        with zipfile.ZipFile(path) as z, z.open(infos[member]) as fp:
            _check_header(fp, infos[member].file_size, f"{source} (array {member!r})")
    except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError) as exc:
        raise ValueError(f"{source}: array {member!r} is not readable: {exc}") from None
    try:
        with np.load(path, allow_pickle=False) as archive:
            arr = archive[member]
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        raise ValueError(f"{source}: array {member!r} is not readable: {exc}") from None
    return _real(arr, source)


def _raw(path: str, dtype, shape, source: str) -> np.ndarray:
    if dtype is None:
        raise ValueError(f"{source} is a raw file ({os.path.basename(path)!r} is neither .npy "
                         f"nor .npz): give its dtype (--weight-dtype, one of {list(RAW_DTYPES)})")
    if str(dtype) not in RAW_DTYPES:
        raise ValueError(f"the dtype of a raw file must be one of {list(RAW_DTYPES)}, got "
                         f"{dtype!r}")
    if shape is None:
        raise ValueError(f"{source} is a raw file: its shape must be known (the layer's "
                         "weight shape)")
    dt = np.dtype(str(dtype)).newbyteorder("<")
    want = math.prod(shape) * dt.itemsize
    size = os.path.getsize(path)
    if size != want:
        raise ValueError(f"{source} has {size:,} bytes; {dtype} weights of shape "
                         f"{tuple(shape)} are {want:,} bytes")
    _check_size(size, source)
    with open(path, "rb") as f:
        data = f.read(want + 1)
    if len(data) != want:
        raise ValueError(f"{source} changed while being read ({len(data):,} bytes, expected "
                         f"{want:,})")
    return np.frombuffer(data, dtype=dt).astype(str(dtype)).reshape(shape)


def read_array(path, *, dtype=None, shape=None, source: str | None = None) -> np.ndarray:
    """The array in ``path``: ``FILE.npy``, ``FILE.npz`` (its only array) or
    ``FILE.npz:NAME``, or a raw little-endian file of ``dtype`` (one of
    :data:`RAW_DTYPES`) holding exactly ``shape``. ``source`` names the path in errors
    (default ``"weights file PATH"``; the CLI passes its flag).

    >>> read_array("missing.npy", source="--weights missing.npy")
    Traceback (most recent call last):
        ...
    ValueError: --weights missing.npy: no such file
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a file path, got {path!r} ({type(path).__name__})")
    file, member = split_member(os.fspath(path))
    source = source or f"weights file {os.fspath(path)!r}"
    if not os.path.isfile(file):
        raise ValueError(f"{source}: no such file" if not os.path.exists(file)
                         else f"{source}: not a regular file")
    lower = file.lower()
    if dtype is not None and (lower.endswith(".npy") or lower.endswith(".npz")):
        raise ValueError(f"a dtype (--weight-dtype) applies to raw files; {source} stores "
                         "its own dtype")
    if lower.endswith(".npz"):
        return _npz(file, member, source)
    if lower.endswith(".npy"):
        return _npy(file, source)
    return _raw(file, dtype, shape, source)
