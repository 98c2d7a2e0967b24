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


def _picture_widths(manual: ManualWindow) -> list[float]:
    from PySide6.QtGui import QTextFormat

    widths = []
    block = manual.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                widths.append(fmt.toImageFormat().width())
                assert fmt.toImageFormat().height() > 0
                assert fmt.objectType() == QTextFormat.ObjectTypes.ImageObject.value
            it += 1
        block = block.next()
    return widths


def test_manual_opens_large_and_fits_its_pictures(qtbot: QtBot) -> None:
    """It opened at about 560 × 440 with 1,280-pixel screenshots to scroll across.
    Now it takes most of the screen and its pictures the page's width, never more
    than their own, following the window as it is resized."""
    from PySide6.QtGui import QGuiApplication

    manual = ManualWindow()
    qtbot.addWidget(manual)
    manual.show()
    qtbot.waitExposed(manual)
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert manual.width() >= min(room.width() * 0.6, 700)
    assert manual.height() >= room.height() * 0.7
    viewport = manual.browser.viewport()
    qtbot.waitUntil(
        lambda: viewport.width() // 2 < min(_picture_widths(manual)) <= viewport.width()
    )
    widths = _picture_widths(manual)
    assert len(widths) == 4
    assert manual.browser.horizontalScrollBar().maximum() == 0
    manual.resize(manual.width() // 2, manual.height())
    qtbot.waitUntil(lambda: max(_picture_widths(manual)) < max(widths))
    assert max(_picture_widths(manual)) <= viewport.width()
    manual.resize(3000, manual.height())
    qtbot.waitUntil(lambda: max(_picture_widths(manual)) == 1280)
