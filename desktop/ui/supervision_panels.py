"""The detail pane's supervision tabs as widgets: 整改进展, 佐证材料, 延期, 销号 and
整改成效. They show the records they are given and emit requests; the controller in
``supervision_tabs.py`` loads them and turns requests into undo commands, so nothing
here writes to the ledger."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import DateError
from desktop.domain.records import IssueRecord, MeasureId, MeasureRecord
from desktop.domain.status import Status
from desktop.domain.supervision import (
    AccountabilityKind,
    Decision,
    EvidenceRecord,
    FundsKind,
    OutcomeRecord,
    OutcomeTotals,
    PostponementRecord,
    ProgressNoteDraft,
    ProgressNoteRecord,
    SignOffRecord,
    SignOffState,
)
from desktop.domain.texts import listed
from desktop.services.evidence_store import FileState
from desktop.ui import labels
from desktop.ui import supervision_labels as sl
from desktop.ui.models.progress_note_model import ProgressNoteModel
from desktop.ui.models.record_table_model import RecordTableModel
from desktop.ui.models.supervision_models import (
    EvidenceModel,
    OutcomeModel,
    PostponementModel,
    SignOffModel,
)
from desktop.ui.widgets.date_edit import DateEdit
from desktop.ui.widgets.issue_form import INVALID_STYLE
from desktop.ui.widgets.tables import setup_table

ERROR_STYLE = "color: #c5221f;"
HINT_STYLE = "color: palette(mid);"


def _table(parent: QWidget, model: RecordTableModel[Any]) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    setup_table(view, model.columns)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view


def _current(view: QTableView, model: RecordTableModel[Any]) -> object | None:
    index = view.currentIndex()
    rows = model.records()
    return rows[index.row()] if index.isValid() and 0 <= index.row() < len(rows) else None


def _buttons(*widgets: QWidget, stretch_first: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    if stretch_first:
        row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    if not stretch_first:
        row.addStretch(1)
    return row


def measure_choices(
    combo: QComboBox, measures: Sequence[MeasureRecord], whole: str, *, first: str = ""
) -> None:
    """Fill a combo with the issue as a whole (data None) and its measures (their id),
    keeping the current choice when it is still there; ``first`` adds an entry with
    data -1 on top (全部)."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        if first:
            combo.addItem(first, -1)
        combo.addItem(whole, None)
        for m in measures:
            text = " ".join(m.text.split())
            combo.addItem(
                QCoreApplication.translate("SupervisionPanels", "措施 {seq}：{text}").format(
                    seq=m.seq, text=text[:18] + ("…" if len(text) > 18 else "")
                ),
                int(m.id),
            )
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(0, index))
    finally:
        combo.blockSignals(False)


# ------------------------------------------------------------------ progress notes
class ProgressTab(QWidget):
    """整改进展: the issue's progress notes (its measures' included), newest first,
    shown all or for one measure; a form adds a note for the issue or a measure.

    Signals:
        add_requested(object): a ProgressNoteDraft to add.
        delete_requested(int): the id of the note to delete.
    """

    add_requested = Signal(object)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes: list[ProgressNoteRecord] = []
        self.show_only = QComboBox(self)
        self.model = ProgressNoteModel(self)
        self.view = _table(self, self.model)
        self.delete_button = QPushButton(self.tr("删除进展"), self)
        self.delete_button.clicked.connect(self._delete_current)
        self.date = DateEdit(self)
        self.measure = QComboBox(self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("本期整改进展情况"))
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.reporter = QLineEdit(self)
        self.next_step = QLineEdit(self)
        self.next_step.setPlaceholderText(self.tr("下一步打算做什么"))
        self.difficulties = QLineEdit(self)
        self.difficulties.setPlaceholderText(self.tr("遇到的困难、需要协调的事项"))
        self.add_button = QPushButton(self.tr("添加进展"), self)
        self.add_button.clicked.connect(self.submit)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("显示"), self))
        top.addWidget(self.show_only, 1)
        top.addWidget(self.delete_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("日期"), self.date)
        form.addRow(self.tr("对应措施"), self.measure)
        form.addRow(labels.field_label("progress") + "*", self.text)
        form.addRow(self.tr("下一步计划"), self.next_step)
        form.addRow(self.tr("困难和问题"), self.difficulties)
        form.addRow(self.tr("报告人"), self.reporter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(_buttons(self.add_button, stretch_first=True))
        self.show_only.currentIndexChanged.connect(self._filter)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.reset_form()

    def set_notes(
        self, notes: Sequence[ProgressNoteRecord], measures: Sequence[MeasureRecord], operator: str
    ) -> None:
        self.notes = list(notes)
        self.model.set_measure_numbers({int(m.id): m.seq for m in measures})
        measure_choices(self.show_only, measures, self.tr("问题整体"), first=self.tr("全部进展"))
        measure_choices(self.measure, measures, self.tr("问题整体"))
        self.reporter.setPlaceholderText(
            self.tr("默认为操作人：{name}").format(name=operator) if operator else ""
        )
        self._filter()

    def _filter(self, *_args: object) -> None:
        chosen = self.show_only.currentData()
        if chosen == -1 or self.show_only.currentIndex() < 0:
            shown = self.notes
        else:
            shown = [n for n in self.notes if n.measure_id == chosen]
        self.model.set_records(shown)

    def current_note(self) -> ProgressNoteRecord | None:
        note = _current(self.view, self.model)
        return note if isinstance(note, ProgressNoteRecord) else None

    def _delete_current(self) -> None:
        note = self.current_note()
        if note is not None:
            self.delete_requested.emit(int(note.id))

    def _update_buttons(self, *_args: object) -> None:
        self.delete_button.setEnabled(self.current_note() is not None)

    def reset_form(self) -> None:
        """Empty the form for the next note (the date back to today)."""
        self.date.set_date(date.today())
        for box in (self.next_step, self.difficulties):
            box.clear()
        self.text.clear()
        self.error.hide()
        self.text.setStyleSheet("")
        self.date.line.setStyleSheet("")

    def submit(self) -> None:
        """Check the form and emit ``add_requested`` with a draft."""
        self.error.hide()
        self.text.setStyleSheet("")
        self.date.line.setStyleSheet("")
        try:
            day = self.date.date_value()
        except DateError:
            day = None
        if day is None:
            self.date.line.setStyleSheet(INVALID_STYLE)
            self.error.setText(self.tr("请填写正确的日期，如 2023年1月11日。"))
            self.error.show()
            return
        text = self.text.toPlainText().strip()
        if not text:
            self.text.setStyleSheet(INVALID_STYLE)
            self.error.setText(self.tr("请填写进展情况。"))
            self.error.show()
            return
        measure = self.measure.currentData()
        self.add_requested.emit(
            ProgressNoteDraft(
                date=day,
                text=text,
                reporter=self.reporter.text().strip(),
                next_step=self.next_step.text().strip(),
                difficulties=self.difficulties.text().strip(),
                measure_id=MeasureId(int(measure)) if measure is not None else None,
            )
        )


# ------------------------------------------------------------------------ evidence
class EvidenceView(QTableView):
    """The evidence list; files dropped on it (from the file manager) are attached.

    Signals:
        files_dropped(list): the local paths (str) of the files dropped.
    """

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(False)

    @staticmethod
    def _local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
        data = event.mimeData()
        if data is None or not data.hasUrls():
            return []
        return [url.toLocalFile() for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._local_files(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._local_files(event)
        if not files:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.files_dropped.emit(files)


class EvidenceTab(QWidget):
    """佐证材料: the files kept as proof for the issue and its measures, with title,
    date, original name, size and, once checked, whether each file is intact.

    Signals:
        files_chosen(list, object): paths (str) to attach, and the measure id (or
            None for the issue) chosen in 附到.
        choose_requested(): 添加文件… (the controller asks for the files).
        open_requested(int), rename_requested(int), remove_requested(int): the
            evidence id.
        verify_requested(): 核验文件.
        export_requested(): 导出销号材料包….
    """

    files_chosen = Signal(list, object)
    choose_requested = Signal()
    open_requested = Signal(int)
    rename_requested = Signal(int)
    remove_requested = Signal(int)
    verify_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EvidenceModel(self)
        self.view = EvidenceView(self)
        self.view.setModel(self.model)
        setup_table(self.view, self.model.columns)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.files_dropped.connect(self._dropped)
        self.view.doubleClicked.connect(lambda _index: self._emit_current(self.open_requested))
        self.target = QComboBox(self)
        self.choose_button = QPushButton(self.tr("添加文件…"), self)
        self.choose_button.clicked.connect(self.choose_requested)
        self.open_button = QPushButton(self.tr("打开"), self)
        self.rename_button = QPushButton(self.tr("重命名…"), self)
        self.remove_button = QPushButton(self.tr("删除"), self)
        self.verify_button = QPushButton(self.tr("核验文件"), self)
        self.verify_button.setToolTip(self.tr("检查每份材料的文件是否还在材料库中、内容是否被改动"))
        self.export_button = QPushButton(self.tr("导出销号材料包…"), self)
        self.export_button.setToolTip(
            self.tr("把本问题的全部佐证材料和一份材料目录导出为一个 zip 文件")
        )
        self.open_button.clicked.connect(lambda: self._emit_current(self.open_requested))
        self.rename_button.clicked.connect(lambda: self._emit_current(self.rename_requested))
        self.remove_button.clicked.connect(lambda: self._emit_current(self.remove_requested))
        self.verify_button.clicked.connect(self.verify_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.hint = QLabel(
            self.tr("把文件拖到列表中即可添加（会复制一份保存在台账旁的材料库中）。"), self
        )
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("附到"), self))
        top.addWidget(self.target, 1)
        top.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addLayout(_buttons(self.open_button, self.rename_button, self.remove_button))
        layout.addLayout(_buttons(self.verify_button, self.export_button))
        layout.addWidget(self.hint)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def set_in_database(self, in_database: bool) -> None:
        """Say where an added file is kept: beside a ledger file, or in the database of
        a ledger on a server."""
        if in_database:
            self.hint.setText(
                self.tr(
                    "把文件拖到列表中即可添加（会复制一份保存在台账服务器的数据库中，各用户都能看到）。"
                )
            )
        else:
            self.hint.setText(
                self.tr("把文件拖到列表中即可添加（会复制一份保存在台账旁的材料库中）。")
            )

    def set_evidence(
        self,
        records: Sequence[EvidenceRecord],
        measures: Sequence[MeasureRecord],
        states: dict[int, FileState],
    ) -> None:
        current = self.current_evidence()
        self.model.set_measure_numbers({int(m.id): m.seq for m in measures})
        self.model.states.clear()
        self.model.states.update(states)
        self.model.set_records(records)
        measure_choices(self.target, measures, self.tr("问题整体"))
        if current is not None:
            for row, record in enumerate(self.model.records()):
                if record.id == current.id:
                    self.view.setCurrentIndex(self.model.index(row, 0))
        self.show_summary()

    def set_states(self, states: dict[int, FileState]) -> None:
        self.model.set_states(states)
        self.show_summary()

    def show_summary(self) -> None:
        records: list[EvidenceRecord] = self.model.records()
        if not records:
            self.summary.setText(self.tr("尚无佐证材料。"))
            self.summary.setStyleSheet(HINT_STYLE)
            return
        text = self.tr("共 {count} 份，{size}").format(
            count=len(records), size=sl.size_text(sum(r.size for r in records))
        )
        states = self.model.states
        missing = sum(1 for r in records if states.get(r.id) is FileState.MISSING)
        altered = sum(1 for r in records if states.get(r.id) is FileState.ALTERED)
        if missing:
            text += self.tr("；{n} 份文件缺失").format(n=missing)
        if altered:
            text += self.tr("；{n} 份文件内容已被改动").format(n=altered)
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE if missing or altered else "")

    def current_evidence(self) -> EvidenceRecord | None:
        record = _current(self.view, self.model)
        return record if isinstance(record, EvidenceRecord) else None

    def chosen_measure(self) -> MeasureId | None:
        data = self.target.currentData()
        return MeasureId(int(data)) if data is not None else None

    def _dropped(self, files: list[str]) -> None:
        self.files_chosen.emit(files, self.chosen_measure())

    def _emit_current(self, signal: SignalInstance) -> None:
        record = self.current_evidence()
        if record is not None:
            signal.emit(int(record.id))

    def set_busy(self, busy: bool) -> None:
        """While files are being copied: no second drop, no other action."""
        self.view.setAcceptDrops(not busy)
        self.choose_button.setEnabled(not busy)
        self._update_buttons()
        if busy:
            for button in (self.open_button, self.rename_button, self.remove_button):
                button.setEnabled(False)
            self.export_button.setEnabled(False)
            self.verify_button.setEnabled(False)

    def _update_buttons(self, *_args: object) -> None:
        has = self.current_evidence() is not None
        for button in (self.open_button, self.rename_button, self.remove_button):
            button.setEnabled(has)
        any_files = self.model.rowCount() > 0
        self.verify_button.setEnabled(any_files)
        self.export_button.setEnabled(any_files)


# -------------------------------------------------------------------- postponement
class PostponementTab(QWidget):
    """延期: the requests to extend the issue's or its measures' deadlines, in the
    order made, both dates kept; request one, approve or refuse a pending one.

    Signals:
        request_requested(): 申请延期….
        approve_requested(int), refuse_requested(int): the request's id.
    """

    request_requested = Signal()
    approve_requested = Signal(int)
    refuse_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = QLabel(self)
        self.current.setWordWrap(True)
        self.model = PostponementModel(self)
        self.view = _table(self, self.model)
        self.request_button = QPushButton(self.tr("申请延期…"), self)
        self.approve_button = QPushButton(self.tr("批准…"), self)
        self.refuse_button = QPushButton(self.tr("不批准…"), self)
        self.request_button.clicked.connect(self.request_requested)
        self.approve_button.clicked.connect(lambda: self._emit_current(self.approve_requested))
        self.refuse_button.clicked.connect(lambda: self._emit_current(self.refuse_requested))
        self.hint = QLabel(
            self.tr("申请后状态变为“申请延期”；批准后时限改为新日期，不批准则恢复原状态。"),
            self,
        )
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.view, 1)
        layout.addLayout(_buttons(self.request_button, self.approve_button, self.refuse_button))
        layout.addWidget(self.hint)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def set_postponements(
        self,
        issue: IssueRecord | None,
        records: Sequence[PostponementRecord],
        measures: Sequence[MeasureRecord],
    ) -> None:
        self.model.set_measure_numbers({int(m.id): m.seq for m in measures})
        self.model.set_records(records)
        pending = [i for i, r in enumerate(records) if r.decision is Decision.PENDING]
        if pending:
            self.view.setCurrentIndex(self.model.index(pending[-1], 0))
        if issue is None:
            self.current.clear()
            return
        approved = sum(1 for r in records if r.decision is Decision.APPROVED)
        self.current.setText(
            self.tr("整改时限：{deadline}　状态：{status}　已批准延期 {count} 次").format(
                deadline=labels.deadline_text(issue.responsibility) or self.tr("未定"),
                status=labels.status_text(issue.status, issue.long_term),
                count=approved,
            )
        )

    def current_request(self) -> PostponementRecord | None:
        record = _current(self.view, self.model)
        return record if isinstance(record, PostponementRecord) else None

    def _emit_current(self, signal: SignalInstance) -> None:
        record = self.current_request()
        if record is not None:
            signal.emit(int(record.id))

    def _update_buttons(self, *_args: object) -> None:
        record = self.current_request()
        pending = record is not None and record.decision is Decision.PENDING
        self.approve_button.setEnabled(pending)
        self.refuse_button.setEnabled(pending)


# ------------------------------------------------------------------------ sign-off
class SignOffTab(QWidget):
    """销号: where the issue's sign-off stands, whether the conditions are met, and
    every step taken with who and when; the buttons offer the steps that fit.

    Signals:
        apply_requested(), approve_requested(), return_requested(),
        reopen_requested(): the step chosen.
    """

    apply_requested = Signal()
    approve_requested = Signal()
    return_requested = Signal()
    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state_label = QLabel(self)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.conditions = QLabel(self)
        self.conditions.setWordWrap(True)
        self.model = SignOffModel(self)
        self.view = _table(self, self.model)
        self.apply_button = QPushButton(self.tr("申请销号…"), self)
        self.approve_button = QPushButton(self.tr("同意销号…"), self)
        self.return_button = QPushButton(self.tr("退回…"), self)
        self.reopen_button = QPushButton(self.tr("重新打开（回头看）…"), self)
        self.apply_button.clicked.connect(self.apply_requested)
        self.approve_button.clicked.connect(self.approve_requested)
        self.return_button.clicked.connect(self.return_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.hint = QLabel(
            self.tr(
                "销号条件：整改措施全部完成，且至少有一份佐证材料。审核同意后问题状态变为“已销号”。"
            ),
            self,
        )
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.conditions)
        layout.addWidget(self.view, 1)
        layout.addLayout(_buttons(self.apply_button, self.approve_button, self.return_button))
        layout.addLayout(_buttons(self.reopen_button))
        layout.addWidget(self.hint)
        self.set_steps(None, [], SignOffState.NONE, [], 0)

    def set_steps(
        self,
        issue: IssueRecord | None,
        steps: Sequence[SignOffRecord],
        state: SignOffState,
        measures: Sequence[MeasureRecord],
        evidence_count: int,
    ) -> None:
        self.model.set_records(steps)
        self.state_label.setText(
            self.tr("销号状态：{state}").format(state=sl.sign_off_state_label(state))
        )
        closed = issue is not None and issue.status is Status.CLOSED
        open_measures = [m for m in measures if not m.status.is_finished]
        if issue is None:
            self.conditions.clear()
        else:
            done = len(measures) - len(open_measures)
            measure_text = (
                self.tr("整改措施已完成 {done}/{total}").format(done=done, total=len(measures))
                if measures
                else self.tr("没有整改措施")
            )
            self.conditions.setText(
                self.tr("{measures}；佐证材料 {count} 份").format(
                    measures=measure_text, count=evidence_count
                )
            )
            met = not open_measures and evidence_count > 0
            self.conditions.setStyleSheet("" if met or closed else ERROR_STYLE)
        has_issue = issue is not None
        self.apply_button.setEnabled(has_issue and not closed and state is not SignOffState.PENDING)
        self.approve_button.setEnabled(has_issue and state is SignOffState.PENDING)
        self.return_button.setEnabled(has_issue and state is SignOffState.PENDING)
        self.reopen_button.setEnabled(closed)


# ------------------------------------------------------------------------ outcomes
class OutcomeTab(QWidget):
    """整改成效: rules made or revised, people held accountable and money recovered for
    this issue, with their totals.

    Signals:
        add_requested(): 登记….
        edit_requested(int), delete_requested(int): the outcome's id.
    """

    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OutcomeModel(self)
        self.view = _table(self, self.model)
        self.view.doubleClicked.connect(lambda _index: self._emit_current(self.edit_requested))
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton(self.tr("登记成效…"), self)
        self.edit_button = QPushButton(self.tr("修改…"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit_current(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.delete_requested))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
        layout.addLayout(_buttons(self.add_button, self.edit_button, self.delete_button))
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def set_outcomes(self, records: Sequence[OutcomeRecord], totals: OutcomeTotals) -> None:
        self.model.set_records(records)
        self.totals.setText(self.totals_text(totals))

    def totals_text(self, totals: OutcomeTotals) -> str:
        """合计: rules, people by kind, money by kind (万元, three decimals)."""
        people = listed(
            self.tr("{kind} {n} 人").format(
                kind=sl.accountability_label(k), n=totals.accountability[k]
            )
            for k in AccountabilityKind
            if totals.accountability.get(k)
        )
        money = listed(
            self.tr("{kind} {amount} 万元").format(
                kind=sl.funds_label(k), amount=sl.amount_text(totals.funds[k])
            )
            for k in FundsKind
            if totals.funds.get(k)
        )
        lines = [
            self.tr("合计：建章立制 {rules} 项").format(rules=totals.rules_made),
            self.tr("问责 {n} 人").format(n=totals.people) + (f"（{people}）" if people else ""),
            self.tr("资金 {amount} 万元").format(amount=sl.amount_text(totals.funds_total))
            + (f"（{money}）" if money else ""),
        ]
        return "\n".join(lines)

    def current_outcome(self) -> OutcomeRecord | None:
        record = _current(self.view, self.model)
        return record if isinstance(record, OutcomeRecord) else None

    def _emit_current(self, signal: SignalInstance) -> None:
        record = self.current_outcome()
        if record is not None:
            signal.emit(int(record.id))

    def _update_buttons(self, *_args: object) -> None:
        has = self.current_outcome() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)


__all__ = [
    "EvidenceTab",
    "EvidenceView",
    "OutcomeTab",
    "PostponementTab",
    "ProgressTab",
    "SignOffTab",
    "measure_choices",
]
