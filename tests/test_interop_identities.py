"""The interop equivalences as prover identities: proved for many sizes, broken variants
refuted with a counterexample."""

from __future__ import annotations

import pytest
import sympy

import tconv_sym as ts
from tconv_sym.interop import identities as interop_identities
from tconv_sym.prover import identities as prover_identities
from tconv_sym.prover import prove as prover_prove

NAMES = [ident.name for ident in interop_identities.IDENTITIES]


TF_CASES = [
    dict(size=2, kernel=3, stride=2),  # the seed: crop (0, 1), no PyTorch padding does it
    dict(size=(3, 4), kernel=(4, 3), stride=(2, 3), dilation=(1, 2), in_channels=2,
         out_channels=3),
    dict(size=5, kernel=1, stride=3),  # span < stride: zeros after F, output_padding
    dict(size=(2, 2, 2), kernel=3, stride=2),
    dict(size=4, kernel=5, stride=1, dilation=2),
]

JAX_CASES = [
    dict(size=2, kernel=3, stride=2, padding="same"),
    dict(size=(3, 2), kernel=(2, 3), stride=(2, 1), padding="valid", dilation=(2, 1),
         in_channels=2, out_channels=3),
    dict(size=3, kernel=3, stride=2, padding=((3, 1),)),  # more than d(k-1): zeros before
    dict(size=(2, 2, 2), kernel=2, stride=2, padding="same"),
]


def test_in_the_full_catalogue_by_declaration():
    assert list(ts.identities())[-len(NAMES):] == NAMES
    assert not set(NAMES) & set(prover_identities())  # the prover never sees them
    for ident in interop_identities.IDENTITIES:
        assert "LHS" in ident.source and "RHS" in ident.source and ident.variants
        assert ts.prove(ident.name, **ident.example).holds


@pytest.mark.parametrize("params", TF_CASES)
def test_tf_same_identity_holds(params):
    proof = ts.prove("tf_same_is_torch_padding_plus_crop", engine="basis", **params)
    assert proof.holds, proof.report()


def test_tf_same_identity_with_sympy():
    proof = ts.prove("tf_same_is_torch_padding_plus_crop", engine="sympy", size=2, kernel=3,
                     stride=2)
    assert proof.holds and proof.engine == "sympy"


@pytest.mark.parametrize("variant", ["crop_wrong_side", "size_matched_padding"])
def test_tf_same_variants_are_refuted(variant):
    proof = ts.prove("tf_same_is_torch_padding_plus_crop", engine="basis", variant=variant,
                     size=(2, 3), kernel=3, stride=2, in_channels=2, out_channels=2)
    assert not proof.holds and proof.as_expected
    cx = proof.counterexample
    assert cx.row is not None and sympy.expand(cx.lhs - cx.rhs) != 0


def test_size_matched_padding_is_right_for_even_totals():
    """The usual port (symmetric padding, size matched) only fails when SAME's total
    padding is odd: k=4, s=2 crops (1, 1), which PyTorch padding=1 does."""
    assert ts.prove("tf_same_is_torch_padding_plus_crop", variant="size_matched_padding",
                    size=3, kernel=4, stride=2).holds
    assert not ts.prove("tf_same_is_torch_padding_plus_crop", variant="size_matched_padding",
                        size=3, kernel=3, stride=2).holds


@pytest.mark.parametrize("params", JAX_CASES)
def test_jax_identity_holds(params):
    proof = ts.prove("jax_conv_transpose_is_fractionally_strided", engine="basis", **params)
    assert proof.holds, proof.report()


def test_jax_no_flip_is_refuted():
    proof = ts.prove("jax_conv_transpose_is_fractionally_strided", variant="no_flip",
                     size=3, kernel=3, stride=2, padding="same")
    assert not proof.holds and proof.counterexample.row is not None
    with pytest.raises(ValueError, match="padding 'same', 'valid'"):
        ts.prove("jax_conv_transpose_is_fractionally_strided", size=3, kernel=3, padding="full")


def test_register_all_puts_them_into_the_prover_catalogue_on_request():
    before_full, before_prover = list(ts.identities()), set(prover_identities())
    interop_identities.register_all()
    try:
        assert set(prover_identities()) == before_prover | set(NAMES)
        assert prover_prove(NAMES[0], **interop_identities.IDENTITIES[0].example).holds
        assert set(ts.identities()) == set(before_full)
    finally:
        interop_identities.unregister_all()
    assert set(prover_identities()) == before_prover
    assert list(ts.identities()) == before_full
