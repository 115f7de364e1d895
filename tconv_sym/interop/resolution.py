"""A framework's transposed convolution, resolved into a core spec and a window.

Every framework computes the same *full* transposed convolution ``F = Cᵀx`` (PyTorch with
``padding=0``, ``output_padding=0``: ``(i-1)s + d(k-1) + 1`` samples per spatial dim) and
returns one window ``[start, stop)`` of it per dim; samples outside ``F`` are zeros. The
conventions differ only in how the window is chosen (symmetric ``padding`` plus
``output_padding`` at the end in PyTorch, SAME with the odd sample cropped at the end in
TensorFlow, SAME_UPPER / SAME_LOWER in ONNX, ...), in the data layout (NCHW or NHWC) and in
the weight layout (and whether the kernel is flipped). A :class:`Resolution` records all
three; the operator itself is always a core :class:`~tconv_sym.TransposedConvSpec` (whose
``padding`` may be asymmetric), so every number goes through :mod:`tconv_sym.operators`.

>>> from tconv_sym import TransposedConvSpec
>>> r = from_spec(TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same"))
>>> r.window, r.crop
(((0, 4), (0, 4)), ((0, 1), (0, 1)))
>>> r.torch_equivalent()
TorchEquivalent(padding=(0, 0), output_padding=(0, 0), crop=((0, 1), (0, 1)), exact=False)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from .._inputs import to_numpy
from .._validate import as_int
from ..spec import TransposedConvSpec, conv_transpose_out_length, kernel_span

__all__ = [
    "as_array",
    "apply_resolved",
    "inverse_perm",
    "Resolution",
    "TorchEquivalent",
    "from_spec",
    "full_length",
    "spec_for_window",
    "window_of_dilated_padding",
    "best_option",
    "spatial_letters",
    "layout_perm",
]

_LETTERS = {1: "W", 2: "HW", 3: "DHW"}


def spatial_letters(ndim: int) -> str:
    """Letters naming the spatial dims in layout strings: ``W``, ``HW``, ``DHW``.

    >>> spatial_letters(2)
    'HW'
    """
    if ndim in _LETTERS:
        return _LETTERS[ndim]
    return "ABEFGJKLMPQRTUVXYZ"[:ndim]  # letters not used for N, C, I, O, S


def layout_perm(layout: str, canonical: str) -> tuple[int, ...]:
    """Axes of ``layout`` in the order of ``canonical``: ``np.transpose(a, perm)`` converts.

    >>> layout_perm("NHWC", "NCHW")
    (0, 3, 1, 2)
    """
    if sorted(layout) != sorted(canonical):
        raise ValueError(f"layout {layout!r} is not a permutation of {canonical!r}")
    return tuple(layout.index(c) for c in canonical)


def inverse_perm(perm: tuple[int, ...]) -> tuple[int, ...]:
    """The permutation that undoes ``perm``.

    >>> inverse_perm((0, 2, 3, 1))
    (0, 3, 1, 2)
    """
    return tuple(int(i) for i in np.argsort(perm))


def full_length(i: int, k: int, s: int, d: int) -> int:
    """Length of the full (uncropped) transposed output, ``(i-1)s + d(k-1) + 1``.

    >>> full_length(2, 3, 2, 1)
    5
    """
    return conv_transpose_out_length(i, k, s, 0, 0, d, 0)


def window_of_dilated_padding(i: int, k: int, s: int, d: int, lo: int, hi: int):
    """The window of ``F`` computed by a "fractionally strided" convolution: insert ``s-1``
    zeros between the ``i`` inputs, pad ``lo`` / ``hi`` zeros (negative: crop), correlate
    with the flipped dilated kernel (JAX ``lax.conv_transpose``, Keras' JAX backend).

    Padding ``d(k-1)`` on both sides gives the full output; each sample less crops one.

    >>> window_of_dilated_padding(2, 3, 2, 1, 2, 2), window_of_dilated_padding(2, 3, 2, 1, 2, 1)
    ((0, 5), (0, 4))
    """
    span = kernel_span(k, d) - 1
    return span - lo, full_length(i, k, s, d) - (span - hi)


def spec_for_window(windows, *, in_size, kernel_size, stride=1, dilation=1, in_channels=1,
                    out_channels=1, groups=1, mode="correlation"):
    """The spec, and the zeros around it, whose output is ``F[start:stop]`` per dim.

    ``start`` may be negative and ``stop`` may pass the end of ``F``: those samples are
    zeros. Inside ``[0, len(F) + max(s, d) - 1)`` the spec's own padding and
    ``output_padding`` express the window; beyond it, the zeros are returned as
    ``zero_pad`` ``(before, after)`` per dim. A window with no sample of that range (all
    zeros) or with ``start == stop`` (an empty array, as JAX, Keras and PyTorch return
    for an empty window) keeps one sample of the spec and a *negative* ``zero_pad``
    (a crop) removes it again.

    >>> spec_for_window([(1, 5)], in_size=2, kernel_size=3, stride=2)
    (TransposedConvSpec(in_size=2, kernel_size=3, stride=2, padding=(1, 0)), ((0, 0),))
    >>> spec_for_window([(-1, 7)], in_size=2, kernel_size=3, stride=2)
    (TransposedConvSpec(in_size=2, kernel_size=3, stride=2, output_padding=1), ((1, 1),))
    >>> spec_for_window([(3, 3)], in_size=2, kernel_size=3, stride=2)[1]    # empty
    ((0, -1),)
    """
    base = TransposedConvSpec(
        in_size=in_size, kernel_size=kernel_size, stride=stride, dilation=dilation,
        in_channels=in_channels, out_channels=out_channels, groups=groups, mode=mode,
    )
    windows = tuple(tuple(as_int("windows", v) for v in w) for w in windows)
    if len(windows) != base.ndim:
        raise ValueError(f"windows must have one (start, stop) per spatial dim ({base.ndim}), "
                         f"got {windows!r}")
    pads, ops, zeros = [], [], []
    for dim, ((start, stop), i, k, s, d) in enumerate(
        zip(windows, base.in_size, base.kernel_size, base.stride, base.dilation)
    ):
        lf = full_length(i, k, s, d)
        top = lf + max(s, d) - 1  # the furthest a spec's output can reach
        if stop < start:
            raise ValueError(
                f"window[{dim}]={(start, stop)} has a negative size {stop - start} (the "
                f"full output is [0, {lf}))"
            )
        # the spec keeps [lo, hi_stop): the part of the window it can reach, at least one
        lo = min(max(start, 0), top - 1)
        spec_stop = max(min(stop, top), lo + 1)
        if spec_stop <= lf:
            hi, op = lf - spec_stop, 0
        else:
            hi, op = 0, spec_stop - lf
        pads.append((lo, hi))
        ops.append(op)
        zeros.append((lo - start, stop - spec_stop))
    spec = base.with_(padding=tuple(pads), output_padding=tuple(ops))
    return spec, tuple(zeros)


def zero_pad_array(y: np.ndarray, zero_pad) -> np.ndarray:
    """``y`` (``(N, C, *spatial)``) with ``zero_pad`` zeros around each spatial dim; a
    negative number crops that many samples instead.

    >>> zero_pad_array(np.array([[[1, 2, 3]]]), ((1, -2),)).tolist()
    [[[0, 1]]]
    >>> zero_pad_array(np.array([[[1]]]), ((1, -2),)).shape     # the window [-1, -1)
    (1, 1, 0)
    """
    if all(z == (0, 0) for z in zero_pad):
        return y
    # pad first, then crop: a crop may remove zeros just added (an empty window)
    y = np.pad(y, ((0, 0), (0, 0), *((max(lo, 0), max(hi, 0)) for lo, hi in zero_pad)))
    crop = [slice(None), slice(None)]
    for (lo, hi), n in zip(zero_pad, y.shape[2:]):
        crop.append(slice(max(-lo, 0), n - max(-hi, 0)))
    return y[tuple(crop)]


def best_option(options, target):
    """The option whose window needs the least work to become ``target``.

    ``options`` yields ``(value, window)`` with ``window`` a ``(start, stop)`` pair; the
    result is ``(value, window, (crop_start, crop_end))`` minimising first the zeros that
    would have to be added (negative crops), then the samples cropped. ``None`` if there
    is no option.

    >>> best_option([("a", (0, 5)), ("b", (1, 5))], (1, 4))
    ('b', (1, 5), (0, 1))
    """
    best, best_cost = None, None
    a, b = target
    for value, (start, stop) in options:
        c_lo, c_hi = a - start, stop - b
        cost = (max(-c_lo, 0) + max(-c_hi, 0), max(c_lo, 0) + max(c_hi, 0))
        if best_cost is None or cost < best_cost:
            best, best_cost = (value, (start, stop), (c_lo, c_hi)), cost
    return best


def torch_options(full: int, reach: int, target) -> list:
    """The few PyTorch ``(padding, output_padding)`` options among which the best for
    ``target`` lies, as ``best_option`` takes them: a closed form, not a loop over every
    padding ``0..full`` and output_padding ``0..reach-1``.

    PyTorch's window is ``[p, full - p + a)`` (non-empty) with ``0 <= p <= full`` and
    ``0 <= a < reach``. For each ``p`` the best ``a`` puts the end nearest ``target[1]``
    (one clamp); the cost over ``p`` is then piecewise linear, so its first minimum lies at
    a breakpoint (``p = start``, where the clamp or the end changes, the ends of the range)
    or next to one. Same choice, ties included, as the full search:

    >>> f, r, t = 12, 3, (2, 9)
    >>> full = [((p, a), (p, f - p + a)) for p in range(f + 1) for a in range(r)
    ...         if f - 2 * p + a >= 1]
    >>> best_option(torch_options(f, r, t), t) == best_option(full, t)
    True
    """
    start, stop = (as_int("target", v) for v in target)

    def best_a(p):
        lo = max(0, 2 * p + 1 - full)
        return None if lo > reach - 1 else min(max(stop - full + p, lo), reach - 1)

    breaks = {0, full, start, full - stop, stop - 1, (full - 1) // 2, (full + 1) // 2,
              reach - 1 + full - stop, (full + reach - 2) // 2}
    ps = sorted({b + e for b in breaks for e in (-1, 0, 1) if 0 <= b + e <= full})
    return [((p, a), (p, full - p + a)) for p in ps if (a := best_a(p)) is not None]


class TorchEquivalent(NamedTuple):
    """PyTorch ``padding`` / ``output_padding`` that come closest, and the crop still needed.

    ``crop`` is ``(start, end)`` per dim, applied to PyTorch's output; a negative number
    means zeros have to be added there. ``exact`` is True when no crop is needed.
    """

    padding: tuple[int, ...]
    output_padding: tuple[int, ...]
    crop: tuple[tuple[int, int], ...]
    exact: bool


@dataclass(frozen=True, repr=False, eq=False)
class Resolution:
    """A framework's transposed convolution: a core spec, zeros around it, and layouts.

    ``spec`` (PyTorch semantics, padding possibly asymmetric) followed by ``zero_pad``
    zeros ``(before, after)`` per dim is exactly the framework's operator on canonical
    ``(N, C, *spatial)`` arrays. ``in_layout`` / ``out_layout`` name the framework's data
    axes (``N``, ``C`` and the spatial letters ``W``, ``HW``, ``DHW``); ``weight_layout``
    names its weight axes with ``I`` (input channels), ``O`` (output channels per group)
    and the spatial letters, and ``weight_flip`` says whether its kernel is the spatial
    flip of the PyTorch one.

    >>> from tconv_sym import TransposedConvSpec
    >>> r = from_spec(TransposedConvSpec(in_size=3, kernel_size=2, stride=2))
    >>> r.apply([[[1, 2, 3]]], [[[1, 10]]])
    array([[[ 1, 10,  2, 20,  3, 30]]])
    """

    framework: str
    op: str
    spec: TransposedConvSpec
    zero_pad: tuple[tuple[int, int], ...]
    in_layout: str
    out_layout: str
    weight_layout: str
    weight_flip: bool = False
    params: dict = field(default_factory=dict)
    #: what the framework itself does not run as the tool computes it (e.g. a Keras layer
    #: that aborts on the TensorFlow backend on CPU), each with its workaround
    cautions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.spec, TransposedConvSpec):
            raise TypeError(f"spec must be a TransposedConvSpec, got {type(self.spec).__name__}")
        if self.spec.mode != "correlation":
            raise ValueError("a Resolution's spec is a cross-correlation (mode='correlation'); "
                             "express a flipped kernel with weight_flip=True")
        sp = spatial_letters(self.spec.ndim)
        layout_perm(self.in_layout, "NC" + sp)
        layout_perm(self.out_layout, "NC" + sp)
        layout_perm(self.weight_layout, "IO" + sp)

    # --- geometry ----------------------------------------------------------------------
    @property
    def ndim(self) -> int:
        """Number of spatial dims."""
        return self.spec.ndim

    @property
    def full_size(self) -> tuple[int, ...]:
        """Size of the full transposed output ``F`` (no cropping), per dim."""
        s = self.spec
        return tuple(full_length(i, k, st, d)
                     for i, k, st, d in zip(s.in_size, s.kernel_size, s.stride, s.dilation))

    @property
    def window(self) -> tuple[tuple[int, int], ...]:
        """``(start, stop)`` of the full output ``F`` returned, per dim (may pass its ends)."""
        return tuple(
            (lo - z_lo, lo - z_lo + o + z_lo + z_hi)
            for (lo, _), o, (z_lo, z_hi) in zip(self.spec.padding, self.spec.out_size,
                                               self.zero_pad)
        )

    @property
    def crop(self) -> tuple[tuple[int, int], ...]:
        """How much of ``F`` is cropped at the start and at the end, per dim (negative: zeros
        are added)."""
        return tuple((a, f - b) for (a, b), f in zip(self.window, self.full_size))

    @property
    def out_size(self) -> tuple[int, ...]:
        """Spatial size of the output."""
        return tuple(b - a for a, b in self.window)

    def _shape(self, layout: str, channels: int, size, batch: int) -> tuple[int, ...]:
        canon = dict(zip("NC" + spatial_letters(self.ndim), (batch, channels, *size)))
        return tuple(canon[c] for c in layout)

    def input_shape(self, batch: int = 1) -> tuple[int, ...]:
        """Shape of the framework's input for a batch of ``batch`` samples.

        >>> from tconv_sym.interop import resolve_keras
        >>> resolve_keras((1, 4, 4, 2), (3, 3, 5, 2), 2, "same").input_shape(8)
        (8, 4, 4, 2)
        """
        return self._shape(self.in_layout, self.spec.in_channels, self.spec.in_size, batch)

    def output_shape(self, batch: int = 1) -> tuple[int, ...]:
        """Shape of the framework's output for a batch of ``batch`` samples.

        >>> from tconv_sym.interop import resolve_keras
        >>> resolve_keras((1, 4, 4, 2), (3, 3, 5, 2), 2, "same").output_shape(8)
        (8, 8, 8, 5)
        """
        return self._shape(self.out_layout, self.spec.out_channels, self.out_size, batch)

    @property
    def weight_shape(self) -> tuple[int, ...]:
        """Shape of the framework's weight."""
        canon = dict(zip("IO" + spatial_letters(self.ndim), self.spec.weight_shape))
        return tuple(canon[c] for c in self.weight_layout)

    # --- layouts -----------------------------------------------------------------------
    def torch_weight(self, w) -> np.ndarray:
        """The framework's weight in the PyTorch layout ``(C_in, C_out/groups, *k)``.

        >>> from tconv_sym.interop import resolve_tf
        >>> r = resolve_tf((1, 2, 2, 1), (3, 3, 4, 1), (1, 4, 4, 4), 2)   # filters HWOI
        >>> r.torch_weight(np.zeros((3, 3, 4, 1))).shape
        (1, 4, 3, 3)
        """
        arr = as_array("w", w)
        if arr.shape != self.weight_shape:
            raise ValueError(
                f"w must have the {self.framework} layout {self.weight_layout} = "
                f"{self.weight_shape}, got shape {arr.shape}"
            )
        out = np.transpose(arr, layout_perm(self.weight_layout, "IO" + spatial_letters(self.ndim)))
        if self.weight_flip:
            out = np.flip(out, axis=tuple(range(2, out.ndim)))
        return _fresh(out)

    def framework_weight(self, w_torch) -> np.ndarray:
        """A PyTorch-layout weight ``(C_in, C_out/groups, *k)`` in this framework's layout.

        >>> from tconv_sym.interop import resolve_jax
        >>> r = resolve_jax((1, 3, 1), (2, 1, 1), (2,), "VALID")     # JAX: kernel flipped
        >>> r.framework_weight(np.array([[[1, 10]]]))[:, 0, 0].tolist()
        [10, 1]
        """
        arr = as_array("w_torch", w_torch)
        if arr.shape != self.spec.weight_shape:
            raise ValueError(f"w_torch must have shape {self.spec.weight_shape}, got {arr.shape}")
        if self.weight_flip:
            arr = np.flip(arr, axis=tuple(range(2, arr.ndim)))
        perm = layout_perm(self.weight_layout, "IO" + spatial_letters(self.ndim))
        return _fresh(np.transpose(arr, inverse_perm(perm)))

    def to_canonical(self, x) -> np.ndarray:
        """The framework's input (any batch size) in the ``(N, C, *spatial)`` layout.

        >>> from tconv_sym.interop import resolve_tf
        >>> r = resolve_tf((1, 2, 2, 3), (3, 3, 1, 3), (1, 4, 4, 1), 2)
        >>> r.to_canonical(np.zeros((5, 2, 2, 3))).shape
        (5, 3, 2, 2)
        """
        arr = as_array("x", x)
        batch = arr.shape[self.in_layout.index("N")] if arr.ndim == self.ndim + 2 else None
        if batch is None or arr.shape != self.input_shape(batch):
            raise ValueError(
                f"x must have the {self.in_layout} shape {self.input_shape(1)} (any batch "
                f"size), got shape {arr.shape}"
            )
        return self._to_nc(self.in_layout, arr)

    def input_from_canonical(self, x) -> np.ndarray:
        """An ``(N, C, *spatial)`` input in the framework's input layout.

        >>> from tconv_sym.interop import resolve_tf
        >>> r = resolve_tf((1, 2, 2, 3), (3, 3, 1, 3), (1, 4, 4, 1), 2)
        >>> x = np.arange(24).reshape(2, 2, 2, 3)
        >>> np.array_equal(r.input_from_canonical(r.to_canonical(x)), x)
        True
        """
        return self._from_nc(self.in_layout, x)

    def output_to_canonical(self, y) -> np.ndarray:
        """The framework's output in the ``(N, C, *spatial)`` layout.

        >>> from tconv_sym.interop import resolve_tf
        >>> resolve_tf((1, 2, 2, 3), (3, 3, 1, 3), (1, 4, 4, 1), 2).output_to_canonical(
        ...     np.zeros((5, 4, 4, 1))).shape
        (5, 1, 4, 4)
        """
        return self._to_nc(self.out_layout, np.asarray(y))

    def from_canonical(self, y) -> np.ndarray:
        """An ``(N, C, *spatial)`` output in the framework's output layout.

        >>> from tconv_sym.interop import resolve_tf
        >>> r = resolve_tf((1, 2, 2, 3), (3, 3, 1, 3), (1, 4, 4, 1), 2)
        >>> r.from_canonical(np.zeros((5, 1, 4, 4))).shape, r.out_layout
        ((5, 4, 4, 1), 'NHWC')
        """
        return self._from_nc(self.out_layout, y)

    def _to_nc(self, layout: str, a: np.ndarray) -> np.ndarray:
        return np.transpose(a, layout_perm(layout, "NC" + spatial_letters(self.ndim)))

    def _from_nc(self, layout: str, a) -> np.ndarray:
        perm = layout_perm(layout, "NC" + spatial_letters(self.ndim))
        return _fresh(np.transpose(np.asarray(a), inverse_perm(perm)))

    # --- numerics (all through the core operators) -------------------------------------
    def matrix(self, w, backend: str = "scipy"):
        """Exact operator matrix on canonically flattened ``(C, *spatial)`` vectors.

        ``w`` is in the framework's weight layout. It is ``conv_transpose_matrix(spec, ·)``,
        with zero rows added where ``zero_pad`` says.

        >>> from tconv_sym.interop import resolve_onnx
        >>> from tconv_sym.interop import resolve_jax
        >>> r = resolve_jax((1, 2, 1), (1, 1, 1), (2,), [(1, 0)])   # a zero before F
        >>> r.zero_pad, r.matrix([[[5]]]).toarray().tolist()
        (((1, 0),), [[0, 0], [5, 0], [0, 0], [0, 5]])
        """
        from ..operators import conv_transpose_matrix, crop_matrix, pad_matrix

        m = conv_transpose_matrix(self.spec, self.torch_weight(w), backend=backend)
        if any(z != (0, 0) for z in self.zero_pad):
            pads = tuple((max(lo, 0), max(hi, 0)) for lo, hi in self.zero_pad)
            crops = tuple((max(-lo, 0), max(-hi, 0)) for lo, hi in self.zero_pad)
            padded = tuple(o + a + b for o, (a, b) in zip(self.spec.out_size, pads))
            c = self.spec.out_channels
            m = (crop_matrix(padded, crops, channels=c, backend=backend)
                 @ pad_matrix(self.spec.out_size, pads, channels=c, backend=backend) @ m)
        return m

    def apply(self, x, w, bias=None) -> np.ndarray:
        """The framework's output for input ``x`` and weight ``w`` (both in its layouts).

        Computed as ``conv_transpose_matrix(spec, w) @ x`` in factored form
        (:mod:`tconv_sym.factored`: one GEMM over channels per kernel tap, no explicit
        matrix), then the zeros of ``zero_pad``, then ``bias`` (one value per output channel).
        """
        from ..factored import factored
        from ..operators import kernel_array

        w_t = kernel_array(self.torch_weight(w), self.spec.weight_shape, backend="scipy",
                           name="w")
        y = factored(self.spec).apply(self.to_canonical(x), w_t)
        y = zero_pad_array(y, self.zero_pad)
        if bias is not None:
            b = as_array("bias", bias)
            if b.shape != (self.spec.out_channels,):
                raise ValueError(f"bias must have shape ({self.spec.out_channels},), got {b.shape}")
            y = y + b.reshape((1, -1) + (1,) * self.ndim)
        return self.from_canonical(y)

    # --- equivalents -------------------------------------------------------------------
    def torch_equivalent(self) -> TorchEquivalent:
        """The closest PyTorch ``padding`` / ``output_padding``, and the crop still needed.

        PyTorch crops ``padding`` from both ends of ``F`` and adds ``output_padding`` at the
        end, so an asymmetric window generally has no exact equivalent.

        >>> from tconv_sym import TransposedConvSpec
        >>> from_spec(TransposedConvSpec(in_size=4, kernel_size=4, stride=2, padding=1)
        ...           ).torch_equivalent()
        TorchEquivalent(padding=(1,), output_padding=(0,), crop=((0, 0),), exact=True)
        """
        pads, ops, crops = [], [], []
        s = self.spec
        for target, f, st, d in zip(self.window, self.full_size, s.stride, s.dilation):
            (p, a), _, crop = best_option(torch_options(f, max(st, d), target), target)
            pads.append(p)
            ops.append(a)
            crops.append(crop)
        crops = tuple(crops)
        return TorchEquivalent(tuple(pads), tuple(ops), crops, all(c == (0, 0) for c in crops))

    def notes(self) -> list[str]:
        """What is unusual about the window (empty dims, dims that are zeros only), and
        the :attr:`cautions` (where the framework itself refuses or aborts).

        >>> from tconv_sym.interop import resolve_jax
        >>> resolve_jax((1, 2, 1), (3, 1, 1), (1,), [(0, -2)]).notes()
        ['dim 0: empty window [2:2] (lax.conv_transpose returns a zero-size array)']
        """
        out = []
        for dim, ((a, b), f) in enumerate(zip(self.window, self.full_size)):
            if a == b:
                out.append(f"dim {dim}: empty window [{a}:{b}] ({self.op} returns a zero-size "
                           "array)")
            elif b <= 0 or a >= f:
                out.append(f"dim {dim}: the window [{a}:{b}] lies outside the full output "
                           f"[0:{f}] (zeros only)")
        return out + list(self.cautions)

    # --- printing ----------------------------------------------------------------------
    def _slices(self) -> str:
        return "[" + ", ".join(f"{a}:{b}" for a, b in self.window) + "]"

    def __repr__(self) -> str:
        eq = self.torch_equivalent()
        lines = [
            f"<Resolution {self.framework} {self.op}",
            f"  input {self.input_shape(1)} {self.in_layout} · weight {self.weight_shape} "
            f"{self.weight_layout}{' (kernel flipped vs PyTorch)' if self.weight_flip else ''}"
            f" · output {self.output_shape(1)} {self.out_layout}",
            f"  = {self.spec!r}"
            + (f" then zeros {self.zero_pad}" if any(z != (0, 0) for z in self.zero_pad)
               else ""),
            f"  window {self._slices()} of the full {self.full_size} output "
            f"(cropped {_crop_text(self.crop)})",
        ]
        lines.extend(f"  {note}" for note in self.notes())
        if eq.exact:
            lines.append(f"  PyTorch: padding={_compact(eq.padding)}, "
                         f"output_padding={_compact(eq.output_padding)} (exact)")
        else:
            lines.append(f"  PyTorch: padding={_compact(eq.padding)}, output_padding="
                         f"{_compact(eq.output_padding)}, then crop {_crop_text(eq.crop)} "
                         "(no exact padding/output_padding)")
        return "\n".join(lines) + ">"


def _compact(values: tuple):
    return values[0] if len(set(values)) == 1 else values


def _crop_text(crops) -> str:
    """``(0, 1) per dim`` or ``(0, 1), (1, 1)``: start/end per dim."""
    if len(set(crops)) == 1:
        return f"{crops[0]} per dim"
    return ", ".join(map(str, crops))


def _fresh(a: np.ndarray) -> np.ndarray:
    """A C-ordered copy with positive strides (torch.from_numpy refuses negative ones, which
    np.ascontiguousarray keeps on length-1 axes)."""
    return np.array(a, order="C", copy=True)


def as_array(name: str, x) -> np.ndarray:
    """``x`` as a NumPy array of numbers (or objects: SymPy entries), else a TypeError
    naming ``name``.

    >>> as_array("w", [[1, 2]]).shape
    (1, 2)
    """
    arr = to_numpy(x)
    if arr.dtype == object:
        return arr
    if arr.dtype.kind not in "biufc":
        raise TypeError(f"{name} must be a numeric array, got dtype {arr.dtype}")
    return arr


def apply_resolved(resolver, data: tuple[str, object], weight: tuple[str, object], *args,
                   bias=None, **kwargs) -> np.ndarray:
    """A framework's function computed through the core operator: ``data`` and ``weight`` as
    ``(parameter name, array)`` (the names go into the errors), resolved from their shapes by
    ``resolver(data_shape, weight_shape, *args, **kwargs)``, then applied.

    >>> from tconv_sym.interop.onnx import resolve_onnx
    >>> apply_resolved(resolve_onnx, ("X", np.ones((1, 1, 2))), ("W", np.ones((1, 1, 2))),
    ...                strides=[2])
    array([[[1., 1., 1., 1.]]])
    """
    x = as_array(*data)
    w = as_array(*weight)
    return resolver(x.shape, w.shape, *args, **kwargs).apply(x, w, bias)


def from_spec(spec: TransposedConvSpec) -> Resolution:
    """The resolution of a core spec itself (canonical layouts, PyTorch weight layout).

    A ``mode="convolution"`` spec (DSP convention) becomes the cross-correlation spec with
    ``weight_flip=True``: the same matrix, with the kernel flipped.

    >>> from tconv_sym import TransposedConvSpec
    >>> r = from_spec(TransposedConvSpec(in_size=2, kernel_size=3, stride=2, mode="convolution"))
    >>> r.spec, r.weight_flip, r.out_size
    (TransposedConvSpec(in_size=2, kernel_size=3, stride=2), True, (5,))
    """
    if not isinstance(spec, TransposedConvSpec):
        raise TypeError(f"spec must be a TransposedConvSpec, got {type(spec).__name__}")
    sp = spatial_letters(spec.ndim)
    flip = spec.mode == "convolution"
    return Resolution(
        framework="tconv_sym", op="TransposedConvSpec", spec=spec.with_(mode="correlation"),
        zero_pad=((0, 0),) * spec.ndim, in_layout="NC" + sp, out_layout="NC" + sp,
        weight_layout="IO" + sp, weight_flip=flip, params={"spec": spec},
    )
