"""A ledger file as a file: where the default one lives, whether it can be written,
whether it is a whole SQLite file (once SQLite has recovered what a killed writer
left), and the schema revision this version writes.

No SQLAlchemy here (``storage.engine`` and ``storage.migrate`` re-export these): the
window's quick first paint (``desktop.services.quick_open``) uses them before
SQLAlchemy is imported.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

from desktop.domain.texts import Message, Msg
from desktop.storage.errors import LedgerReadOnly, LedgerTruncated, NotALedger

APP_NAME = "rectify"
DEFAULT_LEDGER_NAME = "ledger.sqlite"

# The newest revision in migrations/versions (a test keeps the two equal). Knowing it
# without Alembic lets an up-to-date ledger open without importing Alembic at all,
# which is most of a cold start's import time beyond SQLAlchemy itself.
SCHEMA_HEAD = "0004"


def default_ledger_path() -> Path:
    """The default ledger in the user's data folder (no app-author folder)."""
    from platformdirs import user_data_path  # not on a start with a ledger named

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
    that stopped part-way).

    A file that SQLite would recover by itself (a non-empty ``-wal`` beside it, or a hot
    rollback journal: what a process killed while it wrote leaves) is not judged by its
    bytes: SQLite opens it and recovers first (:func:`recover`), and it is called
    truncated only when it is still short after that. Before recovery such a file may
    well be shorter than its header says (killed during a WAL checkpoint, the header
    page is written before the pages that grow the file, which the ``-wal`` still
    holds), and refusing it would send the clerk to a backup for nothing."""
    if not path.exists():
        if not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LedgerReadOnly(
                    Message(
                        Msg.FOLDER_NOT_CREATED, parent=path.parent, strerror=exc.strerror or exc
                    ),
                    str(path),
                ) from exc
        return
    if path.is_dir():
        raise NotALedger(Message(Msg.LEDGER_IS_FOLDER, path=path), str(path))
    header = _read_header(path)
    if not header:
        return  # an empty file: SQLite makes it a new database
    if header[:16] != _HEADER:
        raise NotALedger(
            Message(Msg.NOT_A_LEDGER_FILE, name=path.name),
            str(path),
        )
    short = len(header) < 100 or _truncated(header, path.stat().st_size)
    if recovery_pending(path):
        state = recover(path)
        if state == "unknown":
            # Not recovered here (no write access, another program busy with it): the
            # file's own length proves nothing while its -wal or journal may hold the
            # rest; SQLite and the integrity check judge it.
            return
        if state == "whole":
            # Short before the recovery: the -wal held the missing pages (a checkpoint
            # cut short) or only some (a copy cut short with a -wal beside it: the
            # checkpoint writes pages past a hole, so the length alone cannot tell).
            was_short = short
            header = _read_header(path)
            short = len(header) < 100 or _truncated(header, path.stat().st_size)
            if was_short and not short:
                short = not _pages_intact(path)
        # "damaged": SQLite cannot read it even after recovery; a file short of its
        # header is then truncated, any other damage is the integrity check's to name.
    if short:
        raise LedgerTruncated(
            Message(Msg.LEDGER_TRUNCATED, name=path.name),
            str(path),
        )


# POSIX drops every fcntl lock a process holds on a file when the process closes any
# descriptor of that file, SQLite's locks included (SQLite itself never closes one while
# it holds locks). Reading a ledger's first bytes with open() and close() while the same
# process has the ledger open made another program's closing connection believe it was
# the last: it checkpointed and deleted the -wal and -shm under this process, whose
# later commits went into the deleted -wal and were lost (readers got "disk I/O
# error"). So a ledger file's own bytes are read through one descriptor per file, kept
# open for the life of the process, as SQLite keeps its own. Windows locks per handle.
_HELD: dict[tuple[int, int], int] = {}
_HELD_LOCK = threading.Lock()


def read_prefix(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of a (ledger) file, read without closing a descriptor
    of it (see above). Raises OSError."""
    if os.name == "nt":
        with path.open("rb") as handle:
            return handle.read(size)
    info = os.stat(path)
    key = (info.st_dev, info.st_ino)
    with _HELD_LOCK:
        fd = _HELD.get(key)
        if fd is None:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
            _HELD[key] = fd
    return os.pread(fd, size, 0)


def _read_header(path: Path) -> bytes:
    try:
        return read_prefix(path, 100)
    except OSError as exc:
        raise LedgerReadOnly(
            Message(Msg.LEDGER_UNREADABLE, path=path, strerror=exc.strerror or exc), str(path)
        ) from exc


def recovery_pending(path: Path) -> bool:
    """Whether SQLite has something to recover before the file can be judged: a
    non-empty ``-wal`` (the last transactions, or a checkpoint cut short) or a hot
    rollback journal (a non-empty ``-journal`` whose header is not zeroed)."""
    try:
        wal = Path(f"{path}-wal")
        if wal.is_file() and wal.stat().st_size > 0:
            return True
        journal = Path(f"{path}-journal")
        if journal.is_file() and journal.stat().st_size > 0:
            with journal.open("rb") as handle:
                return any(handle.read(28))
    except OSError:
        return False
    return False


def recover(path: Path) -> str:
    """Let SQLite recover a file a killed writer left (roll a hot journal back, read
    the -wal's committed transactions) and copy the -wal's pages into the file (a
    passive checkpoint: it waits for no one). Returns "whole" when the file now holds
    the whole database by itself, so its length can be judged; "damaged" when SQLite
    cannot read it; "unknown" when it could not be done here (the file or its folder
    cannot be written, another program is busy with it)."""
    if not writable(path):
        return "unknown"
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=rw", uri=True, timeout=2)
    except sqlite3.Error:
        return "unknown"
    try:
        connection.isolation_level = None
        connection.execute("PRAGMA trusted_schema=OFF")
        # The first read rolls a hot journal back or rebuilds the -wal's index.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        mode = connection.execute("PRAGMA journal_mode").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            return "unknown" if recovery_pending(path) else "whole"
        row = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return "whole" if row is not None and row[0] == 0 and row[1] == row[2] else "unknown"
    except sqlite3.OperationalError:
        # Locked, read-only, a full disk or an I/O error: not a verdict on the file.
        return "unknown"
    except sqlite3.DatabaseError:
        return "damaged"  # "malformed", "not a database"
    except sqlite3.Error:
        return "unknown"
    finally:
        connection.close()


def _pages_intact(path: Path) -> bool:
    """SQLite's quick check of every page (a page never written reads as zeros)."""
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        return False
    try:
        connection.execute("PRAGMA trusted_schema=OFF")
        return connection.execute("PRAGMA quick_check(1)").fetchall() == [("ok",)]
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def shorter_than_header(path: Path) -> bool:
    """Whether the file, as it is on disk (before any recovery), is shorter than the
    page count its header promises."""
    try:
        return _truncated(_read_header(path), path.stat().st_size)
    except (OSError, LedgerReadOnly):
        return False


def _truncated(header: bytes, size: int) -> bool:
    """Whether the file is shorter than the page count its header promises. The count
    is trusted only when its "valid-for" number matches the change counter (SQLite's
    own rule); the main file of a WAL database never shrinks below it once its -wal
    is checkpointed."""
    if len(header) < 100:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] != header[92:96] or pages == 0 or page_size < 512:
        return False
    return size < pages * page_size
