"""新建/编辑巡察: every field of an inspection; takes and returns an InspectionDraft."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import DateError
from desktop.domain.problems import Code, Problem
from desktop.domain.records import InspectionDraft, InspectionKind
from desktop.domain.rules import validate_inspection
from desktop.ui import labels
from desktop.ui.widgets.date_edit import DateEdit
from desktop.ui.widgets.issue_form import INVALID_STYLE

_DATE_FIELDS = (
    "start",
    "end",
    "feedback_date",
    "rectification_start",
    "rectification_end",
    "notice_date",
)


class InspectionDialog(QDialog):
    """The fields of one inspection (team, inspected unit, kind, the dates of the
    inspection, feedback and concentrated rectification, issuer, contact, remarks).
    Problems show under their fields; OK is refused while any blocks."""

    def __init__(self, draft: InspectionDraft | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("巡察信息") if draft else self.tr("新建巡察"))
        self.title = QLineEdit(self)
        self.inspector = QLineEdit(self)
        self.inspector.setPlaceholderText(self.tr("如：市委第七巡察组"))
        self.inspected_unit = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in InspectionKind:
            self.kind.addItem(labels.kind_label(kind), kind.value)
        self.dates: dict[str, DateEdit] = {name: DateEdit(self) for name in _DATE_FIELDS}
        self.issuer = QLineEdit(self)
        self.contact = QLineEdit(self)
        self.remarks = QPlainTextEdit(self)
        self.remarks.setTabChangesFocus(True)
        self.remarks.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.form = form
        rows: list[tuple[str, QWidget]] = [
            ("title", self.title),
            ("inspector", self.inspector),
            ("inspected_unit", self.inspected_unit),
            ("kind", self.kind),
            *((name, self.dates[name]) for name in _DATE_FIELDS),
            ("issuer", self.issuer),
            ("contact", self.contact),
            ("remarks", self.remarks),
        ]
        self.widgets = dict(rows)
        for name, widget in rows:
            form.addRow(labels.field_label(name) + ("*" if name == "title" else ""), widget)
            error = QLabel(self)
            error.setStyleSheet("color: #c5221f;")
            form.addRow("", error)
            form.setRowVisible(error, False)
            self.errors[name] = error
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        if draft is not None:
            self.set_draft(draft)

    def set_draft(self, draft: InspectionDraft) -> None:
        self.title.setText(draft.title)
        self.inspector.setText(draft.inspector)
        self.inspected_unit.setText(draft.inspected_unit)
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind.value)))
        for name, widget in self.dates.items():
            widget.set_date(getattr(draft, name))
        self.issuer.setText(draft.issuer)
        self.contact.setText(draft.contact)
        self.remarks.setPlainText(draft.remarks)

    def draft(self) -> InspectionDraft:
        """The draft the fields describe (raises DateError for an unreadable date)."""
        dates = {name: widget.date_value() for name, widget in self.dates.items()}
        return InspectionDraft(
            title=self.title.text().strip(),
            inspector=self.inspector.text().strip(),
            inspected_unit=self.inspected_unit.text().strip(),
            kind=InspectionKind(self.kind.currentData()),
            issuer=self.issuer.text().strip(),
            contact=self.contact.text().strip(),
            remarks=self.remarks.toPlainText().strip(),
            **dates,
        )

    def problems(self) -> list[Problem]:
        found = [
            Problem(code=Code.UNREADABLE_DATE, field=name, value=widget.text())
            for name, widget in self.dates.items()
            if widget.error_code() is not None
        ]
        return found or validate_inspection(self.draft())

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field if p.field in self.errors else "title", []).append(
                labels.problem_text(p)
            )
        for name, error in self.errors.items():
            text = "；".join(by_field.get(name, []))
            error.setText(text)
            self.form.setRowVisible(error, bool(text))
            widget = self.widgets[name]
            target = widget.line if isinstance(widget, DateEdit) else widget
            target.setStyleSheet(INVALID_STYLE if text else "")

    def accept(self) -> None:
        try:
            problems = self.problems()
        except DateError:  # pragma: no cover - problems() checks dates first
            return
        self.show_problems(problems)
        if any(p.blocking for p in problems):
            return
        super().accept()
