"""The ledger service: every user action on inspections, categories, issues and
measures, each in one transaction, each recorded in the history as one batch."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.changes import Changes, Done
from desktop.domain.filters import IssueFilter, matches
from desktop.domain.plan import ImportPlan
from desktop.domain.problems import ValidationFailed
from desktop.domain.records import (
    BatchId,
    CategoryId,
    CategoryRecord,
    HistoryEntry,
    InspectionDraft,
    InspectionId,
    InspectionRecord,
    IssueDraft,
    IssueId,
    IssueRecord,
    MeasureDraft,
    MeasureId,
    MeasureRecord,
    UnitRecord,
)
from desktop.domain.rollup import Disagreement, StatusChoice, StatusDisagrees
from desktop.domain.rules import (
    validate_inspection,
    validate_issue,
    validate_measure,
)
from desktop.domain.texts import Message, Msg
from desktop.services import apply, ledger_read, undo
from desktop.services import fields as rf
from desktop.services.apply import Applied
from desktop.services.history import ENTITY_MODELS, Recorder, snapshot
from desktop.services.ledger_rows import (
    get_row,
    insert_measure,
    insert_row,
    inspection_values,
    issue_records,
    measure_records,
    new_category,
    record_units,
    roll_up,
    set_fields,
    state_against_measures,
)
from desktop.services.records import category_record, inspection_record
from desktop.services.unit_of_work import UnitOfWork, session_fetch
from desktop.storage.errors import NotFound, StaleEdit
from desktop.storage.models import (
    Category,
    History,
    HistoryBatch,
    Inspection,
    Issue,
    Measure,
    ProgressNote,
)


class LedgerService:
    """One method per user action. ``operator`` is written into the history."""

    def __init__(self, engine: Engine, operator: str = "") -> None:
        self.uow = UnitOfWork(engine)
        self.operator = operator

    def recorder(self, session: Session, source: str = "form", **kwargs: Any) -> Recorder:
        return Recorder(session, self.operator, source, **kwargs)

    # ----------------------------------------------------------------- inspections
    def list_inspections(self) -> list[InspectionRecord]:
        with self.uow.read() as s:
            return ledger_read.inspections(session_fetch(s))

    def get_inspection(self, inspection_id: InspectionId) -> InspectionRecord:
        with self.uow.read() as s:
            return inspection_record(get_row(s, Inspection, inspection_id))

    def find_inspection(self, key_or_title: str) -> InspectionRecord | None:
        """An inspection by its key or its title (the CLI's ``--inspection K``)."""
        with self.uow.read() as s:
            row = s.scalar(select(Inspection).where(Inspection.key == key_or_title))
            if row is None:
                row = s.scalar(
                    select(Inspection)
                    .where(Inspection.title == key_or_title)
                    .order_by(Inspection.id)
                    .limit(1)
                )
            return inspection_record(row) if row else None

    def create_inspection(self, draft: InspectionDraft) -> Done[InspectionRecord]:
        problems = validate_inspection(draft)
        if any(p.blocking for p in problems):
            raise ValidationFailed(problems)
        with self.uow.begin() as s:
            rec = self.recorder(s, description=f"新建巡察：{draft.title}")
            position = s.scalar(select(func.coalesce(func.max(Inspection.position), 0))) or 0
            row = Inspection(**inspection_values(draft), position=position + 1)
            s.add(row)
            s.flush()
            rec.created("inspection", row.key, snapshot(s, "inspection", row))
            batch = rec.flush()
            return Done(
                inspection_record(row),
                Changes(inspections=frozenset({row.id}), structure=True),
                BatchId(batch) if batch else None,
            )

    def update_inspection(
        self,
        inspection_id: InspectionId,
        draft: InspectionDraft,
        expected_revision: int | None = None,
    ) -> Done[InspectionRecord]:
        problems = validate_inspection(draft)
        if any(p.blocking for p in problems):
            raise ValidationFailed(problems)
        with self.uow.begin() as s:
            row = get_row(s, Inspection, inspection_id)
            self._check_revision(row, expected_revision, "巡察")
            rec = self.recorder(s, description=f"修改巡察：{draft.title}")
            for name, value in inspection_values(draft).items():
                old = getattr(row, name)
                if old != value:
                    rec.updated("inspection", row.key, name, old, value)
                    setattr(row, name, value)
            batch = self._flush_checked(s, rec)
            return Done(inspection_record(row), Changes(inspections=frozenset({row.id})), batch)

    def delete_inspection(self, inspection_id: InspectionId) -> Done[None]:
        """Delete an inspection with its categories, issues and measures (undoable)."""
        with self.uow.begin() as s:
            row = get_row(s, Inspection, inspection_id)
            rec = self.recorder(s, description=f"删除巡察：{row.title}")
            for issue in s.scalars(select(Issue).where(Issue.inspection_id == row.id)):
                self._record_issue_delete(s, rec, issue)
            cats = list(
                s.scalars(
                    select(Category)
                    .where(Category.inspection_id == row.id)
                    .order_by(Category.id.desc())
                )
            )
            for cat in cats:
                rec.deleted("category", str(cat.id), snapshot(s, "category", cat))
            rec.deleted("inspection", row.key, snapshot(s, "inspection", row))
            s.delete(row)
            batch = rec.flush()
            return Done(None, Changes.everything(), BatchId(batch) if batch else None)

    # ------------------------------------------------------------------ categories
    def list_categories(self, inspection_id: InspectionId) -> list[CategoryRecord]:
        with self.uow.read() as s:
            return ledger_read.categories(session_fetch(s), inspection_id)

    def add_category(
        self, inspection_id: InspectionId, name: str, parent_id: CategoryId | None = None
    ) -> Done[CategoryRecord]:
        with self.uow.begin() as s:
            get_row(s, Inspection, inspection_id)
            rec = self.recorder(s, description=f"新增类别：{name}")
            row = new_category(s, rec, inspection_id, parent_id, name)
            batch = rec.flush()
            return Done(
                category_record(row),
                Changes(categories=frozenset({row.id}), structure=True),
                BatchId(batch) if batch else None,
            )

    def update_category(
        self,
        category_id: CategoryId,
        *,
        name: str | None = None,
        parent_id: CategoryId | None = None,
        reparent: bool = False,
        position: int | None = None,
    ) -> Done[CategoryRecord]:
        """Rename, move under ``parent_id`` (None: the top) when ``reparent``, or
        reorder."""
        with self.uow.begin() as s:
            row = get_row(s, Category, category_id)
            rec = self.recorder(s, description=f"修改类别：{row.name}")
            wanted: dict[str, Any] = {}
            if name is not None:
                wanted["name"] = name
            if reparent:
                wanted["parent_id"] = parent_id
            if position is not None:
                wanted["position"] = position
            for field, value in wanted.items():
                if getattr(row, field) != value:
                    rec.updated("category", str(row.id), field, getattr(row, field), value)
                    setattr(row, field, value)
            batch = rec.flush()
            return Done(
                category_record(row),
                Changes(categories=frozenset({row.id}), structure=True),
                BatchId(batch) if batch else None,
            )

    def delete_category(self, category_id: CategoryId) -> Done[None]:
        """Delete a category and its sub-categories; their issues become uncategorised."""
        with self.uow.begin() as s:
            row = get_row(s, Category, category_id)
            rec = self.recorder(s, description=f"删除类别：{row.name}")
            ids = self._category_subtree(s, row.id)
            for issue in s.scalars(select(Issue).where(Issue.category_id.in_(ids))):
                rec.updated("issue", issue.key, "category_id", issue.category_id, None, issue.key)
                issue.category_id = None
            # Children first (the subtree lists parents first), one flush each: the database
            # cascades deletes, and a batched DELETE would race it.
            for cat_id in reversed(ids):
                cat = s.get_one(Category, cat_id)
                rec.deleted("category", str(cat.id), snapshot(s, "category", cat))
                s.delete(cat)
                s.flush()
            batch = rec.flush()
            return Done(
                None,
                Changes(categories=frozenset(ids), structure=True),
                BatchId(batch) if batch else None,
            )

    def _category_subtree(self, s: Session, category_id: int) -> list[int]:
        ids = [category_id]
        frontier = [category_id]
        while frontier:
            frontier = list(s.scalars(select(Category.id).where(Category.parent_id.in_(frontier))))
            ids += frontier
        return ids

    def category_paths(
        self, s: Session, inspection_id: InspectionId | None = None
    ) -> dict[int, tuple[str, ...]]:
        return ledger_read.category_paths(session_fetch(s), inspection_id)

    # ---------------------------------------------------------------------- issues
    def list_issues(
        self, flt: IssueFilter | None = None, today: date | None = None
    ) -> list[IssueRecord]:
        """Issues in ledger order, filtered in Python (see ``domain.filters``)."""
        flt = flt or IssueFilter()
        day = today or date.today()
        with self.uow.read() as s:
            records = issue_records(s, flt.inspection_id)
            if flt.category_id is not None:
                wanted = set(self._category_subtree(s, flt.category_id))
                records = [r for r in records if r.category_id in wanted]
            rules: dict[str, Any] = {}
            if flt.overdue or flt.due_soon:
                # Deadlines in force, as the window's lights judge them (domain.overdue).
                from desktop.services.work_calendar import office_calendar

                rules["calendar"] = office_calendar()[0]
                rules["starts"] = {
                    row[0]: row[1]
                    for row in s.execute(select(Inspection.id, Inspection.feedback_date))
                }
            if flt.text:
                texts = self._search_texts(s, flt.inspection_id)
                records = [
                    r for r in records if matches(r, flt, day, texts.get(r.id, r.text), **rules)
                ]
            elif not flt.is_empty:
                records = [r for r in records if matches(r, flt, day, **rules)]
            return records

    def _search_texts(self, s: Session, inspection_id: InspectionId | None) -> dict[int, str]:
        """Each issue's text joined with its measures' and progress notes' texts. Joined
        issue by issue as its measures come (in issue order), so that the texts of a big
        ledger are never held twice."""
        q_issue = select(Issue.id, Issue.text, Issue.progress, Issue.remarks)
        q_measure = (
            select(Measure.issue_id, Measure.text, Measure.progress)
            .join(Issue)
            .order_by(Measure.issue_id, Measure.seq, Measure.id)
        )
        q_note = select(ProgressNote.issue_id, ProgressNote.text).join(Issue)
        if inspection_id is not None:
            q_issue = q_issue.where(Issue.inspection_id == inspection_id)
            q_measure = q_measure.where(Issue.inspection_id == inspection_id)
            q_note = q_note.where(Issue.inspection_id == inspection_id)
        notes: dict[int, list[str]] = defaultdict(list)
        # In batches: a session buffers a whole result otherwise (250,000 measures'
        # texts: 250 MB more at the peak).
        batches = {"yield_per": 2000}
        for iid, text in s.execute(q_note):
            notes[iid].append(text)
        pending: dict[int, list[str]] = {
            iid: texts for iid, *texts in s.execute(q_issue, execution_options=batches)
        }
        out: dict[int, str] = {}

        def finish(iid: int, parts: list[str]) -> None:
            out[iid] = "\n".join(t for t in (*parts, *notes.get(iid, ())) if t)

        current: int | None = None
        parts: list[str] = []
        for iid, *texts in s.execute(q_measure, execution_options=batches):
            if iid != current:
                if current is not None:
                    finish(current, parts)
                current, parts = iid, pending.pop(iid, [])
            parts.extend(texts)
        if current is not None:
            finish(current, parts)
        for iid, rest in pending.items():  # issues without measures
            finish(iid, rest)
        return out

    def get_issue(self, issue_id: IssueId) -> IssueRecord:
        with self.uow.read() as s:
            found = issue_records(s, ids=[issue_id])
            if not found:
                raise NotFound(Message(Msg.ISSUE_GONE))
            return found[0]

    def issue_by_key(self, key: str) -> IssueRecord | None:
        with self.uow.read() as s:
            iid = s.scalar(select(Issue.id).where(Issue.key == key))
            if iid is None:
                return None
            return issue_records(s, ids=[iid])[0]

    def add_issue(
        self, inspection_id: InspectionId, draft: IssueDraft, measures: Sequence[MeasureDraft] = ()
    ) -> Done[IssueRecord]:
        """Add an issue (and its measures) at the end of an inspection."""
        problems = validate_issue(draft)
        for m in measures:
            problems += validate_measure(m)
        if any(p.blocking for p in problems):
            raise ValidationFailed(problems)
        with self.uow.begin() as s:
            get_row(s, Inspection, inspection_id)
            rec = self.recorder(s, description=f"新增问题 {draft.number}")
            units = rf.UnitCache(s)
            row = self._insert_issue(s, rec, units, inspection_id, draft)
            for seq, m in enumerate(measures, start=1):
                insert_measure(s, rec, units, row, m, seq)
            if measures:
                roll_up(s, rec, units, row, self.operator)
            record_units(s, rec, units)
            batch = rec.flush()
            record = issue_records(s, ids=[row.id])[0]
            return Done(
                record,
                Changes(issues=frozenset({row.id}), structure=True, units=bool(units.created)),
                BatchId(batch) if batch else None,
            )

    def _insert_issue(
        self,
        s: Session,
        rec: Recorder,
        units: rf.UnitCache,
        inspection_id: InspectionId,
        draft: IssueDraft,
        position: int | None = None,
    ) -> Issue:
        if position is None:
            position = (
                s.scalar(
                    select(func.coalesce(func.max(Issue.position), 0)).where(
                        Issue.inspection_id == inspection_id
                    )
                )
                or 0
            ) + 1
        row = Issue(
            inspection_id=inspection_id,
            position=position,
            number=draft.number,
            text=draft.text,
            updated_at=datetime.now().replace(microsecond=0),
            updated_by=self.operator,
        )
        insert_row(s, rec, units, "issue", row, rf.issue_draft_fields(draft))
        return row

    def update_issue(
        self,
        issue_id: IssueId,
        draft: IssueDraft,
        expected_revision: int | None = None,
        *,
        status_choice: StatusChoice = StatusChoice.ASK,
    ) -> Done[IssueRecord]:
        """Save an edited issue. Only the fields that differ are written and recorded.
        Raises :class:`StaleEdit` when ``expected_revision`` is no longer current, and
        :class:`StatusDisagrees` when a new state disagrees with the issue's measures
        and ``status_choice`` does not say what to do (see ``domain.rollup``)."""
        problems = validate_issue(draft)
        if any(p.blocking for p in problems):
            raise ValidationFailed(problems)
        return self.set_issue_fields(
            issue_id,
            rf.issue_draft_fields(draft),
            expected_revision=expected_revision,
            description=f"修改问题 {draft.number}",
            status_choice=status_choice,
        )

    def set_issue_fields(
        self,
        issue_id: IssueId,
        values: dict[str, Any],
        *,
        expected_revision: int | None = None,
        description: str = "",
        status_choice: StatusChoice = StatusChoice.ASK,
    ) -> Done[IssueRecord]:
        """Set some fields of one issue (record vocabulary, JSON-ready values); a new
        state follows the roll-up rule as :meth:`update_issue` says."""
        done = self._set_issues_fields(
            [issue_id],
            values,
            description=description,
            status_choice=status_choice,
            expected_revision=expected_revision,
        )
        return Done(done.value[0], done.changes, done.batch_id)

    def bulk_set_issue_fields(
        self,
        issue_ids: Sequence[IssueId],
        values: dict[str, Any],
        *,
        status_choice: StatusChoice = StatusChoice.ASK,
    ) -> Done[list[IssueRecord]]:
        """Set the same fields on many issues in one transaction and one batch; a new
        state follows the roll-up rule as :meth:`update_issue` says (one question for
        all the issues whose measures disagree)."""
        return self._set_issues_fields(
            issue_ids,
            values,
            description=f"批量修改 {len(issue_ids)} 个问题",
            status_choice=status_choice,
        )

    def _set_issues_fields(
        self,
        issue_ids: Sequence[IssueId],
        values: dict[str, Any],
        *,
        description: str,
        status_choice: StatusChoice,
        expected_revision: int | None = None,
    ) -> Done[list[IssueRecord]]:
        with self.uow.begin() as s:
            rows = [get_row(s, Issue, iid) for iid in issue_ids]
            if expected_revision is not None:
                self._check_revision(rows[0], expected_revision, "问题")
            rec = self.recorder(s, description=description or f"修改问题 {rows[0].number}")
            units = rf.UnitCache(s)
            touched: set[int] = set()
            measures_changed: set[int] = set()
            disagreeing: list[Disagreement] = []
            now = datetime.now().replace(microsecond=0)
            for row in rows:
                own = dict(values)
                if "status" in own:
                    found = state_against_measures(
                        s, rec, units, row, own, status_choice, disagreeing
                    )
                    measures_changed |= found
                    if found:
                        touched.add(row.id)
                if set_fields(s, rec, units, "issue", row, own, row.key):
                    row.updated_at = now
                    row.updated_by = self.operator
                    touched.add(row.id)
            if disagreeing:
                raise StatusDisagrees(disagreeing)  # rolls the transaction back
            record_units(s, rec, units)
            batch = self._flush_checked(s, rec)
            records = issue_records(s, ids=[r.id for r in rows])
            return Done(
                records,
                Changes(
                    issues=frozenset(touched),
                    measures=frozenset(measures_changed),
                    units=bool(units.created),
                ),
                batch,
            )

    def delete_issue(self, issue_id: IssueId) -> Done[None]:
        """Delete an issue and its measures; the history keeps snapshots for undo."""
        return self.delete_issues([issue_id])

    def delete_issues(self, issue_ids: Sequence[IssueId]) -> Done[None]:
        with self.uow.begin() as s:
            rows = [get_row(s, Issue, iid) for iid in issue_ids]
            rec = self.recorder(
                s,
                description=(
                    f"删除问题 {rows[0].number}" if len(rows) == 1 else f"删除 {len(rows)} 个问题"
                ),
            )
            for row in rows:
                self._record_issue_delete(s, rec, row)
                s.delete(row)
            batch = rec.flush()
            return Done(
                None,
                Changes(issues=frozenset(issue_ids), structure=True),
                BatchId(batch) if batch else None,
            )

    def _record_issue_delete(self, s: Session, rec: Recorder, row: Issue) -> None:
        # Children first, so that undo (which replays in reverse) restores parents first.
        self._record_children_delete(s, rec, "issue_id", row.id, row.key)
        for m in s.scalars(select(Measure).where(Measure.issue_id == row.id)):
            rec.deleted("measure", m.key, snapshot(s, "measure", m), row.key)
        rec.deleted("issue", row.key, snapshot(s, "issue", row), row.key)

    @staticmethod
    def _record_children_delete(
        s: Session, rec: Recorder, column: str, row_id: int, issue_key: str
    ) -> None:
        """Record the deletion of the rows the database cascades away with an issue or
        a measure (progress notes, evidence, postponements, sign-off steps, outcomes),
        so that undo puts them back."""
        for entity in ("progress_note", "evidence", "postponement", "sign_off", "outcome"):
            model = ENTITY_MODELS[entity]
            if not hasattr(model, column):
                continue
            for child in s.scalars(select(model).where(getattr(model, column) == row_id)):
                key = getattr(child, "key", None) or str(child.id)
                rec.deleted(entity, key, snapshot(s, entity, child), issue_key)

    def move_issue(self, issue_id: IssueId, new_position: int) -> Done[None]:
        """Move an issue to a 0-based place among its inspection's issues."""
        with self.uow.begin() as s:
            row = get_row(s, Issue, issue_id)
            siblings = list(
                s.scalars(
                    select(Issue)
                    .where(Issue.inspection_id == row.inspection_id)
                    .order_by(Issue.position, Issue.id)
                )
            )
            rec = self.recorder(s, description=f"移动问题 {row.number}")
            self._reorder(rec, "issue", siblings, row, new_position, "position")
            batch = rec.flush()
            return Done(
                None,
                Changes(issues=frozenset(r.id for r in siblings), structure=True),
                BatchId(batch) if batch else None,
            )

    @staticmethod
    def _reorder(
        rec: Recorder,
        entity: str,
        siblings: list[Any],
        row: Any,
        new_index: int,
        attr: str,
        issue_key: str | None = None,
    ) -> None:
        """Move ``row`` to ``new_index`` among ``siblings``, renumbering ``attr``; the
        entries of measures go under ``issue_key`` (an issue's under its own key)."""
        siblings.remove(row)
        siblings.insert(max(0, min(new_index, len(siblings))), row)
        for index, item in enumerate(siblings, start=1):
            if getattr(item, attr) != index:
                key = item.key if entity == "issue" else issue_key
                rec.updated(entity, item.key, attr, getattr(item, attr), index, key)
                setattr(item, attr, index)

    # -------------------------------------------------------------------- measures
    def list_measures(self, issue_id: IssueId) -> list[MeasureRecord]:
        with self.uow.read() as s:
            return measure_records(s, [issue_id])

    def measures_by_issue(
        self, issue_ids: Sequence[IssueId] | None = None
    ) -> dict[int, list[MeasureRecord]]:
        """Measures of many issues at once (exports, printing), in order."""
        with self.uow.read() as s:
            return ledger_read.measure_records(session_fetch(s), issue_ids)

    def add_measure(
        self, issue_id: IssueId, draft: MeasureDraft, index: int | None = None
    ) -> Done[MeasureRecord]:
        """Add a measure at the end of an issue's measures, or at 0-based ``index``."""
        problems = validate_measure(draft)
        if any(p.blocking for p in problems):
            raise ValidationFailed(problems)
        with self.uow.begin() as s:
            issue = get_row(s, Issue, issue_id)
            rec = self.recorder(s, description=f"新增问题 {issue.number} 的整改措施")
            units = rf.UnitCache(s)
            siblings = list(
                s.scalars(
                    select(Measure)
                    .where(Measure.issue_id == issue.id)
                    .order_by(Measure.seq, Measure.id)
                )
            )
            row = insert_measure(s, rec, units, issue, draft, len(siblings) + 1)
            if index is not None and index < len(siblings):
                self._reorder(rec, "measure", [*siblings, row], row, index, "seq")
            roll_up(s, rec, units, issue, self.operator)
            record_units(s, rec, units)
            batch = rec.flush()
            s.flush()
            record = next(m for m in measure_records(s, [issue.id]) if m.id == row.id)
            return Done(
                record,
                Changes(
                    issues=frozenset({issue.id}),
                    measures=frozenset({row.id}),
                    structure=True,
                    units=bool(units.created),
                ),
                BatchId(batch) if batch else None,
            )

    def update_measure(
        self, measure_id: MeasureId, draft: MeasureDraft, expected_revision: int | None = None
    ) -> Done[MeasureRecord]:
        problems = validate_measure(draft)
        if any(p.blocking for p in problems):
            raise ValidationFailed(problems)
        return self.set_measure_fields(
            measure_id, rf.measure_draft_fields(draft), expected_revision=expected_revision
        )

    def set_measure_fields(
        self, measure_id: MeasureId, values: dict[str, Any], *, expected_revision: int | None = None
    ) -> Done[MeasureRecord]:
        with self.uow.begin() as s:
            row = get_row(s, Measure, measure_id)
            self._check_revision(row, expected_revision, "整改措施")
            issue = get_row(s, Issue, row.issue_id)
            rec = self.recorder(s, description=f"修改问题 {issue.number} 的整改措施")
            units = rf.UnitCache(s)
            changed = set_fields(s, rec, units, "measure", row, values, issue.key)
            if changed:
                roll_up(s, rec, units, issue, self.operator)
            record_units(s, rec, units)
            batch = self._flush_checked(s, rec)
            record = next(m for m in measure_records(s, [issue.id]) if m.id == row.id)
            return Done(
                record,
                Changes(
                    issues=frozenset({issue.id}) if changed else frozenset(),
                    measures=frozenset({row.id}) if changed else frozenset(),
                    units=bool(units.created),
                ),
                batch,
            )

    def delete_measure(self, measure_id: MeasureId) -> Done[None]:
        with self.uow.begin() as s:
            row = get_row(s, Measure, measure_id)
            issue = get_row(s, Issue, row.issue_id)
            rec = self.recorder(s, description=f"删除问题 {issue.number} 的整改措施")
            self._record_children_delete(s, rec, "measure_id", row.id, issue.key)
            rec.deleted("measure", row.key, snapshot(s, "measure", row), issue.key)
            s.delete(row)
            s.flush()
            rest = list(
                s.scalars(
                    select(Measure)
                    .where(Measure.issue_id == issue.id)
                    .order_by(Measure.seq, Measure.id)
                )
            )
            for index, m in enumerate(rest, start=1):
                if m.seq != index:
                    rec.updated("measure", m.key, "seq", m.seq, index, issue.key)
                    m.seq = index
            roll_up(s, rec, rf.UnitCache(s), issue, self.operator)
            batch = rec.flush()
            return Done(
                None,
                Changes(
                    issues=frozenset({issue.id}), measures=frozenset({measure_id}), structure=True
                ),
                BatchId(batch) if batch else None,
            )

    def move_measure(self, measure_id: MeasureId, new_index: int) -> Done[None]:
        """Move a measure to a 0-based place among its issue's measures."""
        with self.uow.begin() as s:
            row = get_row(s, Measure, measure_id)
            issue = get_row(s, Issue, row.issue_id)
            siblings = list(
                s.scalars(
                    select(Measure)
                    .where(Measure.issue_id == issue.id)
                    .order_by(Measure.seq, Measure.id)
                )
            )
            rec = self.recorder(s, description=f"调整问题 {issue.number} 的整改措施顺序")
            self._reorder(rec, "measure", siblings, row, new_index, "seq", issue.key)
            batch = rec.flush()
            return Done(
                None,
                Changes(
                    issues=frozenset({issue.id}),
                    measures=frozenset(m.id for m in siblings),
                    structure=True,
                ),
                BatchId(batch) if batch else None,
            )

    # ----------------------------------------------------------------------- units
    def list_units(self) -> list[UnitRecord]:
        with self.uow.read() as s:
            return ledger_read.units(session_fetch(s))

    def leaders(self) -> list[str]:
        """Every leader name in use (for autocomplete)."""
        with self.uow.read() as s:
            return ledger_read.leaders(session_fetch(s))

    # --------------------------------------------------------------------- history
    def issue_history(self, issue_id: IssueId) -> list[HistoryEntry]:
        with self.uow.read() as s:
            key = s.scalar(select(Issue.key).where(Issue.id == issue_id))
            if key is None:
                return []
            return self._history(s, History.issue_key == key)

    def history(self, limit: int = 1000) -> list[HistoryEntry]:
        with self.uow.read() as s:
            return self._history(s, None, limit)

    def _history(self, s: Session, where: Any, limit: int | None = None) -> list[HistoryEntry]:
        query = select(History, HistoryBatch).join(HistoryBatch).order_by(History.id.desc())
        if where is not None:
            query = query.where(where)
        if limit:
            query = query.limit(limit)
        return [
            HistoryEntry(
                h.id,
                BatchId(b.id),
                b.at,
                b.operator,
                b.source,
                h.entity,
                h.entity_key,
                h.action,
                h.field,
                h.old,
                h.new,
                b.login,
            )
            for h, b in s.execute(query)
        ]

    # ------------------------------------------------------------ plans and undo
    def apply_plan(
        self,
        plan: ImportPlan,
        inspection_id: InspectionId | None = None,
        *,
        backed_up: bool = False,
    ) -> Done[Applied]:
        """Apply an import, merge or notice plan in one transaction (see ``apply.py``);
        ``backed_up``: the caller made the backup before a series of plans."""
        return apply.apply_plan(self, plan, inspection_id, backed_up=backed_up)

    def undo_batch(self, batch_id: BatchId) -> Done[BatchId]:
        """Reverse a batch; the returned batch, undone in turn, redoes it."""
        new_batch, changes = undo.undo(self, batch_id)
        return Done(new_batch, changes, new_batch)

    # ------------------------------------------- additions for the main window (UI)
    def search_texts(
        self, inspection_id: InspectionId | None = None, issue_ids: Sequence[IssueId] | None = None
    ) -> dict[int, str]:
        """Each issue's text joined with its measures' and progress notes' texts, for a
        window that filters per keystroke in Python (short Chinese queries included);
        of one inspection, or of a few issues after an edit."""
        with self.uow.read() as s:
            if issue_ids is None:
                return self._search_texts(s, inspection_id)
            ids = list(issue_ids)
            parts: dict[int, list[str]] = {i: [] for i in ids}
            queries = (
                select(Issue.id, Issue.text, Issue.progress, Issue.remarks).where(
                    Issue.id.in_(ids)
                ),
                select(Measure.issue_id, Measure.text, Measure.progress)
                .where(Measure.issue_id.in_(ids))
                .order_by(Measure.issue_id, Measure.seq, Measure.id),
                select(ProgressNote.issue_id, ProgressNote.text).where(
                    ProgressNote.issue_id.in_(ids)
                ),
            )
            for query in queries:
                for iid, *texts in s.execute(query):
                    parts[iid].extend(texts)
            return {iid: "\n".join(t for t in texts if t) for iid, texts in parts.items()}

    def issues_by_ids(self, issue_ids: Sequence[IssueId]) -> list[IssueRecord]:
        """Issue records for a few ids (after an edit), with their measure counts and
        last progress date, reading only those issues' rows."""
        with self.uow.read() as s:
            return self._records_by_ids(s, issue_ids)

    def _records_by_ids(self, s: Session, issue_ids: Sequence[IssueId]) -> list[IssueRecord]:
        # Every query is restricted to the ids: a record after an edit costs
        # milliseconds on a 10,000-issue ledger instead of a scan of all of it.
        return ledger_read.issue_records(session_fetch(s), ids=issue_ids)

    def move_category(
        self, category_id: CategoryId, parent_id: CategoryId | None, index: int
    ) -> Done[CategoryRecord]:
        """Move a category under ``parent_id`` (None: the top level) to the 0-based place
        ``index`` among its new siblings, renumbering them; one batch (drag and drop)."""
        with self.uow.begin() as s:
            row = get_row(s, Category, category_id)
            if parent_id is not None:
                parent = get_row(s, Category, parent_id)
                if parent.inspection_id != row.inspection_id:
                    raise NotFound(Message(Msg.CATEGORY_OTHER_INSPECTION))
                if parent_id in self._category_subtree(s, row.id):
                    raise NotFound(Message(Msg.CATEGORY_UNDER_ITSELF))
            rec = self.recorder(s, description=f"移动类别：{row.name}")
            if row.parent_id != parent_id:
                rec.updated("category", str(row.id), "parent_id", row.parent_id, parent_id)
                row.parent_id = parent_id
            siblings = [
                c
                for c in s.scalars(
                    select(Category)
                    .where(Category.inspection_id == row.inspection_id)
                    .order_by(Category.position, Category.id)
                )
                if c.parent_id == parent_id and c.id != row.id
            ]
            siblings.insert(max(0, min(index, len(siblings))), row)
            for position, cat in enumerate(siblings, start=1):
                if cat.position != position:
                    rec.updated("category", str(cat.id), "position", cat.position, position)
                    cat.position = position
            batch = rec.flush()
            return Done(
                category_record(row),
                Changes(categories=frozenset(c.id for c in siblings), structure=True),
                BatchId(batch) if batch else None,
            )

    # --------------------------------------------------------------------- helpers
    @staticmethod
    def _check_revision(row: Any, expected: int | None, what: str) -> None:
        if expected is None:
            return
        # Lock the row until commit (PostgreSQL; SQLite writers are serial already), so a
        # save racing ours waits and then sees our revision instead of failing later.
        object_session(row).refresh(row, with_for_update=True)  # type: ignore[union-attr]
        if row.revision != expected:
            by = getattr(row, "updated_by", "") or "其他用户"
            at = getattr(row, "updated_at", None)
            when = at.strftime("%Y-%m-%d %H:%M") if at else ""
            raise StaleEdit(
                Message(Msg.STALE_EDIT_BY, what=what, by=by, when=when),
                by=by,
                at=when,
                revision=row.revision,
            )

    @staticmethod
    def _flush_checked(s: Session, rec: Recorder) -> BatchId | None:
        try:
            s.flush()
        except StaleDataError as exc:
            raise StaleEdit(Message(Msg.STALE_EDIT)) from exc
        batch = rec.flush()
        return BatchId(batch) if batch else None

    def _ids(self, ids: Sequence[int]) -> list[IssueId]:
        return [IssueId(i) for i in ids]


__all__ = ["CategoryId", "Done", "InspectionId", "LedgerService", "MeasureId", "UnitOfWork"]
