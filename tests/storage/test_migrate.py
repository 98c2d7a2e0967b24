"""Opening hostile and broken ledger files is refused with a clear message; the
migration runs on PostgreSQL with the same types as on SQLite."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert, inspect, select

from desktop.services.ledger import LedgerService
from desktop.storage.errors import LedgerTooNew, LedgerTruncated, NotALedger
from desktop.storage.migrate import current_revision, head_revision, open_ledger
from desktop.storage.models import Issue, Outcome


def test_a_text_file_is_not_a_ledger(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("这不是数据库", encoding="utf-8")
    with pytest.raises(NotALedger, match="不是台账文件"):
        open_ledger(path)
    assert path.read_text(encoding="utf-8") == "这不是数据库"


def test_a_truncated_ledger_is_refused(demo_path: Path) -> None:
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(LedgerTruncated, match="文件被截断"):
        open_ledger(demo_path)
    demo_path.write_bytes(data[:60])  # not even a whole header
    with pytest.raises(LedgerTruncated):
        open_ledger(demo_path)


def test_a_ledger_from_a_newer_version_is_refused(demo_path: Path) -> None:
    raw = sqlite3.connect(demo_path)
    raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.commit()
    raw.close()
    with pytest.raises(LedgerTooNew, match="更新版本"):
        open_ledger(demo_path)
    with pytest.raises(LedgerTooNew):
        open_ledger(demo_path, read_only=True)


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE contacts (name TEXT)")
    raw.close()
    with pytest.raises(NotALedger, match="不是整改台账"):
        open_ledger(path)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotALedger, match="文件夹"):
        open_ledger(tmp_path)


@pytest.mark.postgres
def test_the_migration_runs_on_postgresql_with_its_types(pg_url: str) -> None:
    engine = open_ledger(pg_url)
    try:
        assert current_revision(engine) == head_revision()
        assert {"issue", "measure", "history", "outcome"} <= set(inspect(engine).get_table_names())
        columns = {c["name"]: c["type"] for c in inspect(engine).get_columns("outcome")}
        assert type(columns["amount"]).__name__ == "NUMERIC"
        assert type(columns["date"]).__name__ == "DATE"
        from desktop.services.demo import load_demo

        load_demo(LedgerService(engine, "测试员"))
        with engine.begin() as c:
            issue_id = c.scalar(select(Issue.id).where(Issue.long_term.is_(True)).limit(1))
            c.execute(
                insert(Outcome).values(
                    issue_id=issue_id,
                    kind="funds",
                    subkind="追缴",
                    name="",
                    count=0,
                    amount=12.345,
                    date=date(2023, 3, 17),
                )
            )
            amount, when = c.execute(select(Outcome.amount, Outcome.date)).one()
        assert amount == pytest.approx(12.345)
        assert when == date(2023, 3, 17)
    finally:
        engine.dispose()
