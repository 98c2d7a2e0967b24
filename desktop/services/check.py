"""``rectify check`` and the GUI's integrity check: look at a ledger without changing
it (no migration, no backup), and say what is wrong in Chinese."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from desktop.storage.engine import create_ledger_engine, ledger_url, writable
from desktop.storage.errors import LedgerTruncated, NotALedger
from desktop.storage.integrity import CheckReport, Finding, check_ledger
from desktop.storage.migrate import check_sqlite_file


def check_location(location: str | Path) -> CheckReport:
    """Check the ledger at a path or URL: SQLite's integrity and foreign keys (files),
    and the history's hash chain. Raises :class:`NotALedger` for a missing file or one
    that is not SQLite at all; a damaged or truncated SQLite file is reported."""
    url = make_url(ledger_url(location))
    early: list[Finding] = []
    read_only = False
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if not path.is_file():
            raise NotALedger(f"找不到台账文件“{location}”。", str(location))
        try:
            check_sqlite_file(path)
        except LedgerTruncated as exc:
            early.append(Finding("truncated", exc.message))
        read_only = not writable(path)
    engine = create_ledger_engine(location, read_only=read_only)
    try:
        report = check_ledger(engine)
    finally:
        engine.dispose()
    if early:
        return CheckReport(
            (*early, *report.findings),
            report.entries_checked,
            report.batches_checked,
            report.backend,
            report.checks,
        )
    return report


def check_engine(engine: Engine) -> CheckReport:
    """Check the ledger behind an open engine (the GUI's 检查台账)."""
    return check_ledger(engine)


def describe(report: CheckReport) -> list[str]:
    """The report as lines for people: a verdict, then one line per finding."""
    if report.ok:
        parts = [f"历史记录 {report.entries_checked} 条，校验链完整"]
        if "integrity_check" in report.checks:
            parts.append("数据库完整性检查通过")
        if "foreign_key_check" in report.checks:
            parts.append("外键检查通过")
        return [f"台账完好：{'；'.join(parts)}。"]
    lines = [f"台账检查发现 {len(report.findings)} 个问题："]
    lines += [f"  {n}. {f.message}" for n, f in enumerate(report.findings, start=1)]
    first = report.first_break
    if first is not None and first.entry_id is not None:
        lines.append(
            f"历史记录的校验链在第 {first.entry_id} 条（操作批次 #{first.batch_id}）处首次断开。"
        )
    return lines
