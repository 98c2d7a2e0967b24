"""Evidence kept in the ledger's own database: the store of a ledger on a server.

A ledger on PostgreSQL is shared by clerks on several machines; a folder beside it does
not exist, and a folder on one clerk's machine would be seen by nobody else. So its
evidence content goes into the database (tables ``evidence_blob`` and
``evidence_chunk``, see the models), where every clerk reads it and the
administrator's pg_dump backs it up with the rest of the ledger.

:class:`DatabaseEvidenceStore` has the methods of the folder store
(:class:`~desktop.services.evidence_store.EvidenceStore`) that the service and the GUI
use, with the same meaning:

- ``put`` hashes the file, then (unless that content is stored already) writes it in
  pieces of :data:`CHUNK` bytes, hashing it again on the way: a file changed between
  the two reads is refused. Given a connection it writes in that transaction, so the
  content and the evidence record are committed together or not at all. Memory stays
  at about one piece whatever the file's size.
- the same content is stored once; a stored copy whose size is wrong (damaged by hand)
  is replaced by the good one.
- removing an evidence record keeps the content (undo brings the record back with it);
  :meth:`prune` removes content that no record uses.
- ``path`` gives a file the system viewer can open: the content written to a per-user
  cache folder under its hash (``<cache>/ab/<sha256>.pdf``), hash verified, read-only
  (a viewer that saves in place would otherwise change what the next opening shows
  without changing the ledger). A cached copy is used only while the database still
  has the content, and is hashed each time and written again when it no longer matches.

Two clerks attaching the same new file at once: the second waits for the first's
transaction (the content row's primary key) and then reuses its content. Attaching
reuses existing content under a row lock (``SELECT … FOR UPDATE``) and pruning takes
the same locks before it looks again which content is unused, so a prune never deletes
content that an attach in progress is about to use.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from desktop.domain.texts import Message, Msg
from desktop.files import sweep_stale
from desktop.services.evidence_store import (
    CHUNK,
    MAX_FILE_SIZE,
    EvidenceError,
    EvidenceStore,
    FileState,
    Stored,
    changed_while_copied,
    require_sha256,
    safe_suffix,
    sha256_of,
    source_size,
)
from desktop.storage.engine import APP_NAME, WRITE_OPTIONS
from desktop.storage.models import Evidence, EvidenceBlob, EvidenceChunk

# Pieces read per query: 8 MB a round trip, and never more than that in memory.
READ_BATCH = 8
# Cached copies (to open with the system viewer) not opened for this many days go.
CACHE_DAYS = 30
_MISSING = "台账数据库中没有这份佐证材料的内容（可能已被清理）。"
_ALTERED = "台账数据库中这份佐证材料的内容已被改动（与校验值不符）。"


def default_cache_dir() -> Path:
    """Where evidence from a server ledger is put to be opened: the user's cache."""
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False) / "evidence"


class DatabaseEvidenceStore:
    """Evidence content in the ledger's database (see the module docstring); ``cache``
    is the folder where content is written out to be opened (the user's cache folder
    by default)."""

    in_database = True

    def __init__(self, engine: Engine, cache: Path | None = None) -> None:
        self.engine = engine
        self._cache = cache

    @property
    def cache(self) -> Path:
        if self._cache is None:
            self._cache = default_cache_dir()
        return self._cache

    # ------------------------------------------------------------------ naming
    def relative(self, sha256: str, original_name: str = "") -> str:
        """The content's name in the store: its hash (the extension does not matter)."""
        return require_sha256(sha256)

    def missing_text(self, sha256: str, original_name: str = "") -> str:
        return Message(Msg.EVIDENCE_NOT_IN_DATABASE)

    def cached_path(self, sha256: str, original_name: str) -> Path:
        """Where :meth:`path` writes the content (whether or not it is there yet)."""
        require_sha256(sha256)
        return self.cache / sha256[:2] / f"{sha256}{safe_suffix(original_name)}"

    # ----------------------------------------------------------------- writing
    def put(
        self,
        source: Path,
        max_size: int = MAX_FILE_SIZE,
        *,
        connection: Connection | None = None,
    ) -> Stored:
        """Store a file's content (once per content). In ``connection``'s transaction
        when one is given, else in a transaction of its own."""
        source_size(source, max_size)
        sha, size = _hash(source, max_size)
        if connection is not None:
            self._write(connection, source, sha, size)
        else:
            with self.engine.execution_options(**WRITE_OPTIONS).begin() as c:
                self._write(c, source, sha, size)
        return Stored(sha, size, None)

    def _write(self, c: Connection, source: Path, sha: str, size: int) -> None:
        locked = select(EvidenceBlob.size).where(EvidenceBlob.sha256 == sha).with_for_update()
        found = c.execute(locked).scalar_one_or_none()
        if found is None and not _insert_new(c, sha, size):
            # Another clerk stored it meanwhile (we waited for their commit): reuse it.
            found = c.execute(locked).scalar_one_or_none()
            if found is None:
                raise EvidenceError(Message(Msg.LEDGER_BUSY_USER))
        if found is not None:
            if found == size and _chunk_bytes(c, sha) == size:
                return
            # A damaged copy (edited by hand): replace it with this good one.
            c.execute(delete(EvidenceChunk).where(EvidenceChunk.sha256 == sha))
            c.execute(update(EvidenceBlob).where(EvidenceBlob.sha256 == sha).values(size=size))
        digest = hashlib.sha256()
        written = 0
        with source.open("rb") as handle:
            seq = 0
            while chunk := handle.read(CHUNK):
                written += len(chunk)
                if written > size:
                    raise changed_while_copied(source)
                digest.update(chunk)
                c.execute(insert(EvidenceChunk).values(sha256=sha, seq=seq, data=chunk))
                seq += 1
        if written != size or digest.hexdigest() != sha:
            raise changed_while_copied(source)

    # ----------------------------------------------------------------- reading
    def chunks(self, sha256: str, original_name: str = "") -> Iterator[bytes]:
        """The stored content, a piece at a time (nothing when it is not stored)."""
        require_sha256(sha256)
        with self.engine.connect() as c:
            seq = 0
            while True:
                rows = c.execute(
                    select(EvidenceChunk.data)
                    .where(
                        EvidenceChunk.sha256 == sha256,
                        EvidenceChunk.seq >= seq,
                        EvidenceChunk.seq < seq + READ_BATCH,
                    )
                    .order_by(EvidenceChunk.seq)
                ).scalars()
                count = 0
                for data in rows:
                    count += 1
                    yield bytes(data)
                if count < READ_BATCH:
                    return
                seq += READ_BATCH

    def _stored_size(self, sha256: str) -> int | None:
        require_sha256(sha256)
        with self.engine.connect() as c:
            return c.scalar(select(EvidenceBlob.size).where(EvidenceBlob.sha256 == sha256))

    def present(self, sha256: str, original_name: str, size: int) -> FileState:
        """A cheap look (is the content there, with its size), without reading it."""
        stored = self._stored_size(sha256)
        if stored is None:
            return FileState.MISSING
        return FileState.OK if stored == size else FileState.ALTERED

    def check(self, sha256: str, original_name: str = "", size: int | None = None) -> FileState:
        """Whether the content is stored and still hashes to its name (it is read)."""
        stored = self._stored_size(sha256)
        if stored is None:
            return FileState.MISSING
        if size is not None and stored != size:
            return FileState.ALTERED
        digest = hashlib.sha256()
        total = 0
        for chunk in self.chunks(sha256):
            total += len(chunk)
            digest.update(chunk)
        ok = total == stored and digest.hexdigest() == sha256
        return FileState.OK if ok else FileState.ALTERED

    def _write_out(self, sha256: str, folder: Path, target: Path, read_only: bool) -> None:
        """Write the content to ``target`` through a temporary file in ``folder``,
        verified against the hash before it is renamed into place."""
        if self._stored_size(sha256) is None:
            raise EvidenceError(_MISSING)
        folder.mkdir(parents=True, exist_ok=True)
        sweep_stale(folder)
        handle, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=folder)
        temp = Path(temp_name)
        try:
            digest = hashlib.sha256()
            with os.fdopen(handle, "wb") as out:
                for chunk in self.chunks(sha256):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if digest.hexdigest() != sha256:
                raise EvidenceError(_ALTERED)
            if read_only:
                temp.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
                if target.exists():  # Windows replaces no read-only file
                    with contextlib.suppress(OSError):
                        target.chmod(stat.S_IRUSR | stat.S_IWUSR)
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.chmod(stat.S_IRUSR | stat.S_IWUSR)
            temp.unlink(missing_ok=True)
            raise

    def path(self, sha256: str, original_name: str) -> Path:
        """A local, verified, read-only copy of the content to open (see the module
        docstring). Raises :class:`EvidenceError` when the content is not stored or
        no longer matches its hash."""
        target = self.cached_path(sha256, original_name)
        # Asked each time: a copy cached before the content was pruned is not shown,
        # so every clerk sees what the ledger holds.
        if self._stored_size(sha256) is None:
            raise EvidenceError(_MISSING)
        try:
            if target.is_file() and sha256_of(target) == sha256:
                os.utime(target)  # used now: kept by the clean-up below
                return target
        except OSError:
            pass  # unreadable: written again below
        try:
            self._write_out(sha256, target.parent, target, read_only=True)
        except OSError as exc:
            raise EvidenceError(
                Message(
                    Msg.EVIDENCE_CACHE_FAILED, parent=target.parent, strerror=exc.strerror or exc
                )
            ) from exc
        self.trim_cache()
        return target

    def trim_cache(self, unused_for: float = CACHE_DAYS * 86400) -> list[Path]:
        """Delete cached copies not opened for ``unused_for`` seconds (they are only
        copies: opened again, they are written again); returns them."""
        cutoff = time.time() - unused_for
        removed: list[Path] = []
        if not self.cache.is_dir():
            return removed
        for path in self.cache.glob("??/*"):
            with contextlib.suppress(OSError):
                if path.is_file() and path.stat().st_mtime < cutoff:
                    path.chmod(0o644)  # read-only copies: Windows refuses to delete those
                    path.unlink()
                    removed.append(path)
        return removed

    def copy_out(self, sha256: str, original_name: str, target: Path) -> None:
        """Write the content to ``target`` (verified; never a half-written file)."""
        self._write_out(sha256, target.parent, target, read_only=False)

    # ---------------------------------------------------------------- pruning
    def files(self) -> Iterator[str]:
        """The hash of every stored content."""
        with self.engine.connect() as c:
            yield from c.scalars(select(EvidenceBlob.sha256).order_by(EvidenceBlob.sha256))

    def prune(self, keep: Iterable[str], dry_run: bool = False) -> list[str]:
        """Delete stored content whose hash is not in ``keep`` and that no evidence
        record uses when we look again under lock; returns the hashes."""
        wanted = set(keep)
        with self.engine.execution_options(**WRITE_OPTIONS).begin() as c:
            candidates = [
                sha
                for sha in c.scalars(select(EvidenceBlob.sha256).order_by(EvidenceBlob.sha256))
                if sha not in wanted
            ]
            if not candidates:
                return []
            # Lock them (waiting for attaches that reuse them), then look again in a new
            # statement, which sees what those attaches committed.
            c.execute(
                select(EvidenceBlob.sha256)
                .where(EvidenceBlob.sha256.in_(candidates))
                .with_for_update()
            ).all()
            used = set(c.scalars(select(Evidence.sha256).where(Evidence.sha256.in_(candidates))))
            removed = [sha for sha in candidates if sha not in used]
            if removed and not dry_run:
                c.execute(delete(EvidenceBlob).where(EvidenceBlob.sha256.in_(removed)))
        return removed


def _hash(source: Path, max_size: int) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            size += len(chunk)
            if size > max_size:
                raise changed_while_copied(source)
            digest.update(chunk)
    return digest.hexdigest(), size


def _insert_new(c: Connection, sha: str, size: int) -> bool:
    """Insert the content's row; False when another transaction committed the same
    content first (we waited for it on the primary key)."""
    with contextlib.suppress(IntegrityError), c.begin_nested():
        c.execute(insert(EvidenceBlob).values(sha256=sha, size=size))
        return True
    return False


def _chunk_bytes(c: Connection, sha: str) -> int:
    total = c.scalar(
        select(func.coalesce(func.sum(func.length(EvidenceChunk.data)), 0)).where(
            EvidenceChunk.sha256 == sha
        )
    )
    return int(total or 0)


AnyEvidenceStore = EvidenceStore | DatabaseEvidenceStore

__all__ = ["AnyEvidenceStore", "DatabaseEvidenceStore", "default_cache_dir"]
