"""The issue form (基本信息): every field of an issue, with problems shown on the field.
Used by the detail pane and by the new-issue dialog; it edits drafts, never saves."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.domain.dates import DateError, DateErrorCode
from desktop.domain.problems import Code, Problem
from desktop.domain.records import CategoryId, CategoryRecord, IssueDraft, Responsibility
from desktop.domain.rules import validate_issue
from desktop.domain.status import Status
from desktop.ui import labels
from desktop.ui.filter_bar import _category_items
from desktop.ui.widgets.completers import make_completer, set_words
from desktop.ui.widgets.date_edit import DateEdit

_SPLIT_UNITS = re.compile(r"[、，,；;\s]+")

_DATE_CODES = {
    DateErrorCode.EMPTY: Code.EMPTY_DATE,
    DateErrorCode.IMPOSSIBLE: Code.IMPOSSIBLE_DATE,
    DateErrorCode.UNREADABLE: Code.UNREADABLE_DATE,
    DateErrorCode.BAD_SERIAL: Code.BAD_SERIAL,
    DateErrorCode.NEEDS_YEAR: Code.DATE_NEEDS_YEAR,
}

INVALID_STYLE = "border: 2px solid #c5221f; border-radius: 3px;"


def split_units(text: str) -> tuple[str, ...]:
    """配合单位 as typed (``建设局、财政局``) to a tuple of names."""
    return tuple(dict.fromkeys(p for p in _SPLIT_UNITS.split(text.strip()) if p))


class IssueForm(QWidget):
    """All fields of an issue in a QFormLayout. ``set_draft`` shows a draft;
    ``draft`` reads it back; ``problems`` validates (``validate_issue`` plus dates the
    form cannot read) and each problem is shown in red under its field.
    Enter in a one-line field moves to the next field, as Tab does.

    Signals:
        edited(): the user changed a field.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original: IssueDraft | None = None
        self._baseline: IssueDraft | None = None
        self._original_deadline_shown = ""
        self._loading = False
        self.number = QLineEdit(self)
        self.category = QComboBox(self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.status = QComboBox(self)
        for status in Status:
            self.status.addItem(labels.status_label(status), status.value)
        self.long_term = QCheckBox(self.tr("长期坚持"), self)
        self.progress = QLineEdit(self)
        self.progress.setPlaceholderText(self.tr("如：已完成，长期坚持"))
        self.goal = QPlainTextEdit(self)
        self.goal.setTabChangesFocus(True)
        self.lead_leader = QLineEdit(self)
        self.lead_unit = QLineEdit(self)
        self.cooperating_units = QLineEdit(self)
        self.cooperating_units.setPlaceholderText(self.tr("多个单位用顿号分隔"))
        self.responsible_person = QLineEdit(self)
        self.deadline = DateEdit(self, allow_rules=True)
        self.completion_date = DateEdit(self)
        self.remarks = QLineEdit(self)
        self.unit_completer = make_completer([], self)
        self.leader_completer = make_completer([], self)
        self.lead_unit.setCompleter(self.unit_completer)
        self.lead_leader.setCompleter(self.leader_completer)
        lines = self.fontMetrics().lineSpacing()
        self.text.setMinimumHeight(lines * 4 + 12)
        self.goal.setFixedHeight(lines * 2 + 12)

        status_row = QWidget(self)
        status_layout = QHBoxLayout(status_row)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.status, 1)
        status_layout.addWidget(self.long_term)

        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.fields: dict[str, QWidget] = {
            "number": self.number,
            "category_id": self.category,
            "text": self.text,
            "status": status_row,
            "progress": self.progress,
            "goal": self.goal,
            "lead_leader": self.lead_leader,
            "lead_unit": self.lead_unit,
            "cooperating_units": self.cooperating_units,
            "responsible_person": self.responsible_person,
            "deadline": self.deadline,
            "completion_date": self.completion_date,
            "remarks": self.remarks,
        }
        self.error_labels: dict[str, QLabel] = {}
        for name, widget in self.fields.items():
            label = labels.field_label(name) + ("*" if name in ("number", "text") else "")
            self.layout_.addRow(label, widget)
            error = QLabel(self)
            error.setStyleSheet("color: #c5221f;")
            error.setWordWrap(True)
            self.layout_.addRow("", error)
            self.layout_.setRowVisible(error, False)
            self.error_labels[name] = error
        # deadline_text problems show on the deadline field.
        self.error_labels["deadline_text"] = self.error_labels["deadline"]

        for line in (
            self.number,
            self.progress,
            self.lead_leader,
            self.lead_unit,
            self.cooperating_units,
            self.responsible_person,
            self.remarks,
            self.deadline.line,
            self.completion_date.line,
        ):
            line.textEdited.connect(self._on_edit)
            line.installEventFilter(self)
        self.deadline.line.textChanged.connect(self._on_edit)
        self.completion_date.line.textChanged.connect(self._on_edit)
        self.text.textChanged.connect(self._on_edit)
        self.goal.textChanged.connect(self._on_edit)
        self.status.currentIndexChanged.connect(self._on_edit)
        self.category.currentIndexChanged.connect(self._on_edit)
        self.long_term.toggled.connect(self._on_edit)

    # ---------------------------------------------------------------- showing
    def set_completions(self, units: Sequence[str], leaders: Sequence[str]) -> None:
        set_words(self.unit_completer, units)
        set_words(self.leader_completer, leaders)

    def set_categories(self, categories: Sequence[CategoryRecord]) -> None:
        self._loading = True
        current = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("（无类别）"), None)
        for text, cid in _category_items(categories):
            self.category.addItem(text, cid)
        self.category.setCurrentIndex(max(0, self.category.findData(current)) if current else 0)
        self._loading = False

    def set_draft(self, draft: IssueDraft) -> None:
        """Show a draft (an issue record is a draft too); clears problems and dirtiness."""
        self._loading = True
        try:
            self._original = draft
            r = draft.responsibility
            self.number.setText(draft.number)
            index = self.category.findData(draft.category_id) if draft.category_id else 0
            self.category.setCurrentIndex(max(index, 0))
            self.text.setPlainText(draft.text)
            self.status.setCurrentIndex(max(0, self.status.findData(draft.status.value)))
            self.long_term.setChecked(draft.long_term)
            self.progress.setText(draft.progress)
            self.goal.setPlainText(draft.goal)
            self.lead_leader.setText(r.lead_leader)
            self.lead_unit.setText(r.lead_unit)
            self.cooperating_units.setText("、".join(r.cooperating_units))
            self.responsible_person.setText(r.responsible_person)
            self.deadline.set_reading(r.deadline, r.deadline_rule, r.deadline_text)
            self._original_deadline_shown = self.deadline.text()
            self.completion_date.set_date(draft.completion_date)
            self.remarks.setText(draft.remarks)
            for line in (self.number, self.progress, self.lead_leader, self.lead_unit):
                line.setCursorPosition(0)
        finally:
            self._loading = False
        try:
            # What the form reads back before any edit: dirtiness is measured against
            # this, so trimming stored text never counts as an edit.
            self._baseline = self.draft()
        except DateError:
            self._baseline = None
        self.show_problems([])

    def clear_form(self) -> None:
        self.set_draft(IssueDraft(number="", text=""))
        self._original = None

    # ---------------------------------------------------------------- reading
    def is_dirty(self) -> bool:
        """Whether the fields differ from the draft last shown."""
        if self._original is None:
            return False
        try:
            return self.draft() != self._baseline
        except DateError:
            return True

    def draft(self, *, lenient: bool = False) -> IssueDraft:
        """The draft the fields describe. Raises DateError for an unreadable date, or
        with ``lenient`` leaves such a date out (to validate the other fields)."""
        base = self._original or IssueDraft(number="", text="")
        r = base.responsibility
        if self.deadline.text() == self._original_deadline_shown:
            deadline, rule, deadline_text = r.deadline, r.deadline_rule, r.deadline_text
        else:
            try:
                reading = self.deadline.reading()
            except DateError:
                if not lenient:
                    raise
                reading = None
            if reading is None:
                deadline, rule, deadline_text = None, None, ""
            else:
                deadline, rule = reading.date, reading.rule
                deadline_text = (
                    labels.format_date(reading.date)
                    if reading.date
                    else labels.rule_label(reading.rule)
                    if reading.rule
                    else reading.text
                )
        category = self.category.currentData()
        return IssueDraft(
            number=self.number.text().strip(),
            text=self.text.toPlainText().strip(),
            category_id=CategoryId(int(category)) if category is not None else None,
            status=Status(self.status.currentData()),
            long_term=self.long_term.isChecked(),
            progress=self.progress.text().strip(),
            goal=self.goal.toPlainText().strip(),
            responsibility=Responsibility(
                lead_leader=self.lead_leader.text().strip(),
                lead_unit=self.lead_unit.text().strip(),
                cooperating_units=split_units(self.cooperating_units.text()),
                responsible_person=self.responsible_person.text().strip(),
                deadline=deadline,
                deadline_rule=rule,
                deadline_text=deadline_text,
            ),
            completion_date=(
                None
                if lenient and self.completion_date.error_code() is not None
                else self.completion_date.date_value()
            ),
            remarks=self.remarks.text().strip(),
        )

    def problems(self) -> list[Problem]:
        """Every problem of the fields: unreadable dates and ``validate_issue``'s."""
        found: list[Problem] = []
        for name, widget in (
            ("deadline", self.deadline),
            ("completion_date", self.completion_date),
        ):
            code = widget.error_code()
            if code is not None:
                found.append(Problem(code=_DATE_CODES[code], field=name, value=widget.text()))
        return found + validate_issue(self.draft(lenient=True))

    def validate(self) -> bool:
        """Show the problems on their fields; True when nothing blocks a save."""
        problems = self.problems()
        self.show_problems(problems)
        return not any(p.blocking for p in problems)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for p in problems:
            field = p.field if p.field in self.error_labels else "text"
            by_field.setdefault(field, []).append(labels.problem_text(p))
        for name, error in self.error_labels.items():
            if name == "deadline_text":
                continue
            messages = by_field.get(name, []) + (
                by_field.get("deadline_text", []) if name == "deadline" else []
            )
            error.setText("；".join(messages))
            self.layout_.setRowVisible(error, bool(messages))
            widget = self.fields[name]
            target = widget.line if isinstance(widget, DateEdit) else widget
            target.setStyleSheet(INVALID_STYLE if messages else "")
            target.setToolTip("；".join(messages))

    def error_text(self, field: str) -> str:
        """The problem shown under a field ("" when none)."""
        label = self.error_labels.get(field)
        return label.text() if label is not None and self.layout_.isRowVisible(label) else ""

    # ---------------------------------------------------------------- reacting
    def _on_edit(self, *_args: object) -> None:
        if self._loading:
            return
        # Live validation: a field shows its problem as soon as it has one, and the
        # mark goes away as soon as it is fixed.
        self.show_problems(self.problems())
        self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and isinstance(watched, QLineEdit)
        ):
            completer = watched.completer()
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible():
                return False
            self.focusNextChild()
            return True
        return super().eventFilter(watched, event)
