"""The register-tiled schedules (tconv_sym.codegen.tiled) keep their large buffers — packed
weights, the panel's channels-last input copy — in the caller's workspace (NAME_ws,
NAME_WORKSPACE_BYTES; NAME takes it from TCONV_SYM_ALLOC), the stack only the register tile;
the results are the same bits as the stack form's."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest
from codegen_support import needs_cc

from tconv_sym import TransposedConvSpec
from tconv_sym.codegen import depthwise, gemm, gemm_scatter, tiled
from tconv_sym.codegen.api import generate
from tconv_sym.codegen.plan import make_plan

T = TransposedConvSpec
CHANNELS = T(in_size=(8, 8), kernel_size=4, stride=2, padding=1, in_channels=128,
             out_channels=64)
PANEL = T(in_size=(14, 14), kernel_size=7, padding=3, in_channels=32)


@pytest.fixture
def tiles(monkeypatch):
    """The register-tiled schedules, not the GEMM / direct forms that replace them."""
    monkeypatch.setattr(gemm, "MAX_WASTE", 0.0)
    monkeypatch.setattr(gemm_scatter, "MAX_WASTE", 0.0)
    monkeypatch.setattr(depthwise, "MAX_IN_PER_GROUP", 0)
    return monkeypatch


@pytest.mark.parametrize("spec, schedule, ws, most_stack", [
    (CHANNELS, "channels", 16 * 128 * 64 // 4 * 4, 2048),  # 4 taps x 128 in x 64 out
    (PANEL, "panel", (49 * 32 + 196 * 32) * 4, 1024),  # weights + channels-last copy
])
def test_buffers_move_to_the_workspace(tiles, spec, schedule, ws, most_stack):
    plan = make_plan(spec, lang="c", dtype="float32", name="k", fast="never")
    assert plan.schedule == schedule
    assert plan.memory.workspace_bytes == plan.lowering.ws_elems * 4 == \
        (131072 if schedule == "channels" else ws)
    assert plan.memory.stack_bytes <= most_stack
    # the false variant: the same kernel with its buffers on the stack (the former form)
    tiles.setattr(tiled, "WS_MIN_BYTES", 10**12)
    old = make_plan(spec, lang="c", dtype="float32", name="k", fast="never")
    assert old.memory.workspace_bytes == 0
    assert old.memory.stack_bytes > plan.memory.stack_bytes + plan.memory.workspace_bytes - 64


@needs_cc
@pytest.mark.parametrize("spec, dtype", [(CHANNELS, "float32"), (PANEL, "float64")])
def test_same_bits_as_the_stack_form(tiles, spec, dtype, tmp_path):
    new = generate(spec, lang="c", dtype=dtype, out_dir=tmp_path, name="new", fast="never")
    tiles.setattr(tiled, "WS_MIN_BYTES", 10**12)
    old = generate(spec, lang="c", dtype=dtype, out_dir=tmp_path, name="old", fast="never")
    assert "new_ws(" in new.source and "old_ws(" not in old.source
    rng = np.random.default_rng(3)
    x = rng.standard_normal((2, spec.in_channels, *spec.in_size)).astype(dtype)
    w = rng.standard_normal(spec.weight_shape).astype(dtype)
    a, b = new.load()(x, w), old.load()(x, w)
    assert a.tobytes() == b.tobytes()
    assert new.verify() < (1e-5 if dtype == "float32" else 1e-12)


@needs_cc
def test_a_c_caller_passes_its_own_workspace(tiles, tmp_path):
    """NAME_ws with a caller's buffer of NAME_WORKSPACE_BYTES (any contents) gives NAME's
    output; the header declares both."""
    art = generate(CHANNELS, lang="c", dtype="float32", out_dir=tmp_path, name="k",
                   fast="never")
    header = art.texts["k.h"]
    assert "#define K_WORKSPACE_BYTES 131072u" in header
    assert "void k_ws(long n, const float *restrict x, const float *restrict w, " \
        "float *restrict y, void *restrict ws);" in header
    (tmp_path / "main.c").write_text("""
#include <stdio.h>
#include <string.h>
#include "k.h"
static float x[2 * 128 * 64], w[128 * 64 * 16], y1[2 * 64 * 256], y2[2 * 64 * 256];
static unsigned char ws[K_WORKSPACE_BYTES] __attribute__((aligned(64)));
int main(void) {
    for (int i = 0; i < (int)(sizeof x / sizeof *x); ++i) x[i] = (float)((i * 37) % 11) - 5;
    for (int i = 0; i < (int)(sizeof w / sizeof *w); ++i) w[i] = (float)((i * 13) % 7) - 3;
    memset(ws, 0xff, sizeof ws);  /* any contents */
    k(2, x, w, y1);
    k_ws(2, x, w, y2, ws);
    printf("%d %g\\n", memcmp(y1, y2, sizeof y1), (double)y1[1000]);
    return 0;
}
""")
    subprocess.run(["cc", "-std=c99", "-O2", "main.c", "k.c", "-o", "main"], cwd=tmp_path,
                   check=True, capture_output=True)
    out = subprocess.run([str(tmp_path / "main")], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out[0] == "0" and float(out[1]) != 0.0


def test_limits_keep_the_former_plans(tiles):
    """A small max_stack without a workspace budget still means heap-free tap-block loops; a
    max_workspace below the buffers puts them back on the stack; a max_workspace they fit
    keeps the register tiles within a small stack."""
    kw = dict(lang="c", dtype="float32", name="k", fast="never")
    assert make_plan(CHANNELS, max_stack=4096, **kw).schedule == "blocks"
    on_stack = make_plan(CHANNELS, max_workspace=1024, **kw)
    assert (on_stack.schedule, on_stack.memory.workspace_bytes) == ("channels", 0)
    assert on_stack.memory.stack_bytes > 131072
    both = make_plan(CHANNELS, max_stack=4096, max_workspace=131072, **kw)
    assert both.schedule == "channels" and both.memory.stack_bytes <= 4096
