"""Reads and writes of ledger rows inside a caller's session and history batch, shared
by every service that changes records (the ledger service, applying a plan,
supervision) or reads them (dossiers): one definition of how a field is set and
recorded, how a measure or category is added, and how an issue's state follows its
measures (``domain.rollup``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop.domain.records import InspectionDraft, IssueRecord, MeasureDraft, MeasureRecord
from desktop.domain.rollup import (
    Disagreement,
    StatusChoice,
    disagrees,
    measures_following,
    rolled_up_long_term,
    rolled_up_status,
)
from desktop.domain.texts import Message, Msg
from desktop.services import fields as rf
from desktop.services import ledger_read
from desktop.services.history import Recorder, snapshot
from desktop.services.records import status_of
from desktop.services.unit_of_work import session_fetch
from desktop.storage.errors import NotFound
from desktop.storage.models import Category, Issue, Measure

T = TypeVar("T")

# Up to this many ids, issue records are read with queries restricted to them.
_FEW_IDS = 500

# An inspection's own fields: its columns after id, key and revision.
INSPECTION_FIELDS = ledger_read.INSPECTION_COLUMNS[3:]


def inspection_values(draft: InspectionDraft) -> dict[str, Any]:
    """An inspection draft as column values."""
    return {name: getattr(draft, name) for name in INSPECTION_FIELDS}


# ----------------------------------------------------------------------- reads
def get_row(s: Session, model: type[T], row_id: int) -> T:
    """The row of ``model`` with ``row_id``; :class:`NotFound` when it is gone."""
    row = s.get(model, row_id)
    if row is None:
        raise NotFound(Message(Msg.RECORD_GONE))
    return row


def issue_records(
    s: Session, inspection_id: int | None = None, ids: Sequence[int] | None = None
) -> list[IssueRecord]:
    """Issue records in ledger order: of one inspection, of some ids, or all."""
    fetch = session_fetch(s)
    if ids is not None and inspection_id is None and len(ids) <= _FEW_IDS:
        found = ledger_read.issue_records(fetch, ids=ids)
        return sorted(found, key=lambda r: (r.inspection_id, r.position, r.id))
    records = ledger_read.issue_records(fetch, inspection_id)
    if ids is not None:
        wanted = set(ids)
        records = [r for r in records if r.id in wanted]
    return records


def measure_records(s: Session, issue_ids: Sequence[int] | None) -> list[MeasureRecord]:
    """The measures of some issues (None: all), issue by issue, in order."""
    by_issue = ledger_read.measure_records(session_fetch(s), issue_ids)
    return [m for measures in by_issue.values() for m in measures]


# ---------------------------------------------------------------------- writes
def new_category(
    s: Session, rec: Recorder, inspection_id: int, parent_id: int | None, name: str
) -> Category:
    """A new category at the end of its siblings, recorded."""
    position = (
        s.scalar(
            select(func.coalesce(func.max(Category.position), 0)).where(
                Category.inspection_id == inspection_id,
                Category.parent_id.is_(parent_id)
                if parent_id is None
                else Category.parent_id == parent_id,
            )
        )
        or 0
    )
    row = Category(
        inspection_id=inspection_id, parent_id=parent_id, name=name, position=position + 1
    )
    s.add(row)
    s.flush()
    rec.created("category", str(row.id), snapshot(s, "category", row))
    return row


def insert_measure(
    s: Session,
    rec: Recorder,
    units: rf.UnitCache,
    issue: Issue,
    draft: MeasureDraft,
    seq: int,
) -> Measure:
    """A new measure of ``issue`` at ``seq``, recorded (the caller rolls the issue up)."""
    row = Measure(issue_id=issue.id, seq=seq, text=draft.text)
    insert_row(s, rec, units, "measure", row, rf.measure_draft_fields(draft), issue.key)
    return row


def insert_row(
    s: Session,
    rec: Recorder,
    units: rf.UnitCache,
    entity: str,
    row: Any,
    values: dict[str, Any],
    issue_key: str | None = None,
) -> None:
    """Add a new issue or measure ``row``, write its record fields ``values`` and
    record its creation (under ``issue_key``; an issue's own key when None)."""
    s.add(row)
    s.flush()
    for field, value in values.items():
        rf.write_field(s, units, entity, row, field, value)
    s.flush()
    rec.created(entity, row.key, snapshot(s, entity, row), issue_key or row.key)


def set_fields(
    s: Session,
    rec: Recorder,
    units: rf.UnitCache,
    entity: str,
    row: Any,
    values: dict[str, Any],
    issue_key: str,
) -> bool:
    """Set the fields of an issue or measure (record vocabulary) that differ, each
    recorded; True when any did."""
    # Resolve (and create) units first: creating one flushes the session, and a flush
    # in the middle of the edit would bump the row's revision more than once.
    for name in [values.get("lead_unit") or "", *(values.get("cooperating_units") or [])]:
        units.id_of(name)
    changed = False
    for field, value in values.items():
        old = rf.read_field(s, units, entity, row, field)
        if old != value:
            rf.write_field(s, units, entity, row, field, value)
            rec.updated(entity, row.key, field, old, value, issue_key)
            changed = True
    if changed:
        flag_modified(row, "text")  # bump the revision even for association changes
    return changed


def roll_up(s: Session, rec: Recorder, units: rf.UnitCache, issue: Issue, operator: str) -> bool:
    """Set an issue's state (and long-term flag) from its measures by the one rule
    (``domain.rollup``), recorded in the same batch; False when nothing changed or
    the issue has no measures. Every path that changes measures calls this."""
    s.flush()
    rows = s.execute(
        select(Measure.status, Measure.long_term).where(Measure.issue_id == issue.id)
    ).all()
    if not rows:
        return False
    status = rolled_up_status(status_of(issue.status), (status_of(r[0]) for r in rows))
    long_term = rolled_up_long_term(bool(issue.long_term), (bool(r[1]) for r in rows))
    values: dict[str, Any] = {"status": status.value, "long_term": long_term}
    if set_fields(s, rec, units, "issue", issue, values, issue.key):
        issue.updated_at = datetime.now().replace(microsecond=0)
        issue.updated_by = operator
        return True
    return False


def state_against_measures(
    s: Session,
    rec: Recorder,
    units: rf.UnitCache,
    issue: Issue,
    values: dict[str, Any],
    choice: StatusChoice,
    disagreeing: list[Disagreement],
) -> set[int]:
    """The roll-up rule for an issue-level state in ``values``: nothing to do when
    the state is unchanged or agrees with the measures; otherwise the measures
    follow it, or ``values`` takes the state they give, or the disagreement is
    noted for the question. Returns the ids of the measures changed."""
    wanted = status_of(values["status"])
    if wanted is status_of(issue.status):
        return set()
    measures = list(
        s.scalars(select(Measure).where(Measure.issue_id == issue.id).order_by(Measure.seq))
    )
    current = [status_of(m.status) for m in measures]
    if not disagrees(wanted, current):
        return set()
    following = measures_following(wanted, current)
    if choice is StatusChoice.ASK:
        changing = sum(a is not b for a, b in zip(current, following, strict=True))
        disagreeing.append(
            Disagreement(
                number=issue.number,
                wanted=wanted,
                rolled=rolled_up_status(wanted, current),
                measures=len(measures),
                following=changing,
            )
        )
        return set()
    if choice is StatusChoice.KEEP_MEASURES:
        values["status"] = rolled_up_status(wanted, current).value
        return set()
    changed: set[int] = set()
    for measure, old, new in zip(measures, current, following, strict=True):
        if old is not new and set_fields(
            s, rec, units, "measure", measure, {"status": new.value}, issue.key
        ):
            changed.add(measure.id)
    return changed


def record_units(s: Session, rec: Recorder, units: rf.UnitCache) -> None:
    """Record the units ``units`` created during the change."""
    for unit in units.created:
        rec.created("unit", unit.key, snapshot(s, "unit", unit))


__all__ = [
    "INSPECTION_FIELDS",
    "get_row",
    "insert_measure",
    "insert_row",
    "inspection_values",
    "issue_records",
    "measure_records",
    "new_category",
    "record_units",
    "roll_up",
    "set_fields",
    "state_against_measures",
]
