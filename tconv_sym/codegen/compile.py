"""Compiling generated C with the system compiler into a content-addressed cache.

``cc -std=c99 -O3 -march=native -shared -fPIC`` (the compiler from ``$CC``, else ``cc``,
``gcc`` or ``clang`` on ``PATH``). The shared library is stored under
:func:`cache_dir` as ``<name>-<key>.so`` where ``key`` hashes the source, the flags, the
compiler's version and the machine, so a changed kernel or compiler never reuses a stale
library. Two processes compiling the same kernel at once are safe: each compiles to its
own temporary file and moves it into place with :func:`os.replace`, so a reader always
sees a complete library. Before a cached library is loaded, :mod:`.cache` checks the
folders and the file (owned by the current user, not writable by others) and the file's
recorded SHA-256; see there for what the cache trusts.

>>> key = cache_key("void f(void) {}\\n", ("-O3",))
>>> len(key)
64
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import platform
import shutil
import subprocess
import tempfile
from pathlib import Path

from .cache import is_trusted_file, record_hash, remove_stale_builds, secure_dir

__all__ = [
    "CompilerNotFoundError",
    "CompileError",
    "find_compiler",
    "cache_dir",
    "cache_key",
    "compile_c",
    "FLAGS",
    "GCC_FLAGS",
    "UNROLLED_GCC_FLAGS",
    "BOX_GCC_FLAGS",
    "gcc_flags_for",
    "compiler_identity",
]

#: Flags of every kernel build (the sanitizer test adds its own).
FLAGS = ("-std=c99", "-O3", "-march=native", "-ffp-contract=fast", "-shared", "-fPIC")
#: Added for every kernel built with gcc.
GCC_FLAGS = ()
#: Added for gcc on polyphase kernels written as loops over boxes (weight gradients, sparse
#: baked weights): without it gcc 12 completely peels the short constant-bound box loops of
#: strided kernels and spends minutes vectorising the copies (17 s instead of 0.3 s for the
#: FCN upsampling kernel), for no run-time gain. Not for the register-tiled GEMM kernels:
#: there complete peeling of the tile loops is what keeps the accumulators in registers
#: (3x faster).
BOX_GCC_FLAGS = ("--param=max-completely-peel-times=1",)
#: Added for gcc on unrolled (straight-line) kernels: the only loop is over the batch, and
#: vectorising it with gathers costs gcc seconds per kernel (2.5 s -> 0.2 s), for nothing.
UNROLLED_GCC_FLAGS = ("-fno-tree-loop-vectorize",)


def gcc_flags_for(plan) -> tuple[str, ...]:
    """The gcc-only flags of a kernel: by strategy and code shape (see the flag constants).

    >>> from tconv_sym import TransposedConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> gcc_flags_for(make_plan(TransposedConvSpec(in_size=9, kernel_size=3), lang="c",
    ...                         strategy="polyphase", name="k"))
    ()
    """
    if plan.strategy == "unrolled":
        return UNROLLED_GCC_FLAGS
    if plan.direction == "weight" or plan.sparse_baked:
        return BOX_GCC_FLAGS
    return ()


class CompilerNotFoundError(RuntimeError):
    """No C compiler was found (``lang="numpy"`` kernels need none)."""


class CompileError(RuntimeError):
    """The C compiler ran and failed (its exit code and stderr are in the message)."""


def find_compiler() -> str:
    """Path of the C compiler: ``$CC`` if set, else the first of cc, gcc, clang on PATH.

    >>> isinstance(find_compiler(), str)
    True
    """
    env = os.environ.get("CC")
    candidates = [env] if env else ["cc", "gcc", "clang"]
    for name in candidates:
        path = shutil.which(name)
        if path:
            return path
    tried = f"$CC={env!r}" if env else "cc, gcc, clang"
    raise CompilerNotFoundError(
        f"no C compiler found (tried {tried} on PATH); install gcc or clang, or set CC to a "
        "compiler — or generate with lang='numpy', which needs none")


@functools.lru_cache(maxsize=8)
def _compiler_version(cc: str) -> str:
    try:
        out = subprocess.run([cc, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise CompilerNotFoundError(f"the C compiler {cc!r} cannot be run: {exc}") from None
    return out.stdout or cc


def compiler_identity(cc: str) -> str:
    return _compiler_version(cc).splitlines()[0]


def _is_gcc(cc: str) -> bool:
    text = _compiler_version(cc)
    return "Free Software Foundation" in text and "clang" not in text.lower()


def cache_dir() -> Path:
    """Where compiled kernels (and ``generate(out_dir=None)`` sources) are kept:
    ``$TCONV_SYM_CACHE_DIR``, else ``$XDG_CACHE_HOME/tconv_sym``, else ``~/.cache/tconv_sym``.

    >>> cache_dir().name in ("tconv_sym",) or "TCONV_SYM_CACHE_DIR" in os.environ
    True
    """
    env = os.environ.get("TCONV_SYM_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "tconv_sym"


def cache_key(source: str, flags=FLAGS, cc: str | None = None) -> str:
    """SHA-256 of everything that determines the library: source, flags, compiler, machine."""
    ident = compiler_identity(cc) if cc else ""
    h = hashlib.sha256()
    for part in (source, "\0".join(flags), ident, platform.machine(), platform.system()):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def compile_c(source: str, name: str, flags=FLAGS, directory=None, gcc_flags=(),
              headers=None) -> Path:
    """Compile C ``source`` to a shared library in the cache (once per content); its path.

    ``gcc_flags`` are added (after :data:`GCC_FLAGS`) only when the compiler is gcc;
    ``headers`` (``{file name: text}``) are written next to the source (and hashed).

    >>> lib = compile_c("int twice(int a) { return 2 * a; }\\n", "twice")
    >>> import ctypes; ctypes.CDLL(str(lib)).twice(21)
    42
    """
    cc = find_compiler()
    flags = tuple(flags)
    if _is_gcc(cc):
        flags = flags + GCC_FLAGS + tuple(gcc_flags)
    headers = dict(headers or {})  # {file name: text} next to the source (its own .h)
    key = cache_key(source + "".join(f"\0{n}\0{t}" for n, t in sorted(headers.items())),
                    flags, cc)
    if directory is not None:
        out_dir = secure_dir(directory)
    else:
        out_dir = secure_dir(cache_dir() / "kernels", root=cache_dir())
    target = out_dir / f"{name}-{key[:20]}.so"
    if is_trusted_file(target):
        return target
    remove_stale_builds(out_dir)
    with tempfile.TemporaryDirectory(prefix=f".{name}.", dir=out_dir) as tmp:
        src = Path(tmp) / f"{name}.c"
        src.write_text(source, encoding="utf-8")
        for header, text in headers.items():
            (Path(tmp) / Path(header).name).write_text(text, encoding="utf-8")
        lib = Path(tmp) / f"{name}.so"
        try:
            proc = subprocess.run([cc, *flags, "-o", str(lib), str(src)],
                                  capture_output=True, text=True)
        except OSError as exc:
            raise CompilerNotFoundError(f"the C compiler {cc!r} cannot be run: {exc}") \
                from None
        if proc.returncode != 0 or not lib.is_file():
            raise CompileError(
                f"compiling {name}.c with {cc} {' '.join(flags)} failed "
                f"(exit {proc.returncode}):\n{proc.stderr.strip()}")
        with contextlib.suppress(FileNotFoundError):
            os.chmod(lib, 0o755)
        record_hash(lib, target)
        os.replace(lib, target)
    return target
