"""Suggestion pop-ups (issue #22, point 5): a click on another field while the list is
open moves there, instead of only closing the list and leaving the typing in the field
before (which made a unit "办公室组织部" out of two)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.records import MeasureDraft
from desktop.ui.dialogs.measure_dialog import MeasureDialog


def type_text(text: str) -> None:
    """Chinese typed into the focused widget, one character at a time (QTest's
    keyClicks takes ASCII only)."""
    for char in text:
        target = QApplication.focusWidget()
        assert isinstance(target, QWidget)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_a_click_on_the_next_field_is_not_swallowed_by_the_suggestions(qtbot: QtBot) -> None:
    dialog = MeasureDialog(MeasureDraft(""), ["办公室", "组织部"], [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.lead_unit.setFocus()
    qtbot.waitUntil(dialog.lead_unit.hasFocus)
    type_text("办公")
    popup = dialog.lead_unit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    # The pop-up grabs the mouse: a click anywhere reaches it first, as on screen.
    # (The one-line list covers the row under the field; the click lands below it.)
    field = dialog.responsible_person
    at = popup.mapFromGlobal(field.mapToGlobal(field.rect().center()))
    assert not popup.rect().contains(at)
    qtbot.mousePress(popup, Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert QApplication.focusWidget() is field
    type_text("组织部")
    assert dialog.lead_unit.text() == "办公"
    assert field.text() == "组织部"
