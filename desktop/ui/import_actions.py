"""文件 → 导入 → Excel 台账…: the menu entry, without loading the import wizard (and
with it the Excel reader) until it is used."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop.ui.window_api import ActionKey, Menu

if TYPE_CHECKING:
    from desktop.ui.window_api import LedgerWindow


def open_import_wizard(window: LedgerWindow, path: str | Path | None = None) -> None:
    """Open the import wizard (on ``path`` when given)."""
    from desktop.ui.import_wizard import open_import_wizard as open_wizard

    open_wizard(window, path)


def install_import_actions(window: LedgerWindow) -> QAction:
    """文件 → 导入 → Excel 台账…; returns the action."""
    action = QAction(QCoreApplication.translate("ImportWizard", "Excel 台账…"), window.widget())
    action.setStatusTip(
        QCoreApplication.translate(
            "ImportWizard", "从 Excel 台账（.xlsx、.xls、.ods）导入问题和整改措施"
        )
    )
    action.triggered.connect(lambda _checked=False: open_import_wizard(window))
    return window.add_action(ActionKey.IMPORT_EXCEL, action, Menu.IMPORT)
