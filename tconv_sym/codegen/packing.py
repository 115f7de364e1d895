"""Pack once: weights prepared for a packed-form C kernel, and the callable that takes them.

A kernel in a packed form (:mod:`.gemm`, :mod:`.gemm_scatter`, :mod:`.winograd_c`) exports
``NAME_pack`` and ``NAME_packed`` besides ``NAME``. Its Python callable packs weights once and
reuses them:

- the plain call ``fn(x, w)`` keeps the packed form of the last few weight arrays it saw
  (:class:`WeightCache`), keyed by the array object, so a loop over ``fn(x, w)`` runs at the
  prepared speed (what onnxruntime does with weights given as initializers). A cached entry
  is used only while the object is the same, a torch tensor's version counter is unchanged,
  and every byte of it still equals the copy taken when it was packed (issue 34: a sample
  missed an in-place edit of one entry, and the call returned the old weights' result). The
  check is one ``memcmp`` of the weights against that copy (C's, through ctypes, with no
  temporary array: about twice as fast as ``np.array_equal``, which builds a boolean array
  first), so a cache hit reads the weights and the copy once more than the kernel does (any
  check that sees every edit reads every byte of the weights): 1.5x the prepared call of a
  4x4-input 256->256 layer whose weights dwarf its work. The prepared path below checks
  nothing and is the fast one. The cache holds at most :data:`CACHE_ENTRIES` entries and the
  budget's ``weight_cache_bytes`` (copy + packed form; 1 GiB, ``TCONV_SYM_MAX_WEIGHT_CACHE_BYTES``):
  weights too large for it are packed on every call, never kept (``weight_cache.too_large``
  counts them);
- ``fn.prepare(w)`` returns :class:`PackedWeights` explicitly, and
  ``load(weights=w)`` binds them (``fn(x)``).

With packed weights the callable runs ``NAME_packed_ws`` with a workspace of
``NAME_WORKSPACE_BYTES`` that it keeps, one per calling thread (allocated on a thread's first
call), so no call allocates, maps and faults in fresh pages.

>>> import tempfile, numpy as np
>>> from tconv_sym import TransposedConvSpec, generate
>>> spec = TransposedConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1,
...                           in_channels=64, out_channels=32)
>>> fn = generate(spec, lang="c", dtype="float32", out_dir=tempfile.mkdtemp(), name="g").load()
>>> rng = np.random.default_rng(0)
>>> x = rng.standard_normal((2, 64, 8, 8)).astype(np.float32)
>>> w = rng.standard_normal((64, 32, 4, 4)).astype(np.float32)
>>> packed = fn.prepare(w)
>>> packed
PackedWeights(kernel='g', elements=73728, dtype=float32)
>>> bool(np.array_equal(fn(x, packed), fn(x, w)))
True
>>> fn.weight_cache  # fn(x, w) packed w once and reused it
WeightCache(entries=1, hits=0, packs=1)
>>> y = fn(x, w); fn.weight_cache.hits
1
>>> w *= 2  # an in-place edit of every entry: seen, packed again
>>> bool(np.array_equal(fn(x, w), 2 * y)), fn.weight_cache.packs
(True, 2)
"""

from __future__ import annotations

import ctypes
import threading
import weakref

import numpy as np

__all__ = ["PackedWeights", "WeightCache", "with_prepare", "aligned_empty", "EXACT_CHECK",
           "SAMPLES", "CACHE_ENTRIES", "same_bytes"]

#: Former sampling limits (kept for callers): every weight array is now compared whole, byte
#: for byte, before a cached pack is used — a sample cannot see an edit of one entry.
EXACT_CHECK = 4096
SAMPLES = 1024
#: Packed weights kept per callable (the most recently used).
CACHE_ENTRIES = 4


def _libc_memcmp():
    try:
        fn = ctypes.CDLL(None).memcmp
    except (OSError, AttributeError):  # no C library in the process's namespace (Windows)
        return None
    fn.restype = ctypes.c_int
    fn.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
    return fn


_MEMCMP = _libc_memcmp()


def same_bytes(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two C-contiguous arrays hold the same bytes (every one; ``memcmp`` where the C
    library is reachable, ``np.array_equal`` of the bytes otherwise).

    >>> a = np.arange(6.0); b = a.copy()
    >>> same_bytes(a, b), same_bytes(a, b[::-1].copy()), same_bytes(a, a[:3].copy())
    (True, False, False)
    >>> same_bytes(np.array([0.0]), np.array([-0.0]))  # equal numbers, different bits
    False
    """
    if a.nbytes != b.nbytes:
        return False
    if not a.nbytes:
        return True
    if not (a.flags.c_contiguous and b.flags.c_contiguous):
        raise ValueError("same_bytes needs C-contiguous arrays")
    if _MEMCMP is not None:
        return _MEMCMP(a.ctypes.data, b.ctypes.data, a.nbytes) == 0
    return bool(np.array_equal(a.reshape(-1).view(np.uint8), b.reshape(-1).view(np.uint8)))


class PackedWeights:
    """Weights packed for one kernel (made by ``fn.prepare(w)``); pass them as ``w``.

    >>> PackedWeights("k", np.zeros(3, np.float32))
    PackedWeights(kernel='k', elements=3, dtype=float32)
    """

    __slots__ = ("kernel", "data")

    def __init__(self, kernel: str, data: np.ndarray) -> None:
        self.kernel = kernel
        self.data = data

    def __repr__(self) -> str:
        return (f"PackedWeights(kernel={self.kernel!r}, elements={self.data.size}, "
                f"dtype={self.data.dtype})")


class _Entry:
    __slots__ = ("ref", "version", "index", "sample", "packed")


class WeightCache:
    """The packed weights of the last :data:`CACHE_ENTRIES` weight arrays a callable was given
    (see the module): ``get(w)`` returns the :class:`PackedWeights` of ``w`` — cached when
    ``w`` is the same object, unchanged as far as the check sees, else packed by ``pack(w)``
    and kept — or ``None`` when ``w`` is not a C-contiguous NumPy array or torch tensor of
    ``shape`` (the caller's full check then reports what is wrong).

    >>> packs = []
    >>> cache = WeightCache(lambda w: packs.append(1) or w.copy(), (3,))
    >>> w = np.arange(3.0)
    >>> cache.get(w) is cache.get(w), len(packs)
    (True, 1)
    >>> w[1] = 7; cache.get(w).tolist(), len(packs)
    ([0.0, 7.0, 2.0], 2)
    >>> cache.get([1, 2, 3]) is None
    True
    >>> small = WeightCache(lambda w: w.copy(), (3,), max_bytes=24)  # 24 B: no room for two
    >>> _ = small.get(w), small.get(w); small
    WeightCache(entries=0, hits=0, packs=2, too_large=2)
    """

    def __init__(self, pack, shape, max_bytes: int | None = None) -> None:
        self._pack = pack
        self._shape = tuple(shape)
        self._entries: list[_Entry] = []
        self._lock = threading.Lock()
        self._max_bytes = max_bytes
        self.hits = 0
        self.packs = 0
        self.too_large = 0

    def __repr__(self) -> str:
        extra = f", too_large={self.too_large}" if self.too_large else ""
        return (f"WeightCache(entries={len(self._entries)}, hits={self.hits}, "
                f"packs={self.packs}{extra})")

    @property
    def max_bytes(self) -> int:
        """Bytes the cache may hold: ``max_bytes=`` if given, else the budget's
        ``weight_cache_bytes`` in force now."""
        if self._max_bytes is not None:
            return int(self._max_bytes)
        from .. import budget

        return budget.limit("weight_cache_bytes")

    @property
    def nbytes(self) -> int:
        """Bytes held: every entry's copy of the weights and its packed form."""
        return sum(_entry_bytes(e) for e in self._entries)

    def forget(self) -> None:
        """Drop every cached pack (after editing weights in place)."""
        with self._lock:
            self._entries.clear()

    def get(self, w):
        version = getattr(w, "_version", None)  # torch.Tensor: bumped by in-place ops
        if type(w) is np.ndarray:
            arr = w
        elif version is not None and hasattr(w, "detach"):
            if w.requires_grad or w.device.type != "cpu":
                return None
            arr = w.detach().numpy()
        else:
            return None
        if arr.shape != self._shape or not arr.flags.c_contiguous or \
                arr.dtype.kind not in "biuf":
            return None
        with self._lock:
            for i, e in enumerate(self._entries):
                if e.ref() is w:
                    if e.version == version and same_bytes(arr, e.sample):  # every bit
                        if i:
                            self._entries.insert(0, self._entries.pop(i))
                        self.hits += 1
                        return e.packed
                    del self._entries[i]
                    break
            self.packs += 1
            limit = self.max_bytes
            if 2 * arr.nbytes > limit:  # the copy and the packed form cannot fit
                self.too_large += 1
                return self._pack(arr)
            e = _Entry()
            e.ref, e.version = weakref.ref(w), version
            e.index, e.sample = None, arr.copy()
            e.packed = self._pack(arr)
            if _entry_bytes(e) > limit:
                self.too_large += 1
                return e.packed
            self._entries.insert(0, e)
            del self._entries[CACHE_ENTRIES:]
            while self.nbytes > limit:  # the least recently used go first
                self._entries.pop()
            return e.packed


def _entry_bytes(e: _Entry) -> int:
    packed = getattr(e.packed, "data", e.packed)
    return e.sample.nbytes + getattr(packed, "nbytes", 0)


def with_prepare(kernel, lib, plan, caller, check):
    """``kernel`` (``fn(x, w)``) extended to accept :class:`PackedWeights` and given a
    ``prepare(w)`` method, when ``lib`` exports ``NAME_pack`` / ``NAME_packed``; else
    ``kernel`` unchanged. ``check(name, array, shape, batched, dtype)`` validates arrays.
    """
    name = plan.name
    try:
        pack_fn, packed_fn = getattr(lib, f"{name}_pack"), getattr(lib, f"{name}_packed")
    except AttributeError:
        return kernel
    elems_fn = _packed_elems(plan)
    if elems_fn is None or len(plan.args) != 2:
        return kernel
    pack = caller(ctypes.cast(pack_fn, ctypes.c_void_p).value, 1)
    run = caller(ctypes.cast(packed_fn, ctypes.c_void_p).value, 2)
    ws_bytes = plan.memory.workspace_bytes if plan.memory is not None else 0
    size_fn = getattr(lib, f"{name}_workspace_bytes", None)
    if ws_bytes and size_fn is not None:  # this build's (one slice per thread)
        size_fn.restype, size_fn.argtypes = ctypes.c_int64, []
        ws_bytes = int(size_fn())
    ws_fn = getattr(lib, f"{name}_packed_ws", None) if ws_bytes else None
    if ws_fn is not None:  # one workspace per thread, kept: no allocation or page faults per call
        run_ws = caller(ctypes.cast(ws_fn, ctypes.c_void_p).value, 2, workspace=True)
        local = threading.local()

        def run(n, x, w, out):  # noqa: F811 - the workspace variant replaces NAME_packed
            ws = getattr(local, "ws", None)
            if ws is None:  # on a cache line: the packed blocks' vectors never split one
                ws = local.ws = aligned_empty(ws_bytes, np.uint8)
            run_ws(n, x, w, out, ws)
    dtype = np.dtype(plan.dtype)
    x_arg, w_arg = plan.args
    x_shape = tuple(x_arg.shape)
    out_shape = tuple(plan.result.shape)
    ndarray = np.ndarray

    def prepare(w) -> PackedWeights:
        w = check(w_arg.name, w, w_arg.shape, False, dtype)
        data = np.empty(elems_fn, dtype)
        pack(0, w, data)
        return PackedWeights(name, data)

    cache = WeightCache(prepare, w_arg.shape)

    def fn(x, w):
        if type(w) is not PackedWeights:
            packed = cache.get(w)
            if packed is None:
                return kernel(x, w)
            w = packed
        elif w.kernel != name or w.data.dtype is not dtype:
            raise ValueError(f"{name}() got weights packed for {w.kernel!r} "
                             f"({w.data.dtype}); call {name}.prepare(w)")
        if not (type(x) is ndarray and x.dtype is dtype and x.flags.c_contiguous
                and x.shape[1:] == x_shape):
            x = check(x_arg.name, x, x_arg.shape, True, dtype)
        n = x.shape[0]
        out = aligned_empty((n, *out_shape), dtype)
        if n:
            run(n, x, w.data, out)
        return out

    fn.__name__ = kernel.__name__
    fn.__doc__ = (kernel.__doc__ or "") + (
        f"; w is packed once and reused while unchanged (fn.weight_cache; fn.forget() after "
        f"an in-place edit), or pass {name}.prepare(w)")
    fn.prepare = prepare
    fn.weight_cache = cache
    fn.forget = cache.forget
    fn._lib = lib
    return fn


def aligned_empty(shape, dtype, align: int = 64) -> np.ndarray:
    """``np.empty(shape, dtype)`` starting on an ``align``-byte boundary (a cache line: the
    kernels' vector loads and stores of a workspace or an output never straddle two lines,
    and whole output lines can be streamed).

    >>> a = aligned_empty((3, 5), np.float32)
    >>> a.shape, a.dtype, a.ctypes.data % 64, a.flags.c_contiguous
    ((3, 5), dtype('float32'), 0, True)
    """
    dtype = np.dtype(dtype)
    shape = (shape,) if isinstance(shape, (int, np.integer)) else tuple(shape)
    nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
    raw = np.empty(nbytes + align, np.uint8)
    start = -raw.ctypes.data % align
    return raw[start:start + nbytes].view(dtype).reshape(shape)


def _packed_elems(plan):
    """Elements of the packed weights of a GEMM-form plan (its lowering), else ``None``."""
    from .schedule import PACKED_SCHEDULES

    if plan.schedule not in PACKED_SCHEDULES:
        return None
    return plan.lowering.group_pack * plan.groups
