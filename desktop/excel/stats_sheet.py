"""The statistics sheet (统计) of the exported workbook: issues and measures by state,
by lead unit and by category, with rates beside their counts, then the overdue and
due-soon lists. Every figure is a value, never a formula; the counting itself is
``domain.statistics``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop.domain.records import InspectionRecord
from desktop.domain.statistics import (
    NO_RATE,
    DueItem,
    GroupTally,
    LedgerStatistics,
    Tally,
    share_percent,
)
from desktop.domain.status import STATUS_LABELS, Status
from desktop.domain.texts import Message, Msg
from desktop.excel.labels import date_text, statistics_title, status_text
from desktop.excel.safe import FORMULA_STARTS, ExportError
from desktop.excel.styles import Styles, row_height, text_lines

# Column widths (Excel units): a label column, then figures. The lists below the tables
# merge some of these columns to make room for the issue and measure texts.
_WIDTHS = (24, 11, 10, 10, 11, 10, 10, 11, 15, 10, 12)
_LAST_COL = len(_WIDTHS) - 1
# The lists' columns: (first, last) column of each field.
_LIST_SPANS = ((0, 0), (1, 1), (2, 4), (5, 7), (8, 8), (9, 9), (10, 10))
_GROUP_HEADERS = (
    "问题（个）",
    "已完成",
    "完成率",
    "整改措施（条）",
    "已完成",
    "完成率",
    "逾期措施（条）",
)


class _Rows:
    """Writes rows strictly downwards (constant-memory mode) and checks every call."""

    def __init__(self, worksheet: Any, styles: Styles) -> None:
        self.ws = worksheet
        self.styles = styles
        self.row = 0

    def _check(self, code: int, col: int) -> None:
        if code:
            raise ExportError(
                Message(
                    Msg.STATS_CELL_FAILED,
                    get_name=self.ws.get_name(),
                    row=self.row + 1,
                    col=col + 1,
                    code=code,
                )
            )

    def text(self, col: int, value: str, fmt: Any, last_col: int | None = None) -> None:
        if last_col is not None and last_col > col:
            self._check(self.ws.merge_range(self.row, col, self.row, last_col, "", fmt), col)
        if value:
            if value[0] in FORMULA_STARTS:
                fmt = self.styles.left_quoted
            self._check(self.ws.write_string(self.row, col, value, fmt), col)
        else:
            self._check(self.ws.write_blank(self.row, col, None, fmt), col)

    def number(self, col: int, value: float | None, fmt: Any) -> None:
        if value is None:
            self._check(self.ws.write_blank(self.row, col, None, fmt), col)
        else:
            self._check(self.ws.write_number(self.row, col, value, fmt), col)

    def share(self, col: int, value: float | None, fmt: Any) -> None:
        """A rate: the fraction, or ``—`` when there is nothing to rate (as the app)."""
        if value is None:
            self._check(self.ws.write_string(self.row, col, NO_RATE, fmt), col)
        else:
            self._check(self.ws.write_number(self.row, col, value, fmt), col)

    def day(self, col: int, value: date) -> None:
        self._check(self.ws.write_datetime(self.row, col, value, self.styles.date), col)

    def height(self, points: float) -> None:
        self._check(self.ws.set_row(self.row, points), 0)

    def next(self, skip: int = 1) -> None:
        self.row += skip


def write_statistics_sheet(
    worksheet: Any,
    styles: Styles,
    stats: LedgerStatistics,
    inspection: InspectionRecord | None = None,
) -> None:
    """Write the statistics of ``stats`` into ``worksheet`` (of a constant-memory
    workbook: rows go strictly downwards)."""
    for col, width in enumerate(_WIDTHS):
        worksheet.set_column(col, col, width)
    out = _Rows(worksheet, styles)
    out.height(32)
    out.text(0, statistics_title(inspection), styles.title, _LAST_COL)
    out.next()
    out.text(
        0,
        f"统计截至 {date_text(stats.as_of)}。完成率 =（已完成 + 已销号）÷ 总数；"
        "逾期指整改时限已过仍未完成。",
        styles.subtitle,
        _LAST_COL,
    )
    out.next(2)
    _by_status(out, styles, stats)
    out.next()
    _groups(out, styles, "二、按牵头单位统计", "牵头单位", stats.by_unit, stats)
    out.next()
    _groups(out, styles, "三、按问题类别统计", "问题类别", stats.by_category, stats)
    out.next()
    _due_list(
        out,
        styles,
        f"四、逾期未完成事项（{len(stats.overdue)} 项）",
        "逾期天数",
        stats.overdue,
    )
    out.next()
    _due_list(
        out,
        styles,
        f"五、{stats.due_soon_days} 日内到期事项（{len(stats.due_soon)} 项）",
        "剩余天数",
        stats.due_soon,
    )

    worksheet.set_landscape()
    worksheet.set_paper(9)
    worksheet.fit_to_pages(1, 0)
    worksheet.center_horizontally()
    worksheet.set_margins(left=0.6, right=0.6, top=1.1, bottom=0.8)
    worksheet.set_footer("&C第 &P 页 共 &N 页", {"margin": 0.3})


def _headers(out: _Rows, styles: Styles, spans: Sequence[tuple[int, int, str]]) -> None:
    """A header row of (first column, last column, text), tall enough for its text."""
    lines = max(text_lines(text, sum(_WIDTHS[a : b + 1])) for a, b, text in spans)
    out.height(row_height(lines))
    for first, last, text in spans:
        out.text(first, text, styles.header, last)
    out.next()


def _section(out: _Rows, styles: Styles, heading: str) -> None:
    out.height(22)
    out.text(0, heading, styles.section, _LAST_COL)
    out.next()


def _share(part: int, total: int) -> float | None:
    """A share as a fraction for a percent cell; None (written —) for nothing to rate:
    domain.statistics.share_percent, the app's rule."""
    return None if share_percent(part, total) is None else part / total


def _by_status(out: _Rows, styles: Styles, stats: LedgerStatistics) -> None:
    _section(out, styles, "一、按整改状态统计")
    headers = ("整改状态", "问题（个）", "占比", "整改措施（条）", "占比")
    _headers(out, styles, [(col, col, text) for col, text in enumerate(headers)])
    issues, measures = stats.issues, stats.measures

    def line(label: str, n_issues: int, n_measures: int, fmt: Any = styles.left) -> None:
        out.height(row_height(text_lines(label, _WIDTHS[0])))
        out.text(0, label, fmt)
        out.number(1, n_issues, styles.integer)
        out.share(2, _share(n_issues, issues.total), styles.percent)
        out.number(3, n_measures, styles.integer)
        out.share(4, _share(n_measures, measures.total), styles.percent)
        out.next()

    for status in Status:
        line(STATUS_LABELS[status], issues.by_status[status], measures.by_status[status])
    line("合计", issues.total, measures.total, styles.label)
    line("完成率（已完成＋已销号）", issues.finished, measures.finished, styles.label)
    line("其中：长期坚持", issues.long_term, measures.long_term)
    line("逾期未完成", issues.overdue, measures.overdue)


def _groups(
    out: _Rows,
    styles: Styles,
    heading: str,
    label: str,
    groups: Sequence[GroupTally],
    stats: LedgerStatistics,
) -> None:
    _section(out, styles, heading)
    _headers(out, styles, [(col, col, text) for col, text in enumerate((label, *_GROUP_HEADERS))])

    def line(name: str, issues: Tally, measures: Tally, fmt: Any) -> None:
        out.height(row_height(text_lines(name, _WIDTHS[0])))
        out.text(0, name, fmt)
        out.number(1, issues.total, styles.integer)
        out.number(2, issues.finished, styles.integer)
        out.share(3, _share(issues.finished, issues.total), styles.percent)
        out.number(4, measures.total, styles.integer)
        out.number(5, measures.finished, styles.integer)
        out.share(6, _share(measures.finished, measures.total), styles.percent)
        out.number(7, measures.overdue, styles.integer)
        out.next()

    for group in groups:
        line(group.name, group.issues, group.measures, styles.left)
    line("合计", stats.issues, stats.measures, styles.label)


def _due_list(
    out: _Rows, styles: Styles, heading: str, days_header: str, items: Sequence[DueItem]
) -> None:
    _section(out, styles, heading)
    headers = ("牵头单位", "问题序号", "问题描述", "整改措施", "整改时限", days_header, "整改状态")
    _headers(out, styles, [(a, b, text) for (a, b), text in zip(_LIST_SPANS, headers, strict=True)])
    if not items:
        out.text(0, "无", styles.center, _LAST_COL)
        out.next()
        return
    text_width = sum(_WIDTHS[2:5])
    for item in items:
        lines = max(
            text_lines(item.issue_text, text_width),
            text_lines(item.measure_text, text_width),
            text_lines(item.lead_unit, _WIDTHS[0]),
        )
        # Merged cells never grow their row by themselves: size it here.
        out.height(row_height(lines))
        out.text(0, item.lead_unit, styles.left)
        out.text(1, item.issue_number, styles.center)
        out.text(2, item.issue_text, styles.left, 4)
        out.text(5, item.measure_text, styles.left, 7)
        out.day(8, item.deadline)
        out.number(9, item.days, styles.integer)
        out.text(10, status_text(item.status, item.long_term), styles.center)
        out.next()
