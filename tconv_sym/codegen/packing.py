"""Pack once: weights prepared for a GEMM-form C kernel, and the callable that takes them.

A kernel in GEMM form (:mod:`.gemm`) exports ``NAME_pack`` and ``NAME_packed`` besides
``NAME``. Its Python callable gets a ``prepare(w)`` method returning :class:`PackedWeights`;
passing those instead of ``w`` skips the packing on every call (what onnxruntime does with
weights given as initializers). With packed weights the callable runs ``NAME_packed_ws`` with
a workspace of ``NAME_WORKSPACE_BYTES`` that it keeps, one per calling thread (allocated on a
thread's first call), so no call allocates, maps and faults in fresh pages.

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
PackedWeights(kernel='g', elements=32768, dtype=float32)
>>> bool(np.array_equal(fn(x, packed), fn(x, w)))
True
"""

from __future__ import annotations

import ctypes
import threading

import numpy as np

__all__ = ["PackedWeights", "with_prepare"]


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
    ws_fn = getattr(lib, f"{name}_packed_ws", None) if ws_bytes else None
    if ws_fn is not None:  # one workspace per thread, kept: no allocation or page faults per call
        run_ws = caller(ctypes.cast(ws_fn, ctypes.c_void_p).value, 2, workspace=True)
        local = threading.local()

        def run(n, x, w, out):  # noqa: F811 - the workspace variant replaces NAME_packed
            ws = getattr(local, "ws", None)
            if ws is None:
                ws = local.ws = np.empty(ws_bytes, np.uint8)
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

    def fn(x, w):
        if type(w) is PackedWeights:
            if w.kernel != name or w.data.dtype is not dtype:
                raise ValueError(f"{name}() got weights packed for {w.kernel!r} "
                                 f"({w.data.dtype}); call {name}.prepare(w)")
            if not (type(x) is ndarray and x.dtype is dtype and x.flags.c_contiguous
                    and x.shape[1:] == x_shape):
                x = check(x_arg.name, x, x_arg.shape, True, dtype)
            n = x.shape[0]
            out = np.empty((n, *out_shape), dtype)
            if n:
                run(n, x, w.data, out)
            return out
        return kernel(x, w)

    fn.__name__ = kernel.__name__
    fn.__doc__ = (kernel.__doc__ or "") + (
        f"; w may be {name}.prepare(w) (weights packed once, no packing per call)")
    fn.prepare = prepare
    fn._lib = lib
    return fn


def _packed_elems(plan):
    """Elements of the packed weights of a GEMM-form plan (its lowering), else ``None``."""
    from .schedule import PACKED_SCHEDULES

    if plan.schedule not in PACKED_SCHEDULES:
        return None
    return plan.lowering.group_pack * plan.groups
