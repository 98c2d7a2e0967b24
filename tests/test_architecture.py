"""Layering rules import-linter cannot express: printing uses QtGui and QtPrintSupport,
never QtWidgets (architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"


def qt_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("PySide6")}
    return found


def test_printing_never_imports_widgets() -> None:
    allowed = {"PySide6", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtPrintSupport"}
    for path in (PACKAGE / "printing").rglob("*.py"):
        assert qt_modules(path) <= allowed, path


def test_start_up_does_not_import_heavy_modules() -> None:
    import subprocess
    import sys

    code = (
        "import sys, desktop.cli; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy','openpyxl','xlsxwriter','python_calamine','docx','PySide6')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_services_import_no_cycles() -> None:
    """No module of ``desktop.services`` imports, however indirectly (type-checking
    imports included), a module that imports it: services below the ledger service take
    it as ``unit_of_work.LedgerAccess``, and shared writes live in ``ledger_rows``."""
    import grimp

    graph = grimp.build_graph("desktop", cache_dir=None)
    services = sorted(m for m in graph.modules if m.startswith("desktop.services."))
    cycles = [
        (a, b)
        for i, a in enumerate(services)
        for b in services[i + 1 :]
        if graph.chain_exists(a, b) and graph.chain_exists(b, a)
    ]
    assert cycles == []
