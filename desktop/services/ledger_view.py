"""The ledger as records for supervision: now, or as it stood at the end of a past day.

The past is rebuilt from the history, which records every change: a ``create`` with
the new record's snapshot, a ``delete`` with the removed record's snapshot, an
``update`` of one field with its old and new values, each in a batch stamped with its
time (``history_batch.at``). Starting from the rows as they are now, every entry made
after the chosen day is reversed, newest first: a created record is dropped, a deleted
one put back from its snapshot, an updated field given its old value. What is left is
the ledger at the end of that day. Nothing is written; it all happens in memory.

Issue and measure updates speak of record fields (``lead_unit`` as a unit name,
``cooperating_units`` as names); snapshots hold columns (``lead_unit_id``). Unit names
are mapped back to ids through every unit the rows and the history know.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import collector
from desktop.domain.dates import DeadlineRule
from desktop.domain.overdue import open_measure_deadlines
from desktop.domain.records import (
    CategoryId,
    InspectionId,
    InspectionKind,
    InspectionRecord,
    IssueId,
    IssueRecord,
    MeasureId,
    MeasureRecord,
    Responsibility,
)
from desktop.domain.status import Status
from desktop.domain.supervision import (
    Decision,
    EvidenceId,
    EvidenceRecord,
    LedgerView,
    OutcomeId,
    OutcomeKind,
    OutcomeRecord,
    PostponementId,
    PostponementRecord,
    ProgressNoteId,
    ProgressNoteRecord,
    SignOffId,
    SignOffRecord,
    SignOffStep,
    to_amount,
)
from desktop.services.history import COOPERATING, ENTITY_MODELS
from desktop.storage.models import History, HistoryBatch

# entity -> key -> the row as a snapshot dict (columns, JSON-ready values).
State = dict[str, dict[str, dict[str, Any]]]


def end_of_day(day: date) -> datetime:
    """The first moment after ``day``: entries stamped at or after it are later."""
    return datetime.combine(day + timedelta(days=1), time.min)


def _key(entity: str, row: dict[str, Any]) -> str:
    return str(row["key"]) if row.get("key") else str(row["id"])


def load_state(s: Session) -> State:
    """Every row of every entity the history knows, as dicts of its columns."""
    state: State = {}
    for entity, model in ENTITY_MODELS.items():
        table = model.__table__
        rows: dict[str, dict[str, Any]] = {}
        result = s.execute(select(table))
        names = list(result.keys())
        # Native values (dates as dates): the readers below take these as well as the
        # JSON text of history snapshots, and converting 80k rows costs seconds.
        for values in result:
            data = dict(zip(names, values, strict=True))
            rows[_key(entity, data)] = data
        if entity in COOPERATING:
            assoc, column = COOPERATING[entity]
            coop: dict[int, list[int]] = defaultdict(list)
            query = select(assoc.c[column], assoc.c.unit_id).order_by(
                assoc.c[column], assoc.c.position
            )
            for owner, unit_id in s.execute(query):
                coop[owner].append(unit_id)
            for data in rows.values():
                data["cooperating_unit_ids"] = coop.get(data["id"], [])
        state[entity] = rows
    return state


def roll_back(s: Session, state: State, since: datetime) -> int:
    """Reverse, in ``state``, every history entry of a batch stamped at or after
    ``since``; returns how many entries were reversed."""
    query = (
        select(History)
        .join(HistoryBatch, History.batch_id == HistoryBatch.id)
        .where(HistoryBatch.at >= since)
        .order_by(History.id.desc())
    )
    entries = list(s.scalars(query))
    unit_ids = {row["name"]: row["id"] for row in state.get("unit", {}).values()}
    for e in entries:
        if e.entity == "unit":
            for text in (e.old, e.new):
                snap = json.loads(text) if text and e.action != "update" else None
                if isinstance(snap, dict) and "name" in snap:
                    unit_ids.setdefault(snap["name"], snap["id"])
    for e in entries:
        bucket = state.setdefault(e.entity, {})
        if e.action == "create":
            bucket.pop(e.entity_key, None)
        elif e.action == "delete":
            bucket[e.entity_key] = json.loads(e.old or "{}")
        else:
            row = bucket.get(e.entity_key)
            if row is None:
                continue  # a record the history lost track of; nothing to put back
            old = json.loads(e.old) if e.old is not None else None
            if e.entity in COOPERATING and e.field == "lead_unit":
                row["lead_unit_id"] = unit_ids.get(old) if old else None
            elif e.entity in COOPERATING and e.field == "cooperating_units":
                row["cooperating_unit_ids"] = [unit_ids[n] for n in old or [] if n in unit_ids]
            else:
                row[e.field] = old
    return len(entries)


def _d(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _dt(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _status(value: Any) -> Status:
    try:
        return Status(value)
    except ValueError:
        return Status.NOT_STARTED


def _responsibility(row: dict[str, Any], units: dict[int, str]) -> Responsibility:
    rule = row.get("deadline_rule")
    try:
        deadline_rule = DeadlineRule(rule) if rule else None
    except ValueError:
        deadline_rule = None
    return Responsibility(
        lead_leader=row.get("lead_leader") or "",
        lead_unit=units.get(row.get("lead_unit_id") or -1, ""),
        cooperating_units=tuple(
            units[u] for u in row.get("cooperating_unit_ids") or [] if u in units
        ),
        responsible_person=row.get("responsible_person") or "",
        deadline=_d(row.get("deadline")),
        deadline_rule=deadline_rule,
        deadline_text=row.get("deadline_text") or "",
    )


def _paths(rows: dict[str, dict[str, Any]]) -> dict[int, tuple[str, ...]]:
    by_id = {r["id"]: r for r in rows.values()}
    out: dict[int, tuple[str, ...]] = {}

    def path(cid: int, depth: int = 0) -> tuple[str, ...]:
        if cid in out:
            return out[cid]
        row = by_id[cid]
        parent: int | None = row.get("parent_id")
        up = (
            path(parent, depth + 1) if parent is not None and parent in by_id and depth < 50 else ()
        )
        out[cid] = (*up, row.get("name") or "")
        return out[cid]

    for cid in by_id:
        path(cid)
    return out


def _inspection(row: dict[str, Any]) -> InspectionRecord:
    try:
        kind = InspectionKind(str(row.get("kind")))
    except ValueError:
        kind = InspectionKind.REGULAR
    return InspectionRecord(
        title=row.get("title") or "",
        inspector=row.get("inspector") or "",
        inspected_unit=row.get("inspected_unit") or "",
        kind=kind,
        start=_d(row.get("start")),
        end=_d(row.get("end")),
        feedback_date=_d(row.get("feedback_date")),
        rectification_start=_d(row.get("rectification_start")),
        rectification_end=_d(row.get("rectification_end")),
        issuer=row.get("issuer") or "",
        notice_date=_d(row.get("notice_date")),
        contact=row.get("contact") or "",
        remarks=row.get("remarks") or "",
        id=InspectionId(row["id"]),
        key=row.get("key") or "",
        revision=row.get("revision") or 1,
    )


def _measure(row: dict[str, Any], units: dict[int, str]) -> MeasureRecord:
    return MeasureRecord(
        text=row.get("text") or "",
        status=_status(row.get("status")),
        long_term=bool(row.get("long_term")),
        progress=row.get("progress") or "",
        responsibility=_responsibility(row, units),
        completion_date=_d(row.get("completion_date")),
        remarks=row.get("remarks") or "",
        id=MeasureId(row["id"]),
        key=row.get("key") or "",
        revision=row.get("revision") or 1,
        issue_id=IssueId(row["issue_id"]),
        seq=row.get("seq") or 0,
    )


def _mid(value: Any) -> MeasureId | None:
    return MeasureId(value) if value is not None else None


def view_from_state(state: State) -> LedgerView:
    """Records from snapshots, in ledger order."""
    units = {r["id"]: r.get("name") or "" for r in state.get("unit", {}).values()}
    inspection_rows = sorted(
        state.get("inspection", {}).values(), key=lambda r: (r.get("position") or 0, r["id"])
    )
    inspections = tuple(_inspection(r) for r in inspection_rows)
    paths = _paths(state.get("category", {}))
    measures = tuple(
        sorted(
            (_measure(r, units) for r in state.get("measure", {}).values()),
            key=lambda m: (m.issue_id, m.seq, m.id),
        )
    )
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for m in measures:
        counts[m.issue_id][0] += 1
        counts[m.issue_id][1] += m.status.is_finished
    measures_of: dict[int, list[MeasureRecord]] = defaultdict(list)
    for m in measures:
        measures_of[m.issue_id].append(m)
    notes = tuple(
        ProgressNoteRecord(
            date=_d(r.get("date")) or date.min,
            text=r.get("text") or "",
            reporter=r.get("reporter") or "",
            next_step=r.get("next_step") or "",
            difficulties=r.get("difficulties") or "",
            measure_id=_mid(r.get("measure_id")),
            id=ProgressNoteId(r["id"]),
            key=r.get("key") or "",
            issue_id=IssueId(r["issue_id"]),
        )
        for r in sorted(state.get("progress_note", {}).values(), key=lambda r: r["id"])
    )
    last_note: dict[int, date] = {}
    for n in notes:
        if n.issue_id not in last_note or n.date > last_note[n.issue_id]:
            last_note[n.issue_id] = n.date
    issue_rows = sorted(
        state.get("issue", {}).values(),
        key=lambda r: (r["inspection_id"], r.get("position") or 0, r["id"]),
    )
    issues = tuple(
        IssueRecord(
            number=r.get("number") or "",
            text=r.get("text") or "",
            category_id=CategoryId(r["category_id"]) if r.get("category_id") else None,
            status=_status(r.get("status")),
            long_term=bool(r.get("long_term")),
            progress=r.get("progress") or "",
            goal=r.get("goal") or "",
            responsibility=_responsibility(r, units),
            completion_date=_d(r.get("completion_date")),
            remarks=r.get("remarks") or "",
            id=IssueId(r["id"]),
            key=r.get("key") or "",
            revision=r.get("revision") or 1,
            inspection_id=InspectionId(r["inspection_id"]),
            position=r.get("position") or 0,
            category_path=paths.get(r.get("category_id") or -1, ()),
            measures_total=counts[r["id"]][0] if r["id"] in counts else 0,
            measures_done=counts[r["id"]][1] if r["id"] in counts else 0,
            last_progress_date=last_note.get(r["id"]),
            open_measure_deadlines=open_measure_deadlines(measures_of.get(r["id"], ())),
            updated_at=_dt(r.get("updated_at")),
            updated_by=r.get("updated_by") or "",
        )
        for r in issue_rows
    )
    evidence = tuple(
        EvidenceRecord(
            id=EvidenceId(r["id"]),
            key=r.get("key") or "",
            issue_id=IssueId(r["issue_id"]),
            measure_id=_mid(r.get("measure_id")),
            title=r.get("title") or "",
            date=_d(r.get("date")),
            original_name=r.get("original_name") or "",
            sha256=r.get("sha256") or "",
            size=r.get("size") or 0,
        )
        for r in sorted(state.get("evidence", {}).values(), key=lambda r: r["id"])
    )
    postponements = tuple(
        postponement_from(r)
        for r in sorted(state.get("postponement", {}).values(), key=lambda r: r["id"])
    )
    sign_offs = tuple(
        sign_off_from(r) for r in sorted(state.get("sign_off", {}).values(), key=lambda r: r["id"])
    )
    outcomes = tuple(
        outcome_from(r) for r in sorted(state.get("outcome", {}).values(), key=lambda r: r["id"])
    )
    stated: dict[int, dict[str, Any]] = {}
    for r in inspection_rows:
        text = r.get("notice_statistics") or ""
        if text:
            try:
                figures = json.loads(text)
            except json.JSONDecodeError:
                continue
            if isinstance(figures, dict) and figures:
                stated[r["id"]] = figures
    return LedgerView(
        inspections=inspections,
        issues=issues,
        measures=measures,
        notes=notes,
        evidence=evidence,
        postponements=postponements,
        sign_offs=sign_offs,
        outcomes=outcomes,
        notice_statistics=stated,
    )


def postponement_from(r: dict[str, Any]) -> PostponementRecord:
    previous = r.get("previous_status") or ""
    return PostponementRecord(
        id=PostponementId(r["id"]),
        key=r.get("key") or "",
        issue_id=IssueId(r["issue_id"]),
        measure_id=_mid(r.get("measure_id")),
        reason=r.get("reason") or "",
        old_deadline=_d(r.get("old_deadline")),
        new_deadline=_d(r.get("new_deadline")) or date.min,
        requested_on=_d(r.get("requested_on")) or date.min,
        requested_by=r.get("requested_by") or "",
        previous_status=_status(previous) if previous else None,
        decision=Decision(r.get("decision") or "pending"),
        decided_on=_d(r.get("decided_on")),
        decided_by=r.get("decided_by") or "",
        opinion=r.get("opinion") or "",
    )


def sign_off_from(r: dict[str, Any]) -> SignOffRecord:
    return SignOffRecord(
        id=SignOffId(r["id"]),
        issue_id=IssueId(r["issue_id"]),
        step=SignOffStep(r["step"]),
        date=_d(r.get("date")) or date.min,
        person=r.get("person") or "",
        opinion=r.get("opinion") or "",
        override_reason=r.get("override_reason") or "",
    )


def outcome_from(r: dict[str, Any]) -> OutcomeRecord:
    amount = r.get("amount")
    return OutcomeRecord(
        kind=OutcomeKind(r["kind"]),
        subkind=r.get("subkind") or "",
        name=r.get("name") or "",
        count=r.get("count") or 0,
        amount=to_amount(amount) if amount is not None else None,
        date=_d(r.get("date")),
        id=OutcomeId(r["id"]),
        issue_id=IssueId(r["issue_id"]),
    )


def build_view(s: Session, as_of: date | None = None) -> LedgerView:
    """The ledger now, or at the end of ``as_of`` (see the module docstring)."""
    state = load_state(s)
    if as_of is not None:
        roll_back(s, state, end_of_day(as_of))
    view = view_from_state(state)
    # Every row's dict, freed a row at a time (collector.let_go), not in one call.
    rows: list[Any] = [row for table in state.values() for row in table.values()]
    state.clear()
    collector.let_go(rows)
    return view


def finish_dates(s: Session, as_of: date | None = None) -> dict[tuple[str, str], date]:
    """When each issue or measure last became finished (done or signed off) according
    to the history: (entity, key) -> date, up to the end of ``as_of`` when given. Used
    for on-time rates where an item has no completion date of its own."""
    unfinished = {json.dumps(s.value) for s in Status if not s.is_finished}
    finished = {json.dumps(s.value) for s in Status if s.is_finished}
    query = (
        select(History.entity, History.entity_key, History.old, History.new, HistoryBatch.at)
        .join(HistoryBatch, History.batch_id == HistoryBatch.id)
        .where(
            History.entity.in_(("issue", "measure")),
            History.action == "update",
            History.field == "status",
        )
        .order_by(History.id)
    )
    if as_of is not None:
        query = query.where(HistoryBatch.at < end_of_day(as_of))
    out: dict[tuple[str, str], date] = {}
    for entity, key, old, new, at in s.execute(query):
        if new in finished and (old is None or old in unfinished):
            out[(entity, key)] = at.date()
        elif new in unfinished:
            out.pop((entity, key), None)
    return out


__all__ = [
    "State",
    "build_view",
    "end_of_day",
    "finish_dates",
    "load_state",
    "outcome_from",
    "postponement_from",
    "roll_back",
    "sign_off_from",
    "view_from_state",
]
