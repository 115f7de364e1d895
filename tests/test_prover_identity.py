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
