"""ONNX ``ConvTranspose`` (opset 22, the current operator specification) on a spec.

Layouts are PyTorch's: ``X`` is ``(N, C, *spatial)``, ``W`` is ``(C, M/group, *k)``,
``B`` is ``(M,)``. From the operator documentation:

- with ``pads``: ``output_shape[i] = stride[i] * (input_size[i] - 1) + output_padding[i]
  + ((kernel_shape[i] - 1) * dilations[i] + 1) - pads[start_i] - pads[end_i]``;
- ``auto_pad`` SAME_UPPER / SAME_LOWER: ``output_shape[i] = input_shape[i] * strides[i]``;
- when ``output_shape`` is given (or implied by SAME_*), ``pads`` are ignored and generated:
  ``total_padding[i] = stride[i] * (input_size[i] - 1) + output_padding[i]
  + ((kernel_shape[i] - 1) * dilations[i] + 1) - output_shape[i]``; SAME_UPPER puts
  ``total/2`` at the start and the rest at the end, every other ``auto_pad`` (NOTSET,
  SAME_LOWER, VALID) puts ``total - total/2`` at the start;
- ``output_padding`` must be smaller than the stride or the dilation; "VALID" pads nothing.

A negative ``total_padding`` (SAME_* with a kernel span shorter than the stride, or an
``output_shape`` past the full output) makes the generated pads negative; ``/2`` is then
taken as floor division, as ``onnx.reference`` does, and the negative pads become zeros
around the output.

>>> import numpy as np
>>> X = np.array([[[1, 2, 3]]]); W = np.array([[[1, 10, 100]]])
>>> onnx_conv_transpose(X, W, strides=[2], auto_pad="SAME_UPPER")
array([[[  1,  10, 102,  20, 203,  30]]])
>>> onnx_conv_transpose(X, W, strides=[2], auto_pad="SAME_LOWER")
array([[[ 10, 102,  20, 203,  30, 300]]])
"""

from __future__ import annotations

import numpy as np

from .._validate import as_int, choice, is_sequence, nonnegative_int, positive_int
from ..spec import TransposedConvSpec
from .resolution import Resolution, _as_array, full_length, spatial_letters, spec_for_window

__all__ = ["resolve_onnx", "onnx_conv_transpose", "AUTO_PADS"]

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
    auto_pad = choice("auto_pad", auto_pad, tuple(a.lower() for a in AUTO_PADS)).upper()
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
    for j, (a, st, dd) in enumerate(zip(op, s, d)):
        if a >= st and a >= dd:
            raise ValueError(f"output_padding[{j}]={a} must be less than strides[{j}]={st} or "
                             f"dilations[{j}]={dd}")
    if pads is not None and auto_pad != "NOTSET":
        raise ValueError(f"pads cannot be used together with auto_pad={auto_pad!r}")
    full = [full_length(i, kk, st, dd) for i, kk, st, dd in zip(in_size, k, s, d)]
    if output_shape is not None:
        shape = tuple(as_int(f"output_shape[{j}]", v) for j, v in enumerate(output_shape))
        if len(shape) == nd + 2:  # tolerate (N, M, *spatial)
            shape = shape[2:]
        out = _ints("output_shape", shape, nd, positive_int, 1)
    elif auto_pad in ("SAME_UPPER", "SAME_LOWER"):
        out = tuple(i * st for i, st in zip(in_size, s))
    else:
        out = None
    if out is None:  # explicit pads (NOTSET) or none at all (VALID)
        p = _ints("pads", pads, 2 * nd, nonnegative_int, 0) if auto_pad == "NOTSET" \
            else (0,) * (2 * nd)
        starts, ends = p[:nd], p[nd:]
        windows = [(lo, f + a - hi) for lo, hi, f, a in zip(starts, ends, full, op)]
    else:
        windows = []
        for f, a, o in zip(full, op, out):
            total = f + a - o
            start = total // 2 if auto_pad == "SAME_UPPER" else total - total // 2
            windows.append((start, start + o))
    if out is None:
        spec = TransposedConvSpec(
            in_size=in_size, kernel_size=k, stride=s, padding=tuple(zip(starts, ends)),
            dilation=d, in_channels=c, out_channels=wshape[1] * group, groups=group,
            output_padding=op,
        )
        zeros = ((0, 0),) * nd
    else:
        spec, zeros = spec_for_window(windows, in_size=in_size, kernel_size=k, stride=s,
                                      dilation=d, in_channels=c,
                                      out_channels=wshape[1] * group, groups=group)
    sp = spatial_letters(nd)
    params = {"auto_pad": auto_pad, "strides": list(s), "dilations": list(d), "group": group,
              "kernel_shape": list(k), "output_padding": list(op)}
    if out is not None:
        params["output_shape"] = list(out)
    elif auto_pad == "NOTSET":
        params["pads"] = list(starts) + list(ends)
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
    x = _as_array("X", X)
    w = _as_array("W", W)
    unknown = set(attributes) - {"auto_pad", "dilations", "group", "kernel_shape",
                                 "output_padding", "output_shape", "pads", "strides"}
    if unknown:
        raise TypeError(f"ConvTranspose has no attribute(s) {', '.join(sorted(unknown))}")
    r = resolve_onnx(x.shape, w.shape, **attributes)
    return r.apply(x, w, B)


# --------------------------------------------------------------------------------------
# Conversion support: explicit pads reach every window inside [0, full + max(s, d) - 1)
# --------------------------------------------------------------------------------------
def _conversion_modes(spec: TransposedConvSpec):
    return ["NOTSET"]


def _dim_options(mode, i: int, k: int, s: int, d: int, target):
    f = full_length(i, k, s, d)
    a, b = target
    lo = min(max(a, 0), f + max(s, d) - 2)
    stop = max(min(b, f + max(s, d) - 1), lo + 1)
    if stop <= f:
        yield (lo, f - stop, 0), (lo, stop)
    else:
        yield (lo, 0, stop - f), (lo, stop)


def _target(mode, chosen, source: Resolution):
    spec = source.spec
    params = {
        "strides": list(spec.stride), "dilations": list(spec.dilation), "group": spec.groups,
        "kernel_shape": list(spec.kernel_size),
        "pads": [lo for lo, _, _ in chosen] + [hi for _, hi, _ in chosen],
        "output_padding": [a for _, _, a in chosen],
    }
    x_shape = (1, spec.in_channels, *spec.in_size)
    w_shape = spec.weight_shape
    return params, resolve_onnx(x_shape, w_shape, **params)


def _unsupported(spec: TransposedConvSpec) -> str | None:
    return None
