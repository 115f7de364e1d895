"""Demo sections for the framework conventions (registered in ``tconv_sym.report.tour.SECTIONS``).

>>> from tconv_sym.report.tour import Report
>>> r = Report(echo=False)
>>> tf_same_through_interop(r); mnist_decoder_equivalence(r)
>>> r.failures, r.checks
(0, 10)
"""

from __future__ import annotations

import numpy as np

__all__ = ["tf_same_through_interop", "mnist_decoder_equivalence"]


def tf_same_through_interop(report) -> None:
    """The TensorFlow SAME stride-2 example, its PyTorch and ONNX equivalents."""
    from . import convert, onnx_conv_transpose, resolve_tf, tf_conv2d_transpose
    from .pytorch import torch_conv_transpose

    report.heading("Porting TensorFlow SAME (stride 2, 3×3 ones) to PyTorch and ONNX")
    x = np.array([1, 2, 3, 4]).reshape(1, 2, 2, 1)
    filters = np.ones((3, 3, 1, 1), dtype=np.int64)
    y = tf_conv2d_transpose(x, filters, (1, 4, 4, 1), strides=2, padding="SAME")
    report.show("tf.nn.conv2d_transpose(x, ones, (1, 4, 4, 1), 2, 'SAME')", y[0, :, :, 0])
    report.check("matches TensorFlow", y[0, :, :, 0].tolist(),
                 [[1, 1, 3, 2], [1, 1, 3, 2], [4, 4, 10, 6], [3, 3, 7, 4]])
    r = resolve_tf(x.shape, filters.shape, (1, 4, 4, 1), 2, "SAME")
    report.say(f"resolved: {r.spec!r}")
    report.check("TF SAME crops (0, 1) of the full 5×5 output: the odd sample at the end",
                 r.crop, ((0, 1), (0, 1)))
    c = convert(r, to="pytorch")
    report.show("convert(..., to='pytorch')", c)
    report.check("no exact PyTorch padding/output_padding exists", c.exact, False)
    y_torch = torch_conv_transpose(c.convert_input(x), c.convert_weight(filters), **c.call_params)
    report.check("PyTorch(padding=0, output_padding=0) then crop (0, 1) reproduces it",
                 c.finish(y_torch), y)
    naive = torch_conv_transpose(c.convert_input(x), c.convert_weight(filters), stride=2,
                                 padding=1, output_padding=1)
    report.check("the size-matched port padding=1, output_padding=1 is shifted by one sample",
                 bool((naive.transpose(0, 2, 3, 1) != y).any()), True)
    o = convert(r, to="onnx")
    report.say(f"ONNX: exact={o.exact}, pads={o.params['pads']} (begin..., end...)")
    y_onnx = onnx_conv_transpose(o.convert_input(x), o.convert_weight(filters), **o.params)
    report.check("ONNX ConvTranspose with those pads reproduces it", o.finish(y_onnx), y)


def mnist_decoder_equivalence(report) -> None:
    """conv2d_transpose(a, W) == conv2d(a, flip180(swap_in_out(W))) == conv2d_backprop_input."""
    from . import tf_conv2d, tf_conv2d_backprop_input, tf_conv2d_transpose

    report.heading("MNIST decoder: three ways to write the same layer (28×28×32 -> 28×28×1)")
    rng = np.random.default_rng(0)
    a = rng.integers(-2, 3, (1, 28, 28, 32)).astype(np.float64)
    w = rng.integers(-2, 3, (7, 7, 1, 32)).astype(np.float64)  # (kH, kW, C_out=1, C_in=32)
    y = tf_conv2d_transpose(a, w, [1, 28, 28, 1], 1, "SAME")
    report.say(f"conv2d_transpose(a {a.shape}, W {w.shape}, SAME): output {y.shape}")
    report.check("output shape [1, 28, 28, 1]", y.shape, (1, 28, 28, 1))
    flipped = w.transpose(0, 1, 3, 2)[::-1, ::-1]
    report.check("== conv2d(a, flip180(swap_in_out(W)), SAME)",
                 tf_conv2d(a, flipped, 1, "SAME"), y)
    report.check("== conv2d_backprop_input([1, 28, 28, 1], W, a)",
                 tf_conv2d_backprop_input([1, 28, 28, 1], w, a, [1, 1, 1, 1], "SAME"), y)
    try:  # the port that forgets the channel swap: conv2d filters (7, 7, C_in=1, C_out=32)
        tf_conv2d(a, w[::-1, ::-1], 1, "SAME")
        refused = False
    except ValueError as exc:
        refused = True
        report.say(f"  conv2d(a, flip180(W)) without the swap: ValueError: {exc}")
    report.check("flip without the channel swap is refused (1 input channel vs 32)", refused,
                 True)
