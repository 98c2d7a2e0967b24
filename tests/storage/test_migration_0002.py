"""Revision 0002 (supervision) upgrades a ledger that already holds data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from desktop.storage.engine import create_ledger_engine
from desktop.storage.migrate import SCHEMA_HEAD, alembic_config, current_revision, open_ledger


def test_a_0001_ledger_with_data_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_ledger_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO inspection (id, key, revision, title, inspector, inspected_unit, kind,"
            " issuer, contact, remarks, position) VALUES (1, 'k', 1, '旧巡察', '', '', 'regular',"
            " '', '', '', 1)"
        )
        connection.execute(
            "INSERT INTO issue (id, key, revision, inspection_id, position, number, text, goal,"
            " status, long_term, progress, lead_leader, responsible_person, deadline_text,"
            " remarks, updated_by) VALUES (1, 'i', 1, 1, 1, '1', '问题', '', 'done', 0, '', '',"
            " '', '', '', '')"
        )
        connection.execute(
            "INSERT INTO sign_off (issue_id, step, date, person, opinion)"
            " VALUES (1, 'apply', '2023-01-01', '张三', '')"
        )
    engine = open_ledger(path, backup_dir=tmp_path / "backups")
    assert current_revision(engine) == SCHEMA_HEAD
    engine.dispose()
    assert len(list((tmp_path / "backups").iterdir())) == 1
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT notice_statistics FROM inspection").fetchall() == [("",)]
        assert connection.execute("SELECT override_reason FROM sign_off").fetchall() == [("",)]
        assert connection.execute("SELECT count(*) FROM postponement").fetchone() == (0,)
