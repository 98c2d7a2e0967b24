"""Tables of an issue's supervision records: evidence (with the state of each stored
file), postponement requests, sign-off steps and outcomes. Read-only; the tabs turn
actions into undo commands."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop.domain.supervision import (
    Decision,
    EvidenceRecord,
    OutcomeKind,
    OutcomeRecord,
    PostponementRecord,
    SignOffRecord,
)
from desktop.services.evidence_store import FileState
from desktop.ui import labels
from desktop.ui import supervision_labels as sl
from desktop.ui.models.columns import CENTER, RIGHT, Column
from desktop.ui.models.issue_table_model import _elide, _rich_tooltip
from desktop.ui.models.record_table_model import Index, RecordTableModel

PROBLEM_TEXT = QColor("#b3261e")
PENDING_TEXT = QColor("#8a5a00")


def target_text(measure_id: int | None, seqs: Mapping[int, int]) -> str:
    """What a record belongs to: the issue as a whole, or measure N."""
    if measure_id is None:
        return QCoreApplication.translate("SupervisionModels", "问题")
    return QCoreApplication.translate("SupervisionModels", "措施 {seq}").format(
        seq=seqs.get(measure_id, "?")
    )


def file_state_text(state: FileState | None) -> str:
    if state is None:
        return ""
    texts = {
        FileState.OK: QCoreApplication.translate("SupervisionModels", "完好"),
        FileState.MISSING: QCoreApplication.translate("SupervisionModels", "文件缺失"),
        FileState.ALTERED: QCoreApplication.translate("SupervisionModels", "内容已改动"),
    }
    return texts[state]


class _SeqTableModel(RecordTableModel[Any]):
    """A record table whose columns name measures by their number (措施 2)."""

    def __init__(
        self, factory: Callable[[Mapping[int, int]], tuple[Column[Any], ...]], parent: Any
    ) -> None:
        self._seqs: dict[int, int] = {}
        self._factory = factory
        super().__init__(factory(self._seqs), parent)

    def set_measure_numbers(self, seqs: Mapping[int, int]) -> None:
        """Which measure id is measure 1, 2, … (takes effect with the next records)."""
        self._seqs.clear()
        self._seqs.update(seqs)


# ---------------------------------------------------------------------- evidence
def evidence_columns(
    seqs: Mapping[int, int], states: Mapping[int, FileState]
) -> tuple[Column[EvidenceRecord], ...]:
    # The state comes before the original name, so a narrow pane still shows it.
    return (
        Column(
            "title",
            QCoreApplication.translate("SupervisionModels", "材料名称"),
            lambda e: e.title,
            tooltip=lambda e: _rich_tooltip(f"{e.title}\n{e.original_name}"),
            width=10,
        ),
        Column(
            "date",
            QCoreApplication.translate("SupervisionModels", "日期"),
            lambda e: labels.format_date(e.date),
            sort_key=lambda e: e.date,
            align=CENTER,
            width=9,
        ),
        Column(
            "target",
            QCoreApplication.translate("SupervisionModels", "所属"),
            lambda e: target_text(e.measure_id, seqs),
            align=CENTER,
            width=4,
        ),
        Column(
            "size",
            QCoreApplication.translate("SupervisionModels", "大小"),
            lambda e: sl.size_text(e.size),
            sort_key=lambda e: e.size,
            align=RIGHT,
            width=6,
        ),
        Column(
            "state",
            QCoreApplication.translate("SupervisionModels", "文件"),
            lambda e: file_state_text(states.get(e.id)),
            tooltip=lambda e: _state_tooltip(states.get(e.id)),
            align=CENTER,
            width=5,
        ),
        Column(
            "original_name",
            QCoreApplication.translate("SupervisionModels", "原文件名"),
            lambda e: e.original_name,
            tooltip=lambda e: _rich_tooltip(e.original_name),
            width=10,
        ),
    )


def _state_tooltip(state: FileState | None) -> str:
    if state is None:
        return QCoreApplication.translate(
            "SupervisionModels", "文件在材料库中；点击“核验文件”可检查内容是否被改动"
        )
    if state is FileState.OK:
        return QCoreApplication.translate("SupervisionModels", "已核验：文件完好")
    if state is FileState.MISSING:
        return QCoreApplication.translate(
            "SupervisionModels", "材料库中找不到这个文件，可能已被移走或删除"
        )
    return QCoreApplication.translate("SupervisionModels", "文件内容与添加时不同（已被改动或损坏）")


class EvidenceModel(_SeqTableModel):
    """An issue's evidence files. ``set_states`` marks missing or altered files, which
    show in red. Roles as RecordTableModel, plus foreground."""

    def __init__(self, parent: Any = None) -> None:
        self.states: dict[int, FileState] = {}
        super().__init__(lambda seqs: evidence_columns(seqs, self.states), parent)

    def set_states(self, states: Mapping[int, FileState]) -> None:
        self.states.clear()
        self.states.update(states)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def problem_count(self) -> int:
        return sum(1 for state in self.states.values() if state is not FileState.OK)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            record = self.record_at(index.row())
            state = self.states.get(record.id) if record is not None else None
            return PROBLEM_TEXT if state not in (None, FileState.OK) else None
        return super().data(index, role)

    def record_at(self, row: int) -> EvidenceRecord | None:
        rows: list[EvidenceRecord] = self._rows
        return rows[row] if 0 <= row < len(rows) else None


# ----------------------------------------------------------------- postponements
def postponement_columns(seqs: Mapping[int, int]) -> tuple[Column[PostponementRecord], ...]:
    # The dates and the decision first: they are what a narrow pane must show.
    return (
        Column(
            "target",
            QCoreApplication.translate("SupervisionModels", "对象"),
            lambda p: target_text(p.measure_id, seqs),
            align=CENTER,
            width=4,
        ),
        Column(
            "old_deadline",
            QCoreApplication.translate("SupervisionModels", "原时限"),
            lambda p: (
                labels.format_date(p.old_deadline)
                or QCoreApplication.translate("SupervisionModels", "（无）")
            ),
            align=CENTER,
            width=9,
        ),
        Column(
            "new_deadline",
            QCoreApplication.translate("SupervisionModels", "延期至"),
            lambda p: labels.format_date(p.new_deadline),
            align=CENTER,
            width=9,
        ),
        Column(
            "decision",
            QCoreApplication.translate("SupervisionModels", "审批结果"),
            lambda p: sl.decision_label(p.decision),
            align=CENTER,
            width=4,
        ),
        Column(
            "requested_on",
            QCoreApplication.translate("SupervisionModels", "申请日期"),
            lambda p: labels.format_date(p.requested_on),
            align=CENTER,
            width=9,
        ),
        Column(
            "reason",
            QCoreApplication.translate("SupervisionModels", "延期理由"),
            lambda p: _elide(p.reason, 40),
            tooltip=lambda p: _rich_tooltip(p.reason),
            width=12,
        ),
        Column(
            "requested_by",
            QCoreApplication.translate("SupervisionModels", "申请人"),
            lambda p: p.requested_by,
            width=4,
        ),
        Column(
            "decided_on",
            QCoreApplication.translate("SupervisionModels", "审批日期"),
            lambda p: labels.format_date(p.decided_on),
            align=CENTER,
            width=9,
        ),
        Column(
            "decided_by",
            QCoreApplication.translate("SupervisionModels", "审批人"),
            lambda p: p.decided_by,
            width=4,
        ),
        Column(
            "opinion",
            QCoreApplication.translate("SupervisionModels", "审批意见"),
            lambda p: _elide(p.opinion, 40),
            tooltip=lambda p: _rich_tooltip(p.opinion),
            width=10,
        ),
    )


class PostponementModel(_SeqTableModel):
    """An issue's postponement requests in the order made, both deadlines kept;
    pending requests in amber, refused ones in red. Roles as RecordTableModel, plus
    foreground."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(postponement_columns, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            record: PostponementRecord = self._rows[index.row()]
            if self.columns[index.column()].key != "decision":
                return None
            if record.decision is Decision.PENDING:
                return PENDING_TEXT
            return PROBLEM_TEXT if record.decision is Decision.REFUSED else None
        return super().data(index, role)


# ---------------------------------------------------------------------- sign-off
def sign_off_columns() -> tuple[Column[SignOffRecord], ...]:
    return (
        Column(
            "step",
            QCoreApplication.translate("SupervisionModels", "步骤"),
            lambda s: sl.step_label(s.step),
            width=7,
        ),
        Column(
            "date",
            QCoreApplication.translate("SupervisionModels", "日期"),
            lambda s: labels.format_date(s.date),
            align=CENTER,
            width=9,
        ),
        Column(
            "person",
            QCoreApplication.translate("SupervisionModels", "经办人"),
            lambda s: s.person,
            width=6,
        ),
        Column(
            "opinion",
            QCoreApplication.translate("SupervisionModels", "意见或理由"),
            lambda s: _elide(s.opinion, 40),
            tooltip=lambda s: _rich_tooltip(s.opinion),
            width=12,
        ),
        Column(
            "override_reason",
            QCoreApplication.translate("SupervisionModels", "未满足条件时的申请理由"),
            lambda s: _elide(s.override_reason, 40),
            tooltip=lambda s: _rich_tooltip(s.override_reason),
            width=12,
        ),
    )


class SignOffModel(RecordTableModel[SignOffRecord]):
    """An issue's sign-off steps in the order taken. Roles as RecordTableModel."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(sign_off_columns(), parent)


# ---------------------------------------------------------------------- outcomes
def _outcome_figure(o: OutcomeRecord) -> str:
    if o.kind is OutcomeKind.ACCOUNTABILITY:
        return sl.people_text(o.count)
    if o.kind is OutcomeKind.FUNDS and o.amount is not None:
        return sl.yuan_text(o.amount)
    return ""


def _outcome_what(o: OutcomeRecord) -> str:
    # A rule is known by its name; people and money by their kind.
    if o.kind is OutcomeKind.RULE:
        return _elide(o.name, 40)
    return sl.subkind_label(o.kind, o.subkind)


def _outcome_note(o: OutcomeRecord) -> str:
    return "" if o.kind is OutcomeKind.RULE else _elide(o.name, 40)


def outcome_columns() -> tuple[Column[OutcomeRecord], ...]:
    return (
        Column(
            "kind",
            QCoreApplication.translate("SupervisionModels", "类型"),
            lambda o: sl.outcome_kind_label(o.kind),
            width=5,
        ),
        Column(
            "what",
            QCoreApplication.translate("SupervisionModels", "制度名称或类别"),
            _outcome_what,
            tooltip=lambda o: _rich_tooltip(o.name),
            width=12,
        ),
        Column(
            "figure",
            QCoreApplication.translate("SupervisionModels", "人数或金额"),
            _outcome_figure,
            sort_key=lambda o: (o.count, o.amount or 0),
            align=RIGHT,
            width=8,
        ),
        Column(
            "date",
            QCoreApplication.translate("SupervisionModels", "日期"),
            lambda o: labels.format_date(o.date),
            align=CENTER,
            width=9,
        ),
        Column(
            "note",
            QCoreApplication.translate("SupervisionModels", "说明"),
            _outcome_note,
            tooltip=lambda o: "" if o.kind is OutcomeKind.RULE else _rich_tooltip(o.name),
            width=12,
        ),
    )


class OutcomeModel(RecordTableModel[OutcomeRecord]):
    """An issue's outcomes: rules made, people held accountable, money recovered.
    Roles as RecordTableModel."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(outcome_columns(), parent)
