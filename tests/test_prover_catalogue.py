"""The catalogue: every identity holds in 1-D, 2-D and 3-D (channels and groups where they
apply), every deliberately broken variant is refuted with a counterexample, the myth is
refuted, and the registry can be extended."""

from __future__ import annotations

import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st
from prover_cases import BROKEN, PARAM_SETS, THREE_D, THREE_D_OVERRIDES, used

import tconv_sym as ts
from tconv_sym.prover import expr as E
from tconv_sym.prover import register, unregister
from tconv_sym.prover.catalogue import BUILTIN
from tconv_sym.prover.identity import Identity

NAMES = list(BUILTIN)
THEOREMS = [n for n in NAMES if not ts.identities()[n].myth]

def test_catalogue_has_exactly_the_issue_names():
    assert NAMES == [
        "up_is_down_transpose",
        "strided_conv_is_downsampled_conv",
        "dilated_conv_is_upsampled_kernel",
        "transposed_conv_is_conv_of_upsampled",
        "transposed_conv_is_scatter",
        "transposed_conv_is_direct_conv",
        "transposed_conv_is_input_gradient",
        "transposed_conv_gradient_is_conv",
        "adjoint_inner_product",
        "nearest_upsample_conv_is_transposed_conv",
        "polyphase_decomposition",
        "checkerboard_free_iff_divisible",
        "bilinear_kernel_is_bilinear_interpolation",
        "matched_filter_is_conjugate_reversal",
        "separable_kernel_is_kronecker",
        "output_size_roundtrip",
        "transposed_conv_is_inverse",
        "winograd_tile_is_correlation",
        "winograd_phases_are_transposed_conv",
    ]
    assert [n for n in NAMES if ts.identities()[n].myth] == ["transposed_conv_is_inverse"]
    assert list(ts.identities())[:len(NAMES)] == NAMES  # built-ins first, then extensions


def test_framework_identities_are_declared_not_registered():
    # the full catalogue is assembled from declared tables; the prover never sees interop's
    from tconv_sym.interop import identities as framework
    from tconv_sym.prover import catalogue

    assert not hasattr(catalogue, "EXTENSIONS")
    framework_names = [i.name for i in framework.FRAMEWORK.entries]
    assert framework_names == ["tf_same_is_torch_padding_plus_crop",
                               "jax_conv_transpose_is_fractionally_strided"]
    assert list(ts.identities()) == list(catalogue.BUILTIN) + framework_names
    assert list(catalogue.identities()) == list(catalogue.BUILTIN)


ORDER_PROBE = """
import importlib, json, pkgutil, sys
import tconv_sym
from tconv_sym.prover import identities as prover_identities
before = (list(tconv_sym.identities()), list(prover_identities()))
for info in pkgutil.walk_packages(tconv_sym.__path__, prefix="tconv_sym."):
    if info.name.endswith("__main__"):
        continue
    try:
        importlib.import_module(info.name)
    except ImportError as exc:  # an optional framework that is not installed
        print("skipped", info.name, exc, file=sys.stderr)
after = (list(tconv_sym.identities()), list(prover_identities()))
print(json.dumps({"before": before, "after": after,
                  "imported": sorted(m for m in sys.modules if m.startswith("tconv_sym"))}))
"""


def test_identities_do_not_depend_on_what_was_imported():
    """In a fresh interpreter: the same catalogue before and after importing every module."""
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", ORDER_PROBE], capture_output=True, text=True,
                         check=True, timeout=600)
    result = json.loads(out.stdout)
    assert "tconv_sym.interop.models" in result["imported"]  # every sub-package was imported
    assert result["before"] == result["after"]
    full, prover = result["before"]
    assert len(full) == 21 and len(prover) == 19 and full[:19] == prover


@pytest.mark.parametrize("name", NAMES)
def test_every_identity_is_documented(name):
    ident = ts.identities()[name]
    assert ident.statement and ident.latex and len(ident.source) > 60
    assert "LHS" in ident.source and "RHS" in ident.source  # how each side is built
    assert ident.example and "size" in ident.example
    if ident.is_theorem:
        assert ident.variants, "every theorem needs a broken variant that must be refuted"


@pytest.mark.parametrize("set_name", list(PARAM_SETS))
@pytest.mark.parametrize("name", THEOREMS)
def test_theorem_holds(name, set_name):
    params = used(name, PARAM_SETS[set_name])
    if name == "separable_kernel_is_kronecker" and set_name.startswith("1d"):
        with pytest.raises(ValueError, match="at least 2 spatial dims"):
            ts.prove(name, **params)
        return
    proof = ts.prove(name, engine="basis", **params)
    assert proof.holds, proof.report()
    assert proof.counterexample is None
    assert set(proof.params) == set(ts.identities()[name].parameters)


@pytest.mark.parametrize("set_name", list(PARAM_SETS))
def test_myth_is_refuted(set_name):
    proof = ts.prove("transposed_conv_is_inverse", engine="basis",
                     **used("transposed_conv_is_inverse", PARAM_SETS[set_name]))
    assert not proof.holds and proof.as_expected
    cx = proof.counterexample
    assert cx.row is not None and sympy.expand(cx.lhs - cx.rhs) != 0
    # a diagonal entry of CᵀC is a sum of squares of taps (or 0 for an input never read)
    assert cx.row == cx.col and cx.rhs == 1


def test_myth_counterexample_is_exact():
    proof = ts.prove("transposed_conv_is_inverse", size=4, kernel=3, padding=1)
    q0, q1, _ = ts.kernel_symbols("q", 3)
    assert (proof.counterexample.row, proof.counterexample.col) == (0, 0)
    assert proof.counterexample.lhs == q0**2 + q1**2 and proof.counterexample.rhs == 1


def test_every_theorem_has_a_tested_broken_variant():
    listed = {(n, v) for n in THEOREMS for v in ts.identities()[n].variants}
    assert listed == set(BROKEN)


@pytest.mark.parametrize("name,variant", list(BROKEN))
def test_broken_variant_is_refuted(name, variant):
    proof = ts.prove(name, engine="basis", variant=variant, **BROKEN[name, variant])
    assert not proof.holds and proof.as_expected, proof.report()
    cx = proof.counterexample
    assert cx is not None and cx.row is not None, "refuted with an entry, not just a shape"
    assert sympy.expand(cx.lhs - cx.rhs) != 0
    # and the unbroken identity holds for the same parameters
    assert ts.prove(name, engine="basis", **BROKEN[name, variant]).holds


@pytest.mark.parametrize("name,variant", list(BROKEN))
def test_broken_variant_is_refuted_in_3d(name, variant):
    params = used(name, {**THREE_D, **THREE_D_OVERRIDES.get(name, {})})
    assert ts.prove(name, engine="basis", **params).holds
    proof = ts.prove(name, engine="basis", variant=variant, **params)
    assert not proof.holds and proof.counterexample.row is not None


def test_mission_identity_64x64_holds():
    proof = ts.prove("transposed_conv_is_conv_of_upsampled", size=(64, 64), kernel=5, stride=2)
    assert proof.holds and proof.engine == "basis" and proof.shape == (131 * 131, 64 * 64)


def test_seed_1d_sides_are_the_documented_matrices():
    from tconv_sym.prover import sympy_engine
    from tconv_sym.prover.identity import make_params

    q0, q1, q2 = ts.kernel_symbols("q", 3)
    ident = ts.identities()["transposed_conv_is_conv_of_upsampled"]
    lhs, rhs = ident.sides(make_params(size=2, kernel=3, stride=2))
    expected = sympy.Matrix([[q0, 0], [q1, 0], [q2, q0], [0, q1], [0, q2]])
    assert sympy.Matrix(sympy_engine.evaluate(lhs)) == expected
    assert sympy.Matrix(sympy_engine.evaluate(rhs)) == expected


def test_checkerboard_verdicts():
    from tconv_sym.prover import basis
    from tconv_sym.prover.identity import make_params

    ident = ts.identities()["checkerboard_free_iff_divisible"]
    for k, s, constant in ((3, 2, 0), (4, 2, 1), (6, 3, 1), (5, 3, 0), (1, 2, 0)):
        lhs, rhs = ident.sides(make_params(size=8, kernel=k, stride=s))
        assert basis.evaluate(lhs).dense_values() == [[constant]]
        assert basis.evaluate(rhs).dense_values() == [[constant]]
    with pytest.raises(ValueError, match="too small"):
        ts.prove("checkerboard_free_iff_divisible", size=2, kernel=3, stride=2)


def test_output_size_roundtrip_counterexample_names_the_padding_kind():
    proof = ts.prove("output_size_roundtrip", size=8, kernel=3, stride=2, padding=1,
                     variant="no_output_padding")
    assert proof.counterexample.label == "padding=1, dim 0"
    assert (proof.counterexample.lhs, proof.counterexample.rhs) == (7, 8)


def test_meaningless_parameters_raise_clear_errors():
    with pytest.raises(ValueError, match="needs kernel="):
        ts.prove("transposed_conv_is_scatter", size=3)
    with pytest.raises(ValueError, match="exceeds kernel−1"):
        ts.prove("nearest_upsample_conv_is_transposed_conv", size=3, kernel=3, stride=2,
                 padding=3)
    with pytest.raises(ValueError, match="groups=2 must divide in_channels=3"):
        ts.prove("transposed_conv_is_direct_conv", size=3, kernel=3, in_channels=3, groups=2)
    with pytest.raises(ValueError, match="no output away from the borders"):
        ts.prove("bilinear_kernel_is_bilinear_interpolation", size=1, stride=2)
    with pytest.raises(ValueError, match="channels_not_swapped needs"):
        ts.prove("transposed_conv_is_direct_conv", size=3, kernel=3, in_channels=2,
                 out_channels=3, variant="channels_not_swapped")


def test_unused_parameters_are_refused_unless_default():
    with pytest.raises(ValueError, match=r"does not use kernel, padding \(given kernel=7, "
                                         r"padding=3\); its parameters are size, stride, "
                                         r"in_channels"):
        ts.prove("up_is_down_transpose", size=4, stride=2, kernel=7, padding=3)
    with pytest.raises(ValueError, match="does not use dilation"):
        ts.prove("checkerboard_free_iff_divisible", size=6, kernel=3, stride=2, dilation=2)
    with pytest.raises(ValueError, match="does not use stride"):
        ts.prove("matched_filter_is_conjugate_reversal", size=5, kernel=3, stride=4)
    # defaults given explicitly are the values the identity is about: fine
    a = ts.prove("up_is_down_transpose", size=4, stride=2, dilation=1, padding=0,
                 output_padding=0)
    assert a.holds and set(a.params) == {"size", "stride", "in_channels"}


def test_register_extends_the_catalogue():
    def sides(p, variant):
        return E.down(p.size, 1), (E.eye(p.size) if variant is None else E.flip(p.size))

    ident = Identity("down_by_one_is_identity", "↓1 = I", r"\downarrow_1 = I", ("size",),
                     "LHS: down; RHS: eye", sides, variants={"flip": "I replaced by J"})
    register(ident)
    try:
        assert ts.identities()["down_by_one_is_identity"] is ident
        assert ts.prove("down_by_one_is_identity", size=(3, 2)).holds
        assert not ts.prove("down_by_one_is_identity", size=3, variant="flip").holds
        with pytest.raises(ValueError, match="already registered"):
            register(ident)
        assert register(ident, replace=True) is ident
    finally:
        unregister("down_by_one_is_identity")
    assert "down_by_one_is_identity" not in ts.identities()
    with pytest.raises(TypeError, match="must be an Identity"):
        register("nope")
    with pytest.raises(KeyError):
        unregister("down_by_one_is_identity")


def test_identities_mapping_is_read_only():
    with pytest.raises(TypeError):
        ts.identities()["x"] = None


_dims = st.integers(1, 3)


@st.composite
def layer(draw):
    nd = draw(st.sampled_from([1, 1, 2, 3]))
    tup = lambda lo, hi: tuple(draw(st.integers(lo, hi)) for _ in range(nd))  # noqa: E731
    groups = draw(st.sampled_from([1, 1, 2]))
    stride, dilation = tup(1, 3), tup(1, 2)
    params = dict(size=tup(1, 6 if nd == 1 else 3), kernel=tup(1, 4), stride=stride,
                  dilation=dilation, padding=draw(st.sampled_from([0, 1, "same", "full"])),
                  in_channels=groups * draw(_dims.filter(lambda c: c < 3)),
                  out_channels=groups * draw(_dims.filter(lambda c: c < 3)), groups=groups)
    if draw(st.booleans()):
        params["output_padding"] = tuple(draw(st.integers(0, max(s, d) - 1))
                                         for s, d in zip(stride, dilation))
    return params


@settings(max_examples=25, deadline=None)
@given(params=layer())
def test_every_identity_as_expected_on_random_layers(params):
    ran = 0
    for name in NAMES:
        try:
            proof = ts.prove(name, engine="basis", **used(name, params))
        except ValueError:
            continue  # an empty layer, too small a size, 1-D separable, …
        ran += 1
        assert proof.as_expected, proof.report()
    assert ran >= 1


def test_strided_conv_same_padding_is_resolved_for_the_strided_layer():
    """'same' pads differently at stride 2 than at stride 1: the stride-1 side keeps the
    strided layer's resolved padding (hypothesis found size 2, kernel 3, stride 2)."""
    for size in (2, 5, 8):
        assert ts.prove("strided_conv_is_downsampled_conv", size=size, kernel=3, stride=2,
                        padding="same").holds
