"""``tconv-sym bench``: run the benchmark suite in a fresh one-thread process."""

from __future__ import annotations

import os
import subprocess
import sys

HELP = ("benchmark generated kernels vs onnxruntime, PyTorch, torch.compile and scipy.sparse "
        "(several minutes; --quick: about a minute)")


def add_arguments(parser) -> None:
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    parser.add_argument("--out", default=None, help="folder for the results file")


def run(args) -> int:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    cmd = [sys.executable, "-m", "tconv_sym.bench"]
    if args.quick:
        cmd.append("--quick")
    if args.out:
        from .._write import writable_folder

        writable_folder(args.out)  # before minutes of benchmarking: fail fast, one line
        cmd += ["--out", args.out]
    return subprocess.run(cmd, env=env).returncode
