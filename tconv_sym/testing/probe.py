"""Reading a linear function's matrix by probing it: basis probes, colour probes, random probes.

:func:`operator_matrix` reads off the exact matrix of a black box. Without a ``spec`` it
probes one basis vector per input (dense result, small operators). With a ``spec`` it probes
by column colouring (:mod:`tconv_sym.testing.colouring`): ``C_in/groups × colours`` probes,
read back at the spec's footprint into a ``scipy.sparse`` CSR matrix, and then *verifies* the
result with random probes — a black box that reaches outputs outside the footprint is
refused, never silently misread.

>>> import numpy as np
>>> from tconv_sym import TransposedConvSpec, conv_transpose, conv_transpose_matrix
>>> spec = TransposedConvSpec(in_size=(6, 6), kernel_size=3, stride=2, in_channels=2,
...                           out_channels=3)
>>> w = np.arange(54.).reshape(2, 3, 3, 3)
>>> m = operator_matrix(lambda x: conv_transpose(x, w, stride=2), spec.in_shape, spec=spec)
>>> m.shape, (m != conv_transpose_matrix(spec, w, backend="scipy")).nnz
((507, 72), 0)
"""

from __future__ import annotations

import math

import numpy as np

from .. import budget
from .._inputs import to_numpy
from .._validate import is_sequence, positive_int
from .colouring import Footprint

__all__ = ["operator_matrix", "run", "auto_batch", "random_inputs", "basis_matrix",
           "colour_batches", "PROBE_BATCH_BYTES"]

#: Memory one batch of probes (inputs and outputs, float64) may take when ``batch_size`` is
#: not given.
PROBE_BATCH_BYTES = 128 * 2**20


def run(fn, x: np.ndarray, batched: bool = True, to_fw=None, from_fw=None) -> np.ndarray:
    """``fn`` on a canonical batch ``x`` (converted to and from its layouts), checked to
    keep the batch axis first.

    >>> run(lambda x: 2 * x, np.ones((2, 3))).tolist()
    [[2.0, 2.0, 2.0], [2.0, 2.0, 2.0]]
    """
    m = x.shape[0]
    xf = to_fw(x) if to_fw else x
    y = to_numpy(fn(xf)) if batched else np.stack([to_numpy(fn(xf[j])) for j in range(m)])
    if from_fw:
        y = from_fw(y)
    y = np.asarray(y)
    if y.ndim < 1 or y.shape[0] != m:
        raise ValueError(
            f"fn returned shape {y.shape} for a batch of {m} inputs of shape {x.shape[1:]}; "
            "it must keep the batch axis first (or pass batched=False)"
        )
    return y


def auto_batch(in_features: int, out_features: int, batch_size=None) -> int:
    """Probes per batch: ``batch_size`` if given, else as many as fit
    :data:`PROBE_BATCH_BYTES` (at least one).

    >>> auto_batch(131072, 262144)
    42
    """
    if batch_size is not None:
        return positive_int("batch_size", batch_size)
    return max(1, PROBE_BATCH_BYTES // (8 * (in_features + out_features)))


def random_inputs(in_shape, n: int = 2, seed: int = 0) -> np.ndarray:
    """``n`` random float64 inputs in [-1, 1) (seeded: reproducible messages).

    >>> random_inputs((3,), 1, seed=1).shape
    (1, 3)
    """
    return np.random.default_rng(seed).uniform(-1, 1, (n, *in_shape))


def basis_matrix(fn, in_shape, batch_size, batched, dtype, to_fw=None, from_fw=None):
    """(dense matrix, per-sample output shape) of ``fn`` from one basis vector per input.

    >>> m, shape = basis_matrix(lambda x: x[:, :1] * 3, (2,), None, True, np.float64)
    >>> m.tolist(), shape
    ([[3.0, 0.0]], (1,))
    """
    n = math.prod(in_shape)
    budget.check("bytes", 2 * 8 * n, what=f"probing fn on an input of {n:,} elements (one "
                 f"probe, and at least one column of its {n:,}-column matrix)",
                 hint="probe a smaller input, or pass spec=... to probe by column colouring")
    y0 = run(fn, np.zeros((1, *in_shape), dtype=dtype), batched, to_fw, from_fw)
    out_n = int(np.prod(y0.shape[1:]))
    budget.check("bytes", 8 * n * out_n, what=f"the dense matrix of fn ({out_n:,} × {n:,})",
                 hint="pass spec=... to probe by column colouring into a sparse matrix")
    batch = auto_batch(n, out_n, batch_size)
    cols, out_shape = [], None
    for start in range(0, n, batch):
        m = min(batch, n - start)
        probe = np.zeros((m, n), dtype=dtype)
        probe[np.arange(m), start + np.arange(m)] = 1
        y = run(fn, probe.reshape(m, *in_shape), batched, to_fw, from_fw)
        if out_shape is None:
            out_shape = y.shape[1:]
        cols.append(y.reshape(m, -1))
    return np.concatenate(cols).T, out_shape


def colour_batches(fn, footprint: Footprint, batch: int, batched: bool, to_fw=None,
                   from_fw=None):
    """Yield ``(probe indices, inputs, fn's outputs)`` for every colour probe, in batches.

    >>> from tconv_sym import TransposedConvSpec
    >>> fp = Footprint.of(TransposedConvSpec(in_size=6, kernel_size=3, stride=2))
    >>> [idx.tolist() for idx, _, _ in colour_batches(lambda x: x, fp, 1, True)]
    [[0], [1]]
    """
    total = footprint.n_probes
    for start in range(0, total, batch):
        idx = np.arange(start, min(start + batch, total))
        x = np.stack([footprint.probe(int(i)) for i in idx])
        yield idx, x, run(fn, x, batched, to_fw, from_fw)


def _template(fp: Footprint):
    """CSC layout of one input channel's columns: row offsets and where to read each entry
    in that channel's probe outputs ``(colours, C_out/g, n_out)``."""
    n_out = math.prod(fp.out_size)
    cout_g = fp.out_channels // fp.groups
    order = np.lexsort((fp.pairs_out, fp.pairs_in))
    pin, pout = fp.pairs_in[order], fp.pairs_out[order]
    n_in = math.prod(fp.in_size)
    counts = np.bincount(pin, minlength=n_in)
    start = np.concatenate([[0], np.cumsum(counts)])
    pos = np.arange(pin.size) - start[pin]
    slot = (start[pin][:, None] * cout_g + np.arange(cout_g)[None, :] * counts[pin][:, None]
            + pos[:, None]).reshape(-1)
    co = np.broadcast_to(np.arange(cout_g)[None, :], (pin.size, cout_g)).reshape(-1)
    r = np.repeat(pout, cout_g)
    colour = np.repeat(fp.colouring.colour_of[pin], cout_g)
    rows = np.empty(slot.size, dtype=np.int64)
    rows[slot] = co * n_out + r
    gather = np.empty(slot.size, dtype=np.int64)
    gather[slot] = (colour * cout_g + co) * n_out + r
    return rows, gather, counts * cout_g


def _sparse_from_colours(fn, fp: Footprint, batch: int, batched, to_fw, from_fw):
    import scipy.sparse as sp

    n_in, n_out = math.prod(fp.in_size), math.prod(fp.out_size)
    g = fp.groups
    cin_g, cout_g = fp.in_channels // g, fp.out_channels // g
    rows_t, gather_t, col_counts = _template(fp)
    per_ci = rows_t.size
    nnz = per_ci * fp.in_channels
    shape = (fp.out_channels * n_out, fp.in_channels * n_in)
    idx = np.int32 if max(nnz, *shape) < 2**31 - 1 else np.int64
    data = np.empty(nnz, dtype=np.float64)
    indices = np.empty(nnz, dtype=idx)
    colours = fp.colouring.n
    pending: dict[int, np.ndarray] = {}  # ci_local -> (colours, C_out, n_out) outputs
    out_shape = None
    for probe_idx, _, y in colour_batches(fn, fp, batch, batched, to_fw, from_fw):
        if out_shape is None:
            out_shape = tuple(y.shape[1:])
            if out_shape != fp.out_shape:
                raise ValueError(f"fn's output shape (C, *spatial) is {out_shape}, spec's is "
                                 f"{fp.out_shape}")
        for i, yi in zip(probe_idx, y):
            ci_local, colour = divmod(int(i), colours)
            buf = pending.setdefault(ci_local, np.empty((colours, fp.out_channels, n_out)))
            buf[colour] = yi.reshape(fp.out_channels, n_out)
            if colour == colours - 1:
                del pending[ci_local]
                for grp in range(g):
                    ci = grp * cin_g + ci_local
                    sl = slice(ci * per_ci, (ci + 1) * per_ci)
                    block = buf[:, grp * cout_g:(grp + 1) * cout_g].reshape(-1)
                    data[sl] = block[gather_t]
                    np.add(rows_t, grp * cout_g * n_out, out=indices[sl], casting="unsafe")
    indptr = np.zeros(shape[1] + 1, dtype=idx)
    np.cumsum(np.tile(col_counts, fp.in_channels), out=indptr[1:])
    csc = sp.csc_matrix((data, indices, indptr), shape=shape)
    csc.has_canonical_format = True
    return csc.tocsr()


def _footprint_and_io(spec):
    from ..interop.resolution import Resolution, from_spec
    from ..spec import ConvSpec, TransposedConvSpec

    if isinstance(spec, Resolution):
        return Footprint.of(spec.spec, spec.zero_pad), spec.input_from_canonical, \
            spec.output_to_canonical
    if isinstance(spec, TransposedConvSpec):
        return Footprint.of(from_spec(spec).spec), None, None
    if isinstance(spec, ConvSpec):
        return Footprint.of(spec), None, None
    raise TypeError(f"spec must be a TransposedConvSpec, ConvSpec or interop Resolution, got "
                    f"{type(spec).__name__}")


def _core_of(spec):
    from ..interop.resolution import Resolution, from_spec
    from ..spec import ConvSpec, TransposedConvSpec

    if isinstance(spec, Resolution):
        return spec.spec, spec.zero_pad
    if isinstance(spec, TransposedConvSpec):
        res = from_spec(spec)
        return res.spec, res.zero_pad
    if isinstance(spec, ConvSpec):
        return spec, None
    raise TypeError(f"spec must be a TransposedConvSpec, ConvSpec or interop Resolution, got "
                    f"{type(spec).__name__}")


def _refuse_matrix(spec, zero_pad, batch_size) -> None:
    """Estimate the sparse matrix, the probing templates and the probes before any of them
    is built; refuse above the budget (``bytes``, ``macs``)."""
    from ..factored import factored
    from .oracle import estimate

    op = factored(spec)
    nnz = op.nnz
    idx = 4 if max(nnz, *op.shape) < 2**31 - 1 else 8
    cout_g = spec.out_channels // spec.groups
    # CSR/CSC data + indices (two copies while converting), the per-channel templates
    need = nnz * 2 * (8 + idx) + 8 * 8 * op.spatial_nnz * cout_g + 8 * op.shape[1]
    budget.check("bytes", need, what=f"operator_matrix of a {op.shape[0]:,} × {op.shape[1]:,} "
                 f"operator ({nnz:,} entries)",
                 hint="use assert_same_operator, which never builds the matrix")
    estimate(spec, extra_calls=2, batch_size=batch_size, what="operator_matrix",
             zero_pad=zero_pad)


def verify(fn, matrix, in_shape, batched=True, to_fw=None, from_fw=None, checks: int = 2,
           seed: int = 0) -> float:
    """Largest relative difference between ``fn(r)`` and ``matrix @ r`` over ``checks``
    random inputs ``r`` (0 for an exact recovery, up to the rounding of ``fn``'s dtype).

    >>> verify(lambda x: 3 * x, 3 * np.eye(2), (2,))
    0.0
    """
    r = random_inputs(in_shape, checks, seed)
    got = run(fn, r, batched, to_fw, from_fw).reshape(checks, -1)
    want = np.asarray(matrix @ r.reshape(checks, -1).T).T
    scale = max(float(np.abs(want).max()), float(np.abs(got).max()), 1e-300)
    return float(np.abs(got - want).max()) / scale


def operator_matrix(fn, in_shape, *, spec=None, batch_size: int | None = None,
                    dtype=np.float64, batched: bool = True, checks: int = 2):
    """The matrix ``M`` with ``fn(x).ravel() == M @ x.ravel()`` of a linear function.

    ``fn`` maps a batch ``(B, *in_shape)`` to ``(B, *out_shape)`` (or, with
    ``batched=False``, one sample to one output); torch tensors it returns are converted.
    The entries are exact whenever ``fn`` computes exactly (e.g. integer weights in float64).

    Without ``spec``: one basis vector per input (``batch_size`` at a time; default: as many
    as fit :data:`PROBE_BATCH_BYTES`), a dense ``ndarray``. With ``spec`` (a
    ``TransposedConvSpec``, ``ConvSpec`` or interop ``Resolution`` — then ``fn`` takes and
    returns that framework's layouts): column colouring from the spec's footprint,
    ``C_in/groups × colours`` probes, a ``scipy.sparse`` CSR matrix on the spec's pattern
    (structural zeros kept), verified with ``checks`` random probes; ``ValueError`` if
    ``fn`` is not explained by that footprint.

    >>> operator_matrix(lambda x: x[:, ::-1] * 2, (3,))
    array([[0., 0., 2.],
           [0., 2., 0.],
           [2., 0., 0.]])
    """
    if not callable(fn):
        raise TypeError(f"fn must be callable, got {type(fn).__name__}")
    shape = tuple(in_shape) if is_sequence(in_shape) else (in_shape,)
    shape = tuple(positive_int(f"in_shape[{j}]", v) for j, v in enumerate(shape))
    if batch_size is not None:
        positive_int("batch_size", batch_size)
    if spec is None:
        return basis_matrix(fn, shape, batch_size, batched, dtype)[0]
    core, zero_pad = _core_of(spec)
    if shape != tuple(core.in_shape):
        raise ValueError(f"in_shape must be the spec's input shape (C, *spatial) = "
                         f"{tuple(core.in_shape)}, got {shape}")
    _refuse_matrix(core, zero_pad, batch_size)
    fp, to_fw, from_fw = _footprint_and_io(spec)
    if shape != fp.in_shape:
        raise ValueError(f"in_shape must be the spec's input shape (C, *spatial) = "
                         f"{fp.in_shape}, got {shape}")
    batch = auto_batch(math.prod(fp.in_shape), math.prod(fp.out_shape), batch_size)
    m = _sparse_from_colours(fn, fp, batch, batched, to_fw, from_fw)
    rel = verify(fn, m, shape, batched, to_fw, from_fw, checks)
    if rel > 1e-6:
        raise ValueError(
            f"fn is not explained by the footprint of {spec!r}: on random inputs it differs "
            f"from the recovered matrix by {rel:.3g} (relative); it reaches outputs the spec "
            "does not, so colour probes cannot read it. Call operator_matrix(fn, in_shape) "
            "without spec (one probe per input), or check fn with assert_same_operator"
        )
    return m
