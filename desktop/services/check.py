"""``rectify check`` and the GUI's integrity check: look at a ledger without changing
it (no migration, no backup), and say what is wrong in Chinese: to a clerk
(:func:`verdict`: what is wrong, whether data is at risk, the one thing to do) and, for
support, in technical detail (:func:`describe`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from desktop.domain.texts import Message, Msg, code_of
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
            raise NotALedger(Message(Msg.CHECK_LEDGER_NOT_FOUND, location=location), str(location))
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
            Message(
                Msg.CHECK_EVIDENCE_MISSING,
                label=r.label,
                missing_text=store.missing_text(r.sha256, r.original_name),
            )
            for r in refs
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
        parts = [Message(Msg.CHECK_CHAIN_INTACT, entries_checked=report.entries_checked)]
        if "history_login" in report.checks:
            parts.append(Message(Msg.CHECK_LOGINS_BY_SERVER))
        if "integrity_check" in report.checks:
            parts.append(Message(Msg.CHECK_INTEGRITY_OK))
        if "foreign_key_check" in report.checks:
            parts.append(Message(Msg.CHECK_FOREIGN_KEYS_OK))
        if "evidence" in report.checks and report.evidence_files:
            parts.append(Message(Msg.CHECK_EVIDENCE_INTACT, evidence_files=report.evidence_files))
        return [Message(Msg.CHECK_SOUND, parts=Message(Msg.PROBLEM_SEPARATOR).join(parts))]
    lines: list[str] = [Message(Msg.CHECK_FOUND_TECH, count=len(report.findings))]
    lines += [f"  {n}. {f.message}" for n, f in enumerate(report.findings, start=1)]
    first = report.first_break
    if first is not None and first.entry_id is not None:
        lines.append(
            Message(Msg.CHECK_CHAIN_BROKEN_AT, entry_id=first.entry_id, batch_id=first.batch_id)
        )
    return lines


# ----------------------------------------------------------------- for a clerk
# The kinds of finding, most serious first: the first kind found decides what the
# clerk is told to do. Each: the finding codes, what is wrong, whether data is at risk.
_TRUNCATED = ("truncated",)
_DAMAGED = ("integrity", "foreign_key", "unreadable")
_HISTORY = ("chain_broken", "chain_gap", "chain_head", "empty_batch")
_EVIDENCE = ("evidence",)
_RESTORE = Msg.CHECK_RESTORE
MAX_NAMED = 10


@dataclass(frozen=True, slots=True)
class Verdict:
    """A check's result for a clerk: a one-line summary; what is wrong, one line per
    kind of problem; whether data is at risk and how; the one thing to do (empty when
    the ledger is sound); and the technical detail (:func:`describe`) for support."""

    ok: bool
    summary: str
    problems: tuple[str, ...]
    at_risk: bool
    risk: str
    action: str
    details: tuple[str, ...]

    def lines(self, *, verbose: bool = False) -> list[str]:
        """The verdict as lines of text (``rectify check``; ``--verbose`` adds the
        technical detail)."""
        if self.ok:
            return list(self.details) if verbose else [self.summary]
        lines: list[str] = [self.summary, Message(Msg.CHECK_PROBLEMS)]
        lines += [f"  · {p}" for p in self.problems]
        lines += [
            Message(Msg.CHECK_DATA, risk=self.risk),
            Message(Msg.CHECK_ACTION, action=self.action),
        ]
        if verbose:
            lines += ["", Message(Msg.CHECK_TECHNICAL), *self.details]
        return lines


def _sound(report: CheckReport) -> str:
    """A sound ledger's verdict in a clerk's words (the technical terms stay in
    :func:`describe`, for ``--verbose`` and 详细信息)."""
    parts = [
        Message(Msg.CHECK_HISTORY_INTACT, entries_checked=report.entries_checked),
        Message(Msg.CHECK_DATA_INTACT),
    ]
    if "evidence" in report.checks and report.evidence_files:
        parts.append(Message(Msg.CHECK_EVIDENCE_INTACT, evidence_files=report.evidence_files))
    return Message(Msg.CHECK_SOUND, parts=Message(Msg.PROBLEM_SEPARATOR).join(parts))


def verdict(report: CheckReport, location: str | Path = "") -> Verdict:
    """What a clerk needs to know about a check (see :class:`Verdict`). ``location`` is
    the ledger's path or URL, to name its evidence folder."""
    details = tuple(describe(report))
    if report.ok:
        return Verdict(
            True, _sound(report), (), False, Message(Msg.CHECK_NOTHING_TO_DO), "", details
        )
    codes = [f.code for f in report.findings]

    def count(kind: tuple[str, ...]) -> int:
        return sum(code in kind for code in codes)

    problems: list[str] = []
    risks: list[tuple[bool, str, str]] = []  # (data at risk, how, what to do)
    if count(_TRUNCATED):
        problems.append(Message(Msg.CHECK_TRUNCATED))
        risks.append((True, Message(Msg.CHECK_DATA_LOST), Message(_RESTORE)))
    if count(_DAMAGED) and report.backend != "sqlite":
        problems.append(Message(Msg.CHECK_SERVER_UNREADABLE))
        risks.append(
            (
                True,
                Message(Msg.CHECK_SERVER_RISK),
                Message(Msg.CHECK_SERVER_ACTION),
            )
        )
    elif count(_DAMAGED):
        problems.append(Message(Msg.CHECK_DAMAGED, count=count(_DAMAGED)))
        risks.append(
            (
                True,
                Message(Msg.CHECK_DAMAGED_RISK),
                Message(Msg.CHECK_STOP_CHANGING) + Message(_RESTORE),
            )
        )
    if count(_HISTORY):
        problems.append(Message(Msg.CHECK_HISTORY_ALTERED, count=count(_HISTORY)))
        risks.append(
            (
                False,
                Message(Msg.CHECK_HISTORY_RISK),
                Message(Msg.CHECK_HISTORY_ACTION),
            )
        )
    evidence = [
        re.split("：|: ", f.message, maxsplit=1)[0] for f in report.findings if f.code in _EVIDENCE
    ]
    if evidence:
        named = Message(Msg.LIST_SEPARATOR).join(evidence[:MAX_NAMED])
        more = Message(Msg.CHECK_AND_MORE, count=len(evidence)) if len(evidence) > MAX_NAMED else ""
        problems.append(
            Message(Msg.CHECK_EVIDENCE_BAD, count=len(evidence), named=named, more=more)
        )
        text = str(location)
        if text and "://" not in text:
            where = Message(Msg.CHECK_COPY_EVIDENCE_FOLDER, name=Path(text).name)
        else:
            where = Message(Msg.CHECK_ASK_DBA)
        risks.append(
            (
                False,
                Message(Msg.CHECK_EVIDENCE_RISK),
                where + Message(Msg.CHECK_EVIDENCE_ACTION),
            )
        )
    at_risk, risk, action = (
        risks[0] if risks else (True, Message(Msg.CHECK_INCOMPLETE), Message(_RESTORE))
    )
    summary = Message(Msg.CHECK_FOUND, count=len(report.findings))
    return Verdict(False, summary, tuple(problems), at_risk, risk, action, details)


def report_json(report: CheckReport, found: Verdict) -> dict[str, object]:
    """``rectify check --json``: the verdict for a clerk and every finding."""
    return {
        "ok": report.ok,
        "backend": report.backend,
        "checks": list(report.checks),
        "entries_checked": report.entries_checked,
        "batches_checked": report.batches_checked,
        "evidence_files": report.evidence_files,
        "summary": found.summary,
        "problems": list(found.problems),
        # The message code of each problem (``desktop.domain.texts``), whatever the language.
        "problem_codes": [code_of(p) for p in found.problems],
        "at_risk": found.at_risk,
        "risk": found.risk,
        "action": found.action,
        "findings": [
            {
                "code": f.code,
                "message": f.message,
                "entry_id": f.entry_id,
                "batch_id": f.batch_id,
            }
            for f in report.findings
        ],
    }
