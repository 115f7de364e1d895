"""The parametric engine: proofs of catalogue identities for every input size at once.

Each operator node is modelled as an integer relation over (row, column, tap) indices, one
index per dimension (channel, then each spatial dim), with the sizes as parameters of
affine constraints (:mod:`.model`); the isl library (``islpy``) decides equality of the two
sides for all sizes, the domain where both are defined, and the smallest counterexample,
which the fixed-size ``basis`` engine then confirms (:mod:`.engine`). The trees are the
catalogue's own, built once per *path* with symbolic sizes (:mod:`.symint`, :mod:`.trace`):
every size field is a quasi-affine expression, every comparison the build makes splits the
domain exactly; nothing is inferred from samples. What cannot be stated that way declines
with the reason (:class:`NotParametric`).

>>> p = prove_all_sizes("up_is_down_transpose", stride=2)
>>> p.holds, p.for_all_sizes, p.domain
(True, True, 'n ≥ 1')
"""

from .engine import prove_all_sizes, require_islpy
from .proof import AllSizesCounterexample, AllSizesProof
from .symint import NotParametric

__all__ = ["prove_all_sizes", "NotParametric", "AllSizesProof", "AllSizesCounterexample",
           "require_islpy"]
