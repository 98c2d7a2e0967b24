"""新增整改措施: a measure's fields; takes and returns a MeasureDraft."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
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
from desktop.domain.records import MeasureDraft, Responsibility
from desktop.domain.rules import validate_measure
from desktop.domain.status import Status
from desktop.ui import labels
from desktop.ui.widgets.completers import make_completer
from desktop.ui.widgets.date_edit import DateEdit
from desktop.ui.widgets.issue_form import INVALID_STYLE, split_units


class MeasureDialog(QDialog):
    """The fields of one measure: text, state and long-term flag, who leads, the
    deadline and the progress text. OK is refused while the text is empty or a date
    cannot be read."""

    def __init__(
        self,
        draft: MeasureDraft,
        units: Sequence[str],
        leaders: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新增整改措施"))
        self._draft = draft
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.status = QComboBox(self)
        for status in Status:
            self.status.addItem(labels.status_label(status), status.value)
        self.long_term = QCheckBox(self.tr("长期坚持"), self)
        self.lead_unit = QLineEdit(self)
        self.lead_unit.setCompleter(make_completer(units, self))
        self.cooperating_units = QLineEdit(self)
        self.lead_leader = QLineEdit(self)
        self.lead_leader.setCompleter(make_completer(leaders, self))
        self.responsible_person = QLineEdit(self)
        self.deadline = DateEdit(self, allow_rules=True)
        self.progress = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c5221f;")
        self.error.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("整改措施*"), self.text)
        form.addRow(labels.field_label("status"), self.status)
        form.addRow("", self.long_term)
        form.addRow(labels.field_label("lead_unit"), self.lead_unit)
        form.addRow(labels.field_label("cooperating_units"), self.cooperating_units)
        form.addRow(labels.field_label("lead_leader"), self.lead_leader)
        form.addRow(labels.field_label("responsible_person"), self.responsible_person)
        form.addRow(labels.field_label("deadline"), self.deadline)
        form.addRow(labels.field_label("progress"), self.progress)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self._show(draft)
        self.text.setFocus()

    def _show(self, draft: MeasureDraft) -> None:
        r = draft.responsibility
        self.text.setPlainText(draft.text)
        self.status.setCurrentIndex(max(0, self.status.findData(draft.status.value)))
        self.long_term.setChecked(draft.long_term)
        self.lead_unit.setText(r.lead_unit)
        self.cooperating_units.setText("、".join(r.cooperating_units))
        self.lead_leader.setText(r.lead_leader)
        self.responsible_person.setText(r.responsible_person)
        self.deadline.set_reading(r.deadline, r.deadline_rule, r.deadline_text)
        self.progress.setText(draft.progress)

    def draft(self) -> MeasureDraft:
        """The draft the fields describe (raises DateError for an unreadable date)."""
        reading = self.deadline.reading()
        if reading is None:
            deadline, rule, text = None, None, ""
        else:
            deadline, rule = reading.date, reading.rule
            text = (
                labels.format_date(reading.date)
                if reading.date
                else labels.rule_label(reading.rule)
                if reading.rule
                else reading.text
            )
        return MeasureDraft(
            text=self.text.toPlainText().strip(),
            status=Status(self.status.currentData()),
            long_term=self.long_term.isChecked(),
            progress=self.progress.text().strip(),
            responsibility=Responsibility(
                lead_leader=self.lead_leader.text().strip(),
                lead_unit=self.lead_unit.text().strip(),
                cooperating_units=split_units(self.cooperating_units.text()),
                responsible_person=self.responsible_person.text().strip(),
                deadline=deadline,
                deadline_rule=rule,
                deadline_text=text,
            ),
            remarks=self._draft.remarks,
        )

    def accept(self) -> None:
        self.deadline.line.setStyleSheet("")
        self.text.setStyleSheet("")
        try:
            problems = validate_measure(self.draft())
        except DateError:
            self.deadline.line.setStyleSheet(INVALID_STYLE)
            self.error.setText(self.tr("无法识别的整改时限，请写成 2023年1月11日 或 2023.1.11"))
            self.error.show()
            return
        blocking = [p for p in problems if p.blocking]
        if blocking:
            if any(p.field == "text" for p in blocking):
                self.text.setStyleSheet(INVALID_STYLE)
            self.error.setText(
                "；".join(
                    f"{labels.field_label(p.field)}：{labels.problem_text(p)}" for p in blocking
                )
            )
            self.error.show()
            return
        super().accept()
