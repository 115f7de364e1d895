"""Winograd phases for all sizes *and* every padding / output_padding (issue 31).

With the kernel and stride fixed, the sub-kernel lengths ``L`` (so ``F(m, L)``) are fixed;
a symbolic padding ``p`` moves the phases' windows and counts (quasi-affine in ``p``) and
decides which sub-kernel feeds which output phase (``p mod s``: one path per residue). The
proof then holds on its exact domain; broken variants are refuted at a point the basis
engine confirms; a symbolic kernel size declines with its reason. The build takes one path
per residue class only (no branch on an order of sizes or on the parity of a window end):
checked here as a count of paths, a structural fact, not a time.
"""

from __future__ import annotations

import pytest

import tconv_sym as ts
from tconv_sym.prover import basis, prove_equal
from tconv_sym.prover import expr as E
from tconv_sym.prover.winograd_forms import window

pytest.importorskip("islpy")

from tconv_sym.prover.parametric import NotParametric, prove_all_sizes  # noqa: E402

PHASES = "winograd_phases_are_transposed_conv"
K4S2P = dict(kernel=4, stride=2, padding="p")


def test_phases_hold_for_every_size_and_padding_1d():
    p = ts.prove(PHASES, all_sizes=True, **K4S2P)
    assert p.holds and p.for_all_sizes and p.domain == "n ≥ 1 and 0 ≤ p ≤ n"
    assert [s.name for s in p.steps] == ["tile lemma", "Kronecker mixed-product law"]
    assert all(s.holds for s in p.steps) and "F(2, 2)" in p.steps[0].statement
    # one path per residue of p mod 2, plus the sizes where the output is empty (p > n)
    assert p.classes == 3
    assert "padding=p" in p.report(timing=False)


def test_the_padding_domain_is_the_fixed_size_engines():
    """A cross-check, not evidence: in the domain the basis engine agrees; outside it the
    layer has no output (the spec refuses it)."""
    p = ts.prove(PHASES, all_sizes=True, **K4S2P)
    for n in (1, 2, 3):
        for pad in range(0, n + 2):
            inside = p.in_domain((n,), p=pad)
            assert inside == (pad <= n)
            if inside:
                assert ts.prove(PHASES, size=n, engine="basis", kernel=4, stride=2,
                                padding=pad).holds
            else:
                with pytest.raises(ValueError):
                    ts.prove(PHASES, size=n, engine="basis", kernel=4, stride=2, padding=pad)


def test_phases_hold_with_padding_and_output_padding_symbolic():
    p = prove_all_sizes(PHASES, kernel=4, stride=2, padding="p", output_padding="q")
    assert p.holds and p.for_all_sizes
    assert p.domain == "n ≥ 1 and p ≥ 0 and q ≥ 0 and -n + p ≤ q ≤ 1"
    assert p.in_domain((3,), p=3, q=1) and p.in_domain((3,), p=4, q=1)
    assert not p.in_domain((3,), p=4, q=0) and not p.in_domain((3,), p=0, q=2)
    assert ts.prove(PHASES, size=3, engine="basis", kernel=4, stride=2, padding=4,
                    output_padding=1).holds


def test_phases_hold_with_padding_k3_s2_and_k9_s3():
    p = prove_all_sizes(PHASES, kernel=3, stride=2, padding="p")
    assert p.holds and p.for_all_sizes and p.in_domain((4,), p=2)
    assert {s.statement.split(" for ")[-1] for s in p.steps if s.name == "tile lemma"} \
        == {"F(2, 2)", "F(2, 1)"}
    q = prove_all_sizes(PHASES, kernel=9, stride=3, padding="p")
    # out = 3(n − 1) − 2p + 9 ≥ 1; paths: p mod 3, and the phases left empty at the last p
    assert q.holds and q.for_all_sizes and q.domain == "n ≥ 1 and p ≥ 0 and 2p ≤ 5 + 3n"


def test_phases_hold_with_padding_2d():
    p = prove_all_sizes(PHASES, kernel=(4, 4), stride=2, padding="p")
    assert p.holds and p.for_all_sizes
    assert p.domain == "n0 ≥ 1 and n1 ≥ 1 and 0 ≤ p ≤ n1 and p ≤ n0"
    assert p.classes == 4  # p mod 2, and the empty output in either dim
    assert "F(2×2, 2×2)" in p.by()


def test_phases_hold_with_one_padding_symbol_per_dim():
    p = prove_all_sizes(PHASES, kernel=(4, 3), stride=2, padding=("p0", "p1"))
    assert p.holds and p.for_all_sizes
    assert p.domain == "n0 ≥ 1 and n1 ≥ 1 and 0 ≤ p0 ≤ n0 and 0 ≤ p1 ≤ n1"
    assert {s.statement.split(" for ")[-1] for s in p.steps if s.name == "tile lemma"} \
        == {"F(2×2, 2×2)", "F(2×2, 2×1)"}  # k4: L = 2, 2; k3: L = 2, 1


@pytest.mark.parametrize("variant", ["wrong_point", "bt_transposed", "window_off_by_one"])
def test_broken_variants_are_refuted_for_a_symbolic_padding(variant):
    p = ts.prove(PHASES, all_sizes=True, variant=variant, **K4S2P)
    assert not p.holds and p.for_all_sizes and p.as_expected
    cx = p.counterexample
    assert cx.size == (1,) and cx.symbols == {"p": 0} and cx.lhs != cx.rhs
    assert not ts.prove(PHASES, size=cx.size, engine="basis", kernel=4, stride=2,
                        padding=cx.symbols["p"], variant=variant).holds
    lemma_ok = all(s.holds for s in p.steps if s.name == "tile lemma")
    assert lemma_ok == (variant == "window_off_by_one")  # a window, not a transform


def test_the_shifted_window_fails_exactly_where_the_basis_engine_says():
    p = ts.prove(PHASES, all_sizes=True, variant="window_off_by_one", **K4S2P)
    assert p.fails_for == "n ≥ 1 and 0 ≤ p ≤ n"
    for n, pad in ((1, 1), (2, 0), (3, 2), (4, 4)):
        assert p.fails_at((n,), p=pad) is True
        assert not ts.prove(PHASES, size=n, engine="basis", kernel=4, stride=2, padding=pad,
                            variant="window_off_by_one").holds


@pytest.mark.parametrize("kernel", ["k", ("k0", "k1")])
def test_a_symbolic_kernel_declines_with_the_reason(kernel):
    with pytest.raises(NotParametric, match=r"another algorithm F\(m, L\)") as info:
        ts.prove(PHASES, all_sizes=True, kernel=kernel, stride=2, padding="p")
    assert "fixed kernel size" in str(info.value)
    assert ts.prove(PHASES, size=3, engine="basis", kernel=5, stride=2, padding=1).holds


@pytest.mark.parametrize("ndim,kernel", [(1, 4), (2, (4, 4)), (3, (4, 4, 4))])
def test_the_k4_s2_phases_take_one_path_in_every_dimension(ndim, kernel):
    """Was 2 / 8 / over the 60 s budget: the border tile's window end (0 or 1 past the
    input, by the parity of n) and ``min(counts)`` (an order of n0, n1) split the path;
    neither changes the statement."""
    p = prove_all_sizes(PHASES, kernel=kernel, stride=2, padding=1)
    assert p.holds and p.for_all_sizes and p.classes == 1
    assert p.domain == " and ".join(f"n{d} ≥ 1" for d in range(ndim)) if ndim > 1 \
        else p.domain == "n ≥ 1"


@pytest.mark.parametrize("n,start,length,slack", [
    (5, -1, 4, 1), (5, 0, 5, 0), (5, 2, 3, 0), (3, 1, 6, 2), (4, 3, 4, 1), (2, 4, 3, 0)])
def test_window_reads_the_samples_a_resize_does(n, start, length, slack):
    ref = E.resize(n, -start, start + length - n) if start < n and start + length > 0 \
        else None
    w = window(n, (start,), (length,), (slack,))
    assert w.shape == (length, n)
    if ref is not None:
        assert prove_equal(w, ref).holds
    # entry (j, j + start) is 1 where that sample exists, everything else 0
    rows, cols, _, data = basis.evaluate(w).coo()
    got = sorted(zip(rows.tolist(), cols.tolist(), data.tolist()))
    assert got == [(j, j + start, 1) for j in range(length) if 0 <= j + start < n]


def test_window_refuses_a_start_before_its_slack():
    with pytest.raises(ValueError):
        window(5, (-2,), (4,), (1,))
