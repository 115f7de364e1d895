"""Issue 34: ``NAME_checked`` for every generated C schedule, not only the GEMM forms (those
are in test_codegen_contract.py): straight-line, spatial / channels tiles, depthwise, tap
blocks (float and int8, with and without the int8 phase GEMM), the weight gradient and the
Winograd kernel. Each is compiled, called with a NULL pointer, a misaligned pointer, a short
or misaligned workspace, overlapping output, a bad batch (every one returns its error code
with the output untouched) and with good arrays (bit for bit the raw function's output)."""

from __future__ import annotations

import ctypes

import numpy as np
import pytest
from codegen_support import needs_cc

from tconv_sym import Quantization, TransposedConvSpec
from tconv_sym.codegen.compile import compile_c
from tconv_sym.codegen.layout import weight_shape
from tconv_sym.codegen.plan import make_plan
from tconv_sym.codegen.render import render
from tconv_sym.codegen.schedule import caller_workspace

pytestmark = needs_cc

OK, EBATCH, ENULL, EWORKSPACE, EALIGN, EOVERLAP = range(6)
T = TransposedConvSpec
Q = Quantization(input_scale=0.1, input_zero_point=3, weight_scales=[0.01], output_scale=0.2,
                 output_zero_point=-2)
INT8 = dict(dtype="int8", layout="nhwc", quant=Q)
SMALL = T(in_size=(5, 5), kernel_size=3, stride=2, in_channels=2, out_channels=3)
CASES = {  # name: (spec, make_plan keywords, expected schedule)
    "straight": (SMALL, dict(strategy="unrolled"), "straight-line"),
    "spatial": (SMALL, dict(strategy="polyphase"), "spatial"),
    "tiles": (T(in_size=(4, 4), kernel_size=3, stride=2, in_channels=8, out_channels=8),
              dict(strategy="polyphase"), "channels"),
    "dw": (T(in_size=(8, 8), kernel_size=3, stride=2, in_channels=8, out_channels=8, groups=8),
           {}, "depthwise"),
    "blocks": (T(in_size=(5, 5), kernel_size=3, stride=2, in_channels=4, out_channels=3),
               dict(layout="nhwc", dtype="float32"), "blocks"),
    "wgrad": (SMALL, dict(derivative="weight"), "straight-line"),
    "q8": (T(in_size=(5, 5), kernel_size=3, stride=2, in_channels=4, out_channels=3), INT8,
           "blocks"),
    "q8gemm": (T(in_size=(4, 4), kernel_size=3, stride=2, in_channels=4, out_channels=16),
               INT8, "blocks"),
}
CTYPES = {"double": np.float64, "float": np.float32, "int8_t": np.int8}


def _build(name, tmp_path):
    spec, kw, schedule = CASES[name]
    kw = dict(kw)
    if kw.get("dtype") == "int8":
        rng = np.random.default_rng(1)
        kw["weights"] = rng.integers(-127, 128, weight_shape(spec, "tflite")).astype(np.int8)
    plan = make_plan(spec, lang="c", name=name, **kw)
    if schedule is not None:
        assert plan.schedule == schedule, plan.schedule
    files = render(plan)
    source = files.pop(f"{name}.c").replace("{{HASH}}", "0")
    _strict(tmp_path, name, source, files)
    lib = ctypes.CDLL(str(compile_c(source, name, directory=tmp_path, headers=files)))
    return plan, files[f"{name}.h"], lib


def _strict(tmp_path, name, source, headers=None):
    """The checked entry keeps the project's C rules: warning-free under the strict flags,
    no ``long`` but the batch count ``long n``."""
    import re
    import shutil
    import subprocess

    from tconv_sym.codegen.clang import WARNING_FLAGS

    for text in (source, *(headers or {}).values()):
        assert not re.search(r"\blong\b(?! [nb]\b)", text)
    if shutil.which("gcc") is None:
        return
    folder = tmp_path / f"strict_{name}"
    folder.mkdir()
    for file, text in {f"{name}.c": source, **(headers or {})}.items():
        (folder / file).write_text(text)
    proc = subprocess.run(["gcc", *WARNING_FLAGS, "-O1", "-c", str(folder / f"{name}.c"), "-o",
                           str(folder / "k.o")], capture_output=True, text=True)
    assert proc.returncode == 0 and not proc.stderr, proc.stderr[-2000:]


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_schedule_has_a_checked_entry(name, tmp_path):
    plan, header, lib = _build(name, tmp_path)
    assert f"int {name}_checked(long n" in header and "TCONV_SYM_EOVERLAP 5" in header
    np_type = CTYPES[{"float64": "double", "float32": "float", "int8": "int8_t"}[plan.dtype]]
    rng = np.random.default_rng(0)
    n = 2
    args = []
    for a in plan.args:
        shape = ((n,) if a.batched else ()) + tuple(a.shape)
        data = rng.integers(-50, 50, shape) if np_type is np.int8 else rng.standard_normal(shape)
        args.append(np.ascontiguousarray(data, dtype=np_type))
    out_shape = ((n,) if plan.result.batched else ()) + tuple(plan.result.shape)
    y = np.full(out_shape, 7, np_type)
    # the workspace NAME itself takes (tap-block int8 accumulators); a tiled schedule's NAME
    # allocates its own (NAME_ws takes the caller's), so its checked entry takes none
    ws_bytes = caller_workspace(plan)
    wsbuf = np.zeros(ws_bytes + 128, np.uint8)
    ws = wsbuf.ctypes.data + (-wsbuf.ctypes.data) % 64
    has_ws = ws_bytes > 0
    assert ("void *ws, int64_t ws_bytes" in header) == has_ws

    checked = getattr(lib, f"{name}_checked")
    checked.restype = ctypes.c_int
    checked.argtypes = ([ctypes.c_long] + [ctypes.c_void_p] * (len(args) + 1)
                        + ([ctypes.c_void_p, ctypes.c_int64] if has_ws else []))
    p = [a.ctypes.data for a in args] + [y.ctypes.data]

    def call(batch, ptrs, w=ws, nbytes=ws_bytes):
        return checked(batch, *ptrs, *((w, nbytes) if has_ws else ()))

    def untouched():
        return bool(np.all(y == 7))

    for i in range(len(p)):  # each pointer NULL in turn
        assert call(n, p[:i] + [None] + p[i + 1:]) == ENULL and untouched(), i
    assert call(-1, p) == EBATCH and untouched()
    assert call(2**62, p) == EBATCH and untouched()
    if np_type is not np.int8:  # one byte off is misaligned for float / double
        assert call(n, [p[0] + 1] + p[1:]) == EALIGN and untouched()
        assert call(n, p[:-1] + [p[-1] + 2]) == EALIGN and untouched()
    assert call(n, p[:-1] + [p[0]]) == EOVERLAP  # the output on top of the input
    assert call(n, p[:-1] + [p[0] + args[0].nbytes - 1]) in (EOVERLAP, EALIGN)
    if has_ws:
        assert call(n, p, ws, ws_bytes - 1) == EWORKSPACE and untouched()
        assert call(n, p, None, ws_bytes) == ENULL and untouched()
        assert call(n, p, ws + 1, ws_bytes) == EALIGN and untouched()
        assert call(n, p, y.ctypes.data, ws_bytes) in (EOVERLAP, EALIGN) and untouched()
        assert call(n, p, p[0], ws_bytes) in (EOVERLAP, EALIGN) and untouched()
    # a good call: bit for bit the raw function's output
    assert call(n, p) == OK and not untouched()
    raw = getattr(lib, name)
    raw.restype = None
    y_raw = np.full(out_shape, 7, np_type)
    raw(ctypes.c_long(n), *[ctypes.c_void_p(a.ctypes.data) for a in args],
        ctypes.c_void_p(y_raw.ctypes.data), *((ctypes.c_void_p(ws),) if has_ws else ()))
    assert y.tobytes() == y_raw.tobytes()
    if plan.result.batched:
        assert call(0, [None] * len(p), None, 0) == OK  # an empty batch touches nothing


def test_the_winograd_kernel_has_a_checked_entry():
    from tconv_sym.codegen.winograd_c import winograd_kernel

    spec = T(in_size=(5, 6), kernel_size=4, stride=2, padding=1, in_channels=3, out_channels=2)
    fn = winograd_kernel(spec, m=2)
    assert "int wino_checked(long n, const float *x, const float *u, float *y, void *ws, " \
           "int64_t ws_bytes);" in fn.source
    lib = fn._lib
    checked = lib.wino_checked
    checked.restype = ctypes.c_int
    checked.argtypes = [ctypes.c_long] + [ctypes.c_void_p] * 4 + [ctypes.c_int64]
    rng = np.random.default_rng(0)
    x = rng.standard_normal((2, *spec.in_shape)).astype(np.float32)
    prepared = fn.prepare(rng.standard_normal(spec.weight_shape).astype(np.float32))
    u = prepared.packed
    ws_bytes = 4 * fn.workspace_floats()
    buf = np.zeros(ws_bytes + 128, np.uint8)
    ws = buf.ctypes.data + (-buf.ctypes.data) % 64
    y = np.zeros((2, spec.out_channels, *spec.out_size), np.float32)
    p = [x.ctypes.data, u.ctypes.data, y.ctypes.data]
    assert checked(2, *p, ws, ws_bytes - 4) == EWORKSPACE and not y.any()
    assert checked(2, *p, ws + 4, ws_bytes) == EALIGN and not y.any()
    assert checked(2, p[0], None, p[2], ws, ws_bytes) == ENULL and not y.any()
    assert checked(2, p[0], p[1], p[0], ws, ws_bytes) == EOVERLAP and not y.any()
    assert checked(2, *p, p[1], ws_bytes) in (EOVERLAP, EALIGN) and not y.any()
    assert checked(-3, *p, ws, ws_bytes) == EBATCH and not y.any()
    assert checked(2, *p, ws, ws_bytes) == OK
    assert y.tobytes() == fn(x, prepared).tobytes()  # bit for bit the raw kernel
