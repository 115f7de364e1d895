"""The scan of real third-party architectures (``tests/model_zoo.py``: MONAI's 3-D BasicUNet and
2-D UNet, transformers' DPT depth model and SpeechT5 HiFi-GAN vocoder, random weights, small
sizes), exported with torch's
*default* ONNX exporter and scanned with default settings: every convolution verified
against onnxruntime, the report written, exit status 0 — and a deliberately corrupted
kernel fails that layer alone (exit status 1), the others still verified."""

from __future__ import annotations

import re

import numpy as np
import pytest

import tconv_sym as ts
from tconv_sym.cli import main

pytest.importorskip("onnxruntime")
pytest.importorskip("onnxscript")  # the default exporter of torch 2.13 needs it
pytest.importorskip("torch")

import model_zoo  # noqa: E402  (tests/ is on sys.path under pytest)

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.fixture(scope="module")
def zoo(tmp_path_factory):
    pytest.importorskip("monai")
    pytest.importorskip("transformers")
    folder = tmp_path_factory.mktemp("zoo")
    return {name: model_zoo.export(name, str(folder)) for name in model_zoo.ZOO}


def _conv_nodes(path) -> int:
    import onnx

    return sum(n.op_type in ("Conv", "ConvTranspose") for n in onnx.load(path).graph.node)


def _summary(report: str) -> str:
    return re.search(r"\*\*(\d+ layers?:[^*]*)\*\*", report).group(1)


@pytest.mark.parametrize("name", sorted(model_zoo.ZOO))
def test_default_export_scans_with_every_layer_verified(zoo, name, tmp_path, capsys):
    path = zoo[name]
    n = _conv_nodes(path)
    assert n >= 10  # the real architectures: many layers, both kinds
    out = tmp_path / "report"
    assert main(["scan", path, "--out", str(out)]) == 0
    text = (out / "report.md").read_text()
    assert _summary(text) == f"{n} layers: {n} verified"
    assert f"{n} layers: {n} verified" in capsys.readouterr().out
    # the ONNX file's specs are the live module's, layer by layer (an independent reader)
    model, shape = model_zoo.build(name)
    live, exported = ts.scan(model, input_shape=shape), ts.scan(path)
    called = live.supported  # (modules forward never calls are listed as such)
    assert all("not called by forward()" in x.reason for x in live.unsupported)
    assert [layer.spec for layer in exported] == [layer.spec for layer in called]
    assert any(layer.transposed for layer in exported)
    for a, b in zip(exported, called):
        np.testing.assert_allclose(a.weight, b.weight, rtol=0, atol=0)


@pytest.mark.parametrize("name", ["monai_unet_2d", "transformers_hifigan"])
def test_default_export_to_c_kernels_every_layer_verified(zoo, name, tmp_path):
    """scan -> C kernels (compiled with the system cc) -> each verified against onnxruntime,
    with no option but --gen c; 1-D (HiFi-GAN) and 2-D with output_padding (UNet)."""
    path = zoo[name]
    n = _conv_nodes(path)
    out = tmp_path / "c"
    assert main(["scan", path, "--gen", "c", "--out", str(out), "--quiet"]) == 0
    assert _summary((out / "report.md").read_text()) == f"{n} layers: {n} verified"
    assert len(list(out.glob("*.c"))) == n
    layers = ts.scan(path)
    assert any(layer.transposed and layer.spec.ndim == (1 if "hifigan" in name else 2)
               for layer in layers)


def test_legacy_exporter_shapes_are_static_too(tmp_path):
    """The TorchScript exporter (``dynamo=False``) loses shapes behind computed reshapes;
    data propagation and one onnxruntime run recover every one of them."""
    pytest.importorskip("transformers")
    path = model_zoo.export("transformers_dpt", str(tmp_path), legacy=True)
    layers = ts.scan(path)
    assert len(layers) == _conv_nodes(path) and not layers.unsupported
    model, shape = model_zoo.build("transformers_dpt")
    assert [x.spec for x in layers] == [x.spec for x in
                                        ts.scan(model, input_shape=shape).supported]


def test_a_corrupted_kernel_fails_that_layer_only(zoo, tmp_path, monkeypatch, capsys):
    from tconv_sym.codegen import api
    from tconv_sym.report import scan as report_scan

    path = zoo["transformers_dpt"]
    bad = 5

    def corrupted(layer, gen, dtype, out_dir, limits=None):
        w = np.array(layer.weight, dtype=np.float64)
        if layer.index == bad:
            w.reshape(-1)[w.size // 2] += 0.5  # one weight of the baked kernel is wrong
        return api.generate(layer.spec, lang=gen, dtype=dtype, weights=w,
                            name=report_scan.kernel_name(layer), out_dir=out_dir,
                            **(limits or {}))

    monkeypatch.setattr(report_scan, "_generate", corrupted)
    out = tmp_path / "report"
    assert main(["scan", path, "--gen", "numpy", "--out", str(out), "--quiet"]) == 1
    n = _conv_nodes(path)
    text = (out / "report.md").read_text()
    assert _summary(text) == f"{n} layers: {n - 1} verified, 1 failed"
    outcomes = re.findall(r"^## #(\d+) .*: (\w+)$", text, flags=re.M)
    assert [(int(i), o) for i, o in outcomes if o != "verified"] == [(bad, "failed")]
    assert len(outcomes) == n
    printed = capsys.readouterr().out
    assert re.search(rf"FAILED: #{bad} .*differs from the layer", printed)
