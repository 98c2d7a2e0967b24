"""The Excel import wizard driven through its widgets, on workbooks written by the
reader's corpus code: mapping overrides and their memory, status words, blocking
errors, apply as one undo step, re-import as update, cancel, refused files, drops."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWizard

from desktop.domain.problems import Code
from desktop.domain.status import Status
from desktop.excel.reader import read_ledger
from desktop.ui import drop
from desktop.ui.drop import install_file_drops
from desktop.ui.import_actions import install_import_actions
from desktop.ui.import_memory import ImportMemory
from desktop.ui.import_wizard import ImportWizard, open_import_wizard
from desktop.ui.models.import_preview_model import (
    COL_ACTION,
    COL_CATEGORY,
    COL_DEADLINE,
    COL_ROW,
    COL_STATUS,
    ERROR_BACKGROUND,
)
from desktop.ui.operations import Control, Operation, running_operations, wait_for_operations
from desktop.ui.settings import AppSettings
from desktop.ui.window_api import ActionKey, LedgerWindow, Menu
from tests.excel import make_corpus

from .fake_window import FakeWindow
from .helpers import FakeMessages, dump_ledger


@pytest.fixture
def empty_window(empty_fake_window: FakeWindow) -> FakeWindow:
    """The window API (a fake) on an empty ledger, with 导入 → Excel 台账… and file
    drops installed."""
    install_import_actions(empty_fake_window)
    install_file_drops(empty_fake_window)
    return empty_fake_window


@pytest.fixture
def window(fake_window: FakeWindow) -> FakeWindow:
    """The window API (a fake) on the demo ledger, with 导入 → Excel 台账…."""
    install_import_actions(fake_window)
    return fake_window


@pytest.fixture(autouse=True)
def _no_job_left_running() -> Iterator[None]:
    yield
    assert wait_for_operations()


def simple(path: Path, rows: list[list[object]], headers: list[str]) -> Path:
    make_corpus._simple(path, rows, headers)
    return path


@pytest.fixture
def bad_cells(tmp_path: Path) -> Path:
    path = tmp_path / "bad_cells.xlsx"
    make_corpus.bad_cells(path)
    return path


@pytest.fixture
def with_notes(tmp_path: Path) -> Path:
    """A ledger with a column the reader does not know (说明) and a status word it
    does not know (搞定了)."""
    return simple(
        tmp_path / "notes.xlsx",
        [
            [1, "问题甲", "措施一", "2023-03-01", "已完成", "第一条说明"],
            [2, "问题乙", "措施一", "2023-04-01", "搞定了", "第二条说明"],
        ],
        ["序号", "问题描述", "整改措施", "整改时限", "整改状态", "说明"],
    )


def start(qtbot: QtBot, window: LedgerWindow, path: Path) -> ImportWizard:
    wizard = open_import_wizard(window, path)
    qtbot.waitUntil(lambda: wizard.workbook is not None)
    return wizard


def to_mapping(wizard: ImportWizard) -> None:
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING_PAGE


def read_next(qtbot: QtBot, wizard: ImportWizard) -> None:
    """Next on a page that reads the plan: wait for the read and the page change."""
    page = wizard.currentId()
    with qtbot.waitSignal(wizard.plan_read, timeout=10000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() != page)


def to_preview(qtbot: QtBot, window: LedgerWindow, path: Path) -> ImportWizard:
    wizard = start(qtbot, window, path)
    to_mapping(wizard)
    read_next(qtbot, wizard)
    if wizard.currentId() == ImportWizard.STATUS_PAGE:
        wizard.next()  # nothing chosen: the plan read stays valid
    assert wizard.currentId() == ImportWizard.PREVIEW_PAGE
    return wizard


def apply(qtbot: QtBot, wizard: ImportWizard) -> None:
    with qtbot.waitSignal(wizard.import_applied, timeout=10000):
        wizard.accept()


# ------------------------------------------------------------------ opening
def test_menu_opens_the_wizard_with_the_ledger_sheet_chosen(
    qtbot: QtBot, empty_window: FakeWindow, fake_messages: FakeMessages, messy: Path
) -> None:
    assert empty_window.menu_texts(Menu.IMPORT) == ["Excel 台账…"]
    empty_window.action(ActionKey.IMPORT_EXCEL).trigger()
    wizard = empty_window.findChild(ImportWizard)
    assert wizard is not None
    assert wizard.isVisible()
    fake_messages.files.append(str(messy))
    wizard.file_page.browse_button.click()
    qtbot.waitUntil(lambda: wizard.workbook is not None)
    combo = wizard.file_page.sheet_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["填表说明（隐藏）", "台账"]
    assert combo.currentData() == "台账"
    assert "第 3–4 行" in wizard.file_page.sheet_note.text()
    assert wizard.file_page.isComplete()


def test_dropping_a_workbook_opens_the_wizard(
    qtbot: QtBot, empty_window: FakeWindow, messy: Path
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(messy))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(empty_window, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(empty_window, event)
    # The drop returns first (a dialog opened inside it would hold the drag's source,
    # Windows Explorer, until it closed); the wizard opens on the next turn.
    assert event.isAccepted()
    assert empty_window.findChild(ImportWizard) is None
    qtbot.waitUntil(lambda: empty_window.findChild(ImportWizard) is not None)
    wizard = empty_window.findChild(ImportWizard)
    assert wizard is not None
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.workbook is not None)
    assert wizard.path == messy
    assert wizard.sheet is not None
    assert wizard.sheet.name == "台账"


def test_a_dropped_file_of_another_kind_is_named_in_a_message(
    empty_window: FakeWindow, fake_messages: FakeMessages, tmp_path: Path
) -> None:
    fake_messages.allow_errors = True
    assert not drop.open_dropped(empty_window, [tmp_path / "scan.png"])
    [text] = fake_messages.kinds("warning")
    assert "scan.png" in text
    assert ".xlsx" in text
    assert empty_window.findChild(ImportWizard) is None


def test_other_features_register_their_suffixes(
    empty_window: FakeWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(drop, "DROP_HANDLERS", dict(drop.DROP_HANDLERS))
    opened: list[Path] = []
    drop.register_drop_handler([".TXT"], lambda window, path: opened.append(path))
    assert drop.open_dropped(empty_window, [tmp_path / "通报.txt"])
    assert opened == [tmp_path / "通报.txt"]


def test_a_refused_file_shows_one_message_naming_it(
    qtbot: QtBot,
    empty_window: FakeWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
    messy: Path,
) -> None:
    fake_messages.allow_errors = True
    path = tmp_path / "report.docx"
    make_corpus.docx(path)
    before = dump_ledger(Path(empty_window.location))
    wizard = start(qtbot, empty_window, messy)  # a good file first, then a Word file
    with qtbot.waitSignal(wizard.read_refused, timeout=10000):
        wizard.set_file(path)
    [text] = fake_messages.kinds("error")
    assert "messy.xlsx" not in text
    assert "report.docx" in text
    assert "没有表格" in text
    assert wizard.workbook is None
    assert not wizard.file_page.isComplete()
    assert dump_ledger(Path(empty_window.location)) == before


# ------------------------------------------------------------------ mapping
def test_mapping_override_changes_the_plan_and_is_remembered(
    qtbot: QtBot, empty_window: FakeWindow, with_notes: Path, settings: AppSettings
) -> None:
    wizard = start(qtbot, empty_window, with_notes)
    to_mapping(wizard)
    page = wizard.mapping_page
    assert page.current_mapping() == {
        "A": "number",
        "B": "text",
        "C": "measure",
        "D": "deadline",
        "E": "status",
        "F": None,
    }
    page.set_field("F", "remarks")  # 说明 holds the remarks
    page.set_field("D", None)  # 整改时限: not imported
    read_next(qtbot, wizard)
    assert wizard.plan is not None
    issues = wizard.plan.issues
    assert [i.draft.remarks for i in issues] == ["第一条说明", "第二条说明"]
    assert all(m.draft.responsibility.deadline is None for i in issues for m in i.measures)
    # The reader's own reading has the deadlines and no remarks.
    plain = read_ledger(with_notes)
    assert plain.issues[0].measures[0].draft.responsibility.deadline is not None
    assert plain.issues[0].draft.remarks == ""

    # A second import of the same layout starts from the user's choice.
    wizard.reject()
    again = start(qtbot, empty_window, with_notes)
    to_mapping(again)
    assert again.mapping_page.current_mapping()["F"] == "remarks"
    assert again.mapping_page.current_mapping()["D"] is None
    assert again.mapping_page.memory_note.isVisibleTo(again.mapping_page)
    again.mapping_page.reset_to_guesses()
    assert again.mapping_page.current_mapping()["D"] == "deadline"
    layout = again.mapping_page.info.layout if again.mapping_page.info else ()
    assert ImportMemory(settings.store).mapping_for(layout) is None


def test_one_column_per_field_and_required_fields_block_next(
    qtbot: QtBot, empty_window: FakeWindow, with_notes: Path
) -> None:
    wizard = start(qtbot, empty_window, with_notes)
    to_mapping(wizard)
    page = wizard.mapping_page
    page.set_field("F", "text")  # takes 问题描述 from column B
    assert page.current_mapping()["B"] is None
    assert page.current_mapping()["F"] == "text"
    page.set_field("A", None)
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "序号" in page.required_note.text()
    page.set_field("A", "number")
    assert page.isComplete()


def test_moving_the_header_row_maps_the_columns_it_names(
    qtbot: QtBot, empty_window: FakeWindow, messy: Path
) -> None:
    wizard = start(qtbot, empty_window, messy)
    to_mapping(wizard)
    page = wizard.mapping_page
    assert page.header_spin.value() == 3
    assert page.current_mapping()["A"] == "number"
    assert page.table.item(3, 0).background().color() == page.table.item(4, 0).background().color()
    page.header_spin.setValue(4)  # the sub-header row alone
    assert page.current_mapping()["A"] is None
    assert page.current_mapping()["F"] == "lead_unit"
    assert not page.isComplete()
    page.header_spin.setValue(3)
    assert page.isComplete()


# ------------------------------------------------------------- status words
def test_a_status_word_mapping_is_remembered_and_used(
    qtbot: QtBot, empty_window: FakeWindow, with_notes: Path, settings: AppSettings
) -> None:
    wizard = start(qtbot, empty_window, with_notes)
    to_mapping(wizard)
    read_next(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.STATUS_PAGE
    assert list(wizard.status_page.combos) == ["搞定了"]
    assert wizard.status_page.table.item(0, 1).text() == "E3"
    wizard.status_page.set_status("搞定了", Status.DONE)
    read_next(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.PREVIEW_PAGE
    assert wizard.plan is not None
    assert not wizard.plan.blocked
    assert wizard.plan.issues[1].measures[0].draft.status is Status.DONE
    assert ImportMemory(settings.store).status_words() == {"搞定了": Status.DONE}
    wizard.reject()

    # Next time the word is known: no status page, the state is used.
    again = start(qtbot, empty_window, with_notes)
    to_mapping(again)
    read_next(qtbot, again)
    assert again.currentId() == ImportWizard.PREVIEW_PAGE
    assert again.plan is not None
    assert again.plan.issues[1].measures[0].draft.status is Status.DONE


# ------------------------------------------------------------------ preview
def test_every_problem_is_listed_however_many(
    qtbot: QtBot, empty_window: FakeWindow, tmp_path: Path
) -> None:
    """A workbook full of problems (20,000 impossible deadlines): every one is listed
    (the list used to stop at 5,000), errors first, each leading to its cell."""
    path = tmp_path / "full_of_problems.xlsx"
    count = 20_000
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    sheet = book.add_worksheet("台账")
    sheet.write_row(0, 0, ["序号", "问题描述", "整改措施", "整改时限", "整改状态"])
    for row in range(1, count + 1):
        sheet.write_row(row, 0, [str(row), f"问题{row}", f"措施{row}", "2023年2月30日", "已完成"])
    sheet.write_row(count + 1, 0, [str(count + 1), "问题末", "措施末", "明年再说", "已完成"])
    book.close()
    wizard = to_preview(qtbot, empty_window, path)
    page = wizard.preview_page
    problems = page.problem_model
    assert wizard.plan is not None
    assert problems.rowCount() == len(wizard.plan.problems) >= count + 1
    assert page.problems.model() is problems
    assert "仅列出" not in page.problems_label.text()
    assert not page.isComplete()
    # Errors first (the unreadable date is a warning, listed last); the last error is
    # the last row's impossible date, and it leads to that issue's measure's cell.
    last_error = count - 1
    texts = problems.row_texts(last_error)
    assert texts[:5] == ["错误", "台账", str(count + 1), "D（整改时限）", "2023年2月30日"]
    assert problems.row_texts(problems.rowCount() - 1)[0] == "提示"
    tip = problems.index(last_error, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert "日期不存在" in tip
    cell = page.show_problem(problems.index(last_error, 0))
    assert cell is not None
    assert page.model.place(cell) == (count - 1, 0)
    assert cell.column() == COL_DEADLINE
    assert page.tree.currentIndex() == cell
    wizard.reject()


def test_blocking_errors_disable_apply_and_mark_the_cells(
    qtbot: QtBot, empty_window: FakeWindow, bad_cells: Path
) -> None:
    before = dump_ledger(Path(empty_window.location))
    wizard = to_preview(qtbot, empty_window, bad_cells)
    page = wizard.preview_page
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert page.blocked_note.isVisibleTo(page)
    assert "错误 3 处" in page.summary.text()  # a repeated 序号 is only a warning
    # Every problem is listed with sheet, row, column and value; errors first.
    listed = [page.problem_model.row_texts(i) for i in range(page.problem_model.rowCount())]
    assert len(listed) == 6
    assert [row[0] for row in listed] == ["错误"] * 3 + ["提示"] * 3
    assert listed[1][:5] == ["错误", "台账", "3", "D（整改时限）", "2023年2月30日"]
    # The impossible date is marked on its measure's deadline cell.
    model = page.model
    measure = model.measure_index(0, 0, COL_DEADLINE)
    assert measure.data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_BACKGROUND
    assert "日期不存在" in measure.data(Qt.ItemDataRole.ToolTipRole)
    # The unknown status word shows as written, marked.
    second = model.measure_index(1, 0, COL_STATUS)
    assert second.data() == "搞定了"
    assert second.data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_BACKGROUND
    # The issue's own row says its measures have problems, in red.
    issue = model.issue_index(0, COL_ROW)
    assert "其整改措施中有 1 处问题" in issue.data(Qt.ItemDataRole.ToolTipRole)
    assert issue.data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_BACKGROUND
    # Double-clicking a problem selects its cell (its measure expanded).
    assert page.show_problem(page.problem_model.index(1, 0)) == measure
    assert page.tree.currentIndex() == measure
    assert page.tree.isExpanded(model.issue_index(0))
    wizard.accept()  # refused: nothing starts
    assert wizard.run is None
    assert wizard.isVisible()
    assert dump_ledger(Path(empty_window.location)) == before


def test_a_large_preview_makes_texts_only_for_the_rows_shown(
    qtbot: QtBot, empty_window: FakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview is a model (no widget item per row): a workbook of 2,000 issues
    shows collapsed, its texts made for the rows on screen and the first rows the
    columns are fitted to, and the keyboard opens an issue and walks its measures."""
    from desktop.ui.import_wizard import EXPAND_ALL_UP_TO, SIZED_ROWS
    from desktop.ui.models.import_preview_model import FETCH_ISSUES, PreviewModel
    from tests.benchmarks.generate import make_plan, write_workbook

    path = tmp_path / "large.xlsx"
    write_workbook(make_plan(2000, 3), path)
    made: set[int] = set()
    text = PreviewModel._text

    def counted(model: PreviewModel, issue: int, measure: int | None, column: int) -> str:
        made.add(issue)
        return text(model, issue, measure, column)

    monkeypatch.setattr(PreviewModel, "_text", counted)
    wizard = start(qtbot, empty_window, path)
    to_mapping(wizard)
    page = wizard.preview_page
    with qtbot.waitSignal(page.tree_shown, timeout=10000):
        read_next(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.PREVIEW_PAGE
    qtbot.waitExposed(wizard)
    model = page.model
    assert page.tree.model() is model
    assert model.issue_count == 2000 > EXPAND_ALL_UP_TO
    # The view is given the first issues only (it lays out every row it has).
    given = model.rowCount()
    assert FETCH_ISSUES <= given <= 2 * FETCH_ISSUES < 2000
    assert model.rowCount(model.issue_index(0)) == 3
    assert not page.tree.isExpanded(model.issue_index(0))
    page.tree.viewport().repaint()
    assert made  # the rows shown were asked for
    assert max(made) < SIZED_ROWS + 100
    # Scrolled to the bottom, the view is given the next issues.
    page.tree.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > given)
    # The last issue, scrolled to, is made then.
    page.tree.scrollTo(model.issue_index(1999))
    assert model.rowCount() == 2000
    assert not model.canFetchMore(QModelIndex())
    page.tree.viewport().repaint()
    assert 1999 in made
    assert model.issue_index(1999, COL_ACTION).data() == "新增"
    # Keyboard: → opens the current issue, ↓ goes to its first measure.
    page.tree.setFocus()
    page.tree.setCurrentIndex(model.issue_index(0))
    qtbot.keyClick(page.tree, Qt.Key.Key_Right)
    assert page.tree.isExpanded(model.issue_index(0))
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    current = page.tree.currentIndex()
    assert model.place(current) == (0, 0)
    assert wizard.plan is not None
    row = wizard.plan.issues[0].measures[0].source.row
    assert current.siblingAtColumn(COL_ROW).data() == f"第 {row} 行"
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert model.place(page.tree.currentIndex()) == (0, 1)
    wizard.reject()


# -------------------------------------------------------------------- apply
def test_apply_adds_the_issues_and_undo_removes_the_whole_import(
    qtbot: QtBot, empty_window: FakeWindow, messy: Path
) -> None:
    before = dump_ledger(Path(empty_window.location))
    wizard = to_preview(qtbot, empty_window, messy)
    page = wizard.preview_page
    assert page.new_radio.isChecked()
    assert page.title_edit.text() == "XX县民政局巡察反馈问题整改台账"
    page.title_edit.setText("县民政局巡察")
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    apply(qtbot, wizard)
    service = empty_window.service
    [inspection] = service.list_inspections()
    assert inspection.title == "县民政局巡察"
    issues = service.list_issues()
    assert [i.number for i in issues] == ["1", "2", "3"]
    assert sum(i.measures_total for i in issues) == 6
    # The window shows the new inspection and says what was done.
    assert empty_window.current_inspection() == inspection
    assert [r.number for r in empty_window.shown_issues()] == ["1", "2", "3"]
    message = empty_window.statusBar().currentMessage()
    assert "新增问题 3 个" in message
    assert "新增整改措施 6 条" in message
    # One undo step removes everything the import added.
    stack = empty_window.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "导入“messy.xlsx”"
    stack.undo()
    assert service.list_issues() == []
    assert dump_ledger(Path(empty_window.location)) == before
    stack.redo()
    assert len(service.list_issues()) == 3


def test_a_closed_wizard_lets_go_of_its_plan_without_the_collector(
    qtbot: QtBot, empty_window: FakeWindow, messy: Path
) -> None:
    """The wizard and its pages refer to each other: what they hold would wait for a
    full pass of the cyclic collector, or stay for good once frozen out of its way
    (desktop.collector). Closed, the wizard drops its reading and plan at once."""
    import sys

    wizard = to_preview(qtbot, empty_window, messy)
    plan = wizard.plan
    assert plan is not None
    held = sys.getrefcount(plan)  # ours and getrefcount's, and the wizard's
    wizard.preview_page.title_edit.setText("县民政局巡察")
    apply(qtbot, wizard)
    assert held > 2
    assert sys.getrefcount(plan) == 2  # only ours and getrefcount's


def test_a_closed_wizard_frees_its_plans_records_in_a_worker(
    qtbot: QtBot, empty_window: FakeWindow, messy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 10,000-issue plan freed at once held the GUI thread 50-150 ms in the turn
    after the import: its records go to a worker, freed one at a time."""
    from desktop.ui import import_wizard

    given: list[list[Any]] = []
    monkeypatch.setattr(import_wizard, "let_go_in_a_worker", given.append)
    wizard = to_preview(qtbot, empty_window, messy)
    plan = wizard.plan
    assert plan is not None
    assert plan.issues
    wizard.preview_page.title_edit.setText("县民政局巡察")
    apply(qtbot, wizard)
    [pieces] = given
    assert {id(i) for i in plan.issues} <= {id(p) for p in pieces}


def test_importing_the_same_file_again_is_offered_as_an_update(
    qtbot: QtBot, empty_window: FakeWindow, messy: Path
) -> None:
    apply(qtbot, to_preview(qtbot, empty_window, messy))
    [inspection] = empty_window.service.list_inspections()
    wizard = to_preview(qtbot, empty_window, messy)
    page = wizard.preview_page
    assert page.existing_radio.isChecked()
    assert page.target_inspection() == inspection.id
    assert "3 个问题已在台账中，将按更新处理" in page.reimport_note.text()
    assert page.model.issue_index(0, COL_ACTION).data() == "更新"
    # Counted in the worker with the read, not by the page on the GUI thread.
    assert wizard.targets is not None
    assert wizard.targets.updates == {None: 0, int(inspection.id): 3}
    # Choosing a new inspection instead says where the issues already are.
    page.new_radio.setChecked(True)
    assert "已在巡察“XX县民政局巡察反馈问题整改台账”中" in page.reimport_note.text()
    assert page.model.issue_index(0, COL_ACTION).data() == "新增"
    page.existing_radio.setChecked(True)
    apply(qtbot, wizard)
    assert len(empty_window.service.list_inspections()) == 1
    assert len(empty_window.service.list_issues()) == 3
    # The same content again: nothing to undo, and the window says so.
    assert empty_window.undo_stack.count() == 1
    assert "台账没有变化" in empty_window.statusBar().currentMessage()

    # Edited in the ledger since: the file's content comes back as an update.
    service = empty_window.service
    third = next(r for r in service.list_issues() if r.number == "3")
    service.set_issue_fields(third.id, {"remarks": "手工修改"})
    apply(qtbot, to_preview(qtbot, empty_window, messy))
    assert service.get_issue(third.id).remarks == "需持续跟踪"
    assert len(service.list_issues()) == 3
    assert empty_window.undo_stack.count() == 2
    assert "更新问题 1 个" in empty_window.statusBar().currentMessage()
    empty_window.undo_stack.undo()
    assert service.get_issue(third.id).remarks == "手工修改"


def test_a_failed_apply_says_so_and_changes_nothing(
    qtbot: QtBot, window: FakeWindow, fake_messages: FakeMessages, messy: Path
) -> None:
    fake_messages.allow_errors = True
    wizard = to_preview(qtbot, window, messy)
    page = wizard.preview_page
    page.existing_radio.setChecked(True)
    target = page.target_inspection()
    assert target is not None
    window.service.delete_inspection(target)  # someone else deleted it meanwhile
    before = dump_ledger(Path(window.location))
    with qtbot.waitSignal(wizard.import_failed, timeout=10000):
        wizard.accept()
    [text] = fake_messages.kinds("error")
    assert "台账没有改变" in text
    assert wizard.isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert dump_ledger(Path(window.location)) == before
    assert window.undo_stack.count() == 0


# --------------------------------------------------------------- progress
def test_cancel_during_reading_changes_nothing(
    qtbot: QtBot, empty_window: FakeWindow, messy: Path
) -> None:
    before = dump_ledger(Path(empty_window.location))
    wizard = start(qtbot, empty_window, messy)
    to_mapping(wizard)
    runs: list[Operation[Any]] = []

    def press_cancel(run: object) -> None:
        # The user presses 取消 as the read starts (what the progress dialog's button
        # does: see test_runner).
        assert isinstance(run, Operation)
        assert run.cancellable
        runs.append(run)
        run.cancel()

    wizard.read_started.connect(press_cancel)
    with qtbot.waitSignal(wizard.read_cancelled, timeout=10000):
        wizard.next()
    assert len(runs) == 1
    qtbot.waitUntil(lambda: running_operations() == 0, timeout=10000)
    assert wizard.currentId() == ImportWizard.MAPPING_PAGE
    assert wizard.plan is None
    assert not wizard.busy
    assert dump_ledger(Path(empty_window.location)) == before
    # The next try reads as usual.
    wizard.read_started.disconnect(press_cancel)
    read_next(qtbot, wizard)
    assert wizard.currentId() == ImportWizard.PREVIEW_PAGE


def test_reading_reports_progress_to_its_dialog(qtbot: QtBot, empty_window: FakeWindow) -> None:
    release = threading.Event()

    def work(control: Control) -> str:
        control.progress(500, 2000)
        release.wait(5)
        return "read"

    run: Operation[str] = Operation(
        empty_window, work, label="正在读取…", cancellable=True, show_after_ms=0
    )
    with qtbot.waitSignal(run.progress_shown, timeout=5000):
        run.start()
    dialog = run.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.maximum() == 2000, timeout=5000)
    assert dialog.value() == 500
    with qtbot.waitSignal(run.succeeded, timeout=5000) as blocker:
        release.set()
    assert blocker.args == ["read"]


# ------------------------------------------------- nothing left out unseen (issue 23)
CORPUS = Path(__file__).resolve().parents[1] / "excel" / "corpus" / "files"


def test_preview_counts_the_file_and_lists_the_skipped_rows(
    qtbot: QtBot, empty_window: FakeWindow
) -> None:
    """A grouped header, two levels of sections, a 合计 row, 填表说明 and signatures:
    the preview says what the file holds against what is used, and lists every skipped
    row with its sheet and row."""
    wizard = to_preview(qtbot, empty_window, CORPUS / "45_everything.xlsx")
    page = wizard.preview_page
    plan = wizard.plan
    assert plan is not None
    assert plan.coverage is not None
    note = page.coverage_note.text()
    assert page.coverage_note.isVisibleTo(page)
    assert f"非空行 {plan.coverage.rows} 行" in note
    assert f"（{len(plan.issues)} 个问题）" in note
    # Skipped rows are listed, not painted on the issue above them.
    marked = {p.code for marks in page.marks.values() for _, p in marks}
    assert marked == {Code.SEVERAL_UNITS}
    assert "分类标题 6 行" in note  # 2 一、 rows and 4 （一） rows
    assert f"跳过 {len(plan.coverage.skipped)} 行" in note
    listed = [page.problem_model.row_texts(i) for i in range(page.problem_model.rowCount())]
    skipped_rows = [str(s.row) for s in plan.coverage.skipped]
    assert [row[2] for row in listed if "未作为问题导入" in row[5]] == skipped_rows
    assert all(row[1] == "整改台账" for row in listed)
    # Sections became the category path; the grouped header's columns were all read.
    first = page.model.issue_index(0, COL_CATEGORY)
    assert first.data() == "一、党的政治建设方面 / （一）理论学习不够深入"
    assert page.isComplete()


def test_telling_a_hand_out_apart_loads_neither_the_merge_nor_the_writer() -> None:
    """The wizard asks whether a file it opens is a hand-out on the GUI thread: the
    test must not import the merge and the hand-out's writer (a module load of 0.1-0.2 s
    with the window waiting)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import desktop.ui.import_wizard\n"
        "from desktop.excel.sniff import looks_like_handoff\n"
        "assert not looks_like_handoff(sys.argv[1])\n"
        "heavy = {'desktop.excel.merge', 'desktop.excel.handoff', 'xlsxwriter'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    path = str(Path(__file__))
    result = subprocess.run(
        [sys.executable, "-c", code, path], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_an_online_systems_web_page_imports_like_a_workbook(
    qtbot: QtBot, empty_window: FakeWindow, tmp_path: Path
) -> None:
    """A web page named .xls, in GB2312, as online systems export them: dropped on the
    window, it goes through the wizard (sheet, preview, apply) like an .xlsx."""
    from tests.excel.test_markup import ONLINE_EXPORT

    path = tmp_path / "审计整改台账导出.xls"
    path.write_bytes(ONLINE_EXPORT.encode("gb18030"))
    assert drop.open_dropped(empty_window, [path])
    wizard = empty_window.findChild(ImportWizard)
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.workbook is not None)
    combo = wizard.file_page.sheet_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["审计整改台账导出"]
    to_mapping(wizard)
    read_next(qtbot, wizard)
    if wizard.currentId() == ImportWizard.STATUS_PAGE:
        wizard.next()
    assert wizard.currentId() == ImportWizard.PREVIEW_PAGE
    assert wizard.preview_page.title_edit.text() == "XX县审计发现问题整改台账"
    apply(qtbot, wizard)
    issues = empty_window.service.list_issues()
    assert [i.number for i in issues] == ["007", "1.10"]
    assert sum(i.measures_total for i in issues) == 3
