"""Run one scanned ONNX convolution node alone in onnxruntime (the ONNX behaviour users get).

The node is rebuilt with its own attributes in a one-node model (same opset as the model
it came from), its weight and bias as initializers, and run on the input given. This is
the independent oracle ``tconv-sym scan --verify`` compares the core operator and the
generated kernels against.

>>> import numpy as np
>>> from tconv_sym.interop.models import ScannedLayer
>>> from tconv_sym import TransposedConvSpec
>>> layer = ScannedLayer("up", "ConvTranspose", "onnx", 0, (1, 1, 2), {"strides": [2]},
...                      TransposedConvSpec(in_size=2, kernel_size=3, stride=2),
...                      weight=np.array([[[1.0, 10.0, 100.0]]], dtype=np.float32))
>>> run_node_alone(layer, np.array([[[1.0, 2.0]]], dtype=np.float32))
array([[[  1.,  10., 102.,  20., 200.]]], dtype=float32)
"""

from __future__ import annotations

import numpy as np

__all__ = ["run_node_alone", "node_runtime", "DEFAULT_OPSET"]

#: opset of the one-node model when the layer does not say which it came from
DEFAULT_OPSET = 17


def run_node_alone(layer, x, weight=None, opset: int | None = None) -> np.ndarray:
    """onnxruntime's output of ``layer`` (an ONNX ``Conv`` / ``ConvTranspose`` entry of
    :func:`~tconv_sym.interop.scan`) for input ``x`` (float32; ``weight`` overrides the
    layer's, e.g. when the model computes it at run time)."""
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    if layer.framework != "onnx" or layer.op not in ("Conv", "ConvTranspose"):
        raise ValueError(f"layer must be an ONNX Conv/ConvTranspose entry, got {layer!r}")
    w = layer.weight if weight is None else weight
    if w is None:
        raise ValueError(f"layer {layer.name!r} has no constant weight; pass weight=")
    x = np.ascontiguousarray(x, dtype=np.float32)
    inits = [numpy_helper.from_array(np.asarray(w, dtype=np.float32), "W")]
    inputs = ["X", "W"]
    if layer.bias is not None:
        inits.append(numpy_helper.from_array(np.asarray(layer.bias, dtype=np.float32), "B"))
        inputs.append("B")
    attrs = {k: v for k, v in layer.params.items() if k != "bias"}
    node = helper.make_node(layer.op, inputs, ["Y"], **attrs)
    graph = helper.make_graph(
        [node], f"tconv_sym_{layer.op}",
        [helper.make_tensor_value_info("X", TensorProto.FLOAT, list(x.shape))],
        [helper.make_tensor_value_info("Y", TensorProto.FLOAT, None)], initializer=inits)
    version = opset or DEFAULT_OPSET
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", version)])
    model.ir_version = min(model.ir_version, 10)
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.log_severity_level = 3
    session = ort.InferenceSession(model.SerializeToString(), options,
                                   providers=["CPUExecutionProvider"])
    return session.run(["Y"], {"X": x})[0]


def node_runtime(layer, opset: int | None = None):
    """The ``runtime`` callable of a scanned ONNX layer: ``fn(x, w=None)`` runs the node
    alone in onnxruntime (opset ``opset``) with the layer's weight (or ``w``).

    >>> import numpy as np
    >>> from tconv_sym.interop.models import ScannedLayer
    >>> from tconv_sym import ConvSpec
    >>> layer = ScannedLayer("c", "Conv", "onnx", 0, (1, 1, 3), {},
    ...                      ConvSpec(in_size=3, kernel_size=2),
    ...                      weight=np.array([[[1.0, 10.0]]], dtype=np.float32))
    >>> node_runtime(layer, 17)(np.array([[[1.0, 2.0, 3.0]]], dtype=np.float32))
    array([[[21., 32.]]], dtype=float32)
    """
    def run(x, w=None):
        return run_node_alone(layer, x, weight=w, opset=opset)

    run.__doc__ = f"onnxruntime, node {layer.name!r} alone (opset {opset or DEFAULT_OPSET})"
    return run
