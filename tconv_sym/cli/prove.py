"""``tconv-sym prove NAME|all``: check catalogue identities exactly, one line per proof.

Without ``--size`` each identity uses its own example parameters (other flags override
them); with ``--size``, only the flags given (defaults for the rest). A flag for a parameter
the identity does not use (``--list`` shows each one's) is an error for one identity and
"not applicable" in ``all``: a proof never reports "holds" for a layer it did not check.
``--module FILE.py`` loads your own identities first; ``-v`` writes both sides out. Exit
status 1 if a theorem fails to hold, or a myth or a deliberately broken variant is not
refuted; 2 for invalid input (one line naming the flag).

>>> from tconv_sym.cli import main
>>> main(["prove", "up_is_down_transpose", "--size", "4x4", "--stride", "2", "--no-timing"])
✓ up_is_down_transpose: holds (size=4×4, stride=2, in_channels=1; basis)
0
>>> main(["prove", "transposed_conv_is_inverse", "--size", "3", "--kernel", "2",
...       "--no-timing"])
✓ transposed_conv_is_inverse (myth): refuted (size=3, kernel=2, stride=1, padding=0,
dilation=1, in_channels=1, out_channels=1, groups=1; sympy); counterexample entry (0, 0):
lhs = q0**2, rhs = 1
0
"""

from __future__ import annotations

from ._args import parse_size

#: Largest side -v writes out (``tconv_sym.prover.sides.MAX_SHOWN``; not imported here so that
#: building the parser stays fast).
MAX_SHOWN = 40

HELP = "prove catalogue identities exactly for given sizes (NAME, or 'all'); --list shows them"


def add_arguments(parser) -> None:
    """The flags of ``tconv-sym prove`` (see the module docstring)."""
    parser.add_argument("name", nargs="?", default=None, metavar="NAME|all",
                        help="an identity name (see --list), or 'all'")
    parser.add_argument("--list", action="store_true",
                        help="list the identities with their parameters and variants, and exit")
    parser.add_argument("--module", action="append", default=[], metavar="FILE.py",
                        help="load a Python file first (runs it) and register the Identity "
                             "objects it defines (repeatable)")
    parser.add_argument("--size", default=None, metavar="SIZE",
                        help="input size, e.g. 8x8 (default: each identity's example)")
    parser.add_argument("--kernel", default=None, metavar="SIZE", help="kernel size, e.g. 3x3")
    parser.add_argument("--stride", default=None, metavar="SIZE")
    parser.add_argument("--padding", default=None, metavar="PAD",
                        help="same/valid/full, 1, 1x2 (per dim) or 0:1x0:1 (lo:hi per dim)")
    parser.add_argument("--dilation", default=None, metavar="SIZE")
    parser.add_argument("--output-padding", default=None, metavar="SIZE")
    parser.add_argument("--in-channels", type=int, default=None, metavar="N")
    parser.add_argument("--out-channels", type=int, default=None, metavar="N")
    parser.add_argument("--groups", type=int, default=None, metavar="N")
    parser.add_argument("--engine", default="auto", choices=("auto", "sympy", "basis"))
    parser.add_argument("--variant", default=None, metavar="NAME",
                        help="prove a deliberately broken variant (expected refuted)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print the full report of every proof, with both sides "
                             f"written out up to {MAX_SHOWN} rows/columns (and where they "
                             "differ)")
    parser.add_argument("--no-timing", action="store_true", help="leave out the times")
    parser.add_argument("--all-sizes", action="store_true",
                        help="prove for every input size at once (parametric engine; needs "
                             "islpy); --padding/--output-padding/--kernel may name a symbol")
    parser.add_argument("--ndim", type=int, default=None, metavar="N",
                        help="spatial dims for --all-sizes (default: from the flags or 1)")


def _scalar(values: tuple[int, ...]):
    return values[0] if len(values) == 1 else values


def overrides(args) -> dict:
    """The proof parameters given on the command line (unset flags are left out): sizes
    read from ``8x8`` text, padding left as its text — checked, and the padding parsed,
    once, by :func:`tconv_sym.spec.layer_params` when the proof normalises its parameters
    (the same parser and errors as ``tconv_sym.prove(..., padding="0:1x1")``).

    >>> import argparse
    >>> parser = argparse.ArgumentParser()
    >>> add_arguments(parser)
    >>> overrides(parser.parse_args(["all", "--size", "8x8", "--padding", "0:1x1"]))
    {'size': (8, 8), 'padding': '0:1x1'}
    """
    out: dict = {}
    for flag in ("size", "kernel", "stride", "dilation", "output_padding"):
        text = getattr(args, flag)
        if text is not None:
            out[flag] = _scalar(parse_size(text, "--" + flag.replace("_", "-")))
    if args.padding is not None:
        out["padding"] = args.padding
    for flag in ("in_channels", "out_channels", "groups"):
        if getattr(args, flag) is not None:
            out[flag] = getattr(args, flag)
    return out


def run(args) -> int:
    """Prove, print one line per proof; exit status (see the module docstring)."""
    from ..interop.identities import catalogue, lookup, prove

    for path in args.module:
        load_module(path)
    table = catalogue()
    if args.list:
        width = max(map(len, table))
        for name, ident in table.items():
            kind = "myth   " if ident.myth else "theorem"
            print(f"{name:<{width}}  {kind}  {ident.statement}")
            print(f"{'':<{width}}    parameters: {', '.join(ident.parameters) or 'none'}")
            for variant, what in ident.variants.items():
                print(f"{'':<{width}}    --variant {variant}: {what}")
        return 0
    if args.name is None:
        raise ValueError("give an identity name or 'all' (tconv-sym prove --list shows them)")
    names = list(table) if args.name == "all" else [args.name]
    if args.all_sizes:
        from .prove_all_sizes import run_all_sizes

        return run_all_sizes(args, names)
    given = overrides(args)
    status = 0
    skipped = []
    for name in names:
        if name not in table:
            lookup(name)  # raises a ValueError listing the names (and close matches)
        # with --size, the flags alone; without, the identity's example updated by the flags
        params = dict(given) if "size" in given else {**table[name].example, **given}
        try:
            proof = prove(name, engine=args.engine, variant=args.variant, **params)
        except ValueError as exc:
            if len(names) == 1:
                raise
            print(f"– {name}: not applicable ({exc})")
            skipped.append(exc)
            continue
        print(proof.report(timing=not args.no_timing) if args.verbose
              else proof.line(timing=not args.no_timing))
        if args.verbose:
            from ..prover.sides import show_sides

            sides = show_sides(table[name], variant=args.variant, **params)
            print("  " + sides.replace("\n", "\n  "))
        if not proof.as_expected:
            status = 1
    if names and len(skipped) == len(names):
        raise ValueError(f"no identity applies to these parameters (the first said: "
                         f"{skipped[0]})")
    return status


def load_module(path: str) -> list[str]:
    """Run the Python file ``path`` as a module (code the user asked to run) and register
    every :class:`~tconv_sym.prover.Identity` it defines at top level that is not registered
    yet (a file may also call ``register`` itself); return the names it added.

    >>> import os, tempfile, textwrap
    >>> from tconv_sym.prover import unregister
    >>> code = textwrap.dedent('''
    ...     from tconv_sym.prover import define_identity, expr as E
    ...     down_by_one = define_identity(
    ...         "down_by_one_is_identity", statement="↓1 = I", parameters=("size",),
    ...         build=lambda p, v: (E.down(p.size, 1), E.eye(p.size)))
    ... ''')
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = os.path.join(d, "my_identities.py")
    ...     _ = open(path, "w").write(code)
    ...     load_module(path)
    ['down_by_one_is_identity']
    >>> unregister("down_by_one_is_identity")
    """
    import importlib.util
    import os
    import sys

    from ..prover import identities, register
    from ..prover.identity import Identity

    if not os.path.isfile(path):
        raise ValueError(f"--module must be a Python file, got {path!r} (no such file)")
    name = "tconv_sym_user_" + "".join(
        c if c.isalnum() else "_" for c in os.path.splitext(os.path.basename(path))[0])
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ValueError(f"--module must be a Python file (.py), got {path!r}")
    module = importlib.util.module_from_spec(spec)
    before = set(identities())
    sys.modules[name] = module
    spec.loader.exec_module(module)
    for value in vars(module).values():
        if isinstance(value, Identity):
            known = identities().get(value.name)
            if known is None:
                register(value)
            elif known is not value:
                raise ValueError(f"{path} defines an identity named {value.name!r}, which is "
                                 "already registered; choose another name")
    return [n for n in identities() if n not in before]
