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

__all__ = ["main", "COMMANDS", "Parser", "usage_hint", "flag_words"]

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


class Parser(argparse.ArgumentParser):
    """argparse with hints in its errors: the closest flag, choice or command (difflib), and
    ``--in 28 28`` answered with the ``28x28`` form. Sub-command parsers are of this class
    too, and every parser knows the command line being read (``argv``)."""

    argv: list[str] = []

    def error(self, message: str):
        hint = usage_hint(self, message, self.argv)
        super().error(message + hint)


def usage_hint(parser, message: str, argv) -> str:
    """A hint for an argparse ``message``: ``"; did you mean ..."`` or ``""``.

    >>> p = Parser(prog="x")
    >>> _ = p.add_argument("--stride")
    >>> usage_hint(p, "unrecognized arguments: --strdie 2", ["--strdie", "2"])
    "; did you mean '--stride'?"
    >>> _ = p.add_argument("--in")
    >>> usage_hint(p, "unrecognized arguments: 28", ["--in", "28", "28"])
    '; sizes are one word: --in 28x28'
    """
    import re

    from .._validate import did_you_mean

    m = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
    if m:
        return did_you_mean(m.group(1), re.findall(r"'([^']*)'", m.group(2)))
    options = _all_options(parser, argv)
    if "arguments are required" in message:  # often a misspelled required flag
        unknown = [a.split("=")[0] for a in argv if a.startswith("--")
                   and a.split("=")[0] not in options]
        return did_you_mean(unknown[0], options).replace(
            "; did you mean", f"; {unknown[0]}: did you mean") if unknown else ""
    m = re.search(r"unrecognized arguments: (.*)", message)
    if not m:
        return ""
    extra = m.group(1).split()
    sizes = _size_hint(argv, extra)
    if sizes:
        return sizes
    flags = [a for a in extra if a.startswith("-")]
    return did_you_mean(flags[0].split("=")[0], options) if flags else ""


def _size_hint(argv, extra) -> str:
    """``--in 28 28`` (numbers left over right after a flag's number): ``--in 28x28``."""
    argv = list(argv)
    for j, word in enumerate(argv[:-2]):
        if word.startswith("--") and argv[j + 1].isdigit():
            run = [argv[j + 1]]
            for nxt in argv[j + 2:]:
                if not nxt.isdigit():
                    break
                run.append(nxt)
            if len(run) > 1 and run[1] in extra:
                return f"; sizes are one word: {word} {'x'.join(run)}"
    return ""


def _all_options(parser, argv) -> list[str]:
    """The flags of the sub-command in ``argv`` (or of ``parser`` itself)."""
    options = list(parser._option_string_actions)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            sub = next((action.choices[a] for a in argv if a in action.choices), None)
            if sub is not None:
                options += list(sub._option_string_actions)
    return [o for o in options if o.startswith("--")]


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser with every sub-command registered.

    >>> build_parser().parse_args(["prove", "up_is_down_transpose"]).command
    'prove'
    """
    from .._version import __version__

    parser = Parser(
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
    Parser.argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except (ValueError, TypeError, OverflowError, OSError, CompilerNotFoundError,
            CompileError) as exc:
        print(f"tconv-sym {args.command}: error: {flag_words(one_line(exc), args)}",
              file=sys.stderr)
        return 2


#: Python keyword names in library messages -> the CLI flag a user of the command typed
#: (rewritten only when the sub-command has that flag)
FLAG_NAMES = ("lang", "dtype", "weights", "bias", "quant", "layout", "weight_layout",
              "max_stack", "strategy", "derivative", "weight_dtype", "test_harness")


def flag_words(message: str, args) -> str:
    """A library error message in the words of the command line: ``lang='c'`` becomes
    ``--lang c``, ``weights=`` ``--weights``, ``quant=Quantization(...)`` ``--quant
    QUANT.json``, and a message about a field of the quantization file starts with
    ``--quant PATH:`` — for the flags the sub-command (``args``) has, so the library's
    validation stays the one source of the rule.

    >>> import argparse
    >>> a = argparse.Namespace(command="gen", lang="numpy", dtype="int8", quant="q.json")
    >>> flag_words("dtype='int8' kernels are C (lang='c'), got lang='numpy'", a)
    '--dtype int8 kernels are C (--lang c), got --lang numpy'
    >>> flag_words("weight_scales must have 1 or 3 entries (one per output channel), got 7", a)
    '--quant q.json: weight_scales must have 1 or 3 entries (one per output channel), got 7'
    """
    import dataclasses
    import re

    from ..codegen.quant import Quantization

    names = [n for n in FLAG_NAMES if hasattr(args, n)]
    if not names:
        return message

    def flag(name):
        return "--" + name.replace("_", "-")

    if "quant" in names:
        message = re.sub(r"\bquant=Quantization\([^)]*\)", "--quant QUANT.json", message)
    pattern = r"(?<![\w.])(" + "|".join(names) + r")=('[^']*'|\"[^\"]*\"|[\w.,+-]*\w)?"
    message = re.sub(pattern, lambda m: flag(m.group(1)) + (
        " " + m.group(2).strip("'\"") if m.group(2) else ""), message)
    path = getattr(args, "quant", None)
    fields = "|".join(f.name for f in dataclasses.fields(Quantization))
    if path is not None and re.match(rf"({fields})\b", message):
        message = f"--quant {path}: {message}"
    return message


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
