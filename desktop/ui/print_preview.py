"""The print preview dialog and the progress of a print job, loaded with the first
print (QtPrintSupport is not needed to start the app).

:class:`PrintPreview` is ``QPrintPreviewDialog`` on an A4 printer in the job's
orientation, with 导出 PDF… in its toolbar. :class:`JobProgress` is what a render
reports to: a ``QProgressDialog`` with 取消, an event-loop turn after each document
and page, and the user's input held off everything but that dialog meanwhile.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QProgressDialog, QToolBar, QWidget

if TYPE_CHECKING:
    from desktop.ui.print_actions import PrintJob


class _InputBlocker(QObject):
    """Swallows the user's input (mouse, keys, closing a window) everywhere except in
    one dialog. While a job paints, the windows still repaint, but a click on the
    preview's toolbar would start a second paint on the printer being painted, and
    closing a window would pull it away; the progress dialog, modal, blocks that too,
    but only once it shows."""

    def __init__(self, allowed: QWidget) -> None:
        super().__init__(allowed)
        self.allowed = allowed
        kind = QEvent.Type
        self.blocked = {
            kind.MouseButtonPress,
            kind.MouseButtonRelease,
            kind.MouseButtonDblClick,
            kind.Wheel,
            kind.KeyPress,
            kind.KeyRelease,
            kind.ShortcutOverride,
            kind.Shortcut,
            kind.Close,
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in self.blocked or not event.spontaneous():
            return False
        inside = isinstance(watched, QWidget) and (
            watched is self.allowed or self.allowed.isAncestorOf(watched)
        )
        return not inside


class JobProgress:
    """The progress of one render: a ``QProgressDialog`` with 取消 (shown once the job
    has taken ``DELAY_MS``), and the event-loop turns that keep the window alive: the
    render's callbacks (``document_done`` after each document, ``page_done`` after
    each page) each let the event loop run once. Until ``finish`` the user's input
    goes to the progress dialog only. Counts the turns and the longest stretch without
    one, which is what a user feels as a frozen window."""

    DELAY_MS = 300

    def __init__(self, parent: QWidget | None, job: PrintJob, *, show_now: bool = False) -> None:
        self.total = len(job.documents)
        self.documents = 0
        self.pages = 0
        self.turns = 0
        self.longest_gap = 0.0
        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(job.title)
        # Application-modal: no second print (or edit) can start while this one paints.
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setCancelButtonText(QCoreApplication.translate("JobProgress", "取消"))
        # A single long document has no steps to count: a busy bar and the page count.
        dialog.setRange(0, self.total if self.total > 1 else 0)
        dialog.setLabelText(QCoreApplication.translate("JobProgress", "正在排版…"))
        dialog.setMinimumDuration(self.DELAY_MS)
        dialog.setValue(0)
        dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 48)
        self.dialog = dialog
        self._blocker = _InputBlocker(dialog)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self._blocker)
        self._last = time.perf_counter()
        if show_now:
            # A long single layout (a big ledger) holds the event loop until its first
            # page: say so before it starts.
            dialog.setLabelText(
                QCoreApplication.translate("JobProgress", "正在排版“{title}”，请稍候…").format(
                    title=job.title
                )
            )
            dialog.show()
            self._turn()

    def document_done(self, done: int, total: int) -> None:
        self.documents = done
        if self.total > 1:
            self.dialog.setValue(done)
        self._label()
        self._turn()

    def page_done(self, pages: int) -> None:
        self.pages = pages
        self._label()
        self._turn()

    def step_done(self) -> None:
        """A step of a document's preparation (the ledger's measuring) is done."""
        self._turn()

    def cancelled(self) -> bool:
        return self.dialog.wasCanceled()

    def finish(self) -> None:
        """Close the dialog; the time since the last turn counts as a gap too."""
        self._gap(time.perf_counter())
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self._blocker)
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()

    def _label(self) -> None:
        if self.total > 1:
            text = QCoreApplication.translate(
                "JobProgress", "已完成 {done} / {total} 份，共 {pages} 页"
            ).format(done=self.documents, total=self.total, pages=self.pages)
        else:
            text = QCoreApplication.translate("JobProgress", "已完成 {pages} 页").format(
                pages=self.pages
            )
        self.dialog.setLabelText(text)

    def _gap(self, now: float) -> None:
        self.longest_gap = max(self.longest_gap, now - self._last)

    def _turn(self) -> None:
        self._gap(time.perf_counter())
        QCoreApplication.processEvents()
        self.turns += 1
        self._last = time.perf_counter()


class PrintPreview(QPrintPreviewDialog):
    """The print preview of one job: its printer set to A4 in the job's orientation
    (the dialog does not own its printer, so it is kept here), sized to most of the
    screen, with an 导出 PDF… button (``export_action``) at the end of its toolbar."""

    def __init__(self, job: PrintJob, parent: QWidget) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(job.spec.page_layout())
        printer.setFullPage(True)
        printer.setDocName(job.title)
        super().__init__(printer, parent)
        self.job = job
        self.print_device = printer
        printer.setCreator(self.tr("整改台账"))
        self.setWindowTitle(self.tr("打印预览 — {title}").format(title=job.title))
        self.export_action = QAction(self.tr("导出 PDF…"), self)
        self.export_action.setToolTip(self.tr("把预览中的内容保存为 PDF 文件"))
        self.toolbar = self.findChild(QToolBar)
        if self.toolbar is not None:
            self.toolbar.addSeparator()
            self.toolbar.addAction(self.export_action)
        else:  # a Qt whose preview has no toolbar: still offer it, by keyboard
            self.addAction(self.export_action)
        screen = parent.screen().availableGeometry()
        self.resize(int(screen.width() * 0.7), int(screen.height() * 0.85))
