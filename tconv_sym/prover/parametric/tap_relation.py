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

import math

import islpy as isl

from .. import expr as E
from .lift import Variable, lift
from .model import Space, conv_relation
from .text import readable

__all__ = ["TapRelation", "tap_relation"]


class TapRelation:
    """The tap relation of a family of specs over every size (one per residue class)."""

    def __init__(self, kind: str, classes, names) -> None:
        self.kind = kind
        self._classes = classes  # (lifted, relation set, domain set)
        self.names = names

    def _class_of(self, size):
        for lifted, rel, dom in self._classes:
            names = [v.name for v in lifted.variables]
            ok = all((x - lifted.residue[n]) % lifted.period[n] == 0 for n, x in zip(names, size))
            if ok:
                j = {lifted.params[n]: (x - lifted.residue[n]) // lifted.period[n]
                     for n, x in zip(names, size)}
                return lifted, rel, dom, j
        raise ValueError(f"no residue class holds size {size}")  # pragma: no cover

    def _fix(self, set_, j: dict):
        where = " and ".join(f"{p} = {v}" for p, v in j.items())
        names = ", ".join(j)
        return set_.intersect_params(isl.Set(f"[{names}] -> {{ : {where} }}"))

    def defined(self, size) -> bool:
        """True when the model's domain holds ``size``."""
        _, _, dom, j = self._class_of(tuple(size))
        return not self._fix(dom, j).is_empty()

    def triples(self, size) -> set[tuple[int, int, int]]:
        """The flat (row, col, tap) triples at ``size`` (C order: channel, then spatial)."""
        lifted, rel, _dom, j = self._class_of(tuple(size))
        spec = self._spec_at(tuple(size))
        rows = (spec.out_channels, *spec.out_size)
        cols = (spec.in_channels, *spec.in_size)
        taps = tuple(spec.weight_shape)
        out = set()
        fixed = self._fix(rel, j)
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
        from .engine import _to_variables

        dom = None
        for lifted, _rel, d in self._classes:
            v = _to_variables(d, lifted)
            dom = v if dom is None else dom.union(v)
        return f"TapRelation({self.kind}, domain {readable(dom.coalesce(), self.names)})"


def tap_relation(make_spec, ndim: int) -> TapRelation:
    """Lift ``make_spec`` (a size tuple -> ``ConvSpec``/``TransposedConvSpec``) to the tap
    relation for every size (see the module docstring)."""
    names = ["n"] if ndim == 1 else [f"n{d}" for d in range(ndim)]

    def build(values):
        spec = make_spec(tuple(values[n] for n in names))
        node = E.conv(spec, E.sym("q", (math.prod(spec.weight_shape),)))
        return node, node

    probe = None
    for n in range(1, 17):
        try:
            probe = make_spec((n,) * ndim)
            break
        except ValueError:
            continue
    strides = probe.stride if probe is not None else (1,)
    classes = []
    for lifted in lift(build, [Variable(n, 1) for n in names], period_hint=math.lcm(*strides)):
        params = [lifted.params[n] for n in names]
        node = lifted.lhs
        domain = [f"{lifted.params[n]} >= {lifted.base[n]}" for n in names]
        space = Space(params, [{lifted.params[n]: pt[n] for n in names}
                               for pt, _ in lifted.valid])
        rel, *_ = conv_relation(node.spec, lifted.fields[id(node)][1], space, domain,
                                keep_all=True)
        dom = isl.Set(f"[{', '.join(params)}] -> {{ : {' and '.join(domain)} }}")
        classes.append((lifted, rel.intersect_params(dom), dom))
    rel = TapRelation(type(probe).__name__, classes, names)
    rel._spec_at = make_spec
    return rel
