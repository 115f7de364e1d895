"""The demo: a guided tour of the seed examples, each value derived by tconv_sym and checked.

Sections are small functions ``section(report)``; later layers add theirs to ``SECTIONS``
(name -> ``"module:function"``), imported only when run.

>>> report = Report(echo=False)
>>> seed_tutorial_2x2(report)
>>> report.failures
0
"""

from __future__ import annotations

import importlib
import os

__all__ = ["SECTIONS", "Report", "run_demo"]

# The tour, in reading order: the 2×2 example, the 4×4 symbolic matrices, the identities and
# the myth, TF SAME (and the output shapes), the MNIST decoder equivalence, a generated and
# verified kernel, the checkerboard picture.
SECTIONS = {
    "tutorial-2x2": "tconv_sym.report.tour:seed_tutorial_2x2",
    "symbolic-1d": "tconv_sym.report.tour:seed_symbolic_1d",
    "prove-seed": "tconv_sym.prover.demo:prove_seed",
    "prove-myth": "tconv_sym.prover.demo:prove_myth",
    "tf-same": "tconv_sym.report.tour:seed_tf_same",
    "output-shapes": "tconv_sym.report.tour:seed_output_shapes",
    "interop-tf-same": "tconv_sym.interop.demo:tf_same_through_interop",
    "interop-mnist": "tconv_sym.interop.demo:mnist_decoder_equivalence",
    "codegen-mnist": "tconv_sym.codegen.demo:mnist_decoder_kernel",
    "checkerboard-picture": "tconv_sym.report.demo:checkerboard_picture",
}


class Report:
    """Prints a section's text and records its checks.

    >>> r = Report(echo=False)
    >>> r.check("one is one", 1, 1)
    True
    >>> r.check("one is two", 1, 2)
    False
    >>> r.failures
    1
    """

    def __init__(self, echo: bool = True, out=None) -> None:
        self.echo = echo
        self.checks = 0
        self.failures = 0
        self.out = out  # report folder of the tour (sections that write files use it)
        self.lines: list[str] = []  # everything said: the transcript written to the folder

    def say(self, text: str = "") -> None:
        """Print a line (when echoing) and keep it in the transcript.

        >>> r = Report(echo=False); r.say("hello"); r.lines
        ['hello']
        """
        self.lines.append(text)
        if self.echo:
            print(text)

    def heading(self, text: str) -> None:
        """A blank line, then ``text`` underlined.

        >>> Report().heading("Title")
        <BLANKLINE>
        Title
        =====
        """
        self.say()
        self.say(text)
        self.say("=" * len(text))

    def show(self, label: str, obj) -> None:
        """Print ``obj`` (SymPy objects pretty-printed) under ``label``."""
        import sympy

        body = sympy.pretty(obj, use_unicode=True) if isinstance(obj, sympy.Basic) else str(obj)
        self.say(f"{label}:")
        for line in body.splitlines():
            self.say(f"    {line}")

    def check(self, label: str, got, expected) -> bool:
        """Record whether ``got == expected`` (exactly) and print ✓ or ✗."""
        ok = _equal(got, expected)
        self.checks += 1
        self.failures += not ok
        self.say(f"  {'✓' if ok else '✗'} {label}")
        if not ok:
            self.say(f"      got      {got!r}\n      expected {expected!r}")
        return ok


def _equal(got, expected) -> bool:
    import numpy as np

    if isinstance(got, np.ndarray) or isinstance(expected, np.ndarray):
        g, e = np.asarray(got), np.asarray(expected)
        return g.shape == e.shape and bool(np.all(g == e))
    result = got == expected
    return bool(result)


# --------------------------------------------------------------------------------------
# Core sections (the seed examples that need only specs and operators)
# --------------------------------------------------------------------------------------
def seed_tutorial_2x2(report: Report) -> None:
    """Example 1 of the tutorial: a 2×2 input, a 2×2 kernel, stride 1.

    >>> r = Report(echo=False); seed_tutorial_2x2(r); (r.checks, r.failures)
    (1, 0)
    """
    import numpy as np

    from ..operators import conv_transpose_matrix
    from ..reference import conv_transpose
    from ..spec import TransposedConvSpec
    from ..symbols import kernel_symbols

    report.heading("Transposed convolution of a 2×2 input with a 2×2 kernel (stride 1)")
    x = np.array([[[[0, 1], [2, 3]]]])
    w = np.array([[[[4, 1], [2, 3]]]])
    spec = TransposedConvSpec(in_size=(2, 2), kernel_size=2)
    report.say(f"spec: {spec!r}  ->  out_size {spec.out_size}")
    report.show("Cᵀ for a symbolic kernel q (9×4; y = Cᵀ x, x flattened row-major)",
                conv_transpose_matrix(spec, kernel_symbols("q", (2, 2))))
    y = conv_transpose(x, w)
    report.show("y = conv_transpose(x=[[0,1],[2,3]], w=[[4,1],[2,3]])", y[0, 0])
    report.check("matches the tutorial (and PyTorch / TensorFlow)", y[0, 0].tolist(),
                 [[0, 4, 1], [8, 16, 6], [4, 12, 9]])


def seed_symbolic_1d(report: Report) -> None:
    """The DSP answer: q* as a 4×4 matrix, ↓2, ↑2, and the stride-2 transposed convolution.

    >>> r = Report(echo=False); seed_symbolic_1d(r); (r.checks, r.failures)
    (5, 0)
    """
    import sympy

    from ..operators import conv_matrix, downsample_matrix, upsample_matrix
    from ..spec import ConvSpec
    from ..symbols import as_column, input_symbols, kernel_symbols

    report.heading("Symbolic 1-D: q = (q0, q1, q2), length 4, DSP convention, 'same' size")
    q = kernel_symbols("q", 3)
    spec = ConvSpec(in_size=4, kernel_size=3, padding="same", mode="convolution")
    cq = conv_matrix(spec, q)
    report.show("matrix of q*", cq)
    q0, q1, q2 = q
    expected = sympy.Matrix([[q1, q0, 0, 0], [q2, q1, q0, 0], [0, q2, q1, q0], [0, 0, q2, q1]])
    report.check("q* is [[q1,q0,0,0],[q2,q1,q0,0],[0,q2,q1,q0],[0,0,q2,q1]]",
                 sympy.Matrix(cq), expected)
    down, up = downsample_matrix(4, 2), upsample_matrix(2, 2)
    report.show("↓2 (length 4)", down)
    report.show("↑2 (length 2)", up)
    report.check("↓2 = [[1,0,0,0],[0,0,1,0]]", down.tolist(), [[1, 0, 0, 0], [0, 0, 1, 0]])
    report.check("↑2 = [[1,0],[0,0],[0,1],[0,0]]", up.tolist(), [[1, 0], [0, 0], [0, 1], [0, 0]])
    report.check("↑2 = (↓2)ᵀ", up, down.T)
    x = as_column(input_symbols("x", 2))
    lhs = (cq * (up * x)).expand()
    rhs = ((down * cq.T).T * x).expand()
    report.show("q*(↑2 x)", lhs)
    report.check("q*(↑2 x) = (↓2 (q*)ᵀ)ᵀ x, by SymPy expansion", lhs, rhs)


def seed_tf_same(report: Report) -> None:
    """TensorFlow conv2d_transpose, SAME, stride 2, 3×3 ones, output 4×4.

    >>> r = Report(echo=False); seed_tf_same(r); (r.checks, r.failures)
    (1, 0)
    """
    import numpy as np

    from ..operators import conv_transpose_matrix
    from ..spec import TransposedConvSpec

    report.heading("TensorFlow SAME, stride 2, 3×3 ones kernel, 2×2 -> 4×4")
    spec = TransposedConvSpec(in_size=(2, 2), kernel_size=3, stride=2, padding="same")
    report.say(f"spec: {spec!r}")
    report.say("  SAME needs total padding 1: 0 cropped at the start, 1 at the end")
    m = conv_transpose_matrix(spec, np.ones((3, 3), dtype=np.int64), backend="scipy")
    y = (m @ np.array([1, 2, 3, 4])).reshape(spec.out_size)
    report.show("y", y)
    report.check("matches TensorFlow", y.tolist(),
                 [[1, 1, 3, 2], [1, 1, 3, 2], [4, 4, 10, 6], [3, 3, 7, 4]])


def seed_output_shapes(report: Report) -> None:
    """Keras Conv2DTranspose and the MNIST decoder: output shapes.

    >>> r = Report(echo=False); seed_output_shapes(r); (r.checks, r.failures)
    (4, 0)
    """
    from ..spec import TransposedConvSpec

    report.heading("Output shapes")
    cases = [
        ("Keras valid, 4×4, k3, s2", dict(kernel_size=3, stride=2, padding="valid"), 4, 9),
        ("Keras same, 4×4, k3, s2", dict(kernel_size=3, stride=2, padding="same"), 4, 8),
        ("Keras valid, 4×4, k3, s1", dict(kernel_size=3, stride=1, padding="valid"), 4, 6),
        ("MNIST decoder 28×28×32 -> 28×28×1, k7, SAME",
         dict(kernel_size=7, stride=1, padding="same", in_channels=32), 28, 28),
    ]
    for label, kw, n, expected in cases:
        spec = TransposedConvSpec(in_size=(n, n), **kw)
        report.check(f"{label}: {spec.out_size}", spec.out_size, (expected, expected))


# --------------------------------------------------------------------------------------
def run_demo(only=None, echo: bool = True, out=None) -> int:
    """Run the demo sections (those whose name contains one of ``only``); exit status.

    ``out``: the report folder (pictures, LaTeX and the transcript ``tour.md``); sections
    that write files create a temporary one when it is None.

    >>> run_demo(["output-shapes"], echo=False)
    0
    """
    names = [n for n in SECTIONS if not only or any(o in n for o in only)]
    if not names:
        print(f"no demo section matches {', '.join(map(repr, only))}; sections: "
              f"{', '.join(SECTIONS)}")
        return 2
    report = Report(echo=echo, out=out)
    if out is not None:  # check the folder before the tour, not halfway through it
        from .demo import tour_folder

        tour_folder(report)
    for name in names:
        module, func = SECTIONS[name].split(":")
        getattr(importlib.import_module(module), func)(report)
    report.say()
    report.say(f"{report.checks - report.failures}/{report.checks} checks passed")
    if report.out is not None:
        from .demo import write_tour

        path = write_tour(report, "\n".join(report.lines))
        report.say(f"report folder: {os.path.dirname(path)} (transcript: tour.md)")
    return 1 if report.failures else 0
