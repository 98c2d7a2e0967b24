"""What is this file? Decided from its bytes, never from its name.

Offices mail ledgers as .xlsx, legacy .xls and .ods, but also Word documents, web pages
saved with an .xls name, password-protected workbooks and files cut short by a mail
gateway. :func:`sniff` tells them apart by their first bytes and (for zip and OLE
containers) the names inside, so the reader can refuse the wrong ones with one clear
sentence instead of a library's error.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.domain.texts import Message, Msg
from desktop.domain.webpage import is_mht

# What the import offers to open (a file's kind is still decided from its bytes):
# workbooks, WPS's own .et, and what online systems and Excel export as markup.
WORKBOOK_SUFFIXES = (
    ".xlsx", ".xlsm", ".xls", ".et", ".ods", ".xml", ".htm", ".html", ".mht", ".mhtml",
    ".csv", ".tsv",
)  # fmt: skip
# Documents whose tables the import reads as a sheet (a ledger kept as a Word table, or
# printed to PDF); the same files may be notices (``desktop.notice``).
DOCUMENT_SUFFIXES = (".docx", ".doc", ".wps", ".rtf", ".pdf", ".ofd")

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# OLE stream names are stored in UTF-16LE in the directory sectors.
_OLE_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_OLE_WORKBOOK = ("Workbook".encode("utf-16-le"), "Book\x00".encode("utf-16-le"))
_OLE_WORD = "WordDocument".encode("utf-16-le")
_OLE_POWERPOINT = "PowerPoint Document".encode("utf-16-le")
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


class FileKind(StrEnum):
    """What a file turned out to be."""

    XLSX = "xlsx"
    XLS = "xls"
    ODS = "ods"
    XLSB = "xlsb"
    ENCRYPTED = "encrypted"  # password-protected Office file (OLE + EncryptedPackage)
    DOCX = "docx"
    DOC = "doc"
    PPT = "ppt"
    ODF_OTHER = "odf_other"
    ZIP = "zip"
    DAMAGED_ZIP = "damaged_zip"
    OLE_OTHER = "ole_other"
    HTML = "html"
    XML_SPREADSHEET = "xml_spreadsheet"  # Excel 2003 XML
    DELIMITED = "delimited"  # a table as text: CSV, or tab-separated (often named .xls)
    XML = "xml"
    PDF = "pdf"
    OFD = "ofd"  # GB/T 33190 版式文档, a zip holding OFD.xml
    RTF = "rtf"
    IMAGE = "image"
    TEXT = "text"
    EMPTY = "empty"
    UNKNOWN = "unknown"

    @property
    def readable(self) -> bool:
        """Whether the reader reads this kind (calamine's workbooks, and the rest through
        ``excel.markup``)."""
        return self in (FileKind.XLSX, FileKind.XLS, FileKind.ODS) or self.markup

    @property
    def markup(self) -> bool:
        """Read whole into memory by ``excel.markup`` (pages, XML, delimited text, the
        tables of a Word, RTF or PDF document)."""
        return self in (FileKind.HTML, FileKind.XML_SPREADSHEET, FileKind.DELIMITED) or (
            self.document
        )

    @property
    def document(self) -> bool:
        """A document (Word, RTF, PDF, OFD): its tables are the sheet."""
        return self in (FileKind.DOCX, FileKind.DOC, FileKind.RTF, FileKind.PDF, FileKind.OFD)

    @property
    def zipped(self) -> bool:
        return self in (FileKind.XLSX, FileKind.ODS)


@dataclass(frozen=True, slots=True)
class Sniffed:
    """A file's kind, what to call it in a message, and what the user should do."""

    kind: FileKind
    description: str
    advice: str


_ADVICE: dict[FileKind, tuple[str, str | None]] = {
    FileKind.XLSX: (Msg.FILE_KIND_XLSX, None),
    FileKind.XLS: (Msg.FILE_KIND_XLS, None),
    FileKind.ODS: (Msg.FILE_KIND_ODS, None),
    FileKind.XLSB: (Msg.FILE_KIND_XLSB, Msg.FILE_ADVICE_XLSB),
    FileKind.ENCRYPTED: (Msg.FILE_KIND_ENCRYPTED, Msg.FILE_ADVICE_ENCRYPTED),
    FileKind.DOCX: (Msg.FILE_KIND_DOCX, Msg.FILE_ADVICE_DOCX),
    FileKind.DOC: (Msg.FILE_KIND_DOC, Msg.FILE_ADVICE_DOC),
    FileKind.PPT: (Msg.FILE_KIND_PPT, Msg.FILE_ADVICE_PPT),
    FileKind.ODF_OTHER: (Msg.FILE_KIND_ODF_OTHER, Msg.FILE_ADVICE_ODF_OTHER),
    FileKind.ZIP: (Msg.FILE_KIND_ZIP, Msg.FILE_ADVICE_ZIP),
    FileKind.DAMAGED_ZIP: (Msg.FILE_KIND_DAMAGED_ZIP, Msg.FILE_ADVICE_DAMAGED_ZIP),
    FileKind.OLE_OTHER: (Msg.FILE_KIND_OLE_OTHER, Msg.FILE_ADVICE_OLE_OTHER),
    FileKind.HTML: (Msg.FILE_KIND_HTML, None),
    FileKind.XML_SPREADSHEET: (Msg.FILE_KIND_XML_SPREADSHEET, None),
    FileKind.DELIMITED: (Msg.FILE_KIND_DELIMITED, None),
    FileKind.XML: (Msg.FILE_KIND_XML, Msg.FILE_ADVICE_XML),
    FileKind.PDF: (Msg.FILE_KIND_PDF, Msg.FILE_ADVICE_PDF),
    FileKind.OFD: (Msg.FILE_KIND_OFD, None),
    FileKind.RTF: (Msg.FILE_KIND_RTF, Msg.FILE_ADVICE_RTF),
    FileKind.IMAGE: (Msg.FILE_KIND_IMAGE, Msg.FILE_ADVICE_IMAGE),
    FileKind.TEXT: (Msg.FILE_KIND_TEXT, Msg.FILE_ADVICE_TEXT),
    FileKind.EMPTY: (Msg.FILE_KIND_EMPTY, Msg.FILE_ADVICE_EMPTY),
    FileKind.UNKNOWN: (Msg.FILE_KIND_UNKNOWN, Msg.FILE_ADVICE_UNKNOWN),
}


def describe(kind: FileKind) -> Sniffed:
    description, advice = _ADVICE[kind]
    return Sniffed(kind, Message(description), Message(advice) if advice else "")


def sniff(path: str | Path) -> Sniffed:
    """What the file at ``path`` is. Reads at most its head, its zip directory, or (for
    OLE files) scans its bytes for stream names. Raises only ``OSError``."""
    with open(path, "rb") as handle:
        head = handle.read(8192)
    return describe(_kind(Path(path), head))


def _kind(path: Path, head: bytes) -> FileKind:
    if not head:
        return FileKind.EMPTY
    if head.startswith(_ZIP_MAGIC):
        return _zip_kind(path)
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(path)
    if head.startswith(b"%PDF"):
        return FileKind.PDF
    if head.startswith(b"{\\rtf"):
        return FileKind.RTF
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM")):
        return FileKind.IMAGE
    text = _decode(head)
    if text is None:
        return FileKind.UNKNOWN
    lowered = text.lstrip("\ufeff \t\r\n").lower()
    if (
        "<html" in lowered
        or lowered.startswith(("<!doctype html", "<table", "<meta"))
        or (is_mht(head) and "text/html" in lowered)
    ):
        return FileKind.HTML
    if lowered.startswith("<?xml") or lowered.startswith("<"):
        if "urn:schemas-microsoft-com:office:spreadsheet" in lowered:
            return FileKind.XML_SPREADSHEET
        if "<html" in lowered or "w3.org/1999/xhtml" in lowered:
            return FileKind.HTML
        return FileKind.XML
    return FileKind.DELIMITED if delimiter(text) else FileKind.TEXT


# A table as text has at least this many lines of at least two separators each.
_TABLE_LINES = 3


def delimiter(text: str) -> str | None:
    """The separator of a table written as text (a system's "导出" as CSV, or as
    tab-separated text named .xls), judged from its first lines: a tab or a comma that
    splits several lines into three cells or more (titles above the table have none).
    None for other text."""
    lines = [line for line in text.splitlines()[:40] if line.strip()]
    for separator in ("\t", ","):
        if sum(1 for line in lines if line.count(separator) >= 2) >= min(
            _TABLE_LINES, max(1, len(lines) - 1)
        ):
            return separator
    return None


def _decode(head: bytes) -> str | None:
    """The head as text when it plausibly is text (UTF-8, UTF-16 with BOM, GB18030)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return head.decode("utf-16", errors="ignore")
        except UnicodeDecodeError:  # pragma: no cover - errors="ignore"
            return None
    if b"\x00" in head:
        return None
    for encoding in ("utf-8", "gb18030"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError as exc:
            # The head may end mid-character (a UTF-8 one has up to 4 bytes): what
            # comes before the cut must decode.
            if exc.start < len(head) - 4 or exc.start == 0:
                continue
            try:
                text = head[: exc.start].decode(encoding)
            except UnicodeDecodeError:  # pragma: no cover - decoded up to exc.start
                continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
        return text if controls <= len(text) // 50 else None
    return None


def _zip_kind(path: Path) -> FileKind:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, OSError):
        return FileKind.DAMAGED_ZIP
    if "xl/workbook.xml" in names:
        return FileKind.XLSX
    if "xl/workbook.bin" in names:
        return FileKind.XLSB
    if "word/document.xml" in names:
        return FileKind.DOCX
    if "OFD.xml" in names:
        return FileKind.OFD
    if "ppt/presentation.xml" in names:
        return FileKind.PPT
    if mimetype.startswith(_ODS_MIME):
        return FileKind.ODS
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        return FileKind.ODF_OTHER
    if any(n.lower().endswith("workbook.xml") for n in names):
        return FileKind.XLSX  # an unusual but valid part layout; calamine follows the rels
    return FileKind.ZIP


def _ole_kind(path: Path) -> FileKind:
    # The directory sectors can be anywhere; an Office file is at most some tens of MB,
    # and bytes.find runs at memory speed.
    data = path.read_bytes()
    if _OLE_ENCRYPTED in data:
        return FileKind.ENCRYPTED
    if any(name in data for name in _OLE_WORKBOOK):
        return FileKind.XLS
    if _OLE_WORD in data:
        return FileKind.DOC
    if _OLE_POWERPOINT in data:
        return FileKind.PPT
    return FileKind.OLE_OTHER


# ------------------------------------------------------------------ hand-outs
# The data sheet of our hand-outs (``excel.handoff``), named here so that telling a
# hand-out from a ledger (when a file is dropped or opened for import, on the GUI
# thread) loads neither the hand-out's writer nor the merge.
HANDOFF_DATA_SHEET = "_handoff"


def looks_like_handoff(path: str | Path) -> bool:
    """Whether a file looks like one of our hand-outs, also after a re-save as .ods or
    .xls (its workbook names the data sheet): a quick test for routing a dropped file,
    not a verification. Reads a few MB at most; never raises."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
            if head.startswith(_OLE_MAGIC):
                # Legacy .xls keeps sheet names in the workbook stream, as 8-bit or
                # UTF-16 text.
                data = handle.read(_SNIFF_BYTES)
                return (
                    HANDOFF_DATA_SHEET.encode() in data
                    or HANDOFF_DATA_SHEET.encode("utf-16-le") in data
                )
        if not head.startswith(b"PK"):
            return False
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                part, needle = "xl/workbook.xml", f'name="{HANDOFF_DATA_SHEET}"'
            elif "content.xml" in names:
                part, needle = "content.xml", f'table:name="{HANDOFF_DATA_SHEET}"'
            else:
                return False
            with archive.open(part) as member:
                return needle.encode() in member.read(_SNIFF_BYTES)
    except (OSError, KeyError, zipfile.BadZipFile, ValueError, NotImplementedError, EOFError):
        return False


# A hand-out is small; a file that does not name the data sheet in its first few MB is
# not one.
_SNIFF_BYTES = 8 << 20
