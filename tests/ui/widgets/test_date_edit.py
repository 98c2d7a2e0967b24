"""Date entry: typed Chinese and dotted dates, rule words where allowed, a calendar."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt

from desktop.domain.dates import DateErrorCode, DeadlineRule
from desktop.ui.widgets.date_edit import DateEdit


def test_typed_forms_are_read_and_shown_the_official_way(qtbot: QtBot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    for typed in ("2023年1月11日", "2023.1.11", "2023-01-11", "２０２３年１月１１日"):
        edit.setText(typed)
        assert edit.date_value() == date(2023, 1, 11)
        edit.line.editingFinished.emit()
        assert edit.text() == "2023年1月11日"
    edit.setText("")
    assert edit.date_value() is None
    assert edit.error_code() is None


def test_rule_words_only_where_a_deadline_allows_them(qtbot: QtBot) -> None:
    deadline = DateEdit(allow_rules=True)
    plain = DateEdit()
    qtbot.addWidget(deadline)
    qtbot.addWidget(plain)
    deadline.setText("长期坚持")
    reading = deadline.reading()
    assert reading is not None
    assert reading.rule is DeadlineRule.LONG_TERM
    plain.setText("立行立改")
    assert plain.error_code() is DateErrorCode.UNREADABLE
    plain.setText("2023年2月30日")
    assert plain.error_code() is DateErrorCode.IMPOSSIBLE


def test_the_calendar_picks_a_date(qtbot: QtBot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setText("2023.3.5")
    qtbot.keyClick(edit.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert edit.menu.isVisible()
    assert edit.calendar.selectedDate() == QDate(2023, 3, 5)
    with qtbot.waitSignal(edit.value_changed):
        edit.calendar.clicked.emit(QDate(2023, 3, 20))
    assert edit.text() == "2023年3月20日"
    assert not edit.menu.isVisible()


def test_a_rule_word_shown_in_english_reads_back_as_the_rule(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui import labels

    english = {DeadlineRule.LONG_TERM: "Long-term", DeadlineRule.IMMEDIATE: "At once"}
    monkeypatch.setattr(labels, "rule_label", lambda rule: english[rule])
    edit = DateEdit(allow_rules=True)
    qtbot.addWidget(edit)
    edit.set_reading(None, DeadlineRule.LONG_TERM)
    assert edit.line.text() == "Long-term"
    reading = edit.reading()
    assert reading is not None
    assert (reading.date, reading.rule, reading.text) == (None, DeadlineRule.LONG_TERM, "长期坚持")


@pytest.mark.usefixtures("english")
def test_the_english_window_writes_dates_as_iso_and_reads_them_back(qtbot: QtBot) -> None:
    """The English form is 2023-01-05 (ISO, zero-padded), as the export dialog's date
    field shows it, not 2023-1-5; and a field reads what it shows."""
    from desktop.domain.dates import shown_date

    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.set_date(date(2023, 1, 5))
    assert edit.text() == "2023-01-05"
    assert edit.date_value() == date(2023, 1, 5)
    assert shown_date(date(2023, 11, 30)) == "2023-11-30"
