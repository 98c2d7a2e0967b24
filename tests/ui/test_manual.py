"""帮助 → 使用手册 opens the bundled manual, offline, pictures and all."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.services.ledger import LedgerService
from desktop.ui.main_window import MainWindow
from desktop.ui.manual_window import ManualWindow
from desktop.ui.settings import AppSettings


def test_help_menu_opens_the_manual(
    qtbot: QtBot, service: LedgerService, settings: AppSettings
) -> None:
    window = MainWindow(service, "x.sqlite", settings=settings)
    qtbot.addWidget(window)
    actions = window.help_menu.actions()
    assert actions[0] is window.manual_action
    assert window.manual_action.text() == "使用手册"
    window.manual_action.trigger()
    manual = window.findChild(ManualWindow)
    assert manual is not None
    qtbot.waitExposed(manual)
    assert manual.found
    text = manual.browser.toPlainText()
    assert "整改台账 · 用户手册" in text
    assert "备份与恢复" in text
    # The screenshots resolve to the files beside the manual (no network).
    document = manual.browser.document()
    html = document.toHtml()
    assert "images/main-window.png" in html
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QPixmap, QTextDocument

    image = document.resource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("images/main-window.png")
    )
    assert isinstance(image, QPixmap)
    assert image.width() > 500
    # Triggered again, the same window comes forward.
    window.manual_action.trigger()
    assert len(window.findChildren(ManualWindow)) == 1
