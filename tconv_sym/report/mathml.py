"""LaTeX → MathML for the HTML report: browsers typeset MathML natively, so the report needs
no remote script (MathJax) and reads the same offline.

It translates the LaTeX this package writes — SymPy's matrix printer (``bmatrix`` /
``pmatrix``, subscripts, powers, ``\\frac``, ``\\overline``) and the derivation's words
(``\\downarrow_{2}``, ``\\mathsf T``, ``\\left( … \\right)``, ``\\text``, spacing) — not
arbitrary LaTeX. A command it does not know is shown as its name in an ``<mtext>``
(never as raw ``\\command`` text), and :data:`UNKNOWN` collects such names for tests.

>>> print(tex_to_mathml(r"C = \\begin{bmatrix}q_{0} & 0\\\\q_{1} & q_{0}\\end{bmatrix}"))
<math display="block"><mi>C</mi><mo>=</mo><mtable
class="bmatrix"><mtr><mtd><msub><mi>q</mi><mn>0</mn></msub></mtd><mtd><mn>0</mn></mtd></mtr><mtr><mtd>\
<msub><mi>q</mi><mn>1</mn></msub></mtd><mtd><msub><mi>q</mi><mn>0</mn></msub></mtd></mtr>\
</mtable></math>
>>> print(tex_to_mathml(r"x^{2}", display=False))
<math><msup><mi>x</mi><mn>2</mn></msup></math>
"""

from __future__ import annotations

import html
import re

__all__ = ["tex_to_mathml", "width_em", "UNKNOWN", "SYMBOLS", "STYLE"]

_LINE = "linear-gradient(currentColor,currentColor)"

#: CSS that draws the matrix delimiters around ``<mtable class="bmatrix|pmatrix|…">``.
STYLE = (
    "mtable.bmatrix,mtable.pmatrix,mtable.vmatrix,mtable.Bmatrix{border-left:1.5px solid;"
    "border-right:1.5px solid;padding:0 .25em;margin:0 .15em}"
    f"mtable.bmatrix{{background:{_LINE} left top/.35em 1.5px no-repeat,"
    f"{_LINE} left bottom/.35em 1.5px no-repeat,{_LINE} right top/.35em 1.5px no-repeat,"
    f"{_LINE} right bottom/.35em 1.5px no-repeat}}"
    "mtable.pmatrix{border-radius:.7em/50%;border-top:0;border-bottom:0}"
    "mi.arrow{font-size:1.45em;line-height:1}"
)

#: Arrows that are operators of their own (↑s, ↓s): drawn as identifiers of class "arrow",
#: which STYLE sets at the size of a capital letter (math fonts draw them small).
ARROWS = ("uparrow", "downarrow")

#: Commands that stand for one symbol: name -> (MathML element, text).
SYMBOLS = {
    "downarrow": ("mi", "↓"), "uparrow": ("mi", "↑"), "ast": ("mo", "∗"), "cdot": ("mo", "⋅"),
    "times": ("mo", "×"), "Rightarrow": ("mo", "⇒"), "rightarrow": ("mo", "→"),
    "to": ("mo", "→"), "leftarrow": ("mo", "←"), "mapsto": ("mo", "↦"), "sum": ("mo", "∑"),
    "prod": ("mo", "∏"), "partial": ("mo", "∂"), "mid": ("mo", "∣"), "neq": ("mo", "≠"),
    "ne": ("mo", "≠"), "leq": ("mo", "≤"), "le": ("mo", "≤"), "geq": ("mo", "≥"),
    "ge": ("mo", "≥"), "langle": ("mo", "⟨"), "rangle": ("mo", "⟩"), "ldots": ("mo", "…"),
    "cdots": ("mo", "⋯"), "dots": ("mo", "…"), "vdots": ("mo", "⋮"), "ddots": ("mo", "⋱"),
    "star": ("mo", "⋆"), "circ": ("mo", "∘"), "otimes": ("mo", "⊗"), "oplus": ("mo", "⊕"),
    "lfloor": ("mo", "⌊"), "rfloor": ("mo", "⌋"), "lceil": ("mo", "⌈"), "rceil": ("mo", "⌉"),
    "equiv": ("mo", "≡"), "approx": ("mo", "≈"), "in": ("mo", "∈"), "pm": ("mo", "±"),
    "infty": ("mi", "∞"), "ell": ("mi", "ℓ"), "emptyset": ("mi", "∅"),
    "{": ("mo", "{"), "}": ("mo", "}"), "|": ("mo", "‖"), "%": ("mo", "%"), "_": ("mi", "_"),
    "alpha": ("mi", "α"), "beta": ("mi", "β"), "gamma": ("mi", "γ"), "delta": ("mi", "δ"),
    "epsilon": ("mi", "ε"), "theta": ("mi", "θ"), "lambda": ("mi", "λ"), "mu": ("mi", "μ"),
    "pi": ("mi", "π"), "sigma": ("mi", "σ"), "tau": ("mi", "τ"), "phi": ("mi", "φ"),
    "omega": ("mi", "ω"), "Sigma": ("mi", "Σ"), "Delta": ("mi", "Δ"),
}

#: Spacing commands -> width.
SPACES = {",": "0.17em", ":": "0.22em", ";": "0.28em", " ": "0.33em", "!": "0em",
          "quad": "1em", "qquad": "2em"}

#: Font commands taking one argument -> how the argument is shown.
_TEXT = {"text": "normal", "textrm": "normal", "mathrm": "normal", "operatorname": "normal",
         "mathtt": "monospace", "texttt": "monospace", "mathsf": "sans-serif",
         "mathbf": "bold", "boldsymbol": "bold", "textbf": "bold", "mathit": "italic",
         "mathbb": "double-struck", "mathcal": "script"}

#: Delimiter-size commands that are simply dropped (the delimiter after them stays).
_SIZES = {"left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr"}

_ENV_FENCES = {"bmatrix": ("[", "]"), "pmatrix": ("(", ")"), "matrix": ("", ""),
               "vmatrix": ("|", "|"), "Bmatrix": ("{", "}"), "array": ("", "")}

#: Command names met that have no translation (shown as text); for tests and debugging.
UNKNOWN: set[str] = set()

_TOKEN = re.compile(r"\\([A-Za-z]+)|\\(.)|(\d+(?:\.\d+)?)|(\s+)|(.)", re.S)


def _tokens(tex: str) -> list[tuple[str, str]]:
    out = []
    for m in _TOKEN.finditer(tex):
        if m.group(1):
            out.append(("cmd", m.group(1)))
        elif m.group(2) is not None:
            out.append(("cmd", m.group(2)))
        elif m.group(3):
            out.append(("num", m.group(3)))
        elif m.group(4):
            continue
        else:
            out.append(("chr", m.group(5)))
    return out


class _Parser:
    def __init__(self, tex: str):
        self.toks = _tokens(tex)
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)

    def take(self):
        tok = self.peek()
        self.i += 1
        return tok

    # a sequence of atoms up to a closing brace, an environment end, & or \\
    def seq(self, stop=("}",)) -> list[str]:
        nodes = []
        while self.i < len(self.toks):
            kind, val = self.peek()
            if kind == "chr" and val in stop:
                break
            if kind == "cmd" and val in ("\\", "end") and ("\\" in stop or val == "end"):
                break
            if kind == "chr" and val == "&" and "&" in stop:
                break
            atom = self.atom()
            if atom is None:
                continue
            nodes.append(self.scripts(atom))
        return nodes

    def group(self) -> str:
        """A braced group or a single atom (the argument of a command or script)."""
        kind, val = self.peek()
        if kind == "chr" and val == "{":
            self.take()
            nodes = self.seq(("}",))
            self.take()  # }
            return nodes[0] if len(nodes) == 1 else "<mrow>" + "".join(nodes) + "</mrow>"
        atom = self.atom()
        return atom if atom is not None else "<mrow></mrow>"

    def raw_group(self) -> str:
        """The text of a braced argument, unparsed (for \\text and \\begin)."""
        kind, val = self.peek()
        if not (kind == "chr" and val == "{"):
            self.take()
            return val or ""
        self.take()
        depth, parts = 1, []
        while self.i < len(self.toks):
            kind, val = self.take()
            if kind == "chr" and val == "{":
                depth += 1
            elif kind == "chr" and val == "}":
                depth -= 1
                if depth == 0:
                    break
            parts.append(("\\" + val if len(val) > 1 or not val.isalnum() else "\\" + val)
                         if kind == "cmd" else val)
        return "".join(parts)

    def scripts(self, base: str) -> str:
        sub = sup = None
        while True:
            kind, val = self.peek()
            if kind == "chr" and val == "_" and sub is None:
                self.take()
                sub = self.group()
            elif kind == "chr" and val == "^" and sup is None:
                self.take()
                sup = self.group()
            elif kind == "chr" and val == "'" and sup is None:
                self.take()
                sup = "<mo>′</mo>"
            else:
                break
        if sub is None and sup is not None and _single(base, "msub"):
            # {↓_{2}}^{T}: one msubsup, the T right above the subscript (not after it)
            return "<msubsup>" + base[len("<msub>"):-len("</msub>")] + sup + "</msubsup>"
        if sub is not None and sup is not None:
            return f"<msubsup>{base}{sub}{sup}</msubsup>"
        if sub is not None:
            return f"<msub>{base}{sub}</msub>"
        if sup is not None:
            return f"<msup>{base}{sup}</msup>"
        return base

    def atom(self) -> str | None:
        kind, val = self.take()
        if kind == "num":
            return f"<mn>{val}</mn>"
        if kind == "chr":
            if val == "{":
                self.i -= 1
                return self.group()
            if val.isalpha():
                return f"<mi>{html.escape(val)}</mi>"
            if val == "}":
                return None
            return f"<mo>{html.escape('−' if val == '-' else val)}</mo>"
        # a command
        if val in SPACES:
            return f'<mspace width="{SPACES[val]}"></mspace>'
        if val in SYMBOLS:
            tag, text = SYMBOLS[val]
            if val in ARROWS:  # an operator symbol with scripts: full size, not stretched
                return f'<mi class="arrow">{html.escape(text)}</mi>'
            return f"<{tag}>{html.escape(text)}</{tag}>"
        if val in _SIZES:
            kind2, delim = self.peek()
            if kind2 is not None:
                self.take()
                text = {"{": "{", "}": "}", "|": "‖", ".": ""}.get(delim, delim) \
                    if kind2 == "cmd" else delim
                if kind2 == "cmd" and delim in SYMBOLS:
                    text = SYMBOLS[delim][1]
                return f"<mo>{html.escape(text)}</mo>" if text else None
            return None
        if val in _TEXT:
            variant = _TEXT[val]
            if val in ("text", "textrm", "texttt", "textbf", "operatorname", "mathrm",
                       "mathtt"):
                text = re.sub(r"\\(.)", r"\1", self.raw_group())
                style = "" if variant == "normal" else f' mathvariant="{variant}"'
                tag = "mi" if val in ("operatorname", "mathrm") else "mtext"
                return f"<{tag}{style}>{html.escape(text)}</{tag}>"
            inner = self.group()
            return re.sub(r"^<(mi|mn|mo)>", rf'<\1 mathvariant="{variant}">', inner) \
                if re.match(r"^<(mi|mn|mo)>[^<]*</\1>$", inner) else \
                f'<mstyle mathvariant="{variant}">{inner}</mstyle>'
        if val == "frac":
            num = self.group()
            den = self.group()
            return f"<mfrac>{num}{den}</mfrac>"
        if val == "sqrt":
            return f"<msqrt>{self.group()}</msqrt>"
        if val in ("overline", "bar"):
            return f'<mover accent="true">{self.group()}<mo>¯</mo></mover>'
        if val in ("hat", "widehat"):
            return f'<mover accent="true">{self.group()}<mo>^</mo></mover>'
        if val == "begin":
            return self.environment(self.raw_group())
        if val in ("displaystyle", "textstyle", "limits", "nolimits", "notag"):
            return None
        UNKNOWN.add(val)
        return f"<mtext>{html.escape(val)}</mtext>"

    def environment(self, name: str) -> str:
        if name == "array":  # column spec
            self.raw_group()
        rows, row = [], []
        while self.i < len(self.toks):
            cell = self.seq(("&", "\\"))
            row.append("<mtd>" + "".join(cell) + "</mtd>")
            kind, val = self.take()
            if kind == "chr" and val == "&":
                continue
            rows.append(row)
            row = []
            if kind == "cmd" and val == "end":
                self.raw_group()
                break
        rows = [r for r in rows if r != ["<mtd></mtd>"]]
        if name not in _ENV_FENCES:
            UNKNOWN.add(f"begin{{{name}}}")
        # the brackets are drawn by the table's CSS class (see STYLE): a stretchy <mo> is not
        # stretched by every browser's MathML
        return (f'<mtable class="{name}">'
                + "".join("<mtr>" + "".join(r) + "</mtr>" for r in rows) + "</mtable>")


def _single(node: str, tag: str) -> bool:
    """Is ``node`` one ``<tag>…</tag>`` element (not two siblings)?

    >>> _single("<msub><mi>a</mi><mn>1</mn></msub>", "msub")
    True
    >>> _single("<msub><mi>a</mi><mn>1</mn></msub><msub><mi>b</mi><mn>2</mn></msub>", "msub")
    False
    """
    if not (node.startswith(f"<{tag}>") and node.endswith(f"</{tag}>")):
        return False
    depth = 0
    for m in re.finditer(rf"<(/?){tag}>", node):
        depth += -1 if m.group(1) else 1
        if depth == 0 and m.end() != len(node):
            return False
    return True


def tex_to_mathml(tex: str, display: bool = True) -> str:
    """MathML for a LaTeX formula (the subset described in the module docstring):
    ``<math display="block">`` for display math, ``<math>`` inline.

    >>> print(tex_to_mathml(r"\\frac{1}{4} q_{0} \\ne \\overline{q_{1}}", display=False))
    <math><mfrac><mn>1</mn><mn>4</mn></mfrac><msub><mi>q</mi><mn>0</mn></msub><mo>≠</mo>\
<mover accent="true"><msub><mi>q</mi><mn>1</mn></msub><mo>¯</mo></mover></math>
    """
    if not isinstance(tex, str):
        raise TypeError(f"tex must be a str, got {type(tex).__name__}")
    body = "".join(_Parser(tex).seq(stop=()))
    open_tag = '<math display="block">' if display else "<math>"
    return f"{open_tag}{body}</math>"


#: Widths in em used by :func:`width_em` (an estimate: glyphs of a serif math font).
_GLYPH, _OPERATOR_SPACE, _CELL_PAD, _SCRIPT = 0.6, 0.5, 0.8, 0.7


def width_em(mathml: str) -> float:
    """An estimate of the typeset width of a MathML formula, in em of its font size: what
    the HTML report uses to scale wide formulas to the page (no script measures it there).

    >>> width_em(tex_to_mathml("x = y")) < width_em(tex_to_mathml(r"x = y + z + w"))
    True
    >>> round(width_em(tex_to_mathml(r"\\begin{bmatrix}1 & 2\\\\3 & 4\\end{bmatrix}")), 1)
    4.0
    """
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(mathml)
    except ET.ParseError:  # not our MathML: a rough guess from the text
        return _GLYPH * len(re.sub(r"<[^>]+>", "", mathml))
    return _width(root, 1.0)


def _width(e, scale: float) -> float:
    tag = e.tag.rsplit("}", 1)[-1]
    kids = list(e)
    if tag in ("mi", "mn", "mtext"):
        return scale * _GLYPH * len(e.text or "")
    if tag == "mo":
        return scale * (_GLYPH * len(e.text or "") + _OPERATOR_SPACE)
    if tag == "mspace":
        return scale * float((e.get("width") or "0em").removesuffix("em") or 0)
    if tag in ("msub", "msup"):
        return _width(kids[0], scale) + _width(kids[1], scale * _SCRIPT)
    if tag == "msubsup":
        return _width(kids[0], scale) + max(_width(k, scale * _SCRIPT) for k in kids[1:])
    if tag in ("mfrac", "munder", "mover", "munderover"):
        return max(_width(k, scale) for k in kids)
    if tag == "mtable":
        columns: list[float] = []
        for row in kids:
            for j, cell in enumerate(row):
                w = _width(cell, scale) + scale * _CELL_PAD
                columns.extend([0.0] * (j + 1 - len(columns)))
                columns[j] = max(columns[j], w)
        return sum(columns) + scale * 2 * _GLYPH
    return sum(_width(k, scale) for k in kids)
