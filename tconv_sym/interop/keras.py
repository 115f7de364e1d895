"""Keras: ``Conv{1,2,3}DTranspose`` / ``keras.ops.conv_transpose`` resolved onto a spec.

Keras 3 defines the operator backend-independently by explicit paddings of the
"fractionally strided" convolution (``keras/src/backend/common/backend_utils.py``,
``_convert_conv_transpose_padding_args_from_keras_to_jax``), with the dilated kernel span
``K = d(k-1) + 1``:

- ``"valid"``: pad ``K-1`` before and ``K-1 + output_padding`` after, where
  ``output_padding`` defaults to ``max(K, s) - K``; output ``(i-1)s + K + output_padding``;
- ``"same"``: total ``s + K - 2`` (or ``K + K%2 - 2 + output_padding`` when
  ``output_padding`` is given), ``min(ceil(total/2), K-1)`` of it before; output ``i*s``
  (or ``(i-1)s + K%2 + output_padding``).

Those are the output lengths of ``_get_output_shape_given_tf_padding`` (Keras 2's
``deconv_output_length``), and the TensorFlow backend computes the same window with
``tf.nn.conv_transpose(output_shape=...)`` — except that TensorFlow rejects "same" with an
even ``K`` and ``output_padding=0`` (the output ``(i-1)s`` is not a valid SAME size).
Kernels are ``(*k, C_out, C_in)`` as in TensorFlow; data is ``channels_last`` by default.

>>> [keras_output_length(4, 3, p, stride=s) for p, s in (("valid", 2), ("same", 2), ("valid", 1))]
[9, 8, 6]
"""

from __future__ import annotations

import numpy as np

from .._validate import choice, int_tuple, nonnegative_int, positive_int
from ..spec import kernel_span
from .framework import Framework
from .resolution import (
    Resolution,
    apply_resolved,
    spatial_letters,
    spec_for_window,
    window_of_dilated_padding,
)
from .tensorflow import MAX_CANDIDATES, cpu_float64_cautions, valid_length_range

__all__ = ["keras_padding", "keras_output_length", "resolve_keras", "keras_conv_transpose",
           "KERAS"]

_FORMATS = ("channels_last", "channels_first")


def keras_padding(kernel_size: int, stride: int, padding: str, output_padding=None,
                  dilation: int = 1) -> tuple[int, int]:
    """Keras' explicit ``(before, after)`` padding of the fractionally strided convolution
    for one dim (the formula of ``_convert_conv_transpose_padding_args_from_keras_to_jax``).

    >>> keras_padding(3, 2, "same"), keras_padding(3, 2, "valid"), keras_padding(4, 2, "same", 1)
    ((2, 1), (2, 2), (2, 1))
    """
    k = positive_int("kernel_size", kernel_size)
    s = positive_int("stride", stride)
    d = positive_int("dilation", dilation)
    padding = choice("padding", padding, ("valid", "same"))
    span = kernel_span(k, d)
    if output_padding is not None:
        output_padding = nonnegative_int("output_padding", output_padding)
    if padding == "valid":
        op = max(span, s) - span if output_padding is None else output_padding
        return span - 1, span - 1 + op
    total = s + span - 2 if output_padding is None else span + span % 2 - 2 + output_padding
    before = min(total // 2 + total % 2, span - 1)
    return before, total - before


def keras_output_length(input_length: int, kernel_size: int, padding: str,
                        output_padding=None, stride: int = 1, dilation: int = 1) -> int:
    """Output length of a Keras transposed convolution along one dim.

    Derived from :func:`keras_padding` through the core spec; it equals Keras'
    ``(i-1)s + K + output_padding`` ("valid", ``output_padding`` defaulting to
    ``max(K, s) - K``) and ``i*s`` / ``(i-1)s + K%2 + output_padding`` ("same").

    >>> keras_output_length(4, 3, "same", output_padding=1, stride=2)
    8
    """
    i = positive_int("input_length", input_length)
    k = positive_int("kernel_size", kernel_size)
    s = positive_int("stride", stride)
    d = positive_int("dilation", dilation)
    lo, hi = keras_padding(k, s, padding, output_padding, d)
    start, stop = window_of_dilated_padding(i, k, s, d, lo, hi)
    return stop - start


def _per_dim(name, value, nd, check=positive_int):
    return int_tuple(name, value, nd, check)


def resolve_keras(input_shape, kernel_shape, strides=1, padding="valid", output_padding=None,
                  data_format=None, dilation_rate=1, *, rules="layer",
                  use_bias=None) -> Resolution:
    """``keras.ops.conv_transpose(inputs, kernel, strides, padding, output_padding,
    data_format, dilation_rate)`` (what ``Conv{n}DTranspose`` layers call).

    ``kernel_shape`` is ``(*k, C_out, C_in)``; ``output_padding`` must be smaller than the
    stride (Keras: "Strides must be greater than output padding"). ``use_bias`` defaults
    as Keras has it: ``True`` for a layer (``rules="layer"``), ``False`` for the op; it is
    recorded as ``params["bias"]``.

    >>> r = resolve_keras((1, 4, 4, 1), (3, 3, 1, 1), strides=2, padding="same")
    >>> r.output_shape(1), r.spec
    ((1, 8, 8, 1),
     TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=((0, 1), (0, 1))))
    """
    xshape = tuple(positive_int(f"input_shape[{j}]", v) for j, v in enumerate(input_shape))
    kshape = tuple(positive_int(f"kernel_shape[{j}]", v) for j, v in enumerate(kernel_shape))
    nd = len(xshape) - 2
    if nd not in (1, 2, 3) or len(kshape) != nd + 2:
        raise ValueError(
            f"inputs must be (batch, *spatial, channels) with 1-3 spatial dims and kernel "
            f"(*k, out_channels, in_channels) of the same rank, got {xshape} and {kshape}"
        )
    fmt = choice("data_format", data_format or "channels_last", _FORMATS)
    c_ax = nd + 1 if fmt == "channels_last" else 1
    k, c_out, c_in = kshape[:nd], kshape[nd], kshape[nd + 1]
    if xshape[c_ax] != c_in:
        raise ValueError(
            f"The number of input channels must match the kernel's input channels (the last "
            f"kernel axis). Received: input channels={xshape[c_ax]}, kernel input "
            f"channels={c_in}, data_format='{fmt}'"
        )
    s = _per_dim("strides", strides, nd)
    d = _per_dim("dilation_rate", dilation_rate, nd)
    padding = choice("padding", padding, ("valid", "same"))
    rules = choice("rules", rules, ("layer", "ops"))
    if output_padding is None:
        op = (None,) * nd
    else:
        op = _per_dim("output_padding", output_padding, nd, nonnegative_int)
        if rules == "layer" and any(a >= st for a, st in zip(op, s)):
            raise ValueError(f"Strides must be greater than output padding. Received "
                             f"strides={s}, output_padding={op}.")
    if rules == "layer" and max(s) > 1 and max(d) > 1:
        raise ValueError(f"`strides > 1` not supported in conjunction with `dilation_rate > "
                         f"1`. Received: strides={s} and dilation_rate={d}")
    in_size = xshape[2:] if fmt == "channels_first" else xshape[1:-1]
    windows = []
    for i, kk, st, a, dd in zip(in_size, k, s, op, d):
        lo, hi = keras_padding(kk, st, padding, a, dd)
        windows.append(window_of_dilated_padding(i, kk, st, dd, lo, hi))
    spec, zeros = spec_for_window(windows, in_size=in_size, kernel_size=k, stride=s,
                                  dilation=d, in_channels=c_in, out_channels=c_out)
    sp = spatial_letters(nd)
    layout = "N" + sp + "C" if fmt == "channels_last" else "NC" + sp
    params = {"strides": s, "padding": padding,
              "output_padding": None if output_padding is None else op,
              "data_format": fmt, "dilation_rate": d,
              "bias": rules == "layer" if use_bias is None else bool(use_bias)}
    sizes = tuple(b - a for a, b in windows)
    return Resolution(
        framework="keras", op=f"Conv{nd}DTranspose", spec=spec, zero_pad=zeros,
        in_layout=layout, out_layout=layout, weight_layout=sp + "OI", weight_flip=False,
        params=params, cautions=tensorflow_backend_cautions(in_size, k, s, d, padding, sizes,
                                                            fmt),
    )


#: the other Keras backends, which compute every layer the tool computes
_OTHER_BACKENDS = "or run Keras on the JAX or torch backend (KERAS_BACKEND=jax / torch)"


def tensorflow_backend_cautions(in_size, kernel_size, strides, dilation, padding, out_size,
                                data_format) -> tuple[str, ...]:
    """Where Keras' TensorFlow backend on CPU refuses or aborts a transposed convolution
    the JAX and torch backends (and the tool) compute, each with its workaround. Found by
    running every class (1-3 spatial dims, both data formats, float32 and float64; see
    ``tests/test_conversion_matrix.py``):

    - a Keras output length that is not a size TensorFlow's ``conv_transpose`` accepts for
      the padding (e.g. ``"same"`` with an even dilated kernel span and
      ``output_padding=0``): float32 *aborts* in oneDNN (``AbortedError ... could not create
      a primitive descriptor``), float64 raises "Size of out_backprop doesn't match";
    - ``channels_first`` in float64 (TensorFlow's CPU double kernel supports NHWC only);
    - ``dilation_rate > 1`` in float64 ("Current CPU implementations do not yet support
      dilation rates larger than 1").

    >>> tensorflow_backend_cautions((4,), (2,), (2,), (1,), "same", (6,), "channels_last")[0][:60]
    'on the TensorFlow backend (CPU) this layer aborts: dim 0 has'
    """
    out = []
    bad = [(dim, L, valid_length_range(i, k, s, d, padding.upper()))
           for dim, (L, i, k, s, d) in enumerate(zip(out_size, in_size, kernel_size, strides,
                                                     dilation))
           if L > 0 and L not in valid_length_range(i, k, s, d, padding.upper())]
    if bad:
        dim, length, valid = bad[0]
        out.append(f"on the TensorFlow backend (CPU) this layer aborts: dim {dim} has the Keras "
                   f"output length {length}, not a {padding.upper()} size tf.nn.conv_transpose "
                   f"accepts ({valid.start}..{valid.stop - 1}); float32 raises AbortedError "
                   "('could not create a primitive descriptor'), float64 'Size of out_backprop "
                   "doesn't match computed'. Workaround: another output_padding (None gives "
                   f"{valid.stop - 1}), {_OTHER_BACKENDS}")
    backend = cpu_float64_cautions(dilation, data_format == "channels_first",
                                   _OTHER_BACKENDS.removeprefix("or "))
    out += [text.replace("on the CPU TensorFlow", "on the TensorFlow backend (CPU) Keras")
            for text in backend]
    return tuple(out)


def keras_conv_transpose(inputs, kernel, strides=1, padding="valid", output_padding=None,
                         data_format=None, dilation_rate=1) -> np.ndarray:
    """``keras.ops.conv_transpose`` computed through the core operator.

    >>> x = np.arange(1, 5).reshape(1, 2, 2, 1)
    >>> keras_conv_transpose(x, np.ones((3, 3, 1, 1), dtype=int), 2, "valid")[0, :, :, 0]
    array([[ 1,  1,  3,  2,  2],
           [ 1,  1,  3,  2,  2],
           [ 4,  4, 10,  6,  6],
           [ 3,  3,  7,  4,  4],
           [ 3,  3,  7,  4,  4]])
    """
    return apply_resolved(resolve_keras, ("inputs", inputs), ("kernel", kernel), strides,
                          padding, output_padding, data_format, dilation_rate, rules="ops")


# --------------------------------------------------------------------------------------
# The framework object: 'same' / 'valid' with or without output_padding
# --------------------------------------------------------------------------------------
class Keras(Framework):
    """Keras 3 ``Conv{1,2,3}DTranspose`` layers (the layer rules; ``convert`` targets
    layers). Only parameters that all three backends accept are proposed: the TensorFlow
    backend hands Keras' output length to ``tf.nn.conv_transpose``, which refuses lengths
    that are not a valid SAME/VALID size for that input (e.g. "same" with an even kernel
    span and ``output_padding=0``).

    >>> [mode for mode in KERAS.modes(None)]
    [('same', False), ('valid', False), ('same', True), ('valid', True)]
    """

    name, title, resolver = "keras", "Keras", staticmethod(resolve_keras)
    aliases = ("keras3", "tf.keras")
    bias_default = True  # Conv{n}DTranspose(use_bias=True)
    constructor_only = ("filters", "kernel_size", "use_bias")
    padding_modes = ("same", "valid", "output_padding")
    why_inexact = ("Keras picks the crop from padding='same'/'valid' and output_padding < "
                   "stride only")
    has_groups = False

    def no_groups_text(self):
        return "Keras' ConvTranspose layers have no groups"

    def cannot_express(self, spec):
        problem = super().cannot_express(spec)
        if problem is None and max(spec.stride) > 1 and max(spec.dilation) > 1:
            return (f"Keras' Conv{spec.ndim}DTranspose layers refuse strides > 1 together with "
                    f"dilation_rate > 1 (got strides={spec.stride}, dilation={spec.dilation}); "
                    "keras.ops.conv_transpose computes it")
        return problem

    def modes(self, spec):
        return [("same", False), ("valid", False), ("same", True), ("valid", True)]

    def windows(self, mode, i, k, s, d, target):
        padding, with_op = mode
        valid = valid_length_range(i, k, s, d, padding.upper())  # closed form, O(1) `in`
        ops = (None,) if not with_op else range(s) if s <= MAX_CANDIDATES else \
            _ops_near(i, k, s, d, padding, target)
        for op in ops:
            lo, hi = keras_padding(k, s, padding, op, d)
            start, stop = window_of_dilated_padding(i, k, s, d, lo, hi)
            if stop - start in valid:
                yield op, (start, stop)

    def parameters(self, mode, chosen, source):
        spec = source.spec
        padding, with_op = mode
        params = {"strides": spec.stride, "padding": padding,
                  "output_padding": tuple(chosen) if with_op else None,
                  "data_format": "channels_last", "dilation_rate": spec.dilation}
        x_shape = (1, *spec.in_size, spec.in_channels)
        kernel = (*spec.kernel_size, spec.out_channels, spec.in_channels)
        return params, resolve_keras(x_shape, kernel, **params)

    def resolve_flags(self, flags):
        word = flags["padding"]
        if word not in ("same", "valid"):
            raise ValueError(f"padding {word!r}: Keras takes 'same' or 'valid'")
        k, cin, cout = flags["kernel_size"], flags["in_channels"], flags["out_channels"]
        return resolve_keras((1, *flags["in_size"], cin), (*k, cout, cin), flags["stride"],
                             word, flags["output_padding"], "channels_last",
                             flags["dilation"])

    def to_kwargs(self, params, source):
        """``Conv{n}DTranspose``'s arguments: ``filters``, ``kernel_size``, ``params``,
        ``use_bias`` as the source has it.

        >>> from tconv_sym.interop import from_spec
        >>> from tconv_sym import TransposedConvSpec
        >>> r = from_spec(TransposedConvSpec(in_size=(4, 4), kernel_size=3, out_channels=8))
        >>> KERAS.to_kwargs({"strides": (1, 1), "padding": "valid"}, r)
        {'filters': 8, 'kernel_size': (3, 3), 'strides': (1, 1), 'padding': 'valid', \
'use_bias': False}
        """
        spec = source.spec
        rest = {k: v for k, v in params.items() if k not in (*self.constructor_only, "bias")}
        return {"filters": spec.out_channels, "kernel_size": spec.kernel_size, **rest,
                "use_bias": bool(source.params.get("bias", False))}


KERAS = Keras()


def _ops_near(i: int, k: int, s: int, d: int, padding: str, target) -> list[int]:
    """For a huge stride: the output_padding values whose window ends next to the target's
    (each +1 of output_padding moves the end by one), and the ends of ``0..s-1``."""
    lo, hi = keras_padding(k, s, padding, 0, d)
    _, stop0 = window_of_dilated_padding(i, k, s, d, lo, hi)
    want = target[1] - stop0
    return sorted({0, 1, s - 2, s - 1, *(a for a in range(want - 2, want + 3) if 0 <= a < s)})
