"""整改成效: one outcome of an issue's rectification — a rule made or revised (name,
date), people held accountable (kind, how many) or money recovered (kind, 万元 with
three decimals). Takes and returns an OutcomeDraft; checked with the domain's rules."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import DateError
from desktop.domain.supervision import (
    AccountabilityKind,
    FundsKind,
    OutcomeDraft,
    OutcomeKind,
    to_amount,
    validate_outcome,
)
from desktop.domain.text import fold_width
from desktop.ui import supervision_labels as sl
from desktop.ui.widgets.date_edit import DateEdit
from desktop.ui.widgets.issue_form import INVALID_STYLE

ERROR_STYLE = "color: #c5221f;"
_TOO_PRECISE = re.compile(r"\.\d{4,}")


class OutcomeDialog(QDialog):
    """The fields of one outcome; which ones show depends on its kind. OK is refused
    while the rules find a problem (a rule without a name, no people, an amount that
    is not a positive number of 万元 with at most three decimals)."""

    def __init__(self, draft: OutcomeDraft | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记整改成效") if draft is None else self.tr("修改整改成效"))
        self.kind = QComboBox(self)
        for kind in OutcomeKind:
            self.kind.addItem(sl.outcome_kind_label(kind), kind.value)
        self.name = QLineEdit(self)
        self.accountability = QComboBox(self)
        for a in AccountabilityKind:
            self.accountability.addItem(sl.accountability_label(a), a.value)
        self.count = QSpinBox(self)
        self.count.setRange(1, 9999)
        self.count.setSuffix(self.tr(" 人"))
        self.funds = QComboBox(self)
        for f in FundsKind:
            self.funds.addItem(sl.funds_label(f), f.value)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("如 12.345（万元，最多三位小数）"))
        self.date = DateEdit(self)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("类型"), self.kind)
        self.form.addRow(self.tr("问责方式"), self.accountability)
        self.form.addRow(self.tr("人数"), self.count)
        self.form.addRow(self.tr("资金类别"), self.funds)
        self.form.addRow(self.tr("金额（万元）*"), self.amount)
        self.name_label = QLabel(self)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.tr("日期"), self.date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.kind.currentIndexChanged.connect(self._show_kind)
        if draft is not None:
            self._show(draft)
        else:
            self.date.set_date(date.today())
        self._show_kind()

    def _show(self, draft: OutcomeDraft) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind.value)))
        self.name.setText(draft.name)
        self.date.set_date(draft.date)
        if draft.kind is OutcomeKind.ACCOUNTABILITY:
            self.accountability.setCurrentIndex(max(0, self.accountability.findData(draft.subkind)))
            self.count.setValue(max(1, draft.count))
        elif draft.kind is OutcomeKind.FUNDS:
            self.funds.setCurrentIndex(max(0, self.funds.findData(draft.subkind)))
            self.amount.setText(sl.amount_text(draft.amount).replace(",", ""))

    def current_kind(self) -> OutcomeKind:
        return OutcomeKind(self.kind.currentData())

    def _show_kind(self, *_args: object) -> None:
        kind = self.current_kind()
        people = kind is OutcomeKind.ACCOUNTABILITY
        money = kind is OutcomeKind.FUNDS
        self.form.setRowVisible(self.accountability, people)
        self.form.setRowVisible(self.count, people)
        self.form.setRowVisible(self.funds, money)
        self.form.setRowVisible(self.amount, money)
        self.name_label.setText(
            self.tr("制度名称*") if kind is OutcomeKind.RULE else self.tr("说明")
        )
        self.name.setPlaceholderText(
            self.tr("如《公务接待管理办法》（修订）")
            if kind is OutcomeKind.RULE
            else self.tr("可填写涉及人员或事项")
        )

    def _amount(self) -> Decimal | None:
        text = fold_width(self.amount.text()).strip()
        if not text or _TOO_PRECISE.search(text):
            return None
        try:
            return to_amount(text)
        except ValueError:
            return None

    def draft(self) -> OutcomeDraft:
        """The outcome the fields describe (an unreadable date is left out)."""
        kind = self.current_kind()
        try:
            day = self.date.date_value()
        except DateError:
            day = None
        if kind is OutcomeKind.ACCOUNTABILITY:
            return OutcomeDraft(
                kind,
                subkind=str(self.accountability.currentData()),
                name=self.name.text().strip(),
                count=self.count.value(),
                date=day,
            )
        if kind is OutcomeKind.FUNDS:
            return OutcomeDraft(
                kind,
                subkind=str(self.funds.currentData()),
                name=self.name.text().strip(),
                amount=self._amount(),
                date=day,
            )
        return OutcomeDraft(kind, name=self.name.text().strip(), date=day)

    def accept(self) -> None:
        for widget in (self.name, self.amount, self.date.line):
            widget.setStyleSheet("")
        lines: list[str] = []
        if self.date.error_code() is not None:
            self.date.line.setStyleSheet(INVALID_STYLE)
            lines.append(self.tr("无法识别的日期，请写成 2023年1月11日 或 2023.1.11"))
        problems = [p for p in validate_outcome(self.draft()) if p.blocking]
        for p in problems:
            if p.field == "name":
                self.name.setStyleSheet(INVALID_STYLE)
            if p.field == "amount":
                self.amount.setStyleSheet(INVALID_STYLE)
        lines += [sl.problem_line(p) for p in problems]
        if lines:
            self.error.setText("\n".join(lines))
            self.error.show()
            return
        super().accept()


__all__ = ["OutcomeDialog"]
