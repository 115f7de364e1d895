"""Every emitted conversion executed in its real framework (issue 27's matrix).

``tests/conversion_worker.py`` builds source layers of every framework (as
``tconv-sym convert`` flags and through the API), runs each in its own framework (batch 3,
a non-zero random bias, float32 and float64), then executes each target's emitted code —
the ``convert`` printout or ``Conversion.to_code()`` — in PyTorch, TensorFlow, Keras (on
the TensorFlow, JAX and torch backends: one process each), JAX, onnxruntime (a model built
from the emitted node) and tconv_sym, and compares. Here: every cell of the matrix is
executed and agrees within the dtype's tolerance; the only cells without a number are the
layers a target cannot express (groups) and float64 ONNX sources (onnxruntime has no
float64 ConvTranspose to compute the reference); Keras' TensorFlow backend aborts exactly
where ``Resolution.cautions`` says, and the other backends compute those layers.
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

WORKER = Path(__file__).with_name("conversion_worker.py")
ROOT = WORKER.parent.parent
TOLERANCE = {"float32": 2e-5, "float64": 1e-12}
#: onnxruntime has no float64 ConvTranspose: the emitted code computes float64 in float32
ONNX_TOLERANCE = 2e-5


def _run(mode, backend, path, timeout=900):
    env = {**os.environ, "OMP_NUM_THREADS": "1", "TF_CPP_MIN_LOG_LEVEL": "3",
           "KERAS_BACKEND": backend, "CUDA_VISIBLE_DEVICES": "",
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run([sys.executable, str(WORKER), mode, str(path)], env=env,
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    assert proc.returncode == 0 and proc.stdout.strip(), proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def matrix(tmp_path_factory):
    for module in ("torch", "tensorflow", "keras", "jax", "onnxruntime"):
        if importlib.util.find_spec(module) is None:
            pytest.importorskip(module)  # skips on a user's machine, fails in CI
    path = tmp_path_factory.mktemp("matrix") / "cases.pkl"
    rows = _run("sources", "tensorflow", path)
    with ThreadPoolExecutor(max_workers=2) as pool:
        others = [pool.submit(_run, "keras", b, path) for b in ("jax", "torch")]
        for backend, f in zip(("jax", "torch"), others):
            rows += [dict(r, grid_backend=backend) if "caution_grid" in r else r
                     for r in f.result()]
    grids = {r.get("grid_backend", "tensorflow"): r["caution_grid"] for r in rows
             if "caution_grid" in r}
    return [r for r in rows if "caution_grid" not in r], grids


def _tolerance(row):
    return ONNX_TOLERANCE if row["target"] == "onnx" else TOLERANCE[row["dtype"]]


def _refused_by_tensorflow_cpu(row) -> bool:
    """A cell TensorFlow's CPU kernels refuse, as the target's cautions say (dilation: in
    float64, and in float32 where TensorFlow's oneDNN kernels are off — TensorFlow itself,
    and Keras on its TensorFlow backend)."""
    from tconv_sym.interop.tensorflow import cpu_refuses

    on_tf = row["target"] == "tensorflow" or row["backend"] == "tensorflow"
    return on_tf and any(cpu_refuses(c, row["dtype"], row["onednn"]) for c in row["cautions"])


def _cell(row):
    return (row["source"], row["target"], row["backend"], row["dtype"])


def test_every_cell_is_executed_and_agrees(matrix):
    rows, _ = matrix
    sources = {r["source"] for r in rows if r["via"] != "report"}
    assert len(sources) >= 13
    assert {r["source_fw"] for r in rows} == {"pytorch", "tensorflow", "keras", "onnx", "jax",
                                              "tconv_sym"}
    cells = {_cell(r) for r in rows}
    for source in sources:
        for dtype in ("float32", "float64"):
            for target in ("pytorch", "tensorflow", "onnx", "jax", "tconv_sym"):
                assert (source, target, None, dtype) in cells
            for backend in ("tensorflow", "jax", "torch"):
                assert (source, "keras", backend, dtype) in cells
    failures, executed, refused = [], 0, 0
    for r in rows:
        assert r["bias_abs_min"] > 0.0  # a bias the code must add
        if r["status"] == "impossible":
            assert "groups" in r["impossible"] and r["target"] in ("tensorflow", "keras", "jax")
            continue
        if r["status"] == "no-reference":
            assert r["source_fw"] == "onnx" and r["dtype"] == "float64", r
            assert "NOT_IMPLEMENTED" in r["error"]
            continue
        if _refused_by_tensorflow_cpu(r):
            assert r["status"] == "error" and "dilation" in r["error"], r
            refused += 1
            continue
        executed += 1
        if r["status"] != "ok" or r["rel_err"] > _tolerance(r):
            failures.append(r)
    assert not failures, failures[:5]
    # the dilated layer on TensorFlow and on Keras' TensorFlow backend: float64, and float32
    # too without oneDNN (its default on CPUs without AVX-512 VNNI/BF16 or AMX)
    onednn = {r["onednn"] for r in rows if r["backend"] in (None, "tensorflow")}
    assert len(onednn) == 1
    assert executed >= 180 and refused == (2 if onednn.pop() else 4)


def test_scan_report_snippets_run_in_every_framework(matrix):
    """A scanned model's report: each layer's snippet for each framework, executed there
    with the model's own weights and bias, equals the model's layer."""
    rows, _ = matrix
    report = [r for r in rows if r["via"] == "report"]
    layers = {r["source"] for r in report}
    assert len(layers) == 3 and any("Conv2d" in name for name in layers)
    cells = {(r["source"], r["target"], r["backend"], r["dtype"]) for r in report}
    for layer in layers:
        for dtype in ("float32", "float64"):
            for target in ("tensorflow", "onnx", "jax"):
                assert (layer, target, None, dtype) in cells
            for backend in ("tensorflow", "jax", "torch"):
                assert (layer, "keras", backend, dtype) in cells
    bad = [r for r in report if r["status"] != "ok" or r["rel_err"] > _tolerance(r)]
    assert not bad, bad[:3]


def test_float64_stays_float64_and_the_code_reads_the_bias(matrix):
    rows, _ = matrix
    ok = [r for r in rows if r.get("status") == "ok"]
    for r in ok:
        assert r["out_dtype"] == r["dtype"], r  # the output dtype follows the input
        assert r["code_uses_b"], r
    # float64 is computed in float64 (not a float32 result that happens to be close)
    precise = [r for r in ok if r["dtype"] == "float64" and r["target"] != "onnx"]
    assert precise and max(r["rel_err"] for r in precise) < 1e-12


def test_keras_tensorflow_backend_aborts_where_cautions_say(matrix):
    rows, grids = matrix
    tf_grid = grids["tensorflow"]
    assert len(tf_grid) > 60
    disagree = [row for row in tf_grid if row[2] == row[3]]  # predicted abort == it ran
    assert not disagree, disagree[:5]
    assert sum(not ran for *_, ran in tf_grid) >= 20
    for backend in ("jax", "torch"):  # the other backends compute every one of them
        assert all(ran for *_, ran in grids[backend]), [g for g in grids[backend] if not g[3]]
    # a Keras *target* the TensorFlow backend refuses in float64 (dilation) is cautioned,
    # and the JAX and torch backends run the same code, within float64's tolerance
    cautioned = [r for r in rows if r["target"] == "keras" and r["cautions"]
                 and r["dtype"] == "float64"]
    assert {r["backend"] for r in cautioned} == {"tensorflow", "jax", "torch"}
    assert all(r["status"] == "ok" and r["rel_err"] < 1e-12 for r in cautioned
               if r["backend"] != "tensorflow")
