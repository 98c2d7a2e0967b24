"""Revision 0003 (evidence content in the database) upgrades a 0002 ledger on both
databases, and an app that knows only 0002 refuses a 0003 ledger as newer."""

from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect

from desktop.domain.records import InspectionDraft
from desktop.services.ledger import LedgerService
from desktop.storage import migrate
from desktop.storage.engine import create_ledger_engine
from desktop.storage.errors import LedgerTooNew
from desktop.storage.migrate import SCHEMA_HEAD, alembic_config, current_revision, open_ledger

NEW_TABLES = {"evidence_blob", "evidence_chunk"}


def to_revision(location: str, revision: str) -> None:
    engine = create_ledger_engine(location)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()


def test_a_0002_ledger_upgrades(ledger_location: str, backend: str, tmp_path: Path) -> None:
    to_revision(ledger_location, "0002")
    engine = create_ledger_engine(ledger_location)
    assert current_revision(engine) == "0002"
    assert not NEW_TABLES & set(inspect(engine).get_table_names())
    LedgerService(engine, "测试员").create_inspection(InspectionDraft(title="旧巡察"))
    engine.dispose()

    engine = open_ledger(ledger_location, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(engine) == SCHEMA_HEAD
        assert set(inspect(engine).get_table_names()) >= NEW_TABLES
        assert [i.title for i in LedgerService(engine, "测试员").list_inspections()] == ["旧巡察"]
    finally:
        engine.dispose()
    if backend == "sqlite":  # a file is backed up before its schema changes
        assert len(list((tmp_path / "backups").iterdir())) == 1


def test_an_app_that_knows_only_0002_refuses_a_newer_ledger(
    ledger_location: str, backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = tmp_path / "migrations"
    shutil.copytree(str(files("desktop.storage") / "migrations"), older)
    for revision in older.glob("versions/000[3-9]_*.py"):
        revision.unlink()

    def older_config() -> Config:
        config = Config()
        config.set_main_option("script_location", str(older))
        return config

    monkeypatch.setattr(migrate, "alembic_config", older_config)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "0002")
    with pytest.raises(LedgerTooNew, match="更新版本"):
        open_ledger(ledger_location)
    if backend == "sqlite":
        with pytest.raises(LedgerTooNew):
            open_ledger(ledger_location, read_only=True)
