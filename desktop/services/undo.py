"""Undo of a history batch, itself recorded as a batch (so redo is undo of the undo)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Table, delete, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop.domain.changes import Changes
from desktop.domain.records import BatchId
from desktop.domain.texts import Message, Msg, translate_label
from desktop.services import fields as rf
from desktop.services.history import COOPERATING, ENTITY_MODELS, Recorder, dumps, snapshot
from desktop.services.unit_of_work import LedgerAccess
from desktop.storage.bulk import insert_rows, table_of
from desktop.storage.errors import NotFound, StaleEdit
from desktop.storage.models import History, HistoryBatch, Issue, Measure, Unit

_CHUNK = 500


def find_row(s: Session, entity: str, key: str) -> Any:
    """A row by its public key, or by id for entities without one."""
    model = ENTITY_MODELS[entity]
    if hasattr(model, "key"):
        return s.scalar(select(model).where(model.key == key))
    return s.get(model, int(key))


_BULK_ENTITIES = frozenset({"issue", "measure", "progress_note"})


def _row_from_snapshot(table: Table, data: dict[str, Any]) -> dict[str, Any]:
    """Column values from a JSON snapshot (dates back from ISO text)."""
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
    return values


def _restore(s: Session, entity: str, data: dict[str, Any]) -> None:
    """Insert a row back from its snapshot, with the same id and key."""
    table = table_of(ENTITY_MODELS[entity])
    s.execute(insert(table).values(**_row_from_snapshot(table, data)))
    if entity in COOPERATING and data.get("cooperating_unit_ids"):
        rf.set_cooperating(s, entity, data["id"], list(data["cooperating_unit_ids"]))


def _restore_deleted(s: Session, rec: Recorder, run: list[Any]) -> None:
    """Put back a run of deleted rows of one entity in bulk, with their ids and keys.
    A row that exists again makes the insert fail, and the whole undo with it."""
    entity = run[0].entity
    table = table_of(ENTITY_MODELS[entity])
    snapshots = [json.loads(e.old or "{}") for e in run]
    rows = [_row_from_snapshot(table, data) for data in snapshots]
    by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:  # executemany needs the same keys in every row
        by_keys.setdefault(tuple(row), []).append(row)
    for group in by_keys.values():
        insert_rows(s, table, group)
    if entity in COOPERATING:
        assoc, column = COOPERATING[entity]
        insert_rows(
            s,
            assoc,
            [
                {column: data["id"], "unit_id": uid, "position": n}
                for data in snapshots
                for n, uid in enumerate(data.get("cooperating_unit_ids") or [])
            ],
        )
    rec.extend_raw((e.entity, e.entity_key, e.issue_key, "create", "", None, e.old) for e in run)


def undo_batch(s: Session, batch_id: BatchId, operator: str) -> int:
    """Reverse every entry of a batch in this session; returns the new batch's id.

    Raises :class:`StaleEdit` when a field was changed again after the batch (the undo
    would overwrite someone's later work) and :class:`NotFound` for an unknown batch.
    """
    batch = s.get(HistoryBatch, batch_id)
    if batch is None:
        raise NotFound(Message(Msg.UNDO_RECORD_MISSING))
    # Plain rows, not ORM objects: an import's batch holds tens of thousands of entries.
    entries = list(
        s.execute(
            select(History.__table__)
            .where(History.batch_id == batch_id)
            .order_by(History.id.desc())
        )
    )
    # Units a batch created are removed last, once nothing of the batch uses them.
    entries.sort(key=lambda e: e.entity == "unit" and e.action == "create")
    _refuse_to_orphan(s, entries)
    rec = Recorder(
        s,
        operator,
        "undo",
        description=f"撤销：{batch.description}",
        file=batch.file,
        reverses=batch_id,
    )
    units = rf.UnitCache(s)
    index = 0
    while index < len(entries):
        entry = entries[index]
        if entry.action in ("create", "delete") and entry.entity in _BULK_ENTITIES:
            # Imports create tens of thousands of rows: reverse runs of them in bulk.
            run = [entry]
            while (
                index + len(run) < len(entries)
                and entries[index + len(run)].action == entry.action
                and entries[index + len(run)].entity == entry.entity
            ):
                run.append(entries[index + len(run)])
            if entry.action == "create":
                _delete_created(s, rec, run)
            else:
                _restore_deleted(s, rec, run)
            index += len(run)
            continue
        _undo_one(s, rec, units, entry)
        index += 1
    s.flush()
    new_batch = rec.flush()
    if new_batch is None:
        raise NotFound(Message(Msg.NOTHING_TO_UNDO))
    return new_batch


def _refuse_to_orphan(s: Session, entries: list[Any]) -> None:
    """Raise :class:`StaleEdit` when undoing the batch's creations would take along
    records added since (a measure, a progress note, evidence… under an imported
    issue): the database deletes those with their parent, and no history entry of this
    undo would record them, so nothing could bring them back."""
    created = {(e.entity, e.entity_key) for e in entries if e.action == "create"}
    if not created:
        return
    keys_by_entity: dict[str, list[str]] = {}
    for entity, key in created:
        keys_by_entity.setdefault(entity, []).append(key)
    doomed: dict[str, list[int]] = {}  # table name -> ids of the rows the undo deletes
    for entity, keys in keys_by_entity.items():
        table = table_of(ENTITY_MODELS[entity])
        column = table.c.key if "key" in table.c else table.c.id
        ids: list[int] = []
        for start in range(0, len(keys), _CHUNK):
            chunk: list[Any] = keys[start : start + _CHUNK]
            if column is table.c.id:
                chunk = [int(k) for k in chunk]
            ids += s.scalars(select(table.c.id).where(column.in_(chunk))).all()
        if ids:
            doomed[table.name] = ids
    found: set[tuple[str, str]] = set()
    for child_entity, model in ENTITY_MODELS.items():
        child = table_of(model)
        own = child.c.key if "key" in child.c else child.c.id
        for fk in child.foreign_keys:
            parent_ids = doomed.get(fk.column.table.name)
            if not parent_ids or (fk.ondelete or "").upper() not in ("CASCADE", "SET NULL"):
                continue
            for start in range(0, len(parent_ids), _CHUNK):
                chunk_ids = parent_ids[start : start + _CHUNK]
                for (value,) in s.execute(select(own).where(fk.parent.in_(chunk_ids))):
                    if (child_entity, str(value)) not in created:
                        found.add((child_entity, str(value)))
    if found:
        from collections import Counter

        from desktop.services.history_query import ENTITY_LABELS

        counts = Counter(entity for entity, _ in found)
        listed = Message(Msg.LIST_SEPARATOR).join(
            Message(
                Msg.UNDO_ENTITY_COUNT,
                entity=translate_label(ENTITY_LABELS.get(entity, entity)),
                count=n,
            )
            for entity, n in sorted(counts.items())
        )
        raise StaleEdit(Message(Msg.UNDO_WOULD_DELETE, listed=listed))


def _delete_created(s: Session, rec: Recorder, run: list[Any]) -> None:
    """Delete a run of created rows of one entity in bulk. Each deletion is recorded
    with a snapshot of the row as it is now (later edits included), which is what a
    redo puts back; rows someone has deleted since are left out."""
    entity = run[0].entity
    table = table_of(ENTITY_MODELS[entity])
    keys = [e.entity_key for e in run]
    snapshots: dict[str, str] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        rows = [dict(r) for r in s.execute(select(table).where(table.c.key.in_(chunk))).mappings()]
        if entity in COOPERATING and rows:
            assoc, column = COOPERATING[entity]
            coop: dict[int, list[int]] = {r["id"]: [] for r in rows}
            query = (
                select(assoc.c[column], assoc.c.unit_id)
                .where(assoc.c[column].in_(list(coop)))
                .order_by(assoc.c[column], assoc.c.position)
            )
            for owner, unit_id in s.execute(query):
                coop[owner].append(unit_id)
            for r in rows:
                r["cooperating_unit_ids"] = coop[r["id"]]
        for r in rows:
            snapshots[r["key"]] = dumps(r)
        # A Core delete: the ORM's would evaluate every object in the session per chunk.
        s.execute(delete(table).where(table.c.key.in_(chunk)))
    rec.extend_raw(
        (e.entity, e.entity_key, e.issue_key, "delete", "", snapshots[e.entity_key], None)
        for e in run
        if e.entity_key in snapshots
    )


def _undo_one(s: Session, rec: Recorder, units: rf.UnitCache, entry: Any) -> None:
    entity, key = entry.entity, entry.entity_key
    if entry.action == "create":
        row = find_row(s, entity, key)
        if row is None:
            return
        s.flush()  # the session does not autoflush: let the check see undone references
        if entity == "unit" and _unit_in_use(s, row.id):
            return  # a unit someone used since stays; it holds no data of its own
        rec.deleted(entity, key, snapshot(s, entity, row), entry.issue_key)
        s.delete(row)
        s.flush()
    elif entry.action == "delete":
        data = json.loads(entry.old or "{}")
        if find_row(s, entity, key) is not None:
            raise StaleEdit(Message(Msg.UNDO_RECORD_EXISTS))
        _restore(s, entity, data)
        rec.created(entity, key, data, entry.issue_key)
    else:
        row = find_row(s, entity, key)
        if row is None:
            raise StaleEdit(Message(Msg.UNDO_RECORD_DELETED))
        old, new = json.loads(entry.old or "null"), json.loads(entry.new or "null")
        current = (
            rf.read_field(s, units, entity, row, entry.field)
            if entity in ("issue", "measure")
            else getattr(row, entry.field)
        )
        if dumps(current) != dumps(new):
            raise StaleEdit(Message(Msg.UNDO_CHANGED_SINCE))
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


def undo(service: LedgerAccess, batch_id: BatchId) -> tuple[BatchId, Changes]:
    """Undo a batch in one transaction; returns the undo batch and what changed."""
    with service.uow.begin() as s:
        new_batch = undo_batch(s, batch_id, service.operator)
    return BatchId(new_batch), Changes.everything()


__all__ = ["Unit", "find_row", "undo", "undo_batch"]
