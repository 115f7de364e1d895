"""tconv_sym.latex / tconv_sym.report.derivation: the matrix-chain derivation holds, carries
the right matrices (the seed's, and the core operators'), and prints them exactly as
sympy.latex does."""

from __future__ import annotations

import numpy as np
import pytest
import sympy

import tconv_sym as ts
from tconv_sym import ConvSpec, TransposedConvSpec
from tconv_sym.report.derivation import (
    basis_latex,
    formula_text,
    latex,
    matrix_latex,
    reduced,
    spec_latex,
    stride_split,
)


def _seed_matrix(rows):
    return sympy.Matrix([[sympy.sympify(v) for v in row] for row in rows])


def test_latex_is_exported():
    assert ts.latex is latex


def test_seed_derivation_matrices(seed):
    d = latex()
    sym = seed["symbolic_1d"]
    assert d.spec == TransposedConvSpec(in_size=2, kernel_size=3, stride=2, padding=1,
                                        output_padding=1)
    assert d.matrices["Q"] == _seed_matrix(sym["conv_matrix_q_len4"])
    assert d.matrices["D"] == _seed_matrix(sym["downsample_2_len4"])
    assert d.matrices["U"] == _seed_matrix(sym["upsample_2_len2"])
    assert d.holds and all(ok for _, ok in d.checks)
    # q*(↑2 x) written out
    q0, q1, q2, x0, x1 = sympy.symbols("q0 q1 q2 x0 x1")
    assert d.matrices["y"] == sympy.Matrix([q1 * x0, q0 * x1 + q2 * x0, q1 * x1, q2 * x1])


def test_seed_latex_contains_the_matrices_as_sympy_prints_them(seed):
    d = latex()
    text = str(d)
    for name in ("C1", "D", "U", "Q", "DQT", "CT", "x", "y"):
        assert sympy.latex(d.matrices[name], mat_str="bmatrix", mat_delim="") in text, name
    assert matrix_latex(d.matrices["Q"]) == (
        r"\begin{bmatrix}q_{1} & q_{0} & 0 & 0\\q_{2} & q_{1} & q_{0} & 0\\"
        r"0 & q_{2} & q_{1} & q_{0}\\0 & 0 & q_{2} & q_{1}\end{bmatrix}")
    assert r"q\ast = C_1^{\mathsf T} = " + matrix_latex(d.matrices["Q"]) in text
    assert text.count(r"\[") == text.count(r"\]") == 6
    md = d.markdown()
    assert md.count("$$") == 12 and "`TransposedConvSpec(in_size=2" in md
    assert d._repr_latex_() == md
    pm = latex(env="pmatrix")
    assert sympy.latex(pm.matrices["Q"], mat_str="pmatrix", mat_delim="") in str(pm)
    assert "bmatrix" not in str(pm)


def test_the_chain_is_not_vacuous():
    """The wrong reading (↓2 q*)ᵀ — no transpose of q* — differs: the check can fail."""
    d = latex()
    wrong = (d.matrices["D"] * d.matrices["Q"]).T
    assert wrong != d.matrices["QU"]
    assert d.matrices["QU"] == d.matrices["DQT"].T == d.matrices["CT"]


SPECS = [
    TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1),
    TransposedConvSpec(in_size=2, kernel_size=3, stride=3),
    TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same"),
    TransposedConvSpec(in_size=(2, 3), kernel_size=(2, 3), stride=(2, 1), padding=((1, 0), (0, 2))),
    TransposedConvSpec(in_size=2, kernel_size=3, dilation=3, output_padding=2),  # op >= stride
    TransposedConvSpec(in_size=2, kernel_size=2, stride=2, dilation=2, padding=(0, 1)),
    TransposedConvSpec(in_size=2, kernel_size=3, stride=2, in_channels=2, out_channels=4,
                       groups=2),
    TransposedConvSpec(in_size=3, kernel_size=3, stride=2, mode="convolution", output_padding=1),
    TransposedConvSpec(in_size=(2, 2, 2), kernel_size=2, stride=2),
]


@pytest.mark.parametrize("spec", SPECS, ids=[repr(s) for s in SPECS])
def test_derivation_holds_and_ends_in_the_core_matrix(spec):
    d = latex(spec)
    assert d.holds, d.checks
    q = ts.kernel_symbols("q", spec.kernel_size if spec.weight_shape[:2] == (1, 1)
                          else spec.weight_shape)
    ct = sympy.Matrix(ts.conv_transpose_matrix(spec, q))
    assert d.matrices["CT"] == ct
    assert (d.matrices["Q"] * d.matrices["U"] - ct).expand() == sympy.zeros(*ct.shape)
    assert d.matrices["C"] == ct.T
    assert d.matrices["U"] == d.matrices["D"].T
    assert matrix_latex(ct) in str(d)
    assert repr(d).endswith("every equality checked by SymPy")


def test_numeric_kernel():
    d = latex(TransposedConvSpec(in_size=2, kernel_size=2, stride=2), kernel=[3, 5])
    assert d.matrices["CT"] == sympy.Matrix([[3, 0], [5, 0], [0, 3], [0, 5]])


def test_stride_split_scipy_matches_the_strided_conv():
    spec = TransposedConvSpec(in_size=(3, 3), kernel_size=3, stride=2, padding=1,
                              in_channels=2, out_channels=3)
    conv1, d = stride_split(spec, backend="scipy")
    assert conv1 == spec.conv.with_(stride=1)
    w = np.random.default_rng(1).integers(-5, 6, size=spec.weight_shape)
    c1 = ts.conv_matrix(conv1, w, backend="scipy")
    ct = ts.conv_transpose_matrix(spec, w, backend="scipy")
    np.testing.assert_array_equal((d @ c1).toarray(), ct.T.toarray())


def test_tex_document():
    tex = latex().tex()
    assert tex.startswith("\\documentclass{article}\n\\usepackage{amsmath,amssymb,graphicx}\n")
    assert "\\setcounter{MaxMatrixCols}{64}" in tex and tex.rstrip().endswith("\\end{document}")
    assert "\\texttt{TransposedConvSpec(in\\_size=2" in tex


def test_errors():
    with pytest.raises(ValueError, match=r"up to 64 rows/columns.*pass ts.reduced\(spec\)"):
        latex(TransposedConvSpec(in_size=(8, 8), kernel_size=3, stride=2))
    with pytest.raises(TypeError, match=r"got the ConvSpec .*spec.transposed\(\)"):
        latex(ConvSpec(in_size=4, kernel_size=3))
    with pytest.raises(TypeError, match=r"TransposedConvSpec \(or an object with one in \.spec, "
                                        r"such as an interop Resolution\), got str"):
        latex("spec")
    with pytest.raises(ValueError, match="env must be one of 'bmatrix', 'pmatrix'"):
        latex(env="matrix")


def test_formula_text_comes_from_the_spec_module():
    import tconv_sym.spec as S

    assert formula_text(ConvSpec(in_size=3, kernel_size=2)) in S.ConvSpec.out_size.__doc__
    assert formula_text(TransposedConvSpec(in_size=3, kernel_size=2)) in \
        S.TransposedConvSpec.out_size.__doc__
    with pytest.raises(TypeError, match="spec must be a ConvSpec or TransposedConvSpec"):
        formula_text(3)


def test_spec_latex():
    t = spec_latex(TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1,
                                      in_channels=8, out_channels=4, groups=2))
    assert t.startswith(r"$\mathtt{TransposedConvSpec}:\ i=3,\ k=4,\ s=2,\ p=(1, 1),\ d=1,")
    assert r"C_{\mathrm{in}}=8" in t and r"g=2" in t and t.endswith("= 6$")
    c = spec_latex(ConvSpec(in_size=(5, 5), kernel_size=3, stride=2, padding=1))
    assert r"\operatorname{floor}" in c and c.endswith("= (3, 3)$") and "a=" not in c


def test_basis_latex_and_tapbasis_repr_latex():
    b = ts.conv_structure(ConvSpec(in_size=3, kernel_size=2))
    assert b._repr_latex_() == basis_latex(b) == (
        r"$\begin{bmatrix}w_{0} & w_{1} & 0\\0 & w_{0} & w_{1}\end{bmatrix}$")
    big = ts.conv_structure(ConvSpec(in_size=(8, 8), kernel_size=3))
    assert basis_latex(big) == (
        r"$\sum_{t=0}^{8} w_{t} M_{t}\quad(36\times 64,\ 324\ \text{nonzeros})$")


def test_reduced():
    big = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32)
    assert reduced(big) == TransposedConvSpec(in_size=(2, 2), kernel_size=7, padding=3)
    # a crop that empties small outputs: the smallest size with an output is taken
    cropping = TransposedConvSpec(in_size=10, kernel_size=3, padding=3)
    assert reduced(cropping).in_size == (5,) and reduced(cropping).out_size == (1,)
    assert reduced(TransposedConvSpec(in_size=(1, 9), kernel_size=2)).in_size == (1, 2)
    assert reduced(ConvSpec(in_size=8, kernel_size=4, stride=2, padding=1)) == \
        TransposedConvSpec(in_size=2, kernel_size=4, stride=2, padding=1)
    with pytest.raises(ValueError, match="size must be a positive integer"):
        reduced(big, 0)
    with pytest.raises(TypeError, match="got int"):
        reduced(3)


def test_an_interop_resolution_is_derived_through_its_spec():
    from tconv_sym.interop import from_spec, resolve_tf

    t = TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1)
    assert latex(from_spec(t)).matrices["CT"] == latex(t).matrices["CT"]
    r = resolve_tf((1, 2, 2, 1), (3, 3, 1, 1), (1, 4, 4, 1), strides=2, padding="SAME")
    assert reduced(r) == reduced(r.spec)
