"""Bulk inserts store exactly what the ORM stores: the import's fast path (values a
bind processor or sqlite3's adapters would have made, made once up front) must not
change a single stored value or its SQLite type."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Column, Integer, MetaData, Table, create_engine
from sqlalchemy.orm import Session

from desktop.domain.plan import ImportPlan, PlannedIssue, PlannedMeasure
from desktop.domain.records import InspectionDraft, IssueDraft, MeasureDraft, Responsibility
from desktop.services.ledger import LedgerService
from desktop.storage.bulk import insert_tuples
from desktop.storage.migrate import open_ledger


def _flags_table() -> tuple[Table, Session]:
    metadata = MetaData()
    table = Table("flags", metadata, Column("id", Integer, primary_key=True), Column("on", Boolean))
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    return table, Session(engine)


def _stored(session: Session) -> list[tuple[object, str]]:
    rows = session.connection().exec_driver_sql('SELECT "on", typeof("on") FROM flags ORDER BY id')
    return [(r[0], r[1]) for r in rows]


def test_booleans_are_stored_as_integers_without_the_processor() -> None:
    table, session = _flags_table()
    insert_tuples(session, table, ("id", "on"), [(1, True), (2, False), (3, None)])
    assert _stored(session) == [(1, "integer"), (0, "integer"), (None, "null")]


def test_a_number_in_a_boolean_column_still_goes_through_the_processor() -> None:
    # sqlite3 would store 1.0 as a real; Boolean's processor makes it the integer 1.
    table, session = _flags_table()
    insert_tuples(session, table, ("id", "on"), [(1, True), (2, 1.0)])
    assert _stored(session) == [(1, "integer"), (1, "integer")]


def test_a_non_boolean_in_a_boolean_column_is_still_refused() -> None:
    table, session = _flags_table()
    with pytest.raises(TypeError):
        insert_tuples(session, table, ("id", "on"), [(1, True), (2, "yes")])


@pytest.mark.sqlite_only
def test_imported_rows_store_dates_times_and_flags_as_they_were(ledger_path: Path) -> None:
    due = Responsibility(lead_unit="办公室", deadline=date(2024, 10, 15))
    plan = ImportPlan(
        file="dates.xlsx",
        source_kind="import",
        inspection=InspectionDraft(title="日期"),
        issues=(
            PlannedIssue(
                IssueDraft(number="1", text="导入的问题", responsibility=due),
                category_path=("（一）方面",),
                measures=(
                    PlannedMeasure(MeasureDraft(text="措施", long_term=True, responsibility=due)),
                ),
            ),
        ),
    )
    engine = open_ledger(ledger_path)
    service = LedgerService(engine, "测试员")
    inspection_id = service.apply_plan(plan).value.inspection_id
    # The same values through the ORM (the form's path).
    service.add_issue(
        inspection_id,
        IssueDraft(number="2", text="手工录入的问题", responsibility=due),
        [MeasureDraft(text="措施", long_term=True, responsibility=due)],
    )
    engine.dispose()
    db = sqlite3.connect(ledger_path)
    issues = db.execute(
        "SELECT deadline, typeof(deadline), updated_at, typeof(updated_at), long_term,"
        " typeof(long_term) FROM issue ORDER BY number"
    ).fetchall()
    measures = db.execute(
        "SELECT deadline, typeof(deadline), long_term, typeof(long_term) FROM measure ORDER BY id"
    ).fetchall()
    db.close()
    imported, typed = issues
    assert imported[:2] == typed[:2] == ("2024-10-15", "text")
    assert measures[0] == measures[1] == ("2024-10-15", "text", 1, "integer")
    # The import's time of change as sqlite3 writes a datetime (whole seconds; the ORM
    # adds microseconds), and its issue's long-term flag as the plan gave it.
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", imported[2])
    assert imported[3:] == ("text", 0, "integer")
