"""Backups with SQLite's online backup API: never a file copy of a live database."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from desktop.storage.engine import sqlite_path
from desktop.storage.errors import LedgerError


def backup_file(source: Path, target: Path) -> Path:
    """Copy a SQLite ledger file to ``target`` with the backup API, atomically: the
    backup is written beside the target and renamed into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise LedgerError(f"备份失败：{exc}", str(source)) from exc
    finally:
        src.close()
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return target


def backup_ledger(engine: Engine, target: Path) -> Path:
    """Back up the SQLite ledger behind ``engine`` to ``target``."""
    path = sqlite_path(engine)
    if path is None:
        raise LedgerError("只有本机台账文件可以这样备份；服务器上的台账请用数据库自带的备份。")
    return backup_file(path, target)
