"""The migrations and the models agree; opening refuses what is not our ledger."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desktop.storage.engine import create_ledger_engine, default_ledger_path, ledger_url
from desktop.storage.errors import LedgerError, LedgerTooNew, NotALedger
from desktop.storage.migrate import current_revision, head_revision, open_ledger
from desktop.storage.models import Base


def test_migrations_and_models_agree(ledger_path: Path) -> None:
    engine = open_ledger(ledger_path)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


def test_a_new_ledger_is_created_at_the_head_revision(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite"
    engine = open_ledger(path)
    assert path.exists()
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_sqlite_settings(ledger_path: Path) -> None:
    engine = open_ledger(ledger_path)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    engine.dispose()


def test_reopening_applies_nothing(ledger_path: Path) -> None:
    before = ledger_path.read_bytes()
    open_ledger(ledger_path).dispose()
    assert not (ledger_path.parent / "backups").exists()
    assert ledger_path.read_bytes()[:100] == before[:100]


def test_a_text_file_is_not_a_ledger(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("这不是数据库", encoding="utf-8")
    with pytest.raises(NotALedger) as caught:
        open_ledger(path)
    assert "不是台账文件" in caught.value.message


def test_a_folder_is_not_a_ledger(tmp_path: Path) -> None:
    with pytest.raises(NotALedger):
        open_ledger(tmp_path)


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(NotALedger):
        open_ledger(path)


def test_a_ledger_from_a_newer_version_is_refused(ledger_path: Path) -> None:
    with sqlite3.connect(ledger_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(LedgerTooNew) as caught:
        open_ledger(ledger_path)
    assert "更新版本" in caught.value.message


def test_ledger_urls() -> None:
    assert ledger_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert ledger_url("/tmp/a.sqlite") == "sqlite:////tmp/a.sqlite"
    with pytest.raises(LedgerError):
        ledger_url("not a url://")
    assert default_ledger_path().name == "ledger.sqlite"
    assert "rectify" in str(default_ledger_path())


def test_engine_for_memory_url_has_no_file() -> None:
    from desktop.storage.engine import sqlite_path

    engine = create_ledger_engine("sqlite://")
    assert sqlite_path(engine) is None


def test_the_schema_head_constant_is_the_newest_revision() -> None:
    from desktop.storage.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD
