"""ONNX ``ConvTranspose`` as **onnxruntime** runs it (CPU provider, 1.32), on a spec.

Layouts are PyTorch's: ``X`` is ``(N, C, *spatial)``, ``W`` is ``(C, M/group, *k)``,
``B`` is ``(M,)``. The rules are onnxruntime's (``conv_transpose_attributes.h``), checked
against it by the fidelity sweep (``tests/test_fidelity.py``), with ``F`` the full output
of ``(i-1)s + d(k-1) + 1`` samples and ``a`` the ``output_padding``:

- explicit ``pads`` (``auto_pad="NOTSET"``): the window ``[pad_head, len(F) + a - pad_tail)``;
  ``"VALID"``: no pads;
- ``output_shape`` ``o`` (``pads`` are then ignored), or ``o = i*s`` for SAME_UPPER /
  SAME_LOWER without it: ``total = max(len(F) + a - o, 0)`` is cropped, ``total // 2``
  at the start for SAME_UPPER and ``total - total // 2`` for every other ``auto_pad``;
  an ``output_shape`` past ``F`` keeps its zeros **at the end**;
- accepted only when the output passes ``F`` by at most ``s - 1`` samples: ``a < s``, and
  ``output_shape <= len(F) + s - 1``.

Where onnxruntime departs from the ONNX operator text (opset 22), the tool follows
onnxruntime — it is what users run:

- SAME_* without ``output_shape`` and a kernel span shorter than the stride: the text says
  ``i*s`` samples, onnxruntime returns the full output (the total padding is clamped at 0);
- ``output_shape`` ``1..s-1`` samples past ``F``: the text's ``total_padding`` is negative
  (``onnx.reference`` then puts zeros at the start); onnxruntime puts them at the end, and
  refuses ``s`` or more;
- ``output_padding`` must be ``< strides`` (the text: "less than stride or dilation");
- ``output_shape`` with the N and C dims, and a lowercase ``auto_pad``, are refused;
- there is no float64 (``double``) ConvTranspose kernel (NOT_IMPLEMENTED); the tool
  computes any dtype.

>>> import numpy as np
>>> X = np.array([[[1, 2, 3]]]); W = np.array([[[1, 10, 100]]])
>>> onnx_conv_transpose(X, W, strides=[2], auto_pad="SAME_UPPER")
array([[[  1,  10, 102,  20, 203,  30]]])
>>> onnx_conv_transpose(X, W, strides=[2], auto_pad="SAME_LOWER")
array([[[ 10, 102,  20, 203,  30, 300]]])
"""

from __future__ import annotations

import numpy as np

from .._validate import as_int, is_sequence, nonnegative_int, positive_int
from ..spec import TransposedConvSpec
from .framework import Framework
from .resolution import Resolution, apply_resolved, full_length, spatial_letters, spec_for_window

__all__ = ["resolve_onnx", "onnx_conv_transpose", "ONNX"]

AUTO_PADS = ("NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID")


def _ints(name: str, value, n: int, check, default: int):
    if value is None:
        return (default,) * n
    if not is_sequence(value):
        raise TypeError(f"{name} must be a list of {n} ints (ONNX attributes are lists), got "
                        f"{value!r}")
    items = tuple(check(f"{name}[{j}]", v) for j, v in enumerate(value))
    if len(items) != n:
        raise ValueError(f"{name} must have {n} entries (one per spatial axis), got {list(value)}")
    return items


def resolve_onnx(X_shape, W_shape, auto_pad="NOTSET", dilations=None, group=1,  # noqa: N803
                 kernel_shape=None, output_padding=None, output_shape=None, pads=None,
                 strides=None) -> Resolution:
    """The ONNX ``ConvTranspose`` node with these attributes, for inputs of these shapes.

    >>> resolve_onnx((1, 1, 3), (1, 1, 3), strides=[2], auto_pad="SAME_LOWER").spec
    TransposedConvSpec(in_size=3, kernel_size=3, stride=2, padding=(1, 0))
    >>> resolve_onnx((1, 1, 3), (1, 1, 3), strides=[2], pads=[1, 1], output_padding=[1]).spec
    TransposedConvSpec(in_size=3, kernel_size=3, stride=2, padding=1, output_padding=1)
    """
    xshape = tuple(positive_int(f"X_shape[{j}]", v) for j, v in enumerate(X_shape))
    wshape = tuple(positive_int(f"W_shape[{j}]", v) for j, v in enumerate(W_shape))
    nd = len(xshape) - 2
    if nd < 1 or len(wshape) != nd + 2:
        raise ValueError(f"X must be (N, C, *spatial) and W (C, M/group, *k) of the same rank, "
                         f"got shapes {xshape} and {wshape}")
    auto_pad = auto_pad.decode() if isinstance(auto_pad, bytes) else auto_pad
    if not isinstance(auto_pad, str) or auto_pad not in AUTO_PADS:
        raise ValueError(f"auto_pad must be one of {', '.join(map(repr, AUTO_PADS))} (upper "
                         f"case: onnxruntime rejects other spellings), got {auto_pad!r}")
    group = positive_int("group", group)
    c, in_size, k = xshape[1], xshape[2:], wshape[2:]
    if c != wshape[0]:
        raise ValueError(f"X has {c} channels but W of shape {wshape} expects {wshape[0]} "
                         "(W is (C, M/group, *kernel_shape))")
    if c % group:
        raise ValueError(f"group={group} must divide the {c} input channels")
    if kernel_shape is not None and tuple(kernel_shape) != k:
        raise ValueError(f"kernel_shape={list(kernel_shape)} does not match W's spatial shape "
                         f"{list(k)}")
    s = _ints("strides", strides, nd, positive_int, 1)
    d = _ints("dilations", dilations, nd, positive_int, 1)
    op = _ints("output_padding", output_padding, nd, nonnegative_int, 0)
    for j, (a, st) in enumerate(zip(op, s)):
        if a >= st:  # the ONNX text also allows a < dilations[j]; onnxruntime does not
            raise ValueError(f"output_padding[{j}]={a} must be less than strides[{j}]={st} "
                             "(onnxruntime: 'output_padding may be too large for stride')")
    if pads is not None and auto_pad != "NOTSET":
        raise ValueError(f"pads cannot be used together with auto_pad={auto_pad!r}")
    full = [full_length(i, kk, st, dd) for i, kk, st, dd in zip(in_size, k, s, d)]
    out = None
    if output_shape is not None:
        shape = tuple(as_int(f"output_shape[{j}]", v) for j, v in enumerate(output_shape))
        if len(shape) != nd:
            raise ValueError(
                f"output_shape must have {nd} entries, the spatial output size (onnxruntime "
                f"rejects the (N, C, *spatial) form: 'Attribute output_shape has incorrect "
                f"size'), got {list(output_shape)}")
        out = _ints("output_shape", shape, nd, positive_int, 1)
    if out is None and auto_pad == "NOTSET":
        p = _ints("pads", pads, 2 * nd, nonnegative_int, 0)
        heads, tails = p[:nd], p[nd:]
    elif out is None and auto_pad == "VALID":
        heads, tails = (0,) * nd, (0,) * nd
    else:  # generated pads: the total cropped to reach output_shape (or i*s for SAME_*)
        targets = out if out is not None else tuple(i * st for i, st in zip(in_size, s))
        totals = [max(f + a - t, 0) for f, a, t in zip(full, op, targets)]
        heads = tuple(t // 2 if auto_pad == "SAME_UPPER" else t - t // 2 for t in totals)
        tails = tuple(t - h for t, h in zip(totals, heads))
    sizes = out if out is not None else tuple(
        f + a - h - t for f, a, h, t in zip(full, op, heads, tails))
    windows = []
    for j, (f, st, h, t, o) in enumerate(zip(full, s, heads, tails, sizes)):
        if o <= 0:
            raise ValueError(f"output size {o} along spatial axis {j} is not positive (pads "
                             f"{h}, {t} crop the whole full output of {f}): onnxruntime "
                             "refuses it ('Invalid input shape')")
        if out is not None and o + h + t - f > st - 1:
            raise ValueError(
                f"output_shape[{j}]={o} is inconsistent with the input: it passes the full "
                f"output ({f} samples) by {o - f}, at most strides[{j}]-1={st - 1} are allowed "
                "(onnxruntime: 'Explicit output_shape is inconsistent with input spatial "
                "dimensions')")
        windows.append((h, h + o))
    geometry = dict(in_size=in_size, kernel_size=k, stride=s, dilation=d, in_channels=c,
                    out_channels=wshape[1] * group, groups=group)
    if out is None and auto_pad in ("NOTSET", "VALID"):  # PyTorch's own parameters
        spec = TransposedConvSpec(padding=tuple(zip(heads, tails)), output_padding=op,
                                  **geometry)
        zeros = ((0, 0),) * nd
    else:
        spec, zeros = spec_for_window(windows, **geometry)
    sp = spatial_letters(nd)
    params = {"auto_pad": auto_pad, "strides": list(s), "dilations": list(d), "group": group,
              "kernel_shape": list(k), "output_padding": list(op)}
    if out is not None:
        params["output_shape"] = list(out)
    elif auto_pad == "NOTSET":
        params["pads"] = list(heads) + list(tails)
    return Resolution(
        framework="onnx", op="ConvTranspose", spec=spec, zero_pad=zeros, in_layout="NC" + sp,
        out_layout="NC" + sp, weight_layout="IO" + sp, weight_flip=False, params=params,
    )


def onnx_conv_transpose(X, W, B=None, **attributes) -> np.ndarray:  # noqa: N803
    """ONNX ``ConvTranspose(X, W, B)`` with the node's attributes, through the core operator.

    >>> onnx_conv_transpose(np.ones((1, 1, 2)), np.ones((1, 1, 3)), B=np.array([10.]),
    ...                     strides=[2], output_shape=[4])
    array([[[11., 12., 11., 11.]]])
    """
    unknown = set(attributes) - {"auto_pad", "dilations", "group", "kernel_shape",
                                 "output_padding", "output_shape", "pads", "strides"}
    if unknown:
        raise TypeError(f"ConvTranspose has no attribute(s) {', '.join(sorted(unknown))}")
    return apply_resolved(resolve_onnx, ("X", X), ("W", W), bias=B, **attributes)


# --------------------------------------------------------------------------------------
# The framework object: explicit pads reach every window inside [0, full + s - 1)
# --------------------------------------------------------------------------------------
class Onnx(Framework):
    """ONNX ``ConvTranspose`` as onnxruntime runs it: explicit ``pads`` and
    ``output_padding < strides`` reach every window inside ``[0, len(F) + s - 1)``.

    >>> ONNX.cannot_express(TransposedConvSpec(in_size=(2,) * 4, kernel_size=2)) is None
    True
    """

    name, title, resolver = "onnx", "onnxruntime ConvTranspose", staticmethod(resolve_onnx)
    aliases = ("onnxruntime", "ort")
    padding_modes = ("NOTSET", "VALID", "SAME_UPPER", "SAME_LOWER", "output_shape")
    why_inexact = ("ONNX pads are non-negative and onnxruntime keeps output_padding < "
                   "strides, so it cannot add zeros before the output (or reach more than "
                   "strides-1 samples past the full output)")
    ndims = tuple(range(1, 33))

    def modes(self, spec):
        return ["NOTSET"]

    def windows(self, mode, i, k, s, d, target):
        f = full_length(i, k, s, d)
        a, b = target
        lo = min(max(a, 0), f + s - 2)
        stop = max(min(b, f + s - 1), lo + 1)  # onnxruntime: output_padding < stride
        if stop <= f:
            yield (lo, f - stop, 0), (lo, stop)
        else:
            yield (lo, 0, stop - f), (lo, stop)

    def parameters(self, mode, chosen, source):
        spec = source.spec
        params = {
            "strides": list(spec.stride), "dilations": list(spec.dilation),
            "group": spec.groups, "kernel_shape": list(spec.kernel_size),
            "pads": [lo for lo, _, _ in chosen] + [hi for _, hi, _ in chosen],
            "output_padding": [a for _, _, a in chosen],
        }
        x_shape = (1, spec.in_channels, *spec.in_size)
        return params, resolve_onnx(x_shape, spec.weight_shape, **params)

    def resolve_flags(self, flags):
        """``same`` is SAME_UPPER, ``valid`` VALID, ``full`` the spec's pads; numbers are
        ``pads`` (begins, then ends)."""
        pad = flags["padding"]
        cin, g = flags["in_channels"], flags["groups"]
        params = {"strides": list(flags["stride"]), "dilations": list(flags["dilation"]),
                  "group": g}
        if pad == "same":
            params["auto_pad"] = "SAME_UPPER"
        elif pad == "valid":
            params["auto_pad"] = "VALID"
        else:
            if pad == "full":
                pad = TransposedConvSpec(in_size=flags["in_size"],
                                         kernel_size=flags["kernel_size"],
                                         dilation=flags["dilation"], padding="full").padding
            params["pads"] = [lo for lo, _ in pad] + [hi for _, hi in pad]
        if flags["output_padding"] is not None:
            params["output_padding"] = list(flags["output_padding"])
        if flags["output_size"] is not None:
            params["output_shape"] = list(flags["output_size"])
        return resolve_onnx((1, cin, *flags["in_size"]),
                            (cin, flags["out_channels"] // g, *flags["kernel_size"]), **params)


ONNX = Onnx()
