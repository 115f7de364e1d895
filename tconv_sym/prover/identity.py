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
from dataclasses import dataclass, field, fields
from types import MappingProxyType

from ..spec import ConvSpec, TransposedConvSpec, is_symbol_name, layer_params

__all__ = ["Identity", "IdentityTable", "Params", "make_params", "PARAMETERS", "FIELDS",
           "define_identity", "ignored_parameters", "one_of"]

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


#: The spec field each parameter of :data:`PARAMETERS` is (``size`` and ``kernel`` are the
#: prover's older names for ``in_size`` and ``kernel_size``; both are accepted everywhere).
FIELDS = {"size": "in_size", "kernel": "kernel_size"}
#: the prover's names of the spec's fields in the errors of :func:`layer_params`
_LABELS = {field: name for name, field in FIELDS.items()}

_PADDING_WORDS = ("same", "valid", "full")


def _is_symbol(value) -> bool:
    """A symbolic value: a symbol name (:func:`is_symbol_name`), or a SymPy expression."""
    if isinstance(value, str):
        return is_symbol_name(value)
    return hasattr(value, "free_symbols") and bool(value.free_symbols)


@dataclass(frozen=True)
class Params:
    """A family of layers: the parameters an identity's ``build(params, variant)`` reads.

    The fields are those of :class:`~tconv_sym.ConvSpec` / :class:`~tconv_sym.TransposedConvSpec`
    — ``in_size``, ``kernel_size``, ``stride``, ``padding``, ``dilation``,
    ``output_padding``, ``in_channels``, ``out_channels``, ``groups`` — normalised once by
    :func:`make_params`: per-dim fields are tuples of ``ndim`` ints, ``padding`` is
    ``((lo, hi), …)`` per dim or a word (``'same'``, ``'valid'``, ``'full'``; the spec that
    knows the sizes resolves it). A field may be *absent* (``kernel_size=None``: the family
    has every kernel size; :meth:`need_kernel` refuses to build a layer without one) or
    *symbolic* (a name such as ``"p"``, when :func:`make_params` is told ``symbols=``):
    :meth:`at` gives the member of the family for values of its symbols. ``size`` and
    ``kernel`` are aliases of ``in_size`` and ``kernel_size``.

    >>> p = make_params(size=(8, 8), kernel=3, stride=2, padding=1)
    >>> p.in_size, p.kernel_size, p.padding, p.ndim
    ((8, 8), (3, 3), ((1, 1), (1, 1)), 2)
    >>> p.size == p.in_size and p.kernel == p.kernel_size
    True
    >>> p.conv_spec("example")
    ConvSpec(in_size=(8, 8), kernel_size=3, stride=2, padding=1)
    >>> family = make_params(in_size=8, kernel_size=3, padding="p", symbols=("padding",))
    >>> family.symbolic, family.at(p=2).padding
    ({'padding': 'p'}, ((2, 2),))
    """

    in_size: tuple[int, ...] | None
    kernel_size: tuple[int, ...] | None = None
    stride: tuple[int, ...] = (1,)
    padding: object = ((0, 0),)
    dilation: tuple[int, ...] = (1,)
    output_padding: tuple[int, ...] | None = None
    in_channels: int = 1
    out_channels: int = 1
    groups: int = 1

    @property
    def size(self) -> tuple[int, ...] | None:
        """Alias of ``in_size`` (the prover's older name)."""
        return self.in_size

    @property
    def kernel(self) -> tuple[int, ...] | None:
        """Alias of ``kernel_size`` (the prover's older name)."""
        return self.kernel_size

    @property
    def ndim(self) -> int:
        """The number of spatial dims."""
        for v in (self.in_size, self.kernel_size, self.stride):
            if isinstance(v, tuple):
                return len(v)
        return 1

    @property
    def symbolic(self) -> dict[str, object]:
        """The fields that hold a symbol (field -> symbol), empty for one layer."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if _is_symbol(getattr(self, f.name))}

    def at(self, **values) -> Params:
        """The member of the family where each symbol takes the given value (re-checked by
        :func:`make_params`).

        >>> make_params(size="n", kernel=3, symbols=("size",)).at(n=(5,)).size
        (5,)
        """
        unknown = set(values) - {str(v) for v in self.symbolic.values()}
        if unknown:
            raise ValueError(f"at() got values for {sorted(unknown)}, but the symbols of this "
                             f"family are {sorted(map(str, self.symbolic.values())) or 'none'}")
        kw = {f.name: getattr(self, f.name) for f in fields(self)}
        for name, symbol in self.symbolic.items():
            if str(symbol) in values:
                kw[name] = values[str(symbol)]
        left = [n for n, v in kw.items() if _is_symbol(v)]
        return make_params(**kw, symbols=tuple(left))

    def need_kernel(self, identity: str) -> tuple[int, ...]:
        """The kernel size, or a ValueError saying that ``identity`` needs one.

        >>> make_params(size=4).need_kernel("my_identity")
        Traceback (most recent call last):
            ...
        ValueError: my_identity needs kernel= (the kernel size, e.g. 3 or (3, 3))
        """
        if self.kernel_size is None:
            raise ValueError(f"{identity} needs kernel= (the kernel size, e.g. 3 or (3, 3))")
        return self.kernel_size

    def _layer(self, identity: str, over: dict, transposed: bool) -> dict:
        if self.symbolic:
            raise ValueError(f"{identity}: the parameters {self.symbolic} are symbols; give "
                             "them values first (Params.at)")
        kw = dict(in_size=self.in_size, kernel_size=self.need_kernel(identity),
                  stride=self.stride, padding=self.padding, dilation=self.dilation,
                  in_channels=self.in_channels, out_channels=self.out_channels,
                  groups=self.groups)
        if transposed:
            kw["output_padding"] = self.output_padding
        kw.update(over)
        return kw

    def conv_spec(self, identity: str, **over) -> ConvSpec:
        """The convolution of this member (``over`` replaces fields; ``identity`` names who
        asks, for the error when the kernel is absent)."""
        return ConvSpec(**self._layer(identity, over, transposed=False))

    def transposed_spec(self, identity: str, **over) -> TransposedConvSpec:
        """The transposed convolution of this member (see :meth:`conv_spec`).

        >>> make_params(size=2, kernel=3, stride=2).transposed_spec("example").out_size
        (5,)
        """
        return TransposedConvSpec(**self._layer(identity, over, transposed=True))

    def pairs(self) -> tuple[tuple[int, int], ...] | str:
        """The padding as parsed: ``(lo, hi)`` per dim or the word (kept for older code;
        the same as :attr:`padding`, which :func:`make_params` parsed once)."""
        return self.padding

    def show(self, name: str) -> str:
        """``name=value`` with sizes printed as ``8×8`` (used in proof reports).

        >>> p = make_params(size=(8, 8), kernel=3, padding=((0, 1), (0, 1)))
        >>> p.show("size"), p.show("padding"), p.show("output_padding")
        ('size=8×8', 'padding=(0, 1)', 'output_padding=0')
        """
        v = getattr(self, FIELDS.get(name, name))
        if name == "padding" and not isinstance(v, str) and not _is_symbol(v):
            if len(set(v)) == 1:
                lo, hi = v[0]
                return f"padding={lo}" if lo == hi else f"padding=({lo}, {hi})"
            return f"padding={v}"
        if name == "output_padding" and v is None:
            return "output_padding=0"
        if isinstance(v, tuple):
            if name in ("size", "kernel", "in_size", "kernel_size"):
                return f"{name}={'×'.join(map(str, v))}"
            return f"{name}={v[0] if len(set(v)) == 1 else v}"
        return f"{name}={v!r}" if isinstance(v, str) else f"{name}={v}"


def make_params(*, size=None, kernel=None, stride=1, padding=0, dilation=1,
                output_padding=None, in_channels=1, out_channels=1, groups=1,
                in_size=None, kernel_size=None, symbols=()) -> Params:
    """Check and normalise the parameters of a layer family, once, through the one
    normaliser :func:`tconv_sym.spec.layer_params` (the parser of padding and stride that
    specs and the command line use too; padding text such as ``"0:1x1"`` is read there).
    ``in_size``/``kernel_size`` (the spec's names) or ``size``/``kernel`` (the older ones);
    the number of dims is the length of the tuple-valued ones (an int everywhere means 1-D).
    Fields named in ``symbols`` may hold a symbol (``"p"``) instead of a value.

    >>> make_params(size=8, kernel=(3, 3)).size
    (8, 8)
    >>> make_params(in_size=(8, 8), kernel_size=3) == make_params(size=(8, 8), kernel=3)
    True
    >>> make_params(size=(8, 8), kernel=(3, 3, 3))
    Traceback (most recent call last):
        ...
    ValueError: spatial dims do not match: size=(8, 8), kernel=(3, 3, 3); give every per-dim
    parameter the same number of entries (or a single int to broadcast)
    """
    size = one_of("size", size, "in_size", in_size)
    kernel = one_of("kernel", kernel, "kernel_size", kernel_size)
    given = {"size": size, "kernel": kernel, "stride": stride, "padding": padding,
             "dilation": dilation, "output_padding": output_padding,
             "in_channels": in_channels, "out_channels": out_channels, "groups": groups}
    symbols = tuple(FIELDS.get(n, n) for n in ((symbols,) if isinstance(symbols, str)
                                                 else symbols))
    for name in symbols:
        if name not in {FIELDS.get(n, n) for n in PARAMETERS}:
            raise ValueError(f"symbols must name parameters among {', '.join(PARAMETERS)}, "
                             f"got {name!r}")
    symbolic = {n for n, v in given.items() if FIELDS.get(n, n) in symbols and _is_symbol(v)}
    p = layer_params(**{FIELDS.get(n, n): v for n, v in given.items()},
                     symbols=tuple(FIELDS.get(n, n) for n in symbolic), labels=_LABELS)
    return Params(**{f.name: p[f.name] for f in fields(Params)})


def one_of(old: str, old_value, new: str, new_value):
    """The value given under the spec's name ``new`` or the older name ``old`` (not both).

    >>> one_of("size", None, "in_size", 8), one_of("size", 8, "in_size", None)
    (8, 8)
    """
    if old_value is not None and new_value is not None:
        raise TypeError(f"give {new}= or its older name {old}=, not both (got {old}="
                        f"{old_value!r}, {new}={new_value!r})")
    return new_value if new_value is not None else old_value


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
