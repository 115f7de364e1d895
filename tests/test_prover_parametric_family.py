"""Families of columns (``E.columns``) for all sizes: the scatter form of the transposed
convolution proved for every size (1-D, 2-D and 3-D, symbolic kernel / padding /
output_padding), broken variants refuted at a size the basis engine confirms, and a family
whose columns change structure with the index declined."""

from __future__ import annotations

import pytest

import tconv_sym as ts
from tconv_sym.prover import expr as E
from tconv_sym.prover import prove_equal
from tconv_sym.prover.identity import define_identity

pytest.importorskip("islpy")

from tconv_sym.prover.parametric import NotParametric  # noqa: E402

SCATTER = "transposed_conv_is_scatter"


def _basis(size, variant=None, **kw):
    return ts.prove(SCATTER, size=size, engine="basis", variant=variant, **kw)


def test_columns_with_plain_integers_is_the_stack_of_its_columns():
    fam = E.columns((2, 3), lambda a, b: E.pad((1, 1), ((a, 1 - a), (b, 2 - b))))
    stack = E.hstack([E.pad((1, 1), ((a, 1 - a), (b, 2 - b))) for a in range(2)
                      for b in range(3)])
    assert fam.shape == (6, 6) and len(fam.parts) == 6
    assert prove_equal(fam, stack).holds and prove_equal(fam, E.eye((2, 3))).holds
    assert not prove_equal(fam, E.flip((2, 3))).holds
    with pytest.raises(ValueError, match="must return a column"):
        E.columns(2, lambda j: E.eye(2))
    with pytest.raises(TypeError, match="fn must be a callable"):
        E.columns(2, "not a function")


def _unit_columns(p, variant):
    """eye(n) written one column at a time (the variant: the 1 of column j in row n-1-j)."""
    n = p.size[0]
    if variant == "reversed":
        return E.columns(n, lambda j: E.pad(1, (n - 1 - j, j))), E.eye(n)
    return E.columns(n, lambda j: E.pad(1, (j, n - 1 - j))), E.eye(n)


def test_a_user_family_for_all_sizes_and_its_false_variant():
    ident = define_identity("unit_columns", statement="[e_0 | e_1 | …] = I", build=_unit_columns,
                            parameters=("size",), variants={"reversed": "the reversal"})
    p = ts.prove(ident, all_sizes=True)
    assert p.holds and p.for_all_sizes and p.domain == "n ≥ 1"
    q = ts.prove(ident, all_sizes=True, variant="reversed")
    assert not q.holds and q.counterexample.size == (2,)  # at n = 1 the reversal is I
    assert q.fails_for == "n ≥ 2"
    assert not ts.prove(ident, size=2, variant="reversed", engine="basis").holds
    assert ts.prove(ident, size=1, variant="reversed", engine="basis").holds


def test_a_family_whose_columns_change_structure_declines():
    def build(p, variant):
        n = p.size[0]

        def col(j):  # the first column is built another way than the others
            return E.pad(1, (0, n - 1)) if j < 1 else E.pad(1, (j, n - 1 - j))
        return E.columns(n, col), E.eye(n)

    ident = define_identity("split_columns", statement="…", build=build, parameters=("size",))
    with pytest.raises(NotParametric, match="differ in structure from one index"):
        ts.prove(ident, all_sizes=True)
    assert ts.prove(ident, size=5, engine="basis").holds  # true, but not read as one family


def test_a_branch_on_the_index_that_is_uniform_on_part_of_the_sizes():
    def build(p, variant):
        n = p.size[0]

        def col(j):  # every column agrees while n <= 6 (2j < n + 5 for all j < n)
            if 2 * j < n + 5:
                return E.pad(1, (j, n - 1 - j))
            return E.pad(1, (j, n - 1 - j))
        return E.columns(n, col), E.eye(n)

    ident = define_identity("uniform_below_7", statement="…", build=build,
                            parameters=("size",))
    # the sizes 1..6 are one path (the branch narrowed to them); at n = 7 the columns split
    with pytest.raises(NotParametric, match=r"some columns only, at \{'n': 7\}"):
        ts.prove(ident, all_sizes=True)


@pytest.mark.parametrize("kw,domain", [
    (dict(kernel="k", stride=2, padding="p", output_padding="a"),
     "n ≥ 1 and k ≥ 1 and p ≥ 0 and a ≥ 0 and 3 - 2n - k + 2p ≤ a ≤ 1"),
    (dict(kernel=("k0", "k1"), stride=(2, 3), padding=(1, "q")),
     "n0 ≥ 1 and n1 ≥ 1 and k0 ≥ 1 and k0 ≥ 5 - 2n0 and k1 ≥ 1 and q ≥ 0 and "
     "2q ≤ -4 + 3n1 + k1"),
    (dict(kernel=3, stride=3, padding=(1, 2), dilation=2, output_padding=1, in_channels=4,
          out_channels=6, groups=2), "n ≥ 1"),
])
def test_scatter_for_all_sizes_with_symbols(kw, domain):
    p = ts.prove(SCATTER, all_sizes=True, **kw)
    assert p.holds and p.for_all_sizes and p.engine == "parametric", p.report()
    assert p.domain == domain
    # the oracle, at points of the domain
    nd = p.ndim
    for n in (1, 4):
        concrete = {k: (tuple(3 if isinstance(x, str) else x for x in v) if isinstance(v, tuple)
                        else 3 if isinstance(v, str) else v) for k, v in kw.items()}
        if "output_padding" in kw and isinstance(kw["output_padding"], str):
            concrete["output_padding"] = 1
        concrete["padding"] = (tuple(1 if isinstance(x, str) else x for x in kw["padding"])
                               if isinstance(kw.get("padding"), tuple) and nd > 1
                               else 1 if isinstance(kw.get("padding"), str)
                               else kw.get("padding", 0))
        assert _basis((n,) * nd, **concrete).holds


@pytest.mark.parametrize("variant,kw", [
    ("flipped_kernel", dict(kernel="k", stride=2, padding="p")),
    ("offset_off_by_one", dict(kernel=("k0", "k1"), stride=(2, 1))),
])
def test_scatter_variants_refuted_with_symbols(variant, kw):
    p = ts.prove(SCATTER, all_sizes=True, variant=variant, **kw)
    assert not p.holds and p.as_expected and p.for_all_sizes
    cx = p.counterexample
    sym = cx.symbols
    concrete = dict(stride=kw["stride"])
    if isinstance(kw["kernel"], str):
        concrete.update(kernel=sym["k"], padding=sym["p"])
    else:
        concrete.update(kernel=(sym["k0"], sym["k1"]))
    fixed = _basis(cx.size, variant=variant, **concrete)
    assert not fixed.holds  # the basis engine confirms, on its own
    assert (fixed.counterexample.row, fixed.counterexample.col) == (cx.row, cx.col)
