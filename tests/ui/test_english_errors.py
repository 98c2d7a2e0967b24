"""The English window shows the lower layers' errors in English: the import wizard's
refusal and its problem list, a merge of a foreign workbook, a bad holiday calendar.
The user's own values (a file name, a cell, a sheet name) may stay Chinese."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.ui.import_wizard import ImportWizard, open_import_wizard
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import wait_for_operations
from desktop.ui.settings import AppSettings
from tests.excel import make_corpus

from .helpers import FakeMessages, submit_a_weekday_as_workday

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
QUOTED = re.compile(r"“[^”]*”|\(value: [^)]*\)")


def chinese_left(text: str, *values: str) -> str | None:
    for value in values:
        text = text.replace(value, "")
    found = CJK.search(QUOTED.sub("", text))
    return text if found else None


@pytest.fixture(autouse=True)
def _no_job_left_running() -> Iterator[None]:
    yield
    assert wait_for_operations()


def start(qtbot: QtBot, window: MainWindow, path: Path) -> ImportWizard:
    wizard = open_import_wizard(window, path)
    qtbot.waitUntil(lambda: wizard.workbook is not None)
    return wizard


@pytest.mark.usefixtures("english")
def test_the_import_wizard_refuses_a_file_in_english(
    qtbot: QtBot,
    empty_window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
    messy: Path,
) -> None:
    fake_messages.allow_errors = True
    path = tmp_path / "报告.docx"
    make_corpus.docx(path)
    wizard = start(qtbot, empty_window, messy)
    with qtbot.waitSignal(wizard.read_refused, timeout=10000):
        wizard.set_file(path)
    [text] = fake_messages.kinds("error")
    assert "报告.docx" in text
    assert "holds no table" in text
    assert chinese_left(text, "报告.docx") is None


@pytest.mark.usefixtures("english")
def test_the_import_wizard_lists_problems_in_english(
    qtbot: QtBot, empty_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "bad_cells.xlsx"
    make_corpus.bad_cells(path)
    wizard = start(qtbot, empty_window, path)
    wizard.next()
    with qtbot.waitSignal(wizard.plan_read, timeout=10000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() != ImportWizard.MAPPING_PAGE)
    if wizard.currentId() == ImportWizard.STATUS_PAGE:
        wizard.next()
    page = wizard.preview_page
    rows = [page.problem_model.row_texts(i) for i in range(page.problem_model.rowCount())]
    assert len(rows) == 6
    assert len(rows) == 6
    assert [row[0] for row in rows] == ["Error"] * 3 + ["Note"] * 3
    assert any("The date does not exist" in row[5] for row in rows)
    for row in rows:
        assert chinese_left(row[5], row[4]) is None, row
        tip = page.problem_model.index(rows.index(row), 5).data(Qt.ItemDataRole.ToolTipRole)
        assert chinese_left(tip, row[4], row[1], row[3]) is None, tip
    wizard.reject()


@pytest.mark.usefixtures("english")
def test_a_foreign_workbook_is_refused_in_english(
    window: MainWindow, tmp_path: Path, fake_messages: FakeMessages
) -> None:
    fake_messages.allow_errors = True
    other = tmp_path / "notes.xlsx"
    other.write_text("不是表格", encoding="utf-8")
    assert not window.handoff.merge_paths([other])
    [message] = fake_messages.kinds("error")
    assert "notes.xlsx" in message
    assert chinese_left(message) is None, message


@pytest.mark.usefixtures("english")
def test_a_bad_calendar_is_explained_in_english(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings, fake_messages: FakeMessages
) -> None:
    fake_messages.allow_errors = True
    dialog = submit_a_weekday_as_workday(qtbot, settings, tmp_path)
    assert dialog.result() != QDialog.DialogCode.Accepted
    [message] = fake_messages.kinds("error")
    assert "is not a Saturday or Sunday" in message
    assert chinese_left(message) is None, message
