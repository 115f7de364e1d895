"""Operator expressions: an identity's two sides, written as formulas of structured matrices.

An expression is a small immutable tree whose leaves are the core builders
(:mod:`tconv_sym.operators`: ↑ ↓ pad crop flip identity, convolution and transposed
convolution of a :class:`~tconv_sym.ConvSpec`), symbolic vectors and exact constants, and
whose inner nodes are ``@`` (product), ``+``, ``.T``, ``.H`` (conjugate transpose), Kronecker
products, column stacking and the input gradient of a scalar. The engines
(:mod:`~tconv_sym.prover.sympy_engine`, :mod:`~tconv_sym.prover.basis`,
:mod:`~tconv_sym.prover.split`, the parametric engine) evaluate the same tree independently;
nothing here computes a matrix. Which engine evaluates which node kind is the generated
table ``docs/engine_support.md`` (:mod:`tconv_sym.prover.engines`).

The language (every node is a matrix; a vector is a column), builder → node kind:

* ``sym("q", dims)`` → ``Sym``: symbols ``q0, q1, …`` (or ``q_i_j…``) shaped ``dims``;
* ``conv(spec, kernel)`` → ``Conv``: the matrix of a ``ConvSpec`` / ``TransposedConvSpec``
  whose flat weight (PyTorch layout) is the column expression ``kernel``;
* ``down(n, k)``, ``up(n, k)``, ``pad(n, a)``, ``crop(n, a)``, ``flip(n)``, ``eye(n)`` →
  ``Const``: ↓k (keep every k-th), ↑k (zero insertion), zero padding and cropping by ``a``
  (an int or ``(lo, hi)`` pairs), reversal, identity; ``channels=c`` makes them ``I_c ⊗ ·``;
  ``resize(n, lo, hi)`` is signed padding (> 0 pads, < 0 crops) built from them;
* ``fixed(rows)``, ``ones(m)`` → ``Fixed``: exact constants (ints, Fractions);
  ``Literal.of(matrix)`` → ``Literal``: a user's SymPy / NumPy / scipy matrix, held exactly;
* ``a @ b`` → ``MatMul``, ``a + b`` → ``Add``, ``a.T`` → ``Transpose``, ``a.conjugate()``
  → ``Conj`` (``a.H`` is both), ``kron(a, b, …)`` → ``Kron`` (``a``'s index slowest),
  ``hstack([a, b, …])`` → ``HStack`` (columns side by side), ``columns(extent, fn)`` →
  ``Columns`` (the family of columns ``fn(*j)``, one per index tuple ``j``), ``diag(v)`` →
  ``Diag`` (the diagonal matrix of a column: ``diag(a) @ b`` is the elementwise product
  ``a ⊙ b``, the middle step of a Winograd / Toom–Cook fast form ``Aᵀ diag(G g) Bᵀ``);
* ``grad(s, x, g)`` → ``Grad``: ``∂²s/∂x∂g`` of a 1×1 ``s`` bilinear in the symbols
  ``x`` and ``g`` (the vector–Jacobian product matrix); ``apply(fn, a, shape, label)`` →
  ``Apply``: an exact function of a constant matrix's rows (a predicate, say).

Sizes are per spatial dim (an int means 1-D); ``channels`` multiply a selection by ``I_c``.

>>> from tconv_sym import ConvSpec
>>> q = sym("q", 3)
>>> C = conv(ConvSpec(in_size=4, kernel_size=3, padding=1), q)
>>> C.shape, down(4, 2).shape
((4, 4), (2, 4))
>>> print(down(4, 2) @ C)
down(4, 2) @ conv(ConvSpec(in_size=4, kernel_size=3, padding=1), q)

A kernel is an expression too (a column in the flat weight layout), so "the convolution with
the flipped kernel" is ``conv(spec, flip(3) @ q)``, and a separable kernel is
``kron(sym("a", 3), sym("b", 3))``. Two sides make an identity (``prove_equal`` checks them
directly; :func:`~tconv_sym.prover.define_identity` names them for every size):

>>> from tconv_sym.prover import prove_equal
>>> strided = conv(ConvSpec(in_size=6, kernel_size=3, stride=2), q)
>>> dense = conv(ConvSpec(in_size=6, kernel_size=3), q)
>>> prove_equal(strided, down(4, 2) @ dense).holds
True
>>> prove_equal(conv(ConvSpec(in_size=4, kernel_size=3), flip(3) @ q),
...             conv(ConvSpec(in_size=4, kernel_size=3, mode="convolution"), q)).holds
True
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from fractions import Fraction

from .._inputs import sympy_array, sympy_entry, to_numpy
from .._validate import as_int, int_tuple, is_sequence, padding_pairs, positive_int
from ..operators import CONST_BUILDERS
from ..spec import ConvSpec, TransposedConvSpec

__all__ = [
    "Expr",
    "Sym",
    "Const",
    "Fixed",
    "Conv",
    "MatMul",
    "Add",
    "Transpose",
    "Conj",
    "Kron",
    "HStack",
    "Columns",
    "Diag",
    "Grad",
    "Apply",
    "Literal",
    "sym",
    "conv",
    "down",
    "up",
    "pad",
    "crop",
    "flip",
    "eye",
    "resize",
    "fixed",
    "ones",
    "kron",
    "hstack",
    "columns",
    "diag",
    "grad",
    "apply",
    "walk",
    "NODE_TYPES",
    "spatial_dims",
    "clear_const_cache",
]

#: Core builders a ``Const`` may name (each takes ``backend="sympy"|"scipy"``).
BUILDERS = CONST_BUILDERS

_SHORT = {
    "downsample_matrix": "down",
    "upsample_matrix": "up",
    "pad_matrix": "pad",
    "crop_matrix": "crop",
    "flip_matrix": "flip",
    "identity_matrix": "eye",
    "conv_matrix": "conv_const",
}


class Expr:
    """Base class of operator expressions: ``shape``, ``@``, ``+``, ``.T``, ``.H``.

    >>> (sym("x", 2).T @ sym("y", 2)).shape
    (1, 1)
    """

    shape: tuple[int, int]

    def children(self) -> tuple[Expr, ...]:
        return ()

    def __matmul__(self, other: Expr) -> Expr:
        return MatMul(self, _expr("right operand of @", other))

    def __add__(self, other: Expr) -> Expr:
        return Add((self, _expr("right operand of +", other)))

    @property
    def T(self) -> Expr:  # noqa: N802 - mirrors numpy/sympy
        """The transpose."""
        return Transpose(self)

    @property
    def H(self) -> Expr:  # noqa: N802 - mirrors sympy
        """The conjugate transpose (adjoint)."""
        return Conj(Transpose(self))

    def conjugate(self) -> Expr:
        """Entry-wise complex conjugate."""
        return Conj(self)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.shape[0]}×{self.shape[1]}: {self}>"


def _expr(name: str, value) -> Expr:
    if not isinstance(value, Expr):
        raise TypeError(f"{name} must be an operator expression (Expr), got {type(value).__name__}")
    return value


def _paren(e: Expr) -> str:
    s = str(e)
    return f"({s})" if isinstance(e, (Add, MatMul)) else s


def _fmt_size(n: tuple[int, ...]):
    return n[0] if len(n) == 1 else n


# --------------------------------------------------------------------------------------
# Leaves
# --------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False, repr=False)
class Sym(Expr):
    """A column of symbols ``name0, name1, …`` (or ``name_i_j…``), as ``kernel_symbols`` names
    them, flattened in C order; ``conj`` marks their complex conjugates.

    >>> Sym("q", (3,)).shape
    (3, 1)
    """

    name: str
    dims: tuple[int, ...]
    conj: bool = False

    @property
    def shape(self) -> tuple[int, int]:
        return (math.prod(self.dims), 1)

    @property
    def size(self) -> int:
        return math.prod(self.dims)

    def __str__(self) -> str:
        return f"conj({self.name})" if self.conj else self.name


@dataclass(frozen=True, eq=False, repr=False)
class Const(Expr):
    """A constant 0/1 matrix from a core builder, e.g. ``Const("downsample_matrix", (4, 2))``.

    >>> Const("downsample_matrix", ((4,), (2,))).shape
    (2, 4)
    """

    builder: str
    args: tuple
    kwargs: tuple = ()
    shape: tuple[int, int] = field(init=False)

    def __post_init__(self) -> None:
        if self.builder not in BUILDERS:
            raise ValueError(f"builder must be one of {', '.join(BUILDERS)}, got {self.builder!r}")
        object.__setattr__(self, "shape", tuple(self.scipy().shape))

    def scipy(self):
        """The builder's ``scipy.sparse`` matrix (int64), cached."""
        return _scipy_const(self.builder, self.args, self.kwargs)

    def sympy(self):
        """The builder's SymPy matrix."""
        from .. import operators

        return getattr(operators, self.builder)(*self.args, backend="sympy", **dict(self.kwargs))

    def __str__(self) -> str:
        args = ", ".join(
            repr(_fmt_size(a)) if isinstance(a, tuple) and a and isinstance(a[0], int) else repr(a)
            for a in self.args
        )
        kw = "".join(f", {k}={v!r}" for k, v in self.kwargs)
        return f"{_SHORT[self.builder]}({args}{kw})"


_CONST_CACHE: dict = {}

#: The constants cache is emptied when it holds more than this many bytes of CSR arrays.
CONST_CACHE_BYTES = 256 * 2**20
_CONST_BYTES = [0]


def clear_const_cache() -> None:
    """Empty the cache of constant matrices (benchmarks time cold runs with it).

    >>> clear_const_cache()
    """
    _CONST_CACHE.clear()
    _CONST_BYTES[0] = 0


def _scipy_const(builder: str, args: tuple, kwargs: tuple):
    key = (builder, args, kwargs)
    hit = _CONST_CACHE.get(key)
    if hit is None:
        from .. import operators

        hit = getattr(operators, builder)(*args, backend="scipy", **dict(kwargs)).tocsr()
        size = hit.data.nbytes + hit.indices.nbytes + hit.indptr.nbytes
        if len(_CONST_CACHE) > 4096 or _CONST_BYTES[0] + size > CONST_CACHE_BYTES:
            _CONST_CACHE.clear()
            _CONST_BYTES[0] = 0
        _CONST_CACHE[key] = hit
        _CONST_BYTES[0] += size
    return hit


@dataclass(frozen=True, eq=False, repr=False)
class Fixed(Expr):
    """An explicit exact constant matrix: entries ``(rows[e], cols[e]) = values[e]``
    (ints or ``Fraction``; duplicates are summed). ``label`` is how it prints.

    >>> Fixed((2, 2), (0, 1), (1, 0), (1, 1), "swap").shape
    (2, 2)
    """

    shape: tuple[int, int]
    rows: tuple[int, ...]
    cols: tuple[int, ...]
    values: tuple
    label: str = "fixed"
    row_labels: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.row_labels and len(self.row_labels) != self.shape[0]:
            raise ValueError(f"row_labels has {len(self.row_labels)} entries for "
                             f"{self.shape[0]} rows")
        if not (len(self.rows) == len(self.cols) == len(self.values)):
            raise ValueError("rows, cols and values of a Fixed matrix must have one length")
        m, n = self.shape
        for r, c in zip(self.rows, self.cols):
            if not (0 <= r < m and 0 <= c < n):
                raise ValueError(f"entry ({r}, {c}) lies outside the {m}×{n} matrix {self.label}")

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True, eq=False, repr=False)
class Conv(Expr):
    """The matrix of a ``ConvSpec`` or ``TransposedConvSpec`` whose weight (flat, PyTorch
    layout) is the column expression ``kernel``.

    >>> from tconv_sym import TransposedConvSpec
    >>> Conv(TransposedConvSpec(in_size=2, kernel_size=3, stride=2), sym("q", 3)).shape
    (5, 2)
    """

    spec: object
    kernel: Expr

    def __post_init__(self) -> None:
        if not isinstance(self.spec, (ConvSpec, TransposedConvSpec)):
            raise TypeError(
                f"spec must be a ConvSpec or TransposedConvSpec, got {type(self.spec).__name__}"
            )
        need = math.prod(self.spec.weight_shape)
        if self.kernel.shape != (need, 1):
            raise ValueError(
                f"kernel {self.kernel} has shape {self.kernel.shape}; {self.spec!r} needs a "
                f"column of {need} weights (layout {self.spec.weight_shape})"
            )

    @property
    def shape(self) -> tuple[int, int]:
        return (self.spec.out_features, self.spec.in_features)

    def children(self):
        return (self.kernel,)

    def __str__(self) -> str:
        return f"conv({self.spec!r}, {self.kernel})"


# --------------------------------------------------------------------------------------
# Inner nodes
# --------------------------------------------------------------------------------------
def _shape_error(what: str, *parts: Expr):
    shown = ", ".join(f"{p} ({p.shape[0]}×{p.shape[1]})" for p in parts)
    return ValueError(f"{what}: shapes do not fit: {shown}")


@dataclass(frozen=True, eq=False, repr=False)
class MatMul(Expr):
    """``a @ b``.

    >>> MatMul(down(4, 2), eye(4)).shape
    (2, 4)
    """

    a: Expr
    b: Expr

    def __post_init__(self) -> None:
        if self.a.shape[1] != self.b.shape[0]:
            raise _shape_error("matrix product", self.a, self.b)

    @property
    def shape(self):
        return (self.a.shape[0], self.b.shape[1])

    def children(self):
        return (self.a, self.b)

    def __str__(self) -> str:
        left = str(self.a) if isinstance(self.a, MatMul) else _paren(self.a)
        return f"{left} @ {_paren(self.b)}"


@dataclass(frozen=True, eq=False, repr=False)
class Add(Expr):
    """A sum of terms of one shape.

    >>> print(Add((eye(2), flip(2))))
    eye(2) + flip(2)
    """

    terms: tuple[Expr, ...]

    def __post_init__(self) -> None:
        if not self.terms:
            raise ValueError("a sum needs at least one term")
        flat = []
        for t in self.terms:
            flat.extend(t.terms if isinstance(t, Add) else (t,))
        object.__setattr__(self, "terms", tuple(flat))
        if len({t.shape for t in self.terms}) != 1:
            raise _shape_error("sum", *self.terms)

    @property
    def shape(self):
        return self.terms[0].shape

    def children(self):
        return self.terms

    def __str__(self) -> str:
        return " + ".join(str(t) for t in self.terms)


@dataclass(frozen=True, eq=False, repr=False)
class Transpose(Expr):
    """``a.T``.

    >>> Transpose(down(4, 2)).shape
    (4, 2)
    """

    a: Expr

    @property
    def shape(self):
        return (self.a.shape[1], self.a.shape[0])

    def children(self):
        return (self.a,)

    def __str__(self) -> str:
        return f"{_paren(self.a)}ᵀ"


@dataclass(frozen=True, eq=False, repr=False)
class Conj(Expr):
    """Entry-wise complex conjugate.

    >>> print(Conj(sym("q", 2)))
    conj(q)
    """

    a: Expr

    @property
    def shape(self):
        return self.a.shape

    def children(self):
        return (self.a,)

    def __str__(self) -> str:
        return f"conj({self.a})"


@dataclass(frozen=True, eq=False, repr=False)
class Kron(Expr):
    """Kronecker product ``a ⊗ b`` (C order: ``a``'s index varies slowest).

    >>> Kron(eye(2), down(4, 2)).shape
    (4, 8)
    """

    a: Expr
    b: Expr

    @property
    def shape(self):
        return (self.a.shape[0] * self.b.shape[0], self.a.shape[1] * self.b.shape[1])

    def children(self):
        return (self.a, self.b)

    def __str__(self) -> str:
        return f"{_paren(self.a)} ⊗ {_paren(self.b)}"


@dataclass(frozen=True, eq=False, repr=False)
class HStack(Expr):
    """Columns side by side: ``[p0 | p1 | …]`` (all with the same number of rows).

    >>> print(HStack((sym("a", 2), sym("b", 2))))
    [a | b]
    """

    parts: tuple[Expr, ...]
    label: str = ""

    def __post_init__(self) -> None:
        if not self.parts:
            raise ValueError("hstack needs at least one part")
        if len({p.shape[0] for p in self.parts}) != 1:
            raise _shape_error("hstack", *self.parts[:3])

    @property
    def shape(self):
        return (self.parts[0].shape[0], sum(p.shape[1] for p in self.parts))

    def children(self):
        return self.parts

    def __str__(self) -> str:
        if self.label:
            return self.label
        if len(self.parts) <= 2:
            return "[" + " | ".join(str(p) for p in self.parts) + "]"
        return f"[{self.parts[0]} | … ({len(self.parts)} parts)]"


@dataclass(frozen=True, eq=False, repr=False)
class Columns(HStack):
    """A family of columns: column ``j`` (``j`` ranging over ``range(extent[0]) × …`` in C
    order, one index per dimension) is ``fn(*j)``. Built with plain integers, ``parts`` are
    the columns and every engine reads it as an :class:`HStack`; the parametric engine builds
    it once with symbolic indices (``rep``, the column at indices ``index``) and states the
    whole family as one relation, whatever the extents (see ``columns``).

    >>> c = columns((2, 3), lambda a, b: crop(6, (3 * a + b, 5 - 3 * a - b)).T)
    >>> c.shape, len(c.parts)
    ((6, 6), 6)
    """

    extent: tuple = ()
    fn: object = None
    rep: object = None  # the column built on symbolic indices (parametric engine only)
    index: tuple = ()  # the names of those indices

    def __post_init__(self) -> None:
        if self.rep is None:
            super().__post_init__()
            if len(self.parts) != math.prod(self.extent):
                raise ValueError(f"columns: {len(self.parts)} parts for the extent "
                                 f"{self.extent}")
        for p in self.parts or (self.rep,):
            if p.shape[1] != 1:
                raise ValueError(f"columns: fn must return a column (n×1), got {p} of shape "
                                 f"{p.shape[0]}×{p.shape[1]}")

    @property
    def shape(self):
        first = self.rep if self.rep is not None else self.parts[0]
        return (first.shape[0], math.prod(self.extent))

    def children(self):
        return self.parts if self.rep is None else (self.rep,)

    def __str__(self) -> str:
        if self.label:
            return self.label
        return f"columns({_fmt_size(self.extent)}, {getattr(self.fn, '__name__', 'fn')})"


@dataclass(frozen=True, eq=False, repr=False)
class Diag(Expr):
    """The ``n×n`` diagonal matrix whose diagonal is the column ``v`` (``n×1``): ``diag(v) @ b``
    is the elementwise product ``v ⊙ b``, so a fast bilinear algorithm (Winograd's
    ``Aᵀ[(G g) ⊙ (Bᵀ d)]``) is the matrix ``Aᵀ diag(G g) Bᵀ``.

    >>> print(Diag(fixed([[1], [2]]) @ sym("g", 1)))
    diag(fixed @ g)
    """

    v: Expr

    def __post_init__(self) -> None:
        if self.v.shape[1] != 1:
            raise ValueError(f"diag needs a column (n×1), got {self.v} of shape "
                             f"{self.v.shape[0]}×{self.v.shape[1]}")

    @property
    def shape(self):
        return (self.v.shape[0], self.v.shape[0])

    def children(self):
        return (self.v,)

    def __str__(self) -> str:
        return f"diag({self.v})"


@dataclass(frozen=True, eq=False, repr=False)
class Grad(Expr):
    """The matrix ``∂²L/∂wrt_j ∂cot_i`` of a scalar ``L`` bilinear in ``wrt`` and ``cot``:
    with ``L = cotᵀ F(wrt)`` it is the vector–Jacobian product matrix ``Jᵀ``.

    >>> from tconv_sym import ConvSpec
    >>> x, g = sym("x", 4), sym("g", 2)
    >>> C = conv(ConvSpec(in_size=4, kernel_size=3), sym("q", 3))
    >>> grad(g.T @ C @ x, x, g).shape
    (4, 2)
    """

    scalar: Expr
    wrt: Sym
    cot: Sym

    def __post_init__(self) -> None:
        if self.scalar.shape != (1, 1):
            raise ValueError(f"grad needs a 1×1 scalar expression, got shape {self.scalar.shape}")
        for name in ("wrt", "cot"):
            v = getattr(self, name)
            if not isinstance(v, Sym):
                raise TypeError(f"{name} must be a Sym, got {type(v).__name__}")

    @property
    def shape(self):
        return (self.wrt.size, self.cot.size)

    def children(self):
        return (self.scalar,)

    def __str__(self) -> str:
        return f"∂²({self.scalar})/∂{self.wrt}∂{self.cot}"


@dataclass(frozen=True, eq=False, repr=False)
class Apply(Expr):
    """An exact function of a constant matrix: ``fn(rows)`` maps the dense rows (lists of
    ints/Fractions) to new dense rows of ``shape``. Used for predicates such as "is this
    vector constant?" (a 1×1 matrix holding 0 or 1).

    >>> Apply(lambda rows: [[len(rows)]], ones(3), (1, 1), "[length]").shape
    (1, 1)
    """

    fn: object
    a: Expr
    shape: tuple[int, int]
    label: str

    def children(self):
        return (self.a,)

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True, eq=False, repr=False)
class Literal(Expr):
    """A matrix given by value (a user's SymPy, NumPy or scipy.sparse matrix), held as an
    immutable SymPy sparse matrix with exact entries (floats become the exact rationals of
    their binary values).

    >>> Literal.of([[1, 2], [3, 4]]).shape
    (2, 2)
    """

    value: object
    label: str = "literal"

    @classmethod
    def of(cls, matrix, label: str = "literal") -> Literal:
        import sympy

        if hasattr(matrix, "tocoo") and hasattr(matrix, "nnz"):  # scipy.sparse
            coo = matrix.tocoo()
            entries = {(int(r), int(c)): _to_sympy(v, label)
                       for r, c, v in zip(coo.row, coo.col, coo.data)}
            value = sympy.ImmutableSparseMatrix(coo.shape[0], coo.shape[1], entries)
        elif isinstance(matrix, sympy.MatrixBase):
            value = sympy.ImmutableSparseMatrix(matrix)
        else:
            import numpy as np

            arr = matrix if isinstance(matrix, (list, tuple)) else to_numpy(matrix)
            arr = np.asarray(arr, dtype=object) if isinstance(arr, (list, tuple)) else arr
            if arr.ndim == 1:
                arr = arr.reshape(-1, 1)
            if arr.ndim != 2:
                raise ValueError(f"a matrix must be 2-D, got an array of shape {arr.shape}")
            entries = sympy_array(label, arr, exact_floats=True).reshape(-1)
            value = sympy.ImmutableSparseMatrix(arr.shape[0], arr.shape[1], list(entries))
        return cls(value, label)

    @property
    def shape(self):
        return tuple(self.value.shape)

    def __str__(self) -> str:
        return self.label


def _to_sympy(v, name: str = "matrix entry"):
    """One entry as an exact SymPy number (floats become the rationals of their binary
    values); strings only through the safe parser, never ``sympify``."""
    return sympy_entry(name, v, exact_floats=True)


# --------------------------------------------------------------------------------------
# Builders (the vocabulary of the catalogue)
# --------------------------------------------------------------------------------------
def spatial_dims(name: str, n) -> tuple[int, ...]:
    """A size as per-dim positive ints: an int is 1-D, a sequence one entry per dim.

    >>> spatial_dims("n", 4), spatial_dims("n", (2, 3))
    ((4,), (2, 3))
    """
    if is_sequence(n):
        items = tuple(n)
        if not items:
            raise ValueError(f"{name} must have at least one dim, got {n!r}")
        return int_tuple(name, items, len(items))
    return (positive_int(name, n),)


def sym(name: str, dims, conj: bool = False) -> Sym:
    """Symbols ``name…`` shaped ``dims`` (a weight layout or a spatial size), as a column.

    >>> sym("q", (2, 2)).shape
    (4, 1)
    """
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError(f"name must be a Python identifier such as 'q', got {name!r}")
    return Sym(name, spatial_dims("dims", dims), bool(conj))


def conv(spec, kernel: Expr) -> Conv:
    """The matrix of ``spec`` (a ``ConvSpec`` or ``TransposedConvSpec``) with weight ``kernel``.

    >>> from tconv_sym import ConvSpec
    >>> conv(ConvSpec(in_size=5, kernel_size=3, stride=2), sym("q", 3)).shape
    (2, 5)
    """
    return Conv(spec, _expr("kernel", kernel))


def _pairs(name: str, value, ndim: int) -> tuple[tuple[int, int], ...]:
    """Per-dim (lo, hi) pairs from an int, a bare pair (1-D) or one int/pair per dim."""
    return padding_pairs(value, ndim, name=name, words=())


def down(n, k, channels: int = 1) -> Const:
    """↓k on ``channels × n`` samples (``downsample_matrix``).

    >>> down(4, 2).shape
    (2, 4)
    """
    n = spatial_dims("n", n)
    return Const("downsample_matrix", (n, int_tuple("k", k, len(n))), _ch(channels))


def up(n, k, channels: int = 1) -> Const:
    """↑k (zero insertion) on ``channels × n`` samples (``upsample_matrix``).

    >>> up(2, 2).shape
    (4, 2)
    """
    n = spatial_dims("n", n)
    return Const("upsample_matrix", (n, int_tuple("k", k, len(n))), _ch(channels))


def pad(n, amount, channels: int = 1) -> Const:
    """Zero padding (``pad_matrix``); ``amount`` an int, a 1-D pair or one pair per dim.

    >>> pad(2, (1, 0)).shape
    (3, 2)
    """
    n = spatial_dims("n", n)
    return Const("pad_matrix", (n, _pairs("pad", amount, len(n))), _ch(channels))


def crop(n, amount, channels: int = 1) -> Const:
    """Cropping (``crop_matrix``).

    >>> crop(4, (1, 2)).shape
    (1, 4)
    """
    n = spatial_dims("n", n)
    return Const("crop_matrix", (n, _pairs("crop", amount, len(n))), _ch(channels))


def flip(n, channels: int = 1) -> Const:
    """Reversal in every spatial dim (``flip_matrix``).

    >>> flip(3).shape
    (3, 3)
    """
    return Const("flip_matrix", (spatial_dims("n", n),), _ch(channels))


def eye(n, channels: int = 1) -> Const:
    """The identity on ``channels × n`` samples.

    >>> eye((2, 2), channels=3).shape
    (12, 12)
    """
    return Const("identity_matrix", (spatial_dims("n", n),), _ch(channels))


def _ch(channels: int) -> tuple:
    channels = positive_int("channels", channels)
    return (("channels", channels),) if channels != 1 else ()


def resize(n, lo, hi, channels: int = 1) -> Expr:
    """Signed padding: per dim, ``lo``/``hi`` > 0 pads zeros, < 0 crops (crop, then pad).

    >>> print(resize(5, -1, 2))
    pad(4, ((0, 2),)) @ crop(5, ((1, 0),))
    >>> resize((4, 4), 0, 0).shape
    (16, 16)
    """
    n = spatial_dims("n", n)
    nd = len(n)
    lo = int_tuple("lo", lo, nd, as_int)
    hi = int_tuple("hi", hi, nd, as_int)
    cut = tuple((max(-a, 0), max(-b, 0)) for a, b in zip(lo, hi))
    add = tuple((max(a, 0), max(b, 0)) for a, b in zip(lo, hi))
    kept = tuple(m - a - b for m, (a, b) in zip(n, cut))
    for dim, k in enumerate(kept):
        if k < 1:
            raise ValueError(f"resize of n={n} by lo={lo}, hi={hi} leaves nothing in dim {dim}")
    out: Expr | None = None
    if any(a or b for a, b in cut):
        out = crop(n, cut, channels)
    if any(a or b for a, b in add):
        p = pad(kept, add, channels)
        out = p if out is None else p @ out
    return eye(n, channels) if out is None else out


def fixed(matrix, label: str = "fixed", row_labels=()) -> Fixed:
    """An exact constant from a nested list (ints or Fractions).

    >>> fixed([[1, 0], [Fraction(1, 2), 3]]).shape
    (2, 2)
    """
    rows_ = [list(r) for r in matrix]
    m, n = len(rows_), len(rows_[0]) if rows_ else 0
    if m == 0 or n == 0 or any(len(r) != n for r in rows_):
        raise ValueError(f"fixed needs a non-empty rectangular nested list, got {matrix!r}")
    rr, cc, vv = [], [], []
    for i, r in enumerate(rows_):
        for j, v in enumerate(r):
            v = _exact(v)
            if v:
                rr.append(i)
                cc.append(j)
                vv.append(v)
    return Fixed((m, n), tuple(rr), tuple(cc), tuple(vv), label, tuple(row_labels))


def _exact(v):
    if getattr(type(v), "symbolic_int", False):
        return v  # a size traced by the all-sizes prover (compared as an expression)
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int):
        return v
    if isinstance(v, Fraction):
        return v if v.denominator != 1 else int(v)
    if hasattr(v, "is_Rational") and v.is_Rational:  # SymPy Integer / Rational
        return Fraction(int(v.p), int(v.q))
    try:
        import numpy as np

        if isinstance(v, np.integer):
            return int(v)
    except ImportError:  # pragma: no cover
        pass
    raise TypeError(f"exact constants must be ints or Fractions, got {v!r} ({type(v).__name__})")


def ones(m: int, n: int = 1, label: str | None = None) -> Fixed:
    """The all-ones ``m×n`` matrix (a column by default).

    >>> ones(3).shape
    (3, 1)
    """
    m, n = positive_int("m", m), positive_int("n", n)
    rr = tuple(i for i in range(m) for _ in range(n))
    cc = tuple(j for _ in range(m) for j in range(n))
    return Fixed((m, n), rr, cc, (1,) * (m * n), label or "1")


def kron(*factors: Expr) -> Expr:
    """``f0 ⊗ f1 ⊗ …``.

    >>> kron(sym("a", 2), sym("b", 3)).shape
    (6, 1)
    """
    if not factors:
        raise ValueError("kron needs at least one factor")
    out = _expr("factor 0", factors[0])
    for i, f in enumerate(factors[1:], 1):
        out = Kron(out, _expr(f"factor {i}", f))
    return out


def hstack(parts, label: str = "") -> HStack:
    """Columns side by side.

    >>> hstack([sym("a", 2), sym("b", 2)]).shape
    (2, 2)
    """
    return HStack(tuple(_expr("part", p) for p in parts), label)


def columns(extent, fn, label: str = "") -> Columns:
    """The family of columns ``fn(*j)`` for ``j`` in ``range(extent[0]) × …`` (C order), side
    by side: a construction with one column per sample (the scatter form of a transposed
    convolution) that the parametric engine reads as one relation for every size.

    >>> def unit(j):
    ...     return crop(3, (j, 2 - j)).T
    >>> c = columns(3, unit)
    >>> c.shape, str(c)
    ((3, 3), 'columns(3, unit)')
    """
    ext = spatial_dims("extent", extent)
    if not callable(fn):
        raise TypeError(f"fn must be a callable returning a column, got {type(fn).__name__}")
    parts = tuple(_expr("fn(...)", fn(*j)) for j in itertools.product(*map(range, ext)))
    return Columns(parts, label, ext, fn)


def diag(v: Expr) -> Diag:
    """The diagonal matrix of the column ``v`` (see :class:`Diag`).

    >>> diag(sym("g", 3)).shape
    (3, 3)
    >>> diag(eye(2))
    Traceback (most recent call last):
    ...
    ValueError: diag needs a column (n×1), got eye(2) of shape 2×2
    """
    return Diag(_expr("v", v))


def grad(scalar: Expr, wrt: Sym, cot: Sym) -> Grad:
    """``∂²scalar/∂wrt ∂cot``: for ``scalar = cotᵀ F wrt`` the matrix ``Fᵀ`` as a VJP.

    >>> x, g = sym("x", 3), sym("g", 3)
    >>> grad(g.T @ x, x, g).shape
    (3, 3)
    """
    return Grad(_expr("scalar", scalar), wrt, cot)


def apply(fn, a: Expr, shape, label: str) -> Apply:
    """An exact function of a constant matrix's dense rows (see :class:`Apply`).

    >>> a = apply(lambda rows: [[int(len({r[0] for r in rows}) == 1)]], ones(3), (1, 1),
    ...           "[1 is constant]")
    >>> a.shape
    (1, 1)
    """
    return Apply(fn, _expr("a", a), tuple(shape), label)


#: Every node kind of the expression language, leaves first. Each engine's dispatch table
#: (:mod:`tconv_sym.prover.dispatch`) has an entry or an explicit decline for every one of
#: them; ``tests/test_prover_dispatch.py`` fails for a kind added here without them.
NODE_TYPES = (Sym, Const, Fixed, Literal, Conv, MatMul, Add, Transpose, Conj, Kron, HStack,
              Columns, Diag, Grad, Apply)


def walk(e: Expr):
    """Every node of ``e`` (depth first, each shared node once).

    >>> sum(1 for _ in walk(down(4, 2) @ sym("x", 4)))
    3
    """
    seen: set[int] = set()
    stack = [e]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        stack.extend(node.children())
