"""One dispatch per engine: every node kind has an entry or a stated decline in every engine,
a new kind without them is caught, and docs/engine_support.md is the generated table."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tconv_sym.prover import expr as E
from tconv_sym.prover.dispatch import ENGINES, Dispatch, NotSupported, support_table
from tconv_sym.prover.engines import DOC_PATH, load_engines, missing, support_markdown

ROOT = Path(__file__).parents[1]


def test_node_types_lists_every_expr_subclass_of_expr_py():
    defined = {cls for cls in vars(E).values()
               if isinstance(cls, type) and issubclass(cls, E.Expr) and cls is not E.Expr}
    assert set(E.NODE_TYPES) == defined
    assert len(E.NODE_TYPES) == len(set(E.NODE_TYPES)) == 15


def test_every_engine_has_an_entry_or_a_decline_for_every_node_kind():
    tables = load_engines()
    assert {"basis", "sympy", "split", "estimate"} <= {d.engine for d in tables}
    assert missing(E.NODE_TYPES, tables) == []


def test_a_node_kind_added_without_entries_is_flagged_for_every_engine():
    class Winograd(E.Expr):  # a fast-algorithm node someone forgot to teach the engines
        shape = (4, 4)

    tables = load_engines()
    flagged = missing((*E.NODE_TYPES, Winograd), tables)
    assert flagged == [(d.engine, "Winograd") for d in tables]
    assert "| Winograd |" + " **missing** |" * len(tables) in support_table(
        [Winograd], tables)
    with pytest.raises(NotSupported, match="basis engine does not support Winograd: no entry"):
        ENGINES["basis"](Winograd(), {})


def test_a_decline_is_a_reason_not_a_crash():
    from tconv_sym.prover import split

    fixed = E.fixed([[1, 0], [0, 1]])
    assert ENGINES["split"].status(E.Fixed).startswith("no: ")
    with pytest.raises(split.NotSplit, match="exact constant"):
        split.evaluate_split(fixed, ndim=1)


def test_engines_switch_on_node_types_only_through_their_tables():
    """No isinstance chain over expression nodes is left in the engines' evaluators."""
    for name in ("basis", "sympy_engine", "split", "estimate"):
        tree = ast.parse((ROOT / "tconv_sym" / "prover" / f"{name}.py").read_text())
        chains = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.If)
                  and isinstance(node.test, ast.Call)
                  and getattr(node.test.func, "id", "") == "isinstance"
                  and "E." in ast.unparse(node.test.args[1])]
        allowed = {"split": 1}  # MatMul: a Fixed left factor is factored to fit
        assert len(chains) <= allowed.get(name, 0), (name, chains)


def test_engine_names_are_unique():
    with pytest.raises(ValueError, match="already taken"):
        Dispatch("basis")


def test_docs_engine_support_is_the_generated_table():
    committed = (ROOT / DOC_PATH).read_text()
    assert committed == support_markdown(), (
        "docs/engine_support.md is out of date: python -m tconv_sym.prover.engines > "
        "docs/engine_support.md")
