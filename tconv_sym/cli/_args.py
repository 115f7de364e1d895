"""Spec flags shared by the sub-commands that describe one layer (``gen``, ``explain``, …).

``--in 28x28 --kernel 7x7 --stride 1 --padding 3 --in-channels 32 --out-channels 1`` describe
a transposed convolution (``--conv`` for an ordinary convolution). Sizes are ``AxB`` (one
number per spatial dim) or one number (broadcast to every dim of ``--in``).

>>> import argparse
>>> p = argparse.ArgumentParser()
>>> add_spec_arguments(p)
>>> spec_from_args(p.parse_args(["--in", "2x2", "--kernel", "3", "--stride", "2",
...                              "--padding", "same"]))
TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding=((0, 1), (0, 1)))
"""

from __future__ import annotations

from .._validate import parse_ints, parse_padding_text

__all__ = ["parse_size", "parse_padding", "add_spec_arguments", "add_array_file_argument",
           "spec_from_args", "flag_params",
           "FLAG_NAMES"]


def parse_size(text, name: str = "size") -> tuple[int, ...]:
    """``"8x8"`` -> ``(8, 8)``; ``"8"`` -> ``(8,)``; ``×`` and ``,`` also separate dims
    (:func:`tconv_sym._validate.parse_ints`, the one parser of size text).

    >>> parse_size("8x8"), parse_size("16"), parse_size("4,4,2")
    ((8, 8), (16,), (4, 4, 2))
    >>> parse_size("8xa", "--in")
    Traceback (most recent call last):
        ...
    ValueError: --in must be one integer per spatial dim separated by 'x' (e.g. 28x28), got '8xa'
    """
    return parse_ints(text, name)


def parse_padding(text, name: str = "--padding"):
    """Padding flag: ``same`` / ``valid`` / ``full``, ``3`` (all dims), ``1x2`` (per dim),
    ``lo:hi`` pairs per dim (``0:1x0:1``) or ``(lo,hi)`` pairs (``(1,2),(0,1)``)
    (:func:`tconv_sym._validate.parse_padding_text`, the one parser of padding text).

    >>> parse_padding("same"), parse_padding("3"), parse_padding("1x2"), parse_padding("0:1x0:1")
    ('same', 3, ((1, 1), (2, 2)), ((0, 1), (0, 1)))
    >>> parse_padding("0:1")
    ((0, 1),)
    """
    return parse_padding_text(text, name)


def add_spec_arguments(parser) -> None:
    """Add the layer flags (``--in``, ``--kernel``, ``--stride``, ``--padding``, ``--dilation``,
    ``--output-padding``, ``--output-size``, ``--in-channels``, ``--out-channels``,
    ``--groups``, ``--mode``, ``--conv``) to an argparse parser."""
    g = parser.add_argument_group("layer")
    g.add_argument("--in", dest="in_size", required=True, metavar="SIZE",
                   help="spatial input size, e.g. 28x28 (one number per dim)")
    g.add_argument("--kernel", required=True, metavar="SIZE", help="kernel size, e.g. 7x7 or 7")
    g.add_argument("--stride", default="1", metavar="SIZE", help="stride (default 1)")
    g.add_argument("--padding", default="0", metavar="PAD",
                   help="padding of the forward convolution: same/valid/full, 3, 1x2 or 0:1x0:1 "
                        "(default 0)")
    g.add_argument("--dilation", default="1", metavar="SIZE", help="dilation (default 1)")
    g.add_argument("--output-padding", default=None, metavar="SIZE",
                   help="extra output rows at the end (transposed only)")
    g.add_argument("--output-size", default=None, metavar="SIZE",
                   help="wanted output size; picks output_padding (transposed only)")
    g.add_argument("--in-channels", type=int, default=1, metavar="N")
    g.add_argument("--out-channels", type=int, default=1, metavar="N")
    g.add_argument("--groups", type=int, default=1, metavar="N")
    g.add_argument("--mode", default="correlation", choices=("correlation", "convolution"),
                   help="correlation (PyTorch, default) or convolution (kernel flipped)")
    g.add_argument("--conv", action="store_true",
                   help="describe an ordinary convolution instead of a transposed one")


def add_array_file_argument(group, flag: str, metavar: str, what: str) -> None:
    """``flag FILE``: an array in a ``.npy`` file or one array of an ``.npz`` (``:NAME``), as
    ``codegen.weights_file.read_array`` reads it; the file forms are spelled once, here.

    >>> import argparse
    >>> p = argparse.ArgumentParser()
    >>> add_array_file_argument(p, "--bias", "B.npy", "int32 bias")
    >>> p._actions[-1].help
    'int32 bias: B.npy or B.npz[:NAME]'
    """
    stem = metavar.rsplit(".", 1)[0]
    group.add_argument(flag, default=None, metavar=metavar,
                       help=f"{what}: {stem}.npy or {stem}.npz[:NAME]")


def spec_from_args(args):
    """The ``TransposedConvSpec`` (or ``ConvSpec`` with ``--conv``) the flags describe.

    >>> import argparse
    >>> p = argparse.ArgumentParser()
    >>> add_spec_arguments(p)
    >>> spec_from_args(p.parse_args(["--in", "8", "--kernel", "3", "--conv"]))
    ConvSpec(in_size=8, kernel_size=3)
    """
    from ..spec import layer_spec

    if args.conv:
        for flag, value in (("--output-padding", args.output_padding),
                            ("--output-size", args.output_size)):
            if value is not None:
                raise ValueError(f"{flag} applies to transposed convolutions; drop it or --conv")
    return layer_spec(transposed=not args.conv, from_text=True, labels=FLAG_NAMES,
                      **flag_params(args))


#: spec field -> the flag that gives it (error messages name the flag)
FLAG_NAMES = {"in_size": "--in", "kernel_size": "--kernel", "stride": "--stride",
              "padding": "--padding", "dilation": "--dilation",
              "output_padding": "--output-padding", "output_size": "--output-size",
              "in_channels": "--in-channels", "out_channels": "--out-channels",
              "groups": "--groups", "mode": "--mode"}


def flag_params(args) -> dict:
    """The layer flags as text keyed by the spec's field names (for
    :func:`tconv_sym.spec.layer_params` with ``from_text=True``; unset flags left out).

    >>> import argparse
    >>> p = argparse.ArgumentParser()
    >>> add_spec_arguments(p)
    >>> flag_params(p.parse_args(["--in", "8", "--kernel", "3", "--padding", "1x2"]))["padding"]
    '1x2'
    """
    out = {"in_size": args.in_size, "kernel_size": args.kernel, "stride": args.stride,
           "padding": args.padding, "dilation": args.dilation,
           "output_padding": args.output_padding, "output_size": args.output_size,
           "in_channels": args.in_channels, "out_channels": args.out_channels,
           "groups": args.groups, "mode": args.mode}
    return {k: v for k, v in out.items() if v is not None or k in ("in_size", "kernel_size")}
