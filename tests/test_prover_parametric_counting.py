"""Counting for all sizes: checkerboard_free_iff_divisible proved by the parametric engine
(count columns as exact level sets over the sizes), checked against the overlap counts of the
tap basis and the fixed-size basis engine."""

from __future__ import annotations

import itertools

import pytest

import tconv_sym as ts
from tconv_sym import TransposedConvSpec
from tconv_sym.analysis import overlap_counts
from tconv_sym.budget import ResourceLimitError

isl = pytest.importorskip("islpy")

from tconv_sym.prover import expr as E  # noqa: E402
from tconv_sym.prover.parametric import NotParametric, limits  # noqa: E402
from tconv_sym.prover.parametric.counting import at_least, count_levels, ones  # noqa: E402
from tconv_sym.prover.parametric.evaluate import evaluate  # noqa: E402
from tconv_sym.prover.parametric.symint import SymInt, Trace  # noqa: E402
from tconv_sym.prover.parametric.trace import symbolic_consts  # noqa: E402

NAME = "checkerboard_free_iff_divisible"


def _basis(size, kernel, stride, variant=None):
    return ts.prove(NAME, size=size, kernel=kernel, stride=stride, engine="basis",
                    variant=variant)


def _smallest(p) -> int:
    """The smallest size of a 1-D domain 'n ≥ a'."""
    assert p.domain.startswith("n ≥ "), p.domain
    return int(p.domain.split("≥ ")[1])


@pytest.mark.parametrize("k,s", list(itertools.product(range(1, 6), range(1, 5))))
def test_checkerboard_proved_for_all_sizes_and_agrees_with_the_basis_engine(k, s):
    p = ts.prove(NAME, all_sizes=True, kernel=k, stride=s)
    assert p.engine == "parametric" and p.for_all_sizes and p.holds, p.report()
    q = ts.prove(NAME, all_sizes=True, kernel=k, stride=s, variant="borders_included")
    assert q.for_all_sizes
    lo = _smallest(p)
    assert lo == 1 - (-(s + k - 2) // s)  # the identity's own size requirement, exactly
    for n in (lo, lo + 1, lo + 2, lo + 5, 29):
        assert _basis(n, k, s).holds
        # the broken variant: refuted for all sizes exactly where the basis engine refutes it
        assert _basis(n, k, s, "borders_included").holds == (not q.fails_at(n)) == q.holds
        assert q.in_domain(n) and not q.in_domain(lo - 1)
    # borders included: when s | k the whole output is constant only if the taps do not
    # overlap (k = s); when s ∤ k both sides are 0 and the variant cannot be told apart
    assert q.holds == (k % s != 0 or k == s)


def test_checkerboard_broken_variant_refuted_with_a_confirmed_counterexample():
    q = ts.prove(NAME, all_sizes=True, kernel=4, stride=2, variant="borders_included")
    assert not q.holds and q.as_expected
    assert q.fails_for == "n ≥ 3" and q.domain == "n ≥ 3"
    cx = q.counterexample
    assert cx.size == (3,) and not _basis(3, 4, 2, "borders_included").holds


@pytest.mark.parametrize("k,s", [((3, 4), 2), ((4, 4), (2, 2)), ((4, 6), (2, 3)),
                                 ((2, 3), (2, 3))])
def test_checkerboard_2d(k, s):
    p = ts.prove(NAME, all_sizes=True, ndim=2, kernel=k, stride=s)
    assert p.holds and p.for_all_sizes, p.report()
    q = ts.prove(NAME, all_sizes=True, ndim=2, kernel=k, stride=s, variant="borders_included")
    inside = 0
    for n in [(2, 2), (3, 3), (3, 4), (4, 5), (7, 4), (9, 11)]:
        if not p.in_domain(n):  # the domain is exact: the identity refuses these sizes
            with pytest.raises(ValueError, match="too small"):
                _basis(n, k, s)
            continue
        inside += 1
        assert _basis(n, k, s).holds
        assert _basis(n, k, s, "borders_included").holds == (not q.fails_at(n))
    assert inside >= 3


def test_symbolic_kernel_declines_with_the_reason():
    with pytest.raises(NotImplementedError, match="barvinok"):
        ts.prove(NAME, all_sizes=True, kernel="k", stride=2)


def _levels_at(spec_of, names, point):
    """Level sets of Cᵀ·1 built on symbolic sizes (one trace at ``point``)."""
    nonneg = " and ".join(f"{x} >= 0" for x in names)
    universe = isl.Set(f"[{', '.join(names)}] -> {{ : {nonneg} }}")
    trace = Trace(names, universe, point)
    with trace, symbolic_consts():
        syms = {x: SymInt.symbol(x, v) for x, v in point.items()}
        t = spec_of(**syms)
        counts = E.conv(t, E.ones(t.weight_shape[2], label="1")) @ ones(t.in_features)
        rows, levels = count_levels(counts, [], {}, evaluate)
    return trace.path, rows, levels


def _counts(levels, names, values, length):
    out = [0] * length
    for lv in levels:
        fixed = lv
        for x, v in zip(names, values):
            fixed = fixed.fix_val(isl.dim_type.param, names.index(x), v)
        fixed.foreach_point(lambda pt: out.__setitem__(
            pt.get_coordinate_val(isl.dim_type.set, 0).to_python(),
            out[pt.get_coordinate_val(isl.dim_type.set, 0).to_python()] + 1))
    return out


@pytest.mark.parametrize("k,s,d", [(3, 2, 1), (4, 2, 1), (5, 3, 1), (3, 2, 2), (7, 3, 1)])
def test_count_levels_equal_the_overlap_counts_with_symbolic_padding(k, s, d):
    """Cᵀ·1 with the size n and the padding p symbolic, read at concrete points, equals the
    tap basis's overlap counts there (per phase, borders and all)."""
    names = ["n", "p"]

    def spec_of(n, p):
        return TransposedConvSpec(in_size=n, kernel_size=k, stride=s, padding=p, dilation=d)

    path, rows, levels = _levels_at(spec_of, names, {"n": 6, "p": 1})
    checked = 0
    for n, p in itertools.product(range(1, 14), range(0, 5)):
        point = path.fix_val(isl.dim_type.param, 0, n).fix_val(isl.dim_type.param, 1, p)
        if point.is_empty():
            continue
        want = overlap_counts(spec_of(n, p))[0].tolist()
        assert _counts(levels, names, (n, p), len(want)) == want, (n, p)
        checked += 1
    assert checked >= 20


def test_a_count_that_grows_with_the_size_is_refused_naming_the_knob(monkeypatch):
    grows = isl.Map("[n] -> { [r] -> [c] : r = 0 and 0 <= c < n }")
    monkeypatch.setattr(limits, "MAX_COUNT", 5)
    with pytest.raises(ResourceLimitError, match="MAX_COUNT"):
        at_least(grows)
    bounded = isl.Map("[n] -> { [r] -> [c] : 0 <= c < n and 0 <= r - c < 3 }")
    assert len(at_least(bounded)) == 3


def test_other_predicates_decline():
    n = SymInt.symbol("n", 4)
    trace = Trace(["n"], isl.Set("[n] -> { : n >= 1 }"), {"n": 4})
    with trace, symbolic_consts():
        n = SymInt.symbol("n", 4)
        a = E.apply(lambda rows: [[len(rows)]], E.eye(n), (1, 1), "[length]")
        with pytest.raises(NotParametric, match="constant_indicator"):
            evaluate(a, [], {})


def test_a_count_claim_false_for_some_sizes_only_fails_exactly_there():
    """'Cᵀ·1 is constant on the whole output' for kernel 4, stride 2 holds at n = 1 only (one
    placed kernel) and fails for every n ≥ 2: the failing set is exact, and the basis engine
    agrees size by size."""
    from tconv_sym.prover import register, unregister
    from tconv_sym.prover.identity import Identity
    from tconv_sym.prover.predicates import constant_indicator

    def sides(p, variant):
        t = TransposedConvSpec(in_size=p.size, kernel_size=4, stride=2)
        counts = E.conv(t, E.ones(4, label="1")) @ E.ones(p.size[0], label="1")
        lhs = E.apply(constant_indicator, counts, (1, 1), "[Cᵀ·1 constant everywhere]")
        return lhs, E.fixed([[1]], "1")

    register(Identity("whole_output_constant_k4s2", "[Cᵀ·1 constant] = 1", "", ("size",),
                      "test", sides))
    try:
        p = ts.prove("whole_output_constant_k4s2", all_sizes=True)
        assert p.for_all_sizes and not p.holds and p.fails_for == "n ≥ 2", p.report()
        assert p.counterexample.size == (2,)
        for n in range(1, 12):
            basis = ts.prove("whole_output_constant_k4s2", size=n, engine="basis")
            assert basis.holds == (not p.fails_at(n)) == (n == 1)
    finally:
        unregister("whole_output_constant_k4s2")
