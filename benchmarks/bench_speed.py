"""``python -m benchmarks.bench_speed``: generated C vs onnxruntime on every layer kind, one
and two threads, CPU time and wall (tconv_sym.bench.speed)."""

import os
import sys

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # before NumPy / PyTorch load their thread pools
# idle OpenMP threads sleep instead of spinning: the CPU time of the process is the work done
# (onnxruntime's pool likewise, see contenders.onnxruntime_fn)
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from tconv_sym.bench.speed import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
