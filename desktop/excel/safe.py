"""What keeps a workbook we write safe: no live formulas, no silently cut text, no
half-written file over a good one.

xlsxwriter already escapes control characters the way Excel does (``\\x01`` becomes
``_x0001_`` and a literal ``_x0041_`` becomes ``_x005F_x0041_``), and calamine reads them
back; :func:`unescape_excel` does the same for readers (openpyxl) that leave them as is.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from desktop.domain.problems import MAX_CELL_TEXT, Code, Problem
from desktop.domain.texts import Message, Msg
from desktop.files import os_error_text, sweep_stale

# Leading characters that make Excel, WPS or LibreOffice read typed text as a formula
# (or a DDE call): such text is written as a string cell with Excel's quote prefix, so
# that even re-typing the cell keeps it text.
FORMULA_STARTS = frozenset("=+-@\t\r")

_ESCAPE_RE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")


class ExportError(Exception):
    """An export refused or failed; the message (Chinese) says where and why, and the
    target file was left as it was. ``problem`` names the cell when there is one."""

    def __init__(self, message: str, problem: Problem | None = None) -> None:
        self.message = message
        self.problem = problem
        super().__init__(message)


class ExportCancelled(ExportError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__(Message(Msg.EXPORT_CANCELLED))


def write_failure(target: Path, exc: BaseException) -> ExportError:
    """A workbook that could not be written, for people: why (the disk is full, no
    permission…) in Chinese, and that the target file is as it was. ``exc`` is an
    ``OSError`` or a writer's own error wrapping one (xlsxwriter's FileCreateError)."""
    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, OSError):
        wrapped = [a for a in getattr(cause, "args", ()) if isinstance(a, OSError)]
        cause = wrapped[0] if wrapped else cause.__cause__ or cause.__context__
    reason = os_error_text(cause) if cause is not None else f"{type(exc).__name__}: {exc}"
    code = Msg.EXCEL_WRITE_FAILED_KEPT if target.exists() else Msg.EXCEL_WRITE_FAILED_CLEAN
    return ExportError(Message(code, reason=reason))


def looks_like_formula(text: str) -> bool:
    """Whether typing this text into a spreadsheet would start a formula."""
    return bool(text) and text[0] in FORMULA_STARTS


def utf16_length(text: str) -> int:
    """Length as Excel counts it (UTF-16 code units: an emoji counts two)."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def text_problem(text: str) -> tuple[Code, str] | None:
    """Why a text cannot go into a cell unchanged (code and Chinese reason), or None."""
    if len(text) > MAX_CELL_TEXT // 2 and utf16_length(text) > MAX_CELL_TEXT:
        return (
            Code.TOO_LONG,
            Message(Msg.EXPORT_CELL_TOO_LONG, length=utf16_length(text), limit=MAX_CELL_TEXT),
        )
    if _SURROGATE_RE.search(text):
        return Code.CONTROL_CHARACTERS, Message(Msg.CELL_BROKEN_CHARACTERS)
    return None


def unescape_excel(text: str) -> str:
    """Undo Excel's ``_xHHHH_`` escapes (``_x0001_`` -> ``\\x01``, ``_x005F_x0041_`` ->
    ``_x0041_``), for readers that return them verbatim."""
    if "_x" not in text:
        return text
    return _ESCAPE_RE.sub(lambda m: chr(int(m.group(1), 16)), text)


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path in the target's folder, moved over the target only when the
    block succeeds (after an fsync), removed otherwise: a failed or cancelled export
    never leaves a half-written workbook, nor touches a good one."""
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(Message(Msg.TARGET_FOLDER_MISSING, folder=folder))
    if target.is_dir():
        raise ExportError(Message(Msg.TARGET_IS_FOLDER, target=target))
    sweep_stale(folder)
    try:
        handle, name = tempfile.mkstemp(prefix=f".~{target.stem[:40]}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(
            Message(Msg.FOLDER_WRITE_FAILED, folder=folder, strerror=exc.strerror or exc)
        ) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _flush_to_disk(temporary)
        # mkstemp makes the file private (0600); an export is an ordinary document.
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        os.chmod(temporary, mode)
        try:
            os.replace(temporary, target)
        except PermissionError as exc:
            raise ExportError(Message(Msg.FILE_IN_USE, target=target)) from exc
        except OSError as exc:
            raise ExportError(
                Message(Msg.SAVE_FAILED, target=target, strerror=exc.strerror or exc)
            ) from exc
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise


def _flush_to_disk(path: Path) -> None:
    # Read-write: Windows cannot commit a handle opened read-only.
    handle = os.open(path, os.O_RDWR)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def release(workbook: Any) -> None:
    """Break an xlsxwriter workbook's reference cycles once it is closed: the workbook
    and its sheets refer to each other, so everything they hold (a ``RowInfo`` per
    row, every cell outside constant-memory mode, merges, formats) would wait for the
    cyclic collector — 760,000 objects after a 10,000-issue export, then one pass of
    0.7–1.5 s that holds every thread, the window's included. Emptied, they are freed
    by reference counting at once, in the writer's thread. The workbook is unusable
    afterwards."""
    for sheet in workbook.worksheets():
        sheet.__dict__.clear()
    workbook.__dict__.clear()
