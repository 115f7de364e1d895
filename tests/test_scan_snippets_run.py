"""Issue 27, scan's side: a scanned model's report — every layer's emitted snippet (the
``to_code()`` text ``report.md`` shows under "In the other frameworks") executed in its
framework and compared with the source layer: batch 3, non-zero bias, float64 (onnxruntime
computes in float32, as its snippet says). Keras runs in-process on its configured backend
and, per other backend, in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from tconv_sym.interop.models import scan  # noqa: E402
from tconv_sym.report.scan import check_layers, report_text  # noqa: E402

FRAMEWORKS = ("tensorflow", "keras", "jax", "onnx")
#: (layer index, framework) -> why its snippet is wrong on main today (door fixes, issue 27)
KNOWN_WRONG: dict[tuple[int, str], str] = {}


def _model():
    torch.manual_seed(27)
    model = torch.nn.Sequential(
        torch.nn.ConvTranspose2d(4, 3, 4, stride=2, padding=1, output_padding=1, bias=True),
        torch.nn.Conv2d(3, 2, 3, stride=2, padding=1, bias=True)).double()
    with torch.no_grad():
        for m in model:
            m.bias.copy_(torch.linspace(0.5, 2.0, m.bias.numel(), dtype=torch.float64))
    return model


@pytest.fixture(scope="module")
def scanned():
    """The scanned layers and, per layer, its input, weight, bias and the source's output."""
    model = _model()
    x = torch.from_numpy(np.random.default_rng(3).standard_normal((3, 4, 5, 6)))
    layers = list(scan(model, tuple(x.shape)))
    cases = []
    with torch.no_grad():
        for module, layer in zip(model, layers):
            y = module(x)
            cases.append({"x": x.numpy(), "w": module.weight.numpy(),
                          "b": module.bias.numpy(), "y": y.numpy(), "layer": layer})
            x = y
    return cases


def _run(code: str, case: dict):
    names = {"x": case["x"].copy(), "w": case["w"].copy(), "b": case["b"].copy()}
    if "jax" in code.split("\n", 2)[0] or "import jax" in code:
        import jax

        with jax.enable_x64(True):
            exec(compile(code, "<snippet>", "exec"), names)  # noqa: S102 - the emitted code
            return np.asarray(names["y"])
    exec(compile(code, "<snippet>", "exec"), names)  # noqa: S102 - the emitted code
    return np.asarray(names["y"])


def _tolerance(fw: str) -> float:
    return 1e-4 if fw == "onnx" else 1e-10


def test_the_report_shows_every_snippet_that_is_executed(scanned):
    """The snippets executed below are the ones report.md prints (same text)."""
    layers = [c["layer"] for c in scanned]
    text = report_text(layers, check_layers(layers, verify=False))
    for case in scanned:
        for fw in FRAMEWORKS:
            code = case["layer"].equivalents[fw].to_code()
            assert code.splitlines()[-1] in text, (fw, code)


def _params():
    out = []
    for index in (0, 1):
        for fw in FRAMEWORKS:
            reason = KNOWN_WRONG.get((index, fw))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(index, fw, marks=marks, id=f"layer{index}-{fw}"))
    return out


@pytest.mark.parametrize("index, fw", _params())
def test_each_snippet_matches_the_source_layer(scanned, index, fw):
    case = scanned[index]
    pytest.importorskip({"onnx": "onnxruntime"}.get(fw, fw))
    got = _run(case["layer"].equivalents[fw].to_code(), case)
    want = case["y"]
    assert got.shape == want.shape, (got.shape, want.shape)
    scale = np.abs(want).max()
    assert np.abs(got - want).max() <= _tolerance(fw) * scale, np.abs(got - want).max()


KERAS_CHILD = """
import json, sys
import numpy as np
data = np.load(sys.argv[1])
import keras
out = {}
for i in range(2):
    names = {k: data[f"{k}{i}"] for k in "xwb"}
    exec(data[f"code{i}"].item(), names)
    y = np.asarray(keras.ops.convert_to_numpy(names["y"]))
    out[i] = float(np.abs(y - data[f"y{i}"]).max() / np.abs(data[f"y{i}"]).max())
print(json.dumps({"backend": keras.backend.backend(), "errors": out}))
"""


@pytest.mark.parametrize("backend", ["jax", "torch"])
def test_keras_snippets_on_another_backend(scanned, backend, tmp_path):
    pytest.importorskip("keras")
    pytest.importorskip(backend)
    arrays = {}
    for i, case in enumerate(scanned):
        arrays.update({f"x{i}": case["x"], f"w{i}": case["w"], f"b{i}": case["b"],
                       f"y{i}": case["y"],
                       f"code{i}": np.array(case["layer"].equivalents["keras"].to_code())})
    np.savez(tmp_path / "data.npz", **arrays)
    env = dict(os.environ, KERAS_BACKEND=backend)
    if backend == "jax":
        env["JAX_ENABLE_X64"] = "1"
    out = subprocess.run([sys.executable, "-c", KERAS_CHILD, str(tmp_path / "data.npz")],
                         capture_output=True, text=True, timeout=300, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["backend"] == backend
    wrong = {int(i): e for i, e in report["errors"].items()
             if e > 1e-10 and (int(i), "keras") not in KNOWN_WRONG}
    assert not wrong, report
