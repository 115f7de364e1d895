"""The hostile-input fuzz of issue 19, run by tests/test_fuzz_hostile.py in a subprocess under
resource limits (so that a blow-up kills this process, not the test run).

Draws API calls and CLI command lines from argument values a careless or hostile user might
pass (huge and negative integers, NaN, bools, None, byte strings, code in strings, odd NumPy
dtypes, SymPy objects, ...) and requires of every input: it returns, or raises one of the
documented exception types; no file appears outside the requested folder; no code from a
string runs (each code string would create a marker file); every input finishes within
``PER_INPUT_CPU`` seconds of CPU (a hang detector, not a benchmark). Prints one JSON line
with how many inputs it tried, refused and computed.

    python tests/fuzz_hostile.py WORKDIR [API_EXAMPLES CLI_EXAMPLES ONNX_EXAMPLES]

The ONNX surface (issue 34) builds one-node Conv / ConvTranspose models with attributes of
every ONNX type (INT, INTS, FLOAT, FLOATS, STRING, raw bytes), missing or extra inputs, odd
weight and bias shapes and hostile node names, and runs ``ts.scan`` then the per-layer
pipeline: the scan returns or refuses (ValueError / TypeError), the pipeline never raises,
and a layer is reported verified only when every attribute it read has its schema type.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import signal
import sys
from fractions import Fraction
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

WORK = Path(sys.argv[1])
API_EXAMPLES = int(sys.argv[2]) if len(sys.argv) > 2 else 150
CLI_EXAMPLES = int(sys.argv[3]) if len(sys.argv) > 3 else 60
ONNX_EXAMPLES = int(sys.argv[4]) if len(sys.argv) > 4 else 60
PER_INPUT_CPU = 20
PHASES = (Phase.explicit, Phase.generate)  # no shrinking: a slow input is reported as drawn
os.environ["TCONV_SYM_CACHE_DIR"] = str(WORK / "cache")
# small limits, so that a big (valid) layer is refused in the refusal path under test
# instead of being computed for minutes
os.environ.update(TCONV_SYM_MAX_BYTES=str(2**28), TCONV_SYM_MAX_SOURCE_LINES="20000",
                  TCONV_SYM_MAX_LOOP_TRIPS="10000000", TCONV_SYM_MAX_SYMPY_ENTRIES="20000")
MARKER = WORK / "code-ran"
OUT = WORK / "out"
ALLOWED = {"cache", "out"}

import sympy  # noqa: E402

import tconv_sym as ts  # noqa: E402
from tconv_sym import analysis  # noqa: E402
from tconv_sym.cli import main  # noqa: E402
from tconv_sym.interop import resolve_torch  # noqa: E402

stats = {"api_tried": 0, "api_refused": 0, "api_computed": 0,
         "cli_tried": 0, "cli_refused": 0, "cli_computed": 0, "cli_failed_exit_1": 0,
         "onnx_tried": 0, "onnx_refused": 0, "onnx_verified": 0, "onnx_refused_layer": 0,
         "onnx_unsupported": 0, "onnx_failed": 0}


class TooSlow(Exception):
    pass


def _alarm(signum, frame):
    raise TooSlow(f"an input took more than {PER_INPUT_CPU} s of CPU")


signal.signal(signal.SIGVTALRM, _alarm)


@contextlib.contextmanager
def bounded():
    signal.setitimer(signal.ITIMER_VIRTUAL, PER_INPUT_CPU)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)


def check_disk():
    extra = sorted(p.name for p in WORK.iterdir() if p.name not in ALLOWED)
    assert not extra, f"files outside the requested folder: {extra}"
    assert not MARKER.exists(), "code from a string ran"


PAYLOAD = f"__import__('pathlib').Path({str(MARKER)!r}).write_text('x')"
scalars = st.one_of(
    st.integers(-3, 12), st.sampled_from([0, -1, 2**31, 2**40, 2**62 + 1, 10**30, -(10**30)]),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.none(),
    st.sampled_from(["3", "q0", "2*a+1", "same", "1/0", PAYLOAD, "", "x" * 500, "9**9**9"]),
    st.binary(max_size=4), st.fractions(max_denominator=5).map(Fraction),
    st.sampled_from([sympy.Symbol("q"), sympy.Rational(1, 3), sympy.oo, sympy.Eq(1, 1)]),
    st.complex_numbers(max_magnitude=10), st.sampled_from([np.int64(3), np.float16(2.5)]),
)
values = st.one_of(scalars, st.lists(scalars, max_size=4), st.tuples(scalars, scalars))
arrays = st.one_of(
    values,
    st.builds(lambda n, dt: np.ones((1, 1, n), dtype=dt), st.integers(0, 5),
              st.sampled_from([">f8", "<f2", "i1", "?", "U1", "O", "c16"])),
    st.builds(lambda n: np.array([PAYLOAD] * n, dtype=object), st.integers(1, 3)),
)
spec_kw = st.fixed_dictionaries({}, optional={
    "stride": values, "padding": values, "dilation": values, "output_padding": values,
    "in_channels": values, "groups": values})


def _spec(draw_kw):
    return ts.TransposedConvSpec(in_size=draw_kw.pop("in_size", 4),
                                 kernel_size=draw_kw.pop("kernel_size", 3), **draw_kw)


CALLS = {
    "spec": lambda a, kw: ts.TransposedConvSpec(in_size=a, kernel_size=3, **kw),
    "conv_matrix": lambda a, kw: ts.conv_matrix(ts.ConvSpec(in_size=4, kernel_size=3), a),
    "conv_matrix scipy": lambda a, kw: ts.conv_matrix(ts.ConvSpec(in_size=4, kernel_size=3), a,
                                                      backend="scipy"),
    "conv_transpose": lambda a, kw: ts.conv_transpose(a, np.ones((1, 1, 3)), **kw),
    "conv_transpose w": lambda a, kw: ts.conv_transpose(np.ones((1, 1, 4)), a),
    "prove_equal": lambda a, kw: ts.prove_equal(a, a),
    "latex": lambda a, kw: ts.latex(ts.TransposedConvSpec(in_size=2, kernel_size=3), kernel=a),
    "generate": lambda a, kw: ts.generate(_spec(dict(kw)), out_dir=OUT, overwrite=a,
                                          name="fuzz"),
    "generate spec": lambda a, kw: ts.generate(ts.TransposedConvSpec(in_size=a, kernel_size=3,
                                                                     **kw), out_dir=OUT),
    "checkerboard": lambda a, kw: analysis.checkerboard_verdict(_spec(dict(kw))),
    "resolve_torch": lambda a, kw: repr(resolve_torch((1, 1, 5), (1, 1, 3), **kw)),
    "kernel_symbols": lambda a, kw: ts.kernel_symbols("q", a),
}


@settings(max_examples=API_EXAMPLES, deadline=None, database=None, phases=PHASES,
          suppress_health_check=list(HealthCheck))
@given(st.sampled_from(sorted(CALLS)), arrays, spec_kw)
def fuzz_api(which, arg, kw):
    stats["api_tried"] += 1
    try:
        with bounded(), np.errstate(all="ignore"):
            CALLS[which](arg, kw)
    except (ValueError, TypeError, FileExistsError):  # the documented refusals
        stats["api_refused"] += 1
    except TooSlow:
        raise AssertionError(f"too slow: {which}({arg!r:.200}, {kw!r:.200})") from None
    else:
        stats["api_computed"] += 1
    check_disk()


flag_values = st.one_of(
    st.sampled_from(["4", "8x8", "0", "0x0", "-1", "3x", "x", "", "1e3", "10" * 16, "4,4",
                     "same", "valid", "1:2", "nan", "2x2x2x2", "999999999999"]),
    st.integers(-2, 40).map(str),
)
flags = st.lists(st.tuples(st.sampled_from(["--in", "--kernel", "--stride", "--dilation",
                                            "--padding", "--output-padding", "--in-channels",
                                            "--out-channels", "--groups", "--lang",
                                            "--strategy", "--dtype", "--name"]),
                           flag_values), max_size=6)


@settings(max_examples=CLI_EXAMPLES, deadline=None, database=None, phases=PHASES,
          suppress_health_check=list(HealthCheck))
@given(st.sampled_from(["gen", "prove"]), flags, st.booleans())
def fuzz_cli(command, pairs, force):
    argv = [command]
    if command == "prove":
        argv.append("up_is_down_transpose")
        # huge sizes/strides for the prover are the prover's own refusals (issue 13, not
        # yet merged: `prove up_is_down_transpose --stride 999999999999` asks scipy for
        # 29 TiB); here the prover gets small numbers, the CLI parsing gets the rest
        pairs = [(f.replace("--in", "--size"), "4" if re.search(r"\d{3}", v) else v)
                 for f, v in pairs if f not in ("--lang", "--strategy", "--dtype", "--name")]
    argv += [x for pair in pairs for x in pair]
    if command == "gen":
        argv += ["--out", str(OUT)] + (["--force"] if force else [])
    stats["cli_tried"] += 1
    err = io.StringIO()
    try:
        with bounded(), contextlib.redirect_stdout(io.StringIO()), \
                contextlib.redirect_stderr(err):
            rc = main(argv)
    except SystemExit as exc:  # argparse: a usage error, exit 2
        rc = exc.code
    except TooSlow:
        raise AssertionError(f"too slow: tconv-sym {' '.join(argv)}") from None
    assert rc in (0, 1, 2), (argv, rc)
    if rc == 2:
        assert "Traceback" not in err.getvalue(), (argv, err.getvalue())
        stats["cli_refused"] += 1
    elif rc == 1:  # prove: a theorem not holding would be a bug; gen never exits 1
        stats["cli_failed_exit_1"] += 1
    else:
        stats["cli_computed"] += 1
    check_disk()


attr_values = st.one_of(
    st.integers(-3, 6), st.lists(st.integers(-2, 5), max_size=5),
    st.floats(-3, 6, allow_nan=False), st.lists(st.floats(0, 4, allow_nan=False), max_size=4),
    st.sampled_from(["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID", "bogus", "", "x" * 300]),
    st.binary(max_size=6))
onnx_attrs = st.dictionaries(
    st.sampled_from(["strides", "pads", "dilations", "group", "kernel_shape", "auto_pad",
                     "output_padding", "output_shape", "alpha"]), attr_values, max_size=4)
node_names = st.sampled_from(["n", "", "a\nb", "\u202eevil", "x\x00y", "# h", "<img onerror=1>",
                              "`", "a" * 300])


@settings(max_examples=ONNX_EXAMPLES, deadline=None, database=None, phases=PHASES,
          suppress_health_check=list(HealthCheck))
@given(st.sampled_from(["Conv", "ConvTranspose"]), onnx_attrs, st.integers(1, 4),
       st.integers(1, 3), st.integers(0, 3), st.sampled_from([None, 1, 2, 5]), node_names)
def fuzz_onnx(op, attrs, size, kernel, n_inputs, bias_len, name):
    from onnx import AttributeProto, TensorProto, helper, numpy_helper

    from tconv_sym.interop.models.onnx_graph import ATTR_TYPES
    from tconv_sym.report.scan import check_layers

    stats["onnx_tried"] += 1
    w = numpy_helper.from_array(np.ones((2, 2, kernel, kernel), np.float32), "W")
    inits, inputs = [w], ["X", "W"][:max(1, n_inputs)]
    if n_inputs >= 3 and bias_len is not None:
        inits.append(numpy_helper.from_array(np.ones(bias_len, np.float32), "B"))
        inputs.append("B")
    node = helper.make_node(op, inputs, ["Y"], name=name)
    for key, value in attrs.items():
        node.attribute.append(helper.make_attribute(key, value) if value != [] else
                              helper.make_attribute(key, [], attr_type=7))
    graph = helper.make_graph([node], "g", [helper.make_tensor_value_info(
        "X", TensorProto.FLOAT, [1, 2, size, size])], [helper.make_tensor_value_info(
            "Y", TensorProto.FLOAT, None)], initializer=inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    try:
        with bounded(), np.errstate(all="ignore"):
            layers = ts.scan(model)
    except (ValueError, TypeError):
        stats["onnx_refused"] += 1
        return
    except TooSlow:
        raise AssertionError(f"too slow: scan of {op} {attrs!r:.300}") from None
    with bounded(), np.errstate(all="ignore"):
        checks = check_layers(layers)  # never raises: every problem is an outcome
    typed = {a.name: helper.get_attribute_value(a) for a in node.attribute}
    for c in checks:
        key = {"refused": "onnx_refused_layer"}.get(c.outcome, f"onnx_{c.outcome}")
        stats[key] += 1
        if c.outcome == "verified":
            wrong = [a.name for a in node.attribute if a.name in ATTR_TYPES
                     and a.type != AttributeProto.AttributeType.Value(ATTR_TYPES[a.name])]
            assert not wrong, f"verified with mistyped attributes {wrong}: {typed!r:.300}"
        assert "\n" not in c.summary() and "\u202e" not in c.summary()
    check_disk()


# --------------------------------------------------------------------------------------
# Issue 34: quantization, the all-sizes prover with large parameters, real-size entry points.
# Each case runs in a forked child under an address-space and a CPU limit (a blow-up kills
# the child, which is counted as killed: it must not happen); the parent reads the outcome
# from a pipe and the child's CPU time and peak RSS from wait4.
# --------------------------------------------------------------------------------------
CASE_CPU = 20          # s of CPU per case (RLIMIT_CPU): far above any refusal
CASE_WALL = 90         # s of wall time (a deadlock detector)
CASE_HEADROOM = 2**30  # bytes of address space above the parent's, per case
os.environ.setdefault("TCONV_SYM_ALLSIZES_MAX_SECONDS", "10")


def _vm_size() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    return 0


def run_case(fn):
    """Run ``fn()`` in a forked child; return (outcome, message, cpu seconds, peak RSS bytes).
    Outcome: "computed", "refused" (ValueError/TypeError naming a parameter), "wrong" (any
    other exception) or "killed" (a signal, a limit, a MemoryError)."""
    import resource
    import select
    import time

    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_fd)
        code, text = "computed", ""
        try:
            hard = resource.getrlimit(resource.RLIMIT_AS)[1]
            limit = _vm_size() + CASE_HEADROOM
            if hard != resource.RLIM_INFINITY:
                limit = min(limit, hard)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
            resource.setrlimit(resource.RLIMIT_CPU, (CASE_CPU, CASE_CPU + 5))
            with contextlib.redirect_stdout(io.StringIO()), \
                    contextlib.redirect_stderr(io.StringIO()), np.errstate(all="ignore"):
                fn()
        except MemoryError as exc:
            code, text = "killed", f"MemoryError: {exc}"
        except (ValueError, TypeError) as exc:
            code, text = "refused", f"{type(exc).__name__}: {exc}"
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            code, text = "wrong", f"{type(exc).__name__}: {exc}"
        os.write(write_fd, json.dumps([code, text[:400]]).encode())
        os._exit(0)
    os.close(write_fd)
    start, chunks = time.monotonic(), []
    while time.monotonic() - start < CASE_WALL:
        ready, _, _ = select.select([read_fd], [], [], 1.0)
        if ready:
            chunk = os.read(read_fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    else:
        os.kill(pid, signal.SIGKILL)
    os.close(read_fd)
    _, status, usage = os.wait4(pid, 0)
    cpu = usage.ru_utime + usage.ru_stime
    rss = usage.ru_maxrss * 1024
    if not os.WIFEXITED(status) or not chunks:
        return "killed", f"status {status}", cpu, rss
    code, text = json.loads(b"".join(chunks))
    return code, text, cpu, rss


def _quant(**change):
    q = dict(input_scale=0.02, input_zero_point=3, weight_scales=[0.01, 0.02, 0.015],
             output_scale=0.05, output_zero_point=-2)
    q.update(change)
    return q


INT8_SPEC = dict(in_size=(5, 5), kernel_size=3, stride=2, padding="same", in_channels=4,
                 out_channels=3)


def _int8_generate(quant=None, bias=None, weights=None, **spec):
    from tconv_sym.codegen.layout import weight_shape

    s = ts.TransposedConvSpec(**{**INT8_SPEC, **spec})
    w = np.ones(weight_shape(s, "tflite"), np.int8) if weights is None else weights
    q = quant if isinstance(quant, ts.Quantization) else ts.Quantization(**(quant or _quant()))
    return ts.generate(s, lang="c", dtype="int8", layout="nhwc", weights=w, bias=bias,
                       quant=q, out_dir=OUT, overwrite=True, name="q")


def _quant_file(text: bytes | str, cli: bool):
    path = WORK / "out" / "q.json"
    path.parent.mkdir(exist_ok=True)
    (path.write_bytes if isinstance(text, bytes) else path.write_text)(text)
    if not cli:
        return ts.Quantization.from_json(path)
    from tconv_sym.codegen.layout import weight_shape

    spec = ts.TransposedConvSpec(**INT8_SPEC)
    np.save(path.with_name("w.npy"), np.ones(weight_shape(spec, "tflite"), np.int8))
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        rc = main(["gen", "--in", "5x5", "--kernel", "3", "--stride", "2", "--padding", "same",
                   "--in-channels", "4", "--out-channels", "3", "--lang", "c", "--layout", "nhwc",
                   "--dtype", "int8", "--quant", str(path),
                   "--weights", str(path.with_name("w.npy")), "--out", str(OUT / "g"),
                   "--force"])
    if rc == 2:  # a usage error: it names the flag or the field of the file
        text = err.getvalue()
        # issue 34: in the words of the command line (the flag, not quant=Quantization(...))
        assert "--quant" in text and "quant=" not in text and "Traceback" not in text, text
        raise ValueError(f"exit 2: {err.getvalue().strip().splitlines()[-1]}")
    return rc


HOSTILE_SCALES = [0, -0.5, float("nan"), float("inf"), -float("inf"), 1e-45, 1e-30, 1e38, 1e300,
                  True, "0.1", None, 1 + 2j, [0.1], Fraction(1, 3), np.float16(0.1), 2**1100]
HOSTILE_ZEROS = [128, -129, 2**31, -(2**63), 1.5, True, float("nan"), "3", None, np.int64(5)]


def quant_cases():
    cases = []
    for field in ("input_scale", "output_scale"):
        cases += [(f"Quantization({field}={v!r:.30})",
                   lambda f=field, v=v: ts.Quantization(**_quant(**{f: v})))
                  for v in HOSTILE_SCALES]
        cases += [(f"generate int8 {field}={v!r:.30}",
                   lambda f=field, v=v: _int8_generate(_quant(**{f: v})))
                  for v in (1e-45, 1e-20, 1e-12, 1e12, 1e30)]
    cases += [(f"Quantization(weight_scales=[{v!r:.30}])",
               lambda v=v: ts.Quantization(**_quant(weight_scales=[v, 0.1, 0.1])))
              for v in HOSTILE_SCALES]
    for field in ("input_zero_point", "output_zero_point", "activation_min", "activation_max"):
        cases += [(f"Quantization({field}={v!r:.30})",
                   lambda f=field, v=v: ts.Quantization(**_quant(**{f: v})))
                  for v in HOSTILE_ZEROS]
    cases += [(f"generate int8 weight_scales of length {n} for 3 channels",
               lambda n=n: _int8_generate(_quant(weight_scales=[0.01] * n)))
              for n in (0, 2, 4, 10**5)]
    cases += [(f"generate int8 bias={b!r:.40}".replace("\n", ""),
               lambda b=b: _int8_generate(bias=b))
              for b in ([2**31 - 1] * 3, [-(2**31)] * 3, [2**40] * 3, [1, 2], [0.5] * 3,
                        [float("nan")] * 3, np.zeros((3, 3)), "123")]
    cases += [(f"generate int8 weights {what}", lambda w=w: _int8_generate(weights=w))
              for what, w in (("= 300", np.full((3, 3, 3, 4), 300)),
                              ("= NaN", np.full((3, 3, 3, 4), np.nan)),
                              ("of shape (3, 3, 4, 3)", np.ones((3, 3, 4, 3), np.int8)),
                              ("of shape (2,)", np.ones((2,), np.int8)))]
    cases.append(("generate int8 activation_min > activation_max",
                  lambda: _int8_generate(_quant(activation_min=10, activation_max=-10))))
    files = [b"", b"\xff\xfe\x00", "[]", "null", "1e999", '"x"', "[" * 100000,
             json.dumps(_quant(output_scale="NaN")), '{"input_scale": NaN}',
             json.dumps(_quant()).replace("0.05", "1e999"),
             json.dumps(_quant()).replace("0.05", "-0.05"),
             json.dumps(_quant(output_scale=1e-45)),
             json.dumps(_quant(output_zero_point=1000)),
             json.dumps(_quant(weight_scales=[0.01] * 7)),
             json.dumps({**_quant(), "shift": 40}),
             json.dumps(_quant(weight_scales="0.01")),
             json.dumps(_quant(input_zero_point=2**70)),
             "{" + '"a": 1,' * 10 + '"input_scale": 1}', "x" * (2 * 2**20)]
    for cli in (False, True):
        cases += [(f"{'gen --quant' if cli else 'Quantization.from_json'} {t[:40]!r}",
                   lambda t=t, cli=cli: _quant_file(t, cli)) for t in files]
    cases.append(("Quantization.from_json(/dev/zero)", lambda: _quant_file_path("/dev/zero")))
    return cases


def _quant_file_path(path):
    return ts.Quantization.from_json(path)


PROOF = "transposed_conv_is_conv_of_upsampled"


def prover_cases():
    big = [dict(kernel=3, stride=10**6), dict(kernel=3, stride=1000), dict(kernel=3,
           stride=(97, 89)), dict(kernel=3, ndim=10**6), dict(kernel=(3,) * 10),
           dict(kernel=10**6, stride=2), dict(kernel=3, stride=2, dilation=10**6),
           dict(kernel=3, stride=2, padding="p"), dict(kernel=3, stride=2, ndim=5),
           dict(kernel=(3, 3, 3), stride=(2, 2, 2)), dict(kernel=3, stride=-2),
           dict(kernel=0), dict(kernel=3, stride=2.5), dict(kernel=3, stride="2"),
           dict(kernel=3, stride=2, ndim=0), dict(kernel=3, stride=True),
           dict(kernel=3, stride=2, padding=10**9), dict(kernel=3, stride=2, in_channels=10**6),
           dict(kernel=3, stride=2, groups=10**6), dict(kernel=3, stride=(2,) * 4)]
    names = [PROOF, "up_is_down_transpose", "no_such_identity"]
    cases = [(f"prove({PROOF!r}, all_sizes=True, {kw!r:.60})",
              lambda kw=kw: ts.prove(PROOF, all_sizes=True, **kw)) for kw in big]
    cases += [(f"prove({n!r}, all_sizes=True, kernel=3, stride=10**5)",
               lambda n=n: ts.prove(n, all_sizes=True, kernel=3, stride=10**5))
              for n in names[1:]]
    cases += [(f"prove({PROOF!r}, size=10**5, kernel=3, stride=2)",
               lambda: ts.prove(PROOF, size=10**5, kernel=3, stride=2))]
    return cases


def _op_matrix_spec(n, c):
    spec = ts.TransposedConvSpec(in_size=(n, n), kernel_size=3, stride=2, in_channels=c,
                                 out_channels=c)
    return ts.operator_matrix(lambda x: x, spec.in_shape, spec=spec)


def _same_operator(n, c):
    spec = ts.TransposedConvSpec(in_size=(n, n), kernel_size=3, stride=2, in_channels=c,
                                 out_channels=c)
    w = np.broadcast_to(np.float64(1.0), (c, c, 3, 3))
    return ts.assert_same_operator(lambda x: ts.conv_transpose(x, w, stride=2), spec, w)


def _torch_scan(shape):
    import torch

    module = torch.nn.Sequential(torch.nn.ConvTranspose2d(3, 8, 4, stride=2))
    return ts.scan(module, input_shape=shape)


def _explain(**kw):
    spec = ts.TransposedConvSpec(**{"in_size": 4, "kernel_size": 3, **kw})
    return ts.explain(spec, OUT / "explain", prove=False, show="quiet")


def _plot(which, **kw):
    from tconv_sym import plot

    spec = ts.TransposedConvSpec(**{"in_size": 4, "kernel_size": 3, **kw})
    if which == "verdict":
        return plot.checkerboard_verdict(spec, use_prover=False)
    return plot.sparsity(spec, path=OUT / "s.png")


def realsize_cases():
    huge = np.broadcast_to(np.float64(0.0), (2**31, 1, 4))
    wide = np.broadcast_to(np.float64(0.0), (1, 1, 10**12))
    w3 = np.ones((1, 1, 3))
    cases = [
        ("operator_matrix 256^2 512->512", lambda: _op_matrix_spec(256, 512)),
        ("operator_matrix lambda (1, 100000, 100000)",
         lambda: ts.operator_matrix(lambda x: 2 * x, (1, 100000, 100000))),
        ("operator_matrix in_shape (10**12,)", lambda: ts.operator_matrix(lambda x: x, (10**12,))),
        ("operator_matrix in_shape (-1, 4)", lambda: ts.operator_matrix(lambda x: x, (-1, 4))),
        ("operator_matrix in_shape (2.5, 4)", lambda: ts.operator_matrix(lambda x: x, (2.5, 4))),
        ("assert_same_operator 20000^2 1->1", lambda: _same_operator(20000, 1)),
        ("assert_same_operator 128^2 512->512", lambda: _same_operator(128, 512)),
        ("conv_transpose batch 2**31", lambda: ts.conv_transpose(huge, w3)),
        ("conv_transpose length 10**12", lambda: ts.conv_transpose(wide, w3)),
        ("conv_transpose stride 10**12", lambda: ts.conv_transpose(np.ones((1, 1, 4)), w3,
                                                                   stride=10**12)),
        ("conv_transpose dilation 10**9", lambda: ts.conv_transpose(np.ones((1, 1, 4)), w3,
                                                                    dilation=10**9)),
        ("conv_transpose output_size 10**10", lambda: ts.conv_transpose(
            np.ones((1, 1, 4)), w3, stride=10**10, output_size=(10**10,))),
        ("conv_transpose padding -(10**12)", lambda: ts.conv_transpose(
            np.ones((1, 1, 4)), w3, padding=-(10**12))),
        ("scan(torch, input_shape=(1,3,12000,12000))", lambda: _torch_scan((1, 3, 12000, 12000))),
        ("scan(torch, input_shape=(2**31,3,8,8))", lambda: _torch_scan((2**31, 3, 8, 8))),
        ("scan(torch, input_shape=(1,3,-8,8))", lambda: _torch_scan((1, 3, -8, 8))),
        ("scan(torch, input_shape=(1,3,8))", lambda: _torch_scan((1, 3, 8))),
    ]
    for kw in (dict(dilation=10**8), dict(dilation=10**12), dict(stride=10**12),
               dict(stride=10**6, dilation=10**6), dict(in_size=10**9), dict(kernel_size=10**7),
               dict(padding=10**9, in_size=10**9 * 3)):
        cases += [(f"explain {kw}", lambda kw=kw: _explain(**kw)),
                  (f"plot.checkerboard_verdict {kw}", lambda kw=kw: _plot("verdict", **kw)),
                  (f"plot.sparsity {kw}", lambda kw=kw: _plot("sparsity", **kw))]
    for kw in (dict(in_size=10**9), dict(in_size=(10**5, 10**5), in_channels=10**4),
               dict(kernel_size=10**6), dict(dilation=10**12), dict(stride=10**12),
               dict(in_channels=2**40), dict(in_size=(2,) * 10**3)):
        for lang in ("numpy", "c"):
            cases.append((f"generate {lang} {kw!r:.60}", lambda kw=kw, lang=lang: ts.generate(
                ts.TransposedConvSpec(**{"in_size": 4, "kernel_size": 3, **kw}), lang=lang,
                out_dir=OUT / "gen", overwrite=True)))
    return cases


def _npy_blob(descr: str, shape: str, payload: bytes, version: bytes = b"\x01\x00") -> bytes:
    hdr = f"{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}".encode()
    hdr = hdr.ljust(117) + b"\n"
    size = len(hdr).to_bytes(2 if version == b"\x01\x00" else 4, "little")
    return b"\x93NUMPY" + version + size + hdr + payload


def _weights_file(name: str, data: bytes, member: str | None = None, dtype=None,
                  zipped: bool = False):
    import zipfile

    from tconv_sym.codegen.weights_file import read_array

    path = OUT / "wf" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if zipped:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for key in ("a", "b") if member == "two" else ("a",):
                z.writestr(f"{key}.npy", data)
        target = f"{path}:{member}" if member and member != "two" else str(path)
    else:
        path.write_bytes(data)
        target = str(path)
    return read_array(target, dtype=dtype, shape=(1, 1, 3, 3), source=f"--weights {name}")


def weights_file_cases():
    """Issue 34 round 3: hostile .npy / .npz / raw files of numbers (headers that lie about
    their shape, pickles, strings, complex, zip members, wrong raw lengths)."""
    ok = np.arange(9.0).reshape(1, 1, 3, 3)
    buf = io.BytesIO()
    np.save(buf, ok)
    good = buf.getvalue()
    blobs = {
        "claims (10**5,)*3 f8 in 64 B": _npy_blob("<f8", "(100000, 100000, 100000)", b"\0" * 64),
        "claims 2**40 u1": _npy_blob("|u1", "(1099511627776,)", b"\0" * 64),
        "claims (3, 4) f4, 40 B": _npy_blob("<f4", "(3, 4)", b"\0" * 40),
        "negative shape": _npy_blob("<f8", "(-1, 9)", b"\0" * 72),
        "object dtype": _npy_blob("|O", "(9,)", b"\0" * 72),
        "unicode dtype": _npy_blob("<U4", "(9,)", b"\0" * 144),
        "complex dtype": _npy_blob("<c16", "(1, 1, 3, 3)", b"\0" * 144),
        "version 3.0": _npy_blob("<f8", "(1, 1, 3, 3)", b"\0" * 72, b"\x03\x00"),
        "version 9.9": _npy_blob("<f8", "(1, 1, 3, 3)", b"\0" * 72, b"\x09\x09"),
        "header is code": b"\x93NUMPY\x01\x00\x40\x00" + PAYLOAD.encode()[:63].ljust(63)
                          + b"\n",
        "empty file": b"",
        "truncated magic": b"\x93NUM",
        "good": good,
    }
    cases = [(f"read_array .npy {k}", lambda b=b, k=k: _weights_file("w.npy", b))
             for k, b in blobs.items()]
    cases += [(f"read_array .npz:a {k}", lambda b=b: _weights_file("w.npz", b, "a", zipped=True))
              for k, b in blobs.items() if k in ("claims (10**5,)*3 f8 in 64 B",
                                                 "claims 2**40 u1", "object dtype", "good")]
    cases += [("read_array .npz with two arrays, none named",
               lambda: _weights_file("w2.npz", good, "two", zipped=True)),
              ("read_array .npz:zz, no such array", lambda: _weights_file("w3.npz", good, "zz",
                                                               zipped=True)),
              ("read_array raw 7 floats for 9", lambda: _weights_file(
                  "w.bin", np.ones(7, "<f4").tobytes(), dtype="float32")),
              ("read_array raw without dtype", lambda: _weights_file("w.bin", b"\0" * 36)),
              ("read_array raw dtype object", lambda: _weights_file("w.bin", b"\0" * 36,
                                                                   dtype="object")),
              ("read_array raw 9 float32", lambda: _weights_file(
                  "w.bin", np.ones(9, "<f4").tobytes(), dtype="float32"))]
    return cases


# Findings of this fuzz not yet fixed, skipped by name in CI (each would cost CASE_CPU seconds
# before it is killed); FUZZ_KNOWN=1 runs them. Empty since issue 34's round 3 (the kernel of
# 10**7 taps in the checkerboard analysis and of 10**6 in generate are closed forms now).
KNOWN: set[str] = set()

SURFACES = {"quantization": quant_cases, "all-sizes prover": prover_cases,
            "real-size entry points": realsize_cases, "weights files": weights_file_cases}
NAMES_A_PARAMETER = re.compile(r"[a-z_]+|--[a-z-]+|MAX_[A-Z_]+|TCONV_SYM_")


def fuzz_bounded():
    table = {}
    for surface, make in SURFACES.items():
        row = dict(tried=0, refused=0, computed=0, killed=0, wrong=0, max_cpu_s=0.0,
                   max_rss_mb=0.0)
        for label, fn in make():
            if label in KNOWN and not os.environ.get("FUZZ_KNOWN"):
                row["known_skipped"] = row.get("known_skipped", 0) + 1
                continue
            code, text, cpu, rss = run_case(fn)
            row["tried"] += 1
            row[code] += 1
            row["max_cpu_s"] = round(max(row["max_cpu_s"], cpu), 2)
            row["max_rss_mb"] = round(max(row["max_rss_mb"], rss / 2**20), 1)
            if code in ("killed", "wrong"):
                print(f"{surface}: {label}: {code}: {text}", file=sys.stderr)
            assert code != "refused" or NAMES_A_PARAMETER.search(text), (label, text)
            if os.environ.get("FUZZ_VERBOSE"):
                print(f"{surface} | {label} | {code} | {cpu:.2f} s | {rss / 2**20:.0f} MB | "
                      f"{text[:150]}", file=sys.stderr)
            check_disk()
        table[surface] = row
    stats["bounded"] = table


if __name__ == "__main__":
    WORK.mkdir(parents=True, exist_ok=True)
    if os.environ.get("FUZZ_ONLY") != "bounded":
        fuzz_api()
        fuzz_cli()
        fuzz_onnx()
    fuzz_bounded()
    print(json.dumps(stats))
