"""Pack once: weights prepared for a packed-form C kernel, and the callable that takes them.

A kernel in a packed form (:mod:`.gemm`, :mod:`.gemm_scatter`, :mod:`.winograd_c`) exports
``NAME_pack`` and ``NAME_packed`` besides ``NAME``. Its Python callable packs weights once and
reuses them:

- the plain call ``fn(x, w)`` keeps the packed form of the last few weight arrays it saw
  (:class:`WeightCache`), keyed by the array object, so a loop over ``fn(x, w)`` runs at the
  prepared speed (what onnxruntime does with weights given as initializers). A cached entry
  is used only while the object is the same, a torch tensor's version counter is unchanged,
  and every byte of it still equals the copy taken when it was packed (issue 34: a sample
  missed an in-place edit of one entry, and the call returned the old weights' result): a
  cache hit reads the weights once more (measured 1.03x the call time of the doctest's
  kernel, 3.2x for a 4x4-input 256->256 layer whose weights dwarf its work); the prepared
  path below checks nothing and is the fast one;
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
           "SAMPLES", "CACHE_ENTRIES"]

#: Former sampling limits (kept for callers): every weight array is now compared whole, byte
#: for byte, before a cached pack is used — a sample cannot see an edit of one entry.
EXACT_CHECK = 4096
SAMPLES = 1024
#: Packed weights kept per callable (the most recently used).
CACHE_ENTRIES = 4


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
    """

    def __init__(self, pack, shape) -> None:
        self._pack = pack
        self._shape = tuple(shape)
        self._entries: list[_Entry] = []
        self._lock = threading.Lock()
        self.hits = 0
        self.packs = 0

    def __repr__(self) -> str:
        return (f"WeightCache(entries={len(self._entries)}, hits={self.hits}, "
                f"packs={self.packs})")

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
        flat = arr.reshape(-1).view(np.uint64 if arr.nbytes % 8 == 0 else np.uint8)
        with self._lock:
            for i, e in enumerate(self._entries):
                if e.ref() is w:
                    if e.version == version and np.array_equal(flat, e.sample):  # every bit
                        if i:
                            self._entries.insert(0, self._entries.pop(i))
                        self.hits += 1
                        return e.packed
                    del self._entries[i]
                    break
            e = _Entry()
            e.ref, e.version = weakref.ref(w), version
            e.index, e.sample = None, flat.copy()
            e.packed = self._pack(arr)
            self.packs += 1
            self._entries.insert(0, e)
            del self._entries[CACHE_ENTRIES:]
            return e.packed


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
