"""The 打印 menu: actions enabled by what is selected, each form through the preview
dialog's 导出 PDF to a file whose text is the issues', the ledger as the table shows it,
the preview's page, print fonts from the settings, and what happens without fonts."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog

from desktop.domain.records import IssueRecord
from desktop.domain.status import Status
from desktop.printing.fonts import Face, NoChineseFont
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.print_actions import PrintActions, install_print_actions
from desktop.ui.print_preview import PrintPreview
from desktop.ui.settings import AppSettings
from tests.printing.pdftools import page_count, page_sizes_mm, pdf_text, squeeze

from .fake_window import FakeWindow
from .helpers import FakeMessages


def select_numbers(window: MainWindow, *numbers: str) -> list[IssueRecord]:
    """Select the rows of these issue numbers (the first becomes current)."""
    model = window.table.selectionModel()
    model.clearSelection()
    chosen = []
    for k, number in enumerate(numbers):
        record = next(r for r in window.shown_issues() if r.number == number)
        row = window.model.row_of(record.id)
        assert row is not None
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        if k == 0:
            model.setCurrentIndex(window.model.index(row, 0), flags)
        else:
            model.select(window.model.index(row, 0), flags)
        chosen.append(record)
    return chosen


def export_from_preview(path: Path, seen: list[PrintPreview]) -> Callable[[QDialog], bool]:
    """A stand-in for showing the preview: press its 导出 PDF… button, then close it."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, PrintPreview)
        seen.append(dialog)
        dialog.export_action.trigger()
        return False

    return run


def test_actions_follow_selection_view_and_scope(window: MainWindow) -> None:
    actions = window.print_actions
    assert [a.text() for a in window.print_menu.actions() if a.text()] == [
        "打印当前问题…",
        "打印所选问题…",
        "打印销号审批表…",
        "打印当前视图台账…",
        "打印整改情况通报…",
    ]
    assert window.print_menu.menuAction().isEnabled()
    assert actions.current_action.shortcut().toString() == "Ctrl+P"

    window.table.selectionModel().clearSelection()
    window.table.selectionModel().setCurrentIndex(
        window.model.index(-1, -1), QItemSelectionModel.SelectionFlag.Clear
    )
    assert window.current_issue() is None
    assert not actions.current_action.isEnabled()
    assert not actions.selected_action.isEnabled()
    assert not actions.signoff_action.isEnabled()
    assert actions.ledger_action.isEnabled()
    assert actions.notice_action.isEnabled()  # the demo's one inspection is chosen

    select_numbers(window, "3", "5")
    assert actions.current_action.isEnabled()
    assert actions.selected_action.isEnabled()
    assert actions.signoff_action.isEnabled()

    # A filter that shows nothing leaves no ledger to print.
    window.filter_bar.search.setText("没有这样的问题文字")
    window.filter_bar.apply_search_now()
    assert window.model.rowCount() == 0
    assert not actions.ledger_action.isEnabled()
    assert not actions.selected_action.isEnabled()
    window.filter_bar.clear()
    assert actions.ledger_action.isEnabled()

    # 全部问题 (no inspection chosen): no notice to print.
    window.nav.setCurrentIndex(window.nav_model.index(0, 0))
    assert window.current_inspection() is None
    assert not actions.notice_action.isEnabled()


@pytest.mark.parametrize("form", ["current", "selected", "signoff", "ledger", "notice"])
def test_each_form_exports_a_pdf_with_the_issue_text(
    window: MainWindow, fake_messages: FakeMessages, tmp_path: Path, form: str
) -> None:
    actions = window.print_actions
    chosen = select_numbers(window, "2", "7")
    out = tmp_path / "out.pdf"
    fake_messages.files = [str(tmp_path / "out")]  # the suffix is added
    seen: list[PrintPreview] = []
    fake_messages.dialogs = [export_from_preview(out, seen)]
    action = {
        "current": actions.current_action,
        "selected": actions.selected_action,
        "signoff": actions.signoff_action,
        "ledger": actions.ledger_action,
        "notice": actions.notice_action,
    }[form]
    action.trigger()

    assert [kind for kind, _ in fake_messages.calls] == ["dialog", "ask_file"]
    assert out.exists()
    assert not list(tmp_path.glob(".*partial"))
    text = squeeze(pdf_text(out))
    first, second = (squeeze(r.text) for r in chosen)
    if form == "current":
        assert first in text
        assert second not in text
        assert "问题整改情况表" in text
    elif form in ("selected", "signoff"):
        assert text.index(first) < text.index(second)
        assert ("整改销号审批表" if form == "signoff" else "问题整改情况表") in text
        assert page_count(out) >= 2
    else:
        # The ledger and the notice carry every issue of the inspection (the ledger
        # may cut a long one at a page's foot).
        for record in window.service.list_issues():
            assert squeeze(record.text)[:8] in text
    dialog = seen[0]
    assert dialog.toolbar is not None
    assert dialog.toolbar.actions()[-1] is dialog.export_action
    assert dialog.windowTitle().startswith("打印预览 — ")
    assert window.statusBar().currentMessage().startswith(f"已导出 PDF：{out}")
    progress = actions.last_progress
    assert progress is not None
    assert progress.reports >= 1
    assert progress.documents == progress.total
    assert not actions._busy


def test_ledger_prints_the_table_as_filtered_and_sorted(
    window: MainWindow, fake_messages: FakeMessages, tmp_path: Path
) -> None:
    for status in (Status.IN_PROGRESS, Status.NOT_STARTED):
        window.filter_bar.status_actions[status].setChecked(True)
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shown = window.shown_issues()
    hidden = [r for r in window.service.list_issues() if r.id not in {s.id for s in shown}]
    assert len(shown) >= 2
    assert hidden
    numbers = [int(r.number) for r in shown]
    assert numbers == sorted(numbers, reverse=True)

    out = tmp_path / "ledger.pdf"
    fake_messages.files = [str(out)]
    fake_messages.dialogs = [export_from_preview(out, [])]
    window.print_actions.ledger_action.trigger()

    text = squeeze(pdf_text(out))
    positions = [text.index(squeeze(r.text)[:30]) for r in shown]
    assert positions == sorted(positions)
    for record in hidden:
        assert squeeze(record.text)[:30] not in text
    assert f"共{len(shown)}个问题" in text


@pytest.fixture
def printing(fake_window: FakeWindow) -> PrintActions:
    """The 打印 menu on the window API's fake (for what needs no whole window)."""
    return install_print_actions(fake_window)


def test_preview_dialog_has_the_page_of_its_form(
    qtbot: QtBot, fake_window: FakeWindow, printing: PrintActions, tmp_path: Path
) -> None:
    actions = printing
    first = fake_window.shown_issues()[0]
    fake_window.select([first], current=first)
    cases = [
        (actions.ledger_job(), QPageLayout.Orientation.Landscape, (297.0, 210.0)),
        (
            actions.sheet_job([first.id]),
            QPageLayout.Orientation.Portrait,
            (210.0, 297.0),
        ),
        (actions.notice_job(), QPageLayout.Orientation.Portrait, (210.0, 297.0)),
    ]
    for index, (job, orientation, size) in enumerate(cases):
        assert job is not None
        dialog = actions.preview_dialog(job)
        qtbot.addWidget(dialog)
        layout = dialog.printer().pageLayout()
        assert layout.pageSize().id() == QPageSize.PageSizeId.A4
        assert layout.orientation() == orientation
        # The preview's paint handler, on a PDF printer instead of the preview's own.
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out = tmp_path / f"preview{index}.pdf"
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)
        assert printer.pageLayout().orientation() == orientation
        del printer  # the file is complete once the printer is gone
        sizes = page_sizes_mm(out)
        assert sizes
        for width, height in sizes:
            assert abs(width - size[0]) < 0.5
            assert abs(height - size[1]) < 0.5


def test_no_chinese_font_is_said_plainly(
    fake_window: FakeWindow,
    printing: PrintActions,
    fake_messages: FakeMessages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.printing import fonts

    def no_fonts(overrides: object = None) -> fonts.FontSet:
        raise NoChineseFont([Face.FANGSONG, Face.HEITI])

    monkeypatch.setattr(fonts, "resolve_fonts", no_fonts)
    fake_messages.allow_errors = True
    first = fake_window.shown_issues()[0]
    fake_window.select([first], current=first)
    printing.current_action.trigger()
    errors = fake_messages.kinds("error")
    assert len(errors) == 1
    assert "没有可用的中文字体（仿宋、黑体）" in errors[0]
    assert fake_messages.kinds("dialog") == []  # no preview without fonts


def test_print_fonts_chosen_in_settings_are_used(
    qtbot: QtBot, fake_window: FakeWindow, printing: PrintActions, settings: AppSettings
) -> None:
    dialog = SettingsDialog(settings, fake_window)
    qtbot.addWidget(dialog)
    group = dialog.print_fonts
    assert group.title() == "打印字体"
    body = group.combos[Face.FANGSONG]
    assert body.itemText(0).startswith("自动")
    kai = body.findData("FandolKai")
    assert kai > 0
    body.setCurrentIndex(kai)
    assert not group.note.isVisibleTo(group)
    dialog.accept()
    dialog.apply_to(settings)
    assert settings.print_fonts == {"仿宋": "FandolKai"}
    fonts = printing.fonts()
    assert fonts is not None
    assert fonts.chosen[Face.FANGSONG] == "FandolKai"
    assert fonts.chosen[Face.HEITI] != "FandolKai"

    # A family chosen earlier and since uninstalled: shown as such, not used.
    settings.print_fonts = {"仿宋": "不存在的字体"}
    again = SettingsDialog(settings, fake_window)
    qtbot.addWidget(again)
    combo = again.print_fonts.combos[Face.FANGSONG]
    assert combo.currentText() == "不存在的字体（未安装）"
    assert again.print_fonts.note.isVisibleTo(again.print_fonts)
    assert "不存在的字体" in again.print_fonts.note.text()
    fonts = printing.fonts()
    assert fonts is not None
    assert fonts.chosen[Face.FANGSONG] != "不存在的字体"


def test_unsaved_edits_of_the_current_issue_are_saved_before_printing(
    window: MainWindow, fake_messages: FakeMessages, tmp_path: Path
) -> None:
    select_numbers(window, "4")
    form = window.detail.form
    form.text.setPlainText("改过的问题描述：打印前先保存。")
    out = tmp_path / "sheet.pdf"
    fake_messages.files = [str(out)]
    fake_messages.dialogs = [export_from_preview(out, [])]
    window.print_actions.current_action.trigger()
    assert "改过的问题描述：打印前先保存。" in squeeze(pdf_text(out))
    assert not form.is_dirty()


def test_a_page_range_chosen_in_the_print_dialog_is_printed_once(
    qtbot: QtBot, fake_window: FakeWindow, printing: PrintActions, tmp_path: Path
) -> None:
    actions = printing
    job = actions.sheet_job([r.id for r in fake_window.shown_issues()[:4]])
    assert job is not None
    dialog = actions.preview_dialog(job)
    qtbot.addWidget(dialog)
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    result = actions.paint(job, printer, dialog)
    assert result is not None
    assert result.pages == 2
    assert printer.printRange() == QPrinter.PrintRange.AllPages


def test_the_preview_is_painted_in_a_worker_and_shows_every_page(
    qtbot: QtBot,
    fake_window: FakeWindow,
    printing: PrintActions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The preview's pages are laid out and painted off the GUI thread (the window
    stays live), then shown, all of them; printed from there, the same pages."""
    from desktop.printing.document import Section

    painted_in: list[threading.Thread] = []
    original = Section.paint_page

    def paint_page(section: Section, painter: QPainter, index: int) -> None:
        painted_in.append(threading.current_thread())
        original(section, painter, index)

    monkeypatch.setattr(Section, "paint_page", paint_page)
    actions = printing
    job = actions.sheet_job([r.id for r in fake_window.shown_issues()[:3]])
    assert job is not None
    dialog = actions.preview_dialog(job)
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    progress = actions.last_progress
    assert progress is not None
    assert progress.documents == 3
    assert preview.pageCount() == progress.pages == len(painted_in) >= 3
    assert threading.main_thread() not in painted_in

    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    result = actions.paint(job, printer, dialog)
    assert result is not None
    assert result.pages == page_count(tmp_path / "printed.pdf") == preview.pageCount()
    text = squeeze(pdf_text(tmp_path / "printed.pdf"))
    assert text.count("问题整改情况表") == 3
    assert threading.main_thread() not in painted_in


def test_actions_follow_the_current_issue_when_a_filter_hides_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    actions = window.print_actions
    select_numbers(window, "6")
    assert actions.current_action.isEnabled()
    others = [r for r in window.shown_issues() if r.number != "6"]
    window.filter_bar.search.setText(others[0].text[:8])
    window.filter_bar.apply_search_now()
    assert window.current_issue() is None
    qtbot.waitUntil(lambda: not actions.current_action.isEnabled())
    assert not actions.signoff_action.isEnabled()
