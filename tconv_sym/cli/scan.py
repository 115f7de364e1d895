"""``tconv-sym scan``: the (transposed) convolution layers of an ONNX model.

    tconv-sym scan MODEL.onnx [--input-shape 1x3x64x64] [--out DIR] [--gen c|numpy]
                              [--dtype float64|float32] [--verify]

Prints one row per layer (name, op, input shape, core spec, window, weight; layers that
cannot be expressed with the reason). ``--out`` writes a report folder (``report.md``, one
section per layer, same folder rules as ``explain``); ``--gen`` adds a kernel per layer with
the model's weights baked, each verified against the operator; ``--verify`` also runs each
node alone in onnxruntime on random inputs and compares. Exit status 1 if a check fails.
"""

from __future__ import annotations

from ._args import parse_size

HELP = ("list a model's (transposed) convolution layers; report folder, a verified kernel "
        "per layer, checks against onnxruntime")


def add_arguments(parser) -> None:
    parser.add_argument("model", metavar="MODEL", help="an ONNX (.onnx) or TFLite (.tflite) "
                        "model file")
    parser.add_argument("--input-shape", default=None, metavar="SHAPE",
                        help="shape of the model's first input, e.g. 1x3x64x64 (replaces a "
                             "dynamic one)")
    parser.add_argument("--out", default=None, metavar="DIR",
                        help="report folder: new, empty, or written by tconv-sym before")
    parser.add_argument("--gen", default=None, choices=("c", "numpy"),
                        help="with --out: a kernel per layer with the weights baked, verified")
    parser.add_argument("--dtype", default="float64", choices=("float64", "float32"),
                        help="dtype of the generated kernels (default float64)")
    parser.add_argument("--verify", action="store_true",
                        help="also run each node alone in onnxruntime on random inputs "
                             "(.tflite: the model in TFLite's BUILTIN_REF kernels, each "
                             "layer compared, int8 bit for bit)")


def run(args) -> int:
    from ..interop.models import scan
    from ..report.scan import check_layer, write_scan_report

    if args.gen is not None and args.out is None:
        raise ValueError("--gen writes kernel files: add --out DIR")
    shape = None if args.input_shape is None else parse_size(args.input_shape,
                                                             "--input-shape")
    layers = scan(args.model, input_shape=shape)
    print(repr(layers))
    if args.out is not None:
        report = write_scan_report(layers, args.out, gen=args.gen, dtype=args.dtype,
                                   verify=args.verify, opset=layers.opset)
        checks = report.checks
    elif args.verify:
        checks = [check_layer(layer, verify=True, opset=layers.opset) for layer in layers]
    else:
        checks = []
    for check in checks:
        if check.layer.supported and (check.files or check.ort_error is not None):
            print(check.summary())
    if args.out is not None:
        kernels = len(report.files) - 1
        print(f"wrote {report.files['report.md']}" + (f" (+ {kernels} kernel files)"
                                                       if kernels else ""))
    failed = [c for c in checks if c.failed]
    for check in failed:
        print(f"FAILED: {check.summary()}")
    return 1 if failed else 0
