"""Revision 0004 (shared ledgers: the server's login in the history, unit clerks'
units) upgrades a 0003 ledger on both databases; on PostgreSQL the server writes the
login of each new batch, whatever the client sends; the history chain stays sound."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, select, text

from desktop.domain.records import InspectionDraft
from desktop.services.check import check_location
from desktop.services.ledger import LedgerService
from desktop.storage.engine import create_ledger_engine
from desktop.storage.migrate import SCHEMA_HEAD, current_revision, open_ledger
from desktop.storage.models import HistoryBatch
from tests.storage.test_migration_0003 import to_revision


def test_a_0003_ledger_upgrades(ledger_location: str, backend: str, tmp_path: Path) -> None:
    assert SCHEMA_HEAD == "0004"
    to_revision(ledger_location, "0003")
    engine = create_ledger_engine(ledger_location)
    assert "unit_login" not in inspect(engine).get_table_names()
    LedgerService(engine, "测试员").create_inspection(InspectionDraft(title="旧巡察"))
    engine.dispose()

    engine = open_ledger(ledger_location, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(engine) == "0004"
        assert "unit_login" in inspect(engine).get_table_names()
        service = LedgerService(engine, "测试员")
        service.create_inspection(InspectionDraft(title="新巡察"))
        with engine.connect() as c:
            logins = c.execute(select(HistoryBatch.login).order_by(HistoryBatch.id)).scalars()
            logins = list(logins)
            user = c.scalar(text("SELECT session_user")) if backend == "postgres" else None
        # The batch written before the upgrade has none; on a server the new one has the
        # server's name for the connection; a ledger file stays as it was.
        assert logins == [None, user]
    finally:
        engine.dispose()
    assert check_location(ledger_location).ok


def test_the_client_cannot_choose_the_login(ledger_location: str, backend: str) -> None:
    engine = open_ledger(ledger_location)
    try:
        with engine.begin() as c:
            c.execute(
                text(
                    "INSERT INTO history_batch (at, operator, source, description, file, login)"
                    " VALUES (CURRENT_TIMESTAMP, '某人', 'form', '', '', 'somebody')"
                )
            )
            login = c.scalar(select(HistoryBatch.login))
            user = c.scalar(text("SELECT session_user")) if backend == "postgres" else "somebody"
        assert login == user
    finally:
        engine.dispose()


def test_a_ledger_with_history_goes_back_to_0003_and_up_again(
    ledger_location: str, tmp_path: Path
) -> None:
    """Downgrading keeps the history (the history's foreign keys once made SQLite refuse
    to rebuild history_batch), and the ledger then upgrades again."""
    engine = open_ledger(ledger_location, backup_dir=tmp_path / "backups")
    LedgerService(engine, "测试员").create_inspection(InspectionDraft(title="巡察"))
    engine.dispose()
    to_revision(ledger_location, "0003")
    engine = create_ledger_engine(ledger_location)
    try:
        assert current_revision(engine) == "0003"
        assert "unit_login" not in inspect(engine).get_table_names()
        with engine.connect() as c:
            assert c.scalar(text("SELECT count(*) FROM history_batch")) == 1
    finally:
        engine.dispose()
    engine = open_ledger(ledger_location, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(engine) == "0004"
        assert check_location(ledger_location).ok
    finally:
        engine.dispose()
