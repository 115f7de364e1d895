"""The HTML report is self-contained: no remote script or style, math as MathML that a real
headless Chromium typesets (its DOM has the matrices as <mtable>, no raw LaTeX), a
non-blank screenshot; Markdown emphasis rendered; the LaTeX document scales wide math."""

from __future__ import annotations

import re
import subprocess
from html import unescape as html_unescape
from html.parser import HTMLParser

import numpy as np
import pytest

import tconv_sym as ts
from conftest import require_tool
from tconv_sym.report import mathml
from tconv_sym.report.explain import _inline_html

RAW_LATEX = re.compile(r"\\(begin|end)\{[a-z]*matrix\}|\\frac\{|\\mathsf|\\downarrow|"
                       r"\\uparrow|\$\$|\\\[|\\\(")


class _Text(HTMLParser):
    """Visible text of a document, and the count of each element."""

    def __init__(self):
        super().__init__()
        self.text, self.tags, self._skip = [], {}, 0

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        self._skip += tag in ("style", "script")

    def handle_endtag(self, tag):
        self._skip -= tag in ("style", "script")

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def _parse(html: str) -> _Text:
    p = _Text()
    p.feed(html)
    return p


def _chromium(args, tmp_path):
    exe = require_tool("chromium")
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True).stdout


def test_html_report_has_no_remote_references_and_chromium_typesets_the_math(tmp_path):
    pytest.importorskip("matplotlib")
    spec = ts.TransposedConvSpec(in_size=(4, 4), kernel_size=3, stride=2)
    report = ts.explain(spec, tmp_path / "r", html=True, prove=False)
    page = (tmp_path / "r" / "report.html").read_text()
    # nothing remote: no script at all, no stylesheet link, no @import, no http(s) src/href
    assert "<script" not in page
    assert not re.search(r"<link[^>]+stylesheet", page)
    assert "@import" not in page
    assert not re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:)?//", page)
    # the source already has MathML and no raw LaTeX outside of it
    parsed = _parse(page)
    assert parsed.tags.get("math", 0) >= 8 and parsed.tags.get("mtable", 0) >= 10
    assert not RAW_LATEX.search("".join(parsed.text)), RAW_LATEX.search("".join(parsed.text))
    # the real browser: its DOM (after parsing, as rendered) and a screenshot
    url = (tmp_path / "r" / "report.html").as_uri()
    dom = _parse(_chromium(["--dump-dom", url], tmp_path))
    assert dom.tags.get("mtable", 0) == parsed.tags["mtable"]  # the matrices are MathML tables
    text = "".join(dom.text)
    assert not RAW_LATEX.search(text)
    assert "CHECKERBOARD" in text and "**" not in text  # Markdown bold rendered, not literal
    d = ts.latex(ts.reduced(spec))
    assert len(re.findall(r"<mtable", page)) >= str(d).count("\\begin{bmatrix}")
    shot = tmp_path / "shot.png"
    _chromium(["--window-size=1000,1400", f"--screenshot={shot}", url], tmp_path)
    import matplotlib.image

    img = matplotlib.image.imread(shot)[..., :3]
    inked = (img.mean(axis=2) < 0.5).mean()
    assert img.shape[:2] == (1400, 1000) and inked > 0.01, f"blank screenshot ({inked:.4f})"
    assert report.files["report.html"].endswith("report.html")


def test_the_raw_latex_check_can_fail(tmp_path):
    # the same check on a page whose math is raw LaTeX (what MathJax-from-a-CDN shows offline)
    raw = "<html><body><p>\\[C = \\begin{bmatrix}q_{0} & 0\\end{bmatrix}\\]</p></body></html>"
    page = tmp_path / "raw.html"
    page.write_text(raw)
    dom = _parse(_chromium(["--dump-dom", page.as_uri()], tmp_path))
    assert RAW_LATEX.search("".join(dom.text))
    assert dom.tags.get("mtable", 0) == 0


def test_every_latex_command_of_a_derivation_is_translated():
    mathml.UNKNOWN.clear()
    for spec in (None, ts.TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2,
                                             dilation=2, output_padding=1),
                 ts.TransposedConvSpec(in_size=3, kernel_size=4, stride=2, padding=1)):
        d = ts.latex(spec)
        for step in d.steps:
            out = mathml.tex_to_mathml(step.math) if step.math else ""
            assert "\\" not in re.sub(r"<[^>]+>", "", out)
    assert set() == mathml.UNKNOWN
    # a SymPy matrix of rationals and conjugates, cell by cell
    import sympy

    q = sympy.symbols("q0:2")
    m = sympy.Matrix([[sympy.Rational(1, 4) * q[0], sympy.conjugate(q[1])]])
    out = mathml.tex_to_mathml(sympy.latex(m, mat_str="bmatrix", mat_delim=""))
    assert re.search(r"<mfrac><msub><mi>q</mi><mn>0</mn></msub><mn>4</mn></mfrac>", out)
    assert "<mover" in out
    assert out.count("<mtd>") == 2


def test_inline_markdown_is_rendered():
    assert _inline_html("**bold** and *em* and `a*b*c` and 2*3*4") == (
        "<b>bold</b> and <em>em</em> and <code>a*b*c</code> and 2*3*4")
    assert _inline_html("**output `o` (out_size)**") == "<b>output <code>o</code> (out_size)</b>"
    assert _inline_html("[derivation.tex](derivation.tex) <x>") == (
        '<a href="derivation.tex">derivation.tex</a> &lt;x&gt;')


def test_derivation_tex_scales_wide_math_to_the_page():
    d = ts.latex(ts.TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2))
    tex = d.tex()
    assert "graphicx}" in tex.splitlines()[1]
    # every display equation goes through the width check, none is a bare \[ … \]
    assert "\\[" not in tex
    assert tex.count("\\fitmath{") == sum(1 for s in d.steps if s.math)
    assert "\\ifdim\\wd\\fitbox>\\linewidth" in tex
    # str(d) (LaTeX to paste into your own document) is unchanged
    assert str(d).count("\\[") == sum(1 for s in d.steps if s.math)
    assert np.all([s.math in tex for s in d.steps])


MEASURE = """<script>
addEventListener("load", () => {
  const body = document.body.getBoundingClientRect();
  const letter = [...document.querySelectorAll("mi")].find(e => e.textContent === "C");
  const arrows = [...document.querySelectorAll("mi.arrow")].map(
      e => e.getBoundingClientRect().height / letter.getBoundingClientRect().height);
  const wide = [...document.querySelectorAll(".math, pre, table, img, p, li")].filter(
      e => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > body.right + 1
  ).map(e => e.tagName + " " + e.textContent.slice(0, 60));
  const broken = [...document.images].filter(i => !i.complete || i.naturalWidth === 0);
  const out = document.createElement("pre");
  out.id = "measured";
  out.textContent = JSON.stringify({arrows, wide, images: document.images.length,
                                    broken: broken.length});
  document.body.appendChild(out);
});
</script>"""


def test_html_is_one_file_with_full_size_arrows_and_nothing_wider_than_the_page(tmp_path):
    """Issue 33: the pictures inside the page (data: URIs), ↑/↓ as tall as a capital letter
    (not subscript-sized), the transpose on the arrow's own scripts, and every formula, code
    block, table and picture within the page width — measured by Chromium's layout."""
    pytest.importorskip("matplotlib")
    import json

    spec = ts.TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same",
                                 in_channels=16, out_channels=8)  # wide matrices, long code
    ts.explain(spec, tmp_path / "r", html=True, prove=False)
    page = (tmp_path / "r" / "report.html").read_text()
    assert 'src="data:image/png;base64,' in page and '.png"' not in page
    assert 'href="data:text/x-tex;base64,' in page  # derivation.tex travels with the page
    # ↓_s^T is one msubsup: the T sits on the arrow's scripts, not after its subscript
    assert re.search(r'<msubsup><mi class="arrow">↓</mi><mrow>.*?</mrow><mi[^>]*>T</mi>',
                     page)
    # the page alone, in another folder: everything it shows must come with it
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "report.html").write_text(page.replace("</body>", MEASURE + "</body>"))
    dom = _chromium(["--window-size=1000,1400", "--virtual-time-budget=5000", "--dump-dom",
                     (alone / "report.html").as_uri()], tmp_path)
    measured = json.loads(html_unescape(re.search(r'<pre id="measured">(.*?)</pre>', dom,
                                                  re.S).group(1)))
    assert measured["images"] == 4 and measured["broken"] == 0
    assert measured["arrows"] and min(measured["arrows"]) >= 0.9, measured["arrows"]
    assert measured["wide"] == [], measured["wide"]


def test_the_width_check_can_fail(tmp_path):
    # the same measurement on a page with a formula that neither wraps nor scales
    wide = "<math display='block'><mi>C</mi>" + "<mi>q</mi>" * 400 + "</math>"
    page = tmp_path / "wide.html"
    page.write_text(f"<html><body style='max-width:40em'><div class='math'>{wide}</div>"
                    f"{MEASURE}</body></html>")
    import json

    dom = _chromium(["--window-size=1000,1400", "--virtual-time-budget=5000", "--dump-dom",
                     page.as_uri()], tmp_path)
    measured = json.loads(html_unescape(re.search(r'<pre id="measured">(.*?)</pre>', dom,
                                                  re.S).group(1)))
    assert [w[:3] for w in measured["wide"]] == ["DIV"]
