"""TensorFlow: ``tf.nn.conv{1,2,3}d_transpose`` and ``conv2d_backprop_input`` on a spec.

Conventions (``tf.nn.conv2d_transpose`` documentation and TensorFlow's
``core/kernels/conv_grad_shape_utils.cc``):

- data ``NWC`` / ``NHWC`` / ``NDHWC`` by default (``data_format`` may be channels-first);
  filters ``(*k, C_out, C_in)`` (``[height, width, output_channels, in_channels]``), used
  as they are, not flipped (the op is the gradient of ``conv2d``, whose filters are
  ``(*k, C_in, C_out)`` with the roles of the channels swapped);
- the operator is the transpose of the forward convolution of an input of size
  ``output_shape`` with the same strides, padding and dilations; ``padding`` is that forward
  convolution's: ``"SAME"`` pads ``max((ceil(L/s)-1)s + d(k-1) + 1 - L, 0)`` with the odd
  sample at the end (so the transposed output is cropped that way: the extra sample at the
  end), ``"VALID"`` pads nothing, and conv2d_transpose also takes explicit
  ``[[0, 0], [top, bottom], [left, right], [0, 0]]``;
- ``output_shape`` is accepted exactly when that forward convolution maps it back onto the
  input (``ConvBackpropExtractAndVerifyDimension``: "Size of out_backprop doesn't match
  computed"), so for stride ``s`` up to ``s`` output sizes are valid.

>>> import numpy as np
>>> x = np.array([1, 2, 3, 4]).reshape(1, 2, 2, 1)
>>> y = tf_conv2d_transpose(x, np.ones((3, 3, 1, 1), dtype=int), (1, 4, 4, 1), strides=2)
>>> y[0, :, :, 0]
array([[ 1,  1,  3,  2],
       [ 1,  1,  3,  2],
       [ 4,  4, 10,  6],
       [ 3,  3,  7,  4]])
"""

from __future__ import annotations

import numpy as np

from .._validate import is_sequence, nonnegative_int, positive_int
from ..spec import ConvSpec, TransposedConvSpec, conv_out_length
from .framework import Framework
from .resolution import Resolution, as_array, full_length, layout_perm, spatial_letters

__all__ = [
    "resolve_tf",
    "onednn_enabled",
    "cpu_refuses",
    "tf_conv_transpose",
    "tf_conv1d_transpose",
    "tf_conv2d_transpose",
    "tf_conv3d_transpose",
    "tf_conv2d_backprop_input",
    "tf_conv2d",
    "tf_valid_output_sizes",
    "TENSORFLOW",
]

_FORMATS = {1: ("NWC", "NCW"), 2: ("NHWC", "NCHW"), 3: ("NDHWC", "NCDHW")}
_OPS = {1: "conv1d_transpose", 2: "conv2d_transpose", 3: "conv3d_transpose"}


def _shape(name: str, shape, length: int | None = None) -> tuple[int, ...]:
    if hasattr(shape, "shape") and not is_sequence(shape):
        shape = tuple(shape.shape)
    if not is_sequence(shape):
        raise TypeError(f"{name} must be a shape (a sequence of ints), got {shape!r}")
    out = tuple(positive_int(f"{name}[{i}]", v) for i, v in enumerate(tuple(shape)))
    if length is not None and len(out) != length:
        raise ValueError(f"{name} must have shape ({length},), got {list(out)}")
    return out


def _data_format(data_format, nd: int) -> str:
    allowed = _FORMATS.get(nd)
    if allowed is None:
        raise ValueError(f"TensorFlow transposed convolutions have 1, 2 or 3 spatial dims, "
                         f"got {nd}")
    if data_format is None:
        return allowed[0]
    if not isinstance(data_format, str) or data_format.upper() not in allowed:
        raise ValueError(f"data_format must be one of {', '.join(map(repr, allowed))} for "
                         f"{nd} spatial dims, got {data_format!r}")
    return data_format.upper()


def _per_dim(name: str, value, nd: int, fmt: str) -> tuple[int, ...]:
    """TensorFlow's strides/dilations: an int, or 1, nd or nd+2 ints (batch/channel 1)."""
    if value is None:
        return (1,) * nd
    if not is_sequence(value):
        return (positive_int(name, value),) * nd
    items = [positive_int(f"{name}[{i}]", v) for i, v in enumerate(value)]
    if len(items) == 1:
        return (items[0],) * nd
    if len(items) == nd:
        return tuple(items)
    if len(items) == nd + 2:
        n, c = fmt.index("N"), fmt.index("C")
        if items[n] != 1 or items[c] != 1:
            raise ValueError(
                f"{name}={list(value)}: TensorFlow does not support {name} in the batch and "
                f"depth dimensions ({fmt}); they must be 1"
            )
        return tuple(v for j, v in enumerate(items) if j not in (n, c))
    raise ValueError(f"{name} must be an int or a list of 1, {nd} or {nd + 2} ints, got "
                     f"{value!r}")


def _padding(padding, nd: int, fmt: str):
    """'SAME' / 'VALID' (any case), or explicit pairs (conv2d_transpose only)."""
    if isinstance(padding, str):
        if padding not in ("SAME", "VALID"):
            raise ValueError(f"padding must be 'SAME', 'VALID' (upper case, as TensorFlow "
                             f"requires) or (2-D) a list of explicit paddings, got {padding!r}")
        return padding, None
    if not is_sequence(padding):
        raise TypeError(f"padding must be 'SAME', 'VALID' or a list of pairs, got {padding!r}")
    if nd != 2:
        raise ValueError(f"explicit padding is supported by conv2d_transpose only; "
                         f"{_OPS[nd]} takes 'SAME' or 'VALID', got {padding!r}")
    pairs = [tuple(p) if is_sequence(p) else None for p in padding]
    if len(pairs) != 4 or any(p is None or len(p) != 2 for p in pairs):
        raise ValueError(f"explicit padding must be 4 (before, after) pairs in {fmt} order, "
                         f"e.g. [[0, 0], [top, bottom], [left, right], [0, 0]], got {padding!r}")
    pairs = [(nonnegative_int(f"padding[{j}][0]", a), nonnegative_int(f"padding[{j}][1]", b))
             for j, (a, b) in enumerate(pairs)]
    n, c = fmt.index("N"), fmt.index("C")
    if pairs[n] != (0, 0) or pairs[c] != (0, 0):
        raise ValueError(f"explicit padding in the batch and depth dimensions must be 0, got "
                         f"{padding!r}")
    return "EXPLICIT", tuple(p for j, p in enumerate(pairs) if j not in (n, c))


def _forward(L: int, k: int, s: int, d: int, mode: str, pads):
    """TensorFlow's forward convolution of length ``L``: (computed output size, padding).

    ``GetWindowedOutputSizeVerboseV2``; the sizes come from :class:`ConvSpec` (SAME there
    is TensorFlow's SAME). ``computed`` may be < 1 when the forward output would be empty.
    """
    padding = {"SAME": "same", "VALID": 0}.get(mode, pads)
    try:
        conv = ConvSpec(in_size=L, kernel_size=k, stride=s, padding=padding, dilation=d)
    except ValueError:  # empty forward output
        lo, hi = (0, 0) if mode != "EXPLICIT" else pads
        return conv_out_length(L, k, s, lo, hi, d), (lo, hi)
    return conv.out_size[0], conv.padding[0]


#: Up to this many candidate output lengths are tried one by one; beyond (a huge stride) only
#: the ends of the closed-form interval and the lengths next to the target's are.
MAX_CANDIDATES = 256


def _candidate_lengths(mode: str, i: int, k: int, s: int, d: int, f: int, target) -> list[int]:
    """Output lengths ``L`` whose forward SAME/VALID convolution may map back onto ``i``
    (each is still checked by :func:`_forward`): the closed-form interval (SAME: ``ceil(L/s)
    = i``; VALID: ``floor((L - span)/s) + 1 = i``), all of it when short, else its ends and the
    lengths around the target window's (a closed form instead of a loop over the stride).

    >>> _candidate_lengths("SAME", 2, 3, 2, 1, 5, (0, 4))
    [3, 4]
    """
    valid = valid_length_range(i, k, s, d, mode)
    lo, hi = valid.start, min(valid.stop - 1, f + s)
    if hi - lo + 1 <= MAX_CANDIDATES:
        return list(range(lo, hi + 1))
    want = target[1] - target[0]
    near = range(want - 2, want + 3)
    return sorted({lo, lo + 1, hi - 1, hi, *(L for L in near if lo <= L <= hi)})


def tf_valid_output_sizes(in_size: int, kernel_size: int, stride: int, padding="SAME",
                          dilation: int = 1) -> list[int]:
    """Every spatial output size TensorFlow accepts for one dim (the forward conv maps it
    back onto ``in_size``); ``padding`` is 'SAME', 'VALID' or an explicit ``(before, after)``.

    >>> tf_valid_output_sizes(2, 3, 2, "SAME"), tf_valid_output_sizes(2, 3, 2, "VALID")
    ([3, 4], [5, 6])
    """
    if isinstance(padding, str):
        mode, pads = padding.upper(), None
    else:
        mode, pads = "EXPLICIT", tuple(padding)
    i, k, s, d = (positive_int(n, v) for n, v in (("in_size", in_size), ("kernel_size",
                  kernel_size), ("stride", stride), ("dilation", dilation)))
    if mode in ("SAME", "VALID"):
        return list(valid_length_range(i, k, s, d, mode))
    top = full_length(i, k, s, d) + s
    return [L for L in range(1, top + 1) if _forward(L, k, s, d, mode, pads)[0] == i]


def valid_length_range(i: int, k: int, s: int, d: int, mode: str) -> range:
    """The output lengths TensorFlow accepts for SAME / VALID, in closed form: SAME needs
    ``ceil(L/s) = i``, VALID ``floor((L - span)/s) + 1 = i`` (span ``d(k-1)+1``).

    >>> list(valid_length_range(2, 3, 2, 1, "SAME")), list(valid_length_range(2, 3, 2, 1, "VALID"))
    ([3, 4], [5, 6])
    """
    span = full_length(i, k, s, d) - (i - 1) * s
    lo, hi = ((i - 1) * s + 1, i * s) if mode == "SAME" else (span + (i - 1) * s, span + i * s - 1)
    return range(max(lo, 1), hi + 1)


def resolve_tf(input_shape, filters_shape, output_shape, strides, padding="SAME",
               data_format=None, dilations=None) -> Resolution:
    """``tf.nn.conv{n}d_transpose(input, filters, output_shape, strides, padding, ...)``.

    Shapes are full shapes (with batch and channels, in ``data_format``); the number of
    spatial dims is ``len(input_shape) - 2``. Raises ``ValueError`` wherever TensorFlow
    raises, with TensorFlow's wording and the valid output sizes.

    >>> r = resolve_tf((1, 2, 2, 1), (3, 3, 1, 1), (1, 4, 4, 1), strides=2, padding="SAME")
    >>> r.spec
    TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
    >>> resolve_tf((1, 2, 2, 1), (3, 3, 1, 1), (1, 5, 4, 1), strides=2, padding="SAME")
    Traceback (most recent call last):
        ...
    ValueError: Conv2DCustomBackpropInput: Size of out_backprop doesn't match computed:
    actual = 2, computed = 3 spatial_dim: 1 input: 5 filter: 3 output: 2 stride: 2
    dilation: 1 (output_shape[1] must be one of [3, 4] for this input)
    """
    xshape = _shape("input_shape", input_shape)
    nd = len(xshape) - 2
    fmt = _data_format(data_format, nd)
    fshape = _shape("filters_shape", filters_shape)
    if len(fshape) != nd + 2:
        raise ValueError(f"filters must have shape (*kernel, out_channels, in_channels) with "
                         f"{nd} spatial dims, got {fshape}")
    oshape = _shape("output_shape", output_shape, nd + 2)
    strides_ = _per_dim("strides", strides, nd, fmt)
    dil = _per_dim("dilations", dilations, nd, fmt)
    mode, explicit = _padding(padding, nd, fmt)
    n_ax, c_ax = fmt.index("N"), fmt.index("C")
    sp_axes = [j for j in range(nd + 2) if j not in (n_ax, c_ax)]
    k, c_out, c_in = fshape[:nd], fshape[nd], fshape[nd + 1]
    if oshape[c_ax] != c_out:
        raise ValueError(f"output_shape does not match filter's output channels, "
                         f"{oshape[c_ax]} != {c_out}")
    if xshape[c_ax] != c_in:
        raise ValueError(f"input channels does not match filter's input channels, "
                         f"{xshape[c_ax]} != {c_in}")
    label = "Conv3DBackpropInputOpV2" if nd == 3 else "Conv2DCustomBackpropInput"
    if oshape[n_ax] != xshape[n_ax]:
        raise ValueError(
            f"{label}: input and out_backprop must have the same batch size. Input batch: "
            f"{oshape[n_ax]}, outbackprop batch: {xshape[n_ax]}, batch_dim: {n_ax}"
        )
    in_size = tuple(xshape[j] for j in sp_axes)
    out_size = tuple(oshape[j] for j in sp_axes)
    pads = []
    for dim, (ax, i, L, kk, s, d) in enumerate(zip(sp_axes, in_size, out_size, k, strides_,
                                                   dil)):
        p = explicit[dim] if explicit else None
        computed, pad = _forward(L, kk, s, d, mode, p)
        if computed != i:
            valid = tf_valid_output_sizes(i, kk, s, p if explicit else mode, d)
            hint = (f"output_shape[{ax}] must be one of {valid} for this input" if valid
                    else "no output size works for this input")
            raise ValueError(
                f"{label}: Size of out_backprop doesn't match computed: actual = {i}, "
                f"computed = {computed} spatial_dim: {ax} input: {L} filter: {kk} output: {i} "
                f"stride: {s} dilation: {d} ({hint})"
            )
        pads.append(pad)
    spec = TransposedConvSpec(
        in_size=in_size, kernel_size=k, stride=strides_, padding=tuple(pads), dilation=dil,
        in_channels=c_in, out_channels=c_out, output_size=out_size,
    )
    sp = spatial_letters(nd)
    layout = fmt  # TensorFlow's letters are ours: NWC, NHWC, NDHWC (or channels first)
    params = {"output_shape": oshape, "strides": strides_, "padding": mode if not explicit
              else _explicit_param(explicit, fmt), "data_format": fmt, "dilations": dil}
    return Resolution(
        framework="tensorflow", op=_OPS[nd], spec=spec, zero_pad=((0, 0),) * nd,
        in_layout=layout, out_layout=layout, weight_layout=sp + "OI", weight_flip=False,
        params=params, cautions=cpu_float64_cautions(dil, fmt.index("C") == 1,
                                                     "jax.lax.conv_transpose or PyTorch"),
    )


def cpu_float64_cautions(dilation, channels_first: bool, elsewhere: str) -> tuple[str, ...]:
    """What TensorFlow's CPU kernels refuse: channels-first data and dilation > 1, in float64
    — and in float32 too where TensorFlow's oneDNN kernels are off (they compute both;
    TensorFlow turns them on by default only on CPUs with AVX-512 VNNI / BF16 or AMX, else
    ``TF_ENABLE_ONEDNN_OPTS=1``) — found by running every class
    (``tests/test_conversion_matrix.py``, on an AVX-512 Xeon and on an AVX2 EPYC), each with
    the workaround (``elsewhere``: what else computes it). :func:`cpu_refuses` reads them.

    >>> cpu_float64_cautions((2,), False, "PyTorch")[0][:68]
    'on the CPU TensorFlow refuses dilation > 1 for float64 data, and for'
    """
    out = []
    if channels_first:
        out.append("on the CPU TensorFlow refuses channels-first data for float64, and for "
                   "float32 unless its oneDNN kernels are on (TF_ENABLE_ONEDNN_OPTS=1; on by "
                   "default only on CPUs with AVX-512 VNNI/BF16 or AMX) (its own kernel "
                   "supports NHWC only). Workaround: channels-last data, or float32 with "
                   f"TF_ENABLE_ONEDNN_OPTS=1, or {elsewhere}")
    if max(dilation) > 1:
        out.append("on the CPU TensorFlow refuses dilation > 1 for float64 data, and for "
                   "float32 data unless its oneDNN kernels are on (TF_ENABLE_ONEDNN_OPTS=1; on "
                   "by default only on CPUs with AVX-512 VNNI/BF16 or AMX) ('Current CPU "
                   "implementations do not yet support dilation rates larger than 1'). "
                   f"Workaround: float32 with TF_ENABLE_ONEDNN_OPTS=1, or {elsewhere}")
    return tuple(out)


def onednn_enabled() -> bool | None:
    """Whether this process's TensorFlow runs its oneDNN kernels — TensorFlow's own answer
    (``IsMklEnabled``: ``TF_ENABLE_ONEDNN_OPTS``, else its default for this CPU); ``None``
    without TensorFlow.

    >>> onednn_enabled() in (True, False, None)
    True
    """
    try:
        from tensorflow.python.util import _pywrap_util_port
    except ImportError:
        return None
    return bool(_pywrap_util_port.IsMklEnabled())


def cpu_refuses(caution: str, dtype: str, onednn: bool) -> bool:
    """Whether a caution of :func:`cpu_float64_cautions` says TensorFlow's CPU kernels refuse
    ``dtype`` data, with oneDNN on or off (:func:`onednn_enabled`).

    >>> c = cpu_float64_cautions((2,), False, "PyTorch")[0]
    >>> [cpu_refuses(c, "float32", on) for on in (True, False)], cpu_refuses(c, "float64", True)
    ([False, True], True)
    """
    if "refuses dilation > 1" in caution or "refuses channels-first" in caution:
        return dtype == "float64" or not onednn
    return False


def _explicit_param(pads, fmt: str) -> list[list[int]]:
    it = iter(pads)
    return [[0, 0] if c in "NC" else list(next(it)) for c in fmt]


def tf_conv_transpose(input, filters, output_shape, strides, padding="SAME", data_format=None,
                      dilations=None) -> np.ndarray:
    """``tf.nn.conv_transpose`` (1, 2 or 3 spatial dims) computed through the core operator.

    >>> tf_conv_transpose(np.array([[[1], [2]]]), np.ones((3, 1, 1), dtype=int), (1, 5, 1),
    ...                   strides=2, padding="VALID")[0, :, 0]
    array([1, 1, 3, 2, 2])
    """
    x = as_array("input", input)
    f = as_array("filters", filters)
    r = resolve_tf(x.shape, f.shape, output_shape, strides, padding, data_format, dilations)
    return r.apply(x, f)


def tf_conv1d_transpose(input, filters, output_shape, strides, padding="SAME",
                        data_format="NWC", dilations=None) -> np.ndarray:
    """``tf.nn.conv1d_transpose``: input ``(N, W, C_in)``, filters ``(kW, C_out, C_in)``.

    >>> tf_conv1d_transpose(np.array([[[1], [2]]]), np.ones((3, 1, 1), dtype=int), (1, 4, 1),
    ...                     strides=2)[0, :, 0]
    array([1, 1, 3, 2])
    """
    _check_rank("input", input, 3)
    return tf_conv_transpose(input, filters, output_shape, strides, padding, data_format,
                             dilations)


def tf_conv2d_transpose(input, filters, output_shape, strides, padding="SAME",
                        data_format="NHWC", dilations=None) -> np.ndarray:
    """``tf.nn.conv2d_transpose``: input ``(N, H, W, C_in)``, filters ``(kH, kW, C_out, C_in)``.

    >>> x = np.arange(1, 5).reshape(1, 2, 2, 1)
    >>> tf_conv2d_transpose(x, np.ones((2, 2, 1, 1), dtype=int), [1, 4, 4, 1], 2)[0, :, :, 0]
    array([[1, 1, 2, 2],
           [1, 1, 2, 2],
           [3, 3, 4, 4],
           [3, 3, 4, 4]])
    """
    _check_rank("input", input, 4)
    return tf_conv_transpose(input, filters, output_shape, strides, padding, data_format,
                             dilations)


def tf_conv3d_transpose(input, filters, output_shape, strides, padding="SAME",
                        data_format="NDHWC", dilations=None) -> np.ndarray:
    """``tf.nn.conv3d_transpose``: input ``(N, D, H, W, C_in)``, filters
    ``(kD, kH, kW, C_out, C_in)``.

    >>> tf_conv3d_transpose(np.ones((1, 1, 1, 1, 1)), np.ones((2, 2, 2, 1, 1)),
    ...                     (1, 2, 2, 2, 1), 2).sum()
    np.float64(8.0)
    """
    _check_rank("input", input, 5)
    return tf_conv_transpose(input, filters, output_shape, strides, padding, data_format,
                             dilations)


def tf_conv2d_backprop_input(input_sizes, filter, out_backprop, strides, padding,
                             data_format="NHWC", dilations=None) -> np.ndarray:
    """``tf.nn.conv2d_backprop_input``: the gradient of ``conv2d`` with respect to its input.

    It is the same operation as :func:`tf_conv2d_transpose` (arguments in another order:
    ``input_sizes`` is the transposed convolution's ``output_shape``).

    >>> x = np.arange(1, 5).reshape(1, 2, 2, 1)
    >>> w = np.ones((3, 3, 1, 1), dtype=int)
    >>> (tf_conv2d_backprop_input((1, 4, 4, 1), w, x, [1, 2, 2, 1], "SAME")
    ...  == tf_conv2d_transpose(x, w, (1, 4, 4, 1), 2, "SAME")).all()
    np.True_
    """
    return tf_conv2d_transpose(out_backprop, filter, input_sizes, strides, padding, data_format,
                               dilations)


def tf_conv2d(input, filters, strides, padding, data_format="NHWC", dilations=None):
    """``tf.nn.conv2d`` (forward, cross-correlation): filters ``(kH, kW, C_in, C_out)``.

    Computed by :func:`tconv_sym.conv` (SAME is the core's 'same': the odd padding sample at
    the end).

    >>> tf_conv2d(np.ones((1, 3, 3, 1)), np.ones((3, 3, 1, 1)), 1, "SAME")[0, :, :, 0]
    array([[4., 6., 4.],
           [6., 9., 6.],
           [4., 6., 4.]])
    """
    from ..reference import conv

    x = as_array("input", input)
    f = as_array("filters", filters)
    if x.ndim != 4 or f.ndim != 4:
        raise ValueError(f"conv2d needs a 4-D input and 4-D filters (kH, kW, C_in, C_out), "
                         f"got shapes {x.shape} and {f.shape}")
    fmt = _data_format(data_format, 2)
    mode, explicit = _padding(padding, 2, fmt)
    s = _per_dim("strides", strides, 2, fmt)
    d = _per_dim("dilations", dilations, 2, fmt)
    perm = layout_perm(fmt, "NCHW")
    x_c = np.transpose(x, perm)
    if x_c.shape[1] != f.shape[2]:
        raise ValueError(f"input depth must be evenly divisible by filter depth: "
                         f"{x_c.shape[1]} vs {f.shape[2]}")
    pad = {"VALID": 0}.get(mode, explicit)
    if mode == "SAME":  # TensorFlow's SAME: the odd padding sample at the end, any stride
        pad = ConvSpec(in_size=x_c.shape[2:], kernel_size=f.shape[:2], stride=s,
                       padding="same", dilation=d).padding
    y = conv(x_c, np.transpose(f, (3, 2, 0, 1)), stride=s, padding=pad, dilation=d)
    return np.array(np.transpose(y, tuple(int(a) for a in np.argsort(perm))), order="C")


def _check_rank(name: str, x, rank: int) -> None:
    shape = np.shape(x) if not hasattr(x, "shape") else tuple(x.shape)
    if len(shape) != rank:
        raise ValueError(f"{name} must be {rank}-D, got shape {tuple(shape)}")


# --------------------------------------------------------------------------------------
# The framework object: which windows of the full output TensorFlow can return
# --------------------------------------------------------------------------------------
class TensorFlow(Framework):
    """``tf.nn.conv{1,2,3}d_transpose``: SAME / VALID for an accepted ``output_shape``, or
    explicit pads (2-D).

    >>> TENSORFLOW.modes(TransposedConvSpec(in_size=3, kernel_size=2))
    ['SAME', 'VALID']
    """

    name, title, resolver = "tensorflow", "TensorFlow", staticmethod(resolve_tf)
    aliases = ("tf",)
    padding_modes = ("SAME", "VALID", "EXPLICIT")
    why_inexact = ("TensorFlow picks the crop from `padding` (SAME: the odd sample at the end, "
                   "VALID: none, explicit pads in conv2d_transpose only) and `output_shape` "
                   "(at most stride-1 samples past the minimal size)")
    has_groups = False

    def no_groups(self, spec):
        return (f"TensorFlow's conv{spec.ndim}d_transpose has no groups (got groups="
                f"{spec.groups}); split the channels into {spec.groups} separate calls")

    def no_groups_text(self):
        return "TensorFlow's conv_transpose has no groups; split the channels into separate calls"

    def modes(self, spec):
        return ["SAME", "VALID"] + (["EXPLICIT"] if spec.ndim == 2 else [])

    def windows(self, mode, i, k, s, d, target):
        """``(value, window)`` per reachable output: value is ``(L, pads)``."""
        f = full_length(i, k, s, d)
        if mode == "EXPLICIT":
            a, b = target
            lo = min(max(a, 0), f - 1)
            stop = max(min(b, f + s - 1), lo + 1)
            hi = max(f - stop, 0)
            yield (stop - lo, (lo, hi)), (lo, stop)
            return
        for L in _candidate_lengths(mode, i, k, s, d, f, target):
            computed, (lo, _) = _forward(L, k, s, d, mode, None)
            if computed == i:
                yield (L, None), (lo, lo + L)

    def parameters(self, mode, chosen, source):
        spec = source.spec
        nd = spec.ndim
        fmt = _FORMATS[nd][0]
        sizes = [L for L, _ in chosen]
        shape_of = dict(zip("NC" + spatial_letters(nd), (1, spec.out_channels, *sizes)))
        out_shape = tuple(shape_of[c] for c in fmt)
        x_of = dict(zip("NC" + spatial_letters(nd), (1, spec.in_channels, *spec.in_size)))
        x_shape = tuple(x_of[c] for c in fmt)
        padding = mode if mode != "EXPLICIT" else _explicit_param([p for _, p in chosen], fmt)
        params = {"output_shape": out_shape, "strides": spec.stride, "padding": padding,
                  "data_format": fmt, "dilations": spec.dilation}
        filters = (*spec.kernel_size, spec.out_channels, spec.in_channels)
        return params, resolve_tf(x_shape, filters, **params)

    def resolve_flags(self, flags):
        """SAME / VALID (or, 2-D, explicit (lo, hi) pairs); without ``output_size`` the
        output size is the spec's for that padding word (SAME ``i*s``, VALID the full
        output) plus ``output_padding`` — sizes come from the spec only."""
        nd, pad = flags["ndim"], flags["padding"]
        if isinstance(pad, str) and pad not in ("same", "valid"):
            raise ValueError(f"padding {pad!r}: TensorFlow takes SAME, VALID or (2-D) explicit "
                             "(lo, hi) pairs")
        if not isinstance(pad, str) and nd != 2:
            raise ValueError(f"padding {pad!r}: explicit pairs are conv2d_transpose's only; "
                             f"conv{nd}d_transpose takes SAME or VALID")
        fmt = _FORMATS[nd][0]
        out_size = flags["output_size"]
        if out_size is None:
            geometry = {k: flags[k] for k in ("in_size", "kernel_size", "stride", "dilation")}
            out_size = TransposedConvSpec(padding=pad, output_padding=flags["output_padding"],
                                          **geometry).out_size
        cin, cout = flags["in_channels"], flags["out_channels"]
        shape = dict(zip("NC" + spatial_letters(nd), (1, cout, *out_size)))
        x_of = dict(zip("NC" + spatial_letters(nd), (1, cin, *flags["in_size"])))
        padding = pad.upper() if isinstance(pad, str) else _explicit_param(pad, fmt)
        return resolve_tf(tuple(x_of[c] for c in fmt), (*flags["kernel_size"], cout, cin),
                          tuple(shape[c] for c in fmt), flags["stride"], padding, fmt,
                          flags["dilation"])


TENSORFLOW = TensorFlow()
