"""``tconv-sym scan``: every (transposed) convolution layer of a model, each verified.

    tconv-sym scan MODEL.onnx|MODEL.keras|MODEL.h5 [--input-shape 1x3x64x64] [--out DIR]
                   [--gen c|numpy] [--dtype float64|float32] [--no-verify] [--quiet]
    tconv-sym scan --module pkg.mod:factory --input-shape 1x3x64x64 [...]

Prints the table of layers (name, op, input shape, core spec, window, weight; layers that
cannot be expressed with the reason), then checks each layer and prints one line per layer
as it completes. By default every layer is verified: the core operator against the layer's
own framework (onnxruntime running the node alone, the PyTorch module, the Keras layer) on
a random batch; ``--gen`` also generates a kernel per layer with the model's weights baked
(needs ``--out``) and verifies it. ``--out`` writes a report folder (``report.md``: a
summary line, the table, one section per layer; the kernels). A layer's problem never
stops the others: each ends verified, refused (a resource limit; the reason names the
knob), unsupported (the reason) or failed (numbers differ, or the runtime refused it).
"""

from __future__ import annotations

import sys

from ._args import parse_size

HELP = ("check every (transposed) convolution layer of a model against its own framework; "
        "report folder, a verified kernel per layer")

EPILOG = """\
exit status:
  0  every layer verified (with --no-verify: listed, none unsupported)
  1  some layer failed (numbers differ, or its runtime refused it), was refused (a
     resource limit: the line names the knob) or is unsupported (the line says why)
  2  bad input: unreadable model, bad options, an out folder that is not ours
"""


def add_arguments(parser) -> None:
    import argparse

    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG
    parser.add_argument("model", metavar="MODEL", nargs="?", default=None,
                        help="an ONNX (.onnx), Keras (.keras, .h5) or TFLite (.tflite) model file")
    parser.add_argument("--module", default=None, metavar="PKG.MOD:FACTORY",
                        help="a live torch.nn.Module instead of a file: FACTORY() (or the "
                             "module object itself) from the importable module PKG.MOD; "
                             "needs --input-shape (this imports and runs that code)")
    parser.add_argument("--input-shape", default=None, metavar="SHAPE",
                        help="shape of the model's first input, e.g. 1x3x64x64 (replaces a "
                             "dynamic one)")
    parser.add_argument("--out", default=None, metavar="DIR",
                        help="report folder: new, empty, or written by tconv-sym scan before")
    parser.add_argument("--gen", default=None, choices=("c", "numpy"),
                        help="with --out: a kernel per layer with the weights baked, verified")
    parser.add_argument("--max-stack", type=int, default=None, metavar="BYTES",
                        help="with --gen c: most stack bytes each layer's kernel may use")
    parser.add_argument("--max-workspace", type=int, default=None, metavar="BYTES",
                        help="with --gen c: most workspace bytes each layer's kernel may use "
                             "(int8 accumulators tiled in row bands)")
    parser.add_argument("--dtype", default="float64", choices=("float64", "float32"),
                        help="dtype of the generated kernels (default float64)")
    parser.add_argument("--verify", action="store_true",
                        help="(the default) check each layer against its own framework")
    parser.add_argument("--no-verify", dest="no_verify", action="store_true",
                        help="only list the layers (and generate kernels with --gen)")
    parser.add_argument("--quiet", action="store_true",
                        help="no line per layer while checking")


def load_factory(text: str):
    """The object ``pkg.mod:factory`` names: called when it is a function or class, used as
    it is when it already is a module.

    >>> load_factory("collections:OrderedDict")
    OrderedDict()
    >>> load_factory("nothing here")
    Traceback (most recent call last):
        ...
    ValueError: --module must be PKG.MOD:FACTORY (e.g. mypkg.models:make_net), got 'nothing here'
    """
    import importlib

    mod, sep, attr = str(text).partition(":")
    if not sep or not mod or not attr or not all(p.isidentifier() for p in
                                                 (*mod.split("."), *attr.split("."))):
        raise ValueError(f"--module must be PKG.MOD:FACTORY (e.g. mypkg.models:make_net), "
                         f"got {text!r}")
    try:
        obj = importlib.import_module(mod)
    except ImportError as exc:
        raise ValueError(f"--module {text!r}: cannot import {mod!r}: {exc}") from None
    for part in attr.split("."):
        if not hasattr(obj, part):
            raise ValueError(f"--module {text!r}: {mod!r} has no attribute {part!r}")
        obj = getattr(obj, part)
    if callable(obj) and not hasattr(obj, "forward"):
        obj = obj()
    return obj


def run(args) -> int:
    from ..interop.models import scan
    from ..report.scan import check_layers, exit_status, summary_line, write_scan_report

    if args.gen is not None and args.out is None:
        raise ValueError("--gen writes kernel files: add --out DIR")
    for flag, value in (("--max-stack", args.max_stack), ("--max-workspace", args.max_workspace)):
        if value is not None and args.gen != "c":
            raise ValueError(f"{flag} {value} limits the generated C kernels: add --gen c "
                             f"(got --gen {args.gen})")
    if args.verify and args.no_verify:
        raise ValueError("--verify and --no-verify contradict each other: choose one")
    if (args.model is None) == (args.module is None):
        raise ValueError("give a model file (MODEL) or --module PKG.MOD:FACTORY, one of them")
    shape = None if args.input_shape is None else parse_size(args.input_shape,
                                                             "--input-shape")
    if args.module is not None:
        if shape is None:
            raise ValueError("--module needs --input-shape (e.g. 1x3x64x64): the model runs "
                             "once on zeros of it")
        layers = scan(load_factory(args.module), input_shape=shape)
    else:
        layers = scan(args.model, input_shape=shape)
    print(repr(layers), flush=True)
    verify = not args.no_verify
    show = "quiet" if args.quiet or not sys.stderr.isatty() else "lines"
    if args.out is not None:
        report = write_scan_report(layers, args.out, gen=args.gen, dtype=args.dtype,
                                   verify=verify, show=show, max_stack=args.max_stack,
                                   max_workspace=args.max_workspace)
        checks = report.checks
    else:
        checks = check_layers(layers, verify=verify, show=show)
    for check in checks:
        if check.outcome in ("failed", "refused", "unsupported"):
            print(f"{check.outcome.upper()}: {check.summary()}")
    if args.out is not None:
        kernels = len(report.files) - 1
        print(f"wrote {report.files['report.md']}" + (f" (+ {kernels} kernel files)"
                                                       if kernels else ""))
    print(summary_line(checks))
    return exit_status(checks)
