"""A document read into its parts (``tables.Block``: paragraphs and tables), whatever
its format: .docx, Word 97-2003 .doc (WPS's .wps), Rich Text, or a PDF or OFD (its
lines, and its issue tables read from where their text is drawn)."""

from __future__ import annotations

from pathlib import Path

from desktop.documents.tables import Block, blocks

# A paragraph this long outside the tables is prose: a notice's opening, not a ledger's
# title or 填报单位 line; so is this much text outside the tables in all (a PDF's lines
# are short, wrapped at the page's width).
PROSE = 60
PROSE_IN_ALL = 150


def read_blocks(path: Path, kind: str) -> list[Block]:
    """The parts of the document at ``path``; ``kind`` is "docx", "doc", "rtf", "pdf" or "ofd"
    (what its bytes say). Raises ``doc_text.DocUnreadable`` for a .doc that cannot be
    read, ``pdf_text.PdfUnreadable`` and ``ofd_text.OfdUnreadable`` for such a PDF or
    OFD, and whatever python-docx raises
    for a damaged .docx."""
    if kind == "docx":
        import docx

        from desktop.documents.docx_text import document_blocks

        return document_blocks(docx.Document(str(path)))
    if kind == "doc":
        from desktop.documents.doc_text import doc_paragraphs

        return blocks(doc_paragraphs(path))
    if kind == "pdf":
        from desktop.documents.pdf_text import pdf_blocks

        return pdf_blocks(path)
    if kind == "ofd":
        from desktop.documents.ofd_text import ofd_blocks

        return ofd_blocks(path)
    from desktop.documents.rtf_text import rtf_paragraphs

    return blocks(rtf_paragraphs(path.read_bytes()))


def has_prose(parts: list[Block]) -> bool:
    """Whether a document writes prose outside its tables (a notice with an issue table,
    rather than a ledger kept as a table under its title)."""
    texts = [part.strip() for part in parts if isinstance(part, str)]
    return any(len(t) >= PROSE for t in texts) or sum(len(t) for t in texts) >= PROSE_IN_ALL
