"""The steps of signing an issue off (对账销号): 申请销号, 审核 同意 or 退回, and 重新打开
（回头看）. One dialog, four shapes; it checks what the domain's rules check and hands
back values, which the tab turns into an undo command.

申请销号 lists the conditions (every measure finished, at least one evidence file) and
whether they are met. When they are not, OK is refused with a message naming the open
measures and the missing evidence, unless the user ticks the override and gives a
reason, which then goes on record with the application."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
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
from desktop.domain.problems import Code, Problem
from desktop.domain.records import IssueRecord, MeasureRecord
from desktop.domain.rules import check_text
from desktop.domain.status import Status
from desktop.domain.supervision import (
    SignOffState,
    SignOffStep,
    application_problems,
    reopen_problems,
    review_problems,
)
from desktop.ui import labels
from desktop.ui import supervision_labels as sl
from desktop.ui.widgets.date_edit import DateEdit
from desktop.ui.widgets.issue_form import INVALID_STYLE

ERROR_STYLE = "color: #c5221f;"
MET_STYLE = "color: #1e6b34;"
# The conditions of an application; the rest (already pending, already closed) are
# steps out of turn.
_CONDITIONS = (Code.MEASURES_OPEN, Code.NOT_DONE, Code.NO_EVIDENCE)


@dataclass(frozen=True)
class SignOffValues:
    """What the dialog hands back."""

    on: date
    person: str
    opinion: str
    override_reason: str = ""
    status: Status = Status.IN_PROGRESS


class SignOffDialog(QDialog):
    """One sign-off step for one issue: its date (not before the last step), who
    takes it (the operator by default) and the opinion or reason (required for 退回
    and 重新打开). 申请销号 adds the conditions and the override; 重新打开 the status the
    issue resumes."""

    def __init__(
        self,
        step: SignOffStep,
        issue: IssueRecord,
        measures: Sequence[MeasureRecord],
        evidence_count: int,
        state: SignOffState,
        last_date: date | None,
        operator: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.step = step
        self.issue = issue
        self.measures = list(measures)
        self.evidence_count = evidence_count
        self.state = state
        self.last_date = last_date
        titles = {
            SignOffStep.APPLY: self.tr("申请销号"),
            SignOffStep.APPROVE: self.tr("审核同意销号"),
            SignOffStep.RETURN: self.tr("退回销号申请"),
            SignOffStep.REOPEN: self.tr("重新打开问题（回头看）"),
        }
        self.setWindowTitle(titles[step])
        text = " ".join(issue.text.split())
        head = QLabel(
            self.tr("问题 {number}：{text}").format(
                number=issue.number, text=text[:80] + ("…" if len(text) > 80 else "")
            ),
            self,
        )
        head.setTextFormat(Qt.TextFormat.PlainText)
        head.setWordWrap(True)
        self.on = DateEdit(self)
        self.on.set_date(max(date.today(), last_date) if last_date else date.today())
        self.person = QLineEdit(operator, self)
        self.opinion = QPlainTextEdit(self)
        self.opinion.setTabChangesFocus(True)
        self.opinion.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.conditions = QLabel(self)
        self.conditions.setWordWrap(True)
        self.conditions.setTextFormat(Qt.TextFormat.RichText)
        self.override = QCheckBox(self.tr("条件未满足，仍然申请（须说明理由）"), self)
        self.override_reason = QPlainTextEdit(self)
        self.override_reason.setTabChangesFocus(True)
        self.override_reason.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.override_reason.setPlaceholderText(self.tr("如：措施属长期坚持事项，阶段性任务已完成"))
        self.status = QComboBox(self)
        for status in Status:
            if not status.is_finished:
                self.status.addItem(labels.status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(Status.IN_PROGRESS.value))
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if step is SignOffStep.APPLY:
            form.addRow(self.tr("销号条件"), self.conditions)
            form.addRow("", self.override)
            form.addRow(self.tr("申请理由"), self.override_reason)
            form.addRow(self.tr("申请日期"), self.on)
            form.addRow(self.tr("申请人"), self.person)
            form.addRow(self.tr("申请说明"), self.opinion)
            self.opinion.setPlaceholderText(self.tr("可简要说明整改完成情况"))
            self._show_conditions()
        else:
            self.override.hide()
            self.override_reason.hide()
            self.conditions.hide()
            date_label = self.tr("审核日期") if step is not SignOffStep.REOPEN else self.tr("日期")
            person_label = (
                self.tr("审核人") if step is not SignOffStep.REOPEN else self.tr("经办人")
            )
            form.addRow(date_label, self.on)
            form.addRow(person_label, self.person)
            if step is SignOffStep.APPROVE:
                form.addRow(self.tr("审核意见"), self.opinion)
                self.opinion.setPlaceholderText(self.tr("可填写审核意见"))
            elif step is SignOffStep.RETURN:
                form.addRow(self.tr("退回理由*"), self.opinion)
                self.opinion.setPlaceholderText(self.tr("请说明退回的理由和需要补充的内容"))
            else:
                form.addRow(self.tr("重新打开理由*"), self.opinion)
                form.addRow(self.tr("重新打开后的状态"), self.status)
                self.opinion.setPlaceholderText(self.tr("如：巡察“回头看”发现问题反弹"))
        if step is not SignOffStep.REOPEN:
            self.status.hide()
        self.override.toggled.connect(self.override_reason.setEnabled)
        self.override.toggled.connect(lambda _on: self.error.hide())
        self.override_reason.setEnabled(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok_texts = {
            SignOffStep.APPLY: self.tr("申请销号"),
            SignOffStep.APPROVE: self.tr("同意销号"),
            SignOffStep.RETURN: self.tr("退回"),
            SignOffStep.REOPEN: self.tr("重新打开"),
        }
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_texts[step])
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.opinion.setFocus()

    # ------------------------------------------------------------------ conditions
    def unmet_conditions(self) -> list[Problem]:
        """The conditions of an application that are not met (empty when all are)."""
        return [
            p
            for p in application_problems(
                self.issue, self.measures, self.evidence_count, SignOffState.NONE
            )
            if p.code in _CONDITIONS
        ]

    def _show_conditions(self) -> None:
        unmet = self.unmet_conditions()
        done = sum(1 for m in self.measures if m.status.is_finished)
        lines: list[str] = []
        if not any(p.code in (Code.MEASURES_OPEN, Code.NOT_DONE) for p in unmet):
            lines.append(
                self.tr("✓ 整改措施已全部完成（{done}/{total}）").format(
                    done=done, total=len(self.measures)
                )
                if self.measures
                else self.tr("✓ 问题已完成")
            )
        if self.evidence_count > 0:
            lines.append(self.tr("✓ 佐证材料 {count} 份").format(count=self.evidence_count))
        # Met conditions in green, unmet ones in red, one per line.
        met = [f'<span style="{MET_STYLE}">{html.escape(line)}</span>' for line in lines]
        unmet_lines = [
            f'<span style="{ERROR_STYLE}">✗ {html.escape(p.message or labels.problem_text(p))}'
            "</span>"
            for p in unmet
        ]
        self.conditions.setText("<br>".join(met + unmet_lines))
        # The override is offered only when it is needed.
        self._set_row_visible(self.override, bool(unmet))
        self._set_row_visible(self.override_reason, bool(unmet))

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        for form in self.findChildren(QFormLayout):
            label = form.labelForField(field)
            if label is not None:
                label.setVisible(visible)
        field.setVisible(visible)

    # ---------------------------------------------------------------------- values
    def values(self) -> SignOffValues:
        try:
            on = self.on.date_value() or date.today()
        except DateError:
            on = date.today()
        override = (
            self.override_reason.toPlainText().strip()
            if self.step is SignOffStep.APPLY and self.override.isChecked()
            else ""
        )
        return SignOffValues(
            on=on,
            person=self.person.text().strip(),
            opinion=self.opinion.toPlainText().strip(),
            override_reason=override,
            status=Status(self.status.currentData()),
        )

    def problems(self) -> list[str]:
        """Everything that stops this step, as lines to show."""
        self.on.line.setStyleSheet("")
        self.opinion.setStyleSheet("")
        self.override_reason.setStyleSheet("")
        lines: list[str] = []
        try:
            on = self.on.date_value()
        except DateError:
            on = None
        if on is None:
            self.on.line.setStyleSheet(INVALID_STYLE)
            lines.append(self.tr("请填写正确的日期，如 2023年1月11日。"))
        elif self.last_date is not None and on < self.last_date:
            self.on.line.setStyleSheet(INVALID_STYLE)
            lines.append(
                self.tr("日期早于上一步（{date}）。").format(
                    date=labels.format_date(self.last_date)
                )
            )
        v = self.values()
        problems: list[Problem] = check_text("person", self.person.text())
        if self.step is SignOffStep.APPLY:
            problems += check_text("opinion", self.opinion.toPlainText())
            if self.override.isChecked() and not v.override_reason:
                self.override_reason.setStyleSheet(INVALID_STYLE)
                lines.append(self.tr("勾选“仍然申请”时，请填写申请理由。"))
            application = application_problems(
                self.issue, self.measures, self.evidence_count, self.state, v.override_reason
            )
            unmet = [p for p in application if p.blocking and p.code in _CONDITIONS]
            if unmet and not (self.override.isChecked() and not v.override_reason):
                lines.append(
                    self.tr(
                        "不能申请销号：{reasons}。如确需申请，请勾选“仍然申请”并说明理由。"
                    ).format(reasons="；".join(p.message or labels.problem_text(p) for p in unmet))
                )
            problems += [p for p in application if p.code not in _CONDITIONS]
        elif self.step is SignOffStep.REOPEN:
            problems += reopen_problems(self.issue.status, self.opinion.toPlainText())
        else:
            problems += review_problems(self.state, self.step, self.opinion.toPlainText())
        blocking = [p for p in problems if p.blocking]
        if any(p.field == "opinion" for p in blocking):
            self.opinion.setStyleSheet(INVALID_STYLE)
        if any(p.field == "opinion" and p.code is Code.REQUIRED for p in blocking):
            # Say which reason is missing rather than "opinion: required".
            blocking = [p for p in blocking if p.field != "opinion" or p.code is not Code.REQUIRED]
            lines.append(
                self.tr("请填写退回的理由。")
                if self.step is SignOffStep.RETURN
                else self.tr("请填写重新打开的理由。")
            )
        return lines + [sl.problem_line(p) for p in blocking]

    def accept(self) -> None:
        lines = self.problems()
        if lines:
            self.error.setText("\n".join(lines))
            self.error.show()
            return
        super().accept()


__all__ = ["SignOffDialog", "SignOffValues"]
