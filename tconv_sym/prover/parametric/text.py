"""Readable text of isl sets (domains, failing sets): ``n ≥ 1 and 0 ≤ p ≤ n``."""

from __future__ import annotations

import re

import islpy as isl

__all__ = ["readable", "MAX_HULL_PIECES"]

#: A union of at most this many pieces (without existentials) is tried as one polyhedron
#: (its polyhedral hull) when its simple hull is not it.
MAX_HULL_PIECES = 8


def readable(set_, names) -> str:
    """An isl set over ``names`` as constraints a reader can take in.

    >>> readable(isl.Set("{ [n, p] : n > 0 and 0 <= p <= n }"), ["n", "p"])
    'n ≥ 1 and 0 ≤ p ≤ n'
    >>> readable(isl.Set("{ [n] : n >= 4 and n mod 2 = 0 }"), ["n"])
    '(n) mod 2 = 0 and n ≥ 4'
    >>> readable(isl.Set("{ [n, p] : n > 0 and p <= n and floor(p/2) >= 0 }"), ["n", "p"])
    'n ≥ 1 and 0 ≤ p ≤ n'
    """
    if any(b.dim(isl.dim_type.div) for b in set_.get_basic_sets()):
        # a floor that does not cut anything (the union of p even and p odd, coalesced to
        # floor(p/2) ≥ 0) reads as what it is: the set without it, kept only when equal
        plain = set_.remove_divs()
        if plain.is_equal(set_):
            set_ = plain.coalesce()
    if set_.n_basic_set() > 1:
        # a union that is one polyhedron reads as one: the simple hull (bounds taken from
        # the pieces' own constraints) is cheap; the polyhedral hull of a set with
        # existentials can take minutes, so it is tried only without them
        hull = isl.Set.from_basic_set(set_.simple_hull())
        if not hull.is_equal(set_) and set_.n_basic_set() <= MAX_HULL_PIECES and all(
                b.dim(isl.dim_type.div) == 0 for b in set_.get_basic_sets()):
            hull = isl.Set.from_basic_set(set_.polyhedral_hull())
        if hull.is_equal(set_):
            set_ = hull
    for i, n in enumerate(names):
        set_ = set_.set_dim_name(isl.dim_type.set, i, n)
    text = str(set_).strip()
    if text.startswith("[") and "->" in text:
        text = text.split("->", 1)[1].strip()
    inner = text.strip("{} ")
    if not inner:
        return "no sizes"
    parts = []
    for piece in inner.split(";"):
        piece = piece.strip()
        tup, _, body = piece.partition(":")
        fixed = [e.strip() for e in tup.strip().strip("[]").split(",") if "=" in e]
        conds = [c for c in (*fixed, body.strip()) if c]
        parts.append(" and ".join(conds) or "every size")
    text = " or ".join(f"({p})" if len(parts) > 1 else p for p in parts)
    text = re.sub(r"(\b[A-Za-z_]\w*) > (-?\d+)\b(?! *[<>=])",
                  lambda m: f"{m.group(1)} ≥ {int(m.group(2)) + 1}", text)
    text = re.sub(r"(^|and |or |\()(-?\d+) < ([A-Za-z_]\w*)\b",
                  lambda m: f"{m.group(1)}{int(m.group(2)) + 1} ≤ {m.group(3)}", text)
    text = re.sub(r"^([A-Za-z_]\w*) ≥ 1 and \1 ≤", r"1 ≤ \1 ≤", text)
    return text.replace(">=", "≥").replace("<=", "≤")
