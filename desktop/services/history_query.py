"""Reading the history for people: every change (who, when, from where, which record,
which field, old and new value), for one issue or the whole ledger, filtered. The
history viewer (``ui``) shows these rows; it never reads the history table itself.

Values are stored as JSON; :func:`display_value` turns them into the text a clerk
reads (lists joined with 、, yes/no, status names, dates as written).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

# SQLAlchemy and the models are imported where a query runs: the window's history
# table needs HistoryRow at start-up, before any ledger is read through SQLAlchemy.
from desktop.domain.status import STATUS_LABELS, Status
from desktop.domain.texts import Message, Msg, translate_label

if TYPE_CHECKING:
    from desktop.services.unit_of_work import LedgerAccess

SOURCE_LABELS: dict[str, str] = {
    "form": "手工修改",
    "import": "导入",
    "merge": "合并回收台账",
    "notice": "读入通报",
    "undo": "撤销/重做",
}
ACTION_LABELS: dict[str, str] = {"create": "新增", "update": "修改", "delete": "删除"}
ENTITY_LABELS: dict[str, str] = {
    "inspection": "巡察",
    "category": "类别",
    "unit": "单位",
    "issue": "问题",
    "measure": "整改措施",
    "progress_note": "整改进展",
    "evidence": "佐证材料",
    "sign_off": "销号",
    "outcome": "整改成效",
}


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """Which history rows to show; empty fields do not filter. ``text`` matches the
    old or new value, the batch's description and its file name."""

    issue_id: int | None = None
    operator: str = ""
    source: str = ""  # form | import | merge | notice | undo
    entity: str = ""
    field: str = ""
    since: date | None = None
    until: date | None = None  # inclusive
    text: str = ""
    batch_id: int | None = None


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One change as the viewer shows it. ``old``/``new`` are display text; the raw
    JSON stays in ``old_json``/``new_json``. ``issue_number`` names the issue the
    change belongs to (when it still exists)."""

    entry_id: int
    batch_id: int
    at: datetime
    operator: str
    source: str
    description: str
    file: str
    entity: str
    entity_key: str
    issue_number: str
    action: str
    field: str
    old: str
    new: str
    old_json: str | None
    new_json: str | None
    # The key of the issue the change belongs to ("" for inspections, categories,
    # units), so that a viewer can open it.
    issue_key: str = ""
    # The server's login for the batch (a ledger on PostgreSQL; None on a file).
    login: str | None = None

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS.get(self.source, self.source)

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def entity_label(self) -> str:
        return ENTITY_LABELS.get(self.entity, self.entity)


def display_value(raw: str | None, field: str = "") -> str:
    """A stored JSON value as text for people."""
    if raw is None:
        return ""
    try:
        value = json.loads(raw)
    except ValueError:
        return raw
    return _display(value, field)


def _display(value: Any, field: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return Message(Msg.YES_WORD) if value else Message(Msg.NO_WORD)
    if isinstance(value, list):
        return Message(Msg.LIST_SEPARATOR).join(_display(v, field) for v in value)
    if isinstance(value, dict):
        # A whole record (create/delete): its text says what it was.
        for key in ("text", "title", "name"):
            if value.get(key):
                return str(value[key])
        return ""
    if field == "status" and isinstance(value, str):
        try:
            return translate_label(STATUS_LABELS[Status(value)])
        except ValueError:
            return value
    return str(value)


def find_history(
    service: LedgerAccess, flt: HistoryFilter | None = None, limit: int = 2000
) -> list[HistoryRow]:
    """History rows matching ``flt``, newest first, at most ``limit``."""
    from sqlalchemy import or_, select

    from desktop.storage.models import History, HistoryBatch, Issue

    flt = flt or HistoryFilter()
    query = (
        select(History, HistoryBatch, Issue.number)
        .join(HistoryBatch, History.batch_id == HistoryBatch.id)
        .outerjoin(Issue, Issue.key == History.issue_key)
        .order_by(History.id.desc())
    )
    with service.uow.read() as s:
        if flt.issue_id is not None:
            key = s.scalar(select(Issue.key).where(Issue.id == flt.issue_id))
            if key is None:
                return []
            query = query.where(History.issue_key == key)
        if flt.operator:
            query = query.where(HistoryBatch.operator == flt.operator)
        if flt.source:
            query = query.where(HistoryBatch.source == flt.source)
        if flt.entity:
            query = query.where(History.entity == flt.entity)
        if flt.field:
            query = query.where(History.field == flt.field)
        if flt.batch_id is not None:
            query = query.where(History.batch_id == flt.batch_id)
        if flt.since is not None:
            query = query.where(HistoryBatch.at >= datetime.combine(flt.since, time.min))
        if flt.until is not None:
            query = query.where(HistoryBatch.at <= datetime.combine(flt.until, time.max))
        if flt.text:
            like = f"%{flt.text}%"
            query = query.where(
                or_(
                    History.old.like(like),
                    History.new.like(like),
                    HistoryBatch.description.like(like),
                    HistoryBatch.file.like(like),
                )
            )
        return [
            HistoryRow(
                entry_id=h.id,
                batch_id=b.id,
                at=b.at,
                operator=b.operator,
                source=b.source,
                description=b.description,
                file=b.file,
                entity=h.entity,
                entity_key=h.entity_key,
                issue_number=number or "",
                action=h.action,
                field=h.field,
                old=display_value(h.old, h.field),
                new=display_value(h.new, h.field),
                old_json=h.old,
                new_json=h.new,
                issue_key=h.issue_key or "",
                login=b.login,
            )
            for h, b, number in s.execute(query.limit(limit))
        ]


def history_choices(service: LedgerAccess) -> tuple[list[str], list[str]]:
    """The operators and sources present in the history, for the filter's lists."""
    from sqlalchemy import select

    from desktop.storage.models import HistoryBatch

    with service.uow.read() as s:
        operators = sorted(o for o in s.scalars(select(HistoryBatch.operator).distinct()) if o)
        sources = sorted(s.scalars(select(HistoryBatch.source).distinct()))
        return operators, sources


def history_fields(service: LedgerAccess) -> list[str]:
    """The field names present in the history (for the viewer's field list)."""
    from sqlalchemy import select

    from desktop.storage.models import History

    with service.uow.read() as s:
        return sorted(f for f in s.scalars(select(History.field).distinct()) if f)


__all__ = [
    "ACTION_LABELS",
    "ENTITY_LABELS",
    "SOURCE_LABELS",
    "HistoryFilter",
    "HistoryRow",
    "display_value",
    "find_history",
    "history_choices",
    "history_fields",
]
