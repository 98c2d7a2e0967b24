"""Helpers for the tests of the window's safety features (backups, check, history,
conflicts, read-only mode)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from PySide6.QtWidgets import QDialog

from desktop.domain.records import IssueRecord
from desktop.services.ledger import LedgerService
from desktop.ui.main_window import MainWindow


def select_number(window: MainWindow, number: str) -> IssueRecord:
    record = next(r for r in window.shown_issues() if r.number == number)
    assert window.select_issue(record.id)
    return record


def issue_numbered(service: LedgerService, number: str) -> IssueRecord:
    """The issue with this number, as stored now."""
    return next(r for r in service.list_issues() if r.number == number)


def driving(act: Callable[[QDialog], object]) -> Callable[[QDialog], bool]:
    """A stand-in for ``messages.run_dialog``: do ``act`` on the dialog instead of
    ``exec()``; the answer is whether the dialog ended accepted."""

    def run(dialog: QDialog) -> bool:
        act(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def set_immutable(path: Path, on: bool) -> None:
    """Make a file unwritable even for root (the immutable attribute), as the safety
    tests of the command line do; the permission bits when not root."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.fail("running as root without chattr: cannot make a read-only file")
        subprocess.run(["chattr", "+i" if on else "-i", str(path)], check=True)
    else:
        path.chmod(0o444 if on else 0o644)


def alter_a_history_entry(path: Path, new: str) -> None:
    """Change one history entry's value behind the program's back (the hash chain
    breaks there), as someone with a database tool might."""
    import sqlite3

    raw = sqlite3.connect(path)
    with raw:
        raw.execute(
            "UPDATE history SET new = ? WHERE id = (SELECT MIN(id) + 3 FROM history)",
            (json.dumps(new, ensure_ascii=False),),
        )
    raw.close()
