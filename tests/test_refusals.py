"""Never killed for memory: every entry point that allocates in proportion to an operator
estimates first and refuses (budget.ResourceLimitError, a ValueError) with the estimate and a
suggestion — checked in a subprocess whose address space is capped far below what the work
would need, so an allocation before the refusal would be a MemoryError instead."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

#: label -> (call, words the message must contain besides the estimate)
CASES = {
    "conv_matrix scipy": ("ts.conv_matrix(ts.ConvSpec(in_size=(2048, 2048), kernel_size=3, "
                          "in_channels=64, out_channels=64), np.zeros((64, 64, 3, 3)), "
                          "backend='scipy')", ["conv_matrix(", "factored"]),
    "conv_transpose_matrix scipy": (
        "ts.conv_transpose_matrix(ts.TransposedConvSpec(in_size=(32, 32), kernel_size=3, "
        "stride=2, padding=1, output_padding=1, in_channels=512, out_channels=256), "
        "np.zeros((512, 256, 3, 3)), backend='scipy')", ["conv_transpose_matrix("]),
    "conv_matrix sympy": ("ts.conv_matrix(ts.ConvSpec(in_size=(256, 256), kernel_size=3), "
                          "ts.kernel_symbols('q', (3, 3)))", ["backend='scipy'"]),
    "conv_transpose_matrix sympy": (
        "ts.conv_transpose_matrix(ts.TransposedConvSpec(in_size=(256, 256), kernel_size=3, "
        "stride=2), ts.kernel_symbols('q', (3, 3)))", ["symbolic entries"]),
    "upsample_matrix": ("ts.upsample_matrix(10**12, 2, backend='scipy')", ["smaller size"]),
    "upsample_matrix sympy": ("ts.upsample_matrix(10**12, 2)", ["backend='scipy'"]),
    "kernel_symbols": ("ts.kernel_symbols('q', 10**12)", ["smaller shape"]),
    "input_symbols": ("ts.input_symbols('x', (10**6, 10**6))", ["smaller shape"]),
    "tap basis": ("ts.conv_structure(ts.ConvSpec(in_size=(10**5, 10**5), kernel_size=3))",
                  ["factored"]),
    # the full basis engine on the myth's sides (ts.prove itself now refutes the myth from
    # the channel ⊗ spatial factors, without the full product: test_prover_split.py)
    "prove basis": ("ts.prove_equal(*ts.identities()['transposed_conv_is_inverse'].sides("
                    "__import__('tconv_sym.prover.identity').prover.identity.make_params("
                    "size=(128, 128), kernel=3, in_channels=4, out_channels=4)), "
                    "engine='basis')", ["elementary products"]),
    "prove sympy": ("ts.prove('transposed_conv_is_inverse', size=(128, 128), kernel=3, "
                    "in_channels=4, out_channels=4, engine='sympy')", ["engine='basis'"]),
    "prove huge stride": ("ts.prove('nearest_upsample_conv_is_transposed_conv', size=8, "
                          "kernel=3, stride=10**6)", ["smaller stride"]),
    "operator_matrix dense": ("ts.operator_matrix(lambda x: np.repeat(x, 2, axis=1), "
                              "(200_000,))", ["spec="]),
    "conv_transpose batch": ("ts.conv_transpose(np.zeros((4096, 64, 1, 1), np.float32), "
                             "np.zeros((64, 64, 256, 256), np.float32))",
                             ["fewer samples"]),
}

_CHILD = textwrap.dedent("""
    import json, resource, sys
    cap = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    import numpy as np
    import scipy.sparse
    import tconv_sym as ts
    from tconv_sym.budget import ResourceLimitError
    out = {}
    for label, call in json.loads(sys.argv[2]).items():
        try:
            eval(call)
            out[label] = ["no refusal", ""]
        except ResourceLimitError as exc:
            out[label] = ["refused", str(exc)]
        except MemoryError:
            out[label] = ["MemoryError", ""]
        except Exception as exc:
            out[label] = [type(exc).__name__, str(exc)]
    print(json.dumps(out))
""")


@pytest.fixture(scope="module")
def outcomes():
    calls = {label: call for label, (call, _) in CASES.items()}
    cap = 1536 * 2**20  # far below every estimate (and below the 4 GiB default limit)
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(cap), json.dumps(calls)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("label", list(CASES))
def test_refused_before_allocating_with_the_estimate(outcomes, label):
    kind, message = outcomes[label]
    assert kind == "refused", (kind, message)
    assert "would need ~" in message and "the limit is" in message
    assert "TCONV_SYM_MAX_" in message  # the knob that changes it
    for word in CASES[label][1]:
        assert word in message, (word, message)
