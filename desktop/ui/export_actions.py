"""导出 → Excel 台账…, as the menu shows it from the start; the exporter itself
(:mod:`desktop.ui.export_runner`, with its dialog and the Excel writer) is imported
and made the first time the action is triggered or ``MainWindow.excel_exporter`` is read,
not before the window's first frame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from desktop.ui.window_api import ActionKey, Menu

if TYPE_CHECKING:
    from desktop.ui.export_runner import ExcelExporter
    from desktop.ui.window_api import LedgerWindow


class ExportActions(QObject):
    """The window's 导出 → Excel 台账… action and, once made, its exporter."""

    def __init__(self, window: LedgerWindow) -> None:
        super().__init__(window.widget())
        self.window = window
        self._exporter: ExcelExporter | None = None
        # The exporter's translation context: the texts are its own.
        self.action = QAction(
            QCoreApplication.translate("ExcelExporter", "Excel 台账…"), window.widget()
        )
        self.action.setStatusTip(
            QCoreApplication.translate("ExcelExporter", "把当前视图或整个台账导出为 Excel 工作簿")
        )
        self.action.triggered.connect(lambda _checked=False: self.exporter().start())
        window.add_action(ActionKey.EXPORT_EXCEL, self.action, Menu.EXPORT)

    def exporter(self) -> ExcelExporter:
        """The exporter of this window, made now if it is not yet."""
        if self._exporter is None:
            from desktop.ui.export_runner import ExcelExporter

            self._exporter = ExcelExporter(self.window, self.action)
        return self._exporter


def install_export_actions(window: LedgerWindow) -> ExportActions:
    """Add 导出 → Excel 台账… to the window's export menu."""
    return ExportActions(window)


__all__ = ["ExportActions", "install_export_actions"]
