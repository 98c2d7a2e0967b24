"""``rectify copy FROM TO``: a ledger copied whole to another place, typically a file
ledger moved to a PostgreSQL server: every row (the hash-chained history as it is,
its batches' logins included), the evidence files' content into the target's store,
in one transaction on the target, then checked there.

The target must be empty (a new file, or a database with no ledger data yet); it is
created and migrated as opening it would. On a server, the copied history batches keep
the login they had (none, for a ledger file): the trigger that records the server's
login is held off for the copy only, so the copier does not appear as the author of
every past change.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, func, insert, select, text

from desktop.domain.texts import Message, Msg
from desktop.services.backup_evidence import by_file, evidence_refs
from desktop.services.evidence_db import AnyEvidenceStore, DatabaseEvidenceStore
from desktop.services.evidence_store import EvidenceStore, evidence_dir_for
from desktop.storage.engine import WRITE_OPTIONS, display_location, sqlite_path
from desktop.storage.errors import LedgerError
from desktop.storage.integrity import LOGIN_TRIGGER, CheckReport
from desktop.storage.migrate import open_ledger
from desktop.storage.models import (
    Base,
    EvidenceBlob,
    EvidenceChunk,
    History,
    Inspection,
    Setting,
    Unit,
)

BATCH = 2000
# The content of evidence travels through the stores, not as rows.
_CONTENT_TABLES = frozenset({EvidenceBlob.__tablename__, EvidenceChunk.__tablename__})


@dataclass(frozen=True, slots=True)
class Copied:
    rows: int
    evidence_files: int
    report: CheckReport


def _store(engine: Engine) -> AnyEvidenceStore:
    path = sqlite_path(engine)
    return (
        EvidenceStore(evidence_dir_for(path)) if path is not None else DatabaseEvidenceStore(engine)
    )


def _refuse_non_empty(c: Connection, shown: str) -> None:
    for model in (Inspection, Unit, History):
        if c.scalar(select(func.count()).select_from(model)):
            raise LedgerError(Message(Msg.COPY_TARGET_NOT_EMPTY, shown=shown))


def _copy_rows(source: Connection, target: Connection) -> int:
    total = 0
    for table in Base.metadata.sorted_tables:
        if table.name in _CONTENT_TABLES:
            continue
        result = source.execution_options(yield_per=BATCH).execute(select(table))
        for part in result.mappings().partitions():
            target.execute(insert(table), [dict(row) for row in part])
            total += len(part)
    return total


def _restart_sequences(target: Connection) -> None:
    """After rows were inserted with their ids, the next id must follow them."""
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.autoincrement is not False and table.c.id.primary_key:
            target.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                )
            )


def copy_ledger(source: str, target: str) -> Copied:
    """Copy the ledger at ``source`` into the empty ledger at ``target`` (paths or URLs)
    and check the copy. Nothing is left in the target when anything fails (the
    evidence folder of a target file may keep the files already written)."""
    from desktop.services.check import check_location

    shown = display_location(target)
    src = open_ledger(source)
    dst = open_ledger(target)
    try:
        with src.connect() as s:
            refs = evidence_refs(s)
        files = [group[0] for group in by_file(refs).values()]
        source_store, target_store = _store(src), _store(dst)
        server = dst.dialect.name == "postgresql"
        with (
            src.connect() as s,
            dst.execution_options(**WRITE_OPTIONS).begin() as d,
            tempfile.TemporaryDirectory(prefix="rectify-copy-") as folder,
        ):
            _refuse_non_empty(d, shown)
            d.execute(delete(Setting))  # an empty ledger's own settings give way
            if server:
                d.exec_driver_sql(f"ALTER TABLE history_batch DISABLE TRIGGER {LOGIN_TRIGGER}")
            rows = _copy_rows(s, d)
            if server:
                d.exec_driver_sql(f"ALTER TABLE history_batch ENABLE TRIGGER {LOGIN_TRIGGER}")
                _restart_sequences(d)
            for n, ref in enumerate(files):
                temp = Path(folder) / f"{n}"
                source_store.copy_out(ref.sha256, ref.original_name, temp)
                if isinstance(target_store, DatabaseEvidenceStore):
                    target_store.put(temp, connection=d)
                else:
                    target_store.put(temp)
                temp.unlink()
    finally:
        src.dispose()
        dst.dispose()
    return Copied(rows, len(files), check_location(target))


__all__ = ["Copied", "copy_ledger"]
