"""Issue 19 / issue 11 item 6: the one writer of files (tconv_sym/_write.py).

A file set (``.c`` + ``.h``) is written as a unit: real ``kill -9`` of a writing process,
then the next write (or ``recover``) leaves a consistent pair and no temporary files.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time

import pytest

import tconv_sym as ts
from tconv_sym import _write

SPECS = [ts.TransposedConvSpec(in_size=4, kernel_size=3),
         ts.TransposedConvSpec(in_size=5, kernel_size=2, stride=2)]


def _spec_lines(folder, name):
    out = []
    for ext in ("c", "h"):
        text = (folder / f"{name}.{ext}").read_text()
        out.append(re.search(r"spec:\s+(.*)", text).group(1))
    return out


def test_kill_9_during_generation_never_leaves_a_mixed_pair(tmp_path):
    """A child process writes the same-named kernel for two specs in turn; it is killed at
    random moments (a bounded number of times). After each kill the next writer's recovery
    must leave .c and .h of one spec, both ours, and no temporary file."""
    from tconv_sym.codegen.api import render_sealed
    from tconv_sym.codegen.plan import make_plan

    texts = [render_sealed(make_plan(s, lang="c", name="k"))[1] for s in SPECS]
    (tmp_path / "texts.py").write_text(f"TEXTS = {texts!r}\n")
    out = tmp_path / "out"
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(tmp_path)!r})
        from texts import TEXTS
        from tconv_sym._write import write_files
        print("ready", flush=True)
        i = 0
        while True:
            write_files({str(out)!r}, TEXTS[i % 2])
            i += 1
    """)
    rng = random.Random(0)
    kills = 0
    for _ in range(12):
        child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                                 text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.01, 0.15))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        kills += child.returncode == -signal.SIGKILL
        _write.recover(out)
        c_spec, h_spec = _spec_lines(out, "k")
        assert c_spec == h_spec
        assert all(_write.status(out / f"k.{e}") == "ours" for e in "ch")
        assert sorted(p.name for p in out.iterdir()) == ["k.c", "k.h"]
    assert kills == 12


def test_an_interrupted_set_is_reported_and_completed(tmp_path):
    """Simulate a kill between the two moves: the journal completes the set."""
    _write.write_files(tmp_path, {"a.txt": "old a\n", "b.txt": "old b\n"}, overwrite=True)
    a_tmp = _write._stage(tmp_path / "a.txt", b"new a\n")
    b_tmp = _write._stage(tmp_path / "b.txt", b"new b\n")
    journal = tmp_path / f"{_write.JOURNAL_PREFIX}999999999.x.json"
    moves = [[os.path.basename(a_tmp), "a.txt"], [os.path.basename(b_tmp), "b.txt"]]
    journal.write_text(json.dumps({"moves": moves}))
    os.replace(a_tmp, tmp_path / "a.txt")       # the first move happened, then the kill
    assert _write.status(tmp_path / "b.txt") == "incomplete"
    assert _write.recover(tmp_path) == 1
    assert (tmp_path / "a.txt").read_text() == "new a\n"
    assert (tmp_path / "b.txt").read_text() == "new b\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_a_hostile_journal_cannot_move_files_elsewhere(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{_write.JOURNAL_PREFIX}1.x.json").write_text(
        '{"moves": [["../victim.txt", "stolen.txt"]]}')
    _write.recover(out)
    assert victim.read_text() == "keep\n" and not (out / "stolen.txt").exists()


def test_a_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    def broken(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="No space"):
        _write.atomic_write(tmp_path / "x.png", b"data")
    assert list(tmp_path.iterdir()) == []


def test_one_file_mode_for_every_writer(tmp_path):
    old = os.umask(0o027)
    try:
        p = _write.atomic_write(tmp_path / "a.txt", b"x")
        (q,) = _write.write_files(tmp_path, {"b.txt": "y"})
    finally:
        os.umask(old)
    assert p.stat().st_mode & 0o777 == q.stat().st_mode & 0o777 == 0o640


def test_a_folder_named_like_the_output_is_never_replaced(tmp_path):
    (tmp_path / "k.py").mkdir()
    with pytest.raises(IsADirectoryError, match="is a folder"):
        ts.generate(SPECS[0], name="k", out_dir=tmp_path, overwrite=True)
    assert (tmp_path / "k.py").is_dir()


def test_overwrite_must_be_a_bool(tmp_path):
    (tmp_path / "k.py").write_text("# my own code\n")
    with pytest.raises(TypeError, match="overwrite must be True or False, got 'false'"):
        ts.generate(SPECS[0], name="k", out_dir=tmp_path, overwrite="false")
    assert (tmp_path / "k.py").read_text() == "# my own code\n"
