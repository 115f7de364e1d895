"""The ``tconv-sym`` command line: one sub-module per sub-command.

Each sub-module defines ``HELP`` (one line), ``add_arguments(parser)`` and ``run(args) -> int``.
Every expected failure is reported on one line, exit status 2: invalid input
(``ValueError``/``TypeError``, also a refused resource estimate), paths that cannot be
written or read (``OSError``: read-only folders, ``/proc``, a folder where a file should go,
an untrusted cache), a missing or failing C compiler.

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
    from ..codegen.compile import CompileError, CompilerNotFoundError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except (ValueError, TypeError, OverflowError, OSError, CompilerNotFoundError,
            CompileError) as exc:
        print(f"tconv-sym {args.command}: error: {one_line(exc)}", file=sys.stderr)
        return 2


def one_line(exc: BaseException, width: int = 600) -> str:
    """An exception as one line: its lines joined with " | ", at most ``width`` characters.

    >>> one_line(RuntimeError("compiling k.c failed (exit 1):\\nk.c:1: error: oops"))
    'compiling k.c failed (exit 1): | k.c:1: error: oops'
    """
    text = " | ".join(line.strip() for line in str(exc).splitlines() if line.strip())
    if isinstance(exc, OSError) and exc.filename is not None and str(exc.filename) not in text:
        text = f"{text}: {exc.filename}"
    text = text or type(exc).__name__
    return text if len(text) <= width else text[: width - 1] + "…"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
