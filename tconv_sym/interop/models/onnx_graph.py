"""Read the ``Conv`` / ``ConvTranspose`` nodes of an ONNX model (no code is executed).

The model is parsed with the ``onnx`` package; shapes come from
``onnx.shape_inference.infer_shapes``; weights and biases from the graph's initializers (or
``Constant`` nodes). Each node's attributes are resolved by
:func:`~tconv_sym.interop.resolve_onnx` (transposed) or onto a
:class:`~tconv_sym.ConvSpec` (``auto_pad`` SAME_UPPER / SAME_LOWER / VALID / ``pads``).
Nodes that cannot be expressed — a spatial or channel dimension unknown after shape
inference, an unknown attribute, a quantized or deformable convolution, a runtime's contrib
operator (``com.microsoft.FusedConv``, …), a convolution inside a control-flow subgraph —
are listed with the reason.
"""

from __future__ import annotations

import math
import os

import numpy as np

from ...spec import ConvSpec
from ..onnx import resolve_onnx
from .layer import ScannedLayer, conv_window, printable
from .onnx_node import node_runtime

__all__ = ["scan_onnx", "load_onnx", "CONV_OPS", "OTHER_CONV_OPS"]

CONV_OPS = ("Conv", "ConvTranspose")
#: convolution-like operators tconv_sym does not express, with the reason
OTHER_CONV_OPS = {
    "ConvInteger": "quantized convolution (integer inputs with zero points) is not a float "
                   "operator tconv_sym models",
    "QLinearConv": "quantized convolution (scales and zero points) is not a float operator "
                   "tconv_sym models",
    "DeformConv": "deformable convolution reads the input at learned offsets; it is not a "
                  "fixed sparse operator",
}
_CONV_ATTRS = {"auto_pad", "dilations", "group", "kernel_shape", "pads", "strides"}
_TCONV_ATTRS = _CONV_ATTRS | {"output_padding", "output_shape"}


def load_onnx(model):
    """An ``onnx.ModelProto`` from a path or a ModelProto (returned as it is).

    >>> load_onnx(3)
    Traceback (most recent call last):
        ...
    TypeError: model must be an onnx.ModelProto or a path to a .onnx file, got 3 (int)
    """
    if isinstance(model, (str, os.PathLike)):
        import onnx

        path = os.fspath(model)
        if not os.path.isfile(path):
            raise ValueError(f"model {path!r} is not a file")
        try:
            return onnx.load(path)
        except Exception as exc:  # onnx raises DecodeError and friends
            raise ValueError(f"model {path!r} is not a readable ONNX file: {exc}") from None
    if type(model).__name__ == "ModelProto":
        missing = [t.name for t in model.graph.initializer if t.data_location == 1
                   and not t.raw_data]  # TensorProto.EXTERNAL, not loaded
        if missing:
            raise ValueError(
                f"model: the ModelProto keeps {len(missing)} initializer(s) ({missing[0]!r}, "
                "...) in external data files that were not loaded; pass the path of the "
                ".onnx file instead (its data files next to it), or load them first with "
                "onnx.load_external_data_for_model(model, folder)")
        return model
    raise TypeError(f"model must be an onnx.ModelProto or a path to a .onnx file, got "
                    f"{model!r} ({type(model).__name__})")


def _with_input_shape(model, input_shape):
    import onnx

    model = onnx.ModelProto.FromString(model.SerializeToString())
    inits = {i.name for i in model.graph.initializer}
    inputs = [i for i in model.graph.input if i.name not in inits]
    if not inputs:
        raise ValueError("input_shape was given but the model has no graph input")
    dims = inputs[0].type.tensor_type.shape.dim
    from ..._validate import positive_int

    shape = tuple(positive_int(f"input_shape[{j}]", v) for j, v in enumerate(input_shape))
    if len(dims) != len(shape):
        raise ValueError(f"input_shape {shape} has {len(shape)} dims; the model's input "
                         f"{inputs[0].name!r} has {len(dims)}")
    for d, v in zip(dims, shape):
        d.Clear()
        d.dim_value = v
    return model


def _shapes(model) -> dict[str, tuple]:
    """value name -> shape (ints; ``None`` or a parameter name where unknown)."""
    out = {}
    g = model.graph
    for vi in (*g.input, *g.value_info, *g.output):
        t = vi.type.tensor_type
        if not t.HasField("shape"):
            continue
        out[vi.name] = tuple(d.dim_value if d.HasField("dim_value") else
                             (d.dim_param or None) for d in t.shape.dim)
    return out


def _constants(model) -> dict[str, np.ndarray]:
    from onnx import helper, numpy_helper

    out = {}
    for t in model.graph.initializer:
        out[t.name] = _tensor(numpy_helper.to_array, t, f"initializer {t.name!r}")
    for node in model.graph.node:
        if node.op_type == "Constant" and node.output:
            for a in node.attribute:
                if a.name == "value":
                    out[node.output[0]] = _tensor(
                        numpy_helper.to_array, helper.get_attribute_value(a),
                        f"Constant {node.output[0]!r}")
    return out


def _tensor(to_array, tensor, what: str) -> np.ndarray:
    try:
        return to_array(tensor)
    except Exception as exc:  # external data of the wrong length, an unknown data type, ...
        dims = list(getattr(tensor, "dims", []))
        raise ValueError(f"model: the data of {what} does not match its dims {dims} (a "
                         f"truncated or foreign external-data file?): {exc}") from None


#: the attribute types of the nodes scan reads (the ONNX schema of Conv / ConvTranspose)
ATTR_TYPES = {"auto_pad": "STRING", "dilations": "INTS", "group": "INT",
              "kernel_shape": "INTS", "pads": "INTS", "strides": "INTS",
              "output_padding": "INTS", "output_shape": "INTS"}


def _attrs(node) -> dict:
    """The node's attributes, each checked against the type the ONNX schema gives it (a
    FLOATS ``strides`` is refused, never truncated: onnxruntime refuses the file too)."""
    from onnx import AttributeProto, helper

    out = {}
    for a in node.attribute:
        want = ATTR_TYPES.get(a.name)
        got = AttributeProto.AttributeType.Name(a.type)
        v = helper.get_attribute_value(a)
        if want is not None and got != want:
            raise ValueError(f"attribute {a.name} of {node.op_type} must be {want} by the ONNX "
                             f"schema, got {got} {v!r} (onnxruntime refuses such a model: "
                             "re-export it)")
        if isinstance(v, bytes):
            v = v.decode("utf-8", errors="backslashreplace")
        elif isinstance(v, list) and want == "INTS":
            v = [int(x) for x in v]
        out[a.name] = v
    return out


def _static(name: str, shape, role: str) -> tuple[int, ...]:
    """The shape with an unknown batch dim set to 1; ValueError if anything else is unknown."""
    if shape is None:
        raise ValueError(f"the shape of {role} {name!r} is unknown after shape inference; "
                         "pass input_shape=... (or export with static shapes)")
    dims = list(shape)
    if role == "input" and dims and not isinstance(dims[0], int):
        dims[0] = 1
    unknown = [j for j, v in enumerate(dims) if not isinstance(v, int) or v < 1]
    if unknown:
        raise ValueError(f"dynamic shape: {role} {name!r} has shape "
                         f"{[v if isinstance(v, int) and v > 0 else (v or '?') for v in dims]}"
                         f" (dim {unknown[0]} unknown); pass input_shape=... with static sizes")
    return tuple(dims)


def _conv_spec(x_shape, w_shape, attrs) -> ConvSpec:
    nd = len(x_shape) - 2
    c, in_size = x_shape[1], x_shape[2:]
    group = int(attrs.get("group", 1))
    k = tuple(w_shape[2:])
    if "kernel_shape" in attrs and tuple(attrs["kernel_shape"]) != k:
        raise ValueError(f"kernel_shape={attrs['kernel_shape']} does not match W's spatial "
                         f"shape {list(k)}")
    if w_shape[1] * group != c:
        raise ValueError(f"X has {c} channels but W of shape {list(w_shape)} with group="
                         f"{group} expects {w_shape[1] * group}")
    strides = tuple(attrs.get("strides", (1,) * nd))
    dilations = tuple(attrs.get("dilations", (1,) * nd))
    auto_pad = attrs.get("auto_pad", "NOTSET")
    base = dict(in_size=in_size, kernel_size=k, stride=strides, dilation=dilations,
                in_channels=c, out_channels=w_shape[0], groups=group)
    if auto_pad == "NOTSET":
        pads = list(attrs.get("pads", (0,) * (2 * nd)))
        return ConvSpec(**base, padding=tuple(zip(pads[:nd], pads[nd:])))
    if auto_pad == "VALID":
        return ConvSpec(**base, padding="valid")
    if auto_pad in ("SAME_UPPER", "SAME_LOWER"):
        same = ConvSpec(**base, padding="same")  # the odd sample at the end: SAME_UPPER
        if auto_pad == "SAME_UPPER":
            return same
        return same.with_(padding=tuple((hi, lo) for lo, hi in same.padding))
    raise ValueError(f"auto_pad must be NOTSET, SAME_UPPER, SAME_LOWER or VALID, got "
                     f"{printable(auto_pad, 80)!r}")


def _conv_like_in_subgraphs(graph, path=""):
    """(name, op, where) of convolution nodes inside subgraph attributes (If, Loop, Scan)."""
    from onnx import helper

    found = []
    for node in graph.node:
        for a in node.attribute:
            subs = []
            v = helper.get_attribute_value(a)
            if type(v).__name__ == "GraphProto":
                subs = [v]
            elif isinstance(v, list) and v and type(v[0]).__name__ == "GraphProto":
                subs = v
            for sub in subs:
                where = f"{path}{node.op_type} {node.name!r}.{a.name}"
                for inner in sub.node:
                    if inner.op_type in CONV_OPS or inner.op_type in OTHER_CONV_OPS:
                        found.append((inner.name or inner.op_type, inner.op_type, where))
                found += _conv_like_in_subgraphs(sub, where + " > ")
    return found


def _read_node(layer, node, shapes, consts) -> None:
    """Fill ``layer`` from a Conv / ConvTranspose node (ValueError: why it cannot be)."""
    op = node.op_type
    attrs = _attrs(node)
    layer.params = attrs
    unknown = set(attrs) - (_TCONV_ATTRS if op == "ConvTranspose" else _CONV_ATTRS)
    if unknown:
        raise ValueError(f"unknown attribute(s) {', '.join(sorted(unknown))} of {op}")
    if len(node.input) < 2 or not node.input[0] or not node.input[1]:
        raise ValueError(f"{op} needs inputs X and W, the node has "
                         f"{[printable(i, 40) for i in node.input]}")
    x_name, w_name = node.input[0], node.input[1]
    b_name = node.input[2] if len(node.input) > 2 and node.input[2] else None
    w_shape = _static(w_name, shapes.get(w_name), "weight")
    x_shape = _static(x_name, _channels_from_weight(shapes.get(x_name), w_shape, op, attrs),
                      "input")
    layer.input_shape = x_shape
    if len(x_shape) < 3 or len(w_shape) != len(x_shape):
        raise ValueError(f"X {list(x_shape)} and W {list(w_shape)} must be (N, C, "
                         "*spatial) and (., ., *kernel) of the same rank")
    if op == "ConvTranspose":
        r = resolve_onnx(x_shape, w_shape, **attrs)
        r.params["bias"] = b_name is not None
        layer.resolution, layer.spec, layer.window = r, r.spec, r.window
    else:
        layer.spec = _conv_spec(x_shape, w_shape, attrs)
        layer.window = conv_window(layer.spec)
    w = consts.get(w_name)
    layer.weight = None if w is None else np.array(w)
    if b_name is not None and b_name in consts:
        b = np.array(consts[b_name])
        if b.shape != (layer.spec.out_channels,):
            raise ValueError(f"bias B {printable(b_name, 60)!r} has shape {list(b.shape)}; "
                             f"the layer has {layer.spec.out_channels} output channels "
                             f"(B must have shape [{layer.spec.out_channels}])")
        layer.bias = b
    elif b_name is not None:
        layer.params = {**attrs, "bias": f"runtime input {b_name!r}"}


def _channels_from_weight(x_shape, w_shape, op, attrs):
    """X's shape with an unknown channel dim read from W (``C_in = W[1] * group`` for Conv,
    ``W[0]`` for ConvTranspose) when everything else is known."""
    if x_shape is None or len(x_shape) < 3 or isinstance(x_shape[1], int) and x_shape[1] > 0:
        return x_shape
    group = attrs.get("group", 1)
    c_in = w_shape[0] if op == "ConvTranspose" else w_shape[1] * group
    return (x_shape[0], c_in, *x_shape[2:])


def _known(shape) -> bool:
    return shape is not None and all(isinstance(v, int) and v > 0 for v in shape)


def _input_feeds(model):
    """Zeros for every graph input (an unknown batch dim set to 1), or None when a graph
    input has another unknown dim (then the graph really is dynamic)."""
    from onnx import helper

    inits = {i.name for i in model.graph.initializer}
    feeds = {}
    for vi in model.graph.input:
        if vi.name in inits:
            continue
        t = vi.type.tensor_type
        if not t.HasField("shape"):
            return None
        dims = [d.dim_value if d.HasField("dim_value") else None for d in t.shape.dim]
        if dims and dims[0] is None:
            dims[0] = 1
        if not _known(dims):
            return None
        dtype = helper.tensor_dtype_to_np_dtype(t.elem_type)
        feeds[vi.name] = np.zeros(dims, dtype=dtype)
    return feeds


def runtime_shapes(model, names) -> dict[str, tuple]:
    """Shapes of the values ``names`` read by running ``model`` once in onnxruntime on
    zeros (for static graphs whose shapes ONNX shape inference loses, e.g. behind a
    ``Reshape`` of a computed shape). Empty when the graph input is dynamic, onnxruntime
    is missing or refuses the model, or the run would not fit the ``bytes`` budget
    (estimated from the inputs and the largest shape inference found).

    >>> runtime_shapes(None, [])
    {}
    """
    if not names or model is None:
        return {}
    try:
        import onnxruntime as ort
        from onnx import helper
    except ImportError:
        return {}
    feeds = _input_feeds(model)
    if feeds is None:
        return {}
    import onnx

    from ...budget import ResourceLimitError, check

    known = [math.prod(v) for v in _shapes(model).values() if _known(v)]
    try:  # the inputs, and three of the largest intermediate shape inference did find
        check("bytes", sum(a.nbytes for a in feeds.values()) + 3 * 4 * max(known, default=0),
              what="running the model once in onnxruntime to read its shapes")
    except ResourceLimitError:
        return {}  # the layers stay unknown; their reason says to pass input_shape

    probe = onnx.ModelProto.FromString(model.SerializeToString())
    outputs = {o.name for o in probe.graph.output}
    for name in names:
        if name not in outputs:
            probe.graph.output.append(helper.make_empty_tensor_value_info(name))
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.log_severity_level = 3
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    try:
        session = ort.InferenceSession(probe.SerializeToString(), options,
                                       providers=["CPUExecutionProvider"])
        values = session.run(list(names), feeds)
    except Exception:  # the runtime refuses the model: the layers stay unknown (reported)
        return {}
    return {n: tuple(int(v) for v in np.shape(a)) for n, a in zip(names, values)}


def _infer(model):
    import onnx

    try:
        return onnx.shape_inference.infer_shapes(model, data_prop=True)
    except Exception as exc:  # InferenceError and friends: report, do not guess
        raise ValueError(f"ONNX shape inference failed: {exc}") from None


def scan_onnx(model, input_shape=None, equivalents=None, opset=None) -> list[ScannedLayer]:
    """The convolution layers of an ONNX model (see :func:`tconv_sym.interop.scan`).

    ``equivalents(layer)`` fills ``layer.equivalents`` (the caller's choice of frameworks);
    ``opset`` is the model's (each layer's ``runtime`` runs its node alone at that opset).
    Shapes come from ONNX shape inference with data propagation; a conv input it still
    leaves unknown in a static graph is read by running the graph once in onnxruntime.
    """
    model = load_onnx(model)
    if input_shape is not None:
        model = _with_input_shape(model, input_shape)
    inferred = _infer(model)
    shapes = _shapes(inferred)
    consts = _constants(inferred)
    for name, arr in consts.items():
        shapes.setdefault(name, tuple(arr.shape))
    nodes = [n for n in inferred.graph.node if n.op_type in CONV_OPS
             and n.domain in ("", "ai.onnx")]
    lost = [n.input[0] for n in nodes if n.input and not _known(shapes.get(n.input[0]))]
    shapes.update(runtime_shapes(inferred, lost))
    layers = []
    for node in inferred.graph.node:
        op = node.op_type
        standard = node.domain in ("", "ai.onnx")
        if standard and op not in CONV_OPS and op not in OTHER_CONV_OPS:
            continue
        if not standard and "conv" not in op.lower():
            continue
        name = node.name or f"{op}_{len(layers)}"
        layer = ScannedLayer(name=name, op=op if standard else f"{node.domain}.{op}",
                             framework="onnx", index=len(layers))
        layers.append(layer)
        if not standard:  # e.g. com.microsoft FusedConv / NhwcConv from graph optimizers
            layer.reason = (f"{node.domain}.{op} is not a standard ONNX operator; its "
                            "semantics are the runtime's (export without contrib ops)")
            continue
        if op in OTHER_CONV_OPS:
            layer.reason = OTHER_CONV_OPS[op]
            continue
        try:
            _read_node(layer, node, shapes, consts)
        except (ValueError, TypeError) as exc:
            layer.reason = str(exc)
            layer.spec = None
            continue
        layer.runtime = node_runtime(layer, opset)
        if equivalents is not None:
            layer.equivalents = equivalents(layer)
    for inner, op, where in _conv_like_in_subgraphs(inferred.graph):
        layers.append(ScannedLayer(
            name=inner, op=op, framework="onnx", index=len(layers),
            reason=f"inside the subgraph {where}; only the main graph is scanned"))
    return layers
