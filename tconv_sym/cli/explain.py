"""``tconv-sym explain``: a report folder (Markdown + PNGs, ``--html``) for one layer.

>>> import os, tempfile
>>> from tconv_sym.cli import main
>>> with tempfile.TemporaryDirectory() as d:
...     main(["explain", "--in", "4", "--kernel", "3", "--stride", "2", "--no-prove",
...           "--out", os.path.join(d, "r")])
wrote .../r/report.md (+ 5 files): derivation.tex, overlap.png, polyphase.png, scatter.png, \
sparsity.png
0
"""

from __future__ import annotations

from ._args import add_array_file_argument, add_spec_arguments, spec_from_args

HELP = ("write a report folder for one layer: sizes, matrices in LaTeX, identities, "
        "framework parameters, checkerboard, kernel plan")


def add_arguments(parser) -> None:
    add_spec_arguments(parser)
    for action in parser._actions:  # --in / --kernel are not needed with --onnx
        if action.dest in ("in_size", "kernel"):
            action.required = False
    model = parser.add_argument_group("a layer of a model (instead of the layer flags)")
    model.add_argument("--onnx", default=None, metavar="MODEL.onnx",
                       help="explain a node of this ONNX model (with --node)")
    model.add_argument("--node", default=None, metavar="NAME",
                       help="the Conv / ConvTranspose node's name (see `tconv-sym scan`)")
    parser.add_argument("--out", required=True, metavar="DIR",
                        help="report folder: new, empty, or written by an earlier explain "
                             "(files of that run this one does not write are removed)")
    parser.add_argument("--html", action="store_true",
                        help="also write report.html (self-contained: math as MathML, no "
                             "remote scripts, readable offline)")
    parser.add_argument("--no-prove", action="store_true", help="skip the identity proofs")
    parser.add_argument("--reduced-size", type=int, default=2, metavar="N",
                        help="input size per dim of the small copy whose matrices are written "
                             "out (default 2)")
    add_array_file_argument(parser, "--weights", "W.npy",
                            "the layer's weight, shape (C_in, C_out/groups, *k): adds the "
                            "weight-aware checkerboard verdict (per-phase gains, response to a "
                            "constant input, response.png)")
    parser.add_argument("--lang", default="c", choices=("c", "numpy"),
                        help="language of the generated-kernel plan (default c)")
    parser.add_argument("--quiet", action="store_true",
                        help="no progress bar (there is none anyway when standard error is "
                             "not a terminal)")


def _onnx_layer_spec(args):
    """The spec of node ``--node`` of ``--onnx`` (and a line saying where it came from)."""
    from ..interop.models import scan

    if args.node is None:
        raise ValueError("--onnx needs --node NAME (the names: `tconv-sym scan MODEL.onnx`)")
    if args.in_size is not None or args.kernel is not None:
        raise ValueError("give either --onnx/--node or the layer flags (--in, --kernel, ...)")
    layers = scan(args.onnx)
    match = [layer for layer in layers if layer.name == args.node]
    if not match:
        names = ", ".join(repr(layer.name) for layer in layers) or "none"
        raise ValueError(f"--node {args.node!r} is not a convolution node of {args.onnx}; "
                         f"its (transposed) convolution nodes: {names}")
    layer = match[0]
    if not layer.supported:
        raise ValueError(f"node {layer.name!r} cannot be explained: {layer.reason}")
    return layer.spec, (f"node {layer.name!r} ({layer.op}) of {args.onnx}: input "
                        f"{layer.input_shape}, ONNX attributes {layer.params}")


def run(args) -> int:
    from ..report.explain import explain

    if args.onnx is not None:
        spec, origin = _onnx_layer_spec(args)
        print(origin)
    elif args.node is not None:
        raise ValueError("--node applies to --onnx MODEL.onnx; add --onnx")
    elif args.in_size is None or args.kernel is None:
        raise ValueError("--in and --kernel are required (or --onnx MODEL.onnx --node NAME)")
    else:
        spec = spec_from_args(args)
    weights = None
    if args.weights is not None:  # .npy or .npz[:NAME] of real numbers, read with a bound
        from ..codegen.weights_file import read_array

        weights = read_array(args.weights, shape=spec.weight_shape,
                             source=f"--weights {args.weights}")
    report = explain(spec, args.out, html=args.html, prove=not args.no_prove,
                     size=args.reduced_size, lang=args.lang, weights=weights,
                     show="quiet" if args.quiet else "auto")
    others = sorted(n for n in report.files if n != "report.md")
    print(f"wrote {report.files['report.md']} (+ {len(others)} files): {', '.join(others)}")
    for note in report.notes:
        print(f"note: {note}")
    return 1 if any("FAILED" in n for n in report.notes) else 0
