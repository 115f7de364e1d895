"""The independent check: every catalogue verdict's final Presburger statement, exported as
isl text, re-decided by z3 (and a tampered statement is caught)."""

from __future__ import annotations

import dataclasses

import pytest

import tconv_sym as ts

pytest.importorskip("islpy")
pytest.importorskip("z3")

from tconv_sym.prover.parametric.export import redecide, statement  # noqa: E402

NAMES = [
    "up_is_down_transpose", "strided_conv_is_downsampled_conv",
    "dilated_conv_is_upsampled_kernel", "transposed_conv_is_conv_of_upsampled",
    "transposed_conv_is_direct_conv", "transposed_conv_is_input_gradient",
    "transposed_conv_gradient_is_conv", "adjoint_inner_product",
    "nearest_upsample_conv_is_transposed_conv", "polyphase_decomposition",
    "matched_filter_is_conjugate_reversal", "transposed_conv_is_inverse",
]


def _example(name, nd):
    kw = {k: v for k, v in ts.identities()[name].example.items() if k != "size"}
    return kw if nd == 1 else {**kw, "ndim": nd}


CASES = [(name, nd, variant) for nd in (1, 2) for name in NAMES
         for variant in (None, *ts.identities()[name].variants)]


@pytest.mark.parametrize("name,nd,variant", CASES,
                         ids=[f"{n}-{d}d-{v}" for n, d, v in CASES])
def test_z3_agrees_with_isl_on_the_catalogue(name, nd, variant):
    p = ts.prove(name, all_sizes=True, variant=variant, **_example(name, nd))
    r = redecide(p)
    assert r.agree and r.unknown == 0 and r.checks >= 1, (r, statement(p))
    if variant is not None and not p.holds:  # a refutation: isl's failing set is not empty
        assert r.checks >= 2


def test_a_tampered_statement_is_caught():
    p = ts.prove("strided_conv_is_downsampled_conv", all_sizes=True, kernel=3, stride=2,
                 padding=1, variant="padding_off_by_one")
    assert redecide(p).agree
    path, result = p.statement[0]
    empty = result.failing.subtract(result.failing)
    p.statement = [(path, dataclasses.replace(result, failing=empty))]  # claims: holds
    assert not redecide(p).agree
