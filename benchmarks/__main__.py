"""``python -m benchmarks``: the full suite (tconv_sym.bench.suite) on one pinned thread."""

import os
import sys

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # before NumPy / PyTorch load their thread pools

from tconv_sym.bench.suite import main  # noqa: E402

sys.exit(main())
