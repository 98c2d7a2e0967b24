"""Reading a published notice (整改情况通报) into an ImportPlan.

The text is cleaned first (``clean.py``; a notice in traditional characters is read
from a simplified copy and stored as written), then split into its parts: the title,
the opening (the inspection's facts, ``opening.py``), an optional statistics paragraph
(``statistics.py``), the body and the closing (contact lines, issuer, date; a web
page's footer after it is furniture). A .docx gives its text with Word's automatic
numbering shown and its issue tables as the outline (``docx_text.py``).

The body is read from its own outline: the numbering markers (``一、`` ``（一）`` ``1.``
``1.1`` ``（1）``, and the issues' own ``问题N`` / ``反馈问题N`` / ``问题清单第N项``) and
their levels, deciding from the evidence under each level which holds the issues and
which their measures, not from a list of known layouts:

- with issue markers, a level is a category when its headings lead to issues and its
  numbering does not restart with every issue; a level inside issues numbers their
  measures; a short unnumbered line before an issue is its category;
- without them, the numbered headings form a tree whose leaves are the issues; a
  heading that names a problem (关于…的问题) with leaves naming none is an issue whose
  children are its measures; numbered steps after a status line are measures;
  sections without problems or statuses are narrative (organisation work), reported
  as skipped; sections with only counts are statistics.

Measures come from ``一是…N是`` and ``①…`` (starting paragraphs or running inline) or
numbered lines, or else the paragraph of rectification text is one measure. Statuses
are read by the domain's ``normalize_status``, before or after the measures, in a
label line, a sentence or brackets closing the heading, keeping the progress text
verbatim. Whatever cannot be placed becomes a problem naming its line; nothing is
dropped silently. A text with the inspection's facts but no issue list is read, with
a warning.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.documents.docx_text import document_lines
from desktop.documents.ofd_text import is_ofd
from desktop.documents.rtf_text import is_rtf, rtf_text
from desktop.domain.compound import OLE_MAGIC
from desktop.domain.notice_stats import NoticeStatistics
from desktop.domain.numbering import chinese_to_int, int_to_chinese, label_value
from desktop.domain.plan import ImportPlan, PlannedIssue, PlannedMeasure, Source
from desktop.domain.problems import Code, Problem, Severity
from desktop.domain.records import (
    KIND_LABELS,
    InspectionDraft,
    IssueDraft,
    MeasureDraft,
)
from desktop.domain.rules import validate_inspection, validate_issue, validate_measure
from desktop.domain.status import (
    LONG_TERM_WORDS,
    Status,
    StatusError,
    StatusReading,
    normalize_status,
)
from desktop.domain.texts import Message, Msg
from desktop.domain.webpage import is_mht, page_text
from desktop.notice.clean import (
    CleanText,
    Decoded,
    Paragraph,
    Restorer,
    clean_notice,
    decode_bytes,
    is_chrome,
    is_furniture,
)
from desktop.notice.markers import (
    CIRCLED,
    DATE_LINE_RE,
    HEADINGS,
    Kind,
    classify,
    ends_sentence,
    is_title,
)
from desktop.notice.opening import (
    ClosingFacts,
    OpeningFacts,
    kind_of,
    parse_closing_date,
    read_contact,
    read_opening,
)
from desktop.notice.statistics import merge_statistics, read_statistics

MAX_TEXT_BYTES = 20 * 1024 * 1024
# A PDF carries its fonts (and a scanned one its pictures, which get their own message).
MAX_PDF_BYTES = 200 * 1024 * 1024
# A .docx is a zip: refuse archives that would unpack to absurd sizes before parsing.
MAX_DOCX_UNPACKED = 200 * 1024 * 1024
MAX_DOCX_RATIO = 200


class NoticeFileError(Exception):
    """A file that cannot be read as a notice at all (missing, not text, a broken or
    hostile .docx). The message is Chinese, for the user."""


@dataclass(frozen=True, slots=True)
class NoticeReading:
    """What the reader understood: the plan to apply (inspection, issues with their
    measures, statistics as JSON, problems), the title, the figures, the opening
    paragraphs as cleaned, and the text encoding detected (for files)."""

    plan: ImportPlan
    title: str
    statistics: NoticeStatistics
    opening: tuple[str, ...] = ()
    encoding: str = ""


# ---------------------------------------------------------------------------- files


def notice_source(path: Path) -> Decoded:
    """The text of a notice file as it is read (the preview shows it, so that line
    numbers agree): a ``.txt`` (UTF-8 or GB18030/GBK, with or without BOM), a ``.docx``
    (Word's numbering shown, issue tables as the outline), a Word 97-2003 ``.doc`` (or
    WPS's ``.wps``: ``documents.doc_text``), Rich Text (``documents.rtf_text``), a saved web
    page (.html, .mht: its text as a browser's copy gives it), a PDF (its text as a
    viewer's copy gives it, ``documents.pdf_text``) or an OFD (``documents.ofd_text``).
    Raises :class:`NoticeFileError` for a file that cannot be read at all."""
    name = path.name
    suffix = path.suffix.lower()
    if not path.is_file():
        raise NoticeFileError(Message(Msg.NOTICE_FILE_NOT_FOUND, path=path))
    if suffix in (".xls", ".xlsx", ".et"):
        raise NoticeFileError(Message(Msg.NOTICE_NOT_TEXT_KIND, name=name))
    # What the file is, from its bytes before its name: a .docx renamed .doc, a Word
    # "document" a site serves as a web page named .doc, a PDF named .txt.
    try:
        with path.open("rb") as head:
            start = head.read(4096)
        size = path.stat().st_size
        if start.startswith(OLE_MAGIC):
            # Word 97-2003 (.doc), and WPS Writer's .wps in the same binary form.
            _check_size(name, size, MAX_TEXT_BYTES)
            return Decoded(_doc_source(path), "doc")
        if start.lstrip().startswith(b"%PDF-") or (suffix == ".pdf" and not _is_page(start)):
            _check_size(name, size, MAX_PDF_BYTES)
            return Decoded(_pdf_source(path), "pdf")
        if suffix == ".ofd" or (start.startswith(b"PK\x03\x04") and is_ofd(path)):
            # OFD (版式文档), as 数科 and the document systems of the units write it.
            _check_size(name, size, MAX_PDF_BYTES)
            return Decoded(_ofd_source(path), "ofd")
        _check_size(name, size, MAX_TEXT_BYTES)
        if start.startswith(b"PK\x03\x04") or suffix == ".docx":
            return Decoded(docx_text(path), "docx")
        data = path.read_bytes()
        if is_rtf(start):
            # Rich Text: Word's and WPS's 另存为 RTF, and .doc files that are RTF inside.
            return Decoded(rtf_text(data), "rtf")
    except OSError as exc:
        reason = exc.strerror or exc
        raise NoticeFileError(Message(Msg.NOTICE_UNREADABLE, name=name, reason=reason)) from exc
    if suffix in WEB_PAGE_SUFFIXES or _is_page(data):
        # A notice saved from the website that published it (Ctrl+S), or as .mht.
        return Decoded(page_text(data), "html")
    if suffix in (".doc", ".wps"):
        raise NoticeFileError(Message(Msg.NOTICE_OLD_DOC, name=name))
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NoticeFileError(Message(Msg.NOTICE_NOT_TEXT, name=name))
    return decode_bytes(data)


def _check_size(name: str, size: int, limit: int) -> None:
    if size > limit:
        raise NoticeFileError(Message(Msg.NOTICE_TOO_LARGE, name=name))


def _doc_source(path: Path) -> str:
    """A Word 97-2003 notice's text (``documents.doc_text``), or why there is none."""
    from desktop.documents.doc_text import DocUnreadable, doc_text

    refusals = {"password": Msg.NOTICE_DOC_PASSWORD, "not_word": Msg.NOTICE_NOT_TEXT_KIND}
    return _text_or_refusal(path, doc_text, DocUnreadable, refusals, Msg.NOTICE_OLD_DOC)


def _pdf_source(path: Path) -> str:
    """A PDF notice's text (``documents.pdf_text``), or why there is none."""
    from desktop.documents.pdf_text import PdfUnreadable, pdf_text

    refusals = {"scanned": Msg.NOTICE_PDF_SCANNED, "password": Msg.NOTICE_PDF_PASSWORD}
    return _text_or_refusal(path, pdf_text, PdfUnreadable, refusals, Msg.NOTICE_PDF_DAMAGED)


def _ofd_source(path: Path) -> str:
    """An OFD notice's text (``documents.ofd_text``), or why there is none."""
    from desktop.documents.ofd_text import OfdUnreadable, ofd_text

    refusals = {"scanned": Msg.NOTICE_OFD_SCANNED}
    return _text_or_refusal(path, ofd_text, OfdUnreadable, refusals, Msg.NOTICE_OFD_DAMAGED)


def _text_or_refusal(
    path: Path,
    read: Callable[[Path], str],
    unreadable: type[Exception],
    refusals: dict[str, str],
    otherwise: str,
) -> str:
    """``read(path)``, or the refusal its ``unreadable(reason)`` names."""
    try:
        return read(path)
    except unreadable as exc:
        reason = getattr(exc, "reason", "")
        message = Message(refusals.get(reason, otherwise), name=path.name)
        raise NoticeFileError(message) from None


def read_notice_file(path: Path) -> NoticeReading:
    """Read a notice file (:func:`notice_source`) into a plan.

    Raises :class:`NoticeFileError` for a file that cannot be read at all; every
    problem inside a readable file is in the plan instead."""
    return read_decoded(notice_source(path), path.name)


def read_decoded(decoded: Decoded, name: str) -> NoticeReading:
    """Read a notice file's text (:func:`notice_source`'s) into a plan; ``name`` is the
    file's, for the problems."""
    reading = read_notice_text(decoded.text, file=name, encoding=decoded.encoding)
    if decoded.lossy:
        problem = Problem(
            Code.UNREADABLE_FILE,
            severity=Severity.WARNING,
            file=name,
            message=Message(Msg.NOTICE_BAD_ENCODING),
        )
        plan = reading.plan
        reading = NoticeReading(
            ImportPlan(
                file=plan.file,
                source_kind=plan.source_kind,
                inspection=plan.inspection,
                issues=plan.issues,
                problems=(problem, *plan.problems),
                statistics=plan.statistics,
                description=plan.description,
            ),
            reading.title,
            reading.statistics,
            reading.opening,
            reading.encoding,
        )
    return reading


# A notice saved from a website: the page, or the single-file archive.
WEB_PAGE_SUFFIXES = (".htm", ".html", ".xhtml", ".mht", ".mhtml", ".shtml")


def _is_page(data: bytes) -> bool:
    """A page saved under another name (.txt, .doc): the browser's markup at its start,
    or a web archive's mail headers (Word's "single file web page", IE's .mht)."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or is_mht(data[:8192])


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise NoticeFileError(Message(Msg.NOTICE_BAD_DOCX, name=path.name, exc=exc)) from exc
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if unpacked > MAX_DOCX_UNPACKED or unpacked / packed > MAX_DOCX_RATIO:
        raise NoticeFileError(Message(Msg.NOTICE_UNPACKS_HUGE, name=path.name))


def docx_text(path: Path) -> str:
    """The text of a .docx, one paragraph a line, with Word's automatic numbering
    shown and issue tables read as the outline (``docx_text.document_lines``)."""
    _check_zip(path)
    import docx  # python-docx: imported when a .docx is read, not at start-up

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises assorted errors for broken files
        raise NoticeFileError(Message(Msg.NOTICE_DOCX_UNOPENABLE, name=path.name, exc=exc)) from exc
    return "\n".join(document_lines(document))


# ------------------------------------------------------------------------------ text


def read_notice_text(text: str, file: str = "", encoding: str = "") -> NoticeReading:
    """Read a notice from its text (a file's, or text pasted into the app)."""
    return _Reader(file).read(text, encoding)


@dataclass
class _RawIssue:
    """An issue as found in the body, before its parts are read."""

    number: str
    head: str
    line: int
    path: tuple[str, ...]
    body: list[Paragraph] = field(default_factory=list)
    tree: bool = False


@dataclass
class _Node:
    """A heading of the body's tree (layouts B–F, H)."""

    rank: float
    number: str
    text: str
    head: str
    line: int
    parent: _Node | None = None
    body: list[Paragraph] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)
    has_status: bool = False

    def path(self) -> tuple[str, ...]:
        out: list[str] = []
        node = self.parent
        while node is not None and node.parent is not None:
            out.append(node.text)
            node = node.parent
        return tuple(reversed(out))


_HEADING_RANK = {Kind.H1: 1.0, Kind.H2: 2.0, Kind.H3: 3.0, Kind.H4: 4.0}
_NARRATIVE_WORDS = re.compile(
    r"组织领导|工作开展|开展情况|主要做法|工作措施|下一步|工作打算|整改成效|基本情况|总体情况|工作推进|推进情况"
)
_PROBLEM_WORDS = re.compile(
    r"问题|不到位|不够|不足|不力|不严|不规范|不健全|不完善|不及时|不深入|不强|不实|不高|薄弱|缺乏|欠缺|滞后|"
    r"偏低|偏高|落实不|未按|未能|未及时|违规|违反"
)
_OPENING_QUOTES = "“‘「『《〈（("
_CLOSING_QUOTES = "”’」』》〉）)"
_HEADING_TERMINALS = "。；;！？!?：:"
_ABOUT_END_RE = re.compile(r"问题[”’」』]*(?:的整改(?:情况)?)?$")


def about_heading_end(text: str) -> int | None:
    """Where an issue heading ``关于…的问题`` ends in a paragraph that goes on with the
    rectification: at its end of sentence outside quotes (“…”, 「…」, nested), when
    the sentence closes on 问题 (``…的问题``, ``…问题的整改情况``). A 问题 inside the
    heading (``关于“对…问题通报曝光不及时”的问题``, ``关于…突出问题整改不彻底的问题``)
    never ends it. None when the paragraph is not such a heading."""
    if not text.startswith("关于"):
        return None
    depth = 0
    end = len(text)
    for index, ch in enumerate(text):
        if ch in _OPENING_QUOTES:
            depth += 1
        elif ch in _CLOSING_QUOTES:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _HEADING_TERMINALS:
            end = index
            break
    if not _ABOUT_END_RE.search(text[:end]):
        return None
    return min(end + 1, len(text))


class _Reader:
    """One reading of one text; collects problems as it goes."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        # Texts are read from the matching copy; what is stored is restored to the
        # characters as written.
        self.restore = Restorer()

    def problem(
        self,
        code: Code,
        message: str,
        *,
        line: int | None = None,
        value: str = "",
        field: str = "",
        severity: Severity = Severity.WARNING,
    ) -> None:
        self.problems.append(
            Problem(
                code=code,
                field=field,
                severity=severity,
                value=self.restore(value[:80]),
                message=message,
                file=self.file,
                line=line,
            )
        )

    # ------------------------------------------------------------------- the parts
    def read(self, text: str, encoding: str) -> NoticeReading:
        cleaned = clean_notice(text)
        self.restore = cleaned.restore
        paragraphs = cleaned.paragraphs
        if not paragraphs and not cleaned.title:
            self.problem(Code.NOT_A_NOTICE, Message(Msg.NOTICE_EMPTY), severity=Severity.ERROR)
            return self._finish(
                cleaned, OpeningFacts(), ClosingFacts(), NoticeStatistics(), [], (), {}, encoding
            )
        closing_start, closing = self._closing(paragraphs)
        body_start = next(
            (
                i
                for i, p in enumerate(paragraphs[:closing_start])
                if classify(p.text).kind in (Kind.ISSUE, *HEADINGS)
                or _is_unnumbered_category(paragraphs, i)
            ),
            closing_start,
        )
        preamble = paragraphs[:body_start]
        body = paragraphs[body_start:closing_start]
        stats, opening_paragraphs = self._preamble(preamble)
        facts = read_opening([(p.text, p.line) for p in opening_paragraphs])
        sections: list[dict[str, object]] = []
        raw_issues, more_stats = self._body(body, sections)
        stats = merge_statistics(stats, more_stats)
        issues = [self._issue(raw) for raw in raw_issues]
        self._check_numbers(issues)
        return self._finish(
            cleaned,
            facts,
            closing,
            stats,
            issues,
            tuple(p.text for p in preamble),
            {"sections": sections} if sections else {},
            encoding,
        )

    def _closing(self, paragraphs: list[Paragraph]) -> tuple[int, ClosingFacts]:
        """Where the closing starts, and what it says: the contact lines, the issuer
        and the date on their own lines at the end."""
        facts = ClosingFacts()
        end = len(paragraphs)
        # A web page's footer after the notice's date (links, 版权所有, the site's own
        # address and telephone): furniture, once a furniture line says it is.
        tail = range(len(paragraphs) - 1, max(len(paragraphs) - 16, -1), -1)
        date_at = next((i for i in tail if DATE_LINE_RE.match(paragraphs[i].text)), None)
        if date_at is not None:
            after = paragraphs[date_at + 1 :]
            if any(is_furniture(p.text) for p in after) and all(
                is_furniture(p.text)
                or is_chrome(p.text)
                or classify(p.text).kind is Kind.CONTACT
                or len(p.text) <= 40
                for p in after
            ):
                end = date_at + 1
        while end > 0 and (
            is_chrome(paragraphs[end - 1].text) or is_furniture(paragraphs[end - 1].text)
        ):
            end -= 1
        date_index = None
        for i in range(end - 1, max(end - 4, -1), -1):
            if DATE_LINE_RE.match(paragraphs[i].text):
                date_index = i
                break
        if date_index is not None:
            for extra in paragraphs[date_index + 1 : end]:
                if not re.fullmatch(r"（[^）]{0,20}）", extra.text):
                    self.problem(
                        Code.UNPLACED_TEXT,
                        Message(Msg.NOTICE_TRAILING_TEXT),
                        line=extra.line,
                        value=extra.text,
                    )
            found, trouble = parse_closing_date(
                paragraphs[date_index].text, paragraphs[date_index].line
            )
            facts.notice_date = found
            if trouble:
                facts.troubles.append(trouble)
            end = date_index
            if end > 0:
                before = paragraphs[end - 1].text
                if (
                    len(before) <= 40
                    and not ends_sentence(before)
                    and classify(before).kind in (Kind.PLAIN, Kind.CLOSING)
                ):
                    facts.issuer = before
                    end -= 1
        start = end
        while start > 0:
            text = paragraphs[start - 1].text
            kind = classify(text).kind
            if kind in (Kind.CONTACT, Kind.CLOSING) or (
                "联系方式" in text or ("欢迎" in text and "监督" in text)
            ):
                start -= 1
                continue
            break
        facts.contact = read_contact([p.text for p in paragraphs[start:end]])
        return start, facts

    def _preamble(self, preamble: list[Paragraph]) -> tuple[NoticeStatistics, list[Paragraph]]:
        stats = NoticeStatistics()
        opening: list[Paragraph] = []
        for p in preamble:
            reading = read_statistics(p.text)
            if reading.is_statistics and not _DATE_IN_TEXT_RE.search(p.text):
                stats = merge_statistics(stats, reading.statistics)
                self._check_statistics(reading.statistics, reading.unplaced, p.line)
                continue
            if reading.is_statistics:
                # An opening paragraph that also gives the figures: both are read from
                # it (dates are no figures).
                stats = merge_statistics(stats, reading.statistics)
                self._check_statistics(reading.statistics, reading.unplaced, p.line)
            opening.append(p)
        return stats, opening

    def _check_statistics(
        self, stats: NoticeStatistics, unplaced: tuple[str, ...], line: int
    ) -> None:
        for fragment in unplaced:
            self.problem(
                Code.UNPLACED_TEXT,
                Message(Msg.NOTICE_UNREAD_NUMBERS),
                line=line,
                value=fragment,
            )
        if stats.rate_matches() is False:
            total = stats.counted_total()
            self.problem(
                Code.RATE_MISMATCH,
                Message(Msg.NOTICE_RATE_MISMATCH, done=stats.done, total=total, rate=stats.rate),
                line=line,
                value=f"{stats.rate}%",
                field="rate",
            )

    # ------------------------------------------------------------------------ body
    def _body(
        self, body: list[Paragraph], sections: list[dict[str, object]]
    ) -> tuple[list[_RawIssue], NoticeStatistics]:
        if any(classify(p.text).kind is Kind.ISSUE for p in body):
            return self._layout_a(body, sections)
        return self._tree(body, sections)

    def _orphan(
        self,
        p: Paragraph,
        path: tuple[str, ...],
        sections: list[dict[str, object]],
        stats: list[NoticeStatistics],
    ) -> None:
        """A paragraph that belongs to no issue: a section's statistics, or text the
        reader cannot place."""
        reading = read_statistics(p.text)
        if reading.is_statistics:
            self._check_statistics(reading.statistics, reading.unplaced, p.line)
            if path:
                category = [self.restore(c) for c in path]
                sections.append({"category": category, **reading.statistics.as_json()})
            else:
                stats.append(reading.statistics)
            return
        self.problem(
            Code.UNPLACED_TEXT,
            Message(Msg.NOTICE_STRAY_TEXT),
            line=p.line,
            value=p.text,
        )

    def _layout_a(
        self, body: list[Paragraph], sections: list[dict[str, object]]
    ) -> tuple[list[_RawIssue], NoticeStatistics]:
        issues: list[_RawIssue] = []
        headings: dict[float, str] = {}
        current: _RawIssue | None = None
        stats: list[NoticeStatistics] = []
        categories = _category_kinds(body)
        for index, p in enumerate(body):
            marker = classify(p.text)
            if _is_unnumbered_category(body, index):
                # A category written without a number (an issue table's 类别 column).
                headings = {k: v for k, v in headings.items() if k < _UNNUMBERED_RANK}
                headings[_UNNUMBERED_RANK] = p.text
                current = None
            elif marker.kind is Kind.ISSUE:
                path = tuple(headings[k] for k in sorted(headings))
                current = _RawIssue(marker.number, p.text[marker.end :], p.line, path)
                issues.append(current)
            elif marker.kind in HEADINGS and (
                current is None
                or marker.kind in categories
                or (marker.kind in (Kind.H1, Kind.H2) and _is_heading_line(p.text))
            ):
                rank = _HEADING_RANK[marker.kind]
                headings = {k: v for k, v in headings.items() if k < rank}
                headings[rank] = p.text
                current = None
            elif current is not None:
                current.body.append(p)
            else:
                path = tuple(headings[k] for k in sorted(headings))
                self._orphan(p, path, sections, stats)
        merged = NoticeStatistics()
        for s in stats:
            merged = merge_statistics(merged, s)
        return issues, merged

    def _tree(
        self, body: list[Paragraph], sections: list[dict[str, object]]
    ) -> tuple[list[_RawIssue], NoticeStatistics]:
        root = _Node(0.0, "", "", "", 0)
        stack = [root]
        for p in body:
            marker = classify(p.text)
            if marker.kind in HEADINGS:
                rank = _HEADING_RANK[marker.kind] + 0.1 * marker.number.count(".")
                top = stack[-1]
                if top is not root and top.has_status and rank > top.rank:
                    # Numbered steps after a status line are the issue's measures.
                    top.body.append(p)
                    continue
                while stack[-1] is not root and stack[-1].rank >= rank:
                    stack.pop()
                node = _Node(rank, marker.number, p.text, p.text[marker.end :], p.line, stack[-1])
                stack[-1].children.append(node)
                stack.append(node)
            else:
                stack[-1].body.append(p)
                if marker.kind in (Kind.STATUS, Kind.MEASURES_INTRO):
                    stack[-1].has_status = True
        issues: list[_RawIssue] = []
        stats: list[NoticeStatistics] = []
        skipped: dict[int, tuple[_Node, int]] = {}
        self._walk(root, issues, sections, stats, skipped)
        for node, count in skipped.values():
            self.problem(
                Code.NARRATIVE_SKIPPED,
                Message(Msg.NOTICE_NARRATIVE, text=node.text[:30], count=count),
                line=node.line,
                value=node.text,
            )
        merged = NoticeStatistics()
        for s in stats:
            merged = merge_statistics(merged, s)
        return issues, merged

    def _walk(
        self,
        node: _Node,
        issues: list[_RawIssue],
        sections: list[dict[str, object]],
        stats: list[NoticeStatistics],
        skipped: dict[int, tuple[_Node, int]],
    ) -> None:
        for child in node.children:
            if self._numbers_measures(child):
                body = list(child.body)
                for step in child.children:
                    body.append(Paragraph(step.text, step.line))
                    body.extend(step.body)
                issues.append(
                    _RawIssue(child.number, child.head, child.line, child.path(), body, True)
                )
            elif child.children and not self._has_issue(child):
                self._skip(child, self._all_paragraphs(child), stats, skipped)
            elif child.children:
                path = (*child.path(), child.text)
                for p in child.body:
                    self._orphan(p, path, sections, stats)
                self._walk(child, issues, sections, stats, skipped)
            elif self._is_section_counts(child):
                path = (*child.path(), child.text)
                first, *rest = child.body
                self._orphan(first, path, sections, stats)
                if rest:
                    self._skip(child, rest, stats, skipped)
            elif self._looks_like_issue(child):
                issues.append(
                    _RawIssue(child.number, child.head, child.line, child.path(), child.body, True)
                )
            else:
                self._skip(child, child.body, stats, skipped)
        for p in node.body if node.parent is None else ():
            self._orphan(p, (), sections, stats)

    def _skip(
        self,
        node: _Node,
        body: list[Paragraph],
        stats: list[NoticeStatistics],
        skipped: dict[int, tuple[_Node, int]],
    ) -> None:
        """A narrative leaf (layout E): its figures still count; the section is
        reported once, at its outermost heading."""
        for p in body:
            reading = read_statistics(p.text)
            if reading.is_statistics:
                stats.append(reading.statistics)
        top = node
        while top.parent is not None and top.parent.parent is not None:
            top = top.parent
        _, count = skipped.get(id(top), (top, 0))
        skipped[id(top)] = (top, count + 1 + len(body))

    def _has_issue(self, node: _Node) -> bool:
        if not node.children:
            return not self._is_section_counts(node) and self._looks_like_issue(node)
        return any(self._has_issue(child) for child in node.children)

    def _all_paragraphs(self, node: _Node) -> list[Paragraph]:
        out = list(node.body)
        for child in node.children:
            out.append(Paragraph(child.text, child.line))
            out.extend(self._all_paragraphs(child))
        return out

    @staticmethod
    def _numbers_measures(node: _Node) -> bool:
        """Evidence that a heading's children are its measures, not issues: the heading
        names a problem (关于…的问题, …的问题), its children are leaves none of which
        names a problem, and at most the last of them holds a status line (the
        issue's, after its numbered measures)."""
        children = node.children
        if not children or any(c.children for c in children):
            return False
        head = node.head.rstrip("。；;：:")
        if about_heading_end(node.head) is None and not head.endswith("问题"):
            return False
        for c in children:
            if c.head.startswith("关于") or c.head.rstrip("。；;：:").endswith("问题"):
                return False
        with_status = [i for i, c in enumerate(children) if c.has_status]
        return not with_status or with_status == [len(children) - 1]

    @staticmethod
    def _is_section_counts(node: _Node) -> bool:
        """Layout H: a section heading ``…问题的整改情况`` with only its counts."""
        if not node.body or not node.text.rstrip("。").endswith("整改情况"):
            return False
        return read_statistics(node.body[0].text).is_statistics and not any(
            classify(p.text).kind in (Kind.STATUS, Kind.MEASURE) for p in node.body
        )

    @staticmethod
    def _looks_like_issue(node: _Node) -> bool:
        """A leaf is an issue when it has a status line or a status sentence after its
        first, is "关于…", names a problem in its first sentence, or sits under a
        heading about problems; otherwise it is narrative (layout E)."""
        if node.has_status or node.head.startswith("关于"):
            return True
        if _status_split(node.head) is not None:
            # A status sentence after the first (…不经常。正在整改。…): an issue.
            return True
        first = node.head[: _first_sentence_end(node.head)]
        if _PROBLEM_WORDS.search(first) and not _NARRATIVE_WORDS.search(first):
            return True
        ancestor = node.parent
        while ancestor is not None and ancestor.parent is not None:
            heading = ancestor.text[: _first_sentence_end(ancestor.text)]
            if "问题" in heading and not _NARRATIVE_WORDS.search(heading):
                return True
            ancestor = ancestor.parent
        return False

    # ---------------------------------------------------------------------- issues
    def _issue(self, raw: _RawIssue) -> PlannedIssue:
        builder = _IssueBuilder(raw)
        builder.run()
        where = Source(file=self.file, line=raw.line)
        reading = builder.status
        if reading is None:
            if builder.unknown_status:
                self.problem(
                    Code.UNKNOWN_STATUS,
                    Message(Msg.NOTICE_UNKNOWN_PROGRESS, number=raw.number),
                    line=builder.unknown_line or raw.line,
                    value=builder.unknown_status,
                    field="status",
                )
            else:
                self.problem(
                    Code.MISSING_STATUS,
                    Message(Msg.NOTICE_NO_PROGRESS, number=raw.number),
                    line=raw.line,
                    value=raw.head,
                    field="status",
                )
            reading = StatusReading(Status.NOT_STARTED, False, builder.unknown_status)
        restore = self.restore
        draft = IssueDraft(
            number=restore(raw.number),
            text=restore(builder.text()),
            status=reading.status,
            long_term=reading.long_term,
            progress=restore(reading.text),
        )
        for p in validate_issue(draft):
            self.problems.append(_located(p, self.file, raw.line))
        measures: list[PlannedMeasure] = []
        for text, line in builder.measures():
            m = MeasureDraft(text=restore(text), status=reading.status, long_term=reading.long_term)
            for p in validate_measure(m):
                self.problems.append(_located(p, self.file, line))
            measures.append(PlannedMeasure(m, Source(file=self.file, line=line)))
        path = tuple(restore(c) for c in raw.path)
        return PlannedIssue(draft, path, tuple(measures), where)

    def _check_numbers(self, issues: list[PlannedIssue]) -> None:
        seen: set[tuple[tuple[str, ...], str]] = set()
        for issue in issues:
            key = (issue.category_path, issue.draft.number)
            if key in seen:
                self.problem(
                    Code.DUPLICATE_NUMBER,
                    Message(Msg.NOTICE_DUPLICATE_NUMBER, number=issue.draft.number),
                    line=issue.source.line,
                    value=issue.draft.number,
                    field="number",
                )
            seen.add(key)

    # ---------------------------------------------------------------------- result
    def _finish(
        self,
        cleaned: CleanText,
        facts: OpeningFacts,
        closing: ClosingFacts,
        stats: NoticeStatistics,
        issues: list[PlannedIssue],
        opening: tuple[str, ...],
        extra_stats: dict[str, object],
        encoding: str,
    ) -> NoticeReading:
        for trouble in [*facts.troubles, *closing.troubles]:
            self.problem(
                Code(trouble.code),
                Message(Msg.NOTICE_BAD_DATE),
                line=trouble.line,
                value=trouble.text,
                field=trouble.field,
            )
        title = cleaned.title
        if not facts.kind_text and title:
            facts.kind = kind_of(title)
        issuer = closing.issuer or (title.split("关于", 1)[0] if "关于" in title else "")
        restore = self.restore
        title = restore(title)
        opening = tuple(restore(p) for p in opening)
        inspection = InspectionDraft(
            title=restore(_inspection_title(facts, title, self.file)),
            inspector=restore(facts.inspector),
            inspected_unit=restore(facts.inspected_unit),
            kind=facts.kind,
            start=facts.start,
            end=facts.end,
            feedback_date=facts.feedback_date,
            rectification_start=facts.rectification_start,
            rectification_end=facts.rectification_end,
            issuer=restore(issuer),
            notice_date=closing.notice_date,
            contact=restore(closing.contact),
            remarks=restore(facts.kind_text) if facts.kind_text != KIND_LABELS[facts.kind] else "",
        )
        refused = not issues and stats.is_empty and not facts.found_anything
        if cleaned.paragraphs and not facts.found_anything and not refused:
            self.problem(
                Code.UNPLACED_TEXT,
                Message(Msg.NOTICE_NO_OPENING),
                line=cleaned.title_line,
                field="inspector",
            )
        for p in validate_inspection(inspection):
            # The notice's own dates out of order: worth a look, not worth refusing
            # the whole notice for.
            severity = Severity.WARNING if p.code is Code.DATE_ORDER else p.severity
            self.problems.append(
                Problem(
                    p.code,
                    p.field,
                    severity,
                    p.value,
                    p.message or "日期先后顺序不对",
                    self.file,
                    line=cleaned.title_line,
                )
            )
        already_refused = any(p.code is Code.NOT_A_NOTICE for p in self.problems)
        if not issues and not already_refused:
            if refused:
                self.problem(
                    Code.NOT_A_NOTICE,
                    Message(Msg.NOT_A_NOTICE),
                    severity=Severity.ERROR,
                )
            elif stats.is_empty:
                # The inspection's record is still worth reading.
                self.problem(Code.NO_ISSUES, Message(Msg.NOTICE_ONLY_ACCOUNT))
            else:
                self.problem(Code.NO_ISSUES, Message(Msg.NOTICE_ONLY_STATISTICS))
        statistics: dict[str, object] = {**stats.as_json(), **extra_stats}
        plan = ImportPlan(
            file=self.file,
            source_kind="notice",
            inspection=inspection,
            issues=tuple(issues),
            problems=tuple(sorted(self.problems, key=_problem_order)),
            statistics=statistics,
            description=f"读入通报：{title or self.file}",
        )
        return NoticeReading(plan, title, stats, opening, encoding)


_DATE_IN_TEXT_RE = re.compile(r"\d{1,2}月\d{1,2}[日号]")


def _category_kinds(body: list[Paragraph]) -> set[Kind]:
    """The outline's levels that hold issues (categories), from the evidence of a
    body whose issues have their own markers (问题N, 反馈问题N…): a level is a
    category when one of its headings is followed by an issue (other headings between
    allowed) more often than not; a level that appears inside issues numbers their
    measures."""
    kinds = [classify(p.text).kind for p in body]
    before_issue: Counter[Kind] = Counter()
    seen: Counter[Kind] = Counter()
    for index, kind in enumerate(kinds):
        if kind not in HEADINGS:
            continue
        seen[kind] += 1
        after = index + 1
        # Deeper headings between (一、 then （一） then 问题1) are skipped; the next
        # heading of the same level is not (1. 2. 3. are siblings).
        while after < len(kinds) and kinds[after] in HEADINGS and kinds[after] > kind:
            after += 1
        if after < len(kinds) and kinds[after] is Kind.ISSUE:
            before_issue[kind] += 1
    # Measures 1. 2. 3. under an issue: only the last is followed by the next issue;
    # and their numbering restarts with every issue (1. then 1. again with an issue and
    # no outer heading between), where categories only restart under an outer one.
    return {
        kind
        for kind in seen
        if before_issue[kind] * 2 > seen[kind] and kind not in _restarting_per_issue(body)
    }


def _restarting_per_issue(body: list[Paragraph]) -> set[Kind]:
    """The heading levels whose numbering starts again after an issue without an
    outer heading between: the numbering of each issue's measures."""
    last: dict[Kind, int] = {}
    issue_since: dict[Kind, bool] = {}
    found: set[Kind] = set()
    for p in body:
        marker = classify(p.text)
        if marker.kind is Kind.ISSUE:
            issue_since = dict.fromkeys(last, True)
            continue
        if marker.kind not in HEADINGS:
            continue
        for kind in list(last):
            if kind > marker.kind:  # an outer heading: deeper numbering may restart
                del last[kind]
                issue_since.pop(kind, None)
        value = label_value(marker.number)
        previous = last.get(marker.kind)
        restarted = value is not None and previous is not None and value <= previous
        if restarted and issue_since.get(marker.kind):
            found.add(marker.kind)
        if value is not None:
            last[marker.kind] = value
            issue_since[marker.kind] = False
    return found


_UNNUMBERED_RANK = 5.0
_ANY_PUNCTUATION_RE = re.compile(r"[。；;，,：:！？!?、.]")


def _is_unnumbered_category(paragraphs: list[Paragraph], index: int) -> bool:
    """A short line without a number or any punctuation directly before an issue
    marker (问题N：): the category of the issues after it, as issue tables' 类别 column
    gives it."""
    text = paragraphs[index].text
    return (
        index + 1 < len(paragraphs)
        and len(text) <= 20
        and classify(text).kind is Kind.PLAIN
        and not _ANY_PUNCTUATION_RE.search(text)
        and not is_title(text)
        and classify(paragraphs[index + 1].text).kind is Kind.ISSUE
        and bare_status(text) is None  # 已完成 alone on its line is a status
    )


def _is_heading_line(text: str) -> bool:
    """A numbered line that is a heading (``1.关于学习``: short, no sentence in it)
    rather than a numbered step of a measure (``（1）建立台账。``)."""
    return len(text) <= 40 and not re.search(r"[。；;！？]", text)


def _problem_order(p: Problem) -> tuple[int, int]:
    return (p.line or 0, 0 if p.blocking else 1)


def _located(p: Problem, file: str, line: int | None) -> Problem:
    return Problem(p.code, p.field, p.severity, p.value, p.message, file, line=line)


def _inspection_title(facts: OpeningFacts, title: str, file: str) -> str:
    """A name for the inspection in the ledger: team, kind and year as the demo ledger
    names it (``市委第七巡察组专项巡察（2022年）``), else the notice's title."""
    label = KIND_LABELS[facts.kind]
    if "回头看" in facts.kind_text and "回头看" not in label:
        label = f"{label}“回头看”"  # 巡视“回头看”
    if facts.inspector and facts.start:
        return f"{facts.inspector}{label}（{facts.start.year}年）"
    if facts.inspector:
        return f"{facts.inspector}{label}"
    return title or Path(file).stem or "读入的通报"


# -------------------------------------------------------------------- one issue's parts

_STATUS_INLINE_RE = re.compile(
    r"(?:(?<=[。；;！？])|(?<=的问题)|^)\s*(?P<label>整改(?:完成)?(?:进度|情况|进展|状态|结果)|完成情况|进展情况|目前进展)"
    r"\s*[：:]\s*"
)
_INTRO_INLINE_RE = re.compile(
    r"(?:(?<=[。；;！？])|^)\s*(?P<label>整改措施|主要措施|具体措施|采取的?措施)\s*[：:]\s*"
)
_ORDINAL_BOUNDARY = "。；;！？：:，,、\n"
_STATUS_KEYWORDS = (
    "已完成整改",
    "已整改到位",
    "已完成",
    "完成整改",
    "已整改",
    "整改完成",
    "整改到位",
    "已销号",
    "已办结",
    "正在推进中",
    "正在推进",
    "正在整改",
    "整改中",
    "推进中",
    "基本完成",
    "部分完成",
    "取得阶段性成效",
    "取得阶段性成果",
    "尚未完成",
    "未完成",
    "申请延期",
    "延期整改",
    "长期坚持",
    "持续整改",
    "未启动",
)
_SENTENCE_RE = re.compile(r"[^。；;！？]+[。；;！？]?")


def _is_status_clause(clause: str) -> bool:
    bare = clause.rstrip("了的")
    return any(bare.endswith(k) for k in _STATUS_KEYWORDS) or (
        len(clause) <= 12 and any(k in clause for k in _STATUS_KEYWORDS)
    )


def find_status_sentence(text: str) -> StatusReading | None:
    """A status stated inside rectification text (``目前已整改到位。``): the first
    sentence with a clause that ends in a status word, read by ``normalize_status``
    and kept verbatim: the whole sentence when all of it is about the status
    (``除…外，其他已完成``, ``已完成，长期坚持``), else that clause. Clauses that merely
    contain a word (``完成了…加固工作``) are not statuses."""
    for match in _SENTENCE_RE.finditer(text):
        sentence = match.group(0).strip().rstrip("。；;！？").strip()
        if not sentence:
            continue
        clauses = [c.strip() for c in re.split(r"[，,]", sentence) if c.strip()]
        for clause in clauses:
            if not _is_status_clause(clause):
                continue
            whole = all(
                _is_status_clause(c) or c.startswith("除") or "长期" in c or "持续" in c
                for c in clauses
            )
            verbatim = sentence if whole and len(sentence) <= 60 else clause
            try:
                return normalize_status(verbatim)
            except StatusError:
                continue
    return None


def bare_status(text: str) -> StatusReading | None:
    """The status when ``text`` is nothing but a status sentence (``正在推进。``,
    ``已完成整改，长期坚持``); None for anything longer or else."""
    candidate = text.strip().rstrip("。；;！").strip()
    if not candidate or len(candidate) > 40 or re.search(r"[。；;！？]", candidate):
        return None
    clauses = [c.strip() for c in re.split(r"[，,]", candidate) if c.strip()]
    if not clauses or not all(
        _is_status_clause(c) or c.startswith("除") or c in ("目前", "现已", "截至目前")
        for c in clauses
    ):
        return None
    try:
        return normalize_status(candidate)
    except StatusError:
        return None


_BRACKET_STATUS_RE = re.compile(
    r"[（(【\[](?P<status>[^（）()【】\[\]]{2,20})[）)】\]](?=[。；;]?$)"
)


def _first_sentence_end(text: str) -> int:
    match = _SENTENCE_RE.match(text)
    return match.end() if match else len(text)


def _status_split(text: str) -> int | None:
    """Where the rectification starts in an issue paragraph that goes on after the
    issue (``研讨交流发言质量不高。正在整改。…``): at the first sentence after the
    first that is a bare status."""
    for index, match in enumerate(_SENTENCE_RE.finditer(text)):
        if index >= 1 and bare_status(match.group(0)) is not None:
            return match.start()
    return None


def _ordinal_at(text: str, k: int, start: int) -> int | None:
    """Where ``k是`` (一是, 二是 …) starts a measure in ``text`` from ``start``: at the
    beginning or after punctuation, never inside a word (统一是, 十一是)."""
    word = int_to_chinese(k) + "是"
    position = text.find(word, start)
    while position >= 0:
        if position == 0 or text[position - 1] in _ORDINAL_BOUNDARY:
            return position
        position = text.find(word, position + 1)
    return None


@dataclass
class _Measure:
    """A measure being read: its text so far and the line it starts on."""

    text: str
    line: int


class _IssueBuilder:
    """Reads one issue's parts from its heading text and body paragraphs: the issue
    text, the status line, the measures and any plain rectification text."""

    def __init__(self, raw: _RawIssue) -> None:
        self.raw = raw
        self.text_parts: list[str] = []
        self.status: StatusReading | None = None
        self.unknown_status = ""
        self.unknown_line: int | None = None
        self._measures: list[_Measure] = []
        self._plain: list[str] = []  # rectification text outside any label
        self._next = 1

    def text(self) -> str:
        return "\n".join(t for t in (s.strip() for s in self.text_parts) if t)

    def measures(self) -> list[tuple[str, int]]:
        out = []
        for m in self._measures:
            # Separators between inline measures (一是…；二是…) are not their text.
            cleaned = m.text.strip().rstrip("；;，,、").strip()
            if cleaned:
                out.append((cleaned, m.line))
        return out

    def _segments(self, text: str) -> list[tuple[str, str]]:
        """One paragraph cut into (kind, text) segments at inline labels and at the
        measures' ordinals: kind is plain, status, intro or measure."""
        cuts: list[tuple[int, int, str]] = []
        for match in _STATUS_INLINE_RE.finditer(text):
            cuts.append((match.start(), match.end(), "status"))
        for match in _INTRO_INLINE_RE.finditer(text):
            cuts.append((match.start(), match.end(), "intro"))
        for index, ch in enumerate(text):
            if ch in CIRCLED:
                cuts.append((index, index + 1, "measure"))
        leading = classify(text)
        k = self._next
        if leading.kind is Kind.MEASURE and not leading.number.isdigit():
            # A paragraph that starts a measure may restart the count (一是 again).
            k = chinese_to_int(leading.number)
        position = 0
        while (found := _ordinal_at(text, k, position)) is not None:
            cuts.append((found, found + len(int_to_chinese(k)) + 1, "measure"))
            position = found + 1
            k += 1
        self._next = max(self._next, k)
        cuts.sort()
        segments: list[tuple[str, str]] = []
        cursor = 0
        kind = "plain"
        for start, end, cut_kind in cuts:
            if start < cursor:
                continue
            segments.append((kind, text[cursor:start]))
            kind, cursor = cut_kind, end
        segments.append((kind, text[cursor:]))
        return [(kind, seg) for kind, seg in segments if seg.strip() or kind != "plain"]

    def _split_head(self, segments: list[tuple[str, str]]) -> None:
        """The issue paragraph may go on with the rectification: ``关于…的问题。`` then
        the rest (layouts B, F), or the issue, then a status sentence (layout D)."""
        if not segments or segments[0][0] != "plain":
            return
        first = segments[0][1]
        split: int | None = None
        if self.raw.tree:
            end = about_heading_end(first)
            if end is not None and end < len(first.rstrip()):
                split = end
        if split is None:
            split = _status_split(first)
        if split is not None:
            segments[0:1] = [("plain", first[:split]), ("rectification", first[split:])]

    def run(self) -> None:
        raw = self.raw
        head = raw.head
        # A status in brackets closing the heading: 关于…的问题（已完成）.
        bracket = _BRACKET_STATUS_RE.search(head)
        if bracket and (reading := bare_status(bracket["status"])) is not None:
            self.status = reading
            head = head[: bracket.start()] + head[bracket.end() :]
        head_segments = self._segments(head)
        self._split_head(head_segments)
        paragraphs: list[tuple[list[tuple[str, str]], int]] = [(head_segments, raw.line)]
        for p in raw.body:
            marker = classify(p.text)
            if marker.kind in HEADINGS:
                # A numbered step after the status line (（1）…), kept as a measure.
                paragraphs.append(([("measure", p.text[marker.end :])], p.line))
            else:
                paragraphs.append((self._segments(p.text), p.line))
        has_structure = any(
            kind in ("status", "intro", "measure") for segs, _ in paragraphs for kind, _ in segs
        )
        in_text = True
        for index, (segments, line) in enumerate(paragraphs):
            new_paragraph = True
            for kind, seg in segments:
                if kind == "plain" and in_text and (index == 0 or has_structure):
                    self.text_parts.append(seg)
                    continue
                in_text = False
                if kind == "status":
                    self._status_segment(seg, line)
                elif kind == "intro":
                    self._continue_measure(seg, line, new_paragraph)
                elif kind == "measure":
                    self._measures.append(_Measure(seg.strip(), line))
                else:  # plain or rectification text after the issue text
                    self._plain.append(seg)
                    self._continue_measure(seg, line, new_paragraph)
                new_paragraph = False
            if index == 0 and not has_structure:
                in_text = False
        rectification = "。".join([*self._plain, *(m.text for m in self._measures)])
        if self.status is None:
            self.status = find_status_sentence(rectification)
        if self.status is not None and not self.status.long_term:
            # "…，长期坚持。" closing the rectification text flags the issue as long-term.
            clauses = {c.strip() for c in re.split(r"[，,。；;]", rectification)}
            if clauses & set(LONG_TERM_WORDS):
                self.status = StatusReading(self.status.status, True, self.status.text)

    def _status_segment(self, seg: str, line: int) -> None:
        content = seg.strip()
        end = _first_sentence_end(content)
        sentence, rest = content[:end], content[end:]
        candidate = sentence.strip().rstrip("。；;，,").strip()
        reading: StatusReading | None = None
        if candidate and len(candidate) <= 60:
            try:
                reading = normalize_status(candidate)
            except StatusError:
                reading = None
        if reading is not None:
            if self.status is None:
                self.status = reading
            if rest.strip():
                self._plain.append(rest)
                self._continue_measure(rest, line, True)
            return
        # A narrative status paragraph: the status is a sentence inside it, and the
        # paragraph is the rectification text.
        found = find_status_sentence(content)
        if found is not None and self.status is None:
            self.status = found
        elif found is None and not self.unknown_status:
            self.unknown_status = candidate[:60] if candidate else content[:60]
            self.unknown_line = line
        self._plain.append(content)
        self._continue_measure(content, line, True)

    def _continue_measure(self, seg: str, line: int, new_paragraph: bool) -> None:
        """Rectification text: goes on the current measure, or starts the one
        unnumbered measure. A status sentence before any measure is the status."""
        text = seg.strip()
        while text and not self._measures:
            end = _first_sentence_end(text)
            reading = bare_status(text[:end])
            if reading is None:
                break
            if self.status is None:
                self.status = reading
            text = text[end:].strip()
        if not text:
            return
        if self._measures:
            last = self._measures[-1]
            joiner = "\n" if new_paragraph and last.text else ""
            last.text = f"{last.text}{joiner}{text}"
        else:
            self._measures.append(_Measure(text, line))
