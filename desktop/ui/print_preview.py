"""The print preview dialog, loaded with the first print (QtPrintSupport is not needed
to start the app): ``QPrintPreviewDialog`` on an A4 printer in the job's orientation,
with 导出 PDF… in its toolbar, and a line under the pages when the preview holds only
the first pages of the job (``print_actions.PREVIEW_PAGES``). A job's progress is its
operation's (``print_actions``, :class:`~desktop.ui.operations.Operation`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QBoxLayout, QLabel, QToolBar, QWidget

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
        # Said when the preview holds only the job's first pages (show_cap).
        self.cap_label = QLabel(self)
        self.cap_label.setWordWrap(True)
        self.cap_label.setContentsMargins(8, 4, 8, 4)
        self.cap_label.hide()
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            # Under the pages, across the dialog (Qt's layout holds one main window
            # with the toolbar and the pages).
            layout.addWidget(self.cap_label)
        self._held: list[tuple[QAction, bool]] = []
        screen = parent.screen().availableGeometry()
        self.resize(int(screen.width() * 0.7), int(screen.height() * 0.85))

    def painting(self, active: bool) -> None:
        """While the job's pages are painted (``active``), nothing in the toolbar can
        start another painting: Qt deletes a preview's pages when it regenerates them
        (a page setup, an orientation, 打印), under the painting of the pages that
        are still coming, and its preview mode does not nest. Afterwards each action
        is as it was."""
        if active:
            if self.toolbar is not None and not self._held:
                self._held = [(a, a.isEnabled()) for a in self.toolbar.actions()]
                for action, _enabled in self._held:
                    action.setEnabled(False)
            return
        for action, enabled in self._held:
            action.setEnabled(enabled)
        self._held = []

    def show_cap(self, shown: int | None) -> None:
        """Say that the preview shows only the first ``shown`` pages, and that printing
        and 导出 PDF give them all; None: it shows every page (nothing said)."""
        if shown is None:
            self.cap_label.hide()
            return
        self.cap_label.setText(
            self.tr(
                "预览只显示前 {pages} 页，以便快速查看版式；打印或导出 PDF 时输出全部页面。"
            ).format(pages=shown)
        )
        self.cap_label.show()
