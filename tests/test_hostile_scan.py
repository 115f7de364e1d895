"""Issue 34, the scan findings: hostile and careless ONNX files and entry points.

Each test feeds what the attack fed and checks the new behaviour: a layer that cannot be
read is *unsupported* with a reason naming the attribute or input (never a truncated
attribute reported verified, never an IndexError), a runtime refusal is a *failed* layer,
names are shown escaped, errors name the right thing, one layer too large is *refused*
while the report is still written, and each report folder keeps its own marker. The real
size entry point runs in a subprocess under address-space and CPU limits.
"""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

import tconv_sym as ts
from tconv_sym.cli import main

onnx = pytest.importorskip("onnx")
pytest.importorskip("onnxruntime")
from onnx import TensorProto, helper, numpy_helper  # noqa: E402


def _model(op="ConvTranspose", attrs=None, w_shape=(1, 1, 3, 3), x_shape=(1, 1, 4, 4),
           bias=None, inputs=None, name="node", opset=17, raw_attrs=()):
    rng = np.random.default_rng(0)
    inits = [numpy_helper.from_array(rng.standard_normal(w_shape).astype(np.float32), "W")]
    names = ["X", "W"]
    if bias is not None:
        inits.append(numpy_helper.from_array(np.asarray(bias, np.float32), "B"))
        names.append("B")
    node = helper.make_node(op, inputs if inputs is not None else names, ["Y"], name=name,
                            **(attrs or {}))
    node.attribute.extend(raw_attrs)
    graph = helper.make_graph([node], "g", [helper.make_tensor_value_info(
        "X", TensorProto.FLOAT, list(x_shape))], [helper.make_tensor_value_info(
            "Y", TensorProto.FLOAT, None)], initializer=inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 8
    return model


def _save(model, tmp_path, name="m.onnx"):
    path = tmp_path / name
    onnx.save(model, str(path))
    return str(path)


def _run(argv, capsys):
    rc = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return rc, out, err


# ---------------------------------------------------------------------------------------
# finding 1: non-integer attributes are refused, never truncated and reported verified
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("op, attrs, word", [
    ("ConvTranspose", {"strides": [2.5, 2.5]}, "strides"),
    ("ConvTranspose", {"strides": [2.9, 1.0]}, "strides"),
    ("Conv", {"pads": [0.7, 0.7, 0.7, 0.7]}, "pads"),
    ("Conv", {"group": 2.7}, "group"),
], ids=["strides2.5", "strides2.9", "pads0.7", "group2.7"])
def test_float_attributes_are_unsupported_not_truncated(op, attrs, word, tmp_path, capsys):
    w = (2, 1, 3, 3) if word == "group" else (1, 1, 3, 3)
    x = (1, 2, 4, 4) if word == "group" else (1, 1, 4, 4)
    path = _save(_model(op, attrs, w_shape=w, x_shape=x), tmp_path)
    (layer,) = ts.scan(path)
    assert not layer.supported
    assert f"attribute {word} of {op} must be" in layer.reason and "FLOAT" in layer.reason
    # onnxruntime refuses the same file: the oracle agrees it is not a valid model
    import onnxruntime as ort

    with pytest.raises(Exception, match="(?i)attribute|type"):
        ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    rc, out, _ = _run(["scan", path, "--gen", "c", "--out", str(tmp_path / "r")], capsys)
    assert rc == 1
    assert "1 layer: 1 unsupported" in out and "verified" not in out.split("\n")[-2]


def test_conv_transpose_with_only_x_is_unsupported_not_an_index_error(tmp_path, capsys):
    path = _save(_model(inputs=["X"]), tmp_path)
    (layer,) = ts.scan(path)
    assert "needs inputs X and W" in layer.reason
    rc, out, _ = _run(["scan", path], capsys)
    assert rc == 1 and "UNSUPPORTED" in out


def test_bias_of_the_wrong_length_is_unsupported(tmp_path):
    (layer,) = ts.scan(_save(_model(bias=np.ones(5)), tmp_path))
    assert "B must have shape [1]" in layer.reason and "[5]" in layer.reason


def test_opset_the_runtime_does_not_know_is_a_failed_layer(tmp_path, capsys):
    path = _save(_model(opset=99), tmp_path)
    rc, out, _ = _run(["scan", path, "--out", str(tmp_path / "r")], capsys)
    assert rc == 1
    assert "1 layer: 1 failed" in out and "onnxruntime refused the layer" in out
    assert "1 failed" in (tmp_path / "r" / "report.md").read_text()


def test_a_nan_bias_verifies_where_both_give_nan(tmp_path, capsys):
    path = _save(_model(bias=[np.nan]), tmp_path)
    rc, out, _ = _run(["scan", path, "--out", str(tmp_path / "r")], capsys)
    assert rc == 0 and "1 layer: 1 verified" in out
    assert "NaN" in (tmp_path / "r" / "report.md").read_text()


def test_numbers_that_differ_fail_the_layer(tmp_path, monkeypatch, capsys):
    """The comparison can fail: a runtime that is off by one entry makes the layer failed."""
    from tconv_sym.interop.models import onnx_node

    real = onnx_node.run_node_alone

    def off(*args, **kwargs):
        y = real(*args, **kwargs)
        y.reshape(-1)[3] += 0.01
        return y

    monkeypatch.setattr(onnx_node, "run_node_alone", off)
    rc, out, _ = _run(["scan", _save(_model(), tmp_path)], capsys)
    assert rc == 1 and "1 layer: 1 failed" in out and "differs from onnxruntime" in out


# ---------------------------------------------------------------------------------------
# names go escaped into the table, the progress lines and report.md
# ---------------------------------------------------------------------------------------
HOSTILE_NAME = "up\n# Injected heading\u202eevil\x00<img src=x onerror=alert(1)>`tick`"


def test_hostile_node_names_are_escaped_everywhere(tmp_path, capsys):
    path = _save(_model(name=HOSTILE_NAME), tmp_path)
    rc, out, _ = _run(["scan", path, "--out", str(tmp_path / "r")], capsys)
    assert rc == 0
    report = (tmp_path / "r" / "report.md").read_text()
    for text in (out, report):
        assert "\u202e" not in text and "\x00" not in text
        assert "\n# Injected" not in text
    assert "up\\u000a# Injected heading\\u202eevil\\u0000" in out
    # in Markdown the name is one code span: no heading, no HTML element
    heading = next(line for line in report.splitlines() if line.startswith("## #0"))
    assert "`` up\\u000a# Injected heading\\u202eevil\\u0000<img src=x onerror=alert(1)>`tick` ``" \
        in heading
    assert not any(line.startswith("# Injected") for line in report.splitlines())


# ---------------------------------------------------------------------------------------
# errors that name the right thing (exit 2, one line)
# ---------------------------------------------------------------------------------------
def test_a_bad_auto_pad_is_named(tmp_path):
    raw = helper.make_attribute("auto_pad", b"\xff\xfeSAME")
    (layer,) = ts.scan(_save(_model("Conv", raw_attrs=[raw]), tmp_path))
    assert layer.reason.startswith("auto_pad must be NOTSET, SAME_UPPER, SAME_LOWER or VALID")


def test_a_zero_input_shape_is_named_not_called_dynamic(tmp_path, capsys):
    path = _save(_model(), tmp_path)
    rc, _, err = _run(["scan", path, "--input-shape", "0x1x4x4"], capsys)
    assert rc == 2 and "input_shape[0] must be a positive integer, got 0" in err
    assert "dynamic" not in err


def test_external_data_problems_are_named(tmp_path, capsys):
    from onnx.external_data_helper import convert_model_to_external_data

    model = _model(w_shape=(4, 4, 3, 3), x_shape=(1, 4, 4, 4))
    convert_model_to_external_data(model, location="w.bin", size_threshold=0)
    path = _save(model, tmp_path)
    unloaded = onnx.load(path, load_external_data=False)
    with pytest.raises(ValueError, match="external data files that were not loaded"):
        ts.scan(unloaded)
    data = tmp_path / "w.bin"
    data.write_bytes(data.read_bytes()[:100])  # a truncated data file
    rc, _, err = _run(["scan", path], capsys)
    assert rc == 2 and ("external" in err or "does not match its dims" in err), err


# ---------------------------------------------------------------------------------------
# one layer too large: refused (with the knob), the others still checked, report written
# ---------------------------------------------------------------------------------------
def test_one_layer_too_large_is_refused_and_the_report_is_written(tmp_path, capsys,
                                                                  monkeypatch):
    monkeypatch.setenv("TCONV_SYM_MAX_SOURCE_LINES", "1500")  # a 1x1 conv fits, 15x15 not
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Conv2d(1, 2, 1), torch.nn.Conv2d(2, 2, 15, padding=7))
    path = str(tmp_path / "two.onnx")
    torch.onnx.export(net, (torch.zeros(1, 1, 16, 16),), path, dynamo=False)
    out_dir = tmp_path / "r"
    rc, out, _ = _run(["scan", path, "--gen", "c", "--out", str(out_dir)], capsys)
    assert rc == 1
    assert "2 layers: 1 verified, 1 refused" in out
    assert "TCONV_SYM_MAX_SOURCE_LINES" in out
    names = sorted(os.listdir(out_dir))
    assert "report.md" in names and any(n.endswith(".c") for n in names)


# ---------------------------------------------------------------------------------------
# finding 9: each folder writer has its own marker; none removes another's files
# ---------------------------------------------------------------------------------------
def test_explain_and_scan_keep_their_own_folders(tmp_path, capsys):
    path = _save(_model(), tmp_path)
    out_dir = tmp_path / "r"
    rc, _, _ = _run(["scan", path, "--gen", "numpy", "--out", str(out_dir)], capsys)
    assert rc == 0
    before = {n: (out_dir / n).read_bytes() for n in os.listdir(out_dir)}
    assert ".tconv-sym-scan" in before
    rc, _, err = _run(["explain", "--in", "4", "--kernel", "3", "--no-prove", "--out",
                       str(out_dir)], capsys)
    assert rc == 2 and "written by tconv-sym scan" in err
    assert {n: (out_dir / n).read_bytes() for n in os.listdir(out_dir)} == before
    other = tmp_path / "e"
    assert main(["explain", "--in", "4", "--kernel", "3", "--no-prove", "--out",
                 str(other)]) == 0
    capsys.readouterr()
    rc, _, err = _run(["scan", path, "--out", str(other)], capsys)
    assert rc == 2 and "written by tconv-sym explain" in err


# ---------------------------------------------------------------------------------------
# finding 6: a live module at a real size is refused from its intermediates' estimate
# ---------------------------------------------------------------------------------------
LIMIT_BYTES = 3 * 2**30
LIMIT_CPU = 90


def test_scan_of_a_module_at_12000_squared_is_refused_within_limits():
    code = f"""
import resource
resource.setrlimit(resource.RLIMIT_AS, ({LIMIT_BYTES}, {LIMIT_BYTES}))
resource.setrlimit(resource.RLIMIT_CPU, ({LIMIT_CPU}, {LIMIT_CPU}))
import torch, tconv_sym as ts
net = torch.nn.Sequential(torch.nn.Conv2d(3, 8, 3, padding=1), torch.nn.ReLU(),
                          torch.nn.ConvTranspose2d(8, 3, 4, stride=2, padding=1))
try:
    ts.scan(net, input_shape=(1, 3, 12000, 12000))
except ValueError as exc:
    print("REFUSED", exc)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=240)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.startswith("REFUSED scan: running the model once"), out.stdout
    # the estimate counts the 24000² output (3 channels, float32: 6.4 GiB), not the input
    assert "would need ~" in out.stdout and "TCONV_SYM_MAX_BYTES" in out.stdout


def test_an_unknown_channel_dim_is_read_from_the_weight(tmp_path):
    model = _model("Conv", w_shape=(3, 2, 3, 3), x_shape=(1, 2, 6, 6))
    dims = model.graph.input[0].type.tensor_type.shape.dim
    dims[1].Clear()
    dims[1].dim_param = "C"  # the exporter left the channels symbolic; spatial sizes known
    (layer,) = ts.scan(model)
    assert layer.spec == ts.ConvSpec(in_size=(6, 6), kernel_size=3, in_channels=2,
                                     out_channels=3)
    dims[2].Clear()
    dims[2].dim_param = "H"  # a really dynamic graph stays "dynamic", with the reason
    (layer,) = ts.scan(model)
    assert "dynamic shape" in layer.reason and "input_shape" in layer.reason


def test_a_tflite_model_that_crashes_the_interpreter_is_a_failed_layer(tmp_path):
    """Issue 34 round 3: tests/data/segv_mutated_int8.tflite (the int8 model of
    test_tflite.py with a few bytes changed) is read by the flatbuffer reader, but
    tf.lite.Interpreter dies on it with SIGSEGV: ``tconv-sym scan --gen c --verify`` was
    killed (1 of 60 random mutations). Now the model's runs are tried in a child process
    first, and each layer fails with the crash named; the scan exits 1, no traceback."""
    pytest.importorskip("tensorflow")
    pytest.importorskip("tflite")
    import subprocess
    import sys
    from pathlib import Path

    model = Path(__file__).parent / "data" / "segv_mutated_int8.tflite"
    code = ("import sys\nfrom tconv_sym.cli import main\n"
            f"sys.exit(main(['scan', {str(model)!r}, '--out', {str(tmp_path / 'r')!r}, "
            "'--gen', 'c', '--verify', '--quiet']))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=600)
    assert out.returncode == 1, (out.returncode, out.stderr[-2000:])
    assert "Traceback" not in out.stderr
    md = (tmp_path / "r" / "report.md").read_text()
    assert md.count("TFLite's interpreter crashed (SIGSEGV) running") == 4, md[:3000]
    assert "**4 layers: 4 failed**" in md


def test_a_tflite_error_from_numpy_names_the_model():
    """Issue 34 round 3: a mutated model whose weight buffer is shorter than its tensor
    gave ``scan: error: buffer is smaller than requested size`` (no file named)."""
    pytest.importorskip("tflite")
    from pathlib import Path

    from tconv_sym.interop.models.tflite_model import scan_tflite

    model = Path(__file__).parent / "data" / "short_buffer_mutated_int8.tflite"
    with pytest.raises(ValueError, match=r"model '.*short_buffer_mutated_int8\.tflite': "
                                         "buffer is smaller than requested size"):
        scan_tflite(str(model))
