"""The tool against the real frameworks: values, shapes and acceptance, and convert.

Each framework runs in its own process (``tests/fidelity_worker.py``; Keras once per
``KERAS_BACKEND``), two processes at a time, seeded and bounded:

1. a random sweep of the framework's own parameters (1-D/2-D/3-D, every padding mode,
   strides, dilations, output_padding / output_shape, groups where it has them, both data
   formats, float64 and float32): the tool must raise exactly where the framework raises
   and otherwise return the same shape and the same values (integer-valued data, ``==``);
   the accepted layers are stored with the framework's own output;
2. ``convert`` of every stored layer (of every framework, and of core specs computed by
   PyTorch) to each framework, run there for real, cropped by ``finish``: the result must
   equal the source framework's output, and the target must accept the parameters.

Nothing is cached between runs (the stored layers live in a temporary directory).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tconv_sym.interop import resolve_keras, tf_valid_output_sizes

WORKER = Path(__file__).with_name("fidelity_worker.py")
ROOT = WORKER.parent.parent

# (name, framework, KERAS_BACKEND, cases, stores sources)
RUNS = [
    ("pytorch", "pytorch", None, 300, True),
    ("tensorflow", "tensorflow", None, 120, True),
    ("keras-jax", "keras", "jax", 45, True),
    ("keras-tensorflow", "keras", "tensorflow", 90, False),
    ("keras-torch", "keras", "torch", 90, False),
    ("onnxruntime", "onnxruntime", None, 300, True),
    ("jax", "jax", None, 150, True),
]
MODULES = {"pytorch": "torch", "tensorflow": "tensorflow", "keras": "keras",
           "onnxruntime": "onnxruntime", "jax": "jax"}

# The TensorFlow backend of Keras runs tf.nn.conv_transpose eagerly on the CPU: it refuses
# what TensorFlow's CPU kernels cannot do, and Keras lengths that are not valid TensorFlow
# output sizes. The tool's Keras functions follow the JAX and torch backends.
TF_CPU_KERNEL = ("only supports NHWC", "only supports NDHWC", "do not yet support dilation",
                 "does not yet support dilation")
TF_SIZE_CHECK = ("Size of out_backprop doesn't match computed",
                 "could not create a primitive descriptor")


def _run(name, framework, backend, args, timeout=600):
    env = {**os.environ, "OMP_NUM_THREADS": "1", "TF_CPP_MIN_LOG_LEVEL": "3",
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    if backend:
        env["KERAS_BACKEND"] = backend
    proc = subprocess.run([sys.executable, str(WORKER), framework, *args], env=env,
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode or not lines:
        return {"crashed": f"{name}: exit {proc.returncode}\n{proc.stderr[-3000:]}"}
    return json.loads(lines[-1])


@pytest.fixture(scope="module")
def fidelity(tmp_path_factory):
    for module in set(MODULES.values()):
        if importlib.util.find_spec(module) is None:
            pytest.importorskip(module)  # skips on a user's machine, fails in CI
    tmp = tmp_path_factory.mktemp("fidelity")
    with ThreadPoolExecutor(max_workers=2) as pool:
        sweeps = {name: pool.submit(
            _run, name, fw, backend,
            ["--cases", str(n), "--seed", "0"]
            + (["--sources", str(tmp / f"{name}.pkl")] if sources else []))
            for name, fw, backend, n, sources in RUNS}
        sweeps = {name: f.result() for name, f in sweeps.items()}
        stored = sorted(str(p) for p in tmp.glob("*.pkl"))
        targets = {name: pool.submit(_run, name, fw, backend, ["--targets", *stored])
                   for name, fw, backend, _, _ in RUNS}
        targets = {name: f.result() for name, f in targets.items()}
    return sweeps, targets, len(stored)


def _summary(r) -> str:
    return (f"{r['framework']} ({r['version']}, {r['cases']} cases, {r['seconds']} s): "
            f"values {r['values_agree']}/{r['both_computed']}, shapes "
            f"{r['shapes_agree']}/{r['both_computed']}, acceptance "
            f"{r['accept_agree']}/{r['cases']} ({r['framework_rejects']} refused)")


def _keras_tf_refusal_is_explained(d) -> bool:
    """A case the Keras TensorFlow backend refuses and the tool computes: a CPU-kernel
    limit of TensorFlow, or a Keras length TensorFlow does not accept (predicted by the
    tool's own tf_valid_output_sizes)."""
    if d["verdict"] != "tool_accepts":
        return False
    if any(m in d["detail"] for m in TF_CPU_KERNEL):
        return True
    if not any(m in d["detail"] for m in TF_SIZE_CHECK):
        return False
    c = d["case"]
    r = resolve_keras((1, *c["in_size"], 1), (*c["kernel_size"], 1, 1), c["strides"],
                      c["padding"], c["output_padding"], dilation_rate=c["dilation_rate"],
                      rules="ops" if c["kind"] == "ops" else "layer")
    spec = r.spec
    return any(L not in tf_valid_output_sizes(i, k, s, c["padding"].upper(), dd)
               for L, i, k, s, dd in zip(r.out_size, spec.in_size, spec.kernel_size,
                                         spec.stride, spec.dilation))


@pytest.mark.parametrize("name", [run[0] for run in RUNS])
def test_sweep_agrees_with_the_framework(fidelity, name):
    r = fidelity[0][name]
    assert "crashed" not in r, r.get("crashed")
    print(_summary(r))
    # the sweep really exercises both sides of acceptance
    assert r["both_computed"] >= r["cases"] // 10 and r["framework_rejects"] >= 1
    bad = r["disagreements"]
    if name == "keras-tensorflow":
        bad = [d for d in bad if not _keras_tf_refusal_is_explained(d)]
        assert r["values_agree"] == r["shapes_agree"] == r["both_computed"]
    assert not bad, "\n".join(f"{d['verdict']}: {d['detail']}\n    {d['repro']}"
                              for d in bad[:10])


@pytest.mark.parametrize("name", [run[0] for run in RUNS])
def test_convert_round_trip_runs_in_the_target(fidelity, name):
    r = fidelity[1][name]
    assert "crashed" not in r, r.get("crashed")
    assert fidelity[2] == sum(run[4] for run in RUNS)  # every source framework stored
    print(f"{name}: {r['agree']}/{r['conversions'] - r['impossible']} conversions reproduce "
          f"the source ({r['exact']} exact, {r['cropped']} cropped); {r['impossible']} "
          f"impossible: {r['impossible_reasons']}")
    assert r["conversions"] >= 40 and r["exact"] >= 1
    failures = r["failures"]
    if name == "keras-tensorflow":  # dilation > 1 has no TensorFlow CPU kernel
        failures = [f for f in failures if not any(m in str(f["got"]) for m in TF_CPU_KERNEL)]
    assert not failures, "\n".join(f"{f['source']} -> {f['params']}: {f['got']}"
                                   for f in failures[:10])
    assert r["agree"] + r["impossible"] + len(r["failures"]) == r["conversions"]
