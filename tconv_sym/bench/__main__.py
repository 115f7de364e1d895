"""``python -m tconv_sym.bench``: the benchmark suite (see :mod:`tconv_sym.bench.suite`)."""

import sys

from .suite import main

sys.exit(main())
