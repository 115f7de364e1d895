"""The common mistakes of a (transposed) convolution as candidate operators.

Each candidate is a name, a detail and an operator (a :class:`~tconv_sym.testing.target.
Target` or a channel permutation of one) that :mod:`tconv_sym.testing.diagnosis` compares
with the black box: weight mistakes (kernel flipped, flipped along one axis, transposed,
in/out channels swapped), geometry mistakes in any combination of dims (padding off by one
at the start or end, output shifted, output_padding missing or added at the start, SAME
split on the wrong side, stride and dilation swapped, stride applied twice or ignored),
groups mixed up, and the per-channel kernel mistakes of one input or output channel.

>>> import numpy as np
>>> from tconv_sym import TransposedConvSpec
>>> from tconv_sym.testing.target import target_of
>>> t = target_of(TransposedConvSpec(in_size=(4, 4), kernel_size=2, stride=2),
...               np.ones((1, 1, 2, 2)))
>>> [name for name, _, _ in geometry_candidates(t, max_dims=2)][:3]
['stride ignored', 'stride applied twice', 'stride and dilation swapped']
"""

from __future__ import annotations

import itertools

import numpy as np

from ..spec import TransposedConvSpec

__all__ = ["MISTAKES", "Mistake", "weight_candidates", "geometry_candidates",
           "group_candidates", "kernel_transforms", "Permuted", "describe"]

#: the common mistakes the diagnosis tries, with what each one means
MISTAKES = {
    "kernel flipped": "the kernel is used spatially flipped (rotated 180° in 2-D): a true "
                      "convolution where a cross-correlation is meant, or a flip missed or "
                      "added when porting (TensorFlow and PyTorch kernels are not flipped; "
                      "JAX's lax.conv_transpose kernel is, unless transpose_kernel=True)",
    "kernel flipped along one axis": "the kernel is flipped along one spatial axis only",
    "kernel transposed": "the kernel's spatial axes are swapped (rows read as columns)",
    "in/out channels swapped": "the weight is read as (C_out, C_in/groups, *k) although it "
                               "is laid out (C_in, C_out/groups, *k) (or the other way round)",
    "padding off by one at the start": "the output starts one sample too early or too late "
                                       "(its end is right)",
    "padding off by one at the end": "the output ends one sample too early or too late (its "
                                     "start is right)",
    "output shifted by one": "the crop is split off by one between start and end",
    "output_padding missing": "the extra output_padding samples at the end are missing",
    "output_padding added at the start": "the extra output_padding samples are added before "
                                         "the output instead of after it",
    "stride and dilation swapped": "the stride is used as the dilation and vice versa (the "
                                   "dilation applied to the input by zero insertion, the "
                                   "stride to the kernel)",
    "stride applied twice": "zeros are inserted twice: stride s·s instead of s",
    "stride ignored": "no zeros are inserted between the inputs: stride 1 instead of s",
    "SAME split on the wrong side": "the odd sample of SAME padding is cropped at the start "
                                    "instead of the end (SAME_LOWER for SAME_UPPER, or "
                                    "PyTorch-style symmetric thinking)",
    "groups mixed up": "input channels meet the output channels of another group",
    "scaled": "every entry is the expected one times the same factor",
    "bias added": "fn(0) is not 0: the function is affine (a bias?), not linear",
    "not linear": "fn is not a linear function, so no matrix describes it (a ReLU, a "
                  "threshold, a clamp, a branch on the values?)",
}

_KINDS = ("padding off by one at the start", "padding off by one at the end",
          "output shifted by one")


class Mistake:
    """A mistake that explains a function exactly: its name, what it means, and the
    operator the function computes instead.

    >>> print(Mistake("kernel flipped", "the kernel is flipped", "the flipped kernel"))
    kernel flipped: the kernel is flipped — fn is exactly the flipped kernel
    """

    def __init__(self, name: str, description: str, detail: str) -> None:
        self.name, self.description, self.detail = name, description, detail

    def __str__(self) -> str:
        return f"{self.name}: {self.description} — fn is exactly {self.detail}"

    def __repr__(self) -> str:
        return f"Mistake({self.name!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Mistake) and (self.name, self.detail) == (other.name,
                                                                           other.detail)

    def __hash__(self) -> int:
        return hash((self.name, self.detail))


def describe(name: str) -> str:
    """The meaning of a (combined) mistake's name, from :data:`MISTAKES`.

    >>> describe("output shifted by one in dims 0 and 1")
    'the crop is split off by one between start and end'
    """
    parts = []
    for part in name.split(" + "):
        base = next((k for k in sorted(MISTAKES, key=len, reverse=True)
                     if part.startswith(k)), None)
        if base is not None and MISTAKES[base] not in parts:
            parts.append(MISTAKES[base])
    return "; ".join(parts)


class Permuted:
    """``target`` fed with the input channels in another order: ``fn(x) = M x[:, perm]``.

    >>> from tconv_sym import ConvSpec
    >>> from tconv_sym.testing.target import Target
    >>> p = Permuted(Target(ConvSpec(in_size=1, kernel_size=1, in_channels=2),
    ...                     np.array([[[1.], [10.]]])), [1, 0])
    >>> p.apply(np.array([[[1.], [2.]]])).tolist()
    [[[12.0]]]
    """

    def __init__(self, target, perm) -> None:
        self.target = target
        self.perm = np.asarray(perm)
        self.inverse = np.argsort(self.perm)
        self.out_shape = target.out_shape

    def apply(self, x):
        return self.target.apply(np.asarray(x)[:, self.perm])

    def apply_channel(self, x1, c: int):
        return self.target.apply_channel(x1, int(self.inverse[c]))


def kernel_transforms(k: np.ndarray, nd: int):
    """``(words, kernel)``: the mistakes one kernel slice (spatial axes last) can suffer.

    >>> [w for w, _ in kernel_transforms(np.arange(4.).reshape(2, 2), 2)]
    ['flipped', 'flipped along axis 0', 'flipped along axis 1', 'transposed', 'zero (never used)',
     'negated']
    """
    axes = tuple(range(k.ndim - nd, k.ndim))
    out = [("flipped", np.flip(k, axis=axes))]
    if nd > 1:
        out += [(f"flipped along axis {a}", np.flip(k, axis=axes[a])) for a in range(nd)]
        for a, b in itertools.combinations(range(nd), 2):
            if k.shape[axes[a]] == k.shape[axes[b]]:
                words = "transposed" if nd == 2 else f"transposed in axes {a} and {b}"
                out.append((words, np.swapaxes(k, axes[a], axes[b])))
    out += [("zero (never used)", np.zeros_like(k)), ("negated", -k)]
    return [(words, v) for words, v in out if not np.array_equal(v, k)]


def weight_candidates(target):
    """``(name, detail, Target)`` for every whole-weight mistake."""
    w, spec = target.w, target.spec
    nd = spec.ndim
    spatial = tuple(range(2, 2 + nd))
    out = [("kernel flipped", "the flipped kernel", np.flip(w, axis=spatial))]
    if nd > 1:
        out += [("kernel flipped along one axis", f"the kernel flipped along spatial axis {a}",
                 np.flip(w, axis=2 + a)) for a in range(nd)]
        for a, b in itertools.combinations(range(nd), 2):
            if w.shape[2 + a] == w.shape[2 + b]:
                out.append(("kernel transposed", f"the kernel with spatial axes {a} and {b} "
                            "swapped", np.swapaxes(w, 2 + a, 2 + b)))
    swapped = _channel_swap(w, spec, target.transposed)
    if swapped is not None:
        out.append(("in/out channels swapped", "the weight with in/out channels swapped",
                    swapped))
        out.append(("kernel flipped + in/out channels swapped",
                    "the flipped kernel with in/out channels swapped",
                    np.flip(swapped, axis=spatial)))
    return [(n, d, target.with_(w=v)) for n, d, v in out if not np.array_equal(v, w)]


def _channel_swap(w: np.ndarray, spec, transposed: bool):
    """The weight an implementation uses when it reads the buffer with the two channel axes
    in the other order: ``W'[a, b_local] = B[b, a_local]`` with ``B`` the buffer reshaped to
    the other layout (a plain transpose of the two axes when groups == 1)."""
    g = spec.groups
    first, second = w.shape[0], w.shape[1] * g
    if first * second // g == 1:
        return None
    buf = w.reshape(second, first // g, *w.shape[2:])
    out = np.empty_like(w)
    per_first, per_second = first // g, second // g
    for a in range(first):
        grp = a // per_first
        for b_local in range(w.shape[1]):
            b = grp * per_second + b_local
            out[a, b_local] = buf[b, a - grp * per_first]
    return out


def group_candidates(target):
    """``(name, detail, operator)`` for the ways groups get mixed up."""
    spec = target.spec
    g = spec.groups
    if g == 1:
        return []
    cin = spec.in_channels
    cin_g = cin // g
    rolled = (np.arange(cin) - cin_g) % cin
    interleaved = np.array([(c % cin_g) * g + c // cin_g for c in range(cin)])
    out = [("groups mixed up", "the operator with input group k feeding output group k+1",
            Permuted(target, rolled))]
    if g > 2:
        out.append(("groups mixed up", "the operator with input group k feeding output group "
                    "k-1", Permuted(target, (np.arange(cin) + cin_g) % cin)))
    if cin_g > 1:
        out.append(("groups mixed up", "the operator with input channel c in group c % "
                    "groups (interleaved) instead of c // (C_in/groups)",
                    Permuted(target, interleaved)))
    return out


def _win(windows) -> str:
    return "[" + ", ".join(f"{a}:{b}" for a, b in windows) + "]"


def _dims(dims) -> str:
    return f"dim {dims[0]}" if len(dims) == 1 else \
        "dims " + ", ".join(map(str, dims[:-1])) + f" and {dims[-1]}"


def _combo_name(changes) -> str:
    """``changes``: {dim: (kind, delta)} -> 'output shifted by one in dims 0 and 1'."""
    by_kind: dict[int, list] = {}
    for dim, (kind, delta) in sorted(changes.items()):
        by_kind.setdefault(kind, []).append((dim, delta))
    parts = []
    for kind, items in by_kind.items():
        dims = [d for d, _ in items]
        deltas = ", ".join("+1" if e > 0 else "-1" for _, e in items)
        parts.append(f"{_KINDS[kind]} in {_dims(dims)} ({deltas})")
    return " + ".join(parts)


def _combos(nd: int, max_dims: int):
    for n in range(1, min(nd, max_dims) + 1):
        for dims in itertools.combinations(range(nd), n):
            for choice in itertools.product(range(len(_KINDS)), (1, -1), repeat=n):
                pairs = list(zip(choice[::2], choice[1::2]))
                yield dict(zip(dims, pairs))


def geometry_candidates(target, out_shape=None, max_dims: int = 3):
    """``(name, detail, Target)`` for every window/parameter mistake (changes in up to
    ``max_dims`` dims at once), only those with output shape ``out_shape`` when given."""
    gen = _transposed_geometry(target, max_dims) if target.transposed else \
        _forward_geometry(target, max_dims)
    for name, detail, cand in gen:
        if out_shape is None or tuple(cand.out_shape) == tuple(out_shape):
            yield name, detail, cand


def _stride_variants(spec):
    s = spec.stride
    if any(v > 1 for v in s):
        yield "stride ignored", tuple(1 for _ in s)
        yield "stride applied twice", tuple(v * v for v in s)
    if spec.stride != spec.dilation:
        yield "stride and dilation swapped", None


def _respec(spec, stride):
    if stride is None:
        changes = dict(stride=spec.dilation, dilation=spec.stride)
    else:
        changes = dict(stride=stride)
    for extra in ({}, {"output_padding": 0} if isinstance(spec, TransposedConvSpec) else None):
        if extra is None:
            continue
        try:
            return spec.with_(**changes, **extra)
        except ValueError:
            continue
    return None


def _transposed_geometry(target, max_dims):
    from ..interop.resolution import from_spec, spec_for_window

    res = target.res if target.res is not None else from_spec(target.spec)
    spec = res.spec
    base = dict(in_size=spec.in_size, kernel_size=spec.kernel_size, stride=spec.stride,
                dilation=spec.dilation, in_channels=spec.in_channels,
                out_channels=spec.out_channels, groups=spec.groups)
    win = res.window
    found = []
    for name, stride in _stride_variants(spec):
        s = _respec(spec, stride)
        if s is not None:
            found.append((name, repr(s), s, res.zero_pad))
    if any(spec.output_padding):
        new = tuple((a, b - op) for (a, b), op in zip(win, spec.output_padding))
        found.append(("output_padding missing", None, None, new))
        new = tuple((a - op, b - op) for (a, b), op in zip(win, spec.output_padding))
        found.append(("output_padding added at the start", None, None, new))
    if any(lo != hi for lo, hi in res.crop):
        new = tuple((hi, hi + (b - a)) for (lo, hi), (a, b) in zip(res.crop, win))
        found.append(("SAME split on the wrong side", None, None, new))
    shifts = ((1, 0), (0, 1), (1, 1))
    for changes in _combos(spec.ndim, max_dims):
        new = list(win)
        for dim, (kind, delta) in changes.items():
            da, db = shifts[kind]
            new[dim] = (win[dim][0] + da * delta, win[dim][1] + db * delta)
        found.append((_combo_name(changes) if len(changes) > 1 else _KINDS[
            next(iter(changes.values()))[0]], _combo_name(changes), None, tuple(new)))
    seen = set()
    for name, where, s, z in found:
        if s is None:
            try:
                s, z = spec_for_window(z, **base)
            except ValueError:
                continue
            detail = f"the window {_win(_window(s, z))} of the full output ({where}): {s!r}" \
                if where else f"the window {_win(_window(s, z))} of the full output: {s!r}"
            if any(p != (0, 0) for p in z):
                detail += f" then zeros {z}"
        else:
            detail = where
        key = (s, tuple(z))
        if key in seen:  # the same operator under a simpler name already
            continue
        seen.add(key)
        yield name, detail, target.with_(spec=s, zero_pad=z)


def _window(spec, zero_pad):
    return tuple((lo - a, lo - a + o + a + b) for (lo, _), o, (a, b) in
                 zip(spec.padding, spec.out_size, zero_pad))


def _forward_geometry(target, max_dims):
    spec = target.spec
    nd = spec.ndim
    none = ((0, 0),) * nd
    found = []
    for name, stride in _stride_variants(spec):
        s = _respec(spec, stride)
        if s is not None:
            found.append((name, s))
    if any(lo != hi for lo, hi in spec.padding):
        found.append(("SAME split on the wrong side", tuple((hi, lo) for lo, hi in
                                                              spec.padding)))
    shifts = ((1, 0), (0, 1), (1, -1))
    for changes in _combos(nd, max_dims):
        pads = list(spec.padding)
        for dim, (kind, delta) in changes.items():
            da, db = shifts[kind]
            pads[dim] = (pads[dim][0] + da * delta, pads[dim][1] + db * delta)
        name = _combo_name(changes) if len(changes) > 1 else _KINDS[
            next(iter(changes.values()))[0]]
        found.append((name, tuple(pads)))
    seen = set()
    for name, s in found:
        if not hasattr(s, "ndim"):
            if any(p < 0 for pair in s for p in pair):
                continue
            try:
                s = spec.with_(padding=s)
            except ValueError:
                continue
        if s in seen:
            continue
        seen.add(s)
        yield name, repr(s), target.with_(spec=s, zero_pad=none)
