"""Calibrate ``tconv_sym.budget.MACS_PER_SECOND``: measured MAC/s of the factored reference
and of one ``assert_same_operator`` check (CPU seconds, one pinned thread).

Run: ``python benchmarks/calibrate_rate.py``. MACs are counted as the budget counts them
(batch × ``factored(spec).nnz``; for the check, ``oracle.estimate(...).macs``), so each rate
printed is the one that would make that prediction exact. The machine is shared: rates on
a loaded machine are lower than on an idle one; say so when quoting them.
"""

from __future__ import annotations

import os
import time

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # before NumPy / PyTorch load their thread pools

import numpy as np  # noqa: E402
import torch  # noqa: E402

import tconv_sym as ts  # noqa: E402
from tconv_sym.factored import factored  # noqa: E402
from tconv_sym.testing import assert_same_operator  # noqa: E402
from tconv_sym.testing.oracle import estimate  # noqa: E402

SPECS = [
    ts.TransposedConvSpec(in_size=(64, 64), kernel_size=4, stride=2, padding=1,
                          in_channels=64, out_channels=32),
    ts.TransposedConvSpec(in_size=(32, 32), kernel_size=3, stride=2, in_channels=128,
                          out_channels=128),
    ts.TransposedConvSpec(in_size=(16, 16, 16), kernel_size=3, stride=2, in_channels=16,
                          out_channels=16),
    ts.TransposedConvSpec(in_size=(256,), kernel_size=5, stride=3, in_channels=8,
                          out_channels=4),
    ts.ConvSpec(in_size=(224, 224), kernel_size=16, stride=16, in_channels=3,
                out_channels=192),
]


def cpu_rate(call, macs: int, seconds: float = 1.0) -> float:
    """MACs per CPU second of ``call`` repeated for at least ``seconds``."""
    call()
    start, n = time.process_time(), 0
    while time.process_time() - start < seconds:
        call()
        n += 1
    return macs * n / (time.process_time() - start)


def main() -> None:
    torch.set_num_threads(1)
    rng = np.random.default_rng(0)
    for spec in SPECS:
        op, w = factored(spec), rng.standard_normal(spec.weight_shape)
        for batch in (1, 8):
            x = rng.standard_normal((batch, *spec.in_shape))
            rate = cpu_rate(lambda op=op, x=x, w=w: op.apply(x, w), batch * op.nnz)
            print(f"factored {spec!r} batch {batch}: {rate:.2g} MAC/s")
    spec = SPECS[0]
    est = estimate(spec, extra_calls=8)
    layer = torch.nn.ConvTranspose2d(64, 32, 4, 2, 1, bias=False).double()
    w = layer.weight.detach().numpy()
    start = time.process_time()
    with torch.no_grad():
        assert_same_operator(lambda x: layer(torch.from_numpy(np.asarray(x))).numpy(), spec, w)
    spent = time.process_time() - start
    print(f"assert_same_operator {spec!r}: {est!r}, {spent:.1f} CPU s: "
          f"{est.macs / spent:.2g} MAC/s")


if __name__ == "__main__":
    main()
