"""Models in: ``ts.scan`` of PyTorch models exported to ONNX, the same live modules, the
``scan`` CLI with baked kernels checked against onnxruntime, and unsupported nodes."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import tconv_sym as ts
from tconv_sym.cli import main


def _models(torch):
    """name -> (module, input shape, expected specs written from the constructors)."""
    nn = torch.nn
    T, C = ts.TransposedConvSpec, ts.ConvSpec
    torch.manual_seed(0)
    return {
        "net2d": (
            nn.Sequential(
                nn.ConvTranspose2d(4, 6, 3, stride=2, padding=1, output_padding=1),
                nn.ConvTranspose2d(6, 4, 3, groups=2, dilation=2),
                nn.Conv2d(4, 3, 3, stride=2, padding=1),
            ),
            (1, 4, 5, 5),
            [T(in_size=(5, 5), kernel_size=3, stride=2, padding=1, output_padding=1,
               in_channels=4, out_channels=6),
             T(in_size=(10, 10), kernel_size=3, dilation=2, in_channels=6, out_channels=4,
               groups=2),
             C(in_size=(14, 14), kernel_size=3, stride=2, padding=1, in_channels=4,
               out_channels=3)],
        ),
        "net1d": (
            nn.Sequential(nn.Conv1d(2, 4, 3, stride=2, padding=1, bias=False),
                          nn.ConvTranspose1d(4, 2, 4, stride=3, padding=2, output_padding=2)),
            (1, 2, 9),
            [C(in_size=9, kernel_size=3, stride=2, padding=1, in_channels=2, out_channels=4),
             T(in_size=5, kernel_size=4, stride=3, padding=2, output_padding=2, in_channels=4,
               out_channels=2)],
        ),
        "net3d": (
            nn.Sequential(nn.ConvTranspose3d(2, 2, 3, stride=2, padding=1, output_padding=1,
                                             groups=2),
                          nn.Conv3d(2, 1, 2)),
            (1, 2, 2, 3, 2),
            [T(in_size=(2, 3, 2), kernel_size=3, stride=2, padding=1, output_padding=1,
               in_channels=2, out_channels=2, groups=2),
             C(in_size=(4, 6, 4), kernel_size=2, in_channels=2, out_channels=1)],
        ),
    }


def _export(torch, module, shape, path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(module.eval(), (torch.zeros(shape),), str(path), dynamo=False, **kw)
    return path


@pytest.fixture(scope="module")
def exported(torch, tmp_path_factory):
    pytest.importorskip("onnx")
    folder = tmp_path_factory.mktemp("models")
    out = {}
    for name, (module, shape, specs) in _models(torch).items():
        out[name] = (module, shape, specs, _export(torch, module, shape, folder / f"{name}.onnx"))
    return out


def test_scan_onnx_lists_every_layer_with_its_spec_and_weights(torch, exported):
    for name, (module, shape, specs, path) in exported.items():
        layers = ts.scan(path)
        assert [layer.spec for layer in layers] == specs, name
        convs = [m for m in module if isinstance(m, torch.nn.modules.conv._ConvNd)]
        x = torch.zeros(shape)
        for layer, m in zip(layers, convs):
            assert layer.op == ("ConvTranspose" if m.transposed else "Conv")
            np.testing.assert_array_equal(layer.weight, m.weight.detach().numpy())
            assert (layer.bias is None) == (m.bias is None)
            assert layer.input_shape == tuple(x.shape)
            x = m(x)  # the real layer's output size is the spec's
            assert tuple(x.shape[2:]) == layer.spec.out_size, (name, layer)
        assert not layers.unsupported


def test_live_module_gives_the_same_table(torch, exported):
    for name, (module, shape, specs, path) in exported.items():
        from_onnx, live = ts.scan(path), ts.scan(module, input_shape=shape)
        assert len(live) == len(from_onnx) == len(specs)
        # same specs, windows, input shapes and weights; only the names differ
        assert [r[3:] for r in live.rows()] == [r[3:] for r in from_onnx.rows()], name
        for a, b in zip(live, from_onnx):
            np.testing.assert_array_equal(a.weight, b.weight)
            assert set(a.equivalents) == {"tensorflow", "keras", "onnx", "jax"}
            assert set(b.equivalents) == {"pytorch", "tensorflow", "keras", "jax"}


def test_equivalents_reproduce_the_layer_in_pytorch(torch, exported):
    """Each ONNX transposed layer's PyTorch equivalent, built with
    nn.ConvTranspose(**constructor_params) and the crop, reproduces the real module."""
    module, shape, _, path = exported["net2d"]
    x = torch.randn(shape, dtype=torch.float64)
    for layer, m in zip(ts.scan(path), module):
        if layer.transposed:
            c = layer.equivalents["pytorch"]
            cls = getattr(torch.nn, f"ConvTranspose{layer.spec.ndim}d")
            rebuilt = cls(**c.constructor_params).double()
            with torch.no_grad():
                rebuilt.weight.copy_(c.convert_weight(torch.from_numpy(layer.weight)))
                rebuilt.bias.copy_(torch.from_numpy(layer.bias))
                y = c.finish(rebuilt(c.convert_input(x)))
                torch.testing.assert_close(y, m.double()(x), rtol=1e-12, atol=1e-12)
        x = m.double()(x).detach()


def test_cli_scan_gen_verify_writes_verified_kernels(torch, exported, tmp_path, capsys):
    """`tconv-sym scan model.onnx --gen c --verify --out DIR`, then onnxruntime on the whole
    model against the chain of the kernels written (loaded from the same bytes)."""
    ort = pytest.importorskip("onnxruntime")
    for name, (_module, shape, specs, path) in exported.items():
        out = tmp_path / name
        assert main(["scan", str(path), "--gen", "c", "--verify", "--out", str(out)]) == 0
        text = capsys.readouterr().out
        n = len(specs)
        assert f"{n} layers: {n} verified" in text
        assert "FAILED" not in text
        report = (out / "report.md").read_text()
        assert report.count("\n## #") == n
        assert report.count("against onnxruntime (this layer alone") == n
        assert report.count("(weights baked) against the operator") == n
        layers = ts.scan(path)
        rng = np.random.default_rng(1)
        x = rng.standard_normal(shape)
        session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
        expected = session.run(None, {session.get_inputs()[0].name: x.astype(np.float32)})[0]
        y = x
        for layer in layers:
            kname = f"layer{layer.index}_" + layer.name.strip("/").replace("/", "_")
            art = ts.generate(layer.spec, lang="c", weights=layer.weight, name=kname,
                              out_dir=tmp_path / "again")
            for p in art.paths:  # the report folder holds exactly these bytes
                assert (out / p.name).read_bytes() == p.read_bytes()
            y = art.load()(y)
            if layer.bias is not None:
                y = y + layer.bias.reshape((1, -1) + (1,) * layer.spec.ndim)
        np.testing.assert_allclose(y, expected, rtol=1e-4, atol=1e-4 * np.abs(expected).max())


def test_unsupported_nodes_are_listed_with_the_reason(torch, tmp_path):
    onnx = pytest.importorskip("onnx")
    nn = torch.nn
    net = nn.Sequential(nn.ConvTranspose2d(1, 1, 3, stride=2))
    path = _export(torch, net, (1, 1, 4, 4), tmp_path / "dyn.onnx",
                   input_names=["x"], dynamic_axes={"x": {0: "n", 2: "h", 3: "w"}})
    (layer,) = ts.scan(path)
    assert not layer.supported and "dynamic shape" in layer.reason and "input_shape" in \
        layer.reason
    (fixed,) = ts.scan(path, input_shape=(2, 1, 4, 4))
    assert fixed.spec == ts.TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
    # a quantized convolution node is listed, not skipped
    model = onnx.load(str(path))
    model.graph.node.append(onnx.helper.make_node("ConvInteger", ["a", "b"], ["c"], name="q"))
    layers = ts.scan(model, input_shape=(1, 1, 4, 4))
    assert [(x.name, x.supported) for x in layers][1] == ("q", False)
    assert "quantized" in layers[1].reason
    # so is a runtime's contrib convolution (another domain)
    model.graph.node.append(onnx.helper.make_node("FusedConv", ["a", "b"], ["d"], name="f",
                                                  domain="com.microsoft"))
    model.opset_import.append(onnx.helper.make_opsetid("com.microsoft", 1))
    layers = ts.scan(model, input_shape=(1, 1, 4, 4))
    assert (layers[2].op, layers[2].supported) == ("com.microsoft.FusedConv", False)
    assert "not a standard ONNX operator" in layers[2].reason
    # live modules: a reflect-padded conv and a module forward never calls
    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.pad = nn.Conv2d(1, 1, 3, padding=1, padding_mode="reflect")
            self.unused = nn.ConvTranspose2d(1, 1, 2)

        def forward(self, x):
            return self.pad(x)

    layers = ts.scan(Net(), input_shape=(1, 1, 5, 5))
    assert [x.name for x in layers] == ["pad", "unused"]
    assert "reflect" in layers[0].reason and "not called" in layers[1].reason
    assert "UNSUPPORTED" in layers.table()


def test_scan_restores_training_mode_and_refuses_bad_input(torch):
    net = torch.nn.Sequential(torch.nn.Conv2d(1, 1, 3), torch.nn.BatchNorm2d(1)).train()
    ts.scan(net, input_shape=(2, 1, 5, 5))
    assert all(m.training for m in net.modules())
    assert float(net[1].running_mean) == 0.0  # eval() while scanning: stats untouched
    with pytest.raises(ValueError, match="input_shape is required"):
        ts.scan(net)
    with pytest.raises(TypeError, match="model must be"):
        ts.scan(42)
    with pytest.raises(ValueError, match=r"input_shape\[2\] must be a positive integer"):
        ts.scan(net, input_shape=(1, 1, 0, 5))
    with pytest.raises(ValueError, match="example input of shape .* would need ~4.0 TiB"):
        ts.scan(net, input_shape=(1, 1, 2**20, 2**20))  # refused before allocating


def test_cli_scan_refuses_gen_without_out_and_foreign_folders(exported, tmp_path, capsys):
    path = exported["net1d"][3]
    assert main(["scan", str(path), "--gen", "numpy"]) == 2
    assert "--out" in capsys.readouterr().err
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    assert main(["scan", str(path), "--out", str(foreign)]) == 2
    assert "not written by tconv-sym" in capsys.readouterr().err
    assert sorted(p.name for p in foreign.iterdir()) == ["notes.txt"]


def test_explain_onnx_node(exported, tmp_path, capsys):
    path = exported["net2d"][3]
    out = tmp_path / "node"
    assert main(["explain", "--onnx", str(path), "--node", "/1/ConvTranspose", "--no-prove",
                 "--out", str(out)]) == 0
    report = (out / "report.md").read_text()
    assert "TransposedConvSpec(in_size=(10, 10), kernel_size=3, dilation=2" in " ".join(
        report.split())
    assert main(["explain", "--onnx", str(path), "--node", "nope", "--out",
                 str(tmp_path / "x")]) == 2
    assert "/0/ConvTranspose" in capsys.readouterr().err  # the names it has


def test_functional_convolutions_in_forward_are_read_too(torch):
    nn, F = torch.nn, torch.nn.functional

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = nn.Conv2d(1, 2, 3)
            self.up = nn.Parameter(torch.randn(2, 3, 4, 4))

        def forward(self, x):
            y = F.conv_transpose2d(self.enc(x), self.up, stride=2, padding=1)
            t = y.flatten(2).permute(2, 0, 1)  # (time, batch, channels)
            return torch.conv_tbc(t, torch.ones(2, 3, 3), torch.zeros(3), 0)

    net = Net()
    layers = ts.scan(net, input_shape=(1, 1, 6, 6))
    assert [x.name for x in layers] == ["enc", "F.conv_transpose2d#1", "F.conv_tbc#1"]
    assert layers[1].spec == ts.TransposedConvSpec(in_size=(4, 4), kernel_size=4, stride=2,
                                                   padding=1, in_channels=2, out_channels=3)
    np.testing.assert_array_equal(layers[1].weight, net.up.detach().numpy())
    x = torch.randn(1, 2, 4, 4, dtype=torch.float64)
    y = layers[1].resolution.apply(x.numpy(), layers[1].weight)
    np.testing.assert_allclose(y, F.conv_transpose2d(x, net.up.double(), stride=2,
                                                     padding=1).detach().numpy(), rtol=1e-12)
    assert not layers[2].supported and "conv_tbc" in layers[2].reason
