"""Test helpers for your own (transposed) convolution kernels: plain functions for pytest.

:func:`operator_matrix` reads off the exact matrix of any linear function by probing it
with basis vectors (in batches); :func:`assert_same_operator` compares it with the matrix
of a spec and, when they differ, shows the first differing entries and names the common
mistake that explains the difference (kernel flipped, in/out channels swapped, padding off
by one at the start or the end, output_padding missing, stride and dilation swapped, SAME
split on the wrong side), trying pairs of mistakes too.

>>> import numpy as np
>>> from tconv_sym import TransposedConvSpec
>>> spec = TransposedConvSpec(in_size=3, kernel_size=2, stride=2)
>>> def scatter(x, w):  # y[2n + t] += x[n] w[t], the textbook transposed convolution
...     y = np.zeros((x.shape[0], 1, 6))
...     for n in range(3):
...         for t in range(2):
...             y[:, 0, 2 * n + t] += x[:, 0, n] * w[t]
...     return y
>>> assert_same_operator(lambda x: scatter(x, [1, 10]), spec, [1, 10])
>>> assert_same_operator(lambda x: scatter(x, [10, 1]), spec, [1, 10])
Traceback (most recent call last):
    ...
AssertionError: fn is not the operator of TransposedConvSpec(in_size=3, kernel_size=2,
stride=2) with this weight
  6 of 18 matrix entries differ; first (output <- input: got vs expected):
    y[0, 0] <- x[0, 0]: 10 vs 1
    ...
  diagnosis: kernel flipped: ...
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np

from ._inputs import to_numpy
from .spec import ConvSpec, TransposedConvSpec

__all__ = ["operator_matrix", "assert_same_operator", "diagnose", "Mistake", "MISTAKES"]

#: the common mistakes :func:`diagnose` tries, with what each one means
MISTAKES = {
    "kernel flipped": "the kernel is used spatially flipped (rotated 180° in 2-D): a true "
                      "convolution where a cross-correlation is meant, or a flip missed or "
                      "added when porting (TensorFlow and PyTorch kernels are not flipped; "
                      "JAX's lax.conv_transpose kernel is, unless transpose_kernel=True)",
    "kernel flipped along one axis": "the kernel is flipped along one spatial axis only",
    "in/out channels swapped": "the weight is read as (C_out, C_in/groups, *k) although it "
                               "is laid out (C_in, C_out/groups, *k) (or the other way round)",
    "padding off by one at the start": "the output starts one sample too early or too late "
                                       "(its end is right)",
    "padding off by one at the end": "the output ends one sample too early or too late (its "
                                     "start is right)",
    "output shifted by one": "the crop is split off by one between start and end",
    "output_padding missing": "the extra output_padding samples at the end are missing",
    "stride and dilation swapped": "the stride is used as the dilation and vice versa",
    "SAME split on the wrong side": "the odd sample of SAME padding is cropped at the start "
                                    "instead of the end (SAME_LOWER for SAME_UPPER, or "
                                    "PyTorch-style symmetric thinking)",
    "bias added": "fn(0) is not 0: the function is affine (a bias?), not linear",
}


def _to_numpy(y) -> np.ndarray:
    return to_numpy(y)


def _probe(fn, in_shape, batch_size, batched, dtype, to_fw=None, from_fw=None):
    """(matrix, per-sample output shape) of ``fn`` on canonical ``in_shape`` samples."""
    n = math.prod(in_shape)
    cols, out_shape = [], None
    for start in range(0, n, batch_size):
        m = min(batch_size, n - start)
        probe = np.zeros((m, n), dtype=dtype)
        probe[np.arange(m), start + np.arange(m)] = 1
        probe = probe.reshape(m, *in_shape)
        x = to_fw(probe) if to_fw else probe
        y = _to_numpy(fn(x)) if batched else np.stack([_to_numpy(fn(x[j])) for j in range(m)])
        if from_fw:
            y = from_fw(y)
        if y.ndim < 1 or y.shape[0] != m:
            raise ValueError(
                f"fn returned shape {y.shape} for a batch of {m} inputs of shape {in_shape}; "
                "it must keep the batch axis first (or pass batched=False)"
            )
        if out_shape is None:
            out_shape = y.shape[1:]
        cols.append(y.reshape(m, -1))
    return np.concatenate(cols).T, out_shape


def operator_matrix(fn, in_shape, *, batch_size: int = 256, dtype=np.float64,
                    batched: bool = True) -> np.ndarray:
    """The matrix ``M`` with ``fn(x).ravel() == M @ x.ravel()`` of a linear function.

    ``fn`` maps a batch ``(B, *in_shape)`` to ``(B, *out_shape)`` (or, with
    ``batched=False``, one sample to one output); it is called with batches of basis
    vectors (``batch_size`` at a time), so column ``j`` is ``fn(e_j)``. Torch tensors it
    returns are converted. The entries are exact whenever ``fn`` computes exactly (e.g.
    integer weights in float64).

    >>> operator_matrix(lambda x: x[:, ::-1] * 2, (3,))
    array([[0., 0., 2.],
           [0., 2., 0.],
           [2., 0., 0.]])
    """
    from ._validate import is_sequence, positive_int

    if not callable(fn):
        raise TypeError(f"fn must be callable, got {type(fn).__name__}")
    shape = tuple(in_shape) if is_sequence(in_shape) else (in_shape,)
    shape = tuple(positive_int(f"in_shape[{j}]", v) for j, v in enumerate(shape))
    batch_size = positive_int("batch_size", batch_size)
    return _probe(fn, shape, batch_size, batched, dtype)[0]


@dataclass(frozen=True)
class Mistake:
    """One common mistake that explains a function exactly: its name, what it means, and
    the operator the function computes instead."""

    name: str
    description: str
    detail: str

    def __str__(self) -> str:
        return f"{self.name}: {self.description} — fn is exactly {self.detail}"


# --------------------------------------------------------------------------------------
# Expected operators and their mistaken variants
# --------------------------------------------------------------------------------------
class _Transposed:
    """A transposed convolution (a Resolution) with a PyTorch-layout weight."""

    def __init__(self, res, w_torch):
        self.res = res
        self.w = w_torch
        self.label = repr(res.params["spec"]) if res.framework == "tconv_sym" else \
            f"{res.framework} {res.op} ({res.spec!r})"

    def matrix(self, spec=None, zero_pad=None, w=None):
        from .operators import conv_transpose_matrix, pad_matrix

        spec = spec or self.res.spec
        zero_pad = self.res.zero_pad if zero_pad is None else zero_pad
        m = conv_transpose_matrix(spec, self.w if w is None else w, backend="scipy")
        if any(z != (0, 0) for z in zero_pad):
            m = pad_matrix(spec.out_size, zero_pad, channels=spec.out_channels,
                           backend="scipy") @ m
        return m.toarray()

    @property
    def in_shape(self):
        return self.res.spec.in_shape

    @property
    def out_shape(self):
        return (self.res.spec.out_channels, *self.res.out_size)

    def weight_variants(self):
        return _weight_variants(self.w, self.res.spec, transposed=True)

    def geometry_variants(self):
        """(name, detail, spec, zero_pad) for every window/parameter mistake."""
        from .interop.resolution import spec_for_window

        res, spec = self.res, self.res.spec
        base = dict(in_size=spec.in_size, kernel_size=spec.kernel_size, stride=spec.stride,
                    dilation=spec.dilation, in_channels=spec.in_channels,
                    out_channels=spec.out_channels, groups=spec.groups)
        win = res.window
        nd = spec.ndim

        def per_dim(fn):
            for dim in range(nd):
                for delta in (1, -1):
                    new = list(win)
                    new[dim] = fn(win[dim], delta)
                    yield dim, delta, tuple(new)

        found = []
        if any(spec.output_padding):
            new = tuple((a, b - op) for (a, b), op in zip(win, spec.output_padding))
            found.append(("output_padding missing", None, None, new))
        crops = res.crop
        if any(lo != hi for lo, hi in crops):
            new = tuple((hi, hi + (b - a)) for (lo, hi), (a, b) in zip(crops, win))
            found.append(("SAME split on the wrong side", None, None, new))
        for dim, delta, new in per_dim(lambda w, e: (w[0] + e, w[1])):
            found.append(("padding off by one at the start", dim, delta, new))
        for dim, delta, new in per_dim(lambda w, e: (w[0], w[1] + e)):
            found.append(("padding off by one at the end", dim, delta, new))
        for dim, delta, new in per_dim(lambda w, e: (w[0] + e, w[1] + e)):
            found.append(("output shifted by one", dim, delta, new))
        seen = set()
        for name, dim, delta, new in found:
            try:
                s, z = spec_for_window(new, **base)
            except ValueError:
                continue
            if (s, z) in seen:  # the same operator under a more specific name already
                continue
            seen.add((s, z))
            where = "" if dim is None else f" in dim {dim} ({'+1' if delta > 0 else '-1'})"
            yield name, f"the window {_win(new)} of the full output{where}: {s!r}" + (
                f" then zeros {z}" if any(p != (0, 0) for p in z) else ""), s, z
        if spec.stride != spec.dilation:
            try:
                s = spec.with_(stride=spec.dilation, dilation=spec.stride)
            except ValueError:
                s = None
            if s is not None:
                yield ("stride and dilation swapped", repr(s), s, res.zero_pad)


class _Forward:
    """An ordinary convolution (ConvSpec) with a PyTorch-layout weight."""

    def __init__(self, spec, w):
        self.spec = spec
        self.w = w
        self.label = repr(spec)

    def matrix(self, spec=None, zero_pad=None, w=None):
        from .operators import conv_matrix

        return conv_matrix(spec or self.spec, self.w if w is None else w,
                           backend="scipy").toarray()

    @property
    def in_shape(self):
        return self.spec.in_shape

    @property
    def out_shape(self):
        return self.spec.out_shape

    def weight_variants(self):
        return _weight_variants(self.w, self.spec, transposed=False)

    def geometry_variants(self):
        spec = self.spec
        nd = spec.ndim
        cands = []
        if any(lo != hi for lo, hi in spec.padding):
            cands.append(("SAME split on the wrong side",
                          tuple((hi, lo) for lo, hi in spec.padding)))
        for dim in range(nd):
            for delta in (1, -1):
                for name, change in (("padding off by one at the start", (delta, 0)),
                                     ("padding off by one at the end", (0, delta)),
                                     ("output shifted by one", (delta, -delta))):
                    pads = list(spec.padding)
                    pads[dim] = (pads[dim][0] + change[0], pads[dim][1] + change[1])
                    cands.append((name, tuple(pads)))
        seen = set()
        for name, pads in cands:
            if any(p < 0 for pair in pads for p in pair):
                continue
            try:
                s = spec.with_(padding=pads)
            except ValueError:
                continue
            if s in seen:
                continue
            seen.add(s)
            yield name, repr(s), s, None
        if spec.stride != spec.dilation:
            try:
                s = spec.with_(stride=spec.dilation, dilation=spec.stride)
            except ValueError:
                return
            yield "stride and dilation swapped", repr(s), s, None


def _win(windows) -> str:
    return "[" + ", ".join(f"{a}:{b}" for a, b in windows) + "]"


def _weight_variants(w: np.ndarray, spec, transposed: bool):
    """(name, detail, weight) for the weight mistakes (all PyTorch layout, same shape)."""
    nd = spec.ndim
    out = []
    spatial = tuple(range(2, 2 + nd))
    flipped = np.flip(w, axis=spatial)
    out.append(("kernel flipped", "the flipped kernel", flipped))
    if nd > 1:
        for ax in range(nd):
            out.append(("kernel flipped along one axis",
                        f"the kernel flipped along spatial axis {ax}", np.flip(w, axis=2 + ax)))
    swapped = _channel_swap(w, spec, transposed)
    if swapped is not None:
        out.append(("in/out channels swapped", "the weight with in/out channels swapped",
                    swapped))
        out.append(("kernel flipped + in/out channels swapped",
                    "the flipped kernel with in/out channels swapped",
                    np.flip(swapped, axis=spatial)))
    return [(n, d, v) for n, d, v in out if not np.array_equal(v, w)]


def _channel_swap(w: np.ndarray, spec, transposed: bool):
    """The weight an implementation uses when it reads the buffer with the two channel axes
    in the other order: ``W'[a, b_local] = B[b, a_local]`` with ``B`` the buffer reshaped to
    the other layout (a plain transpose of the two axes when groups == 1)."""
    g = spec.groups
    first, second = w.shape[0], w.shape[1] * g  # channels on axis 0, channels on axis 1
    if first * second // g == 1:
        return None
    buf = w.reshape(second, first // g, *w.shape[2:])  # read as (axis-1 channels, ...)
    out = np.empty_like(w)
    per_first, per_second = first // g, second // g
    for a in range(first):
        grp = a // per_first
        for b_local in range(w.shape[1]):
            b = grp * per_second + b_local
            out[a, b_local] = buf[b, a - grp * per_first]
    return out


def _expected(spec, w):
    from .interop.resolution import Resolution, from_spec
    from .operators import kernel_array

    if isinstance(spec, Resolution):
        return _Transposed(spec, spec.torch_weight(w))
    if isinstance(spec, TransposedConvSpec):
        res = from_spec(spec)
        w_arr = kernel_array(w, spec.weight_shape, backend="scipy")
        return _Transposed(res, res.torch_weight(w_arr))
    if isinstance(spec, ConvSpec):
        if spec.mode == "convolution":
            w_arr = kernel_array(w, spec.weight_shape, backend="scipy")
            return _Forward(spec.with_(mode="correlation"),
                            np.flip(w_arr, axis=tuple(range(2, w_arr.ndim))))
        return _Forward(spec, kernel_array(w, spec.weight_shape, backend="scipy"))
    raise TypeError(f"spec must be a TransposedConvSpec, ConvSpec or interop Resolution, got "
                    f"{type(spec).__name__}")


def _io(target):
    """Probe adapters: canonical batch -> fn's layout, fn's output -> canonical."""
    from .interop.resolution import Resolution

    res = getattr(target, "res", None)
    if isinstance(res, Resolution):
        return res.input_from_canonical, res.output_to_canonical
    return None, None


def _close(a: np.ndarray, b: np.ndarray, rtol: float, atol: float) -> np.ndarray:
    return np.isclose(a, b, rtol=rtol, atol=atol)


def _candidates(target):
    """All single mistakes, then pairs (a weight mistake with a geometry mistake)."""
    weights = target.weight_variants()
    geos = list(target.geometry_variants())
    for name, detail, w in weights:
        yield False, name, detail, None, None, w
    for name, detail, s, z in geos:
        yield False, name, detail, s, z, None
    for (wn, wd, w), (gn, gd, s, z) in itertools.product(weights, geos):
        yield True, f"{wn} + {gn}", f"{wd} and {gd}", s, z, w


def _diagnose(target, got, got_shape, rtol, atol):
    found = []
    best_single = None
    for is_pair, name, detail, s, z, w in _candidates(target):
        if found and is_pair:
            break  # a single mistake explains it: do not list pairs
        try:
            m = target.matrix(s, z, w)
        except ValueError:
            continue
        out_shape = (s.out_channels, *_out_size(s, z)) if s is not None else target.out_shape
        if tuple(out_shape) != tuple(got_shape) or m.shape != got.shape:
            continue
        ok = _close(got, m, rtol, atol)
        if ok.all():
            desc = "; ".join(MISTAKES[part] for part in name.split(" + "))
            found.append(Mistake(name, desc, detail))
        elif best_single is None or (~ok).sum() < best_single[0]:
            best_single = (int((~ok).sum()), name)
    return found, best_single


def _out_size(spec, zero_pad):
    if isinstance(spec, TransposedConvSpec) and zero_pad is not None:
        return tuple(o + a + b for o, (a, b) in zip(spec.out_size, zero_pad))
    return spec.out_size


def diagnose(fn, spec, w, *, rtol: float = 1e-6, atol: float = 1e-9, batch_size: int = 256,
             batched: bool = True) -> list[Mistake]:
    """The common mistakes (single, else pairs) that explain ``fn`` exactly; ``[]`` when
    ``fn`` is right or when none does.

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec, conv_transpose
    >>> spec = TransposedConvSpec(in_size=2, kernel_size=3, stride=2, padding=(0, 1))
    >>> wrong = lambda x: conv_transpose(x, np.array([[[1., 2., 3.]]]), stride=2,
    ...                                  padding=(1, 0))
    >>> [m.name for m in diagnose(wrong, spec, [[[1, 2, 3]]])]
    ['SAME split on the wrong side']
    """
    target = _expected(spec, w)
    to_fw, from_fw = _io(target)
    got, got_shape = _probe(fn, target.in_shape, batch_size, batched, np.float64, to_fw,
                            from_fw)
    if tuple(got_shape) == tuple(target.out_shape):
        exp = target.matrix()
        if exp.shape == got.shape and _close(got, exp, rtol, atol).all():
            return []
    return _diagnose(target, got, got_shape, rtol, atol)[0]


def assert_same_operator(fn, spec, w, *, rtol: float = 1e-6, atol: float = 1e-9,
                         batch_size: int = 256, batched: bool = True, max_shown: int = 5):
    """Assert that ``fn`` is the operator of ``spec`` with weight ``w`` (else explain).

    ``spec`` is a :class:`~tconv_sym.TransposedConvSpec` or :class:`~tconv_sym.ConvSpec`
    (``fn`` takes ``(B, C_in, *spatial)`` batches; ``w`` in PyTorch layout), or an
    :class:`~tconv_sym.interop.Resolution` (``fn`` and ``w`` in that framework's layouts).
    The matrix of ``fn`` is read off with :func:`operator_matrix`; on a mismatch the
    ``AssertionError`` lists the first differing entries (``y[c, ...] <- x[c, ...]``:
    got vs expected) and a diagnosis from :data:`MISTAKES`.

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec, conv_transpose
    >>> spec = TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=1,
    ...                           output_padding=1)
    >>> w = np.arange(9.).reshape(1, 1, 3, 3)
    >>> assert_same_operator(lambda x: conv_transpose(x, w, stride=2, padding=1), spec, w)
    Traceback (most recent call last):
        ...
    AssertionError: fn is not the operator of TransposedConvSpec(in_size=(2, 2), kernel_size=3,
    stride=2, padding=1, output_padding=1) with this weight
      output shape (C, *spatial): got (1, 3, 3), expected (1, 4, 4)
      diagnosis: output_padding missing: ...
    """
    target = _expected(spec, w)
    to_fw, from_fw = _io(target)
    if to_fw is not None:
        zero = to_fw(np.zeros((1, *target.in_shape)))
    else:
        zero = np.zeros((1, *target.in_shape))
    y0 = _to_numpy(fn(zero) if batched else fn(zero[0]))
    got, got_shape = _probe(fn, target.in_shape, batch_size, batched, np.float64, to_fw,
                            from_fw)
    expected = target.matrix()
    exp_shape = tuple(target.out_shape)
    head = f"fn is not the operator of {target.label} with this weight"
    if np.any(y0 != 0):
        raise AssertionError(f"{head}\n  diagnosis: bias added: {MISTAKES['bias added']} "
                             f"(max |fn(0)| = {np.abs(y0).max():g})")
    lines = [head]
    if tuple(got_shape) != exp_shape:
        lines.append(f"  output shape (C, *spatial): got {tuple(got_shape)}, expected "
                     f"{exp_shape}")
    else:
        ok = _close(got, expected, rtol, atol)
        if ok.all():
            return None
        bad = np.argwhere(~ok)
        in_shape = target.in_shape
        lines.append(f"  {len(bad)} of {ok.size} matrix entries differ; first (output <- "
                     f"input: got vs expected):")
        for r, c in bad[:max_shown]:
            yi = np.unravel_index(r, exp_shape)
            xi = np.unravel_index(c, in_shape)
            lines.append(f"    y[{', '.join(map(str, yi))}] <- x[{', '.join(map(str, xi))}]: "
                         f"{got[r, c]:g} vs {expected[r, c]:g}")
    found, nearest = _diagnose(target, got, got_shape, rtol, atol)
    if found:
        for m in found:
            lines.append(f"  diagnosis: {m}")
    else:
        msg = "  diagnosis: none of the common mistakes (or pairs of them) explains it"
        if nearest is not None:
            msg += f"; closest: {nearest[1]} ({nearest[0]} entries still differ)"
        lines.append(msg)
    raise AssertionError("\n".join(lines))
