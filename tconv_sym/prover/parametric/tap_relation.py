"""The parametric tap relation of one convolution or transposed convolution, for every
input size: the model of :mod:`.model` on its own, as (row, col, tap) triples at any size.

This is the bridge to the fixed-size model (:func:`tconv_sym.structure.conv_structure`):
the tests check that both give the same triples at every size, so the parametric and the
fixed-size engines read one truth.

>>> from tconv_sym import ConvSpec
>>> rel = tap_relation(lambda n: ConvSpec(in_size=n, kernel_size=3, stride=2, padding=1), 1)
>>> rel
TapRelation(ConvSpec, domain n ≥ 1)
>>> sorted(rel.triples((3,)))
[(0, 0, 1), (0, 1, 2), (1, 1, 0), (1, 2, 1)]
"""

from __future__ import annotations

import islpy as isl

from .model import conv_relation
from .symint import NotParametric
from .text import readable
from .trace import as_set, explore, symbols

__all__ = ["TapRelation", "tap_relation"]


class TapRelation:
    """The tap relation of a family of specs over every size: one relation per path of the
    spec's construction (traced with symbolic sizes), and where the family is undefined."""

    def __init__(self, kind: str, paths, names, make_spec) -> None:
        self.kind = kind
        self._paths = paths  # (path set, relation or None)
        self.names = names
        self._spec_at = make_spec

    def _path_of(self, size):
        where = " and ".join(f"{n} = {v}" for n, v in zip(self.names, size))
        pt = isl.Set(f"[{', '.join(self.names)}] -> {{ : {where} }}")
        for path, rel in self._paths:
            if pt.is_subset(path):
                return pt, rel
        raise ValueError(f"no path holds size {size}")  # pragma: no cover

    def defined(self, size) -> bool:
        """True when the model's domain holds ``size``."""
        return self._path_of(tuple(size))[1] is not None

    def triples(self, size) -> set[tuple[int, int, int]]:
        """The flat (row, col, tap) triples at ``size`` (C order: channel, then spatial)."""
        pt, rel = self._path_of(tuple(size))
        spec = self._spec_at(tuple(size))
        rows = (spec.out_channels, *spec.out_size)
        cols = (spec.in_channels, *spec.in_size)
        taps = tuple(spec.weight_shape)
        out = set()
        fixed = rel.intersect_params(pt)
        nr, nc = len(rows), len(cols)

        def flat(idx, extents):
            v = 0
            for i, e in zip(idx, extents):
                v = v * e + i
            return v

        def visit(point):
            idx = [int(point.get_coordinate_val(isl.dim_type.set, k).to_python())
                   for k in range(nr + nc + len(taps))]
            out.add((flat(idx[:nr], rows), flat(idx[nr:nr + nc], cols),
                     flat(idx[nr + nc:], taps)))

        fixed.foreach_point(visit)
        return out

    def __repr__(self) -> str:
        dom = None
        for path, rel in self._paths:
            if rel is not None:
                dom = path if dom is None else dom.union(path)
        return f"TapRelation({self.kind}, domain {readable(as_set(dom.coalesce()), self.names)})"


def tap_relation(make_spec, ndim: int) -> TapRelation:
    """Trace ``make_spec`` (a size tuple -> ``ConvSpec``/``TransposedConvSpec``) on symbolic
    sizes: the tap relation for every size (see the module docstring)."""
    names = ["n"] if ndim == 1 else [f"n{d}" for d in range(ndim)]
    kinds = []

    def run(trace):
        env = symbols(names, trace.point)
        with trace:
            try:
                spec = make_spec(tuple(env[n] for n in names))
            except ValueError:
                return None
            kinds.append(type(spec).__name__)
            domain: list = []
            rel, *_ = conv_relation(spec, domain, keep_all=True)
            for cond in dict.fromkeys(domain):
                if not trace.decide(cond, trace.at_point(cond)):
                    raise NotParametric(f"the spec builds at {trace.point} where the model "
                                        f"needs {cond}")
            return rel

    universe = isl.Set(f"[{', '.join(names)}] -> {{ : "
                       f"{' and '.join(f'{n} >= 1' for n in names)} }}")
    paths = explore(run, names, universe)
    return TapRelation(kinds[0] if kinds else "?",
                       [(p.path, None if p.result is None else p.result.intersect_params(p.path))
                        for p in paths], names, make_spec)
