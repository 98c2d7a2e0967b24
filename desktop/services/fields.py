"""Field-level access to issues and measures, in the vocabulary of records.

History entries and merges speak of record fields (``lead_unit`` as a unit name,
``cooperating_units`` as a list of names, dates as ISO text); these helpers read and
write them on ORM rows, so that every path that changes a field goes through one place.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desktop.domain.records import IssueDraft, MeasureDraft, Responsibility
from desktop.services.history import COOPERATING
from desktop.storage.models import Unit

DATE_FIELDS = frozenset({"deadline", "completion_date"})

ISSUE_FIELDS = (
    "number",
    "text",
    "category_id",
    "status",
    "long_term",
    "progress",
    "goal",
    "lead_leader",
    "lead_unit",
    "cooperating_units",
    "responsible_person",
    "deadline",
    "deadline_rule",
    "deadline_text",
    "completion_date",
    "remarks",
)
MEASURE_FIELDS = (
    "text",
    "status",
    "long_term",
    "progress",
    "lead_leader",
    "lead_unit",
    "cooperating_units",
    "responsible_person",
    "deadline",
    "deadline_rule",
    "deadline_text",
    "completion_date",
    "remarks",
)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def responsibility_fields(r: Responsibility) -> dict[str, Any]:
    return {
        "lead_leader": r.lead_leader,
        "lead_unit": r.lead_unit,
        "cooperating_units": list(r.cooperating_units),
        "responsible_person": r.responsible_person,
        "deadline": _iso(r.deadline),
        "deadline_rule": r.deadline_rule.value if r.deadline_rule else None,
        "deadline_text": r.deadline_text,
    }


def issue_draft_fields(d: IssueDraft) -> dict[str, Any]:
    """An issue draft as record fields with JSON-ready values."""
    return {
        "number": d.number,
        "text": d.text,
        "category_id": d.category_id,
        "status": d.status.value,
        "long_term": d.long_term,
        "progress": d.progress,
        "goal": d.goal,
        **responsibility_fields(d.responsibility),
        "completion_date": _iso(d.completion_date),
        "remarks": d.remarks,
    }


def measure_draft_fields(d: MeasureDraft) -> dict[str, Any]:
    """A measure draft as record fields with JSON-ready values."""
    return {
        "text": d.text,
        "status": d.status.value,
        "long_term": d.long_term,
        "progress": d.progress,
        **responsibility_fields(d.responsibility),
        "completion_date": _iso(d.completion_date),
        "remarks": d.remarks,
    }


class UnitCache:
    """Units by name within one transaction; creates missing ones (recorded by caller)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._by_name: dict[str, int] | None = None
        self._by_id: dict[int, str] | None = None
        self.created: list[Unit] = []

    def _load(self) -> None:
        if self._by_name is None:
            rows = self.session.execute(select(Unit.id, Unit.name)).all()
            self._by_name = {name: uid for uid, name in rows}
            self._by_id = {uid: name for uid, name in rows}

    def name_of(self, unit_id: int | None) -> str:
        if unit_id is None:
            return ""
        self._load()
        assert self._by_id is not None
        return self._by_id.get(unit_id, "")

    def id_of(self, name: str) -> int | None:
        """The id of the unit with this name, created when missing; None for ""."""
        if self._by_name is not None and name in self._by_name:
            return self._by_name[name]  # the common case in bulk imports
        name = name.strip()
        if not name:
            return None
        self._load()
        assert self._by_name is not None
        assert self._by_id is not None
        found = self._by_name.get(name)
        if found is None:
            unit = Unit(name=name)
            self.session.add(unit)
            self.session.flush()
            self.created.append(unit)
            found = unit.id
            self._by_name[name] = found
            self._by_id[found] = name
        return found


def cooperating_ids(session: Session, entity: str, row_id: int) -> list[int]:
    assoc, column = COOPERATING[entity]
    return list(
        session.execute(
            select(assoc.c.unit_id).where(assoc.c[column] == row_id).order_by(assoc.c.position)
        ).scalars()
    )


def set_cooperating(session: Session, entity: str, row_id: int, unit_ids: list[int]) -> None:
    assoc, column = COOPERATING[entity]
    session.execute(delete(assoc).where(assoc.c[column] == row_id))
    unique = list(dict.fromkeys(unit_ids))
    if unique:
        session.execute(
            insert(assoc),
            [{column: row_id, "unit_id": uid, "position": i} for i, uid in enumerate(unique)],
        )


def read_field(session: Session, units: UnitCache, entity: str, row: Any, field: str) -> Any:
    """The current value of a record field on a row, JSON-ready."""
    if field == "lead_unit":
        return units.name_of(row.lead_unit_id)
    if field == "cooperating_units":
        return [units.name_of(uid) for uid in cooperating_ids(session, entity, row.id)]
    value = getattr(row, field)
    if field in DATE_FIELDS:
        return _iso(value)
    return value


def write_field(
    session: Session, units: UnitCache, entity: str, row: Any, field: str, value: Any
) -> None:
    """Set a record field on a row from its JSON-ready value."""
    if field == "lead_unit":
        row.lead_unit_id = units.id_of(value or "")
    elif field == "cooperating_units":
        ids = [uid for name in value or [] if (uid := units.id_of(name)) is not None]
        set_cooperating(session, entity, row.id, ids)
    elif field in DATE_FIELDS:
        setattr(row, field, date.fromisoformat(value) if value else None)
    else:
        setattr(row, field, value)
