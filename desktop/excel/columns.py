"""The one column spec of the ledger sheet, for export and import alike.

Each column names a record field, the header we write, the header words seen in real
ledgers (``docs/architecture.md``, "Excel ledgers"; data, extend freely), whether it
belongs to the issue (merged across its measure rows) or to the measure, its kind and
its width in characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.text import key_text
from desktop.domain.texts import Message, Msg, listed


class Level(StrEnum):
    """Whose value a column holds: the issue's (merged across its measure rows) or the
    measure's (one per row)."""

    ISSUE = "issue"
    MEASURE = "measure"


class Kind(StrEnum):
    """How a column's cells are read and written."""

    TEXT = "text"
    NUMBER_LABEL = "number_label"  # issue number as written: "1", "一", "（三）"
    DATE = "date"
    DEADLINE = "deadline"  # a date or a rule word (立行立改, 长期坚持)
    STATUS = "status"
    UNITS = "units"  # several unit names in one cell
    CATEGORY = "category"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the ledger sheet."""

    field: str
    header: str
    synonyms: tuple[str, ...]
    level: Level
    kind: Kind = Kind.TEXT
    width: float = 12
    required: bool = False

    def matches(self, header_text: str) -> bool:
        """Whether a header cell names this column (ignoring spaces, widths, a colon)."""
        key = key_text(header_text)
        return key in _SYNONYM_KEYS[self.field]


COLUMNS: tuple[Column, ...] = (
    Column(
        "number",
        "序号",
        ("序号", "问题序号", "问题编号", "编号", "整改序号"),
        Level.ISSUE,
        Kind.NUMBER_LABEL,
        6,
        required=True,
    ),
    Column(
        "category",
        "问题类别",
        ("问题类别", "类别", "方面", "问题类型", "所属方面"),
        Level.ISSUE,
        Kind.CATEGORY,
        12,
    ),
    Column(
        "text",
        "问题描述",
        ("问题描述", "反馈问题", "存在问题", "具体问题", "问题表现", "巡察反馈问题", "问题"),
        Level.ISSUE,
        Kind.TEXT,
        40,
        required=True,
    ),
    Column("goal", "整改目标", ("整改目标", "目标要求"), Level.ISSUE, Kind.TEXT, 20),
    Column(
        "measure",
        "整改措施",
        ("整改措施", "措施", "整改举措", "具体措施"),
        Level.MEASURE,
        Kind.TEXT,
        45,
    ),
    Column(
        "lead_leader", "责任领导", ("责任领导", "牵头领导", "分管领导"), Level.ISSUE, Kind.TEXT, 10
    ),
    Column(
        "lead_unit",
        "牵头单位",
        ("牵头单位", "责任单位", "责任部门", "责任科室", "责任股室"),
        Level.MEASURE,
        Kind.TEXT,
        12,
    ),
    Column(
        "cooperating_units",
        "配合单位",
        ("配合单位", "协办单位", "配合部门"),
        Level.MEASURE,
        Kind.UNITS,
        12,
    ),
    Column(
        "responsible_person",
        "责任人",
        ("责任人", "具体责任人", "责任专干"),
        Level.MEASURE,
        Kind.TEXT,
        9,
    ),
    Column(
        "deadline",
        "整改时限",
        ("整改时限", "完成时限", "完成时间", "时限"),
        Level.MEASURE,
        Kind.DEADLINE,
        12,
    ),
    Column(
        "progress",
        "整改进展",
        ("整改进展", "整改进展情况", "整改情况", "完成情况", "进展情况"),
        Level.MEASURE,
        Kind.TEXT,
        30,
    ),
    Column(
        "status",
        "整改状态",
        ("整改状态", "整改进度", "是否完成", "完成状态"),
        Level.MEASURE,
        Kind.STATUS,
        10,
    ),
    Column(
        "evidence", "佐证材料", ("佐证材料", "佐证资料", "证明材料"), Level.MEASURE, Kind.TEXT, 16
    ),
    Column(
        "completion_date",
        "完成日期",
        ("完成日期", "销号时间", "销号日期"),
        Level.ISSUE,
        Kind.DATE,
        12,
    ),
    Column("remarks", "备注", ("备注",), Level.ISSUE, Kind.TEXT, 12),
)

_SYNONYM_KEYS: dict[str, frozenset[str]] = {
    c.field: frozenset(key_text(s) for s in c.synonyms) for c in COLUMNS
}

BY_FIELD: dict[str, Column] = {c.field: c for c in COLUMNS}


def column_for_header(header_text: str) -> Column | None:
    """The column a header cell names, or None."""
    key = key_text(header_text)
    for column in COLUMNS:
        if key in _SYNONYM_KEYS[column.field]:
            return column
    return None


# How several values share one cell, in both directions: a category path (outermost
# first) and the cooperating units.
CATEGORY_SEPARATOR = " / "
UNITS_SEPARATOR = "、"


class UnknownColumn(ValueError):
    """A column choice names no column of the spec."""

    def __init__(self, name: str) -> None:
        self.name = name
        known = listed(c.header for c in COLUMNS)
        super().__init__(Message(Msg.UNKNOWN_EXPORT_COLUMN, name=name, known=known))


def export_columns(choice: Sequence[str] | None = None) -> tuple[Column, ...]:
    """The columns to write, in the user's order: each named by its field (``"text"``)
    or by a header word (``"问题描述"``); all columns in spec order when ``choice`` is
    None or empty. Repeats are dropped; an unknown name raises :class:`UnknownColumn`."""
    if not choice:
        return COLUMNS
    chosen: list[Column] = []
    for name in choice:
        column = BY_FIELD.get(name) or column_for_header(name)
        if column is None:
            raise UnknownColumn(name)
        if column not in chosen:
            chosen.append(column)
    return tuple(chosen)
