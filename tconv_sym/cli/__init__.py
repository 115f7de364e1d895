"""The ``tconv-sym`` command line: one sub-module per sub-command.

Each sub-module defines ``HELP`` (one line), ``add_arguments(parser)`` and ``run(args) -> int``.
Invalid input (``ValueError``/``TypeError``) is reported on one line, exit status 2.

>>> main(["demo", "--section", "nothing-matches"])
no demo section matches 'nothing-matches'; sections: ...
2
"""

from __future__ import annotations

import argparse
import importlib
import sys

__all__ = ["main", "COMMANDS"]

#: sub-command name -> module under tconv_sym.cli
COMMANDS = {
    "demo": "demo",
    "prove": "prove",
    "explain": "explain",
    "gen": "gen",
    "scan": "scan",
    "convert": "convert",
    "bench": "bench",
}


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser with every sub-command registered.

    >>> build_parser().parse_args(["prove", "up_is_down_transpose"]).command
    'prove'
    """
    from .._version import __version__

    parser = argparse.ArgumentParser(
        prog="tconv-sym",
        description="Transposed convolution made exact: derive, prove, generate.",
    )
    parser.add_argument("--version", action="version", version=f"tconv-sym {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(f"{__name__}.{module_name}")
        p = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv=None) -> int:
    """Entry point of the ``tconv-sym`` console script; returns the exit status.

    >>> main(["demo", "--section", "output-shapes"])  # doctest: +ELLIPSIS
    <BLANKLINE>
    Output shapes
    ...
    4/4 checks passed
    0
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except (ValueError, TypeError) as exc:
        print(f"tconv-sym {args.command}: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
