"""A ledger file as a file: where the default one lives, whether it can be written,
whether it is a whole SQLite file, and the schema revision this version writes.

No SQLAlchemy here (``storage.engine`` and ``storage.migrate`` re-export these): the
window's quick first paint (``desktop.services.quick_open``) uses them before
SQLAlchemy is imported.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from desktop.storage.errors import LedgerReadOnly, LedgerTruncated, NotALedger

APP_NAME = "rectify"
DEFAULT_LEDGER_NAME = "ledger.sqlite"

# The newest revision in migrations/versions (a test keeps the two equal). Knowing it
# without Alembic lets an up-to-date ledger open without importing Alembic at all,
# which is most of a cold start's import time beyond SQLAlchemy itself.
SCHEMA_HEAD = "0004"


def default_ledger_path() -> Path:
    """The default ledger in the user's data folder (no app-author folder)."""
    return user_data_path(APP_NAME, appauthor=False) / DEFAULT_LEDGER_NAME


def writable(path: Path) -> bool:
    """Whether a ledger file (and its folder, where SQLite keeps its -wal and -shm
    files) can be written by us."""
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


_HEADER = b"SQLite format 3\x00"


def check_sqlite_file(path: Path) -> None:
    """Refuse what is not a SQLite file, or a SQLite file cut short (a copy or download
    that stopped part-way), before SQLite gets to read it."""
    if not path.exists():
        if not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LedgerReadOnly(
                    f"无法创建台账所在的文件夹“{path.parent}”：{exc.strerror or exc}", str(path)
                ) from exc
        return
    if path.is_dir():
        raise NotALedger(f"“{path}”是一个文件夹，不是台账文件。", str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise LedgerReadOnly(
            f"无法读取台账文件“{path}”（{exc.strerror or exc}）。请检查文件权限。", str(path)
        ) from exc
    if not header:
        return  # an empty file: SQLite makes it a new database
    if header[:16] != _HEADER:
        raise NotALedger(
            f"“{path.name}”不是台账文件（不是 SQLite 数据库）。请选择以 .sqlite 结尾的台账文件。",
            str(path),
        )
    if len(header) < 100 or _truncated(header, path.stat().st_size):
        raise LedgerTruncated(
            f"台账文件“{path.name}”不完整（文件被截断，可能是复制或下载时中断）。请从备份恢复。",
            str(path),
        )


def _truncated(header: bytes, size: int) -> bool:
    """Whether the file is shorter than the page count its header promises. The count
    is trusted only when its "valid-for" number matches the change counter (SQLite's
    own rule); the main file of a WAL database never shrinks below it."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] != header[92:96] or pages == 0 or page_size < 512:
        return False
    return size < pages * page_size
