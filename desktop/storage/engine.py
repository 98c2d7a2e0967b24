"""Opening a ledger: SQLite by default (one file per ledger), any SQLAlchemy URL too.

SQLite connections get foreign keys, WAL and ``synchronous=FULL``, and manage their own
transactions (``BEGIN`` emitted by us), so DDL in migrations is transactional too.
Write transactions begin with ``BEGIN IMMEDIATE`` (see :data:`WRITE_OPTIONS`): a
transaction that reads and then writes would otherwise fail at once with "database is
locked" when another process committed in between, instead of waiting its turn.

Database errors that a user can act on (disk full, read-only file, damaged file, a lock
held too long) are turned into :class:`LedgerError` subclasses with a Chinese message
right where SQLAlchemy raises them, for SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError

from desktop.domain.texts import Message, Msg
from desktop.storage.errors import (
    LedgerBusy,
    LedgerDiskFull,
    LedgerError,
    LedgerForbidden,
    LedgerReadOnly,
    NotALedger,
)
from desktop.storage.ledger_file import APP_NAME as APP_NAME
from desktop.storage.ledger_file import DEFAULT_LEDGER_NAME as DEFAULT_LEDGER_NAME
from desktop.storage.ledger_file import default_ledger_path as default_ledger_path
from desktop.storage.ledger_file import writable as writable

# Execution options of connections that will write: SQLite begins them with
# BEGIN IMMEDIATE (take the write lock first, waiting up to busy_timeout for it).
WRITE_OPTIONS: dict[str, Any] = {"rectify_write": True}


def ledger_url(location: str | Path) -> str:
    """A SQLAlchemy URL for a file path or URL given by the user. ``postgresql://``
    without a driver means psycopg (3), the driver we ship."""
    text = str(location)
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise LedgerError(Message(Msg.BAD_LEDGER_ADDRESS, text=display_location(text))) from exc
        if url.drivername == "postgresql":
            return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def display_location(location: str | Path) -> str:
    """A ledger's path or URL as shown to people: never with a password."""
    text = str(location)
    if "://" not in text:
        return text
    try:
        return make_url(text).render_as_string(hide_password=True)
    except ArgumentError:
        return text.split("://", 1)[0] + "://…"


def sqlite_path(engine: Engine) -> Path | None:
    """The file behind a SQLite engine, or None for a server or in-memory database."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    if database.startswith("file:"):  # a read-only URI filename (see create_ledger_engine)
        return Path(unquote(database[len("file:") :]))
    return Path(database)


def is_read_only(engine: Engine) -> bool:
    """Whether the engine opened a SQLite file read-only."""
    return engine.dialect.name == "sqlite" and engine.url.query.get("mode") == "ro"


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # We issue BEGIN ourselves (see _on_begin): pysqlite's implicit transactions would
    # commit DDL early and make SAVEPOINTs unreliable.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        # Functions with side effects never run from a file's schema (views, triggers).
        cursor.execute("PRAGMA trusted_schema=OFF")
        cursor.execute("PRAGMA busy_timeout=10000")
        # Read-only media or in-memory databases cannot use WAL; keep what we got.
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as exc:
            # The folder turned read-only (a USB stick's switch, a share's rights)
            # since the ledger was opened: SQLite cannot make its -wal file there.
            text = str(exc).lower()
            if "unable to open" in text or "readonly" in text or "read-only" in text:
                raise LedgerReadOnly(Message(_TURNED_READ_ONLY)) from exc
            raise LedgerError(Message(_IO_ERROR)) from exc
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _on_sqlite_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA trusted_schema=OFF")
        cursor.execute("PRAGMA busy_timeout=10000")
    finally:
        cursor.close()


# Page cache of a write transaction: a 50k-row import touches tens of MB of index
# pages, and spilling them mid-transaction costs a fifth of the insert. Reads keep
# SQLite's default (2 MB): a scan of a big ledger (the 督办 list, the search texts, each
# in a worker's own connection) gains nothing from caching the pages it passed, and
# would otherwise keep 64 MB per pooled connection.
_WRITE_CACHE = "PRAGMA cache_size=-65536"
_READ_CACHE = "PRAGMA cache_size=-2000"


def _on_begin(connection: Any) -> None:
    if connection.get_execution_options().get("rectify_write"):
        connection.exec_driver_sql(_WRITE_CACHE)
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql(_READ_CACHE)
        connection.exec_driver_sql("BEGIN")


_DISK_FULL = Msg.DISK_FULL
_READ_ONLY = Msg.READ_ONLY
_TURNED_READ_ONLY = Msg.TURNED_READ_ONLY
_DAMAGED = Msg.LEDGER_DAMAGED
_BUSY = Msg.LEDGER_BUSY
_CONNECTION_LOST = Msg.CONNECTION_LOST
# PostgreSQL's SQLSTATEs of a connection the server ended (admin_shutdown, crash_shutdown,
# cannot_connect_now) and the connection exception class 08.
_CONNECTION_STATES = ("57P01", "57P02", "57P03")
_IO_ERROR = Msg.IO_ERROR


_FORBIDDEN = Msg.FORBIDDEN


def forbidden_text(original: BaseException) -> str:
    """The server's own words for a refusal (psycopg's primary message)."""
    diag = getattr(original, "diag", None)
    primary = getattr(diag, "message_primary", None)
    return str(primary or original).strip().splitlines()[0] if str(original) else ""


def _translate_error(context: ExceptionContext) -> None:
    """Raise a :class:`LedgerError` in place of database errors a user can act on."""
    original = context.original_exception
    text = str(original).lower()
    sqlstate = str(getattr(original, "sqlstate", "") or "")
    if (
        "database or disk is full" in text
        or "no space left" in text
        or sqlstate == "53100"
        or getattr(original, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
    ):
        raise LedgerDiskFull(Message(_DISK_FULL)) from original
    if "readonly database" in text or sqlstate == "25006":
        raise LedgerReadOnly(Message(_READ_ONLY)) from original
    if "database disk image is malformed" in text or "file is not a database" in text:
        raise NotALedger(Message(_DAMAGED)) from original
    if sqlstate == "42501":  # insufficient_privilege, row-level security included
        said = forbidden_text(original)
        raise LedgerForbidden(Message(Msg.FORBIDDEN_SAID, said=said), said) from original
    if "database is locked" in text or sqlstate in ("55P03", "40P01"):
        raise LedgerBusy(Message(_BUSY)) from original
    dialect = getattr(getattr(context, "dialect", None), "name", "")
    if dialect != "sqlite" and (
        getattr(context, "is_disconnect", False)
        or sqlstate in _CONNECTION_STATES
        or sqlstate.startswith("08")
        or "server closed the connection" in text
        or "terminating connection" in text
        or "connection is closed" in text
        or "consuming input failed" in text
    ):
        raise LedgerError(Message(_CONNECTION_LOST)) from original
    code = getattr(original, "sqlite_errorcode", None)
    if "disk i/o error" in text or (code is not None and code & 0xFF == sqlite3.SQLITE_IOERR):
        raise LedgerError(Message(_IO_ERROR)) from original


def create_ledger_engine(
    location: str | Path, *, echo: bool = False, read_only: bool = False
) -> Engine:
    """An engine for a ledger path or URL, with our SQLite settings.

    ``read_only`` opens a SQLite file with ``mode=ro`` (and ``immutable=1`` when its
    folder cannot be written, since SQLite could not create its lock files there).
    The file is not created or checked here; :func:`desktop.storage.migrate.open_ledger`
    does that.
    """
    url: str | URL = ledger_url(location)
    if read_only and make_url(url).get_backend_name() == "sqlite":
        path = Path(make_url(url).database or "")
        query = {"mode": "ro", "uri": "true"}
        if not os.access(path.parent, os.W_OK) and not Path(f"{path}-wal").exists():
            query["immutable"] = "1"
        url = URL.create("sqlite", database=f"file:{quote(str(path))}", query=query)
    try:
        engine = create_engine(url, echo=echo)
    except ModuleNotFoundError as exc:
        raise LedgerError(
            Message(Msg.DRIVER_MISSING, name=exc.name, location=display_location(location))
        ) from exc
    if engine.dialect.name == "sqlite":
        connect = _on_sqlite_connect_read_only if read_only else _on_sqlite_connect
        event.listen(engine, "connect", connect)
        event.listen(engine, "begin", _on_begin)
    event.listen(engine, "handle_error", _translate_error)
    return engine


def current_revision(engine: Engine) -> str | None:
    """The ledger's schema revision, read with plain SQL; None for an empty database."""
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as connection:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
