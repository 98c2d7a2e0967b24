"""Evidence files in backups: a backup holds the database *and* every evidence file the
backed-up database refers to, and a restore brings both back.

Where: one content-addressed store per backup folder, ``<folder>/evidence/ab/<sha256>.pdf``
(the same layout as the ledger's own store, see ``evidence_store.py``), shared by every
backup in that folder. A file is copied into it once, however many backups refer to it:
30 daily backups of a ledger with 2 GB of scans take 2 GB of evidence, not 60 GB.
Copies, not hard links: a hard link shares its content with the ledger's file, and the
ledger's files are opened in the user's viewer straight from the store (some editors
save in place), so damage to the live file would reach every backup at once. The
store's hash naming already removes the duplicates that links would save.

Which files a backup needs is read from the backup's own database (its ``evidence``
table): the database file is the index, as the backup's name is its catalogue entry;
there is no separate list that could disagree with it.

Atomic: the evidence is copied (hashed on the way, synced) after the database snapshot is
written to its partial file and *before* that file is renamed into place, so a listed
backup always had every file it refers to. A file the ledger itself no longer has
(missing or damaged, and not in the store from an earlier backup) cannot be backed up: the
backup is still made (the database matters most, and a refused backup would block every
import) and the list shows it as incomplete, naming the files.

Rotation: after old backups are deleted, a file of the store that no remaining readable
backup of the folder refers to is deleted, unless it was stored or reused in the last day
(a backup running at that moment in another process touches the files it relies on).

Restore: every file the backup refers to is first checked: the ledger's own copy, if it
is intact, is kept; otherwise the backup's copy is staged (copied beside the ledger's
store, hash verified). Any file neither has intact refuses the whole restore, naming the
issue, measure and file; nothing has changed by then. Staged files are renamed into place
just before the database is restored and removed again if that fails.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, select
from sqlalchemy.exc import SQLAlchemyError

from desktop.domain.texts import Message, Msg
from desktop.files import sweep_stale
from desktop.services.evidence_db import AnyEvidenceStore
from desktop.services.evidence_store import (
    CHUNK,
    EvidenceError,
    EvidenceStore,
    FileState,
    evidence_dir_for,
)
from desktop.storage.backup import (
    BACKUP_SUFFIX,
    fsync_dir,
    read_only_engine,
    sqlite_error_text,
)
from desktop.storage.errors import LedgerError
from desktop.storage.models import Evidence, Inspection, Issue, Measure

STORE_NAME = "evidence"
# Files stored or reused this recently are never collected (a backup in progress).
GRACE_SECONDS = 24 * 3600
MAX_LISTED = 20
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_STORED_NAME = re.compile(r"^(?P<sha>[0-9a-f]{64})(\.[a-z0-9]{1,10})?$")
_TEMP_PREFIX = ".incoming-"
# The raw copy of a damaged ledger (see services.backups): no backup, needs no evidence.
DAMAGED_SUFFIX = f"-damaged{BACKUP_SUFFIX}"


def backup_store(backup: Path) -> EvidenceStore:
    """The evidence store shared by the backups in ``backup``'s folder."""
    return EvidenceStore(backup.parent / STORE_NAME)


# ------------------------------------------------------------------- references
@dataclass(frozen=True, slots=True)
class EvidenceRef:
    """One evidence record of a ledger or backup: the file it needs (hash, name for the
    extension, size) and where it belongs, to name it in messages."""

    sha256: str
    original_name: str
    size: int
    title: str
    issue_number: str
    measure_seq: int | None
    inspection: str
    several_inspections: bool = False

    @property
    def relative(self) -> str:
        """The file's path inside a store; "" when the record has no valid hash."""
        if not _SHA_RE.match(self.sha256):
            return ""
        return EvidenceStore(Path()).relative(self.sha256, self.original_name)

    @property
    def label(self) -> str:
        """Which file, for people: 问题 3 措施 2 的佐证材料“会议纪要.pdf”."""
        where: str = Message(Msg.EVIDENCE_OF_ISSUE, issue_number=self.issue_number)
        if self.measure_seq is not None:
            where += Message(Msg.EVIDENCE_OF_MEASURE, measure_seq=self.measure_seq)
        if self.several_inspections:
            where = f"《{self.inspection}》{where}"
        name = self.original_name or self.title
        return Message(Msg.EVIDENCE_LABEL, where=where, name=name)


def evidence_refs(c: Connection) -> list[EvidenceRef]:
    """Every evidence record of the ledger behind ``c``, in ledger order."""
    query = (
        select(
            Evidence.sha256,
            Evidence.original_name,
            Evidence.size,
            Evidence.title,
            Issue.number,
            Measure.seq,
            Inspection.title,
            Inspection.id,
        )
        .join(Issue, Issue.id == Evidence.issue_id)
        .join(Inspection, Inspection.id == Issue.inspection_id)
        .outerjoin(Measure, Measure.id == Evidence.measure_id)
        .order_by(Inspection.id, Issue.position, Issue.id, Measure.seq, Evidence.id)
    )
    rows = c.execute(query).all()
    several = len({row[7] for row in rows}) > 1
    return [
        EvidenceRef(sha or "", name or "", int(size or 0), title or "", number or "", seq,
                    inspection or "", several)
        for sha, name, size, title, number, seq, inspection, _id in rows
    ]  # fmt: skip


def refs_of_file(path: Path) -> list[EvidenceRef]:
    """The evidence records of a ledger or backup file, read without changing it.
    Raises :class:`LedgerError` when the file cannot be read."""
    with read_only_engine(path) as engine:
        try:
            with engine.connect() as c:
                return evidence_refs(c)
        except SQLAlchemyError as exc:
            reason = sqlite_error_text(getattr(exc, "orig", None) or exc)
            raise LedgerError(
                Message(Msg.FILE_UNREADABLE_REASON, name=path.name, reason=reason), str(path)
            ) from exc


def by_file(refs: Iterable[EvidenceRef]) -> dict[str, list[EvidenceRef]]:
    """The records grouped by stored file (records without a valid hash left out)."""
    out: dict[str, list[EvidenceRef]] = {}
    for ref in refs:
        if ref.relative:
            out.setdefault(ref.relative, []).append(ref)
    return out


def listed(lines: list[str]) -> str:
    """Lines for a message, at most :data:`MAX_LISTED` of them."""
    shown = [f"  {line}" for line in lines[:MAX_LISTED]]
    if len(lines) > MAX_LISTED:
        shown.append(Message(Msg.MORE_NOT_LISTED, count=len(lines) - MAX_LISTED))
    return "\n".join(shown)


# ---------------------------------------------------------------------- copying
class _Mismatch(Exception):
    """The copied bytes do not hash to the expected value (or have another size)."""


def _stage(source: Path, folder: Path, sha256: str, size: int) -> Path:
    """Copy ``source`` to a temporary file in ``folder``, hashing on the way and synced;
    returns the temporary file when the content is the expected one, else deletes it
    and raises :class:`_Mismatch`. FileNotFoundError passes on."""
    with source.open("rb") as src:
        folder.mkdir(parents=True, exist_ok=True)
        sweep_stale(folder)
        handle, name = tempfile.mkstemp(prefix=_TEMP_PREFIX, dir=folder)
        temp = Path(name)
        try:
            digest = hashlib.sha256()
            copied = 0
            with os.fdopen(handle, "wb") as out:
                while chunk := src.read(CHUNK):
                    copied += len(chunk)
                    if copied > size:
                        raise _Mismatch
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if copied != size or digest.hexdigest() != sha256:
                raise _Mismatch
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    return temp


def _present(path: Path, size: int) -> bool:
    try:
        return path.is_file() and path.stat().st_size == size
    except OSError:
        return False


@dataclass(frozen=True, slots=True)
class StoredEvidence:
    """What a backup holds of its evidence: records, distinct files and their bytes,
    how many files this backup had to copy, and the records whose file is not in the
    backup's store (labels, see :attr:`EvidenceRef.label`)."""

    records: int
    files: int
    size: int
    copied: int = 0
    missing: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing


def store_backup_evidence(partial: Path, ledger: Path) -> StoredEvidence:
    """Copy the evidence files the (finished, not yet renamed) backup ``partial`` refers
    to from the ledger's store into its folder's backup store. Files already there
    (same size) are reused and touched, so a rotation now does not collect them; new
    ones are hashed while copied, synced, and renamed into place. Raises
    :class:`EvidenceError` when the backup store cannot be written."""
    refs = refs_of_file(partial)
    live = EvidenceStore(evidence_dir_for(ledger))
    store = backup_store(partial)
    missing: list[str] = []
    copied = 0
    total = 0
    touched: set[Path] = set()
    groups = by_file(refs)
    try:
        for relative, group in groups.items():
            ref = group[0]
            total += ref.size
            target = store.root / relative
            if _present(target, ref.size):
                os.utime(target)
                continue
            try:
                temp = _stage(live.root / relative, store.root, ref.sha256, ref.size)
            except (FileNotFoundError, _Mismatch):
                missing += [r.label for r in group]
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp, target)
            touched.add(target.parent)
            copied += 1
        for folder in touched | ({store.root} if touched else set()):
            fsync_dir(folder)
    except OSError as exc:
        raise EvidenceError(
            Message(
                Msg.EVIDENCE_BACKUP_COPY_FAILED,
                root=store.root,
                sqlite_error_text=sqlite_error_text(exc),
            ),
            str(store.root),
        ) from exc
    return StoredEvidence(len(refs), len(groups), total, copied, tuple(missing))


def backup_evidence_state(
    backup: Path, seen: dict[tuple[str, int], bool] | None = None
) -> StoredEvidence:
    """What a backup holds of its evidence, cheaply: files are checked by size, not
    hashed (the restore hashes them). ``seen`` caches checks across the backups of one
    folder. Raises :class:`LedgerError` when the backup cannot be read."""
    refs = refs_of_file(backup)
    store = backup_store(backup)
    seen = {} if seen is None else seen
    missing: list[str] = []
    total = 0
    groups = by_file(refs)
    for relative, group in groups.items():
        size = group[0].size
        total += size
        key = (relative, size)
        if key not in seen:
            seen[key] = _present(store.root / relative, size)
        if not seen[key]:
            missing += [r.label for r in group]
    return StoredEvidence(len(refs), len(groups), total, 0, tuple(missing))


# -------------------------------------------------------------------- collecting
def collect_unused(folder: Path) -> list[Path]:
    """Delete files of ``folder``'s backup store that no backup in the folder refers to
    any more (and temporary files left by an interrupted copy), sparing files touched
    within :data:`GRACE_SECONDS`. Backups of every ledger in the folder count. When a
    backup cannot be read (other than the raw copies of damaged ledgers, which cannot
    be restored anyway), nothing is deleted: what it needs is unknown. Returns what was
    deleted."""
    store = EvidenceStore(folder / STORE_NAME)
    if not store.root.is_dir():
        return []
    keep: set[str] = set()
    for path in folder.iterdir():
        if path.suffix != BACKUP_SUFFIX or path.name.endswith(DAMAGED_SUFFIX) or not path.is_file():
            continue
        try:
            keep.update(by_file(refs_of_file(path)))
        except LedgerError:
            return []
    cutoff = time.time() - GRACE_SECONDS
    removed: list[Path] = []
    candidates = [p for p in store.files() if _STORED_NAME.match(p.name)]
    candidates += [p for p in store.root.glob(f"{_TEMP_PREFIX}*") if p.is_file()]
    for path in candidates:
        relative = path.relative_to(store.root).as_posix()
        if relative in keep:
            continue
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
    return removed


# --------------------------------------------------------------------- restoring
class EvidenceIncomplete(LedgerError):
    """A restore refused because the backup lacks intact copies of evidence files that
    the ledger does not have either; ``missing`` names them."""

    def __init__(self, message: str, path: str, missing: tuple[str, ...]) -> None:
        super().__init__(message, path)
        self.missing = missing


@dataclass(slots=True)
class StagedEvidence:
    """Evidence files copied (verified) beside the ledger's store for a restore, waiting
    to be renamed into place: :meth:`commit` puts them there, :meth:`rollback` takes back
    what ``commit`` added, :meth:`discard` removes the staged copies."""

    root: Path
    created_root: bool
    moves: list[tuple[Path, Path]] = field(default_factory=list)
    added: list[Path] = field(default_factory=list)
    reused: int = 0
    # Files intact in neither place, when the restore was told to go ahead without them.
    missing: tuple[str, ...] = ()

    def commit(self) -> None:
        touched: set[Path] = set()
        for temp, target in self.moves:
            existed = target.exists()
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp, target)
            touched.add(target.parent)
            if not existed:
                self.added.append(target)
        self.moves = []
        for folder in touched:
            fsync_dir(folder)

    def discard(self) -> None:
        for temp, _target in self.moves:
            temp.unlink(missing_ok=True)
        self.moves = []
        if self.created_root:
            with contextlib.suppress(OSError):
                self.root.rmdir()  # only when empty: nothing else was put there

    def rollback(self) -> None:
        for path in self.added:
            with contextlib.suppress(OSError):
                path.unlink()
            with contextlib.suppress(OSError):
                path.parent.rmdir()  # only when empty
        self.added = []
        self.discard()


def stage_restore(backup: Path, ledger: Path, *, allow_missing: bool = False) -> StagedEvidence:
    """Check every evidence file the backup refers to and stage the ones the ledger's
    store lacks (or holds damaged) from the backup's store, hash verified. Raises
    :class:`EvidenceIncomplete` (having staged nothing) when some file is intact in
    neither, naming each record, unless ``allow_missing`` (the clerk chose to get the
    records back without those files: they are then listed in ``missing``);
    :class:`LedgerError` when the files cannot be read or written. Changes nothing in
    the ledger's store but the staged temporary files."""
    refs = refs_of_file(backup)
    live = EvidenceStore(evidence_dir_for(ledger))
    saved = backup_store(backup)
    staged = StagedEvidence(live.root, not live.root.exists())
    problems: list[str] = []
    try:
        for relative, group in by_file(refs).items():
            ref = group[0]
            if live.check(ref.sha256, ref.original_name, ref.size) is FileState.OK:
                staged.reused += 1
                continue
            try:
                temp = _stage(saved.root / relative, live.root, ref.sha256, ref.size)
            except FileNotFoundError:
                problems += [Message(Msg.EVIDENCE_NOT_IN_BACKUP, label=r.label) for r in group]
                continue
            except _Mismatch:
                problems += [Message(Msg.EVIDENCE_DAMAGED_IN_BACKUP, label=r.label) for r in group]
                continue
            staged.moves.append((temp, live.root / relative))
        if problems and allow_missing:
            staged.missing = tuple(problems)
        elif problems:
            raise EvidenceIncomplete(
                Message(Msg.BACKUP_EVIDENCE_INCOMPLETE, name=backup.name, count=len(problems))
                + listed(problems),
                str(backup),
                tuple(problems),
            )
    except OSError as exc:
        staged.discard()
        raise LedgerError(
            Message(Msg.RESTORE_EVIDENCE_IO, sqlite_error_text=sqlite_error_text(exc)),
            str(ledger),
        ) from exc
    except BaseException:
        staged.discard()
        raise
    return staged


# ------------------------------------------------------------------------ checking
def check_ledger_evidence(refs: list[EvidenceRef], store: AnyEvidenceStore) -> list[str]:
    """Every record whose file is missing from ``store`` or no longer matches its hash
    (hashing each distinct file once), as Chinese lines naming issue, measure and file.
    ``store`` is a folder or the database of a ledger on a server."""
    lines: list[str] = []
    for ref in refs:
        if not ref.relative:
            lines.append(Message(Msg.EVIDENCE_NO_HASH, label=ref.label))
    for group in by_file(refs).values():
        ref = group[0]
        state = store.check(ref.sha256, ref.original_name, ref.size)
        if state is FileState.MISSING:
            where = store.missing_text(ref.sha256, ref.original_name)
            lines += [Message(Msg.EVIDENCE_FILE_ABSENT, label=r.label, where=where) for r in group]
        elif state is FileState.ALTERED:
            lines += [Message(Msg.EVIDENCE_FILE_CHANGED, label=r.label) for r in group]
    return lines


__all__ = [
    "STORE_NAME",
    "EvidenceIncomplete",
    "EvidenceRef",
    "StagedEvidence",
    "StoredEvidence",
    "backup_evidence_state",
    "backup_store",
    "by_file",
    "check_ledger_evidence",
    "collect_unused",
    "evidence_refs",
    "refs_of_file",
    "stage_restore",
    "store_backup_evidence",
]
