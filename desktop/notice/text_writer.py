"""Writing a composed notice as plain text (UTF-8): one block a line, an empty line
between blocks, the way notices are copied from web pages; the reader reads it back."""

from __future__ import annotations

from pathlib import Path

from desktop.notice.document import NoticeDocument


def render_text(document: NoticeDocument) -> str:
    """The notice as plain text."""
    return document.to_text()


def write_text(document: NoticeDocument, path: Path) -> None:
    """Write the notice as UTF-8 text (no BOM; Windows Notepad reads it since 2019,
    and the reader accepts either). Written to a temporary file first, so a failed
    write never leaves half a notice under the chosen name."""
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_text(render_text(document), encoding="utf-8", newline="\r\n")
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
