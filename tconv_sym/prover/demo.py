"""Demo sections of the prover: the seed identities proved, a broken variant and the myth refuted.

Registered in :data:`tconv_sym.report.tour.SECTIONS` as ``prove-seed`` and ``prove-myth``.
The output is deterministic (no timings).

>>> [name for name, _, _ in SEED_PROOFS][:2]
['up_is_down_transpose', 'strided_conv_is_downsampled_conv']
"""

from __future__ import annotations

import sympy

from ..spec import ConvSpec
from ..symbols import kernel_symbols
from . import constructions as K
from . import expr as E
from . import sympy_engine
from .api import prove
from .identity import make_params

__all__ = ["prove_seed", "prove_myth"]

# (identity, parameters, what the seed documents say)
SEED_PROOFS = [
    ("up_is_down_transpose", dict(size=2, stride=2), "↑2 = (↓2)ᵀ, length 2"),
    ("strided_conv_is_downsampled_conv", dict(size=4, kernel=3, stride=2, padding=1),
     "stride-2 convolution = ↓2 (q * x), length 4"),
    ("dilated_conv_is_upsampled_kernel", dict(size=8, kernel=3, dilation=2),
     "dilation-2 convolution = (↑2 q) * x, length 8"),
    ("transposed_conv_is_conv_of_upsampled", dict(size=2, kernel=3, stride=2),
     "q * (↑2 x) = (↓2 (q*)ᵀ)ᵀ x, x of length 2"),
    ("nearest_upsample_conv_is_transposed_conv", dict(size=2, kernel=3, stride=2, padding=2),
     "repeat-2 then q* = stride-2 transposed convolution with (q0, q0+q1, q1+q2, q2)"),
    ("transposed_conv_is_scatter", dict(size=(2, 2), kernel=2),
     "tutorial example 1 (2×2 input, 2×2 kernel) as a scatter of kernels"),
    ("transposed_conv_is_direct_conv",
     dict(size=(28, 28), kernel=7, padding="same", in_channels=32, out_channels=1),
     "MNIST decoder: conv2d_transpose(a, W) = conv2d(a, flip180(swap(W))), SAME, 32 -> 1"),
    ("transposed_conv_is_input_gradient",
     dict(size=(4, 4), kernel=3, stride=2, padding=1, in_channels=2, out_channels=3),
     "conv2d_transpose = conv2d_backprop_input (2 -> 3 channels)"),
    ("transposed_conv_gradient_is_conv",
     dict(size=(4, 4), kernel=3, stride=2, padding=1, in_channels=2, out_channels=3),
     "forward and backward passes swap"),
    ("transposed_conv_is_conv_of_upsampled", dict(size=(64, 64), kernel=5, stride=2),
     "the mission: 64×64 input, symbolic 5×5 kernel, stride 2"),
]


def prove_seed(report) -> None:
    """The seed identities and equivalences, each proved exactly for the sizes of the seed.

    >>> from tconv_sym.report.tour import run_demo
    >>> run_demo(["prove-seed"], echo=False)  # exit status: every check passed
    0
    """
    report.heading("Proving the seed identities exactly (for the sizes given)")
    proof = prove("transposed_conv_is_conv_of_upsampled", size=2, kernel=3, stride=2)
    lhs, _ = proof.identity.sides(make_params(size=2, kernel=3, stride=2))
    report.show("q * (↑2 x) as a matrix (x of length 2; = the stride-2 Cᵀ)",
                sympy.ImmutableMatrix(sympy_engine.evaluate(lhs)))
    box, _ = K.box_kernel(E.sym("q", 3), (1, 1, 3), (2,))
    kernel = list(sympy_engine.evaluate(box))
    report.show("the transposed kernel of nearest upsampling, (1 1) * q", kernel)
    q0, q1, q2 = kernel_symbols("q", 3)
    report.check("(1 1) * q = (q0, q0+q1, q1+q2, q2)", kernel, [q0, q0 + q1, q1 + q2, q2])
    for name, params, what in SEED_PROOFS:
        proof = prove(name, **params)
        report.check(f"{what}: {name} holds ({proof.engine} engine)", proof.holds, True)
    broken = prove("transposed_conv_is_direct_conv", size=3, kernel=3, stride=2,
                   variant="no_flip")
    report.say("A deliberately broken recipe (kernel not flipped) is refuted:")
    report.say(f"    {broken.counterexample!r}")
    report.check("transposed_conv_is_direct_conv [no_flip] is refuted", broken.holds, False)


def prove_myth(report) -> None:
    """'Deconvolution undoes convolution': CᵀC = I, refuted with a counterexample.

    >>> from tconv_sym.report.tour import Report
    >>> r = Report(echo=False)
    >>> prove_myth(r)
    >>> r.failures, r.checks, r.lines[-1]
    (0, 3, '  ✓ also refuted for a 32×32 input, 4×4 kernel, stride 2 (basis engine)')
    """
    report.heading("The myth: a transposed convolution inverts the convolution (CᵀC = I)")
    spec = ConvSpec(in_size=4, kernel_size=3, padding=1)
    q = E.sym("q", 3)
    gram = E.conv(spec.transposed(output_size=4), q) @ E.conv(spec, q)
    report.show("CᵀC for q = (q0, q1, q2), length 4, padding 1",
                sympy.ImmutableMatrix(sympy_engine.evaluate(gram)).applyfunc(sympy.expand))
    proof = prove("transposed_conv_is_inverse", size=4, kernel=3, padding=1)
    report.say(proof.report(timing=False))
    report.check("CᵀC = I is refuted", proof.holds, False)
    cx = proof.counterexample
    report.check("first differing entry is (0, 0)", (cx.row, cx.col), (0, 0))
    big = prove("transposed_conv_is_inverse", size=(32, 32), kernel=4, stride=2, padding=1)
    report.check("also refuted for a 32×32 input, 4×4 kernel, stride 2 (basis engine)",
                 big.holds, False)
