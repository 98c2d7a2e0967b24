"""The detail pane's tabs: measures edited in place (through the real editors), added,
deleted and reordered; history; each step undoable. The supervision tabs (progress,
evidence, postponement, sign-off, outcomes) are tested in test_supervision_tabs*.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit

from desktop.ui.dialogs.measure_dialog import MeasureDialog
from desktop.ui.main_window import MainWindow

from .helpers import FakeMessages, dump_ledger


def open_measures(window: MainWindow, number: str) -> None:
    record = next(r for r in window.shown_issues() if r.number == number)
    assert window.select_issue(record.id)
    window.detail.tabs.setCurrentWidget(window.detail.measures)


def column(window: MainWindow, key: str) -> int:
    return next(i for i, c in enumerate(window.detail.measures.model.columns) if c.key == key)


def measure_texts(window: MainWindow) -> list[str]:
    issue = window.current_issue()
    assert issue is not None
    return [m.text for m in window.service.list_measures(issue.id)]


def edit_cell(qtbot: QtBot, window: MainWindow, row: int, key: str) -> QLineEdit | QComboBox:
    view = window.detail.measures.view
    index = view.model().index(row, column(window, key))
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit | QComboBox)
    return editor


def commit(qtbot: QtBot, window: MainWindow, editor: QLineEdit | QComboBox) -> None:
    """Enter in an editor: Qt commits on the next turn of the event loop."""
    view = window.detail.measures.view
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def test_edit_measures_in_place_and_undo(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    open_measures(window, "8")
    before = dump_ledger(demo_path)
    editor = edit_cell(qtbot, window, 0, "text")
    assert isinstance(editor, QLineEdit)
    assert editor.text().startswith("一是")
    editor.setText("一是组织专家论证河道治理方案")
    commit(qtbot, window, editor)
    assert measure_texts(window)[0] == "一是组织专家论证河道治理方案"
    # Enter moved down a row, like a spreadsheet.
    assert window.detail.measures.view.currentIndex().row() == 1
    assert window.undo_action.text() == "撤销 修改整改措施的整改措施"

    status = edit_cell(qtbot, window, 1, "status")
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findData("done"))
    commit(qtbot, window, status)
    issue = window.current_issue()
    assert issue is not None
    assert window.service.list_measures(issue.id)[1].status.value == "done"
    # The issue row shows the new measure count at once.
    assert window.model.index(window.model.row_of(issue.id) or 0, 8).data() == "1/2"

    deadline = edit_cell(qtbot, window, 1, "deadline")
    assert isinstance(deadline, QLineEdit)
    deadline.setText("2023年6月30日")
    commit(qtbot, window, deadline)
    assert window.service.list_measures(issue.id)[1].responsibility.deadline == date(2023, 6, 30)

    for _ in range(3):
        window.undo_action.trigger()
    assert dump_ledger(demo_path) == before
    assert window.detail.measures.model.records()[0].text.startswith("一是持续")


def test_an_unreadable_date_in_a_cell_is_refused(
    qtbot: QtBot, window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    open_measures(window, "8")
    before = dump_ledger(demo_path)
    fake_messages.allow_errors = True
    editor = edit_cell(qtbot, window, 0, "deadline")
    editor.setText("2023年2月30日")  # type: ignore[union-attr]
    commit(qtbot, window, editor)
    assert "2023年2月30日" in fake_messages.kinds("warning")[0]
    assert dump_ledger(demo_path) == before


def test_long_term_check_box_in_a_measure_row(window: MainWindow) -> None:
    open_measures(window, "9")
    model = window.detail.measures.model
    index = model.index(0, column(window, "long_term"))
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    issue = window.current_issue()
    assert issue is not None
    assert window.service.list_measures(issue.id)[0].long_term


def test_add_delete_and_reorder_measures(
    window: MainWindow, fake_messages: FakeMessages, demo_path: Path
) -> None:
    open_measures(window, "8")
    before = dump_ledger(demo_path)
    original = measure_texts(window)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, MeasureDialog)
        # Defaults come from the issue.
        assert dialog.lead_unit.text() == "建设局"
        assert dialog.deadline.text() == "长期坚持"
        dialog.text.setPlainText("三是建立河道巡查台账")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_messages.dialogs.append(fill)
    window.detail.measures.add_button.click()
    assert measure_texts(window) == [*original, "三是建立河道巡查台账"]
    panel = window.detail.measures
    assert panel.current_measure() is not None
    assert panel.current_measure().text == "三是建立河道巡查台账"  # type: ignore[union-attr]
    panel.up_button.click()
    assert measure_texts(window) == [original[0], "三是建立河道巡查台账", original[1]]
    assert window.undo_action.text() == "撤销 调整问题 8 的整改措施顺序"
    panel.view.setCurrentIndex(panel.model.index(0, 1))
    panel.delete_button.click()
    assert measure_texts(window) == ["三是建立河道巡查台账", original[1]]
    issue = window.current_issue()
    assert issue is not None
    assert [m.seq for m in window.service.list_measures(issue.id)] == [1, 2]
    for _ in range(3):
        window.undo_action.trigger()
    assert dump_ledger(demo_path) == before
    window.redo_action.trigger()
    assert measure_texts(window) == [*original, "三是建立河道巡查台账"]


def test_measure_dialog_needs_text(qtbot: QtBot) -> None:
    from desktop.domain.records import MeasureDraft

    dialog = MeasureDialog(MeasureDraft(text=""), [], [])
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "必填项不能为空" in dialog.error.text()


def test_history_tab_lists_the_changes(window: MainWindow) -> None:
    open_measures(window, "12")
    window.detail.form.remarks.setText("已对账")
    window.save_issue_action.trigger()
    history = window.detail.history_model
    first = [history.index(0, c).data() for c in range(history.columnCount())]
    assert first[1:] == ["测试员", "录入", "问题", "修改", "备注", "", "已对账"]
