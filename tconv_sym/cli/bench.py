"""``tconv-sym bench``: run the benchmark suite in a fresh one-thread process.

It takes the flags of ``python -m benchmarks`` (one definition:
:func:`tconv_sym.bench.suite.add_arguments`) and hands them on unchanged.
"""

from __future__ import annotations

import os
import subprocess
import sys

HELP = ("benchmark generated kernels vs onnxruntime, PyTorch, torch.compile and scipy.sparse "
        "(several minutes; --quick: about a minute)")


def add_arguments(parser) -> None:
    from ..bench.suite import add_arguments as suite_arguments

    first = len(parser._actions)
    suite_arguments(parser)
    flags = [(a.dest, a.option_strings[0], a.nargs == 0) for a in parser._actions[first:]]
    parser.set_defaults(_suite_flags=flags)  # handed on as given, whatever the suite adds


def suite_argv(args) -> list[str]:
    """The parsed flags as ``python -m benchmarks`` arguments.

    >>> import argparse
    >>> p = argparse.ArgumentParser()
    >>> add_arguments(p)
    >>> suite_argv(p.parse_args(["--quick", "--only", "dcgan", "--no-compile"]))
    ['--quick', '--no-compile', '--only', 'dcgan']
    """
    argv = []
    for dest, flag, is_switch in args._suite_flags:
        value = getattr(args, dest)
        if is_switch and value:
            argv.append(flag)
        elif not is_switch and value is not None:
            argv += [flag, str(value)]
    return argv


def run(args) -> int:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    if args.out is not None:
        from .._write import writable_folder

        writable_folder(args.out)  # before minutes of benchmarking: fail fast, one line
    return subprocess.run([sys.executable, "-m", "tconv_sym.bench", *suite_argv(args)],
                          env=env).returncode
