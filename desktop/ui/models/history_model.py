"""An issue's history (历史) as a table: when, who, from where, what changed."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.records import HistoryEntry
from desktop.domain.status import Status
from desktop.ui import labels
from desktop.ui.models.columns import Column
from desktop.ui.models.issue_table_model import _rich_tooltip
from desktop.ui.models.record_table_model import RecordTableModel


def value_text(field: str, raw: str | None) -> str:
    """A history value (JSON text) as a clerk reads it: states by name, lists joined,
    yes/no for flags."""
    if raw is None:
        return ""
    try:
        value: Any = json.loads(raw)
    except ValueError:
        return raw
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("HistoryModel", "是")
            if value
            else QCoreApplication.translate("HistoryModel", "否")
        )
    if field == "status" and isinstance(value, str):
        try:
            return labels.status_label(Status(value))
        except ValueError:
            return value
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    if isinstance(value, dict):
        # A whole record (created or deleted): name it by its number and text.
        head = str(value.get("number") or value.get("title") or value.get("name") or "")
        text = str(value.get("text") or "")
        return " ".join(part for part in (head, text[:60]) if part)
    return str(value)


def history_columns() -> tuple[Column[HistoryEntry], ...]:
    return (
        Column(
            "at",
            QCoreApplication.translate("HistoryModel", "时间"),
            lambda h: h.at.strftime("%Y-%m-%d %H:%M"),
            width=10,
        ),
        Column(
            "operator",
            QCoreApplication.translate("HistoryModel", "操作人"),
            lambda h: h.operator,
            width=4,
        ),
        Column(
            "source",
            QCoreApplication.translate("HistoryModel", "来源"),
            lambda h: labels.source_label(h.source),
            width=3,
        ),
        Column(
            "what",
            QCoreApplication.translate("HistoryModel", "对象"),
            lambda h: labels.entity_label(h.entity),
            width=5,
        ),
        Column(
            "action",
            QCoreApplication.translate("HistoryModel", "操作"),
            lambda h: labels.action_label(h.action),
            width=2,
        ),
        Column(
            "field",
            QCoreApplication.translate("HistoryModel", "字段"),
            lambda h: labels.field_label(h.field) if h.field else "",
            width=4,
        ),
        Column(
            "old",
            QCoreApplication.translate("HistoryModel", "原值"),
            lambda h: value_text(h.field, h.old),
            tooltip=lambda h: _rich_tooltip(value_text(h.field, h.old)),
            width=10,
        ),
        Column(
            "new",
            QCoreApplication.translate("HistoryModel", "新值"),
            lambda h: value_text(h.field, h.new),
            tooltip=lambda h: _rich_tooltip(value_text(h.field, h.new)),
            width=10,
        ),
    )


class HistoryModel(RecordTableModel[HistoryEntry]):
    """History entries of one issue, newest first. Roles as RecordTableModel."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(history_columns(), parent)
