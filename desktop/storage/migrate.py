"""Open a ledger: check it, back it up, bring its schema up to date.

The sequence: connect; refuse what is not a ledger or comes from a newer version; back
the file up when revisions are pending; upgrade in one transaction. Errors are raised as
:class:`LedgerError` subclasses with a message for the user; nothing here shows dialogs.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError

from desktop.domain.texts import Message, Msg
from desktop.storage.backup import backup_ledger, backup_target, foreign_objects
from desktop.storage.engine import (
    create_ledger_engine,
    display_location,
    ledger_url,
    sqlite_path,
    writable,
)
from desktop.storage.engine import current_revision as current_revision
from desktop.storage.errors import (
    LedgerError,
    LedgerReadOnly,
    LedgerTooNew,
    NotALedger,
)
from desktop.storage.ledger_file import SCHEMA_HEAD as SCHEMA_HEAD
from desktop.storage.ledger_file import check_sqlite_file as check_sqlite_file

if TYPE_CHECKING:
    from alembic.config import Config

_TOO_NEW = Msg.LEDGER_TOO_NEW
_FOREIGN = Msg.FOREIGN_DATABASE


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("desktop.storage") / "migrations"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return heads[0]


def known_revisions() -> set[str]:
    """Every schema revision this version of the software has a migration for."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def open_ledger(
    location: str | Path, *, backup_dir: Path | None = None, read_only: bool | None = None
) -> Engine:
    """An engine for a ledger, created if new and migrated to the current schema.

    Backs the file up before applying pending revisions. A SQLite file that we cannot
    write (or whose folder we cannot write) is opened read-only when ``read_only`` is
    None (check with :func:`desktop.storage.engine.is_read_only`); pass False to
    refuse such a file instead. Raises :class:`NotALedger`, :class:`LedgerTooNew`,
    :class:`LedgerReadOnly` or :class:`LedgerError`.
    """
    url = make_url(ledger_url(location))
    path: Path | None = None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database or "")
        check_sqlite_file(path)
        can_write = writable(path)
        if not can_write and not path.exists():
            raise LedgerReadOnly(Message(Msg.FOLDER_NOT_WRITABLE, parent=path.parent), str(path))
        if read_only is None:
            read_only = not can_write
        elif not read_only and not can_write:
            raise LedgerReadOnly(Message(Msg.LEDGER_READ_ONLY, name=path.name), str(path))
    if path is not None and path.is_file():
        strangers = foreign_objects(path)
        if strangers:
            raise NotALedger(
                Message(
                    Msg.FOREIGN_OBJECTS,
                    name=path.name,
                    strangers=Message(Msg.LIST_SEPARATOR).join(strangers[:3]),
                ),
                str(path),
            )
    engine = create_ledger_engine(location, read_only=bool(read_only))
    shown = display_location(location)
    try:
        if read_only:
            _check_current(engine)
        else:
            upgrade(engine, backup_dir=backup_dir)
    except LedgerError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        text = str(exc.orig)
        if engine.dialect.name != "sqlite":
            raise LedgerError(
                Message(Msg.SERVER_UNREACHABLE, shown=shown, strip=text.strip()),
                shown,
            ) from exc
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise LedgerReadOnly(
                Message(Msg.CANNOT_WRITE_LEDGER, shown=shown, text=text), shown
            ) from exc
        raise LedgerError(Message(Msg.CANNOT_OPEN_LEDGER, shown=shown, text=text), shown) from exc
    except DatabaseError as exc:
        engine.dispose()
        raise NotALedger(
            Message(Msg.DAMAGED_OR_NOT_LEDGER, shown=shown, orig=exc.orig), shown
        ) from exc
    return engine


def _check_current(engine: Engine) -> None:
    """A read-only ledger cannot be migrated: it must be at the head revision."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return
    if current is not None and current not in known_revisions():
        raise LedgerTooNew(Message(_TOO_NEW), str(engine.url))
    if current is None:
        if inspect(engine).get_table_names():
            raise NotALedger(Message(_FOREIGN), str(engine.url))
        raise LedgerReadOnly(Message(Msg.EMPTY_READ_ONLY_FILE), str(engine.url))
    raise LedgerReadOnly(
        Message(Msg.OLD_LEDGER_READ_ONLY),
        str(engine.url),
    )


def upgrade(engine: Engine, *, backup_dir: Path | None = None) -> bool:
    """Bring the schema to the head revision. Returns True when anything was applied."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return False
    from alembic import command

    if current is not None and current not in known_revisions():
        raise LedgerTooNew(Message(_TOO_NEW), str(engine.url))
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables:
            raise NotALedger(Message(_FOREIGN), str(engine.url))
    path = sqlite_path(engine)
    if current is not None and path is not None and path.exists():
        backup_ledger(engine, backup_target(path, "upgrade", folder=backup_dir))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
