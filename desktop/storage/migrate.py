"""Open a ledger: check it, back it up, bring its schema up to date.

The sequence: connect; refuse what is not a ledger or comes from a newer version; back
the file up when revisions are pending; upgrade in one transaction. Errors are raised as
:class:`LedgerError` subclasses with a message for the user; nothing here shows dialogs.
"""

from __future__ import annotations

from datetime import datetime
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DatabaseError, OperationalError

from desktop.storage.backup import backup_ledger
from desktop.storage.engine import create_ledger_engine, sqlite_path
from desktop.storage.errors import LedgerError, LedgerReadOnly, LedgerTooNew, NotALedger


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations inside the package."""
    config = Config()
    config.set_main_option("script_location", str(files("desktop.storage") / "migrations"))
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _check_sqlite_file(path: Path) -> None:
    if not path.exists():
        if not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        return
    if path.is_dir():
        raise NotALedger(f"“{path}”是一个文件夹，不是台账文件。", str(path))
    with path.open("rb") as handle:
        header = handle.read(16)
    if header and header != b"SQLite format 3\x00":
        raise NotALedger(
            f"“{path.name}”不是台账文件（不是 SQLite 数据库）。请选择以 .sqlite 结尾的台账文件。",
            str(path),
        )


def open_ledger(location: str | Path, *, backup_dir: Path | None = None) -> Engine:
    """An engine for a ledger, created if new and migrated to the current schema.

    Backs the file up before applying pending revisions. Raises :class:`NotALedger`,
    :class:`LedgerTooNew`, :class:`LedgerReadOnly` or :class:`LedgerError`.
    """
    engine = create_ledger_engine(location)
    path = sqlite_path(engine)
    if path is not None:
        _check_sqlite_file(path)
    try:
        upgrade(engine, backup_dir=backup_dir)
    except LedgerError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        text = str(exc.orig)
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise LedgerReadOnly(f"无法写入台账“{location}”：{text}", str(location)) from exc
        raise LedgerError(f"无法打开台账“{location}”：{text}", str(location)) from exc
    except DatabaseError as exc:
        engine.dispose()
        raise NotALedger(f"“{location}”已损坏或不是台账文件：{exc.orig}", str(location)) from exc
    return engine


def upgrade(engine: Engine, *, backup_dir: Path | None = None) -> bool:
    """Bring the schema to the head revision. Returns True when anything was applied."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    current = current_revision(engine)
    if current == head:
        return False
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise LedgerTooNew(
            "此台账由更新版本的整改台账软件保存，当前版本无法打开。请升级软件后再打开。",
            str(engine.url),
        )
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables:
            raise NotALedger(
                "这个数据库不是整改台账（其中已有其他程序的数据表）。", str(engine.url)
            )
    path = sqlite_path(engine)
    if current is not None and path is not None and path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target_dir = backup_dir or path.parent / "backups"
        backup_ledger(engine, target_dir / f"{path.stem}-{stamp}-before-upgrade.sqlite")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
