"""LaTeX: the matrix-chain derivation ``q*(↑s x) = (↓s (q*)ᵀ)ᵀ x``, for any layer.

:func:`latex` takes a transposed convolution and writes out, with the actual SymPy matrices,
why it is a stride-1 convolution of the zero-inserted input: its convolution is
``C = ↓s C₁`` (a stride-1 convolution, then keep every s-th output), so
``Cᵀ = C₁ᵀ ↓sᵀ = C₁ᵀ ↑s``, and ``C₁ᵀ`` is the matrix of ``q*``. Every equality in it is
checked by SymPy when it is built.

>>> d = latex()                      # the seed example: q = (q0, q1, q2), x of length 2
>>> d
Derivation of q*(↑2 x) = (↓2 (q*)ᵀ)ᵀ x for TransposedConvSpec(in_size=2, kernel_size=3, \
stride=2, padding=1, output_padding=1): 7 steps, every equality checked by SymPy
>>> d.matrices["Q"]                  # the matrix of q*, as in the seed explanation
Matrix([
[q1, q0,  0,  0],
[q2, q1, q0,  0],
[ 0, q2, q1, q0],
[ 0,  0, q2, q1]])
>>> print(d.matrices["D"])
Matrix([[1, 0, 0, 0], [0, 0, 1, 0]])

Also here: :func:`spec_latex` (a spec's sizes as LaTeX, the ``_repr_latex_`` a spec would
use), :func:`basis_latex` (a :class:`~tconv_sym.TapBasis` as the matrix ``Σ_t w_t M_t``),
:func:`matrix_latex` (the one matrix printer) and :func:`reduced` (a small copy of a layer,
for matrices that fit on a page).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .._validate import choice, positive_int
from ..analysis import as_transposed
from ..display import (
    ENVIRONMENTS,
    basis_latex,
    formula_text,
    matrix_latex,
    spec_latex,
    tuple_tex,
)
from ..spec import ConvSpec, TransposedConvSpec

__all__ = [
    "latex",
    "Derivation",
    "Step",
    "matrix_latex",
    "spec_latex",
    "basis_latex",
    "formula_text",
    "reduced",
    "stride_split",
    "MAX_SIDE",
    "ENVIRONMENTS",
]

#: Largest matrix side (rows or columns) :func:`latex` writes out.
MAX_SIDE = 64


def reduced(spec, size: int = 2) -> TransposedConvSpec:
    """A small copy of a transposed convolution for matrices that fit on a page: one
    channel each way, ``in_size`` cut down to ``size`` per dim (or the smallest size with a
    non-empty output), the same kernel, stride, padding, dilation and output_padding.

    >>> reduced(TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding=3, in_channels=32))
    TransposedConvSpec(in_size=(2, 2), kernel_size=7, padding=3)
    >>> reduced(ConvSpec(in_size=(8, 8), kernel_size=4, stride=2, padding=1))
    TransposedConvSpec(in_size=(2, 2), kernel_size=4, stride=2, padding=1)
    """
    size = positive_int("size", size)
    if isinstance(spec, ConvSpec):
        spec = spec.transposed()
    spec = as_transposed(spec)  # an interop Resolution: its .spec
    base = spec.with_(in_channels=1, out_channels=1, groups=1)
    sizes = []
    for dim, full in enumerate(spec.in_size):

        def fits(cand, dim=dim):
            trial = tuple(cand if d == dim else 1 if d > dim else sizes[d]
                          for d in range(spec.ndim))
            try:
                base.with_(in_size=trial)
            except ValueError:
                return False
            return True

        # the output grows with the input size, so the sizes that fit are an interval
        # ending at ``full``: bisect for its start (a scan took minutes at in_size=3·10⁹)
        lo, hi = min(size, full), full
        if fits(lo) or not fits(hi):
            chosen = lo if fits(lo) else full
        else:
            while hi - lo > 1:  # fits(hi) and not fits(lo)
                mid = (lo + hi) // 2
                lo, hi = (lo, mid) if fits(mid) else (mid, hi)
            chosen = hi
        sizes.append(chosen)
    return base.with_(in_size=tuple(sizes) if spec.ndim > 1 else sizes[0])


# --------------------------------------------------------------------------------------
# The derivation
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    """One step of a derivation: a sentence, and an equation in LaTeX (may be empty)."""

    text: str
    math: str = ""


@dataclass(frozen=True, repr=False)
class Derivation:
    """The matrix-chain derivation of one transposed convolution (see :func:`latex`).

    ``matrices``: the SymPy matrices by name — ``C1`` (stride-1 convolution), ``D`` (↓s),
    ``U`` (↑s = Dᵀ), ``C`` (= D·C1), ``Q`` (= C1ᵀ, the matrix of q*), ``QU`` (q*(↑s ·)),
    ``DQT`` (↓s (q*)ᵀ), ``CT`` (the layer's ``conv_transpose_matrix``), ``x`` (the input),
    ``y`` (= CT·x). ``checks``: each equality and whether SymPy confirmed it.
    ``str(d)`` is the LaTeX text; ``d.tex()`` a standalone document.

    >>> d = latex(TransposedConvSpec(in_size=2, kernel_size=2, stride=2))
    >>> d.holds, [name for name, ok in d.checks]
    (True, ['C = ↓s C₁', 'Q ↑s = (↓s Qᵀ)ᵀ', 'Q ↑s = Cᵀ (conv_transpose_matrix)'])
    >>> d.matrices["CT"]
    Matrix([
    [q0,  0],
    [q1,  0],
    [ 0, q0],
    [ 0, q1]])
    """

    spec: TransposedConvSpec
    steps: tuple[Step, ...]
    matrices: dict = field(default_factory=dict)
    checks: tuple[tuple[str, bool], ...] = ()
    env: str = "bmatrix"

    @property
    def holds(self) -> bool:
        """True when SymPy confirmed every equality of the chain."""
        return all(ok for _, ok in self.checks)

    @property
    def statement(self) -> str:
        s = _stride_text(self.spec.stride)
        return f"q*(↑{s} x) = (↓{s} (q*)ᵀ)ᵀ x"

    def __repr__(self) -> str:
        verdict = ("every equality checked by SymPy" if self.holds else
                   "FAILED: " + ", ".join(n for n, ok in self.checks if not ok))
        return (f"Derivation of {self.statement} for {self.spec!r}: {len(self.steps)} steps, "
                f"{verdict}")

    def __str__(self) -> str:
        parts = []
        for step in self.steps:
            parts.append(step.text)
            if step.math:
                parts.append("\\[\n" + step.math + "\n\\]")
        return "\n\n".join(parts) + "\n"

    def markdown(self) -> str:
        """The derivation as Markdown: sentences and ``$$ … $$`` display math."""
        parts = []
        for step in self.steps:
            parts.append(tex_to_markdown(step.text))
            if step.math:
                parts.append("$$\n" + step.math + "\n$$")
        return "\n\n".join(parts) + "\n"

    def _repr_latex_(self) -> str:
        return self.markdown()

    def tex(self) -> str:
        r"""A standalone LaTeX document (``article`` + ``amsmath`` + ``graphicx``) that
        compiles with pdflatex. Every display equation goes through ``\fitmath``, which
        scales it down to the text width when it is wider (the matrices of a 2-D layer
        are) and leaves it as it is otherwise; ``str(d)`` keeps plain ``\[ … \]``.

        >>> latex().tex().splitlines()[0]
        '\\documentclass{article}'
        """
        parts = []
        for step in self.steps:
            parts.append(step.text)
            if step.math:
                parts.append("\\begin{center}\n\\fitmath{" + step.math + "}\n\\end{center}")
        return (
            "\\documentclass{article}\n\\usepackage{amsmath,amssymb,graphicx}\n"
            f"\\setcounter{{MaxMatrixCols}}{{{MAX_SIDE}}}\n"
            "\\newsavebox{\\fitbox}\n"
            "% display math, scaled down to the text width only when it is wider\n"
            "\\newcommand{\\fitmath}[1]{\\sbox{\\fitbox}{$\\displaystyle #1$}%\n"
            "  \\ifdim\\wd\\fitbox>\\linewidth\\resizebox{\\linewidth}{!}{\\usebox{\\fitbox}}%\n"
            "  \\else\\usebox{\\fitbox}\\fi}\n"
            "\\begin{document}\n\n" + "\n\n".join(parts) + "\n\n\\end{document}\n"
        )


def stride_split(spec, backend: str = "sympy"):
    """``(C₁ spec, D)`` with ``C = D · C₁``: the convolution of a transposed convolution is
    the stride-1 convolution ``C₁`` followed by ``D = ↓s`` (keep the outputs at multiples of
    the stride; when ``output_padding`` reaches past the stride, only the first ``in_size`` of
    them). ``Dᵀ = ↑s`` is the zero insertion of the transposed convolution: zeros only
    *between* samples (and as many at the end as the stride-1 output needs), so for input 3
    and stride 2 it is 5×3 here, while ``ts.upsample_matrix(3, 2)`` — zeros after *every*
    sample — is 6×3. Use ``D.T`` (or ``downsample_matrix((n-1)*s + 1, s).T``) when you
    rebuild this chain by hand; ``upsample_matrix(3, 2)`` there raises a ``ShapeError``.

    >>> c1, d = stride_split(TransposedConvSpec(in_size=2, kernel_size=3, stride=2))
    >>> c1
    ConvSpec(in_size=5, kernel_size=3)
    >>> d
    Matrix([
    [1, 0, 0],
    [0, 0, 1]])
    >>> from tconv_sym import upsample_matrix
    >>> d3 = stride_split(TransposedConvSpec(in_size=3, kernel_size=1, stride=2))[1]
    >>> d3.T.shape, upsample_matrix(3, 2).shape
    ((5, 3), (6, 3))
    """
    from ..operators import crop_matrix, downsample_matrix

    spec = _as_spec(spec)
    conv1 = spec.conv.with_(stride=1)
    ch = spec.in_channels
    d = downsample_matrix(conv1.out_size, spec.stride, channels=ch, backend=backend)
    kept = tuple(downsample_matrix(o, s, backend="scipy").shape[0]
                 for o, s in zip(conv1.out_size, spec.stride))
    if kept != spec.in_size:  # output_padding >= stride: the first in_size outputs only
        crop = tuple((0, k - m) for k, m in zip(kept, spec.in_size))
        d = crop_matrix(kept, crop, channels=ch, backend=backend) @ d
    return conv1, d


def tex_to_markdown(text: str) -> str:
    r"""LaTeX prose as Markdown (``\texttt{x\_y}`` becomes ```x_y```).

    >>> tex_to_markdown(r"the kernel \texttt{w\_0}")
    'the kernel `w_0`'
    """
    return re.sub(r"\\texttt\{(.*?)\}", lambda m: "`" + m.group(1).replace("\\_", "_") + "`",
                  text)


def _stride_text(stride) -> str:
    stride = tuple(stride)
    return str(stride[0]) if len(set(stride)) == 1 and len(stride) == 1 else \
        "×".join(map(str, stride))


def _stride_tex(stride) -> str:
    stride = tuple(stride)
    return str(stride[0]) if len(stride) == 1 else r"\times ".join(map(str, stride))


def _texttt(text: str) -> str:
    return "\\texttt{" + text.replace("_", "\\_") + "}"


def _as_spec(spec) -> TransposedConvSpec:
    if spec is None:
        return TransposedConvSpec(in_size=2, kernel_size=3, stride=2, padding=1,
                                  output_padding=1)
    return as_transposed(spec)  # a TransposedConvSpec, or an interop Resolution's .spec


def _kernel(spec: TransposedConvSpec, kernel):
    from ..symbols import kernel_symbols

    if isinstance(kernel, str):
        shape = spec.kernel_size if spec.weight_shape[:2] == (1, 1) else spec.weight_shape
        return kernel_symbols(kernel, shape if len(shape) > 1 else shape[0])
    return kernel


def latex(spec=None, *, kernel="q", x="x", env: str = "bmatrix") -> Derivation:
    """The matrix-chain derivation ``q*(↑s x) = (↓s (q*)ᵀ)ᵀ x`` of a transposed convolution
    (default: the seed example, ``q = (q0, q1, q2)``, stride 2, output length 4), written
    out with its actual SymPy matrices as LaTeX, every equality checked by SymPy.

    ``spec`` is any :class:`~tconv_sym.TransposedConvSpec` whose matrices have at most
    :data:`MAX_SIDE` rows and columns (use :func:`reduced` for a big layer); ``kernel`` a
    symbol name or a weight array; ``x`` the input's symbol name; ``env`` ``"bmatrix"`` or
    ``"pmatrix"``. ``str(result)`` is LaTeX, ``result.markdown()`` Markdown with ``$$``
    math, ``result.tex()`` a standalone document.

    >>> d = latex(TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1))
    >>> d.holds, d.matrices["CT"].shape
    (True, (6, 3))
    >>> "\\\\begin{bmatrix}" in str(d)
    True
    >>> latex(TransposedConvSpec(in_size=40, kernel_size=3, stride=2))
    Traceback (most recent call last):
        ...
    ValueError: latex writes matrices up to 64 rows/columns; TransposedConvSpec(in_size=40, \
kernel_size=3, stride=2) needs 81; pass ts.reduced(spec) for a small copy of the layer
    """
    import sympy

    from ..operators import conv_matrix, conv_transpose_matrix, downsample_matrix
    from ..symbols import as_column, input_symbols

    spec = _as_spec(spec)
    env = choice("env", env, ENVIRONMENTS)
    conv = spec.conv
    conv1 = conv.with_(stride=1)  # the C₁ of stride_split, from sizes alone: check first
    side = max(conv.in_features, conv1.out_features, spec.in_features)
    if side > MAX_SIDE:
        raise ValueError(
            f"latex writes matrices up to {MAX_SIDE} rows/columns; {spec!r} needs {side}; "
            "pass ts.reduced(spec) for a small copy of the layer"
        )
    q = _kernel(spec, kernel)
    s_txt, s_tex = _stride_text(spec.stride), _stride_tex(spec.stride)
    down_tex, up_tex = f"{{\\downarrow_{{{s_tex}}}}}", f"{{\\uparrow_{{{s_tex}}}}}"

    c1 = sympy.Matrix(conv_matrix(conv1, q))
    d = sympy.Matrix(stride_split(spec)[1])
    c = d * c1
    u = d.T
    qm = c1.T
    ct = sympy.Matrix(conv_transpose_matrix(spec, q))
    xs = as_column(input_symbols(x, spec.in_shape if spec.in_channels > 1 else
                                 (spec.in_size if spec.ndim > 1 else spec.in_size[0])))
    qu = qm * u
    dqt = d * qm.T
    y = (ct * xs).expand()
    checks = (
        ("C = ↓s C₁", c == ct.T),
        ("Q ↑s = (↓s Qᵀ)ᵀ", (qu - dqt.T).expand() == sympy.zeros(*qu.shape)),
        ("Q ↑s = Cᵀ (conv_transpose_matrix)", (qu - ct).expand() == sympy.zeros(*ct.shape)),
    )

    def m(mat):
        return matrix_latex(mat, env)

    t1 = conv1.transposed()
    keep = (f" (the first {tuple_tex(spec.in_size)} of them: output_padding "
            f"{tuple_tex(spec.output_padding)} reaches past the stride)"
            if d.shape[0] < c1.shape[0] and d.shape[0] != sympy.Matrix(
                downsample_matrix(conv1.out_size, spec.stride, channels=spec.in_channels)
            ).shape[0] else "")
    lines = [
        Step(
            f"The transposed convolution {_texttt(repr(spec))} maps an input of size "
            f"{tuple_tex(spec.in_size)} to an output of size {tuple_tex(spec.out_size)}. "
            f"Its matrix is, by definition, the transpose of the matrix $C$ of its convolution "
            f"{_texttt(repr(conv))}.",
            ""),
        Step(
            (f"A stride-{s_txt} convolution is a stride-1 convolution $C_1$ "
             f"({_texttt(repr(conv1))}) followed by ${down_tex}$, which keeps the outputs at "
             f"multiples of the stride{keep}:") if any(v > 1 for v in spec.stride) or keep else
            (f"With stride 1 the convolution is its own stride-1 part $C_1$ "
             f"({_texttt(repr(conv1))}), and ${down_tex}$ is the identity:"),
            f"C = {down_tex} C_1 = {m(d)} {m(c1)} = {m(c)}"),
        Step(
            f"Transposing, and because ${up_tex} = {down_tex}^{{\\mathsf T}}$ is zero "
            "insertion:",
            f"C^{{\\mathsf T}} = C_1^{{\\mathsf T}} {down_tex}^{{\\mathsf T}} = "
            f"C_1^{{\\mathsf T}} {up_tex}, \\qquad {up_tex} = {m(u)}"),
        Step(
            f"$C_1^{{\\mathsf T}}$ is the matrix of $q\\ast$, a stride-1 convolution "
            f"({_texttt(repr(t1))}: an ordinary convolution with the kernel reversed):",
            f"q\\ast = C_1^{{\\mathsf T}} = {m(qm)}"),
        Step(
            f"Applied to the zero-inserted input ${up_tex} x$:",
            f"q\\ast({up_tex} x) = {m(qm)} {m(u * xs)} = {m((qm * (u * xs)).expand())}"),
        Step(
            f"The same matrix read the other way round: ${down_tex} (q\\ast)^{{\\mathsf T}}$ "
            f"is the stride-{s_txt} convolution, and its transpose the transposed convolution:",
            f"\\left({down_tex} (q\\ast)^{{\\mathsf T}}\\right)^{{\\mathsf T}} = {m(dqt)}"
            f"^{{\\mathsf T}} = {m(dqt.T)}"),
        Step(
            f"Hence $q\\ast({up_tex} x) = \\left({down_tex} (q\\ast)^{{\\mathsf T}}\\right)"
            f"^{{\\mathsf T}} x = C^{{\\mathsf T}} x$, the output of the layer "
            f"({'checked by SymPy' if all(ok for _, ok in checks) else 'CHECK FAILED'}):",
            f"C^{{\\mathsf T}} x = {m(ct)} {m(xs)} = {m(y)}"),
    ]
    mats = {"C1": c1, "D": d, "U": u, "C": c, "Q": qm, "QU": qu, "DQT": dqt, "CT": ct,
            "x": xs, "y": y}
    return Derivation(spec=spec, steps=tuple(lines), matrices=mats, checks=checks, env=env)
