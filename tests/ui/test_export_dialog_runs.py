"""导出 → Excel 台账… driven from the main window: the current view exactly as shown
(filtered and sorted) goes to the file in that order; the whole ledger gives one sheet
per inspection; cancel leaves an existing file byte for byte; errors reach the user
through ``ui/messages``; the buttons at the end ask to open the file or its folder."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QPushButton

from desktop.domain.filters import IssueFilter
from desktop.domain.records import InspectionDraft, IssueDraft, MeasureDraft, Responsibility
from desktop.domain.status import Status
from desktop.excel.safe import ExportCancelled, ExportError
from desktop.excel.writer import ExportSummary
from desktop.services.ledger import LedgerService
from desktop.storage.errors import LedgerBusy
from desktop.ui import export_runner, operations
from desktop.ui.export_actions import ExportActions, install_export_actions
from desktop.ui.export_dialog import ExportChoice, ExportDialog, Scope
from desktop.ui.export_runner import ExcelExporter, ExportJob, run_export
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operation, failure_text

from .fake_window import FakeWindow
from .helpers import FakeMessages

HEADER_ROW = 3  # title, sub-title, header


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the export asked the desktop to open (nothing is opened)."""
    urls: list[QUrl] = []

    def record(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(export_runner, "open_url", record)
    return urls


def fill(
    seen: list[ExportDialog], configure: Callable[[ExportDialog], None] = lambda d: None
) -> Callable[[QDialog], bool]:
    """A scripted run of the export dialog: configure it, then accept."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportDialog)
        seen.append(dialog)
        configure(dialog)
        dialog.accept()
        return True

    return run


@pytest.fixture
def exporting(fake_window: FakeWindow) -> ExportActions:
    """导出 → Excel 台账… on the window API's fake (for what needs no whole window)."""
    return install_export_actions(fake_window)


def export(qtbot: QtBot, exporter: ExcelExporter) -> Any:
    """Trigger the menu action and wait for the worker's outcome."""
    with qtbot.waitSignal(exporter.export_finished, timeout=30_000) as blocker:
        exporter.action.trigger()
    assert not exporter.running
    return blocker.args[0]


def column_values(sheet: Any, header: str) -> list[Any]:
    """The non-empty cells under a header (an issue's merged cells hold one value)."""
    headers = [c.value for c in sheet[HEADER_ROW]]
    col = headers.index(header) + 1
    return [
        sheet.cell(row, col).value
        for row in range(HEADER_ROW + 1, sheet.max_row + 1)
        if sheet.cell(row, col).value is not None
    ]


def test_current_view_is_exported_as_shown(
    qtbot: QtBot,
    window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
    opened: list[QUrl],
) -> None:
    # A subset, in an order of the user's own: done issues, 序号 descending.
    window.filter_bar.status_actions[Status.DONE].setChecked(True)
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shown = window.shown_issues()
    assert 0 < len(shown) < 14
    numbers = [r.number for r in shown]
    assert numbers != sorted(numbers, key=int)

    def configure(dialog: ExportDialog) -> None:
        assert dialog.scope is Scope.VIEW
        dialog.columns.set_checked("goal", False)
        dialog.columns.select_field("status")
        dialog.columns.up_button.click()

    seen: list[ExportDialog] = []
    out = tmp_path / "视图.xlsx"
    fake_messages.dialogs = [fill(seen, configure)]
    fake_messages.files = [str(out)]
    fake_messages.choices = [1]  # 打开所在文件夹
    summary = export(qtbot, window.excel_exporter)

    assert isinstance(summary, ExportSummary)
    assert summary.issues == len(shown)
    note = seen[0].view_note.text()
    assert "状态 已完成" in note
    assert "按“序号”降序排列" in note
    # Suggested: the inspected unit and today's date, in the Documents (or home) folder.
    assert fake_messages.file_defaults[0].endswith(f"示范区党工委整改台账-{date.today()}.xlsx")

    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["台账", "统计"]
    sheet = book["台账"]
    assert column_values(sheet, "序号") == [int(n) for n in numbers]  # stored as numbers
    headers = [c.value for c in sheet[HEADER_ROW]]
    assert "整改目标" not in headers
    assert headers.index("整改状态") == headers.index("整改进展") - 1
    measures = window.service.measures_by_issue([r.id for r in shown])
    assert summary.measures == sum(len(v) for v in measures.values())

    [asked] = fake_messages.kinds("ask_choice")
    assert f"已导出 {len(shown)} 个问题、{summary.measures} 条整改措施" in asked
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    assert str(out) in window.statusBar().currentMessage()

    # Next time: the remembered column choice, the folder used last.
    fake_messages.dialogs = [fill(seen)]
    fake_messages.files = [None]
    window.export_menu.actions()[0].trigger()
    assert "goal" not in seen[1].columns.chosen_fields()
    assert Path(fake_messages.file_defaults[1]).parent == tmp_path


def test_whole_ledger_gives_one_sheet_per_inspection(
    qtbot: QtBot,
    window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
    opened: list[QUrl],
) -> None:
    service = window.service
    other = service.create_inspection(
        InspectionDraft(title="2024年常规巡察", inspected_unit="财政局")
    ).value
    for n in (1, 2):
        service.add_issue(
            other.id,
            IssueDraft(
                number=str(n),
                text=f"财政局问题{n}",
                responsibility=Responsibility(lead_unit="财政局"),
            ),
            [MeasureDraft(text=f"措施{n}")],
        )
    window.reload_all()
    # The view shows the demo inspection only, filtered; the whole ledger ignores that.
    window.nav.select("inspection", int(service.list_inspections()[0].id))
    window.filter_bar.status_actions[Status.IN_PROGRESS].setChecked(True)

    out = tmp_path / "全部.xlsx"
    fake_messages.dialogs = [fill([], lambda d: d.set_scope(Scope.LEDGER))]
    fake_messages.files = [str(tmp_path / "全部")]  # the .xlsx is added
    fake_messages.choices = [0]  # 打开文件
    summary = export(qtbot, window.excel_exporter)

    assert isinstance(summary, ExportSummary)
    assert fake_messages.file_defaults[0].endswith(f"整改台账-{date.today()}.xlsx")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["台账1-示范区党工委", "台账2-财政局", "统计"]
    assert len(column_values(book["台账1-示范区党工委"], "序号")) == 14
    assert column_values(book["台账2-财政局"], "问题描述") == ["财政局问题1", "财政局问题2"]
    # Each sheet has its own inspection's title.
    assert book["台账2-财政局"]["A1"].value == "财政局巡察反馈问题整改台账"
    assert summary.issues == 16
    assert opened == [QUrl.fromLocalFile(str(out))]


def test_cancel_leaves_the_existing_file_untouched(
    qtbot: QtBot,
    fake_window: FakeWindow,
    exporting: ExportActions,
    fake_messages: FakeMessages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "台账.xlsx"
    out.write_bytes(b"the good workbook from last week")
    before = out.read_bytes()
    # Hold the worker at the writer's door until the user has pressed 取消.
    entered, go_on = threading.Event(), threading.Event()
    from desktop.excel import writer

    real = writer.write_ledger  # the runner imports it when an export starts

    def gated(*args: Any, **kwargs: Any) -> Any:
        entered.set()
        assert go_on.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(writer, "write_ledger", gated)
    fake_messages.dialogs = [fill([])]
    fake_messages.files = [str(out)]
    exporter = exporting.exporter()
    monkeypatch.setattr(operations, "SHOW_AFTER_MS", 0)  # the dialog at once, not after 1 s
    with qtbot.waitSignal(exporter.export_finished, timeout=30_000) as blocker:
        exporter.action.trigger()
        assert not exporting.action.isEnabled()
        assert entered.wait(30)
        qtbot.waitUntil(lambda: exporter.progress is not None, timeout=10_000)
        assert exporter.progress is not None
        cancel = exporter.progress.findChild(QPushButton)
        assert cancel.text() == "取消"
        cancel.click()
        go_on.set()

    assert isinstance(blocker.args[0], ExportCancelled)
    assert out.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["台账.xlsx"]  # no leftovers
    assert "已取消导出" in fake_window.statuses[-1]
    assert fake_messages.kinds("ask_choice") == []
    assert exporting.action.isEnabled()


def test_an_export_error_is_shown_through_messages(
    qtbot: QtBot, exporting: ExportActions, fake_messages: FakeMessages, tmp_path: Path
) -> None:
    fake_messages.allow_errors = True
    fake_messages.dialogs = [fill([])]
    fake_messages.files = [str(tmp_path / "没有这个文件夹" / "台账.xlsx")]
    outcome = export(qtbot, exporting.exporter())
    assert isinstance(outcome, ExportError)
    assert fake_messages.kinds("error") == [outcome.message]
    assert "目标文件夹不存在" in outcome.message


def test_cancelling_the_dialog_or_the_file_name_exports_nothing(
    exporting: ExportActions, fake_messages: FakeMessages, tmp_path: Path
) -> None:
    fake_messages.dialogs = [lambda d: False, fill([])]
    fake_messages.files = [None]
    exporter = exporting.exporter()
    assert not exporter.start()
    assert not exporter.start()
    assert not exporter.running
    assert [k for k, _ in fake_messages.calls] == ["dialog", "dialog", "ask_file"]


def test_the_worker_reports_progress_and_reads_the_ledger_itself(
    qtbot: QtBot, demo_service: LedgerService, tmp_path: Path
) -> None:
    """The thread alone: progress by signal from 0 to every issue; for the whole ledger
    it reads issues and measures through the service in its own thread."""
    choice = ExportChoice(
        Scope.LEDGER, ("number", "text", "measure"), None, None, date.today(), False
    )
    job = ExportJob(tmp_path / "t.xlsx", choice, demo_service, None, ())
    operation = Operation(None, lambda control: run_export(job, control), modal=False)
    steps: list[tuple[int, int]] = []
    original = operation.control.progress

    def progress(done: int, total: int = 0, text: str | None = None) -> None:
        steps.append((done, total))
        original(done, total, text)

    operation.control.progress = progress  # type: ignore[method-assign]
    outcome = operation.run()
    summary = outcome.value
    assert isinstance(summary, ExportSummary)
    assert steps[0] == (0, 15)  # 14 issues, then the statistics and the file
    assert steps[-1] == (14, 15)
    assert summary.sheets == ("台账",)
    headers = [c.value for c in openpyxl.load_workbook(summary.path)["台账"][HEADER_ROW]]
    assert headers == ["序号", "问题描述", "整改措施"]


def test_a_ledger_that_cannot_be_read_is_an_export_error(
    qtbot: QtBot, demo_service: LedgerService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def busy(*_args: object) -> object:
        raise LedgerBusy("台账正被其他程序占用，请稍后再试。")

    shown = tuple(demo_service.list_issues(IssueFilter()))
    monkeypatch.setattr(demo_service, "measures_by_issue", busy)
    choice = ExportChoice(Scope.VIEW, (), None, None, date.today(), True)
    job = ExportJob(tmp_path / "t.xlsx", choice, demo_service, shown, ())
    outcome = Operation(None, lambda control: run_export(job, control), tell=False).run()
    assert isinstance(outcome.error, LedgerBusy)
    assert failure_text(outcome.error) == "台账正被其他程序占用，请稍后再试。"
    assert not (tmp_path / "t.xlsx").exists()
