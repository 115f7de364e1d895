"""JAX: ``jax.lax.conv_transpose`` resolved onto a spec.

``lax.conv_transpose`` is a "fractionally strided" convolution
(``jax/_src/lax/convolution.py``): it dilates the input by the strides (``s-1`` zeros
between samples), pads it by ``(lo, hi)`` per dim and cross-correlates it with the kernel
*as given*. So, unlike TensorFlow, the kernel is not flipped: the PyTorch weight is the
spatial flip of JAX's, with JAX's ``I``/``O`` axes as the transposed convolution's
input/output channels. ``transpose_kernel=True`` flips and swaps the kernel first, which
makes the weight the forward convolution's (TensorFlow/Keras-like: no flip, ``O`` = input
channels of the transposed convolution).

Padding: ``"SAME"`` / ``"VALID"`` (exactly these strings) follow
``_conv_transpose_padding(K, s, ...)`` with the dilated kernel span ``K = d(k-1)+1``:
SAME pads ``K + s - 2`` in total, ``K-1`` before if ``s > K-1`` else ``ceil(total/2)``
(output ``i*s``, TensorFlow's SAME window); VALID pads ``K-1`` before and
``s-1 + max(K-s, 0)`` after (output ``i*s + max(K-s, 0)``, Keras' "valid").
Explicit ``(lo, hi)`` pairs pad the dilated input directly (``K-1`` on both sides is the
full output; negative values crop) unless ``use_consistent_padding=True``, which reads them
as the forward convolution's padding (PyTorch's ``padding``: ``K-1-p`` each side).

Default ``dimension_numbers``: ``('NHC', 'HIO', 'NHC')``, ``('NHWC', 'HWIO', 'NHWC')``,
``('NHWDC', 'HWDIO', 'NHWDC')`` for 1-3 spatial dims.

>>> import numpy as np
>>> jax_conv_transpose(np.array([[[1], [2]]]), np.array([[[1]], [[10]], [[100]]]), (2,),
...                    "VALID")[0, :, 0]
array([100,  10, 201,  20,   2])
"""

from __future__ import annotations

import numpy as np

from .._validate import as_int, is_sequence, positive_int
from ..spec import kernel_span
from .framework import Framework
from .resolution import (
    Resolution,
    apply_resolved,
    full_length,
    spatial_letters,
    spec_for_window,
    window_of_dilated_padding,
)

__all__ = ["resolve_jax", "jax_conv_transpose", "JAX"]

DEFAULT_DIMENSION_NUMBERS = {
    1: ("NHC", "HIO", "NHC"),
    2: ("NHWC", "HWIO", "NHWC"),
    3: ("NHWDC", "HWDIO", "NHWDC"),
}


def jax_transpose_padding(span: int, stride: int, padding: str) -> tuple[int, int]:
    """``jax._src.lax.convolution._conv_transpose_padding`` for 'SAME' / 'VALID'.

    ``span`` is the dilated kernel size ``d(k-1)+1``.

    >>> jax_transpose_padding(3, 2, "SAME"), jax_transpose_padding(3, 2, "VALID")
    ((2, 1), (2, 2))
    """
    k = positive_int("span", span)
    s = positive_int("stride", stride)
    if padding == "SAME":
        total = k + s - 2
        before = k - 1 if s > k - 1 else -(-total // 2)
    elif padding == "VALID":
        total = k + s - 2 + max(k - s, 0)
        before = k - 1
    else:
        raise ValueError(f"padding must be 'SAME' or 'VALID' here, got {padding!r}")
    return before, total - before


def _layouts(dimension_numbers, nd: int, transpose_kernel: bool):
    """(lhs, weight, out) layouts in tconv_sym letters from JAX dimension numbers."""
    if dimension_numbers is None:
        dimension_numbers = DEFAULT_DIMENSION_NUMBERS[nd]
    letters = spatial_letters(nd)
    w_o, w_i = ("I", "O") if transpose_kernel else ("O", "I")
    if hasattr(dimension_numbers, "lhs_spec"):  # ConvDimensionNumbers: axes as ints
        specs = (dimension_numbers.lhs_spec, dimension_numbers.rhs_spec,
                 dimension_numbers.out_spec)
        out = []
        for spec, (a, b) in zip(specs, (("N", "C"), (w_o, w_i), ("N", "C"))):
            axes = [as_int("dimension_numbers", v) for v in spec]
            if sorted(axes) != list(range(nd + 2)):
                raise ValueError(f"dimension_numbers {dimension_numbers!r} is not a permutation "
                                 f"of {nd + 2} axes")
            chars = [""] * (nd + 2)
            for ax, ch in zip(axes, (a, b, *letters)):
                chars[ax] = ch
            out.append("".join(chars))
        return tuple(out)
    if not (is_sequence(dimension_numbers) and len(dimension_numbers) == 3
            and all(isinstance(x, str) for x in dimension_numbers)):
        raise TypeError(f"dimension_numbers must be None, a ConvDimensionNumbers or three "
                        f"strings like ('NHWC', 'HWIO', 'NHWC'), got {dimension_numbers!r}")
    lhs, rhs, outs = dimension_numbers
    for name, spec, pair in (("lhs", lhs, "NC"), ("rhs", rhs, "OI"), ("out", outs, "NC")):
        if len(spec) != nd + 2 or len(set(spec)) != nd + 2 or not set(pair) <= set(spec):
            raise ValueError(f"dimension_numbers {name} spec {spec!r} must name {nd + 2} "
                             f"distinct axes including {pair[0]!r} and {pair[1]!r}")
    rhs_spatial = [c for c in rhs if c not in "OI"]
    for name, spec in (("lhs", lhs), ("out", outs)):
        if sorted(c for c in spec if c not in "NC") != sorted(rhs_spatial):
            raise ValueError(f"dimension_numbers {name} spec {spec!r} and rhs spec {rhs!r} "
                             "must use the same spatial letters")
    mine = dict(zip(rhs_spatial, letters))  # JAX orders spatial dims as the rhs spec does
    tr_data = {"N": "N", "C": "C", **mine}
    tr_w = {"O": w_o, "I": w_i, **mine}
    return ("".join(tr_data[c] for c in lhs), "".join(tr_w[c] for c in rhs),
            "".join(tr_data[c] for c in outs))


def resolve_jax(lhs_shape, rhs_shape, strides, padding, rhs_dilation=None,
                dimension_numbers=None, transpose_kernel=False,
                use_consistent_padding=False) -> Resolution:
    """``lax.conv_transpose(lhs, rhs, strides, padding, rhs_dilation, dimension_numbers,
    transpose_kernel, use_consistent_padding=...)`` for inputs of these shapes.

    >>> r = resolve_jax((1, 2, 2, 1), (3, 3, 1, 1), (2, 2), "SAME", transpose_kernel=True)
    >>> r.spec, r.weight_layout, r.weight_flip
    (TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1))),
     'HWOI', False)
    """
    lshape = tuple(positive_int(f"lhs_shape[{j}]", v) for j, v in enumerate(lhs_shape))
    rshape = tuple(positive_int(f"rhs_shape[{j}]", v) for j, v in enumerate(rhs_shape))
    nd = len(lshape) - 2
    if nd not in DEFAULT_DIMENSION_NUMBERS or len(rshape) != nd + 2:
        raise ValueError(f"lhs and rhs must have the same rank with 1-3 spatial dims, got "
                         f"shapes {lshape} and {rshape}")
    x_layout, w_layout, y_layout = _layouts(dimension_numbers, nd, bool(transpose_kernel))
    letters = spatial_letters(nd)
    x_of = dict(zip(x_layout, lshape))
    w_of = dict(zip(w_layout, rshape))
    if x_of["C"] != w_of["I"]:
        raise ValueError(
            f"conv_general_dilated lhs feature dimension size divided by feature_group_count "
            f"must equal the rhs input feature dimension size, but {x_of['C']} // 1 != "
            f"{w_of['I']} (lhs {x_layout} {lshape}, rhs {w_layout} {rshape}, "
            f"transpose_kernel={bool(transpose_kernel)})"
        )
    in_size = tuple(x_of[c] for c in letters)
    k = tuple(w_of[c] for c in letters)
    if not is_sequence(strides):
        raise TypeError(f"strides must be a sequence of {nd} ints (lax.conv_transpose calls "
                        f"len(strides)), got {strides!r}")
    s = tuple(positive_int(f"strides[{j}]", v) for j, v in enumerate(strides))
    d = (1,) * nd if rhs_dilation is None else tuple(
        positive_int(f"rhs_dilation[{j}]", v) for j, v in enumerate(rhs_dilation))
    if len(s) != nd or len(d) != nd:
        raise ValueError(f"strides and rhs_dilation need {nd} entries, got {strides!r} and "
                         f"{rhs_dilation!r}")
    spans = [kernel_span(kk, dd) for kk, dd in zip(k, d)]
    pads = _lhs_padding(padding, spans, s, bool(use_consistent_padding))
    # JAX refuses a padded input of negative size, and clamps a negative output size to
    # zero (an empty array): conv_shape_tuple
    windows = []
    for i, kk, st, dd, (lo, hi) in zip(in_size, k, s, d, pads):
        if (i - 1) * st + 1 + lo + hi < 0:
            raise ValueError(
                f"Negative padding is larger than the size of the corresponding dimension: "
                f"got padding={[tuple(p) for p in pads]} for the zero-inserted input of size "
                f"{(i - 1) * st + 1} ((in - 1) * stride + 1)")
        start, stop = window_of_dilated_padding(i, kk, st, dd, lo, hi)
        windows.append((start, max(stop, start)))
    pairs = None if isinstance(padding, str) else [list(p) for p in padding]
    spec, zeros = spec_for_window(windows, in_size=in_size, kernel_size=k, stride=s,
                                  dilation=d, in_channels=x_of["C"], out_channels=w_of["O"])
    params = {"strides": s, "padding": padding if isinstance(padding, str) else pairs,
              "rhs_dilation": d,
              "dimension_numbers": dimension_numbers or DEFAULT_DIMENSION_NUMBERS[nd],
              "transpose_kernel": bool(transpose_kernel),
              "use_consistent_padding": bool(use_consistent_padding),
              "lhs_padding": [list(p) for p in pads]}
    return Resolution(
        framework="jax", op="lax.conv_transpose", spec=spec, zero_pad=zeros,
        in_layout=x_layout, out_layout=y_layout, weight_layout=w_layout,
        weight_flip=not transpose_kernel, params=params,
    )


def _lhs_padding(padding, spans, strides, consistent: bool):
    """The ``(lo, hi)`` padding of the zero-inserted input, as ``lax.conv_transpose`` reads
    ``padding``: 'SAME' / 'VALID' (or anything, with ``use_consistent_padding``) through
    ``_conv_transpose_padding``, which takes only these strings and *tuples*; any other
    string goes to ``conv_general_dilated``, which resolves 'same' / 'SAME_LOWER' /
    'valid' (any case: ``padtype_to_pads``) when every stride is 1 and refuses otherwise;
    explicit pairs pad the zero-inserted input as they are."""
    nd = len(spans)
    if isinstance(padding, str) and (consistent or padding in ("SAME", "VALID")):
        if padding not in ("SAME", "VALID"):
            raise ValueError(f"Invalid padding mode: {padding} (use_consistent_padding=True "
                             "takes 'SAME', 'VALID' or (lo, hi) tuples)")
        return [jax_transpose_padding(span, st, padding) for span, st in zip(spans, strides)]
    if isinstance(padding, str):
        if any(st != 1 for st in strides):
            raise ValueError(f"String padding is not implemented for transposed convolution "
                             f"using this op: padding={padding!r} with strides={strides}; use "
                             "'SAME', 'VALID' or (lo, hi) pairs")
        word = padding.upper()
        if word not in ("SAME", "SAME_LOWER", "VALID"):
            raise ValueError(f"Unrecognized padding type: expected 'VALID', 'SAME', or "
                             f"'SAME_LOWER', got {padding}.")
        if word == "VALID":
            return [(0, 0)] * nd
        # stride 1: the forward SAME padding of the input, K-1 in total
        return [((span - 1) // 2, span - 1 - (span - 1) // 2) if word == "SAME"
                else (span - 1 - (span - 1) // 2, (span - 1) // 2) for span in spans]
    pairs = list(padding) if is_sequence(padding) else None
    if pairs is None or len(pairs) != nd or any(not is_sequence(p) or len(p) != 2
                                                for p in pairs):
        raise ValueError(f"padding must be 'SAME', 'VALID' or {nd} (lo, hi) pairs, got "
                         f"{padding!r}")
    if consistent and any(not isinstance(p, tuple) for p in pairs):
        bad = next(p for p in pairs if not isinstance(p, tuple))
        raise ValueError(f"Invalid padding mode: {bad} (use_consistent_padding=True needs "
                         "(lo, hi) *tuples*: _conv_transpose_padding tests isinstance(p, tuple))")
    pairs = [(as_int(f"padding[{j}][0]", a), as_int(f"padding[{j}][1]", b))
             for j, (a, b) in enumerate(pairs)]
    if consistent:
        return [(span - 1 - a, span - 1 - b) for span, (a, b) in zip(spans, pairs)]
    return pairs


def jax_conv_transpose(lhs, rhs, strides, padding, rhs_dilation=None, dimension_numbers=None,
                       transpose_kernel=False, use_consistent_padding=False) -> np.ndarray:
    """``lax.conv_transpose`` computed through the core operator (NumPy in and out).

    >>> x = np.arange(1, 5).reshape(1, 2, 2, 1)
    >>> jax_conv_transpose(x, np.ones((3, 3, 1, 1), dtype=int), (2, 2), "SAME")[0, :, :, 0]
    array([[ 1,  1,  3,  2],
           [ 1,  1,  3,  2],
           [ 4,  4, 10,  6],
           [ 3,  3,  7,  4]])
    """
    return apply_resolved(resolve_jax, ("lhs", lhs), ("rhs", rhs), strides, padding,
                          rhs_dilation, dimension_numbers, transpose_kernel,
                          use_consistent_padding)


# --------------------------------------------------------------------------------------
# The framework object: explicit padding of the dilated input reaches every window
# --------------------------------------------------------------------------------------
class Jax(Framework):
    """``jax.lax.conv_transpose``: explicit padding of the zero-inserted input reaches any
    window (negative pads crop).

    >>> JAX.modes(None)
    ('SAME', 'VALID', 'EXPLICIT')
    """

    name, title, resolver = "jax", "lax.conv_transpose", staticmethod(resolve_jax)
    aliases = ("lax", "jax.lax")
    padding_modes = ("SAME", "VALID", "EXPLICIT")
    why_inexact = "lax.conv_transpose reaches every window with explicit padding"
    has_groups = False

    def no_groups(self, spec):
        return (f"lax.conv_transpose has no feature_group_count (got groups={spec.groups}); "
                "use lax.conv_general_dilated with lhs_dilation instead")

    def no_groups_text(self):
        return ("lax.conv_transpose has no feature_group_count; use lax.conv_general_dilated "
                "with lhs_dilation instead")

    def resolve_flags(self, flags):
        """SAME / VALID, or explicit (lo, hi) pairs of the zero-inserted input (JAX's own
        meaning of numbers: ``K-1`` on both sides is the full output)."""
        pad = flags["padding"]
        if isinstance(pad, str) and pad not in ("same", "valid"):
            raise ValueError(f"padding {pad!r}: JAX takes SAME, VALID or (lo, hi) pairs of the "
                             "zero-inserted input")
        k, cin, cout = flags["kernel_size"], flags["in_channels"], flags["out_channels"]
        return resolve_jax((1, *flags["in_size"], cin), (*k, cin, cout), flags["stride"],
                           pad.upper() if isinstance(pad, str) else [tuple(p) for p in pad],
                           flags["dilation"])

    def windows(self, mode, i, k, s, d, target):
        span = kernel_span(k, d)
        if mode == "EXPLICIT":
            a, b = target
            f = full_length(i, k, s, d)
            pads = (span - 1 - a, span - 1 - (f - b))
        else:
            pads = jax_transpose_padding(span, s, mode)
        yield pads, window_of_dilated_padding(i, k, s, d, *pads)

    def parameters(self, mode, chosen, source):
        spec = source.spec
        # keep the source's kernel orientation: TensorFlow-like unflipped kernels are JAX's
        # transpose_kernel=True (the JAX documentation's advice for matching TensorFlow/Keras)
        transpose_kernel = not source.weight_flip
        params = {"strides": spec.stride, "padding": mode if mode != "EXPLICIT" else
                  [tuple(p) for p in chosen], "rhs_dilation": spec.dilation,
                  "dimension_numbers": None, "transpose_kernel": transpose_kernel}
        lhs = (1, *spec.in_size, spec.in_channels)
        io = ((spec.out_channels, spec.in_channels) if transpose_kernel
              else (spec.in_channels, spec.out_channels))
        return params, resolve_jax(lhs, (*spec.kernel_size, *io), **params)


JAX = Jax()
