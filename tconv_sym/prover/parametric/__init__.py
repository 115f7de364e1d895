"""The parametric engine: proofs of catalogue identities for every input size at once.

Each operator node is modelled as an integer relation over (row, column, tap) indices, one
index per dimension (channel, then each spatial dim), with the sizes as parameters of
affine constraints (:mod:`.model`); the isl library (``islpy``) decides equality of the two
sides for all sizes, the domain where both are defined, and the smallest counterexample,
which the fixed-size ``basis`` engine then confirms (:mod:`.engine`). The trees are the
catalogue's own: :mod:`.lift` builds them at sample sizes and reads every size-dependent
field as an affine function of the sizes (per residue class when a field is periodic).

>>> p = prove_all_sizes("up_is_down_transpose", stride=2)
>>> p.holds, p.for_all_sizes, p.domain
(True, True, 'n ≥ 1')
"""

from .engine import NotParametric, prove_all_sizes, require_islpy
from .proof import AllSizesCounterexample, AllSizesProof

__all__ = ["prove_all_sizes", "NotParametric", "AllSizesProof", "AllSizesCounterexample",
           "require_islpy"]
