"""The Winograd fast forms in the prover: the Diag node in every engine, the tile identity
(F(m, r), nested, over channels) and the per-phase form of a transposed convolution proved
by the basis and SymPy engines, the broken variants refuted with an entry, and the
all-sizes engine refusing with its reason."""

from __future__ import annotations

import numpy as np
import pytest
import sympy

import tconv_sym as ts
from tconv_sym import ConvSpec, TransposedConvSpec
from tconv_sym.prover import basis, sympy_engine
from tconv_sym.prover import expr as E
from tconv_sym.prover.split import evaluate_split
from tconv_sym.prover.winograd_forms import Transforms, phase_forms, tile_form
from tconv_sym.winograd import winograd

TILE = "winograd_tile_is_correlation"
PHASES = "winograd_phases_are_transposed_conv"


# --- the node --------------------------------------------------------------------------
def test_diag_is_the_elementwise_product_in_both_engines():
    a = E.fixed([[1, 0], [2, 1], [0, 3]]) @ E.sym("g", 2)
    d = E.diag(a)
    g0, g1 = sympy.symbols("g0:2")
    expected = sympy.diag(g0, 2 * g0 + g1, 3 * g1)
    assert sympy.Matrix(sympy_engine.evaluate(d)) == expected
    op = basis.evaluate(d)
    got = sympy.Matrix(3, 3, lambda i, j: op.entry(i, j))
    assert sympy.expand(got - expected) == sympy.zeros(3, 3)
    # diag(a) @ b is a ⊙ b
    b = E.sym("x", 3)
    prod = sympy_engine.evaluate(d @ b)
    x = sympy.symbols("x0:3")
    assert [sympy.expand(prod[i] - expected[i, i] * x[i]) for i in range(3)] == [0, 0, 0]


def test_diag_refuses_a_matrix():
    with pytest.raises(ValueError, match="diag needs a column"):
        E.diag(E.eye(3))


def test_diag_splits_into_channel_and_spatial_diagonals():
    x = E.sym("x", (3, 4))  # 3 channels × 4 samples
    c, s = evaluate_split(E.diag(x), ndim=1)
    assert c.shape == (3, 3) and s.shape == (4, 4)
    full = basis.evaluate(E.diag(x))
    assert full.mat.nnz == 12 and full.shape == (12, 12)


def _at(op: basis.LinOp, w: np.ndarray) -> np.ndarray:
    """The basis engine's operator linear in one weight, at the weight's values: entry
    ``(r, c) = Σ data · w[mono] / den`` (object array: exact for integer weights)."""
    rows, cols, mono, data = op.coo()
    matrix = np.zeros(op.shape, dtype=object)
    np.add.at(matrix, (rows, cols), [int(d) * w.flat[t] for d, t in zip(data, mono)])
    return matrix / op.den


# --- the tile identity -----------------------------------------------------------------
@pytest.mark.parametrize("kw", [
    dict(size=4, kernel=3),                    # F(2, 3)
    dict(size=6, kernel=3),                    # F(4, 3)
    dict(size=8, kernel=3),                    # F(6, 3)
    dict(size=5, kernel=2),                    # F(4, 2)
    dict(size=(4, 4), kernel=3),               # F(2×2, 3×3)
    dict(size=(6, 5), kernel=(3, 2), in_channels=2, out_channels=3),
    dict(size=(3, 4, 3), kernel=2),            # 3-D nesting
])
@pytest.mark.parametrize("engine", ["basis", "sympy"])
def test_tile_form_is_the_valid_correlation(kw, engine):
    proof = ts.prove(TILE, engine=engine, **kw)
    assert proof.holds and proof.engine == engine, proof.report()


@pytest.mark.parametrize("variant", ["wrong_point", "bt_transposed", "at_of_other_m"])
@pytest.mark.parametrize("engine", ["basis", "sympy"])
def test_tile_variants_refuted_with_an_entry(variant, engine):
    proof = ts.prove(TILE, engine=engine, variant=variant, size=6, kernel=3)
    assert not proof.holds
    cx = proof.counterexample
    assert cx.row is not None and sympy.expand(cx.lhs - cx.rhs) != 0


def test_tile_sides_are_the_winograd_transforms():
    """The LHS is Aᵀ diag(G q) Bᵀ of tconv_sym.winograd entry for entry (not a copy of C)."""
    f = winograd(2, 3)
    lhs, rhs = ts.identities()[TILE].sides(ts.prover.identity.make_params(size=4, kernel=3))
    q = sympy.Matrix(sympy.symbols("q0:3"))
    expected = f.AT * sympy.diag(*(f.G * q)) * f.BT
    assert sympy.expand(sympy.Matrix(sympy_engine.evaluate(lhs)) - expected) == sympy.zeros(2, 4)
    assert "diag" in str(lhs) and "BT(2, 3)" in str(lhs)


def test_tile_form_agrees_with_winograd_correlate_numerically():
    """The expression and the NumPy lowering compute the same thing (random weights)."""
    rng = np.random.default_rng(0)
    w = rng.standard_normal((3, 2, 3, 2))
    x = rng.standard_normal((1, 2, 6, 5))
    spec = ConvSpec(in_size=(6, 5), kernel_size=(3, 2), in_channels=2, out_channels=3)
    f0, f1 = winograd(4, 3), winograd(4, 2)
    form = tile_form([Transforms.of(f0), Transforms.of(f1)], E.sym("q", spec.weight_shape),
                     in_channels=2, out_channels=3)
    y = _at(basis.evaluate(form), w).astype(float) @ x.reshape(-1)
    from tconv_sym.winograd import winograd_correlate

    assert np.allclose(y, winograd_correlate(x, w, m=(4, 4)).reshape(-1))


def test_tile_bad_sizes_are_named():
    with pytest.raises(ValueError, match="empty output"):
        ts.prove(TILE, size=2, kernel=3)
    with pytest.raises(ValueError, match="at most 10"):
        ts.prove(TILE, size=11, kernel=3)


# --- the polyphase statement -----------------------------------------------------------
PHASE_CASES = {
    "k4s2": dict(size=5, kernel=4, stride=2, padding=1),
    "k3s1": dict(size=5, kernel=3, stride=1, padding=1),
    "k9s3": dict(size=4, kernel=9, stride=3, padding=3),
    "k4s2-2d-ch": dict(size=(3, 4), kernel=4, stride=2, padding=1, in_channels=2,
                       out_channels=2),
    "k3s2-op": dict(size=4, kernel=3, stride=2, padding=1, output_padding=1),
}


@pytest.mark.parametrize("case", list(PHASE_CASES))
@pytest.mark.parametrize("engine", ["basis", "sympy"])
def test_phases_equal_the_transposed_conv(case, engine):
    proof = ts.prove(PHASES, engine=engine, **PHASE_CASES[case])
    assert proof.holds and proof.engine == engine, proof.report()


@pytest.mark.parametrize("m", [1, 3, 4])
def test_phase_forms_with_other_tiles(m):
    """Tiles of 1, 3, 4 (border tiles of every remainder) over k4 s2 and k9 s3."""
    from tconv_sym.prover import prove_equal

    for t in (TransposedConvSpec(in_size=7, kernel_size=4, stride=2, padding=1),
              TransposedConvSpec(in_size=(4, 3), kernel_size=9, stride=3, padding=3)):
        q = E.sym("q", t.kernel_size)
        assert prove_equal(phase_forms(t, q, m=m), E.conv(t, q)).holds


@pytest.mark.parametrize("variant", ["wrong_point", "window_off_by_one"])
@pytest.mark.parametrize("case", ["k4s2", "k9s3"])
def test_phase_variants_refuted(variant, case):
    for engine in ("basis", "sympy"):
        proof = ts.prove(PHASES, engine=engine, variant=variant, **PHASE_CASES[case])
        assert not proof.holds and proof.counterexample.row is not None


def test_a_wrong_point_is_harmless_for_one_tap_phases():
    """k2 s2: every phase has one tap, F(2, 1) is exact for any point: the variant holds
    (a fact, shown so that the refuting parameters are chosen with taps ≥ 2)."""
    assert ts.prove(PHASES, variant="wrong_point", size=4, kernel=2, stride=2).holds


def test_phase_forms_refuse_groups():
    t = TransposedConvSpec(in_size=3, kernel_size=4, stride=2, in_channels=2, out_channels=2,
                           groups=2)
    with pytest.raises(ValueError, match="groups=1"):
        phase_forms(t, E.sym("q", t.weight_shape))


# --- all sizes -------------------------------------------------------------------------
def test_all_sizes_refuses_the_tile_identity_with_the_reason():
    """Its size is the tile: each size is another F(m, r) (the phases identity is proved for
    all sizes: tests/test_prover_parametric_winograd.py)."""
    pytest.importorskip("islpy")
    from tconv_sym.prover.parametric import NotParametric

    with pytest.raises(NotParametric, match="another algorithm F") as info:
        ts.prove(TILE, all_sizes=True, kernel=3)
    assert "fixed sizes only" in str(info.value)


def test_cli_prove_tile(capsys):
    from tconv_sym.cli import main

    assert main(["prove", TILE, "--kernel", "3", "--size", "6", "--no-timing"]) == 0
    out = capsys.readouterr().out
    assert TILE in out and "holds" in out
    code = main(["prove", TILE, "--kernel", "3", "--size", "6", "--variant", "bt_transposed",
                 "--no-timing"])
    out = capsys.readouterr().out
    assert "refuted" in out
    assert code == 0  # a refuted broken variant is the expected outcome


def test_the_proved_phase_plan_is_the_one_winograd_conv_transpose_runs():
    """The expression proved equal to Cᵀ and the NumPy lowering compute the same numbers
    (same phase windows, same sub-kernels, same tiles of 2)."""
    from tconv_sym.fast_algorithms import winograd_conv_transpose

    t = TransposedConvSpec(in_size=(3, 4), kernel_size=4, stride=2, padding=1, in_channels=2,
                           out_channels=2)
    rng = np.random.default_rng(1)
    w = rng.integers(-3, 4, t.weight_shape)
    x = rng.integers(-3, 4, (1, *t.in_shape))
    exact = _at(basis.evaluate(phase_forms(t, E.sym("q", t.weight_shape), m=2)), w) @ \
        x.reshape(-1).astype(object)
    fast = winograd_conv_transpose(x.astype(np.float64), w.astype(np.float64), t, m=2)
    assert np.allclose(fast.reshape(-1), exact.astype(float))


def test_diag_has_an_entry_in_every_engine_and_a_reason_where_declined():
    from tconv_sym.prover.dispatch import ENGINES
    from tconv_sym.prover.engines import load_engines

    load_engines()
    for engine in ("basis", "sympy", "split", "estimate"):
        assert ENGINES[engine].status(E.Diag) == "yes"
    if "parametric" in ENGINES:
        status = ENGINES["parametric"].status(E.Diag)
        assert status.startswith("partly: ") and "tiled fast form" in status
