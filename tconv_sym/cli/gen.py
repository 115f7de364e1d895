"""``tconv-sym gen``: generate a NumPy or C kernel for one layer, or the catalogue.

    tconv-sym gen --in 28x28 --kernel 7x7 --padding 3 --in-channels 32 --lang c --out DIR
    tconv-sym gen --catalogue [--check] [--out generated]
    tconv-sym gen --in 7x7 --kernel 3 --stride 2 --padding same --in-channels 16 \
        --out-channels 8 --lang c --layout nhwc --dtype int8 --quant quant.json \
        --weights w.npy --bias b.npy --max-stack 4096 --test-harness --out DIR
    tconv-sym gen --in 8x8 --kernel 4 --stride 2 --in-channels 16 --lang c \
        --dtype float32 --target cortex-m4 --opt Os --max-stack 2048 --out DIR

Prints the plan (shapes, strategy and why, nonzero terms, naive vs executed MACs, phases,
lines of code, memory as the planner's bound) and the files written; ``--target`` (with
``--opt``) compiles the kernel with that target's gcc and prints the stack and static bytes
the compiler used, labelled with compiler, version and flags; ``--verify`` also loads the
kernel and checks it against scipy.sparse. ``--catalogue --check`` lists stale files and
exits 1 if any.
"""

from __future__ import annotations

from ._args import add_array_file_argument, add_spec_arguments, spec_from_args

HELP = "generate a specialised NumPy or C kernel for a layer (or the catalogue in generated/)"


def _opt_level(text: str) -> str:
    """``--opt``: ``Os`` or ``-Os`` (``--opt -Os`` would read as an option) -> ``-Os``.

    >>> _opt_level("Os"), _opt_level("-O2")
    ('-Os', '-O2')
    """
    return "-" + text.lstrip("-")


def add_arguments(parser) -> None:
    add_spec_arguments(parser)
    for action in parser._actions:  # --in / --kernel are not needed with --catalogue
        if action.dest in ("in_size", "kernel"):
            action.required = False
    parser.add_argument("--transposed", action="store_true",
                        help="a transposed convolution (the default; see --conv)")
    g = parser.add_argument_group("code")
    g.add_argument("--lang", default="numpy", choices=("numpy", "c"))
    g.add_argument("--strategy", default="auto", choices=("auto", "unrolled", "polyphase"))
    g.add_argument("--dtype", default="float64", choices=("float64", "float32", "int8"),
                   help="int8: TFLite's quantized arithmetic (needs --quant and --weights)")
    g.add_argument("--derivative", default=None, choices=("input", "weight"),
                   help="generate a gradient kernel instead of the forward operator")
    g.add_argument("--name", default=None, help="function / file name (default: derived)")
    g.add_argument("--out", default=None, metavar="DIR",
                   help="output folder (default: the per-user cache; 'generated' with "
                        "--catalogue)")
    g.add_argument("--force", action="store_true",
                   help="overwrite files that tconv_sym did not write (or that were edited)")
    g.add_argument("--verify", action="store_true",
                   help="load the kernel (compiling C) and check it against scipy.sparse")
    e = parser.add_argument_group("small devices")
    e.add_argument("--layout", default="nchw", choices=("nchw", "nhwc"),
                   help="data layout: channels-first (PyTorch) or channels-last (TF/TFLite)")
    e.add_argument("--weight-layout", default=None, choices=("pytorch", "tflite", "tf"),
                   help="weight layout (default: pytorch for nchw, tflite for nhwc)")
    e.add_argument("--weights", default=None, metavar="W.npy",
                   help="bake these weights (in the weight layout) into the code: W.npy, "
                        "W.npz[:NAME], a raw little-endian file with --weight-dtype, or "
                        "MODEL.tflite:LAYER / MODEL.onnx:LAYER (a scanned layer's; an int8 "
                        "TFLite layer also gives --bias and --quant)")
    e.add_argument("--weight-dtype", default=None, metavar="DTYPE",
                   choices=("int8", "uint8", "int16", "int32", "float16", "float32",
                            "float64"),
                   help="the dtype of a raw --weights file (read little-endian)")
    add_array_file_argument(e, "--bias", "B.npy", "int32 bias (int8 kernels)")
    e.add_argument("--quant", default=None, metavar="QUANT.json",
                   help="int8 quantization: input_scale, input_zero_point, weight_scales, "
                        "output_scale, output_zero_point[, activation_min, activation_max]")
    e.add_argument("--max-stack", type=int, default=None, metavar="BYTES",
                   help="most stack bytes the kernel may use (e.g. 4096 on a microcontroller)")
    e.add_argument("--fast", default="auto", choices=("auto", "never", "winograd"),
                   help="fast algorithms: auto (Winograd where the cost model says it is "
                        "faster), never (direct forms only), winograd (forced)")
    e.add_argument("--fast-tolerance", type=float, default=None, metavar="FACTOR",
                   help="largest error of a fast form, as a multiple of the direct kernel's "
                        "(default 4: Winograd F(2) yes, F(4) no)")
    e.add_argument("--max-workspace", type=int, default=None, metavar="BYTES",
                   help="most bytes of the caller's workspace (NAME_WORKSPACE_BYTES): int8 "
                        "accumulators are tiled in output row bands to fit (same results)")
    e.add_argument("--target", default=None,
                   choices=("native", "x86-64", "aarch64", "cortex-m4"),
                   help="compile the kernel for this target (its gcc, when installed) and "
                        "print the stack and static bytes it measured (-fstack-usage, call "
                        "graph, nm); --max-stack is then checked against that figure")
    e.add_argument("--opt", default=None, type=_opt_level,
                   choices=("-O0", "-O1", "-O2", "-O3", "-Os"),
                   help="optimisation level of the --target build: O2 (default), Os, O3, "
                        "O1, O0 (or --opt=-Os)")
    e.add_argument("--test-harness", action="store_true",
                   help="also write NAME_test.c: a C program checking the kernel on embedded "
                        "test vectors (exit 0/1)")
    e.add_argument("--cflags", default=None, metavar='"FLAGS"',
                   help='compiler flags for --verify instead of "-O3 -march=native '
                        '-ffp-contract=fast"')
    c = parser.add_argument_group("catalogue")
    c.add_argument("--catalogue", action="store_true",
                   help="(re)generate every catalogue kernel and the manifest")
    c.add_argument("--check", action="store_true",
                   help="with --catalogue: write nothing, list stale files, exit 1 if any")


def _catalogue(args) -> int:
    from ..codegen.catalogue import stale_files, write_catalogue

    out = args.out or "generated"
    if args.check:
        stale = stale_files(out)
        for name, why in stale:
            print(f"stale: {out}/{name} ({why})")
        if stale:
            print(f"{len(stale)} stale file(s); run `tconv-sym gen --catalogue` to regenerate")
            return 1
        print(f"{out}: up to date")
        return 0
    paths = write_catalogue(out, overwrite=args.force)
    print(f"{len(paths)} files in {out}")
    return 0


def run(args) -> int:
    try:
        return _run(args)
    except FileExistsError as exc:  # a file tconv_sym did not write: one line, exit 2
        import sys

        print(f"tconv-sym gen: error: {exc}", file=sys.stderr)
        return 2


def _run(args) -> int:
    if args.check and not args.catalogue:
        raise ValueError("--check applies to --catalogue; add --catalogue")
    if args.catalogue:
        return _catalogue(args)
    if args.in_size is None or args.kernel is None:
        raise ValueError("--in and --kernel are required (or use --catalogue)")
    if args.transposed and args.conv:
        raise ValueError("--transposed and --conv contradict each other; give one")
    from ..codegen.api import generate
    from ..interop.models.layer_pick import gen_arrays

    spec = spec_from_args(args)
    weights, bias, quant = gen_arrays(spec, weights=args.weights, bias=args.bias,
                                      quant=args.quant, weight_dtype=args.weight_dtype,
                                      layout=args.layout, weight_layout=args.weight_layout,
                                      dtype=args.dtype)
    if args.opt is not None and args.target is None:
        raise ValueError(f"--opt {args.opt} applies to --target; add --target "
                         "(native, x86-64, aarch64 or cortex-m4)")
    if args.target is not None and args.lang != "c":
        raise ValueError(f"--target {args.target} measures a C kernel; add --lang c")
    kw = dict(lang=args.lang, strategy=args.strategy, dtype=args.dtype,
              derivative=args.derivative, name=args.name, out_dir=args.out,
              overwrite=args.force, layout=args.layout, weight_layout=args.weight_layout,
              weights=weights, bias=bias, quant=quant, max_stack=args.max_stack,
              test_harness=args.test_harness, max_workspace=args.max_workspace,
              fast=args.fast, fast_tolerance=args.fast_tolerance)
    if args.target is not None:
        from ..codegen.measured import generate_for_target, memory_lines

        art = generate_for_target(spec, target=args.target, opt=args.opt or "-O2",
                                  generate=generate, **kw)
        lines = memory_lines(art)
    else:
        art = generate(spec, **kw)
        lines = [f"max_stack={args.max_stack:,} checked against the bound (not compiled; "
                 "--target compiles and checks the measured stack)"] \
            if args.max_stack is not None and args.lang == "c" else []
    print(art.plan)
    for line in lines:
        print(line)
    for path in art.paths:
        print(f"wrote {path}")
    if args.cflags is not None and not args.verify:
        raise ValueError("--cflags applies to --verify; add --verify")
    if args.verify:
        art.verify(cflags=args.cflags)
        print(art.last_verification)  # what the trials established, nothing more
    return 0

