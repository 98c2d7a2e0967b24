"""``rectify check``, ``rectify backup`` and ``rectify restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_FOUND, EXIT_OK, Refused, error
from desktop.services.backups import ledger_file, make_backup, restore_backup
from desktop.services.check import check_location, describe


def run_check(args: argparse.Namespace) -> int:
    """Check the file and the history chain; exit 1 with the findings listed."""
    report = check_location(args.ledger)
    for line in describe(report):
        print(line)
    return EXIT_OK if report.ok else EXIT_FOUND


def _ledger_path(location: str) -> Path:
    path = ledger_file(location)
    if path is None:
        raise Refused(
            "服务器上的台账（PostgreSQL）不在本机备份和恢复，"
            "请由数据库管理员用 pg_dump / pg_restore。"
        )
    return path


def run_backup(args: argparse.Namespace) -> int:
    """Back the ledger up with SQLite's backup API (``--to FILE`` or a folder; default
    ``backups/`` beside the ledger). Prints the backup's path on stdout."""
    ledger = _ledger_path(args.ledger)
    if not ledger.is_file():
        raise Refused(f"找不到台账文件“{args.ledger}”。")
    info = make_backup(ledger, "manual", to=Path(args.to) if args.to else None)
    print(info.path)
    error(f"已备份：{info.describe()}")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    """Restore a backup into the ledger; the ledger as it was is backed up first."""
    ledger = _ledger_path(args.ledger)
    done = restore_backup(ledger, Path(args.backup))
    if done.before is not None:
        error(f"恢复前的台账已备份到：{done.before.path}")
    if done.damaged_copy is not None:
        error(f"原台账文件无法正常读取，已原样保存到：{done.damaged_copy}")
    if done.upgraded:
        error("这份备份由较早版本保存，已升级到当前版本。")
    error(f"已从备份恢复台账“{ledger}”：{done.restored.describe()}")
    return EXIT_OK
