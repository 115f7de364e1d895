"""The common mistakes of a (transposed) convolution, and the operators they compute.

A :class:`Target` is one operator in canonical layouts: a spec, a PyTorch-layout weight and
(for a framework's window) zeros around the output; it applies itself in factored form
(:mod:`tconv_sym.factored`). :meth:`Target.variants` yields the operator of every common
mistake (kernel flipped, in/out channels swapped, padding off by one, output_padding missing,
stride and dilation swapped, SAME split on the wrong side, and pairs of a weight mistake with
a geometry mistake). :func:`explain` names the mistakes that reproduce a black box's outputs
on random probes — exact with probability one, and cheap at any size.

>>> import numpy as np
>>> from tconv_sym import TransposedConvSpec, conv_transpose
>>> spec = TransposedConvSpec(in_size=2, kernel_size=3, stride=2, padding=(0, 1))
>>> wrong = lambda x: conv_transpose(x, np.array([[[1., 2., 3.]]]), stride=2,
...                                  padding=(1, 0))
>>> [m.name for m in diagnose(wrong, spec, [[[1, 2, 3]]])]
['SAME split on the wrong side']
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

from ..factored import factored
from ..spec import ConvSpec, TransposedConvSpec
from .colouring import Footprint
from .probe import random_inputs, run

__all__ = ["MISTAKES", "Mistake", "Target", "target_of", "explain", "diagnose", "close"]

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




@dataclass(frozen=True)
class Mistake:
    """One common mistake that explains a function exactly: its name, what it means, and
    the operator the function computes instead.

    >>> print(Mistake("kernel flipped", "the kernel is flipped", "the flipped kernel"))
    kernel flipped: the kernel is flipped — fn is exactly the flipped kernel
    """

    name: str
    description: str
    detail: str

    def __str__(self) -> str:
        return f"{self.name}: {self.description} — fn is exactly {self.detail}"


def close(a: np.ndarray, b: np.ndarray, rtol: float, atol: float) -> np.ndarray:
    """Entry-wise ``|a - b| <= atol + rtol |b|``.

    >>> close(np.array([1.0, 2.0]), np.array([1.0, 2.1]), 1e-6, 1e-9).tolist()
    [True, False]
    """
    return np.isclose(a, b, rtol=rtol, atol=atol)


class Target:
    """An expected operator on canonical ``(N, C, *spatial)`` arrays: ``spec`` with the
    PyTorch-layout weight ``w``, the output framed by ``zero_pad`` zeros (transposed only).

    >>> from tconv_sym import ConvSpec
    >>> t = Target(ConvSpec(in_size=3, kernel_size=2), np.array([[[1., 2.]]]))
    >>> t, t.apply(np.ones((1, 1, 3))).tolist()
    (Target(ConvSpec(in_size=3, kernel_size=2)), [[[3.0, 3.0]]])
    """

    def __init__(self, spec, w, zero_pad=None, label=None, res=None):
        self.spec = spec
        self.w = np.asarray(w)
        nd = spec.ndim
        self.zero_pad = tuple(zero_pad) if zero_pad is not None else ((0, 0),) * nd
        self.label = label or repr(spec)
        self.res = res

    def __repr__(self) -> str:
        pad = f", zero_pad={self.zero_pad}" if self.padded else ""
        return f"Target({self.spec!r}{pad})"

    @property
    def padded(self) -> bool:
        return any(z != (0, 0) for z in self.zero_pad)

    @property
    def in_shape(self) -> tuple[int, ...]:
        return tuple(self.spec.in_shape)

    @property
    def out_shape(self) -> tuple[int, ...]:
        size = tuple(o + a + b for o, (a, b) in zip(self.spec.out_size, self.zero_pad))
        return (self.spec.out_channels, *size)

    def footprint(self) -> Footprint:
        return Footprint.of(self.spec, self.zero_pad if self.padded else None)

    def apply(self, x: np.ndarray) -> np.ndarray:
        """The operator on a canonical batch (float64)."""
        y = factored(self.spec).apply(np.asarray(x, dtype=np.float64),
                                      self.w.astype(np.float64))
        if self.padded:
            y = np.pad(y, ((0, 0), (0, 0), *self.zero_pad))
        return y

    def with_(self, spec=None, zero_pad=None, w=None) -> Target:
        return Target(spec or self.spec, self.w if w is None else w,
                      self.zero_pad if zero_pad is None else zero_pad, self.label, self.res)

    # --- the mistakes --------------------------------------------------------------
    def weight_variants(self):
        return _weight_variants(self.w, self.spec,
                                transposed=isinstance(self.spec, TransposedConvSpec))

    def geometry_variants(self):
        """(name, detail, spec, zero_pad) for every window/parameter mistake."""
        if isinstance(self.spec, TransposedConvSpec):
            yield from self._transposed_geometry()
        else:
            yield from self._forward_geometry()

    def _transposed_geometry(self):
        from ..interop.resolution import from_spec, spec_for_window

        res = self.res if self.res is not None else from_spec(self.spec)
        spec = res.spec
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

    def _forward_geometry(self):
        spec = self.spec
        cands = []
        if any(lo != hi for lo, hi in spec.padding):
            cands.append(("SAME split on the wrong side",
                          tuple((hi, lo) for lo, hi in spec.padding)))
        for dim in range(spec.ndim):
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

    def variants(self):
        """``(is_pair, name, detail, Target)``: every single mistake, then every pair of a
        weight mistake with a geometry mistake."""
        weights = self.weight_variants()
        geos = list(self.geometry_variants())
        for name, detail, w in weights:
            yield False, name, detail, self.with_(w=w)
        for name, detail, s, z in geos:
            yield False, name, detail, self._geo(s, z)
        for (wn, wd, w), (gn, gd, s, z) in itertools.product(weights, geos):
            yield True, f"{wn} + {gn}", f"{wd} and {gd}", self._geo(s, z).with_(w=w)

    def _geo(self, s, z) -> Target:
        nd = self.spec.ndim
        return Target(s, self.w, z if z is not None else ((0, 0),) * nd, self.label, self.res)


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



def target_of(spec, w) -> Target:
    """The expected operator of ``spec`` (``TransposedConvSpec``, ``ConvSpec`` or interop
    ``Resolution``; ``w`` in that layout) as a canonical :class:`Target`.

    >>> from tconv_sym import TransposedConvSpec
    >>> target_of(TransposedConvSpec(in_size=3, kernel_size=2, mode="convolution"), [1, 2])
    Target(TransposedConvSpec(in_size=3, kernel_size=2))
    """
    from ..interop.resolution import Resolution, from_spec
    from ..operators import kernel_array

    if isinstance(spec, Resolution):
        label = repr(spec.params["spec"]) if spec.framework == "tconv_sym" else \
            f"{spec.framework} {spec.op} ({spec.spec!r})"
        return Target(spec.spec, spec.torch_weight(w), spec.zero_pad, label, spec)
    if isinstance(spec, TransposedConvSpec):
        res = from_spec(spec)
        w_arr = kernel_array(w, spec.weight_shape, backend="scipy", name="w")
        return Target(res.spec, res.torch_weight(w_arr), res.zero_pad, repr(spec), res)
    if isinstance(spec, ConvSpec):
        w_arr = kernel_array(w, spec.weight_shape, backend="scipy", name="w")
        if spec.mode == "convolution":
            return Target(spec.with_(mode="correlation"),
                          np.flip(w_arr, axis=tuple(range(2, w_arr.ndim))), label=repr(spec))
        return Target(spec, w_arr)
    raise TypeError(f"spec must be a TransposedConvSpec, ConvSpec or interop Resolution, got "
                    f"{type(spec).__name__}")


def io_of(target: Target):
    """Probe adapters ``(canonical -> fn's layout, fn's output -> canonical)``.

    >>> from tconv_sym import TransposedConvSpec
    >>> io_of(target_of(TransposedConvSpec(in_size=3, kernel_size=2), [1, 2]))[0] is not None
    True
    """
    if target.res is not None:
        return target.res.input_from_canonical, target.res.output_to_canonical
    return None, None


def explain(target: Target, r: np.ndarray, got: np.ndarray, rtol: float, atol: float):
    """``(mistakes, closest)`` for a black box whose outputs on the random inputs ``r`` are
    ``got``: every single mistake whose operator reproduces ``got`` (else every pair), and
    ``(differing outputs, name)`` of the closest candidate that does not.

    >>> from tconv_sym import TransposedConvSpec
    >>> t = target_of(TransposedConvSpec(in_size=3, kernel_size=2), [1.0, 2.0])
    >>> r = random_inputs(t.in_shape)
    >>> found, _ = explain(t, r, t.with_(w=np.array([[[2.0, 1.0]]])).apply(r), 1e-9, 0)
    >>> [m.name for m in found]
    ['kernel flipped']
    """
    found, best = [], None
    scale = float(np.abs(got).max()) if got.size else 0.0
    for is_pair, name, detail, cand in target.variants():
        if found and is_pair:
            break  # a single mistake explains it: do not list pairs
        if tuple(cand.out_shape) != tuple(got.shape[1:]):
            continue
        try:
            want = cand.apply(r)
        except ValueError:
            continue
        ok = close(got, want, rtol, atol + rtol * scale)
        if ok.all():
            desc = "; ".join(MISTAKES[part] for part in name.split(" + "))
            found.append(Mistake(name, desc, detail))
        elif best is None or (~ok).sum() < best[0]:
            best = (int((~ok).sum()), name)
    return found, best


def diagnose(fn, spec, w, *, rtol: float = 1e-6, atol: float = 1e-9, batch_size: int = 256,
             batched: bool = True, checks: int = 2) -> list[Mistake]:
    """The common mistakes (single, else pairs) that explain ``fn`` exactly; ``[]`` when
    ``fn`` is right or when none does. Decided on ``checks`` random inputs (two distinct
    linear operators agree on them with probability zero), so it is cheap at any size;
    ``batch_size`` is kept for compatibility.

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec, conv_transpose
    >>> spec = TransposedConvSpec(in_size=2, kernel_size=3, stride=2, padding=(0, 1))
    >>> [m.name for m in diagnose(lambda x: conv_transpose(x, np.array([[[1., 2., 3.]]]),
    ...      stride=2, padding=(1, 0)), spec, [[[1, 2, 3]]])]
    ['SAME split on the wrong side']
    """
    target = target_of(spec, w)
    to_fw, from_fw = io_of(target)
    r = random_inputs(target.in_shape, checks)
    got = run(fn, r, batched, to_fw, from_fw)
    if tuple(got.shape[1:]) == target.out_shape:
        scale = float(np.abs(got).max())
        if close(got, target.apply(r), rtol, atol + rtol * scale).all():
            return []
    return explain(target, r, got, rtol, atol)[0]
