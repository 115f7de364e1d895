"""Identity objects: a named statement whose two sides are operator expressions.

An :class:`Identity` is declarative: ``sides(params, variant)`` returns the two
:mod:`~tconv_sym.prover.expr` trees for the sizes in ``params``; the engines evaluate them.
``variants`` name deliberately broken versions (a missing flip, padding off by one, …) that
must be refuted, which shows that the check can fail.

>>> from tconv_sym import identities
>>> ident = identities()["up_is_down_transpose"]
>>> ident
Identity('up_is_down_transpose': ↑k = ↓kᵀ)
>>> ident.parameters
('size', 'stride', 'in_channels')
>>> lhs, rhs = ident.sides(make_params(size=3, stride=2))
>>> lhs.shape == rhs.shape == (6, 3)
True
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .._validate import int_tuple, nonnegative_int, padding_pairs, positive_int, spatial_ndim

__all__ = ["Identity", "IdentityTable", "Params", "make_params", "PARAMETERS",
           "define_identity", "ignored_parameters"]

#: Every parameter an identity may use, in display order.
PARAMETERS = (
    "size",
    "kernel",
    "stride",
    "padding",
    "dilation",
    "output_padding",
    "in_channels",
    "out_channels",
    "groups",
)


@dataclass(frozen=True)
class Params:
    """Normalised parameters of one proof (per-dim tuples; ``padding`` as the specs take it).

    >>> make_params(size=(8, 8), kernel=3, stride=2).kernel
    (3, 3)
    """

    size: tuple[int, ...]
    kernel: tuple[int, ...] | None = None
    stride: tuple[int, ...] = (1,)
    padding: object = 0
    dilation: tuple[int, ...] = (1,)
    output_padding: tuple[int, ...] | None = None
    in_channels: int = 1
    out_channels: int = 1
    groups: int = 1

    @property
    def ndim(self) -> int:
        return len(self.size)

    def need_kernel(self, identity: str) -> tuple[int, ...]:
        """The kernel size, or a ValueError saying that ``identity`` needs one."""
        if self.kernel is None:
            raise ValueError(f"{identity} needs kernel= (the kernel size, e.g. 3 or (3, 3))")
        return self.kernel

    def pairs(self) -> tuple[tuple[int, int], ...] | str:
        """Explicit padding as (lo, hi) pairs per dim, or the padding word."""
        if isinstance(self.padding, str):
            return self.padding
        return padding_pairs(self.padding, self.ndim)

    def show(self, name: str) -> str:
        """``name=value`` with sizes printed as ``8×8`` (used in proof reports)."""
        v = getattr(self, name)
        if name == "padding":
            pairs = self.pairs()
            if isinstance(pairs, str):
                return f"padding={pairs!r}"
            if len(set(pairs)) == 1:
                lo, hi = pairs[0]
                return f"padding={lo}" if lo == hi else f"padding=({lo}, {hi})"
            return f"padding={pairs}"
        if name == "output_padding" and v is None:
            return "output_padding=0"
        if isinstance(v, tuple):
            if name in ("size", "kernel"):
                return f"{name}={'×'.join(map(str, v))}"
            return f"{name}={v[0] if len(set(v)) == 1 else v}"
        return f"{name}={v}"


def make_params(*, size, kernel=None, stride=1, padding=0, dilation=1, output_padding=None,
                in_channels=1, out_channels=1, groups=1) -> Params:
    """Check and normalise proof parameters; the number of dims is the length of the
    tuple-valued ones (an int everywhere means 1-D).

    >>> make_params(size=8, kernel=(3, 3)).size
    (8, 8)
    >>> make_params(size=(8, 8), kernel=(3, 3, 3))
    Traceback (most recent call last):
        ...
    ValueError: spatial dims do not match: size=(8, 8), kernel=(3, 3, 3); give every per-dim
    parameter the same number of entries (or a single int to broadcast)
    """
    named = {"size": size, "kernel": kernel, "stride": stride, "dilation": dilation,
             "output_padding": output_padding}
    ndim = spatial_ndim(named, size_name="size")
    padding = padding_pairs(padding, ndim)  # stored parsed: a word, or (lo, hi) per dim
    return Params(
        size=int_tuple("size", size, ndim),
        kernel=None if kernel is None else int_tuple("kernel", kernel, ndim),
        stride=int_tuple("stride", stride, ndim),
        padding=padding,
        dilation=int_tuple("dilation", dilation, ndim),
        output_padding=None if output_padding is None
        else int_tuple("output_padding", output_padding, ndim, nonnegative_int),
        in_channels=positive_int("in_channels", in_channels),
        out_channels=positive_int("out_channels", out_channels),
        groups=positive_int("groups", groups),
    )


def ignored_parameters(parameters, params: Params) -> tuple[str, ...]:
    """The parameters in ``params`` that differ from their defaults but are not among
    ``parameters`` (an identity's declared ones): what a proof would silently not check.

    >>> ignored_parameters(("size", "kernel", "stride"), make_params(size=6, kernel=3,
    ...                                                              dilation=2, padding=1))
    ('padding', 'dilation')
    >>> ignored_parameters(("size",), make_params(size=6, dilation=1, output_padding=0))
    ()
    """
    default = make_params(size=params.size)
    out = []
    for name in PARAMETERS:
        if name in parameters:
            continue
        value, base = getattr(params, name), getattr(default, name)
        if name == "output_padding":
            value = None if value is not None and not any(value) else value
        if value != base:
            out.append(name)
    return tuple(out)


@dataclass(frozen=True, eq=False)
class Identity:
    """A named identity between two operator expressions, or a known myth.

    * ``statement`` / ``latex``: what it says (unicode / LaTeX);
    * ``parameters``: the proof parameters it uses (``prove`` refuses others that differ
      from their defaults: the identity was not checked for them);
    * ``source``: where it comes from, and how each side is built;
    * ``myth``: True for a popular false belief that ``prove`` must refute;
    * ``variants``: deliberately broken versions (name -> what is broken);
    * ``example``: parameters for the demo and ``tconv-sym prove`` without sizes;
    * ``sides(params, variant=None)`` -> ``(lhs, rhs)`` expressions.

    >>> from tconv_sym import identities
    >>> identities()["transposed_conv_is_inverse"].myth
    True
    """

    name: str
    statement: str
    latex: str
    parameters: tuple[str, ...]
    source: str
    build: Callable = field(repr=False)
    myth: bool = False
    variants: Mapping[str, str] = field(default_factory=dict)
    example: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.name.isidentifier():
            raise ValueError(f"name must be an identifier such as 'my_identity', got "
                             f"{self.name!r}")
        unknown = [p for p in self.parameters if p not in PARAMETERS]
        if unknown:
            raise ValueError(f"parameters {unknown} are not among {', '.join(PARAMETERS)}")
        object.__setattr__(self, "variants", MappingProxyType(dict(self.variants)))
        object.__setattr__(self, "example", MappingProxyType(dict(self.example)))

    @property
    def is_theorem(self) -> bool:
        """True for a theorem (expected to hold), False for a myth (expected refuted)."""
        return not self.myth

    def sides(self, params: Params, variant: str | None = None):
        """The two sides for ``params`` (a :class:`Params`); ``variant`` breaks it on purpose."""
        if variant is not None and variant not in self.variants:
            allowed = ", ".join(map(repr, self.variants)) or "none"
            raise ValueError(f"variant must be one of {allowed} for {self.name}, got {variant!r}")
        return self.build(params, variant)

    def __repr__(self) -> str:
        kind = " (myth)" if self.myth else ""
        return f"Identity({self.name!r}: {self.statement}{kind})"

    def _repr_latex_(self) -> str:
        kind = r"\quad\text{(myth)}" if self.myth else ""
        name = self.name.replace("_", r"\_")
        return f"$\\text{{{name}}}:\\ {self.latex}{kind}$"


def define_identity(name: str, *, statement: str, build: Callable, parameters,
                    latex: str | None = None, source: str = "", myth: bool = False,
                    variants: Mapping[str, str] | None = None,
                    example: Mapping[str, object] | None = None) -> Identity:
    """An :class:`Identity` by keyword, with defaults for the optional parts: ``latex``
    (the statement), ``source`` (where ``build`` is defined), ``variants`` and ``example``
    (none). ``build(params, variant)`` returns the two sides (expressions of
    :mod:`tconv_sym.prover.expr`, often built with :mod:`tconv_sym.prover.constructions`);
    ``parameters`` are the :data:`PARAMETERS` it reads. Register it with
    :func:`tconv_sym.prover.register`.

    >>> from tconv_sym.prover import expr as E
    >>> from tconv_sym.prover.constructions import flip_kernel
    >>> def sides(p, variant):      # p: the normalised Params; variant: None or a name
    ...     q, ws = E.sym("q", p.size), (1, 1, *p.size)
    ...     twice = flip_kernel(flip_kernel(q, ws), ws)
    ...     return (flip_kernel(q, ws) if variant == "once" else twice), q
    >>> ident = define_identity("flip_twice", statement="flip(flip(q)) = q", build=sides,
    ...                         parameters=("size",), variants={"once": "flipped once"})
    >>> ident, ident.parameters, ident.latex
    (Identity('flip_twice': flip(flip(q)) = q), ('size',), 'flip(flip(q)) = q')
    >>> from tconv_sym.prover import prove
    >>> prove(ident, size=(2, 3)).holds, prove(ident, size=3, variant="once").holds
    (True, False)
    """
    if not callable(build):
        raise TypeError(f"build must be a function (params, variant) -> (lhs, rhs), got "
                        f"{type(build).__name__}")
    if isinstance(parameters, str):
        parameters = (parameters,)
    parameters = tuple(parameters)
    if not source:
        where = getattr(build, "__module__", None) or "?"
        source = f"user identity; sides built by {where}.{getattr(build, '__qualname__', build)}"
    return Identity(name=name, statement=statement, latex=statement if latex is None else latex,
                    parameters=parameters, source=source, build=build, myth=myth,
                    variants=dict(variants or {}), example=dict(example or {}))


class IdentityTable:
    """An ordered table of identities declared in one module, one decorator each: the
    decorated function is the identity's ``build`` and its docstring the ``source`` (where
    the identity comes from and how each side is built).

    The prover's own catalogue (:data:`tconv_sym.prover.catalogue.BUILTIN`) and the
    framework equivalences (:mod:`tconv_sym.interop.identities`) are such tables; the full
    catalogue is assembled from them explicitly, never by an import side effect.

    >>> from tconv_sym.prover import expr as E
    >>> table = IdentityTable("example")
    >>> @table.declare("down_by_one_is_identity", "↓1 = I", r"\\downarrow_1 = I", ("size",),
    ...                example={"size": 4})
    ... def down_by_one(p, variant):
    ...     '''↓1 (downsample_matrix with k = 1) against the identity matrix.'''
    ...     return E.down(p.size, 1), E.eye(p.size)
    >>> table.entries
    (Identity('down_by_one_is_identity': ↓1 = I),)
    >>> table.entries[0].source
    '↓1 (downsample_matrix with k = 1) against the identity matrix.'
    """

    def __init__(self, label: str) -> None:
        self.label = label
        self._entries: list[Identity] = []

    def declare(self, name: str, statement: str, latex: str, parameters, *,
                myth: bool = False, variants: Mapping[str, str] | None = None,
                example: Mapping[str, object] | None = None) -> Callable:
        """Decorator: add the identity whose sides the decorated function builds."""

        def deco(build: Callable) -> Callable:
            if not build.__doc__:
                raise ValueError(f"{name}: the build function's docstring is the identity's "
                                 "source (where it comes from, how each side is built)")
            if any(e.name == name for e in self._entries):
                raise ValueError(f"{self.label} declares {name!r} twice")
            self._entries.append(Identity(
                name=name, statement=statement, latex=latex, parameters=tuple(parameters),
                source=" ".join(build.__doc__.split()), build=build, myth=myth,
                variants=dict(variants or {}), example=dict(example or {})))
            return build

        return deco

    @property
    def entries(self) -> tuple[Identity, ...]:
        """The identities, in declaration order."""
        return tuple(self._entries)

    def __repr__(self) -> str:
        return f"IdentityTable({self.label!r}: {len(self._entries)} identities)"
