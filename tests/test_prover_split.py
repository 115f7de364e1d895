"""tconv_sym.prover.split: the channel-split proof agrees with the full basis engine on every
identity × variant × parameter set where it applies, refutes nothing by itself, and proves the
real-size layers the full engine refuses."""

from __future__ import annotations

import itertools

import pytest
from prover_cases import PARAM_SETS

import tconv_sym as ts
from tconv_sym import TransposedConvSpec, budget
from tconv_sym.interop.identities import lookup
from tconv_sym.prover import basis
from tconv_sym.prover import expr as E
from tconv_sym.prover.identity import make_params
from tconv_sym.prover.split import NotSplit, evaluate_split, same_operator

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
        split_says_equal = same_operator(lhs, rhs, p.ndim)
    except NotSplit:
        return  # the caller decides on the full operators
    memo: dict = {}
    full = basis.compare(basis.evaluate(lhs, memo), basis.evaluate(rhs, memo))
    assert split_says_equal and full.equal  # it never claims a false identity


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
    with pytest.raises(budget.ResourceLimitError, match=r"proving with engine='basis' \("
                                                        r"[\d,]+ structural entries\)"):
        ts.prove("transposed_conv_is_direct_conv", variant="no_flip", **kw)
