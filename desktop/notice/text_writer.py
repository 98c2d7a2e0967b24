"""Writing a composed notice as plain text (UTF-8): one block a line, an empty line
between blocks, the way notices are copied from web pages; the reader reads it back."""

from __future__ import annotations

from pathlib import Path

from desktop.files import atomic_write
from desktop.notice.document import NoticeDocument


def render_text(document: NoticeDocument) -> str:
    """The notice as plain text."""
    return document.to_text()


def write_text(document: NoticeDocument, path: Path) -> None:
    """Write the notice as UTF-8 text (no BOM; Windows Notepad reads it since 2019,
    and the reader accepts either). Written to a temporary file first, so a failed
    write never leaves half a notice under the chosen name
    (:func:`desktop.files.atomic_write`)."""
    with atomic_write(path) as handle:
        handle.write(render_text(document).replace("\n", "\r\n").encode("utf-8"))
