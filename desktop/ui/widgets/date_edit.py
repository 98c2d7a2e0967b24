"""Date entry the way clerks type dates: ``2023年1月11日``, ``2023.1.11``, ``2023-1-11``,
rule words (``立行立改``, ``长期坚持``) where a deadline allows them, or a calendar."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop.domain.dates import (
    RULE_LABELS,
    DateError,
    DateErrorCode,
    DateReading,
    DeadlineRule,
    parse_date,
)
from desktop.ui import labels

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCalendarWidget


def calendar_icon(size: int) -> QIcon:
    """A small calendar drawn in code (no emoji font needed, sharp at any size)."""
    size = max(size, 12)
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor("#3c4043")
    painter.setPen(QPen(ink, max(size / 14, 1.0)))
    margin = size * 0.12
    width = size - 2 * margin
    top = margin + size * 0.1
    painter.drawRoundedRect(int(margin), int(top), int(width), int(size - top - margin), 2, 2)
    # Filled rectangles drawn without a pen, the same pixels as fillRect: PySide's
    # choice among fillRect's overloads makes its QGradient type (5 ms of a start).
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c5221f"))
    painter.drawRect(int(margin), int(top), int(width), int(size * 0.2))
    painter.setBrush(ink)
    cell = width / 4
    for row in range(2):
        for col in range(3):
            x = margin + cell * (col + 0.6)
            y = top + size * 0.35 + row * cell * 1.1
            painter.drawRect(int(x), int(y), max(int(cell * 0.55), 1), max(int(cell * 0.5), 1))
    painter.end()
    return QIcon(pixmap)


class DateEdit(QWidget):
    """A line edit that reads typed dates with ``parse_date``, plus a calendar popup
    (the button, or Alt+Down / F4).

    Signals:
        value_changed(): the text changed (typed or picked).
    """

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, allow_rules: bool = False) -> None:
        super().__init__(parent)
        self.allow_rules = allow_rules
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(
            self.tr("如 2023年1月11日、2023.1.11、立行立改")
            if allow_rules
            else self.tr("如 2023年1月11日 或 2023.1.11")
        )
        self.line.setClearButtonEnabled(True)
        self.button = QToolButton(self)
        self.button.setIcon(calendar_icon(self.fontMetrics().height()))
        self.button.setToolTip(self.tr("选择日期（Alt+↓）"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The calendar and its menu are made when first shown (a form has two of
        # them, and the window's first frame shows a form).
        self._calendar: QCalendarWidget | None = None
        self._menu: QMenu | None = None
        self.button.clicked.connect(self.show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(self.value_changed)
        self.line.editingFinished.connect(self._normalise)
        self.line.installEventFilter(self)

    # ------------------------------------------------------------------ values
    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def set_date(self, value: date | None) -> None:
        self.line.setText(labels.format_date(value))

    def set_reading(self, value: date | None, rule: DeadlineRule | None, text: str = "") -> None:
        """Show a stored deadline: the date, else the rule word, else the text."""
        if value is not None:
            self.line.setText(labels.format_date(value))
        elif rule is not None:
            self.line.setText(labels.rule_label(rule))
        else:
            self.line.setText(text)

    def reading(self) -> DateReading | None:
        """What the field holds: None when empty. Raises DateError for text that is not
        a date (or a rule word where rules are not allowed)."""
        text = self.line.text().strip()
        if not text:
            return None
        # The rule word as this field shows it (translated in the English UI) reads back
        # as the rule, kept with its Chinese word for files and reports.
        for rule in DeadlineRule:
            if text.casefold() == labels.rule_label(rule).casefold():
                if not self.allow_rules:
                    raise DateError(DateErrorCode.UNREADABLE, text)
                return DateReading(None, rule, RULE_LABELS[rule])
        reading = parse_date(text, default_year=date.today().year)
        if reading.rule is not None and not self.allow_rules:
            raise DateError(DateErrorCode.UNREADABLE, text)
        return reading

    def date_value(self) -> date | None:
        """The date, or None when empty (raises DateError when unreadable)."""
        reading = self.reading()
        return reading.date if reading else None

    def error_code(self) -> DateErrorCode | None:
        """Why the text is not a date, or None when it is (or is empty)."""
        try:
            self.reading()
        except DateError as exc:
            return exc.code
        return None

    # ----------------------------------------------------------------- calendar
    @property
    def calendar(self) -> QCalendarWidget:
        """The popup's calendar (made on first use)."""
        if self._calendar is None:
            from PySide6.QtWidgets import QCalendarWidget

            self._calendar = QCalendarWidget()
            self._calendar.setGridVisible(True)
            self._menu = QMenu(self)
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(self._calendar)
            self._menu.addAction(action)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        return self._calendar

    @property
    def menu(self) -> QMenu:
        """The popup holding :attr:`calendar` (made with it)."""
        self.calendar  # noqa: B018 -- made with the calendar
        assert self._menu is not None
        return self._menu

    def show_calendar(self) -> None:
        try:
            current = self.date_value()
        except DateError:
            current = None
        day = current or date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))

    def _picked(self, qdate: QDate) -> None:
        self.menu.hide()
        self.set_date(date(qdate.year(), qdate.month(), qdate.day()))
        self.line.setFocus()
        self.line.editingFinished.emit()

    def _normalise(self) -> None:
        """Show a typed date the official way once the user leaves the field."""
        try:
            reading = self.reading()
        except DateError:
            return
        if reading is None:
            return
        shown = (
            labels.format_date(reading.date)
            if reading.date
            else labels.rule_label(reading.rule)
            if reading.rule
            else reading.text
        )
        if shown != self.line.text():
            self.line.setText(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and isinstance(event, QKeyEvent):
            key = event.key()
            alt_down = (
                key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if event.type() == QEvent.Type.KeyPress and (alt_down or key == Qt.Key.Key_F4):
                self.show_calendar()
                return True
        return super().eventFilter(watched, event)
