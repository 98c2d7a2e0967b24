"""Backups of a ledger file: made automatically (when a ledger is opened, before every
import, merge, notice and migration) or by hand, listed with what they hold, rotated,
and restored. Qt-free: the 备份与恢复 dialog and ``rectify backup``/``restore`` call
these functions.

When: before an operation that changes many records at once (import, merge, notice,
migration, restore) a backup is made every time, right before it, and the operation does
not run when the backup fails. On open, at most one backup a day, and none when the
newest backup already holds the same content: a clerk opens the ledger many times a
day, and a backup per open would fill the disk (a 50k-row ledger is tens of MB; 30
days of per-open backups would be gigabytes) while adding nothing a daily one and the
per-operation ones do not already give.

Rotation keeps the backups of the last N days (30 unless the ledger's
``backup_keep_days`` setting says otherwise) and always the newest few, so a ledger not
opened for months still has backups.

Evidence files (佐证材料) are part of every backup: the files the backed-up database
refers to are copied into a store shared by the backups of the folder, a restore brings
them back, and rotation keeps every file a remaining backup needs (see
:mod:`desktop.services.backup_evidence`). A ledger on a server (PostgreSQL) is not backed up
here: that is the database administrator's job (``pg_dump``), and its evidence is in
its database (:mod:`desktop.services.evidence_db`), so the dump holds it too.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select

from desktop.domain.texts import Message, Msg
from desktop.services.backup_evidence import (
    MAX_LISTED,
    EvidenceIncomplete,
    StoredEvidence,
    backup_evidence_state,
    collect_unused,
    stage_restore,
    store_backup_evidence,
)
from desktop.storage.backup import (
    BACKUP_SUFFIX,
    PARTIAL_SUFFIX,
    LedgerSummary,
    backup_files,
    backup_target,
    copy_damaged,
    default_backup_dir,
    discard_partial,
    foreign_objects,
    parse_backup_name,
    publish_file,
    read_only_engine,
    read_summary,
    replace_file,
    restore_file,
    snapshot_file,
    verify_file,
)
from desktop.storage.engine import is_read_only, ledger_url, sqlite_path
from desktop.storage.errors import LedgerError, LedgerReadOnly, LedgerTooNew, NotALedger
from desktop.storage.migrate import head_revision, known_revisions, open_ledger
from desktop.storage.models import Setting

if TYPE_CHECKING:
    from desktop.services.unit_of_work import LedgerAccess

DEFAULT_KEEP_DAYS = 30
KEEP_AT_LEAST = 5
KEEP_DAYS_SETTING = "backup_keep_days"
# Plans of these kinds are backed up before they are applied (see services.apply).
PLAN_KINDS = frozenset({"import", "merge", "notice"})
_STALE_PARTIAL = timedelta(days=1)

# Why a backup was made: the reason in its file name, and its one word for people (the
# command line and the backup dialog both say it with reason_label).
REASON_CODES: dict[str, str] = {
    "open": Msg.BACKUP_REASON_OPEN,
    "import": Msg.BACKUP_REASON_IMPORT,
    "merge": Msg.BACKUP_REASON_MERGE,
    "notice": Msg.BACKUP_REASON_NOTICE,
    "upgrade": Msg.BACKUP_REASON_UPGRADE,
    "restore": Msg.BACKUP_REASON_RESTORE,
    "manual": Msg.BACKUP_REASON_MANUAL,
    "damaged": Msg.BACKUP_REASON_DAMAGED,
}


def reason_label(reason: str) -> str:
    """Why a backup was made, in words, in the installed language."""
    code = REASON_CODES.get(reason)
    return Message(code) if code else Message(Msg.BACKUP_REASON_OTHER, reason=reason)


def contents_text(summary: LedgerSummary | None, problem: str = "") -> str:
    """What a backup holds, or why it cannot be read."""
    if summary is None:
        return Message(Msg.BACKUP_UNREADABLE, reason=problem)
    return Message(
        Msg.BACKUP_CONTENTS,
        inspections=summary.inspections,
        issues=summary.issues,
        measures=summary.measures,
    )


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: when and why it was made, its size, and what it holds
    (``summary`` is None and ``problem`` says why when it cannot be read)."""

    path: Path
    at: datetime
    reason: str
    size: int
    summary: LedgerSummary | None
    problem: str = ""
    # The evidence it holds (None when not looked at or unreadable).
    evidence: StoredEvidence | None = None

    @property
    def reason_label(self) -> str:
        return reason_label(self.reason)

    def describe(self) -> str:
        """One line for a list: time, reason, contents, size."""
        return Message(
            Msg.BACKUP_LINE,
            when=self.at.strftime("%Y-%m-%d %H:%M:%S"),
            reason=self.reason_label,
            contents=contents_text(self.summary, self.problem),
            size=size_text(self.size),
            evidence=evidence_text(self.evidence) if self.summary is not None else "",
        )


def size_text(size: int) -> str:
    """A size for people: KB below a megabyte, MB above."""
    return f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{size // 1024} KB"


def evidence_text(evidence: StoredEvidence | None) -> str:
    """The evidence part of a backup's line: ；佐证材料 12 个文件（3.4 MB）[，其中 2 个缺失]."""
    if evidence is None or evidence.records == 0:
        return ""
    text: str = Message(Msg.BACKUP_EVIDENCE, files=evidence.files, size=size_text(evidence.size))
    if evidence.missing:
        text += Message(Msg.BACKUP_EVIDENCE_MISSING, count=len(evidence.missing))
    return text


@dataclass(frozen=True, slots=True)
class OpenBackup:
    """What :func:`backup_on_open` did: the backup made (None when none was needed) and
    a warning for the user when one was needed but failed."""

    backup: BackupInfo | None
    warning: str = ""


@dataclass(frozen=True, slots=True)
class Restored:
    """What :func:`restore_backup` did: the backup restored, the backup of the ledger as
    it was just before (None when there was no ledger), a raw copy of a damaged ledger
    that could not be backed up normally, and whether the restored ledger was migrated."""

    restored: BackupInfo
    before: BackupInfo | None
    damaged_copy: Path | None
    upgraded: bool
    # Evidence files put back into the ledger's store from the backup (the others it
    # refers to were there, intact, already).
    evidence_restored: int = 0
    # Evidence the restore went ahead without (allow_missing_evidence), by record.
    evidence_missing: tuple[str, ...] = ()


# ----------------------------------------------------------------------- targets
def ledger_file(target: LedgerAccess | Engine | Path | str) -> Path | None:
    """The SQLite file of a service, an engine, a path or a URL; None for a server."""
    if isinstance(target, Path):
        return target
    if isinstance(target, str):
        url = ledger_url(target)
        return Path(url[len("sqlite:///") :]) if url.startswith("sqlite:///") else None
    engine = target if isinstance(target, Engine) else target.uow.engine
    return sqlite_path(engine)


def _engine_of(target: LedgerAccess | Engine | Path | str) -> Engine | None:
    if isinstance(target, Engine):
        return target
    if isinstance(target, Path | str):
        return None
    return target.uow.engine


def _require_file(target: LedgerAccess | Engine | Path | str) -> Path:
    path = ledger_file(target)
    if path is None:
        raise LedgerError(Message(Msg.SERVER_NO_LOCAL_BACKUP))
    return path


# ------------------------------------------------------------------------ policy
def keep_days(target: LedgerAccess | Engine | Path | str) -> int:
    """How many days of backups to keep: the ledger's ``backup_keep_days`` setting,
    else 30."""
    value: str | None = None
    try:
        engine = _engine_of(target)
        if engine is not None:
            with engine.connect() as c:
                value = c.scalar(select(Setting.value).where(Setting.name == KEEP_DAYS_SETTING))
        else:
            path = ledger_file(target)
            if path is not None and path.is_file():
                with read_only_engine(path) as ro, ro.connect() as c:
                    value = c.scalar(select(Setting.value).where(Setting.name == KEEP_DAYS_SETTING))
    except Exception:
        value = None
    try:
        days = int(value) if value else DEFAULT_KEEP_DAYS
    except ValueError:
        days = DEFAULT_KEEP_DAYS
    return days if days > 0 else DEFAULT_KEEP_DAYS


def set_keep_days(service: LedgerAccess, days: int) -> None:
    """Set how many days of backups to keep (1 to 3650)."""
    if not 1 <= days <= 3650:
        raise ValueError("days must be between 1 and 3650")
    with service.uow.begin() as s:
        s.merge(Setting(name=KEEP_DAYS_SETTING, value=str(days)))


# ---------------------------------------------------------------------- listing
def _info(
    path: Path,
    at: datetime,
    reason: str,
    seen: dict[tuple[str, int], bool] | None = None,
    evidence: StoredEvidence | None = None,
) -> BackupInfo:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    try:
        summary = read_summary(path)
        if evidence is None:
            evidence = backup_evidence_state(path, seen)
        return BackupInfo(path, at, reason, size, summary, evidence=evidence)
    except LedgerError as exc:
        return BackupInfo(path, at, reason, size, None, exc.message)


def list_backups(
    target: LedgerAccess | Engine | Path | str, *, with_summary: bool = True
) -> list[BackupInfo]:
    """The ledger's backups, newest first, each with what it holds (unless
    ``with_summary`` is False, for a quick count)."""
    ledger = ledger_file(target)
    if ledger is None:
        return []
    out = []
    seen: dict[tuple[str, int], bool] = {}  # the backups share their evidence files
    for path, at, reason in backup_files(ledger):
        if with_summary:
            out.append(_info(path, at, reason, seen))
        else:
            out.append(BackupInfo(path, at, reason, path.stat().st_size, None))
    return out


def rotate(
    target: LedgerAccess | Engine | Path | str,
    *,
    days: int | None = None,
    now: datetime | None = None,
) -> list[Path]:
    """Delete the ledger's backups older than ``days`` (default: :func:`keep_days`),
    keeping the newest :data:`KEEP_AT_LEAST` whatever their age, partial files left by
    a backup that was interrupted, and evidence files no remaining backup of the folder
    refers to. Returns what was deleted."""
    ledger = ledger_file(target)
    if ledger is None:
        return []
    now = now or datetime.now()
    cutoff = now - timedelta(days=days if days is not None else keep_days(target))
    removed: list[Path] = []
    for index, (path, at, _reason) in enumerate(backup_files(ledger)):
        if index >= KEEP_AT_LEAST and at < cutoff:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    folder = default_backup_dir(ledger)
    if folder.is_dir():
        for path in folder.glob(f"{ledger.stem}-*{BACKUP_SUFFIX}{PARTIAL_SUFFIX}"):
            with contextlib.suppress(OSError):
                if now.timestamp() - path.stat().st_mtime > _STALE_PARTIAL.total_seconds():
                    path.unlink()
                    removed.append(path)
        removed += collect_unused(folder)
    return removed


# --------------------------------------------------------------------- backing up
def make_backup(
    target: LedgerAccess | Engine | Path | str,
    reason: str = "manual",
    *,
    to: Path | None = None,
    when: datetime | None = None,
    rotation: bool = True,
) -> BackupInfo:
    """Back the ledger up now with SQLite's backup API, with the evidence files it
    refers to (into the ``evidence/`` store of the backup's folder, before the backup
    file appears). ``to`` is a file or a folder (default: ``backups/`` beside the
    ledger, then rotated unless ``rotation`` is False). Raises :class:`LedgerError`
    with a Chinese message when it cannot. A backup made although some evidence file
    of the ledger is missing or damaged lists those in ``evidence.missing``."""
    ledger = _require_file(target)
    if not ledger.is_file():
        raise NotALedger(Message(Msg.LEDGER_FILE_NOT_FOUND, ledger=ledger), str(ledger))
    when = when or datetime.now()
    if to is None:
        path = backup_target(ledger, reason, when)
    elif to.is_dir():
        path = backup_target(ledger, reason, when, folder=to)
    else:
        path = to
    if path.resolve() == ledger.resolve():
        raise LedgerError(Message(Msg.BACKUP_IS_LEDGER), str(ledger))
    # The evidence files the snapshot refers to are copied before it is renamed into
    # place: a backup that appears always has them.
    partial = snapshot_file(ledger, path)
    try:
        stored = store_backup_evidence(partial, ledger)
        publish_file(ledger, path)
    except BaseException:
        discard_partial(path)
        raise
    if to is None and rotation:
        rotate(target, now=when)
    return _info(path, when.replace(microsecond=0), reason, evidence=stored)


def _is_empty(summary: LedgerSummary) -> bool:
    return summary.inspections == 0 and summary.history_entries == 0


def backup_before(target: LedgerAccess | Engine | Path | str, reason: str) -> BackupInfo | None:
    """Back the ledger up before an operation that changes many records (``reason``:
    import, merge, notice, upgrade, restore). Returns None for a server ledger and for
    an empty ledger (nothing to lose). Raises :class:`LedgerError` when the backup
    fails: the caller must then not go on."""
    ledger = ledger_file(target)
    if ledger is None:
        return None
    engine = _engine_of(target)
    if engine is not None and is_read_only(engine):
        raise LedgerReadOnly(Message(Msg.OPEN_READ_ONLY), str(ledger))
    try:
        if _is_empty(read_summary(ledger)):
            return None
        return make_backup(target, reason)
    except LedgerError as exc:
        raise type(exc)(
            Message(Msg.BACKUP_BEFORE_FAILED, label=reason_label(reason), message=exc.message),
            exc.path,
        ) from exc


def backup_on_open(
    target: LedgerAccess | Engine | Path | str, *, now: datetime | None = None
) -> OpenBackup:
    """The automatic backup when a ledger is opened: at most one a day, none when the
    newest backup holds the same content, none for server, read-only or empty ledgers.
    Never raises: a failure comes back as a warning to show (the ledger still opens)."""
    ledger = ledger_file(target)
    engine = _engine_of(target)
    if ledger is None or not ledger.is_file() or (engine is not None and is_read_only(engine)):
        return OpenBackup(None)
    now = now or datetime.now()
    try:
        current = read_summary(ledger)
        if _is_empty(current):
            return OpenBackup(None)
        files = backup_files(ledger)
        if any(at.date() == now.date() and reason == "open" for _p, at, reason in files):
            return OpenBackup(None)
        if files:
            with contextlib.suppress(LedgerError):
                newest = read_summary(files[0][0])
                # A backup made before evidence was backed up, or whose evidence files
                # were lost since, does not count as holding the same content.
                if _same_content(newest, current) and backup_evidence_state(files[0][0]).complete:
                    return OpenBackup(None)
        return OpenBackup(make_backup(target, "open", when=now))
    except LedgerError as exc:
        return OpenBackup(None, Message(Msg.BACKUP_ON_OPEN_FAILED, message=exc.message))


def _same_content(a: LedgerSummary, b: LedgerSummary) -> bool:
    # Every change adds history entries, so equal counts and the same last change mean
    # the same content.
    return (a.history_entries, a.last_change, a.issues, a.measures, a.revision) == (
        b.history_entries,
        b.last_change,
        b.issues,
        b.measures,
        b.revision,
    )


# ----------------------------------------------------------------------- restoring
def restore_backup(
    target: LedgerAccess | Engine | Path | str,
    backup: Path,
    *,
    allow_missing_evidence: bool = False,
) -> Restored:
    """Put a backup in place of the ledger, with its evidence files. The ledger as it
    is now is backed up first (a damaged one is copied byte for byte); the restore
    itself is one SQLite transaction on the ledger file, so it happens completely or
    not at all. A backup from an older version is migrated afterwards. Refuses
    (LedgerError) a backup that is not a sound ledger, one from a newer version, one
    whose evidence files are missing or damaged (and not intact in the ledger's store
    either: :class:`~desktop.services.backup_evidence.EvidenceIncomplete` names them),
    and server ledgers. With ``allow_missing_evidence`` such a backup is restored all the
    same (the records come back; the files intact in neither place are listed in
    ``evidence_missing`` and show as missing until attached again): a backup whose files
    were lost should not also cost the records. Evidence files are checked and staged
    before anything changes;
    they go into the ledger's store right before the database is restored and are
    taken out again when that fails. The ledger's store never loses a file.

    Callers holding an engine on the ledger should treat everything as changed."""
    ledger = _require_file(target)
    backup = Path(backup)
    if not backup.is_file():
        raise NotALedger(Message(Msg.BACKUP_NOT_FOUND, backup=backup), str(backup))
    if backup.resolve() == ledger.resolve():
        raise LedgerError(Message(Msg.RESTORE_FROM_ITSELF), str(backup))
    summary = read_summary(backup)
    if summary.revision is None:
        raise NotALedger(Message(Msg.NOT_A_BACKUP, name=backup.name), str(backup))
    if summary.revision not in known_revisions():
        raise LedgerTooNew(
            Message(Msg.BACKUP_TOO_NEW, name=backup.name),
            str(backup),
        )
    strangers = foreign_objects(backup)
    if strangers:
        raise NotALedger(
            Message(
                Msg.BACKUP_FOREIGN_OBJECTS,
                name=backup.name,
                strangers=Message(Msg.LIST_SEPARATOR).join(strangers[:3]),
            ),
            str(backup),
        )
    problems = verify_file(backup)
    if problems:
        raise NotALedger(
            Message(Msg.BACKUP_DAMAGED, name=backup.name, problems=problems[0]),
            str(backup),
        )
    parsed = parse_backup_name(ledger.stem, backup.name)
    at, reason = parsed if parsed else (datetime.fromtimestamp(backup.stat().st_mtime), "manual")
    restored = BackupInfo(backup, at, reason, backup.stat().st_size, summary)

    before: BackupInfo | None = None
    damaged: Path | None = None
    staged = stage_restore(backup, ledger, allow_missing=allow_missing_evidence)
    try:
        engine = _engine_of(target)
        if engine is not None:
            engine.dispose()  # no pooled connection of ours holds the file during the swap
        readable = ledger.exists()
        if readable:
            try:
                read_summary(ledger)
            except LedgerError:
                readable = False
            # Not rotated now: the rotation could delete the very backup being restored
            # (it stops being one of the newest few); rotated once the restore is done.
            if readable and not verify_file(ledger, quick=True):
                before = make_backup(ledger, "restore", rotation=False)
            else:
                readable = False
                damaged = copy_damaged(ledger, backup_target(ledger, "damaged"))
        evidence_restored = len(staged.moves)
        try:
            staged.commit()
        except OSError as exc:
            raise LedgerError(
                Message(Msg.RESTORE_EVIDENCE_FAILED, exc=exc, ledger=ledger), str(ledger)
            ) from exc
        if readable:
            restore_file(backup, ledger)
        else:
            replace_file(backup, ledger)
    except BaseException:
        staged.rollback()
        raise
    with contextlib.suppress(LedgerError, OSError):
        rotate(ledger)
    upgraded = summary.revision != head_revision()
    if upgraded:
        open_ledger(ledger).dispose()
    if engine is not None:
        engine.dispose()
    return Restored(restored, before, damaged, upgraded, evidence_restored, staged.missing)


# The backup service's whole surface for the window and the command line (what a
# refused restore raises, how many lines a message lists, where backups go) is here.
__all__ = [
    "DEFAULT_KEEP_DAYS",
    "KEEP_AT_LEAST",
    "MAX_LISTED",
    "PLAN_KINDS",
    "REASON_CODES",
    "BackupInfo",
    "EvidenceIncomplete",
    "OpenBackup",
    "Restored",
    "StoredEvidence",
    "backup_before",
    "backup_on_open",
    "contents_text",
    "default_backup_dir",
    "keep_days",
    "ledger_file",
    "list_backups",
    "make_backup",
    "reason_label",
    "restore_backup",
    "rotate",
    "set_keep_days",
]
