"""Read the convolution layers of a TensorFlow Lite model (a ``.tflite`` flatbuffer).

``TRANSPOSE_CONV``, ``CONV_2D`` and ``DEPTHWISE_CONV_2D`` operators of the main subgraph
are read with the ``tflite`` schema package (flatbuffer accessors only: nothing in the file
is executed), in operator order: their options (padding, strides, dilation, fused
activation, depth multiplier), tensor shapes (NHWC), constant weights and bias, and, for
full-int8 models, TFLite's quantization — input and output scale and zero point, the
symmetric weight scales (one per output channel, or one for all) and the activation clamp
TFLite derives from the fused activation. Each becomes a :class:`TFLiteLayer` (a
:class:`~tconv_sym.interop.models.ScannedLayer` with ``quant``): the core spec, the weight in
the core (PyTorch) layout — int8 values for a quantized layer — and the bias (int32 for a
quantized layer). Other convolution-like operators, hybrid, uint8 and int16 layers are
listed with the reason.

>>> is_tflite_file(__file__)
False
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np

from ...spec import ConvSpec
from ..tensorflow import resolve_tf
from .layer import ScannedLayer, conv_window

__all__ = ["TFLiteLayer", "is_tflite_file", "read_tflite", "scan_tflite", "TFLITE_OPS",
           "activation_range"]

#: The operators read as layers (others whose name holds "CONV" are listed as unsupported).
TFLITE_OPS = ("TRANSPOSE_CONV", "CONV_2D", "DEPTHWISE_CONV_2D")
_IDENTIFIER = b"TFL3"
#: TFLite tensor types (schema ``TensorType``) that appear here.
_TYPES = {0: "float32", 1: "float16", 2: "int32", 3: "uint8", 4: "int64", 7: "int16",
          9: "int8", 10: "float64"}
_NUMPY = {"float32": "<f4", "float16": "<f2", "int32": "<i4", "uint8": "u1", "int64": "<i8",
          "int16": "<i2", "int8": "i1", "float64": "<f8"}
_ACTIVATIONS = {0: "NONE", 1: "RELU", 2: "RELU_N1_TO_1", 3: "RELU6", 4: "TANH",
                5: "SIGN_BIT"}
_PADDING = {0: "SAME", 1: "VALID"}


@dataclass(eq=False, repr=False)
class TFLiteLayer(ScannedLayer):
    """A :class:`~tconv_sym.interop.models.ScannedLayer` read from a ``.tflite`` model, with
    ``quant`` (a :class:`~tconv_sym.codegen.quant.Quantization` for a full-int8 layer,
    ``None`` for a float one), ``activation`` (the fused activation's name, applied by the
    int8 clamp), ``model_path`` and ``tensors`` (the operator's input and output tensor
    indices, to find the layer again in an interpreter).

    >>> TFLiteLayer("up", "TRANSPOSE_CONV", "tflite", 0, activation="RELU").int8
    False
    """

    quant: object = None
    activation: str = "NONE"
    model_path: str | None = None
    tensors: tuple = ()

    @property
    def int8(self) -> bool:
        """True for a full-int8 layer (TFLite's quantized arithmetic)."""
        return self.quant is not None


def is_tflite_file(path) -> bool:
    """Whether ``path`` is a file that starts like a TFLite flatbuffer (identifier ``TFL3``).

    >>> is_tflite_file("no-such-file.tflite")
    False
    """
    if not isinstance(path, (str, os.PathLike)):
        return False
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError:
        return False
    return len(head) == 8 and head[4:8] == _IDENTIFIER


def read_tflite(path):
    """``(data, model)``: the file's bytes (read once, size checked against the memory budget
    first) and its ``tflite.Model`` root table.

    >>> read_tflite(3)
    Traceback (most recent call last):
        ...
    TypeError: model must be a path to a .tflite file, got 3 (int)
    """
    from ...budget import check

    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"model must be a path to a .tflite file, got {path!r} "
                        f"({type(path).__name__})")
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise ValueError(f"model {path!r} is not a file")
    size = os.path.getsize(path)
    check("bytes", size, what=f"reading the TFLite model {path!r}",
          hint="the whole flatbuffer is read into memory")
    with open(path, "rb") as f:
        data = f.read(size + 1)
    if len(data) < 8 or data[4:8] != _IDENTIFIER:
        raise ValueError(f"model {path!r} is not a TFLite flatbuffer (no 'TFL3' identifier "
                         "at bytes 4-8)")
    try:
        import tflite
    except ImportError:  # pragma: no cover - an extra
        raise ImportError("reading .tflite models needs the 'tflite' package: "
                          "pip install tflite") from None
    import struct

    try:
        model = tflite.Model.GetRootAsModel(data, 0)
        if model.SubgraphsLength() < 1:
            raise ValueError(f"model {path!r} has no subgraph")
    except (IndexError, TypeError, struct.error) as exc:  # a truncated or corrupt flatbuffer
        raise ValueError(f"model {path!r} is not a readable TFLite flatbuffer: {exc}") from None
    return data, model


def _opcode_names() -> dict[int, str]:
    import tflite

    return {v: k for k, v in vars(tflite.BuiltinOperator).items()
            if not k.startswith("_") and isinstance(v, int)}


class _Graph:
    """Accessors over the main subgraph, every read bounds-checked."""

    def __init__(self, data: bytes, model, path: str):
        self.data, self.model, self.path = data, model, path
        self.graph = model.Subgraphs(0)
        self.n_tensors = self.graph.TensorsLength()

    def tensor(self, index: int):
        if not 0 <= index < self.n_tensors:
            raise ValueError(f"tensor index {index} out of range (the subgraph has "
                             f"{self.n_tensors} tensors)")
        return self.graph.Tensors(index)

    def name(self, index: int) -> str:
        raw = self.tensor(index).Name()
        return raw.decode("utf-8", "replace") if raw else f"tensor{index}"

    def shape(self, index: int) -> tuple[int, ...]:
        t = self.tensor(index)
        shape = tuple(int(v) for v in t.ShapeAsNumpy()) if t.ShapeLength() else ()
        sig = tuple(int(v) for v in t.ShapeSignatureAsNumpy()) if t.ShapeSignatureLength() \
            else shape
        if any(v < 0 for v in sig[1:]) or any(v < 0 for v in shape):
            raise ValueError(f"tensor {self.name(index)!r} has a dynamic shape {sig}")
        return shape

    def dtype(self, index: int) -> str:
        code = self.tensor(index).Type()
        return _TYPES.get(code, f"type {code}")

    def constant(self, index: int) -> np.ndarray | None:
        """The tensor's constant data (``None`` when computed at run time)."""
        t = self.tensor(index)
        b = t.Buffer()
        if not 0 < b < self.model.BuffersLength():
            return None
        buf = self.model.Buffers(b)
        if buf.Offset() > 1:  # data stored after the flatbuffer (models over 2 GB)
            lo, n = int(buf.Offset()), int(buf.Size())
            if lo + n > len(self.data):
                raise ValueError(f"tensor {self.name(index)!r}: its buffer [{lo}, {lo + n}) "
                                 f"lies outside the file ({len(self.data)} bytes)")
            raw = self.data[lo:lo + n]
        elif buf.DataLength():
            raw = buf.DataAsNumpy().tobytes()
        else:
            return None
        dtype = self.dtype(index)
        if dtype not in _NUMPY:
            raise ValueError(f"tensor {self.name(index)!r} has the unsupported {dtype}")
        shape = self.shape(index)
        want = math.prod(shape) * np.dtype(_NUMPY[dtype]).itemsize
        if len(raw) != want:
            raise ValueError(f"tensor {self.name(index)!r}: {len(raw)} bytes of data for shape "
                             f"{shape} {dtype} ({want} bytes)")
        return np.frombuffer(raw, dtype=_NUMPY[dtype]).reshape(shape).astype(dtype)

    def quantization(self, index: int):
        """``(scales float32 array, zero points int array, quantized dimension)`` or None."""
        q = self.tensor(index).Quantization()
        if q is None or not q.ScaleLength():
            return None
        scales = np.asarray(q.ScaleAsNumpy(), dtype=np.float32)
        zps = np.asarray(q.ZeroPointAsNumpy(), dtype=np.int64) if q.ZeroPointLength() \
            else np.zeros(len(scales), np.int64)
        return scales, zps, int(q.QuantizedDimension())


def _options(op, kind: str):
    """The operator's options table (``None`` if absent)."""
    import tflite

    table = op.BuiltinOptions()
    if table is None:
        return None
    cls = {"CONV_2D": tflite.Conv2DOptions, "DEPTHWISE_CONV_2D": tflite.DepthwiseConv2DOptions,
           "TRANSPOSE_CONV": tflite.TransposeConvOptions}[kind]
    opts = cls()
    opts.Init(table.Bytes, table.Pos)
    return opts


def _params(opts, kind: str) -> dict:
    if opts is None:
        raise ValueError(f"{kind} without its options table")
    params = {"padding": _PADDING.get(opts.Padding(), f"padding {opts.Padding()}"),
              "stride_h": int(opts.StrideH()), "stride_w": int(opts.StrideW())}
    if kind != "TRANSPOSE_CONV":
        params["dilation_h_factor"] = int(opts.DilationHFactor())
        params["dilation_w_factor"] = int(opts.DilationWFactor())
    if kind == "DEPTHWISE_CONV_2D":
        params["depth_multiplier"] = int(opts.DepthMultiplier())
    act = opts.FusedActivationFunction() if hasattr(opts, "FusedActivationFunction") else 0
    params["fused_activation_function"] = _ACTIVATIONS.get(act, f"activation {act}")
    if params["padding"] not in ("SAME", "VALID"):
        raise ValueError(f"{kind} has an unknown {params['padding']}")
    return params


def activation_range(activation: str, scale: float, zero_point: int) -> tuple[int, int]:
    """TFLite's ``CalculateActivationRangeQuantized`` for int8: the clamp of a fused
    activation, ``zero_point + round(f / scale)`` computed in float32 like TFLite.

    >>> activation_range("RELU6", 0.05, -10)
    (-10, 110)
    >>> activation_range("NONE", 0.05, -10)
    (-128, 127)
    """
    def quantize(f: float) -> int:
        v = float(np.float32(f) / np.float32(scale))
        return int(zero_point + int(math.copysign(math.floor(abs(v) + 0.5), v)))

    lo, hi = -128, 127
    if activation == "RELU":
        return max(lo, quantize(0.0)), hi
    if activation == "RELU6":
        return max(lo, quantize(0.0)), min(hi, quantize(6.0))
    if activation == "RELU_N1_TO_1":
        return max(lo, quantize(-1.0)), min(hi, quantize(1.0))
    if activation == "NONE":
        return lo, hi
    raise ValueError(f"fused activation {activation} is not an int8 clamp (TFLite fuses "
                     "only RELU, RELU6 and RELU_N1_TO_1 into int8 convolutions)")


def _quant(g: _Graph, x: int, w: int, y: int, out_axis: int, activation: str):
    """The layer's :class:`~tconv_sym.codegen.quant.Quantization`, ``None`` for a float layer;
    ValueError for quantization schemes other than full int8."""
    from ...codegen.quant import Quantization

    types = (g.dtype(x), g.dtype(w), g.dtype(y))
    if types == ("float32", "float32", "float32"):
        return None
    if types != ("int8", "int8", "int8"):
        what = {("float32", "int8", "float32"): "hybrid (int8 weights, float activations)",
                ("int16", "int8", "int16"): "16x8 (int16 activations)",
                ("uint8", "uint8", "uint8"): "uint8 (asymmetric, legacy)"}.get(
            types, f"input/weight/output types {types}")
        raise ValueError(f"{what} quantization is not read; full int8 (int8 input, weights "
                         "and output) and float32 layers are")
    qx, qw, qy = g.quantization(x), g.quantization(w), g.quantization(y)
    if qx is None or qw is None or qy is None:
        raise ValueError("an int8 tensor without scale and zero point")
    if len(qx[0]) != 1 or len(qy[0]) != 1:
        raise ValueError("per-channel quantization of the input or output tensor")
    scales, zps, dim = qw
    if np.any(zps != 0):
        raise ValueError(f"int8 weights with nonzero zero points {sorted(set(zps.tolist()))[:4]}"
                         " (TFLite's int8 kernels need symmetric weights)")
    if len(scales) > 1 and dim != out_axis:
        raise ValueError(f"weights quantized along axis {dim}, not the output-channel axis "
                         f"{out_axis}")
    y_scale, y_zp = float(qy[0][0]), int(qy[1][0])
    lo, hi = activation_range(activation, y_scale, y_zp)
    return Quantization(input_scale=float(qx[0][0]), input_zero_point=int(qx[1][0]),
                        weight_scales=[float(s) for s in scales], output_scale=y_scale,
                        output_zero_point=y_zp, activation_min=lo, activation_max=hi)


def _bias(g: _Graph, index: int, quant, channels: int):
    if index < 0:
        return None
    b = g.constant(index)
    if b is None:
        raise ValueError(f"bias {g.name(index)!r} is computed at run time")
    want = "int32" if quant is not None else "float32"
    if b.dtype != want or b.shape != (channels,):
        raise ValueError(f"bias {g.name(index)!r} is {b.dtype} {b.shape}, expected {want} "
                         f"({channels},)")
    return b


def _entry(g: _Graph, op, kind: str, index: int, input_shape) -> TFLiteLayer:
    inputs = [int(v) for v in op.InputsAsNumpy()] if op.InputsLength() else []
    outputs = [int(v) for v in op.OutputsAsNumpy()] if op.OutputsLength() else []
    if kind == "TRANSPOSE_CONV":
        shape_t, w_t, x_t = (inputs + [-1] * 3)[:3]
        b_t = inputs[3] if len(inputs) > 3 else -1
    else:
        x_t, w_t = (inputs + [-1] * 2)[:2]
        b_t = inputs[2] if len(inputs) > 2 else -1
    y_t = outputs[0] if outputs else -1
    name = g.name(y_t) if y_t >= 0 else f"op{index}"
    entry = TFLiteLayer(name=name, op=kind, framework="tflite", index=index,
                        model_path=g.path, tensors=(x_t, y_t))
    if min(x_t, w_t, y_t) < 0:
        raise _Refused(entry, f"{kind} without its input, weight or output tensor")
    try:
        entry.params = _params(_options(op, kind), kind)
        x_shape = g.shape(x_t)
        entry.input_shape = x_shape
        y_shape = g.shape(y_t)
        w = g.constant(w_t)
        w_shape = g.shape(w_t)
        if len(x_shape) != 4 or len(w_shape) != 4:
            raise ValueError(f"{kind} with a {len(x_shape)}-D input and {len(w_shape)}-D "
                             "weights (2-D NHWC layers only)")
        act = entry.params["fused_activation_function"]
        entry.activation = act
        out_axis = 3 if kind == "DEPTHWISE_CONV_2D" else 0
        entry.quant = _quant(g, x_t, w_t, y_t, out_axis, act)
        stride = (entry.params["stride_h"], entry.params["stride_w"])
        _check_steps(entry.params, (*x_shape[1:3], *y_shape[1:3], *w_shape[1:3]))
        if kind == "TRANSPOSE_CONV":
            out_shape = g.constant(shape_t) if shape_t >= 0 else None
            out_shape = y_shape if out_shape is None else tuple(int(v) for v in out_shape)
            r = resolve_tf(x_shape, (w_shape[1], w_shape[2], w_shape[0], w_shape[3]),
                           out_shape, stride, entry.params["padding"])
            r.params["bias"] = b_t >= 0
            entry.resolution, entry.spec, entry.window = r, r.spec, r.window
            if w is not None:  # TFLite (C_out, kH, kW, C_in) -> TF (kH, kW, C_out, C_in)
                entry.weight = r.torch_weight(np.transpose(w, (1, 2, 0, 3)))
        else:
            dil = (entry.params["dilation_h_factor"], entry.params["dilation_w_factor"])
            c_in = x_shape[3]
            if kind == "CONV_2D":
                c_out, groups = w_shape[0], c_in // max(w_shape[3], 1)
                if w_shape[3] * groups != c_in:
                    raise ValueError(f"input channels {c_in} not a multiple of the filter's "
                                     f"{w_shape[3]}")
            else:
                c_out, groups = w_shape[3], c_in
                mult = entry.params["depth_multiplier"]
                if c_out % c_in:
                    raise ValueError(f"depthwise filter with {c_out} channels for {c_in} "
                                     f"input channels (depth_multiplier {mult})")
            entry.spec = ConvSpec(in_size=x_shape[1:3], kernel_size=w_shape[1:3],
                                  stride=stride, dilation=dil,
                                  padding="same" if entry.params["padding"] == "SAME" else 0,
                                  in_channels=c_in, out_channels=c_out, groups=groups)
            entry.window = conv_window(entry.spec)
            if w is not None:  # CONV_2D (O, kH, kW, I/g), DEPTHWISE (1, kH, kW, O)
                perm = (0, 3, 1, 2) if kind == "CONV_2D" else (3, 0, 1, 2)
                entry.weight = np.ascontiguousarray(np.transpose(w, perm))
        if entry.spec.out_shape != (y_shape[3], *y_shape[1:3]):
            raise ValueError(f"the output tensor's shape {y_shape} is not the spec's "
                             f"{entry.spec.out_shape} (C, H, W)")
        entry.bias = _bias(g, b_t, entry.quant, entry.spec.out_channels)
    except ValueError as exc:
        raise _Refused(entry, str(exc)) from None
    return entry


def _check_steps(params: dict, sizes) -> None:
    """Strides and dilations between 1 and the largest spatial size or kernel extent (a
    larger step reads one sample; a corrupt file must not make the resolution enumerate
    billions of candidate sizes)."""
    top = max(max(sizes), 1)
    for key in ("stride_h", "stride_w", "dilation_h_factor", "dilation_w_factor"):
        if key in params and not 1 <= params[key] <= top:
            raise ValueError(f"{key}={params[key]} must be in [1, {top}] (the largest spatial "
                             "size or kernel extent of the layer)")


def _check_input_shape(g: _Graph, input_shape, path: str) -> None:
    if input_shape is None or not g.graph.InputsLength():
        return
    first = g.shape(int(g.graph.Inputs(0)))
    if tuple(int(v) for v in input_shape) != first:
        raise ValueError(f"input_shape={tuple(input_shape)} but the TFLite model {path!r} has "
                         f"the static input shape {first} (NHWC); omit input_shape")


class _Refused(Exception):
    def __init__(self, entry, reason):
        super().__init__(reason)
        entry.reason, entry.spec = reason, None
        self.entry = entry


def scan_tflite(model, input_shape=None, equivalents=None) -> list[TFLiteLayer]:
    """The convolution layers of a ``.tflite`` model (see :func:`tconv_sym.interop.scan`).
    TFLite models have static shapes: ``input_shape``, if given, must be the model's first
    input shape (NHWC).

    >>> scan_tflite("missing.tflite")
    Traceback (most recent call last):
        ...
    ValueError: model 'missing.tflite' is not a file
    """
    import struct

    data, fb = read_tflite(model)
    path = os.fspath(model)
    try:
        return _scan(data, fb, path, input_shape, equivalents)
    except ValueError as exc:  # NumPy's "buffer is smaller than requested size": name the file
        if path in str(exc):
            raise
        raise ValueError(f"model {path!r}: {exc}") from None
    except (IndexError, struct.error, TypeError, OverflowError) as exc:  # a corrupt buffer
        raise ValueError(f"model {path!r} is not a readable TFLite flatbuffer "
                         f"({type(exc).__name__}: {exc})") from None


def _scan(data: bytes, fb, path: str, input_shape, equivalents) -> list[TFLiteLayer]:
    g = _Graph(data, fb, path)
    for what, n in (("operators", g.graph.OperatorsLength()), ("tensors", g.n_tensors),
                    ("buffers", fb.BuffersLength()), ("operator codes",
                                                      fb.OperatorCodesLength())):
        if not 0 <= 4 * n <= len(data):  # every entry is at least a 4-byte offset
            raise ValueError(f"model {path!r} claims {n:,} {what} in {len(data):,} bytes: "
                             "not a readable TFLite flatbuffer")
    names = _opcode_names()
    _check_input_shape(g, input_shape, path)
    layers: list[TFLiteLayer] = []
    for i in range(g.graph.OperatorsLength()):
        op = g.graph.Operators(i)
        oc_index = op.OpcodeIndex()
        if not 0 <= oc_index < fb.OperatorCodesLength():
            raise ValueError(f"model {path!r}: operator {i} has opcode index {oc_index} out "
                             "of range")
        oc = fb.OperatorCodes(oc_index)
        code = max(int(oc.BuiltinCode()), int(oc.DeprecatedBuiltinCode()))
        kind = names.get(code, f"CUSTOM/{code}")
        if kind not in TFLITE_OPS:
            if "CONV" in kind:
                layers.append(TFLiteLayer(
                    name=f"op{i}", op=kind, framework="tflite", index=len(layers),
                    model_path=path, reason=f"{kind} is not a plain (transposed) convolution; "
                    f"only {', '.join(TFLITE_OPS)} are read"))
            continue
        try:
            entry = _entry(g, op, kind, len(layers), input_shape)
        except _Refused as refused:
            layers.append(refused.entry)
            continue
        entry.params["operator_index"] = i
        layers.append(entry)
        if equivalents is not None:
            entry.equivalents = equivalents(entry)
    return layers
