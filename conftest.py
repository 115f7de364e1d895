"""Doctest collection: the parametric prover's modules need islpy (the ``allsizes`` extra);
without it they are not collected (CI installs it, so there they always run)."""

import importlib.util

collect_ignore_glob = []
if importlib.util.find_spec("islpy") is None:
    collect_ignore_glob = ["tconv_sym/prover/parametric/*.py", "tconv_sym/cli/prove_all_sizes.py"]
