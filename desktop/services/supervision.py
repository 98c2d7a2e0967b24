"""Supervision actions (督办): progress notes, postponements, evidence, sign-off and
outcomes, plus the statistics, the as-of view and the ledger check built on them.

Every action that changes the ledger is one transaction and one history batch, and
returns :class:`~desktop.domain.changes.Done` so that the GUI's generic undo
(``LedgerService.undo_batch``) reverses it like any other edit.

Evidence content lives where every user of the ledger can reach it: beside a ledger
file, in a folder (``evidence_store.py``), copied there *before* the transaction (a
failed transaction leaves an unused file, never a record without its file); in the
database of a ledger on a server (``evidence_db.py``), written in the same transaction
as the record (all or nothing). Removing a record never deletes its content.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import collector
from desktop.domain.calendar import WorkCalendar
from desktop.domain.changes import Changes, Done
from desktop.domain.dates import format_date
from desktop.domain.ledger_check import Finding, check_ledger
from desktop.domain.notice_stats import figures_text
from desktop.domain.overdue import issue_light
from desktop.domain.problems import Code, Problem, ValidationFailed
from desktop.domain.records import BatchId, InspectionId, IssueId, MeasureId, MeasureRecord
from desktop.domain.rollup import StatusChoice
from desktop.domain.rules import check_text
from desktop.domain.status import STATUS_LABELS, Status
from desktop.domain.supervision import (
    Decision,
    DueSettings,
    EvidenceId,
    EvidenceRecord,
    LedgerView,
    Light,
    OutcomeDraft,
    OutcomeId,
    OutcomeRecord,
    OutcomeTotals,
    PostponementId,
    PostponementRecord,
    ProgressNoteDraft,
    ProgressNoteId,
    ProgressNoteRecord,
    SignOffRecord,
    SignOffState,
    SignOffStep,
    application_problems,
    decision_problems,
    newest_first,
    outcome_totals,
    postponement_problems,
    record_light,
    reopen_problems,
    review_problems,
    sign_off_state,
    validate_outcome,
    validate_progress_note,
)
from desktop.domain.texts import Message, Msg
from desktop.excel.evidence_index import index_workbook
from desktop.services import fields as rf
from desktop.services.evidence_db import AnyEvidenceStore, DatabaseEvidenceStore
from desktop.services.evidence_store import (
    MAX_FILE_SIZE,
    EvidenceError,
    EvidenceStore,
    FileState,
    Stored,
    evidence_dir_for,
)
from desktop.services.history import Recorder, snapshot, to_json_value
from desktop.services.ledger import LedgerService
from desktop.services.ledger_rows import (
    get_row,
    issue_records,
    measure_records,
    roll_up,
    set_fields,
    state_against_measures,
)
from desktop.services.ledger_view import (
    build_view,
    finish_dates,
    outcome_from,
    postponement_from,
    sign_off_from,
)
from desktop.services.work_calendar import office_calendar
from desktop.storage.engine import sqlite_path
from desktop.storage.errors import NotFound
from desktop.storage.models import (
    Evidence,
    Inspection,
    Issue,
    Measure,
    Outcome,
    Postponement,
    ProgressNote,
    Setting,
    SignOff,
)

if TYPE_CHECKING:
    from desktop.services.supervision_list import DockItem

T = TypeVar("T")

# A sign-off package bigger than this is not something anyone will mail or print.
MAX_PACKAGE_SIZE = 2 << 30
# zipfile must be told in advance when an entry written as a stream may pass 2 GB.
ZIP64_ENTRY = 1 << 31
DUE_DAYS_SETTING = "supervision.due_soon_days"
DUE_WORKING_SETTING = "supervision.due_soon_working_days"
INDEX_NAME = "佐证材料目录.xlsx"
_UNSAFE_NAME_RE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True, slots=True)
class EvidenceProblem:
    """A stored evidence file that is missing or whose content changed."""

    record: EvidenceRecord
    state: FileState

    @property
    def message(self) -> str:
        what = "文件缺失" if self.state is FileState.MISSING else "文件内容已被改动"
        return f"佐证材料“{self.record.title}”（{self.record.original_name}）{what}"


def note_record(row: ProgressNote) -> ProgressNoteRecord:
    return ProgressNoteRecord(
        date=row.date,
        text=row.text,
        reporter=row.reporter,
        next_step=row.next_step,
        difficulties=row.difficulties,
        measure_id=MeasureId(row.measure_id) if row.measure_id is not None else None,
        id=ProgressNoteId(row.id),
        key=row.key,
        issue_id=IssueId(row.issue_id),
    )


def evidence_record(row: Evidence) -> EvidenceRecord:
    return EvidenceRecord(
        id=EvidenceId(row.id),
        key=row.key,
        issue_id=IssueId(row.issue_id),
        measure_id=MeasureId(row.measure_id) if row.measure_id is not None else None,
        title=row.title,
        date=row.date,
        original_name=row.original_name,
        sha256=row.sha256,
        size=row.size,
    )


def sign_off_record(row: SignOff) -> SignOffRecord:
    return sign_off_from(_row_dict(row))


def _row_dict(row: Any) -> dict[str, Any]:
    return {c.key: to_json_value(getattr(row, c.key)) for c in row.__table__.columns}


def _entity_key(row: Any) -> str:
    key = getattr(row, "key", None)
    return str(key) if key else str(row.id)


class SupervisionService:
    """Supervision on one ledger, through its :class:`LedgerService` (sessions,
    operator, history). Evidence lives beside a ledger file (a folder) and in the
    database of a ledger without one (on a server); ``evidence_dir`` gives a folder
    instead, ``evidence_in_database`` chooses the database for a ledger file too (tests),
    ``evidence_cache`` is where content from the database is written to be opened (the
    user's cache folder by default). ``calendar`` counts working days (the shipped and
    user calendars by default)."""

    def __init__(
        self,
        ledger: LedgerService,
        *,
        evidence_dir: Path | None = None,
        evidence_in_database: bool | None = None,
        evidence_cache: Path | None = None,
        calendar: WorkCalendar | None = None,
    ) -> None:
        self.ledger = ledger
        self._evidence_dir = evidence_dir
        self._in_database = evidence_in_database
        self._evidence_cache = evidence_cache
        if calendar is None:
            calendar, self.calendar_errors = office_calendar()
        else:
            self.calendar_errors = []
        self.calendar = calendar

    # ------------------------------------------------------------------ helpers
    @property
    def store(self) -> AnyEvidenceStore:
        """The evidence store: the folder given, the folder beside the ledger file, or
        the ledger's database (a ledger on a server, or without a file)."""
        if self._evidence_dir is not None:
            return EvidenceStore(self._evidence_dir)
        engine = self.ledger.uow.engine
        path = sqlite_path(engine)
        if path is None or self._in_database:
            return DatabaseEvidenceStore(engine, self._evidence_cache)
        return EvidenceStore(evidence_dir_for(path))

    def _get(self, s: Session, model: type[T], row_id: int) -> T:
        return get_row(s, model, row_id)

    def _measure_of(self, s: Session, issue: Issue, measure_id: int | None) -> Measure | None:
        if measure_id is None:
            return None
        measure = s.get(Measure, measure_id)
        if measure is None or measure.issue_id != issue.id:
            raise NotFound(Message(Msg.MEASURE_NOT_OF_ISSUE))
        return measure

    @staticmethod
    def _set_plain(
        rec: Recorder, entity: str, row: Any, values: dict[str, Any], issue_key: str
    ) -> bool:
        """Set columns of a row that has no record-field vocabulary (notes, evidence,
        postponements, sign-offs, outcomes), recording each change."""
        changed = False
        for name, value in values.items():
            old = getattr(row, name)
            if to_json_value(old) != to_json_value(value):
                rec.updated(entity, _entity_key(row), name, old, value, issue_key)
                setattr(row, name, value)
                changed = True
        return changed

    def _set_target_fields(
        self, s: Session, rec: Recorder, issue: Issue, target: Any, values: dict[str, Any]
    ) -> None:
        """Set record fields of the issue or measure a supervision step acts on, by the
        one roll-up rule (``domain.rollup``): a step that sets the issue's state (a
        postponement asked or refused, a sign-off, a reopening) brings its measures
        along; one that sets a measure's state moves the issue with it."""
        units = rf.UnitCache(s)
        entity = "issue" if isinstance(target, Issue) else "measure"
        values = dict(values)
        followed: set[int] = set()
        if entity == "issue" and "status" in values:
            followed = state_against_measures(
                s, rec, units, issue, values, StatusChoice.MEASURES_FOLLOW, []
            )
        changed = set_fields(s, rec, units, entity, target, values, issue.key)
        if roll_up(s, rec, units, issue, self.ledger.operator) or changed or followed:
            issue.updated_at = datetime.now().replace(microsecond=0)
            issue.updated_by = self.ledger.operator

    @staticmethod
    def _batch(rec: Recorder) -> BatchId | None:
        batch = rec.flush()
        return BatchId(batch) if batch else None

    @staticmethod
    def _refuse(problems: list[Problem]) -> None:
        if any(p.blocking for p in problems):
            raise ValidationFailed(problems)

    # ------------------------------------------------------------------- settings
    def due_settings(self) -> DueSettings:
        """When items turn yellow (kept in the ledger, so every user sees the same)."""
        with self.ledger.uow.read() as s:
            values = dict(
                s.execute(
                    select(Setting.name, Setting.value).where(
                        Setting.name.in_((DUE_DAYS_SETTING, DUE_WORKING_SETTING))
                    )
                ).all()
            )
        try:
            days = int(values.get(DUE_DAYS_SETTING, DueSettings().days))
        except ValueError:
            days = DueSettings().days
        return DueSettings(max(0, min(days, 365)), values.get(DUE_WORKING_SETTING) == "1")

    def set_due_settings(self, settings: DueSettings) -> DueSettings:
        """Save the due-soon threshold. A preference, not ledger data: not in the
        history and not undoable."""
        if not 0 <= settings.days <= 365:
            raise ValidationFailed(
                [
                    Problem(
                        Code.BAD_AMOUNT,
                        "days",
                        value=str(settings.days),
                        message=Message(Msg.DAYS_RANGE),
                    )
                ]
            )
        with self.ledger.uow.begin() as s:
            for name, value in (
                (DUE_DAYS_SETTING, str(settings.days)),
                (DUE_WORKING_SETTING, "1" if settings.working_days else "0"),
            ):
                row = s.get(Setting, name)
                if row is None:
                    s.add(Setting(name=name, value=value))
                else:
                    row.value = value
        return settings

    # ------------------------------------------------------------- progress notes
    def list_notes(
        self, issue_id: IssueId, measure_id: MeasureId | None = None
    ) -> list[ProgressNoteRecord]:
        """An issue's notes (its measures' included), or one measure's, newest first."""
        with self.ledger.uow.read() as s:
            query = select(ProgressNote).where(ProgressNote.issue_id == issue_id)
            if measure_id is not None:
                query = query.where(ProgressNote.measure_id == measure_id)
            return newest_first(note_record(r) for r in s.scalars(query))

    def add_note(self, issue_id: IssueId, draft: ProgressNoteDraft) -> Done[ProgressNoteRecord]:
        """Add a progress note to an issue (or to one of its measures); the reporter is
        the operator unless the draft names one."""
        self._refuse(validate_progress_note(draft))
        with self.ledger.uow.begin() as s:
            issue = self._get(s, Issue, issue_id)
            self._measure_of(s, issue, draft.measure_id)
            rec = self.ledger.recorder(s, description=f"填写问题 {issue.number} 的整改进展")
            row = ProgressNote(
                issue_id=issue.id,
                measure_id=draft.measure_id,
                date=draft.date,
                text=draft.text,
                reporter=draft.reporter.strip() or self.ledger.operator,
                next_step=draft.next_step,
                difficulties=draft.difficulties,
            )
            s.add(row)
            s.flush()
            rec.created("progress_note", row.key, snapshot(s, "progress_note", row), issue.key)
            return Done(note_record(row), Changes(issues=frozenset({issue.id})), self._batch(rec))

    def update_note(
        self, note_id: ProgressNoteId, draft: ProgressNoteDraft
    ) -> Done[ProgressNoteRecord]:
        self._refuse(validate_progress_note(draft))
        with self.ledger.uow.begin() as s:
            row = self._get(s, ProgressNote, note_id)
            issue = self._get(s, Issue, row.issue_id)
            self._measure_of(s, issue, draft.measure_id)
            rec = self.ledger.recorder(s, description=f"修改问题 {issue.number} 的整改进展")
            changed = self._set_plain(
                rec,
                "progress_note",
                row,
                {
                    "date": draft.date,
                    "text": draft.text,
                    "reporter": draft.reporter,
                    "next_step": draft.next_step,
                    "difficulties": draft.difficulties,
                    "measure_id": draft.measure_id,
                },
                issue.key,
            )
            s.flush()
            changes = Changes(issues=frozenset({issue.id})) if changed else Changes.none()
            return Done(note_record(row), changes, self._batch(rec))

    def delete_note(self, note_id: ProgressNoteId) -> Done[None]:
        with self.ledger.uow.begin() as s:
            row = self._get(s, ProgressNote, note_id)
            issue = self._get(s, Issue, row.issue_id)
            rec = self.ledger.recorder(s, description=f"删除问题 {issue.number} 的整改进展")
            rec.deleted("progress_note", row.key, snapshot(s, "progress_note", row), issue.key)
            s.delete(row)
            return Done(None, Changes(issues=frozenset({issue.id})), self._batch(rec))

    # --------------------------------------------------------------- postponement
    def list_postponements(self, issue_id: IssueId | None = None) -> list[PostponementRecord]:
        """Requests in the order made (one issue's, or all)."""
        with self.ledger.uow.read() as s:
            query = select(Postponement).order_by(Postponement.requested_on, Postponement.id)
            if issue_id is not None:
                query = query.where(Postponement.issue_id == issue_id)
            return [postponement_from(_row_dict(r)) for r in s.scalars(query)]

    def request_postponement(
        self,
        issue_id: IssueId,
        new_deadline: date,
        reason: str,
        *,
        measure_id: MeasureId | None = None,
        requested_on: date | None = None,
        requested_by: str = "",
    ) -> Done[PostponementRecord]:
        """Ask to extend the deadline of an issue or a measure (申请延期). Its status
        becomes ``postponed`` until the request is decided; the request remembers the
        status before, which a refusal puts back."""
        requested_on = requested_on or date.today()
        with self.ledger.uow.begin() as s:
            issue = self._get(s, Issue, issue_id)
            measure = self._measure_of(s, issue, measure_id)
            target: Issue | Measure = measure if measure is not None else issue
            pending = s.scalar(
                select(func.count())
                .select_from(Postponement)
                .where(
                    Postponement.issue_id == issue.id,
                    Postponement.measure_id.is_(None)
                    if measure_id is None
                    else Postponement.measure_id == measure_id,
                    Postponement.decision == Decision.PENDING.value,
                )
            )
            self._refuse(
                postponement_problems(
                    status=Status(target.status),
                    old_deadline=target.deadline,
                    new_deadline=new_deadline,
                    requested_on=requested_on,
                    reason=reason,
                    pending=bool(pending),
                )
            )
            what = f"问题 {issue.number}" + (f" 第{measure.seq}条措施" if measure else "")
            rec = self.ledger.recorder(s, description=f"{what} 申请延期")
            row = Postponement(
                issue_id=issue.id,
                measure_id=measure_id,
                reason=reason,
                old_deadline=target.deadline,
                new_deadline=new_deadline,
                requested_on=requested_on,
                requested_by=requested_by or self.ledger.operator,
                previous_status=target.status,
                decision=Decision.PENDING.value,
            )
            s.add(row)
            s.flush()
            rec.created("postponement", row.key, snapshot(s, "postponement", row), issue.key)
            self._set_target_fields(s, rec, issue, target, {"status": Status.POSTPONED.value})
            s.flush()
            return Done(
                postponement_from(_row_dict(row)),
                self._changes(issue, measure),
                self._batch(rec),
            )

    @staticmethod
    def _changes(issue: Issue, measure: Measure | None) -> Changes:
        return Changes(
            issues=frozenset({issue.id}),
            measures=frozenset({measure.id}) if measure is not None else frozenset(),
        )

    def decide_postponement(
        self,
        postponement_id: PostponementId,
        approve: bool,
        *,
        decided_on: date | None = None,
        decided_by: str = "",
        opinion: str = "",
    ) -> Done[PostponementRecord]:
        """Approve (the deadline moves to the new date; the status stays 延期整改) or
        refuse (the deadline stays; the status before the request comes back)."""
        decided_on = decided_on or date.today()
        with self.ledger.uow.begin() as s:
            row = self._get(s, Postponement, postponement_id)
            issue = self._get(s, Issue, row.issue_id)
            measure = self._measure_of(s, issue, row.measure_id)
            target: Issue | Measure = measure if measure is not None else issue
            problems = decision_problems(postponement_from(_row_dict(row)), decided_on)
            problems += check_text("opinion", opinion, required=not approve)
            self._refuse(problems)
            verb = "批准" if approve else "不批准"
            what = f"问题 {issue.number}" + (f" 第{measure.seq}条措施" if measure else "")
            rec = self.ledger.recorder(s, description=f"{verb}{what}的延期申请")
            self._set_plain(
                rec,
                "postponement",
                row,
                {
                    "decision": (Decision.APPROVED if approve else Decision.REFUSED).value,
                    "decided_on": decided_on,
                    "decided_by": decided_by or self.ledger.operator,
                    "opinion": opinion,
                },
                issue.key,
            )
            if approve:
                values: dict[str, Any] = {
                    "deadline": row.new_deadline.isoformat(),
                    "deadline_rule": None,
                    "deadline_text": format_date(row.new_deadline),
                }
            elif target.status == Status.POSTPONED.value and row.previous_status:
                values = {"status": row.previous_status}
            else:
                values = {}
            self._set_target_fields(s, rec, issue, target, values)
            s.flush()
            return Done(
                postponement_from(_row_dict(row)),
                self._changes(issue, measure),
                self._batch(rec),
            )

    def approve_postponement(
        self,
        postponement_id: PostponementId,
        *,
        decided_on: date | None = None,
        decided_by: str = "",
        opinion: str = "",
    ) -> Done[PostponementRecord]:
        return self.decide_postponement(
            postponement_id, True, decided_on=decided_on, decided_by=decided_by, opinion=opinion
        )

    def refuse_postponement(
        self,
        postponement_id: PostponementId,
        opinion: str,
        *,
        decided_on: date | None = None,
        decided_by: str = "",
    ) -> Done[PostponementRecord]:
        return self.decide_postponement(
            postponement_id, False, decided_on=decided_on, decided_by=decided_by, opinion=opinion
        )

    # -------------------------------------------------------------------- evidence
    def list_evidence(self, issue_id: IssueId | None = None) -> list[EvidenceRecord]:
        """One issue's evidence (its measures' included), or all, in the order added."""
        with self.ledger.uow.read() as s:
            query = select(Evidence).order_by(Evidence.issue_id, Evidence.id)
            if issue_id is not None:
                query = query.where(Evidence.issue_id == issue_id)
            return [evidence_record(r) for r in s.scalars(query)]

    def attach_evidence(
        self,
        issue_id: IssueId,
        file: Path,
        *,
        title: str | None = None,
        on: date | None = None,
        measure_id: MeasureId | None = None,
        max_size: int = MAX_FILE_SIZE,
    ) -> Done[EvidenceRecord]:
        """Copy a file into the evidence store and record it on an issue or measure.
        ``title`` defaults to the file's name without extension, ``on`` to today. The
        same content twice on one issue is refused (a double drop, usually)."""
        title = (title if title is not None else file.stem).strip()
        self._refuse(check_text("title", title, required=True))
        with self.ledger.uow.read() as s:
            self._get(s, Issue, issue_id)  # fail before copying anything
        store = self.store
        # A folder is written before the transaction; the database within it.
        stored: Stored | None = None
        if not isinstance(store, DatabaseEvidenceStore):
            stored = store.put(file, max_size)
        with self.ledger.uow.begin() as s:
            issue = self._get(s, Issue, issue_id)
            self._measure_of(s, issue, measure_id)
            if isinstance(store, DatabaseEvidenceStore):
                stored = store.put(file, max_size, connection=s.connection())
            assert stored is not None
            twin = s.scalar(
                select(Evidence).where(
                    Evidence.issue_id == issue.id, Evidence.sha256 == stored.sha256
                )
            )
            if twin is not None:
                raise ValidationFailed(
                    [
                        Problem(
                            Code.CONFLICT,
                            "file",
                            value=file.name,
                            message=(
                                Message(
                                    Msg.EVIDENCE_ALREADY_ATTACHED,
                                    title=twin.title,
                                    number=issue.number,
                                )
                            ),
                        )
                    ]
                )
            rec = self.ledger.recorder(
                s, description=f"为问题 {issue.number} 添加佐证材料：{title}", file=file.name
            )
            row = Evidence(
                issue_id=issue.id,
                measure_id=measure_id,
                title=title,
                date=on or date.today(),
                original_name=file.name,
                sha256=stored.sha256,
                size=stored.size,
            )
            s.add(row)
            s.flush()
            rec.created("evidence", row.key, snapshot(s, "evidence", row), issue.key)
            return Done(
                evidence_record(row), Changes(issues=frozenset({issue.id})), self._batch(rec)
            )

    def evidence_path(self, evidence_id: EvidenceId) -> Path:
        """Where an evidence file is, to open it; raises when the file is gone. For
        evidence in the database: a verified copy in the cache folder."""
        with self.ledger.uow.read() as s:
            row = self._get(s, Evidence, evidence_id)
            record = evidence_record(row)
        store = self.store
        if isinstance(store, DatabaseEvidenceStore):
            try:
                return store.path(record.sha256, record.original_name)
            except EvidenceError as exc:
                raise EvidenceError(
                    Message(Msg.EVIDENCE_CANNOT_OPEN, title=record.title, message=exc.message)
                ) from exc
        path = store.path(record.sha256, record.original_name)
        if not path.is_file():
            raise EvidenceError(Message(Msg.EVIDENCE_FILE_MISSING, title=record.title, path=path))
        return path

    def update_evidence(
        self, evidence_id: EvidenceId, *, title: str | None = None, on: date | None = None
    ) -> Done[EvidenceRecord]:
        """Rename an evidence record or change its date (the file is untouched)."""
        if title is not None:
            title = title.strip()
            self._refuse(check_text("title", title, required=True))
        with self.ledger.uow.begin() as s:
            row = self._get(s, Evidence, evidence_id)
            issue = self._get(s, Issue, row.issue_id)
            values: dict[str, Any] = {}
            if title is not None:
                values["title"] = title
            if on is not None:
                values["date"] = on
            rec = self.ledger.recorder(
                s, description=f"修改问题 {issue.number} 的佐证材料：{title or row.title}"
            )
            changed = self._set_plain(rec, "evidence", row, values, issue.key)
            s.flush()
            changes = Changes(issues=frozenset({issue.id})) if changed else Changes.none()
            return Done(evidence_record(row), changes, self._batch(rec))

    def rename_evidence(self, evidence_id: EvidenceId, title: str) -> Done[EvidenceRecord]:
        return self.update_evidence(evidence_id, title=title)

    def remove_evidence(self, evidence_id: EvidenceId) -> Done[None]:
        """Remove an evidence record. The file stays in the store, so the removal can
        be undone; :meth:`prune_evidence` clears files no record uses."""
        with self.ledger.uow.begin() as s:
            row = self._get(s, Evidence, evidence_id)
            issue = self._get(s, Issue, row.issue_id)
            rec = self.ledger.recorder(
                s, description=f"删除问题 {issue.number} 的佐证材料：{row.title}"
            )
            rec.deleted("evidence", row.key, snapshot(s, "evidence", row), issue.key)
            s.delete(row)
            return Done(None, Changes(issues=frozenset({issue.id})), self._batch(rec))

    def verify_evidence(self, issue_id: IssueId | None = None) -> list[EvidenceProblem]:
        """Every evidence file that is missing or no longer matches its hash."""
        store = self.store
        problems: list[EvidenceProblem] = []
        checked: dict[tuple[str, str, int], FileState] = {}  # one hash per stored file
        for record in self.list_evidence(issue_id):
            what = (record.sha256, store.relative(record.sha256, record.original_name), record.size)
            if what not in checked:
                checked[what] = store.check(record.sha256, record.original_name, record.size)
            if checked[what] is not FileState.OK:
                problems.append(EvidenceProblem(record, checked[what]))
        return problems

    def prune_evidence(self, dry_run: bool = False) -> list[str]:
        """Delete stored content that no evidence record uses (after removals the user
        no longer wants to undo); returns what went: the files' paths, or the hashes of
        content in the database. Refused for a folder given explicitly (a share on a
        server), which other ledgers may use too."""
        if self._evidence_dir is not None:
            raise EvidenceError(Message(Msg.SHARED_EVIDENCE_FOLDER))
        store = self.store
        keep = {store.relative(e.sha256, e.original_name) for e in self.list_evidence()}
        if isinstance(store, DatabaseEvidenceStore):
            return store.prune(keep, dry_run)
        return [str(p) for p in store.prune(keep, dry_run)]

    def export_evidence(
        self, issue_id: IssueId, out: Path, *, max_total: int = MAX_PACKAGE_SIZE
    ) -> Path:
        """Write one issue's evidence as a zip with an index workbook (the sign-off
        package). Refuses an issue without evidence, a package over ``max_total``
        bytes, and missing or altered files (a package must be complete). The zip is
        written beside ``out`` and renamed into place."""
        issue = self.ledger.get_issue(issue_id)
        records = self.list_evidence(issue_id)
        if not records:
            raise EvidenceError(Message(Msg.NO_EVIDENCE_TO_PACK, number=issue.number))
        total = sum(r.size for r in records)
        if total > max_total:
            raise EvidenceError(
                Message(
                    Msg.PACKAGE_TOO_LARGE,
                    number=issue.number,
                    total=total / (1 << 20),
                    max_total=max_total / (1 << 20),
                )
            )
        store = self.store
        if isinstance(store, DatabaseEvidenceStore):
            # Content from a server is read once: looked at cheaply now, hashed while
            # it is written into the package below.
            bad = [
                EvidenceProblem(r, state)
                for r in records
                if (state := store.present(r.sha256, r.original_name, r.size)) is not FileState.OK
            ]
        else:
            bad = self.verify_evidence(issue_id)
        if bad:
            listed = Message(Msg.PROBLEM_SEPARATOR).join(p.message for p in bad)
            raise EvidenceError(Message(Msg.PACKAGE_EVIDENCE_LIST, problems=listed))
        measures: dict[int, int] = {m.id: m.seq for m in self.ledger.list_measures(issue_id)}
        names = _package_names(records)
        index = index_workbook(issue.number, issue.text, records, names, measures)
        out.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".package-", suffix=".zip", dir=out.parent)
        os.close(handle)
        temp = Path(temp_name)
        try:
            with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(INDEX_NAME, index)
                for record, name in zip(records, names, strict=True):
                    big = record.size >= ZIP64_ENTRY
                    digest = hashlib.sha256()
                    with archive.open(name, "w", force_zip64=big) as entry:
                        for chunk in store.chunks(record.sha256, record.original_name):
                            digest.update(chunk)
                            entry.write(chunk)
                    if digest.hexdigest() != record.sha256:
                        problem = EvidenceProblem(record, FileState.ALTERED)
                        raise EvidenceError(
                            Message(Msg.PACKAGE_EVIDENCE_PROBLEMS, message=problem.message)
                        )
            os.replace(temp, out)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return out

    # -------------------------------------------------------------------- sign-off
    def sign_off_steps(self, issue_id: IssueId) -> list[SignOffRecord]:
        """An issue's sign-off steps in the order taken."""
        with self.ledger.uow.read() as s:
            rows = s.scalars(
                select(SignOff)
                .where(SignOff.issue_id == issue_id)
                .order_by(SignOff.date, SignOff.id)
            )
            return [sign_off_from(_row_dict(r)) for r in rows]

    def sign_off_state(self, issue_id: IssueId) -> SignOffState:
        return sign_off_state(self.sign_off_steps(issue_id))

    def _steps(self, s: Session, issue_id: int) -> list[SignOffRecord]:
        rows = s.scalars(select(SignOff).where(SignOff.issue_id == issue_id))
        return [sign_off_from(_row_dict(r)) for r in rows]

    @staticmethod
    def _step_date_problems(steps: Sequence[SignOffRecord], on: date) -> list[Problem]:
        latest = max((st.date for st in steps), default=None)
        if latest is not None and on < latest:
            return [
                Problem(
                    Code.DATE_ORDER,
                    "date",
                    value=on.isoformat(),
                    message=Message(Msg.DATE_BEFORE_PREVIOUS_STEP, latest=format_date(latest)),
                )
            ]
        return []

    def _add_step(
        self,
        s: Session,
        rec: Recorder,
        issue: Issue,
        step: SignOffStep,
        on: date,
        person: str,
        opinion: str,
        override_reason: str = "",
    ) -> SignOff:
        row = SignOff(
            issue_id=issue.id,
            step=step.value,
            date=on,
            person=person or self.ledger.operator,
            opinion=opinion,
            override_reason=override_reason,
        )
        s.add(row)
        s.flush()
        rec.created("sign_off", str(row.id), snapshot(s, "sign_off", row), issue.key)
        return row

    def apply_sign_off(
        self,
        issue_id: IssueId,
        *,
        person: str = "",
        on: date | None = None,
        opinion: str = "",
        override_reason: str = "",
    ) -> Done[SignOffRecord]:
        """申请销号. Needs every measure done and at least one evidence file; with an
        ``override_reason`` it goes ahead without them and the reason is kept with the
        application. Raises :class:`ValidationFailed` listing every unmet condition."""
        on = on or date.today()
        with self.ledger.uow.begin() as s:
            issue = self._get(s, Issue, issue_id)
            record = issue_records(s, ids=[issue.id])[0]
            measures = measure_records(s, [issue.id])
            evidence = s.scalar(
                select(func.count()).select_from(Evidence).where(Evidence.issue_id == issue.id)
            )
            steps = self._steps(s, issue.id)
            problems = application_problems(
                record, measures, evidence or 0, sign_off_state(steps), override_reason
            )
            problems += check_text("opinion", opinion)
            problems += self._step_date_problems(steps, on)
            self._refuse(problems)
            rec = self.ledger.recorder(s, description=f"问题 {issue.number} 申请销号")
            row = self._add_step(
                s, rec, issue, SignOffStep.APPLY, on, person, opinion, override_reason.strip()
            )
            return Done(
                sign_off_from(_row_dict(row)),
                Changes(issues=frozenset({issue.id})),
                self._batch(rec),
            )

    def review_sign_off(
        self,
        issue_id: IssueId,
        approve: bool,
        *,
        person: str = "",
        on: date | None = None,
        opinion: str = "",
    ) -> Done[SignOffRecord]:
        """审核: 同意 closes the issue (status 已销号); 退回 needs a reason and leaves the
        status as it was."""
        on = on or date.today()
        step = SignOffStep.APPROVE if approve else SignOffStep.RETURN
        with self.ledger.uow.begin() as s:
            issue = self._get(s, Issue, issue_id)
            steps = self._steps(s, issue.id)
            problems = review_problems(sign_off_state(steps), step, opinion)
            problems += self._step_date_problems(steps, on)
            self._refuse(problems)
            verb = "同意销号" if approve else "退回销号申请"
            rec = self.ledger.recorder(s, description=f"问题 {issue.number} {verb}")
            row = self._add_step(s, rec, issue, step, on, person, opinion)
            if approve:
                self._set_target_fields(s, rec, issue, issue, {"status": Status.CLOSED.value})
            s.flush()
            return Done(
                sign_off_from(_row_dict(row)),
                Changes(issues=frozenset({issue.id})),
                self._batch(rec),
            )

    def approve_sign_off(
        self, issue_id: IssueId, *, person: str = "", on: date | None = None, opinion: str = ""
    ) -> Done[SignOffRecord]:
        return self.review_sign_off(issue_id, True, person=person, on=on, opinion=opinion)

    def return_sign_off(
        self, issue_id: IssueId, reason: str, *, person: str = "", on: date | None = None
    ) -> Done[SignOffRecord]:
        return self.review_sign_off(issue_id, False, person=person, on=on, opinion=reason)

    def reopen_issue(
        self,
        issue_id: IssueId,
        reason: str,
        *,
        person: str = "",
        on: date | None = None,
        status: Status = Status.IN_PROGRESS,
    ) -> Done[SignOffRecord]:
        """Reopen a signed-off issue for follow-up (回头看): the reason goes on record
        and the status becomes ``status`` (正在推进 unless told otherwise)."""
        on = on or date.today()
        with self.ledger.uow.begin() as s:
            issue = self._get(s, Issue, issue_id)
            steps = self._steps(s, issue.id)
            problems = reopen_problems(Status(issue.status), reason)
            if status.is_finished:
                problems.append(
                    Problem(
                        Code.WRONG_STEP,
                        "status",
                        value=STATUS_LABELS[status],
                        message=Message(Msg.REOPEN_STATE),
                    )
                )
            problems += self._step_date_problems(steps, on)
            self._refuse(problems)
            rec = self.ledger.recorder(s, description=f"问题 {issue.number} 重新打开（回头看）")
            row = self._add_step(s, rec, issue, SignOffStep.REOPEN, on, person, reason)
            self._set_target_fields(s, rec, issue, issue, {"status": status.value})
            s.flush()
            return Done(
                sign_off_from(_row_dict(row)),
                Changes(issues=frozenset({issue.id})),
                self._batch(rec),
            )

    # -------------------------------------------------------------------- outcomes
    def list_outcomes(self, issue_id: IssueId | None = None) -> list[OutcomeRecord]:
        with self.ledger.uow.read() as s:
            query = select(Outcome).order_by(Outcome.issue_id, Outcome.id)
            if issue_id is not None:
                query = query.where(Outcome.issue_id == issue_id)
            return [outcome_from(_row_dict(r)) for r in s.scalars(query)]

    @staticmethod
    def _outcome_values(draft: OutcomeDraft) -> dict[str, Any]:
        return {
            "kind": draft.kind.value,
            "subkind": draft.subkind,
            "name": draft.name,
            "count": draft.count,
            # Numeric(14, 3) stores exactly three decimals; sums are made from Decimals
            # read back through ``to_amount``, never from these floats.
            "amount": float(draft.amount) if draft.amount is not None else None,
            "date": draft.date,
        }

    def add_outcome(self, issue_id: IssueId, draft: OutcomeDraft) -> Done[OutcomeRecord]:
        """Record a rule made, people held accountable or money recovered."""
        self._refuse(validate_outcome(draft))
        with self.ledger.uow.begin() as s:
            issue = self._get(s, Issue, issue_id)
            rec = self.ledger.recorder(s, description=f"登记问题 {issue.number} 的整改成效")
            row = Outcome(issue_id=issue.id, **self._outcome_values(draft))
            s.add(row)
            s.flush()
            rec.created("outcome", str(row.id), snapshot(s, "outcome", row), issue.key)
            return Done(
                outcome_from(_row_dict(row)),
                Changes(issues=frozenset({issue.id})),
                self._batch(rec),
            )

    def update_outcome(self, outcome_id: OutcomeId, draft: OutcomeDraft) -> Done[OutcomeRecord]:
        self._refuse(validate_outcome(draft))
        with self.ledger.uow.begin() as s:
            row = self._get(s, Outcome, outcome_id)
            issue = self._get(s, Issue, row.issue_id)
            rec = self.ledger.recorder(s, description=f"修改问题 {issue.number} 的整改成效")
            changed = self._set_plain(rec, "outcome", row, self._outcome_values(draft), issue.key)
            s.flush()
            changes = Changes(issues=frozenset({issue.id})) if changed else Changes.none()
            return Done(outcome_from(_row_dict(row)), changes, self._batch(rec))

    def delete_outcome(self, outcome_id: OutcomeId) -> Done[None]:
        with self.ledger.uow.begin() as s:
            row = self._get(s, Outcome, outcome_id)
            issue = self._get(s, Issue, row.issue_id)
            rec = self.ledger.recorder(s, description=f"删除问题 {issue.number} 的整改成效")
            rec.deleted("outcome", str(row.id), snapshot(s, "outcome", row), issue.key)
            s.delete(row)
            return Done(None, Changes(issues=frozenset({issue.id})), self._batch(rec))

    def outcome_totals(self, inspection_id: InspectionId | None = None) -> OutcomeTotals:
        view = self.view()
        if inspection_id is not None:
            view = view.only_inspection(inspection_id)
        return outcome_totals(view.outcomes)

    # ------------------------------------------------------------ notice figures
    def set_notice_statistics(
        self, inspection_id: InspectionId, figures: dict[str, Any]
    ) -> Done[dict[str, Any]]:
        """Keep the figures a published notice stated for an inspection (the
        ``statistics`` a notice reader found), for the ledger check to recompute."""
        text = figures_text(figures)
        with self.ledger.uow.begin() as s:
            row = self._get(s, Inspection, inspection_id)
            rec = self.ledger.recorder(s, description=f"记录通报数字：{row.title}")
            if row.notice_statistics != text:
                rec.updated("inspection", row.key, "notice_statistics", row.notice_statistics, text)
                row.notice_statistics = text
            s.flush()
            batch = self._batch(rec)
            changes = Changes(inspections=frozenset({row.id})) if batch else Changes.none()
            return Done(dict(figures), changes, batch)

    # ------------------------------------------------------- views and reports
    def view(self, as_of: date | None = None) -> LedgerView:
        """The ledger as records, now or at the end of ``as_of`` (from the history)."""
        with self.ledger.uow.read() as s:
            return build_view(s, as_of)

    def lint(self, inspection_id: InspectionId | None = None) -> list[Finding]:
        """The ledger check (体检) on the ledger now."""
        view = self.view()
        if inspection_id is not None:
            view = view.only_inspection(inspection_id)
        return check_ledger(view)

    def statistics(
        self,
        inspection_id: InspectionId | None = None,
        *,
        as_of: date | None = None,
        since: date | None = None,
        today: date | None = None,
    ) -> dict[str, Any]:
        """The ``stats --json`` document (see ``supervision_stats.statistics``): the
        ledger now (``today`` for overdue, default the real today) or at the end of
        ``as_of``; with ``since``, the changes from that day on."""
        from desktop.services.supervision_stats import changes_since, statistics

        day = as_of or today or date.today()
        with self.ledger.uow.read() as s:
            view = build_view(s, as_of)
            finished = finish_dates(s, as_of)
            changes = changes_since(s, view, since, as_of) if since is not None else None
        # The view's records are freed a record at a time at the end (collector.let_go):
        # at once they held the interpreter lock, and the window with it, 150-350 ms.
        records: list[Any] = [*view.issues, *view.measures, *view.notes, *view.evidence]
        if inspection_id is not None:
            view = view.only_inspection(inspection_id)
            if changes is not None:
                changes = [c for c in changes if c.get("inspection_id") in (inspection_id, None)]
        result = statistics(
            view, day, finished, settings=self.due_settings(), calendar=self.calendar
        )
        del view
        collector.let_go(records)
        if as_of is not None:
            result["as_of"] = as_of.isoformat()
        if since is not None:
            result["since"] = since.isoformat()
            result["changes"] = changes or []
        return result

    def lights(
        self, inspection_id: InspectionId | None = None, today: date | None = None
    ) -> tuple[dict[int, Light], dict[int, Light]]:
        """The light of every issue and every measure (by id), for the lists that show
        them; computed on the current ledger with the ledger's due-soon setting."""
        today = today or date.today()
        settings = self.due_settings()
        view = self.view()
        if inspection_id is not None:
            view = view.only_inspection(inspection_id)
        feedback = {i.id: i.feedback_date for i in view.inspections}
        start = {i.id: feedback.get(i.inspection_id) for i in view.issues}
        measures_of: dict[int, list[MeasureRecord]] = {}
        for m in view.measures:
            measures_of.setdefault(m.issue_id, []).append(m)
        # Issues by the one rule (domain.overdue): their measures' deadlines count too.
        issue_lights: dict[int, Light] = {
            i.id: issue_light(
                i, today, settings, self.calendar, start[i.id], measures_of.get(i.id, ())
            )
            for i in view.issues
        }
        measure_lights: dict[int, Light] = {
            m.id: record_light(m, today, settings, self.calendar, start.get(m.issue_id))
            for m in view.measures
        }
        return issue_lights, measure_lights

    def supervision_list(
        self, inspection_id: InspectionId | None = None, today: date | None = None
    ) -> dict[str, Any]:
        """The 督办 list: overdue and due-soon issues and measures, by lead unit."""
        from desktop.services.supervision_stats import supervision_items

        view = self.view()
        if inspection_id is not None:
            view = view.only_inspection(inspection_id)
        return supervision_items(view, today or date.today(), self.due_settings(), self.calendar)

    def dock_list(self, settings: DueSettings, today: date | None = None) -> dict[str, Any]:
        """The 督办 list as the dock shows it, read for what it shows
        (``supervision_list.dock_list``; its items without their texts)."""
        from desktop.services.supervision_list import dock_list
        from desktop.services.unit_of_work import session_fetch, session_rows

        with self.ledger.uow.read() as s:
            return dock_list(
                session_fetch(s), session_rows(s), today or date.today(), settings, self.calendar
            )

    def item_texts(self, items: list[DockItem]) -> dict[tuple[str, int], str]:
        """The texts of some 督办 items, by (entity, id)."""
        from desktop.services.supervision_list import item_texts
        from desktop.services.unit_of_work import session_fetch

        with self.ledger.uow.read() as s:
            return item_texts(session_fetch(s), items)


def _package_names(records: Sequence[EvidenceRecord]) -> list[str]:
    """File names inside the package: numbered, the title made safe for Windows, the
    original extension kept; never two alike."""
    from desktop.services.evidence_store import safe_suffix

    names: list[str] = []
    seen: set[str] = set()
    for n, r in enumerate(records, start=1):
        stem = _UNSAFE_NAME_RE.sub("_", r.title).strip(" .") or "材料"
        name = f"{n:02d}_{stem[:60]}{safe_suffix(r.original_name)}"
        while name.lower() in seen:
            name = f"{n:02d}_{stem[:56]}_{len(seen)}{safe_suffix(r.original_name)}"
        seen.add(name.lower())
        names.append(name)
    return names


__all__ = [
    "INDEX_NAME",
    "MAX_PACKAGE_SIZE",
    "EvidenceProblem",
    "SupervisionService",
]
