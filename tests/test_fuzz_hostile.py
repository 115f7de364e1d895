"""Issue 19: a hypothesis fuzz over API argument types and CLI flags (tests/fuzz_hostile.py)
in a subprocess under an address-space limit: only documented exceptions, no file outside
the requested folder, no code run from a string, no input slower than the hang detector,
and the process is not killed. Prints how many inputs it tried, refused and computed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

LIMIT_BYTES = 3 * 2**30


def test_fuzz_hostile_inputs(tmp_path):
    script = Path(__file__).with_name("fuzz_hostile.py")
    prelude = ("import resource, runpy, sys; "
               f"resource.setrlimit(resource.RLIMIT_AS, ({LIMIT_BYTES}, {LIMIT_BYTES})); "
               f"sys.argv = [{str(script)!r}, {str(tmp_path)!r}, '500', '200', '80']; "
               f"runpy.run_path({str(script)!r}, run_name='__main__')")
    out = subprocess.run([sys.executable, "-c", prelude], capture_output=True, text=True,
                         timeout=600)
    found = out.stderr.find("Falsifying example")
    assert out.returncode == 0, (out.returncode, out.stdout[-2000:],
                                 out.stderr[found:found + 3000] if found >= 0 else "",
                                 out.stderr[-3000:])
    stats = json.loads(out.stdout.strip().splitlines()[-1])
    print("fuzz_hostile:", stats)
    assert stats["api_tried"] == stats["api_refused"] + stats["api_computed"] > 0
    assert stats["cli_tried"] == (stats["cli_refused"] + stats["cli_computed"]
                                  + stats["cli_failed_exit_1"]) > 0
    assert stats["cli_failed_exit_1"] == 0
    onnx_layers = sum(stats[k] for k in ("onnx_verified", "onnx_refused_layer",
                                         "onnx_unsupported", "onnx_failed"))
    assert stats["onnx_tried"] == stats["onnx_refused"] + onnx_layers > 0
    assert stats["onnx_verified"] > 0 and stats["onnx_unsupported"] > 0
    # issue 34: quantization, the all-sizes prover, the real-size entry points, each case in
    # a forked child under address-space and CPU limits: computed or refused, never killed
    for surface, row in stats["bounded"].items():
        assert row["killed"] == 0 and row["wrong"] == 0, (surface, row, out.stderr[-3000:])
        assert row["tried"] == row["refused"] + row["computed"] > 0, (surface, row)
        assert row["refused"] > 0, (surface, row)
