"""``tconv-sym demo``: a guided tour of the seed examples, each one derived and checked."""

from __future__ import annotations

from ..report.tour import SECTIONS, run_demo

HELP = "derive, print and check the seed examples (exit 1 if any check fails)"


def add_arguments(parser) -> None:
    parser.add_argument(
        "--section", action="append", default=None, metavar="NAME",
        help=f"run only sections whose name contains NAME (sections: {', '.join(SECTIONS)})",
    )
    parser.add_argument(
        "--out", default=None, metavar="DIR",
        help="report folder for the tour's pictures, LaTeX and transcript (new, empty, or "
             "written by tconv-sym before; default: a new temporary folder when a section "
             "writes files)",
    )


def run(args) -> int:
    return run_demo(args.section, out=args.out)
