"""Applying an ImportPlan: all of it in one transaction and one history batch, or
nothing. Imports, hand-off merges and notices all come through here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from desktop.collector import collector_paused
from desktop.domain.changes import Changes, Done
from desktop.domain.fields import shown_field_name
from desktop.domain.notice_stats import figures_text
from desktop.domain.plan import ImportPlan, PlannedIssue
from desktop.domain.problems import ValidationFailed
from desktop.domain.records import (
    BatchId,
    InspectionId,
    IssueId,
    Responsibility,
)
from desktop.domain.rollup import rolled_up_status
from desktop.domain.status import Status
from desktop.domain.texts import Message, Msg
from desktop.services import fields as rf
from desktop.services.backups import PLAN_KINDS, backup_before
from desktop.services.declined import remember
from desktop.services.history import Recorder, snapshot
from desktop.services.ledger_read import ISSUE_COLUMNS, MEASURE_COLUMNS
from desktop.services.ledger_rows import (
    insert_measure,
    inspection_values,
    new_category,
    record_units,
    roll_up,
    set_fields,
)
from desktop.services.undo import find_row
from desktop.services.unit_of_work import LedgerAccess
from desktop.storage.bulk import allocate_ids, insert_rows, insert_tuples, table_of
from desktop.storage.errors import NotFound, StaleEdit
from desktop.storage.integrity import Entry
from desktop.storage.models import (
    Category,
    Inspection,
    Issue,
    Measure,
    issue_cooperating_units,
    measure_cooperating_units,
    new_keys,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class Applied:
    """What an applied plan wrote."""

    inspection_id: InspectionId
    issue_ids: tuple[IssueId, ...]
    issues_added: int
    issues_updated: int
    measures_added: int
    fields_changed: int


@collector_paused()
def apply_plan(
    service: LedgerAccess,
    plan: ImportPlan,
    inspection_id: InspectionId | None = None,
    *,
    backed_up: bool = False,
) -> Done[Applied]:
    """Write a whole plan: a new inspection (when ``inspection_id`` is None), its
    categories, units, issues and measures, and field changes to existing records.

    Raises :class:`ValidationFailed` when the plan has blocking problems; a failure
    part-way rolls everything back. A non-empty SQLite ledger is backed up first,
    unless ``backed_up`` says the caller did so before a series of plans (a merge of
    several files: one backup before the first, not one per file).
    """
    blocking = [p for p in plan.problems if p.blocking]
    if blocking:
        raise ValidationFailed(blocking)
    if plan.source_kind in PLAN_KINDS and not backed_up:
        # The one place imports, merges and notices are backed up (raises, and nothing
        # is applied, when the backup fails); their callers need not do it themselves.
        backup_before(service.uow.engine, plan.source_kind)
    with service.uow.begin() as s:
        rec = Recorder(
            s,
            service.operator,
            plan.source_kind,
            file=plan.file,
            description=plan.description or f"导入 {plan.file}",
        )
        units = rf.UnitCache(s)
        if inspection_id is None and plan.inspection is None and not plan.issues:
            # A merge: field changes and measures under existing issues, of whatever
            # inspections they belong to; no target inspection is needed.
            inspection_id = InspectionId(0)
        elif inspection_id is None:
            if plan.inspection is None:
                raise ValueError("a plan without an inspection needs a target inspection")
            position = len(s.scalars(select(Inspection.id)).all())
            row = Inspection(
                **inspection_values(plan.inspection),
                position=position + 1,
                # The figures a published notice stated, for the ledger check to recompute.
                notice_statistics=figures_text(plan.statistics),
            )
            s.add(row)
            s.flush()
            rec.created("inspection", row.key, snapshot(s, "inspection", row))
            inspection_id = InspectionId(row.id)
        else:
            target = s.get(Inspection, inspection_id)
            if target is None:
                raise NotFound(Message(Msg.INSPECTION_GONE))
            figures = figures_text(plan.statistics)
            if figures and target.notice_statistics != figures:
                rec.updated(
                    "inspection",
                    target.key,
                    "notice_statistics",
                    target.notice_statistics,
                    figures,
                )
                target.notice_statistics = figures

        new = [p for p in plan.issues if p.key is None]
        existing = [p for p in plan.issues if p.key is not None]
        categories = _ensure_categories(s, rec, inspection_id, plan.issues)
        issue_ids, measures_added = _insert_new(
            service, s, rec, units, inspection_id, new, categories
        )
        updated_ids, updated_measures = _update_existing(
            service, s, rec, units, existing, categories
        )
        fields_changed = 0
        touched: set[int] = set(updated_ids)
        rolled: set[int] = set()
        for change in plan.changes:
            row = find_row(s, change.entity, change.key)
            if row is None:
                raise NotFound(Message(Msg.RECORD_GONE_KEY, key=change.key))
            issue = row if change.entity == "issue" else s.get(Issue, row.issue_id)
            assert issue is not None
            current = rf.read_field(s, units, change.entity, row, change.field)
            if not change.still_applies(current):
                # Changed by someone else since the merge was planned: taking the file's
                # value now would overwrite that edit unseen. Nothing is applied.
                raise StaleEdit(
                    Message(
                        Msg.CHANGED_DURING_MERGE,
                        number=issue.number,
                        get=shown_field_name(change.field),
                    )
                )
            if set_fields(
                s, rec, units, change.entity, row, {change.field: change.value}, issue.key
            ):
                fields_changed += 1
                touched.add(issue.id)
                if change.entity == "measure" and change.field in ("status", "long_term"):
                    rolled.add(issue.id)
        added_under = _add_measures(service, s, rec, units, plan)
        touched.update(added_under)
        # The one roll-up rule (domain.rollup): an issue whose measures a merge changed
        # follows them, as after a form edit or an import.
        # (Recorded in the history; not counted among the unit's changes.)
        for issue_id in sorted(rolled | added_under):
            found = s.get(Issue, issue_id)
            if found is not None:
                roll_up(s, rec, units, found, service.operator)
        if plan.source_kind == "merge":
            remember(s, plan.declined, plan.changes, operator=service.operator, file=plan.file)
        record_units(s, rec, units)
        s.flush()
        batch = rec.flush()
        applied = Applied(
            inspection_id=inspection_id,
            issue_ids=tuple(IssueId(i) for i in [*issue_ids, *updated_ids]),
            issues_added=len(issue_ids),
            issues_updated=len(updated_ids),
            measures_added=measures_added + updated_measures + len(plan.new_measures),
            fields_changed=fields_changed,
        )
        changes = (
            Changes.everything()
            if (issue_ids or updated_ids or units.created or plan.new_measures)
            else Changes(issues=frozenset(touched))
        )
        return Done(applied, changes, BatchId(batch) if batch else None)


def _add_measures(
    service: LedgerAccess, s: Session, rec: Recorder, units: rf.UnitCache, plan: ImportPlan
) -> set[int]:
    """Measures added under existing issues (rows a unit added to a hand-out), each after
    its issue's last measure; returns the ids of the issues they went under."""
    touched: set[int] = set()
    for new in plan.new_measures:
        issue = s.scalar(select(Issue).where(Issue.key == new.issue_key))
        if issue is None:
            raise NotFound(Message(Msg.ISSUE_GONE_KEY, issue_key=new.issue_key))
        last = s.scalar(select(func.max(Measure.seq)).where(Measure.issue_id == issue.id))
        insert_measure(s, rec, units, issue, new.draft, (last or 0) + 1)
        issue.updated_at = datetime.now().replace(microsecond=0)
        issue.updated_by = service.operator
        touched.add(issue.id)
    return touched


def _ensure_categories(
    s: Session,
    rec: Recorder,
    inspection_id: int,
    issues: Sequence[PlannedIssue],
) -> dict[tuple[str, ...], int]:
    rows = s.execute(
        select(Category.id, Category.parent_id, Category.name).where(
            Category.inspection_id == inspection_id
        )
    ).all()
    by_parent_name = {(parent, name): cid for cid, parent, name in rows}
    paths: dict[tuple[str, ...], int] = {}
    for planned in issues:
        path = planned.category_path
        parent: int | None = None
        for depth in range(1, len(path) + 1):
            prefix = path[:depth]
            if prefix in paths:
                parent = paths[prefix]
                continue
            found = by_parent_name.get((parent, prefix[-1]))
            if found is None:
                found = new_category(s, rec, inspection_id, parent, prefix[-1]).id
                by_parent_name[(parent, prefix[-1])] = found
            paths[prefix] = found
            parent = found
    return paths


def _responsibility_values(
    r: Responsibility, units: rf.UnitCache
) -> tuple[str, int | None, str, Any, str | None, str]:
    """A responsibility as the values of its columns (lead_leader … deadline_text): what
    ``rf.issue_draft_fields`` and ``rf.write_field`` make of it one field at a time, in
    one step for bulk inserts."""
    return (
        r.lead_leader,
        units.id_of(r.lead_unit) if r.lead_unit else None,
        r.responsible_person,
        r.deadline,
        r.deadline_rule.value if r.deadline_rule else None,
        r.deadline_text,
    )


def _insert_new(
    service: LedgerAccess,
    s: Session,
    rec: Recorder,
    units: rf.UnitCache,
    inspection_id: int,
    planned: Sequence[PlannedIssue],
    categories: dict[tuple[str, ...], int],
) -> tuple[list[int], int]:
    """Bulk-insert new issues and their measures with Core executemany and ids allocated
    up front (60k rows in well under a second, where the ORM takes several). Rows are
    built as tuples, and a responsibility shared by many rows (readers share them) is
    turned into column values once.

    Their history entries say "created" without a snapshot of the row: the row itself
    is the record of what was imported, and every later change or deletion records its
    own old values (so the as-of view and undo need nothing more). Serialising 60k
    snapshots cost more than reading the workbook."""
    if not planned:
        return [], 0
    now = datetime.now().replace(microsecond=0)
    start = (
        s.scalar(
            select(Issue.position)
            .where(Issue.inspection_id == inspection_id)
            .order_by(Issue.position.desc())
            .limit(1)
        )
        or 0
    )
    issue_ids = allocate_ids(s, table_of(Issue), len(planned))
    measure_count = sum(len(p.measures) for p in planned)
    measure_ids = iter(allocate_ids(s, table_of(Measure), measure_count))
    issue_keys = new_keys(len(planned))
    measure_keys = iter(new_keys(measure_count))
    operator = service.operator
    statuses = {status: status.value for status in Status}
    # id(responsibility) -> (the responsibility, kept alive so ids stay unique; values)
    responsibilities: dict[int, tuple[Responsibility, tuple[Any, ...]]] = {}

    # SQLite stores a date or time as the text sqlite3's default adapters make of it
    # (ISO 8601): made here once per shared value rather than by the adapter per row.
    as_text = s.get_bind().dialect.name == "sqlite"
    if as_text:
        updated_at: Any = now.isoformat(" ")
    else:
        updated_at = now

    def responsibility(r: Responsibility) -> tuple[Any, ...]:
        found = responsibilities.get(id(r))
        if found is None:
            values = _responsibility_values(r, units)
            if as_text and values[3].__class__ is date:
                values = (*values[:3], values[3].isoformat(), *values[4:])
            found = responsibilities[id(r)] = (r, values)
        return found[1]

    issue_rows: list[tuple[Any, ...]] = []
    measure_rows: list[tuple[Any, ...]] = []
    issue_coop: list[dict[str, Any]] = []
    measure_coop: list[dict[str, Any]] = []
    # Entries: every issue, then every measure, so that undo reverses them in two long
    # runs (bulk deletes) rather than one short run per issue.
    issue_entries: list[Entry] = []
    measure_entries: list[Entry] = []
    for offset, (issue_id, key, p) in enumerate(zip(issue_ids, issue_keys, planned, strict=True)):
        d = p.draft
        status = d.status
        if p.measures:
            # The one roll-up rule (domain.rollup), whatever reader made the plan: a new
            # issue is stored as far as its measures say (the workbook reader applies it
            # already, so its preview shows the same state).
            status = rolled_up_status(status, [pm.draft.status for pm in p.measures])
        issue_rows.append(
            (
                issue_id,
                key,
                1,
                inspection_id,
                start + offset + 1,
                d.number,
                d.text,
                categories.get(p.category_path) if p.category_path else d.category_id,
                statuses[status],
                d.long_term,
                d.progress,
                d.goal,
                *responsibility(d.responsibility),
                d.completion_date,
                d.remarks,
                updated_at,
                operator,
            )
        )
        issue_entries.append(("issue", key, key, "create", "", None, None))
        if d.responsibility.cooperating_units:
            issue_coop += _cooperating("issue_id", issue_id, d.responsibility, units)
        for seq, pm in enumerate(p.measures, start=1):
            measure_id, measure_key = next(measure_ids), next(measure_keys)
            m = pm.draft
            measure_rows.append(
                (
                    measure_id,
                    measure_key,
                    1,
                    issue_id,
                    seq,
                    m.text,
                    statuses[m.status],
                    m.long_term,
                    m.progress,
                    *responsibility(m.responsibility),
                    m.completion_date,
                    m.remarks,
                )
            )
            measure_entries.append(("measure", measure_key, key, "create", "", None, None))
            if m.responsibility.cooperating_units:
                measure_coop += _cooperating("measure_id", measure_id, m.responsibility, units)
    # Tuples of the columns the ledger's rows are read with (ledger_read), in that order.
    insert_tuples(s, table_of(Issue), ISSUE_COLUMNS, issue_rows)
    insert_tuples(s, table_of(Measure), MEASURE_COLUMNS, measure_rows)
    insert_rows(s, issue_cooperating_units, issue_coop)
    insert_rows(s, measure_cooperating_units, measure_coop)
    rec.extend_raw(issue_entries)
    rec.extend_raw(measure_entries)
    return issue_ids, len(measure_rows)


def _cooperating(
    column: str, owner: int, r: Responsibility, units: rf.UnitCache
) -> list[dict[str, Any]]:
    """Association rows for the cooperating units of one issue or measure, in order,
    each unit once."""
    ids = dict.fromkeys(u for n in r.cooperating_units if (u := units.id_of(n)) is not None)
    return [{column: owner, "unit_id": u, "position": n} for n, u in enumerate(ids)]


def _update_existing(
    service: LedgerAccess,
    s: Session,
    rec: Recorder,
    units: rf.UnitCache,
    planned: Sequence[PlannedIssue],
    categories: dict[tuple[str, ...], int],
) -> tuple[list[int], int]:
    """Plans that name an existing issue (re-import of the same file): set the fields
    that differ, update measures by their place, add the extra ones."""
    updated: list[int] = []
    added = 0
    for p in planned:
        assert p.key is not None
        row = s.scalar(select(Issue).where(Issue.key == p.key))
        if row is None:
            raise NotFound(Message(Msg.ISSUE_TO_UPDATE_GONE, number=p.draft.number))
        fields = rf.issue_draft_fields(p.draft)
        fields["category_id"] = (
            categories.get(p.category_path, row.category_id) if p.category_path else row.category_id
        )
        changed = set_fields(s, rec, units, "issue", row, fields, row.key)
        measures = list(
            s.scalars(
                select(Measure).where(Measure.issue_id == row.id).order_by(Measure.seq, Measure.id)
            )
        )
        for seq, pm in enumerate(p.measures, start=1):
            if seq <= len(measures):
                changed |= set_fields(
                    s,
                    rec,
                    units,
                    "measure",
                    measures[seq - 1],
                    rf.measure_draft_fields(pm.draft),
                    row.key,
                )
            else:
                insert_measure(s, rec, units, row, pm.draft, seq)
                added += 1
                changed = True
        if changed:
            # The one roll-up rule: the ledger may hold measures the file does not.
            roll_up(s, rec, units, row, service.operator)
            row.updated_at = datetime.now().replace(microsecond=0)
            row.updated_by = service.operator
            updated.append(row.id)
    return updated, added
