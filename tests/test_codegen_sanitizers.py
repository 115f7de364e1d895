"""Generated C has no out-of-bounds access or undefined behaviour: every catalogue kernel and a
set of random specs run under AddressSanitizer + UndefinedBehaviorSanitizer (and valgrind
memcheck where installed), on heap buffers of exactly the documented sizes."""

from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from codegen_support import has_cc

from tconv_sym import ConvSpec, TransposedConvSpec
from tconv_sym.codegen.api import render_sealed
from tconv_sym.codegen.catalogue import catalogue_plans
from tconv_sym.codegen.plan import make_plan

pytestmark = pytest.mark.skipif(not has_cc(), reason="no C compiler")

RANDOM = [
    TransposedConvSpec(in_size=(3, 5), kernel_size=(3, 2), stride=(3, 2), padding=((2, 0), (0, 1)),
                       dilation=(2, 1), output_padding=(1, 1), in_channels=4, out_channels=2,
                       groups=2),
    TransposedConvSpec(in_size=4, kernel_size=3, stride=2, dilation=3, output_padding=2),
    ConvSpec(in_size=(5, 6, 4), kernel_size=3, stride=(2, 3, 1), padding=(1, 0, 2),
             dilation=(1, 2, 1), in_channels=2, out_channels=4, mode="convolution"),
    ConvSpec(in_size=9, kernel_size=4, stride=3, padding=(3, 1), in_channels=3, out_channels=3,
             groups=3),
]


def _kernels():
    plans = [p for _, p in catalogue_plans() if p.lang == "c"]
    for i, spec in enumerate(RANDOM):
        for derivative in (None, "input", "weight"):
            for strategy in ("unrolled", "polyphase"):
                tag = f"r{i}_{derivative or 'fwd'}_{strategy}"
                plans.append(make_plan(spec, lang="c", strategy=strategy, derivative=derivative,
                                       name=tag))
                plans.append(make_plan(spec, lang="c", strategy=strategy, derivative=derivative,
                                       dtype="float32", name=tag + "_f32"))
    return plans


def _driver(plans) -> str:
    """A main() calling each kernel on malloc'ed buffers of exactly the right size."""
    lines = ["#include <stdio.h>", "#include <stdlib.h>", ""]
    for p in plans:
        ctype = "double" if p.dtype == "float64" else "float"
        params = ", ".join(f"const {ctype} *restrict {a.name}" for a in p.args)
        lines.append(f"void {p.name}(long n, {params}, {ctype} *restrict {p.result.name});")
    lines += ["", "int main(void)", "{", "    const long n = 2;"]
    for p in plans:
        ctype = "double" if p.dtype == "float64" else "float"
        lines.append("    {")
        names = []
        for a in [*p.args, p.result]:
            count = math.prod(a.shape) * (2 if a.batched else 1)
            lines.append(f"        {ctype} *{a.name} = malloc({count} * sizeof({ctype}));")
            lines.append(f"        for (long i = 0; i < {count}; ++i) {a.name}[i] = "
                         f"({ctype})((i * 7919) % 13) - 6;")
            names.append(a.name)
        lines.append(f"        {p.name}(n, {', '.join(names)});")
        lines.append(f"        double s = 0; for (long i = 0; i < "
                     f"{math.prod(p.result.shape) * (2 if p.result.batched else 1)}; ++i) "
                     f"s += {p.result.name}[i];")
        lines.append(f'        printf("{p.name} %.17g\\n", s);')
        for name in names:
            lines.append(f"        free({name});")
        lines.append("    }")
    lines += ["    return 0;", "}", ""]
    return "\n".join(lines)


def _build(d: Path, plans, flags, tag: str) -> Path:
    """Compile each kernel on its own (in parallel) with ``flags``, link with the driver."""
    from concurrent.futures import ThreadPoolExecutor

    def one(p):
        obj = d / f"{p.name}.{tag}.o"
        proc = subprocess.run(["cc", *flags, "-c", "-o", str(obj), str(d / f"{p.name}.c")],
                              capture_output=True, text=True)
        return obj, proc

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(one, plans))
    for _, proc in results:
        if proc.returncode != 0 and "sanitize" in proc.stderr:
            pytest.skip(f"the compiler cannot build with sanitizers: {proc.stderr[-300:]}")
        assert proc.returncode == 0, proc.stderr[-3000:]
    (d / f"driver_{tag}.c").write_text(_driver(plans))
    exe = d / tag
    subprocess.run(["cc", *flags, "-o", str(exe), str(d / f"driver_{tag}.c"),
                    *[str(obj) for obj, _ in results]], check=True)
    return exe


@pytest.fixture(scope="module")
def program(tmp_path_factory):
    d = tmp_path_factory.mktemp("sanitize")
    plans = _kernels()
    for p in plans:
        _, texts = render_sealed(p)
        for file_name, text in texts.items():  # the .c includes its .h
            (d / file_name).write_text(text)
    return d, plans


def _expected_sums(plans):
    from tconv_sym.codegen.artifact import reference

    sums = {}
    for p in plans:
        arrays = []
        for a in p.args:
            count = math.prod(a.shape) * (2 if a.batched else 1)
            vals = (np.arange(count) * 7919) % 13 - 6
            arrays.append(vals.reshape(((2,) if a.batched else ()) + a.shape))
        sums[p.name] = float(np.sum(reference(p, arrays)[0]))
    return sums


def test_asan_ubsan_clean(program):
    d, plans = program
    flags = ["-std=c99", "-O0", "-g", "-fsanitize=address,undefined",
             "-fno-sanitize-recover=all", "-fno-omit-frame-pointer"]
    exe = _build(d, plans, flags, "asan")
    run = subprocess.run([str(exe)], capture_output=True, text=True,
                         env={"ASAN_OPTIONS": "detect_leaks=1", "UBSAN_OPTIONS":
                              "print_stacktrace=1"})
    assert run.returncode == 0, run.stderr[-3000:]
    assert "ERROR" not in run.stderr and "runtime error" not in run.stderr, run.stderr[-3000:]
    got = dict(line.rsplit(" ", 1) for line in run.stdout.splitlines())
    assert len(got) == len(plans) == 30 + 4 * 12
    expected = _expected_sums(plans)
    for name, value in expected.items():  # and the numbers are right
        assert float(got[name]) == pytest.approx(value, rel=1e-5, abs=1e-3), name


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind not installed")
def test_valgrind_memcheck_clean(program):
    d, plans = program
    small = [p for p in plans if p.executed_macs < 200_000]  # valgrind runs ~50x slower
    assert len(small) > 60
    exe = _build(d, small, ["-std=c99", "-O0", "-g"], "plain")
    run = subprocess.run(["valgrind", "--error-exitcode=9", "--leak-check=full", "-q",
                          str(exe)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    assert len(run.stdout.splitlines()) == len(small)


def test_the_sanitizer_catches_an_off_by_one(tmp_path):
    """Negative control: the same build catches a kernel reading one element too far."""
    plan = make_plan(TransposedConvSpec(in_size=3, kernel_size=2), lang="c", name="bad")
    _, texts = render_sealed(plan)
    broken = texts["bad.c"].replace("src[2]", "src[3]")
    assert broken != texts["bad.c"]
    (tmp_path / "bad.c").write_text(broken)
    (tmp_path / "bad.h").write_text(texts["bad.h"])
    flags = ["-std=c99", "-O0", "-g", "-fsanitize=address,undefined",
             "-fno-sanitize-recover=all"]
    exe = _build(tmp_path, [plan], flags, "asan")
    run = subprocess.run([str(exe)], capture_output=True, text=True)
    assert run.returncode != 0
    assert "heap-buffer-overflow" in run.stderr
