"""A word processor's document read into its parts (``tables.Block``: paragraphs and
tables), whatever its format: .docx, Word 97-2003 .doc (WPS's .wps) or Rich Text."""

from __future__ import annotations

from pathlib import Path

from desktop.documents.tables import Block, blocks

# A paragraph this long outside the tables is prose: a notice's opening, not a ledger's
# title or 填报单位 line.
PROSE = 60


def read_blocks(path: Path, kind: str) -> list[Block]:
    """The parts of the document at ``path``; ``kind`` is "docx", "doc" or "rtf" (what
    its bytes say). Raises ``doc_text.DocUnreadable`` for a .doc that cannot be read,
    and whatever python-docx raises for a damaged .docx."""
    if kind == "docx":
        import docx

        from desktop.documents.docx_text import document_blocks

        return document_blocks(docx.Document(str(path)))
    if kind == "doc":
        from desktop.documents.doc_text import doc_paragraphs

        return blocks(doc_paragraphs(path))
    from desktop.documents.rtf_text import rtf_paragraphs

    return blocks(rtf_paragraphs(path.read_bytes()))


def has_prose(parts: list[Block]) -> bool:
    """Whether a document writes prose outside its tables (a notice with an issue table,
    rather than a ledger kept as a table under its title)."""
    return any(isinstance(part, str) and len(part.strip()) >= PROSE for part in parts)
