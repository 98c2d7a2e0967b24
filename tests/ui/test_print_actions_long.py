"""Long print jobs from the 打印 menu: 200 selected issue sheets with the progress shown
and the event loop running throughout (a PDF is written in a worker thread, a printer
painted in place with the event loop turning after each page); cancelling an export or
a print."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from desktop.domain.plan import ImportPlan, PlannedIssue, PlannedMeasure
from desktop.domain.records import InspectionDraft, IssueDraft, MeasureDraft, Responsibility
from desktop.ui import operations
from desktop.ui.main_window import MainWindow
from desktop.ui.print_actions import JobReport
from desktop.ui.print_preview import PrintPreview
from tests.printing.pdftools import page_count, pdf_text, squeeze

from .helpers import FakeMessages

COUNT = 200


def plan(count: int) -> ImportPlan:
    """An inspection with ``count`` short issues (one page each), one measure apiece."""
    return ImportPlan(
        file="generated.xlsx",
        inspection=InspectionDraft(title="第二轮巡察"),
        issues=tuple(
            PlannedIssue(
                IssueDraft(
                    number=str(n),
                    text=f"第{n}号问题：工作推进不够有力。",
                    responsibility=Responsibility(lead_unit="办公室", responsible_person="张三"),
                ),
                measures=(PlannedMeasure(MeasureDraft(text=f"一是制定第{n}号整改方案。")),),
            )
            for n in range(1, count + 1)
        ),
    )


@pytest.fixture
def big_window(empty_window: MainWindow) -> MainWindow:
    """The window on a ledger of ``COUNT`` issues, all of them selected."""
    empty_window.service.apply_plan(plan(COUNT))
    empty_window.reload_all(initial=True)
    assert empty_window.model.rowCount() == COUNT
    empty_window.table.selectAll()
    return empty_window


class Recorder:
    """Wraps the progress callbacks (where the render runs) to see what was reported
    and to press 取消 after a given document, and a zero-interval timer that counts how
    often the event loop ran (and how far the job was then)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reported: list[tuple[int, int]] = []
        self.ticks: list[int] = []
        self.progress: JobReport | None = None
        self.cancel_after: int | None = None
        original = JobReport.document_done
        recorder = self

        def document_done(progress: JobReport, done: int, total: int) -> None:
            recorder.progress = progress
            recorder.reported.append((done, total))
            if recorder.cancel_after is not None and done >= recorder.cancel_after:
                assert progress.control is not None
                progress.control._request_cancel()  # what 取消 does (thread-safe)
            original(progress, done, total)

        monkeypatch.setattr(JobReport, "document_done", document_done)
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(
            lambda: self.ticks.append(self.progress.documents if self.progress else 0)
        )


def export_from_preview(dialog: QDialog) -> bool:
    assert isinstance(dialog, PrintPreview)
    dialog.export_action.trigger()
    return False


def test_200_selected_sheets_print_with_progress_and_a_live_event_loop(
    big_window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recorder = Recorder(monkeypatch)
    out = tmp_path / "sheets.pdf"
    fake_messages.files = [str(out)]
    fake_messages.dialogs = [export_from_preview]
    recorder.timer.start()
    try:
        big_window.print_actions.selected_action.trigger()
    finally:
        recorder.timer.stop()

    assert recorder.reported == [(n, COUNT) for n in range(1, COUNT + 1)]
    progress = big_window.print_actions.last_progress
    assert progress is recorder.progress
    assert progress is not None
    # Progress was reported after every document and every page...
    assert progress.reports >= COUNT + page_count(out)
    # ...and a timer of the window's event loop fired during the job, at many points of
    # it, not only before or after it (painted on the GUI thread, it fired at none).
    # Not at most: on a loaded 2-core machine the worker, inside Qt's layout calls,
    # once kept the interpreter lock through the first 125 of the 200 sheets (CI).
    during = [done for done in recorder.ticks if 0 < done < COUNT]
    assert len(set(during)) >= COUNT // 10
    text = squeeze(pdf_text(out))
    assert "第1号问题：工作推进不够有力。" in text
    assert "第200号问题：工作推进不够有力。" in text
    assert text.index("第1号问题") < text.index("第2号问题") < text.index("第200号问题")


def test_cancelled_export_leaves_no_file(
    big_window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recorder = Recorder(monkeypatch)
    recorder.cancel_after = 5
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "sheets.pdf"
    fake_messages.files = [str(out)]
    fake_messages.dialogs = [export_from_preview]
    big_window.print_actions.selected_action.trigger()

    assert recorder.reported[-1][0] == 5  # stopped right after the cancel
    assert not out.exists()
    assert list(folder.iterdir()) == []  # nor a partial file
    assert big_window.statusBar().currentMessage() == "已取消导出 PDF。"
    assert not big_window.print_actions._busy
    # The window goes on working: print again, to the end.
    recorder.cancel_after = None
    big_window.table.selectRow(0)
    fake_messages.files = [str(out)]
    fake_messages.dialogs = [export_from_preview]
    big_window.print_actions.current_action.trigger()
    assert page_count(out) == 1


def test_cancelled_print_keeps_the_pages_painted(
    qtbot: QtBot, big_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder(monkeypatch)
    recorder.cancel_after = 3
    actions = big_window.print_actions
    job = actions.sheet_job([r.id for r in big_window.selected_issues()])
    assert job is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    result = actions.paint(job, printer)
    del printer
    assert result is not None
    assert result.cancelled
    assert result.documents == 3
    assert page_count(tmp_path / "printed.pdf") == result.pages


def test_a_long_ledger_shows_its_progress_at_once(
    big_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[int] = []
    original = operations.Operation._show_progress

    def show(self: operations.Operation[object]) -> None:
        original(self)
        assert self.dialog is not None
        shown.append(progress.pages if (progress := big_window.print_actions.last_progress) else -1)

    monkeypatch.setattr(operations.Operation, "_show_progress", show)
    job = big_window.print_actions.ledger_job()
    assert job is not None
    assert job.long_layout
    dialog = big_window.print_actions.preview_dialog(job)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(Path(big_window.location).with_suffix(".pdf")))
    dialog.paintRequested.emit(printer)
    dialog.deleteLater()
    assert shown == [0]  # before its first page
    progress = big_window.print_actions.last_progress
    assert progress is not None
    # One document, but the event loop ran after each of its pages.
    assert progress.total == 1
    assert progress.reports > progress.pages > 1


def test_while_a_job_paints_only_its_progress_dialog_takes_input(
    qtbot: QtBot,
    window: MainWindow,
    fake_messages: FakeMessages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    window.table.selectAll()
    selected = len(window.selected_issues())
    original = JobReport.document_done
    seen: list[int] = []
    # The render runs in a worker thread: at documents 2 and 4 it waits for the GUI
    # thread to have clicked (in the order a user would).
    handled = {2: threading.Event(), 4: threading.Event()}

    def document_done(progress: JobReport, done: int, total: int) -> None:
        original(progress, done, total)
        seen.append(done)
        if done in handled:
            assert handled[done].wait(10)

    def progressed(operation: operations.Operation[object], done: int, *args: object) -> None:
        showed(operation, done, *args)
        if done == 2 and not handled[2].is_set():
            # Another print, a click in the table: both ignored while this job runs.
            qtbot.keyClick(window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
            qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton)
            handled[2].set()
        if done == 4 and not handled[4].is_set():
            operation._show_progress()
            assert operation.dialog is not None
            cancel = operation.dialog.findChild(QPushButton)
            assert cancel is not None
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
            handled[4].set()

    showed = operations.Operation._progressed
    monkeypatch.setattr(JobReport, "document_done", document_done)
    monkeypatch.setattr(operations.Operation, "_progressed", progressed)
    out = tmp_path / "out.pdf"
    fake_messages.files = [str(out)]
    fake_messages.dialogs = [export_from_preview]
    window.print_actions.selected_action.trigger()

    assert seen == [1, 2, 3, 4]  # the cancel button was heard
    assert fake_messages.kinds("dialog") == ["PrintPreview"]  # no second print
    assert len(window.selected_issues()) == selected  # the click did not select
    assert not out.exists()
    # Afterwards the window takes input again.
    qtbot.mouseClick(
        window.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.table.visualRect(window.model.index(0, 2)).center(),
    )
    assert len(window.selected_issues()) == 1
