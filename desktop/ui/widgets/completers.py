"""Autocomplete from what the ledger already holds (units, leaders)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, QStringListModel, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QCompleter, QWidget


class _ClickThrough(QObject):
    """Passes on a click outside an open suggestion pop-up to what was clicked.

    Qt closes a pop-up on a click outside it and drops the click, so a click on the
    next field only closed the list and the typing went on into the field before (a
    unit "办公室组织部" made by accident). Here the pop-up closes, the clicked widget
    takes the focus and gets the press, as if no list had been open."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.MouseButtonPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QMouseEvent)
        at = event.globalPosition().toPoint()
        if watched.rect().contains(watched.mapFromGlobal(at)):
            return False  # a click on a suggestion
        watched.hide()
        target = QApplication.widgetAt(at)
        if target is None or target is watched or watched.isAncestorOf(target):
            return True
        if target.focusPolicy() & Qt.FocusPolicy.ClickFocus:
            target.setFocus(Qt.FocusReason.MouseFocusReason)
        local = target.mapFromGlobal(at)
        replay = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            QPoint(local).toPointF(),
            event.globalPosition(),
            event.button(),
            event.buttons(),
            event.modifiers(),
        )
        QApplication.sendEvent(target, replay)
        return True


def make_completer(words: Iterable[str], parent: QObject | None = None) -> QCompleter:
    """A completer matching anywhere in the word (Chinese names are often typed from
    the middle: 建设 finds 示范区建设局), case-insensitively, whose pop-up never swallows
    a click on another field."""
    model = QStringListModel(sorted(set(words)), parent)
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    click_through = _ClickThrough(completer)
    popup = completer.popup()
    if popup is not None:
        popup.installEventFilter(click_through)
    return completer


def set_words(completer: QCompleter, words: Iterable[str]) -> None:
    """Replace a completer's words."""
    model = completer.model()
    if isinstance(model, QStringListModel):
        model.setStringList(sorted(set(words)))
