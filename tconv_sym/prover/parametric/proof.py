"""Proofs for all sizes: a :class:`~tconv_sym.prover.proof.Proof` whose verdict covers every
size of its domain.

>>> from tconv_sym.prover.parametric import prove_all_sizes
>>> p = prove_all_sizes("transposed_conv_is_direct_conv", kernel=3, stride=2, padding=1,
...                     variant="no_flip")
>>> print(p.report(timing=False))  # doctest: +ELLIPSIS
transposed_conv_is_direct_conv [broken variant no_flip: kernel not flipped]: refuted ✗, ...
  Cᵀ x = conv₁(pad_{d(k−1)−p}(↑s x), flip(swap(w)))
  for size=n, kernel=3, stride=2, padding=1, dilation=1, output_padding=0, in_channels=1, ...
  domain: n ≥ 1; engine parametric
  fails for: n ≥ 2
  counterexample: size=(2,): entry (1, 0): lhs = q2, rhs = q0 (confirmed by the basis engine)
  (decided for every size in the domain: it fails exactly where 'fails for' says)
"""

from __future__ import annotations

from ..proof import Counterexample, Proof

__all__ = ["AllSizesProof", "AllSizesCounterexample"]


class AllSizesCounterexample(Counterexample):
    """A counterexample at a concrete ``size`` (and symbol values ``symbols``), found by the
    parametric engine and confirmed by the basis engine; ``fails_for`` is the set of sizes
    where the per-dimension relations differ.

    >>> import sympy
    >>> AllSizesCounterexample(0, 0, sympy.Symbol("q0"), sympy.Integer(0), size=(2,))
    size=(2,): entry (0, 0): lhs = q0, rhs = 0
    """

    def __init__(self, row, col, lhs, rhs, note="", label="", *, size=(), symbols=None,
                 fails_for=None) -> None:
        super().__init__(row, col, lhs, rhs, note, label)
        object.__setattr__(self, "size", tuple(size))
        object.__setattr__(self, "symbols", dict(symbols or {}))
        object.__setattr__(self, "fails_for", fails_for)

    def __repr__(self) -> str:
        at = f"size={self.size}" + "".join(f", {k}={v}" for k, v in self.symbols.items())
        return f"{at}: {Counterexample.__repr__(self)}"


class AllSizesProof(Proof):
    """The outcome of ``prove(name, all_sizes=True, …)``.

    Besides :class:`~tconv_sym.prover.proof.Proof`'s attributes: ``domain`` (the sizes
    where both sides are defined, as constraints such as ``n0 ≥ 3 and n1 ≥ 1``),
    ``for_all_sizes`` (True when the verdict covers every size of the domain), ``fails_for``
    (where a refuted identity fails), ``classes`` (paths of the traced build: pieces of
    the domain on which the trees have one form), ``notes`` (caveats of the domain),
    ``steps`` (a proof by rewriting: the established steps before the engine decided, e.g.
    the tile lemma of a Winograd form; :meth:`by` says what established the verdict).
    """

    def __init__(self, identity, params, seconds, holds, counterexample, variant, shown, *,
                 domain: str, for_all_sizes: bool, fails_for: str | None, classes: int = 1,
                 ndim: int = 1) -> None:
        super().__init__(identity, params, "parametric", seconds, holds, counterexample,
                         variant, None, None, shown)
        self.domain = domain
        self.for_all_sizes = bool(for_all_sizes)
        self.fails_for = fails_for
        self.classes = int(classes)
        self.ndim = int(ndim)
        self._domain_set = None  # the isl set over (sizes…, symbols…), set by the engine
        self._failing_set = None  # where it fails (None: not exact)
        self.notes: tuple = ()
        self._symbol_names = []
        #: stride/dilation symbols proved value by value: name -> the largest value proved
        self.enumerated: dict = {}
        #: a proof by rewriting: the established steps (:class:`~.fast_forms.Step`) before
        #: the parametric engine decided the rewritten statement (empty: none)
        self.steps: tuple = ()

    def by(self) -> str:
        """What established the verdict: the parametric engine, after the steps of a proof
        by rewriting (the tile lemma, exact at a fixed size, and the Kronecker law).

        >>> from tconv_sym.prover.parametric import prove_all_sizes
        >>> prove_all_sizes("up_is_down_transpose", stride=2).by()
        'the parametric engine'
        """
        if not self.steps:
            return "the parametric engine"
        lemmas = [s for s in self.steps if s.name == "tile lemma"]
        tags = "; ".join(dict.fromkeys(s.statement.split(" for ", 1)[-1] for s in lemmas))
        failed = [s.statement.split(" for ", 1)[-1] for s in lemmas if not s.holds]
        laws = [s.name for s in self.steps if s.name != "tile lemma"]
        text = (f"the tile lemma (exact, fixed size: {tags}) and the "
                f"{' and the '.join(dict.fromkeys(laws))}, then the parametric engine")
        if failed:
            text += f" (step (a), the tile lemma, fails for {', '.join(failed)})"
        return text

    def in_domain(self, size, **symbols) -> bool:
        """True when ``size`` (and the symbols' values) lie in the domain.

        >>> from tconv_sym.prover.parametric import prove_all_sizes
        >>> p = prove_all_sizes("separable_kernel_is_kronecker", kernel=(2, 3))
        >>> p.in_domain((2, 3)), p.in_domain((2, 2))
        (True, False)
        """
        return self._contains(self._domain_set, size, symbols)

    def fails_at(self, size, **symbols) -> bool | None:
        """True when ``size`` lies in the exact failing set (None when it is not exact).

        >>> from tconv_sym.prover.parametric import prove_all_sizes
        >>> p = prove_all_sizes("output_size_roundtrip", kernel=3, stride=2, padding=1,
        ...                     variant="no_output_padding")
        >>> p.fails_at((4,)), p.fails_at((5,))
        (True, False)
        """
        if self._failing_set is None:
            return None
        return self._contains(self._failing_set, size, symbols)

    def _contains(self, set_, size, symbols) -> bool:
        import islpy as isl

        size = (size,) if isinstance(size, int) else tuple(size)
        if len(size) != self.ndim or not all(isinstance(v, int) for v in size):
            raise ValueError(f"size must be an int or {self.ndim} ints, got {size!r}")
        missing = [n for n in self._symbol_names if n not in symbols]
        if missing:
            raise ValueError(f"give a value for every symbol ({', '.join(missing)}), got "
                             f"{symbols!r}")
        values = list(size) + [symbols[n] for n in self._symbol_names]
        where = " and ".join(f"x{i} = {v}" for i, v in enumerate(values))
        dims = ", ".join(f"x{i}" for i in range(len(values)))
        pt = isl.Set(f"{{ [{dims}] : {where} }}")
        return not pt.intersect(set_).is_empty()

    @property
    def as_expected(self) -> bool:
        """As for :class:`Proof`, and False when no verdict covers the domain (undecided)."""
        return self.for_all_sizes and super().as_expected

    def verdict(self) -> str:
        """``holds ✓`` / ``refuted ✗`` (with what was expected), or ``undecided``."""
        if not self.for_all_sizes:
            why = next((n for n in self.notes if n.startswith("undecided: ")), None)
            return why or ("undecided: the per-dimension relations differ, but no candidate "
                           "size was confirmed by the basis engine")
        return super().verdict()

    def report(self, timing: bool = True) -> str:
        """The short report (``timing=False`` leaves out the time)."""
        ident = self.identity
        name = ident.name + (" (myth)" if ident.myth else "")
        if self.variant is not None:
            name += f" [broken variant {self.variant}: {ident.variants[self.variant]}]"
        lines = [f"{name}: {self.verdict()}", f"  {ident.statement}",
                 f"  for {self._sizes()}"]
        run = "engine parametric" + (f", {self.seconds:.3f} s" if timing else "")
        lines.append(f"  domain: {self.domain}; {run}")
        if self.fails_for is not None:
            lines.append(f"  fails for: {self.fails_for}")
        elif not self.holds:
            lines.append("  fails for: (not computed: the per-dimension layouts of the sides "
                         "do not line up; the basis engine compared flat matrices)")
        if self.counterexample is not None:
            lines.append(f"  counterexample: {self.counterexample!r} (confirmed by the basis "
                         "engine)")
        lines += [f"  step: {s!r}" for s in self.steps]
        if self.steps:
            lines.append(f"  by: {self.by()}")
        lines += [f"  note: {n}" for n in self.notes if not n.startswith("undecided: ")]
        if self.for_all_sizes and self.holds:
            upto = " and ".join(f"{n} ≤ {b}" for n, b in self.enumerated.items())
            lines.append("  (proved for every size in the domain" +
                         (f"; for {upto} only)" if upto else ")"))
        elif self.for_all_sizes:
            lines.append("  (decided for every size in the domain: it fails exactly where "
                         "'fails for' says)" if self.fails_for else
                         "  (refuted for all sizes by a confirmed counterexample)")
        else:
            lines.append("  (the per-dimension relations differ, but the basis engine found "
                         "the flat matrices equal at every candidate size tried)")
        return "\n".join(lines)

    def line(self, timing: bool = True) -> str:
        """One line for the command line, e.g. ``name: holds for all sizes (n ≥ 1) ✓
        [parametric, 0.02 s]``."""
        mark = "✓" if self.as_expected else "✗"
        kind = " (myth)" if self.identity.myth else ""
        var = f" [{self.variant}]" if self.variant else ""
        t = f", {self.seconds:.2f} s" if timing else ""
        upto = "".join(f", {n} ≤ {b}" for n, b in self.enumerated.items())
        by = f", by {self.by()}" if self.steps else ""
        if self.holds and self.for_all_sizes:
            what = f"holds for all sizes{upto} ({self.domain}){by}"
        elif self.holds or self.counterexample is None:
            what = f"undecided (domain {self.domain}): see report()"
        else:
            cx = self.counterexample
            size = "" if cx is None else f"; smallest counterexample size={cx.size}"
            fails = f"; fails for {self.fails_for}" if self.fails_for else ""
            what = f"refuted (domain {self.domain}{fails}{size}){by}"
        return f"{self.identity.name}{kind}{var}: {what} {mark} [parametric{t}]"
