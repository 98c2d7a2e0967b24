"""The two forms printed per issue, on the GB/T 9704 page: the issue sheet
(问题整改情况表) and the sign-off form (整改销号审批表).

Each is a title and a ruled table of the issue's facts, followed by a second table of
boxes to sign in. The boxes stretch so that the form ends exactly at the bottom of the
text block on its last page, and they are never split across pages: when they do not
fit under the facts, they start the next page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from desktop.domain.dates import RULE_LABELS
from desktop.domain.dossier import IssueDossier, SignOffStep
from desktop.domain.fields import field_name
from desktop.domain.progress import measure_progress_lines
from desktop.domain.records import InspectionRecord, MeasureRecord, Responsibility
from desktop.domain.status import LONG_TERM_LABEL, STATUS_LABELS, Status
from desktop.printing.document import (
    PageNumbers,
    Section,
    cell_cursor,
    char_format,
    cn_date,
    format_scale,
    line_format,
    natural_line,
    new_document,
    set_line_height,
    table_format,
)
from desktop.printing.fonts import Face, FontSet
from desktop.printing.page import OFFICIAL_PAGE, TITLE_PT, mm, pt

CELL_PT = 10.5  # 五号
MEASURE_PT = 10.5  # 五号: measures are long, and a sheet should take a page or two
LINE = 1.25  # cell line height, in ems
PADDING_MM = 1.0
BORDER_PT = 0.75
# Columns: label | seq | measure text | unit | deadline | state (percent of 156 mm).
GRID = (13.0, 5.0, 51.0, 13.0, 9.0, 9.0)
NOTES_SHOWN = 3
SIGN_MIN_MM = 16.0  # room for a signature and a date by hand
MAX_GROWTH_MM = 60.0  # how much a box may grow to fill the page
CONTINUED = "（续）"


def status_text(status: Status, long_term: bool) -> str:
    label = STATUS_LABELS[status]
    return f"{label}，{LONG_TERM_LABEL}" if long_term else label


def deadline_text(r: Responsibility) -> str:
    if r.deadline_text:
        return r.deadline_text
    if r.deadline is not None:
        return cn_date(r.deadline)
    if r.deadline_rule is not None:
        return RULE_LABELS[r.deadline_rule]
    return ""


def inspection_text(inspection: InspectionRecord | None) -> str:
    if inspection is None:
        return ""
    extra = "，".join(p for p in (inspection.inspector, inspection.inspected_unit) if p)
    return f"{inspection.title}（{extra}）" if extra else inspection.title


def measure_unit(m: MeasureRecord) -> str:
    r = m.responsibility
    if r.cooperating_units:
        return f"{r.lead_unit}（配合：{'、'.join(r.cooperating_units)}）"
    return r.lead_unit


def measure_state(m: MeasureRecord) -> str:
    text = status_text(m.status, m.long_term)
    if m.completion_date is not None and m.status.is_finished:
        text += f"（{cn_date(m.completion_date)}）"
    return text


@dataclass
class _Form:
    """A form being built: the document, its fonts, and the signature boxes' spacers
    (one list per row: the blank blocks that grow to fill the page)."""

    fonts: FontSet
    doc: QTextDocument = field(init=False)
    cursor: QTextCursor = field(init=False)
    spacers: list[list[QTextBlock]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.doc = new_document(self.fonts, Face.FANGSONG, CELL_PT)
        self.cursor = QTextCursor(self.doc)
        # One edit block: the layout runs once at the end, not after every change
        # (a table is laid out again whole after each edit of a cell).
        self.cursor.beginEditBlock()

    @property
    def line(self) -> float:
        return pt(CELL_PT) * LINE

    def title(self, text: str) -> None:
        font = self.fonts.font(Face.XIAOBIAOSONG, TITLE_PT)
        # 1.1 em lines put the title's characters right at the top margin.
        fmt = line_format(natural_line(TITLE_PT), align=Qt.AlignmentFlag.AlignHCenter)
        fmt.setBottomMargin(0)
        self.cursor.setBlockFormat(fmt)
        self.cursor.insertText(text, char_format(font))
        gap = line_format(mm(4), align=Qt.AlignmentFlag.AlignLeft)
        self.cursor.insertBlock(gap)
        self.cursor.insertText("", char_format(self.fonts.font(Face.FANGSONG, CELL_PT)))

    def table(self, rows: int, columns: Sequence[float]) -> QTextTable:
        fmt = table_format(columns, border_pt=BORDER_PT, padding=mm(PADDING_MM))
        table = self.cursor.insertTable(rows, len(columns), fmt)
        return table

    def next_page_table(self, rows: int) -> QTextTable:
        """A table on the grid of the facts that starts the next page (where a form's
        measures continue)."""
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        table = self.table(rows, GRID)
        fmt = table.format()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        table.setFormat(fmt)
        return table

    def write(
        self,
        table: QTextTable,
        row: int,
        column: int,
        lines: Sequence[str] | str,
        *,
        face: Face = Face.FANGSONG,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        middle: bool = True,
        span: int = 1,
        size: float = CELL_PT,
    ) -> QTextCursor:
        """Fill a cell with one paragraph per line; returns a cursor at its end."""
        if span > 1:
            table.mergeCells(row, column, 1, span)
        cell = table.cellAt(row, column)
        if middle:
            fmt = cell.format()
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
            cell.setFormat(fmt)
        cursor = cell_cursor(table, row, column)
        font = self.fonts.font(face, size)
        texts = [lines] if isinstance(lines, str) else list(lines) or [""]
        for i, text in enumerate(texts):
            fmt_block = line_format(pt(size) * LINE, align=align)
            if i == 0:
                cursor.setBlockFormat(fmt_block)
            else:
                cursor.insertBlock(fmt_block)
            cursor.insertText(text, char_format(font))
        return cursor

    def label(self, table: QTextTable, row: int, column: int, text: str, span: int = 1) -> None:
        self.write(
            table,
            row,
            column,
            text,
            face=Face.HEITI,
            align=Qt.AlignmentFlag.AlignHCenter,
            span=span,
        )

    def box(
        self, table: QTextTable, row: int, column: int, top: str, bottom: str, span: int = 1
    ) -> QTextBlock:
        """A box to sign in: ``top`` at its top, blank room, ``bottom`` at the right.
        Returns the blank block (the spacer)."""
        cursor = self.write(table, row, column, top, middle=False, span=span)
        cursor.insertBlock(line_format(mm(SIGN_MIN_MM) - 2 * self.line))
        spacer = cursor.block()
        cursor.insertBlock(line_format(self.line, align=Qt.AlignmentFlag.AlignRight))
        cursor.insertText(bottom, char_format(self.fonts.font(Face.FANGSONG, CELL_PT)))
        return spacer

    def room(self, cursor: QTextCursor, height: float = 0.0) -> QTextBlock:
        """A blank paragraph after ``cursor``: room to write by hand, grown by the
        page fill. Returns it."""
        cursor.insertBlock(line_format(max(1.0, height)))
        return cursor.block()

    def finish(self, name: str, sign: QTextTable) -> Section:
        self.cursor.endEditBlock()
        # The empty paragraph every document ends with: keep it from adding a page.
        end = QTextCursor(self.doc)
        end.movePosition(QTextCursor.MoveOperation.End)
        end.setBlockFormat(line_format(1.0))
        tiny = self.fonts.font(Face.FANGSONG, 1.0)
        end.setBlockCharFormat(char_format(tiny))
        section = Section(
            self.doc,
            OFFICIAL_PAGE,
            self.fonts,
            page_numbers=PageNumbers.CENTRED_IF_MANY,
            name=name,
        )
        section.signatures_moved = _keep_and_fill(section, sign, self.spacers)
        return section


def _keep_and_fill(section: Section, sign: QTextTable, spacers: list[list[QTextBlock]]) -> bool:
    """Move the signature table to a new page when it would be split, then stretch its
    rows so the form ends at the bottom of the text block. True when it was moved."""
    doc = section.doc
    layout = doc.documentLayout()
    height = section.page_height

    def top_of(block: QTextBlock) -> float:
        return float(layout.blockBoundingRect(block).top())

    def end_of() -> float:
        # Pagination counts the natural height of the closing empty paragraph.
        last = doc.lastBlock()
        return top_of(last) + last.layout().lineAt(0).height()

    first = sign.cellAt(0, 0).firstCursorPosition().block()
    # The table's top edge is above its first text by the padding and the border.
    sign_top = top_of(first) - mm(PADDING_MM) - pt(BORDER_PT)
    end = end_of()
    moved = int(sign_top // height) != int((end - 1) // height)
    if moved:
        fmt = sign.format()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        sign.setFormat(fmt)
        end = end_of()
    pages = doc.pageCount()
    page_end = (int((end - 1) // height) + 1) * height
    # A table's text must end above the page's end by the cell's padding and border,
    # or the layout carries the line over to the next page.
    extra = page_end - end - 2.0
    if extra <= 0 or not spacers:
        return moved
    # Room to write by hand, not a page of empty boxes: each row grows so far at most.
    extra = min(extra, mm(MAX_GROWTH_MM) * len(spacers))
    grown = 0.0
    for attempt in range(6):
        share = extra / len(spacers) - grown
        for row in spacers:
            for block in row:
                current = block.blockFormat().lineHeight() * format_scale()
                set_line_height(QTextCursor(block), current + share)
        grown += share
        if doc.pageCount() == pages and end_of() <= page_end:
            return moved
        extra -= 4.0 * (attempt + 1)  # rounding in the table layout
    # Could not fill without spilling: take all the growth back.
    for row in spacers:
        for block in row:
            current = block.blockFormat().lineHeight() * format_scale()
            set_line_height(QTextCursor(block), current - grown)
    return moved


def _no_top_border(table: QTextTable) -> None:
    """The signature table hangs under the facts table: one rule between them."""
    for column in range(table.columns()):
        cell = table.cellAt(0, column)
        fmt = cell.format().toTableCellFormat()
        fmt.setTopBorder(0)
        cell.setFormat(fmt)


def _facts(form: _Form, d: IssueDossier, *, extra_rows: int) -> tuple[QTextTable, int]:
    """The rows both forms start with; returns the table and the next free row."""
    issue = d.issue
    r = issue.responsibility
    table = form.table(5 + extra_rows, GRID)
    form.label(table, 0, 0, "巡察名称")
    form.write(table, 0, 1, inspection_text(d.inspection), span=5)
    form.label(table, 1, 0, "问题编号")
    form.write(table, 1, 1, issue.number, span=2)
    form.label(table, 1, 3, "问题类别")
    form.write(table, 1, 4, " / ".join(issue.category_path), span=2)
    form.label(table, 2, 0, "问题内容")
    form.write(table, 2, 1, issue.text, span=5)
    form.label(table, 3, 0, "责任领导")
    form.write(table, 3, 1, r.lead_leader, span=2)
    form.label(table, 3, 3, "责任人")
    form.write(table, 3, 4, r.responsible_person, span=2)
    form.label(table, 4, 0, "牵头单位")
    form.write(table, 4, 1, r.lead_unit, span=2)
    form.label(table, 4, 3, "配合单位")
    form.write(table, 4, 4, "、".join(r.cooperating_units), span=2)
    return table, 5


def _measures(
    form: _Form,
    table: QTextTable,
    row: int,
    d: IssueDossier,
    *,
    completion: bool,
    part: slice = slice(None),
    continued: bool = False,
) -> int:
    """The measures (those in ``part``): a header and one row each, under a label
    spanning them all; ``continued`` for the rest of them on the next page."""
    shown = d.measures[part]
    count = max(1, len(shown))
    table.mergeCells(row, 0, count + 1, 1)
    label = "整改措施" if not completion else "整改措施及完成情况"
    form.label(table, row, 0, f"{label}{CONTINUED}" if continued else label)
    headers = ("序号", "整改措施", "责任单位", "完成时限", "完成情况")
    for column, text in enumerate(headers, start=1):
        form.label(table, row, column, text)
    if not shown:
        form.write(table, row + 1, 1, "（无）", span=5)
    first = part.start or 0
    for i, m in enumerate(shown, start=1):
        seq = first + i
        at = row + i
        centre = Qt.AlignmentFlag.AlignHCenter
        small = MEASURE_PT
        form.write(table, at, 1, str(m.seq or seq), align=centre, size=small)
        texts = [m.text]
        if m.progress and completion:
            texts.append(f"完成情况：{m.progress}")
        form.write(table, at, 2, texts, middle=False, size=small)
        unit = measure_unit(m) or d.issue.responsibility.lead_unit
        form.write(table, at, 3, unit, align=centre, size=small)
        form.write(table, at, 4, deadline_text(m.responsibility), align=centre, size=small)
        form.write(table, at, 5, measure_state(m), align=centre, size=small)
    return row + count + 1


def _evidence_lines(d: IssueDossier) -> list[str]:
    lines = []
    for i, e in enumerate(d.evidence, start=1):
        when = f"（{cn_date(e.date)}）" if e.date else ""
        lines.append(f"{i}. {e.title}{when}")
    return lines


def _cut_between_measures(
    d: IssueDossier, fonts: FontSet, build: Callable[[IssueDossier, FontSet, int | None], Section]
) -> Section:
    """The form on one page when it fits; else cut after as many measures as the first
    page holds, the rest (header repeated, marked （续）) leading to the boxes to sign
    on the next page, as long as that takes no more pages than Qt's own split."""
    section = build(d, fonts, None)
    if section.page_count() < 2 or len(d.measures) < 2:
        return section
    for keep in range(len(d.measures) - 1, 0, -1):
        trial = build(d, fonts, keep)
        if not trial.signatures_moved and trial.page_count() <= section.page_count():
            return trial
    return section


def issue_sheet(d: IssueDossier, fonts: FontSet) -> Section:
    """问题整改情况表: the issue's facts, its state and progress, every measure, the
    latest progress notes, the evidence list, and boxes for 责任单位负责人, 分管领导
    and the date.

    One page whenever it fits. When it does not, the measures are cut so that the
    boxes to sign follow the last of them on the next page (their label marked
    （续）, their header repeated): a page never holds the signatures alone."""
    return _cut_between_measures(d, fonts, _issue_sheet)


def _issue_sheet(d: IssueDossier, fonts: FontSet, keep: int | None = None) -> Section:
    """The sheet; with ``keep``, only the first ``keep`` measures on the first page and
    the others, with the signatures, on the next."""
    form = _Form(fonts)
    form.title("问题整改情况表")
    shown = len(d.measures) if keep is None else keep
    count = max(1, shown)
    table, row = _facts(form, d, extra_rows=2 + count + 1)
    issue = d.issue
    form.label(table, row, 0, "整改时限")
    form.write(table, row, 1, deadline_text(issue.responsibility), span=2)
    form.label(table, row, 3, "整改状态")
    form.write(table, row, 4, status_text(issue.status, issue.long_term), span=2)
    form.label(table, row + 1, 0, field_name("progress"))
    form.write(table, row + 1, 1, issue.progress, span=5)
    _measures(form, table, row + 2, d, completion=False, part=slice(0, shown))
    if keep is not None:
        rest = form.next_page_table(len(d.measures) - keep + 1)
        _measures(form, rest, 0, d, completion=False, part=slice(keep, None), continued=True)

    # Notes, evidence and the signatures stay together (room to write in each).
    form.cursor.movePosition(QTextCursor.MoveOperation.End)
    sign = form.table(3, (GRID[0], 40.0 - GRID[0], 35.0, 25.0))
    _no_top_border(sign)
    # The measures' progress (a unit's merged-back report lands there), then the
    # dated progress notes: domain.progress, as the ledger and the screen show it.
    notes = measure_progress_lines(d.measures) + [
        f"{cn_date(n.date)}　{n.text}" + (f"（{n.reporter}）" if n.reporter else "")
        for n in d.notes[:NOTES_SHOWN]
    ]
    form.label(sign, 0, 0, "最新进展")
    cursor = form.write(sign, 0, 1, notes, middle=False, span=3)
    form.spacers.append([form.room(cursor, 0.0 if notes else form.line)])
    form.label(sign, 1, 0, "佐证材料")
    evidence = _evidence_lines(d)
    cursor = form.write(sign, 1, 1, evidence, middle=False, span=3)
    form.spacers.append([form.room(cursor, 0.0 if evidence else form.line)])
    form.spacers.append(
        [
            form.box(sign, 2, 0, "责任单位负责人（签字）：", "", span=2),
            form.box(sign, 2, 2, "分管领导（签字）：", ""),
            form.box(sign, 2, 3, "日期：", "年　　月　　日"),
        ]
    )
    return form.finish(f"问题整改情况表 {issue.number}", sign)


def signoff_form(d: IssueDossier, fonts: FontSet) -> Section:
    """整改销号审批表: the issue, its measures and their completion, the evidence list,
    the unit's application, and boxes for 分管领导意见, 巡察办/纪检审核意见 and
    同意销号, each with a date. Cut between measures, as the issue sheet is, so the
    boxes never stand alone on a page."""
    return _cut_between_measures(d, fonts, _signoff_form)


def _signoff_form(d: IssueDossier, fonts: FontSet, keep: int | None = None) -> Section:
    form = _Form(fonts)
    form.title("整改销号审批表")
    shown = len(d.measures) if keep is None else keep
    count = max(1, shown)
    table, row = _facts(form, d, extra_rows=1 + count + 1 + (1 if keep is None else 0))
    issue = d.issue
    form.label(table, row, 0, "整改时限")
    form.write(table, row, 1, deadline_text(issue.responsibility), span=2)
    form.label(table, row, 3, "整改状态")
    form.write(table, row, 4, status_text(issue.status, issue.long_term), span=2)
    row = _measures(form, table, row + 1, d, completion=True, part=slice(0, shown))
    if keep is not None:
        table = form.next_page_table(len(d.measures) - keep + 2)
        row = _measures(form, table, 0, d, completion=True, part=slice(keep, None), continued=True)
    form.label(table, row, 0, "佐证材料")
    evidence = _evidence_lines(d)
    form.write(table, row, 1, evidence or ["", ""], middle=not evidence, span=5)

    form.cursor.movePosition(QTextCursor.MoveOperation.End)
    applied = d.latest_signoff(SignOffStep.APPLY)
    approved = d.latest_signoff(SignOffStep.APPROVE)
    sign = form.table(4, (GRID[0], 100.0 - GRID[0]))
    _no_top_border(sign)
    rows = (
        ("责任单位\n销号申请", applied.opinion if applied else "", "负责人（签字）：", applied),
        ("分管领导\n意见", "", "签字：", None),
        ("巡察办/纪检\n审核意见", "", "签字（盖章）：", None),
        ("同意销号", approved.opinion if approved else "", "签字（盖章）：", approved),
    )
    for i, (label, opinion, signer, step) in enumerate(rows):
        form.write(
            sign, i, 0, label.split("\n"), face=Face.HEITI, align=Qt.AlignmentFlag.AlignHCenter
        )
        person = f"{signer}{step.person}" if step and step.person else signer
        when = cn_date(step.date) if step else "年　　月　　日"
        top = opinion or ""
        spacer = form.box(sign, i, 1, top, f"{person}　　　　{when}")
        form.spacers.append([spacer])
    return form.finish(f"整改销号审批表 {issue.number}", sign)
