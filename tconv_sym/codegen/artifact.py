"""A generated kernel on disk: load it as a Python callable, verify it against the operator
(the factored operator of :mod:`tconv_sym.factored` for the forward direction — no explicit
matrix, so real sizes verify —, scipy.sparse for the gradients).

>>> import tempfile
>>> from tconv_sym import TransposedConvSpec, generate
>>> art = generate(TransposedConvSpec(in_size=(2, 2), kernel_size=2), name="tut",
...                out_dir=tempfile.mkdtemp())
>>> fn = art.load()
>>> fn([[[[0, 1], [2, 3]]]], [[[[4, 1], [2, 3]]]])[0, 0]
array([[ 0.,  4.,  1.],
       [ 8., 16.,  6.],
       [ 4., 12.,  9.]])
>>> art.verify() <= 1e-12
True
"""

from __future__ import annotations

import ctypes
import functools
import importlib.util
import math
from pathlib import Path
from typing import NamedTuple

import numpy as np

from .._inputs import to_numpy
from .._validate import positive_int
from ..budget import check as budget_check
from ..budget import seconds_for
from .cost import verify_bytes, verify_bytes_factored
from .plan import Plan

__all__ = ["Artifact", "Verification", "VerificationError", "TOLERANCES", "reference",
           "reference_in_layout", "bind_weights"]

#: Relative tolerance of ``verify()`` for float inputs, per dtype (integer inputs: exact).
TOLERANCES = {"float64": 1e-12, "float32": 1e-5}


class VerificationError(AssertionError):
    """A generated kernel disagrees with the operator (the message has the first differing
    index)."""


class Verification(NamedTuple):
    """What the last :meth:`Artifact.verify` established: the oracle it compared with,
    whether integer inputs had to match exactly, the tolerance of the other trials, and the
    largest relative error seen. ``str()`` is the sentence the command line prints.

    >>> print(Verification("the factored operator", True, 1e-5, 2.5e-7, False))
    ... # doctest: +NORMALIZE_WHITESPACE
    verified against the factored operator: exact on integer inputs, max relative error
    2.5e-07 on float inputs (tolerance 1e-05 x |M|.|x|)
    >>> print(Verification("the factored operator", False, 5e-5, 3e-6, False))
    ... # doctest: +NORMALIZE_WHITESPACE
    verified against the factored operator: max relative error 3.0e-06 on integer and float
    inputs (tolerance 5e-05 x |M|.|x|; not exact on integers: non-integer baked weights or a
    non-dyadic fast form)
    >>> print(Verification("the exact integer oracle", True, 0.0, 0.0, True))
    verified against the exact integer oracle: bit-exact
    """

    oracle: str
    exact_integers: bool
    tolerance: float
    max_rel_error: float
    int8: bool

    def __str__(self) -> str:
        if self.int8:
            return f"verified against {self.oracle}: bit-exact"
        tol = f"tolerance {self.tolerance:g} x |M|.|x|"
        if self.exact_integers:
            return (f"verified against {self.oracle}: exact on integer inputs, max relative "
                    f"error {self.max_rel_error:.1e} on float inputs ({tol})")
        return (f"verified against {self.oracle}: max relative error {self.max_rel_error:.1e} "
                f"on integer and float inputs ({tol}; not exact on integers: non-integer baked "
                f"weights or a non-dyadic fast form)")


def _check_array(name: str, a, shape: tuple[int, ...], batched: bool, dtype) -> np.ndarray:
    a = to_numpy(a)
    if a.dtype == object or a.dtype.kind not in "biuf":
        raise TypeError(f"{name} must be a real numeric array, got dtype {a.dtype}")
    if a.ndim != len(shape) + batched or tuple(a.shape[batched:]) != tuple(shape):
        want = ("n", *shape) if batched else tuple(shape)
        raise ValueError(f"{name} must have shape {want}, got {a.shape}")
    return np.ascontiguousarray(a, dtype=dtype)


def _c_callable(lib_path: Path, plan: Plan):
    """The Python callable of a compiled kernel.

    Per call it does as little as possible: when every argument already is a C-contiguous
    ``numpy.ndarray`` of the kernel's dtype and shape (the fast path), it only allocates the
    result and calls the kernel through :func:`.fastcall.caller`; anything else goes through
    the full check (conversion, clear ValueError / TypeError naming the argument).
    """
    from .fastcall import caller

    lib = ctypes.CDLL(str(lib_path))
    address = ctypes.cast(getattr(lib, plan.name), ctypes.c_void_p).value
    call = caller(address, len(plan.args))
    dtype = np.dtype(plan.dtype)
    args, result = plan.args, plan.result
    ndarray = np.ndarray
    fast = [(tuple(a.shape), a.batched) for a in args]
    out_shape = tuple(result.shape)
    batched_out = result.batched

    def slow(arrays):
        if len(arrays) != len(args):
            raise TypeError(f"{plan.name}() takes {len(args)} arrays "
                            f"({', '.join(a.name for a in args)}), got {len(arrays)}")
        checked = [_check_array(a.name, v, a.shape, a.batched, dtype)
                   for a, v in zip(args, arrays)]
        sizes = {v.shape[0] for a, v in zip(args, checked) if a.batched}
        if len(sizes) != 1:
            raise ValueError(f"batched arguments of {plan.name} disagree on the batch size: "
                             + ", ".join(f"{a.name} {v.shape}" for a, v in zip(args, checked)))
        (n,) = sizes
        return checked, n

    def ok(v, spec):
        shape, batched = spec
        return (type(v) is ndarray and v.dtype is dtype and v.flags.c_contiguous
                and (v.shape[1:] if batched else v.shape) == shape)

    def alloc(n):
        return np.empty((n, *out_shape) if batched_out else out_shape, dtype)

    # The fast paths below spell out ok() inline: a Python call per argument is a
    # measurable part of a tiny kernel's time.
    if len(args) == 1:
        ((s0, b0),) = fast

        def kernel(x):
            if (type(x) is ndarray and x.dtype is dtype and x.flags.c_contiguous
                    and (x.shape[1:] if b0 else x.shape) == s0):
                n = x.shape[0] if b0 else 1
            else:
                (x,), n = slow((x,))
            out = alloc(n)
            if n or not batched_out:
                call(n, x, out)
            return out
    elif len(args) == 2 and args[0].batched and not args[1].batched:
        (s0, _), (s1, _) = fast

        def kernel(x, w):
            if (type(x) is ndarray and type(w) is ndarray and x.dtype is dtype
                    and w.dtype is dtype and x.flags.c_contiguous and w.flags.c_contiguous
                    and x.shape[1:] == s0 and w.shape == s1):
                n = x.shape[0]
            else:
                (x, w), n = slow((x, w))
            out = np.empty((n, *out_shape), dtype) if batched_out else alloc(n)
            if n or not batched_out:
                call(n, x, w, out)
            return out
    else:
        spec0, spec1 = fast
        both = spec0[1] and spec1[1]

        def kernel(x, w):
            if ok(x, spec0) and ok(w, spec1) and (not both or x.shape[0] == w.shape[0]):
                n = x.shape[0]
            else:
                (x, w), n = slow((x, w))
            out = alloc(n)
            if n or not batched_out:
                call(n, x, w, out)
            return out

    kernel.__name__ = plan.name
    kernel.__doc__ = (f"{plan.direction}: {plan.operator} for {plan.spec!r} (compiled C, "
                      f"{plan.strategy}, {plan.dtype}); arguments "
                      f"{', '.join(a.describe() for a in args)} -> {result.describe()}")
    kernel._lib = lib  # keep the library loaded as long as the callable lives
    from .packing import with_prepare  # GEMM-form kernels: fn.prepare(w), pack once

    return with_prepare(kernel, lib, plan, caller, _check_array)


def bind_weights(fn, plan: Plan, weights):
    """``fn(x, w)`` as ``bound(x, w=weights)``: ``weights`` checked and packed once (a copy:
    later edits of ``weights`` are not seen — load again).

    >>> import tempfile
    >>> from tconv_sym import TransposedConvSpec, generate
    >>> art = generate(TransposedConvSpec(in_size=(2, 2), kernel_size=2), name="tb",
    ...                out_dir=tempfile.mkdtemp())
    >>> fn = art.load(weights=[[[[4, 1], [2, 3]]]])
    >>> fn([[[[0, 1], [2, 3]]]])[0, 0, 0]
    array([0., 4., 1.])
    """
    if plan.direction == "weight" or plan.baked or len(plan.args) != 2:
        what = ("the weight gradient takes (x, grad_y), no weights" if plan.direction == "weight"
                else "its weights are baked into the code")
        raise ValueError(f"weights= cannot be bound to {plan.name}: {what}; load() without "
                         "weights")
    w_arg = plan.args[1]
    prepare = getattr(fn, "prepare", None)
    try:  # the error names the parameter the caller gave: load(weights=...)
        if prepare is not None:
            bound_w = prepare(weights)
        else:
            bound_w = np.array(_check_array(w_arg.name, weights, w_arg.shape, False,
                                            np.dtype(plan.dtype)))
    except (ValueError, TypeError) as exc:
        raise type(exc)(f"load(weights=...): {exc}") from None

    def bound(x, w=None):
        return fn(x, bound_w if w is None else w)

    bound.__name__ = getattr(fn, "__name__", plan.name)
    bound.__doc__ = (f"{plan.name} with its weights bound (packed once): bound(x) -> "
                     f"{plan.result.describe()}; bound(x, w) takes other weights")
    bound.weights = bound_w
    bound.unbound = fn
    return bound


def _blocks_callable(lib_path: Path, plan: Plan):
    """The Python callable of a tap-block kernel (any layout, float or int8), through ctypes:
    ``int32_t n``, the arrays, and for int8 a fresh workspace of ``plan.memory.workspace_bytes``.
    """
    lib = ctypes.CDLL(str(lib_path))
    fn = getattr(lib, plan.name)
    workspace = plan.memory.workspace_bytes
    n_ptr = len(plan.args) + 1 + (workspace > 0)
    fn.argtypes = [ctypes.c_int32] + [ctypes.c_void_p] * n_ptr
    fn.restype = None
    dtype = np.dtype(plan.dtype)
    args, result = plan.args, plan.result

    def kernel(*arrays):
        if len(arrays) != len(args):
            raise TypeError(f"{plan.name}() takes {len(args)} arrays "
                            f"({', '.join(a.name for a in args)}), got {len(arrays)}")
        checked = []
        for a, v in zip(args, arrays):
            if dtype.kind == "i":
                raw = np.asarray(v.detach().cpu().numpy() if hasattr(v, "detach") else v)
                if raw.dtype.kind not in "iu" or (raw.size and (raw.min() < -128
                                                                or raw.max() > 127)):
                    raise TypeError(f"{a.name} must hold int8 values (integers in [-128, "
                                    f"127]), got dtype {raw.dtype}")
            checked.append(_check_array(a.name, v, a.shape, a.batched, dtype))
        sizes = {v.shape[0] for a, v in zip(args, checked) if a.batched}
        if len(sizes) != 1:
            raise ValueError(f"batched arguments of {plan.name} disagree on the batch size: "
                             + ", ".join(f"{a.name} {v.shape}" for a, v in zip(args, checked)))
        (n,) = sizes
        if n >= 2**31:
            raise ValueError(f"the batch must be below 2**31 samples, got {n}")
        out = np.empty((n, *result.shape) if result.batched else result.shape, dtype)
        pointers = [v.ctypes.data for v in checked] + [out.ctypes.data]
        ws = None
        if workspace:
            ws = np.empty(-(-workspace // 8), np.int64)  # 8-byte aligned
            pointers.append(ws.ctypes.data)
        if n or not result.batched:
            fn(n, *pointers)
        return out

    kernel.__name__ = plan.name
    kernel.__doc__ = (f"{plan.direction}: {plan.operator} for {plan.spec!r} (compiled C, tap "
                      f"blocks, {plan.dtype}, {plan.layout}); arguments "
                      f"{', '.join(a.describe() for a in args)} -> {result.describe()}")
    kernel._lib = lib
    return kernel


def reference_in_layout(plan: Plan, arrays):
    """:func:`reference` for a kernel in any layout and dtype: the arrays are moved to NCHW
    data and PyTorch weights, the oracle runs (for int8 the exact integer model of
    :func:`.quant.int8_reference`), and the result is moved back. Returns ``(result, scale)``
    (``scale`` is ``None`` for int8: compare exactly)."""
    from .layout import to_channels_first, to_channels_last, to_pytorch

    def data_in(a):
        return to_channels_first(a) if plan.layout == "nhwc" else np.asarray(a)

    def data_out(a):
        return to_channels_last(a) if plan.layout == "nhwc" else a

    if plan.dtype == "int8":
        from .quant import int8_reference

        y, _ = int8_reference(plan.spec, data_in(arrays[0]), plan.weights, plan.bias,
                              plan.quant)
        return data_out(y), None
    import dataclasses

    from .plan import args_of

    args, result = args_of(plan.spec, plan.direction, plan.baked)
    base = dataclasses.replace(plan, layout="nchw", weight_layout="pytorch", args=args,
                               result=result)
    if plan.direction == "weight":
        got, scale = reference(base, [data_in(a) for a in arrays])
        from .layout import from_pytorch

        return (from_pytorch(got, plan.spec, plan.weight_layout),
                from_pytorch(scale, plan.spec, plan.weight_layout))
    moved = [data_in(arrays[0])]
    if not plan.baked:
        moved.append(to_pytorch(arrays[1], plan.spec, plan.weight_layout))
    y, scale = reference(base, moved)
    return data_out(y), data_out(scale)


@functools.lru_cache(maxsize=8)
def _basis(spec):
    from ..structure import operator_structure

    return operator_structure(spec)


def reference(plan: Plan, arrays):
    """The oracle: what the kernel of ``plan`` must return for ``arrays`` (its arguments,
    in order), and the scale of each entry (the same sum over absolute values) for
    relative error bounds.

    Forward: the factored operator (:func:`tconv_sym.factored.factored`: one GEMM over the
    channels per kernel tap, no explicit matrix), applied to the batch and, for the scale,
    to ``|x|`` with ``|w|``. Input gradient: the ``scipy.sparse`` matrix of the operator
    (the matrix of :func:`tconv_sym.operators.operator_matrix_of`) transposed. Weight
    gradient: the definition ``grad_w[t] = Σ_batch Σ_{e: taps[e]=t} grad_y[rows[e]]·x[cols[e]]``
    over the operator's tap basis. Integer inputs give integer (exact) results.

    >>> from tconv_sym import ConvSpec
    >>> from tconv_sym.codegen.plan import make_plan
    >>> p = make_plan(ConvSpec(in_size=3, kernel_size=2), name="k")
    >>> reference(p, [np.array([[[1, 2, 3]]]), np.array([[[10, 1]]])])[0]
    array([[[12, 23]]])
    """
    if plan.direction == "forward":
        from ..factored import factored

        op = factored(plan.spec)
        w = np.asarray(plan.weights if plan.baked else arrays[1]).reshape(plan.spec.weight_shape)
        src = arrays[0]
        y = op.apply(src, w)
        scale = op.apply(np.abs(src).astype(np.float64), np.abs(w).astype(np.float64))
        return y.reshape(src.shape[0], *plan.result.shape), \
            scale.reshape(src.shape[0], *plan.result.shape)
    basis = _basis(plan.spec)
    if plan.direction == "weight":
        x, gy = arrays
        n = x.shape[0]
        xf, gf = x.reshape(n, -1), gy.reshape(n, -1)
        exact = xf.dtype.kind in "iu" and gf.dtype.kind in "iu"
        total = np.zeros(basis.n_taps, dtype=np.int64 if exact else np.float64)
        scale = np.zeros(basis.n_taps)
        for b in range(n):
            prod = gf[b][basis.rows] * xf[b][basis.cols]
            if exact:
                np.add.at(total, basis.taps, prod)
            else:
                total += np.bincount(basis.taps, weights=prod, minlength=basis.n_taps)
            scale += np.bincount(basis.taps, weights=np.abs(prod.astype(np.float64)),
                                 minlength=basis.n_taps)
        return total.reshape(plan.result.shape), scale.reshape(plan.result.shape)
    w = plan.weights if plan.baked else arrays[1]
    m = basis.evaluate(np.asarray(w).reshape(-1))  # = operator_matrix_of(spec, w, "scipy")
    if plan.direction == "input":
        m = m.T.tocsr()
    src = arrays[0]
    n = src.shape[0]
    flat = src.reshape(n, -1).T
    y = np.asarray(m @ flat).T.reshape(n, *plan.result.shape)
    scale = np.asarray(abs(m) @ np.abs(flat)).T.reshape(n, *plan.result.shape)
    return y, scale


def _flags_of(cflags: str | None) -> dict:
    """``compile_c`` keyword arguments for user flags: ``-std=c99``, then ``cflags`` (instead of
    the default ``-O3 -march=native -ffp-contract=fast``), then ``-shared -fPIC``."""
    if cflags is None:
        return {}
    import shlex

    if not isinstance(cflags, str):
        raise TypeError(f"cflags must be a string of compiler flags, got {cflags!r}")
    words = shlex.split(cflags)
    bad = [w for w in words if not w.startswith("-") or w.startswith(("-o", "-shared"))]
    if bad:
        raise ValueError(f"cflags must be compiler options starting with '-' (not -o or "
                         f"-shared), got {bad[0]!r} in {cflags!r}")
    return {"flags": ("-std=c99", *words, "-shared", "-fPIC")}


class Artifact:
    """A generated kernel: its files (``.paths``), its :class:`~tconv_sym.codegen.plan.Plan`
    (``.plan``), ``.load()`` and ``.verify()``. Made by :func:`tconv_sym.generate`.

    >>> import tempfile
    >>> from tconv_sym import ConvSpec, generate
    >>> art = generate(ConvSpec(in_size=4, kernel_size=3), name="k3", out_dir=tempfile.mkdtemp())
    >>> art
    Artifact(name='k3', lang='numpy', strategy='polyphase', files=['k3.py'])
    >>> art.load()([[[1, 2, 3, 4]]], [[[1, 0, -1]]])
    array([[[-2., -2.]]])
    """

    def __init__(self, plan: Plan, paths, texts: dict[str, str]) -> None:
        self.plan = plan
        self.paths = tuple(Path(p) for p in paths)
        self.texts = dict(texts)
        self._fn = None
        #: what the last :meth:`verify` established (``None`` before one ran)
        self.last_verification: Verification | None = None
        self.measured = None  # a target's compiled figures (.memory.Measured), generate(target=)
        self.memory_check = None  # what max_stack / max_workspace were checked against

    @property
    def name(self) -> str:
        """The function name (also the file stem)."""
        return self.plan.name

    @property
    def source(self) -> str:
        """The text of the main file (``.py`` or ``.c``)."""
        return self.texts[self.paths[0].name]

    def __repr__(self) -> str:
        files = [p.name for p in self.paths]
        return (f"Artifact(name={self.name!r}, lang={self.plan.lang!r}, "
                f"strategy={self.plan.strategy!r}, files={files!r})")

    def load(self, cflags: str | None = None, threads=None, weights=None):
        """The kernel as a Python callable on numpy arrays (batch-first, PyTorch layout).

        ``weights=w`` binds the weights (forward and input-gradient kernels that take them):
        they are checked and packed once, and the callable is ``fn(x)`` (``fn(x, w2)`` still
        takes other weights). Without it, a packed-form kernel's ``fn(x, w)`` packs ``w`` on
        first use and reuses it while unchanged (:mod:`.packing`).

        Forward: ``fn(x, w) -> y`` (``fn(x)`` with baked weights); input gradient:
        ``fn(grad_y, w) -> grad_x``; weight gradient: ``fn(x, grad_y) -> grad_w`` (summed
        over the batch). C kernels are compiled on first load (cached by content hash);
        ``cflags`` (e.g. ``"-O2"``) replaces the default optimisation flags for this build.
        Tap-block kernels (``layout="nhwc"``, int8) take and return arrays in their layout.
        ``threads=N`` (C only, opt-in): compiled with OpenMP for N threads (GEMM-form
        kernels run their independent tiles in parallel; same result bit for bit; see
        :mod:`.threads`). Kernels in a GEMM form also have ``fn.prepare(w)``.
        """
        from .threads import thread_flags

        if weights is not None:
            return bind_weights(self.load(cflags, threads), self.plan, weights)
        extra = thread_flags(threads)
        if extra and self.plan.lang != "c":
            raise ValueError(f"threads={threads} needs a C kernel; this one is "
                             f"lang={self.plan.lang!r}")
        if self._fn is not None and cflags is None and not extra:
            return self._fn
        if self.plan.lang == "numpy":
            path = self.paths[0]
            mod_name = f"tconv_sym_generated_{self.name}_{abs(hash(self.source)):x}"
            spec = importlib.util.spec_from_file_location(mod_name, path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            self._fn = getattr(module, self.name)
        else:
            from .compile import FLAGS, compile_c, gcc_flags_for

            headers = {n: t for n, t in self.texts.items() if n.endswith(".h")}
            flags = _flags_of(cflags)
            if extra:
                flags = {"flags": flags.get("flags", FLAGS) + extra}
            lib = compile_c(self.source, self.name, gcc_flags=gcc_flags_for(self.plan),
                            headers=headers, **flags)
            make = _blocks_callable if self.plan.schedule == "blocks" else _c_callable
            fn = make(lib, self.plan)
            if cflags is not None or extra:
                return fn
            self._fn = fn
        return self._fn

    def _trial_inputs(self, rng, batch: int, integer: bool):
        arrays = []
        for a in self.plan.args:
            shape = (batch, *a.shape) if a.batched else a.shape
            if self.plan.dtype == "int8":
                arrays.append(rng.integers(-128, 128, size=shape).astype(np.int8))
            elif integer:
                arrays.append(rng.integers(-3, 4, size=shape).astype(np.int64))
            else:
                arrays.append(rng.standard_normal(shape).astype(self.plan.dtype))
        return arrays

    def verify(self, batch: int = 2, seed: int = 0, cflags: str | None = None) -> float:
        """Run the kernel on random inputs and compare with the oracle (:func:`reference`:
        the factored operator for the forward direction, scipy.sparse for gradients).

        Two trials: small integers (exact equality required, unless baked weights are not
        integers) and standard normal floats in the kernel's dtype (error at most
        ``TOLERANCES[dtype]`` times ``|M|·|x|``, the scale of each entry; a Winograd kernel:
        times its error bound, and integers exact only with F(2)'s dyadic transforms). Returns the
        largest relative error seen (and keeps what was established in
        ``self.last_verification``, a :class:`Verification`); raises
        :class:`VerificationError` with the first differing index otherwise.
        """
        plan = self.plan
        batch = positive_int("batch", batch)
        elements = sum(math.prod(a.shape) for a in (*plan.args, plan.result))
        what = f"verify() of {self.name}"
        if plan.direction == "forward" and plan.dtype != "int8":
            sample = sum(math.prod(a.shape) for a in (*plan.args, plan.result) if a.batched)
            from ..factored import factored

            spatial = factored(plan.spec).spatial_nnz  # a closed form: nothing is built
            budget_check("bytes", verify_bytes_factored(batch, sample, elements - sample,
                                                        spatial),
                         what=what,
                         hint="the trial arrays are this large; verify with batch=1")
            oracle = 2 * plan.nnz  # the operator and its scale, factored
        else:
            budget_check("bytes", verify_bytes(plan.nnz, batch, elements), what=what,
                         hint="the scipy.sparse oracle is this large; verify a smaller copy "
                         "of the layer (fewer channels or a smaller size)")
            oracle = 2 * plan.nnz
        budget_check("seconds", seconds_for(2 * batch * (plan.executed_macs + oracle)),
                     what=what, hint="two trials run the kernel and the oracle; use batch=1 "
                     "or a smaller copy of the layer")
        fn = self.load(cflags)
        rng = np.random.default_rng(seed)
        if plan.dtype == "int8":
            arrays = self._trial_inputs(rng, batch, True)
            got = fn(*arrays)
            expected, _ = reference_in_layout(plan, arrays)
            bad = got != expected
            if np.any(bad):
                idx = tuple(int(i) for i in np.argwhere(bad)[0])
                raise VerificationError(
                    f"{self.name}: {plan.result.name}[{', '.join(map(str, idx))}] = "
                    f"{got[idx]!r} but the integer oracle gives {expected[idx]!r} (int8: exact)")
            self.last_verification = Verification("the exact integer oracle", True, 0.0, 0.0,
                                                  True)
            return 0.0
        tol = TOLERANCES[plan.dtype]
        oracle_name = "the factored operator" if plan.direction == "forward" else "scipy.sparse"
        exact_ok = not plan.baked or bool(np.all(plan.weights == np.round(plan.weights)))
        if plan.schedule == "winograd":  # its stated error bound; exact only with dyadic transforms
            tol *= max(1.0, plan.lowering.error_factor)
            exact_ok = exact_ok and plan.lowering.exact_integers
        worst = 0.0
        for integer in (True, False):
            arrays = self._trial_inputs(rng, batch, integer)
            got = fn(*arrays)
            if plan.layout == "nchw" and plan.weight_layout == "pytorch":
                expected, scale = reference(plan, arrays)
            else:
                expected, scale = reference_in_layout(plan, arrays)
            if got.shape != expected.shape:
                raise VerificationError(
                    f"{self.name}: result has shape {got.shape}, the oracle {expected.shape}")
            same = got.astype(np.float64) == expected  # also the same infinity (overflow)
            with np.errstate(invalid="ignore", over="ignore"):
                diff = np.where(same, 0.0, np.abs(got.astype(np.float64) - expected))
            if integer and exact_ok:
                bad = diff != 0
                bound = np.zeros_like(diff)
            else:
                bound = tol * scale
                bad = ~(same | (diff <= bound))  # NaN counts as bad
            if np.any(bad):
                idx = tuple(int(i) for i in np.argwhere(bad)[0])
                kind = "integer inputs (exact)" if integer and exact_ok else \
                    f"{'integer' if integer else 'float'} inputs, tolerance {tol:g} × |M|·|x|"
                raise VerificationError(
                    f"{self.name}: {plan.result.name}[{', '.join(map(str, idx))}] = "
                    f"{got[idx]!r} but {oracle_name} gives {expected[idx]!r} "
                    f"(|diff| {diff[idx]:.3g}, allowed {bound[idx]:.3g}; {kind})")
            with np.errstate(divide="ignore", invalid="ignore"):
                rel = np.where((scale > 0) & np.isfinite(scale),
                               diff / np.where(scale > 0, scale, 1), 0.0)
            worst = max(worst, float(rel.max()) if rel.size else 0.0)
        self.last_verification = Verification(oracle_name, exact_ok, tol, worst, False)
        return worst
