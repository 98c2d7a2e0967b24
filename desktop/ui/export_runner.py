"""导出 → Excel 台账…: from the window's view (``window_api``) to a workbook on disk.

:func:`desktop.ui.export_actions.install_export_actions` adds the action to the
window's 导出 menu (``window_api.Menu.EXPORT``) and makes the :class:`ExcelExporter`
on first use. The action
asks with :class:`~desktop.ui.export_dialog.ExportDialog`, then for a file name
(``<被巡察单位>整改台账-<date>.xlsx`` in the folder used last), then runs the Qt-free
writer (:func:`desktop.excel.writer.write_ledger`) as a cancellable
:class:`~desktop.ui.operations.Operation` (:func:`run_export` in its worker thread,
which reads the measures (and, for the whole ledger, the issues) through the service,
writes the file, touches no widget and reports its progress). At the end a message
gives the summary and offers 打开文件 / 打开所在文件夹; a cancel leaves any existing
file as it was and says so in the status bar; a failure is told the operations' one
way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QDir, QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices

from desktop.collector import collector_paused
from desktop.domain.calendar import WorkCalendar
from desktop.domain.records import InspectionRecord, IssueRecord
from desktop.domain.texts import listed
from desktop.excel.safe import ExportCancelled, ExportError
from desktop.ui import messages
from desktop.ui.operations import Control, Operation, failure_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from desktop.excel.writer import ExportSummary
    from desktop.services.ledger import LedgerService

    # The dialog is imported when the export is first asked for, not at start-up.
    from desktop.ui.export_dialog import ExportChoice, ViewFacts
    from desktop.ui.window_api import LedgerWindow

# Above this many issues, fetch every measure and pick in Python rather than send a huge
# IN (...) list to the database (SQLite caps bound parameters at 32,766).
_MAX_IDS_IN_QUERY = 20_000
# Characters Windows refuses in file names, and control characters.
_BAD_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the desktop's program (tests replace this)."""
    return QDesktopServices.openUrl(url)


# --------------------------------------------------------------------- the view
def view_facts(window: LedgerWindow) -> ViewFacts:
    from desktop.ui.export_dialog import ViewFacts

    shown = window.shown_issues()
    inspections = tuple(window.inspections())
    in_view = {issue.inspection_id for issue in shown}
    view_inspections = tuple(i for i in inspections if i.id in in_view)
    current = window.current_inspection()
    if not view_inspections and current is not None:
        view_inspections = (current,)
    # With 全部问题 chosen, the window holds the whole ledger already.
    ledger_count = len(window.scope_issues()) if current is None else None
    return ViewFacts(
        shown_count=len(shown),
        description=window.describe_view(),
        view_inspections=view_inspections,
        ledger_inspections=inspections,
        ledger_count=ledger_count,
    )


def default_file_name(inspections: tuple[InspectionRecord, ...], choice: ExportChoice) -> str:
    """``示范区党工委整改台账-2026-11-26.xlsx``; ``整改台账-….xlsx`` for several
    inspections. The date is the report date."""
    unit = inspections[0].inspected_unit.strip() if len(inspections) == 1 else ""
    stem = _BAD_FILE_CHARS.sub("_", f"{unit}整改台账-{choice.report_date.isoformat()}")
    return f"{stem}.xlsx"


# ----------------------------------------------------------------------- worker
@dataclass(frozen=True, slots=True)
class ExportJob:
    """Everything the worker thread needs: no widgets, only records and the service.
    ``issues`` is the view as shown (None for the whole ledger, read in the thread)."""

    path: Path
    choice: ExportChoice
    service: LedgerService
    issues: tuple[IssueRecord, ...] | None
    inspections: tuple[InspectionRecord, ...]
    calendar: WorkCalendar | None = None  # dates "N个工作日内" for the statistics sheet


def run_export(job: ExportJob, control: Control) -> ExportSummary:
    """One export, in an operation's worker thread: reads what it needs through the
    service (its own session) and calls the Qt-free writer, which reports every 128
    issues and stops with :class:`ExportCancelled` once the clerk cancelled. Touches no
    widget."""
    # The cyclic garbage collector would walk the export's hundreds of thousands of
    # live objects again and again (six full passes of 0.5-2 s each for 50,000
    # measures), holding the GIL and so freezing the window each time; the export makes
    # little cyclic garbage (its workbook is released when written). So it is paused.
    with collector_paused():
        return _export(job, control)


def _export(job: ExportJob, control: Control) -> ExportSummary:
    # The writer (xlsxwriter and friends) loads with the first export, not at start-up.
    from desktop.excel.writer import write_ledger

    service = job.service
    if job.issues is None:
        issues = service.list_issues()
        inspections = tuple(service.list_inspections())
        measures = service.measures_by_issue(None)
    else:
        issues = list(job.issues)
        inspections = job.inspections
        if len(issues) > _MAX_IDS_IN_QUERY:
            wanted = {i.id for i in issues}
            measures = {k: v for k, v in service.measures_by_issue(None).items() if k in wanted}
        else:
            measures = service.measures_by_issue([i.id for i in issues])
    if control.cancelled:
        raise ExportCancelled

    def progress(done: int, total: int) -> None:
        # One step more than the issues: writing the statistics and the file itself.
        if done >= total:
            text = QCoreApplication.translate("ExcelExporter", "正在保存文件…")
        else:
            text = QCoreApplication.translate(
                "ExcelExporter", "正在写入第 {done} / {total} 个问题…"
            ).format(done=done + 1, total=total)
        control.progress(done, total + 1, text)

    choice = job.choice
    return write_ledger(
        job.path,
        list(inspections),
        issues,
        measures,
        columns=choice.columns,
        title=choice.title,
        reporting_unit=choice.reporting_unit,
        report_date=choice.report_date,
        statistics=choice.statistics,
        progress=progress,
        cancelled=lambda: control.cancelled,
        calendar=job.calendar,
    )


# ------------------------------------------------------------------- the action
class ExcelExporter(QObject):
    """The 导出 → Excel 台账… action of a window: dialog, file name, worker thread
    with a progress dialog, and the result shown.

    Signals:
        export_finished(object): the export ended; carries the :class:`ExportSummary`
            or the :class:`ExportError` (:class:`ExportCancelled` when cancelled), after
            the user was told.
    """

    export_finished = Signal(object)

    def __init__(self, window: LedgerWindow, action: QAction) -> None:
        super().__init__(window.widget())
        self.window = window
        # The menu entry (export_actions), made with the window; it starts the export.
        self.action = action
        self.operation: Operation[ExportSummary] | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_and_wait)

    @property
    def running(self) -> bool:
        return self.operation is not None

    @property
    def progress(self) -> QProgressDialog | None:
        """The running export's progress dialog, once it shows."""
        return self.operation.dialog if self.operation is not None else None

    def start(self) -> bool:
        """Ask what and where, then start the export; False when the user cancelled
        before anything started."""
        if self.running:
            return False
        from desktop.ui.export_dialog import ExportDialog, Scope

        window = self.window
        facts = view_facts(window)
        shown = tuple(window.shown_issues())
        dialog = ExportDialog(facts, window.settings, window.widget())
        if not messages.run_dialog(dialog):
            return False
        choice = dialog.choice()
        inspections = (
            facts.ledger_inspections if choice.scope is Scope.LEDGER else facts.view_inspections
        )
        path = self._ask_path(inspections, choice)
        if path is None:
            return False
        job = ExportJob(
            path=path,
            choice=choice,
            service=window.service,
            issues=None if choice.scope is Scope.LEDGER else shown,
            inspections=inspections,
            calendar=window.work_calendar,
        )
        self.run_job(job)
        return True

    def _ask_path(
        self, inspections: tuple[InspectionRecord, ...], choice: ExportChoice
    ) -> Path | None:
        from desktop.ui.export_dialog import FOLDER_KEY

        settings = self.window.settings
        folder = str(settings.store.value(FOLDER_KEY, "") or "")
        if not folder or not Path(folder).is_dir():
            folder = (
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                or QDir.homePath()
            )
        suggested = str(Path(folder) / default_file_name(inspections, choice))
        chosen = messages.ask_save_file(
            self.window.widget(),
            self.tr("导出 Excel 台账"),
            self.tr("Excel 工作簿 (*.xlsx)"),
            suggested,
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        settings.store.setValue(FOLDER_KEY, str(path.parent))
        return path

    def run_job(self, job: ExportJob) -> None:
        """Start the export as an operation (its progress dialog and 取消)."""
        self.action.setEnabled(False)
        operation: Operation[ExportSummary] = Operation(
            self.window.widget(),
            lambda control: run_export(job, control),
            label=self.tr("正在读取台账…"),
            title=self.tr("导出 Excel 台账"),
            cancellable=True,
            failure_title=self.tr("导出失败"),
        )
        operation.succeeded.connect(self._succeeded)
        operation.failed.connect(self._failed)
        operation.cancelled.connect(self._cancelled)
        self.operation = operation
        operation.start()

    def _ended(self) -> None:
        self.operation = None
        self.action.setEnabled(True)

    def _succeeded(self, value: object) -> None:
        self._ended()
        summary = cast("ExportSummary", value)
        self._show_summary(summary)
        self.export_finished.emit(summary)

    def _failed(self, exc: object) -> None:
        self._ended()  # the clerk was told (operations.failure_text)
        assert isinstance(exc, BaseException)
        outcome = exc if isinstance(exc, ExportError) else ExportError(failure_text(exc))
        self.export_finished.emit(outcome)

    def _cancelled(self) -> None:
        self._ended()
        cancelled = ExportCancelled()
        self.window.show_status(cancelled.message, 8000)
        self.export_finished.emit(cancelled)

    def _show_summary(self, summary: ExportSummary) -> None:
        self.window.show_status(self.tr("已导出到 {path}").format(path=summary.path), 8000)
        text = self.tr(
            "已导出 {issues} 个问题、{measures} 条整改措施。\n工作表：{sheets}\n\n{path}"
        ).format(
            issues=summary.issues,
            measures=summary.measures,
            sheets=listed(summary.sheets),
            path=summary.path,
        )
        answer = messages.ask_choice(
            self.window.widget(),
            text,
            [self.tr("打开文件"), self.tr("打开所在文件夹")],
            self.tr("导出完成"),
        )
        if answer == 0:
            open_url(QUrl.fromLocalFile(str(summary.path)))
        elif answer == 1:
            open_url(QUrl.fromLocalFile(str(summary.path.parent)))

    def stop_and_wait(self) -> None:
        """Stop a running export and wait for its thread (the app is quitting)."""
        operation = self.operation
        if operation is not None:
            operation.cancel()
            operation.wait(60_000)
