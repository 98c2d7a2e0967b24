"""Composing the notice for one inspection from the ledger: title, opening formula,
optional statistics paragraph, the issues (``问题N.`` + text, ``整改进度：…``, measures
``一是…二是…``), optionally grouped under category headings, and the closing with the
contact lines, the issuer and the date.

The result is a :class:`~desktop.notice.document.NoticeDocument`; the writers lay it
out as ``.txt`` or ``.docx`` and the printing module on the official page. What is
written reads back into the same issues, statuses and measures (tested as a round
trip).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.dates import format_date
from desktop.domain.notice_stats import NoticeStatistics
from desktop.domain.numbering import int_to_chinese, ordinal_measure
from desktop.domain.records import InspectionDraft, IssueRecord, MeasureRecord
from desktop.domain.status import (
    LONG_TERM_LABEL,
    LONG_TERM_WORDS,
    Status,
    StatusError,
    normalize_status,
    status_label,
)
from desktop.domain.titles import regime_word
from desktop.notice.document import Block, BlockKind, NoticeDocument
from desktop.notice.opening import compose_closing, compose_opening, organ_of
from desktop.notice.statistics import format_statistics


@dataclass(frozen=True, slots=True)
class NoticeItem:
    """One issue as the notice prints it: its number as written in the ledger, text,
    category path, status (with the verbatim progress text) and measure texts."""

    number: str
    text: str
    status: Status
    long_term: bool = False
    progress: str = ""
    category_path: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ComposeOptions:
    """Choices for a composed notice. ``grouped``: None groups under category headings
    when any issue has a category. ``notice_date``: the notice's date (default: the one the
    inspection carries, else today). ``as_of``: the statistics' lead-in."""

    with_statistics: bool = True
    grouped: bool | None = None
    title: str = ""
    issuer: str = ""
    notice_date: date | None = None
    as_of: str = "截至目前"
    today: date | None = field(default=None, compare=False)


def items_from_records(
    issues: Sequence[IssueRecord], measures: Mapping[int, Sequence[MeasureRecord]]
) -> list[NoticeItem]:
    """Notice items from ledger records, in ledger order, measures by their place."""
    return [
        NoticeItem(
            number=issue.number,
            text=issue.text,
            status=issue.status,
            long_term=issue.long_term,
            progress=issue.progress,
            category_path=issue.category_path,
            measures=tuple(m.text for m in sorted(measures.get(issue.id, ()), key=lambda m: m.seq)),
        )
        for issue in issues
    ]


_LEAD_IN_RE = re.compile(r"^\s*(?:整改措施\s*[：:]\s*)?(?:[一二三四五六七八九十]+是\s*)?")
_HEADING_MARK_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+\s*[、.．]|[（(]\s*[一二三四五六七八九十百\d]+\s*[）)]"
    r"|\d+(?:\.\d+)*\s*[.．、])\s*"
)


def strip_lead_in(text: str) -> str:
    """A measure's text without the ordinal the notice adds (``一是``) or a
    ``整改措施：`` label, which ledgers sometimes keep in the text."""
    return _LEAD_IN_RE.sub("", text, count=1).strip()


def progress_text(item: NoticeItem) -> str:
    """The ``整改进度`` text: the verbatim progress when it still says what the ledger's
    status says (with ``长期坚持`` added when only the ledger says so), else the
    state's name (``已完成，长期坚持``)."""
    written = item.progress.strip().rstrip("。")
    if written:
        try:
            reading = normalize_status(written)
        except StatusError:
            reading = None
        if reading is not None and reading.status is item.status:
            if reading.long_term == item.long_term:
                return written
            if item.long_term and not reading.long_term:
                if any(_says_long_term(m) for m in item.measures):
                    # The measures say it (…，长期坚持。): the reader finds it there.
                    return written
                return f"{written}，{LONG_TERM_LABEL}"
    label = status_label(item.status)
    return f"{label}，{LONG_TERM_LABEL}" if item.long_term else label


def _says_long_term(text: str) -> bool:
    clauses = {c.strip() for c in re.split(r"[，,。；;]", text)}
    return bool(clauses & set(LONG_TERM_WORDS))


def _numbers(items: Sequence[NoticeItem]) -> list[str]:
    """Issue numbers to print: the ledger's when they are plain and distinct Arabic
    numbers, else 1…N in order."""
    written = [i.number.strip() for i in items]
    if all(re.fullmatch(r"\d+(?:\.\d+)*", n) for n in written) and len(set(written)) == len(
        written
    ):
        return written
    return [str(n) for n in range(1, len(items) + 1)]


def _issue_blocks(item: NoticeItem, number: str) -> list[Block]:
    # 问题N. is a run-in heading of the third level (仿宋), as printing sets it.
    blocks = [Block(BlockKind.HEADING, f"问题{number}.", 3, run_in=item.text.strip())]
    blocks.append(Block(BlockKind.PARAGRAPH, f"整改进度：{progress_text(item)}。"))
    measures = [strip_lead_in(m) for m in item.measures if m.strip()]
    for seq, measure in enumerate(measures, start=1):
        parts = [p.strip() for p in measure.split("\n") if p.strip()] or [""]
        lead = ordinal_measure(seq) if len(measures) > 1 else ""
        blocks.append(Block(BlockKind.PARAGRAPH, lead + parts[0]))
        blocks.extend(Block(BlockKind.PARAGRAPH, extra) for extra in parts[1:])
    return blocks


def _heading_mark(depth: int, index: int, max_depth: int) -> str:
    """``（一）`` under a single level of categories; ``一、`` then ``（一）`` then ``1.``
    when they nest."""
    marks = ["（{}）"] if max_depth == 1 else ["{}、", "（{}）", "{}.", "（{}）"]
    mark = marks[min(depth, len(marks) - 1)]
    number = str(index) if mark == "{}." else int_to_chinese(index)
    return mark.format(number)


def _heading_level(depth: int, max_depth: int) -> int:
    return 2 if max_depth == 1 else min(depth + 1, 4)


def _body_blocks(items: Sequence[NoticeItem], grouped: bool) -> list[Block]:
    if not grouped:
        blocks: list[Block] = []
        for item, number in zip(items, _numbers(items), strict=True):
            blocks.extend(_issue_blocks(item, number))
        return blocks
    max_depth = max((len(i.category_path) for i in items), default=0)
    # Issues without a category come first, then each category in order of first use;
    # within a category, ledger order.
    ordered = [
        items[i]
        for i in sorted(
            range(len(items)),
            key=lambda i: (bool(items[i].category_path), _first_use(items, items[i].category_path)),
        )
    ]
    blocks = []
    printed: tuple[str, ...] = ()
    counters: list[int] = []
    for item, number in zip(ordered, _numbers(ordered), strict=True):
        path = item.category_path
        common = 0
        while common < min(len(path), len(printed)) and path[common] == printed[common]:
            common += 1
        # Counters of the levels still open go on; deeper ones restart.
        counters = counters[: common + 1]
        for depth in range(common, len(path)):
            counters = counters[: depth + 1]
            if len(counters) <= depth:
                counters.append(0)
            counters[depth] += 1
            # Headings stand alone, without a full stop (the reader tells a heading
            # from a numbered step by it).
            name = _HEADING_MARK_RE.sub("", path[depth]).strip().rstrip("。") or path[depth]
            mark = _heading_mark(depth, counters[depth], max_depth)
            blocks.append(
                Block(BlockKind.HEADING, mark + name, level=_heading_level(depth, max_depth))
            )
        printed = path
        blocks.extend(_issue_blocks(item, number))
    return blocks


def _first_use(items: Sequence[NoticeItem], path: tuple[str, ...]) -> tuple[int, ...]:
    """The order of a category path: by where each of its levels is first used."""
    out: list[int] = []
    for depth in range(1, len(path) + 1):
        prefix = path[:depth]
        out.append(next(i for i, it in enumerate(items) if it.category_path[:depth] == prefix))
    return tuple(out)


def notice_title(inspection: InspectionDraft, issuer: str) -> str:
    """``<issuer>关于<organ><kind>整改情况的通报``, e.g.
    ``中共许昌市城乡一体化示范区工委关于市委专项巡察整改情况的通报``."""
    from desktop.domain.records import KIND_LABELS

    kind = KIND_LABELS[inspection.kind]
    if kind.endswith("整改"):
        kind = kind[: -len("整改")]
    return f"{issuer}关于{organ_of(inspection.inspector)}{kind}整改情况的通报"


def compose_notice(
    inspection: InspectionDraft,
    items: Sequence[NoticeItem],
    statistics: NoticeStatistics | None = None,
    options: ComposeOptions | None = None,
) -> NoticeDocument:
    """The notice for one inspection. ``statistics`` (usually
    :func:`~desktop.notice.statistics.statistics_from_records`) is printed when given
    and ``options.with_statistics``; its rate is recomputed from its counts."""
    options = options or ComposeOptions()
    issuer = options.issuer or inspection.issuer or inspection.inspected_unit
    blocks: list[Block] = [
        Block(BlockKind.TITLE, options.title or notice_title(inspection, issuer))
    ]
    blocks.extend(Block(BlockKind.PARAGRAPH, p) for p in compose_opening(inspection))
    if statistics is not None and options.with_statistics:
        paragraph = format_statistics(
            statistics, as_of=options.as_of, source=regime_word(inspection.kind)
        )
        if paragraph:
            blocks.append(Block(BlockKind.PARAGRAPH, paragraph))
    grouped = (
        options.grouped
        if options.grouped is not None
        else any(item.category_path for item in items)
    )
    blocks.extend(_body_blocks(items, grouped))
    blocks.append(Block(BlockKind.PARAGRAPH, compose_closing(inspection.contact)))
    if issuer:
        blocks.append(Block(BlockKind.SIGNATURE, issuer))
    when = options.notice_date or inspection.notice_date or options.today or date.today()
    blocks.append(Block(BlockKind.DATE, format_date(when)))
    return NoticeDocument(tuple(blocks))
