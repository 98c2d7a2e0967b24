"""Printing lays out pages with QtGui and QtPrintSupport only, never widgets (a rule
import-linter cannot state for a subpackage of PySide6)."""

from __future__ import annotations

import re
from pathlib import Path

import desktop.printing


def test_printing_imports_no_widgets() -> None:
    folder = Path(desktop.printing.__file__).parent
    for path in folder.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"\bQtWidgets\b", source), path.name
        for module in re.findall(r"from PySide6\.(\w+) import|import PySide6\.(\w+)", source):
            name = module[0] or module[1]
            assert name in {"QtCore", "QtGui", "QtPrintSupport"}, (path.name, name)
