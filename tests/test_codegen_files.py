"""Generated files: headers, determinism, the committed catalogue, no overwrite, atomic writes,
zero-skipping in the unrolled code, the compile cache under two processes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from codegen_support import has_cc, kernel_cache, needs_cc  # noqa: F401

import tconv_sym
from tconv_sym import TransposedConvSpec, _write, generate
from tconv_sym.codegen import files
from tconv_sym.codegen.catalogue import MANIFEST, catalogue_files, stale_files, write_catalogue
from tconv_sym.structure import operator_structure

ROOT = Path(__file__).parents[1]
SPEC = TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2, padding=1, in_channels=2)


@pytest.mark.parametrize("lang", ["numpy", "c"])
def test_header(lang, tmp_path):
    art = generate(SPEC, lang=lang, strategy="polyphase", name="k", out_dir=tmp_path)
    head = art.source.splitlines()[:9]
    text = "\n".join(head)
    assert "generated — do not edit" in head[0 if lang == "numpy" else 1]
    assert f"tconv_sym {tconv_sym.__version__}" in text
    assert f"spec:          {SPEC!r}" in text
    assert "strategy:      polyphase (requested" in text
    assert re.search(r"content-hash:  sha256:[0-9a-f]{64}", text)
    assert files.is_ours(art.source)
    if lang == "c":
        hdr = art.texts["k.h"]
        assert "void k(long n, const double *restrict x, const double *restrict w, " \
               "double *restrict y);" in hdr
        assert files.is_ours(hdr)


@pytest.mark.parametrize("lang", ["numpy", "c"])
def test_generation_is_deterministic(lang, tmp_path):
    a = generate(SPEC, lang=lang, out_dir=tmp_path / "a")
    b = generate(SPEC, lang=lang, out_dir=tmp_path / "b")
    assert a.name == b.name
    for pa, pb in zip(a.paths, b.paths):
        assert pa.read_bytes() == pb.read_bytes()


def test_committed_catalogue_is_regenerated_byte_for_byte(tmp_path):
    write_catalogue(tmp_path)
    expected = sorted(p.name for p in tmp_path.iterdir())
    committed = ROOT / "generated"
    assert sorted(p.name for p in committed.iterdir() if not p.name.startswith(".")) == expected
    for name in expected:
        assert (committed / name).read_bytes() == (tmp_path / name).read_bytes(), name
    assert stale_files(committed) == []
    assert len(catalogue_files()) == 91  # 30 .py, 30 .c, 30 .h, the manifest


def test_stale_files_are_reported(tmp_path):
    write_catalogue(tmp_path)
    p = tmp_path / "tutorial_2x2_fwd.py"
    p.write_text(p.read_text() + "# a hand edit\n")
    (tmp_path / MANIFEST).unlink()
    assert stale_files(tmp_path) == [("tutorial_2x2_fwd.py", "edited by hand"),
                                     (MANIFEST, "missing")]


def test_never_overwrites_a_foreign_file(tmp_path):
    mine = tmp_path / "k.py"
    mine.write_text("print('my own work')\n")
    with pytest.raises(FileExistsError, match="was not written by tconv_sym"):
        generate(SPEC, name="k", out_dir=tmp_path)
    assert mine.read_text() == "print('my own work')\n"
    generate(SPEC, name="k", out_dir=tmp_path, overwrite=True)
    assert files.is_ours(mine.read_text())


def test_never_overwrites_an_edited_generated_file(tmp_path):
    art = generate(SPEC, name="k", out_dir=tmp_path)
    path = art.paths[0]
    path.write_text(path.read_text() + "# my tweak\n")
    assert files.status(path) == "edited"
    with pytest.raises(FileExistsError, match="edited since"):
        generate(SPEC, name="k", out_dir=tmp_path)
    assert path.read_text().endswith("# my tweak\n")


def test_regenerating_our_own_file_is_fine_and_refuses_nothing(tmp_path):
    a = generate(SPEC, name="k", out_dir=tmp_path)
    mtime = a.paths[0].stat().st_mtime_ns
    generate(SPEC, name="k", out_dir=tmp_path)  # same bytes: the file is not touched
    assert a.paths[0].stat().st_mtime_ns == mtime
    generate(SPEC, name="k", dtype="float32", out_dir=tmp_path)  # ours: replaced
    assert "float32" in a.paths[0].read_text()


def test_write_is_atomic(tmp_path, monkeypatch):
    art = generate(SPEC, name="k", out_dir=tmp_path)
    old = art.paths[0].read_bytes()

    def crash(src, dst):
        raise KeyboardInterrupt("interrupted while moving the file into place")

    monkeypatch.setattr(_write.os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        generate(SPEC, name="k", dtype="float32", out_dir=tmp_path)
    assert art.paths[0].read_bytes() == old  # the old file, whole
    assert [p.name for p in tmp_path.iterdir()] == ["k.py"]  # no temporary left behind


def test_names_cannot_escape_or_inject(tmp_path):
    for name in ["../evil", "x; import os", "a/b"]:
        with pytest.raises(ValueError, match="name must"):
            generate(SPEC, name=name, out_dir=tmp_path)
    assert list(tmp_path.iterdir()) == []


def _multiplies(source: str, lang: str) -> int:
    """Multiply terms of an unrolled kernel: `coef * src[...]`."""
    return len(re.findall(r"\* src\[" if lang == "c" else r"\* src\[:, ", source))


@pytest.mark.parametrize("lang", ["numpy", "c"])
def test_unrolled_code_holds_exactly_the_structural_nonzeros(lang, tmp_path):
    spec = TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2, padding=1,
                              in_channels=2, out_channels=3)
    art = generate(spec, lang=lang, strategy="unrolled", out_dir=tmp_path)
    nnz = operator_structure(spec).nnz
    naive = art.plan.naive_macs
    assert _multiplies(art.source, lang) == nnz == art.plan.executed_macs < naive


@pytest.mark.parametrize("lang", ["numpy", "c"])
def test_baked_zero_weights_are_skipped(lang, tmp_path):
    # FCN's real bilinear layer: groups=1 with a diagonal weight (zero between channels)
    from tconv_sym.codegen.catalogue import bilinear_kernel

    c = 3
    spec = TransposedConvSpec(in_size=(4, 4), kernel_size=4, stride=2, padding=1,
                              in_channels=c, out_channels=c)
    w = np.zeros(spec.weight_shape)
    w[range(c), range(c)] = bilinear_kernel(4, 1)[0, 0]
    art = generate(spec, lang=lang, strategy="unrolled", weights=w, out_dir=tmp_path)
    basis = operator_structure(spec)
    nonzero_terms = int(np.count_nonzero(w.reshape(-1)[basis.taps]))
    assert _multiplies(art.source, lang) == nonzero_terms == basis.nnz // c
    assert art.plan.executed_macs == nonzero_terms
    if lang == "numpy" or has_cc():
        art.verify()


@needs_cc
def test_polyphase_c_has_no_heap_allocation_and_constant_bounds(tmp_path):
    art = generate(SPEC, lang="c", strategy="polyphase", out_dir=tmp_path)
    body = art.source.split("*/", 2)[2]
    assert not re.search(r"\b(malloc|calloc|realloc|free|alloca)\b", body)
    assert "#include" not in body
    for bound in re.findall(r"for \(long \w+ = 0; \w+ < (\w+);", body):
        assert bound.isdigit() or bound == "n", bound  # only the batch size is a variable


@needs_cc
def test_header_declares_what_the_source_defines(tmp_path):
    generate(SPEC, lang="c", strategy="polyphase", name="k", out_dir=tmp_path)
    tu = tmp_path / "both.c"
    tu.write_text('#include "k.h"\n#include "k.c"\n')
    subprocess.run(["cc", "-std=c99", "-Wall", "-Werror", "-pedantic", "-fsyntax-only",
                    str(tu)], check=True, cwd=tmp_path)


@needs_cc
def test_two_processes_compile_the_same_kernel_at_once(tmp_path):
    cache = tmp_path / "cache"
    script = textwrap.dedent(f"""
        import sys, numpy as np
        from tconv_sym import TransposedConvSpec, generate
        spec = TransposedConvSpec(in_size=(6, 6), kernel_size=4, stride=2, padding=1,
                                  in_channels=3, out_channels=2)
        art = generate(spec, lang="c", strategy="polyphase", name="race",
                       out_dir={str(tmp_path / "src")!r})
        sys.stdin.readline()  # start together
        print(art.verify() <= 1e-12)
    """)
    env = dict(os.environ, TCONV_SYM_CACHE_DIR=str(cache))
    procs = [subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for _ in range(2)]
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert out.strip() == "True"
    libs = [p for p in (cache / "kernels").iterdir()
            if not p.name.startswith("tconv_sym_pycall")  # the call helper (fastcall)
            and p.suffix != ".sha256"]  # each library's recorded hash (codegen/cache.py)
    assert len(libs) == 1 and libs[0].name.startswith("race-") and libs[0].suffix == ".so"
