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
listed there are ever replaced, each atomically, and nothing is deleted.

Parts that need another layer degrade with a line saying so: the identities need the prover
(:mod:`tconv_sym.prover`), the framework parameters :mod:`tconv_sym.interop`, the kernel plan
:mod:`tconv_sym.codegen`; the pictures need matplotlib (the ``plot`` extra).
"""

from __future__ import annotations

import html
import os
import re
import time
from dataclasses import dataclass, field

from .._write import check_claim, write_claimed
from ..spec import ConvSpec, TransposedConvSpec

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

    def html(self, title: str) -> str:
        body = []
        for b in self.blocks:
            kind = b[0]
            if kind == "h":
                body.append(f"<h{b[1]}>{_inline_html(b[2])}</h{b[1]}>")
            elif kind == "p":
                body.append(f"<p>{_inline_html(b[1])}</p>")
            elif kind == "code":
                body.append(f"<pre>{html.escape(b[1])}</pre>")
            elif kind == "math":
                body.append(f'<div class="math">\\[{html.escape(b[1])}\\]</div>')
            elif kind == "ul":
                items = "".join(f"<li>{_inline_html(i)}</li>" for i in b[1])
                body.append(f"<ul>{items}</ul>")
            elif kind == "img":
                body.append(f'<p><img src="{html.escape(b[1])}" alt="{html.escape(b[2])}"></p>')
            elif kind == "table":
                head = "".join(f"<th>{_inline_html(c)}</th>" for c in b[1])
                rows = "".join("<tr>" + "".join(f"<td>{_inline_html(c)}</td>" for c in r)
                               + "</tr>" for r in b[2])
                body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        return (
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
            f"<title>{html.escape(title)}</title>\n"
            "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
            "pre{background:#f4f4f4;padding:.6em;overflow-x:auto}"
            "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}"
            ".math{overflow-x:auto}img{max-width:100%}</style>\n"
            "<!-- math is LaTeX between \\( \\) and \\[ \\]; MathJax typesets it when online -->\n"
            "<script async src=\"https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-chtml.js\">"
            "</script>\n</head><body>\n" + "\n".join(body) + "\n</body></html>\n"
        )


def _inline_html(text: str) -> str:
    """Escape; `code` spans and **bold**; $math$ becomes \\( \\) for MathJax."""
    parts = re.split(r"(`[^`]*`)", text)
    out = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) >= 2:
            out.append(f"<code>{html.escape(part[1:-1])}</code>")
        else:
            s = html.escape(part)
            s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
            s = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r'<a href="\2">\1</a>', s)
            s = re.sub(r"\$(.+?)\$", r"\\(\1\\)", s)
            out.append(s)
    return "".join(out)


# --------------------------------------------------------------------------------------
# The report folder: new, empty, or ours (marker); atomic writes
# --------------------------------------------------------------------------------------
def _prepare_folder(folder: str, planned: list[str]) -> dict:
    """Check that we may write ``planned`` into ``folder``; return what we wrote before."""
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
    alternatives = []
    for a in range(max(max(spec.stride), max(spec.dilation))):
        try:
            alternatives.append((a, spec.with_(output_padding=a).out_size))
        except ValueError:
            continue
    if len(alternatives) > 1:
        shown = ", ".join(f"output_padding={a} → {o}" for a, o in alternatives)
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
        from .derivation import _tex_to_markdown

        doc.p(_tex_to_markdown(step.text))
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
    import math

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


def _prove_all(spec: TransposedConvSpec, budget: float):
    """[(name, kind, proof or None, note)] for LAYER_IDENTITIES, or None without a prover."""
    try:
        from ..prover import identities, prove
    except ImportError:
        return None
    table = identities()
    conv = spec.conv
    results = []
    started = time.perf_counter()
    for name, which in LAYER_IDENTITIES:
        if name not in table:
            results.append((name, None, None, "not in this version's catalogue"))
            continue
        ident = table[name]
        kind = "myth" if ident.myth else "theorem"
        if time.perf_counter() - started > budget:
            results.append((name, kind, None, f"skipped: time budget of {budget:g} s used up"))
            continue
        size = spec.in_size if which == "x" else conv.in_size
        kw = dict(size=size, kernel=spec.kernel_size, stride=spec.stride,
                  padding=spec.padding, dilation=spec.dilation,
                  in_channels=spec.in_channels if which == "x" else conv.in_channels,
                  out_channels=spec.out_channels if which == "x" else conv.out_channels,
                  groups=spec.groups)
        if which == "x":
            kw["output_padding"] = spec.output_padding
        try:
            results.append((name, kind, prove(name, **kw), ""))
        except (ValueError, TypeError) as exc:
            results.append((name, kind, None, f"not applicable: {exc}"))
        except Exception as exc:  # a prover bug must not lose the rest of the report
            results.append((name, kind, None, f"prover error: {type(exc).__name__}: {exc}"))
    return results


def _identities_section(doc: _Doc, spec, small, prove: bool, budget: float, notes) -> None:
    doc.h(2, "Identities proved for this layer")
    if not prove:
        doc.p("(skipped: prove=False / --no-prove)")
        return
    target = _proof_spec(spec)
    results = _prove_all(target, budget)
    if results is None:
        doc.p("**prover not available** (tconv_sym.prover could not be imported): no identities "
              "were proved for this layer.")
        notes.append("prover not available")
        return
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
        rows.append([f"`{name}`", kind, verdict, proof.engine, counter])
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
        doc.p("**interop not available** (tconv_sym.interop could not be imported).")
        notes.append("interop not available")
        return
    doc.p("The same operator in each framework (`tconv_sym.interop.convert`), with the weight "
          "re-layout and, where no exact parameters exist, the crop that makes it exact:")
    for fw in FRAMEWORKS:
        try:
            text = repr(convert(spec, to=fw))
        except (ValueError, TypeError, NotImplementedError) as exc:
            text = f"{fw}: no equivalent: {exc}"
        doc.code(text.strip("<>"))


def _checkerboard_section(doc: _Doc, spec, small, files, notes, dpi) -> None:
    from .plot import checkerboard_verdict

    doc.h(2, "Checkerboard")
    verdict = checkerboard_verdict(spec)
    doc.p(f"**{verdict}**")
    doc.p("Overlap counts per output phase away from the borders (`phase_counts`, shape = "
          f"stride): `{verdict.phase_counts.tolist()}`; kernel size divisible by stride per "
          f"dim: `{verdict.divisible}`.")
    if verdict.proof is not None:  # without its timing: the same layer gives the same report
        doc.code(re.sub(r"; engine (\w+), [0-9.]+ s", r"; engine \1", repr(verdict.proof)))
    if _picture(files, notes, "overlap.png", "overlap_map", spec, dpi):
        doc.img("overlap.png", "overlap map Cᵀ·1")
        doc.p("`Cᵀ·1`: how many (input pixel, kernel tap) products each output pixel sums "
              "(one input channel; `plot.overlap_counts` gives the numbers).")
    if spec.ndim <= 2:
        if _picture(files, notes, "polyphase.png", "polyphase_subkernels", small, dpi):
            doc.img("polyphase.png", "polyphase sub-kernels")
            doc.p("The polyphase sub-kernels `w[..., r::s]`: each output phase is a stride-1 "
                  "convolution with one of them (the depth-to-space / pixel-shuffle form).")
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


def _picture(files, notes, name, func, spec, dpi) -> bool:
    """Draw ``plot.<func>(spec)`` into files[name]; False (with a note) without matplotlib."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        if "matplotlib not available: no pictures" not in notes:
            notes.append("matplotlib not available: no pictures")
        return False
    import io

    from . import plot

    fig = getattr(plot, func)(spec, dpi=dpi)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=fig.dpi, metadata={"Software": None})
    files[name] = buf.getvalue()
    return True


def _plan_section(doc: _Doc, spec, notes, lang: str) -> None:
    doc.h(2, "Generated-kernel plan")
    try:
        from ..codegen.plan import make_plan
    except ImportError:
        doc.p("**codegen not available** (tconv_sym.codegen could not be imported).")
        notes.append("codegen not available")
        return
    try:
        plan = make_plan(spec, lang=lang, name="layer")
    except (ValueError, TypeError) as exc:
        doc.p(f"(no plan: {exc})")
        return
    doc.p(f"What `tconv-sym gen` would generate for this layer ({lang}; "
          "`tconv_sym.generate(spec, lang=...)` writes and verifies it):")
    doc.code(str(plan))


def explain(spec, out, *, html: bool = False, prove: bool = True, size: int = 2,
            lang: str = "c", dpi: int = 100, prove_budget: float = 60.0) -> ExplainReport:
    """Write the report folder ``out`` for one layer; return what was written.

    ``spec``: a ``TransposedConvSpec`` (a ``ConvSpec`` is explained through its transpose).
    ``size``: input size per dim of the reduced copy whose matrices are written out.
    ``html``: also write ``report.html``. ``prove``: run the prover (at most
    ``prove_budget`` seconds in all). ``lang``: language of the kernel plan.

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
    lang = choice("lang", lang, ("c", "numpy"))
    dpi = positive_int("dpi", dpi)
    if isinstance(prove_budget, bool) or not isinstance(prove_budget, (int, float)) \
            or not prove_budget > 0:
        raise ValueError(f"prove_budget must be a positive number of seconds, got {prove_budget!r}")
    small = reduced(t, size)
    if not isinstance(out, (str, os.PathLike)):
        raise TypeError(f"out must be a folder path, got {out!r} ({type(out).__name__})")
    folder = os.fspath(out)
    planned = ["report.md", "report.html", "derivation.tex", "overlap.png", "sparsity.png",
               "polyphase.png", "scatter.png"]
    previous = _prepare_folder(folder, planned)  # before the slow work: fail fast
    files: dict[str, bytes] = {}
    notes: list[str] = []

    doc = _Doc()
    doc.h(1, f"tconv-sym explain: `{t!r}`")
    if note:
        doc.p(note)
    doc.p("Every number below is computed by tconv_sym from the spec (sizes), its tap basis "
          "(index structure) and SymPy (matrices); nothing is typed in by hand.")
    doc.math(spec_latex(t).strip("$"))
    _sizes_section(doc, t)
    _matrices_section(doc, t, small, files, notes)
    if _picture(files, notes, "sparsity.png", "sparsity", small, dpi):
        doc.img("sparsity.png", "sparsity patterns")
        doc.p(f"Sparsity of `C`, `Cᵀ`, `↑s`, `↓s` for `{small!r}`, entries coloured by kernel "
              "tap (`plot.tap_pattern` gives the numbers).")
    _identities_section(doc, t, small, prove, prove_budget, notes)
    _frameworks_section(doc, t, notes)
    _checkerboard_section(doc, t, small, files, notes, dpi)
    _plan_section(doc, t, notes, lang)
    if notes:
        doc.h(2, "Notes")
        doc.ul(notes)

    text = doc.markdown()
    files["report.md"] = text.encode("utf-8")
    if html:
        files["report.html"] = doc.html(f"tconv-sym explain: {t!r}").encode("utf-8")

    paths = write_claimed(folder, files, marker=MARKER, tool="tconv-sym explain", about=t,
                          previous=previous)  # the files and the marker, as a unit
    return ExplainReport(folder, paths, notes, text)
