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

_TOO_NEW = "此台账由更新版本的整改台账软件保存，当前版本无法打开。请升级软件后再打开。"
_FOREIGN = "这个数据库不是整改台账（其中已有其他程序的数据表）。"


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
            raise LedgerReadOnly(
                f"无法在文件夹“{path.parent}”中创建台账：该文件夹不可写入。", str(path)
            )
        if read_only is None:
            read_only = not can_write
        elif not read_only and not can_write:
            raise LedgerReadOnly(
                f"台账“{path.name}”是只读的（文件或所在文件夹不可写入），不能修改。", str(path)
            )
    if path is not None and path.is_file():
        strangers = foreign_objects(path)
        if strangers:
            raise NotALedger(
                f"台账“{path.name}”中含有不属于本软件的数据库对象（{'、'.join(strangers[:3])}），"
                "可能被其他程序改动过，为安全起见不予打开。",
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
                f"无法连接台账服务器“{shown}”，请检查网络、服务器地址、用户名和密码。"
                f"（详情：{text.strip()}）",
                shown,
            ) from exc
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise LedgerReadOnly(f"无法写入台账“{shown}”：{text}", shown) from exc
        raise LedgerError(f"无法打开台账“{shown}”：{text}", shown) from exc
    except DatabaseError as exc:
        engine.dispose()
        raise NotALedger(f"“{shown}”已损坏或不是台账文件：{exc.orig}", shown) from exc
    return engine


def _check_current(engine: Engine) -> None:
    """A read-only ledger cannot be migrated: it must be at the head revision."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return
    if current is not None and current not in known_revisions():
        raise LedgerTooNew(_TOO_NEW, str(engine.url))
    if current is None:
        if inspect(engine).get_table_names():
            raise NotALedger(_FOREIGN, str(engine.url))
        raise LedgerReadOnly("这个只读文件是空的，不是台账。", str(engine.url))
    raise LedgerReadOnly(
        "此台账由较早版本的软件保存，需要升级后才能打开，但文件是只读的。"
        "请把台账复制到可写入的文件夹后再打开。",
        str(engine.url),
    )


def upgrade(engine: Engine, *, backup_dir: Path | None = None) -> bool:
    """Bring the schema to the head revision. Returns True when anything was applied."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return False
    from alembic import command

    if current is not None and current not in known_revisions():
        raise LedgerTooNew(_TOO_NEW, str(engine.url))
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables:
            raise NotALedger(_FOREIGN, str(engine.url))
    path = sqlite_path(engine)
    if current is not None and path is not None and path.exists():
        backup_ledger(engine, backup_target(path, "upgrade", folder=backup_dir))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
