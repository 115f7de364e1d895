"""Calling compiled kernels from Python with little overhead per call.

A ctypes call that converts each NumPy array with ``a.ctypes.data`` costs about 1 µs per
array, more than a tiny kernel itself. This module compiles (once per machine, in the kernel
cache) a small extension module against ``Python.h`` whose ``call`` takes the arrays as
Python objects and reads their buffers directly (``PyObject_GetBuffer``), releasing the GIL
while the kernel runs. Without the Python headers or a compiler it
falls back to plain ctypes pointers (same results, more overhead).

>>> import ctypes, numpy as np
>>> from tconv_sym.codegen.compile import compile_c
>>> lib = ctypes.CDLL(str(compile_c(
...     "void twice(long n, const double *a, double *o) { for (long i = 0; i < n; ++i) "
...     "o[i] = 2 * a[i]; }\\n", "twice")))
>>> call = caller(ctypes.cast(lib.twice, ctypes.c_void_p).value, 1)
>>> out = np.empty(3)
>>> call(3, np.arange(3.0), out)
>>> out
array([0., 2., 4.])
"""

from __future__ import annotations

import ctypes
import functools
import sysconfig
from pathlib import Path

__all__ = ["caller", "helper"]


_MODULE = "tconv_sym_pycall"


@functools.lru_cache(maxsize=1)
def helper():
    """The compiled helper extension module (with ``call(address, n, *arrays)``), or None
    when it cannot be built here.

    >>> helper() is None or callable(helper().call)
    True
    """
    import importlib.machinery
    import importlib.util

    include = sysconfig.get_paths().get("include")
    if not include or not (Path(include) / "Python.h").is_file():
        return None
    try:
        from .compile import FLAGS, compile_c
        from .templates_env import environment

        source = environment().get_template("c_pycall.c.j2").render(name=_MODULE)
        flags = tuple(f for f in FLAGS if f != "-std=c99") + ("-I" + include,)
        path = compile_c(source, _MODULE, flags=flags)
        loader = importlib.machinery.ExtensionFileLoader(_MODULE, str(path))
        spec = importlib.util.spec_from_file_location(_MODULE, str(path), loader=loader)
        module = importlib.util.module_from_spec(spec)
        loader.exec_module(module)
    except Exception:  # no compiler, headers unusable, symbols unresolved: plain ctypes
        return None
    return module


def caller(address: int, inputs: int, workspace: bool = False):
    """``call(n, *inputs, out)`` running the kernel at ``address`` (``inputs`` arrays then
    the output; all C-contiguous and of the kernel's dtype — the caller checks that); with
    ``workspace=True``, ``call(n, *inputs, out, ws)`` (a writable scratch buffer last, as
    ``NAME_packed_ws`` takes it).

    Uses the helper when available, else ctypes with raw pointers.
    """
    module = helper()
    if module is not None and inputs in (1, 2) and (not workspace or inputs == 2):
        fn = module.call
        return functools.partial(fn, address)
    proto = ctypes.CFUNCTYPE(None, ctypes.c_long,
                             *[ctypes.c_void_p] * (inputs + 1 + bool(workspace)))
    cfn = proto(address)

    def call(n, *arrays):
        cfn(n, *[a.ctypes.data for a in arrays])
    return call
