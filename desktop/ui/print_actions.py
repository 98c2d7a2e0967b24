"""The 打印 menu: the current issue's sheet, the selected issues' sheets one after
another, sign-off forms, the ledger as the table shows it, and the inspection's notice.

Every command goes through ``QPrintPreviewDialog`` (A4, landscape for the ledger), whose
toolbar has an 导出 PDF… button beside 打印. Documents are laid out when their turn
comes (``printing.render``), and every job is an
:class:`~desktop.ui.operations.Operation` with its progress (documents and pages) and
取消: the layouts are made and painted in a worker thread (each layout made and
painted in that one thread), straight into a PDF, or for the preview's or the chosen
printer onto one picture per page, which the GUI thread, that owns the printer, then
puts on it (quick, the event loop turning after every page). So 200 sheets and the
ledger print with the window alive (the preview dialog is in ``print_preview``,
loaded with the first print).
Hooked into the window by :func:`install_print_actions`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPicture
from PySide6.QtWidgets import QWidget

from desktop.ui import messages
from desktop.ui.window_api import ActionKey, Menu

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from desktop.domain.records import IssueId, IssueRecord
    from desktop.printing.fonts import FontSet
    from desktop.printing.page import PageSpec
    from desktop.printing.render import Printable, Rendered
    from desktop.ui.operations import Control, Outcome
    from desktop.ui.print_jobs import Documents, Form, PrintRequest
    from desktop.ui.print_preview import PrintPreview
    from desktop.ui.window_api import LedgerWindow

R = TypeVar("R")


@dataclass(frozen=True)
class PrintJob:
    """What one print command prints: its documents (each read and laid out when its
    turn comes), the page they are set on, and the name shown on the preview, in the
    print queue and in the PDF's properties. ``long_layout``: a single document big
    enough (a ledger of many issues) that its layout alone takes a noticeable while.
    ``request``: the same documents described for a child process (a PDF is written
    there, ``printing.child``); None: only this process can print them."""

    title: str
    documents: Sequence[Printable] | Documents
    spec: PageSpec
    long_layout: bool = False
    request: PrintRequest | None = None


class PrintActions(QObject):
    """The print commands of a window, in its 打印 menu (``window_api.Menu.PRINT``).

    Actions: ``current_action`` (打印当前问题, Ctrl+P), ``selected_action`` (the
    selected issues' sheets), ``signoff_action`` (sign-off forms of the selected issues,
    else of the current one), ``ledger_action`` (the table as shown: its filter and
    order), ``notice_action`` (the current inspection's notice). Each is enabled only
    when it has something to print. ``last_progress`` is the :class:`JobReport` of the
    latest render (tests and benchmarks read its counts).
    """

    LONG_LEDGER = 100  # issues: show the progress at once, the layout alone takes a while

    def __init__(self, window: LedgerWindow) -> None:
        super().__init__(window.widget())
        self.window = window
        self.last_progress: JobReport | None = None
        self._busy = False
        self._painting: set[int] = set()  # devices being painted (their ids)
        self.current_action = self._action(
            self.tr("打印当前问题…"),
            self.print_current,
            self.tr("预览并打印当前问题的问题整改情况表"),
            QKeySequence.StandardKey.Print,
        )
        self.selected_action = self._action(
            self.tr("打印所选问题…"),
            self.print_selected,
            self.tr("预览并打印所选各问题的问题整改情况表，一个接一个"),
        )
        self.signoff_action = self._action(
            self.tr("打印销号审批表…"),
            self.print_signoff,
            self.tr("预览并打印所选问题（未选时为当前问题）的整改销号审批表"),
        )
        self.ledger_action = self._action(
            self.tr("打印当前视图台账…"),
            self.print_ledger,
            self.tr("按当前筛选和排序，把表格中的问题打印为台账（横向）"),
        )
        self.notice_action = self._action(
            self.tr("打印整改情况通报…"),
            self.print_notice,
            self.tr("预览并打印当前巡察的整改情况通报"),
        )
        window.add_action(ActionKey.PRINT_ISSUE, self.current_action, Menu.PRINT)
        window.add_action(ActionKey.PRINT_SELECTED, self.selected_action, Menu.PRINT)
        window.add_action(ActionKey.PRINT_CLOSING, self.signoff_action, Menu.PRINT, separator=True)
        window.add_action(ActionKey.PRINT_LEDGER, self.ledger_action, Menu.PRINT)
        window.add_action(ActionKey.PRINT_NOTICE, self.notice_action, Menu.PRINT)
        window.on_menu_shown(Menu.PRINT, self.update_actions)
        for key in (ActionKey.PRINT_SELECTED, ActionKey.PRINT_CLOSING):
            window.add_action(key, window.action(key), Menu.ISSUE_TABLE)

        # The window shows the current issue in its detail pane at the end of its own
        # handling of these signals, sometimes without a signal of its own: update now,
        # and once more when the event loop is back.
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self.update_actions)
        for signal in (
            window.events.selection_changed,
            window.events.view_changed,
            window.events.ledger_changed,
            window.events.ledger_replaced,
        ):
            signal.connect(self._changed)
        self.update_actions()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        tip: str,
        shortcut: QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self.window.widget())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.widget().addAction(action)
        return action

    # ---------------------------------------------------------------- enabling
    def _changed(self, *_args: object) -> None:
        self.update_actions()
        self._again.start()

    def update_actions(self, *_args: object) -> None:
        window = self.window
        has_current = window.current_issue() is not None
        has_selection = bool(window.selected_issues())
        self.current_action.setEnabled(has_current)
        self.selected_action.setEnabled(has_selection)
        self.signoff_action.setEnabled(has_selection or has_current)
        self.ledger_action.setEnabled(window.shown_count() > 0)
        self.notice_action.setEnabled(window.current_inspection() is not None)

    # ---------------------------------------------------------------- commands
    def print_current(self) -> None:
        issue = self.window.current_issue()
        if issue is not None and self._form_saved():
            self.preview(self.sheet_job([issue.id], number=issue.number))

    def print_selected(self) -> None:
        issues = self.window.selected_issues()
        if issues and self._form_saved():
            number = issues[0].number if len(issues) == 1 else None
            self.preview(self.sheet_job([i.id for i in issues], number=number))

    def print_signoff(self) -> None:
        issues = self.window.selected_issues()
        current = self.window.current_issue()
        if not issues and current is not None:
            issues = [current]
        if issues and self._form_saved():
            number = issues[0].number if len(issues) == 1 else None
            self.preview(self.signoff_job([i.id for i in issues], number=number))

    def print_ledger(self) -> None:
        if self.window.shown_count() and self._form_saved():
            self.preview(self.ledger_job())

    def print_notice(self) -> None:
        if self.window.current_inspection() is not None and self._form_saved():
            self.preview(self.notice_job())

    def _form_saved(self) -> bool:
        """Print what the user sees: save the detail form's pending edits first."""
        if self.window.save_current_issue():
            return True
        messages.warning(
            self.window.widget(),
            self.tr("当前问题的修改有错误，未能保存。请改正或撤销修改后再打印。"),
        )
        return False

    # -------------------------------------------------------------------- jobs
    def fonts(self) -> FontSet | None:
        """The fonts chosen in the settings (else the best installed, else the bundled
        ones); None, after saying why, when no Chinese font is usable."""
        from desktop.printing.fonts import Face, NoChineseFont, resolve_fonts

        faces = {face.value: face for face in Face}
        overrides = {
            faces[name]: family
            for name, family in self.window.settings.print_fonts.items()
            if name in faces
        }
        try:
            return resolve_fonts(overrides)
        except NoChineseFont as exc:
            messages.error(self.window.widget(), str(exc), self.tr("无法打印"))
            return None

    def sheet_job(
        self, issue_ids: Sequence[IssueId], *, number: str | None = None
    ) -> PrintJob | None:
        """问题整改情况表 of ``issue_ids``, in that order (``number``: the one issue's
        number, for the title, when it is at hand)."""
        return self._dossier_job(issue_ids, signoff=False, number=number)

    def signoff_job(
        self, issue_ids: Sequence[IssueId], *, number: str | None = None
    ) -> PrintJob | None:
        """整改销号审批表 of ``issue_ids``, in that order."""
        return self._dossier_job(issue_ids, signoff=True, number=number)

    def _dossier_job(
        self, issue_ids: Sequence[IssueId], *, signoff: bool, number: str | None
    ) -> PrintJob | None:
        """The sheets' details are read where they are laid out (a worker, the child),
        a chunk of issues at a time: nothing but their ids here."""
        from desktop.printing.page import OFFICIAL_PAGE
        from desktop.storage.errors import LedgerError
        from desktop.ui.operations import tell_failure

        fonts = self.fonts()
        ids = tuple(dict.fromkeys(issue_ids))
        if fonts is None or not ids:
            return None
        name = self.tr("整改销号审批表") if signoff else self.tr("问题整改情况表")
        if len(ids) == 1:
            if number is None:
                try:
                    found = self.window.service.issues_by_ids(list(ids))
                except LedgerError as exc:
                    tell_failure(self.window.widget(), exc, self.tr("无法打印"))
                    return None
                number = found[0].number if found else ""
            title = self.tr("{form}（问题 {number}）").format(form=name, number=number)
        else:
            title = self.tr("{form}（{count} 份）").format(form=name, count=len(ids))
        request = self._request("signoff" if signoff else "sheet", title, issue_ids=ids)
        return self._job(request, fonts, OFFICIAL_PAGE)

    def ledger_job(self) -> PrintJob | None:
        """The ledger table of the issues shown, in the order shown."""
        from desktop.printing.page import LEDGER_PAGE
        from desktop.ui.export_dialog import remembered_title

        fonts = self.fonts()
        if fonts is None:
            return None
        window = self.window
        issues = window.shown_issues()
        inspection = window.current_inspection()
        title = self.tr("整改台账（{count} 个问题）").format(count=len(issues))
        request = self._request(
            "ledger",
            title,
            issue_ids=tuple(i.id for i in issues),
            inspection_id=inspection.id if inspection is not None else None,
            ledger_title=remembered_title(window.settings, inspection),
            as_of=date.today(),
        )
        job = self._job(request, fonts, LEDGER_PAGE, issues=issues)
        return replace(job, long_layout=len(issues) > self.LONG_LEDGER)

    def notice_job(self) -> PrintJob | None:
        """The current inspection's 整改情况通报, composed as ``rectify notice write``
        writes it (when its turn to be laid out comes), on the official page."""
        from desktop.printing.page import OFFICIAL_PAGE

        inspection = self.window.current_inspection()
        if inspection is None:
            return None
        fonts = self.fonts()
        if fonts is None:
            return None
        title = self.tr("整改情况通报（{inspection}）").format(inspection=inspection.title)
        request = self._request("notice", title, inspection_id=int(inspection.id))
        return self._job(request, fonts, OFFICIAL_PAGE)

    def _request(self, form: Form, title: str, **values: Any) -> PrintRequest:
        from desktop.ui.print_jobs import PrintRequest

        return PrintRequest(form, title, fonts=dict(self.window.settings.print_fonts), **values)

    def _job(
        self,
        request: PrintRequest,
        fonts: FontSet,
        spec: PageSpec,
        issues: Sequence[IssueRecord] | None = None,
    ) -> PrintJob:
        from desktop.ui.print_jobs import documents

        made = documents(request, self.window.service, fonts, issues)
        return PrintJob(request.title, made, spec, request=request)

    # ------------------------------------------------------------------ output
    def preview(self, job: PrintJob | None) -> None:
        """Show the print preview of ``job`` (modal); printing and 导出 PDF start there."""
        if job is None or self._busy:
            return
        dialog = self.preview_dialog(job)
        try:
            messages.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def preview_dialog(self, job: PrintJob) -> PrintPreview:
        """The preview dialog of ``job``, not yet shown (see :class:`PrintPreview`),
        painting through :meth:`paint` and exporting through :meth:`export_pdf`."""
        from desktop.ui.print_preview import PrintPreview

        dialog = PrintPreview(job, self.window.widget())
        dialog.paintRequested.connect(lambda device: self.paint(job, device, dialog))
        dialog.export_action.triggered.connect(lambda _checked=False: self.export_pdf(job, dialog))
        return dialog

    def paint(
        self, job: PrintJob, device: QPrinter, parent: QWidget | None = None
    ) -> Rendered | None:
        """Paint ``job`` on ``device`` (the preview's or the chosen printer) with the
        progress shown; None when the device refused (after saying so). The pages are
        laid out and painted in a worker thread, each onto a picture
        (``render.record``: the window stays live), and put on the device here as they
        come, on the GUI thread that owns it (``render.Replay``, quick, a slice at a
        time between turns of the event loop). The device is set to the job's page
        from the start. A page range chosen in the print dialog is honoured, once: the
        range is cleared afterwards, so the preview (which paints on the same printer)
        shows every page again.

        The preview (a printer in Qt's preview mode) gets the first
        :data:`PREVIEW_PAGES` pages only, and says so (``PrintPreview.show_cap``).
        While its pages are painted the preview cannot be regenerated (its toolbar is
        off, ``PrintPreview.painting``), and a request to paint a device already
        being painted is refused: Qt deletes a preview's pages when it regenerates
        them, and its preview mode does not nest."""
        from PySide6.QtGui import QPaintEngine
        from PySide6.QtPrintSupport import QPrinter

        from desktop.printing.render import PrintError, Replay, record
        from desktop.ui.operations import tell_failure
        from desktop.ui.print_preview import PrintPreview

        if id(device) in self._painting:
            return None
        engine = device.paintEngine()
        previewing = engine is not None and engine.type() == QPaintEngine.Type.Picture
        page_range = None
        if device.printRange() == QPrinter.PrintRange.PageRange and device.fromPage() > 0:
            page_range = (device.fromPage(), device.toPage())
        elif previewing:
            page_range = (1, PREVIEW_PAGES)
        failure = self.tr("无法打印")
        replay = Replay(device, REPLAY_BACKLOG)
        arrivals = _Arrivals(self)
        preview = parent if isinstance(parent, PrintPreview) else None

        def play() -> None:
            replay.play(REPLAY_SLICE_S)
            if replay.waiting:
                arrivals.arrived.emit()  # the rest at the next turn

        # Queued: played on this thread, a slice at a time, as pages come.
        arrivals.arrived.connect(play, Qt.ConnectionType.QueuedConnection)

        def keep(picture: QPicture, layout: QPageLayout) -> None:
            replay.add(picture, layout)
            arrivals.arrived.emit()

        def draw(report: JobReport) -> Rendered:
            callbacks = report.callbacks()
            # A device that refused a page stops the job.
            callbacks["cancelled"] = lambda: report.cancelled() or replay.error is not None
            return record(
                job.documents,
                keep,
                page_range=page_range,
                total=len(job.documents),
                **callbacks,
            )

        self._painting.add(id(device))
        if preview is not None:
            preview.painting(True)
        outcome: Outcome[Rendered] | None = None
        try:
            replay.begin(job.spec.page_layout())
            outcome = self._run(job, parent, draw, failure_title=failure)
            replay.play()  # what is left
        except PrintError as exc:
            replay.error = exc
        finally:
            replay.end()
            arrivals.deleteLater()
            self._painting.discard(id(device))
            if preview is not None:
                preview.painting(False)
            if page_range is not None and not previewing:
                device.setPrintRange(QPrinter.PrintRange.AllPages)
        if replay.error is not None:
            tell_failure(parent or self.window.widget(), replay.error, failure)
            return None
        rendered = None if outcome is None else outcome.value
        if preview is not None and previewing:
            capped = rendered is not None and rendered.truncated
            preview.show_cap(replay.pages if capped else None)
        return None if rendered is None else replace(rendered, pages=replay.pages)

    def export_pdf(self, job: PrintJob, parent: QWidget | None = None) -> Path | None:
        """Ask for a file name and write ``job`` there as PDF; the file's path, or
        None when cancelled or refused."""
        chosen = messages.ask_save_file(
            parent or self.window.widget(),
            self.tr("导出 PDF"),
            self.tr("PDF 文件 (*.pdf)"),
            messages.suggested_file(f"{job.title}.pdf"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path if self.write_pdf(job, path, parent) is not None else None

    def child_ledger(self) -> str | None:
        """The ledger file a child process can read (``printing.child``), or None
        when a PDF must be written here: no child can be started, or the ledger is
        not a local file (a server's, which the child would have to log in to)."""
        from desktop.printing import child
        from desktop.storage.engine import sqlite_path

        if not child.available():
            return None
        path = sqlite_path(self.window.service.uow.engine)
        return str(path) if path is not None and path.is_file() else None

    def write_pdf(
        self, job: PrintJob, path: Path, parent: QWidget | None = None
    ) -> Rendered | None:
        """Write ``job`` to ``path`` with the progress shown. The PDF is written beside
        the target and moved into place when complete: a cancelled or failed export
        leaves no file (and an existing one untouched). None unless written.

        Laid out and painted in a child process (``printing.child``: the window's
        interpreter is never held by the layout), else, where no child can be used
        (:meth:`child_ledger`, a job without a request), in a worker thread here.
        Which of the two is decided in the worker: the first answer imports the
        child's side of printing (``printing.child``, ``printing.render``: 30-55 ms
        that froze the window at the first PDF of a session)."""
        partial = path.with_name(f".{path.name}.partial")

        def work(report: JobReport) -> Rendered:
            ledger = self.child_ledger() if job.request is not None else None
            if ledger is not None and job.request is not None:
                result = self._write_in_child(job, job.request, ledger, partial, report)
            else:
                from desktop.printing.render import write_pdf

                result = write_pdf(
                    partial,
                    job.documents,
                    title=job.title,
                    total=len(job.documents),
                    **report.callbacks(),
                )
            if not result.cancelled:
                partial.replace(path)
            return result

        try:
            outcome = self._run(job, parent, work, failure_title=self.tr("无法导出 PDF"))
        finally:
            partial.unlink(missing_ok=True)
        result = outcome.value
        if result is None:
            return None
        if result.cancelled:
            self.window.show_status(self.tr("已取消导出 PDF。"), 8000)
            return None
        self.window.show_status(
            self.tr("已导出 PDF：{path}（{pages} 页）").format(path=path, pages=result.pages), 8000
        )
        return result

    def _write_in_child(
        self, job: PrintJob, request: PrintRequest, ledger: str, partial: Path, report: JobReport
    ) -> Rendered:
        """Have a child write ``partial`` (in the operation's worker: it reads the
        child's progress); a child that ended without a word is a failure the clerk
        is told of, like any other; one that could not be started leaves the PDF to
        this process."""
        from desktop.domain.texts import language
        from desktop.printing import child
        from desktop.printing.render import PrintError, write_pdf

        try:
            return child.write_pdf_in_child(
                ledger, partial, request.as_json(), language=language(), **report.callbacks()
            )
        except child.ChildUnavailable:
            # Not started (an executable gone missing): write it here after all.
            return write_pdf(
                partial,
                job.documents,
                title=job.title,
                total=len(job.documents),
                **report.callbacks(),
            )
        except child.ChildFailed as exc:
            raise PrintError(
                QCoreApplication.translate(
                    "PrintActions", "生成 PDF 的进程意外退出（{reason}），PDF 未写入。"
                ).format(reason=exc.detail or exc.returncode)
            ) from exc

    def _run(
        self,
        job: PrintJob,
        parent: QWidget | None,
        draw: Callable[[JobReport], R],
        *,
        failure_title: str,
    ) -> Outcome[R]:
        """Run one render as an operation, in a worker thread, with its progress and
        取消 (shown at once for a long ledger, whose layout alone takes a while)."""
        from desktop.ui.operations import Operation

        self._busy = True
        report = JobReport(len(job.documents))
        self.last_progress = report
        operation: Operation[R] = Operation(
            parent or self.window.widget(),
            lambda control: draw(report.bind(control)),
            label=report.text(),
            title=job.title,
            cancellable=True,
            failure_title=failure_title,
            show_after_ms=0 if job.long_layout else None,
        )
        try:
            return operation.run()
        finally:
            self._busy = False


# The pages a print preview holds: the first 500. A preview is for seeing how the
# pages come out, not for reading 13,341 pages of a 10,000-issue ledger (the preview
# kept them all: 1.36 GB at its peak, a minute of painting). 500 pages hold the
# sheets of 200 issues (the largest batch we measure, one or two pages each) and the
# ledger's first 370-odd issues; they take about a second to paint and 40 MB to hold.
# Printing and 导出 PDF always give every page, and the preview says so.
PREVIEW_PAGES = 500

# How long (s) the GUI thread puts recorded pages on a printer before the event loop
# turns again.
REPLAY_SLICE_S = 0.03
# Pages the worker may have painted ahead of the printer (their pictures held).
REPLAY_BACKLOG = 20


class _Arrivals(QObject):
    """Tells the GUI thread that a worker recorded a page (``arrived``)."""

    arrived = Signal()


class JobReport:
    """A render's progress as an operation reports it: documents done of ``total``,
    pages painted, and the clerk's 取消 (its callbacks run where the render runs)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.documents = 0
        self.pages = 0
        self.reports = 0
        self.control: Control | None = None

    def bind(self, control: Control) -> JobReport:
        self.control = control
        return self

    def callbacks(self) -> dict[str, Any]:
        """The render's keyword arguments that report here."""
        return {
            "progress": self.document_done,
            "cancelled": self.cancelled,
            "page_done": self.page_done,
            "step_done": self.step_done,
        }

    def text(self) -> str:
        if self.total > 1:
            return QCoreApplication.translate(
                "JobProgress", "已完成 {done} / {total} 份，共 {pages} 页"
            ).format(done=self.documents, total=self.total, pages=self.pages)
        if self.pages:
            return QCoreApplication.translate("JobProgress", "已完成 {pages} 页").format(
                pages=self.pages
            )
        return QCoreApplication.translate("JobProgress", "正在排版…")

    def _report(self) -> None:
        self.reports += 1
        if self.control is not None:
            # A single long document has no steps to count: a busy bar and its pages.
            total = self.total if self.total > 1 else 0
            self.control.progress(self.documents, total, self.text())

    def document_done(self, done: int, _total: int) -> None:
        self.documents = done
        self._report()

    def page_done(self, pages: int) -> None:
        self.pages = pages
        self._report()

    def step_done(self) -> None:
        """A step of a document's preparation (the ledger's measuring) is done."""
        self._report()

    def cancelled(self) -> bool:
        return self.control is not None and self.control.cancelled


def install_print_actions(window: LedgerWindow) -> PrintActions:
    """Fill the window's 打印 menu (see :class:`PrintActions`)."""
    return PrintActions(window)
