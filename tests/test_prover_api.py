"""prove / prove_equal / identities: engine choice, errors, user matrices."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
import sympy

import tconv_sym as ts
from tconv_sym.prover import expr as E


def test_top_level_exports():
    for name in ("identities", "prove", "prove_equal", "Proof", "Identity"):
        assert name in ts.__all__ and getattr(ts, name) is not None


def test_auto_engine_picks_by_size():
    assert ts.prove("up_is_down_transpose", size=3, stride=2).engine == "sympy"
    assert ts.prove("up_is_down_transpose", size=(8, 8), stride=2).engine == "basis"
    assert ts.prove("up_is_down_transpose", size=3, stride=2, engine="basis").engine == "basis"


@pytest.mark.parametrize("kwargs,match", [
    (dict(name="nope", size=3), "name must be one of the identities"),
    (dict(name="transposed_conv_is_invers", size=3), "did you mean 'transposed_conv_is_inverse'"),
    (dict(name="up_is_down_transpose", size=3, engine="fast"), "engine must be one of"),
    (dict(name="up_is_down_transpose", size=3, variant="nope"), "variant must be one of"),
])
def test_prove_errors(kwargs, match):
    with pytest.raises(ValueError, match=match):
        ts.prove(kwargs.pop("name"), **kwargs)
    with pytest.raises(TypeError, match="name must be an identity name"):
        ts.prove(3, size=3)


def test_prove_equal_with_sympy_matrices():
    q = ts.kernel_symbols("q", 3)
    cq = ts.conv_matrix(ts.ConvSpec(in_size=4, kernel_size=3, padding="same",
                                    mode="convolution"), q)
    d, u = ts.downsample_matrix(4, 2), ts.upsample_matrix(2, 2)
    p = ts.prove_equal(cq * u, (d * cq.T).T)
    assert p.holds and p.engine == "sympy" and p.params == {}
    bad = ts.prove_equal(cq * u, (d * cq).T)
    q0, q1, q2 = q
    assert (bad.counterexample.row, bad.counterexample.col) == (1, 0)
    assert (bad.counterexample.lhs, bad.counterexample.rhs) == (q2, q0)
    assert "different shapes" in repr(ts.prove_equal(cq, u).counterexample)


def test_prove_equal_with_numbers_is_exact():
    a = sp.csr_matrix(np.array([[1, 0], [0, 2]]))
    assert ts.prove_equal(a, np.diag([1, 2])).holds
    assert ts.prove_equal(np.array([[0.1]]), np.array([[0.1]])).holds
    p = ts.prove_equal(np.array([[0.1 + 0.2]]), np.array([[0.3]]))  # exact, not a tolerance
    assert not p.holds
    big = sp.identity(100, dtype=np.int64, format="csr")
    assert ts.prove_equal(big, np.eye(100, dtype=int), engine="basis").holds


def test_prove_equal_with_expressions_runs_on_both_engines():
    spec = ts.ConvSpec(in_size=6, kernel_size=3, stride=2)
    q = E.sym("q", 3)
    lhs, rhs = E.conv(spec, q), E.down(4, 2) @ E.conv(spec.with_(stride=1), q)
    for engine in ("sympy", "basis"):
        p = ts.prove_equal(lhs, rhs, engine=engine, name="mine", statement="C₂ = ↓2 C₁")
        assert p.holds and p.engine == engine and p.identity.statement == "C₂ = ↓2 C₁"
    with pytest.raises(ValueError, match="engine='sympy'"):
        ts.prove_equal(sympy.Matrix([[sympy.Symbol("a")]]), sympy.Matrix([[1]]), engine="basis")
