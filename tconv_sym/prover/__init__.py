"""The identity prover: a catalogue of theorems about (transposed) convolution, proved
exactly for given sizes by two independent engines, and refuted with a counterexample when
false.

>>> from tconv_sym.prover import prove
>>> prove("strided_conv_is_downsampled_conv", size=(6, 6), kernel=3, stride=2).holds
True

Modules: :mod:`.expr` (operator expressions), :mod:`.identity` (Identity, parameters),
:mod:`.constructions` (the independent constructions), :mod:`.catalogue` (the identities,
one ``@declare`` each, and ``register``), :mod:`.basis`, :mod:`.sympy_engine` and
:mod:`.split` (the engines, one dispatch table each: :mod:`.dispatch`, :mod:`.engines`),
:mod:`.polynomial` (exact entry comparison without blind expansion), :mod:`.proof`
(Proof), :mod:`.api` (``identities``, ``prove``, ``prove_equal``), :mod:`.sides` (both sides
written out, where they differ), :mod:`.demo`; :mod:`.parametric` (the third engine:
``prove(name, all_sizes=True)`` proves an identity for every input size at once; needs
islpy).

Your own identity: a function ``build(params, variant) -> (lhs, rhs)`` returning two
expressions, wrapped by :func:`define_identity` (keywords; ``Identity(...)`` takes the same
fields positionally) and given to :func:`register` — or left at the top level of a file that
``tconv-sym prove --module FILE.py NAME`` loads. The building blocks:

* :mod:`.expr` — the core builders: ``sym`` (a symbolic kernel or signal), ``conv`` (the
  operator of a spec applied to a kernel expression), ``up`` / ``down`` (↑k, ↓k), ``pad``,
  ``crop``, ``flip``, ``eye``, ``resize``, ``ones``, ``fixed`` (an exact constant matrix),
  ``kron``, ``hstack``, ``grad``, ``apply``; ``@``, ``+``, ``.T`` combine them;
* :mod:`.constructions` — kernel maps on a kernel column in the layout ``(c1, c2, *k)``:
  ``kernel_sym``, ``flip_kernel``, ``dilate_kernel``, ``phase_kernel``, ``box_kernel``,
  ``swap_channels``; operators built from selection matrices: ``zero_insert``, ``repeat``
  (nearest upsampling), ``scatter``, ``bilinear_weight``, ``interpolation_matrix``;
* :class:`Params` — what ``build`` receives: a family of layers with the spec's fields
  (``in_size``, ``kernel_size``, ``stride``, ``padding``, ``dilation``, ``output_padding``,
  ``in_channels``, ``out_channels``, ``groups``; per-dim tuples, padding parsed once; ``size``
  and ``kernel`` are aliases), and ``p.conv_spec(name)`` / ``p.transposed_spec(name)`` build
  its layer; an identity declares which of :data:`PARAMETERS` it reads, and ``prove``
  refuses any other that is not at its default.

>>> from tconv_sym.prover import define_identity, register, unregister, expr as E
>>> from tconv_sym.prover.constructions import repeat
>>> ident = register(define_identity(
...     "nearest_is_repeat_transposed", statement="repeat_k = (repeatᵀ)ᵀ",
...     parameters=("size", "stride"),
...     build=lambda p, v: (repeat(p.size, p.stride), repeat(p.size, p.stride).T.T)))
>>> prove("nearest_is_repeat_transposed", size=3, stride=2).holds
True
>>> unregister("nearest_is_repeat_transposed")
"""

from __future__ import annotations

from . import constructions, expr
from .api import identities, prove, prove_equal
from .catalogue import register, unregister
from .identity import PARAMETERS, Identity, Params, define_identity
from .proof import Counterexample, Proof

__all__ = ["identities", "prove", "prove_equal", "register", "unregister", "Identity",
           "define_identity", "Params", "PARAMETERS", "expr", "constructions", "Proof",
           "Counterexample"]
