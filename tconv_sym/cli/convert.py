"""``tconv-sym convert``: one layer's parameters in another framework, as code.

    tconv-sym convert --from keras --to pytorch --in 32x32 --in-channels 128 \\
        --out-channels 64 --kernel 3 --stride 2 --padding same

The layer flags are those of ``gen`` / ``explain``, read in the ``--from`` framework's own
terms (``--padding same`` is Keras' "same" with ``--from keras``, ONNX's SAME_UPPER with
``--from onnx``; ``--from tconv_sym``, the default, reads them as a core spec): the flags
go through the one normaliser (:func:`tconv_sym.spec.layer_params`), the framework object
turns them into its layer (``Framework.from_flags``). Prints pasteable Python: the
conversion in words as comments (exact or not, and why; warnings such as a Keras layer
that aborts on the TensorFlow backend), then the target's layer, the weight, bias and data
re-layout and the crop. The bias follows the source framework (Keras layers have one
unless ``--no-bias``). Exit status 1 when the target has no equivalent.
"""

from __future__ import annotations

import argparse

from ._args import FLAG_NAMES, add_spec_arguments, flag_params, spec_from_args

HELP = "convert one layer's parameters to another framework; prints the code to run it"

#: the framework names (each also has aliases: ``tconv_sym.interop.ALIASES``)
FRAMEWORK_CHOICES = ("tconv_sym", "pytorch", "tensorflow", "keras", "onnx", "jax")


def framework_name(text: str) -> str:
    """``--from`` / ``--to``: a framework name or alias (``torch``, ``tf``, ``keras3``,
    ``onnxruntime``), else an error with the names and a did-you-mean.

    >>> framework_name("torch"), framework_name("keras3")
    ('pytorch', 'keras')
    """
    from ..interop.conversion import framework_for

    try:
        return framework_for(text).name
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_arguments(parser) -> None:
    add_spec_arguments(parser)
    parser.add_argument("--from", dest="source", default="tconv_sym", type=framework_name,
                        metavar="FRAMEWORK",
                        help="the framework whose terms the layer flags are in: pytorch "
                             "(torch), tensorflow (tf), keras (keras3), onnx (onnxruntime), "
                             "jax, tconv_sym (default: a core spec)")
    parser.add_argument("--to", required=True, type=framework_name, metavar="FRAMEWORK",
                        help="the target framework (same names)")
    parser.add_argument("--bias", action=argparse.BooleanOptionalAction, default=None,
                        help="the layer adds a bias (default: as the --from framework's "
                             "layer has it: yes for keras, no otherwise)")


def run(args) -> int:
    from ..interop.conversion import convert, framework_for
    from ..spec import layer_params

    if args.conv:
        return _run_conv(args)
    flags = layer_params(from_text=True, labels=FLAG_NAMES, **flag_params(args))
    source = framework_for(args.source).from_flags(flags, bias=args.bias)
    c = convert(source, to=args.to)
    print(c.to_script())
    return 0 if c.target is not None else 1


def _run_conv(args) -> int:
    """``--conv``: an ordinary convolution (core ConvSpec) in the target's terms."""
    from ..interop.conversion import framework_for
    from ..interop.models import conv_equivalents

    if args.source not in ("tconv_sym", "pytorch", "onnx"):
        raise ValueError("--conv reads the flags as a core ConvSpec: use --from "
                         "tconv_sym, pytorch or onnx")
    bias = framework_for(args.source).bias_default if args.bias is None else args.bias
    eq = conv_equivalents(spec_from_args(args), bias=bias)[args.to]
    print("\n".join("# " + line for line in repr(eq).splitlines()))
    print()
    print(eq.to_code())
    return 0
