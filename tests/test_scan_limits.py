"""``max_stack`` / ``max_workspace`` through a scan (tconv_sym.report.scan, ``tconv-sym scan
--gen c --max-stack/--max-workspace``) to every generated kernel; the int8 TFLite path is in
tests/test_tflite.py (``test_cli_scan_gen_c_passes_max_workspace_to_every_kernel``)."""

from __future__ import annotations

import re

import pytest

torch = pytest.importorskip("torch")

import tconv_sym as ts  # noqa: E402
from tconv_sym.cli import main as cli_main  # noqa: E402
from tconv_sym.report.scan import check_layer, write_scan_report  # noqa: E402


def _layers():
    torch.manual_seed(0)
    return ts.scan(torch.nn.ConvTranspose2d(4, 8, 3, stride=2), input_shape=(1, 4, 6, 6))


def test_max_stack_reaches_the_generated_kernel(tmp_path):
    layers = _layers()
    r = write_scan_report(layers, tmp_path / "a", gen="c", max_stack=4096)
    assert [c.outcome for c in r.checks] == ["verified"]
    h = next((tmp_path / "a").glob("*.h")).read_text()
    stack = int(re.search(r"#define \w+_STACK_BYTES (\d+)u", h).group(1))
    assert 0 < stack <= 4096
    # below the kernel's own frame: the layer is refused with the limit named, not generated
    c = check_layer(layers[0], gen="c", out_dir=tmp_path, max_stack=stack - 1)
    assert c.outcome == "failed" and f"max_stack={stack - 1} bytes" in c.reason, c.reason
    assert c.files == []


def test_limits_need_a_c_kernel(tmp_path):
    with pytest.raises(ValueError, match=r"max_workspace=1024 limits a generated C kernel.*"
                                         r"gen='numpy'"):
        write_scan_report(_layers(), tmp_path / "b", gen="numpy", max_workspace=1024)
    with pytest.raises(ValueError, match="max_stack=512 .*gen=None"):
        write_scan_report(_layers(), tmp_path / "c", max_stack=512)


def test_cli_refuses_a_limit_without_gen_c(tmp_path, capsys):
    code = cli_main(["scan", "--module", "torch.nn:Identity", "--input-shape", "1x1x4x4",
                     "--max-workspace", "64"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "--max-workspace 64 limits the generated C kernels: add --gen c" in err, err
