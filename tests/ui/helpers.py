"""Helpers shared by the window tests: scripted message boxes and a ledger dump."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from desktop.domain.rollup import Disagreement, StatusChoice
from desktop.ui import messages


@dataclass
class FakeMessages:
    """Scripted answers for ``desktop.ui.messages``: every call is recorded; prompts
    answer from queues; an unexpected error or warning fails the test."""

    calls: list[tuple[str, str]] = field(default_factory=list)
    confirm_answers: list[bool] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)
    files: list[str | None] = field(default_factory=list)
    file_lists: list[list[str]] = field(default_factory=list)
    file_defaults: list[str] = field(default_factory=list)  # where each file dialog began
    choices: list[int | None] = field(default_factory=list)
    dialogs: list[Callable[[QDialog], bool]] = field(default_factory=list)
    stale_answers: list[messages.StaleChoice] = field(default_factory=list)
    # Answers to "the state disagrees with its measures", and what was asked.
    status_answers: list[StatusChoice | None] = field(default_factory=list)
    status_questions: list[tuple[Disagreement, ...]] = field(default_factory=list)
    allow_errors: bool = False

    def kinds(self, kind: str) -> list[str]:
        return [text for k, text in self.calls if k == kind]


# Bookkeeping columns that an undo legitimately moves forward: the revision (optimistic
# locking must see the undo as a new change) and who/when last saved the issue.
BOOKKEEPING = {"revision", "updated_at", "updated_by"}
DATA_TABLES = (
    "inspection",
    "category",
    "unit",
    "issue",
    "issue_cooperating_unit",
    "measure",
    "measure_cooperating_unit",
    "progress_note",
)


def dump_ledger(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every data row of a ledger file (history excluded), read with sqlite3 rather
    than through the service, for before/after comparisons."""
    connection = sqlite3.connect(path)
    try:
        out: dict[str, list[tuple[Any, ...]]] = {}
        for table in DATA_TABLES:
            columns = [
                row[1]
                for row in connection.execute(f"PRAGMA table_info({table})")
                if row[1] not in BOOKKEEPING
            ]
            query = f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1, 2"
            out[table] = list(connection.execute(query))
        return out
    finally:
        connection.close()


def submit_a_weekday_as_workday(qtbot: Any, settings: Any, folder: Path) -> Any:
    """The settings dialog with this year's calendar given a Monday as an extra
    working day (a make-up day must fall on a weekend), submitted; the dialog."""
    from datetime import date, timedelta

    from desktop.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, calendar_folders=[folder / "none", folder / "user"])
    qtbot.addWidget(dialog)
    editor = dialog.calendar_page.editors[date.today().year]
    monday = date.today() + timedelta(days=(7 - date.today().weekday()) % 7)
    if monday.year != date.today().year:
        monday -= timedelta(days=7)
    row = editor.add_workday_row()
    editor.workdays.item(row, 0).setText(monday.isoformat())  # type: ignore[union-attr]
    dialog.accept()
    return dialog
