"""Identity objects and proof parameters."""

from __future__ import annotations

import pytest

import tconv_sym as ts
from tconv_sym.prover import expr as E
from tconv_sym.prover.identity import Identity, make_params


def test_make_params_broadcasts_and_infers_dims():
    p = make_params(size=(8, 6), kernel=3, stride=2, padding=1)
    assert (p.ndim, p.kernel, p.stride, p.dilation) == (2, (3, 3), (2, 2), (1, 1))
    assert p.pairs() == ((1, 1), (1, 1))
    assert make_params(size=5, kernel=(3, 3)).size == (5, 5)
    assert make_params(size=5, padding=(0, 1)).pairs() == ((0, 1),)
    assert make_params(size=5, padding="SAME").padding == "same"


@pytest.mark.parametrize("kwargs,error,match", [
    (dict(size=0), ValueError, "size must be a positive integer, got 0"),
    (dict(size=(4, 4), stride=(1, 2, 3)), ValueError, "spatial dims do not match"),
    (dict(size=4, padding="half"), ValueError, "padding must be one of"),
    (dict(size=4, padding=-1), ValueError, "padding must be a non-negative integer"),
    (dict(size=4, in_channels=1.5), TypeError, "in_channels must be an integer"),
    (dict(size=(4, 4), padding=(1, 2, 3)), ValueError, "one int or \\(lo, hi\\) pair per"),
])
def test_make_params_errors_name_the_parameter(kwargs, error, match):
    with pytest.raises(error, match=match):
        make_params(**kwargs)


def test_show_prints_sizes_compactly():
    p = make_params(size=(64, 64), kernel=5, stride=2, padding=((0, 1), (0, 1)))
    assert [p.show(n) for n in ("size", "kernel", "stride", "padding", "output_padding")] == [
        "size=64×64", "kernel=5×5", "stride=2", "padding=(0, 1)", "output_padding=0"]


def test_identity_repr_and_latex():
    ident = ts.identities()["adjoint_inner_product"]
    assert repr(ident) == "Identity('adjoint_inner_product': ⟨Cx, y⟩ = ⟨x, Cᵀy⟩)"
    assert ident._repr_latex_().startswith(r"$\text{adjoint\_inner\_product}:")
    myth = ts.identities()["transposed_conv_is_inverse"]
    assert repr(myth).endswith("(myth))") and not myth.is_theorem


def test_identity_checks_its_definition():
    sides = lambda p, v: (E.eye(p.size), E.eye(p.size))  # noqa: E731
    with pytest.raises(ValueError, match="identifier"):
        Identity("my identity", "I = I", "I = I", ("size",), "x", sides)
    with pytest.raises(ValueError, match="not among"):
        Identity("mine", "I = I", "I = I", ("size", "colour"), "x", sides)
    ident = Identity("mine", "I = I", "I = I", ("size",), "x", sides)
    with pytest.raises(ValueError, match="variant must be one of none for mine"):
        ident.sides(make_params(size=2), "broken")
    with pytest.raises(TypeError):
        ident.variants["x"] = "y"  # read-only


# ---------------------------------------------------------------------------------------
# Params as a spec family: the spec's field names, the older ones as aliases, parsed once
# ---------------------------------------------------------------------------------------
def test_params_fields_are_the_spec_fields():
    from dataclasses import fields

    from tconv_sym.prover.identity import FIELDS, PARAMETERS

    names = [f.name for f in fields(make_params(size=4))]
    spec_fields = {f.name for f in fields(ts.TransposedConvSpec)}
    assert set(names) <= spec_fields
    assert [FIELDS.get(n, n) for n in PARAMETERS] == names
    p = make_params(in_size=(6, 6), kernel_size=3, stride=2, padding="same")
    assert p == make_params(size=(6, 6), kernel=3, stride=2, padding="same")
    assert (p.size, p.kernel) == (p.in_size, p.kernel_size) == ((6, 6), (3, 3))
    with pytest.raises(TypeError, match="give in_size= or its older name size=, not both"):
        make_params(size=4, in_size=4)


def test_params_builds_the_specs_of_its_member():
    p = make_params(size=(5, 7), kernel=(3, 2), stride=2, padding=((1, 0), (0, 1)),
                    dilation=(1, 2), output_padding=1, in_channels=4, out_channels=6,
                    groups=2)
    assert p.transposed_spec("t") == ts.TransposedConvSpec(
        in_size=(5, 7), kernel_size=(3, 2), stride=2, padding=((1, 0), (0, 1)),
        dilation=(1, 2), output_padding=1, in_channels=4, out_channels=6, groups=2)
    assert p.conv_spec("c", stride=1) == ts.ConvSpec(
        in_size=(5, 7), kernel_size=(3, 2), padding=((1, 0), (0, 1)), dilation=(1, 2),
        in_channels=4, out_channels=6, groups=2)
    with pytest.raises(ValueError, match="my_identity needs kernel="):
        make_params(size=4).conv_spec("my_identity")


def test_params_family_with_symbols_and_its_members():
    family = make_params(size="n", kernel=3, stride=2, padding="p", symbols=("size", "padding"))
    assert family.symbolic == {"in_size": "n", "padding": "p"}
    member = family.at(n=(9,), p=1)
    assert member == make_params(size=9, kernel=3, stride=2, padding=1)
    assert ts.prove("transposed_conv_is_direct_conv", **{
        k: getattr(member, k) for k in ("size", "kernel", "stride", "padding")}).holds
    half = family.at(p=(0, 1))
    assert half.symbolic == {"in_size": "n"} and half.padding == ((0, 1),)
    with pytest.raises(ValueError, match="give them values first"):
        family.conv_spec("x")
    with pytest.raises(ValueError, match=r"symbols of this family are \['n', 'p'\]"):
        family.at(q=1)
    with pytest.raises(ValueError, match="padding must be"):  # not an identifier: parsed
        make_params(size=4, padding="p+1", symbols=("padding",))
    with pytest.raises(ValueError, match="symbols must name parameters"):
        make_params(size=4, symbols=("bias",))
    assert make_params(size=4, padding="same", symbols=("padding",)).padding == "same"


def test_prove_takes_the_spec_names_too():
    a = ts.prove("strided_conv_is_downsampled_conv", in_size=8, kernel_size=3, stride=2,
                 padding=1)
    b = ts.prove("strided_conv_is_downsampled_conv", size=8, kernel=3, stride=2, padding=1)
    assert a.holds and b.holds and a.params == b.params
    with pytest.raises(TypeError, match="not both"):
        ts.prove("strided_conv_is_downsampled_conv", size=8, in_size=8, kernel=3)
    assert not ts.prove("strided_conv_is_downsampled_conv", in_size=8, kernel_size=3,
                        stride=2, padding=1, variant="padding_off_by_one").holds
