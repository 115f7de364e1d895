"""The fidelity sweep: seeded random layers run by a real framework and by tconv_sym.

Run one framework per process (TensorFlow and Keras import for seconds; Keras picks its
backend from ``KERAS_BACKEND`` at import)::

    python tests/fidelity_worker.py tensorflow --cases 200 --seed 0
    KERAS_BACKEND=jax python tests/fidelity_worker.py keras --cases 120

Every case is a dict of the framework's own arguments plus integer-valued data (exact in
float32 and float64, so values are compared with ``==``). The framework and the tool each
either return an array or raise; the case *agrees* when both raise, or both return the
same shape and the same values. The last line of stdout is a JSON report: counts, and the
first disagreements with a one-line repro each. ``tests/test_fidelity.py`` runs it.

Frameworks: ``pytorch``, ``tensorflow`` (XLA, ``jit_compile=True``: TensorFlow's reference
behaviour; the eager CPU kernels' departures are counted separately), ``keras`` (ops and
layers, on the backend of ``KERAS_BACKEND``), ``onnxruntime`` (one-node models), ``jax``.

>>> sorted(RUNNERS)
['jax', 'keras', 'onnxruntime', 'pytorch', 'tensorflow']
>>> compare(("ok", np.zeros(3)), ("error", "ValueError: ..."))[0]
'tool_rejects'
>>> compare(("error", "RuntimeError: ..."), ("error", "ValueError: ..."))[0]
'agree'
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import warnings

import numpy as np

DTYPES = ("float64", "float32")


# --------------------------------------------------------------------------------------
# random geometry shared by the generators
# --------------------------------------------------------------------------------------
def _nd(rng) -> int:
    return int(rng.choice([1, 2, 3], p=[0.4, 0.4, 0.2]))


def _dims(rng, nd, lo, hi, p=None):
    if p is not None:
        return [int(v) for v in rng.choice(np.arange(lo, hi + 1), nd, p=p)]
    return [int(v) for v in rng.integers(lo, hi + 1, nd)]


def _per_dim(rng, values):
    """An int when all dims agree (half of the time), else a tuple."""
    if len(set(values)) == 1 and rng.random() < 0.5:
        return int(values[0])
    return tuple(values)


def _data(seed: int, shape, dtype: str) -> np.ndarray:
    return np.random.default_rng(seed).integers(-3, 4, shape).astype(dtype)


def _full(i, k, s, d):
    return (i - 1) * s + d * (k - 1) + 1


def _channels(rng, with_groups: bool):
    groups = int(rng.choice([1, 1, 2, 3])) if with_groups else 1
    return groups, groups * int(rng.integers(1, 3)), groups * int(rng.integers(1, 3))


# --------------------------------------------------------------------------------------
# PyTorch: F.conv_transpose{n}d, nn.ConvTranspose{n}d(output_size=), F.conv{n}d
# --------------------------------------------------------------------------------------
def torch_cases(rng, n):
    cases = []
    for _ in range(n):
        nd = _nd(rng)
        groups, c_in, c_out = _channels(rng, True)
        i = _dims(rng, nd, 1, 5)
        k = _dims(rng, nd, 1, 4)
        s = _dims(rng, nd, 1, 3)
        d = _dims(rng, nd, 1, 3, p=[0.6, 0.25, 0.15])
        kind = str(rng.choice(["transpose", "transpose", "output_size", "conv"]))
        case = {"kind": kind, "nd": nd, "batch": int(rng.integers(1, 3)), "c_in": c_in,
                "c_out": c_out, "groups": groups, "in_size": i, "kernel_size": k,
                "stride": _per_dim(rng, s), "dilation": _per_dim(rng, d),
                "dtype": str(rng.choice(DTYPES)), "bias": bool(rng.random() < 0.3)}
        if kind == "conv":
            case["padding"] = rng.choice(["same", "valid", "int"])
            if case["padding"] == "int":
                case["padding"] = _per_dim(rng, _dims(rng, nd, 0, 2))
            else:
                case["padding"] = str(case["padding"])
        else:
            case["padding"] = _per_dim(rng, _dims(rng, nd, 0, 3, p=[0.4, 0.3, 0.2, 0.1]))
            case["output_padding"] = _per_dim(rng, _dims(rng, nd, 0, 3, p=[0.5, 0.3, 0.1, 0.1]))
            if kind == "output_size":
                pads = [case["padding"]] * nd if isinstance(case["padding"], int) \
                    else case["padding"]
                case["output_size"] = [
                    _full(ii, kk, ss, dd) - 2 * p + int(rng.integers(-1, ss + 1))
                    for ii, kk, ss, dd, p in zip(i, k, s, d, pads)]
        cases.append(case)
    return cases


def _torch_arrays(case, seed):
    nd, g = case["nd"], case["groups"]
    x = _data(seed, (case["batch"], case["c_in"], *case["in_size"]), case["dtype"])
    if case["kind"] == "conv":
        w = _data(seed + 1, (case["c_out"], case["c_in"] // g, *case["kernel_size"]),
                  case["dtype"])
    else:
        w = _data(seed + 1, (case["c_in"], case["c_out"] // g, *case["kernel_size"]),
                  case["dtype"])
    b = _data(seed + 2, (case["c_out"],), case["dtype"]) if case["bias"] else None
    del nd
    return x, w, b


def torch_framework(case, seed):
    """PyTorch's reference behaviour: a float32 case is accepted only where its float64 twin
    is (the float32 CPU path returns empty tensors where float64 raises; counted apart)."""
    if case["dtype"] == "float32":
        torch_kernel({**case, "dtype": "float64"}, seed)
    return torch_kernel(case, seed)


def torch_kernel(case, seed):
    import torch

    x, w, b = (None if a is None else torch.from_numpy(a) for a in _torch_arrays(case, seed))
    nd = case["nd"]
    F = torch.nn.functional
    if case["kind"] == "conv":
        conv = getattr(F, f"conv{nd}d")
        return conv(x, w, b, case["stride"], case["padding"], case["dilation"], case["groups"])
    if case["kind"] == "output_size":
        cls = getattr(torch.nn, f"ConvTranspose{nd}d")
        m = cls(case["c_in"], case["c_out"], tuple(case["kernel_size"]), case["stride"],
                case["padding"], case["output_padding"], case["groups"], b is not None,
                case["dilation"], dtype=x.dtype)
        with torch.no_grad():
            m.weight.copy_(w)
            if b is not None:
                m.bias.copy_(b)
            return m(x, output_size=case["output_size"])
    conv = getattr(F, f"conv_transpose{nd}d")
    return conv(x, w, b, case["stride"], case["padding"], case["output_padding"],
                case["groups"], case["dilation"])


def torch_tool(case, seed):
    from tconv_sym.interop import torch_conv_transpose
    from tconv_sym.reference import conv

    x, w, b = _torch_arrays(case, seed)
    if case["kind"] == "conv":
        return conv(x, w, case["stride"], case["padding"], case["dilation"], case["groups"], b)
    return torch_conv_transpose(x, w, b, case["stride"], case["padding"],
                                case["output_padding"], case["groups"], case["dilation"],
                                case.get("output_size"))


def torch_repro(case):
    nd = case["nd"]
    shapes = _shapes_text(case)
    if case["kind"] == "conv":
        return (f"F.conv{nd}d({shapes}, stride={case['stride']}, padding={case['padding']!r}, "
                f"dilation={case['dilation']}, groups={case['groups']})")
    head = (f"ConvTranspose{nd}d(..., output_size={case.get('output_size')})"
            if case["kind"] == "output_size" else f"F.conv_transpose{nd}d")
    return (f"{head}({shapes}, stride={case['stride']}, padding={case['padding']}, "
            f"output_padding={case['output_padding']}, groups={case['groups']}, "
            f"dilation={case['dilation']})")


def _shapes_text(case):
    g = case["groups"]
    x = (case["batch"], case["c_in"], *case["in_size"])
    if case["kind"] == "conv":
        w = (case["c_out"], case["c_in"] // g, *case["kernel_size"])
    else:
        w = (case["c_in"], case["c_out"] // g, *case["kernel_size"])
    return f"x{x}, w{w}, {case['dtype']}"


# --------------------------------------------------------------------------------------
# TensorFlow: tf.nn.conv_transpose (XLA), with the eager CPU kernel as a second opinion
# --------------------------------------------------------------------------------------
_TF_FORMATS = {1: ("NWC", "NCW"), 2: ("NHWC", "NCHW"), 3: ("NDHWC", "NCDHW")}


def tf_cases(rng, n):
    cases = []
    for _ in range(n):
        nd = _nd(rng)
        c_in, c_out = int(rng.integers(1, 3)), int(rng.integers(1, 3))
        i = _dims(rng, nd, 1, 5)
        k = _dims(rng, nd, 1, 4)
        s = _dims(rng, nd, 1, 3)
        d = _dims(rng, nd, 1, 3, p=[0.7, 0.2, 0.1])
        fmt = str(rng.choice(_TF_FORMATS[nd]))
        padding = str(rng.choice(["SAME"] * 3 + ["VALID"] * 3 + ["explicit"] * 2
                                 + ["same", "Valid"]))
        if padding == "explicit":
            pads = [[int(a), int(b)] for a, b in rng.integers(0, 3, (nd, 2))]
            it = iter(pads)
            padding = [[0, 0] if c in "NC" else next(it) for c in fmt]
        # mostly the sizes TensorFlow accepts ((i-1)s+1 .. i*s for SAME, full .. full+s-1
        # for VALID, less the pads for explicit ones), sometimes one or two off
        explicit = [p for p in padding if p != [0, 0]] if isinstance(padding, list) else None
        out = []
        for dim, (ii, kk, ss, dd) in enumerate(zip(i, k, s, d)):
            if padding in ("SAME", "same"):
                v = ii * ss - int(rng.integers(0, ss))
            else:
                lo_hi = sum(explicit[dim]) if explicit and dim < len(explicit) else 0
                v = _full(ii, kk, ss, dd) - lo_hi + int(rng.integers(0, ss))
            if rng.random() < 0.25:
                v += int(rng.choice([-2, -1, 1, 2]))
            out.append(max(v, 1))
        form = str(rng.choice(["int", "list", "full"]))
        strides = _tf_attr(form, s, fmt)
        dil = None if all(v == 1 for v in d) and rng.random() < 0.5 else _tf_attr(
            str(rng.choice(["list", "full"])), d, fmt)
        cases.append({"nd": nd, "format": fmt, "in_size": i, "kernel_size": k,
                      "c_in": c_in, "c_out": c_out, "batch": int(rng.integers(1, 3)),
                      "out_size": out, "strides": strides, "padding": padding,
                      "dilations": dil, "dtype": str(rng.choice(DTYPES))})
    return cases


def _tf_attr(form, values, fmt):
    if form == "int" and len(set(values)) == 1:
        return int(values[0])
    if form == "full":
        it = iter(values)
        return [1 if c in "NC" else next(it) for c in fmt]
    return list(values)


def _nc_shape(fmt, batch, channels, size):
    it = iter(size)
    return tuple(batch if c == "N" else channels if c == "C" else next(it) for c in fmt)


def _tf_arrays(case, seed):
    x = _data(seed, _nc_shape(case["format"], case["batch"], case["c_in"], case["in_size"]),
              case["dtype"])
    f = _data(seed + 1, (*case["kernel_size"], case["c_out"], case["c_in"]), case["dtype"])
    out = _nc_shape(case["format"], case["batch"], case["c_out"], case["out_size"])
    return x, f, out


def tf_framework(case, seed, *, jit=True):
    import tensorflow as tf

    x, f, out = _tf_arrays(case, seed)

    def op(x, f):
        return tf.nn.conv_transpose(x, f, out, case["strides"], case["padding"],
                                    data_format=case["format"], dilations=case["dilations"])

    if jit:
        return tf.function(op, jit_compile=True)(tf.constant(x), tf.constant(f)).numpy()
    return op(tf.constant(x), tf.constant(f)).numpy()


def tf_tool(case, seed):
    from tconv_sym.interop import tf_conv_transpose

    x, f, out = _tf_arrays(case, seed)
    return tf_conv_transpose(x, f, out, case["strides"], case["padding"], case["format"],
                             case["dilations"])


def tf_repro(case):
    x, f, out = (tuple(a.shape) if hasattr(a, "shape") else a
                 for a in _tf_arrays(case, 0))
    return (f"tf.nn.conv_transpose(x{x}, filters{f}, output_shape={list(out)}, "
            f"strides={case['strides']}, padding={case['padding']!r}, "
            f"data_format={case['format']!r}, dilations={case['dilations']}) [{case['dtype']}]")


# --------------------------------------------------------------------------------------
# Keras 3: keras.ops.conv_transpose and Conv{n}DTranspose layers, on KERAS_BACKEND
# --------------------------------------------------------------------------------------
def keras_cases(rng, n):
    cases = []
    for _ in range(n):
        nd = _nd(rng)
        i = _dims(rng, nd, 1, 5)
        k = _dims(rng, nd, 1, 4)
        s = _dims(rng, nd, 1, 3)
        d = _dims(rng, nd, 1, 3, p=[0.6, 0.25, 0.15])
        op = None if rng.random() < 0.4 else _per_dim(rng, _dims(rng, nd, 0, 3))
        cases.append({"kind": str(rng.choice(["ops", "ops", "layer"])), "nd": nd,
                      "in_size": i, "kernel_size": k, "c_in": int(rng.integers(1, 3)),
                      "c_out": int(rng.integers(1, 3)), "batch": int(rng.integers(1, 3)),
                      "strides": _per_dim(rng, s), "dilation_rate": _per_dim(rng, d),
                      "padding": str(rng.choice(["same", "valid"])), "output_padding": op,
                      "data_format": str(rng.choice(["channels_last", "channels_first"])),
                      "dtype": str(rng.choice(DTYPES))})
    return cases


def _keras_arrays(case, seed):
    nd = case["nd"]
    fmt = ("N" + "S" * nd + "C") if case["data_format"] == "channels_last" else "NC" + "S" * nd
    x = _data(seed, _nc_shape(fmt, case["batch"], case["c_in"], case["in_size"]),
              case["dtype"])
    w = _data(seed + 1, (*case["kernel_size"], case["c_out"], case["c_in"]), case["dtype"])
    return x, w


def _keras_args(case):
    return dict(strides=case["strides"], padding=case["padding"],
                output_padding=case["output_padding"], data_format=case["data_format"],
                dilation_rate=case["dilation_rate"])


def keras_framework(case, seed):
    import keras

    x, w = _keras_arrays(case, seed)
    if case["kind"] == "ops":
        y = keras.ops.conv_transpose(x, w, **_keras_args(case))
        return keras.ops.convert_to_numpy(y)
    cls = getattr(keras.layers, f"Conv{case['nd']}DTranspose")
    layer = cls(case["c_out"], tuple(case["kernel_size"]), use_bias=False, dtype=case["dtype"],
                **_keras_args(case))
    layer.build(x.shape)
    layer.set_weights([w])
    return keras.ops.convert_to_numpy(layer(x))


def keras_tool(case, seed):
    from tconv_sym.interop import keras_conv_transpose, resolve_keras

    x, w = _keras_arrays(case, seed)
    if case["kind"] == "ops":
        return keras_conv_transpose(x, w, **_keras_args(case))
    return resolve_keras(x.shape, w.shape, rules="layer", **_keras_args(case)).apply(x, w)


def keras_repro(case):
    x, w = (a.shape for a in _keras_arrays(case, 0))
    args = ", ".join(f"{k}={v!r}" for k, v in _keras_args(case).items())
    head = ("keras.ops.conv_transpose(x" if case["kind"] == "ops"
            else f"keras.layers.Conv{case['nd']}DTranspose(..., kernel{w}")
    return f"{head}{tuple(x)}, kernel{tuple(w)}, {args}) [{case['dtype']}]"


# --------------------------------------------------------------------------------------
# ONNX Runtime: one ConvTranspose node per case
# --------------------------------------------------------------------------------------
def onnx_cases(rng, n):
    cases = []
    for _ in range(n):
        nd = _nd(rng)
        groups, c_in, c_out = _channels(rng, True)
        i = _dims(rng, nd, 1, 5)
        k = _dims(rng, nd, 1, 4)
        s = _dims(rng, nd, 1, 3)
        d = _dims(rng, nd, 1, 3, p=[0.6, 0.25, 0.15])
        attrs = {"strides": s, "group": groups}
        if rng.random() < 0.5:
            attrs["dilations"] = d
        else:
            d = [1] * nd
        if rng.random() < 0.4:
            attrs["output_padding"] = _dims(rng, nd, 0, 3, p=[0.5, 0.3, 0.1, 0.1])
        mode = str(rng.choice(["pads", "pads", "SAME_UPPER", "SAME_LOWER", "VALID",
                               "output_shape", "NOTSET", "same_upper"]))
        if mode == "pads":
            attrs["pads"] = _dims(rng, 2 * nd, 0, 3, p=[0.4, 0.3, 0.2, 0.1])
        elif mode == "output_shape":
            attrs["output_shape"] = [max(_full(ii, kk, ss, dd) + int(rng.integers(-3, ss + 2)),
                                         1) for ii, kk, ss, dd in zip(i, k, s, d)]
            if rng.random() < 0.3:
                attrs["auto_pad"] = str(rng.choice(["SAME_UPPER", "SAME_LOWER"]))
            if rng.random() < 0.15:
                attrs["output_shape"] = [1, c_out, *attrs["output_shape"]]
        elif mode != "NOTSET":
            attrs["auto_pad"] = mode
            if rng.random() < 0.1:
                attrs["pads"] = _dims(rng, 2 * nd, 0, 1)
        cases.append({"nd": nd, "c_in": c_in, "c_out": c_out, "groups": groups,
                      "batch": int(rng.integers(1, 3)), "in_size": i, "kernel_size": k,
                      "attrs": attrs, "bias": bool(rng.random() < 0.3),
                      # onnxruntime has no double ConvTranspose kernel (NOT_IMPLEMENTED)
                      "dtype": "float32"})
    return cases


def _onnx_arrays(case, seed):
    x = _data(seed, (case["batch"], case["c_in"], *case["in_size"]), case["dtype"])
    w = _data(seed + 1, (case["c_in"], case["c_out"] // case["groups"], *case["kernel_size"]),
              case["dtype"])
    b = _data(seed + 2, (case["c_out"],), case["dtype"]) if case["bias"] else None
    return x, w, b


def ort_conv_transpose(X, W, B=None, **attrs):  # noqa: N803
    """One ``ConvTranspose`` node (opset 22) run by onnxruntime's CPU provider."""
    import onnxruntime as ort
    from onnx import TensorProto, helper

    elem = {np.dtype("float64"): TensorProto.DOUBLE, np.dtype("float32"): TensorProto.FLOAT}
    names = ["X", "W"] + (["B"] if B is not None else [])
    arrays = [np.asarray(a) for a in (X, W, B)[:len(names)]]
    node = helper.make_node("ConvTranspose", names, ["Y"], **attrs)
    inputs = [helper.make_tensor_value_info(nm, elem[a.dtype], a.shape)
              for nm, a in zip(names, arrays)]
    graph = helper.make_graph([node], "g", inputs,
                              [helper.make_tensor_value_info("Y", elem[arrays[0].dtype], None)])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 22)])
    model.ir_version = 10
    opts = ort.SessionOptions()
    opts.log_severity_level = 4
    sess = ort.InferenceSession(model.SerializeToString(), opts,
                                providers=["CPUExecutionProvider"])
    return sess.run(None, dict(zip(names, arrays)))[0]


def onnx_framework(case, seed):
    x, w, b = _onnx_arrays(case, seed)
    return ort_conv_transpose(x, w, b, **case["attrs"])


def onnx_tool(case, seed):
    from tconv_sym.interop import onnx_conv_transpose

    x, w, b = _onnx_arrays(case, seed)
    return onnx_conv_transpose(x, w, b, **case["attrs"])


def onnx_repro(case):
    x, w, _ = (None if a is None else a.shape for a in _onnx_arrays(case, 0))
    attrs = ", ".join(f"{k}={v!r}" for k, v in case["attrs"].items())
    return f"ConvTranspose(X{tuple(x)}, W{tuple(w)}, {attrs}) [{case['dtype']}, onnxruntime]"


# --------------------------------------------------------------------------------------
# JAX: lax.conv_transpose
# --------------------------------------------------------------------------------------
_JAX_DN = {1: [None, ("NCH", "OIH", "NCH")], 2: [None, ("NCHW", "OIHW", "NCHW")],
           3: [None, ("NCHWD", "OIHWD", "NCHWD")]}


def jax_cases(rng, n):
    cases = []
    for _ in range(n):
        nd = _nd(rng)
        i = _dims(rng, nd, 1, 5)
        k = _dims(rng, nd, 1, 4)
        s = _dims(rng, nd, 1, 3)
        d = _dims(rng, nd, 1, 3, p=[0.6, 0.25, 0.15])
        form = str(rng.choice(["SAME", "VALID", "pairs", "pairs", "consistent", "other"]))
        consistent = False
        if form in ("pairs", "consistent"):
            lo = -3 if form == "pairs" else 0
            padding = [(int(a), int(b)) for a, b in rng.integers(lo, 4, (nd, 2))]
            consistent = form == "consistent" or bool(rng.random() < 0.2)
            if rng.random() < 0.3:
                padding = [list(p) for p in padding]
        elif form == "other":
            padding = str(rng.choice(["same", "valid", "SAME_LOWER", "FULL"]))
        else:
            padding = form
        strides = tuple(s) if rng.random() < 0.9 else int(s[0])
        dn = _JAX_DN[nd][int(rng.integers(0, 2))]
        cases.append({"nd": nd, "in_size": i, "kernel_size": k, "c_in": int(rng.integers(1, 3)),
                      "c_out": int(rng.integers(1, 3)), "batch": int(rng.integers(1, 3)),
                      "strides": strides, "padding": padding,
                      "rhs_dilation": None if rng.random() < 0.3 else tuple(d),
                      "dimension_numbers": dn,
                      "transpose_kernel": bool(rng.random() < 0.5),
                      "use_consistent_padding": consistent, "dtype": str(rng.choice(DTYPES))})
    return cases


def _jax_arrays(case, seed):
    nd = case["nd"]
    if case["dimension_numbers"] is None:
        lhs = "N" + "S" * nd + "C"
        rhs_io = ("O", "I") if case["transpose_kernel"] else ("I", "O")
        x = _data(seed, _nc_shape(lhs, case["batch"], case["c_in"], case["in_size"]),
                  case["dtype"])
        chans = {"I": case["c_in"], "O": case["c_out"]}
        w = _data(seed + 1, (*case["kernel_size"], chans[rhs_io[0]], chans[rhs_io[1]]),
                  case["dtype"])
        return x, w
    x = _data(seed, (case["batch"], case["c_in"], *case["in_size"]), case["dtype"])
    chans = (case["c_out"], case["c_in"]) if case["transpose_kernel"] else (case["c_in"],
                                                                          case["c_out"])
    w = _data(seed + 1, (*chans, *case["kernel_size"]), case["dtype"])
    # rhs spec is O, I, spatial: with transpose_kernel the kernel's O axis is the input
    return x, w


def _jax_args(case):
    return dict(strides=case["strides"], padding=case["padding"],
                rhs_dilation=case["rhs_dilation"],
                dimension_numbers=case["dimension_numbers"],
                transpose_kernel=case["transpose_kernel"],
                use_consistent_padding=case["use_consistent_padding"])


def jax_framework(case, seed):
    import jax

    x, w = _jax_arrays(case, seed)
    return np.asarray(jax.lax.conv_transpose(x, w, **_jax_args(case)))


def jax_tool(case, seed):
    from tconv_sym.interop import jax_conv_transpose

    x, w = _jax_arrays(case, seed)
    return jax_conv_transpose(x, w, **_jax_args(case))


def jax_repro(case):
    x, w = (a.shape for a in _jax_arrays(case, 0))
    args = ", ".join(f"{k}={v!r}" for k, v in _jax_args(case).items())
    return f"lax.conv_transpose(lhs{tuple(x)}, rhs{tuple(w)}, {args}) [{case['dtype']}]"


# --------------------------------------------------------------------------------------
# the sweep
# --------------------------------------------------------------------------------------
RUNNERS = {
    "pytorch": (torch_cases, torch_framework, torch_tool, torch_repro),
    "tensorflow": (tf_cases, tf_framework, tf_tool, tf_repro),
    "keras": (keras_cases, keras_framework, keras_tool, keras_repro),
    "onnxruntime": (onnx_cases, onnx_framework, onnx_tool, onnx_repro),
    "jax": (jax_cases, jax_framework, jax_tool, jax_repro),
}


def error_text(exc) -> str:
    """The informative line of a framework's error (TensorFlow and Keras wrap theirs)."""
    lines = [t.strip() for t in str(exc).strip().splitlines() if t.strip()]
    raised = [t for t in lines if re.match(r"^\w*(Error|Exception): ", t)]
    if raised:  # tf.function: "in user code: ... ValueError: message"
        return raised[-1].split(": ", 1)[1][:240]
    lines = [t for t in lines if not t.startswith(("in user code", "Exception encountered",
                                                   "Arguments received", "File ", "•",
                                                   "Stack trace", "[["))]
    for t in lines:
        if "}}" in t:  # TensorFlow: {{function_node ...}} message [Op:...]
            return t.split("}}", 1)[1].split("[Op:")[0].strip()[:240]
    return lines[0][:240] if lines else ""


def outcome(fn, case, seed):
    """``("ok", array)`` or ``("error", "Type: message")``."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            y = fn(case, seed)
        return "ok", np.asarray(y, dtype=np.float64)
    except Exception as exc:  # noqa: BLE001 - acceptance is what is being measured
        return "error", f"{type(exc).__name__}: {error_text(exc)}"


def compare(fw, tool):
    """``(verdict, detail)``: agree / values / shape / tool_rejects / framework_rejects."""
    if fw[0] == "error" and tool[0] == "error":
        return "agree", None
    if fw[0] == "error":
        return "tool_accepts", f"framework: {fw[1]}; tool gives shape {tool[1].shape}"
    if tool[0] == "error":
        return "tool_rejects", f"framework gives shape {fw[1].shape}; tool: {tool[1]}"
    if fw[1].shape != tool[1].shape:
        return "shape", f"framework {fw[1].shape}, tool {tool[1].shape}"
    if not np.array_equal(fw[1], tool[1]):
        bad = np.argwhere(fw[1] != tool[1])
        return "values", (f"{len(bad)} of {fw[1].size} values differ, first at "
                          f"{tuple(int(v) for v in bad[0])}")
    return "agree", None


def sweep(framework: str, n: int, seed: int, extra=None) -> dict:
    make, run_fw, run_tool, repro = RUNNERS[framework]
    rng = np.random.default_rng(seed)
    cases = make(rng, n)
    counts = {"cases": 0, "both_computed": 0, "values_agree": 0, "shapes_agree": 0,
              "accept_agree": 0, "framework_rejects": 0}
    disagreements, departures = [], {}
    for j, case in enumerate(cases):
        data_seed = seed * 100_003 + j
        fw = outcome(run_fw, case, data_seed)
        tool = outcome(run_tool, case, data_seed)
        verdict, detail = compare(fw, tool)
        counts["cases"] += 1
        counts["framework_rejects"] += fw[0] == "error"
        if (fw[0] == "error") == (tool[0] == "error"):
            counts["accept_agree"] += 1
        if fw[0] == "ok" and tool[0] == "ok":
            counts["both_computed"] += 1
            counts["shapes_agree"] += fw[1].shape == tool[1].shape
            counts["values_agree"] += verdict == "agree"
        if verdict != "agree":
            disagreements.append({"verdict": verdict, "detail": detail, "repro": repro(case),
                                  "case": case})
        if extra is not None:
            for name, fn in extra.items():
                other = outcome(fn, case, data_seed)
                v, det = compare(fw, other)
                if v != "agree":
                    departures.setdefault(name, []).append(
                        {"verdict": v, "detail": det, "repro": repro(case)})
    return {"framework": framework, "seed": seed, **counts,
            "disagreements": disagreements,
            "departures": {k: {"count": len(v), "examples": v}
                           for k, v in departures.items()}}


# --------------------------------------------------------------------------------------
# convert round trip: sources run by their own framework, targets by theirs
# --------------------------------------------------------------------------------------
def _source_record(framework, case, seed):
    """``(resolver name, resolver kwargs, x, w)`` for a case (no bias), or None."""
    if framework == "pytorch":
        if case["kind"] == "conv":
            return None
        x, w, _ = _torch_arrays(case, seed)
        return "pytorch", dict(input_shape=x.shape, weight_shape=w.shape, stride=case["stride"],
                               padding=case["padding"], output_padding=case["output_padding"],
                               groups=case["groups"], dilation=case["dilation"],
                               output_size=case.get("output_size")), x, w
    if framework == "tensorflow":
        x, f, out = _tf_arrays(case, seed)
        return "tensorflow", dict(input_shape=x.shape, filters_shape=f.shape, output_shape=out,
                                  strides=case["strides"], padding=case["padding"],
                                  data_format=case["format"],
                                  dilations=case["dilations"]), x, f
    if framework == "keras":
        if case["kind"] != "layer":
            return None
        x, w = _keras_arrays(case, seed)
        return "keras", dict(input_shape=x.shape, kernel_shape=w.shape, **_keras_args(case)), x, w
    if framework == "onnxruntime":
        x, w, _ = _onnx_arrays(case, seed)
        return "onnx", dict(X_shape=x.shape, W_shape=w.shape, **case["attrs"]), x, w
    x, w = _jax_arrays(case, seed)
    return "jax", dict(lhs_shape=x.shape, rhs_shape=w.shape, **_jax_args(case)), x, w


def write_sources(framework, seed, n, path):
    """Up to ``n`` layers the framework accepted, with its own output (no bias)."""
    import pickle

    make, run_fw, _, _ = RUNNERS[framework]
    records = []
    for j, case in enumerate(make(np.random.default_rng(seed + 7), 8 * n)):
        case = {**case, "bias": False, "kind": "layer" if framework == "keras"
                else case.get("kind")}
        if case.get("nd", 1) == 3 or len(records) >= n:
            continue
        rec = _source_record(framework, case, j)
        if rec is None:
            continue
        kind, y = outcome(run_fw, case, j)
        if kind == "ok" and y.size:
            records.append({"framework": rec[0], "params": rec[1], "x": rec[2], "w": rec[3],
                            "y": y, "repro": RUNNERS[framework][3](case)})
    if framework == "pytorch":
        records += _spec_sources(seed, n)
    with open(path, "wb") as fh:
        pickle.dump(records, fh)
    return len(records)


def _spec_sources(seed, n):
    """Core specs with asymmetric padding, computed by PyTorch (padding 0, output_padding,
    then the asymmetric crop)."""
    import torch

    from tconv_sym import TransposedConvSpec

    rng = np.random.default_rng(seed + 11)
    out = []
    while len(out) < n:
        nd = int(rng.integers(1, 3))
        s, d, k = _dims(rng, nd, 1, 3), _dims(rng, nd, 1, 2), _dims(rng, nd, 1, 4)
        i = _dims(rng, nd, 1, 4)
        pads = [tuple(int(v) for v in rng.integers(0, 3, 2)) for _ in range(nd)]
        ops = [int(rng.integers(0, max(a, b))) for a, b in zip(s, d)]
        try:
            spec = TransposedConvSpec(in_size=tuple(i), kernel_size=tuple(k), stride=tuple(s),
                                      dilation=tuple(d), padding=tuple(pads),
                                      output_padding=tuple(ops), in_channels=2,
                                      out_channels=2)
        except ValueError:
            continue
        x = _data(len(out), (1, *spec.in_shape), "float64")
        w = _data(len(out) + 1, spec.weight_shape, "float64")
        full = getattr(torch.nn.functional, f"conv_transpose{nd}d")(
            torch.from_numpy(x), torch.from_numpy(w), stride=tuple(s), dilation=tuple(d),
            output_padding=tuple(ops)).numpy()
        index = (slice(None), slice(None)) + tuple(
            slice(lo, full.shape[2 + j] - hi) for j, (lo, hi) in enumerate(pads))
        out.append({"framework": "tconv_sym", "params": {"spec": spec}, "x": x, "w": w,
                    "y": full[index], "repro": repr(spec)})
    return out


def run_target(target, params, x, w):
    """The real framework ``target`` with ``convert``'s parameters."""
    nd = x.ndim - 2
    if target == "pytorch":
        import torch

        conv = getattr(torch.nn.functional, f"conv_transpose{nd}d")
        return conv(torch.from_numpy(x), torch.from_numpy(w), None, params["stride"],
                    params["padding"], params["output_padding"], params["groups"],
                    params["dilation"]).numpy()
    if target == "tensorflow":
        import tensorflow as tf

        # convert's output_shape is for a batch of 1: the caller puts in its batch
        n = params["data_format"].index("N")
        shape = list(params["output_shape"])
        shape[n] = x.shape[n]
        params = {**params, "output_shape": shape}
        op = tf.function(lambda a, b: tf.nn.conv_transpose(a, b, **params), jit_compile=True)
        return op(tf.constant(x), tf.constant(w)).numpy()
    if target == "keras":
        import keras

        layer = getattr(keras.layers, f"Conv{nd}DTranspose")(
            w.shape[-2], w.shape[:-2], use_bias=False, dtype=str(x.dtype), **params)
        layer.build(x.shape)
        layer.set_weights([w])
        return keras.ops.convert_to_numpy(layer(x))
    if target == "onnx":
        return ort_conv_transpose(x.astype(np.float32), w.astype(np.float32), **params)
    import jax

    return np.asarray(jax.lax.conv_transpose(x, w, **params))


def run_targets(target, paths) -> dict:
    """Convert every stored source to ``target``, run it for real, compare."""
    import pickle

    from tconv_sym.interop import convert, resolve

    counts = {"conversions": 0, "exact": 0, "cropped": 0, "impossible": 0, "agree": 0}
    failures, impossible = [], {}
    for path in paths:
        with open(path, "rb") as fh:
            records = pickle.load(fh)
        for rec in records:
            counts["conversions"] += 1
            c = convert(resolve(rec["framework"], **rec["params"]), to=target)
            if c.target is None:
                counts["impossible"] += 1
                key = c.reason.split("(")[0].strip()
                impossible[key] = impossible.get(key, 0) + 1
                continue
            counts["exact" if c.exact else "cropped"] += 1
            def attempt(case, seed, c=c, rec=rec):
                return c.finish(run_target(target, c.params, c.convert_input(rec["x"]),
                                           c.convert_weight(rec["w"])))

            got = outcome(attempt, None, 0)
            if got[0] == "ok" and got[1].shape == rec["y"].shape and np.array_equal(
                    got[1], rec["y"]):
                counts["agree"] += 1
            else:
                failures.append({"source": rec["repro"], "params": repr(c.params),
                                 "got": got[1] if got[0] == "error" else
                                 f"shape {got[1].shape}, expected {rec['y'].shape}"})
    return {"target": target, **counts, "impossible_reasons": impossible,
            "failures": failures}


def _framework_version(framework: str) -> str:
    if framework == "keras":
        import keras

        return f"keras {keras.__version__} on {keras.backend.backend()}"
    module = {"pytorch": "torch", "onnxruntime": "onnxruntime", "jax": "jax",
              "tensorflow": "tensorflow"}[framework]
    mod = __import__(module)
    return f"{module} {mod.__version__}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("framework", choices=sorted(RUNNERS))
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sources", metavar="FILE", help="also store accepted layers and "
                        "the framework's outputs (for the convert round trip) in FILE")
    parser.add_argument("--targets", metavar="FILE", nargs="+", help="instead of the sweep: "
                        "convert the stored layers to this framework and run it")
    args = parser.parse_args(argv)
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    start = time.perf_counter()
    extra = None
    if args.framework == "tensorflow":
        extra = {"eager CPU kernel": lambda case, seed: tf_framework(case, seed, jit=False)}
    if args.framework == "pytorch":
        extra = {"float32 kernel (not its float64 twin)": torch_kernel}
    if args.framework == "jax":
        import jax

        jax.config.update("jax_enable_x64", True)
    if args.framework == "pytorch":
        import torch

        torch.set_num_threads(1)
    if args.targets:
        target = {"onnxruntime": "onnx"}.get(args.framework, args.framework)
        report = run_targets(target, args.targets)
    else:
        report = sweep(args.framework, args.cases, args.seed, extra)
        if args.sources:
            report["sources"] = write_sources(args.framework, args.seed, 8, args.sources)
    report["version"] = _framework_version(args.framework)
    report["seconds"] = round(time.perf_counter() - start, 1)
    print(json.dumps(report, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
