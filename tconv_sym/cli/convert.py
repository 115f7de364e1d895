"""``tconv-sym convert``: one layer's parameters in another framework, as code.

    tconv-sym convert --from keras --to pytorch --in 32x32 --in-channels 128 \\
        --out-channels 64 --kernel 3 --stride 2 --padding same

The layer flags are those of ``gen`` / ``explain``, read in the ``--from`` framework's own
terms (``--padding same`` is Keras' "same" with ``--from keras``, ONNX's SAME_UPPER with
``--from onnx``; ``--from tconv_sym``, the default, reads them as a core spec). Prints the
conversion (exact or not, and why) and the target's full constructor call, the weight and
data re-layout and the crop as code. Exit status 1 when the target has no equivalent.
"""

from __future__ import annotations

from ._args import add_spec_arguments, parse_padding, parse_size, spec_from_args

HELP = "convert one layer's parameters to another framework; prints the constructor and crop"

FRAMEWORK_CHOICES = ("tconv_sym", "pytorch", "tensorflow", "keras", "onnx", "jax")


def add_arguments(parser) -> None:
    add_spec_arguments(parser)
    parser.add_argument("--from", dest="source", default="tconv_sym",
                        choices=FRAMEWORK_CHOICES,
                        help="the framework whose terms the layer flags are in (default "
                             "tconv_sym: a core spec)")
    parser.add_argument("--to", required=True, choices=FRAMEWORK_CHOICES[1:],
                        help="the target framework")
    parser.add_argument("--bias", action="store_true", help="the layer adds a bias")


def _per_dim(text, name: str, nd: int) -> tuple[int, ...]:
    values = parse_size(text, name)
    if len(values) == 1:
        return values * nd
    if len(values) != nd:
        raise ValueError(f"{name} must have 1 or {nd} values (one per dim of --in), got {text!r}")
    return values


def _padding_numbers(pad, nd: int):
    """(lo, hi) per dim from an int / per-dim ints / pairs."""
    if isinstance(pad, int):
        return ((pad, pad),) * nd
    if all(isinstance(p, int) for p in pad):
        return tuple((p, p) for p in pad) if len(pad) == nd else None
    return tuple(pad) if len(pad) == nd else None


def _source_params(args, fw: str) -> dict:
    """The ``fw`` resolver's keyword arguments that the layer flags describe."""
    in_size = parse_size(args.in_size, "--in")
    nd = len(in_size)
    k = _per_dim(args.kernel, "--kernel", nd)
    s = _per_dim(args.stride, "--stride", nd)
    d = _per_dim(args.dilation, "--dilation", nd)
    cin, cout, g = args.in_channels, args.out_channels, args.groups
    op = None if args.output_padding is None else _per_dim(args.output_padding,
                                                           "--output-padding", nd)
    out_size = None if args.output_size is None else _per_dim(args.output_size,
                                                              "--output-size", nd)
    pad = parse_padding(args.padding)
    word = pad if isinstance(pad, str) else None
    numbers = None if word else _padding_numbers(pad, nd)
    if word is None and numbers is None:
        raise ValueError(f"--padding must give one value or (lo, hi) pair per dim of --in, "
                         f"got {args.padding!r}")
    if g != 1 and fw in ("keras", "tensorflow", "jax"):
        raise ValueError(f"--groups {g}: {fw}'s transposed convolution has no groups")
    if fw == "pytorch":
        if word is not None or any(lo != hi for lo, hi in numbers):
            raise ValueError(f"--padding {args.padding!r}: PyTorch's ConvTranspose padding is "
                             "one int per dim, cropped from both ends")
        return dict(input_shape=(1, cin, *in_size), weight_shape=(cin, cout // g, *k),
                    stride=s, padding=tuple(lo for lo, _ in numbers),
                    output_padding=op or 0, groups=g, dilation=d, output_size=out_size)
    if fw == "keras":
        if word not in ("same", "valid"):
            raise ValueError(f"--padding {args.padding!r}: Keras takes 'same' or 'valid'")
        return dict(input_shape=(1, *in_size, cin), kernel_shape=(*k, cout, cin), strides=s,
                    padding=word, output_padding=op, data_format="channels_last",
                    dilation_rate=d)
    if fw == "tensorflow":
        if word not in ("same", "valid"):
            raise ValueError(f"--padding {args.padding!r}: use SAME or VALID with "
                             "--from tensorflow")
        if out_size is None:  # the smallest output the forward convolution maps back
            spans = [dd * (kk - 1) + 1 for kk, dd in zip(k, d)]
            out_size = tuple(i * st if word == "same" else (i - 1) * st + span
                             for i, st, span in zip(in_size, s, spans))
        return dict(input_shape=(1, *in_size, cin), filters_shape=(*k, cout, cin),
                    output_shape=(1, *out_size, cout), strides=s, padding=word.upper(),
                    dilations=d)
    if fw == "onnx":
        params = dict(X_shape=(1, cin, *in_size), W_shape=(cin, cout // g, *k),
                      strides=list(s), dilations=list(d), group=g)
        if word == "same":
            params["auto_pad"] = "SAME_UPPER"
        elif word == "valid":
            params["auto_pad"] = "VALID"
        elif word == "full":
            raise ValueError("--padding full: give the ONNX pads as numbers")
        else:
            params["pads"] = [lo for lo, _ in numbers] + [hi for _, hi in numbers]
        if op is not None:
            params["output_padding"] = list(op)
        if out_size is not None:
            params["output_shape"] = list(out_size)
        return params
    if fw == "jax":
        padding = word.upper() if word in ("same", "valid") else numbers
        if padding is None:
            raise ValueError(f"--padding {args.padding!r}: JAX takes SAME, VALID or (lo, hi) "
                             "pairs of the dilated input")
        return dict(lhs_shape=(1, *in_size, cin), rhs_shape=(*k, cin, cout), strides=s,
                    padding=padding, rhs_dilation=d)
    raise ValueError(f"--from {fw!r} is not a framework")


def run(args) -> int:
    from ..interop.conversion import convert, resolve
    from ..interop.models import conv_equivalents
    from ..interop.resolution import from_spec

    if args.conv:
        if args.source not in ("tconv_sym", "pytorch", "onnx"):
            raise ValueError("--conv reads the flags as a core ConvSpec: use --from "
                             "tconv_sym, pytorch or onnx")
        eq = conv_equivalents(spec_from_args(args), bias=args.bias)[args.to]
        print(repr(eq))
        print()
        print(eq.to_code())
        return 0
    if args.source == "tconv_sym":
        source = from_spec(spec_from_args(args))
    else:
        source = resolve(args.source, **_source_params(args, args.source))
    if args.bias:
        source.params["bias"] = True
    c = convert(source, to=args.to)
    print(repr(c))
    if c.target is None:
        return 1
    print()
    print(c.to_code())
    return 0
