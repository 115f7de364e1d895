"""Explicit operator matrices: convolution, transposed convolution, ↑k, ↓k, pad, crop, flip.

Every builder returns a SymPy sparse matrix (``backend="sympy"``, exact, symbolic, prints in
a REPL and as LaTeX) or a ``scipy.sparse`` CSR matrix (``backend="scipy"``, the numeric
oracle). The index structure comes from :mod:`tconv_sym.structure`; this module only puts
values into it.

>>> from tconv_sym import ConvSpec, kernel_symbols
>>> q = kernel_symbols("q", 3)
>>> conv_matrix(ConvSpec(in_size=4, kernel_size=3, padding="same", mode="convolution"), q)
Matrix([
[q1, q0,  0,  0],
[q2, q1, q0,  0],
[ 0, q2, q1, q0],
[ 0,  0, q2, q1]])
>>> downsample_matrix(4, 2)
Matrix([
[1, 0, 0, 0],
[0, 0, 1, 0]])
>>> upsample_matrix(2, 2) == downsample_matrix(4, 2).T
True
"""

from __future__ import annotations

import math

import numpy as np

from . import budget
from ._inputs import native_numbers, sympy_array, to_numpy
from ._validate import choice, int_tuple, is_sequence, padding_pairs, positive_int
from .factored import factored
from .spec import ConvSpec, TransposedConvSpec
from .structure import conv_structure, conv_transpose_structure, kron_selection, sympy_sparse

__all__ = [
    "conv_matrix",
    "conv_transpose_matrix",
    "operator_matrix_of",
    "downsample_matrix",
    "upsample_matrix",
    "pad_matrix",
    "crop_matrix",
    "flip_matrix",
    "identity_matrix",
    "kernel_array",
    "BACKENDS",
    "CONST_BUILDERS",
]

#: The builders of constant 0/1 operators (and of ``conv_matrix``) that an operator
#: expression may name (:class:`tconv_sym.prover.expr.Const`); each takes ``backend=``.
CONST_BUILDERS = ("downsample_matrix", "upsample_matrix", "pad_matrix", "crop_matrix",
                  "flip_matrix", "identity_matrix", "conv_matrix")

BACKENDS = ("sympy", "scipy")


# --------------------------------------------------------------------------------------
# Kernels
# --------------------------------------------------------------------------------------
def _to_object_array(kernel, name: str = "kernel") -> np.ndarray:
    """Nested lists, NumPy arrays, SymPy Arrays/Matrices, torch tensors -> ndarray."""
    if not isinstance(kernel, (list, tuple)):
        kernel = to_numpy(kernel)
    if isinstance(kernel, np.ndarray):
        return kernel
    try:
        arr = np.array(kernel, dtype=object)
    except ValueError as exc:  # ragged
        raise ValueError(f"{name} must be a rectangular array, got {kernel!r}") from exc
    if any(isinstance(v, (list, tuple, np.ndarray)) for v in arr.reshape(-1)):
        raise ValueError(f"{name} must be a rectangular array, got {kernel!r}")
    return arr


def _numeric(arr: np.ndarray, name: str) -> np.ndarray:
    """Object array of numbers (Python or SymPy) -> int64, float64 or complex128 array."""
    if arr.dtype != object:
        if arr.dtype.kind not in "biufc":
            raise TypeError(f"{name} must hold numbers, got dtype {arr.dtype}")
        return arr.astype(np.int64) if arr.dtype.kind == "b" else native_numbers(name, arr)
    import sympy

    flat = arr.reshape(-1)
    values = []
    for v in flat:
        if isinstance(v, sympy.Basic):
            if v.free_symbols:
                raise TypeError(
                    f"{name} has the symbolic entry {v}; backend='scipy' needs numbers "
                    "(use backend='sympy' for symbols)"
                )
            v = int(v) if v.is_Integer else complex(v) if not v.is_extended_real else float(v)
        elif not isinstance(v, (int, float, complex, np.number)) or isinstance(v, bool):
            raise TypeError(f"{name} must hold numbers, got {v!r} ({type(v).__name__})")
        values.append(v)
    return np.array(values).reshape(arr.shape)


def kernel_array(kernel, weight_shape: tuple[int, ...], backend: str = "sympy",
                 name: str = "kernel") -> np.ndarray:
    """Check a kernel against a PyTorch weight layout; return it as an array of that shape.

    A bare spatial kernel (shape ``weight_shape[2:]``) is accepted when both channel axes
    of the layout are 1. SymPy entries give an object array (``backend="sympy"``); numbers
    give an int64/float64/complex128 array (``backend="scipy"``). ``name`` is the
    parameter named in error messages.

    >>> kernel_array([1, 2, 3], (1, 1, 3), backend="scipy")
    array([[[1, 2, 3]]])
    >>> kernel_array([1, 2], (1, 1, 3))
    Traceback (most recent call last):
        ...
    ValueError: kernel has shape (2,), expected the weight layout (1, 1, 3) or the bare kernel (3,)
    """
    backend = choice("backend", backend, BACKENDS)
    arr = _to_object_array(kernel, name)
    shape = tuple(arr.shape)
    if shape != tuple(weight_shape):
        bare = tuple(weight_shape[2:])
        if shape == bare and weight_shape[:2] == (1, 1):
            arr = arr.reshape(weight_shape)
        else:
            hint = f" or the bare kernel {bare}" if weight_shape[:2] == (1, 1) else ""
            raise ValueError(
                f"{name} has shape {shape}, expected the weight layout {tuple(weight_shape)}{hint}"
            )
    if backend == "scipy":
        return _numeric(arr, name)
    return sympy_array(name, arr)


# --------------------------------------------------------------------------------------
# Materialisation
# --------------------------------------------------------------------------------------


#: bytes per entry a SymPy sparse matrix costs while it is built (dict entries, expressions)
SYMPY_BYTES_PER_ENTRY = 400


def _check_size(spec, backend: str, builder: str) -> None:
    """Estimate the explicit matrix of ``spec`` and refuse before allocating it."""
    nnz = factored(spec).nnz  # counted per dim: nothing is built yet
    if backend == "scipy":
        budget.check("bytes", nnz * 20, what=f"{builder}({spec!r}, backend='scipy') "
                     f"({nnz:,} entries)", hint="apply the operator with ts.conv / "
                     "ts.conv_transpose (factored) instead, or use a smaller layer")
    if backend == "sympy":
        budget.check("sympy_entries", nnz, what=f"{builder}({spec!r}, backend='sympy') "
                     f"({nnz:,} symbolic entries)",
                     hint="use backend='scipy' for numbers, or a smaller size")
        budget.check("bytes", nnz * SYMPY_BYTES_PER_ENTRY, what=f"{builder}(backend='sympy')")


def _materialise(spec, kernel: np.ndarray, backend: str, builder: str):
    _check_size(spec, backend, builder)
    if backend == "scipy":
        return factored(spec).matrix(kernel)
    basis = conv_structure(spec) if isinstance(spec, ConvSpec) else \
        conv_transpose_structure(spec)
    flat = list(kernel.reshape(-1))  # SymPy entries, checked by kernel_array
    values = [flat[t] for t in basis.taps.tolist()]
    return sympy_sparse(basis.shape, basis.rows, basis.cols, values)


def conv_matrix(spec: ConvSpec, kernel, backend: str = "sympy"):
    """Matrix ``C`` of the convolution ``spec`` with weight ``kernel`` (``y = C x``).

    ``kernel`` has the PyTorch layout ``(C_out, C_in/groups, *k)`` (or is a bare spatial
    kernel when there is one channel each way) and holds SymPy expressions or numbers.
    Vectors are flattened in C order: channel, then the spatial dims.

    >>> from tconv_sym import ConvSpec
    >>> conv_matrix(ConvSpec(in_size=3, kernel_size=2), [4, 1], backend="scipy").toarray()
    array([[4, 1, 0],
           [0, 4, 1]])
    """
    if not isinstance(spec, ConvSpec):
        raise TypeError(f"spec must be a ConvSpec, got {type(spec).__name__}")
    backend = choice("backend", backend, BACKENDS)
    return _materialise(spec, kernel_array(kernel, spec.weight_shape, backend), backend,
                        "conv_matrix")


def conv_transpose_matrix(spec: TransposedConvSpec, kernel, backend: str = "sympy"):
    """Matrix ``Cᵀ`` of the transposed convolution ``spec`` (``y = Cᵀ x``).

    ``kernel`` has the PyTorch transposed layout ``(C_in, C_out/groups, *k)``. The result
    is exactly the transpose of ``conv_matrix(spec.conv, kernel)`` (restricted to
    ``spec.in_size`` convolution outputs).

    >>> from tconv_sym import TransposedConvSpec
    >>> t = TransposedConvSpec(in_size=2, kernel_size=2)
    >>> conv_transpose_matrix(t, [4, 1], backend="scipy").toarray()
    array([[4, 0],
           [1, 4],
           [0, 1]])
    """
    if not isinstance(spec, TransposedConvSpec):
        raise TypeError(f"spec must be a TransposedConvSpec, got {type(spec).__name__}")
    backend = choice("backend", backend, BACKENDS)
    return _materialise(spec, kernel_array(kernel, spec.weight_shape, backend), backend,
                        "conv_transpose_matrix")


def operator_matrix_of(spec, kernel, backend: str = "sympy"):
    """``conv_matrix`` or ``conv_transpose_matrix``, whichever ``spec`` calls for.

    >>> from tconv_sym import ConvSpec
    >>> operator_matrix_of(ConvSpec(in_size=2, kernel_size=1), [3]).shape
    (2, 2)
    """
    if isinstance(spec, TransposedConvSpec):
        return conv_transpose_matrix(spec, kernel, backend)
    return conv_matrix(spec, kernel, backend)


# --------------------------------------------------------------------------------------
# Resampling, padding, cropping, flipping: 0/1 selection matrices with Kronecker structure
# --------------------------------------------------------------------------------------
def _selection(axes, channels: int, backend: str):
    """Build ``I_channels ⊗ A_0 ⊗ A_1 ⊗ ...`` from per-axis ``(shape, rows, cols)``."""
    backend = choice("backend", backend, BACKENDS)
    channels = positive_int("channels", channels)
    rows, cols = kron_selection([((r, c), (ri, ci)) for (r, c), ri, ci in axes])
    n_r = math.prod(r for (r, _), _, _ in axes)
    n_c = math.prod(c for (_, c), _, _ in axes)
    ch = np.arange(channels, dtype=np.int64)[:, None]
    rows = (ch * n_r + rows[None, :]).reshape(-1)
    cols = (ch * n_c + cols[None, :]).reshape(-1)
    shape = (channels * n_r, channels * n_c)
    if backend == "scipy":
        import scipy.sparse as sp

        return sp.csr_matrix((np.ones(rows.size, dtype=np.int64), (rows, cols)), shape=shape)
    import sympy

    return sympy_sparse(shape, rows, cols, [sympy.S.One] * rows.size)


def _sizes(n) -> tuple[int, ...]:
    ndim = len(tuple(n)) if is_sequence(n) else 1
    return int_tuple("n", n, ndim)


def _check_selection(builder: str, backend: str, channels, rows: int, nnz: int) -> None:
    """Refuse a selection matrix too large to build, before any per-axis array exists."""
    backend = choice("backend", backend, BACKENDS)
    channels = positive_int("channels", channels)
    rows, nnz = rows * channels, nnz * channels
    what = f"{builder}(backend={backend!r}) ({rows:,} rows, {nnz:,} entries)"
    hint = "use a smaller size"
    if backend == "sympy":
        budget.check("sympy_entries", nnz, what=what, hint=hint + " or backend='scipy'")
        budget.check("bytes", nnz * SYMPY_BYTES_PER_ENTRY, what=what, hint=hint)
    budget.check("bytes", 32 * nnz + 8 * rows, what=what, hint=hint)


def downsample_matrix(n, k, *, channels: int = 1, backend: str = "sympy"):
    """↓k: keep samples 0, k, 2k, … of ``n`` (per dim for tuples); shape ``(ceil(n/k), n)``.

    >>> downsample_matrix(5, 2, backend="scipy").toarray()
    array([[1, 0, 0, 0, 0],
           [0, 0, 1, 0, 0],
           [0, 0, 0, 0, 1]])
    >>> downsample_matrix((2, 2), 2).shape
    (1, 4)
    """
    n = _sizes(n)
    k = int_tuple("k", k, len(n))
    kept = math.prod(-(-ni // ki) for ni, ki in zip(n, k))
    _check_selection("downsample_matrix", backend, channels, kept, kept)
    axes = []
    for ni, ki in zip(n, k):
        m = -(-ni // ki)
        r = np.arange(m)
        axes.append(((m, ni), r, r * ki))
    return _selection(axes, channels, backend)


def upsample_matrix(n, k, *, channels: int = 1, backend: str = "sympy"):
    """↑k: insert ``k-1`` zeros after each of ``n`` samples; shape ``(n*k, n)``.

    It is ``downsample_matrix(n*k, k).T`` by definition. Note the trailing zeros after the
    last sample: ``upsample_matrix(3, 2)`` is 6×3, while the ↑2 of a transposed
    convolution's derivation (``ts.latex``, ``stride_split``) inserts zeros only *between*
    samples and is 5×3 — ``(n-1)k + 1`` rows, the input of the stride-1 convolution. That
    one is ``downsample_matrix((n-1)*k + 1, k).T``, or the first ``(n-1)k + 1`` rows of this.

    >>> upsample_matrix(2, 2)
    Matrix([
    [1, 0],
    [0, 0],
    [0, 1],
    [0, 0]])
    >>> upsample_matrix(3, 2).shape, downsample_matrix(5, 2).T.shape
    ((6, 3), (5, 3))
    >>> upsample_matrix(3, 2)[:5, :] == downsample_matrix(5, 2).T
    True
    """
    n = _sizes(n)
    k = int_tuple("k", k, len(n))
    _check_selection("upsample_matrix", backend, channels,
                     math.prod(a * b for a, b in zip(n, k)), math.prod(n))
    return downsample_matrix(
        tuple(a * b for a, b in zip(n, k)), k, channels=channels, backend=backend
    ).T


def _pads(name: str, pad, ndim: int) -> tuple[tuple[int, int], ...]:
    """An int, a (lo, hi) pair (1-D), or one int / pair per dim (no padding words)."""
    return padding_pairs(pad, ndim, name=name, words=())


def pad_matrix(n, pad, *, channels: int = 1, backend: str = "sympy"):
    """Zero padding of ``n`` samples by ``pad`` (int, ``(lo, hi)``, or one per dim).

    >>> pad_matrix(2, (1, 0), backend="scipy").toarray()
    array([[0, 0],
           [1, 0],
           [0, 1]])
    """
    n = _sizes(n)
    pads = _pads("pad", pad, len(n))
    _check_selection("pad_matrix", backend, channels,
                     math.prod(ni + lo + hi for ni, (lo, hi) in zip(n, pads)), math.prod(n))
    axes = []
    for ni, (lo, hi) in zip(n, pads):
        r = np.arange(ni)
        axes.append(((ni + lo + hi, ni), r + lo, r))
    return _selection(axes, channels, backend)


def crop_matrix(n, crop, *, channels: int = 1, backend: str = "sympy"):
    """Cropping of ``n`` samples by ``crop`` at the start/end: ``pad_matrix(n-lo-hi, crop).T``.

    >>> crop_matrix(4, (1, 2), backend="scipy").toarray()
    array([[0, 1, 0, 0]])
    """
    n = _sizes(n)
    crops = _pads("crop", crop, len(n))
    kept = []
    for dim, (ni, (lo, hi)) in enumerate(zip(n, crops)):
        if lo + hi > ni:
            raise ValueError(
                f"crop[{dim}]={(lo, hi)} removes more than the {ni} samples of n[{dim}]"
            )
        kept.append(ni - lo - hi)
    return pad_matrix(tuple(kept), crops, channels=channels, backend=backend).T


def flip_matrix(n, *, channels: int = 1, backend: str = "sympy"):
    """Reversal of ``n`` samples in every spatial dim (the anti-identity).

    >>> flip_matrix(3, backend="scipy").toarray()
    array([[0, 0, 1],
           [0, 1, 0],
           [1, 0, 0]])
    """
    n = _sizes(n)
    _check_selection("flip_matrix", backend, channels, math.prod(n), math.prod(n))
    axes = []
    for ni in n:
        r = np.arange(ni)
        axes.append(((ni, ni), r, ni - 1 - r))
    return _selection(axes, channels, backend)


def identity_matrix(n, *, channels: int = 1, backend: str = "sympy"):
    """The identity on ``channels × n`` samples.

    >>> identity_matrix(2, backend="scipy").toarray()
    array([[1, 0],
           [0, 1]])
    """
    return pad_matrix(n, 0, channels=channels, backend=backend)
