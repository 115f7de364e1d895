"""``tconv-sym explain``: a self-contained report folder (Markdown + PNGs, optionally HTML) for
one layer — its sizes and the arithmetic behind them, its matrices at a reduced size in LaTeX,
the identities proved for it, the framework-equivalent parameters, the checkerboard verdict and
the plan of a generated kernel.

>>> import tempfile, os
>>> from tconv_sym import TransposedConvSpec
>>> with tempfile.TemporaryDirectory() as d:
...     out = explain(TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2),
...                   os.path.join(d, "layer"), prove=False)
...     sorted(out.files)
['derivation.tex', 'overlap.png', 'polyphase.png', 'report.md', 'scatter.png', 'sparsity.png']

Writing is safe: the folder must be new, empty, or one that tconv-sym wrote before (it
holds the marker file ``.tconv-sym-explain`` listing the files tconv-sym wrote); only files
listed there are ever replaced, each atomically; files listed there that a new run does not
write (say ``report.html`` after a run without ``html=True``) are removed, so nothing stale
contradicts the new report. Files the marker does not list are never touched.

Parts that need another layer degrade with a line saying so: the identities need the prover
(:mod:`tconv_sym.prover`), the framework parameters :mod:`tconv_sym.interop`, the kernel plan
:mod:`tconv_sym.codegen`; the pictures need matplotlib (the ``plot`` extra).
"""

from __future__ import annotations

import html
import math
import os
import re
import time
from dataclasses import dataclass, field

from .._write import check_claim, write_claimed
from ..progress import reporter
from ..spec import ConvSpec, TransposedConvSpec
from .mathml import STYLE as MATH_STYLE
from .mathml import tex_to_mathml

__all__ = ["explain", "ExplainReport", "MARKER", "LAYER_IDENTITIES", "FRAMEWORKS"]

#: Marker file of a folder written by :func:`explain` (JSON: tool, spec, files).
MARKER = ".tconv-sym-explain"

#: Identities proved for the layer, and which input size they take: ``"x"`` the transposed
#: convolution's input (``spec.in_size``), ``"conv"`` the forward convolution's input.
LAYER_IDENTITIES = (
    ("transposed_conv_is_conv_of_upsampled", "x"),
    ("transposed_conv_is_scatter", "x"),
    ("transposed_conv_is_direct_conv", "x"),
    ("polyphase_decomposition", "x"),
    ("transposed_conv_is_input_gradient", "x"),
    ("transposed_conv_gradient_is_conv", "x"),
    ("checkerboard_free_iff_divisible", "x"),
    ("strided_conv_is_downsampled_conv", "conv"),
    ("adjoint_inner_product", "conv"),
    ("transposed_conv_is_inverse", "conv"),
)

#: Frameworks whose equivalent parameters the report lists (via ``interop.convert``).
FRAMEWORKS = ("pytorch", "tensorflow", "keras", "onnx", "jax")


# --------------------------------------------------------------------------------------
# A tiny document model, rendered to Markdown and to HTML
# --------------------------------------------------------------------------------------
@dataclass
class _Doc:
    blocks: list = field(default_factory=list)

    def h(self, level: int, text: str):
        self.blocks.append(("h", level, text))

    def p(self, text: str):
        self.blocks.append(("p", text))

    def code(self, text: str):
        self.blocks.append(("code", text))

    def math(self, tex: str):
        self.blocks.append(("math", tex))

    def ul(self, items):
        self.blocks.append(("ul", [str(i) for i in items]))

    def img(self, name: str, alt: str):
        self.blocks.append(("img", name, alt))

    def table(self, header, rows):
        self.blocks.append(("table", list(header), [list(map(str, r)) for r in rows]))

    def markdown(self) -> str:
        out = []
        for b in self.blocks:
            kind = b[0]
            if kind == "h":
                out.append("#" * b[1] + " " + b[2])
            elif kind == "p":
                out.append(b[1])
            elif kind == "code":
                out.append("```text\n" + b[1].rstrip("\n") + "\n```")
            elif kind == "math":
                out.append("$$\n" + b[1] + "\n$$")
            elif kind == "ul":
                out.append("\n".join(f"- {item}" for item in b[1]))
            elif kind == "img":
                out.append(f"![{b[2]}]({b[1]})")
            elif kind == "table":
                header, rows = b[1], b[2]
                lines = ["| " + " | ".join(header) + " |",
                         "| " + " | ".join("---" for _ in header) + " |"]
                lines += ["| " + " | ".join(r) + " |" for r in rows]
                out.append("\n".join(lines))
        return "\n\n".join(out) + "\n"

    def html(self, title: str, files: dict | None = None) -> str:
        """The page as one self-contained HTML file: the pictures (and the other files of
        ``files`` it links to) embedded as ``data:`` URIs, math as MathML scaled to the page
        width, code and tables wrapped, no script and nothing remote."""
        files = files or {}
        body = []
        for b in self.blocks:
            kind = b[0]
            if kind == "h":
                body.append(f"<h{b[1]}>{_inline_html(b[2], files)}</h{b[1]}>")
            elif kind == "p":
                body.append(f"<p>{_inline_html(b[1], files)}</p>")
            elif kind == "code":
                body.append(f"<pre>{html.escape(b[1])}</pre>")
            elif kind == "math":
                body.append(_fitted_math(b[1]))
            elif kind == "ul":
                items = "".join(f"<li>{_inline_html(i, files)}</li>" for i in b[1])
                body.append(f"<ul>{items}</ul>")
            elif kind == "img":
                src = _data_uri(b[1], files[b[1]]) if b[1] in files else html.escape(b[1])
                body.append(f'<p><img src="{src}" alt="{html.escape(b[2])}"></p>')
            elif kind == "table":
                head = "".join(f"<th>{_inline_html(c, files)}</th>" for c in b[1])
                rows = "".join("<tr>" + "".join(f"<td>{_inline_html(c, files)}</td>" for c in r)
                               + "</tr>" for r in b[2])
                body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        return (
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
            f"<title>{html.escape(title)}</title>\n<style>{PAGE_STYLE}{MATH_STYLE}</style>\n"
            "<!-- self-contained: pictures as data: URIs, math as MathML (typeset by the "
            "browser), no script, nothing remote -->\n"
            "</head><body>\n" + "\n".join(body) + "\n</body></html>\n"
        )


#: The page's CSS: a readable column; code, tables and inline code wrap instead of scrolling.
PAGE_STYLE = (
    "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
    "pre{background:#f4f4f4;padding:.6em;white-space:pre-wrap;overflow-wrap:anywhere}"
    "code{overflow-wrap:anywhere}"
    "table{border-collapse:collapse;max-width:100%}"
    "td,th{border:1px solid #ccc;padding:.2em .5em;overflow-wrap:anywhere}"
    ".math{padding:.3em 0;max-width:100%}math{font-size:1.05em}"
    "img{max-width:100%;height:auto}"
)

#: Width of the page's text column for display math, in em (body 60em less its padding).
MATH_WIDTH_EM = 56.0
#: The smallest a formula is scaled to; a wider one is split at its top-level "=" first.
MIN_MATH_SCALE = 0.45


def _fitted_math(tex: str) -> str:
    """A display formula for the page: a chain of matrices wider than the page is split into
    one line per top-level ``=``; each line is scaled (by its font size) to the page width.

    >>> print(_fitted_math("x = y"))
    <div class="math"><math display="block"><mi>x</mi><mo>=</mo><mi>y</mi></math></div>
    >>> wide = "A = " + " + ".join(f"q_{{{i}}}" for i in range(40)) + " = B"
    >>> _fitted_math(wide).count("<math"), "font-size:" in _fitted_math(wide)
    (1, True)
    >>> chain = wide + r" = \\begin{bmatrix}1\\end{bmatrix}"
    >>> _fitted_math(chain).count("<math")
    4
    """
    from .mathml import width_em

    whole = tex_to_mathml(tex)
    if width_em(whole) <= MATH_WIDTH_EM:
        return f'<div class="math">{whole}</div>'
    parts = _split_equals(tex) if "\\begin{" in tex else [tex]  # a chain of matrices
    lines = [parts[0]] + ["= " + p for p in parts[1:]] if len(parts) > 1 else parts
    out = []
    for line in lines:
        m = tex_to_mathml(line)
        scale = min(1.0, MATH_WIDTH_EM / max(width_em(m), 1e-9))
        style = "" if scale >= 1 else f' style="font-size:{max(scale, MIN_MATH_SCALE):.0%}"'
        out.append(f'<div class="math"{style}>{m}</div>')
    return "\n".join(out)


def _split_equals(tex: str) -> list[str]:
    """``tex`` cut at every ``=`` outside braces and environments.

    >>> _split_equals("C = {a = b} = D")
    ['C', '{a = b}', 'D']
    """
    parts, depth, start, i = [], 0, 0, 0
    while i < len(tex):
        if tex.startswith("\\begin", i):
            depth += 1
        elif tex.startswith("\\end", i):
            depth -= 1
        elif tex[i] == "{":
            depth += 1
        elif tex[i] == "}":
            depth -= 1
        elif tex[i] == "=" and depth == 0:
            parts.append(tex[start:i].strip())
            start = i + 1
        i += 1
    parts.append(tex[start:].strip())
    return [p for p in parts if p]


def _data_uri(name: str, data: bytes) -> str:
    """``data:`` URI of a report file (PNG pictures, the LaTeX document).

    >>> _data_uri("a.png", b"xy")
    'data:image/png;base64,eHk='
    """
    import base64

    kind = {".png": "image/png", ".tex": "text/x-tex", ".md": "text/markdown"}.get(
        os.path.splitext(name)[1], "application/octet-stream")
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def _inline_html(text: str, files: dict | None = None) -> str:
    """The inline Markdown this report writes, as HTML: `code` spans, $math$ (as MathML),
    **bold**, *emphasis*, [links](target); everything else escaped.

    >>> _inline_html(r"**CHECKERBOARD**: *see* `phase_counts` and $\\uparrow_{2}$")
    '<b>CHECKERBOARD</b>: <em>see</em> <code>phase_counts</code> and \
<math><msub><mi class="arrow">↑</mi><mn>2</mn></msub></math>'
    """
    spans: list[str] = []

    def hold(m):  # code and math first, so emphasis never reaches into them
        part = m.group(0)
        spans.append(f"<code>{html.escape(part[1:-1])}</code>" if part.startswith("`") else
                     tex_to_mathml(part[1:-1], display=False))
        return f"\x00{len(spans) - 1}\x00"

    s = re.sub(r"`[^`]*`|\$[^$]+\$", hold, text)
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", s)
    def link(m):  # a link to a file of the report: embedded, so the page stands alone
        target = html.unescape(m.group(2))
        if files and target in files:
            return (f'<a href="{_data_uri(target, files[target])}" '
                    f'download="{html.escape(target)}">{m.group(1)}</a>')
        return f'<a href="{m.group(2)}">{m.group(1)}</a>'

    s = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", link, s)
    return re.sub("\x00(\\d+)\x00", lambda m: spans[int(m.group(1))], s)


# --------------------------------------------------------------------------------------
# The report folder: new, empty, or ours (marker); atomic writes
# --------------------------------------------------------------------------------------
def prepare_folder(folder: str, planned: list[str]) -> dict:
    """Check that we may write ``planned`` into ``folder``; return what we wrote before.

    >>> import tempfile
    >>> prepare_folder(tempfile.mkdtemp(), ["report.md"])
    {}
    """
    return check_claim(folder, planned, MARKER)


# --------------------------------------------------------------------------------------
# The sections
# --------------------------------------------------------------------------------------
@dataclass
class ExplainReport:
    """What :func:`explain` wrote: the folder, the files (name -> path) and the notes on
    parts that could not be produced (a missing optional layer, a layer too big to draw).

    >>> ExplainReport("out", {"report.md": "out/report.md"}, ["prover not available"])
    ExplainReport('out': report.md; notes: prover not available)
    """

    folder: str
    files: dict
    notes: list = field(default_factory=list)
    text: str = ""

    def __repr__(self) -> str:
        notes = f"; notes: {'; '.join(self.notes)}" if self.notes else ""
        return f"ExplainReport({self.folder!r}: {', '.join(sorted(self.files))}{notes})"


def _transposed_of(spec) -> tuple[TransposedConvSpec, str]:
    if isinstance(spec, TransposedConvSpec):
        return spec, ""
    inner = getattr(spec, "spec", None)  # an interop Resolution (from_torch, from_spec, …)
    if isinstance(inner, TransposedConvSpec) and hasattr(spec, "framework"):
        pad = getattr(spec, "zero_pad", ())
        extra = (f" (followed by the zeros {pad} the {spec.framework} operator adds)"
                 if any(a or b for a, b in pad) else "")
        return inner, (f"The {spec.framework} layer resolves to `{inner!r}`{extra}; this report "
                       "explains that operator.")
    if isinstance(spec, ConvSpec):
        try:
            t = spec.transposed(output_size=spec.in_size)
        except ValueError:
            t = spec.transposed()
        return t, (f"The layer given is the convolution `{spec!r}`; this report explains its "
                   f"transpose `{t!r}` (whose matrix is Cᵀ of that convolution).")
    raise TypeError(f"spec must be a ConvSpec or TransposedConvSpec, got {type(spec).__name__}")


def _sizes_section(doc: _Doc, spec: TransposedConvSpec) -> None:
    from .derivation import formula_text

    conv = spec.conv
    doc.h(2, "Sizes")
    dims = [f"dim {i}" for i in range(spec.ndim)]
    rows = [
        ["input `i` (in_size)", *spec.in_size],
        ["kernel `k`", *spec.kernel_size],
        ["stride `s`", *spec.stride],
        ["padding `p_lo`", *spec.pad_lo],
        ["padding `p_hi`", *spec.pad_hi],
        ["dilation `d`", *spec.dilation],
        ["output_padding", *spec.output_padding],
        ["**output `o` (out_size)**", *(f"**{o}**" for o in spec.out_size)],
    ]
    doc.table(["", *dims], rows)
    doc.p(f"Output size, from `TransposedConvSpec.out_size` (tconv_sym/spec.py): "
          f"`o = {formula_text(spec)}` per dim, which gives `{spec.out_size}`.")
    doc.p(f"The forward convolution `{conv!r}` (the matrix `C` whose transpose this layer is) "
          f"maps size `{conv.in_size}` to `o = {formula_text(conv)}` = `{conv.out_size}`.")
    # output_padding=a is allowed below max(stride, dilation) in every dim and adds a to
    # each output size: a closed form, not a loop over the stride
    reach = min(max(s, d) for s, d in zip(spec.stride, spec.dilation))
    try:
        base = spec.with_(output_padding=0).out_size
    except ValueError:
        base, reach = None, 0
    picks = list(range(min(reach, 3))) + ([reach - 1] if reach > 3 else [])
    alternatives = [(a, tuple(o + a for o in base)) for a in picks]
    if len(alternatives) > 1:
        shown = ", ".join(f"output_padding={a} → {o}" for a, o in alternatives)
        if reach > 4:
            shown = shown.replace(f", output_padding={reach - 1}",
                                  f", … ({reach:,} in all), output_padding={reach - 1}")
        doc.p(f"Several forward input sizes give the same forward output size, so the "
              f"transposed output size is ambiguous without output_padding: {shown}.")
    doc.table(["", "shape"], [
        ["input sample `(C_in, *in_size)`", spec.in_shape],
        ["output sample `(C_out, *out_size)`", spec.out_shape],
        ["weight (PyTorch layout `(C_in, C_out/groups, *k)`)", spec.weight_shape],
        ["matrix `Cᵀ`", f"{spec.out_features} × {spec.in_features}"],
    ])


def _matrices_section(doc: _Doc, spec: TransposedConvSpec, small, files: dict,
                      notes: list) -> None:
    from .derivation import latex

    doc.h(2, "The matrices, at a reduced size")
    doc.p(f"The layer's matrices are large; the same layer with one channel and input "
          f"`{small.in_size}` (same kernel, stride, padding, dilation, output_padding) is "
          f"`{small!r}`. Its matrix chain, with SymPy symbols `q` for the kernel and `x` for "
          "the input (every equality checked by SymPy):")
    d = None
    for candidate in (small, small.with_(in_size=1)):
        try:
            d = latex(candidate)
            break
        except ValueError as exc:
            err = str(exc)
    if d is None:
        doc.p(f"(not written out: {err})")
        notes.append("derivation too large to write out")
        return
    if d.spec != small:
        doc.p(f"(input size cut further to `{d.spec.in_size}` to keep the matrices on a page)")
    for step in d.steps:
        from .derivation import tex_to_markdown

        doc.p(tex_to_markdown(step.text))
        if step.math:
            doc.math(step.math)
    files["derivation.tex"] = d.tex().encode("utf-8")
    doc.p("The same derivation as a standalone LaTeX document: [derivation.tex](derivation.tex).")


#: Layers with more structural entries than this are proved on a smaller copy.
PROOF_MAX_ENTRIES = 50_000


def _proof_spec(spec: TransposedConvSpec) -> TransposedConvSpec:
    """The layer itself when small; else a copy with at most 2 channels per group, 2 groups
    and ``max(8, effective kernel)`` input per dim (same kernel, stride, padding, dilation,
    output_padding)."""

    entries = spec.in_features * math.prod(spec.kernel_size) * (spec.out_channels // spec.groups)
    if entries <= PROOF_MAX_ENTRIES:
        return spec
    g = min(spec.groups, 2)
    cin, cout = spec.in_channels // spec.groups, spec.out_channels // spec.groups
    sizes = tuple(min(i, max(8, e)) for i, e in zip(spec.in_size, spec.effective_kernel_size))
    try:
        return spec.with_(in_size=sizes, groups=g, in_channels=g * min(cin, 2),
                          out_channels=g * min(cout, 2))
    except ValueError:
        return spec


def _prove_all(spec: TransposedConvSpec, budget: float, checkerboard=None, tick=None):
    """[(name, kind, proof or None, note)] for LAYER_IDENTITIES, or None without a prover.

    ``checkerboard``: the report's checkerboard verdict, whose proof (or the reason there is
    none) is the row of ``checkerboard_free_iff_divisible`` — one verdict per report.
    ``tick(name, outcome)`` is called after each identity."""
    try:
        from ..prover import identities
    except ImportError:
        return None
    table = identities()
    conv = spec.conv
    results = []
    started = time.perf_counter()
    for name, which in LAYER_IDENTITIES:
        _prove_one(results, table, name, which, spec, conv, started, budget, checkerboard)
        if tick is not None:
            proof = results[-1][2]
            tick(name, "—" if proof is None else "holds" if proof.holds else "refuted")
    return results


def _checkerboard_row(name, kind, verdict):
    """The identity-table row of ``checkerboard_free_iff_divisible``: the proof the
    Checkerboard section shows, or why there is none (the same words)."""
    if verdict.proof is not None:
        size = "×".join(map(str, verdict.proof.params.get("size", ())))
        return (name, kind, verdict.proof,
                f"for this layer's kernel and stride on input {size}: padding, output_padding "
                "and channels only move the borders (see Checkerboard)")
    why = verdict.proof_note or "the prover was not run"
    return (name, kind, None, f"not checked for this layer: {why}; the Checkerboard section's "
                              "verdict is computed from the tap basis")


def _prove_one(results, table, name, which, spec, conv, started, budget, checkerboard):
    """Append the row of one identity to ``results`` (see :func:`_prove_all`)."""
    if name not in table:
        results.append((name, None, None, "not in this version's catalogue"))
        return
    ident = table[name]
    kind = "myth" if ident.myth else "theorem"
    if name == "checkerboard_free_iff_divisible" and checkerboard is not None:
        results.append(_checkerboard_row(name, kind, checkerboard))
        return
    size = spec.in_size if which == "x" else conv.in_size
    layer = dict(size=size, kernel=spec.kernel_size, stride=spec.stride,
                 padding=spec.padding, dilation=spec.dilation,
                 in_channels=spec.in_channels if which == "x" else conv.in_channels,
                 out_channels=spec.out_channels if which == "x" else conv.out_channels,
                 groups=spec.groups)
    if which == "x":
        layer["output_padding"] = spec.output_padding
    kw = {k: v for k, v in layer.items() if k in ident.parameters}
    ignored = _ignored(ident, layer)
    if ignored:  # the identity cannot speak about this layer: say so, never "holds"
        results.append((name, kind, None,
                        f"not checked for this layer: the identity does not take "
                        f"{ignored} (its parameters: {', '.join(ident.parameters)})"))
        return
    if time.perf_counter() - started > budget:
        results.append((name, kind, None, f"skipped: time budget of {budget:g} s used up"))
        return
    from ..prover import prove

    try:
        results.append((name, kind, prove(name, **kw), ""))
    except (ValueError, TypeError) as exc:
        results.append((name, kind, None, f"not applicable: {exc}"))
    except Exception as exc:  # a prover bug must not lose the rest of the report
        results.append((name, kind, None, f"prover error: {type(exc).__name__}: {exc}"))


def _ignored(ident, layer: dict) -> str:
    """``dilation=(2, 2), groups=2``: the layer's parameters the identity does not declare
    and that are not at their defaults (a proof would be about another layer)."""
    from ..prover.identity import ignored_parameters, make_params

    params = make_params(**layer)
    return ", ".join(params.show(n) for n in ignored_parameters(ident.parameters, params))


def _unavailable(doc: _Doc, notes, layer: str, consequence: str = "") -> None:
    """Say in the report and its notes that the optional layer ``tconv_sym.<layer>`` could not
    be imported (the report goes on without it).

    >>> doc, notes = _Doc(), []
    >>> _unavailable(doc, notes, "interop")
    >>> print(doc.markdown().strip()); notes
    **interop not available** (tconv_sym.interop could not be imported).
    ['interop not available']
    """
    doc.p(f"**{layer} not available** (tconv_sym.{layer} could not be imported){consequence}.")
    notes.append(f"{layer} not available")


def _identities_section(doc: _Doc, spec, small, prove: bool, budget: float, notes,
                        checkerboard=None, tick=None) -> None:
    doc.h(2, "Identities proved for this layer")
    if not prove:
        doc.p("(skipped: prove=False / --no-prove)")
        return
    target = _proof_spec(spec)
    results = _prove_all(target, budget, checkerboard, tick)
    if results is None:
        return _unavailable(doc, notes, "prover", ": no identities were proved for this layer")
    if target == spec:
        where = f"the sizes of this layer, `{spec!r}`"
    else:
        where = (f"a smaller copy of this layer, `{target!r}` (same kernel, stride, padding, "
                 "dilation and output_padding, fewer pixels and channels; the full layer is too "
                 "big to prove in seconds)")
    doc.p(f"Each identity is checked exactly (SymPy or the integer tap-basis engine) for "
          f"{where}; a proof is a check for those sizes, not for all sizes. Myths are expected "
          "to be refuted.")
    rows = []
    for name, kind, proof, note in results:
        if proof is None:
            rows.append([f"`{name}`", kind or "", "—", "", note])
            continue
        if proof.holds:
            verdict = "holds" if kind == "theorem" else "holds (!)"
        else:
            verdict = "refuted, as expected" if kind == "myth" else "**FAILS**"
        counter = "" if proof.counterexample is None else str(proof.counterexample)
        if len(counter) > 160:
            counter = counter[:157] + "…"
        rows.append([f"`{name}`", kind, verdict, proof.engine, counter or note])
        if kind == "theorem" and not proof.holds:
            notes.append(f"identity {name} FAILED")
    for name, _, proof, note in results:
        if proof is None and note.startswith("prover error"):
            notes.append(f"{name}: {note}")
    doc.table(["identity", "kind", "verdict", "engine", "counterexample / note"], rows)
    try:
        from ..prover import identities

        table = identities()
        stmts = [f"`{n}`: `{table[n].statement}`" for n, _, _, _ in results if n in table]
        doc.p("Statements:")
        doc.ul(stmts)
    except ImportError:  # pragma: no cover - imported just above
        pass


def _frameworks_section(doc: _Doc, spec, notes) -> None:
    doc.h(2, "Framework-equivalent parameters")
    try:
        from ..interop import convert
    except ImportError:
        return _unavailable(doc, notes, "interop")
    doc.p("The same operator in each framework (`tconv_sym.interop.convert`), with the weight "
          "re-layout and, where no exact parameters exist, the crop that makes it exact:")
    for fw in FRAMEWORKS:
        try:
            text = repr(convert(spec, to=fw))
        except (ValueError, TypeError, NotImplementedError) as exc:
            text = f"{fw}: no equivalent: {exc}"
        doc.code(text.strip("<>"))


def _checkerboard_section(doc: _Doc, spec, small, files, notes, dpi, verdict,
                          weights=None) -> None:
    from ..analysis import weight_verdict
    from .plot import polyphase_caption

    doc.h(2, "Checkerboard")
    with_weights = weight_verdict(spec, weights) if weights is not None else None
    # one verdict: the structure's, or — with weights — the sentence that reconciles both
    doc.p(f"**{with_weights if with_weights is not None else verdict}**")
    if with_weights is not None:
        doc.p(f"The structure alone (any weights): {verdict}.")
    pc = verdict.phase_counts
    shown = pc.tolist() if pc is not None and pc.size <= 64 else \
        f"{verdict.counts} over {math.prod(spec.stride):,} phases"
    doc.p("Overlap counts per output phase away from the borders (`phase_counts`, shape = "
          f"stride, in output coordinates): `{shown}`; kernel size "
          f"divisible by stride per dim: `{verdict.divisible}`.")
    if verdict.causes:
        doc.p("Every cause of uneven overlap in this layer (`analysis.uneven_overlap_causes`):")
        doc.ul(verdict.causes)
    else:
        doc.p("Every output pixel, borders included, sums the same number of terms.")
    if verdict.proof is not None:  # without its timing: the same layer gives the same report
        doc.code(re.sub(r"; engine (\w+), [0-9.]+ s", r"; engine \1", repr(verdict.proof)))
    if _picture(files, notes, "overlap.png", "overlap_map", spec, dpi):
        doc.img("overlap.png", "overlap map Cᵀ·1")
        doc.p("`Cᵀ·1`: how many (input pixel, kernel tap) products each output pixel sums "
              "(one input channel; `plot.overlap_counts` gives the numbers).")
    if with_weights is not None:
        _weights_section(doc, spec, weights, with_weights, files, notes, dpi)
    if spec.ndim <= 2:
        if _picture(files, notes, "polyphase.png", "polyphase_subkernels", small, dpi):
            doc.img("polyphase.png", "polyphase sub-kernels")
            groups = (f" With {spec.groups} groups, every (input channel, output channel) pair "
                      "of a group has this same spatial pattern." if spec.groups > 1 else "")
            doc.p(polyphase_caption(spec) + groups)
        scatter = small
        try:
            from .derivation import reduced

            scatter = reduced(spec, 3)
        except ValueError:
            pass
        if _picture(files, notes, "scatter.png", "scatter_picture", scatter, dpi):
            doc.img("scatter.png", "scatter picture")
            doc.p(f"The scatter form at input size `{scatter.in_size}`: every input pixel "
                  "times the kernel, added into the output at stride-spaced offsets.")
    else:
        doc.p("(polyphase and scatter pictures are drawn for 1-D and 2-D layers)")


#: Largest input size per dim of the copy whose all-ones response is drawn (the pattern
#: repeats with the stride, so a few periods show it).
RESPONSE_SIDE = 8


def _weights_section(doc: _Doc, spec, weights, v, files, notes, dpi) -> None:
    doc.h(3, "With these weights")
    doc.p("Phase gains (`analysis.phase_gains`): what one interior output pixel of each phase "
          "sums for an all-ones input — the sum of the phase's sub-kernel over the input "
          "channels of its group. Unequal gains in a channel are a checkerboard of period "
          "stride in its response to any smooth input.")
    shown = min(spec.out_channels, 16)
    doc.table(["output channel", "phase gains", "peak-to-peak", "relative"],
              [[c, _fmt(v.gains[c].tolist()), f"{float(v.amplitude[c]):.4g}",
                f"{100 * float(v.relative[c]):.1f}%"] for c in range(shown)])
    if shown < spec.out_channels:
        doc.p(f"({spec.out_channels - shown} more output channels not listed; worst relative "
              f"amplitude over all: {100 * float(v.relative.max()):.1f}%)")
    sizes = tuple(min(i, RESPONSE_SIDE) for i in spec.in_size)
    drawn = spec.with_(in_size=sizes) if sizes != spec.in_size else spec
    if _picture(files, notes, "response.png", "constant_response_map", drawn, dpi,
                weight=weights):
        doc.img("response.png", "response to an all-ones input")
        where = "" if drawn is spec else f" (input cut to `{sizes}`; the pattern repeats)"
        doc.p(f"The layer's output for an all-ones input with these weights{where} "
              "(`analysis.constant_response`, from the tap basis).")


def _fmt(values) -> str:
    def one(x):
        return f"{x:.4g}" if isinstance(x, float) else str(x)

    if isinstance(values, list):
        return "[" + ", ".join(_fmt(x) for x in values) + "]"
    return one(values)


def _picture(files, notes, name, func, spec, dpi, **kw) -> bool:
    """Draw ``plot.<func>(spec)`` into files[name]; False (with a note) without matplotlib."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        if "matplotlib not available: no pictures" not in notes:
            notes.append("matplotlib not available: no pictures")
        return False
    import io

    from . import plot

    try:
        fig = getattr(plot, func)(spec, dpi=dpi, **kw)
    except ValueError as exc:  # too large (or too many dims) to draw: say so, go on
        notes.append(f"{name} not drawn: {exc}")
        return False
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=fig.dpi, metadata={"Software": None})
    files[name] = buf.getvalue()
    return True


def _plan_section(doc: _Doc, spec, notes, lang: str) -> None:
    doc.h(2, "Generated-kernel plan")
    try:
        from ..codegen.plan import make_plan
    except ImportError:
        return _unavailable(doc, notes, "codegen")
    try:
        plan = make_plan(spec, lang=lang, name="layer")
    except (ValueError, TypeError) as exc:
        doc.p(f"(no plan: {exc})")
        return
    doc.p(f"What `tconv-sym gen` would generate for this layer ({lang}; "
          "`tconv_sym.generate(spec, lang=...)` writes and verifies it):")
    doc.code(str(plan))


def explain(spec, out, *, html: bool = False, prove: bool = True, size: int = 2,
            lang: str = "c", dpi: int = 100, prove_budget: float = 60.0,
            weights=None, progress=None, show: str = "auto") -> ExplainReport:
    """Write the report folder ``out`` for one layer; return what was written.

    ``spec``: a ``TransposedConvSpec`` (a ``ConvSpec`` is explained through its transpose;
    an interop resolution such as ``ts.from_torch(module, input_shape)`` through its spec).
    ``weights``: the layer's weight (array or tensor of shape ``spec.weight_shape``, e.g.
    ``module.weight`` or ``np.load("w.npy")``) adds the weight-aware checkerboard verdict:
    per-phase gains, the amplitude of the pattern a constant input produces, and its
    picture ``response.png``.
    ``size``: input size per dim of the reduced copy whose matrices are written out.
    ``html``: also write ``report.html``. ``prove``: run the prover (at most
    ``prove_budget`` seconds in all). ``lang``: language of the kernel plan.
    ``progress``: called with a :class:`tconv_sym.progress.Step` after every part of the
    report (sections, each identity); ``show``: ``"auto"`` draws a progress bar when
    standard error is a terminal, ``"quiet"`` never, ``"lines"`` one line per part
    (see :mod:`tconv_sym.progress`).

    >>> import tempfile, os
    >>> from tconv_sym import TransposedConvSpec
    >>> with tempfile.TemporaryDirectory() as d:
    ...     r = explain(TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1),
    ...                 d, prove=False)
    ...     "## Checkerboard" in open(os.path.join(d, "report.md")).read()
    True
    """
    from .._validate import choice, positive_int
    from .derivation import reduced, spec_latex

    t, note = _transposed_of(spec)
    if t.ndim > 3:
        raise ValueError(f"spec must have 1, 2 or 3 spatial dims for explain (its pictures and "
                         f"kernel plans), got {t.ndim}: {t!r}")
    lang = choice("lang", lang, ("c", "numpy"))
    dpi = positive_int("dpi", dpi)
    if isinstance(prove_budget, bool) or not isinstance(prove_budget, (int, float)) \
            or not prove_budget > 0:
        raise ValueError(f"prove_budget must be a positive number of seconds, got {prove_budget!r}")
    small = reduced(t, size)
    if weights is not None:
        from ..analysis import layer_weight

        weights = layer_weight(spec, weights)  # a Resolution's weight: in its own layout
    if not isinstance(out, (str, os.PathLike)):
        raise TypeError(f"out must be a folder path, got {out!r} ({type(out).__name__})")
    folder = os.fspath(out)
    planned = ["report.md", "report.html", "derivation.tex", "overlap.png", "sparsity.png",
               "polyphase.png", "scatter.png", "response.png"]
    previous = prepare_folder(folder, planned)  # before the slow work: fail fast
    files: dict[str, bytes] = {}
    notes: list[str] = []
    parts = 7 + (len(LAYER_IDENTITIES) if prove and _prover_available() else 0)
    with reporter("explain", total=parts, callback=progress, show=show) as bar:
        doc = _Doc()
        doc.h(1, f"tconv-sym explain: `{t!r}`")
        if note:
            doc.p(note)
        doc.p("Every number below is computed by tconv_sym from the spec (sizes), its tap "
              "basis (index structure) and SymPy (matrices); nothing is typed in by hand.")
        doc.math(spec_latex(t).strip("$"))
        _sizes_section(doc, t)
        bar.step("sizes")
        _matrices_section(doc, t, small, files, notes)
        bar.step("matrices")
        if _picture(files, notes, "sparsity.png", "sparsity", small, dpi):
            doc.img("sparsity.png", "sparsity patterns")
            doc.p(f"Sparsity of `C`, `Cᵀ`, `↑s`, `↓s` for `{small!r}`, entries coloured by "
                  "kernel tap (`plot.tap_pattern` gives the numbers).")
        bar.step("sparsity picture")
        from .plot import checkerboard_verdict

        verdict = checkerboard_verdict(t, use_prover=prove)  # one verdict for every section
        bar.step("checkerboard verdict")
        _identities_section(doc, t, small, prove, prove_budget, notes, verdict,
                            tick=lambda name, outcome: bar.step(name, outcome))
        _frameworks_section(doc, t, notes)
        bar.step("framework parameters")
        _checkerboard_section(doc, t, small, files, notes, dpi, verdict, weights)
        bar.step("checkerboard pictures")
        _plan_section(doc, t, notes, lang)
        if notes:
            doc.h(2, "Notes")
            doc.ul(notes)

        text = doc.markdown()
        files["report.md"] = text.encode("utf-8")
        if html:
            files["report.html"] = doc.html(f"tconv-sym explain: {t!r}", files).encode("utf-8")
        bar.step("kernel plan and report")

    paths = write_claimed(folder, files, marker=MARKER, tool="tconv-sym explain", about=t,
                          previous=previous)  # the files and the marker, as a unit
    _remove_stale(folder, previous, files)
    return ExplainReport(folder, paths, notes, text)


def _prover_available() -> bool:
    try:
        from ..prover import identities  # noqa: F401
    except ImportError:
        return False
    return True


def _remove_stale(folder: str, previous: dict, files) -> None:
    """Delete the files an earlier run wrote (listed in the marker) that this run did not
    (a ``report.html`` from an earlier ``html=True``, a ``response.png`` from earlier
    weights), so that nothing left contradicts the new report, and drop them from the
    marker. Only files the marker lists, and only unedited ones (their hash is the one
    recorded); an edited one stays, and stays listed."""
    import hashlib
    import json
    from pathlib import Path

    from .._write import atomic_write, read_claim

    gone = []
    for name, digest in sorted(previous.items()):
        path = Path(folder) / name
        if name in files or name == MARKER or path.name != name:
            continue
        if not path.exists():
            gone.append(name)
        elif path.is_file() and digest is not None and \
                hashlib.sha256(path.read_bytes()).hexdigest() == digest:
            path.unlink()
            gone.append(name)
    if not gone:
        return
    marker = Path(folder) / MARKER
    data = json.loads(marker.read_text(encoding="utf-8"))
    claim = {n: h for n, h in (read_claim(folder, MARKER) or {}).items() if n not in gone}
    data["files"] = sorted(claim)
    data["sha256"] = {n: h for n, h in sorted(claim.items()) if h is not None}
    atomic_write(marker, (json.dumps(data, indent=1) + "\n").encode("utf-8"))
