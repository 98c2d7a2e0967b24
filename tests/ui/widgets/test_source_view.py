"""The text view with line numbers: line N of the reader is block N of the view, marks
cover every row of a wrapped line, and show_line goes to the line."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.widgets.source_view import (
    CURRENT_BACKGROUND,
    ERROR_BACKGROUND,
    SourceView,
    normalize_newlines,
)


def test_line_breaks_are_counted_as_the_reader_counts_them() -> None:
    text = "甲\r\n乙\r丙\u2028丁\u2029戊"
    assert normalize_newlines(text).split("\n") == ["甲", "乙", "丙", "丁 戊"]


def test_marks_and_the_current_line(qtbot: QtBot) -> None:
    view = SourceView()
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    long_line = "整改措施" * 60  # wraps over several rows at this width
    view.set_source("第一行\r\n" + long_line + "\n第三行\n")
    assert view.document().findBlockByNumber(1).layout().lineCount() > 1
    view.mark_lines({2: ERROR_BACKGROUND, 99: ERROR_BACKGROUND})
    rows = view.document().findBlockByNumber(1).layout().lineCount()
    selections = view.extraSelections()
    assert len(selections) == rows  # line 99 does not exist: ignored
    assert all(s.cursor.block().blockNumber() == 1 for s in selections)
    assert {s.format.background().color().name() for s in selections} == {ERROR_BACKGROUND.name()}

    view.show_line(3)
    assert view.current_line() == 3
    assert view.textCursor().block().text() == "第三行"
    colours = {
        s.cursor.block().blockNumber(): s.format.background().color()
        for s in view.extraSelections()
    }
    assert colours == {1: ERROR_BACKGROUND.name(), 2: CURRENT_BACKGROUND.name()}
    view.show_line(None)
    assert len(view.extraSelections()) == rows
    # A new text drops the marks.
    view.set_source("新的文字")
    assert view.extraSelections() == []
    assert view.marked_lines() == {}


def test_the_gutter_widens_for_more_lines(qtbot: QtBot) -> None:
    view = SourceView()
    qtbot.addWidget(view)
    view.set_source("行\n" * 5)
    narrow = view.gutter_width()
    view.set_source("行\n" * 12000)
    assert view.gutter_width() > narrow
    assert view.viewportMargins().left() == view.gutter_width()
