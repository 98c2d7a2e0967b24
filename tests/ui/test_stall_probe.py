"""The no-freeze probe of ``make bench`` (tests/ui/stall_probe.py) on the demo ledger:
every operation it drives does its work through the window (files written, the merge
taken, the import applied and undone), so the benchmark measures what it names. The
gaps themselves are figures for ``make bench``, not asserted here."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.benchmarks.generate import make_plan, write_workbook

from .helpers import FakeMessages
from .stall_probe import probe

OPERATIONS = [
    "statistics",
    "export",
    "handout",
    "merge_10",
    "print_200_sheets",
    "print_ledger_pdf",
    "print_ledger_preview",
    "import",
    "switch_inspections",
    "undo_import",
]


def test_the_probe_runs_every_operation_through_the_window(
    qtbot: QtBot, window: MainWindow, fake_messages: FakeMessages, tmp_path: Path
) -> None:
    workbook = tmp_path / "import.xlsx"
    write_workbook(make_plan(12, 2), workbook)
    before = {i.title for i in window.inspections()}
    stalls = probe(qtbot, window, fake_messages, workbook, tmp_path)
    assert [s.operation for s in stalls] == OPERATIONS
    assert all(s.longest_ms > 0 and s.seconds > 0 for s in stalls)
    # Every scripted dialog and file name was used: nothing was skipped silently.
    assert not fake_messages.dialogs
    assert not fake_messages.files
    assert not fake_messages.kinds("error")
    assert not fake_messages.kinds("warning")
    assert (tmp_path / "台账.xlsx").stat().st_size > 0
    assert (tmp_path / "问题单.pdf").stat().st_size > 0
    assert (tmp_path / "台账.pdf").stat().st_size > 0
    assert {i.title for i in window.inspections()} == before  # the import undone
