"""Every message code is declared once, with one value, and has one source text: a
second declaration would silently replace the first (a dict literal and a class body
both keep the last), and the first sites' values would no longer fit the text."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from desktop.domain import texts

SOURCE_FILE = Path(texts.__file__)


def _tree() -> ast.Module:
    return ast.parse(SOURCE_FILE.read_text(encoding="utf-8"))


def test_each_code_is_declared_once_with_its_own_value() -> None:
    [msg] = [n for n in _tree().body if isinstance(n, ast.ClassDef) and n.name == "Msg"]
    names = [
        target.id
        for node in msg.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    ]
    values = [
        node.value.value
        for node in msg.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
    ]
    assert [n for n, k in Counter(names).items() if k > 1] == []
    assert [v for v, k in Counter(values).items() if k > 1] == []


def test_each_code_has_one_source_text() -> None:
    [source] = [
        n.value
        for n in _tree().body
        if isinstance(n, ast.AnnAssign)
        and isinstance(n.target, ast.Name)
        and n.target.id == "SOURCE"
    ]
    assert isinstance(source, ast.Dict)
    keys = [ast.unparse(k) for k in source.keys if k is not None]
    assert [k for k, n in Counter(keys).items() if n > 1] == []
