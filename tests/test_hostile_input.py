"""Issue 19: every reproduction of "hostile and careless input" as a test.

The slow ones (minutes and gigabytes on the code before the fix) run in a subprocess under
a ``resource`` limit (address space and CPU time) and must refuse within seconds: a
MemoryError, a kill or a timeout fails the test.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

import numpy as np
import pytest

import tconv_sym as ts
from tconv_sym.budget import ResourceLimitError

LIMIT_BYTES = 3 * 2**30  # the refusing process may not use more address space than this
LIMIT_CPU = 60           # seconds of CPU before the kernel kills it (a refusal takes ~1 s)
PRELUDE = f"""
import resource
resource.setrlimit(resource.RLIMIT_AS, ({LIMIT_BYTES}, {LIMIT_BYTES}))
resource.setrlimit(resource.RLIMIT_CPU, ({LIMIT_CPU}, {LIMIT_CPU}))
"""


def _limited(code: str, timeout: float = 90):
    """Run ``code`` in a fresh interpreter under the limits; (returncode, stdout, stderr)."""
    out = subprocess.run([sys.executable, "-c", PRELUDE + code], capture_output=True,
                         text=True, timeout=timeout)
    return out.returncode, out.stdout, out.stderr


def _limited_cli(argv, tmp_path):
    code = f"import sys\nfrom tconv_sym.cli import main\nsys.exit(main({argv!r}))\n"
    rc, out, err = _limited(code)
    assert rc == 2, (rc, out[-500:], err[-2000:])
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in err and "MemoryError" not in err, err
    return lines[0]


# ---------------------------------------------------------------------------------------
# code generation: the cost model refuses before any work
# ---------------------------------------------------------------------------------------
GEN_REFUSED = [
    (["--in", "4x4x4", "--kernel", "200"], "tap blocks"),
    (["--in", "4x4x4", "--kernel", "64", "--strategy", "polyphase"], "tap blocks"),
    (["--in", "4x4x4", "--kernel", "3", "--stride", "1000", "--strategy", "polyphase"],
     "GiB of memory"),
    (["--in", "4x4", "--kernel", "3", "--stride", "1000", "--strategy", "polyphase",
      "--lang", "c"], "regions"),
    (["--in", "8", "--kernel", "3", "--dilation", "10000000", "--lang", "c",
      "--strategy", "unrolled"], "TCONV_SYM_MAX_SOURCE_LINES"),
    (["--in", "4x4", "--kernel", "3", "--in-channels", "4096", "--out-channels", "4096",
      "--verify"], "verify()"),
    (["--in", "8", "--kernel", "3", "--stride", str(10**30)], "2**62"),
    (["--in", "8", "--kernel", "3", "--dilation", str(10**30)], "2**62"),
]


@pytest.mark.parametrize("flags, words", GEN_REFUSED, ids=[" ".join(f[2:5]) for f, _ in
                                                          GEN_REFUSED])
def test_gen_refuses_within_the_limits(flags, words, tmp_path):
    line = _limited_cli(["gen", *flags, "--out", str(tmp_path / "out")], tmp_path)
    assert words in line


def test_auto_never_picks_a_plan_above_its_limits(tmp_path):
    """dilation 10**7, 24 terms: auto used to pick unrolled code (102 s, 4.7 GB, a 529 MB
    .c); now it picks polyphase, a small kernel, in well under the limits."""
    code = f"""
import tconv_sym as ts
art = ts.generate(ts.TransposedConvSpec(in_size=8, kernel_size=3, dilation=10_000_000),
                  lang="c", out_dir={str(tmp_path)!r}, name="wide")
print(art.plan.strategy, max(p.stat().st_size for p in art.paths))
"""
    rc, out, err = _limited(code)
    assert rc == 0, err[-2000:]
    strategy, size = out.split()
    assert strategy == "polyphase" and int(size) < 100_000


def test_explain_with_a_stride_of_a_million_finishes_within_the_limits(tmp_path):
    argv = ["explain", "--in", "8", "--kernel", "3", "--stride", "1000000", "--no-prove",
            "--out", str(tmp_path / "r")]
    code = f"import sys\nfrom tconv_sym.cli import main\nsys.exit(main({argv!r}))\n"
    rc, out, err = _limited(code)
    assert rc == 0, err[-2000:]
    report = (tmp_path / "r" / "report.md").read_text()
    assert "CHECKERBOARD" in report and "overlap.png not drawn" in report


def test_plots_refuse_huge_strides_quickly():
    pytest.importorskip("matplotlib")
    code = """
from tconv_sym import TransposedConvSpec
from tconv_sym.report import plot
spec = TransposedConvSpec(in_size=(8, 8), kernel_size=3, stride=100_000)
for fn in (plot.overlap_map, plot.polyphase_subkernels):
    try:
        fn(spec)
    except ValueError as exc:
        print("refused:", str(exc)[:60])
v = plot.checkerboard_verdict(spec)
print(v.free, v.counts)
"""
    rc, out, err = _limited(code)
    assert rc == 0, err[-2000:]
    assert out.count("refused:") == 2 and "False [0, 1]" in out


def test_reprs_and_convert_are_closed_forms():
    code = """
from tconv_sym.interop import convert, resolve_torch
r = resolve_torch((1, 1, 300), (1, 1, 3), stride=1000)
print("exact" in repr(r), convert(r, to="pytorch").exact)
for fw in ("tensorflow", "keras"):
    try:
        print(fw, convert(r, to=fw).exact)
    except ValueError as exc:
        print(fw, "refused", exc)
"""
    rc, out, err = _limited(code)
    assert rc == 0, err[-2000:]
    assert out.splitlines()[0] == "True True"


def test_verify_estimates_its_oracle_before_running():
    spec = ts.TransposedConvSpec(in_size=(4, 4), kernel_size=3, in_channels=4096,
                                 out_channels=4096)
    art = ts.generate(spec, lang="numpy", out_dir=tempfile.mkdtemp(), name="wide")
    with pytest.raises(ResourceLimitError, match=r"verify\(\) of wide would need"):
        art.verify()
    assert art._fn is None  # refused before loading (let alone running) the kernel


# ---------------------------------------------------------------------------------------
# wrong kind of failure
# ---------------------------------------------------------------------------------------
def test_no_overflow_error_for_huge_strides():
    with pytest.raises(ValueError, match=r"stride must be at most 2\*\*62"):
        ts.conv_transpose(np.ones((1, 1, 4)), np.ones((1, 1, 3)), stride=10**30)
    with pytest.raises(ValueError, match=r"dilation must be at most 2\*\*62"):
        ts.TransposedConvSpec(in_size=4, kernel_size=3, dilation=-(10**30))


def test_verify_with_huge_baked_weights_is_not_a_false_failure(tmp_path):
    spec = ts.TransposedConvSpec(in_size=4, kernel_size=3)
    for lang in ("numpy", "c"):
        art = ts.generate(spec, lang=lang, weights=np.full((1, 1, 3), 1e308),
                          out_dir=tmp_path, name=f"huge_{lang}")
        with np.errstate(over="ignore", invalid="ignore"):
            assert art.verify() == 0.0


def test_a_generated_numpy_kernel_accepts_a_parameter(torch, tmp_path):
    spec = ts.TransposedConvSpec(in_size=4, kernel_size=3, stride=2)
    fn = ts.generate(spec, out_dir=tmp_path, name="k").load()
    x = torch.nn.Parameter(torch.randn(2, 1, 4, dtype=torch.float64))
    w = torch.nn.Parameter(torch.randn(1, 1, 3, dtype=torch.float64))
    want = torch.nn.functional.conv_transpose1d(x, w, stride=2).detach().numpy()
    np.testing.assert_allclose(fn(x, w), want, rtol=1e-12)


def test_odd_arrays_are_read_as_the_framework_reads_them(torch):
    x = np.arange(8.0).reshape(1, 1, 8)
    w = np.array([[[1.0, -2.0, 0.5]]])
    want = torch.nn.functional.conv_transpose1d(torch.tensor(x), torch.tensor(w)).numpy()
    got = ts.conv_transpose(x.astype(">f8"), w.astype(np.float16))  # exact in float16
    np.testing.assert_array_equal(got, want)
    empty = ts.conv_transpose(np.ones((0, 1, 8)), w)
    assert empty.shape == tuple(torch.nn.functional.conv_transpose1d(
        torch.ones(0, 1, 8, dtype=torch.float64), torch.tensor(w)).shape)
    assert ts.TransposedConvSpec(in_size=np.array(8), kernel_size=3).in_size == (8,)


def test_explain_refuses_4d_naming_the_spec(tmp_path):
    spec = ts.TransposedConvSpec(in_size=(2, 2, 2, 2), kernel_size=2)
    with pytest.raises(ValueError,
                       match=r"spec must have 1, 2 or 3 spatial dims for explain .*, got 4"):
        ts.explain(spec, tmp_path / "r")
    assert not (tmp_path / "r").exists()


def test_explain_refuses_to_overwrite_an_edited_report(tmp_path):
    pytest.importorskip("matplotlib")
    spec = ts.TransposedConvSpec(in_size=3, kernel_size=3, stride=2)
    out = tmp_path / "r"
    ts.explain(spec, out, prove=False)
    (out / "report.md").write_text((out / "report.md").read_text() + "\nmy notes\n")
    with pytest.raises(FileExistsError, match="report.md was written by tconv-sym but edited"):
        ts.explain(spec, out, prove=False)
    assert (out / "report.md").read_text().endswith("my notes\n")
    os.remove(out / "report.md")  # removed: it may be written again
    ts.explain(spec, out, prove=False)
    assert "my notes" not in (out / "report.md").read_text()


CLI_FAILURES = [
    (["gen", "--in", "4", "--kernel", "3", "--out", "/proc/self"], "cannot write into"),
    (["gen", "--in", "4", "--kernel", "3", "--out", "{file}/sub"], "cannot create the folder"),
    (["gen", "--in", "4", "--kernel", "3", "--out", "{file}"], "is not a folder"),
    (["gen", "--catalogue", "--out", "/proc/self/x"], "cannot create the folder"),
    (["gen", "--in", "4", "--kernel", "3", "--name", "k", "--force", "--out", "{dir}"],
     "is a folder"),
    (["explain", "--in", "4", "--kernel", "3", "--out", "/proc/self"], "not empty"),
    (["explain", "--in", "4", "--kernel", "3", "--out", "{file}/sub"], "Not a directory"),
    # the prove command's errors use the API's words (the same text as ts.prove(...))
    (["prove", "all", "--size", "0x0"], "size[0] must be a positive integer, got 0"),
    (["prove", "all", "--kernel", "-1"], "kernel must be a positive integer, got -1"),
    (["prove", "all", "--size", "8", "--stride", str(10**30)], "stride must be at most 2**62"),
    (["gen", "--in", "4", "--kernel", "3", "--lang", "c", "--verify", "--out", "{dir}/c",
      "@CC=/nonexistent/cc"], "no C compiler found"),
    (["gen", "--in", "4", "--kernel", "3", "--lang", "c", "--verify", "--out", "{dir}/c",
      "@CC=false"], "failed (exit 1)"),
    (["gen", "--in", "4", "--kernel", "3", "--lang", "c", "--verify", "--out", "{dir}/c",
      "@TCONV_SYM_CACHE_DIR={file}/cache"], "cannot"),
    (["bench", "--quick", "--out", "{file}/results"], "cannot create the folder"),
]


@pytest.mark.parametrize("argv, words", CLI_FAILURES, ids=[" ".join(a[:1] + a[-2:])
                                                          for a, _ in CLI_FAILURES])
def test_cli_expected_failures_are_one_line_and_exit_2(argv, words, tmp_path):
    (tmp_path / "afile").write_text("x")
    (tmp_path / "d" / "k.py").mkdir(parents=True)
    fill = {"{file}": str(tmp_path / "afile"), "{dir}": str(tmp_path / "d")}
    env = dict(os.environ)
    args = []
    for a in argv:
        for key, value in fill.items():
            a = a.replace(key, value)
        if a.startswith("@"):
            k, _, v = a[1:].partition("=")
            env[k] = v
        else:
            args.append(a)
    out = subprocess.run([sys.executable, "-m", "tconv_sym", *args], capture_output=True,
                         text=True, timeout=120, env=env)
    assert out.returncode == 2, (out.stdout[-300:], out.stderr[-1500:])
    lines = [ln for ln in out.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in out.stderr, out.stderr
    assert words in lines[0]


def test_scan_of_an_input_shape_the_model_refuses_names_the_shape(torch):
    """found by tests/fuzz_hostile.py (issue 34): torch's RuntimeError escaped ts.scan."""
    module = torch.nn.Sequential(torch.nn.ConvTranspose2d(3, 8, 4, stride=2))
    with pytest.raises(ValueError, match=r"refuses inputs of shape \(1, 3, 8\).*input_shape"):
        ts.scan(module, input_shape=(1, 3, 8))
    assert len(ts.scan(module, input_shape=(1, 3, 8, 8))) == 1


# ---------------------------------------------------------------------------------------
# issue 34, fuzz KNOWN cases: a kernel of millions of taps
# ---------------------------------------------------------------------------------------
def test_checkerboard_of_a_ten_million_tap_kernel_is_a_closed_form(tmp_path):
    """Before: MemoryError after ~1 GB (one Python object per tap in border_deficits) and
    ~3 GB, 74 s in explain (the polyphase picture drew 10**7 cells). Now the verdict,
    causes and border deficits come from one arithmetic progression per phase."""
    pytest.importorskip("matplotlib")
    code = (
        "import tconv_sym as ts\nfrom tconv_sym import analysis\n"
        "from tconv_sym.report import plot\n"
        "t = ts.TransposedConvSpec(in_size=4, kernel_size=10**7)\n"
        "v = plot.checkerboard_verdict(t, use_prover=False)\n"
        "print(v.free, v.counts, analysis.border_deficits(t)[0])\n"
        "u = ts.TransposedConvSpec(in_size=4, kernel_size=10**7, stride=3, dilation=2)\n"
        "print(analysis.axis_live_phases(u), analysis.border_deficits(u)[0])\n"
        f"r = ts.explain(t, {str(tmp_path / 'e')!r}, prove=False, show='quiet')\n"
        # the peak of this process's own memory (VmHWM): ru_maxrss keeps, across fork and
        # exec, the size of the pytest process that started it (1.7 GB late in a full run)
        "print(next(ln.split()[1] for ln in open('/proc/self/status')\n"
        "           if ln.startswith('VmHWM:')))\n")
    rc, out, err = _limited(code)
    assert rc == 0 and "MemoryError" not in err, err[-2000:]
    lines = out.splitlines()
    n_out = 10**7 + 3
    assert lines[0] == (f"True [10000000] {{'start': {(n_out + 1) // 2}, 'end': "
                        f"{n_out - (n_out + 1) // 2}, 'beyond_full': 0, 'full': {n_out}}}")
    # tap t lands on phase 2t mod 3: t ≡ 0 (3,333,334 taps) on 0, t ≡ 2 on 1, t ≡ 1 on 2
    assert lines[1].startswith("({0: 3333334, 1: 3333333, 2: 3333333},"), lines[1]
    assert int(lines[2]) < 600 * 2**10, lines[2]  # peak RSS in KiB: well under 600 MB
    md = (tmp_path / "e" / "report.md").read_text()
    assert "polyphase.png not drawn" in md and "prod(kernel_size)" in md


def _border_deficits_per_tap(spec):
    """The former per-tap loop of analysis.border_deficits (one TapRun per tap): the
    reference the closed form must reproduce at kernels large enough to have many taps per
    phase (the tap-basis oracle of test_analysis_closed_forms covers small layers)."""
    from tconv_sym.analysis import _first_in_class, _last_in_class, transposed_axis_runs

    out = []
    for dim in range(spec.ndim):
        n_out, lo = spec.out_size[dim], spec.pad_lo[dim]
        before, after = (n_out + 1) // 2 - 1, (n_out + 1) // 2
        starts, ends = [], []
        for run in transposed_axis_runs(spec, dim):
            a, b = run.reach
            missed = [(0, n_out - 1)] if not run.count else [(0, a - 1), (b + 1, n_out - 1)]
            for lo_, hi_ in missed:
                x = _last_in_class(run.phase, run.stride, lo_, min(hi_, before))
                starts += [] if x is None else [x]
                x = _first_in_class(run.phase, run.stride, max(lo_, after), hi_)
                ends += [] if x is None else [x]
        full = (spec.in_size[dim] - 1) * spec.stride[dim] + spec.effective_kernel_size[dim]
        out.append({"start": max(starts) + 1 if starts else 0,
                    "end": n_out - min(ends) if ends else 0,
                    "beyond_full": max(0, n_out - max(0, full - lo)), "full": full})
    return tuple(out)


def test_border_deficits_closed_form_matches_the_per_tap_loop():
    from tconv_sym import analysis

    rng = np.random.default_rng(34)
    checked = 0
    for _ in range(400):
        k, s, d, i = (int(rng.integers(1, 60)), int(rng.integers(1, 9)),
                      int(rng.integers(1, 7)), int(rng.integers(1, 12)))
        try:
            spec = ts.TransposedConvSpec(in_size=i, kernel_size=k, stride=s, dilation=d,
                                         padding=int(rng.integers(0, d * (k - 1) + 1)),
                                         output_padding=int(rng.integers(0, max(s, d))))
        except ValueError:
            continue
        assert analysis.border_deficits(spec) == _border_deficits_per_tap(spec), spec
        live = {r.phase for r in analysis.transposed_axis_runs(spec, 0)}
        assert set(analysis.axis_live_phases(spec)[0]) == live
        checked += 1
    assert checked > 200
    # the reference can fail: a shifted answer is told apart
    spec = ts.TransposedConvSpec(in_size=5, kernel_size=7, stride=2, padding=1)
    wrong = ({**_border_deficits_per_tap(spec)[0], "start": 0},)
    assert analysis.border_deficits(spec) != wrong


def test_generate_with_a_million_taps_is_refused_from_an_estimate():
    """Before: > 20 s of CPU in plan.axis_phases (a mask per tap over every entry). Now the
    tap blocks are counted in closed form (plan.axis_tap_counts) and refused before any
    index is built, naming the knob and the kernel size."""
    code = ("import os, time\nos.environ['TCONV_SYM_MAX_SOURCE_LINES'] = '20000'\n"
            "import tconv_sym as ts\nt0 = time.process_time()\n"
            "for lang in ('numpy', 'c'):\n"
            "    try:\n"
            "        ts.generate(ts.TransposedConvSpec(in_size=4, kernel_size=10**6), lang=lang,"
            " out_dir=os.devnull + '-never')\n"
            "    except ValueError as e:\n        print(e)\n"
            "print(time.process_time() - t0)\n")
    rc, out, err = _limited(code)
    assert rc == 0, err[-2000:]
    lines = out.splitlines()
    for line in lines[:2]:
        assert "would need ~8,000,000 lines" in line and "TCONV_SYM_MAX_SOURCE_LINES" in line \
            and "taps per axis (1000000,)" in line and "kernel_size" in line, line
    # the same budget with the default limit: a 20,000-tap kernel is still generated
    from tconv_sym.codegen.plan import make_plan

    spec = ts.TransposedConvSpec(in_size=4, kernel_size=20_000, stride=3, dilation=2)
    assert len(make_plan(spec).blocks) == 20_000


def test_axis_tap_counts_agree_with_axis_phases():
    from tconv_sym.codegen.plan import axis_phases, axis_tap_counts

    rng = np.random.default_rng(7)
    for _ in range(300):
        k, s, d, i = (int(rng.integers(1, 10)), int(rng.integers(1, 8)),
                      int(rng.integers(1, 6)), int(rng.integers(1, 10)))
        p = int(rng.integers(0, d * (k - 1) + 3))
        try:
            spec = (ts.TransposedConvSpec(in_size=(i, 2), kernel_size=(k, 2), stride=(s, 1),
                                          dilation=d, padding=p,
                                          output_padding=int(rng.integers(0, max(s, d))))
                    if rng.random() < 0.6 else
                    ts.ConvSpec(in_size=i, kernel_size=k, stride=s, dilation=d, padding=p))
        except ValueError:
            continue
        assert axis_tap_counts(spec) == tuple(len(a.taps) for a in axis_phases(spec)), spec
    # huge values go through Python integers, not a wrapped int64
    assert axis_tap_counts(ts.TransposedConvSpec(in_size=2, kernel_size=3,
                                                 dilation=10**18)) == (3,)


# ---------------------------------------------------------------------------------------
# issue 34, round 3 attack: the weight cache of fn(x, w)
# ---------------------------------------------------------------------------------------
def test_the_weight_cache_never_serves_a_stale_pack(tmp_path):
    """Before: fn(x, w) compared 1,024 sampled entries of a large w before reusing its packed
    form, so an in-place edit of one other entry (pruning one weight) returned the old
    weights' result, silently. Now every byte is compared."""
    from codegen_support import has_cc

    if not has_cc():
        pytest.skip("no C compiler")
    spec = ts.TransposedConvSpec(in_size=(4, 4), kernel_size=4, stride=2, padding=1,
                                 in_channels=64, out_channels=32)
    fn = ts.generate(spec, lang="c", dtype="float32", out_dir=tmp_path, name="wc").load()
    rng = np.random.default_rng(0)
    x = rng.standard_normal((1, *spec.in_shape)).astype(np.float32)
    w = rng.standard_normal(spec.weight_shape).astype(np.float32)
    assert w.size > 4096  # above the former exact-check size
    before = fn(x, w)
    for flat_index in (1, w.size // 2 + 3, w.size - 2):  # entries between the old samples
        w.reshape(-1)[flat_index] = 0.0
        got = fn(x, w)
        assert not np.array_equal(got, before)
        np.testing.assert_array_equal(got, fn(x, fn.prepare(w)))
        before = got
    assert fn.weight_cache.packs == 4
    w.reshape(-1)[1] = -0.0  # was 0.0: equal as numbers, another bit pattern: packed again
    np.testing.assert_array_equal(fn(x, w), fn(x, fn.prepare(w)))
    assert fn.weight_cache.packs == 5
    torch = pytest.importorskip("torch")
    tw = torch.from_numpy(w.copy())
    first = fn(x, tw)
    tw.numpy()[0, 0, 0, 0] += 3.0  # through a NumPy view: the version counter does not move
    np.testing.assert_array_equal(fn(x, tw), fn(x, tw.numpy().copy()))
    assert not np.array_equal(fn(x, tw), first)
