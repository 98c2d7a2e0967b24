"""History (历史) as tables: one issue's changes in the detail pane, and every change
of the ledger in 视图 → 修改历史. Both show the same words: when, who, from where,
what changed, and the old and new values as a clerk reads them."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.access import operator_text
from desktop.domain.dates import DeadlineRule
from desktop.domain.records import HistoryEntry, InspectionKind
from desktop.domain.status import Status
from desktop.domain.texts import listed
from desktop.services.history_query import HistoryRow
from desktop.ui import labels
from desktop.ui.models.columns import Column
from desktop.ui.models.issue_table_model import _rich_tooltip
from desktop.ui.models.record_table_model import RecordTableModel

# Fields whose stored values are ISO dates (shown the official way: 2023年1月11日).
_DATE_FIELDS = frozenset(
    {
        "deadline",
        "completion_date",
        "start",
        "end",
        "feedback_date",
        "rectification_start",
        "rectification_end",
        "notice_date",
        "date",
    }
)


def _scalar_text(field: str, value: Any, categories: Mapping[int, str]) -> str | None:
    """A single stored value in words, or None when it needs no translation."""
    if field == "status" and isinstance(value, str):
        try:
            return labels.status_label(Status(value))
        except ValueError:
            return value
    if field == "deadline_rule" and isinstance(value, str):
        try:
            return labels.rule_label(DeadlineRule(value))
        except ValueError:
            return value
    if field == "kind" and isinstance(value, str):
        try:
            return labels.kind_label(InspectionKind(value))
        except ValueError:
            return value
    if field in _DATE_FIELDS and isinstance(value, str):
        try:
            return labels.format_date(date.fromisoformat(value))
        except ValueError:
            return value
    if field in ("category_id", "parent_id") and isinstance(value, int):
        # A category that no longer exists keeps its number.
        return categories.get(value) or QCoreApplication.translate(
            "HistoryModel", "类别 #{id}"
        ).format(id=value)
    return None


def value_text(field: str, raw: str | None, categories: Mapping[int, str] | None = None) -> str:
    """A history value (JSON text) as a clerk reads it: states, rule words and kinds
    by name, dates the official way, categories by name (from ``categories``), lists
    joined, yes/no for flags."""
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
    named = _scalar_text(field, value, categories or {})
    if named is not None:
        return named
    if isinstance(value, list):
        return listed(str(v) for v in value)
    if isinstance(value, dict):
        # A whole record (created or deleted): name it by its number and text.
        head = str(value.get("number") or value.get("title") or value.get("name") or "")
        text = str(value.get("text") or "")
        return " ".join(part for part in (head, text[:60]) if part)
    return str(value)


Change = HistoryEntry | HistoryRow


def _old(h: Change) -> str | None:
    return h.old_json if isinstance(h, HistoryRow) else h.old


def _new(h: Change) -> str | None:
    return h.new_json if isinstance(h, HistoryRow) else h.new


def _value_column(
    key: str, header: str, raw: Callable[[Change], str | None], categories: Mapping[int, str]
) -> Column[Change]:
    def shown(h: Change) -> str:
        return value_text(h.field, raw(h), categories)

    return Column(key, header, shown, tooltip=lambda h: _rich_tooltip(shown(h)), width=10)


def history_columns(categories: Mapping[int, str] | None = None) -> tuple[Column[Change], ...]:
    """The columns of an issue's 历史 tab. ``categories`` (id → name) is read when a
    row is shown, so the model may fill it later."""
    names: Mapping[int, str] = categories if categories is not None else {}
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
            lambda h: operator_text(h.operator, h.login),
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
            width=4,
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
            width=6,
        ),
        _value_column("old", QCoreApplication.translate("HistoryModel", "原值"), _old, names),
        _value_column("new", QCoreApplication.translate("HistoryModel", "新值"), _new, names),
    )


def ledger_history_columns(
    categories: Mapping[int, str] | None = None,
) -> tuple[Column[Change], ...]:
    """The columns of the whole ledger's history: those of an issue's 历史 tab, plus
    the issue each change belongs to and what the operation was (its description or
    file)."""
    base = history_columns(categories)

    def issue(h: Change) -> str:
        return h.issue_number if isinstance(h, HistoryRow) else ""

    def about(h: Change) -> str:
        if not isinstance(h, HistoryRow):
            return ""
        return " ".join(part for part in (h.description, h.file) if part)

    # The values are what people read here: wider than in the detail pane.
    wider = tuple(dataclasses.replace(c, width=14) if c.key in ("old", "new") else c for c in base)
    return (
        *wider[:3],
        Column(
            "issue",
            QCoreApplication.translate("HistoryModel", "问题"),
            issue,
            width=3,
        ),
        *wider[3:],
        Column(
            "about",
            QCoreApplication.translate("HistoryModel", "说明"),
            about,
            tooltip=lambda h: _rich_tooltip(about(h)),
            width=10,
        ),
    )


class HistoryModel(RecordTableModel[Change]):
    """History entries of one issue, newest first. Roles as RecordTableModel.
    ``category_names`` (id → name) names the categories in 问题类别 changes."""

    def __init__(self, parent: Any = None) -> None:
        self.category_names: dict[int, str] = {}
        super().__init__(history_columns(self.category_names), parent)

    def set_category_names(self, names: Mapping[int, str]) -> None:
        self.category_names.clear()
        self.category_names.update(names)


class LedgerHistoryModel(RecordTableModel[Change]):
    """Every change of the ledger (rows of ``find_history``), newest first, with the
    issue they belong to. Roles as RecordTableModel; ``Roles.RECORD`` gives the
    :class:`HistoryRow`."""

    def __init__(self, parent: Any = None) -> None:
        self.category_names: dict[int, str] = {}
        super().__init__(ledger_history_columns(self.category_names), parent)

    def set_category_names(self, names: Mapping[int, str]) -> None:
        self.category_names.clear()
        self.category_names.update(names)
