"""Turning rows into records (frozen dataclasses) for the layers above.

A row is an ORM object or any row with the same attributes (a SQLAlchemy ``Row``, or
a named tuple made from plain SQL; see ``desktop.services.ledger_read``). Values may
come as the ORM types them or as the driver gives them: SQLite returns dates as ISO
text and booleans as 0/1; the converters here accept both, so one mapping serves every
way of reading. Enums are looked up in dicts (an ``Enum(value)`` call per field costs
more than the rest of a record on a 10,000-issue list).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from desktop.domain.dates import DeadlineRule
from desktop.domain.records import (
    CategoryId,
    CategoryRecord,
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

if TYPE_CHECKING:
    from desktop.storage.models import Category, Inspection, Measure

_STATUS: dict[str, Status] = {s.value: s for s in Status}
_RULES: dict[str, DeadlineRule] = {r.value: r for r in DeadlineRule}
_KINDS: dict[str, InspectionKind] = {k.value: k for k in InspectionKind}


def as_date(value: Any) -> date | None:
    """A date from the ORM (date), PostgreSQL (date) or SQLite as stored (ISO text)."""
    if value is None or isinstance(value, date):
        return value
    return _date_of_text(value)


# Dates repeat across a big ledger's rows: one object each (they are immutable).
_date_of_text = lru_cache(maxsize=8192)(date.fromisoformat)


def as_datetime(value: Any) -> datetime | None:
    """A datetime from the ORM or a driver (SQLite stores ``YYYY-MM-DD HH:MM:SS.ffffff``)."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def as_bool(value: Any) -> Any:
    """A boolean column's value (SQLite gives 0/1; NULL stays None, as in the ORM)."""
    return value if value is None else bool(value)


def status_of(value: str) -> Status:
    found = _STATUS.get(value)
    return found if found is not None else Status(value)


def rule_of(value: str | None) -> DeadlineRule | None:
    """A stored deadline rule code as the domain's rule (None for none)."""
    if not value:
        return None
    found = _RULES.get(value)
    return found if found is not None else DeadlineRule(value)


def _kind(value: str) -> InspectionKind:
    found = _KINDS.get(value)
    return found if found is not None else InspectionKind(value)


def inspection_record(row: Inspection | Any) -> InspectionRecord:
    return InspectionRecord(
        id=InspectionId(row.id),
        key=row.key,
        revision=row.revision,
        title=row.title,
        inspector=row.inspector,
        inspected_unit=row.inspected_unit,
        kind=_kind(row.kind),
        start=as_date(row.start),
        end=as_date(row.end),
        feedback_date=as_date(row.feedback_date),
        rectification_start=as_date(row.rectification_start),
        rectification_end=as_date(row.rectification_end),
        issuer=row.issuer,
        notice_date=as_date(row.notice_date),
        contact=row.contact,
        remarks=row.remarks,
    )


def category_record(row: Category | Any) -> CategoryRecord:
    return CategoryRecord(
        id=CategoryId(row.id),
        inspection_id=InspectionId(row.inspection_id),
        parent_id=CategoryId(row.parent_id) if row.parent_id is not None else None,
        name=row.name,
        position=row.position,
    )


def responsibility(row: Any, lead_unit: str, cooperating: Sequence[str]) -> Responsibility:
    return Responsibility(
        lead_leader=row.lead_leader,
        lead_unit=lead_unit,
        cooperating_units=tuple(cooperating),
        responsible_person=row.responsible_person,
        deadline=as_date(row.deadline),
        deadline_rule=rule_of(row.deadline_rule),
        deadline_text=row.deadline_text,
    )


def measure_record(row: Measure | Any, lead_unit: str, cooperating: Sequence[str]) -> MeasureRecord:
    return MeasureRecord(
        id=MeasureId(row.id),
        key=row.key,
        revision=row.revision,
        issue_id=IssueId(row.issue_id),
        seq=row.seq,
        text=row.text,
        status=status_of(row.status),
        long_term=as_bool(row.long_term),
        progress=row.progress,
        responsibility=responsibility(row, lead_unit, cooperating),
        completion_date=as_date(row.completion_date),
        remarks=row.remarks,
    )


def issue_record(
    row: Any,
    lead_unit: str,
    cooperating: Sequence[str],
    category_path: tuple[str, ...],
    measures_total: int,
    measures_done: int,
    last_progress_date: date | None,
    open_measure_deadlines: tuple[Responsibility, ...] = (),
) -> IssueRecord:
    """An issue record from an ``Issue`` row (or a row of the same columns)."""
    return IssueRecord(
        id=IssueId(row.id),
        key=row.key,
        revision=row.revision,
        inspection_id=InspectionId(row.inspection_id),
        position=row.position,
        number=row.number,
        text=row.text,
        category_id=CategoryId(row.category_id) if row.category_id is not None else None,
        category_path=category_path,
        status=status_of(row.status),
        long_term=as_bool(row.long_term),
        progress=row.progress,
        goal=row.goal,
        responsibility=responsibility(row, lead_unit, cooperating),
        completion_date=as_date(row.completion_date),
        remarks=row.remarks,
        measures_total=measures_total,
        measures_done=measures_done,
        last_progress_date=last_progress_date,
        open_measure_deadlines=open_measure_deadlines,
        updated_at=as_datetime(row.updated_at),
        updated_by=row.updated_by,
    )
