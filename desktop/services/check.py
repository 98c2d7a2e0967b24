"""``rectify check`` and the GUI's integrity check: look at a ledger without changing
it (no migration, no backup), and say what is wrong in Chinese."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from desktop.services.backup_evidence import by_file, check_ledger_evidence, evidence_refs
from desktop.services.evidence_db import AnyEvidenceStore, DatabaseEvidenceStore
from desktop.services.evidence_store import EvidenceStore, evidence_dir_for
from desktop.storage.engine import create_ledger_engine, ledger_url, sqlite_path, writable
from desktop.storage.errors import LedgerError, LedgerTruncated, NotALedger
from desktop.storage.integrity import CheckReport, Finding, check_ledger
from desktop.storage.migrate import check_sqlite_file


def check_location(location: str | Path) -> CheckReport:
    """Check the ledger at a path or URL: SQLite's integrity and foreign keys (files),
    the history's hash chain, and the evidence (files beside a ledger file, content in
    a server ledger's database). Raises
    :class:`NotALedger` for a missing file or one that is not SQLite at all; a damaged
    or truncated SQLite file is reported."""
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
        report = check_engine(engine)
    finally:
        engine.dispose()
    if early:
        return replace(report, findings=(*early, *report.findings))
    return report


def check_engine(engine: Engine) -> CheckReport:
    """Check the ledger behind an open engine (the GUI's 检查台账) and its evidence:
    each file must be in the store beside a ledger file, or its content in the database
    of a ledger on a server, with the content it was attached with (all is hashed)."""
    report = check_ledger(engine)
    path = sqlite_path(engine)
    try:
        with engine.connect() as c:
            refs = evidence_refs(c)
    except (SQLAlchemyError, LedgerError):
        return report  # an unreadable ledger is reported already
    store: AnyEvidenceStore
    if path is not None:
        store = EvidenceStore(evidence_dir_for(path))
    else:
        store = DatabaseEvidenceStore(engine)  # a ledger on a server keeps it inside
    try:
        lines = check_ledger_evidence(refs, store)
    except SQLAlchemyError:
        # A server ledger not yet upgraded (the check migrates nothing) has no table
        # for the content: every record's content is missing.
        lines = [
            f"{r.label}：文件缺失（{store.missing_text(r.sha256, r.original_name)}）" for r in refs
        ]
    findings = tuple(Finding("evidence", line) for line in lines)
    return replace(
        report,
        findings=(*report.findings, *findings),
        checks=(*report.checks, "evidence"),
        evidence_files=len(by_file(refs)),
    )


def describe(report: CheckReport) -> list[str]:
    """The report as lines for people: a verdict, then one line per finding."""
    if report.ok:
        parts = [f"历史记录 {report.entries_checked} 条，校验链完整"]
        if "history_login" in report.checks:
            parts.append("操作批次的登录账号由服务器记录")
        if "integrity_check" in report.checks:
            parts.append("数据库完整性检查通过")
        if "foreign_key_check" in report.checks:
            parts.append("外键检查通过")
        if "evidence" in report.checks and report.evidence_files:
            parts.append(f"佐证材料 {report.evidence_files} 个文件完好")
        return [f"台账完好：{'；'.join(parts)}。"]
    lines = [f"台账检查发现 {len(report.findings)} 个问题："]
    lines += [f"  {n}. {f.message}" for n, f in enumerate(report.findings, start=1)]
    first = report.first_break
    if first is not None and first.entry_id is not None:
        lines.append(
            f"历史记录的校验链在第 {first.entry_id} 条（操作批次 #{first.batch_id}）处首次断开。"
        )
    return lines
