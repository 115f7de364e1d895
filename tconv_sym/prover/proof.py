"""Proof objects: the verdict of an exact check, with a counterexample when it fails.

A proof is a check *for the sizes given*: both sides are built as exact matrices for those
sizes and compared entry by entry (as polynomials in the symbols). Its repr is a short report.

>>> from tconv_sym import prove
>>> p = prove("transposed_conv_is_inverse", size=3, kernel=2, padding=1)
>>> p.holds, p.as_expected
(False, True)
>>> p.counterexample
entry (0, 0): lhs = q0**2 + q1**2, rhs = 1
>>> print(p.report(timing=False))
transposed_conv_is_inverse (myth): refuted ✗, as expected for a myth
  CᵀC = I   ("deconvolution undoes convolution")
  for size=3, kernel=2, stride=1, padding=1, dilation=1, in_channels=1, out_channels=1, groups=1
  lhs, rhs: 3×3 matrices; engine sympy
  counterexample: entry (0, 0): lhs = q0**2 + q1**2, rhs = 1
  (an exact check for the sizes given, not a proof for all sizes)
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Proof", "Counterexample"]


@dataclass(frozen=True)
class Counterexample:
    """The first differing entry (row-major) and both sides' exact SymPy expressions, or a
    ``note`` when there is no entry to show (the shapes differ) — or, with an entry, how the
    difference was found (a point where both sides were evaluated). ``label`` names the row
    when the identity labels its rows.

    >>> import sympy
    >>> Counterexample(1, 0, sympy.Symbol("q0"), sympy.Integer(0))
    entry (1, 0): lhs = q0, rhs = 0
    """

    row: int | None
    col: int | None
    lhs: object
    rhs: object
    note: str = ""
    label: str = ""

    def __repr__(self) -> str:
        if self.row is None:
            return self.note
        where = f" [{self.label}]" if self.label else ""
        why = f"; {self.note}" if self.note else ""
        return (f"entry ({self.row}, {self.col}){where}: lhs = {_short(self.lhs)}, "
                f"rhs = {_short(self.rhs)}{why}")

    def _repr_latex_(self) -> str:
        import sympy

        if self.row is None:
            return f"$\\text{{{self.note}}}$"
        return (f"$\\text{{entry }}({self.row}, {self.col}):\\ "
                f"{sympy.latex(self.lhs)} \\neq {sympy.latex(self.rhs)}$")


def _short(expr, limit: int = 400) -> str:
    """An expression as text, cut in the middle past ``limit`` characters."""
    text = str(expr)
    if len(text) <= limit:
        return text
    return f"{text[:limit // 2]} … {text[-limit // 4:]} ({len(text):,} characters)"


class Proof:
    """The outcome of :func:`tconv_sym.prove` or :func:`tconv_sym.prove_equal`.

    Attributes: ``holds`` (the two sides are equal for these sizes), ``identity``,
    ``params`` (the parameters the identity uses, normalised), ``engine`` ("sympy" or
    "basis"), ``seconds`` (build + evaluate + compare), ``counterexample`` (None or a
    :class:`Counterexample`), ``variant`` (a deliberately broken version, or None),
    ``shape`` (the sides' matrix shape).

    >>> from tconv_sym import prove
    >>> prove("up_is_down_transpose", size=4, stride=2).holds
    True
    """

    #: True only for proofs that cover every size of a domain (the parametric engine).
    for_all_sizes = False
    #: The sizes a proof for all sizes covers (None for a check at the sizes given).
    domain = None

    def __init__(self, identity, params: dict, engine: str, seconds: float, holds: bool,
                 counterexample: Counterexample | None, variant: str | None = None,
                 shape: tuple | None = None, rhs_shape: tuple | None = None,
                 shown: tuple[str, ...] = ()) -> None:
        self.identity = identity
        self.params = dict(params)
        self.engine = engine
        self.seconds = float(seconds)
        self.holds = bool(holds)
        self.counterexample = counterexample
        self.variant = variant
        self.shape = shape
        self.rhs_shape = rhs_shape
        self._shown = tuple(shown) or tuple(f"{k}={v}" for k, v in self.params.items())

    @property
    def as_expected(self) -> bool:
        """True when a theorem holds, a myth is refuted, or a broken variant is refuted."""
        expected = self.identity.is_theorem and self.variant is None
        return self.holds == expected

    def verdict(self) -> str:
        """``holds ✓`` or ``refuted ✗``, with what was expected."""
        word = "holds ✓" if self.holds else "refuted ✗"
        if self.variant is not None:
            return word + (", as expected for a broken variant" if not self.holds
                           else " although the variant is broken: the check cannot tell!")
        if self.identity.myth:
            return word + (", as expected for a myth" if not self.holds
                           else ": the myth holds for these sizes")
        return word if self.holds else word + ": THE THEOREM FAILS"

    def _sizes(self) -> str:
        return ", ".join(self._shown)

    def report(self, timing: bool = True) -> str:
        """The short report printed as the repr (``timing=False`` leaves out the time)."""
        ident = self.identity
        name = ident.name + (" (myth)" if ident.myth else "")
        if self.variant is not None:
            name += f" [broken variant {self.variant}: {ident.variants[self.variant]}]"
        lines = [f"{name}: {self.verdict()}", f"  {ident.statement}"]
        if self.params:
            lines.append(f"  for {self._sizes()}")
        shape = ""
        if self.shape is not None:
            shape = f"lhs, rhs: {self.shape[0]}×{self.shape[1]} matrices"
            if self.rhs_shape is not None and self.rhs_shape != self.shape:
                shape = (f"lhs {self.shape[0]}×{self.shape[1]}, rhs {self.rhs_shape[0]}×"
                         f"{self.rhs_shape[1]}")
        run = f"engine {self.engine}" + (f", {self.seconds:.3f} s" if timing else "")
        lines.append(f"  {shape}; {run}" if shape else f"  {run}")
        if self.counterexample is not None:
            lines.append(f"  counterexample: {self.counterexample!r}")
        lines.append("  (an exact check for the sizes given, not a proof for all sizes)")
        return "\n".join(lines)

    def line(self, timing: bool = True) -> str:
        """One line: mark, name, verdict, sizes, time (for the command line)."""
        mark = "✓" if self.as_expected else "✗"
        what = "holds" if self.holds else "refuted"
        kind = " (myth)" if self.identity.myth else ""
        var = f" [{self.variant}]" if self.variant else ""
        t = f" {self.seconds:.3f} s" if timing else ""
        cx = f"; counterexample {self.counterexample!r}" if self.counterexample else ""
        return (f"{mark} {self.identity.name}{kind}{var}: {what} ({self._sizes()}; "
                f"{self.engine}{t}){cx}")

    def __repr__(self) -> str:
        return self.report()

    def _repr_latex_(self) -> str:
        import sympy

        ident = self.identity
        mark = r"\checkmark" if self.holds else r"\times"
        name = ident.name.replace("_", r"\_")
        out = (f"$\\text{{{name}}}:\\ {ident.latex}\\quad {mark}\\ "
               f"\\text{{({'holds' if self.holds else 'refuted'}; {self._sizes()})}}")
        cx = self.counterexample
        if cx is not None and cx.row is not None:
            out += (f"\\\\ \\text{{counterexample at }}({cx.row}, {cx.col}):\\ "
                    f"{sympy.latex(cx.lhs)} \\neq {sympy.latex(cx.rhs)}")
        return out + "$"
