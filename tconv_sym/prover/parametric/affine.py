"""Affine functions of the size parameters: what a lifted size field is.

>>> a = Aff(3, {"n": 2})
>>> a, a.isl(), a(n=4)
(Aff(3 + 2*n), '(3 + 2*n)', 11)
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Aff"]


@dataclass(frozen=True)
class Aff:
    """``const + Σ coeffs[v]·v`` with integer coefficients (zero ones dropped).

    >>> Aff(1, {"n": 0}).is_constant
    True
    """

    const: int
    coeffs: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "coeffs",
                           {v: int(c) for v, c in sorted(self.coeffs.items()) if c})
        object.__setattr__(self, "const", int(self.const))

    @property
    def is_constant(self) -> bool:
        return not self.coeffs

    def __hash__(self) -> int:
        return hash((self.const, tuple(self.coeffs.items())))

    def __call__(self, **values) -> int:
        return self.const + sum(c * values[v] for v, c in self.coeffs.items())

    def isl(self) -> str:
        """The expression in isl syntax (``'3 + 2*n'``)."""
        parts = [str(self.const)] if self.const or not self.coeffs else []
        parts += [v if c == 1 else f"{c}*{v}" for v, c in self.coeffs.items()]
        return "(" + " + ".join(parts) + ")" if len(parts) > 1 else (parts[0])

    def __repr__(self) -> str:
        return f"Aff({self.isl().strip('()')})"
