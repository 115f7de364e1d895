"""The parametric engine: proofs for every size, refutations confirmed by the basis engine,
and the cross-check of its relations against the fixed-size tap basis."""

from __future__ import annotations

import itertools

import pytest

import tconv_sym as ts
from tconv_sym import ConvSpec, TransposedConvSpec
from tconv_sym.structure import conv_structure, conv_transpose_structure

pytest.importorskip("islpy")

from tconv_sym.prover.parametric import NotParametric  # noqa: E402
from tconv_sym.prover.parametric.tap_relation import tap_relation  # noqa: E402

MUST_SHOW = [
    "up_is_down_transpose", "strided_conv_is_downsampled_conv",
    "dilated_conv_is_upsampled_kernel", "transposed_conv_is_conv_of_upsampled",
    "transposed_conv_is_direct_conv", "transposed_conv_is_input_gradient",
    "transposed_conv_gradient_is_conv", "adjoint_inner_product",
    "nearest_upsample_conv_is_transposed_conv", "polyphase_decomposition",
    "separable_kernel_is_kronecker", "output_size_roundtrip",
    "matched_filter_is_conjugate_reversal", "transposed_conv_is_inverse",
    "transposed_conv_is_scatter",  # a family of columns (E.columns)
]

# parameter sets per number of dims: strides 1-4, dilation 1-2, asymmetric padding,
# output_padding, channels and groups
PARAMS = {
    1: [dict(kernel=3, stride=1),
        dict(kernel=4, stride=3, padding=(1, 2), dilation=2),
        dict(kernel=2, stride=4, padding=(0, 1), output_padding=3),
        dict(kernel=3, stride=2, padding=1, output_padding=1, in_channels=4, out_channels=2,
             groups=2)],
    2: [dict(kernel=(3, 2), stride=(2, 1), padding=((1, 0), (0, 1))),
        dict(kernel=3, stride=2, dilation=(1, 2), in_channels=2, out_channels=2, groups=2)],
    3: [dict(kernel=3, stride=2, padding=1)],
}
CASES = [(name, nd, kw) for nd, sets in PARAMS.items() for kw in sets for name in MUST_SHOW
         if not (name == "separable_kernel_is_kronecker" and nd == 1)]


def _own(name, kw):
    """The shared parameter sets, cut to the parameters the identity declares (both engines
    refuse a parameter the identity does not use)."""
    used = ts.identities()[name].parameters
    return {k: v for k, v in kw.items() if k in used}


def _basis(name, size, variant=None, **kw):
    """The fixed-size oracle, given only the parameters the identity uses."""
    return ts.prove(name, size=size, engine="basis", variant=variant, **_own(name, kw))


def test_all_sizes_refuses_a_parameter_the_identity_does_not_use():
    with pytest.raises(ValueError, match="does not use kernel"):
        ts.prove("up_is_down_transpose", all_sizes=True, kernel=3, stride=2)
    assert ts.prove("up_is_down_transpose", all_sizes=True, stride=2).holds


@pytest.mark.parametrize("name,nd,kw", CASES,
                         ids=[f"{n}-{d}d-{i}" for i, (n, d, _) in enumerate(CASES)])
def test_catalogue_for_all_sizes(name, nd, kw):
    p = ts.prove(name, all_sizes=True, ndim=nd, **_own(name, kw))
    assert p.engine == "parametric" and p.for_all_sizes
    assert p.as_expected, p.report()
    if p.holds:
        # the oracle: the fixed-size basis engine agrees at sizes inside the domain
        checked = 0
        # (the scatter form in 3-D builds one column tree per input sample: smaller sizes)
        for n in ((3, 4) if (name, nd) == ("transposed_conv_is_scatter", 3) else (4, 7, 9)):
            try:
                assert _basis(name, (n,) * nd, **kw).holds
                checked += 1
            except ValueError:  # outside the domain for this parameter set
                pass
        assert checked
    else:
        cx = p.counterexample
        assert not _basis(name, cx.size, **kw).holds
    assert "proved for every size in the domain" in p.report() or not p.holds


# parameters where every variant is really broken (dilation 2, two channels each side)
VARIANT_CASES = [(name, v, nd, kw) for nd, kw in [(1, dict(kernel=3, stride=2, padding=1,
                                                          dilation=2, in_channels=2,
                                                          out_channels=2)),
                                                 (2, dict(kernel=3, stride=2, dilation=2,
                                                          in_channels=2, out_channels=2))]
                 for name in MUST_SHOW if not (name == "separable_kernel_is_kronecker" and nd == 1)
                 for v in ts.identities()[name].variants]


@pytest.mark.parametrize("name,variant,nd,kw", VARIANT_CASES,
                         ids=[f"{n}-{v}-{d}d" for n, v, d, _ in VARIANT_CASES])
def test_broken_variants_refuted_and_confirmed(name, variant, nd, kw):
    p = ts.prove(name, all_sizes=True, variant=variant, ndim=nd, **_own(name, kw))
    assert not p.holds and p.as_expected, p.report()
    cx = p.counterexample
    assert len(cx.size) == nd
    fixed = _basis(name, cx.size, variant=variant, **kw)
    assert not fixed.holds  # the basis engine confirms, independently of the engine's check
    assert (fixed.counterexample.row, fixed.counterexample.col) == (cx.row, cx.col)
    # smallest: every size of the domain below it (lexicographically) holds
    for smaller in itertools.product(*(range(1, c + 1) for c in cx.size)):
        if smaller < cx.size and p.in_domain(smaller):
            assert _basis(name, smaller, variant=variant, **kw).holds


def test_failing_set_is_exact():
    p = ts.prove("output_size_roundtrip", all_sizes=True, kernel=3, stride=2, padding=1,
                 variant="no_output_padding")
    # 'valid' needs n >= 3, but below it the identity leaves that row out: defined for n >= 1
    assert p.domain == "n ≥ 1"
    for n in range(1, 15):
        fails = not _basis("output_size_roundtrip", n, variant="no_output_padding", kernel=3,
                           stride=2, padding=1).holds
        assert fails == (n % 2 == 0), n
    assert "mod 2" in p.fails_for


def test_symbolic_padding_and_domain():
    p = ts.prove("transposed_conv_is_direct_conv", all_sizes=True, kernel=3, stride=2,
                 padding="p", output_padding=1)
    assert p.holds and p.domain == "n ≥ 1 and 0 ≤ p ≤ n"
    assert "padding=p" in p.report()
    for n, pad in [(1, 1), (3, 0), (3, 2), (4, 4)]:
        assert _basis("transposed_conv_is_direct_conv", n, kernel=3, stride=2, padding=pad,
                      output_padding=1).holds
    with pytest.raises(ValueError):  # p = n + 1 is outside the domain: no such layer
        TransposedConvSpec(in_size=3, kernel_size=3, stride=2, padding=4, output_padding=1)
    q = ts.prove("transposed_conv_is_direct_conv", all_sizes=True, kernel=3, stride=2,
                 padding="p", variant="padding_off_by_one")
    assert not q.holds and "p" in q.counterexample.symbols
    cx = q.counterexample
    assert not _basis("transposed_conv_is_direct_conv", cx.size, kernel=3, stride=2,
                      padding=cx.symbols["p"], variant="padding_off_by_one").holds


def test_symbolic_output_padding():
    p = ts.prove("transposed_conv_is_conv_of_upsampled", all_sizes=True, kernel=3, stride=3,
                 output_padding="a")
    assert p.holds and p.domain == "n ≥ 1 and 0 ≤ a ≤ 2"  # output_padding < stride


@pytest.mark.parametrize("name,why", [
    ("bilinear_kernel_is_bilinear_interpolation", r"rational weights.*0/1 coefficients"),
])
def test_identities_that_do_not_fit_say_why(name, why):
    params = {k: v for k, v in ts.identities()[name].example.items() if k != "size"}
    with pytest.raises(NotImplementedError, match=why):
        ts.prove(name, all_sizes=True, **params)
    assert issubclass(NotParametric, NotImplementedError)


def test_api_errors():
    with pytest.raises(ValueError, match="leave out size"):
        ts.prove("up_is_down_transpose", size=4, all_sizes=True)
    with pytest.raises(ValueError, match="size is required"):
        ts.prove("up_is_down_transpose")
    with pytest.raises(ValueError, match="ndim=2 does not match"):
        ts.prove("strided_conv_is_downsampled_conv", all_sizes=True, kernel=(3, 3, 3), ndim=2)
    with pytest.raises(ValueError, match="symbol names must differ"):
        ts.prove("strided_conv_is_downsampled_conv", all_sizes=True, kernel=3, padding="n")
    with pytest.raises(ValueError, match="variant must be one of"):
        ts.prove("up_is_down_transpose", all_sizes=True, variant="nope")
    with pytest.raises(ValueError, match="stride/dilation/channel symbol must differ"):
        ts.prove("strided_conv_is_downsampled_conv", all_sizes=True, kernel="s", stride="s")
    assert ts.prove("up_is_down_transpose", size=4).for_all_sizes is False
    # the number of dims from per-dim padding pairs alone
    p = ts.prove("strided_conv_is_downsampled_conv", all_sizes=True, kernel=3, stride=2,
                 padding=((1, 0), (0, 1)))
    assert p.holds and p.ndim == 2


def test_multi_dim_domain_and_kronecker_caveat():
    p = ts.prove("separable_kernel_is_kronecker", all_sizes=True, kernel=(2, 3))
    assert p.holds and p.domain == "n0 ≥ 2 and n1 ≥ 3"
    q = ts.prove("separable_kernel_is_kronecker", all_sizes=True, kernel=(2, 3),
                 variant="factors_swapped")
    # per dimension the factors never line up; flat matrices are compared by the basis engine
    assert not q.holds and q.fails_for is None
    assert not _basis("separable_kernel_is_kronecker", q.counterexample.size, kernel=(2, 3),
                      variant="factors_swapped").holds


# --------------------------------------------------------------------------------------
# Cross-check: the parametric relation of every operator equals its tap basis
# --------------------------------------------------------------------------------------
def _triples(basis):
    return set(zip(basis.rows.tolist(), basis.cols.tolist(), basis.taps.tolist()))


def _check_family(make_spec, structure, sizes, ndim):
    rel = tap_relation(make_spec, ndim)
    checked = 0
    for size in sizes:
        try:
            spec = make_spec(size)
        except ValueError:
            assert not rel.defined(size), size
            continue
        assert rel.defined(size), size
        assert rel.triples(size) == _triples(structure(spec)), (spec, size)
        checked += 1
    return checked


ONE_D = [dict(kernel_size=k, stride=s, dilation=d, padding=pad)
         for k in (1, 2, 3, 5) for s in (1, 2, 3) for d in (1, 2)
         for pad in (0, (0, 2), (2, 1))]


@pytest.mark.parametrize("kw", ONE_D, ids=[str(i) for i in range(len(ONE_D))])
def test_conv_relation_equals_tap_basis_1d(kw):
    sizes = [(n,) for n in range(1, 13)]
    assert _check_family(lambda n: ConvSpec(in_size=n, **kw), conv_structure, sizes, 1) > 0
    for op in range(max(kw["stride"], kw["dilation"])):
        assert _check_family(lambda n, op=op: TransposedConvSpec(in_size=n, output_padding=op,
                                                                 **kw),
                             conv_transpose_structure, sizes, 1) > 0


@pytest.mark.parametrize("kw,op", [
    (dict(kernel_size=(3, 2), stride=(2, 1), padding=((1, 0), (0, 2))), (1, 0)),
    (dict(kernel_size=3, stride=2, dilation=(1, 2), in_channels=4, out_channels=2, groups=2),
     (1, 1)),
    (dict(kernel_size=2, stride=3, in_channels=2, out_channels=3, mode="convolution"), (2, 0)),
])
def test_conv_relation_equals_tap_basis_2d(kw, op):
    sizes = list(itertools.product(range(1, 7), range(1, 6)))
    assert _check_family(lambda n: ConvSpec(in_size=n, **kw), conv_structure, sizes, 2) > 0
    assert _check_family(lambda n: TransposedConvSpec(in_size=n, output_padding=op, **kw),
                         conv_transpose_structure, sizes, 2) > 0


def test_cross_check_can_fail():
    """A relation of another spec family differs from the tap basis (the check is real)."""
    rel = tap_relation(lambda n: ConvSpec(in_size=n, kernel_size=3, padding=1), 1)
    other = ConvSpec(in_size=5, kernel_size=3, padding=(1, 0), stride=1)
    assert rel.triples((5,)) != _triples(conv_structure(other))


def test_per_dimension_difference_without_a_flat_one_is_undecided():
    """I_n ⊗ I_3 and I_3 ⊗ I_n are one flat matrix, but their per-dimension relations do not
    line up: no candidate is confirmed, so no verdict is claimed (not a false refutation)."""
    from tconv_sym.prover import expr as E
    from tconv_sym.prover import register, unregister
    from tconv_sym.prover.identity import Identity

    def sides(p, variant):
        n = p.size[0]
        return E.kron(E.eye(n), E.eye(3)), E.kron(E.eye(3), E.eye(n))

    register(Identity("kron_of_identities_commute", "I ⊗ I₃ = I₃ ⊗ I", "", ("size",), "test",
                      sides))
    try:
        assert ts.prove("kron_of_identities_commute", size=5).holds  # flat: equal
        p = ts.prove("kron_of_identities_commute", all_sizes=True)
        assert not p.for_all_sizes and not p.as_expected and p.counterexample is None
        assert "undecided" in p.report() and "undecided" in p.line()
    finally:
        unregister("kron_of_identities_commute")
