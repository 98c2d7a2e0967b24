"""The words our workbooks write: titles, states and dates as Chinese offices write them."""

from __future__ import annotations

from datetime import date

from desktop.domain.records import InspectionRecord
from desktop.domain.status import LONG_TERM_LABEL, STATUS_LABELS, Status
from desktop.domain.titles import ledger_title


def status_text(status: Status, long_term: bool) -> str:
    """A state as offices write it: ``已完成``, ``已完成，长期坚持`` (which the importer
    reads back as done + long term)."""
    label = STATUS_LABELS[status]
    return f"{label}，{LONG_TERM_LABEL}" if long_term else label


def statistics_title(inspection: InspectionRecord | None) -> str:
    """``示范区党工委巡察反馈问题整改情况统计``."""
    return ledger_title(inspection).removesuffix("台账") + "情况统计"


def date_text(value: date) -> str:
    """A date written the official way: ``2023年3月17日``."""
    return f"{value.year}年{value.month}月{value.day}日"
