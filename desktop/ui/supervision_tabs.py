"""Supervision in the detail pane: the tabs 整改进展, 佐证材料, 延期, 销号 and 整改成效
of the selected issue, wired to :class:`SupervisionService`.

``supervision_tab_slots.install_supervision_tabs(window, detail)`` keeps the tabs' places
before 历史 and builds the controller here when they are first needed. The controller
reloads the tabs whenever the pane shows an issue (another one, or the same after a
change), asks for what an action needs (dialogs, files,
confirmations, all through ``messages``) and runs every change as an undo command
through ``window.perform`` / ``window.push``, which emit ``ledger_changed`` so that
the issue table (status, deadline, latest progress) follows.

Copying evidence files and writing a sign-off package run in a worker thread behind a
progress dialog (:class:`desktop.ui.operations.Operation`): a file may be up to 1 GB.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from desktop.domain.records import IssueRecord, MeasureId, MeasureRecord
from desktop.domain.supervision import (
    Decision,
    EvidenceId,
    EvidenceRecord,
    OutcomeId,
    OutcomeRecord,
    PostponementId,
    PostponementRecord,
    ProgressNoteDraft,
    ProgressNoteId,
    SignOffState,
    SignOffStep,
    outcome_totals,
    sign_off_state,
)
from desktop.services.evidence_store import EvidenceError, FileState
from desktop.storage.errors import LedgerError
from desktop.ui import messages
from desktop.ui.dialogs.outcome_dialog import OutcomeDialog
from desktop.ui.dialogs.postpone_dialog import (
    PostponeDialog,
    PostponementDecisionDialog,
    PostponeTarget,
)
from desktop.ui.dialogs.signoff_dialog import SignOffDialog
from desktop.ui.models.supervision_models import target_text
from desktop.ui.operations import Operation, StepResult, each, failure_text, tell_failure
from desktop.ui.supervision_commands import (
    AddOutcomeCommand,
    AddProgressNoteCommand,
    ApplySignOffCommand,
    ApprovePostponementCommand,
    ApproveSignOffCommand,
    AttachEvidenceCommand,
    DeleteOutcomeCommand,
    DeleteProgressNoteCommand,
    EditOutcomeCommand,
    RefusePostponementCommand,
    RemoveEvidenceCommand,
    RenameEvidenceCommand,
    ReopenIssueCommand,
    RequestPostponementCommand,
    ReturnSignOffCommand,
)
from desktop.ui.supervision_panels import (
    EvidenceTab,
    OutcomeTab,
    PostponementTab,
    ProgressTab,
    SignOffTab,
)
from desktop.ui.supervision_tab_slots import tab_titles

if TYPE_CHECKING:
    from desktop.domain.changes import Done
    from desktop.services.supervision import SupervisionService
    from desktop.ui.detail_pane import DetailPane
    from desktop.ui.window_api import LedgerWindow


def open_url(url: QUrl) -> bool:
    """Open a file with the program the system associates with it (tests replace this)."""
    return QDesktopServices.openUrl(url)


class SupervisionTabs(QObject):
    """The controller of the supervision tabs of one window (see the module docstring).
    ``progress``, ``evidence``, ``postponement``, ``sign_off`` and ``outcomes`` are the
    tab widgets; ``supervision`` the service on the window's current ledger.

    Signals:
        attach_finished(): files dropped or chosen were copied (or refused) and the
            undo step pushed.
        verify_finished(): the evidence files were checked and the list marked.
        export_finished(str): a sign-off package was written (its path), or "" when
            it was not.
        open_finished(str): evidence kept in the database was written out to be
            opened (its path), or "" when it could not be.
    """

    attach_finished = Signal()
    verify_finished = Signal()
    export_finished = Signal(str)
    open_finished = Signal(str)

    def __init__(
        self, window: LedgerWindow, detail: DetailPane, pages: Sequence[QWidget] = ()
    ) -> None:
        super().__init__(window.widget())
        self.window = window
        self.detail = detail
        self._supervision: SupervisionService | None = None
        self._runner: Operation[Any] | None = None
        # Results of the last 核验文件, for the issue shown.
        self._verified: dict[int, FileState] = {}
        self._verified_issue: int | None = None
        self.issue: IssueRecord | None = None
        self.measures: list[MeasureRecord] = []
        self.evidence_records: list[EvidenceRecord] = []
        self.postponements: list[PostponementRecord] = []
        self.state = SignOffState.NONE
        self.last_step_date: date | None = None

        self.progress = ProgressTab(detail)
        self.evidence = EvidenceTab(detail)
        self.postponement = PostponementTab(detail)
        self.sign_off = SignOffTab(detail)
        self.outcomes = OutcomeTab(detail)
        tabs = detail.tabs
        # Either in place of the empty pages that kept the tabs' places
        # (supervision_tab_slots), or before 历史.
        current = tabs.currentWidget()
        at = tabs.indexOf(pages[0]) if pages else tabs.indexOf(detail.history)
        for page in pages:
            tabs.removeTab(tabs.indexOf(page))
            page.deleteLater()
        widgets = (self.progress, self.evidence, self.postponement, self.sign_off, self.outcomes)
        for widget, (title, tip) in zip(widgets, tab_titles(), strict=True):
            tabs.insertTab(at, widget, title)
            tabs.setTabToolTip(at, tip)
            at += 1
        if current in pages:
            tabs.setCurrentWidget(widgets[list(pages).index(current)])

        detail.issue_shown.connect(self.reload)
        window.events.ledger_replaced.connect(self._forget_service)
        self.progress.add_requested.connect(self.add_note)
        self.progress.delete_requested.connect(self.delete_note)
        self.evidence.files_chosen.connect(self.attach)
        self.evidence.choose_requested.connect(self.choose_files)
        self.evidence.open_requested.connect(self.open_evidence)
        self.evidence.rename_requested.connect(self.rename_evidence)
        self.evidence.remove_requested.connect(self.remove_evidence)
        self.evidence.verify_requested.connect(self.verify_evidence)
        self.evidence.export_requested.connect(self.export_package)
        self.postponement.request_requested.connect(self.request_postponement)
        self.postponement.approve_requested.connect(lambda i: self.decide_postponement(i, True))
        self.postponement.refuse_requested.connect(lambda i: self.decide_postponement(i, False))
        self.sign_off.apply_requested.connect(lambda: self.sign_off_step(SignOffStep.APPLY))
        self.sign_off.approve_requested.connect(lambda: self.sign_off_step(SignOffStep.APPROVE))
        self.sign_off.return_requested.connect(lambda: self.sign_off_step(SignOffStep.RETURN))
        self.sign_off.reopen_requested.connect(lambda: self.sign_off_step(SignOffStep.REOPEN))
        self.outcomes.add_requested.connect(self.add_outcome)
        self.outcomes.edit_requested.connect(self.edit_outcome)
        self.outcomes.delete_requested.connect(self.delete_outcome)
        # Closing the window while files are copied waits for the file under way.
        window.widget().installEventFilter(self)
        # Built after the window was (see supervision_tab_slots): catch up with it.
        if window.read_only:
            self.set_read_only(True)
        if detail.issue is not None:
            self.reload()

    # ----------------------------------------------------------------- service
    def set_read_only(self, on: bool) -> None:
        """Hide every editing control of the tabs (a ledger opened read-only); opening,
        verifying and exporting evidence stay available."""
        editing = (
            self.progress.add_button,
            self.progress.delete_button,
            self.evidence.choose_button,
            self.evidence.rename_button,
            self.evidence.remove_button,
            self.postponement.request_button,
            self.postponement.approve_button,
            self.postponement.refuse_button,
            self.sign_off.apply_button,
            self.sign_off.approve_button,
            self.sign_off.return_button,
            self.sign_off.reopen_button,
            self.outcomes.add_button,
            self.outcomes.edit_button,
            self.outcomes.delete_button,
        )
        for button in editing:
            button.setVisible(not on)
        for field in (
            self.progress.date,
            self.progress.measure,
            self.progress.reporter,
            self.progress.next_step,
            self.progress.difficulties,
        ):
            field.setEnabled(not on)
        self.progress.text.setReadOnly(on)
        self.evidence.view.setAcceptDrops(not on)

    @property
    def supervision(self) -> SupervisionService:
        """Supervision on the window's ledger (made again when another is opened)."""
        if self._supervision is None or self._supervision.ledger is not self.window.service:
            from desktop.services.supervision import SupervisionService

            self._supervision = SupervisionService(self.window.service)
        return self._supervision

    def _forget_service(self) -> None:
        self._supervision = None

    @property
    def operator(self) -> str:
        return self.window.operator_name()

    @property
    def busy(self) -> bool:
        return self._runner is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window.widget() and event.type() == QEvent.Type.Close and self._runner:
            # A copy under way finishes (a half-copied file would be worse); no more.
            self._runner.cancel()
            self._runner.wait()
        return False

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        """Fill the tabs for the issue the pane shows (empty when none)."""
        detail = self.detail
        issue = detail.issue
        self.issue = issue
        self.measures = detail.measures.model.records()
        if issue is None:
            self._verified, self._verified_issue = {}, None
            self.evidence_records, self.postponements = [], []
            self.progress.set_notes([], [], self.operator)
            self.evidence.set_evidence([], [], {})
            self.postponement.set_postponements(None, [], [])
            self.sign_off.set_steps(None, [], SignOffState.NONE, [], 0)
            self.outcomes.set_outcomes([], outcome_totals([]))
            return
        if issue.id != self._verified_issue:
            self._verified, self._verified_issue = {}, issue.id
        sup = self.supervision
        self.progress.set_notes(sup.list_notes(issue.id), self.measures, self.operator)
        self.evidence_records = sup.list_evidence(issue.id)
        self.evidence.set_in_database(sup.store.in_database)
        self.evidence.set_evidence(
            self.evidence_records, self.measures, self._file_states(self.evidence_records)
        )
        self.postponements = sup.list_postponements(issue.id)
        self.postponement.set_postponements(issue, self.postponements, self.measures)
        steps = sup.sign_off_steps(issue.id)
        self.state = sign_off_state(steps)
        self.last_step_date = max((s.date for s in steps), default=None)
        self.sign_off.set_steps(issue, steps, self.state, self.measures, len(self.evidence_records))
        outcomes = sup.list_outcomes(issue.id)
        self.outcomes.set_outcomes(outcomes, outcome_totals(outcomes))

    def _file_states(self, records: Sequence[EvidenceRecord]) -> dict[int, FileState]:
        """A cheap look at each file (is it there, has it its size), so a missing file
        shows at once; the hash is checked by 核验文件, whose results are kept."""
        try:
            store = self.supervision.store
        except EvidenceError:
            return {}
        states: dict[int, FileState] = {}
        for r in records:
            try:
                state = store.present(r.sha256, r.original_name, r.size)
            except LedgerError:
                return {}  # the server went away: the list shows no marks
            if state is not FileState.OK:
                states[r.id] = state
            elif r.id in self._verified:
                states[r.id] = self._verified[r.id]
        return states

    def _issue(self) -> IssueRecord | None:
        return self.detail.issue

    # ---------------------------------------------------------------- progress
    def add_note(self, draft: ProgressNoteDraft) -> None:
        issue = self._issue()
        if issue is None:
            return
        command = AddProgressNoteCommand(
            self.supervision, self.window.events, issue.id, issue.number, draft
        )
        if self.window.perform(command):
            self.progress.reset_form()

    def delete_note(self, note_id: ProgressNoteId) -> None:
        issue = self._issue()
        if issue is None:
            return
        if not messages.confirm(
            self.window.widget(), self.tr("删除这条整改进展？可以用“撤销”恢复。")
        ):
            return
        self.window.perform(
            DeleteProgressNoteCommand(self.supervision, self.window.events, note_id, issue.number)
        )

    # ---------------------------------------------------------------- evidence
    def choose_files(self) -> None:
        files = messages.ask_open_files(
            self.window.widget(), self.tr("添加佐证材料"), self.tr("所有文件 (*)")
        )
        if files:
            self.attach(files, self.evidence.chosen_measure())

    def attach(self, files: list[str], measure_id: MeasureId | None) -> None:
        """Copy files into the store and record them on the issue (or the measure), in
        a worker thread; one undo step for all of them."""
        issue = self._issue()
        if issue is None:
            return
        if self._runner is not None:
            self.window.show_status(self.tr("正在添加佐证材料，请稍候。"), 5000)
            return
        paths = [Path(f) for f in files]
        skipped = [p for p in paths if not p.is_file()]
        paths = [p for p in paths if p.is_file()]
        if skipped:
            messages.warning(
                self.window.widget(),
                self.tr("以下不是文件（如文件夹），未添加：\n{names}").format(
                    names="\n".join(str(p) for p in skipped)
                ),
            )
        if not paths:
            self.attach_finished.emit()
            return
        sup = self.supervision
        issue_id, number = issue.id, issue.number

        def attach_one(path: Path) -> Done[EvidenceRecord]:
            return sup.attach_evidence(issue_id, path, measure_id=measure_id)

        operation: Operation[list[StepResult]] = Operation(
            self.window.widget(),
            each(paths, attach_one, lambda p: self.tr("正在复制“{name}”…").format(name=p.name)),
            title=self.tr("添加佐证材料"),
            cancellable=True,
        )
        self._start(
            operation,
            lambda results: self._attached(
                sup, number, results, operation.control.cancelled, len(paths)
            ),
        )

    def _start(
        self,
        operation: Operation[Any],
        succeeded: Callable[[Any], None],
        otherwise: Callable[[], None] | None = None,
    ) -> None:
        """One evidence operation at a time, the tab busy meanwhile; ``succeeded`` gets
        its value, ``otherwise`` runs after a failure (already told) or a cancel. The
        tab is free again before either runs (they may start another)."""
        self._runner = operation
        self.evidence.set_busy(True)

        def done(value: object) -> None:
            self._runner_done()
            succeeded(value)

        def not_done(*_args: object) -> None:
            self._runner_done()
            if otherwise is not None:
                otherwise()

        operation.succeeded.connect(done)
        operation.failed.connect(not_done)
        operation.cancelled.connect(not_done)
        operation.start()

    def _runner_done(self) -> None:
        self._runner = None
        self.evidence.set_busy(False)

    def _attached(
        self,
        sup: SupervisionService,
        number: str,
        results: list[StepResult],
        cancelled: bool,
        wanted: int,
    ) -> None:
        dones: list[Done[EvidenceRecord]] = [r.value for r in results if r.error is None]
        failed = [r for r in results if r.error is not None]
        if dones:
            self.window.push(AttachEvidenceCommand(sup, self.window.events, number, dones))
        lines = [
            self.tr("“{name}”：{reason}").format(
                name=Path(r.item).name, reason=failure_text(r.error)
            )
            for r in failed
            if r.error is not None
        ]
        if cancelled and len(results) < wanted:
            lines.append(
                self.tr("已取消，其余 {count} 个文件未添加。").format(count=wanted - len(results))
            )
        if lines:
            messages.warning(
                self.window.widget(),
                self.tr("已添加 {done} 份佐证材料。\n{problems}").format(
                    done=len(dones), problems="\n".join(lines)
                ),
            )
        elif dones:
            self.window.show_status(
                self.tr("已添加 {count} 份佐证材料。").format(count=len(dones)), 5000
            )
        self.attach_finished.emit()

    def _evidence_record(self, evidence_id: EvidenceId) -> EvidenceRecord | None:
        return next((r for r in self.evidence_records if r.id == evidence_id), None)

    def open_evidence(self, evidence_id: EvidenceId) -> None:
        sup = self.supervision
        if sup.store.in_database:
            self._open_from_database(sup, evidence_id)
            return
        try:
            path = sup.evidence_path(evidence_id)
        except LedgerError as exc:
            tell_failure(self.window.widget(), exc)
            self.reload()
            return
        self._show_file(path)

    def _open_from_database(self, sup: SupervisionService, evidence_id: EvidenceId) -> None:
        """Evidence of a ledger on a server is read from the database into the cache
        folder in a worker (a large file over the network takes a while), then shown."""
        if self._runner is not None:
            return

        def opened(path: object) -> None:
            assert isinstance(path, Path)
            self._show_file(path)
            self.open_finished.emit(str(path))

        def not_opened() -> None:
            self.reload()
            self.open_finished.emit("")

        self._start(
            Operation(
                self.window.widget(),
                lambda _control: sup.evidence_path(evidence_id),
                title=self.tr("打开佐证材料"),
                label=self.tr("正在从台账服务器读取文件…"),
            ),
            opened,
            not_opened,
        )

    def _show_file(self, path: Path) -> None:
        if not open_url(QUrl.fromLocalFile(str(path))):
            messages.error(
                self.window.widget(),
                self.tr("无法打开文件“{path}”：系统中没有能打开这类文件的程序。").format(path=path),
            )

    def rename_evidence(self, evidence_id: EvidenceId) -> None:
        record = self._evidence_record(evidence_id)
        if record is None:
            return
        title = messages.ask_text(
            self.window.widget(), self.tr("重命名佐证材料"), self.tr("材料名称："), record.title
        )
        if title is None or not title.strip() or title.strip() == record.title:
            return
        self.window.perform(
            RenameEvidenceCommand(self.supervision, self.window.events, evidence_id, title.strip())
        )

    def remove_evidence(self, evidence_id: EvidenceId) -> None:
        record = self._evidence_record(evidence_id)
        if record is None:
            return
        if not messages.confirm(
            self.window.widget(),
            self.tr("删除佐证材料“{title}”？可以用“撤销”恢复。").format(title=record.title),
        ):
            return
        self.window.perform(
            RemoveEvidenceCommand(self.supervision, self.window.events, evidence_id, record.title)
        )

    def verify_evidence(self) -> None:
        """核验文件: hash every file of the issue (in a worker) and mark the list."""
        issue = self._issue()
        if issue is None or self._runner is not None:
            return
        sup = self.supervision
        issue_id = issue.id
        ids = [r.id for r in self.evidence_records]

        def verified(value: object) -> None:
            assert isinstance(value, list)
            problems = value
            states: dict[int, FileState] = dict.fromkeys(ids, FileState.OK)
            for p in problems:
                states[p.record.id] = p.state
            if self._verified_issue == issue_id:
                self._verified = states
                self.evidence.set_states(self._file_states(self.evidence_records))
            if problems:
                messages.warning(
                    self.window.widget(),
                    self.tr("{count} 份佐证材料有问题：\n{lines}").format(
                        count=len(problems), lines="\n".join(p.message for p in problems)
                    ),
                )
            else:
                messages.info(
                    self.window.widget(),
                    self.tr("{count} 份佐证材料的文件都在，内容未被改动。").format(count=len(ids)),
                )
            self.verify_finished.emit()

        self._start(
            Operation(
                self.window.widget(),
                lambda _control: sup.verify_evidence(issue_id),
                title=self.tr("核验佐证材料"),
                label=self.tr("正在核验文件…"),
            ),
            verified,
            self.verify_finished.emit,
        )

    def export_package(self) -> None:
        """导出销号材料包: the issue's evidence and an index sheet, as one zip."""
        issue = self._issue()
        if issue is None or self._runner is not None:
            return
        name = messages.ask_save_file(
            self.window.widget(),
            self.tr("导出销号材料包"),
            self.tr("压缩文件 (*.zip)"),
            messages.suggested_file(
                self.tr("销号材料包（问题 {number}）").format(number=issue.number) + ".zip"
            ),
        )
        if not name:
            return
        target = Path(name if name.lower().endswith(".zip") else name + ".zip")
        sup = self.supervision
        issue_id = issue.id

        def exported(path: object) -> None:
            messages.info(
                self.window.widget(), self.tr("已导出销号材料包：{path}").format(path=path)
            )
            self.export_finished.emit(str(path))

        self._start(
            Operation(
                self.window.widget(),
                lambda _control: sup.export_evidence(issue_id, target),
                title=self.tr("导出销号材料包"),
                label=self.tr("正在写入“{name}”…").format(name=target.name),
            ),
            exported,
            lambda: self.export_finished.emit(""),
        )

    # ------------------------------------------------------------ postponement
    def _targets(self, issue: IssueRecord) -> list[PostponeTarget]:
        pending = {p.measure_id for p in self.postponements if p.decision is Decision.PENDING}
        targets = [
            PostponeTarget(
                self.tr("问题整体"),
                None,
                issue.responsibility.deadline,
                issue.responsibility.deadline_text,
                issue.status,
                None in pending,
            )
        ]
        for m in self.measures:
            text = " ".join(m.text.split())
            targets.append(
                PostponeTarget(
                    self.tr("措施 {seq}：{text}").format(seq=m.seq, text=text[:24]),
                    m.id,
                    m.responsibility.deadline or issue.responsibility.deadline,
                    m.responsibility.deadline_text or issue.responsibility.deadline_text,
                    m.status,
                    int(m.id) in pending,
                )
            )
        return targets

    def request_postponement(self) -> None:
        issue = self._issue()
        if issue is None:
            return
        dialog = PostponeDialog(self._targets(issue), self.operator, self.window.widget())
        if not messages.run_dialog(dialog):
            return
        r = dialog.request()
        self.window.perform(
            RequestPostponementCommand(
                self.supervision,
                self.window.events,
                issue.id,
                issue.number,
                r.new_deadline,
                r.reason,
                measure_id=r.measure_id,
                requested_on=r.requested_on,
                requested_by=r.requested_by,
            )
        )

    def decide_postponement(self, postponement_id: PostponementId, approve: bool) -> None:
        issue = self._issue()
        record = next((p for p in self.postponements if p.id == postponement_id), None)
        if issue is None or record is None:
            return
        seqs = {int(m.id): m.seq for m in self.measures}
        dialog = PostponementDecisionDialog(
            record,
            approve,
            target_text(record.measure_id, seqs),
            self.operator,
            self.window.widget(),
        )
        if not messages.run_dialog(dialog):
            return
        d = dialog.decision()
        command: ApprovePostponementCommand | RefusePostponementCommand
        if approve:
            command = ApprovePostponementCommand(
                self.supervision,
                self.window.events,
                postponement_id,
                issue.number,
                decided_on=d.decided_on,
                decided_by=d.decided_by,
                opinion=d.opinion,
            )
        else:
            command = RefusePostponementCommand(
                self.supervision,
                self.window.events,
                postponement_id,
                issue.number,
                d.opinion,
                decided_on=d.decided_on,
                decided_by=d.decided_by,
            )
        self.window.perform(command)

    # ---------------------------------------------------------------- sign-off
    def sign_off_step(self, step: SignOffStep) -> None:
        issue = self._issue()
        if issue is None:
            return
        dialog = SignOffDialog(
            step,
            issue,
            self.measures,
            len(self.evidence_records),
            self.state,
            self.last_step_date,
            self.operator,
            self.window.widget(),
        )
        if not messages.run_dialog(dialog):
            return
        v = dialog.values()
        sup, events = self.supervision, self.window.events
        command: Any
        if step is SignOffStep.APPLY:
            command = ApplySignOffCommand(
                sup,
                events,
                issue.id,
                issue.number,
                person=v.person,
                on=v.on,
                opinion=v.opinion,
                override_reason=v.override_reason,
            )
        elif step is SignOffStep.APPROVE:
            command = ApproveSignOffCommand(
                sup, events, issue.id, issue.number, person=v.person, on=v.on, opinion=v.opinion
            )
        elif step is SignOffStep.RETURN:
            command = ReturnSignOffCommand(
                sup, events, issue.id, issue.number, v.opinion, person=v.person, on=v.on
            )
        else:
            command = ReopenIssueCommand(
                sup,
                events,
                issue.id,
                issue.number,
                v.opinion,
                person=v.person,
                on=v.on,
                status=v.status,
            )
        self.window.perform(command)

    # ---------------------------------------------------------------- outcomes
    def _outcome(self, outcome_id: OutcomeId) -> OutcomeRecord | None:
        return next((o for o in self.outcomes.model.records() if o.id == outcome_id), None)

    def add_outcome(self) -> None:
        issue = self._issue()
        if issue is None:
            return
        dialog = OutcomeDialog(None, self.window.widget())
        if not messages.run_dialog(dialog):
            return
        self.window.perform(
            AddOutcomeCommand(
                self.supervision, self.window.events, issue.id, issue.number, dialog.draft()
            )
        )

    def edit_outcome(self, outcome_id: OutcomeId) -> None:
        issue = self._issue()
        record = self._outcome(outcome_id)
        if issue is None or record is None:
            return
        dialog = OutcomeDialog(record, self.window.widget())
        if not messages.run_dialog(dialog):
            return
        self.window.perform(
            EditOutcomeCommand(
                self.supervision, self.window.events, outcome_id, issue.number, dialog.draft()
            )
        )

    def delete_outcome(self, outcome_id: OutcomeId) -> None:
        issue = self._issue()
        if issue is None or self._outcome(outcome_id) is None:
            return
        if not messages.confirm(
            self.window.widget(), self.tr("删除这项整改成效？可以用“撤销”恢复。")
        ):
            return
        self.window.perform(
            DeleteOutcomeCommand(self.supervision, self.window.events, outcome_id, issue.number)
        )


__all__ = ["SupervisionTabs", "open_url"]
