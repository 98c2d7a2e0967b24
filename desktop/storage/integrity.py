"""Is the ledger sound? The history's hash chain, and SQLite's own checks.

Every history entry carries ``hash = sha256(previous hash, the entry's fields)``, so an
entry edited, inserted or deleted by hand after the fact no longer links to its
neighbours. The hash of the newest entry is also kept in the ``setting`` table
(``history_head``), so cutting entries off the end shows too. This is tamper-evident
against edits with an ordinary database tool, not against someone who knows the
scheme and recomputes every hash (there is no secret key in a file a clerk holds).

Writers hold a lock while they extend the chain (:func:`lock_chain`): SQLite's write
transactions are serial already (BEGIN IMMEDIATE); PostgreSQL takes a transaction-level
advisory lock, so entry ids ascend in chain order even with many clerks saving at once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, Engine, exists, func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.domain.texts import Message, Msg
from desktop.storage.errors import LedgerError
from desktop.storage.models import History, HistoryBatch, Setting

HEAD_SETTING = "history_head"
# pg_advisory_xact_lock key for extending the chain ("rectify!" as a 64-bit number).
CHAIN_LOCK_KEY = int.from_bytes(b"rectify!", "big")
MAX_REPORTED = 50


def entry_hash(
    previous: str,
    batch_id: int,
    entity: str,
    key: str,
    action: str,
    field: str,
    old: str | None,
    new: str | None,
) -> str:
    """The chain hash of one history entry: covers the entry and the previous hash."""
    return chain_hashes(previous, batch_id, ((entity, key, None, action, field, old, new),))[0]


Entry = tuple[str, str, str | None, str, str, str | None, str | None]
"""A history entry as written: entity, key, issue key, action, field, old, new."""


def chain_hashes(previous: str, batch_id: int, entries: Iterable[Entry]) -> list[str]:
    """The chain hashes of a batch's entries in order, each covering its entry and the
    hash before it (the issue key is not covered), in one pass: an import hashes 60k."""
    sha256 = hashlib.sha256
    batch = str(batch_id)
    hashes: list[str] = []
    append = hashes.append
    for entity, key, _issue_key, action, name, old, new in entries:
        payload = "\x1f".join(
            (previous, batch, entity, key, action, name, old or "\x00", new or "\x00")
        )
        previous = sha256(payload.encode("utf-8")).hexdigest()
        append(previous)
    return hashes


def lock_chain(session: Session) -> None:
    """Serialise writers of the history chain until this transaction ends (PostgreSQL;
    SQLite write transactions are serial already)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(CHAIN_LOCK_KEY)))


def record_head(session: Session, head: str) -> None:
    """Remember the hash of the newest entry, so entries cut off the end are noticed."""
    session.merge(Setting(name=HEAD_SETTING, value=head))


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing wrong with a ledger: a code, a message (``domain.texts``), and where (a history
    entry and its batch) when it is about the history."""

    # chain_broken | chain_gap | chain_head | empty_batch | integrity | foreign_key |
    # truncated | unreadable | evidence (a 佐证材料 file missing or altered) |
    # login_trigger | login_missing (the server's login of history batches, PostgreSQL)
    code: str
    message: str
    entry_id: int | None = None
    batch_id: int | None = None


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The result of :func:`check_ledger`: findings (none when the ledger is sound) and
    what was looked at."""

    findings: tuple[Finding, ...]
    entries_checked: int
    batches_checked: int
    backend: str
    checks: tuple[str, ...] = field(default=())
    evidence_files: int = 0  # distinct evidence files checked (when "evidence" is in checks)

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def first_break(self) -> Finding | None:
        return next((f for f in self.findings if f.code in ("chain_broken", "chain_gap")), None)


@dataclass(slots=True)
class _Batch:
    at: datetime | None
    operator: str
    description: str

    def describe(self, batch_id: int) -> str:
        when = (
            self.at.strftime("%Y-%m-%d %H:%M") if self.at else Message(Msg.INTEGRITY_TIME_UNKNOWN)
        )
        who = self.operator or Message(Msg.INTEGRITY_UNSIGNED)
        what = (
            Message(Msg.INTEGRITY_BATCH_WHAT, description=self.description)
            if self.description
            else ""
        )
        return Message(Msg.INTEGRITY_BATCH, batch_id=batch_id, when=when, who=who, what=what)


def _batches(c: Connection) -> dict[int, _Batch]:
    rows = c.execute(
        select(HistoryBatch.id, HistoryBatch.at, HistoryBatch.operator, HistoryBatch.description)
    )
    return {bid: _Batch(at, op or "", desc or "") for bid, at, op, desc in rows}


def _entries(
    c: Connection,
) -> Iterator[tuple[int, int, str, str, str, str, str | None, str | None, str]]:
    query = select(
        History.id,
        History.batch_id,
        History.entity,
        History.entity_key,
        History.action,
        History.field,
        History.old,
        History.new,
        History.hash,
    ).order_by(History.id)
    for row in c.execution_options(yield_per=5000).execute(query):
        yield tuple(row)  # type: ignore[misc]


def verify_chain(c: Connection) -> tuple[list[Finding], int, int]:
    """Recompute every entry's hash in id order. Returns the findings, the number of
    entries and of batches checked. After a break the walk goes on from the stored
    hash, so each edited entry is reported by itself."""
    batches = _batches(c)
    findings: list[Finding] = []
    broken = 0
    previous = ""
    last_id: int | None = None
    count = 0

    def where(entry_id: int, batch_id: int) -> str:
        batch = batches.get(batch_id)
        label = (
            batch.describe(batch_id)
            if batch
            else Message(Msg.INTEGRITY_BATCH_GONE, batch_id=batch_id)
        )
        return Message(Msg.INTEGRITY_ENTRY, entry_id=entry_id, batch=label)

    for entry_id, batch_id, entity, key, action, fld, old, new, stored in _entries(c):
        count += 1
        expected = entry_hash(previous, batch_id, entity, key, action, fld, old, new)
        if expected != stored:
            broken += 1
            if broken <= MAX_REPORTED:
                gap = last_id is not None and entry_id != last_id + 1
                if gap:
                    assert last_id is not None
                    missing = (
                        Message(
                            Msg.INTEGRITY_ENTRY_MISSING,
                            first=last_id + 1,
                            where=where(entry_id, batch_id),
                        )
                        if entry_id == last_id + 2
                        else Message(
                            Msg.INTEGRITY_ENTRIES_MISSING,
                            first=last_id + 1,
                            last=entry_id - 1,
                            where=where(entry_id, batch_id),
                        )
                    )
                    findings.append(
                        Finding(
                            "chain_gap",
                            missing,
                            entry_id,
                            batch_id,
                        )
                    )
                else:
                    findings.append(
                        Finding(
                            "chain_broken",
                            Message(Msg.INTEGRITY_CHAIN_BROKEN, where=where(entry_id, batch_id)),
                            entry_id,
                            batch_id,
                        )
                    )
        previous = stored
        last_id = entry_id
    if broken > MAX_REPORTED:
        findings.append(
            Finding("chain_broken", Message(Msg.INTEGRITY_MORE_BROKEN, count=broken - MAX_REPORTED))
        )
    head = c.scalar(select(Setting.value).where(Setting.name == HEAD_SETTING))
    if head is not None and head != previous:
        findings.append(
            Finding(
                "chain_head",
                Message(Msg.INTEGRITY_HEAD_MISMATCH)
                if count
                else Message(Msg.INTEGRITY_HISTORY_EMPTIED),
                last_id,
            )
        )
    empty = c.execute(
        select(HistoryBatch.id)
        .where(~exists().where(History.batch_id == HistoryBatch.id))
        .order_by(HistoryBatch.id)
    ).scalars()
    for batch_id in empty:
        batch = batches.get(batch_id)
        label = (
            batch.describe(batch_id)
            if batch
            else Message(Msg.INTEGRITY_BATCH_PLAIN, batch_id=batch_id)
        )
        findings.append(
            Finding(
                "empty_batch",
                Message(Msg.INTEGRITY_EMPTY_BATCH, batch=label),
                None,
                batch_id,
            )
        )
    return findings, count, len(batches)


LOGIN_TRIGGER = "rectify_history_login"  # made by migration 0004 (and `rectify admin init`)


def verify_logins(c: Connection) -> list[Finding]:
    """On PostgreSQL: the server still records each batch's login (its trigger is in
    place and enabled), and no batch written since it began lacks one. Batches from
    before (a ledger upgraded or copied from a file) have none and are fine."""
    has_column = c.scalar(
        text(
            "SELECT count(*) FROM information_schema.columns "
            "WHERE table_name = 'history_batch' AND column_name = 'login' "
            "AND table_schema = current_schema()"
        )
    )
    if not has_column:
        return []
    findings: list[Finding] = []
    state = c.scalar(
        text(
            "SELECT tgenabled FROM pg_trigger "
            "WHERE tgrelid = 'history_batch'::regclass AND tgname = :name"
        ),
        {"name": LOGIN_TRIGGER},
    )
    if state not in ("O", "A"):
        findings.append(
            Finding(
                "login_trigger",
                Message(
                    Msg.INTEGRITY_TRIGGER_DISABLED if state else Msg.INTEGRITY_TRIGGER_MISSING,
                    trigger=LOGIN_TRIGGER,
                ),
            )
        )
    first = c.scalar(select(func.min(HistoryBatch.id)).where(HistoryBatch.login.is_not(None)))
    if first is not None:
        unnamed = c.execute(
            select(
                HistoryBatch.id, HistoryBatch.at, HistoryBatch.operator, HistoryBatch.description
            )
            .where(
                HistoryBatch.id > first,
                (HistoryBatch.login.is_(None)) | (HistoryBatch.login == ""),
            )
            .order_by(HistoryBatch.id)
            .limit(MAX_REPORTED)
        )
        for batch_id, at, operator, description in unnamed:
            label = _Batch(at, operator or "", description or "").describe(batch_id)
            findings.append(
                Finding(
                    "login_missing",
                    Message(Msg.INTEGRITY_LOGIN_MISSING, batch=label),
                    None,
                    batch_id,
                )
            )
    return findings


def sqlite_checks(c: Connection) -> list[Finding]:
    """SQLite's ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check``."""
    findings: list[Finding] = []
    problems = [str(r[0]) for r in c.execute(text("PRAGMA integrity_check(100)"))]
    if problems != ["ok"]:
        findings.extend(
            Finding("integrity", Message(Msg.INTEGRITY_STRUCTURE, problem=problem))
            for problem in problems
        )
    for table, rowid, parent, _fk in c.execute(text("PRAGMA foreign_key_check")):
        findings.append(
            Finding(
                "foreign_key",
                Message(Msg.INTEGRITY_FOREIGN_KEY, table=table, rowid=rowid, parent=parent),
            )
        )
    return findings


def check_ledger(engine: Engine) -> CheckReport:
    """Check a ledger: the history chain everywhere, and SQLite's integrity and foreign
    keys for a file. Reads only; never raises for what it finds."""
    findings: list[Finding] = []
    checks: list[str] = []
    entries = batches = 0
    backend = engine.dialect.name
    try:
        with engine.connect() as c:
            if backend == "sqlite":
                findings += sqlite_checks(c)
                checks += ["integrity_check", "foreign_key_check"]
            chain, entries, batches = verify_chain(c)
            findings += chain
            checks.append("history_chain")
            if backend == "postgresql":
                findings += verify_logins(c)
                checks.append("history_login")
    except LedgerError as exc:
        findings.append(
            Finding("unreadable", Message(Msg.INTEGRITY_UNREADABLE, reason=exc.message))
        )
    except SQLAlchemyError as exc:
        reason = getattr(exc, "orig", None) or exc
        findings.append(Finding("unreadable", Message(Msg.INTEGRITY_UNREADABLE, reason=reason)))
    return CheckReport(tuple(findings), entries, batches, backend, tuple(checks))
