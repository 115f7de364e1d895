"""Front end: reports for people — pictures (:mod:`.plot`), the LaTeX matrix-chain derivation
(:mod:`.derivation`), ``explain`` report folders (:mod:`.explain`), ``scan`` report folders
for a model's layers with verified kernels (:mod:`.scan`), the guided tour (:mod:`.tour`,
with this layer's own section in :mod:`.demo`).

The numbers behind the pictures live below, in :mod:`tconv_sym.analysis`, so that the prover
and ``explain`` can use them without matplotlib.

>>> from tconv_sym.report import derivation
>>> derivation.latex().spec
TransposedConvSpec(in_size=2, kernel_size=3, stride=2, padding=1, output_padding=1)
"""
