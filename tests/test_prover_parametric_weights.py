"""Rational weights for all sizes: an explicit constant (``E.fixed``) with rational entries is
carried as weight classes (one relation per distinct value), weights multiply through
products and Kronecker products, and two sides are compared class by class once every entry
is shown to hold one class; false variants are refuted at a size the basis engine confirms,
and entries that receive several weights are declined with that reason."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

import tconv_sym as ts
from tconv_sym import ConvSpec, TransposedConvSpec
from tconv_sym.prover import constructions as K
from tconv_sym.prover import expr as E
from tconv_sym.prover.identity import define_identity

pytest.importorskip("islpy")

from tconv_sym.prover.parametric import NotParametric  # noqa: E402
from tconv_sym.prover.parametric.model import fixed_value  # noqa: E402
from tconv_sym.prover.parametric.relation import weight_of  # noqa: E402

W = (F(1, 2), F(1, 3), F(1, 6))  # a kernel with three distinct rational weights


def _column(values):
    return E.fixed([[v] for v in values])


def _conv_of_upsampled(p, variant):
    """A transposed conv (stride 2, padding 1) with the rational kernel W is the correlation
    of the zero-inserted input with W reversed (variants: one weight wrong; not reversed)."""
    n = p.size[0]
    t = TransposedConvSpec(in_size=n, kernel_size=3, stride=2, padding=1)
    other = {"wrong_weight": (F(1, 2), F(1, 4), F(1, 6)), "not_reversed": W[::-1]}.get(
        variant, W)
    c = ConvSpec(in_size=2 * n, kernel_size=3, padding=((1, 0),))
    return E.conv(t, _column(W)), E.conv(c, _column(other[::-1])) @ E.up(n, 2)


CONV = define_identity("rational_tconv_is_conv_of_upsampled", statement="Cᵀ_W = C_rev(W) ↑2",
                       build=_conv_of_upsampled, parameters=("size",),
                       variants={"wrong_weight": "1/4 instead of 1/3 at the middle tap",
                                 "not_reversed": "the kernel not reversed"})


def _bilinear_separable(p, variant):
    """The 2-D bilinear kernel of factor 2 (an outer product of rational 1-D filters) as a
    transposed conv equals the Kronecker product of the 1-D transposed convs (variant: the
    second factor's filter shifted by one tap)."""
    n = p.size
    t = TransposedConvSpec(in_size=n, kernel_size=(4, 4), stride=2, padding=1)
    filt = K.bilinear_filter(2)
    second = [F(0)] + filt[:3] if variant == "shifted" else filt
    parts = [E.conv(TransposedConvSpec(in_size=nn, kernel_size=4, stride=2, padding=1),
                    _column(w)) for nn, w in zip(n, (filt, second))]
    return E.conv(t, K.bilinear_weight((2, 2), 1)), E.kron(*parts)


SEPARABLE = define_identity("bilinear_kernel_is_kron_of_filters", statement="C(b⊗b) = Cb⊗Cb",
                            build=_bilinear_separable, parameters=("size",),
                            variants={"shifted": "second filter shifted by one tap"})


def test_fixed_values_become_weight_classes():
    v = fixed_value(E.fixed([[F(1, 4), F(3, 4)], [0, F(1, 4)]]))
    weights = sorted(weight_of(s) for s in v.terms)
    assert weights == [F(1, 4), F(3, 4)]  # the zero is no entry; 1/4 is one class of two
    quarter = next(t for s, t in v.terms.items() if weight_of(s) == F(1, 4))
    assert quarter.count_val().to_python() == 2


def test_rational_kernel_for_all_sizes_and_its_false_variants():
    p = ts.prove(CONV, all_sizes=True)
    assert p.holds and p.for_all_sizes and p.domain == "n ≥ 1"
    assert ts.prove(CONV, size=5, engine="basis").holds
    for variant, at in (("wrong_weight", 1), ("not_reversed", 2)):
        q = ts.prove(CONV, all_sizes=True, variant=variant)
        assert not q.holds and q.fails_for == f"n ≥ {at}"
        assert q.counterexample.size == (at,)
        assert not ts.prove(CONV, size=at, variant=variant, engine="basis").holds
    # at n = 1 only the middle tap is used: the unreversed kernel agrees there
    assert ts.prove(CONV, size=1, variant="not_reversed", engine="basis").holds


def test_bilinear_kernel_separable_for_all_sizes_2d():
    p = ts.prove(SEPARABLE, all_sizes=True, ndim=2)
    assert p.holds and p.domain == "n0 ≥ 1 and n1 ≥ 1"
    q = ts.prove(SEPARABLE, all_sizes=True, ndim=2, variant="shifted")
    assert not q.holds and q.counterexample.size == (1, 1)
    assert "lhs = 9/16, rhs = 3/16" in str(q)  # the weights, multiplied through the Kronecker
    assert not ts.prove(SEPARABLE, size=(1, 1), variant="shifted", engine="basis").holds
    assert ts.prove(SEPARABLE, size=(3, 2), engine="basis").holds


def _two_weights(p, variant):
    n = p.size[0]
    a, b = (F(1, 4), F(3, 4)) if variant is None else (F(1, 2), F(1, 2))
    return E.kron(E.fixed([[a]]), E.eye(n)) + E.kron(E.fixed([[b]]), E.eye(n)), E.eye(n)


def test_an_entry_with_several_weights_declines():
    ident = define_identity("quarter_plus_three_quarters", statement="¼I + ¾I = I",
                            build=_two_weights, parameters=("size",),
                            variants={"halves": "½I + ½I"})
    with pytest.raises(NotParametric, match=r"two weight classes \(1/4 and 3/4\)"):
        ts.prove(ident, all_sizes=True)
    with pytest.raises(NotParametric, match="coefficient 2 needs counting"):
        ts.prove(ident, all_sizes=True, variant="halves")
    assert ts.prove(ident, size=3, engine="basis").holds  # true: declined, not refuted


BILINEAR = "bilinear_kernel_is_bilinear_interpolation"


def _broken_bilinear(p, variant):
    """The catalogue's bilinear identity with its kernel broken: one weight doubled, or every
    weight shifted by one tap."""
    from tconv_sym.prover.catalogue import _bilinear_kernel_is_bilinear_interpolation as build

    lhs, rhs = build(p, None)
    window, conv = lhs.a, lhs.b
    k = conv.kernel
    vals = list(k.values)
    if variant == "wrong_weight":
        vals[1] *= 2
    else:
        vals = [0, *vals[:-1]]
    return window @ E.Conv(conv.spec, E.Fixed(k.shape, k.rows, k.cols, tuple(vals), "broken")), rhs


BROKEN_BILINEAR = define_identity(
    "bilinear_broken", statement="…", build=_broken_bilinear,
    parameters=("size", "stride", "in_channels"),
    variants={"wrong_weight": "the second tap's weight doubled",
              "shifted": "the kernel shifted by one tap"})


@pytest.mark.parametrize("f", [1, 2, 3, 4, 5])
def test_interpolation_rows_and_phases_match_the_enumeration(f):
    from tconv_sym.prover import prove_equal
    from tconv_sym.prover.catalogue import _interp_phases, _interp_rows

    for n in range(2, 41):
        assert _interp_rows(n, f) == K.interpolation_rows(n, f)
    for n in (2, 3, 7):
        rows = K.interpolation_rows(n, f)
        assert prove_equal(_interp_phases(n, f, rows), K.interpolation_matrix(n, f, rows)).holds


@pytest.mark.parametrize("kw,domain", [
    ({"stride": 1}, "n ≥ 2"), ({"stride": 2}, "n ≥ 2"), ({"stride": 3}, "n ≥ 2"),
    ({"stride": 4, "in_channels": 2}, "n ≥ 2"),
    ({"stride": (2, 3), "ndim": 2}, "n0 ≥ 2 and n1 ≥ 2"),
])
def test_bilinear_interpolation_for_all_sizes(kw, domain):
    p = ts.prove(BILINEAR, all_sizes=True, **kw)
    assert p.holds and p.for_all_sizes and p.domain == domain


@pytest.mark.parametrize("variant,kw,size,entry", [
    ("wrong_weight", {"stride": 2}, (2,), "lhs = 3/2, rhs = 3/4"),
    ("shifted", {"stride": 3}, (2,), "lhs = 2/3, rhs = 1"),
    ("shifted", {"stride": (2, 2), "ndim": 2}, (2, 2), "lhs = 0, rhs = 1/16"),
])
def test_broken_bilinear_kernels_are_refuted(variant, kw, size, entry):
    q = ts.prove(BROKEN_BILINEAR, all_sizes=True, variant=variant, **kw)
    assert not q.holds and q.counterexample.size == size and entry in str(q)
    assert "confirmed by the basis engine" in str(q)
    stride = kw["stride"]
    assert not ts.prove(BROKEN_BILINEAR, size=size, stride=stride, variant=variant,
                        engine="basis").holds
    assert ts.prove(BILINEAR, size=size, stride=stride, engine="basis").holds


def test_align_corners_true_declines_with_its_reason():
    with pytest.raises(NotParametric, match="align_corners=False only"):
        ts.prove(BILINEAR, all_sizes=True, stride=2, variant="align_corners_true")


def _random_weighted(kernel, perturbed, stride, padding):
    """Cᵀ_W (stride, padding) = C_rev(W) on the zero-inserted input, resized (crop where
    negative); the variant uses the kernel ``perturbed`` on the right."""
    k = len(kernel)

    def build(prm, variant):
        n = prm.size[0]
        t = TransposedConvSpec(in_size=n, kernel_size=k, stride=stride, padding=padding)
        lo, hi = k - 1 - padding, k - padding - stride
        zero_inserted = E.resize(n * stride, lo, hi) @ E.up(n, stride)
        c = ConvSpec(in_size=n * stride + lo + hi, kernel_size=k)
        w = perturbed if variant == "perturbed" else kernel
        return E.conv(t, _column(kernel)), E.conv(c, _column(w[::-1])) @ zero_inserted

    return define_identity("random_weighted", statement="…", build=build,
                           parameters=("size",), variants={"perturbed": "one weight changed"})


def test_random_rational_kernels_agree_with_the_basis_engine():
    """Random kernels drawn from five rational values (repeats: a class of several taps;
    a negative weight), random stride/padding; the perturbed variant changes one weight
    (or mirrors it). Every verdict is checked against the basis engine at n = 1 … 8: inside the
    domain, the basis engine fails exactly where the failing set says."""
    import random

    rng = random.Random(29)
    values = [F(1, 2), F(1, 3), F(-2, 3), F(1), F(3, 4)]
    checked = refuted = 0
    for trial in range(12):
        k, s = rng.randint(1, 4), rng.randint(1, 3)
        p = rng.randint(0, k - 1)
        kernel = [rng.choice(values) for _ in range(k)]
        other, i = list(kernel), rng.randrange(k)
        other[i] = rng.choice(values) if trial % 3 else kernel[-1 - i]
        ident = _random_weighted(kernel, other, s, p)
        for variant in (None, "perturbed"):
            proof = ts.prove(ident, all_sizes=True, variant=variant)
            assert proof.for_all_sizes
            refuted += not proof.holds
            for n in range(1, 9):
                if not proof.in_domain((n,)):
                    continue
                fixed = ts.prove(ident, size=n, engine="basis", variant=variant).holds
                expected = proof.holds or not proof.fails_at((n,))
                assert fixed == expected, (kernel, other, s, p, variant, n)
                checked += 1
    assert checked > 150 and refuted >= 5
