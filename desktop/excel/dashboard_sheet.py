"""The dashboard (统计) as a workbook: the figures of a ``stats --json`` document
(``services.supervision_stats.statistics``) on sheets a clerk can print and paste into
a weekly or monthly report.

Sheets: 概况 (issues and measures by state with their shares, done and on-time rates,
postponements, sign-off), 按单位, 按类别, 逾期清单, 整改成效 and, when the document has
``changes``, 变化情况. Rates are percentages as numbers with two decimals, always beside
their counts. Every text cell is written as a string (a unit called ``=SUM(A1)`` stays
text); numbers are numbers. The file is written atomically (``desktop.files``): the
old file stays whole if anything fails.

No Qt and no database: the caller passes the statistics it already has.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.domain.dates import format_date
from desktop.domain.fields import field_name
from desktop.domain.statistics import NO_RATE, rate_text
from desktop.domain.status import LONG_TERM_LABEL, STATUS_LABELS, Status
from desktop.domain.supervision import (
    ACCOUNTABILITY_LABELS,
    FUNDS_LABELS,
    AccountabilityKind,
    FundsKind,
)
from desktop.excel.styles import cjk_width
from desktop.files import write_bytes

SHEET_OVERVIEW = "概况"
SHEET_UNITS = "按单位"
SHEET_CATEGORIES = "按类别"
SHEET_OVERDUE = "逾期清单"
SHEET_OUTCOMES = "整改成效"
SHEET_CHANGES = "变化情况"

_ACTION_LABELS = {"create": "新增", "update": "修改", "delete": "删除"}
_ENTITY_LABELS = {
    "inspection": "巡察",
    "category": "类别",
    "unit": "单位",
    "issue": "问题",
    "measure": "整改措施",
    "progress_note": "整改进展",
    "evidence": "佐证材料",
    "postponement": "延期申请",
    "sign_off": "销号",
    "outcome": "整改成效",
}
# A recorded field by its one name (domain.fields); an issue's ``text`` is its 问题描述.


@dataclass(frozen=True, slots=True)
class DashboardHeading:
    """What the figures are about, for the title rows: the scope (an inspection's
    title, or 全部巡察) and who made the workbook when."""

    scope: str = "全部巡察"
    made_by: str = ""
    made_on: date | None = None


def _opt_rate(value: object) -> object:
    """A rate cell: the number, or ``—`` when there is nothing to rate (the one rule,
    domain.statistics.share_percent)."""
    return NO_RATE if value is None else float(str(value))


def value_text(field: str, value: Any) -> str:
    """A value of a recorded change, as a clerk reads it: states by their Chinese
    name, lists joined with 、, yes/no for flags, nothing for none."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list | tuple):
        return "、".join(value_text(field, v) for v in value)
    if isinstance(value, dict):
        return "、".join(f"{k}：{value_text(field, v)}" for k, v in value.items())
    if field == "status":
        try:
            return STATUS_LABELS[Status(str(value))]
        except ValueError:
            return str(value)
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def field_text(field: str) -> str:
    return field_name(field)


def change_rows(changes: Sequence[Mapping[str, Any]]) -> list[tuple[str, ...]]:
    """The changes since a date as rows: time, operator, action, issue, what, field,
    old value, new value (or the summary of a record added or removed)."""
    rows: list[tuple[str, ...]] = []
    for c in changes:
        at = str(c.get("at") or "")
        try:
            when = datetime.fromisoformat(at).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            when = at
        number = c.get("issue_number")
        action = str(c.get("action") or "")
        entity = str(c.get("entity") or "")
        what = _ENTITY_LABELS.get(entity, entity)
        if action == "update":
            field = str(c.get("field") or "")
            old, new = value_text(field, c.get("old")), value_text(field, c.get("new"))
            field_name = field_text(field)
        else:
            field_name = _ACTION_LABELS.get(action, action)
            old, new = "", str(c.get("summary") or "")
            if action == "delete":
                old, new = new, ""
        rows.append(
            (
                when,
                str(c.get("operator") or ""),
                str(c.get("description") or ""),
                f"问题{number}" if number not in (None, "") else "",
                what,
                field_name,
                old,
                new,
            )
        )
    return rows


class _Sheet:
    """A worksheet with a title, a header row and typed cells; widths follow the
    longest value of each column (within reason)."""

    def __init__(self, book: Any, formats: dict[str, Any], name: str, heading: str) -> None:
        self.ws = book.add_worksheet(name)
        self.f = formats
        self.widths: dict[int, int] = {}
        self.row = 0
        self.ws.set_paper(9)  # A4
        self.ws.set_landscape()
        self.ws.fit_to_pages(1, 0)
        self.ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
        self.ws.set_footer("&C第 &P 页，共 &N 页")
        self.ws.write_string(0, 0, heading, formats["title"])
        self.row = 1

    def note(self, text: str) -> None:
        self.ws.write_string(self.row, 0, text, self.f["note"])
        self.row += 1

    def gap(self) -> None:
        self.row += 1

    def header(self, labels: Sequence[str], *, repeat: bool = False) -> None:
        for col, label in enumerate(labels):
            self.ws.write_string(self.row, col, label, self.f["head"])
            self._fit(col, label)
        if repeat:
            self.ws.repeat_rows(self.row)
            self.ws.freeze_panes(self.row + 1, 0)
        self.row += 1

    def line(self, values: Sequence[object], *, bold: bool = False) -> None:
        for col, value in enumerate(values):
            self.cell(self.row, col, value, bold=bold)
        self.row += 1

    def cell(self, row: int, col: int, value: object, *, bold: bool = False) -> None:
        suffix = "_bold" if bold else ""
        if value is None or value == "":
            self.ws.write_blank(row, col, None, self.f["text" + suffix])
        elif isinstance(value, bool):
            self.ws.write_string(row, col, "是" if value else "否", self.f["text" + suffix])
        elif isinstance(value, int):
            self.ws.write_number(row, col, value, self.f["int" + suffix])
            self._fit(col, str(value))
        elif isinstance(value, float):
            self.ws.write_number(row, col, value, self.f["rate" + suffix])
            self._fit(col, f"{value:.2f}")
        elif isinstance(value, _Money):
            self.ws.write_number(row, col, value.amount, self.f["money" + suffix])
            self._fit(col, f"{value.amount:.3f}")
        else:
            text = str(value)
            self.ws.write_string(row, col, text, self.f["text" + suffix])
            self._fit(col, text)

    def _fit(self, col: int, text: str) -> None:
        self.widths[col] = max(self.widths.get(col, 6), min(cjk_width(text) + 2, 60))

    def finish(self, wrap_columns: Sequence[int] = ()) -> None:
        for col, width in self.widths.items():
            if col in wrap_columns:
                self.ws.set_column(col, col, min(width, 50), self.f["wrap"])
            else:
                self.ws.set_column(col, col, width)


@dataclass(frozen=True, slots=True)
class _Money:
    """An amount in 万元, written with three decimals."""

    amount: float


def _formats(book: Any) -> dict[str, Any]:
    base = {"font_name": "宋体", "font_size": 11, "valign": "vcenter"}
    cell = {**base, "border": 1}
    formats = {
        "title": book.add_format({**base, "bold": True, "font_size": 14}),
        "note": book.add_format(base),
        "head": book.add_format(
            {**cell, "bold": True, "bg_color": "#DDEBF7", "align": "center", "text_wrap": True}
        ),
        "wrap": book.add_format({**base, "text_wrap": True, "valign": "top"}),
    }
    kinds = {
        "text": {},
        "int": {"num_format": "0", "align": "right"},
        "rate": {"num_format": "0.00", "align": "right"},
        "money": {"num_format": "0.000", "align": "right"},
    }
    for name, extra in kinds.items():
        formats[name] = book.add_format({**cell, **extra, "text_wrap": name == "text"})
        formats[name + "_bold"] = book.add_format(
            {**cell, **extra, "bold": True, "text_wrap": name == "text"}
        )
    return formats


def _dated(stats: Mapping[str, Any], heading: DashboardHeading) -> list[str]:
    """The lines under the title: as of when, since when, made by whom."""
    lines = [f"统计范围：{heading.scope}"]
    as_of = stats.get("as_of")
    if as_of:
        lines.append(f"统计时点：截至 {format_date(date.fromisoformat(as_of))}（历史状态）")
    else:
        lines.append(f"统计时点：{format_date(date.fromisoformat(stats['today']))}")
    since = stats.get("since")
    if since:
        lines.append(f"变化起始日期：{format_date(date.fromisoformat(since))}")
    made = heading.made_on or date.today()
    lines.append(f"制表：{heading.made_by}　{format_date(made)}" if heading.made_by else "")
    return [line for line in lines if line]


def _overview(sheet: _Sheet, stats: Mapping[str, Any], heading: DashboardHeading) -> None:
    for line in _dated(stats, heading):
        sheet.note(line)
    sheet.gap()
    issues, measures = stats["issues"], stats["measures"]
    sheet.header(("项目", "问题（个）", "占比（%）", "整改措施（条）", "占比（%）"))
    for status in Status:
        sheet.line(
            (
                STATUS_LABELS[status],
                int(issues["by_status"].get(status.value, 0)),
                float(issues["by_status_rate"].get(status.value, 0.0)),
                int(measures["by_status"].get(status.value, 0)),
                float(measures["by_status_rate"].get(status.value, 0.0)),
            )
        )
    sheet.line(("合计", int(issues["total"]), None, int(measures["total"]), None), bold=True)
    finished_i = sum(int(issues["by_status"].get(s.value, 0)) for s in Status if s.is_finished)
    finished_m = sum(int(measures["by_status"].get(s.value, 0)) for s in Status if s.is_finished)
    sheet.line(
        (
            "已完成（含已销号）",
            finished_i,
            _opt_rate(issues["done_rate"]),
            finished_m,
            _opt_rate(measures["done_rate"]),
        ),
        bold=True,
    )
    sheet.line(
        (f"其中{LONG_TERM_LABEL}", int(issues["long_term"]), None, int(measures["long_term"]), None)
    )
    sheet.line(("逾期未完成", int(issues["overdue"]), None, int(measures["overdue"]), None))
    sheet.gap()

    on_time = stats.get("on_time_rate") or {}
    oi, om = on_time.get("issues") or {}, on_time.get("measures") or {}
    sheet.header(("按期完成情况", "问题", "", "整改措施", ""))
    sheet.line(("按期完成", int(oi.get("on_time", 0)), None, int(om.get("on_time", 0)), None))
    sheet.line(("超期完成", int(oi.get("late", 0)), None, int(om.get("late", 0)), None))
    sheet.line(
        (
            "按期完成率（%）",
            int(oi.get("finished_with_deadline", 0)),
            _rate_or_text(oi.get("rate")),
            int(om.get("finished_with_deadline", 0)),
            _rate_or_text(om.get("rate")),
        )
    )
    sheet.line(("完成日期不明", int(oi.get("unknown", 0)), None, int(om.get("unknown", 0)), None))
    sheet.gap()

    postponed = stats.get("postponed") or {}
    sign_off = stats.get("sign_off") or {}
    sheet.header(("延期与销号", "数量", "", "", ""))
    for label, value in (
        ("已批准延期的问题", postponed.get("issues", 0)),
        ("已批准延期的整改措施", postponed.get("measures", 0)),
        ("待审批的延期申请", postponed.get("pending", 0)),
        ("销号待审核", sign_off.get("pending", 0)),
        ("销号已退回", sign_off.get("returned", 0)),
        ("已销号", sign_off.get("approved", 0)),
        ("销号后重新打开", sign_off.get("reopened", 0)),
    ):
        sheet.line((label, int(value)))
    for warning in stats.get("warnings") or ():
        sheet.note(str(warning))
    sheet.finish()


def _rate_or_text(rate: Any) -> object:
    return float(rate) if rate is not None else "—"


def _groups(sheet: _Sheet, rows: Sequence[Mapping[str, Any]], key: str, label: str) -> None:
    sheet.header(
        (
            label,
            "问题数",
            "已完成",
            "逾期",
            "完成率（%）",
            "措施数",
            "已完成",
            "逾期",
            "完成率（%）",
        ),
        repeat=True,
    )
    totals = [0, 0, 0, 0, 0, 0]
    for row in rows:
        i, m = row["issues"], row["measures"]
        values = (i["total"], i["finished"], i["overdue"], m["total"], m["finished"], m["overdue"])
        totals = [t + int(v) for t, v in zip(totals, values, strict=True)]
        sheet.line(
            (
                str(row[key]),
                int(i["total"]),
                int(i["finished"]),
                int(i["overdue"]),
                _opt_rate(i["rate"]),
                int(m["total"]),
                int(m["finished"]),
                int(m["overdue"]),
                _opt_rate(m["rate"]),
            )
        )
    if len(rows) > 1:
        # Each issue and each measure sits in exactly one group (its lead unit, its
        # top-level category), so the groups add up to the whole.
        sheet.line(
            (
                "合计",
                totals[0],
                totals[1],
                totals[2],
                _pct(totals[1], totals[0]),
                totals[3],
                totals[4],
                totals[5],
                _pct(totals[4], totals[3]),
            ),
            bold=True,
        )
    sheet.finish()


def _pct(part: int, whole: int) -> float:
    return round(100 * part / whole, 2) if whole else 0.0


def _overdue(sheet: _Sheet, stats: Mapping[str, Any]) -> None:
    items = stats.get("overdue") or []
    truncated = stats.get("overdue_truncated")
    if truncated:
        sheet.note(f"共 {truncated} 项逾期，此处列出逾期最久的 {len(items)} 项。")
    sheet.header(
        ("序号", "问题", "措施", "内容", "牵头单位", "整改时限", "逾期天数", "整改状态"),
        repeat=True,
    )
    for n, item in enumerate(items, start=1):
        seq = item.get("seq")
        try:
            status = STATUS_LABELS[Status(item.get("status"))]
        except ValueError:
            status = str(item.get("status") or "")
        sheet.line(
            (
                n,
                f"问题{item['number']}",
                f"第{seq}条" if seq else "",
                str(item.get("text") or ""),
                str(item.get("lead_unit") or ""),
                format_date(date.fromisoformat(item["deadline"])),
                int(item["days_overdue"]),
                status,
            )
        )
    sheet.finish(wrap_columns=(3,))
    sheet.ws.set_column(3, 3, 50, sheet.f["wrap"])


def _outcomes(sheet: _Sheet, stats: Mapping[str, Any]) -> None:
    outcomes = stats.get("outcomes") or {}
    sheet.header(("项目", "数量", "单位"))
    sheet.line(("建章立制", int(outcomes.get("rules_made", 0)), "项"), bold=True)
    accountability = outcomes.get("accountability") or {}
    for kind in AccountabilityKind:
        sheet.line(
            (f"问责：{ACCOUNTABILITY_LABELS[kind]}", int(accountability.get(kind.value, 0)), "人")
        )
    sheet.line(("问责合计", int(outcomes.get("people_total", 0)), "人"), bold=True)
    funds = outcomes.get("funds") or {}
    for fkind in FundsKind:
        sheet.line((FUNDS_LABELS[fkind], _Money(float(funds.get(fkind.value, 0.0))), "万元"))
    sheet.line(("资金合计", _Money(float(outcomes.get("funds_total", 0.0))), "万元"), bold=True)
    sheet.finish()


def _changes(
    sheet: _Sheet, stats: Mapping[str, Any], rows: Callable[[Sequence[Mapping[str, Any]]], Any]
) -> None:
    changes = stats.get("changes") or []
    sheet.note(f"共 {len(changes)} 处变化。")
    sheet.header(("时间", "操作人", "操作", "问题", "对象", "字段", "原值", "新值"), repeat=True)
    for values in rows(changes):
        sheet.line(values)
    sheet.finish(wrap_columns=(2, 6, 7))


def write_dashboard(
    target: Path | str,
    stats: Mapping[str, Any],
    heading: DashboardHeading | None = None,
) -> Path:
    """Write the statistics document ``stats`` to the workbook ``target`` (replaced
    atomically). Raises :class:`desktop.files.WriteFailed` when it cannot be written."""
    import io

    import xlsxwriter

    heading = heading or DashboardHeading()
    target = Path(target)
    title = "整改情况统计"
    # Built in memory (a few hundred kilobytes at most) and then written atomically, so
    # a disk error surfaces as WriteFailed and never as a half-written workbook.
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    formats = _formats(book)
    _overview(_Sheet(book, formats, SHEET_OVERVIEW, title), stats, heading)
    _groups(
        _Sheet(book, formats, SHEET_UNITS, f"{title}（按责任单位）"),
        stats.get("by_unit") or [],
        "unit",
        "责任单位",
    )
    _groups(
        _Sheet(book, formats, SHEET_CATEGORIES, f"{title}（按问题类别）"),
        stats.get("by_category") or [],
        "category",
        "问题类别",
    )
    _overdue(_Sheet(book, formats, SHEET_OVERDUE, "逾期未完成清单"), stats)
    _outcomes(_Sheet(book, formats, SHEET_OUTCOMES, "整改成效"), stats)
    if "changes" in stats:
        _changes(_Sheet(book, formats, SHEET_CHANGES, "变化情况"), stats, change_rows)
    book.close()
    write_bytes(target, buffer.getvalue())
    return target


__all__ = [
    "SHEET_CATEGORIES",
    "SHEET_CHANGES",
    "SHEET_OUTCOMES",
    "SHEET_OVERDUE",
    "SHEET_OVERVIEW",
    "SHEET_UNITS",
    "DashboardHeading",
    "change_rows",
    "field_text",
    "rate_text",
    "value_text",
    "write_dashboard",
]
