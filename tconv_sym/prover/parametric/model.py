"""The isl model of each leaf of an expression tree: the relation of every core builder
(↑ ↓ pad crop flip identity, convolution, transposed convolution), of symbol columns and of
explicit rational constants (one weight class per value), with the sizes as parameters.

Per spatial dim, a convolution with stride ``s``, dilation ``d``, padding ``(lo, hi)``,
kernel ``k`` on ``n`` samples relates output ``o``, input ``i`` and tap ``t`` by
``i = s·o + d·t − lo``, ``0 ≤ i < n``, ``0 ≤ o``, ``s·o ≤ n + lo + hi − d(k−1) − 1`` (the
output length ``⌊(n + lo + hi − d(k−1) − 1)/s⌋ + 1`` without a floor). The channel index
adds ``ci = ⌊co / (C_out/g)⌋·(C_in/g) + c_local``. Every leaf also records the constraints
under which it is defined (sizes ≥ 1, paddings ≥ 0, …): their conjunction is the domain.

>>> from tconv_sym import ConvSpec
>>> import islpy as isl
>>> spec = ConvSpec(in_size=5, kernel_size=3, stride=2, padding=1)
>>> rel, rows, cols, taps, domain = conv_relation(spec, [])
>>> rel.dim(isl.dim_type.set), rows, cols, taps, domain[-1]
(3, (3,), (5,), (3,), '5 + 1 + 1 - 1*(3 - 1) - 1 >= 0')
"""

from __future__ import annotations

from fractions import Fraction

import islpy as isl

from .. import expr as E
from .relation import NeedsCounting, Value, is_unit, matmul, reshape_rows, weight_factor
from .symint import NotParametric, SymInt, current_trace, is_symbolic

__all__ = ["Leaf", "NotParametric", "conv_relation", "conv_value", "selection_value",
           "sym_value", "sym_layout", "fixed_value"]


def isl_text(x) -> str:
    """A field as isl text: a constant, or a symbolic size's quasi-affine expression.

    >>> isl_text(3)
    '3'
    """
    if is_symbolic(x):
        return SymInt._text(x)
    return str(int(x))


_a = isl_text  # the short name this module's relations use


def _const(x, what: str) -> int:
    if is_symbolic(x):
        raise NotParametric(f"{what} depends on the size or a symbol; it multiplies an index, "
                            "which is outside Presburger arithmetic: keep it a concrete "
                            "integer")
    return int(x)


def _params() -> list:
    t = current_trace()
    return [] if t is None else t.params


class Leaf:
    """Collects the dims (per group: rows, cols, factors) and constraints of one relation.

    >>> leaf = Leaf()
    >>> r = leaf.dim(0, "r", 4); c = leaf.dim(1, "c", 4)
    >>> leaf.where(f"0 <= {r} < 4", f"{c} = {r}")
    >>> leaf.value({}).rows
    (4,)
    """

    def __init__(self, groups: int = 2) -> None:
        self.params = _params()
        self.groups = [[] for _ in range(groups)]
        self.cons: list[str] = []
        self._count = 0

    def dim(self, group: int, stem: str, extent) -> str:
        name = f"{stem}{self._count}"
        self._count += 1
        self.groups[group].append((name, extent))
        return name

    def where(self, *cons: str) -> None:
        self.cons.extend(cons)

    def set(self, keep_all: bool = False) -> tuple[isl.Set, list]:
        """The isl set (dims of constant extent 1 projected out unless ``keep_all``) and the
        kept layouts."""
        names = [n for g in self.groups for n, _ in g]
        body = " and ".join(self.cons) or "true"
        s = isl.Set(f"[{', '.join(self.params)}] -> {{ [{', '.join(names)}] : {body} }}")
        trace = current_trace()
        if trace is not None:
            s = s.intersect_params(trace.path)
        if keep_all:
            return s.coalesce(), [tuple(e for _, e in g) for g in self.groups]
        drop = [i for i, (_, e) in enumerate(x for g in self.groups for x in g) if is_unit(e)]
        for i in reversed(drop):
            s = s.project_out(isl.dim_type.set, i, 1)
        layouts = [tuple(e for _, e in g if not is_unit(e)) for g in self.groups]
        return s.coalesce(), layouts

    def value(self, sig_of_factors) -> Value:
        s, layouts = self.set()
        return Value(layouts[0], layouts[1], {tuple(sig_of_factors): s})


# --------------------------------------------------------------------------------------
# Selections
# --------------------------------------------------------------------------------------
def _selection(node: E.Const, domain: list) -> Value:
    builder, args, kwargs = node.builder, node.args, dict(node.kwargs)
    channels = _const(kwargs.get("channels", 1), "channels")
    leaf = Leaf()
    rc = leaf.dim(0, "r", channels)
    cc = leaf.dim(1, "c", channels)
    leaf.where(f"0 <= {rc} < {channels}", f"{cc} = {rc}")
    for d, n in enumerate(args[0]):
        domain.append(f"{_a(n)} >= 1")
        if builder == "downsample_matrix":
            k = _const(args[1][d], "the down-sampling factor")
            r = leaf.dim(0, "r", -(-n // k))
            c = leaf.dim(1, "c", n)
            leaf.where(f"{r} >= 0", f"{k}*{r} <= {_a(n)} - 1", f"{c} = {k}*{r}")
        elif builder == "upsample_matrix":
            k = _const(args[1][d], "the up-sampling factor")
            r = leaf.dim(0, "r", n * k)
            c = leaf.dim(1, "c", n)
            leaf.where(f"0 <= {c} < {_a(n)}", f"{r} = {k}*{c}")
        elif builder in ("pad_matrix", "crop_matrix"):
            lo, hi = args[1][d]
            domain += [f"{_a(lo)} >= 0", f"{_a(hi)} >= 0"]
            if builder == "pad_matrix":
                r = leaf.dim(0, "r", n + lo + hi)
                c = leaf.dim(1, "c", n)
                leaf.where(f"0 <= {c} < {_a(n)}", f"{r} = {c} + {_a(lo)}")
            else:
                domain.append(f"{_a(lo)} + {_a(hi)} <= {_a(n)} - 1")
                r = leaf.dim(0, "r", n - lo - hi)
                c = leaf.dim(1, "c", n)
                leaf.where(f"0 <= {r}", f"{r} + {_a(lo)} + {_a(hi)} < {_a(n)}",
                           f"{c} = {r} + {_a(lo)}")
        elif builder in ("flip_matrix", "identity_matrix"):
            r = leaf.dim(0, "r", n)
            c = leaf.dim(1, "c", n)
            other = f"{_a(n)} - 1 - {r}" if builder == "flip_matrix" else r
            leaf.where(f"0 <= {r} < {_a(n)}", f"{c} = {other}")
        else:  # pragma: no cover - BUILDERS is closed
            raise NotParametric(f"no model for the builder {builder}")
    return leaf.value(())


# --------------------------------------------------------------------------------------
# Convolutions
# --------------------------------------------------------------------------------------
def conv_relation(spec, domain: list | None = None, keep_all: bool = False):
    """The tap relation of ``spec`` (its sizes ints or symbolic): an isl set over
    ``[rows…, cols…, taps…]``, the three layouts and the domain constraints, written from
    the definition of the convolution (not read from the spec's matrices)."""
    domain = [] if domain is None else domain
    transposed = type(spec).__name__ == "TransposedConvSpec"
    g = _const(spec.groups, "groups")
    cin = _const(spec.in_channels, "in_channels")
    cout = _const(spec.out_channels, "out_channels")
    # the forward convolution whose matrix (transposed) this is
    fwd_in, fwd_out = (cout, cin) if transposed else (cin, cout)
    cin_g, cout_g = fwd_in // g, fwd_out // g
    leaf = Leaf(3)
    R, C, T = (1, 0, 2) if transposed else (0, 1, 2)  # groups of (fwd out, fwd in, taps)
    co = leaf.dim(R, "o", fwd_out)
    ci = leaf.dim(C, "i", fwd_in)
    tco = leaf.dim(T, "t", fwd_out)
    tcl = leaf.dim(T, "t", cin_g)
    leaf.where(f"0 <= {co} < {fwd_out}", f"{tco} = {co}", f"0 <= {tcl} < {cin_g}",
               f"{ci} = floor({co}/{cout_g})*{cin_g} + {tcl}")
    flip = spec.mode == "convolution"
    for d in range(len(spec.in_size)):
        n, k = spec.in_size[d], spec.kernel_size[d]
        s = _const(spec.stride[d], "stride")
        dil = _const(spec.dilation[d], "dilation")
        lo, hi = spec.padding[d]
        domain += [f"{_a(n)} >= 1", f"{_a(k)} >= 1", f"{_a(lo)} >= 0", f"{_a(hi)} >= 0"]
        if transposed:
            op = spec.output_padding[d]
            domain += [f"{_a(op)} >= 0"]
            # forward conv: input = this output, outputs restricted to the first n
            big = f"({_a(n)} - 1)*{s} - {_a(lo)} - {_a(hi)} + {dil}*({_a(k)} - 1) + {_a(op)} + 1"
            domain.append(f"{big} >= 1")
            o = leaf.dim(R, "o", n)
            i = leaf.dim(C, "i", (n - 1) * s - lo - hi + dil * (k - 1) + op + 1)
            t = leaf.dim(T, "t", k)
            leaf.where(f"0 <= {o} < {_a(n)}", f"0 <= {i} < {big}")
        else:
            span = f"{_a(n)} + {_a(lo)} + {_a(hi)} - {dil}*({_a(k)} - 1) - 1"
            domain.append(f"{span} >= 0")
            o = leaf.dim(R, "o", (n + lo + hi - dil * (k - 1) - 1) // s + 1)
            i = leaf.dim(C, "i", n)
            t = leaf.dim(T, "t", k)
            leaf.where(f"0 <= {o}", f"{s}*{o} <= {span}", f"0 <= {i} < {_a(n)}")
        tap = f"{_a(k)} - 1 - {t}" if flip else t
        leaf.where(f"0 <= {t} < {_a(k)}", f"{i} = {s}*{o} + {dil}*({tap}) - {_a(lo)}")
    rel, layouts = leaf.set(keep_all)
    return rel, layouts[0], layouts[1], layouts[2], domain


def conv_value(node: E.Conv, domain: list, kernel: Value) -> Value:
    """The value of ``Conv(spec, kernel)``: the tap relation, read as a matrix from taps to
    (rows, cols), times the kernel column (a join on the taps)."""
    rel, rows, cols, taps, _ = conv_relation(node.spec, domain)
    if kernel.cols:
        raise NeedsCounting("a kernel must be a column")
    joined = matmul(Value(rows + cols, taps, {(): rel}), reshape_rows(kernel, taps))
    return Value(rows, cols, joined.terms)


def const_conv_value(node: E.Const, domain: list) -> Value:
    """``Const('conv_matrix', (spec, kernel))`` with an all-ones kernel: the tap relation
    with the taps projected out (each (row, col) has at most one tap)."""
    spec, kernel = node.args
    if is_symbolic(kernel) or any(is_symbolic(x) for x in spec.kernel_size):
        raise NotParametric("a constant convolution matrix whose kernel size depends on the "
                            "size lists its weights one by one")
    flat = list(_flat(kernel))
    if any(v != 1 for v in flat):
        raise NotParametric("a constant convolution matrix with weights other than 1 carries "
                            "values, not a 0/1 relation")
    rel, rows, cols, taps, _ = conv_relation(spec, domain)
    nt = len(taps)
    rel = rel.project_out(isl.dim_type.set, len(rows) + len(cols), nt)
    return Value(rows, cols, {(): rel.coalesce()})


def _flat(x):
    if isinstance(x, (tuple, list)):
        for v in x:
            yield from _flat(v)
    else:
        yield x


# --------------------------------------------------------------------------------------
# Symbols and explicit constants
# --------------------------------------------------------------------------------------
def sym_layout(node: E.Sym) -> tuple:
    """The layout of a symbol column (its dims, extent-1 dims dropped).

    >>> sym_layout(E.sym("q", (1, 3)))
    (3,)
    """
    return tuple(e for e in node.dims if not is_unit(e))


def sym_value(node: E.Sym, domain: list) -> Value:
    """A column of symbols: rows = its index, one factor with the same index."""
    leaf = Leaf(3)
    for a in node.dims:
        domain.append(f"{_a(a)} >= 1")
        r = leaf.dim(0, "r", a)
        f = leaf.dim(2, "f", a)
        leaf.where(f"0 <= {r} < {_a(a)}", f"{f} = {r}")
    s, layouts = leaf.set()
    return Value(layouts[0], (), {((node.name, node.conj, len(layouts[2])),): s})


def fixed_value(node: E.Fixed) -> Value:
    """An explicit constant whose positions do not depend on the size: per distinct rational
    value ``v`` (zeros dropped) the union of its points, under the weight factor of ``v``
    (none for 1) — a finite union of weight classes.

    >>> from fractions import Fraction
    >>> v = fixed_value(E.fixed([[Fraction(1, 4), Fraction(3, 4)], [0, 1]]))
    >>> sorted(str(s) for s in v.terms)
    ["(('#1/4', False, 0),)", "(('#3/4', False, 0),)", '()']
    """
    from .trace import has_symbol

    if has_symbol((node.shape, node.rows, node.cols, node.values)):
        raise NotParametric(f"the constant {node.label} lists its entries one by one and its "
                            "shape depends on the size: a construction that grows with n "
                            "is written as a family of columns, E.columns(extent, fn)")
    bad = [v for v in node.values if isinstance(v, bool) or not isinstance(v, (int, Fraction))]
    if bad:
        raise NotParametric(f"the constant {node.label} carries {type(bad[0]).__name__} "
                            f"entries ({bad[0]!r}); the relation model holds rational weights "
                            "(int or Fraction) only")
    m, n = node.shape
    classes: dict = {}
    for r, c, v in zip(node.rows, node.cols, node.values):
        if v != 0:
            classes.setdefault(Fraction(v), []).append((r, c))
    rows_l = (m,) if m != 1 else ()
    cols_l = (n,) if n != 1 else ()
    terms = {}
    for v, entries in classes.items():
        pts = " or ".join(f"(r = {r} and c = {c})" for r, c in entries)
        s = isl.Set(f"[{', '.join(_params())}] -> {{ [r, c] : {pts} }}").coalesce()
        if m == 1:
            s = s.project_out(isl.dim_type.set, 0, 1)
        if n == 1:
            s = s.project_out(isl.dim_type.set, len(rows_l), 1)
        terms[() if v == 1 else (weight_factor(v),)] = s
    if not terms:  # the zero matrix: an empty relation
        s = isl.Set(f"[{', '.join(_params())}] -> {{ [r, c] : false }}")
        if m == 1:
            s = s.project_out(isl.dim_type.set, 0, 1)
        if n == 1:
            s = s.project_out(isl.dim_type.set, len(rows_l), 1)
        terms[()] = s
    return Value(rows_l, cols_l, terms)


def selection_value(node: E.Const, domain: list) -> Value:
    """The relation of a ``Const`` node (a selection, or an all-ones convolution)."""
    if node.builder == "conv_matrix":
        return const_conv_value(node, domain)
    return _selection(node, domain)
