"""The window on a 1024×700 screen (office laptops, projectors), in Chinese and in
English: it fits, the navigation shows an inspection's name, the filter boxes show
their words whole, 状态 and 整改时限 are visible in the table, the labels are not cut."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QComboBox

from desktop.app import install_translators
from desktop.services.ledger import LedgerService
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings


@pytest.fixture(params=["zh_CN", "en"])
def window(
    request: pytest.FixtureRequest,
    qapp: QApplication,
    qtbot: QtBot,
    demo_service: LedgerService,
    settings: AppSettings,
) -> Iterator[MainWindow]:
    translators = install_translators(qapp, request.param)
    try:
        win = MainWindow(demo_service, "demo.sqlite", settings=settings)
        qtbot.addWidget(win)
        win.resize(1024, 700)
        win.show()
        qtbot.waitExposed(win)
        yield win
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


def test_the_window_fits_1024_by_700(window: MainWindow) -> None:
    assert window.minimumSizeHint().width() <= 1024
    assert window.width() == 1024
    assert window.nav.width() >= 100


def test_status_and_deadline_are_visible_in_the_table(window: MainWindow) -> None:
    table = window.table
    header = table.horizontalHeader()
    keys = [c.key for c in window.model.columns]
    visible = table.viewport().width()
    for key in ("number", "status", "deadline"):
        logical = keys.index(key)
        right = header.sectionViewportPosition(logical) + header.sectionSize(logical)
        assert right <= visible, key


def test_filter_boxes_show_their_words_whole(window: MainWindow) -> None:
    bar = window.filter_bar
    for combo in (bar.category, bar.unit, bar.leader):
        assert isinstance(combo, QComboBox)
        text = combo.itemText(0)
        room = combo.width() - 30  # the arrow and the frame
        assert combo.fontMetrics().horizontalAdvance(text) <= room, text


def test_detail_labels_are_not_cut(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    page = window.detail.tabs.widget(0)
    for label in page.findChildren(QLabel):
        if label.isVisible() and label.text() and not label.wordWrap():
            needed = label.fontMetrics().horizontalAdvance(label.text().replace("&", ""))
            assert needed <= label.width() + 1, label.text()
