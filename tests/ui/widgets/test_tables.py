"""The issue table view: what a dialog over its window makes it repaint."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow

from desktop.ui.widgets.tables import IssueTableView
from tests.ui.models.test_issue_table_model import issue, model_with


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.regions: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.regions.append(event.region().boundingRect())  # type: ignore[attr-defined]
        return False


def _settled() -> None:
    """Every repaint posted so far delivered (an update is a posted event)."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def test_a_dialog_over_the_window_repaints_only_the_current_row(qtbot: QtBot) -> None:
    """A dialog opening over the window (a progress dialog while a worker computes,
    统计, the import wizard) deactivated it and took the table's focus, and Qt repainted
    the whole table at both and again when the dialog closed: a call into Python a cell,
    85-260 ms on the 10k ledger with a worker running. Under Fusion, whose selection is
    drawn from a palette the same active or not, only the current row is repainted."""
    window = QMainWindow()
    qtbot.addWidget(window)
    table = IssueTableView(window)
    model = model_with([issue(n, str(n), f"问题{n}") for n in range(1, 30)])
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    table.setCurrentIndex(model.index(2, 0))
    table.setFocus()
    qtbot.waitUntil(lambda: table.hasFocus() and window.isActiveWindow())
    assert table.style().name().lower() == "fusion"
    _settled()
    paints = _Paints()
    table.viewport().installEventFilter(paints)

    dialog = QDialog(window)
    QLabel("整改台账", dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and not table.hasFocus())
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and table.hasFocus())
    _settled()
    row = table.visualRect(table.currentIndex())
    assert paints.regions, "the current row's focus frame is repainted"
    assert all(r.height() <= row.height() + 2 for r in paints.regions), paints.regions
    table.viewport().removeEventFilter(paints)
