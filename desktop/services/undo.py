"""Undo of a history batch, itself recorded as a batch (so redo is undo of the undo)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, delete, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop.domain.changes import Changes
from desktop.domain.records import BatchId
from desktop.services import fields as rf
from desktop.services.history import COOPERATING, ENTITY_MODELS, Recorder, dumps, snapshot
from desktop.storage.errors import NotFound, StaleEdit
from desktop.storage.models import History, HistoryBatch, Issue, Measure, Unit

_CHUNK = 500


def find_row(s: Session, entity: str, key: str) -> Any:
    """A row by its public key, or by id for entities without one."""
    model = ENTITY_MODELS[entity]
    if hasattr(model, "key"):
        return s.scalar(select(model).where(model.key == key))
    return s.get(model, int(key))


def _restore(s: Session, entity: str, data: dict[str, Any]) -> None:
    """Insert a row back from its snapshot, with the same id and key."""
    model = ENTITY_MODELS[entity]
    table = model.__table__
    values: dict[str, Any] = {}
    for column in table.columns:
        if column.key not in data:
            continue
        value = data[column.key]
        if value is not None and isinstance(column.type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = date.fromisoformat(value)
        values[column.key] = value
    s.execute(insert(table).values(**values))
    if entity in COOPERATING and data.get("cooperating_unit_ids"):
        rf.set_cooperating(s, entity, data["id"], list(data["cooperating_unit_ids"]))


def undo_batch(s: Session, batch_id: int, operator: str) -> int:
    """Reverse every entry of a batch in this session; returns the new batch's id.

    Raises :class:`StaleEdit` when a field was changed again after the batch (the undo
    would overwrite someone's later work) and :class:`NotFound` for an unknown batch.
    """
    batch = s.get(HistoryBatch, batch_id)
    if batch is None:
        raise NotFound("找不到要撤销的操作记录。")
    entries = list(
        s.scalars(select(History).where(History.batch_id == batch_id).order_by(History.id.desc()))
    )
    rec = Recorder(
        s,
        operator,
        "undo",
        description=f"撤销：{batch.description}",
        file=batch.file,
        reverses=batch_id,
    )
    units = rf.UnitCache(s)
    # Units the batch created are recorded after the rows that use them, so they would
    # be reached first and kept as "in use": undo them last, once their users are undone.
    created_units = [e for e in entries if e.action == "create" and e.entity == "unit"]
    entries = [e for e in entries if not (e.action == "create" and e.entity == "unit")]
    index = 0
    while index < len(entries):
        entry = entries[index]
        if entry.action == "create" and entry.entity in ("issue", "measure", "progress_note"):
            # Imports create tens of thousands of rows: delete them in chunks.
            run = [entry]
            while (
                index + len(run) < len(entries)
                and entries[index + len(run)].action == "create"
                and entries[index + len(run)].entity == entry.entity
            ):
                run.append(entries[index + len(run)])
            _delete_created(s, rec, run)
            index += len(run)
            continue
        _undo_one(s, rec, units, entry)
        index += 1
    s.flush()
    for entry in created_units:
        _undo_one(s, rec, units, entry)
    s.flush()
    new_batch = rec.flush()
    if new_batch is None:
        raise NotFound("这个操作没有可撤销的内容。")
    return new_batch


def _delete_created(s: Session, rec: Recorder, run: list[History]) -> None:
    entity = run[0].entity
    model = ENTITY_MODELS[entity]
    keys = [e.entity_key for e in run]
    for start in range(0, len(keys), _CHUNK):
        s.execute(delete(model).where(model.key.in_(keys[start : start + _CHUNK])))
    rec.extend_raw((e.entity, e.entity_key, e.issue_key, "delete", "", e.new, None) for e in run)


def _undo_one(s: Session, rec: Recorder, units: rf.UnitCache, entry: History) -> None:
    entity, key = entry.entity, entry.entity_key
    if entry.action == "create":
        row = find_row(s, entity, key)
        if row is None:
            return
        if entity == "unit" and _unit_in_use(s, row.id):
            return  # a unit someone used since stays; it holds no data of its own
        rec.deleted(entity, key, snapshot(s, entity, row), entry.issue_key)
        s.delete(row)
        s.flush()
    elif entry.action == "delete":
        data = json.loads(entry.old or "{}")
        if find_row(s, entity, key) is not None:
            raise StaleEdit("要恢复的记录已经存在，无法撤销删除。")
        _restore(s, entity, data)
        rec.created(entity, key, data, entry.issue_key)
    else:
        row = find_row(s, entity, key)
        if row is None:
            raise StaleEdit("这条记录已被删除，无法撤销对它的修改。")
        old, new = json.loads(entry.old or "null"), json.loads(entry.new or "null")
        current = (
            rf.read_field(s, units, entity, row, entry.field)
            if entity in ("issue", "measure")
            else getattr(row, entry.field)
        )
        if dumps(current) != dumps(new):
            raise StaleEdit("这条记录在此后又被修改过，无法撤销较早的修改。")
        if entity in ("issue", "measure"):
            rf.write_field(s, units, entity, row, entry.field, old)
            flag_modified(row, "text")
        else:
            column = row.__table__.columns[entry.field]
            if old is not None and isinstance(column.type, Date):
                old = date.fromisoformat(old)
            setattr(row, entry.field, old)
        rec.updated(entity, key, entry.field, current, old, entry.issue_key)
    for created in units.created:
        rec.created("unit", created.key, snapshot(s, "unit", created))
    units.created.clear()


def _unit_in_use(s: Session, unit_id: int) -> bool:
    from desktop.storage.models import issue_cooperating_units, measure_cooperating_units

    checks = (
        select(Issue.id).where(Issue.lead_unit_id == unit_id),
        select(Measure.id).where(Measure.lead_unit_id == unit_id),
        select(issue_cooperating_units.c.issue_id).where(
            issue_cooperating_units.c.unit_id == unit_id
        ),
        select(measure_cooperating_units.c.measure_id).where(
            measure_cooperating_units.c.unit_id == unit_id
        ),
    )
    return any(s.execute(q.limit(1)).first() is not None for q in checks)


def undo(service: Any, batch_id: int) -> tuple[BatchId, Changes]:
    """Undo a batch in one transaction; returns the undo batch and what changed."""
    with service.uow.begin() as s:
        new_batch = undo_batch(s, batch_id, service.operator)
    return BatchId(new_batch), Changes.everything()


__all__ = ["Unit", "find_row", "undo", "undo_batch"]
