"""One dispatch per engine over the expression nodes, as SymPy's printers dispatch ``_print_X``.

Every engine that walks an identity's expression tree (the exact basis engine, the SymPy
engine, the parametric engine, the channel ⊗ spatial split, the cost estimate, …) owns one
:class:`Dispatch`: a table from node class to the function that evaluates that node. A node
class an engine cannot evaluate is *declined* explicitly, with the reason, so that the table
of which engine supports which node (:func:`support_table`) is complete by construction and a
new node kind without an entry for every engine fails a test, not a user.

>>> d = Dispatch("demo-engine", "counts leaves")
>>> class Leaf: pass
>>> class Pair:
...     def __init__(self, a, b): self.a, self.b = a, b
>>> @d.register(Leaf)
... def _(node): return 1
>>> @d.register(Pair)
... def _(node): return d(node.a) + d(node.b)
>>> d(Pair(Leaf(), Pair(Leaf(), Leaf())))
3
>>> d.decline(int, "numbers are not nodes")
>>> d(7)
Traceback (most recent call last):
...
tconv_sym.prover.dispatch.NotSupported: the demo-engine engine does not support int: numbers ...
>>> del ENGINES["demo-engine"]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

__all__ = ["Dispatch", "NotSupported", "ENGINES", "support_table"]


class NotSupported(TypeError):
    """An engine met a node kind it does not evaluate (declined, or never registered)."""

    def __init__(self, engine: str, node_type: type, reason: str) -> None:
        self.engine, self.node_type, self.reason = engine, node_type, reason
        super().__init__(f"the {engine} engine does not support {node_type.__name__}: {reason}")


#: Every engine's table, by engine name (filled as the engine modules are imported).
ENGINES: dict[str, Dispatch] = {}


class Dispatch:
    """A table ``node class → function`` for one engine, looked up along the node's MRO.

    ``register(*types)`` adds a function, ``decline(type, reason)`` records that the engine
    does not evaluate a kind and why; calling the table evaluates a node.
    """

    def __init__(self, engine: str, doc: str = "") -> None:
        if engine in ENGINES:
            raise ValueError(f"engine name {engine!r} is already taken")
        self.engine, self.doc = engine, doc
        self._table: dict[type, Callable] = {}
        self._declined: dict[type, str] = {}
        self._partly: dict[type, str] = {}  # registered, but for some nodes of the kind only
        ENGINES[engine] = self

    def register(self, *types: type) -> Callable[[Callable], Callable]:
        """Decorator: the function evaluates nodes of these classes."""
        if not types:
            raise TypeError("register() needs at least one node class")

        def deco(fn: Callable) -> Callable:
            for t in types:
                self._table[t] = fn
                self._declined.pop(t, None)
            return fn

        return deco

    def partly(self, node_type: type, which: str) -> None:
        """Record that the registered entry for ``node_type`` evaluates only some nodes of
        that kind (``which``); it declines the others itself, with the reason.

        >>> d = Dispatch("halfway", "")
        >>> _ = d.register(int)(lambda n: n)
        >>> d.partly(int, "small ints only")
        >>> d.status(int), d.status(bool)  # bool inherits int's entry
        ('partly: small ints only', 'partly: small ints only')
        >>> del ENGINES["halfway"]
        """
        self._partly[node_type] = which

    def decline(self, node_type: type, reason: str) -> None:
        """Record that this engine does not evaluate ``node_type``, and why."""
        self._declined[node_type] = reason
        self._table.pop(node_type, None)

    def lookup(self, node_type: type) -> Callable:
        for t in node_type.__mro__:
            if t in self._table:
                return self._table[t]
            if t in self._declined:
                raise NotSupported(self.engine, node_type, self._declined[t])
        raise NotSupported(self.engine, node_type, "no entry in its dispatch table")

    def __call__(self, node, *args, **kwargs):
        return self.lookup(type(node))(node, *args, **kwargs)

    def status(self, node_type: type) -> str | None:
        """``"yes"``, ``"partly: <which>"``, ``"no: <reason>"``, or ``None`` when the table
        has no entry at all."""
        for t in node_type.__mro__:
            if t in self._table:
                return f"partly: {self._partly[t]}" if t in self._partly else "yes"
            if t in self._declined:
                return f"no: {self._declined[t]}"
        return None

    def __repr__(self) -> str:
        return (f"Dispatch({self.engine!r}: {len(self._table)} node kinds, "
                f"{len(self._declined)} declined)")


def support_table(node_types: Iterable[type], engines: Iterable[Dispatch] | None = None) -> str:
    """The Markdown table of which engine supports which node kind.

    >>> d = Dispatch("tiny", "")
    >>> d.register(int)(lambda n: n)  # doctest: +ELLIPSIS
    <function <lambda> at ...>
    >>> print(support_table([int, str], [d]))
    | node | tiny |
    | --- | --- |
    | int | yes |
    | str | **missing** |
    >>> del ENGINES["tiny"]
    """
    engines = list(ENGINES.values() if engines is None else engines)
    lines = ["| node | " + " | ".join(d.engine for d in engines) + " |",
             "| --- |" + " --- |" * len(engines)]
    for t in node_types:
        cells = [d.status(t) or "**missing**" for d in engines]
        lines.append(f"| {t.__name__} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
