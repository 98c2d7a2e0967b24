"""Writing and replaying the history: every change, hash-chained, reversible.

A batch is one user action or one import. Entries say what happened to one record:
``create`` (snapshot in ``new``; none for rows a bulk import inserted, whose own row
is the record of what was imported), ``delete`` (snapshot in ``old``) or ``update`` of
one field (old and new values). Values are JSON. Undo of a batch is itself a batch built
from these entries, so redo is the undo of the undo.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from desktop.storage.bulk import insert_tuples, table_of
from desktop.storage.integrity import Entry, chain_hashes, lock_chain, record_head
from desktop.storage.models import (
    Category,
    Evidence,
    History,
    HistoryBatch,
    Inspection,
    Issue,
    Measure,
    Outcome,
    Postponement,
    ProgressNote,
    SignOff,
    Unit,
    issue_cooperating_units,
    measure_cooperating_units,
)

ENTITY_MODELS: dict[str, type[Any]] = {
    "inspection": Inspection,
    "category": Category,
    "unit": Unit,
    "issue": Issue,
    "measure": Measure,
    "progress_note": ProgressNote,
    "evidence": Evidence,
    "sign_off": SignOff,
    "outcome": Outcome,
    "postponement": Postponement,
}

# Association tables for the cooperating units of issues and measures, by entity.
COOPERATING: dict[str, tuple[Table, str]] = {
    "issue": (issue_cooperating_units, "issue_id"),
    "measure": (measure_cooperating_units, "measure_id"),
}


def to_json_value(value: Any) -> Any:
    """A JSON-safe form of a column value (dates as ISO text)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def dumps(value: Any) -> str:
    return json.dumps(
        to_json_value(value),
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        default=to_json_value,
    )


def last_hash(session: Session) -> str:
    value = session.scalar(select(History.hash).order_by(History.id.desc()).limit(1))
    return value or ""


def snapshot(session: Session, entity: str, row: Any) -> dict[str, Any]:
    """Every column of a row, JSON-ready, plus the cooperating unit ids where there are
    any: enough to put the row back as it was, with the same id and key."""
    table = row.__table__
    data = {c.key: to_json_value(getattr(row, c.key)) for c in table.columns}
    if entity in COOPERATING:
        assoc, column = COOPERATING[entity]
        rows = session.execute(
            select(assoc.c.unit_id).where(assoc.c[column] == row.id).order_by(assoc.c.position)
        ).scalars()
        data["cooperating_unit_ids"] = list(rows)
    return data


# The columns of a history row as :meth:`Recorder.flush` writes them: the batch, the
# entry's fields (:data:`Entry`) and the chain hash.
_HISTORY_COLUMNS = (
    "batch_id",
    "entity",
    "entity_key",
    "issue_key",
    "action",
    "field",
    "old",
    "new",
    "hash",
)


class Recorder:
    """Collects the entries of one batch and writes them, hash-chained, at ``flush``."""

    def __init__(
        self,
        session: Session,
        operator: str,
        source: str,
        *,
        description: str = "",
        file: str = "",
        reverses: int | None = None,
    ) -> None:
        self.session = session
        self.operator = operator
        self.source = source
        self.description = description
        self.file = file
        self.reverses = reverses
        self._entries: list[Entry] = []

    def __bool__(self) -> bool:
        return bool(self._entries)

    def created(
        self, entity: str, key: str, data: dict[str, Any], issue_key: str | None = None
    ) -> None:
        self._entries.append((entity, key, issue_key, "create", "", None, dumps(data)))

    def deleted(
        self, entity: str, key: str, data: dict[str, Any], issue_key: str | None = None
    ) -> None:
        self._entries.append((entity, key, issue_key, "delete", "", dumps(data), None))

    def updated(
        self, entity: str, key: str, field: str, old: Any, new: Any, issue_key: str | None = None
    ) -> None:
        self._entries.append((entity, key, issue_key, "update", field, dumps(old), dumps(new)))

    def extend_raw(self, entries: Iterable[Entry]) -> None:
        """Add entries whose values are already JSON text (bulk paths)."""
        self._entries.extend(entries)

    def flush(self) -> int | None:
        """Write the batch and its entries; returns the batch id (None when empty)."""
        if not self._entries:
            return None
        batch = HistoryBatch(
            at=datetime.now().replace(microsecond=0),
            operator=self.operator,
            source=self.source,
            description=self.description,
            file=self.file,
            reverses=self.reverses,
        )
        self.session.add(batch)
        self.session.flush()
        lock_chain(self.session)  # until commit: ids ascend in chain order
        entries = self._entries
        batch_id = batch.id
        hashes = chain_hashes(last_hash(self.session), batch_id, entries)
        insert_tuples(
            self.session,
            table_of(History),
            _HISTORY_COLUMNS,
            [(batch_id, *e, h) for e, h in zip(entries, hashes, strict=True)],
        )
        record_head(self.session, hashes[-1])
        self._entries.clear()
        return batch.id
