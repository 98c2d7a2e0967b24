"""Opening a ledger: SQLite by default (one file per ledger), any SQLAlchemy URL too.

SQLite connections get foreign keys, WAL and ``synchronous=FULL``, and manage their own
transactions (``BEGIN`` emitted by us), so DDL in migrations is transactional too.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from desktop.storage.errors import LedgerError

APP_NAME = "rectify"
DEFAULT_LEDGER_NAME = "ledger.sqlite"


def default_ledger_path() -> Path:
    """The default ledger in the user's data folder (no app-author folder)."""
    return user_data_path(APP_NAME, appauthor=False) / DEFAULT_LEDGER_NAME


def ledger_url(location: str | Path) -> str:
    """A SQLAlchemy URL for a file path or URL given by the user."""
    text = str(location)
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError as exc:
            raise LedgerError(f"无法识别的台账地址：{text}") from exc
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(engine: Engine) -> Path | None:
    """The file behind a SQLite engine, or None for a server or in-memory database."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database)


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # We issue BEGIN ourselves (see _on_begin): pysqlite's implicit transactions would
    # commit DDL early and make SAVEPOINTs unreliable.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()
        if mode and str(mode[0]).lower() != "wal":
            # Read-only media or in-memory databases cannot use WAL; keep what we got.
            pass
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def create_ledger_engine(location: str | Path, *, echo: bool = False) -> Engine:
    """An engine for a ledger path or URL, with our SQLite settings.

    The file is not created or checked here; :func:`desktop.storage.migrate.open_ledger`
    does that.
    """
    url = ledger_url(location)
    engine = create_engine(url, echo=echo)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_begin)
    return engine
