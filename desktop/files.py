"""Writing files safely: a file we write is either the old one or the complete new one.

KeePassXC's "safe saving": write a temporary file in the same folder, flush it to the
disk (fsync), and rename it over the target (``os.replace``, atomic on one file system),
then sync the folder so the rename itself survives a power cut. A crash, a full disk or
an error half-way leaves the old file untouched and no temporary file behind (except
after a hard kill, where a ``.~name.*.part`` file may remain beside the target: the
next write into that folder removes it once it is a day old, see :func:`sweep_stale`).

Qt-free and database-free, so ``excel``, ``notice`` and ``printing`` may use it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from desktop.domain.texts import Message, Msg

_MESSAGES: dict[int, str] = {
    errno.ENOSPC: Msg.OS_DISK_FULL,
    errno.EDQUOT: Msg.OS_QUOTA,
    errno.EFBIG: Msg.OS_TOO_LARGE,
    errno.EACCES: Msg.OS_ACCESS,
    errno.EPERM: Msg.OS_PERMISSION,
    errno.EROFS: Msg.OS_READ_ONLY,
    errno.ENOENT: Msg.OS_NO_FOLDER,
    errno.EIO: Msg.OS_IO,
}


class WriteFailed(OSError):
    """A file could not be written; the old file (if any) is unchanged. ``strerror`` is
    a Chinese sentence saying so; ``filename`` is the target."""


def os_error_text(exc: OSError) -> str:
    """A short reason for an OS error, in the installed language."""
    if exc.errno is not None and exc.errno in _MESSAGES:
        return Message(_MESSAGES[exc.errno])
    return exc.strerror or str(exc)


def _failed(target: Path, exc: OSError) -> WriteFailed:
    code = Msg.WRITE_FAILED_KEPT if target.exists() else Msg.WRITE_FAILED_NOTHING_LEFT
    return WriteFailed(
        exc.errno or errno.EIO, Message(code, reason=os_error_text(exc)), str(target)
    )


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (POSIX; a no-op on Windows,
    where folders cannot be opened for this and NTFS journals the rename)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# A temporary file of ours younger than this may belong to a write still under way in
# another process (a colleague's export to the same shared folder, a slow USB stick);
# older, it is what a killed write left.
STALE_AFTER = 24 * 3600


def is_temporary(name: str) -> bool:
    """Whether a file name is one our writes use for a file not yet complete:
    ``.~NAME.XXXX.part.EXT`` (:func:`temporary_name`), ``.~NAME.XXXX.tmp`` (the
    workbooks' writer) and ``.incoming-XXXX`` (the evidence stores). Nothing a user
    names a file, nor another program's temporary files (``~$name.xlsx`` of Excel and
    WPS, ``.~lock.name#`` of LibreOffice)."""
    if name.startswith(".incoming-"):
        return True
    if not name.startswith(".~") or name.startswith(".~lock.") or name.endswith("#"):
        return False
    return name.endswith(".tmp") or ".part" in name


def sweep_stale(folder: Path | str, *, now: float | None = None) -> list[Path]:
    """Remove the temporary files (:func:`is_temporary`) a killed write left in
    ``folder`` more than :data:`STALE_AFTER` ago. Called by every writer of ours when
    it writes into a folder; removes nothing else (not a younger temporary file, which
    may be another process's write under way, and no file of any other name). Never
    raises: a folder it cannot list or a file it cannot remove is left as it is."""
    cutoff = (time.time() if now is None else now) - STALE_AFTER
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not is_temporary(entry.name):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def temporary_name(target: Path) -> Path:
    """A new temporary file name beside ``target``, keeping its extension (some writers
    choose the format by it)."""
    return target.with_name(f".~{target.stem}.{secrets.token_hex(4)}.part{target.suffix}")


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``target`` for a library that writes by file name
    (xlsxwriter, python-docx, QPdfWriter); when the block ends without an error the
    file is synced and renamed over ``target``. Raises :class:`WriteFailed` (an
    ``OSError``) when writing fails; the old file is then unchanged."""
    target = Path(target)
    sweep_stale(target.parent)
    temp = temporary_name(target)
    try:
        yield temp
        if not temp.exists():
            raise FileNotFoundError(errno.ENOENT, "the writer produced no file", str(temp))
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
        fsync_folder(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        if isinstance(exc, WriteFailed):
            raise
        raise _failed(target, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_write(target: Path | str) -> Iterator[IO[bytes]]:
    """Yield a binary file to write ``target``'s new content into; it replaces the old
    file only when the block ends without an error (see :func:`atomic_path`)."""
    with atomic_path(target) as temp:
        try:
            handle = temp.open("xb")
        except OSError as exc:
            raise _failed(Path(target), exc) from exc
        with handle:
            yield handle
            handle.flush()


def write_bytes(target: Path | str, data: bytes) -> None:
    """Replace ``target`` with ``data``, atomically."""
    with atomic_write(target) as handle:
        handle.write(data)


def write_text(target: Path | str, text: str, encoding: str = "utf-8") -> None:
    """Replace ``target`` with ``text``, atomically."""
    write_bytes(target, text.encode(encoding))


__all__ = [
    "STALE_AFTER",
    "WriteFailed",
    "atomic_path",
    "atomic_write",
    "fsync_folder",
    "is_temporary",
    "os_error_text",
    "sweep_stale",
    "temporary_name",
    "write_bytes",
    "write_text",
]
