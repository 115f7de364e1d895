"""tconv_sym.prover.split: the channel-split proof agrees with the full basis engine on every
identity × variant × parameter set where it applies, refutes nothing by itself, and proves the
real-size layers the full engine refuses."""

from __future__ import annotations

import itertools

import pytest
import sympy
from prover_cases import PARAM_SETS

import tconv_sym as ts
from tconv_sym import TransposedConvSpec, budget
from tconv_sym.interop.identities import lookup
from tconv_sym.prover import basis, estimate
from tconv_sym.prover import expr as E
from tconv_sym.prover.identity import make_params
from tconv_sym.prover.split import NotSplit, decide, evaluate_split, same_operator

_DEFAULTS = dict(kernel=None, stride=1, padding=0, dilation=1, output_padding=None,
                 in_channels=1, out_channels=1, groups=1)
CHANNELS = dict(size=(4, 3), kernel=3, stride=2, padding=1, in_channels=4, out_channels=2)


def _cases():
    sets = dict(PARAM_SETS, channels=CHANNELS)
    for name, identity in ts.identities().items():
        for (label, params), variant in itertools.product(
                sets.items(), (None, *identity.variants)):
            yield name, label, params, variant


@pytest.mark.parametrize("name, label, params, variant", list(_cases()),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_split_agrees_with_the_full_engine(name, label, params, variant):
    try:
        p = make_params(**dict(_DEFAULTS, **params))
        lhs, rhs = lookup(name).sides(p, variant)
    except ValueError:
        pytest.skip("not applicable to these parameters")
    try:
        decided = decide(lhs, rhs, p.ndim)
    except NotSplit:
        return  # the caller decides on the full operators
    memo: dict = {}
    left, right = basis.evaluate(lhs, memo), basis.evaluate(rhs, memo)
    full = basis.compare(left, right)
    assert decided.equal == full.equal
    if decided.equal or decided.row is None:
        return
    # the entry it names differs in the full operators; its values are theirs
    r, c = decided.row, decided.col
    assert sympy.expand(left.entry(r, c) - right.entry(r, c)) != 0
    if not decided.note:  # one-to-one split: the values are in the full symbols
        assert sympy.expand(decided.lhs - left.entry(r, c)) == 0
        assert sympy.expand(decided.rhs - right.entry(r, c)) == 0


def test_the_cases_include_refutations_from_the_factors():
    """The parametrised check above is not vacuous: the split refutes many variants."""
    refuted = 0
    for name, label, params, variant in _cases():
        if variant is None or label != "channels":
            continue
        try:
            p = make_params(**dict(_DEFAULTS, **params))
            if not decide(*lookup(name).sides(p, variant), p.ndim).equal:
                refuted += 1
        except (ValueError, NotSplit):
            continue
    assert refuted >= 6


def test_split_covers_the_channel_identities():
    p = make_params(**dict(_DEFAULTS, **CHANNELS))
    for name in ("transposed_conv_is_direct_conv", "polyphase_decomposition"):
        assert same_operator(*lookup(name).sides(p, None), p.ndim)
    # a wrong channel mapping has the same spatial factor but a different channel factor
    q = E.sym("q", (2, 2, 3))
    t = TransposedConvSpec(in_size=5, kernel_size=3, in_channels=2, out_channels=2)
    wrong = E.conv(t, E.flip(3, channels=4) @ q)
    with pytest.raises(NotSplit, match="factors differ"):
        same_operator(E.conv(t, q), wrong, 1)
    channel, spatial = evaluate_split(E.conv(t, q), 1)
    assert channel.shape == (2, 2) and spatial.shape == (7, 5)


def test_real_size_proof_holds_where_the_full_engine_is_refused():
    kw = dict(size=(32, 32), kernel=3, stride=2, in_channels=64, out_channels=32)
    proof = ts.prove("transposed_conv_is_direct_conv", **kw)
    assert proof.holds and proof.engine == "basis"
    refuted = ts.prove("transposed_conv_is_direct_conv", variant="no_flip",
                       **dict(kw, size=(4, 4), in_channels=4, out_channels=2))
    assert not refuted.holds and refuted.counterexample is not None
    lhs, rhs = lookup("transposed_conv_is_direct_conv").sides(
        make_params(**dict(_DEFAULTS, **kw)), "no_flip")
    with pytest.raises(budget.ResourceLimitError, match=r"proving with engine='basis' \("
                                                        r"[\d,]+ structural entries\)"):
        estimate.check(lhs, rhs, "basis")  # the full engine alone is refused
    refuted_real = ts.prove("transposed_conv_is_direct_conv", variant="no_flip", **kw)
    assert not refuted_real.holds  # the factors refute it within the budget


REAL = dict(size=(32, 32), kernel=3, stride=2, padding=1, in_channels=128, out_channels=64)


@pytest.mark.parametrize("name, variant, entry, values", [
    ("strided_conv_is_downsampled_conv", "padding_off_by_one", (0, 0),
     ("q_0_0_1_1", "q_0_0_2_2")),
    ("transposed_conv_is_direct_conv", "no_flip", (1, 0), ("q_0_0_1_2", "q_0_0_1_0")),
    ("polyphase_decomposition", "wrong_phase", (0, 0), ("q_0_0_1_1", "q_0_0_0_0")),
    ("transposed_conv_is_input_gradient", "flipped_kernel", (1, 0),  # a gradient splits too
     ("q_0_0_1_2", "q_0_0_1_0")),
    ("transposed_conv_gradient_is_conv", "flipped_kernel", (0, 1), ("q_0_0_1_2", "q_0_0_1_0")),
])
def test_a_false_claim_about_a_real_layer_is_refuted_with_an_entry(name, variant, entry,
                                                                    values):
    """32×32, 128→64: the full operators would need 8–34 GiB (refused); the factors refute."""
    kw = {k: v for k, v in REAL.items() if k in lookup(name).parameters}
    with budget.limits(bytes=2**30):  # well below what the full operators need
        proof = ts.prove(name, variant=variant, **kw)
        assert ts.prove(name, **kw).holds  # the true identity is proved at the same size
    cx = proof.counterexample
    assert not proof.holds and proof.engine == "basis"
    assert (cx.row, cx.col) == entry and (str(cx.lhs), str(cx.rhs)) == values
    # oracle: the full engine on the same layer with 2→2 channels (same spatial sizes): the
    # entry lies in channel block (0, 0), which has the same rows, columns and symbols
    assert entry[0] < proof.shape[0] // 64 and entry[1] < proof.shape[1] // 128 or \
        entry[0] < proof.shape[0] // 128 and entry[1] < proof.shape[1] // 64
    small = make_params(**dict(_DEFAULTS, **dict(kw, in_channels=2, out_channels=2)))
    lhs, rhs = lookup(name).sides(small, variant)
    memo: dict = {}
    left, right = basis.evaluate(lhs, memo), basis.evaluate(rhs, memo)
    assert (str(left.entry(*entry)), str(right.entry(*entry))) == values


def test_a_real_size_myth_is_refuted_through_the_substitution():
    kw = {k: v for k, v in REAL.items() if k in lookup("transposed_conv_is_inverse").parameters}
    with budget.limits(bytes=2**30):
        proof = ts.prove("transposed_conv_is_inverse", **kw)
    cx = proof.counterexample
    assert not proof.holds and proof.as_expected and (cx.row, cx.col) == (0, 0)
    assert "substitution q[c, t] = q__ch[c]·q__sp[t]" in cx.note and cx.rhs == 1
