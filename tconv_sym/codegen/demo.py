"""Demo section: generate, load and verify a kernel for the MNIST decoder.

>>> from tconv_sym.report.tour import Report
>>> r = Report(echo=False)
>>> mnist_decoder_kernel(r)
>>> r.failures, r.checks
(0, 4)
"""

from __future__ import annotations

__all__ = ["mnist_decoder_kernel"]


def mnist_decoder_kernel(report) -> None:
    """The MNIST decoder layer (28×28×32 → 28×28×1, 7×7, SAME) as generated C (NumPy when no
    C compiler is found), checked against scipy.sparse and against the reference oracle."""
    import tempfile

    import numpy as np

    from ..reference import conv_transpose
    from ..spec import TransposedConvSpec
    from .api import generate
    from .compile import CompilerNotFoundError, find_compiler

    report.heading("Generated kernel for the MNIST decoder (28×28×32 -> 28×28×1, 7×7, SAME)")
    spec = TransposedConvSpec(in_size=(28, 28), kernel_size=7, padding="same", in_channels=32)
    try:
        find_compiler()
        lang = "c"
    except CompilerNotFoundError as exc:
        report.say(f"  ({exc}; using lang='numpy')")
        lang = "numpy"
    with tempfile.TemporaryDirectory() as out:
        art = generate(spec, lang=lang, name="mnist_decoder", out_dir=out)
        report.show("plan", art.plan)
        report.say(f"files: {', '.join(p.name for p in art.paths)}")
        report.check("polyphase: executed MACs = structural nonzeros < naive MACs",
                     art.plan.executed_macs == art.plan.nnz < art.plan.naive_macs, True)
        err = art.verify()
        report.say(f"  verify(): {art.last_verification}")
        report.check("verify() against scipy.sparse passes", err <= 1e-12, True)
        rng = np.random.default_rng(7)
        x = rng.integers(-2, 3, size=(3, 32, 28, 28))
        w = rng.integers(-2, 3, size=(32, 1, 7, 7))
        y = art.load()(x, w)
        expected = conv_transpose(x, w, padding=3)
        report.check("batch of 3 integer images: equals conv_transpose exactly",
                     np.array_equal(y, expected), True)
        report.check("output shape (3, 1, 28, 28)", y.shape, (3, 1, 28, 28))
