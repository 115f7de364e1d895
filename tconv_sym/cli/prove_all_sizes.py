"""``tconv-sym prove NAME|all --all-sizes``: proofs for every input size, one line each.

``--padding p`` (likewise ``--output-padding``, ``--kernel``) makes the parameter a symbol;
``--stride s`` (likewise ``--dilation``) a symbol proved value by value for 1 … 4.
Without other flags each identity uses its own example parameters (its size left out);
identities that do not fit the parametric engine print why and do not change the exit
status (a single named one that does not fit exits with 2). Exit status 1 if a theorem
fails, or a myth or broken variant is not refuted; 2 if islpy is missing (the message says
how to install it) or for invalid input.

>>> from tconv_sym.cli import main
>>> main(["prove", "transposed_conv_is_conv_of_upsampled", "--all-sizes", "--kernel", "3",
...       "--stride", "2", "--no-timing"])
transposed_conv_is_conv_of_upsampled: holds for all sizes (n ≥ 1) ✓ [parametric]
0
"""

from __future__ import annotations

import importlib.util
import sys

from .._validate import parse_padding_text
from ._args import parse_size

__all__ = ["run_all_sizes", "all_sizes_overrides"]

_SYMBOLIC = ("kernel", "padding", "output_padding", "stride", "dilation")


def _symbol(text: str):
    from ..spec import is_symbol_name

    word = text.strip()
    return word if is_symbol_name(word) else None


def all_sizes_overrides(args) -> dict:
    """The flags given, with symbol names kept as strings (``--padding p``).

    >>> import argparse
    >>> from tconv_sym.cli.prove import add_arguments
    >>> parser = argparse.ArgumentParser()
    >>> add_arguments(parser)
    >>> all_sizes_overrides(parser.parse_args(["all", "--all-sizes", "--padding", "p",
    ...                                        "--stride", "2"]))
    {'stride': 2, 'padding': 'p'}
    """
    out: dict = {}
    if args.size is not None:
        raise ValueError("--size cannot be combined with --all-sizes (every size is proved)")
    for flag in ("kernel", "stride", "dilation", "output_padding"):
        text = getattr(args, flag)
        if text is None:
            continue
        if flag in _SYMBOLIC and _symbol(text):
            out[flag] = _symbol(text)
            continue
        values = parse_size(text, "--" + flag.replace("_", "-"))
        out[flag] = values[0] if len(values) == 1 else values
    if args.padding is not None:  # a symbol, or padding text (the one parser of it)
        out["padding"] = _symbol(args.padding) or parse_padding_text(args.padding, "--padding")
    for flag in ("in_channels", "out_channels", "groups"):
        if getattr(args, flag) is not None:
            out[flag] = getattr(args, flag)
    return {k: out[k] for k in ("kernel", "stride", "padding", "dilation", "output_padding",
                                "in_channels", "out_channels", "groups") if k in out}


def run_all_sizes(args, names) -> int:
    """Prove every identity in ``names`` for all sizes; print one line each."""
    from ..interop.identities import lookup, prove

    if importlib.util.find_spec("islpy") is None:
        print('proofs for all sizes need islpy: pip install "tconv_sym[allsizes]"',
              file=sys.stderr)
        return 2
    given = all_sizes_overrides(args)
    status = 0
    for name in names:
        ident = lookup(name)
        example = {k: v for k, v in ident.example.items() if k != "size"}
        ndim = args.ndim
        size = ident.example.get("size")
        if ndim is None and isinstance(size, tuple) and not any(
                isinstance(v, tuple) for v in given.values()):
            ndim = len(size)
        params = {**example, **given}
        if ndim is not None:  # broadcast example tuples that do not fit
            params = {k: (v[0] if isinstance(v, tuple) and len(v) != ndim
                          and not isinstance(v[0], tuple) else v) for k, v in params.items()}
        try:
            proof = prove(name, all_sizes=True, variant=args.variant, ndim=ndim, **params)
        except NotImplementedError as exc:
            if len(names) == 1:
                print(f"tconv-sym prove: {exc}", file=sys.stderr)
                return 2
            print(f"– {name}: {_short(exc, name)}")
            continue
        except ValueError as exc:
            if len(names) == 1:
                raise
            print(f"– {name}: not applicable ({exc})")
            continue
        print(proof.report(timing=not args.no_timing) if args.verbose
              else proof.line(timing=not args.no_timing))
        if not proof.as_expected:
            status = 1
    return status


def _short(exc, name: str) -> str:
    text = str(exc)
    prefix = f"{name} "
    return text[len(prefix):] if text.startswith(prefix) else text
