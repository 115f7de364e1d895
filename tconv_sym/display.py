"""Display helpers of the core types: LaTeX of matrices, specs and tap bases.

The lowest layer of the package (it imports nothing of it): ``ConvSpec._repr_latex_`` and
``TapBasis._repr_latex_`` call into it, and the report layer's derivation builds on it.

>>> from tconv_sym import TransposedConvSpec
>>> print(formula_text(TransposedConvSpec(in_size=3, kernel_size=2)))
(i-1)s - p_lo - p_hi + d(k-1) + output_padding + 1
"""

from __future__ import annotations

import re

from ._validate import choice, positive_int

__all__ = ["matrix_latex", "formula_text", "spec_latex", "basis_latex", "ENVIRONMENTS"]

#: LaTeX matrix environments :func:`matrix_latex` accepts.
ENVIRONMENTS = ("bmatrix", "pmatrix")


def matrix_latex(matrix, env: str = "bmatrix") -> str:
    """LaTeX of a SymPy matrix in an amsmath ``bmatrix`` / ``pmatrix`` environment: exactly
    ``sympy.latex(matrix, mat_str=env, mat_delim="")``.

    >>> from tconv_sym import downsample_matrix
    >>> matrix_latex(downsample_matrix(4, 2))
    '\\\\begin{bmatrix}1 & 0 & 0 & 0\\\\\\\\0 & 0 & 1 & 0\\\\end{bmatrix}'
    """
    import sympy

    env = choice("env", env, ENVIRONMENTS)
    return sympy.latex(sympy.Matrix(matrix), mat_str=env, mat_delim="")


def formula_text(spec) -> str:
    """The output-size formula of a spec, as written in its ``out_size`` docstring.

    >>> from tconv_sym import ConvSpec, TransposedConvSpec
    >>> formula_text(ConvSpec(in_size=5, kernel_size=3))
    'floor((i + p_lo + p_hi - d(k-1) - 1)/s) + 1'
    >>> formula_text(TransposedConvSpec(in_size=5, kernel_size=3))
    '(i-1)s - p_lo - p_hi + d(k-1) + output_padding + 1'
    """
    if type(spec).__name__ not in ("ConvSpec", "TransposedConvSpec"):
        raise TypeError(
            f"spec must be a ConvSpec or TransposedConvSpec, got {type(spec).__name__}"
        )
    doc = type(spec).out_size.__doc__ or ""
    found = re.search(r"``(.+?)``", doc)
    if found is None:  # pragma: no cover - the spec module documents both formulas
        raise ValueError(f"{type(spec).__name__}.out_size documents no formula")
    return found.group(1)


def _formula_tex(text: str) -> str:
    tex = text.replace("p_lo", r"p_{\mathrm{lo}}").replace("p_hi", r"p_{\mathrm{hi}}")
    tex = tex.replace("output_padding", r"a").replace("floor", r"\operatorname{floor}")
    return tex


def tuple_tex(values) -> str:
    """A size as it is printed: the number for one dim, a tuple otherwise.

    >>> tuple_tex((5,)), tuple_tex((3, 4))
    ('5', '(3, 4)')
    """
    values = tuple(values)
    return str(values[0]) if len(values) == 1 else "(" + ", ".join(map(str, values)) + ")"


def spec_latex(spec) -> str:
    """A spec as LaTeX: its parameters, the output-size formula and the output size (what
    ``_repr_latex_`` of a spec shows in a notebook).

    >>> from tconv_sym import TransposedConvSpec
    >>> print(spec_latex(TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2)))
    $\\mathtt{TransposedConvSpec}:\\ i=(2, 2),\\ k=3,\\ s=2,\\ p=((0, 0), (0, 0)),\\ d=1,\\ a=0 \
\\;\\Rightarrow\\; o = (i-1)s - p_{\\mathrm{lo}} - p_{\\mathrm{hi}} + d(k-1) + a + 1 = (5, 5)$
    """
    text = formula_text(spec)
    pads = spec.padding[0] if spec.ndim == 1 else spec.padding
    parts = [
        f"i={tuple_tex(spec.in_size)}",
        f"k={tuple_tex(_compact(spec.kernel_size))}",
        f"s={tuple_tex(_compact(spec.stride))}",
        f"p={tuple_tex([pads]) if spec.ndim == 1 else str(pads)}",
        f"d={tuple_tex(_compact(spec.dilation))}",
    ]
    if type(spec).__name__ == "TransposedConvSpec":
        parts.append(f"a={tuple_tex(_compact(spec.output_padding))}")
    if spec.in_channels != 1 or spec.out_channels != 1:
        parts.append(f"C_{{\\mathrm{{in}}}}={spec.in_channels},\\ "
                     f"C_{{\\mathrm{{out}}}}={spec.out_channels}")
    if spec.groups != 1:
        parts.append(f"g={spec.groups}")
    return (f"$\\mathtt{{{type(spec).__name__}}}:\\ " + ",\\ ".join(parts)
            + f" \\;\\Rightarrow\\; o = {_formula_tex(text)} = {tuple_tex(spec.out_size)}$")


def _compact(values):
    values = tuple(values)
    return values[:1] if len(set(values)) == 1 else values


def basis_latex(basis, symbol: str = "w", max_side: int = 24) -> str:
    """A :class:`~tconv_sym.TapBasis` as LaTeX: the matrix ``Σ_t w_t M_t`` with the flat
    weight ``w_0 … w_{T-1}`` in its entries when it fits (``max_side``), else the sum with
    its shape and number of nonzeros.

    >>> from tconv_sym import ConvSpec, conv_structure
    >>> print(basis_latex(conv_structure(ConvSpec(in_size=3, kernel_size=2))))
    $\\begin{bmatrix}w_{0} & w_{1} & 0\\\\0 & w_{0} & w_{1}\\end{bmatrix}$
    >>> print(basis_latex(conv_structure(ConvSpec(in_size=30, kernel_size=2))))
    $\\sum_{t=0}^{1} w_{t} M_{t}\\quad(29\\times 30,\\ 58\\ \\text{nonzeros})$
    """
    import sympy

    positive_int("max_side", max_side)
    if max(basis.shape) > max_side:
        return (f"$\\sum_{{t=0}}^{{{basis.n_taps - 1}}} {symbol}_{{t}} M_{{t}}\\quad"
                f"({basis.shape[0]}\\times {basis.shape[1]},\\ {basis.nnz}\\ \\text{{nonzeros}})$")
    m = basis.to_sympy(sympy.symbols(f"{symbol}_0:{basis.n_taps}"))
    return f"${matrix_latex(m)}$"
