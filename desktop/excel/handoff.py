"""Hand-out workbooks (分发给责任单位): one per lead unit, holding only that unit's rows,
to be filled in Excel, WPS or LibreOffice and merged back (see ``merge.py``). No Qt and
no database: records in, files out.

Each workbook has three sheets:

* ``填报说明``: what to fill, what not to touch, when to send it back, in Chinese.
* ``台账``: a title, a sub-title (unit, date sent, return deadline), one header row and
  one row per measure (an issue without measures answers on one row itself), the
  issue's cells merged down its measure rows. The columns the unit fills (整改进展,
  整改状态, 完成日期, 备注, 佐证材料) are unlocked and highlighted; everything else is
  locked by sheet protection without a password (an expert can lift it, nobody edits a
  locked cell by accident). 整改状态 is a dropdown of the state names, 完成日期 takes
  dates only. Four hidden columns carry each row's issue and measure keys and
  revisions. Below the rows, a block of blank rows takes measures the unit adds.
* ``_handoff``: very hidden and protected. The manifest (ledger id, inspections,
  unit, export time, app version, format) and the values as sent, signed with the
  ledger's hand-off secret (HMAC-SHA256): the merge reads what the unit changed
  against these values, and a signature that no longer matches means the baseline was
  edited, so the file is refused rather than merged on a forged baseline.

A measure belongs to the unit that leads it, or to its issue's lead unit when it names
none (``effective_lead_unit``); an issue without measures belongs to its lead unit.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.collector import collector_paused
from desktop.domain.records import InspectionRecord, IssueRecord, MeasureRecord
from desktop.domain.statistics import effective_deadline, effective_lead_unit
from desktop.domain.status import LONG_TERM_LABEL, STATUS_LABELS, Status
from desktop.domain.text import clean_cell
from desktop.domain.texts import Message, Msg
from desktop.domain.titles import ledger_title
from desktop.excel.labels import date_text, status_text
from desktop.excel.safe import (
    FORMULA_STARTS,
    ExportCancelled,
    ExportError,
    release,
    replacing,
    text_problem,
    write_failure,
)
from desktop.excel.sniff import HANDOFF_DATA_SHEET
from desktop.excel.styles import (
    BODY_FONT,
    BODY_SIZE,
    DATE_FORMAT,
    HEADER_FONT,
    row_height,
    text_lines,
)
from desktop.excel.writer import LEDGER_SHEET, deadline_value

__all__ = [
    "DATA_SHEET",
    "FORMAT_VERSION",
    "INSTRUCTIONS_SHEET",
    "LEDGER_SHEET",
    "MAGIC",
    "HandoutRow",
    "HandoutSummary",
    "Manifest",
    "SentRow",
    "handout_file_name",
    "handout_rows",
    "sign",
    "write_handout",
]

INSTRUCTIONS_SHEET = "填报说明"
DATA_SHEET = HANDOFF_DATA_SHEET
# The first cell of the data sheet: how the app recognises its own files.
MAGIC = "rectify-handoff"
FORMAT_VERSION = 1
# The row of the data sheet after which the sent values follow.
ROWS_MARKER = "#rows"
# In the issue-key column, the row that opens the block for added measures.
ADDITIONS_MARKER = "#new"

TITLE_ROW = 0
SUBTITLE_ROW = 1
HEADER_ROW = 2  # zero-based; row 3 in Excel
FIRST_DATA_ROW = HEADER_ROW + 1
# Blank rows offered for measures the unit adds.
ADDITION_ROWS = 8
# The instructions' one column: as wide as an A4 portrait page holds (12-point text).
_INSTRUCTIONS_WIDTH = 76

# The states a unit may choose. 已销号 is not among them: sign-off is decided by the
# supervising office, not claimed by the unit.
STATE_CHOICES: tuple[str, ...] = (
    STATUS_LABELS[Status.NOT_STARTED],
    STATUS_LABELS[Status.IN_PROGRESS],
    STATUS_LABELS[Status.PARTIAL],
    STATUS_LABELS[Status.DONE],
    STATUS_LABELS[Status.POSTPONED],
    f"{STATUS_LABELS[Status.IN_PROGRESS]}，{LONG_TERM_LABEL}",
    f"{STATUS_LABELS[Status.PARTIAL]}，{LONG_TERM_LABEL}",
    f"{STATUS_LABELS[Status.DONE]}，{LONG_TERM_LABEL}",
)

# Highlight of the cells the unit fills (a pale yellow every office knows from forms).
EDIT_FILL = "#FFF2CC"
EDIT_HEADER_FILL = "#FFD966"
LOCKED_HEADER_FILL = "#D9D9D9"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# ------------------------------------------------------------------------ columns
@dataclass(frozen=True, slots=True)
class HandoffColumn:
    """One column of the hand-out ledger sheet. ``issue_level`` columns are merged down
    the issue's measure rows; ``editable`` ones are unlocked for the unit; ``hidden``
    ones carry keys and revisions."""

    field: str
    header: str
    width: float
    issue_level: bool = False
    editable: bool = False
    hidden: bool = False
    centred: bool = False


INSPECTION_COLUMN = HandoffColumn("inspection", "所属巡察", 14, issue_level=True)
VISIBLE_COLUMNS: tuple[HandoffColumn, ...] = (
    HandoffColumn("number", "序号", 6, issue_level=True, centred=True),
    HandoffColumn("issue_text", "问题描述", 34, issue_level=True),
    HandoffColumn("measure", "整改措施", 40),
    HandoffColumn("responsible_person", "责任人", 9, centred=True),
    HandoffColumn("deadline", "整改时限", 13, centred=True),
    HandoffColumn("progress", "整改进展", 34, editable=True),
    HandoffColumn("status", "整改状态", 13, editable=True, centred=True),
    HandoffColumn("completion_date", "完成日期", 16, editable=True, centred=True),
    HandoffColumn("remarks", "备注", 14, editable=True),
    HandoffColumn("evidence", "佐证材料", 20, editable=True),
)
KEY_COLUMNS: tuple[HandoffColumn, ...] = (
    HandoffColumn("issue_key", "问题编码", 10, hidden=True),
    HandoffColumn("issue_revision", "问题版本", 6, hidden=True),
    HandoffColumn("measure_key", "措施编码", 10, hidden=True),
    HandoffColumn("measure_revision", "措施版本", 6, hidden=True),
)
# The fields a unit fills, in column order.
EDITABLE_FIELDS: tuple[str, ...] = tuple(c.field for c in VISIBLE_COLUMNS if c.editable)
# Columns an added measure row takes besides the editable ones.
ADDITION_FIELDS: frozenset[str] = frozenset(
    {"number", "measure", "responsible_person", "deadline", *EDITABLE_FIELDS}
)


def sheet_columns(several_inspections: bool) -> tuple[HandoffColumn, ...]:
    """Every column of the ledger sheet, in order: visible ones, then the hidden keys."""
    visible = (INSPECTION_COLUMN, *VISIBLE_COLUMNS) if several_inspections else VISIBLE_COLUMNS
    return (*visible, *KEY_COLUMNS)


# ------------------------------------------------------------------- what is sent
@dataclass(frozen=True, slots=True)
class HandoutRow:
    """One row of a hand-out: a measure of the unit, or an issue without measures that
    answers for itself (``measure`` None), with the titles of the evidence on file."""

    issue: IssueRecord
    measure: MeasureRecord | None = None
    evidence: tuple[str, ...] = ()

    @property
    def entity(self) -> str:
        return "issue" if self.measure is None else "measure"

    @property
    def key(self) -> str:
        return self.issue.key if self.measure is None else self.measure.key


def handout_rows(
    issues: Sequence[IssueRecord],
    measures_by_issue: Mapping[int, Sequence[MeasureRecord]],
    evidence: Mapping[tuple[str, str], Sequence[str]] | None = None,
) -> dict[str, list[HandoutRow]]:
    """Rows by lead unit, in ledger order; units in order of first appearance. Rows
    that name no lead unit (neither the measure nor its issue) are under ``""``.
    ``evidence`` maps ``(entity, key)`` to the titles of the evidence on file."""
    evidence = evidence or {}
    by_unit: dict[str, list[HandoutRow]] = {}
    for issue in issues:
        measures = measures_by_issue.get(issue.id) or ()
        if not measures:
            unit = effective_lead_unit(issue, None).strip()
            titles = tuple(evidence.get(("issue", issue.key), ()))
            by_unit.setdefault(unit, []).append(HandoutRow(issue, None, titles))
            continue
        for measure in measures:
            unit = effective_lead_unit(issue, measure).strip()
            titles = tuple(evidence.get(("measure", measure.key), ()))
            by_unit.setdefault(unit, []).append(HandoutRow(issue, measure, titles))
    return by_unit


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a hand-out says about itself: which ledger it came from, for which unit and
    inspections, when, by which version of the app, and the return deadline."""

    ledger_id: str
    unit: str
    inspections: tuple[str, ...] = ()
    inspection_title: str = ""
    exported_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    due: date | None = None
    app_version: str = ""
    format: int = FORMAT_VERSION

    def pairs(self) -> list[tuple[str, str]]:
        """The manifest as the text pairs written to the data sheet (the signature
        covers exactly these)."""
        return [
            ("format", str(self.format)),
            ("ledger_id", self.ledger_id),
            ("unit", self.unit),
            ("inspections", ",".join(self.inspections)),
            ("inspection_title", self.inspection_title),
            ("exported_at", self.exported_at.isoformat(timespec="seconds")),
            ("due", self.due.isoformat() if self.due else ""),
            ("app_version", self.app_version),
            ("sheet", LEDGER_SHEET),
        ]

    @staticmethod
    def from_pairs(pairs: Mapping[str, str]) -> Manifest:
        """Read back :meth:`pairs`; raises ``ValueError`` on a malformed value."""
        due = pairs.get("due", "")
        inspections = pairs.get("inspections", "")
        return Manifest(
            ledger_id=pairs.get("ledger_id", ""),
            unit=pairs.get("unit", ""),
            inspections=tuple(k for k in inspections.split(",") if k),
            inspection_title=pairs.get("inspection_title", ""),
            exported_at=datetime.fromisoformat(pairs["exported_at"]),
            due=date.fromisoformat(due) if due else None,
            app_version=pairs.get("app_version", ""),
            format=int(pairs.get("format", "0")),
        )


# The columns of the sent-values table on the data sheet.
SENT_HEADERS: tuple[str, ...] = (
    "row",
    "issue_key",
    "issue_revision",
    "measure_key",
    "measure_revision",
    "number",
    "digest",
    "progress",
    "status",
    "long_term",
    "completion_date",
    "remarks",
    "evidence",
)


@dataclass(frozen=True, slots=True)
class SentRow:
    """One row as sent: where it is on the ledger sheet (1-based, as Excel shows it),
    whose it is (keys and revisions), a digest of its locked text (to spot a key moved
    to another row) and the values of the fields the unit may change, in record terms
    (status code, ISO date)."""

    row: int
    issue_key: str
    issue_revision: str
    measure_key: str
    measure_revision: str
    number: str
    digest: str
    progress: str
    status: str
    long_term: bool
    completion_date: str
    remarks: str
    evidence: tuple[str, ...]

    @property
    def entity(self) -> str:
        return "measure" if self.measure_key else "issue"

    @property
    def key(self) -> str:
        return self.measure_key or self.issue_key

    def cells(self) -> list[str]:
        """The row as written to the data sheet: text only, so that no program
        retypes it (a revision "3" stays "3", a date stays ISO text)."""
        return [
            str(self.row),
            self.issue_key,
            self.issue_revision,
            self.measure_key,
            self.measure_revision,
            self.number,
            self.digest,
            self.progress,
            self.status,
            "1" if self.long_term else "0",
            self.completion_date,
            self.remarks,
            "\n".join(self.evidence),
        ]

    @staticmethod
    def from_cells(cells: Sequence[str]) -> SentRow:
        """Read back :meth:`cells`; raises ``ValueError`` on a malformed row."""
        if len(cells) < len(SENT_HEADERS):
            raise ValueError("short row")
        status = Status(cells[8])  # raises ValueError for an unknown code
        return SentRow(
            row=int(cells[0]),
            issue_key=cells[1],
            issue_revision=cells[2],
            measure_key=cells[3],
            measure_revision=cells[4],
            number=cells[5],
            digest=cells[6],
            progress=cells[7],
            status=status.value,
            long_term=cells[9] == "1",
            completion_date=cells[10],
            remarks=cells[11],
            evidence=tuple(t for t in cells[12].split("\n") if t),
        )


def text_digest(text: str) -> str:
    """A short digest of a locked text (measure or issue), as the merge compares it:
    trimmed, line breaks made plain."""
    return hashlib.sha256(clean_cell(text).encode("utf-8")).hexdigest()[:16]


def _canonical(text: str) -> str:
    # Programs that re-save a workbook may turn "\r\n" into "\n"; the signature must not
    # depend on it.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sign(secret: bytes, pairs: Sequence[tuple[str, str]], rows: Sequence[Sequence[str]]) -> str:
    """The HMAC-SHA256 (hex) of the manifest pairs and the sent rows."""
    document = {
        "manifest": [[_canonical(k), _canonical(v)] for k, v in pairs],
        # Most cells have no carriage return: left as they are without a call.
        "rows": [[_canonical(c) if "\r" in c else c for c in row] for row in rows],
    }
    payload = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hmac.new(secret, payload, hashlib.sha256).hexdigest()


# ------------------------------------------------------------------------ writing
@dataclass(frozen=True, slots=True)
class HandoutSummary:
    """One hand-out written: where, for which unit, how many issues and rows."""

    path: Path
    unit: str
    issues: int
    rows: int


_FILE_NAME_BAD = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def handout_file_name(unit: str) -> str:
    """``<单位>_整改台账填报.xlsx``, without characters Windows forbids in names."""
    safe = _FILE_NAME_BAD.sub("_", unit).strip(" .") or "未指定单位"
    return f"{safe[:60]}_整改台账填报.xlsx"


class _Formats:
    """The formats of one hand-out workbook (xlsxwriter formats belong to their
    workbook; made once, not per cell)."""

    def __init__(self, workbook: Any) -> None:
        add = workbook.add_format
        body: dict[str, Any] = {
            "font_name": BODY_FONT,
            "font_size": BODY_SIZE,
            "valign": "vcenter",
            "text_wrap": True,
            "border": 1,
        }
        edit = body | {"locked": False, "bg_color": EDIT_FILL}
        self.title = add(
            {"font_name": BODY_FONT, "font_size": 16, "bold": True, "align": "center"}
            | {"valign": "vcenter", "text_wrap": True}
        )
        self.subtitle = add(
            {"font_name": BODY_FONT, "font_size": BODY_SIZE, "align": "left"}
            | {"valign": "vcenter", "text_wrap": True}
        )
        header = body | {"font_name": HEADER_FONT, "align": "center"}
        self.header = add(header | {"bg_color": LOCKED_HEADER_FILL})
        self.header_edit = add(header | {"bg_color": EDIT_HEADER_FILL})
        self.left = add(body | {"align": "left"})
        self.center = add(body | {"align": "center"})
        self.left_quoted = add(body | {"align": "left", "quote_prefix": True})
        self.center_quoted = add(body | {"align": "center", "quote_prefix": True})
        self.date = add(body | {"align": "center", "num_format": DATE_FORMAT})
        self.edit_left = add(edit | {"align": "left"})
        self.edit_center = add(edit | {"align": "center"})
        self.edit_left_quoted = add(edit | {"align": "left", "quote_prefix": True})
        self.edit_center_quoted = add(edit | {"align": "center", "quote_prefix": True})
        self.edit_date = add(edit | {"align": "center", "num_format": DATE_FORMAT})
        self.section = add(
            body | {"font_name": HEADER_FONT, "align": "left", "bg_color": EDIT_HEADER_FILL}
        )
        self.hidden = add({"font_size": 8, "locked": True})
        self.text = add(
            {"font_name": BODY_FONT, "font_size": 12, "text_wrap": True, "valign": "top"}
        )
        self.text_title = add(
            {"font_name": HEADER_FONT, "font_size": 16, "align": "center", "valign": "vcenter"}
        )
        self.text_heading = add({"font_name": HEADER_FONT, "font_size": 12, "valign": "top"})

    def cell(self, column: HandoffColumn, value: str, editable: bool) -> Any:
        """The format of a text cell: quoted when it would read as a formula."""
        quoted = bool(value) and value[0] in FORMULA_STARTS
        if editable:
            if column.centred:
                return self.edit_center_quoted if quoted else self.edit_center
            return self.edit_left_quoted if quoted else self.edit_left
        if column.centred:
            return self.center_quoted if quoted else self.center
        return self.left_quoted if quoted else self.left


Value = str | date | None


def _row_values(row: HandoutRow, inspections: Mapping[int, InspectionRecord]) -> dict[str, Value]:
    """A hand-out row's visible values by column field."""
    issue, measure = row.issue, row.measure
    own = measure if measure is not None else issue
    responsible = (
        measure.responsibility.responsible_person if measure is not None else ""
    ) or issue.responsibility.responsible_person
    inspection = inspections.get(issue.inspection_id)
    return {
        "inspection": (inspection.title if inspection else ""),
        "number": issue.number,
        "issue_text": issue.text,
        "measure": measure.text if measure is not None else "",
        "responsible_person": responsible,
        "deadline": deadline_value(effective_deadline(issue, measure)),
        "progress": own.progress,
        "status": status_text(own.status, own.long_term),
        "completion_date": own.completion_date,
        "remarks": own.remarks,
        "evidence": "\n".join(row.evidence),
    }


def _sent_row(line: int, row: HandoutRow) -> SentRow:
    issue, measure = row.issue, row.measure
    own = measure if measure is not None else issue
    return SentRow(
        row=line,
        issue_key=issue.key,
        issue_revision=str(issue.revision),
        measure_key=measure.key if measure is not None else "",
        measure_revision=str(measure.revision) if measure is not None else "",
        number=issue.number,
        digest=text_digest(measure.text if measure is not None else issue.text),
        progress=own.progress,
        status=own.status.value,
        long_term=own.long_term,
        completion_date=own.completion_date.isoformat() if own.completion_date else "",
        remarks=own.remarks,
        evidence=row.evidence,
    )


@collector_paused()
def write_handout(
    path: str | os.PathLike[str],
    rows: Sequence[HandoutRow],
    manifest: Manifest,
    secret: bytes,
    *,
    inspections: Sequence[InspectionRecord] = (),
    addition_rows: int = ADDITION_ROWS,
) -> HandoutSummary:
    """Write one unit's hand-out to ``path`` (replacing it only when complete).

    ``rows`` are the unit's rows in ledger order (see :func:`handout_rows`);
    ``inspections`` are the inspections they belong to (titles for the sheet). Raises
    :class:`ExportError` with a Chinese message when a text cannot be written (the
    target is then untouched).

    Written with the cyclic collector paused (``desktop.collector``): xlsxwriter keeps
    every cell as a tracked object until the file is closed, and the collector walking
    them again and again took about a quarter of the writing. It resumes after each
    file, so that a workbook's cycles are freed before the next one is made."""
    target = Path(path)
    by_id: dict[int, InspectionRecord] = {i.id: i for i in inspections}
    several = len({r.issue.inspection_id for r in rows}) > 1
    columns = sheet_columns(several)
    # Each row's values, made once: checked here, written below.
    values = [_row_values(row, by_id) for row in rows]
    _check_texts(rows, values, columns)

    import xlsxwriter  # heavy: only when writing

    with replacing(target) as temporary:
        workbook = xlsxwriter.Workbook(
            str(temporary), {"strings_to_formulas": False, "strings_to_urls": False}
        )
        try:
            formats = _Formats(workbook)
            sent = _write_workbook(
                workbook, formats, rows, values, manifest, secret, by_id, columns, addition_rows
            )
            workbook.set_properties(
                {"title": _sheet_title(manifest, by_id, rows), "comments": MAGIC}
            )
            workbook.close()
        except ExportError:
            with suppress(Exception):
                workbook.close()
            raise
        except OSError as exc:
            raise write_failure(target, exc) from exc
        except Exception as exc:
            raise write_failure(target, exc) from exc
        release(workbook)
    issues = len({r.issue.key for r in rows})
    return HandoutSummary(target, manifest.unit, issues, len(sent))


def _check_texts(
    rows: Sequence[HandoutRow],
    values: Sequence[Mapping[str, Value]],
    columns: Sequence[HandoffColumn],
) -> None:
    """Refuse, before writing anything, a text no cell can hold (too long, broken)."""
    headers = {c.field: c.header for c in columns}
    for row, row_values in zip(rows, values, strict=True):
        for name, value in row_values.items():
            if isinstance(value, str) and (found := text_problem(value)):
                raise ExportError(
                    Message(
                        Msg.HANDOUT_FIELD_REFUSED,
                        number=row.issue.number[:20],
                        get=headers.get(name, name),
                        found=found[1],
                    )
                )


def _sheet_title(
    manifest: Manifest, inspections: Mapping[int, InspectionRecord], rows: Sequence[HandoutRow]
) -> str:
    ids = {r.issue.inspection_id for r in rows}
    only = inspections.get(next(iter(ids))) if len(ids) == 1 else None
    return f"{ledger_title(only)}（{manifest.unit}填报）"


def _due_text(due: date | None) -> str:
    return f"请于{date_text(due)}前交回" if due else "请按通知要求的时间交回"


def _write_workbook(
    workbook: Any,
    formats: _Formats,
    rows: Sequence[HandoutRow],
    values: Sequence[Mapping[str, Value]],
    manifest: Manifest,
    secret: bytes,
    inspections: Mapping[int, InspectionRecord],
    columns: Sequence[HandoffColumn],
    addition_rows: int,
) -> list[SentRow]:
    title = _sheet_title(manifest, inspections, rows)
    info = workbook.add_worksheet(INSTRUCTIONS_SHEET)
    ledger = workbook.add_worksheet(LEDGER_SHEET)
    data = workbook.add_worksheet(DATA_SHEET)
    sent = _write_ledger_sheet(
        ledger, formats, rows, values, manifest, columns, title, addition_rows
    )
    _write_instructions(info, formats, manifest, rows, title)
    _write_data_sheet(data, manifest, sent, secret)
    info.activate()
    return sent


def _write_instructions(
    ws: Any, formats: _Formats, manifest: Manifest, rows: Sequence[HandoutRow], title: str
) -> None:
    """The instructions sheet: one wide column of short paragraphs."""
    issues = len({r.issue.key for r in rows})
    measures = sum(1 for r in rows if r.measure is not None)
    choices = "、".join(STATE_CHOICES[:5])
    lines: list[tuple[str, Any]] = [
        (f"{title}填报说明", formats.text_title),
        ("", None),
        (f"责任单位：{manifest.unit}", formats.text),
    ]
    if manifest.inspection_title:
        lines.append((f"所属巡察：{manifest.inspection_title}", formats.text))
    lines += [
        (f"分发日期：{date_text(manifest.exported_at.date())}", formats.text),
        (f"交回期限：{_due_text(manifest.due)}。", formats.text),
        (
            f"本表共有 {issues} 个问题"
            + (f"、{measures} 条整改措施" if measures else "")
            + "需要贵单位填报，请在“台账”工作表中填写。",
            formats.text,
        ),
        ("", None),
        ("一、需要填写的内容（“台账”工作表中浅黄色底纹的列）", formats.text_heading),
        ("1. 整改进展：写明已采取的措施、取得的成效和下一步打算；单元格内换行按 Alt+Enter。", None),
        (
            f"2. 整改状态：点单元格右侧的下拉箭头选择（{choices}）；需要长期坚持的，"
            "选带“长期坚持”的一项。“已销号”由整改工作牵头部门审核后标注，请勿填写。",
            None,
        ),
        (
            "3. 完成日期：整改措施完成的日期，如 2023/1/11 或 2023年1月11日；尚未完成的不填。",
            None,
        ),
        ("4. 备注：需要说明的其他情况。", None),
        ("5. 佐证材料：列出佐证材料的名称，每项一行；材料文件请随本表一并报送。", None),
        ("", None),
        ("二、请勿改动的内容", formats.text_heading),
        (
            "1. 灰色表头的列（序号、问题描述、整改措施、责任人、整改时限）已锁定；"
            "如有不同意见，请在“备注”中说明。",
            None,
        ),
        (
            "2. 请不要插入、删除、移动或排序行，不要修改工作表名称，不要删除隐藏的列和"
            "工作表：程序依靠它们把贵单位填写的内容准确合并回总台账。",
            None,
        ),
        ("3. 已销号的整改措施不需要填写。", None),
        ("", None),
        ("三、需要新增整改措施时", formats.text_heading),
        (
            "在“台账”工作表下方“新增整改措施”一栏的空行中，先在“序号”列选择所属问题的"
            "序号，再填写整改措施、责任人、整改时限和各项进展。",
            None,
        ),
        ("", None),
        ("四、保存和交回", formats.text_heading),
        (
            "可以用 Excel、WPS 或 LibreOffice 填写。填好后请保存为 .xlsx 格式"
            "（不要另存为 .xls、.et 或 PDF），文件名可以不改，按要求交回。",
            None,
        ),
    ]
    ws.set_column(0, 0, _INSTRUCTIONS_WIDTH)
    for r, (text, fmt) in enumerate(lines):
        fmt = fmt or formats.text
        if text:
            ws.write_string(r, 0, text, fmt)
            # 12-point text: fewer characters a line than the 11-point estimate.
            count = text_lines(text, _INSTRUCTIONS_WIDTH * BODY_SIZE / 12)
            ws.set_row(r, 30 if r == 0 else count * 16.0 + 6)
    ws.hide_gridlines(2)
    ws.set_paper(9)
    ws.set_margins(left=0.7, right=0.7, top=0.9, bottom=0.8)
    ws.fit_to_pages(1, 0)
    ws.protect("", {"select_locked_cells": True, "select_unlocked_cells": True})


def _write_ledger_sheet(
    ws: Any,
    formats: _Formats,
    rows: Sequence[HandoutRow],
    values: Sequence[Mapping[str, Value]],
    manifest: Manifest,
    columns: Sequence[HandoffColumn],
    title: str,
    addition_rows: int,
) -> list[SentRow]:
    """The ledger sheet; returns the rows as sent (with their sheet rows)."""
    visible = [c for c in columns if not c.hidden]
    last_visible = len(visible) - 1
    for col, column in enumerate(columns):
        options = {"hidden": True} if column.hidden else None
        ws.set_column(col, col, column.width, None, options)

    ws.merge_range(TITLE_ROW, 0, TITLE_ROW, last_visible, title, formats.title)
    ws.set_row(TITLE_ROW, 36)
    subtitle = (
        f"责任单位：{manifest.unit}\u3000\u3000分发日期："
        f"{date_text(manifest.exported_at.date())}\u3000\u3000{_due_text(manifest.due)}"
        "\u3000\u3000浅黄色底纹的列由责任单位填写"
    )
    ws.merge_range(SUBTITLE_ROW, 0, SUBTITLE_ROW, last_visible, subtitle, formats.subtitle)
    ws.set_row(SUBTITLE_ROW, 22)
    for col, column in enumerate(columns):
        fmt = formats.header_edit if column.editable else formats.header
        ws.write_string(HEADER_ROW, col, column.header, formats.hidden if column.hidden else fmt)
    ws.set_row(HEADER_ROW, 30)

    sent: list[SentRow] = []
    r = FIRST_DATA_ROW
    index = 0
    while index < len(rows):
        issue = rows[index].issue
        group = [rows[index]]
        while index + len(group) < len(rows) and rows[index + len(group)].issue.key == issue.key:
            group.append(rows[index + len(group)])
        _write_group(ws, formats, group, values[index : index + len(group)], columns, r)
        for offset, row in enumerate(group):
            sent.append(_sent_row(r + offset + 1, row))
        r += len(group)
        index += len(group)
    last_data = r - 1

    # The block for added measures: a marked section row, then blank unlocked rows.
    r += 1
    ws.merge_range(
        r,
        0,
        r,
        last_visible,
        "新增整改措施（如需新增，请在下方空行中先选择所属问题的序号，再填写各列；不需要的留空）",
        formats.section,
    )
    ws.write_string(r, _column_index(columns, "issue_key"), ADDITIONS_MARKER, formats.hidden)
    ws.set_row(r, 24)
    first_addition = r + 1
    for k in range(addition_rows):
        for col, column in enumerate(columns):
            if column.hidden:
                continue
            if column.field in ADDITION_FIELDS:
                fmt = (
                    formats.edit_date
                    if column.field == "completion_date"
                    else (formats.edit_center if column.centred else formats.edit_left)
                )
            else:
                fmt = formats.center if column.centred else formats.left
            ws.write_blank(first_addition + k, col, None, fmt)
        ws.set_row(first_addition + k, 30)
    last_row = first_addition + addition_rows - 1

    _validations(ws, columns, rows, FIRST_DATA_ROW, last_row, first_addition)
    ws.freeze_panes(FIRST_DATA_ROW, 0)
    ws.repeat_rows(HEADER_ROW)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.center_horizontally()
    ws.set_margins(left=0.6, right=0.6, top=1.1, bottom=0.8)
    ws.set_footer("&C第 &P 页 共 &N 页", {"margin": 0.3})
    ws.print_area(0, 0, max(last_data, last_row), last_visible)
    ws.protect(
        "",
        {
            "select_locked_cells": True,
            "select_unlocked_cells": True,
            "format_columns": True,
            "format_rows": True,
        },
    )
    return sent


def _column_index(columns: Sequence[HandoffColumn], name: str) -> int:
    return next(i for i, c in enumerate(columns) if c.field == name)


def _write_group(
    ws: Any,
    formats: _Formats,
    group: Sequence[HandoutRow],
    values: Sequence[Mapping[str, Value]],
    columns: Sequence[HandoffColumn],
    first: int,
) -> None:
    """One issue's rows (``values``: theirs by field): its issue-level cells merged
    down them."""
    last = first + len(group) - 1
    heights = [1] * len(group)
    write_string = ws.write_string
    hidden = formats.hidden
    for k, (row, row_values) in enumerate(zip(group, values, strict=True)):
        # A signed-off row is not the unit's to change: every cell stays locked.
        editable = (row.measure or row.issue).status is not Status.CLOSED
        r = first + k
        height = 1
        for col, column in enumerate(columns):
            if column.hidden:
                write_string(r, col, _key_value(row, column.field), hidden)
                continue
            if column.issue_level:
                if k:
                    continue
                _put_issue_cell(ws, formats, column, col, first, last, row_values[column.field])
                continue
            value = row_values[column.field]
            if value and value.__class__ is str:
                # The common cell, written here: text in its column's format.
                write_string(
                    r, col, value, formats.cell(column, value, column.editable and editable)
                )
                lines = text_lines(value, column.width)
                if lines > height:
                    height = lines
            else:
                _put(ws, formats, column, r, col, value, column.editable and editable)
        # Room to write in: at least two lines for a row the unit fills.
        heights[k] = max(height, 2) if editable else height
    merged = max(
        (
            text_lines(v, c.width)
            for c in columns
            if c.issue_level and isinstance(v := values[0][c.field], str) and v
        ),
        default=1,
    )
    short = merged - sum(heights)
    if short > 0:
        share, extra = divmod(short, len(group))
        heights = [h + share + (k < extra) for k, h in enumerate(heights)]
    for k, lines in enumerate(heights):
        ws.set_row(first + k, row_height(lines))


def _put_issue_cell(
    ws: Any, formats: _Formats, column: HandoffColumn, col: int, first: int, last: int, value: Value
) -> None:
    text = value if isinstance(value, str) else ""
    fmt = formats.cell(column, text, False)
    if last > first:
        ws.merge_range(first, col, last, col, "", fmt)
    if text:
        ws.write_string(first, col, text, fmt)
    else:
        ws.write_blank(first, col, None, fmt)


def _put(
    ws: Any,
    formats: _Formats,
    column: HandoffColumn,
    row: int,
    col: int,
    value: Value,
    editable: bool,
) -> None:
    if isinstance(value, date):
        ws.write_datetime(row, col, value, formats.edit_date if editable else formats.date)
    elif value:
        ws.write_string(row, col, value, formats.cell(column, value, editable))
    elif column.field == "completion_date":
        ws.write_blank(row, col, None, formats.edit_date if editable else formats.date)
    else:
        ws.write_blank(row, col, None, formats.cell(column, "", editable))


def _key_value(row: HandoutRow, name: str) -> str:
    if name == "issue_key":
        return row.issue.key
    if name == "issue_revision":
        return str(row.issue.revision)
    if name == "measure_key":
        return row.measure.key if row.measure is not None else ""
    return str(row.measure.revision) if row.measure is not None else ""


def _validations(
    ws: Any,
    columns: Sequence[HandoffColumn],
    rows: Sequence[HandoutRow],
    first: int,
    last: int,
    first_addition: int,
) -> None:
    status = _column_index(columns, "status")
    ws.data_validation(
        first,
        status,
        last,
        status,
        {
            "validate": "list",
            "source": list(STATE_CHOICES),
            "input_title": "整改状态",
            "input_message": "请点右侧箭头，从列表中选择",
            "error_title": "整改状态",
            "error_message": "请从下拉列表中选择整改状态",
        },
    )
    completion = _column_index(columns, "completion_date")
    ws.data_validation(
        first,
        completion,
        last,
        completion,
        {
            "validate": "date",
            "criteria": "between",
            "minimum": date(2000, 1, 1),
            "maximum": date(2099, 12, 31),
            "error_title": "完成日期",
            "error_message": "请填写日期，如 2023/1/11；尚未完成的请留空",
        },
    )
    numbers = list(dict.fromkeys(r.issue.number for r in rows if r.issue.number))
    # Excel caps an inline list at 255 characters; longer lists go without a dropdown.
    if numbers and len(",".join(numbers)) <= 255 and not any("," in n for n in numbers):
        number = _column_index(columns, "number")
        ws.data_validation(
            first_addition,
            number,
            last,
            number,
            {
                "validate": "list",
                "source": numbers,
                "error_type": "warning",
                "input_title": "所属问题",
                "input_message": "请选择新增措施所属问题的序号",
            },
        )


def _write_data_sheet(ws: Any, manifest: Manifest, sent: Sequence[SentRow], secret: bytes) -> None:
    """The hidden sheet: the manifest, its signature, then the values as sent."""
    pairs = manifest.pairs()
    cells = [row.cells() for row in sent]
    ws.write_string(0, 0, MAGIC)
    ws.write_string(0, 1, str(manifest.format))
    r = 1
    for key, value in [*pairs, ("signature", sign(secret, pairs, cells))]:
        ws.write_string(r, 0, key)
        if value:
            ws.write_string(r, 1, value)
        r += 1
    ws.write_string(r, 0, ROWS_MARKER)
    r += 1
    for col, name in enumerate(SENT_HEADERS):
        ws.write_string(r, col, name)
    for values in cells:
        r += 1
        for col, value in enumerate(values):
            if value:
                ws.write_string(r, col, value)
    ws.protect("")
    ws.very_hidden()


def units_in(rows_by_unit: Mapping[str, Iterable[HandoutRow]]) -> list[tuple[str, int]]:
    """The named units and how many rows each would get, in order of appearance."""
    return [(unit, sum(1 for _ in rows)) for unit, rows in rows_by_unit.items() if unit]


def write_handouts(
    folder: str | os.PathLike[str],
    rows_by_unit: Mapping[str, Sequence[HandoutRow]],
    units: Sequence[str],
    manifest: Manifest,
    secret: bytes,
    *,
    inspections: Sequence[InspectionRecord] = (),
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[HandoutSummary]:
    """One hand-out per unit in ``units`` into ``folder`` (``manifest.unit`` is
    replaced by each unit). ``progress(done, total)`` is called after each file and
    ``cancelled()`` asked before each; True stops with :class:`ExportCancelled` (the
    files already written stay: each is complete)."""
    out = Path(folder)
    if not out.is_dir():
        raise ExportError(Message(Msg.HANDOUT_FOLDER_MISSING, out=out))
    written: list[HandoutSummary] = []
    for n, unit in enumerate(units):
        if cancelled is not None and cancelled():
            raise ExportCancelled
        rows = rows_by_unit.get(unit) or ()
        if not rows:
            raise ExportError(Message(Msg.UNIT_NO_MEASURES, unit=unit))
        mine = Manifest(
            ledger_id=manifest.ledger_id,
            unit=unit,
            inspections=manifest.inspections,
            inspection_title=manifest.inspection_title,
            exported_at=manifest.exported_at,
            due=manifest.due,
            app_version=manifest.app_version,
        )
        written.append(
            write_handout(
                out / handout_file_name(unit), rows, mine, secret, inspections=inspections
            )
        )
        if progress is not None:
            progress(n + 1, len(units))
    return written
