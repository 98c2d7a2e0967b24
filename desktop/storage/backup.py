"""Backups with SQLite's online backup API: never a file copy of a live database.

A backup is one self-contained SQLite file (journal mode DELETE, no -wal beside it),
written under a temporary name in the target folder, synced, and renamed into place,
so a backup file is either absent or complete. Backups live in ``backups/`` beside the
ledger and are named ``<ledger stem>-<YYYYmmdd-HHMMSS>[-n]-<reason>.sqlite``; the
name is the index (no catalogue file that could disagree with the folder).

Plain primitives (copy, verify, name, list): when to back up, the evidence files a
backup holds, rotation and restores are the backup service's (``services/backups.py``),
which calls these and is never called from here. Only the migration's backup before an
upgrade (``migrate.upgrade``) is made here, of the database alone.

Restoring writes a backup *into* the ledger with the same API: SQLite copies every
page in one write transaction of the destination, so other connections and a crash
see either the old ledger or the restored one, and the ledger keeps its WAL mode.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from desktop.domain.texts import Message, Msg
from desktop.storage.engine import current_revision, sqlite_path
from desktop.storage.errors import LedgerError, NotALedger
from desktop.storage.ledger_file import read_prefix

BACKUP_SUFFIX = ".sqlite"
PARTIAL_SUFFIX = ".part"

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+)"
    + re.escape(BACKUP_SUFFIX)
    + "$"
)
_STAMP = "%Y%m%d-%H%M%S"


def default_backup_dir(ledger: Path) -> Path:
    """Where a ledger's backups go: ``backups/`` beside the ledger file."""
    return ledger.parent / "backups"


def backup_target(
    ledger: Path, reason: str, when: datetime | None = None, folder: Path | None = None
) -> Path:
    """A new, unused backup file name for ``ledger``. Backups made in the same second
    are numbered, so the names keep their order."""
    stamp = (when or datetime.now()).strftime(_STAMP)
    folder = folder or default_backup_dir(ledger)
    taken = [
        backup_sequence(p.name)
        for p in (folder.glob(f"{glob.escape(ledger.stem)}-{stamp}-*") if folder.is_dir() else [])
        if parse_backup_name(ledger.stem, p.name.removesuffix(PARTIAL_SUFFIX))
    ]
    if not taken:
        return folder / f"{ledger.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"
    return folder / f"{ledger.stem}-{stamp}-{max(taken) + 1}-{reason}{BACKUP_SUFFIX}"


def parse_backup_name(ledger_stem: str, name: str) -> tuple[datetime, str] | None:
    """The time and reason in a backup file name of this ledger, or None."""
    match = _NAME.match(name)
    if match is None or match["stem"] != ledger_stem:
        return None
    try:
        when = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return when, match["reason"]


def backup_sequence(name: str) -> int:
    """The number that tells apart backups made in the same second (1 for the first)."""
    match = _NAME.match(name.removesuffix(PARTIAL_SUFFIX))
    return int(match["n"]) if match and match["n"] else 1


def backup_files(ledger: Path, folder: Path | None = None) -> list[tuple[Path, datetime, str]]:
    """The backup files of ``ledger`` in ``folder`` (default: :func:`default_backup_dir`),
    by their names, with the time and reason each name gives, newest first."""
    folder = folder or default_backup_dir(ledger)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_backup_name(ledger.stem, path.name)
        if parsed is not None and path.is_file():
            found.append((path, *parsed))
    found.sort(key=lambda item: (item[1], backup_sequence(item[0].name)), reverse=True)
    return found


def ro_uri(path: Path) -> str:
    """A read-only SQLite URI for a file (percent-encoded, any platform)."""
    return path.resolve().as_uri() + "?mode=ro"


def fsync_dir(folder: Path) -> None:
    # Make the rename itself durable; Windows cannot open a folder for this.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sqlite_error_text(exc: BaseException) -> str:
    """A Chinese explanation of a SQLite or OS error during a backup or restore."""
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "disk is full" in text or "no space" in text:
        return Message(Msg.SQLITE_DISK_FULL)
    if "readonly" in text or "read-only" in text or "permission" in text:
        return Message(Msg.SQLITE_NO_WRITE_PERMISSION)
    if "locked" in text or "busy" in text:
        return Message(Msg.SQLITE_LOCKED)
    if "disk i/o error" in text or (code is not None and code & 0xFF == sqlite3.SQLITE_IOERR):
        return Message(Msg.SQLITE_IO_ERROR)
    if "file too large" in text:
        return Message(Msg.SQLITE_FILE_TOO_LARGE)
    if "not a database" in text or "malformed" in text:
        return Message(Msg.SQLITE_DAMAGED)
    if "unable to open" in text:
        return Message(Msg.SQLITE_CANNOT_OPEN)
    return str(exc)


def partial_file(target: Path) -> Path:
    """Where a backup to ``target`` is written before it is renamed into place."""
    return target.with_name(target.name + PARTIAL_SUFFIX)


def _failed(exc: BaseException, source: Path, target: Path) -> LedgerError:
    partial = partial_file(target)
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)
    return LedgerError(
        Message(
            Msg.BACKUP_FAILED,
            sqlite_error_text=sqlite_error_text(exc),
            source=source,
            target=target,
        ),
        str(source),
    )


def snapshot_file(source: Path, target: Path) -> Path:
    """Copy a SQLite ledger file with the backup API into the partial file of
    ``target`` (:func:`partial_file`), synced; returns the partial file. Nothing is at
    ``target`` yet: :func:`publish_file` renames the partial file into place,
    :func:`discard_partial` removes it. Raises :class:`LedgerError` (and leaves no
    partial file) when the copy fails."""
    partial = partial_file(target)
    try:
        # Inside the try: a folder that cannot be made (a file of that name, no
        # permission) is a failed backup with a message, not a crash.
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        src = sqlite3.connect(ro_uri(source), uri=True)
        try:
            src.execute("PRAGMA busy_timeout=10000")
            dst = sqlite3.connect(partial)
            try:
                # One step (pages=-1): the whole copy is made under one read
                # transaction of the source, so it is a consistent snapshot even while
                # another process writes.
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        # Read-write: Windows cannot flush a handle opened read-only (FlushFileBuffers
        # needs write access; the backup failed there, and under Wine, at every import).
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
    except (sqlite3.Error, OSError) as exc:
        raise _failed(exc, source, target) from exc
    except BaseException:
        discard_partial(target)
        raise
    return partial


def publish_file(source: Path, target: Path) -> Path:
    """Rename the finished partial file of a backup of ``source`` into place at
    ``target``, durably. Raises :class:`LedgerError` (and removes the partial file)
    when it cannot."""
    try:
        os.replace(partial_file(target), target)
        fsync_dir(target.parent)
    except OSError as exc:
        raise _failed(exc, source, target) from exc
    return target


def discard_partial(target: Path) -> None:
    """Remove the partial file of a backup to ``target`` that is not to appear."""
    with contextlib.suppress(OSError):
        partial_file(target).unlink(missing_ok=True)


def backup_file(source: Path, target: Path) -> Path:
    """Copy a SQLite ledger file to ``target`` with the backup API, atomically: the
    backup is written beside the target, synced, and renamed into place
    (:func:`snapshot_file`, then :func:`publish_file`)."""
    snapshot_file(source, target)
    try:
        return publish_file(source, target)
    except BaseException:
        discard_partial(target)
        raise


def backup_ledger(engine: Engine, target: Path) -> Path:
    """Back up the SQLite ledger behind ``engine`` to ``target``."""
    path = sqlite_path(engine)
    if path is None:
        raise LedgerError(Message(Msg.BACKUP_FILE_ONLY))
    return backup_file(path, target)


def copy_damaged(source: Path, target: Path) -> Path:
    """Keep a byte-for-byte copy of a file that SQLite cannot read (so nothing is lost
    when a damaged ledger is replaced); written atomically like a backup."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        shutil.copyfile(source, partial)
        with partial.open("rb+") as handle:  # read-write: see snapshot_file
            os.fsync(handle.fileno())
        os.replace(partial, target)
        fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise LedgerError(
            Message(
                Msg.ORIGINAL_COPY_FAILED, sqlite_error_text=sqlite_error_text(exc), target=target
            ),
            str(source),
        ) from exc
    return target


def restore_file(backup: Path, ledger: Path) -> None:
    """Write ``backup`` into ``ledger`` with the backup API, in one transaction of the
    ledger: other connections and a crash see the old ledger or the restored one.

    The ledger must be a readable SQLite file (or absent); see :func:`replace_file`
    for a damaged one.
    """
    try:
        src = sqlite3.connect(ro_uri(backup), uri=True)
        try:
            dst = sqlite3.connect(ledger, timeout=10)
            try:
                dst.execute("PRAGMA busy_timeout=10000")
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=WAL")
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise LedgerError(
            Message(
                Msg.RESTORE_FAILED_AS_BEFORE,
                sqlite_error_text=sqlite_error_text(exc),
                ledger=ledger,
            ),
            str(ledger),
        ) from exc


def replace_file(backup: Path, ledger: Path) -> None:
    """Put a copy of ``backup`` in place of a ledger file SQLite cannot open (damaged,
    not SQLite): copy beside it with the backup API, sync, and rename over it. The
    damaged file's stale -wal/-shm files go first: SQLite would apply them to the new
    file."""
    partial = ledger.with_name(ledger.name + PARTIAL_SUFFIX)
    try:
        backup_file(backup, partial)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{ledger}{suffix}").unlink(missing_ok=True)
        os.replace(partial, ledger)
        fsync_dir(ledger.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise LedgerError(
            Message(
                Msg.RESTORE_FAILED_UNCHANGED,
                sqlite_error_text=sqlite_error_text(exc),
                ledger=ledger,
            ),
            str(ledger),
        ) from exc


def verify_file(path: Path, *, quick: bool = False) -> list[str]:
    """SQLite's integrity check of a file (``quick_check`` when ``quick``): the problems
    it reports, none when the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        connection = sqlite3.connect(ro_uri(path), uri=True)
        try:
            rows = [str(r[0]) for r in connection.execute(f"PRAGMA {pragma}(20)")]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return [sqlite_error_text(exc)]
    return [] if rows == ["ok"] else rows


# Triggers and views our own migrations create (e.g. to keep a full-text index in step).
# A migration that adds one must name it here, or every ledger holding it is refused.
OWN_TRIGGERS_AND_VIEWS: frozenset[str] = frozenset()


def foreign_objects(path: Path) -> list[str]:
    """Triggers and views in a SQLite file that our schema does not have: the file was
    made or changed by something else, and they would run inside our transactions
    (a trigger can delete rows behind the history's back). Returns their names."""
    try:
        connection = sqlite3.connect(ro_uri(path), uri=True)
        try:
            rows = connection.execute(
                "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return []  # unreadable files are refused elsewhere, with their own message
    return [f"{kind} {name}" for kind, name in rows if name not in OWN_TRIGGERS_AND_VIEWS]


@dataclass(frozen=True, slots=True)
class LedgerSummary:
    """What a ledger file holds, counted (for the list of backups)."""

    inspections: int
    issues: int
    measures: int
    history_entries: int
    last_change: datetime | None
    revision: str | None


@contextlib.contextmanager
def read_only_engine(path: Path) -> Iterator[Engine]:
    """A throw-away engine reading a SQLite file without changing it."""
    if not path.is_file():
        raise NotALedger(Message(Msg.FILE_NOT_FOUND, path=path), str(path))
    # Without closing a descriptor of it: the file may be a ledger open in this
    # process (see ledger_file.read_prefix).
    if read_prefix(path, 16) != b"SQLite format 3\x00":
        raise NotALedger(Message(Msg.NOT_SQLITE, name=path.name), str(path))
    uri = ro_uri(path)
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        yield engine
    finally:
        engine.dispose()


def read_summary(path: Path) -> LedgerSummary:
    """Count what a ledger (or backup) file holds. Raises :class:`NotALedger` when it
    cannot be read as a ledger."""
    from desktop.storage.models import History, HistoryBatch, Inspection, Issue, Measure

    with read_only_engine(path) as engine:
        try:
            revision = current_revision(engine)  # plain SQL: no Alembic import
            with engine.connect() as c:

                def count(model: type) -> int:
                    return int(c.scalar(select(func.count()).select_from(model)) or 0)

                return LedgerSummary(
                    inspections=count(Inspection),
                    issues=count(Issue),
                    measures=count(Measure),
                    history_entries=count(History),
                    last_change=c.scalar(select(func.max(HistoryBatch.at))),
                    revision=revision,
                )
        except SQLAlchemyError as exc:
            reason = sqlite_error_text(getattr(exc, "orig", None) or exc)
            raise NotALedger(
                Message(Msg.FILE_UNREADABLE_REASON, name=path.name, reason=reason), str(path)
            ) from exc
