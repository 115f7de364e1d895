"""The prover's public functions: ``identities()``, ``prove(...)``, ``prove_equal(lhs, rhs)``.

>>> import tconv_sym as ts
>>> p = ts.prove("transposed_conv_is_conv_of_upsampled", size=(8, 8), kernel=3, stride=2)
>>> p.holds, p.engine
(True, 'basis')
>>> ts.prove("polyphase_decomposition", size=5, kernel=4, stride=2,
...          variant="wrong_phase").counterexample
entry (0, 0): lhs = q0, rhs = q1
"""

from __future__ import annotations

import difflib
import time

from .. import budget
from .._validate import choice
from . import basis, estimate, numeric, split, sympy_engine
from . import expr as E
from . import identity as identity_fields
from .catalogue import identities
from .identity import Identity, ignored_parameters, make_params
from .proof import Counterexample, Proof

__all__ = ["identities", "lookup", "prove", "prove_equal", "ENGINES", "AUTO_SYMPY_MAX"]

ENGINES = ("auto", "sympy", "basis")

#: ``engine="auto"`` uses SymPy when no matrix in either side has a dimension above this.
AUTO_SYMPY_MAX = 24

#: A refutation found by the channel ⊗ spatial split after its substitution (a symbol twice
#: in one product) is re-done by the full basis engine, for a counterexample in the full
#: symbols, when the sides have at most this many structural entries.
FULL_COUNTEREXAMPLE_MAX = 2_000_000


def lookup(name, table=None) -> Identity:
    """The identity called ``name`` in ``table`` (default: the prover's catalogue,
    :func:`identities`); an :class:`Identity` is returned as is.

    >>> lookup("up_is_down_transpose").parameters
    ('size', 'stride', 'in_channels')
    >>> lookup("up_is_down_transposed")
    Traceback (most recent call last):
    ...
    ValueError: name must be one of the identities (...), got 'up_is_down_transposed'; did ...
    """
    if isinstance(name, Identity):
        return name
    if not isinstance(name, str):
        raise TypeError(f"name must be an identity name or an Identity, got {type(name).__name__}")
    higher = "" if table is not None else (
        " (identities declared by higher layers, such as the framework equivalences, are "
        "found by tconv_sym.prove and listed by tconv_sym.identities())")
    table = identities() if table is None else table
    if name not in table:
        close = difflib.get_close_matches(name, list(table), n=3)
        hint = (f"; did you mean {', '.join(map(repr, close))}?" if close else "") + higher
        raise ValueError(f"name must be one of the identities ({', '.join(table)}), got "
                         f"{name!r}{hint}")
    return table[name]


def _pick(engine: str, lhs: E.Expr, rhs: E.Expr) -> str:
    engine = choice("engine", engine, ENGINES)
    if engine != "auto":
        return engine
    biggest = max(max(n.shape) for side in (lhs, rhs) for n in E.walk(side))
    return "basis" if biggest > AUTO_SYMPY_MAX else "sympy"


def _run(lhs: E.Expr, rhs: E.Expr, engine: str, ndim: int | None = None):
    substituted = None  # a refutation after the split's substitution, in split symbols
    if engine == "basis" and ndim is not None:
        estimate.check(lhs, rhs, engine, split=True)
        try:  # channels kept apart: the cost of the spatial proof (prover/split.py)
            cmp = split.decide(lhs, rhs, ndim)
        except split.NotSplit:
            pass
        else:  # a refutation after the substitution is shown in the full symbols if cheap
            small = estimate.entries(lhs) + estimate.entries(rhs) <= FULL_COUNTEREXAMPLE_MAX
            if cmp.equal or not cmp.note or not small:
                return cmp
            substituted = cmp
    try:
        estimate.check(lhs, rhs, engine)
        module = sympy_engine if engine == "sympy" else basis
        memo: dict = {}
        a, b = module.evaluate(lhs, memo), module.evaluate(rhs, memo)
        return module.compare(a, b)
    except budget.ResourceLimitError:
        if substituted is None:
            raise
        return substituted


def _counterexample(cmp, lhs: E.Expr) -> Counterexample | None:
    if cmp.equal:
        return None
    label = ""
    labels = getattr(lhs, "row_labels", ())
    if labels and cmp.row is not None:
        label = labels[cmp.row]
    return Counterexample(cmp.row, cmp.col, cmp.lhs, cmp.rhs, cmp.note, label)


def prove(name, *, size=None, kernel=None, stride=1, padding=0, dilation=1,
          output_padding=None, in_channels=1, out_channels=1, groups=1, engine="auto",
          variant=None, all_sizes=False, ndim=None, in_size=None, kernel_size=None) -> Proof:
    """Check the identity ``name`` exactly for the sizes given; return a :class:`Proof`.

    With ``all_sizes=True`` there is no ``size``: the parametric engine proves the identity
    for every input size at once (``ndim`` or the tuple lengths give the number of dims)
    and returns an ``AllSizesProof`` (``.domain``, ``.for_all_sizes``); ``padding``,
    ``output_padding`` and ``kernel`` may then be symbol names such as ``"p"``. It needs
    ``islpy`` (``pip install "tconv_sym[allsizes]"``) and raises ``NotImplementedError``
    naming why when an identity does not fit.

    ``in_size`` and ``kernel_size`` (the spec's names) are accepted for ``size`` and
    ``kernel``. Dims follow the tuple lengths (an int everywhere means 1-D). ``size`` is the
    input of the operator the identity is about (for transposed-convolution identities, the input
    ``x`` of the transposed convolution). A parameter the identity does not use
    (``Identity.parameters``) must keep its default, else ``ValueError`` naming it: the proof
    would not be about the layer asked for. ``Proof.params`` lists the ones used; values
    that make the identity meaningless also raise ``ValueError``. ``engine``: "sympy"
    (readable, small sizes), "basis" (exact integer sparse, fast) or "auto" (by size).
    ``variant`` proves a deliberately broken version
    (see ``Identity.variants``), which must be refuted.

    >>> import tconv_sym as ts
    >>> p = ts.prove("transposed_conv_is_direct_conv", size=3, kernel=3, stride=2,
    ...              padding=1, in_channels=2, out_channels=4, groups=2)
    >>> p.holds
    True
    >>> ts.prove("transposed_conv_is_direct_conv", size=3, kernel=3, stride=2,
    ...          variant="no_flip").counterexample
    entry (0, 0): lhs = q0, rhs = q2
    """
    size = identity_fields.one_of("size", size, "in_size", in_size)
    kernel = identity_fields.one_of("kernel", kernel, "kernel_size", kernel_size)
    if all_sizes:
        return _prove_all_sizes(name, size, engine, kernel=kernel, stride=stride,
                                padding=padding, dilation=dilation,
                                output_padding=output_padding, in_channels=in_channels,
                                out_channels=out_channels, groups=groups, variant=variant,
                                ndim=ndim)
    if size is None:
        raise ValueError("size is required (the input size, e.g. 8 or (8, 8)); or pass "
                         "all_sizes=True to prove the identity for every size")
    if ndim is not None:
        raise ValueError(f"ndim={ndim!r} is for all_sizes=True; with size= the dims follow "
                         "the tuple lengths")
    identity = lookup(name)
    params = make_params(size=size, kernel=kernel, stride=stride, padding=padding,
                         dilation=dilation, output_padding=output_padding,
                         in_channels=in_channels, out_channels=out_channels, groups=groups)
    choice("engine", engine, ENGINES)
    ignored = ignored_parameters(identity.parameters, params)
    if ignored:
        given = ", ".join(params.show(n) for n in ignored)
        raise ValueError(
            f"{identity.name} does not use {', '.join(ignored)} (given {given}); its "
            f"parameters are {', '.join(identity.parameters) or 'none'}: a proof would not "
            "be about the layer asked for, so leave the others at their defaults"
        )
    t0 = time.perf_counter()
    lhs, rhs = identity.sides(params, variant)
    chosen = _pick(engine, lhs, rhs)
    cmp = _run(lhs, rhs, chosen, params.ndim)
    seconds = time.perf_counter() - t0
    used = {n: getattr(params, n) for n in identity.parameters}
    shown = tuple(params.show(n) for n in identity.parameters)
    return Proof(identity, used, chosen, seconds, cmp.equal, _counterexample(cmp, lhs),
                 variant, lhs.shape, rhs.shape, shown)


def _prove_all_sizes(name, size, engine, **kwargs) -> Proof:
    if size is not None:
        raise ValueError(f"all_sizes=True proves every size at once: leave out size (got "
                         f"size={size!r})")
    if engine not in ("auto", "parametric"):
        raise ValueError(f"engine must be 'auto' or 'parametric' with all_sizes=True, got "
                         f"{engine!r}")
    import importlib.util

    if importlib.util.find_spec("islpy") is None:
        raise ImportError('proofs for all sizes need the isl library (islpy); install it with '
                          'pip install "tconv_sym[allsizes]"')
    from .parametric import prove_all_sizes

    identity = lookup(name)
    ignored = [n for n, base in _ALL_SIZES_DEFAULTS.items()
               if n not in identity.parameters and not _is_default(kwargs[n], base)]
    if ignored:
        given = ", ".join(f"{n}={kwargs[n]!r}" for n in ignored)
        raise ValueError(
            f"{identity.name} does not use {', '.join(ignored)} (given {given}); its "
            f"parameters are {', '.join(identity.parameters) or 'none'}: a proof would not "
            "be about the layer asked for, so leave the others at their defaults"
        )
    return prove_all_sizes(identity, **kwargs)


#: the defaults of prove(all_sizes=True)'s layer parameters (a value other than these, for a
#: parameter the identity does not declare, is refused as with fixed sizes)
_ALL_SIZES_DEFAULTS = {"kernel": None, "stride": 1, "padding": 0, "dilation": 1,
                       "output_padding": None, "in_channels": 1, "out_channels": 1, "groups": 1}


def _is_default(value, base) -> bool:
    if value is None or value == base:
        return True
    if base is None:  # output_padding: zeros are the default
        values = value if isinstance(value, (tuple, list)) else (value,)
        return all(isinstance(v, int) and not isinstance(v, bool) and v == 0 for v in values)
    if isinstance(value, (tuple, list)):
        return all(_is_default(v, base) for v in value)
    return False


def prove_equal(lhs, rhs, *, engine="auto", name: str = "user_identity",
                statement: str | None = None) -> Proof:
    """Check that two operators are equal: SymPy / NumPy / scipy.sparse matrices, or
    expressions from :mod:`tconv_sym.prover.expr` (which also run on the basis engine).

    >>> import tconv_sym as ts
    >>> q = ts.kernel_symbols("q", 3)
    >>> Cq = ts.conv_matrix(ts.ConvSpec(in_size=4, kernel_size=3, padding="same",
    ...                                 mode="convolution"), q)
    >>> D, U = ts.downsample_matrix(4, 2), ts.upsample_matrix(2, 2)
    >>> ts.prove_equal(Cq * U, (D * Cq.T).T).holds
    True
    >>> ts.prove_equal(Cq * U, (D * Cq).T).counterexample
    entry (1, 0): lhs = q2, rhs = q0
    """
    fast = numeric.compare_arrays(lhs, rhs) if engine in ("auto", "basis") else None
    if fast is not None:  # plain numbers: exact already, no SymPy (milliseconds)
        text = statement or "lhs = rhs"
        identity = Identity(name, text, text, (), "prove_equal", lambda p, v: (lhs, rhs))
        shapes = [numeric.as_exact_array(m).shape for m in (lhs, rhs)]
        return Proof(identity, {}, "basis", 0.0, fast.equal, _counterexample(fast, lhs), None,
                     shapes[0], shapes[1])
    sides = []
    for label, value in (("lhs", lhs), ("rhs", rhs)):
        sides.append(value if isinstance(value, E.Expr) else E.Literal.of(value, label))
    a, b = sides
    text = statement or f"{a} = {b}"
    identity = Identity(name, text, text, (), "prove_equal", lambda p, v: (a, b))
    t0 = time.perf_counter()
    chosen = _pick(engine, a, b)
    literal_symbols = any(isinstance(n, E.Literal) and n.value.free_symbols
                          for side in sides for n in E.walk(side))
    if chosen == "basis" and literal_symbols and engine == "auto":
        chosen = "sympy"
    cmp = _run(a, b, chosen)
    seconds = time.perf_counter() - t0
    return Proof(identity, {}, chosen, seconds, cmp.equal, _counterexample(cmp, a), None,
                 a.shape, b.shape)
