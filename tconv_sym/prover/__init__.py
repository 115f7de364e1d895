"""The identity prover: a catalogue of theorems about (transposed) convolution, proved
exactly for given sizes by two independent engines, and refuted with a counterexample when
false.

>>> from tconv_sym.prover import prove
>>> prove("strided_conv_is_downsampled_conv", size=(6, 6), kernel=3, stride=2).holds
True

Modules: :mod:`.expr` (operator expressions), :mod:`.identity` (Identity, parameters),
:mod:`.constructions` (the independent constructions), :mod:`.catalogue` (the identities,
``register``), :mod:`.basis` and :mod:`.sympy_engine` (the engines), :mod:`.proof`
(Proof), :mod:`.api` (``identities``, ``prove``, ``prove_equal``), :mod:`.demo`;
:mod:`.parametric` (the third engine: ``prove(name, all_sizes=True)`` proves an identity for
every input size at once; needs islpy).
"""

from __future__ import annotations

from .api import identities, prove, prove_equal
from .catalogue import register, unregister
from .identity import Identity
from .proof import Counterexample, Proof

__all__ = ["identities", "prove", "prove_equal", "register", "unregister", "Identity", "Proof",
           "Counterexample"]
