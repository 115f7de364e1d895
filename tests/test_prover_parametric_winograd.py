"""Winograd forms for all sizes (issue 31): a proof by rewriting (parametric/fast_forms.py).

The phases of a transposed convolution in tiles of ``m`` (nested ``F(m, L)``, the border tile
cut) equal ``Cᵀ`` for every input size: the tile lemma exact at the fixed ``F(m, L)``, the
Kronecker mixed-product law for every tile count, then the parametric engine. Broken
variants are refuted at a size the basis engine confirms (a wrong point and a transposed
``Bᵀ`` fail at the tile lemma; a shifted window passes it and fails in the engine); a
``Diag`` the rewrite does not cover, and the one-tile identity, decline with the reason."""

from __future__ import annotations

import pytest

import tconv_sym as ts
from tconv_sym.prover import expr as E
from tconv_sym.prover.catalogue_fast import phases_identity
from tconv_sym.prover.identity import define_identity

pytest.importorskip("islpy")

from tconv_sym.prover.parametric import NotParametric, prove_all_sizes  # noqa: E402
from tconv_sym.prover.parametric.fast_forms import DIAG_SCOPE, Step  # noqa: E402

PHASES = "winograd_phases_are_transposed_conv"
K4S2 = dict(kernel=4, stride=2, padding=1)


def _lemmas(p):
    return [s for s in p.steps if s.name == "tile lemma"]


def test_phases_hold_for_all_sizes_1d_with_the_steps_in_the_proof():
    p = prove_all_sizes(PHASES, **K4S2)
    assert p.holds and p.for_all_sizes and p.domain == "n ≥ 1"
    assert [s.name for s in p.steps] == ["tile lemma", "Kronecker mixed-product law"]
    lemma = _lemmas(p)[0]
    assert lemma.holds and "F(2, 2)" in lemma.statement and "exact" in lemma.by
    assert p.by() == ("the tile lemma (exact, fixed size: F(2, 2)) and the Kronecker "
                      "mixed-product law, then the parametric engine")
    assert p.line(timing=False) == (
        f"{PHASES}: holds for all sizes (n ≥ 1), by the tile lemma (exact, fixed size: "
        "F(2, 2)) and the Kronecker mixed-product law, then the parametric engine ✓ "
        "[parametric]")
    report = p.report(timing=False)
    assert "  step: tile lemma: Aᵀ diag(G q) Bᵀ = C_valid(q) for F(2, 2) — holds" in report
    assert "  by: the tile lemma" in report


def test_the_verdict_agrees_with_the_fixed_size_engine():
    """Not evidence for the proof (that is the rewrite and the engine): a cross-check that
    the all-sizes statement is the catalogue's fixed-size one."""
    p = prove_all_sizes(PHASES, **K4S2)
    for n in (1, 2, 5):
        assert p.in_domain((n,))
        assert ts.prove(PHASES, size=n, engine="basis", **K4S2).holds


@pytest.mark.parametrize("m,kw,domain,tags", [
    (2, dict(kernel=3), "n ≥ 1", ["F(2, 3)"]),                     # k3 s1: one phase
    (4, dict(kernel=3), "n ≥ 1", ["F(4, 3)"]),
    (2, dict(kernel=3, stride=2), "n ≥ 1", ["F(2, 2)", "F(2, 1)"]),  # phases of L = 2 and 1
    (2, dict(kernel=(3, 3)), "n0 ≥ 1 and n1 ≥ 1", ["F(2×2, 3×3)"]),
    (4, dict(kernel=(3, 2)), "n0 ≥ 1 and n1 ≥ 1", ["F(4×4, 3×2)"]),
])
def test_phases_hold_for_all_sizes(m, kw, domain, tags):
    p = prove_all_sizes(phases_identity(m), **kw)
    assert p.holds and p.for_all_sizes and p.domain == domain
    assert all(s.holds for s in p.steps)
    assert all(f" {t}" in p.by() for t in tags)


def test_phases_hold_with_channels():
    p = prove_all_sizes(PHASES, in_channels=2, out_channels=3, **K4S2)
    assert p.holds and p.for_all_sizes
    assert "3×2 channels" in _lemmas(p)[0].statement


@pytest.mark.parametrize("variant", ["wrong_point", "bt_transposed"])
def test_a_broken_transform_fails_at_the_tile_lemma_and_is_refuted(variant):
    p = prove_all_sizes(PHASES, variant=variant, **K4S2)
    assert not p.holds and p.for_all_sizes and p.as_expected
    assert p.fails_for == "n ≥ 1"
    lemma = _lemmas(p)[0]
    assert not lemma.holds and "F(2, 2)" in lemma.statement
    assert "(step (a), the tile lemma, fails for F(2, 2))" in p.by()
    cx = p.counterexample
    assert cx.size == (1,) and cx.lhs != cx.rhs
    assert not ts.prove(PHASES, size=cx.size, engine="basis", variant=variant, **K4S2).holds


def test_a_shifted_window_passes_the_lemma_and_is_refuted_by_the_engine():
    p = prove_all_sizes(PHASES, variant="window_off_by_one", **K4S2)
    assert not p.holds and p.for_all_sizes
    assert all(s.holds for s in p.steps)  # the tiles are right, the windows are not
    # defined at n = 1 too: the window is built past the input's end (all zeros) by
    # winograd_forms.window, where a resize left nothing (undefined) before
    assert p.domain == "n ≥ 1"
    assert p.fails_for == "n ≥ 1" and p.counterexample.size == (1,)
    for n in (1, 2, 3, 4):  # the failing set is the fixed-size engine's
        assert p.fails_at((n,)) is True
        assert not ts.prove(PHASES, size=n, engine="basis", variant="window_off_by_one",
                            **K4S2).holds


def test_a_broken_transform_is_refuted_in_2d():
    p = prove_all_sizes(phases_identity(2), kernel=(3, 3), variant="wrong_point")
    assert not p.holds and p.for_all_sizes and p.counterexample is not None
    assert not all(s.holds for s in _lemmas(p))


def test_the_one_tile_identity_declines_with_its_reason():
    with pytest.raises(NotParametric, match="another algorithm F"):
        ts.prove("winograd_tile_is_correlation", all_sizes=True, kernel=3)


def _lone_diag(p, variant):
    n = p.size[0]
    return E.diag(E.sym("x", n)), E.diag(E.sym("x", n))


def _untiled_diag(p, variant):
    n = p.size[0]
    return E.eye(n) @ E.diag(E.sym("x", n)) @ E.eye(n), E.diag(E.sym("x", n))


@pytest.mark.parametrize("build,why", [(_lone_diag, "outside a tiled fast form"),
                                       (_untiled_diag, "not a transformed kernel K·q")])
def test_a_diag_outside_the_rewrite_declines_with_the_reason(build, why):
    ident = define_identity("diag_" + build.__name__.strip("_"), statement="diag(x) = diag(x)",
                            build=build, parameters=("size",))
    with pytest.raises(NotParametric) as info:
        prove_all_sizes(ident)
    assert why in str(info.value) and DIAG_SCOPE in str(info.value)
    assert ts.prove(ident, size=3).holds  # true: declined, not refuted


def test_step_repr_and_equality_ignore_the_timing():
    a = Step("tile lemma", "X", "basis", True, "1 ms")
    assert a == Step("tile lemma", "X", "basis", True, "2 ms")
    assert repr(Step("tile lemma", "X", "basis", False)) == "tile lemma: X — FAILS (basis)"
