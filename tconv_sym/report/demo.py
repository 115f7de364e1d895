"""Demo section of the explain layer: the checkerboard made visible, and the seed derivation
written as LaTeX — files in the tour's report folder.

Registered in :data:`tconv_sym.report.tour.SECTIONS` as ``checkerboard-picture``. The folder is
``report.out`` (``tconv-sym demo --out DIR``), or a new temporary folder whose path is
printed. Like ``tconv-sym explain``, it writes only into a new or empty folder, or one it
wrote before (marker ``.tconv-sym-explain``).

>>> import tempfile, os
>>> from tconv_sym.report.tour import Report
>>> with tempfile.TemporaryDirectory() as d:
...     report = Report(echo=False)
...     report.out = os.path.join(d, "tour")
...     checkerboard_picture(report)
...     sorted(os.listdir(report.out))
['.tconv-sym-explain', 'checkerboard-free.png', 'checkerboard.png', 'seed-derivation.tex']
>>> report.failures, report.checks
(0, 6)
"""

from __future__ import annotations

import os

__all__ = ["checkerboard_picture", "tour_folder", "write_tour"]

TOUR_FILES = ["checkerboard.png", "checkerboard-free.png", "seed-derivation.tex", "tour.md"]


def tour_folder(report) -> str:
    """The report folder of the tour: ``report.out`` if set, else a new temporary folder
    (remembered on the report). Checked to be new, empty or written by tconv-sym before."""
    import tempfile

    from .explain import prepare_folder

    out = getattr(report, "out", None)
    if out is None:
        out = tempfile.mkdtemp(prefix="tconv-sym-tour-")
        report.out = out
    out = os.fspath(out)
    if not getattr(report, "_tour_checked", False):
        report._tour_previous = prepare_folder(out, TOUR_FILES)
        report._tour_checked = True
    return out


def _save(report, name: str, data: bytes) -> str:
    from .._write import write_claimed
    from .explain import MARKER

    folder = tour_folder(report)
    report._tour_files = sorted(set(getattr(report, "_tour_files", [])) | {name})
    paths = write_claimed(folder, {name: data}, marker=MARKER, tool="tconv-sym demo",
                          about="the guided tour", previous=report._tour_previous)
    return paths[name]


def checkerboard_picture(report) -> None:
    """Cᵀ·1 of a 3×3 stride-2 transposed convolution (checkerboard) next to a 4×4 one (even),
    each checked against scipy; and the seed derivation as a LaTeX file."""
    import numpy as np
    import sympy

    from ..operators import conv_transpose_matrix
    from ..spec import TransposedConvSpec
    from .derivation import latex
    from .plot import checkerboard_verdict, overlap_counts, overlap_map

    report.heading("The checkerboard, made visible (Cᵀ·1 of a stride-2 transposed convolution)")
    cases = [
        ("checkerboard.png", TransposedConvSpec(in_size=(6, 6), kernel_size=3, stride=2), False),
        ("checkerboard-free.png", TransposedConvSpec(in_size=(6, 6), kernel_size=4, stride=2,
                                                     padding=1), True),
    ]
    for name, spec, free in cases:
        counts = overlap_counts(spec)
        ones_w = np.ones(spec.weight_shape, dtype=np.int64)
        scipy_counts = conv_transpose_matrix(spec, ones_w, backend="scipy") @ np.ones(
            spec.in_features, dtype=np.int64)
        report.say(f"{spec!r}: output {spec.out_size}")
        report.show("Cᵀ·1 (terms summed by each output pixel)", counts[0])
        report.check("Cᵀ·1 equals the scipy matrix of an all-ones kernel times ones",
                     counts.reshape(-1), scipy_counts)
        verdict = checkerboard_verdict(spec)
        report.say(f"  {verdict}")
        report.check(f"checkerboard-free is {free} (k={spec.kernel_size[0]}, "
                     f"s={spec.stride[0]})", verdict.free, free)
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            report.say("  (matplotlib not installed: no picture; pip install tconv_sym[plot])")
            continue
        import io

        fig = overlap_map(spec)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=fig.dpi, metadata={"Software": None})
        report.say(f"  picture: {_save(report, name, buf.getvalue())}")

    d = latex()
    q0, q1, q2 = sympy.symbols("q0 q1 q2")
    seed_q = sympy.Matrix([[q1, q0, 0, 0], [q2, q1, q0, 0], [0, q2, q1, q0], [0, 0, q2, q1]])
    report.check("the LaTeX derivation of q*(↑2 x) = (↓2 (q*)ᵀ)ᵀ x uses the seed's q* matrix",
                 d.matrices["Q"], seed_q)
    report.check("every equality of the derivation checked by SymPy", d.holds, True)
    report.say(f"  LaTeX: {_save(report, 'seed-derivation.tex', d.tex().encode('utf-8'))}")


def write_tour(report, transcript: str) -> str:
    """Write the tour's transcript as ``tour.md`` in the report folder; return its path."""
    pictures = [n for n in getattr(report, "_tour_files", []) if n.endswith(".png")]
    body = ["# tconv-sym demo: the guided tour", "", "```text", transcript.rstrip("\n"), "```",
            ""]
    for name in pictures:
        body += [f"![{name}]({name})", ""]
    return _save(report, "tour.md", "\n".join(body).encode("utf-8"))
