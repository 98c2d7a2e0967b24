"""Hooks the notice features into the window (``window_api``) with one call,
:func:`install_notice_actions`: 文件 → 导入 → 整改情况通报…, 报告 → 生成整改情况通报…,
and a notice file (.txt, .docx) dropped on the window opens the import preview.

The drop hook is an event filter that takes only notice files and lets every other
drag through, so a general drop dispatcher (by extension) can sit beside it or call
:func:`open_dropped_notice` itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop.ui.window_api import ActionKey, Menu

if TYPE_CHECKING:
    from desktop.ui.window_api import LedgerWindow


def open_dropped_notice(window: LedgerWindow, path: Path) -> None:
    """Open the import preview on a dropped notice file (registered in ``ui/drop.py``)."""
    from desktop.ui.notice_import import import_notice

    import_notice(window, path)


@dataclass(frozen=True, slots=True)
class NoticeActions:
    """The notice actions as installed on a window (for tests and other hooks)."""

    import_action: QAction
    write_action: QAction


def install_notice_actions(window: LedgerWindow) -> NoticeActions:
    """Add the notice actions to the window's menus (dropped notices: ``ui/drop.py``)."""

    # The dialogs (and the notice reader and writer) load when first used.
    def import_notice(window: LedgerWindow) -> None:
        from desktop.ui.notice_import import import_notice as run

        run(window)

    def write_notice(window: LedgerWindow) -> None:
        from desktop.ui.notice_writer_dialog import write_notice as run

        run(window)

    import_action = QAction(
        QCoreApplication.translate("notice_actions", "整改情况通报…"), window.widget()
    )
    import_action.setStatusTip(
        QCoreApplication.translate(
            "notice_actions",
            "读入上级或兄弟单位发布的整改情况通报（.txt、.docx、保存的网页或粘贴的文字）",
        )
    )
    import_action.triggered.connect(lambda _checked=False: import_notice(window))
    window.add_action(ActionKey.IMPORT_NOTICE, import_action, Menu.IMPORT)

    write_action = QAction(
        QCoreApplication.translate("notice_actions", "生成整改情况通报…"), window.widget()
    )
    write_action.setStatusTip(
        QCoreApplication.translate(
            "notice_actions", "按台账生成一次巡察的整改情况通报，保存为 Word、文本或 PDF，或打印"
        )
    )
    write_action.triggered.connect(lambda _checked=False: write_notice(window))
    window.add_action(ActionKey.WRITE_NOTICE, write_action, Menu.REPORT)

    return NoticeActions(import_action, write_action)
