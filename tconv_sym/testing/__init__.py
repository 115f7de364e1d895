"""Test helpers for your own (transposed) convolution kernels: plain functions for pytest.

:func:`operator_matrix` reads off the exact matrix of any linear function by probing it
(one basis vector per input, or — given a spec — by column colouring into a sparse matrix,
verified with random probes); :func:`assert_same_operator` compares a function with the
operator of a spec without ever building a matrix (a random pre-check, then colour probes
streamed against the factored operator) and, when they differ, shows the first differing
entries and names the common mistake that explains the difference (kernel flipped, in/out
channels swapped, padding off by one at the start or the end, output_padding missing,
stride and dilation swapped, SAME split on the wrong side), trying pairs of mistakes too.

Modules: :mod:`~tconv_sym.testing.colouring` (footprints and their colourings),
:mod:`~tconv_sym.testing.probe` (probing, ``operator_matrix``),
:mod:`~tconv_sym.testing.diagnosis` (the mistakes, ``diagnose``),
:mod:`~tconv_sym.testing.assertions` (``assert_same_operator``).

>>> import numpy as np
>>> from tconv_sym import TransposedConvSpec, conv_transpose
>>> spec = TransposedConvSpec(in_size=(8, 8), kernel_size=3, stride=2, in_channels=4,
...                           out_channels=2)
>>> w = np.random.default_rng(0).integers(-3, 4, spec.weight_shape).astype(float)
>>> assert_same_operator(lambda x: conv_transpose(x, w, stride=2), spec, w)
>>> [m.name for m in diagnose(lambda x: conv_transpose(x, w[..., ::-1, ::-1], stride=2),
...                           spec, w)]
['kernel flipped']
"""

from __future__ import annotations

from .assertions import OperatorMismatch, assert_same_operator
from .colouring import Colouring, Footprint, colouring_of
from .diagnosis import MISTAKES, Diagnosis, Mistake, classify, diagnose
from .linearity import check_linearity
from .probe import operator_matrix

__all__ = ["operator_matrix", "assert_same_operator", "OperatorMismatch", "diagnose",
           "classify", "Diagnosis", "Mistake", "MISTAKES", "check_linearity", "Colouring",
           "Footprint", "colouring_of"]
