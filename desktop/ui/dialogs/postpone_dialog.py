"""申请延期 and its decision (批准 / 不批准). The dialogs check what the domain's rules
check (a reason, a new date after the old deadline, no request already pending) and
hand back values; the tab turns them into undo commands."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

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
from desktop.domain.records import MeasureId
from desktop.domain.rules import check_text
from desktop.domain.status import Status
from desktop.domain.supervision import (
    PostponementRecord,
    decision_problems,
    postponement_problems,
)
from desktop.ui import labels
from desktop.ui import supervision_labels as sl
from desktop.ui.widgets.date_edit import DateEdit
from desktop.ui.widgets.issue_form import INVALID_STYLE

ERROR_STYLE = "color: #c5221f;"


@dataclass(frozen=True)
class PostponeTarget:
    """What a postponement can be asked for: the issue (``measure_id`` None) or one
    of its measures, with the deadline and status it has now."""

    label: str
    measure_id: MeasureId | None
    deadline: date | None
    deadline_text: str
    status: Status
    pending: bool


@dataclass(frozen=True)
class PostponeRequest:
    """The values of a filled-in request."""

    measure_id: MeasureId | None
    new_deadline: date
    reason: str
    requested_on: date
    requested_by: str


def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def _read_date(edit: DateEdit) -> date | None:
    try:
        return edit.date_value()
    except DateError:
        return None


class PostponeDialog(QDialog):
    """申请延期: for the issue or a measure, a new deadline and the reason; the
    request's date and who asks (the operator by default). OK is refused while the
    rules find a problem, all of them shown at once."""

    def __init__(
        self,
        targets: Sequence[PostponeTarget],
        operator: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("申请延期"))
        self.targets = list(targets)
        self.target = QComboBox(self)
        for t in self.targets:
            self.target.addItem(t.label)
        self.current = QLabel(self)
        self.new_deadline = DateEdit(self)
        self.reason = _text_box(self, 3)
        self.reason.setPlaceholderText(self.tr("说明不能按期完成的原因"))
        self.requested_on = DateEdit(self)
        self.requested_on.set_date(date.today())
        self.requested_by = QLineEdit(operator, self)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("延期对象"), self.target)
        form.addRow(self.tr("现在的时限"), self.current)
        form.addRow(self.tr("延期至*"), self.new_deadline)
        form.addRow(self.tr("延期理由*"), self.reason)
        form.addRow(self.tr("申请日期"), self.requested_on)
        form.addRow(self.tr("申请人"), self.requested_by)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.target.currentIndexChanged.connect(self._show_target)
        self._show_target()
        self.new_deadline.setFocus()

    def chosen(self) -> PostponeTarget:
        return self.targets[max(0, self.target.currentIndex())]

    def _show_target(self, *_args: object) -> None:
        t = self.chosen()
        deadline = labels.format_date(t.deadline) if t.deadline else t.deadline_text
        self.current.setText(
            self.tr("{deadline}（{status}）").format(
                deadline=deadline or self.tr("未定"), status=labels.status_label(t.status)
            )
        )

    def request(self) -> PostponeRequest:
        """The values entered (call after ``accept``)."""
        new = _read_date(self.new_deadline)
        on = _read_date(self.requested_on) or date.today()
        assert new is not None
        return PostponeRequest(
            measure_id=self.chosen().measure_id,
            new_deadline=new,
            reason=self.reason.toPlainText().strip(),
            requested_on=on,
            requested_by=self.requested_by.text().strip(),
        )

    def problems(self) -> list[str]:
        """Everything that stops the request, as lines to show."""
        for edit in (self.new_deadline, self.requested_on):
            edit.line.setStyleSheet("")
        self.reason.setStyleSheet("")
        lines: list[str] = []
        new = _read_date(self.new_deadline)
        on = _read_date(self.requested_on)
        if new is None:
            self.new_deadline.line.setStyleSheet(INVALID_STYLE)
            lines.append(self.tr("请填写延期后的时限，如 2023年6月30日。"))
        if on is None:
            self.requested_on.line.setStyleSheet(INVALID_STYLE)
            lines.append(self.tr("请填写正确的申请日期。"))
        t = self.chosen()
        problems: list[Problem] = postponement_problems(
            status=t.status,
            old_deadline=t.deadline,
            new_deadline=new or date.max,
            requested_on=on or date.min,
            reason=self.reason.toPlainText(),
            pending=t.pending,
        )
        problems += check_text("requested_by", self.requested_by.text())
        blocking = [p for p in problems if p.blocking]
        if any(p.field == "reason" for p in blocking):
            self.reason.setStyleSheet(INVALID_STYLE)
        if any(p.field == "reason" and p.code is Code.REQUIRED for p in blocking):
            blocking = [p for p in blocking if p.field != "reason" or p.code is not Code.REQUIRED]
            lines.append(self.tr("请填写延期理由。"))
        if any(p.field == "new_deadline" for p in blocking):
            self.new_deadline.line.setStyleSheet(INVALID_STYLE)
        return lines + [sl.problem_line(p) for p in blocking]

    def accept(self) -> None:
        lines = self.problems()
        if lines:
            self.error.setText("\n".join(lines))
            self.error.show()
            return
        super().accept()


@dataclass(frozen=True)
class PostponementDecision:
    """The values of a filled-in decision."""

    decided_on: date
    decided_by: str
    opinion: str


class PostponementDecisionDialog(QDialog):
    """批准 or 不批准 a pending request: the date, who decides (the operator by
    default) and the opinion, required when refusing."""

    def __init__(
        self,
        request: PostponementRecord,
        approve: bool,
        target: str,
        operator: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.request_record = request
        self.approve = approve
        self.setWindowTitle(self.tr("批准延期") if approve else self.tr("不批准延期"))
        summary = QLabel(
            self.tr(
                "{target}：原时限 {old}，申请延期至 {new}。\n申请人 {who}，{when}。\n理由：{reason}"
            ).format(
                target=target,
                old=labels.format_date(request.old_deadline) or self.tr("未定"),
                new=labels.format_date(request.new_deadline),
                who=request.requested_by,
                when=labels.format_date(request.requested_on),
                reason=request.reason,
            ),
            self,
        )
        summary.setWordWrap(True)
        self.decided_on = DateEdit(self)
        self.decided_on.set_date(max(date.today(), request.requested_on))
        self.decided_by = QLineEdit(operator, self)
        self.opinion = _text_box(self, 3)
        self.opinion.setPlaceholderText(
            self.tr("可填写审批意见") if approve else self.tr("请说明不批准的理由")
        )
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("审批日期"), self.decided_on)
        form.addRow(self.tr("审批人"), self.decided_by)
        form.addRow(self.tr("审批意见") if approve else self.tr("不批准理由*"), self.opinion)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("批准") if approve else self.tr("不批准")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.opinion.setFocus()

    def decision(self) -> PostponementDecision:
        return PostponementDecision(
            decided_on=_read_date(self.decided_on) or date.today(),
            decided_by=self.decided_by.text().strip(),
            opinion=self.opinion.toPlainText().strip(),
        )

    def accept(self) -> None:
        self.decided_on.line.setStyleSheet("")
        self.opinion.setStyleSheet("")
        on = _read_date(self.decided_on)
        lines: list[str] = []
        if on is None:
            self.decided_on.line.setStyleSheet(INVALID_STYLE)
            lines.append(self.tr("请填写正确的审批日期。"))
        else:
            lines += [sl.problem_line(p) for p in decision_problems(self.request_record, on)]
        opinion = check_text("opinion", self.opinion.toPlainText(), required=not self.approve)
        blocking = [p for p in opinion if p.blocking]
        if blocking:
            self.opinion.setStyleSheet(INVALID_STYLE)
            lines += [
                self.tr("请填写不批准的理由。") if p.code is Code.REQUIRED else sl.problem_line(p)
                for p in blocking
            ]
        if lines:
            self.error.setText("\n".join(lines))
            self.error.show()
            return
        super().accept()


__all__ = [
    "PostponeDialog",
    "PostponeRequest",
    "PostponeTarget",
    "PostponementDecision",
    "PostponementDecisionDialog",
]
