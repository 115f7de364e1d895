"""Issue 34 finding 2: every all-sizes proof is bounded. Hostile parameters run in a fresh
interpreter under address-space and CPU limits (as tests/test_hostile_input.py does) and
end with a verdict or a refusal naming the knob; a kill, a MemoryError or a timeout fails."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("islpy")

import tconv_sym as ts  # noqa: E402
from tconv_sym.budget import ResourceLimitError  # noqa: E402
from tconv_sym.prover import expr as E  # noqa: E402
from tconv_sym.prover.identity import define_identity  # noqa: E402
from tconv_sym.prover.parametric import limits  # noqa: E402

LIMIT_BYTES = 3 * 2**30
LIMIT_CPU = 60
PRELUDE = f"""
import resource
resource.setrlimit(resource.RLIMIT_AS, ({LIMIT_BYTES}, {LIMIT_BYTES}))
resource.setrlimit(resource.RLIMIT_CPU, ({LIMIT_CPU}, {LIMIT_CPU}))
import tconv_sym as ts
"""


def _limited(code: str):
    out = subprocess.run([sys.executable, "-c", PRELUDE + code], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, (out.returncode, out.stdout[-500:], out.stderr[-2000:])
    return out.stdout.strip()


@pytest.mark.parametrize("kw,expect", [
    ("kernel=3, stride=10**6", "holds for all sizes (n ≥ 1)"),
    ("kernel=3, stride=(97, 89)", "holds for all sizes (n0 ≥ 1 and n1 ≥ 1)"),
    ("kernel=(3,)*10, stride=2", "MAX_NDIM = 4"),
    ("kernel=3, stride=2, ndim=10**6", "MAX_NDIM = 4"),
])
def test_hostile_parameters_are_answered_under_limits(kw, expect):
    code = f"""
try:
    print(ts.prove("transposed_conv_is_conv_of_upsampled", all_sizes=True, {kw}).line())
except ts.budget.ResourceLimitError as err:
    print("refused:", err)
"""
    assert expect in _limited(code)


@pytest.mark.parametrize("name,kw,expect", [
    ("polyphase_decomposition", "kernel=3, stride=10**9", "MAX_PHASES = 1000000"),
    ("up_is_down_transpose", "stride=(10**4, 10**4)", "MAX_PHASES = 1000000"),
    ("nearest_upsample_conv_is_transposed_conv", "kernel=3, stride=10**6", "MAX_NODES = 4000"),
    ("transposed_conv_is_inverse", "kernel=3, stride=10**6", "refuted"),
])
def test_huge_strides_refuse_or_decide_under_limits(name, kw, expect):
    code = f"""
try:
    print(ts.prove({name!r}, all_sizes=True, {kw}).line())
except ts.budget.ResourceLimitError as err:
    print("refused:", err)
"""
    assert expect in _limited(code)


def test_polyphase_with_many_phases_under_limits():
    out = _limited('print(ts.prove("polyphase_decomposition", all_sizes=True, kernel=3, '
                   'stride=(97, 89)).line())')
    assert "holds for all sizes" in out


def test_too_many_paths_is_refused_naming_the_knob(monkeypatch):
    def build(p, variant):
        n = p.size[0]
        for cut in range(1, 200):  # a new branch at every size up to 200
            if n == cut:
                return E.eye(n), E.eye(n)
        return E.eye(n), E.flip(n)

    ident = define_identity("many_paths", statement="x", build=build, parameters=("size",))
    monkeypatch.setattr(limits, "MAX_PATHS", 16)
    with pytest.raises(ResourceLimitError, match="MAX_PATHS = 16"):
        ts.prove(ident, all_sizes=True)
    monkeypatch.setattr(limits, "MAX_PATHS", 400)
    p = ts.prove(ident, all_sizes=True)  # with room for every path: refuted from 200 on
    assert not p.holds and p.counterexample.size == (200,) and p.fails_for == "n ≥ 200"


def test_time_and_tree_limits_name_their_knobs(monkeypatch):
    monkeypatch.setenv("TCONV_SYM_ALLSIZES_MAX_SECONDS", "0")
    with pytest.raises(ResourceLimitError, match="MAX_SECONDS"):
        ts.prove("polyphase_decomposition", all_sizes=True, kernel=3, stride=2)
    monkeypatch.delenv("TCONV_SYM_ALLSIZES_MAX_SECONDS")
    monkeypatch.setattr(limits, "MAX_NODES", 5)
    with pytest.raises(ResourceLimitError, match="MAX_NODES = 5"):
        ts.prove("polyphase_decomposition", all_sizes=True, kernel=3, stride=2)
