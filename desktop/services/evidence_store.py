"""The evidence store: files kept beside the ledger under their SHA-256.

A ledger ``台账.sqlite`` keeps its evidence in ``台账.sqlite.evidence/``, one file per
distinct content, at ``ab/abcdef….pdf`` (the first two hex digits as a folder, so no
folder grows past a few thousand files; the original extension kept so the system can
open the file). The same file attached twice is stored once. Files are written to a
temporary name and renamed into place, so a crash never leaves a half-written file
under a real hash. Removing an evidence record leaves its file here: the removal can be
undone; :meth:`EvidenceStore.prune` deletes what no record uses any more.

A ledger without a file (on a PostgreSQL server) keeps its evidence in its database
instead, through :class:`desktop.services.evidence_db.DatabaseEvidenceStore`, which has
the same methods (``put``, ``check``, ``present``, ``path``, ``copy_out``, ``chunks``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.domain.texts import Message, Msg
from desktop.files import STALE_AFTER, sweep_stale
from desktop.storage.errors import LedgerError

CHUNK = 1 << 20
# One piece of evidence larger than this is a mistake (a video, a disk image).
MAX_FILE_SIZE = 1 << 30
# A temporary file this old (seconds) is no copy under way any more.
LEFTOVER_AGE = STALE_AFTER
_SUFFIX_RE = re.compile(r"^\.[a-z0-9]{1,10}$")
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")


class EvidenceError(LedgerError):
    """A file that cannot be attached, opened or exported; the message is Chinese."""


class FileState(StrEnum):
    """What :meth:`EvidenceStore.check` found for one stored file."""

    OK = "ok"
    MISSING = "missing"
    ALTERED = "altered"  # its content no longer hashes to its name


@dataclass(frozen=True, slots=True)
class Stored:
    """A file as put into the store."""

    sha256: str
    size: int
    path: Path | None  # None when the content went into the ledger's database


def safe_suffix(original_name: str) -> str:
    """The extension kept on a stored file: lower case, letters and digits only."""
    suffix = Path(original_name).suffix.lower()
    return suffix if _SUFFIX_RE.match(suffix) else ""


def require_sha256(sha256: str) -> str:
    """A stored content's hash, refused unless it is 64 lower-case hex digits (it
    becomes part of a file name)."""
    if not _SHA_RE.match(sha256):
        raise EvidenceError(Message(Msg.BAD_EVIDENCE_HASH, sha256=sha256))
    return sha256


def evidence_dir_for(ledger_file: Path) -> Path:
    """The store beside a ledger file (``<ledger>.evidence``)."""
    return ledger_file.with_name(ledger_file.name + ".evidence")


def source_size(source: Path, max_size: int) -> int:
    """The size of a file about to be attached; refuses a missing or too large one."""
    if not source.is_file():
        raise EvidenceError(Message(Msg.EVIDENCE_SOURCE_MISSING, source=source))
    size = source.stat().st_size
    if size > max_size:
        raise EvidenceError(
            Message(
                Msg.EVIDENCE_TOO_LARGE,
                name=source.name,
                size=size / (1 << 20),
                max_size=max_size / (1 << 20),
            )
        )
    return size


def changed_while_copied(source: Path) -> EvidenceError:
    return EvidenceError(Message(Msg.EVIDENCE_CHANGED_WHILE_COPIED, name=source.name))


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class EvidenceStore:
    """Content-addressed files under one folder (see the module docstring)."""

    in_database = False

    def __init__(self, root: Path) -> None:
        self.root = root

    def relative(self, sha256: str, original_name: str) -> str:
        """The stored file's path inside the store, with forward slashes."""
        require_sha256(sha256)
        return f"{sha256[:2]}/{sha256}{safe_suffix(original_name)}"

    def path(self, sha256: str, original_name: str) -> Path:
        return self.root / self.relative(sha256, original_name)

    def put(self, source: Path, max_size: int = MAX_FILE_SIZE) -> Stored:
        """Copy a file into the store, hashing it on the way. An existing copy with the
        right content is kept; a damaged one is replaced by this good copy."""
        source_size(source, max_size)
        self.root.mkdir(parents=True, exist_ok=True)
        sweep_stale(self.root)
        digest = hashlib.sha256()
        handle, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        temp = Path(temp_name)
        try:
            with os.fdopen(handle, "wb") as out, source.open("rb") as src:
                copied = 0
                while chunk := src.read(CHUNK):
                    copied += len(chunk)
                    if copied > max_size:  # the file grew while we copied it
                        raise changed_while_copied(source)
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path(sha, source.name)
            if target.exists() and self.check(sha, source.name, copied) is FileState.OK:
                temp.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(temp, target)
            return Stored(sha, copied, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def check(self, sha256: str, original_name: str, size: int | None = None) -> FileState:
        """Whether a stored file is there and still has the content it was stored with
        (size first, which is cheap, then the hash)."""
        path = self.path(sha256, original_name)
        if not path.is_file():
            return FileState.MISSING
        if size is not None and path.stat().st_size != size:
            return FileState.ALTERED
        return FileState.OK if sha256_of(path) == sha256 else FileState.ALTERED

    def present(self, sha256: str, original_name: str, size: int) -> FileState:
        """A cheap look (is the file there, has it its size), without hashing it."""
        path = self.path(sha256, original_name)
        try:
            found = path.stat().st_size if path.is_file() else None
        except OSError:
            found = None
        if found is None:
            return FileState.MISSING
        return FileState.OK if found == size else FileState.ALTERED

    def missing_text(self, sha256: str, original_name: str) -> str:
        """Where a missing file should have been, for messages."""
        return Message(Msg.EVIDENCE_SHOULD_BE_AT, path=self.path(sha256, original_name))

    def chunks(self, sha256: str, original_name: str) -> Iterator[bytes]:
        """A stored file's content, a piece at a time."""
        with self.path(sha256, original_name).open("rb") as handle:
            while chunk := handle.read(CHUNK):
                yield chunk

    def files(self) -> Iterator[Path]:
        """Every stored file (not the temporary ones)."""
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if folder.is_dir() and len(folder.name) == 2:
                yield from sorted(p for p in folder.iterdir() if p.is_file())

    def prune(self, keep: Iterable[str], dry_run: bool = False) -> list[Path]:
        """Delete stored files whose relative path is not in ``keep``; returns them.
        An undo of an older removal then finds its file missing (and says so)."""
        wanted = set(keep)
        removed: list[Path] = []
        for path in list(self.files()):
            relative = path.relative_to(self.root).as_posix()
            if relative not in wanted:
                removed.append(path)
                if not dry_run:
                    path.unlink()
        for path in self.leftovers():
            removed.append(path)
            if not dry_run:
                path.unlink(missing_ok=True)
        return removed

    def leftovers(self, older_than: float = LEFTOVER_AGE) -> list[Path]:
        """Temporary files an attach or a restore left behind when it was killed
        (``.incoming-*``), older than ``older_than`` seconds: younger ones may belong to
        a copy under way in another process."""
        if not self.root.is_dir():
            return []
        cutoff = time.time() - older_than
        found = []
        for path in self.root.glob(".incoming-*"):
            with contextlib.suppress(OSError):
                if path.is_file() and path.stat().st_mtime < cutoff:
                    found.append(path)
        return sorted(found)

    def copy_out(self, sha256: str, original_name: str, target: Path) -> None:
        shutil.copyfile(self.path(sha256, original_name), target)


__all__ = [
    "CHUNK",
    "MAX_FILE_SIZE",
    "EvidenceError",
    "EvidenceStore",
    "FileState",
    "Stored",
    "changed_while_copied",
    "evidence_dir_for",
    "require_sha256",
    "safe_suffix",
    "sha256_of",
    "source_size",
]
