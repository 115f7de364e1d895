"""The scan pipeline on live PyTorch modules: forward arguments beyond the input
(``example_inputs`` / ``example_kwargs``), ``--module pkg.mod:factory`` from the CLI, the four
outcomes (verified against the module itself, refused with the knob, unsupported, failed when
the numbers differ), progress lines, and the exit status the help text documents."""

from __future__ import annotations

import textwrap

import numpy as np
import pytest

import tconv_sym as ts
from tconv_sym import budget
from tconv_sym.cli import main
from tconv_sym.report.scan import check_layer, check_layers, exit_status, summary_line

torch = pytest.importorskip("torch")


class TimedUNet(torch.nn.Module):
    """A toy diffusion-style net: forward(x, timestep, *, scale) — the conv it runs
    depends on the keyword argument."""

    def __init__(self):
        super().__init__()
        self.down = torch.nn.Conv2d(2, 4, 3, stride=2, padding=1)
        self.up = torch.nn.ConvTranspose2d(4, 2, 4, stride=2, padding=1)
        self.extra = torch.nn.Conv2d(4, 4, 1)

    def forward(self, x, timestep, scale=False):
        h = self.down(x) + timestep.reshape(-1, 1, 1, 1)
        if scale:
            h = self.extra(h)
        return self.up(h) + torch.nn.functional.conv2d(x, torch.ones(2, 2, 1, 1))


def test_example_inputs_with_args_and_kwargs_are_verified_against_the_module():
    torch.manual_seed(0)
    net = TimedUNet()
    x, t = torch.zeros(1, 2, 8, 8), torch.tensor([3.0])
    layers = ts.scan(net, example_inputs=(x, t), example_kwargs={"scale": True})
    assert [layer.name for layer in layers] == ["down", "extra", "up", "F.conv2d#1"]
    assert layers[2].spec == ts.TransposedConvSpec(in_size=(4, 4), kernel_size=4, stride=2,
                                                   padding=1, in_channels=4, out_channels=2)
    checks = check_layers(layers)
    assert [c.outcome for c in checks] == ["verified"] * 4
    assert all(c.runtime_error < 1e-5 for c in checks)
    # without the keyword, forward never calls `extra`: listed as such, exit status 1
    plain = ts.scan(net, example_inputs={"x": x, "timestep": t})
    assert [layer.name for layer in plain.supported] == ["down", "up", "F.conv2d#1"]
    (unused,) = plain.unsupported
    assert unused.name == "extra" and "not called by forward()" in unused.reason
    assert exit_status(check_layers(plain)) == 1


def test_a_layer_whose_numbers_differ_fails_and_a_too_large_one_is_refused():
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Conv2d(1, 3, 3), torch.nn.ConvTranspose2d(3, 1, 2, 2))
    layers = ts.scan(net, input_shape=(1, 1, 6, 6))
    real = layers[1].runtime
    layers[1].runtime = lambda x, w=None: real(x, w) * (1 + 1e-3)  # a runtime that differs
    checks = check_layers(layers)
    assert [c.outcome for c in checks] == ["verified", "failed"]
    assert "differs from PyTorch" in checks[1].reason
    assert summary_line(checks) == "2 layers: 1 verified, 1 failed"
    with budget.limits(bytes=1000):
        refused = check_layer(layers[0])
    assert refused.outcome == "refused" and "TCONV_SYM_MAX_BYTES" in refused.reason


def test_progress_one_line_per_layer_and_a_callback(capsys):
    net = torch.nn.Sequential(torch.nn.Conv1d(1, 2, 3), torch.nn.Conv1d(2, 1, 3))
    layers = ts.scan(net, input_shape=(1, 1, 9))
    steps = []
    check_layers(layers, progress=steps.append, show="lines")
    err = capsys.readouterr().err.splitlines()
    assert [s.outcome for s in steps] == ["verified", "verified"]
    assert err[0].startswith("[1/2] #0 0: verified (") and err[1].startswith("[2/2] #1 1: ")


MODULE = textwrap.dedent("""
    import torch

    def make():
        torch.manual_seed(0)
        return torch.nn.Sequential(torch.nn.Conv2d(2, 4, 3, padding=1),
                                   torch.nn.ConvTranspose2d(4, 2, 3, stride=2))
""")


def test_cli_module_factory(tmp_path, monkeypatch, capsys):
    (tmp_path / "zoo_factory_mod.py").write_text(MODULE)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert main(["scan", "--module", "zoo_factory_mod:make", "--input-shape", "1x2x8x8",
                 "--out", str(tmp_path / "r")]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("2 layers: 2 verified")
    assert "**2 layers: 2 verified** (exit status 0)" in (tmp_path / "r" / "report.md").read_text()
    assert main(["scan", "--module", "zoo_factory_mod:make"]) == 2
    assert "--module needs --input-shape" in capsys.readouterr().err
    assert main(["scan", "--module", "zoo_factory_mod:nothing", "--input-shape", "1x2x8x8"]) == 2
    assert "has no attribute 'nothing'" in capsys.readouterr().err


def test_help_documents_the_exit_status(capsys):
    with pytest.raises(SystemExit):
        main(["scan", "--help"])
    text = capsys.readouterr().out
    assert "exit status:" in text
    for line in ("0  every layer verified", "1  some layer failed", "2  bad input"):
        assert line in text


def test_the_batch_dimension_of_the_trial_is_the_tools(tmp_path):
    """A model exported at batch 1 verifies on the tool's own batch (2 samples here)."""
    net = torch.nn.Conv2d(1, 1, 3)
    (layer,) = ts.scan(net, input_shape=(1, 1, 5, 5))
    seen = []
    real = layer.runtime
    layer.runtime = lambda x, w=None: seen.append(x.shape) or real(x, w)
    assert check_layer(layer).outcome == "verified"
    assert seen == [(2, 1, 5, 5)]
    np.testing.assert_array_equal(layer.weight, net.weight.detach().numpy())
