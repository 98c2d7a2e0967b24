"""The window on a 1024×700 screen (office laptops, projectors), in Chinese and in
English: it fits, the navigation shows an inspection's name, the filter boxes show
their words whole, 状态 and 整改时限 are visible in the table, the labels are not cut,
the detail pane's tabs fit without scroll arrows and every state's word is whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QTableView

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


def test_the_detail_tabs_fit_without_scroll_arrows(window: MainWindow) -> None:
    """All eight tabs side by side on a pane a third of 1024 pixels wide: their widths
    add up to no more than the pane's (the scroll arrows used to hide four of them),
    and none is squeezed (its words elided)."""
    tabs = window.detail.tabs
    bar = tabs.tabBar()
    assert bar.count() == 8
    hints = [bar.tabSizeHint(i).width() for i in range(bar.count())]
    print("tab widths", dict(zip([bar.tabText(i) for i in range(bar.count())], hints, strict=True)))
    print("sum", sum(hints), "room", tabs.width())
    assert sum(hints) <= tabs.width()
    for i, hint in enumerate(hints):
        assert bar.tabRect(i).width() >= hint, bar.tabText(i)
        words = bar.fontMetrics().horizontalAdvance(bar.tabText(i))
        assert words < hint, bar.tabText(i)


def _shown_whole(view: QTableView, column: int, text: str) -> bool:
    """Whether the view shows ``text`` in ``column`` without eliding it (the item's
    text margins as the style draws them)."""
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = view.columnWidth(column) - 2 * margin
    return view.fontMetrics().horizontalAdvance(text) <= room


def test_every_state_is_shown_whole(window: MainWindow) -> None:
    """ "Mostly done" (基本完成) was cut to "Mostly do…" in the table's state column:
    every state's word fits the issue table's and the measure table's column."""
    from desktop.ui import labels

    keys = [c.key for c in window.model.columns]
    measures = window.detail.measures
    measure_keys = [c.key for c in measures.model.columns]
    for text in labels.status_labels():
        assert _shown_whole(window.table, keys.index("status"), text), text
        assert _shown_whole(measures.view, measure_keys.index("status"), text), text


def test_the_dashboard_shows_its_words_whole(window: MainWindow, qtbot: QtBot) -> None:
    """The dashboard's figures ("Done (incl. signed off)" was cut) and its overdue list
    (its items, "Issue 9, measure 1", and their state, "Mostly done") in full."""
    dashboard = window.supervision_views.open_dashboard()
    qtbot.waitUntil(lambda: dashboard.stats is not None and not dashboard.loader.busy)
    dashboard.resize(1024, 700)
    figures = dashboard.figures_model
    for row in range(figures.rowCount()):
        text = figures.index(row, 0).data()
        assert _shown_whole(dashboard.figures_view, 0, text), text
    overdue = dashboard.overdue_model
    keys = [c.key for c in overdue.columns]
    assert overdue.rowCount() >= 2
    for row in range(overdue.rowCount()):
        for key in ("item", "status"):
            text = overdue.index(row, keys.index(key)).data()
            assert _shown_whole(dashboard.overdue_view, keys.index(key), text), text
    dashboard.close()
