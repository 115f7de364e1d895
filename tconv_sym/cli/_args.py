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

__all__ = ["parse_size", "parse_padding", "add_spec_arguments", "spec_from_args"]


def parse_size(text, name: str = "size") -> tuple[int, ...]:
    """``"8x8"`` -> ``(8, 8)``; ``"8"`` -> ``(8,)``; ``×`` and ``,`` also separate dims.

    >>> parse_size("8x8"), parse_size("16"), parse_size("4,4,2")
    ((8, 8), (16,), (4, 4, 2))
    >>> parse_size("8xa", "--in")
    Traceback (most recent call last):
        ...
    ValueError: --in must be one integer per spatial dim separated by 'x' (e.g. 28x28), got '8xa'
    """
    if not isinstance(text, str):
        raise TypeError(f"{name} must be a string such as '28x28', got {text!r}")
    parts = text.strip().lower().replace("×", "x").replace(",", "x").split("x")
    try:
        values = tuple(int(p) for p in parts)
    except ValueError:
        raise ValueError(
            f"{name} must be one integer per spatial dim separated by 'x' (e.g. 28x28), "
            f"got {text!r}"
        ) from None
    return values


def _scalar_or_tuple(values: tuple[int, ...]):
    return values[0] if len(values) == 1 else values


def parse_padding(text, name: str = "--padding"):
    """Padding flag: ``same`` / ``valid`` / ``full``, ``3`` (all dims), ``1x2`` (per dim),
    or ``lo:hi`` pairs per dim (``0:1x0:1``).

    >>> parse_padding("same"), parse_padding("3"), parse_padding("1x2"), parse_padding("0:1x0:1")
    ('same', 3, (1, 2), ((0, 1), (0, 1)))
    >>> parse_padding("0:1")
    ((0, 1),)
    """
    if not isinstance(text, str):
        raise TypeError(f"{name} must be a string, got {text!r}")
    word = text.strip().lower()
    if word in ("same", "valid", "full"):
        return word
    dims = word.replace("×", "x").split("x")
    if any(":" in d for d in dims):
        pairs = []
        for d in dims:
            lo, _, hi = d.partition(":")
            try:
                pairs.append((int(lo), int(hi if hi else lo)))
            except ValueError:
                raise ValueError(
                    f"{name} must be same/valid/full, an integer, one integer per dim (1x2) or "
                    f"lo:hi pairs per dim (0:1x0:1), got {text!r}"
                ) from None
        return tuple(pairs)
    try:
        return _scalar_or_tuple(parse_size(word, name))
    except ValueError:
        raise ValueError(
            f"{name} must be same/valid/full, an integer, one integer per dim (1x2) or "
            f"lo:hi pairs per dim (0:1x0:1), got {text!r}"
        ) from None


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


def spec_from_args(args):
    """The ``TransposedConvSpec`` (or ``ConvSpec`` with ``--conv``) the flags describe.

    >>> import argparse
    >>> p = argparse.ArgumentParser()
    >>> add_spec_arguments(p)
    >>> spec_from_args(p.parse_args(["--in", "8", "--kernel", "3", "--conv"]))
    ConvSpec(in_size=8, kernel_size=3)
    """
    from ..spec import ConvSpec, TransposedConvSpec

    in_size = parse_size(args.in_size, "--in")
    padding = parse_padding(args.padding)
    if isinstance(padding, tuple) and all(isinstance(p, int) for p in padding):
        padding = tuple((p, p) for p in padding)  # 1x2 is per dim, never a 1-D (lo, hi)
    kw = dict(
        in_size=_scalar_or_tuple(in_size) if len(in_size) > 1 else in_size,
        kernel_size=_scalar_or_tuple(parse_size(args.kernel, "--kernel")),
        stride=_scalar_or_tuple(parse_size(args.stride, "--stride")),
        padding=padding,
        dilation=_scalar_or_tuple(parse_size(args.dilation, "--dilation")),
        in_channels=args.in_channels,
        out_channels=args.out_channels,
        groups=args.groups,
        mode=args.mode,
    )
    if args.conv:
        for flag, value in (("--output-padding", args.output_padding),
                            ("--output-size", args.output_size)):
            if value is not None:
                raise ValueError(f"{flag} applies to transposed convolutions; drop it or --conv")
        return ConvSpec(**kw)
    if args.output_padding is not None:
        kw["output_padding"] = _scalar_or_tuple(parse_size(args.output_padding,
                                                           "--output-padding"))
    if args.output_size is not None:
        kw["output_size"] = _scalar_or_tuple(parse_size(args.output_size, "--output-size"))
    return TransposedConvSpec(**kw)
