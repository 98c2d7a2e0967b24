"""The words our workbooks write: titles, states and dates as Chinese offices write them."""

from __future__ import annotations

from datetime import date

from desktop.domain.records import KIND_LABELS, InspectionKind, InspectionRecord
from desktop.domain.status import LONG_TERM_LABEL, STATUS_LABELS, Status


def status_text(status: Status, long_term: bool) -> str:
    """A state as offices write it: ``已完成``, ``已完成，长期坚持`` (which the importer
    reads back as done + long term)."""
    label = STATUS_LABELS[status]
    return f"{label}，{LONG_TERM_LABEL}" if long_term else label


def regime_word(kind: InspectionKind) -> str:
    """巡察, 巡视, 审计 or 督查: the word a ledger's title uses for the regime."""
    label = KIND_LABELS[kind]
    for word in ("巡视", "审计", "督查"):
        if word in label:
            return word
    return "巡察"


def ledger_title(inspection: InspectionRecord | None) -> str:
    """``<被巡察单位><巡察>反馈问题整改台账``, e.g. ``示范区党工委巡察反馈问题整改台账``."""
    if inspection is None:
        return "巡察反馈问题整改台账"
    return f"{inspection.inspected_unit.strip()}{regime_word(inspection.kind)}反馈问题整改台账"


def statistics_title(inspection: InspectionRecord | None) -> str:
    """``示范区党工委巡察反馈问题整改情况统计``."""
    return ledger_title(inspection).removesuffix("台账") + "情况统计"


def date_text(value: date) -> str:
    """A date written the official way: ``2023年3月17日``."""
    return f"{value.year}年{value.month}月{value.day}日"
