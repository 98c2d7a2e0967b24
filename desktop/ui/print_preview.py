"""The print preview dialog, loaded with the first print (QtPrintSupport is not needed
to start the app): ``QPrintPreviewDialog`` on an A4 printer in the job's orientation,
with 导出 PDF… in its toolbar. A job's progress is its operation's
(``print_actions``, :class:`~desktop.ui.operations.Operation`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QToolBar, QWidget

if TYPE_CHECKING:
    from desktop.ui.print_actions import PrintJob


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
