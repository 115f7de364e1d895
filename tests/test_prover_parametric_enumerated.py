"""A symbolic stride or dilation, proved value by value up to a bound (``s·o`` is not
Presburger arithmetic): the verdict says ``s ≤ bound``, refutations are confirmed by the
basis engine at the counterexample's stride."""

from __future__ import annotations

import pytest

import tconv_sym as ts
from tconv_sym.budget import ResourceLimitError

pytest.importorskip("islpy")

from tconv_sym.prover.parametric import prove_all_sizes  # noqa: E402


def test_symbolic_stride_holds_for_strides_up_to_the_bound():
    p = ts.prove("strided_conv_is_downsampled_conv", all_sizes=True, kernel=3, stride="s",
                 padding=1)
    assert p.holds and p.for_all_sizes and p.enumerated == {"s": 4}
    assert p.domain == "n ≥ 1 and 1 ≤ s ≤ 4"
    assert "holds for all sizes, s ≤ 4 (" in p.line(timing=False)
    assert "for s ≤ 4 only" in p.report() and "stride=s" in p.report()
    assert p.in_domain((5,), s=3) and not p.in_domain((5,), s=5)
    for s in (1, 3, 4):  # the oracle at a few points
        assert ts.prove("strided_conv_is_downsampled_conv", size=7, kernel=3, stride=s,
                        padding=1, engine="basis").holds
    q = prove_all_sizes("strided_conv_is_downsampled_conv", kernel=3, stride="s", padding=1,
                        bound=2)
    assert q.domain == "n ≥ 1 and 1 ≤ s ≤ 2" and q.enumerated == {"s": 2}


def test_symbolic_stride_and_dilation_with_symbolic_padding():
    p = prove_all_sizes("transposed_conv_is_scatter", kernel=3, stride="s", dilation="d",
                        padding="p", bound=2)
    assert p.holds and set(p.enumerated) == {"s", "d"}
    assert "1 ≤ s ≤ 2" in p.domain or "s = 2" in p.domain


def test_broken_variant_refuted_at_a_stride_the_basis_engine_confirms():
    p = ts.prove("polyphase_decomposition", all_sizes=True, kernel=4, stride="s",
                 variant="wrong_phase")
    assert not p.holds and p.as_expected
    assert p.fails_for == "n ≥ 1 and 2 ≤ s ≤ 4"  # one phase only at s = 1: nothing to swap
    cx = p.counterexample
    assert cx.symbols == {"s": 2} and cx.size == (1,)
    fixed = ts.prove("polyphase_decomposition", size=cx.size, kernel=4, stride=2,
                     variant="wrong_phase", engine="basis")
    assert not fixed.holds
    assert (fixed.counterexample.row, fixed.counterexample.col) == (cx.row, cx.col)
    assert ts.prove("polyphase_decomposition", size=5, kernel=4, stride=1,
                    variant="wrong_phase", engine="basis").holds
    assert p.fails_at((3,), s=1) is False and p.fails_at((3,), s=3) is True


def test_per_dim_stride_symbols_in_2d():
    p = prove_all_sizes("transposed_conv_is_direct_conv", kernel=3, stride=("s", "t"),
                        padding=1, variant="padding_off_by_one", bound=2)
    assert not p.holds and p.counterexample.symbols == {"s": 1, "t": 1}
    assert not ts.prove("transposed_conv_is_direct_conv", size=p.counterexample.size,
                        kernel=3, stride=1, padding=1, variant="padding_off_by_one",
                        engine="basis").holds


def test_bound_errors():
    with pytest.raises(ValueError, match="bound must be a positive int"):
        prove_all_sizes("strided_conv_is_downsampled_conv", kernel=3, stride="s", bound=0)
    with pytest.raises(ValueError, match="none is symbolic here"):
        prove_all_sizes("strided_conv_is_downsampled_conv", kernel=3, stride=2, bound=3)
    with pytest.raises(ResourceLimitError, match="MAX_PATHS"):
        prove_all_sizes("strided_conv_is_downsampled_conv", kernel=3, stride=("s", "t", "u"),
                        bound=7)


def test_symbolic_channels_and_groups_say_for_which_counts():
    p = prove_all_sizes("transposed_conv_is_scatter", kernel=2, stride=2, in_channels="c",
                        out_channels=4, groups="g", bound=4)
    assert p.holds and p.enumerated == {"c": 4, "g": 4}
    # exactly the layers that exist: g divides c and 4
    for c in range(1, 5):
        for g in range(1, 5):
            assert p.in_domain((3,), c=c, g=g) == (c % g == 0 and 4 % g == 0), (c, g)
    assert any("define no layer" in n for n in p.notes)
    q = prove_all_sizes("transposed_conv_is_direct_conv", kernel=3, stride=2, in_channels="c",
                        out_channels="c", groups="g", variant="channels_not_swapped", bound=4)
    assert not q.holds and q.fails_for == "n ≥ 1 and c ≤ 4 and g ≥ 1 and 2g ≤ c"
    cx = q.counterexample
    assert cx.symbols == {"c": 2, "g": 1}
    fixed = ts.prove("transposed_conv_is_direct_conv", size=cx.size, kernel=3, stride=2,
                     in_channels=2, out_channels=2, variant="channels_not_swapped",
                     engine="basis")
    assert not fixed.holds
    assert ts.prove("transposed_conv_is_direct_conv", size=3, kernel=3, stride=2,
                    in_channels=2, out_channels=2, groups=2, variant="channels_not_swapped",
                    engine="basis").holds  # one channel per group: nothing to swap
