"""Every row of every data table of a ledger file, to compare states in undo tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Bookkeeping that moves forward on every change, undo included (see test_ledger.py).
BOOKKEEPING = {"revision", "updated_at", "updated_by"}

TABLES = (
    "inspection",
    "category",
    "unit",
    "issue",
    "measure",
    "issue_cooperating_unit",
    "measure_cooperating_unit",
    "progress_note",
    "evidence",
    "postponement",
    "sign_off",
    "outcome",
)


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Rows of the data tables (not the history), without bookkeeping columns."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with sqlite3.connect(path) as connection:
        for table in TABLES:
            cursor = connection.execute(f"SELECT * FROM {table}")
            keep = [i for i, d in enumerate(cursor.description) if d[0] not in BOOKKEEPING]
            out[table] = sorted(
                (tuple(row[i] for i in keep) for row in cursor.fetchall()), key=repr
            )
    return out
