"""Issue 34 finding 6: the testing entry points at sizes that do not fit estimate first and
refuse (naming the knob), in a subprocess under address-space and CPU limits; a
MemoryError, a kill or a timeout fails the test."""

from __future__ import annotations

import subprocess
import sys

import pytest

LIMIT_BYTES = 3 * 2**30
LIMIT_CPU = 60
PRELUDE = f"""
import resource
resource.setrlimit(resource.RLIMIT_AS, ({LIMIT_BYTES}, {LIMIT_BYTES}))
resource.setrlimit(resource.RLIMIT_CPU, ({LIMIT_CPU}, {LIMIT_CPU}))
import numpy as np
import tconv_sym as ts
from tconv_sym.testing import assert_same_operator, operator_matrix
from tconv_sym.budget import ResourceLimitError
def refused(call):
    try:
        call()
    except ResourceLimitError as exc:
        print("REFUSED", exc)
    else:
        print("RAN")
"""

CASES = [
    ("operator_matrix 256x256 512->512 k3 s2", """
spec = ts.TransposedConvSpec(in_size=(256, 256), kernel_size=3, stride=2, in_channels=512,
                             out_channels=512)
refused(lambda: operator_matrix(lambda x: x, spec.in_shape, spec=spec))
""", "TCONV_SYM_MAX_BYTES"),
    ("assert_same_operator 20000x20000 one channel", """
spec = ts.TransposedConvSpec(in_size=(20000, 20000), kernel_size=3, stride=2)
refused(lambda: assert_same_operator(lambda x: x, spec, np.ones(spec.weight_shape)))
""", "TCONV_SYM_MAX_BYTES"),
    ("operator_matrix of 2x on 10**10 inputs", """
refused(lambda: operator_matrix(lambda x: 2 * x, (1, 100000, 100000)))
""", "TCONV_SYM_MAX_BYTES"),
    ("assert_same_operator 128x128 512->512", """
spec = ts.TransposedConvSpec(in_size=(128, 128), kernel_size=3, stride=2, in_channels=512,
                             out_channels=512)
refused(lambda: assert_same_operator(lambda x: x, spec, np.ones(spec.weight_shape)))
""", "TCONV_SYM_MAX_SECONDS"),
    ("conv_transpose on a batch of 2**31", """
refused(lambda: ts.conv_transpose(np.broadcast_to(np.ones(1), (2**31, 1, 4)), np.ones((1, 1, 3))))
""", "TCONV_SYM_MAX_BYTES"),
]


@pytest.mark.parametrize("label, code, knob", CASES, ids=[c[0] for c in CASES])
def test_refused_within_the_limits(label, code, knob):
    out = subprocess.run([sys.executable, "-c", PRELUDE + code], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.startswith("REFUSED"), out.stdout
    assert knob in out.stdout and "would need ~" in out.stdout, out.stdout
