"""The contenders a user would pick to run one fixed transposed convolution fast.

Each maker takes ``(spec, x, w)`` (NumPy arrays, PyTorch layout) and returns a zero-argument
callable running the layer on that input, as its users would call it, on one thread:

- :func:`scipy_fn`: the operator matrix (``scipy.sparse``) times the batch — the oracle;
- :func:`torch_fn`: PyTorch eager ``conv_transpose``;
- :func:`torch_compile_fn`: the same under ``torch.compile`` (fixed shapes; returns the
  compile time too, reported separately);
- :func:`onnxruntime_fn`: onnxruntime on a one-node ``ConvTranspose`` model, weights as
  initializers, ``intra_op_num_threads=1``, ``inter_op_num_threads=1``.

:func:`oracle` is what every contender is checked against before it is timed: the scipy
matrix when it is small enough to build, else PyTorch eager in float64.

>>> import numpy as np
>>> from tconv_sym import TransposedConvSpec
>>> spec = TransposedConvSpec(in_size=3, kernel_size=2, stride=2)
>>> x, w = np.ones((1, 1, 3), np.float32), np.ones((1, 1, 2), np.float32)
>>> onnxruntime_fn(spec, x, w)().tolist()
[[[1.0, 1.0, 1.0, 1.0, 1.0, 1.0]]]
"""

from __future__ import annotations

import time

import numpy as np

__all__ = ["scipy_fn", "torch_fn", "torch_compile_fn", "onnxruntime_fn", "oracle",
           "SCIPY_MAX_NNZ"]

#: Build the scipy.sparse operator (oracle and contender) only up to this many nonzeros per
#: sample times the batch (about 12 bytes each); above it the oracle is PyTorch in float64.
SCIPY_MAX_NNZ = 20_000_000


def scipy_fn(spec, x, w):
    """The operator matrix (scipy.sparse, in ``x``'s dtype) times the batch.

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec
    >>> spec = TransposedConvSpec(in_size=2, kernel_size=2)
    >>> scipy_fn(spec, np.array([[[1.0, 2.0]]]), np.array([[[1.0, 1.0]]]))().tolist()
    [[[1.0, 3.0, 2.0]]]
    """
    from ..operators import conv_transpose_matrix

    m = conv_transpose_matrix(spec, w, backend="scipy").astype(x.dtype)
    n, out_shape = x.shape[0], (x.shape[0], *spec.out_shape)
    return lambda: (m @ x.reshape(n, -1).T).T.reshape(out_shape)


def _torch_call(spec):
    """``(fn, kwargs, crop)``: PyTorch's conv_transpose with symmetric padding, and the crop
    that gives asymmetric padding (pad by the smaller side, crop the rest: what a user does)."""
    import torch

    fn = getattr(torch.nn.functional, f"conv_transpose{spec.ndim}d")
    pad = tuple(min(lo, hi) for lo, hi in zip(spec.pad_lo, spec.pad_hi))
    kwargs = dict(stride=spec.stride, padding=pad, output_padding=spec.output_padding,
                  groups=spec.groups, dilation=spec.dilation)
    crop = None
    if spec.pad_lo != spec.pad_hi:
        crop = (Ellipsis, *(slice(lo - p, lo - p + o)
                            for lo, p, o in zip(spec.pad_lo, pad, spec.out_size)))
    return fn, kwargs, crop


def torch_fn(spec, x, w):
    """PyTorch eager ``conv_transpose`` (one thread: the suite pins it), returning a tensor.

    Asymmetric padding runs as the smaller side's padding and a crop, like the oracle:

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec
    >>> spec = TransposedConvSpec(in_size=3, kernel_size=3, stride=2, padding=(1, 0))
    >>> x, w = np.array([[[1.0, 2.0, 3.0]]]), np.array([[[1.0, 10.0, 100.0]]])
    >>> y = torch_fn(spec, x, w)().numpy()
    >>> y.tolist(), np.array_equal(y, scipy_fn(spec, x, w)())
    ([[[10.0, 102.0, 20.0, 203.0, 30.0, 300.0]]], True)
    """
    import torch

    fn, kwargs, crop = _torch_call(spec)
    xt, wt = torch.from_numpy(x), torch.from_numpy(w)

    def run():
        with torch.inference_mode():
            y = fn(xt, wt, **kwargs)
            return y if crop is None else y[crop]
    return run


def torch_compile_fn(spec, x, w):
    """``(fn, compile seconds)``: the layer under ``torch.compile`` (inductor, fixed shapes,
    the weight a constant of the module); compile time is the first call's.
    """
    import torch

    fn, kwargs, crop = _torch_call(spec)
    xt, wt = torch.from_numpy(x), torch.from_numpy(w)

    def layer(a):
        y = fn(a, wt, **kwargs)
        return y if crop is None else y[crop]

    compiled = torch.compile(layer, dynamic=False)
    t0 = time.perf_counter()
    with torch.inference_mode():
        compiled(xt)
    seconds = time.perf_counter() - t0

    def run():
        with torch.inference_mode():
            return compiled(xt)
    return run, seconds


def onnx_model(spec, w) -> bytes:
    """A one-node ONNX ``ConvTranspose`` model of ``spec`` with ``w`` as an initializer.

    >>> from tconv_sym import TransposedConvSpec
    >>> import numpy as np
    >>> len(onnx_model(TransposedConvSpec(in_size=2, kernel_size=2), np.ones((1, 1, 2)))) > 0
    True
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    elem = {np.dtype("float32"): TensorProto.FLOAT, np.dtype("float64"): TensorProto.DOUBLE}[
        np.dtype(w.dtype)]
    node = helper.make_node(
        "ConvTranspose", ["x", "w"], ["y"], kernel_shape=list(spec.kernel_size),
        strides=list(spec.stride), pads=[*spec.pad_lo, *spec.pad_hi],
        output_padding=list(spec.output_padding), dilations=list(spec.dilation),
        group=spec.groups)
    graph = helper.make_graph(
        [node], "tconv", [helper.make_tensor_value_info("x", elem, [None, *spec.in_shape])],
        [helper.make_tensor_value_info("y", elem, [None, *spec.out_shape])],
        initializer=[numpy_helper.from_array(np.ascontiguousarray(w), "w")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model.SerializeToString()


def onnxruntime_fn(spec, x, w, threads: int = 1):
    """onnxruntime (CPU, ``threads`` intra-op threads — one by default —, all graph
    optimisations) on :func:`onnx_model`."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    if threads > 1:  # idle pool threads sleep instead of spinning (their CPU time is counted)
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    sess = ort.InferenceSession(onnx_model(spec, w), opts, providers=["CPUExecutionProvider"])
    run = sess.run
    feed = {"x": x}
    return lambda: run(None, feed)[0]


def oracle(spec, x, w, nnz: int):
    """``(y, name)``: what every contender must return — the scipy.sparse operator times the
    batch when ``nnz × batch <= SCIPY_MAX_NNZ``, else PyTorch eager in float64.

    >>> import numpy as np
    >>> from tconv_sym import TransposedConvSpec
    >>> spec = TransposedConvSpec(in_size=2, kernel_size=2)
    >>> y, name = oracle(spec, np.array([[[1.0, 2.0]]]), np.array([[[1.0, 1.0]]]), 4)
    >>> y.tolist(), name
    ([[[1.0, 3.0, 2.0]]], 'scipy.sparse')
    """
    if nnz * x.shape[0] <= SCIPY_MAX_NNZ:
        return scipy_fn(spec, x.astype(np.float64), w.astype(np.float64))(), "scipy.sparse"
    return torch_fn(spec, x.astype(np.float64), w.astype(np.float64))().numpy(), \
        "PyTorch float64"
